"""Retrieval quality on FacQA (IndoNLU): Recall@1, Recall@10 and MRR over its 1,369 news passages.

Each question's relevant passage is its own. Usage: python eval/facqa.py [path/to/facqa-dev.jsonl.gz]
Prints one row per configuration so the pipeline's choices can be compared in one run.
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.index import BM25Index  # noqa: E402
from retrieval.relevance import rerank  # noqa: E402
from retrieval.text import TextPipeline, tokenize  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "facqa" / "facqa-dev.jsonl.gz"


def load(path: Path) -> tuple[list[str], list[tuple[str, int]], list[str]]:
    passages: dict[str, int] = {}
    questions, splits = [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            pid = passages.setdefault(rec["passage"], len(passages))
            questions.append((rec["question"], pid))
            splits.append(rec["split"])
    return list(passages), questions, splits


def evaluate(ranked: list[list[int]], gold: list[int]) -> tuple[float, float, float]:
    r1 = r10 = mrr = 0.0
    for ranks, g in zip(ranked, gold):
        if ranks[:1] == [g]:
            r1 += 1
        if g in ranks[:10]:
            r10 += 1
        if g in ranks[:100]:
            mrr += 1 / (ranks.index(g) + 1)
    n = len(gold)
    return r1 / n, r10 / n, mrr / n


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"FacQA file not found: {path}", file=sys.stderr)
        return 1
    passages, questions, splits = load(path)
    pipe = TextPipeline()
    gold = [g for _, g in questions]
    print(f"FacQA: {len(questions)} questions over {len(passages)} passages ({path.name})")
    print(f"{'configuration':58} {'R@1':>6} {'R@10':>6} {'MRR':>6}   train R@1/R@10/MRR, valid R@1/R@10/MRR")

    def run(name: str, doc_terms: list[list[str]], query_terms: list[list[str]], use_rerank: bool = False) -> None:
        t0 = time.perf_counter()
        idx = BM25Index.build(list(enumerate(doc_terms)))
        ranked = []
        for q in query_terms:
            hits = idx.top(q, 100)
            if use_rerank:
                hits = rerank(q, hits, {i: doc_terms[i] for i, _ in hits}, idx.idf_of)
            ranked.append([pid for pid, _ in hits])
        r1, r10, mrr = evaluate(ranked, gold)
        per_split = []
        for split in ("train", "valid"):
            keep = [i for i, s in enumerate(splits) if s == split]
            per_split.append("/".join(f"{v:.3f}" for v in evaluate([ranked[i] for i in keep], [gold[i] for i in keep])))
        print(f"{name:58} {r1:6.3f} {r10:6.3f} {mrr:6.3f}   {per_split[0]}, {per_split[1]}"
              f"   ({time.perf_counter() - t0:.1f}s)")

    plain_docs = [tokenize(p) for p in passages]
    plain_q = [[t for t in tokenize(q) if t not in pipe.question_words] for q, _ in questions]
    run("BM25, lowercase tokens, question words dropped", plain_docs, plain_q)
    stem_docs = [[pipe.stem(t) for t in d] for d in plain_docs]
    stem_q = [[pipe.stem(t) for t in q] for q in plain_q]
    run("BM25, Sastrawi stems", stem_docs, stem_q)
    doc_terms = [pipe.terms(p) for p in passages]
    queries = [pipe.parse_query(q) for q, _ in questions]
    run("BM25, Sumber pipeline (aliases, stopwords, stems)", doc_terms, [q.terms for q in queries])
    run("BM25 + rerank: adjacency and idf coverage (Sumber default)", doc_terms, [q.terms for q in queries], True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
