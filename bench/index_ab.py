"""Whole answers with this checkout's index methods against an older checkout's, in one process,
alternating per question (A B, then B A), so both meet the same load, page cache and questions.

    python bench/index_ab.py DB QUESTIONS OLD_CHECKOUT [--rounds 3]

OLD_CHECKOUT: a directory holding an older retrieval/index.py (e.g. `git archive COMMIT | tar -x`).
Its BM25Index methods that answering calls per question (floor_pair, related_scores,
weighted_scores, title_holds) replace this checkout's for the "old" answers; everything else
(the compiled kernel included) is shared, so the difference is those methods' alone. Prints
wall and main-thread CPU percentiles of each, the load average, and whether every rendered
answer was the same.
"""
from __future__ import annotations

import argparse
import asyncio
import importlib.util
import json
import os
import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.answer import render_text  # noqa: E402
from retrieval.engine import Engine  # noqa: E402

METHODS = ("floor_pair", "related_scores", "weighted_scores", "title_holds")


def old_index_class(checkout: Path) -> type:
    spec = importlib.util.spec_from_file_location("old_index", checkout / "retrieval" / "index.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_index"] = module   # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.BM25Index


async def run(db: Path, questions: list[str], old: type, rounds: int) -> dict:
    engine = await Engine.open(db, seeds_dir=None)
    index = engine.index
    times = {"old": [], "new": []}
    cpu = {"old": [], "new": []}
    differ = 0
    try:
        for q in questions:   # warm both
            await engine.ask(q)
        for r in range(rounds):
            for i, q in enumerate(questions):
                texts = {}
                for side in (("old", "new") if (i + r) % 2 == 0 else ("new", "old")):
                    for name in METHODS:
                        if side == "old":
                            setattr(index, name, types.MethodType(getattr(old, name), index))
                        else:
                            index.__dict__.pop(name, None)
                    t, c = time.perf_counter(), time.thread_time()
                    texts[side] = render_text(await engine.ask(q))
                    times[side].append(time.perf_counter() - t)
                    cpu[side].append(time.thread_time() - c)
                differ += texts["old"] != texts["new"]
    finally:
        for name in METHODS:
            index.__dict__.pop(name, None)
        await engine.close()

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(p / 100 * len(xs)))] * 1000, 2)

    out = {"passages": index.n_docs, "answers_each": len(times["old"]), "differ": differ,
           "load": [round(x, 2) for x in os.getloadavg()]}
    for side in ("old", "new"):
        out[side] = {"p50": pct(times[side], 50), "p95": pct(times[side], 95), "p99": pct(times[side], 99),
                     "cpu_p50": pct(cpu[side], 50), "cpu_p95": pct(cpu[side], 95), "cpu_p99": pct(cpu[side], 99)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("questions", type=Path)
    ap.add_argument("old", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    questions = [q for q in args.questions.read_text(encoding="utf-8").splitlines() if q.strip()]
    load0 = [round(x, 2) for x in os.getloadavg()]
    out = asyncio.run(run(args.db, questions, old_index_class(args.old), args.rounds))
    out["load_start"] = load0
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
