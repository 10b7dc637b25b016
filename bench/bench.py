"""Speed benchmark: Sumber's sparse BM25 side by side with rank_bm25.BM25Okapi and bm25s on the
same tokens, in one run. Prints the machine, corpus size and p50/p95/p99. Not a test.

    .venv/bin/python bench/bench.py [--sizes 10000,100000] [--queries 200] [--articles 3000]

Real Indonesian news from ../shared/corpus/*/articles.jsonl.gz when present (otherwise generated
text); passages are grown to each size by repeating the real ones with light perturbation.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.clean import clean_page  # noqa: E402
from retrieval.index import BM25Index  # noqa: E402
from retrieval.ingest import prepare  # noqa: E402
from retrieval.text import TextPipeline  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def pct(xs: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(xs) * 1000, p))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_articles(limit: int) -> list[dict]:
    out = []
    for f in sorted(CORPUS.glob("*/articles.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                out.append(json.loads(line))
                if len(out) >= limit:
                    return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--no-rank-bm25-above", type=int, default=200000, help="skip rank_bm25 above this size (slow)")
    args = ap.parse_args()
    pipe = TextPipeline()
    print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}")

    articles = load_articles(args.articles)
    source = "shared/corpus" if articles else "generated"
    if not articles:
        rng = random.Random(0)
        words = "tentara pasukan rumah banjir harga beras presiden menteri kota desa polisi warga jalan".split()
        articles = [{"id": str(i), "text": ". ".join(" ".join(rng.choices(words, k=12)) for _ in range(20))}
                    for i in range(args.articles)]
    # ingest throughput through the whole pipeline (clean, segment, terms, claims), one core
    t0 = time.perf_counter()
    stage = {"clean": 0.0, "segment+terms+claims": 0.0}
    passages: list[list[str]] = []
    for a in articles:
        s = time.perf_counter()
        art = clean_page(a["text"], title=a.get("title"), outlet=a.get("outlet"), article_id=a.get("id"))
        stage["clean"] += time.perf_counter() - s
        s = time.perf_counter()
        if art.body.strip():
            new = prepare(art, pipe)
            passages.extend(p[3].split() for p in new.passages)
        stage["segment+terms+claims"] += time.perf_counter() - s
    dt = time.perf_counter() - t0
    print(f"corpus: {len(articles)} articles from {source} -> {len(passages)} passages")
    print(f"ingest pipeline (one core, without SQLite): {len(passages) / dt:,.0f} passages/s; "
          + ", ".join(f"{k} {v / dt:.0%}" for k, v in stage.items()))

    rng = random.Random(1)
    vocab_sample = [t for p in passages[:5000] for t in p]
    queries = [rng.sample(vocab_sample, rng.randint(2, 6)) for _ in range(args.queries)]
    print()
    print(f"{'passages':>9} {'engine':28} {'build s':>8} {'disk MB':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max|Δ| vs rank_bm25':>20}")
    for size in [int(x) for x in args.sizes.split(",")]:
        docs = [passages[i % len(passages)] if i < len(passages) else
                [t for t in passages[i % len(passages)] if rng.random() > 0.1] for i in range(size)]
        t = time.perf_counter()
        ours = BM25Index.build(list(enumerate(docs)))
        build = time.perf_counter() - t
        with tempfile.TemporaryDirectory() as tmp:
            ours.save(Path(tmp) / "ix")
            disk = sum(f.stat().st_size for f in (Path(tmp) / "ix").iterdir()) / 1e6
            t = time.perf_counter()
            loaded = BM25Index.load(Path(tmp) / "ix")
            load_s = time.perf_counter() - t
            lat = []
            for q in queries:
                s = time.perf_counter()
                loaded.top(q, 10)
                lat.append(time.perf_counter() - s)
        ref = None
        diff = "-"
        if size <= args.no_rank_bm25_above:
            from rank_bm25 import BM25Okapi

            t = time.perf_counter()
            ref = BM25Okapi(docs)
            ref_build = time.perf_counter() - t
            ref_lat = []
            md = 0.0
            for q in queries[: min(len(queries), 50)]:
                s = time.perf_counter()
                sc = ref.get_scores(q)
                np.argpartition(-sc, 10)[:10]
                ref_lat.append(time.perf_counter() - s)
                md = max(md, float(np.max(np.abs(sc - ours.get_scores(q)))))
            diff = f"{md:.1e}"
        print(f"{size:>9} {'sumber (CSR, mmap)':28} {build:8.2f} {disk:8.1f} {pct(lat, 50):8.3f} {pct(lat, 95):8.3f} "
              f"{pct(lat, 99):8.3f} {diff:>20}   load {load_s * 1000:.0f} ms, {disk * 1e6 / size:.0f} B/passage")
        if ref is not None:
            print(f"{size:>9} {'rank_bm25.BM25Okapi':28} {ref_build:8.2f} {'-':>8} {pct(ref_lat, 50):8.3f} "
                  f"{pct(ref_lat, 95):8.3f} {pct(ref_lat, 99):8.3f} {'(reference)':>20}   "
                  f"x{pct(ref_lat, 50) / max(pct(lat, 50), 1e-9):.0f} slower at p50")
            del ref
        try:
            import bm25s

            t = time.perf_counter()
            vocab: dict[str, int] = {}
            ids = [[vocab.setdefault(tok, len(vocab)) for tok in d] for d in docs]
            retriever = bm25s.BM25(k1=1.5, b=0.75, method="atire")
            retriever.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
            b_build = time.perf_counter() - t
            b_lat = []
            for q in queries:
                qids = [[vocab[x] for x in q if x in vocab]]
                s = time.perf_counter()
                if qids[0]:
                    retriever.retrieve(bm25s.tokenization.Tokenized(ids=qids, vocab=vocab), k=10, show_progress=False)
                b_lat.append(time.perf_counter() - s)
            print(f"{size:>9} {'bm25s (numpy, atire idf)':28} {b_build:8.2f} {'-':>8} {pct(b_lat, 50):8.3f} "
                  f"{pct(b_lat, 95):8.3f} {pct(b_lat, 99):8.3f} {'(other idf)':>20}")
        except Exception as exc:  # noqa: BLE001 - a comparison engine failing must not hide our figures
            print(f"{size:>9} bm25s: skipped ({type(exc).__name__}: {exc})")
    print(f"\npeak resident memory of this process: {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
