"""The related terms' weighted scores (kernel.weighted_rows, BM25Index.weighted_scores) are bit for
bit the numpy pass they replaced: the closest few take the best of them with np.argpartition,
whose choice among tied scores depends on every value and its place, so the rows, their order
and every score's last bit must stay as they were."""
from __future__ import annotations

import random

import numpy as np
import pytest

from retrieval import _kernel, kernel
from retrieval.index import BM25Index

K1P = 2.5


def _corpus(seed: int) -> tuple:
    r = np.random.default_rng(seed)
    n = int(r.integers(1, 20_000))
    m = int(r.integers(1, 25))
    dense = r.random() < 0.4   # many rows holding most terms: sums of 9+ addends (numpy's 8-way scheme)
    docs = [np.sort(r.choice(n, size=int(r.integers(0, n if dense else n // 10 + 1)), replace=False)).astype(np.int32)
            for _ in range(m)]
    tfs = [r.integers(1, 30, len(d)).astype(np.uint16) for d in docs]
    return docs, tfs, r.uniform(0.01, 5, m), r.uniform(0.3, 3, n)


def _run(fn, docs, tfs, coef, norm) -> tuple[np.ndarray, np.ndarray]:
    total = sum(len(d) for d in docs)
    rows, scores = np.empty(total, np.int32), np.empty(total)
    n = fn(docs, tfs, coef, norm, K1P, rows, scores)
    return rows[:n], scores[:n]


@pytest.mark.skipif(_kernel is None, reason="the compiled kernel is not built")
@pytest.mark.parametrize("seed", range(120))
def test_compiled_weighted_rows_are_the_numpy_pass_bit_for_bit(seed: int):
    docs, tfs, coef, norm = _corpus(seed)
    rows, scores = _run(_kernel.weighted_rows, docs, tfs, coef, norm)
    ref_rows, ref_scores = _run(kernel.weighted_rows_numpy, docs, tfs, coef, norm)
    assert np.array_equal(rows, ref_rows)
    assert scores.tobytes() == ref_scores.tobytes()


def test_the_check_tells_summation_orders_apart():
    """A plain left-to-right sum (what score() does) differs from numpy's reduceat in the last bit
    on some rows of these corpora: the test above would catch a kernel adding in another order."""
    differs = 0
    for seed in range(40):
        docs, tfs, coef, norm = _corpus(seed)
        ref_rows, ref_scores = _run(kernel.weighted_rows_numpy, docs, tfs, coef, norm)
        plain = np.zeros(len(norm))
        for d, t, c in zip(docs, tfs, coef):
            tf = t.astype(np.float64)
            plain[d] += float(c) * (tf * K1P / (tf + norm[d]))
        differs += int(np.count_nonzero(plain[ref_rows] != ref_scores))
    assert differs > 0


@pytest.mark.skipif(_kernel is None, reason="the compiled kernel is not built")
def test_bad_arguments_are_refused():
    d, t = np.array([1, 2], np.int32), np.array([1, 1], np.uint16)
    with pytest.raises(ValueError):
        _kernel.weighted_rows([d], [t], np.ones(2), np.ones(3), K1P, np.empty(2, np.int32), np.empty(2))
    with pytest.raises(ValueError):
        _kernel.weighted_rows([d], [t], np.ones(1), np.ones(3), K1P, np.empty(1, np.int32), np.empty(1))
    assert _kernel.weighted_rows([], [], np.ones(0), np.ones(3), K1P, np.empty(0, np.int32), np.empty(0)) == 0


def _numpy_weighted(idx: BM25Index, weights: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """The pass BM25Index.weighted_scores ran before the kernel, verbatim."""
    rows_parts, score_parts = [], []
    k1p = idx.params.k1 + 1
    for term, w in weights.items():
        tid = idx.term_id(term)
        if tid is None or w <= 0:
            continue
        rows, tfs = idx._postings(tid)
        if not len(rows):
            continue
        tf = tfs.astype(np.float64)
        rows_parts.append(rows)
        score_parts.append(w * float(idx.idf[tid]) * (tf * k1p / (tf + idx._norm[rows])))
    if not rows_parts:
        return np.zeros(0, dtype=np.int32), np.zeros(0)
    return idx._sum_by_row(np.concatenate(rows_parts), np.concatenate(score_parts))


def test_index_weighted_scores_and_related_scores_are_unchanged():
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(200)]
    zipf = [1 / (i + 1) for i in range(200)]
    docs = [rng.choices(vocab, zipf, k=rng.randint(1, 25)) for _ in range(3_000)]
    # copies of passages, as a syndicated archive holds: many tied scores for argpartition to choose among
    docs += [list(docs[rng.randrange(100)]) for _ in range(1_000)]
    base = BM25Index.build(list(enumerate(docs)))
    idx = base.with_added([(len(docs) + i, rng.choices(vocab, zipf, k=12)) for i in range(50)])  # two segments
    for q in range(60):
        weights = {rng.choice(vocab + ["absent"]): rng.choice([0.0, 0.3, 0.5, 1.0, rng.random()])
                   for _ in range(rng.randint(1, 12))}
        rows, scores = idx.weighted_scores(weights)
        ref_rows, ref_scores = _numpy_weighted(idx, weights)
        assert np.array_equal(rows, ref_rows) and scores.tobytes() == ref_scores.tobytes(), weights
        pids = rng.sample(range(len(docs)), 30)
        got = idx.related_scores(weights, pids, 20)
        if len(ref_rows):
            k = min(20, len(ref_rows))
            best = np.argpartition(-ref_scores, k - 1)[:k]
            best = best[np.lexsort((ref_rows[best], -ref_scores[best]))]
            assert got[1] == list(zip(idx.passage_ids[ref_rows[best]].tolist(), ref_scores[best].tolist()))


def test_search_is_searchsorted():
    """index._search (the closest few's and the titles' look-ups) gives np.searchsorted's positions
    for keys of either integer type, in any order, repeated, out of the list's range and beyond
    int32, on both sides."""
    from retrieval.index import _search
    r = np.random.default_rng(3)
    for _ in range(200):
        arr = np.sort(r.integers(0, 1000, int(r.integers(0, 300)))).astype(r.choice([np.int32, np.int64]))
        keys = r.integers(-5, 1100, int(r.integers(0, 50))).astype(r.choice([np.int32, np.int64]))
        if r.random() < 0.2 and len(keys):
            keys = keys.astype(np.int64)
            keys[0] = 2 ** 40
        for side in ("left", "right"):
            assert np.array_equal(_search(arr, keys, side), np.searchsorted(arr, keys, side=side))
