"""Where one whole answer's time goes, per phase, at the size of a given archive.

Not a test: it prints figures. Opens one engine on DB (its saved index) and answers the questions,
timing each answer whole and, inside it, the time spent in each phase (exclusive: a phase's time
excludes the phases it calls):

- parsing: the question's terms (TextPipeline.parse_query: tokens, stems);
- retrieval: the index's passes (BM25Index.floor_pair, related_scores, title_holds,
  article_holds, top, weighted_scores, ...: postings, the C kernel) and the related terms' look-up;
- sqlite: the candidate reads (every Store coroutine an answer awaits: rows, claims, articles,
  titles, leads);
- ranking: the second stage (relevance.features, relevance.order);
- judging: the claim tests outside composing (the question's claim focus, the names filter's
  keep, relevance.closest_fits, question frames);
- composing: answer.compose, add_closest, mark_answer_spans and render_text;
- other: the rest (Python between the phases, trimming the mapped pages).

Prints per phase p50 / p95 over the answers, and its mean over the answers in the whole answer's
p95 band (the slowest 5%): what bounds the p95.

    python bench/phases.py DB [QUESTIONS] [--answers 1000] [--first] [--freeze]

QUESTIONS: one a line (bench10m.py writes questions.txt in its work directory); without it the
bench's FacQA questions (bench/bench.py's load_questions). `--first`: each question's first answer
only (no kept rows from an earlier answer to it). `--freeze`: gc.freeze() after the open.
"""
from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import inspect
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from retrieval import answer as answer_mod, engine as engine_mod, relevance  # noqa: E402
from retrieval.index import BM25Index  # noqa: E402
from retrieval.related import RelatedTerms  # noqa: E402
from retrieval.store import Store  # noqa: E402
from retrieval.text import TextPipeline  # noqa: E402

PHASES = ("parsing", "retrieval", "sqlite", "ranking", "judging", "composing", "other")


class Clock:
    """Exclusive time per phase: a wrapped call's time less the wrapped calls inside it."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(PHASES, 0.0)
        self.by_name: dict[str, float] = {}   # the same exclusive time per wrapped function
        self.stack: list[float] = []   # per open call, the time its wrapped callees took

    def reset(self) -> None:
        self.spent = dict.fromkeys(PHASES, 0.0)
        self.by_name = {}

    def enter(self) -> float:
        self.stack.append(0.0)
        return time.perf_counter()

    def leave(self, phase: str, start: float, name: str) -> None:
        took = time.perf_counter() - start
        inner = self.stack.pop()
        self.spent[phase] += took - inner
        self.by_name[name] = self.by_name.get(name, 0.0) + took - inner
        if self.stack:
            self.stack[-1] += took


CLOCK = Clock()


def timed(fn, phase: str):  # noqa: ANN001, ANN201
    name = f"{phase}: {getattr(fn, '__qualname__', fn)}"
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def run_async(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = CLOCK.enter()
            try:
                return await fn(*args, **kwargs)
            finally:
                CLOCK.leave(phase, start, name)
        return run_async

    @functools.wraps(fn)
    def run(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        start = CLOCK.enter()
        try:
            return fn(*args, **kwargs)
        finally:
            CLOCK.leave(phase, start, name)
    return run


def instrument() -> None:
    for name in ("floor_pair", "matching_pair", "matching", "related_scores", "title_holds", "article_holds",
                 "top", "top_expanded", "weighted_scores", "get_scores"):
        setattr(BM25Index, name, timed(getattr(BM25Index, name), "retrieval"))
    TextPipeline.parse_query = timed(TextPipeline.parse_query, "parsing")
    RelatedTerms.expand = timed(RelatedTerms.expand, "retrieval")
    for name, fn in list(vars(Store).items()):
        if inspect.iscoroutinefunction(fn) and not name.startswith("__"):
            setattr(Store, name, timed(fn, "sqlite"))
    for name in ("features", "order"):
        setattr(relevance, name, timed(getattr(relevance, name), "ranking"))
    for name in ("claim_focus", "closest_fits"):
        setattr(relevance, name, timed(getattr(relevance, name), "judging"))
    engine_mod.question_frame = timed(engine_mod.question_frame, "judging")
    named = engine_mod.Engine._named_filter

    def named_filter(index, names, located=()):  # noqa: ANN001, ANN202
        keep = named(index, names, located)
        wrapped = timed(keep, "judging")
        wrapped.each = timed(keep.each, "judging")
        return wrapped
    engine_mod.Engine._named_filter = staticmethod(named_filter)
    for name in ("compose", "add_closest", "mark_answer_spans"):
        if hasattr(engine_mod, name):
            setattr(engine_mod, name, timed(getattr(engine_mod, name), "composing"))
    answer_mod.render_text = timed(answer_mod.render_text, "composing")


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))] * 1000 if xs else float("nan")


async def run(db: Path, questions: list[str], answers: int, first: bool, freeze: bool) -> dict:
    engine = await engine_mod.Engine.open(db, seeds_dir=None)
    if freeze:
        gc.collect()
        gc.freeze()
    rows: list[dict[str, float]] = []
    names: list[dict[str, float]] = []
    load = [os.getloadavg()[0]]
    try:
        todo = questions if first else [questions[i % len(questions)] for i in range(answers)]
        for q in todo:
            CLOCK.reset()
            t = time.perf_counter()
            answer_mod.render_text(await engine.ask(q, count=False))
            total = time.perf_counter() - t
            row = dict(CLOCK.spent)
            names.append(dict(CLOCK.by_name))
            row["other"] = total - sum(row.values())
            row["total"] = total
            rows.append(row)
    finally:
        n_docs = engine.index.n_docs
        trims = engine.mapped_trims
        await engine.close()
    load.append(os.getloadavg()[0])
    slowest = sorted(range(len(rows)), key=lambda i: -rows[i]["total"])[: max(1, len(rows) // 20)]
    slow = [rows[i] for i in slowest]
    out = {"passages": n_docs, "answers": len(rows), "load": load, "mapped_trims": trims, "phases": {}}
    for phase in (*PHASES, "total"):
        xs = [r[phase] for r in rows]
        out["phases"][phase] = {"p50_ms": round(pct(xs, 50), 2), "p95_ms": round(pct(xs, 95), 2),
                                "mean_ms": round(sum(xs) / len(xs) * 1000, 2),
                                "p95_band_mean_ms": round(sum(r[phase] for r in slow) / len(slow) * 1000, 2)}
    every = sorted({k for n in names for k in n})
    out["functions"] = {k: {"mean_ms": round(sum(n.get(k, 0.0) for n in names) / len(names) * 1000, 2),
                            "p95_band_mean_ms": round(sum(names[i].get(k, 0.0) for i in slowest) / len(slowest) * 1000, 2)}
                        for k in every}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("questions", type=Path, nargs="?")
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--first", action="store_true", help="each question's first answer only")
    ap.add_argument("--freeze", action="store_true", help="gc.freeze() after the open")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = ap.parse_args()
    if args.questions:
        questions = [q for q in args.questions.read_text(encoding="utf-8").splitlines() if q.strip()]
    else:
        from bench import load_questions  # bench/bench.py
        questions, _ = load_questions(TextPipeline(), [], 200)
    if args.first:
        questions = list(dict.fromkeys(questions))
    instrument()
    out = asyncio.run(run(args.db, questions, args.answers, args.first, args.freeze))
    if args.json:
        print(json.dumps(out))
        return 0
    print(f"{out['passages']:,} passages, {out['answers']} answers ({'first answers' if args.first else 'repeated'}), "
          f"load average {out['load'][0]:.2f}-{out['load'][1]:.2f}, mapped-page trims {out['mapped_trims']}")
    print(f"  {'phase':10} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8} {'p95 band mean':>14}")
    for phase, v in out["phases"].items():
        print(f"  {phase:10} {v['p50_ms']:8.2f} {v['p95_ms']:8.2f} {v['mean_ms']:8.2f} {v['p95_band_mean_ms']:14.2f}")
    print("  by function (exclusive), mean / p95 band mean ms:")
    for name, v in sorted(out["functions"].items(), key=lambda kv: -kv[1]["p95_band_mean_ms"]):
        if v["p95_band_mean_ms"] >= 0.05 or v["mean_ms"] >= 0.05:
            print(f"    {name:60} {v['mean_ms']:8.2f} {v['p95_band_mean_ms']:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
