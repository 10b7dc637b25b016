"""Speed benchmark at newsroom scale, side by side with rank_bm25.BM25Okapi and bm25s in one run.

Not a test: it prints figures. Real Indonesian news from ../shared/corpus/*/articles.jsonl.gz
when present (otherwise generated text) is ingested through Sumber's whole pipeline into a
fresh SQLite database; when the real passages run out, the database grows with copies of them
(10% of each copy's terms dropped, so statistics are not exact repeats). At each size it prints:
index build, size on disk, retrieval latency against the reference engines on the same tokens,
score agreement, and — in a fresh subprocess (bench/probe.py) — cold start, whole-answer
latency and resident memory after 1,000 answers.

    .venv/bin/python bench/bench.py [--sizes 10000,100000,1000000] [--queries 200]
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from retrieval import kernel  # noqa: E402
from retrieval.clean import clean_page  # noqa: E402
from retrieval.engine import Engine  # noqa: E402
from retrieval.ingest import claim_rows, prepare  # noqa: E402
from retrieval.segment import segment  # noqa: E402
from retrieval.store import NewArticle, Store  # noqa: E402
from retrieval.text import TextPipeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
FACQA = ROOT.parent / "shared" / "eval" / "facqa" / "facqa-dev.jsonl.gz"


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(xs) * 1000, p)) if xs else float("nan")


def load_articles(limit: int) -> tuple[list[dict], str]:
    out: list[dict] = []
    for f in sorted(CORPUS.glob("*/articles.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                out.append(json.loads(line))
                if len(out) >= limit:
                    return out, "shared/corpus"
    if out:
        return out, "shared/corpus"
    rng = random.Random(0)
    words = ("tentara pasukan rumah banjir harga beras presiden menteri kota desa polisi warga jalan gempa "
             "sekolah pasar listrik minyak kapal bandara").split()
    gen = [{"id": f"g{i}", "title": " ".join(rng.choices(words, k=6)).capitalize(),
            "text": ". ".join(" ".join(rng.choices(words, k=12)).capitalize() for _ in range(20)) + "."}
           for i in range(min(limit, 40000))]
    return gen, "generated"


def load_questions(pipe: TextPipeline, passages_sample: list[list[str]], n: int) -> tuple[list[str], str]:
    """Natural questions (FacQA) when present; otherwise 2-6 terms sampled from the corpus."""
    if FACQA.exists():
        qs = []
        with gzip.open(FACQA, "rt", encoding="utf-8") as f:
            for line in f:
                q = json.loads(line)["question"]
                if 2 <= len(pipe.parse_query(q).terms) <= 6:
                    qs.append(q)
        random.Random(3).shuffle(qs)
        return qs[:n], "FacQA questions (2-6 terms after the pipeline)"
    rng = random.Random(1)
    vocab = [t for p in passages_sample for t in p]
    return [" ".join(rng.sample(vocab, rng.randint(2, 6))) for _ in range(n)], "2-6 sampled corpus terms"


async def stage_shares(articles: list[dict], pipe: TextPipeline) -> None:
    """Single-core cost of each ingest stage on a sample (the parallel figure is measured below)."""
    stage = dict.fromkeys(("clean", "segment", "terms", "claims", "store"), 0.0)
    sastrawi_s, sastrawi_words = 0.0, 0   # Sastrawi's part of the timed terms stage
    prepared: list[NewArticle] = []
    n_pass = 0
    for a in articles:
        t = time.perf_counter()
        art = clean_page(a["text"], title=a.get("title"), outlet=a.get("outlet"), article_id=a.get("id"))
        stage["clean"] += time.perf_counter() - t
        if not art.body.strip():
            continue
        t = time.perf_counter()
        sents = segment(art.body)
        stage["segment"] += time.perf_counter() - t
        t, s0, w0 = time.perf_counter(), pipe.stemming_seconds, pipe.stemmed_words
        for s in sents:
            pipe.terms(s)
        stage["terms"] += time.perf_counter() - t
        sastrawi_s += pipe.stemming_seconds - s0
        sastrawi_words += pipe.stemmed_words - w0
        t = time.perf_counter()
        claim_rows(sents, art.title)
        stage["claims"] += time.perf_counter() - t
        new = prepare(art, pipe)
        n_pass += len(new.passages)
        prepared.append(new)

    async def store_all() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "s.db")
            await store.open()
            t = time.perf_counter()
            for i in range(0, len(prepared), 200):
                await store.insert_articles(prepared[i : i + 200])
            stage["store"] += time.perf_counter() - t
            await store.close()

    await store_all()
    total = sum(stage.values())
    print(f"ingest stages, one core, {len(articles)} articles / {n_pass:,} passages: "
          f"{n_pass / total:,.0f} passages/s; " + ", ".join(f"{k} {v / total:.0%}" for k, v in stage.items())
          + f" (of which Sastrawi on {sastrawi_words:,} new words {sastrawi_s / total:.0%})")


async def ingest_real_articles(engine, articles: list[dict], next_article: int, size: int) -> tuple[int, int, float]:  # noqa: ANN001
    """Real articles through the whole pipeline until the archive holds `size` passages (or the
    corpus ends): (next article, passages stored, seconds spent ingesting). As a bulk import
    would: big calls (the workers idle while each call's last batch is written), but not far past
    the size being measured (~15 passages per article)."""
    have = (await engine.store.counts())["passages"]
    grown, seconds = 0, 0.0
    while have < size and next_article < len(articles):
        chunk = articles[next_article : next_article + max(100, min(5000, (size - have) // 15))]
        next_article += len(chunk)
        items = [(str(a.get("id") or i), {k: v for k, v in a.items() if k in ("id", "title", "text", "outlet", "url")})
                 for i, a in enumerate(chunk, next_article)]
        t = time.perf_counter()
        await engine.ingest_items(items, source="bench", rebuild=False)
        seconds += time.perf_counter() - t
        new_have = (await engine.store.counts())["passages"]
        grown, have = grown + new_have - have, new_have
    return next_article, grown, seconds


async def grow_by_copies(store: Store, target: int, copy_no: int) -> int:
    """Copy stored articles (new ids, 10% of terms dropped per passage) until `target` passages."""
    rng = random.Random(copy_no)
    counts = await store.counts()
    have = counts["passages"]
    async with store.db.execute("SELECT id, outlet, outlet_domain, title, author, published, url, body FROM articles"
                                " WHERE id NOT LIKE '%~c%' ORDER BY rowid") as cur:
        originals = await cur.fetchall()
    batch: list[NewArticle] = []
    for row in originals:
        if have >= target:
            break
        async with store.db.execute("SELECT position, kind, text, terms FROM passages WHERE article_id = ? ORDER BY position",
                                    (row[0],)) as cur:
            passages = [(p, k, t, " ".join(w for w in terms.split(" ") if rng.random() > 0.1))
                        for p, k, t, terms in await cur.fetchall()]
        async with store.db.execute("SELECT p.position, c.text, c.speaker, c.cited_from, c.quantities FROM claims c"
                                    " JOIN passages p ON p.id = c.passage_id WHERE c.article_id = ?", (row[0],)) as cur:
            claims = [tuple(r) for r in await cur.fetchall()]
        new_id = f"{row[0]}~c{copy_no}"
        batch.append(NewArticle(id=new_id, content_hash=f"{new_id}", outlet=row[1], outlet_domain=row[2], title=row[3],
                                author=row[4], published=row[5], url=row[6], source="bench copy", body=row[7],
                                passages=passages, claims=claims))
        have += len(passages)
        if len(batch) >= 500:
            await store.insert_articles(batch)
            batch = []
    if batch:
        await store.insert_articles(batch)
    return have


def time_top(index, query_terms: list[list[str]], k: int = 10) -> list[float]:  # noqa: ANN001
    """Seconds each question's BM25 top-k takes, in process."""
    lat = []
    for q in query_terms:
        s = time.perf_counter()
        index.top(q, k)
        lat.append(time.perf_counter() - s)
    return lat


def compare_engines(size: int, docs: list[list[str]], ours, query_terms: list[list[str]], ref_queries: int,
                    max_rank_bm25: int) -> list[str]:
    rows = []
    ref_n = min(len(query_terms), ref_queries)
    if size <= max_rank_bm25:
        from rank_bm25 import BM25Okapi

        t = time.perf_counter()
        ref = BM25Okapi(docs)
        build = time.perf_counter() - t
        lat, diff, same_top, same_bits = [], 0.0, 0, 0
        for q in query_terms[:ref_n]:
            s = time.perf_counter()
            sc = ref.get_scores(q)
            top = np.argsort(-sc, kind="stable")[:10]
            lat.append(time.perf_counter() - s)
            mine_sc = ours.get_scores(q)
            diff = max(diff, float(np.max(np.abs(sc - mine_sc))))
            same_bits += bool(np.array_equal(sc, mine_sc))
            mine = [pid for pid, _ in ours.top(q, 10)]
            ref_top = [int(ours.passage_ids[i]) for i in top if sc[i] > 0]
            same_top += mine == ref_top[: len(mine)]
        rows.append((f"rank_bm25.BM25Okapi ({ref_n} q)", build, lat, f"max|Δ| {diff:.1e}, all N scores bit-identical {same_bits}/{ref_n}, same top-10 {same_top}/{ref_n}"))
        del ref
    try:
        import bm25s

        t = time.perf_counter()
        vocab: dict[str, int] = {}
        ids = [[vocab.setdefault(tok, len(vocab)) for tok in d] for d in docs]
        retriever = bm25s.BM25(k1=1.5, b=0.75, method="atire")
        retriever.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
        build = time.perf_counter() - t
        del ids
        lat = []
        for q in query_terms:
            qids = [[vocab[x] for x in q if x in vocab]]
            s = time.perf_counter()
            if qids[0]:
                retriever.retrieve(bm25s.tokenization.Tokenized(ids=qids, vocab=vocab), k=10, show_progress=False)
            lat.append(time.perf_counter() - s)
        rows.append(("bm25s (numpy, atire idf)", build, lat, "other idf"))
        del retriever
    except Exception as exc:  # noqa: BLE001 - a comparison engine failing must not hide our figures
        rows.append((f"bm25s skipped: {type(exc).__name__}", 0.0, [], str(exc)[:40]))
    return [f"{size:>9,} {name:34} {b:8.2f} {'-':>9} {pct(lat, 50):8.2f} {pct(lat, 95):8.2f} {pct(lat, 99):8.2f}  {note}"
            for name, b, lat, note in rows]


async def main_async(args: argparse.Namespace) -> int:
    pipe = TextPipeline()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}, {platform.platform()}; load average {os.getloadavg()[0]:.2f}")
    articles, source = load_articles(args.articles)
    print(f"corpus: {len(articles):,} articles from {source}")
    await stage_shares(articles[: args.stage_sample], pipe)

    work = Path(args.workdir or tempfile.mkdtemp(prefix="sumber-bench-"))
    db = work / "bench.db"
    for p in ([] if args.reuse else work.glob("bench.db*")):
        if p.is_dir():
            import shutil

            shutil.rmtree(p)
        else:
            p.unlink()
    engine = await Engine.open(db, seeds_dir=None)
    questions: list[str] = []
    print(f"\n{'passages':>9} {'engine':34} {'build s':>8} {'disk':>9} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  notes")
    next_article = 0
    copy_no = 0
    ingest_s = 0.0
    ingested = 0
    for size in [int(x) for x in args.sizes.split(",")]:
        # grow the database: real articles through the whole pipeline first, then copies
        next_article, grown, seconds = await ingest_real_articles(engine, articles, next_article, size)
        ingested += grown
        ingest_s += seconds
        have = (await engine.store.counts())["passages"]
        while have < size:
            copy_no += 1
            have = await grow_by_copies(engine.store, size, copy_no)
        if ingested:
            print(f"{'':>9} ingest, whole pipeline into SQLite, {engine.ingest_workers} worker processes: "
                  f"{ingested / ingest_s:,.0f} passages/s ({ingested:,} real passages so far)")
        t = time.perf_counter()
        index = await engine.rebuild_index()
        build = time.perf_counter() - t
        disk = sum(f.stat().st_size for f in engine.index_dir.iterdir())
        docs: list[list[str]] = []
        async for batch in engine.store.iter_terms():
            docs.extend(r[1] for r in batch)
        if not questions:
            questions, qsource = load_questions(pipe, docs[:5000], args.queries)
            qfile = work / "questions.txt"
            qfile.write_text("\n".join(questions), encoding="utf-8")
            print(f"{'':>9} queries: {len(questions)} {qsource}, top-10")
        query_terms = [pipe.parse_query(q).terms for q in questions]
        lat = time_top(index, query_terms)
        n = index.n_docs
        print(f"{n:>9,} {'sumber retrieval' + (' (compiled)' if kernel.COMPILED else ' (numpy)'):34} {build:8.2f} {disk / 1e6:7.1f}MB {pct(lat, 50):8.2f} "
              f"{pct(lat, 95):8.2f} {pct(lat, 99):8.2f}  {disk / n:.0f} B/passage, build from SQLite terms incl. save")
        # a fresh process: cold start, whole answers, memory
        t = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "probe.py"), str(db), str(qfile),
                                 "--answers", str(args.answers)], stdout=subprocess.PIPE, text=True)
        first = json.loads(proc.stdout.readline())
        cold = time.perf_counter() - t
        final = json.loads(proc.stdout.readline())
        proc.wait()
        print(f"{n:>9,} {'sumber whole answer (probe)':34} {'-':>8} {'-':>9} {final['p50_ms']:8.2f} {final['p95_ms']:8.2f} "
              f"{final['p99_ms']:8.2f}  cold start {cold:.2f} s (imports {first['import_s']} s, open {first['open_s']} s), "
              f"RSS {final['rss_mb_after']} MB after {final['answers']} answers, retrieval {final['retrieval_share']:.0%} "
              f"(relevance floor + BM25 p50 {final['floor_p50_ms']} / p95 {final['floor_p95_ms']} ms)")
        if not args.no_reference:
            for line in compare_engines(n, docs, index, query_terms, args.ref_queries, args.max_rank_bm25):
                print(line, flush=True)
        del docs
    # adding one article to the largest index, without a rebuild
    stamp = int(time.time())  # new content on every run, so it is an addition, not a duplicate
    extra = {"id": f"bench-new-{stamp}", "title": "Banjir rob rendam ratusan rumah di pesisir",
             "text": f"Banjir rob merendam {stamp % 1000} rumah warga di pesisir utara, kata Kepala BPBD setempat. "
                     "Ketinggian air mencapai 40 sentimeter."}
    t = time.perf_counter()
    await engine.ingest_items([(extra["id"], extra)], source="bench")
    add_s = time.perf_counter() - t
    print(f"\nadd one article to {engine.index.n_docs:,} passages (store + added segment, no rebuild): {add_s * 1000:.0f} ms; "
          f"main segment {engine.index.main_rows:,}, added {engine.index.added_rows}")
    await engine.close()
    print(f"work directory: {work}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--articles", type=int, default=10**9, help="real articles to read at most")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ref-queries", type=int, default=20, help="queries for rank_bm25 (slow at 1M)")
    ap.add_argument("--max-rank-bm25", type=int, default=2_000_000)
    ap.add_argument("--answers", type=int, default=1000)
    ap.add_argument("--stage-sample", type=int, default=500)
    ap.add_argument("--no-reference", action="store_true")
    ap.add_argument("--workdir")
    ap.add_argument("--reuse", action="store_true",
                    help="keep the database already in --workdir (measure again without re-ingesting)")
    return asyncio.run(main_async(ap.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
