"""The full index build's own memory: `DiskBuild` fed by `Store.iter_terms` (what
`Engine.rebuild_index` runs at the end of a big import), over an existing database opened
read-only (nothing is written to it), into an index directory of its own. Prints the build
process's peak RSS, per phase (adding the stored terms; finish), sampled every 0.2 s, and the
time taken. With --code, another checkout's `retrieval/` builds (e.g. main's, to `cmp` the files).

    .venv/bin/python bench/build_memory.py DB --out /tmp/x-index [--code /tmp/main-checkout]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(db: Path, out: Path) -> None:
    """Runs in the measured process: one build, its phases' start times on stdout."""
    import aiosqlite

    from retrieval.index import DiskBuild
    from retrieval.store import Store

    def mark(name: str) -> None:
        print(json.dumps({"phase": name, "t": time.time()}), flush=True)

    async def run() -> None:
        store = Store(db)
        # read-only: Store.open would migrate and set the journal mode; iter_terms needs neither
        store._db = await aiosqlite.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        mark("add")
        build = DiskBuild(out, generation=0)
        async for batch in store.iter_terms():
            await asyncio.to_thread(build.add, batch)
        mark("finish")
        await asyncio.to_thread(build.finish)
        mark("done")
        await store._db.close()

    asyncio.run(run())


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return 0.0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("db", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose retrieval/ builds")
    ap.add_argument("--child", action="store_true")
    args = ap.parse_args()
    if args.child:
        child(args.db, args.out)
        return 0
    env = dict(os.environ, PYTHONPATH=str(args.code.resolve()))
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), str(args.db), "--out", str(args.out),
                             "--child"], cwd=args.code, env=env, stdout=subprocess.PIPE, text=True)
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            samples.append((time.time(), rss_mb(proc.pid)))
            stop.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    marks = [json.loads(line) for line in proc.stdout]
    proc.wait()
    stop.set()
    th.join()
    if proc.returncode:
        print(f"build failed ({proc.returncode})")
        return 1
    times = {m["phase"]: m["t"] for m in marks}
    for name, start, end in (("start", t0, times["add"]), ("add", times["add"], times["finish"]),
                             ("finish", times["finish"], times["done"])):
        peak = max((r for t, r in samples if start <= t <= end), default=0.0)
        print(f"{name:>7}: {end - start:7.1f} s, peak RSS {peak:7.0f} MB")
    print(f"  total: {times['done'] - t0:7.1f} s, peak RSS {max(r for _, r in samples):7.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
