"""Train the second-stage ranker (retrieval/relevance.py) on FacQA train; writes retrieval/data/ranker.json.

Examples: for every train question, the passages the engine considers (share of the question
>= relevance.CANDIDATE_FLOOR, best RANKED_CANDIDATES by BM25) with the engine's own feature rows;
a passage is positive when it is a sentence of the question's own passage. A pairwise logistic
regression (scikit-learn, the optional `train` extra: right passage against wrong ones of the same
question) gives the order; one more logistic fit calibrates its score into a probability. At
answer time it is a dot product in numpy.

The partial-answer threshold comes from questions the archive cannot answer: a second archive
holds only half of the passages (even numbers), and a train question whose passage is in the other
half counts as unanswerable. The threshold is the lowest probability at which at most
MAX_FALSE_PARTIAL of those get a partial answer. FacQA valid is never read here.

Usage: python eval/train_ranker.py [--out retrieval/data/ranker.json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from eval.answers import DEFAULT, build_archive, load, squash  # noqa: E402
from retrieval import relevance  # noqa: E402
from retrieval.engine import Engine  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "ranker.json"
MAX_FALSE_PARTIAL = 0.5   # share of unanswerable questions allowed a partial answer
SEED = 0


async def examples(engine: Engine, passages: list[str], items):  # noqa: ANN001, ANN201
    """(feature rows, labels, question index) for every candidate of every question: the
    passages the engine weighs for the closest few (Engine._near), which include the strong ones."""
    xs, ys, qs = [], [], []
    for qi, it in enumerate(items):
        query = engine.pipeline.parse_query(it.question)
        index = engine.index
        idf = {t: v for t in set(query.terms) if (v := index.idf_of(t)) is not None}
        weights = relevance.coverage_weights(query.terms, idf, relevance.max_idf_for(index.n_docs))
        matches, related = engine._near(query, index, weights)
        if not matches:
            continue
        stored, _, _, matches, rows = await engine.ranking_inputs(query, index, matches, related=related)
        gold = squash(passages[it.passage_no])
        for (pid, _, _), row in zip(matches, rows):
            xs.append(row)
            ys.append(1 if squash(stored[pid].text) in gold else 0)
            qs.append(qi)
    return np.array(xs), np.array(ys), np.array(qs)


def pairs(zs: np.ndarray, ys: np.ndarray, qs: np.ndarray, per_positive: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """Differences right - wrong (label 1) and wrong - right (label 0) within each question;
    each right passage meets the first `per_positive` wrong ones in BM25 order."""
    out = []
    for q in np.unique(qs):
        idx = np.flatnonzero(qs == q)
        pos, neg = idx[ys[idx] == 1], idx[ys[idx] == 0][:per_positive]
        for i in pos:
            for j in neg:
                out.append(zs[i] - zs[j])
    d = np.array(out)
    return np.vstack([d, -d]), np.r_[np.ones(len(d)), np.zeros(len(d))]


def top1(probs: np.ndarray, ys: np.ndarray, qs: np.ndarray, n_questions: int) -> float:
    best: dict[int, tuple[float, int]] = {}
    for p, y, q in zip(probs, ys, qs):
        if q not in best or p > best[q][0]:
            best[q] = (p, y)
    return sum(y for _, y in best.values()) / n_questions


def best_per_question(probs: np.ndarray, qs: np.ndarray) -> dict[int, float]:
    best: dict[int, float] = {}
    for p, q in zip(probs, qs):
        best[q] = max(best.get(q, 0.0), p)
    return best


async def main_async(args: argparse.Namespace) -> int:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    passages, items = load(args.data)
    train = [it for it in items if it.split == "train"]
    with tempfile.TemporaryDirectory() as tmp:
        engine = await Engine.open(Path(tmp) / "all.db", seeds_dir=None)
        engine.ranker = None
        await build_archive(engine, passages)
        xs, ys, qs = await examples(engine, passages, train)
        await engine.close()
        if args.dump:
            np.savez(args.dump, xs=xs, ys=ys, qs=qs)
        scaler = StandardScaler().fit(xs)
        zs = scaler.transform(xs)
        # pairwise: a right passage against the wrong ones of the same question (what ordering needs)
        px, py = pairs(zs, ys, qs)
        pairwise = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000, random_state=SEED).fit(px, py)
        w = pairwise.coef_[0]
        # calibration: one slope and intercept turn the pairwise score into a probability of being right
        cal = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit((zs @ w)[:, None], ys)
        coef, intercept = w * cal.coef_[0][0], float(cal.intercept_[0])
        probs = 1 / (1 + np.exp(-(zs @ coef + intercept)))
        print(f"train: {len(train)} questions, {len(ys)} candidates, {ys.sum()} positive")
        print(f"top-1 among candidates: learned {top1(probs, ys, qs, len(train)):.3f}, "
              f"BM25 {top1(xs[:, 0], ys, qs, len(train)):.3f}, "
              f"hand-set {top1(xs[:, 0] + 0.5 * xs[:, 4] + xs[:, 3], ys, qs, len(train)):.3f}")
        for name, c in zip(relevance.FEATURES, coef):
            print(f"  {name:12} {c:+.3f}")

        # threshold: half the passages, questions whose passage is missing are unanswerable
        half = await Engine.open(Path(tmp) / "half.db", seeds_dir=None)
        half.ranker = None
        await build_archive(half, [p if no % 2 == 0 else "" for no, p in enumerate(passages)])
        hx, hy, hq = await examples(half, passages, train)
        await half.close()
    hp = 1 / (1 + np.exp(-(scaler.transform(hx) @ coef + intercept))) if len(hx) else np.array([])
    best = best_per_question(hp, hq)
    unanswerable = [best.get(i, 0.0) for i, it in enumerate(train) if it.passage_no % 2 == 1]
    answerable = [best.get(i, 0.0) for i, it in enumerate(train) if it.passage_no % 2 == 0]
    cands = sorted(set(np.round(unanswerable, 4)))
    threshold = next((t for t in cands if np.mean(np.array(unanswerable) >= t) <= MAX_FALSE_PARTIAL), 1.0)
    print(f"partial threshold {threshold:.4f}: unanswerable given a partial answer "
          f"{np.mean(np.array(unanswerable) >= threshold):.1%}, answerable reaching it "
          f"{np.mean(np.array(answerable) >= threshold):.1%}")
    for t in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5):
        print(f"  at {t:.2f}: unanswerable {np.mean(np.array(unanswerable) >= t):.1%}, "
              f"answerable {np.mean(np.array(answerable) >= t):.1%}")
    out = {
        "features": list(relevance.FEATURES),
        "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist(),
        "coef": coef.tolist(), "intercept": intercept,
        "threshold": float(threshold),
        "trained_on": f"FacQA train ({len(train)} questions, {len(ys)} candidates); eval/train_ranker.py",
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {args.out}")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--dump", type=Path, default=None, help="also save the training examples (npz) for experiments")
    args = p.parse_args()
    if not args.data.exists():
        print(f"FacQA file not found: {args.data}", file=sys.stderr)
        return 1
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
