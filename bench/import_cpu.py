"""CPU time per stored passage of an append, parent and worker processes apart.

On a machine shared with other work, wall-clock rates mostly measure the load; the CPU an import
spends per stored passage does not depend on it as much. This appends a .jsonl.gz through the
streaming path (`Engine.ingest_paths`, worker processes, no index rebuild) into a copy of an
existing database and prints one JSON line: passages stored, parent CPU (this process: the event
loop, aiosqlite's thread, SQLite) and workers' CPU (the reaped worker processes, and the forkserver
they are forked from with the workers it reaped) in µs a stored
passage, wall-clock passages/s and the load average before and after.

    .venv/bin/python bench/import_cpu.py make-append OUT.jsonl.gz [--target 80000] [--tag z]
    .venv/bin/python bench/import_cpu.py run SOURCE.db APPEND.jsonl.gz WORKDIR [--workers 2]

`run` copies SOURCE.db and its saved index (SOURCE.db.index) into WORKDIR first (never writes
to the source), so interleaved runs of two versions of the code start from the same archive.
The copy's migrations run on open, outside the timed part (their time is printed apart).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path


def make_append(out: Path, target: int, tag: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench10m import generate

    written, expected = generate(out, target, tag=tag, copies_only=True)
    print(f"{out}: {written} records, ~{expected} passages")


def copy_db(source: Path, workdir: Path) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / "append.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.rmtree(str(db) + ".index", ignore_errors=True)
    shutil.copyfile(source, db)
    if Path(str(source) + ".index").is_dir():
        shutil.copytree(str(source) + ".index", str(db) + ".index")
    return db


def thread_cpu() -> dict[str, float]:
    """CPU seconds of each live thread of this process since it started, by thread name
    (Linux /proc; the main thread is the event loop, "aiosqlite" the SQLite writer)."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(task.name), "other")
        if "_connection_worker_thread" in name:
            name = "aiosqlite"
        name = name.rstrip("0123456789_")
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return out


def forkserver_cpu() -> float:
    """CPU seconds of multiprocessing's forkserver (the ingest workers' parent where there is one,
    workers.PreparePool) and of the workers it has reaped: they are not this process's children,
    so RUSAGE_CHILDREN would miss them (Linux /proc: utime, stime, cutime, cstime)."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


async def run(db: Path, append: Path, workers: int) -> dict:
    from retrieval.engine import Engine

    t_open = time.perf_counter()
    engine = await Engine.open(db, ingest_workers=workers)
    opened = time.perf_counter() - t_open
    load0 = os.getloadavg()
    self0 = resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    threads0 = thread_cpu()
    server0 = forkserver_cpu()
    import gc

    gc_time = [0.0, 0.0, 0]   # CPU in the parent's garbage collections (all threads), start, count
    by_gen = [0.0, 0.0, 0.0]
    by_thread: dict[str, float] = {}
    import threading

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_time[1] = time.thread_time()
        else:
            gc_time[0] += time.thread_time() - gc_time[1]
            gc_time[2] += 1
            by_gen[info["generation"]] += time.thread_time() - gc_time[1]
            name = threading.current_thread().name
            name = "aiosqlite" if "_connection_worker_thread" in name else name.rstrip("0123456789_")
            by_thread[name] = by_thread.get(name, 0.0) + time.thread_time() - gc_time[1]

    gc.callbacks.append(on_gc)
    if os.environ.get("IMPORT_CPU_GC") == "off":   # experiment only: the parent without collections
        gc.disable()
    t0 = time.perf_counter()
    report = await engine.ingest_paths([append], rebuild=False)
    stored = time.perf_counter() - t0
    threads = thread_cpu()
    gc.callbacks.remove(on_gc)
    await engine.close()            # joins the workers: their CPU is then in RUSAGE_CHILDREN (or the forkserver's)
    wall = time.perf_counter() - t0
    server = forkserver_cpu() - server0
    self1 = resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    n = max(report.passages, 1)
    parent = (self1.ru_utime + self1.ru_stime) - (self0.ru_utime + self0.ru_stime)
    kids = (kids1.ru_utime + kids1.ru_stime) - (kids0.ru_utime + kids0.ru_stime) + server
    return {
        "passages": report.passages, "added": report.n_added, "already_present": report.n_duplicates,
        "parent_us": round(parent / n * 1e6, 1), "workers_us": round(kids / n * 1e6, 1),
        "total_us": round((parent + kids) / n * 1e6, 1), "forkserver_s": round(server, 2),
        "rate": round(report.passages / stored), "seconds": round(stored, 1), "with_close": round(wall, 1),
        "open_s": round(opened, 2), "load_before": round(load0[0], 2), "load_after": round(os.getloadavg()[0], 2),
        "peak_rss_mb_parent": round(self1.ru_maxrss / 1024),
        "parent_gc_us": round(gc_time[0] / n * 1e6, 1), "parent_gcs": gc_time[2],
        "parent_gc_us_by_generation": [round(g / n * 1e6, 1) for g in by_gen], "tracked_at_end": len(gc.get_objects()),
        "parent_gc_us_by_thread": {k: round(v / n * 1e6, 1) for k, v in by_thread.items()},
        "parent_threads_us": {k: round((v - threads0.get(k, 0.0)) / n * 1e6, 1) for k, v in threads.items()},
    }


def main() -> int:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make-append")
    m.add_argument("out", type=Path)
    m.add_argument("--target", type=int, default=80_000)
    m.add_argument("--tag", default="z")
    r = sub.add_parser("run")
    r.add_argument("source", type=Path)
    r.add_argument("append", type=Path)
    r.add_argument("workdir", type=Path)
    r.add_argument("--workers", type=int, default=2)
    r.add_argument("--label", default="")
    args = p.parse_args()
    if args.cmd == "make-append":
        make_append(args.out, args.target, args.tag)
        return 0
    db = copy_db(args.source, args.workdir)
    out = asyncio.run(run(db, args.append, args.workers))
    print(json.dumps({"label": args.label, **out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
