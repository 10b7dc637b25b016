"""Is `sumber ingest`'s memory flat in the file's size? Imports generated .jsonl.gz exports of
growing size (real articles of ../shared/corpus, then copies, as bench/bench10m.py builds them)
into fresh databases and prints the peak RSS of the whole process tree (parent + workers) for
each. Not a test: the figures depend on the machine; flat means the last peak is about the first.

    .venv/bin/python bench/import_memory.py [--passages 50000,200000] [--work /tmp/sumber-importmem]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench10m import ROOT, PeakRss, generate  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", default="50000,200000")
    ap.add_argument("--work", type=Path, default=Path("/tmp/sumber-importmem"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{'passages':>10} {'export MB (gz / raw)':>22} {'peak RSS MB':>12} {'passages/s':>11}")
    for target in [int(x) for x in args.passages.split(",")]:
        src = args.work / f"export-{target}.jsonl.gz"
        generate(src, target)
        import gzip

        with gzip.open(src, "rb") as f:
            raw = sum(len(chunk) for chunk in iter(lambda: f.read(1 << 20), b""))
        db = args.work / f"db-{target}.db"
        for p in args.work.glob(f"db-{target}.db*"):
            subprocess.run(["rm", "-rf", str(p)], check=True)
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "ingest", "--json", str(src)], cwd=ROOT,
                                env=dict(os.environ, SUMBER_DB=str(db)), stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        peak = PeakRss(proc.pid)
        out, _ = proc.communicate()
        took = time.perf_counter() - t
        summary = json.loads(out.strip().splitlines()[-1])
        print(f"{summary['passages']:>10,} {src.stat().st_size / 2**20:>10,.0f} / {raw / 2**20:>9,.0f} "
              f"{peak.stop():>12,.0f} {summary['passages'] / took:>11,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
