"""Is `sumber ingest`'s memory flat in the file's size? Imports generated .jsonl.gz exports of
growing size (real articles of ../shared/corpus, then copies, as bench/bench10m.py builds them)
into fresh databases and prints the peak RSS of the whole process tree (parent + workers) for
each. Not a test: the figures depend on the machine; flat means the last peak is about the first.

    .venv/bin/python bench/import_memory.py [--passages 50000,200000] [--work /tmp/sumber-importmem]

With --export FILE, that export is imported instead (e.g. the first lines of bench-10m's
archive); --trace FILE writes the RSS samples (seconds, process tree MB, parent MB) to see where
the peak is; --code DIR runs another checkout's `retrieval/` (e.g. main's, for a before/after).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench10m import ROOT, generate, tree_rss_mb  # noqa: E402


class Trace:
    """The process tree's and the parent's RSS every 0.2 s until stopped; keeps the peak."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak, self.samples = pid, every, 0.0, []
        self.t0 = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE") / 2**20
        while not self._stop.is_set():
            tree = tree_rss_mb(self.pid)
            try:
                with open(f"/proc/{self.pid}/statm") as f:
                    parent = int(f.read().split()[1]) * page
            except (OSError, ValueError):
                parent = 0.0
            self.peak = max(self.peak, tree)
            self.samples.append((time.perf_counter() - self.t0, tree, parent))
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--passages", default="50000,200000")
    ap.add_argument("--export", type=Path, help="import this .jsonl[.gz] instead of generating exports")
    ap.add_argument("--work", type=Path, default=Path("/tmp/sumber-importmem"))
    ap.add_argument("--trace", type=Path, help="write the RSS samples here (tab-separated)")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose retrieval/ imports")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"{'passages':>10} {'export MB (gz / raw)':>22} {'peak RSS MB':>12} {'passages/s':>11}")
    sources = [args.export] if args.export else []
    for target in ([] if args.export else [int(x) for x in args.passages.split(",")]):
        src = args.work / f"export-{target}.jsonl.gz"
        generate(src, target)
        sources.append(src)
    for src in sources:
        with gzip.open(src, "rb") as f:
            raw = sum(len(chunk) for chunk in iter(lambda: f.read(1 << 20), b""))
        db = args.work / f"db-{src.name.split('.')[0]}.db"
        for p in args.work.glob(f"{db.name}*"):
            subprocess.run(["rm", "-rf", str(p)], check=True)
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "ingest", "--json", str(src.resolve())],
                                cwd=args.code, env=dict(os.environ, SUMBER_DB=str(db), PYTHONPATH=str(args.code.resolve())),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        trace = Trace(proc.pid)
        out, _ = proc.communicate()
        took = time.perf_counter() - t
        peak = trace.stop()
        summary = json.loads(out.strip().splitlines()[-1])
        print(f"{summary['passages']:>10,} {src.stat().st_size / 2**20:>10,.0f} / {raw / 2**20:>9,.0f} "
              f"{peak:>12,.0f} {summary['passages'] / took:>11,.0f}", flush=True)
        if args.trace:
            args.trace.write_text("".join(f"{s:.1f}\t{tree:.0f}\t{parent:.0f}\n" for s, tree, parent in trace.samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
