"""Chart benchmark: render time of the disagreement chart (issue 11: at most 300 ms), for the seeds'
flagship answer (7 figures) and for a crowded answer (the flagship's figures six times over at
shifted values: 40 marks). Prints the machine, the first render (matplotlib's import and font
cache) and median / p95 / max over repeated renders. Not a test.

    .venv/bin/python bench/chart.py [--repeat N]
"""
from __future__ import annotations

import argparse
import asyncio
import copy
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.answer import Answer  # noqa: E402
from retrieval.chart import render_chart  # noqa: E402
from retrieval.engine import Engine  # noqa: E402

QUESTION = "berapa tentara Korut?"


def crowded(answer: Answer, marks: int = 40) -> Answer:
    """The answer's figures repeated at shifted values until there are `marks` of them."""
    claims = []
    for k in range(marks // max(1, len(answer.claims)) + 1):
        for c in answer.claims:
            c2 = copy.deepcopy(c)
            if c2.figure:
                c2.figure = {**c2.figure, "value": c2.figure["value"] * (1 + 0.07 * k)}
            claims.append(c2)
    out = copy.deepcopy(answer)
    out.claims = claims[:marks]
    return out


def timed(answer: Answer, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        render_chart(answer)
        times.append((time.perf_counter() - started) * 1000)
    return times


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, max {max(times):.0f} ms"


async def main(repeat: int) -> int:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        engine = await Engine.open(Path(tmp) / "chart.db")   # the built-in seeds
        try:
            answer = await engine.ask(QUESTION, count=False)
        finally:
            await engine.close()
    started = time.perf_counter()
    render_chart(answer)
    print(f"first render (matplotlib import, font cache): {(time.perf_counter() - started) * 1000:.0f} ms")
    for label, ans in (("flagship", answer), ("crowded", crowded(answer))):
        marks = sum(1 for c in ans.claims if c.figure)
        print(f"{label:9} {marks:3} figures, {repeat} renders: {summary(timed(ans, repeat))}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    sys.exit(asyncio.run(main(parser.parse_args().repeat)))
