"""Whole answers of this checkout's engine against an older checkout's, two engines in one
process, alternating per question (A B, then B A), so both meet the same load and questions.

    python bench/engine_ab.py DB QUESTIONS OLD_PACKAGE_DIR [--rounds 3] [--slowest N]

QUESTIONS: a file, one question a line, or `topics`: every third question of eval/topics (the
"berapa" questions users ask; docs/performance.md, twenty-second session).

OLD_PACKAGE_DIR: a directory holding `retrieval_base`, an older checkout's retrieval/ under that
name (e.g. `git archive COMMIT | tar -x -C base`, this build's compiled kernel copied in, and
`ln -s base/retrieval pkg/retrieval_base`). Prints wall and main-thread CPU percentiles of each
side, the load average, and how many rendered answers differ. `--slowest N`: after a warm round,
time only the N questions slowest on the old side (the p95's answers). `--by-question N`: also the sum of each
question's fastest answer per side, and the N questions slowed most. `--first`: time each
question's first answer only (no warm round, one round, the order alternating per question): what
a question never asked before costs, with no row kept from an earlier answer to it. `--freeze`:
`gc.freeze()` once both engines are open. Without it a full cyclic collection walks both engines'
start-up heaps (~50-60 ms) inside whichever side's answer happens to trigger it: a p99, and at
times a p95, that moves between the sides with allocation patterns, not with either's code.
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.answer import render_text  # noqa: E402
from retrieval.engine import Engine  # noqa: E402


def topic_questions(every: int = 3) -> list[str]:
    """Every `every`-th question of the topic sets (eval/topics/*.json, file order): "berapa"
    questions as users ask them, each weighing every figure of its candidates (the FacQA bench
    questions are mostly who/what/where)."""
    import json
    files = sorted((Path(__file__).resolve().parent.parent / "eval" / "topics").glob("*.json"))
    every_q = [q["q"] for f in files for q in json.loads(f.read_text(encoding="utf-8"))["questions"]]
    return every_q[::every]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, int(p / 100 * len(xs)))] * 1000, 2)


async def run(db: Path, questions: list[str], old_dir: Path, rounds: int, slowest: int, first: bool = False,
              freeze: bool = False, by_question: int = 0) -> None:
    sys.path.insert(0, str(old_dir))
    old_engine_mod = importlib.import_module("retrieval_base.engine")
    old_answer_mod = importlib.import_module("retrieval_base.answer")
    engines = {"old": await old_engine_mod.Engine.open(db, seeds_dir=None),
               "new": await Engine.open(db, seeds_dir=None)}
    render = {"old": old_answer_mod.render_text, "new": render_text}
    wall: dict[str, list[float]] = {"old": [], "new": []}
    cpu: dict[str, list[float]] = {"old": [], "new": []}
    differ = 0
    fastest: dict[str, dict[str, float]] = {"old": {}, "new": {}}   # each question's fastest answer per side
    if freeze:
        # the two engines' start-up heap out of the cyclic collector's reach: a full collection
        # (~50-60 ms over both heaps) then costs little, whichever side's answer triggers it
        gc.collect()
        gc.freeze()
    load = [os.getloadavg()[0]]
    try:
        warm: dict[str, float] = {}
        for q in ([] if first else questions):
            for side in ("old", "new"):
                c = time.thread_time()
                render[side](await engines[side].ask(q, count=False))
                if side == "old":
                    warm[q] = time.thread_time() - c
        if slowest:
            questions = sorted(questions, key=lambda q: -warm[q])[:slowest]
        for r in range(1 if first else rounds):
            for i, q in enumerate(questions):
                texts = {}
                for side in (("old", "new") if (i + r) % 2 == 0 else ("new", "old")):
                    t, c = time.perf_counter(), time.thread_time()
                    texts[side] = render[side](await engines[side].ask(q, count=False))
                    cpu[side].append(time.thread_time() - c)
                    wall[side].append(time.perf_counter() - t)
                    fastest[side][q] = min(fastest[side].get(q, cpu[side][-1]), cpu[side][-1])
                differ += texts["old"] != texts["new"]
    finally:
        for e in engines.values():
            await e.close()
    load.append(os.getloadavg()[0])
    for side in ("old", "new"):
        print(f"{side}: wall p50/p95/p99 {pct(wall[side], 50)} / {pct(wall[side], 95)} / {pct(wall[side], 99)} ms, "
              f"CPU p50/p95/p99 {pct(cpu[side], 50)} / {pct(cpu[side], 95)} / {pct(cpu[side], 99)} ms, "
              f"CPU mean {sum(cpu[side]) / len(cpu[side]) * 1000:.2f} ms ({len(cpu[side])} answers)")
    print(f"differ: {differ}; load average {load[0]:.2f}-{load[1]:.2f}")
    if by_question:
        # each question's fastest answer: what the code costs, without the GC pauses and cache
        # misses that move a few answers' p99 between runs
        print("fastest answer of each question, summed: " + ", ".join(
            f"{side} {sum(fastest[side].values()) * 1000:.1f} ms" for side in ("old", "new")))
        for q in sorted(fastest["new"], key=lambda q: fastest["old"][q] - fastest["new"][q])[:by_question]:
            print(f"  {fastest['old'][q] * 1000:7.2f} -> {fastest['new'][q] * 1000:7.2f} ms  {q[:90]}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("questions", type=Path)
    ap.add_argument("old", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--slowest", type=int, default=0)
    ap.add_argument("--first", action="store_true", help="time each question's first answer only")
    ap.add_argument("--freeze", action="store_true", help="gc.freeze() once both engines are open")
    ap.add_argument("--by-question", type=int, default=0, metavar="N",
                    help="also sum each question's fastest answer per side and list the N most slowed")
    args = ap.parse_args()
    questions = list(dict.fromkeys(topic_questions() if str(args.questions) == "topics" else
                                   (q for q in args.questions.read_text(encoding="utf-8").splitlines() if q.strip())))
    asyncio.run(run(args.db, questions, args.old, args.rounds, args.slowest, args.first, args.freeze, args.by_question))
    return 0


if __name__ == "__main__":
    sys.exit(main())
