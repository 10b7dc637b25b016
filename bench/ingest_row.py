"""`make bench`'s ingest row alone, in about a minute: a fresh database, the real corpus articles
through `Engine.ingest_items` in bench.py's chunks (sizes 10k, 100k, 1M), with no index builds,
copies or questions between them. Stems are learned on the way, as in bench.py (no stored
stems). Prints one JSON line: the cumulative rate at each size (what bench.py's row says at that
size) and the CPU per stored passage of the parent, the workers and the forkserver.

    .venv/bin/python bench/ingest_row.py [--label x]

To compare two versions of the code, run it from each checkout with PYTHONPATH set to it,
alternating (the machine's load moves the rate more than most changes).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import ingest_real_articles, load_articles  # noqa: E402
from import_cpu import forkserver_cpu  # noqa: E402

from retrieval.engine import Engine  # noqa: E402


async def run(label: str) -> dict:
    articles, _ = load_articles(10**9)
    work = Path(tempfile.mkdtemp(prefix="sumber-ingest-row-"))
    try:
        engine = await Engine.open(work / "bench.db", seeds_dir=None)
        self0, kids0, server0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN), forkserver_cpu()
        load0 = os.getloadavg()[0]
        next_article, ingest_s, ingested, rates = 0, 0.0, 0, {}
        for size in (10_000, 100_000, 1_000_000):
            next_article, grown, seconds = await ingest_real_articles(engine, articles, next_article, size)   # bench.py's chunks
            ingested, ingest_s = ingested + grown, ingest_s + seconds
            rates[size] = round(ingested / ingest_s)
        await engine.close()
        time.sleep(0.3)   # the forkserver reaps its workers
        server = forkserver_cpu() - server0
        self1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        parent = self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime
        kids = kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime + server
        n = max(ingested, 1)
        return {"label": label, "rate_by_size": rates, "passages": ingested, "seconds": round(ingest_s, 1),
                "parent_us": round(parent / n * 1e6, 1), "workers_us": round(kids / n * 1e6, 1),
                "total_us": round((parent + kids) / n * 1e6, 1), "load": [round(load0, 2), round(os.getloadavg()[0], 2)]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--label", default="")
    print(json.dumps(asyncio.run(run(p.parse_args().label))), flush=True)
    return 0


if __name__ == "__main__":   # the workers' forkserver imports this module: nothing runs then
    sys.exit(main())
