"""A newsroom's whole archive: 10M passages imported through the streaming path, then answered.

Not a test (CI never runs it): it prints figures, side by side, in one run. The archive is grown
from ../shared/corpus as bench/bench.py grows 1M: the real articles first, then copies of them
(new ids, ~10% of each copy's sentences dropped, so every copy is new content and the vocabulary
stays the corpus's), written to one .jsonl.gz and imported with `sumber ingest` in a subprocess,
as a user would (aimed above the target by the stored/expected ratio measured at 10M; an import
still short of the target is topped up with new copies, imported into the archive). Then:

- import rate (passages/s over the whole `sumber ingest`, index build included) and the peak
  RSS of its whole process tree (parent + worker processes, sampled every 0.2 s);
- disk per passage (database + saved index);
- retrieval p50/p95 (BM25Index.top, top-10) and a check that scores are bit-identical to
  rank_bm25.BM25Okapi on a sample of passages: rank_bm25 cannot hold 10M, so it is given the
  sample's documents and the whole collection's N, avgdl and document frequencies (counted here
  independently, from the stored terms, in first-appearance order as rank_bm25's dictionaries);
- whole answer p50/p95/p99, cold start and RSS in a fresh process (bench/probe.py).

    .venv/bin/python bench/bench10m.py [--target 10000000] [--work ~/.cache/sumber-bench10m]

Phases can be re-run separately (--skip-generate, --skip-import) on the same work directory;
--probe-also CHECKOUT answers with another checkout too (e.g. main beside a branch), alternating.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import platform
import random
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus"
REAL_PASSAGES = 478_207     # passages the 29,969 real articles of ../shared/corpus give
# passages stored per passage the generator expects. The estimate from the raw text's sentences
# is scaled on the real articles, but the copies store fewer passages than it says (cleaning
# removes sentences a copy keeps or drops alike; a few thousand copies clean to a stored text):
# a run aimed at 10M stored 8,981,824 (eleventh session), so this session's run generated
# 10M / 0.898 and stored 10,618,812 of the 11,247,223 expected (0.944: the pipeline now stores more
# passages a text). A run generates target / STORED_PER_EXPECTED (+1%) and, if the import still
# falls short, tops up with rounds of new copies (at most 3) until the archive holds the target.
STORED_PER_EXPECTED = 0.944
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def log(msg: str) -> None:
    print(msg, flush=True)


def tree_rss_mb(root_pid: int) -> float:
    """Resident memory of a process and all its descendants (the ingest workers). The tree is
    walked through /proc/PID/task/TID/children, not by reading every process's stat: sampling
    every 0.2 s that way took ~20% of a core, on a 2-core machine, from the import it measures."""
    total, todo = 0, [root_pid]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1])
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


class PeakRss:
    """Samples a process tree's RSS in a thread until stopped; keeps the peak."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every, self.peak = pid, every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb(self.pid))
            self._stop.wait(self.every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak


def generate(out: Path, target: int, *, tag: str = "c", copies_only: bool = False) -> tuple[int, int]:
    """The real articles (unless copies_only), then copies, until the expected passage count
    passes the target (expected = the raw text's sentences + title, scaled; cleaning removes a
    few). A copy drops ~10% of its sentences, at least one; a text already written is not
    written again (the import would count it as already present, not grow the archive)."""
    from retrieval.segment import segment

    originals = []
    for f in sorted(CORPUS.glob("*/articles.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            originals += [json.loads(line) for line in fh]
    # the raw text's sentences undercount what ingest stores; scaled so that the real articles
    # give the 478,207 passages they give through the whole pipeline (docs/performance.md)
    scale = REAL_PASSAGES / sum(len(segment(r.get("text") or "")) + 1 for r in originals)
    rng = random.Random(0 if tag == "c" else sum(map(ord, tag)))
    seen: set[bytes] = set()
    expected = 0
    written = 0
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as fh:
        copy_no = 1 if copies_only else 0
        while expected < target:
            for rec in originals:
                if expected >= target:
                    break
                text = rec.get("text") or ""
                if copy_no:
                    sents = SENTENCE_END.split(text)
                    if len(sents) < 3:
                        continue
                    drop = {rng.randrange(len(sents))} | {i for i in range(len(sents)) if rng.random() < 0.1}
                    kept = [x for i, x in enumerate(sents) if i not in drop]
                    rec = dict(rec, id=f"{rec.get('id')}~{tag}{copy_no}", text=" ".join(kept))
                    text = rec["text"]
                key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
                if key in seen:
                    continue
                seen.add(key)
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += 1
                expected += (len(segment(text)) + 1) * scale   # the passages ingest will store, about
            copy_no += 1
    return written, int(expected)


def independent_df(db: Path) -> tuple[dict[str, int], int, int]:
    """Document frequencies over every stored passage, first appearance order (rank_bm25's), N
    and the total length: computed from SQLite, not from Sumber's index."""
    nd: dict[str, int] = {}
    n = total = 0
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for (terms,) in con.execute("SELECT terms FROM passages ORDER BY id"):
        toks = terms.split(" ") if terms else []
        n += 1
        total += len(toks)
        for t in dict.fromkeys(toks):
            nd[t] = nd.get(t, 0) + 1
    con.close()
    return nd, n, total


def reference_check(db: Path, index, query_terms: list[list[str]], sample: int) -> str:  # noqa: ANN001
    """rank_bm25 on `sample` random passages, with the whole collection's statistics."""
    from rank_bm25 import BM25Okapi

    nd, n, total = independent_df(db)
    rng = np.random.default_rng(0)
    rows = np.sort(rng.choice(index.n_docs, size=min(sample, index.n_docs), replace=False))
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    pids = [int(index.passage_ids[r]) for r in rows]
    terms_of: dict[int, list[str]] = {}
    for i in range(0, len(pids), 900):
        chunk = pids[i : i + 900]
        for pid, terms in con.execute(f"SELECT id, terms FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            terms_of[pid] = terms.split(" ") if terms else []
    con.close()
    docs = [terms_of[p] for p in pids]
    ref = BM25Okapi(docs)
    ref.corpus_size, ref.avgdl = n, total / n
    ref.idf = {}
    ref._calc_idf(nd)   # noqa: SLF001 - the whole collection's idf, rank_bm25's own code
    ref.corpus_size = len(docs)   # get_scores returns one score per sampled passage
    same = 0
    worst = 0.0
    same_top = 0
    for q in query_terms:
        theirs = ref.get_scores(q)
        dense = index.get_scores(q)
        ours = dense[rows]
        same += bool(np.array_equal(theirs, ours))
        worst = max(worst, float(np.max(np.abs(theirs - ours))) if len(ours) else 0.0)
        # the top-10 (pruned: block-max from 50k postings, MaxScore from 200k) against the
        # exhaustive scores of every passage
        held = np.flatnonzero(dense > 0)
        best = held[np.lexsort((held, -dense[held]))][:10]
        exhaustive = list(zip(index.passage_ids[best].tolist(), dense[best].tolist()))
        same_top += index.top(q, 10) == exhaustive
    return (f"bit-identical to rank_bm25 (whole-collection N/avgdl/df, {len(rows):,} sampled passages) "
            f"{same}/{len(query_terms)} queries, max|Δ| {worst:.1e}; top-10 (pruned) = exhaustive top-10 over all "
            f"{index.n_docs:,} passages, rows and scores bit for bit, {same_top}/{len(query_terms)}")


def retrieval_ab(index, query_terms: list[list[str]], rounds: int) -> str:  # noqa: ANN001
    """Top-10 with the block bounds and without (term-level MaxScore, what an index saved before
    them does), alternating per question and which goes first, so both see the same load."""
    blocks = index._main_blocks   # noqa: SLF001
    lat: dict[str, list[float]] = {"with": [], "without": []}
    same = 0
    try:
        for rd in range(rounds):
            for i, q in enumerate(query_terms):
                got = {}
                for name in (("with", "without") if (i + rd) % 2 == 0 else ("without", "with")):
                    index._main_blocks = blocks if name == "with" else None   # noqa: SLF001
                    t = time.perf_counter()
                    got[name] = index.top(q, 10)
                    lat[name].append(time.perf_counter() - t)
                same += got["with"] == got["without"]
    finally:
        index._main_blocks = blocks   # noqa: SLF001
    p = {name: np.percentile(np.asarray(v) * 1000, [50, 95]) for name, v in lat.items()}
    return (f"block-max p50 {p['with'][0]:.2f} / p95 {p['with'][1]:.2f} ms, term-level MaxScore p50 "
            f"{p['without'][0]:.2f} / p95 {p['without'][1]:.2f} ms ({rounds} rounds); same top-10 "
            f"{same}/{len(query_terms) * rounds}; load average {os.getloadavg()[0]:.2f}")


def probe(root: Path, db: Path, qfile: Path, answers: int) -> tuple[dict, dict, float, float]:
    """bench/probe.py of the checkout at `root` in a fresh process: its first line, its final
    line, seconds to the first answer, and the process's peak RSS (MB, sampled every 0.2 s)."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(root / "bench" / "probe.py"), str(db), str(qfile),
                             "--answers", str(answers)], stdout=subprocess.PIPE, text=True, cwd=root,
                            env=dict(os.environ, PYTHONPATH=str(root)))
    peak = PeakRss(proc.pid)
    first = json.loads(proc.stdout.readline())
    cold = time.perf_counter() - t
    final = json.loads(proc.stdout.readline())
    proc.wait()
    return first, final, cold, peak.stop()


def rewrite_index(index_dir: Path) -> None:
    """Each index file written again by large write()s (the same bytes and modification time, so
    its stamp still holds), as the import writes it. Files written so sit in the page cache as
    large folios, and a read fault maps the whole folio: a process answering then comes to hold
    ~730 MB of the 10M index's pages (1,049 MB VmRSS), against ~390 MB (701 MB) when the same
    files were read into the cache by `cat` or `cp` (sixteenth session, Linux 6.18): the worst
    case for RSS while answering, reproduced."""
    import shutil

    for f in sorted(index_dir.iterdir()):
        tmp = f.with_name(f.name + ".rewrite")
        with open(f, "rb") as src, open(tmp, "wb") as dst:
            while chunk := src.read(1 << 24):
                dst.write(chunk)
        shutil.copystat(f, tmp)
        os.replace(tmp, f)


def stored_passages(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM passages").fetchone()[0]
    finally:
        con.close()


def run_import(src: Path, db: Path, logfile: Path) -> tuple[dict, float, float, str]:
    """`sumber ingest --json SRC` in a subprocess: its summary, wall seconds, the process tree's
    peak RSS (MB) and the last progress line (the storing phase's rate)."""
    env = dict(os.environ, SUMBER_DB=str(db))
    t = time.perf_counter()
    with open(logfile, "w") as err:
        proc = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "ingest", "--json", str(src)], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        peak = PeakRss(proc.pid)
        out, _ = proc.communicate()
    took = time.perf_counter() - t
    peak_mb = peak.stop()
    summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
    log(f"import of {src.name}: {json.dumps(summary)}")
    progress = [ln for ln in logfile.read_text(encoding="utf-8").splitlines() if "passages/s" in ln]
    return summary, took, peak_mb, (progress[-1].split(": ", 1)[-1] if progress else "")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", type=int, default=10_000_000)
    ap.add_argument("--work", type=Path, default=Path.home() / ".cache" / "sumber-bench10m")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ref-queries", type=int, default=20)
    ap.add_argument("--sample", type=int, default=100_000, help="passages rank_bm25 scores")
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--skip-generate", action="store_true")
    ap.add_argument("--skip-import", action="store_true")
    ap.add_argument("--skip-reference", action="store_true",
                    help="no rank_bm25 check (it reads every stored passage's terms: minutes at 10M)")
    ap.add_argument("--wait-for", type=Path, help="start the import only once this file exists")
    ap.add_argument("--retrieval-ab", type=int, default=0, metavar="ROUNDS",
                    help="also time top-10 with and without the saved block bounds, alternating per question, "
                         "ROUNDS times over the questions (same index, same minutes)")
    ap.add_argument("--probe-also", type=Path, action="append", default=[], metavar="CHECKOUT",
                    help="also answer with another checkout's code (its bench/probe.py, its retrieval/ with its "
                         "compiled kernel), alternating with this one's: main and a branch side by side in one run")
    ap.add_argument("--probe-rounds", type=int, default=1, help="fresh-process answer runs per checkout")
    ap.add_argument("--rewrite-index", action="store_true",
                    help="write the index files again (same bytes, same times) before each fresh-process run: each "
                         "then meets the page cache as right after an import, where answering maps the most pages")
    ap.add_argument("--import-only", action="store_true", help="stop after the import (its rate and peak RSS)")
    ap.add_argument("--append", action="store_true",
                    help="grow the archive already in --work towards --target with new copies, import only those "
                         "(copies that clean to a stored text count as already present: repeat until at target)")
    args = ap.parse_args()
    work = args.work.expanduser()
    work.mkdir(parents=True, exist_ok=True)
    src, db = work / "archive.jsonl.gz", work / "bench.db"
    log(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, Python {platform.python_version()}; "
        f"load average {os.getloadavg()[0]:.2f}; work directory {work}")
    if args.append:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        have = con.execute("SELECT count(*) FROM passages").fetchone()[0]
        con.close()
        src = work / "archive-more.jsonl.gz"
        log(f"appending to {have:,} stored passages")
    if not args.skip_generate:
        t = time.perf_counter()
        # a tag of its own per round: a second --append makes new copies, not the same ones again
        aim = int((args.target - have if args.append else args.target) / STORED_PER_EXPECTED * 1.01)
        n_art, expected = (generate(src, aim, tag=f"t{have}-", copies_only=True) if args.append
                           else generate(src, aim))
        log(f"generated {src.name}: {n_art:,} articles, ~{expected:,} sentences+titles, "
            f"{src.stat().st_size / 2**20:,.0f} MB gzipped, {time.perf_counter() - t:.0f} s")
    while args.wait_for and not args.wait_for.exists():
        time.sleep(5)
    rows: list[tuple[str, str]] = []
    if not args.skip_import:
        for p in ([] if args.append else work.glob("bench.db*")):
            if p.is_dir():
                import shutil

                shutil.rmtree(p)
            else:
                p.unlink()
        summary, took, peak_mb, progress = run_import(src, db, work / "import.log")
        rows.append(("import (sumber ingest, .jsonl.gz, 2 workers)",
                     f"{summary.get('passages', 0) / took:,.0f} passages/s ({summary.get('passages', 0):,} passages "
                     f"in {took:,.0f} s, index build included); peak RSS of the process tree {peak_mb:,.0f} MB; "
                     f"load average at the end {os.getloadavg()[0]:.2f}"))
        if progress:
            rows.append(("  storing phase (last progress line)", progress))
        log("\n".join(f"  {name:48} {value}" for name, value in rows))
        stored = stored_passages(db)
        round_no = 0
        while stored < args.target and round_no < 3:
            # short of the target (copies that cleaned to a stored text, an estimate too low): one
            # more file of new copies, imported into the archive as --append does, until at target
            round_no += 1
            more = work / f"archive-topup{round_no}.jsonl.gz"
            aim = int((args.target - stored) / STORED_PER_EXPECTED * 1.05) + 1000
            n_art, expected = generate(more, aim, tag=f"t{stored}-", copies_only=True)
            log(f"{stored:,} passages stored, short of {args.target:,}: top-up {round_no}, {n_art:,} more copies "
                f"(~{expected:,} sentences+titles)")
            summary, took, peak_mb, progress = run_import(more, db, work / f"import-topup{round_no}.log")
            stored = stored_passages(db)
            rows.append((f"  top-up import {round_no} (into the archive)",
                         f"{summary.get('passages', 0) / took:,.0f} passages/s ({summary.get('passages', 0):,} passages "
                         f"in {took:,.0f} s, rebuild of the whole index included; archive now {stored:,}); peak RSS "
                         f"{peak_mb:,.0f} MB; load average {os.getloadavg()[0]:.2f}"))
            log(f"  {rows[-1][0]:48} {rows[-1][1]}")
        if args.import_only:
            return 0
    from retrieval.engine import Engine  # noqa: E402
    from retrieval.index import BM25Index  # noqa: E402
    from retrieval.text import TextPipeline  # noqa: E402
    from bench import load_questions, time_top  # noqa: E402 - bench/bench.py (this script's folder is on sys.path)

    index_dir = db.with_name(db.name + ".index")
    index = BM25Index.load(index_dir)
    if index is None:
        log("no saved index: opening the engine once to build it")
        import asyncio

        async def build() -> None:
            eng = await Engine.open(db, seeds_dir=None)
            await eng.close()

        asyncio.run(build())
        index = BM25Index.load(index_dir)
    n = index.n_docs
    disk = sum(f.stat().st_size for f in work.glob("bench.db*") if f.is_file())
    disk += sum(f.stat().st_size for f in index_dir.iterdir())
    rows.append(("disk", f"{disk / n:,.0f} B/passage ({disk / 2**30:.2f} GiB for {n:,} passages: database + index)"))
    pipe = TextPipeline()
    questions, qsource = load_questions(pipe, [], args.queries)
    qfile = work / "questions.txt"
    qfile.write_text("\n".join(questions), encoding="utf-8")
    query_terms = [pipe.parse_query(q).terms for q in questions]
    lat = time_top(index, query_terms)
    p = np.percentile(np.asarray(lat) * 1000, [50, 95])
    bounds = ("block-max bounds (blockmax.npy)" if index._main_blocks is not None and index._main_most is not None  # noqa: SLF001
              else "no block bounds saved with this index: term-level MaxScore only (rebuild it for them)")
    rows.append(("retrieval (BM25Index.top, top-10, in process)",
                 f"p50 {p[0]:.2f} ms, p95 {p[1]:.2f} ms over {len(lat)} {qsource}; {bounds}; "
                 f"load average {os.getloadavg()[0]:.2f}"))
    if args.retrieval_ab and index._main_blocks is not None:  # noqa: SLF001
        rows.append(("  same questions, interleaved", retrieval_ab(index, query_terms, args.retrieval_ab)))
    # this checkout's answers in a fresh process; with --probe-also, another checkout's too, the
    # two alternating (--probe-rounds each), so both meet the same page cache and load
    sides = [(f" [{ROOT.name}]" if args.probe_also else "", ROOT)] + [(f" [{other.name}]", other) for other in args.probe_also]
    for rd in range(args.probe_rounds):
        for label, root in (sides if rd % 2 == 0 else sides[::-1]):
            tag = label + (f" round {rd + 1}" if args.probe_rounds > 1 else "")
            if args.rewrite_index:
                rewrite_index(index_dir)
            first, final, cold, peak_mb = probe(root, db, qfile, args.answers)
            rows.append((f"whole answer (bench/probe.py, fresh process){tag}",
                         f"p50 {final['p50_ms']} ms, p95 {final['p95_ms']} ms, p99 {final['p99_ms']} ms over {final['answers']} "
                         f"answers; main thread's CPU p50 {final['cpu_p50_ms']} / p95 {final['cpu_p95_ms']} / p99 "
                         f"{final['cpu_p99_ms']} ms; retrieval share {final['retrieval_share']:.0%} (floor+BM25 p50 "
                         f"{final['floor_p50_ms']} / p95 {final['floor_p95_ms']} ms); load average {os.getloadavg()[0]:.2f}"))
            rows.append((f"cold start{tag}", f"{cold:.2f} s to the first answer (imports {first['import_s']} s, open {first['open_s']} s)"))
            rows.append((f"RSS answering{tag}", f"peak {peak_mb:,.0f} MB, {final['rss_mb_after']} MB after {final['answers']} answers"
                         + (f"; mapped pages trimmed {final['mapped_trims']} times" if final.get("mapped_trims") is not None
                            else "")))
            log("\n".join(f"  {name:48} {value}" for name, value in rows[-3:]))
    for name, value in rows:   # what is measured so far, in case the reference check is cut short
        log(f"  {name:48} {value}")
    if not args.skip_reference:
        del index
        index = BM25Index.load(index_dir)
        rows.append(("scores", reference_check(db, index, query_terms[: args.ref_queries], args.sample)))
    log(f"\n{n:,} passages:")
    for name, value in rows:
        log(f"  {name:48} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
