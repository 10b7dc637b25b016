"""Answer-phrase quality on FacQA: exact match and token F1 of `retrieval.span.answer_span`.

For each question the input is the sentence of its passage holding the gold answer (as a claim
would be), and, as a harder variant, the whole passage. Scores are SQuAD-style (lower-case,
punctuation stripped). Tune on split=train only; valid is the held-out report.

Usage: python eval/span_eval.py [--fit] [--errors INTENT] [--split train|valid] [path/to/facqa-dev.jsonl.gz]
(--fit rewrites retrieval/data/span_weights.tsv from split=train, numpy only, ~1 min).
"""
from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from retrieval.segment import split_sentences  # noqa: E402
from retrieval import span as span_mod  # noqa: E402
from retrieval.span import FEATURES, KINDS, analyse, answer_span  # noqa: E402
from retrieval.text import TextPipeline  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "facqa" / "facqa-dev.jsonl.gz"
_PUNCT = set(string.punctuation) | set("“”‘’«»…")


def normalize(text: str) -> list[str]:
    """SQuAD normalisation without the English articles: lower-case, punctuation out, split."""
    return "".join(" " if ch in _PUNCT else ch for ch in text.lower()).split()


def f1(pred: list[str], gold: list[str]) -> float:
    common = collections.Counter(pred) & collections.Counter(gold)
    same = sum(common.values())
    if not pred or not gold:
        return float(pred == gold)
    if same == 0:
        return 0.0
    p, r = same / len(pred), same / len(gold)
    return 2 * p * r / (p + r)


def score(pred: str | None, golds: list[str]) -> tuple[float, float]:
    toks = normalize(pred or "")
    em = max(float(toks == normalize(g)) for g in golds)
    return em, max(f1(toks, normalize(g)) for g in golds)


def answer_sentence(passage: str, golds: list[str]) -> str:
    """The passage's sentence that holds a gold answer (the claim the bot would show)."""
    sentences = split_sentences(passage)
    for g in golds:
        for s in sentences:
            if g.strip() and g.strip() in s:
                return s
    return passage


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


WEIGHTS = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "span_weights.tsv"


def fit(items: list, l2: float = 0.003, steps: int = 2000, lr: float = 1.0) -> None:
    """Softmax over each question's candidates, target = the candidates with the best token F1
    against gold; one weight vector per answer kind, plain gradient descent (numpy, training only)."""
    import numpy as np

    per_kind: dict[str, list[tuple[np.ndarray, np.ndarray]]] = collections.defaultdict(list)
    reach = collections.Counter()
    for r, q in items:
        golds = [g for g in r["answers"] if g.strip()]
        text = answer_sentence(r["passage"], golds)
        qa, toks, cands, feats = analyse(r["question"], q.intent, text, q.words)
        if not cands:
            continue
        f1s = np.array([score(text[toks[c.i].start:toks[c.j - 1].end], golds)[1] for c in cands])
        best = f1s.max()
        reach[(qa.kind, "n")] += 1
        reach[(qa.kind, "em")] += float(best == 1.0)
        reach[(qa.kind, "f1")] += best
        if best <= 0:
            continue
        target = (f1s >= best - 1e-9).astype(float) * (1.0 if best == 1.0 else best)
        X = np.array([[f.get(name, 0.0) for name in FEATURES] for f in feats])
        per_kind[qa.kind].append((X, target / target.sum()))
    for kind in KINDS:
        n = reach[(kind, "n")]
        if n:
            print(f"candidate reach {kind:8} n={n:4d} EM={reach[(kind, 'em')] / n:.3f} F1={reach[(kind, 'f1')] / n:.3f}")
    lines = ["# kind\tfeature\tweight: fitted by `python eval/span_eval.py --fit` on FacQA train"]
    for kind in KINDS:
        data = per_kind.get(kind, [])
        w = np.zeros(len(FEATURES))
        for _ in range(steps if data else 0):
            grad = l2 * w
            for X, t in data:
                s = X @ w
                p = np.exp(s - s.max())
                p /= p.sum()
                grad += X.T @ (p - t) / len(data)
            w -= lr * grad
        lines += [f"{kind}\t{name}\t{v:.4f}" for name, v in zip(FEATURES, w) if abs(v) >= 1e-4]
    WEIGHTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    span_mod._weights.cache_clear()
    print(f"wrote {WEIGHTS}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--errors", help="print mistakes of this intent (train split unless --split)")
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--fit", action="store_true", help="fit data/span_weights.tsv on split=train, then evaluate")
    args = ap.parse_args()
    path = Path(args.path)
    if not path.exists():
        print(f"FacQA file not found: {path}", file=sys.stderr)
        return 1
    recs = load(path)
    pipe = TextPipeline()
    queries = [pipe.parse_query(r["question"]) for r in recs]
    if args.fit:
        fit([(r, q) for r, q in zip(recs, queries) if r["split"] == "train"])
    rows: dict[tuple[str, str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    shown = 0
    elapsed = 0.0
    calls = 0
    for r, q in zip(recs, queries):
        golds = [g for g in r["answers"] if g.strip()] or [""]
        for variant, text in (("sentence", answer_sentence(r["passage"], golds)), ("passage", r["passage"])):
            t0 = time.perf_counter()
            span = answer_span(r["question"], q.intent, text, query_words=q.words)
            elapsed += time.perf_counter() - t0
            calls += 1
            pred = text[span[0]:span[1]] if span else None
            em, fs = score(pred, golds)
            for intent in (q.intent, "ALL"):
                rows[(r["split"], variant, intent)].append((em, fs))
            if (args.errors and variant == "sentence" and r["split"] == args.split and em < 1
                    and args.errors in (q.intent, "ALL") and shown < args.limit):
                shown += 1
                print(f"Q: {r['question']}\n   S: {text}\n   gold={golds} pred={pred!r} f1={fs:.2f}")
    intents = ["who", "when", "where", "quantity", "what", "other", "ALL"]
    for split in ("train", "valid"):
        for variant in ("sentence", "passage"):
            print(f"\n{split} / input = {variant}")
            print(f"  {'intent':10} {'n':>5} {'EM':>6} {'F1':>6}")
            for intent in intents:
                vals = rows.get((split, variant, intent))
                if vals:
                    n = len(vals)
                    print(f"  {intent:10} {n:5d} {sum(v[0] for v in vals) / n:6.3f} {sum(v[1] for v in vals) / n:6.3f}")
    print(f"\nspeed: {elapsed / calls * 1000:.3f} ms per call ({calls} calls, sentences and passages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
