"""One Sumber process as a user meets it: open a database with a saved index, answer, repeat.

Started by bench/bench.py as a subprocess so cold start and resident memory are those of a
fresh process holding only Sumber (not the benchmark's comparison engines). Prints one JSON
line after the first answer, then one with the whole-answer latencies (wall, and the main
thread's CPU time, which a loaded machine inflates less) and memory.

    python bench/probe.py DB QUESTIONS_FILE [--answers 1000] [--floor top|exhaustive]

--floor exhaustive answers with the relevance floor's exhaustive pass (BM25Index.matching_pair,
which also counts every passage reaching each floor) in place of the MaxScore one the engine
calls (BM25Index.floor_pair): the same answers, for timing one against the other.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import asyncio  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.answer import render_text  # noqa: E402
from retrieval.relevance import CANDIDATE_FLOOR, coverage_weights, max_idf_for, strong_floor  # noqa: E402
from retrieval.engine import MAX_CANDIDATES, MAX_CANDIDATES_OTHER, PARTIAL_CANDIDATES, Engine  # noqa: E402
from retrieval.index import BM25Index  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def exhaustive_floor(index: BM25Index) -> None:
    """Make `index` answer floor_pair with the exhaustive pass (the path before MaxScore)."""
    def floor_pair(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        (matches, _), (near, _) = index.matching_pair(*args, **kwargs)
        return matches, near
    index.floor_pair = floor_pair


async def run(db: Path, questions: list[str], answers: int, floor: str = "top") -> None:
    engine = await Engine.open(db, seeds_dir=None)
    if floor == "exhaustive":
        exhaustive_floor(engine.index)
    try:
        await measure(engine, questions, answers)
    finally:   # a reader gone (a closed pipe) must end the process, not leave aiosqlite's thread waiting
        await engine.close()


async def measure(engine: Engine, questions: list[str], answers: int) -> None:
    opened = time.perf_counter()
    render_text(await engine.ask(questions[0]))
    first = time.perf_counter()
    print(json.dumps({"import_s": round(OPENED_IMPORTS - STARTED, 3), "open_s": round(opened - OPENED_IMPORTS, 3),
                      "first_answer_s": round(first - STARTED, 3), "rss_mb": round(rss_mb())}), flush=True)
    lat: list[float] = []
    cpu: list[float] = []   # the main thread's CPU time (SQLite reads and the kernel run on it): less load-bound
    floor_lat: list[float] = []
    for i in range(answers):
        q = questions[i % len(questions)]
        t, c = time.perf_counter(), time.thread_time()
        render_text(await engine.ask(q))
        lat.append(time.perf_counter() - t)
        cpu.append(time.thread_time() - c)
        # the index's share of that answer: the relevance floor's pass as the engine calls it
        query = engine.pipeline.parse_query(q)
        index = engine.index
        t = time.perf_counter()
        idf = {term: v for term in set(query.terms) if (v := index.idf_of(term)) is not None}
        weights = coverage_weights(query.terms, idf, max_idf_for(index.n_docs))
        index.floor_pair(query.terms, weights, strong_floor(query.intent),
                         MAX_CANDIDATES if query.intent == "quantity" else MAX_CANDIDATES_OTHER,
                         CANDIDATE_FLOOR, PARTIAL_CANDIDATES)
        floor_lat.append(time.perf_counter() - t)

    def pct(xs: list[float], p: float) -> float:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(p / 100 * len(xs)))] * 1000, 2)

    print(json.dumps({"p50_ms": pct(lat, 50), "p95_ms": pct(lat, 95), "p99_ms": pct(lat, 99), "answers": answers,
                      "cpu_p50_ms": pct(cpu, 50), "cpu_p95_ms": pct(cpu, 95), "cpu_p99_ms": pct(cpu, 99),
                      "retrieval_share": round(sum(floor_lat) / sum(lat), 3),
                      "floor_p50_ms": pct(floor_lat, 50), "floor_p95_ms": pct(floor_lat, 95),
                      "rss_mb_after": round(rss_mb()), "passages": engine.index.n_docs,
                      "mapped_trims": getattr(engine, "mapped_trims", None)}), flush=True)


OPENED_IMPORTS = time.perf_counter()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("questions", type=Path)
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--floor", choices=("top", "exhaustive"), default="top",
                    help="the relevance floor's pass: MaxScore (what the engine calls) or the exhaustive one")
    args = ap.parse_args()
    questions = [q for q in args.questions.read_text(encoding="utf-8").splitlines() if q.strip()]
    asyncio.run(run(args.db, questions, args.answers, args.floor))
    return 0


if __name__ == "__main__":
    sys.exit(main())
