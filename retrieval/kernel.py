"""BM25 scoring of a question's postings: compiled (retrieval/_kernel.pyx) when the package was
built, else the same computation in numpy.

Both give the same rows, the same scores bit for bit and the same order; numpy is several times
slower and exists so a checkout without a C compiler still answers. ``COMPILED`` says which runs.
"""
from __future__ import annotations

import numpy as np

try:
    from retrieval import _kernel
except ImportError:  # pragma: no cover - the numpy twin is tested directly
    _kernel = None
COMPILED = _kernel is not None


def score_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, k: int,
                out_rows: np.ndarray, out_scores: np.ndarray) -> int:
    """retrieval._kernel.score's contract (see there), one numpy pass per query token."""
    named = set(token_list.tolist())
    if not any(len(d) for j, d in enumerate(docs_lists) if j in named):
        return 0
    rows = np.unique(np.concatenate([d for j, d in enumerate(docs_lists) if j in named]))
    contrib = []
    for j, (docs, tfs, w) in enumerate(zip(docs_lists, tf_lists, idf)):
        tf = np.zeros(len(rows))
        if j in named:
            tf[np.searchsorted(rows, docs)] = tfs
        c = w * (tf * k1_plus_1 / (tf + norm[rows]))
        c[tf == 0] = 0.0
        contrib.append(c)
    acc = np.zeros(len(rows))
    for j in token_list:
        acc += contrib[j]
    if k > 0:
        best = np.lexsort((rows, -acc))[:k]
        rows, acc = rows[best], acc[best]
    out_rows[: len(rows)] = rows
    out_scores[: len(rows)] = acc
    return len(rows)


def match_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, weight: np.ndarray, cut: float,
                title_end: np.ndarray, limit: int, out_rows: np.ndarray, out_scores: np.ndarray,
                out_share: np.ndarray) -> tuple[int, int]:
    """retrieval._kernel.match's contract (see there), one dense numpy pass per term."""
    named = set(token_list.tolist())
    n = len(norm)
    share, reached = np.zeros(n), np.zeros(n, dtype=bool)
    for j, docs in enumerate(docs_lists):
        if j not in named or weight[j] == 0.0 or not len(docs):
            continue
        titles = docs[title_end[docs] > docs + 1]
        spans = np.zeros(n + 1, dtype=np.int64)   # +1 where a title's article goes on, -1 where it ends
        np.add.at(spans, titles + 1, 1)
        np.add.at(spans, title_end[titles], -1)
        has = np.cumsum(spans[:n]) > 0
        has[docs] = True
        share[has] += weight[j]
        reached |= has
    rows = np.flatnonzero(reached & (share >= cut)).astype(np.int32)
    all_rows = np.empty(sum(len(d) for d in docs_lists), dtype=np.int32)
    all_scores = np.empty(len(all_rows))
    m = score_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, 0, all_rows, all_scores)
    pos = np.minimum(np.searchsorted(all_rows[:m], rows), max(m - 1, 0))
    scores = np.where((all_rows[pos] == rows) if m else False, all_scores[pos] if m else 0.0, 0.0)
    best = np.lexsort((rows, -scores))[:limit]
    out_rows[: len(best)] = rows[best]
    out_scores[: len(best)] = scores[best]
    out_share[: len(best)] = share[rows[best]]
    return len(best), len(rows)


def match_pair_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                     token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, weight: np.ndarray, cut: float,
                     title_end: np.ndarray, limit: int, out_rows: np.ndarray, out_scores: np.ndarray,
                     out_share: np.ndarray, cut2: float, limit2: int, out_rows2: np.ndarray, out_scores2: np.ndarray,
                     out_share2: np.ndarray) -> tuple[int, int, int, int]:
    """match() at two floors (the compiled kernel does both in one pass)."""
    n = t = n2 = t2 = 0
    if limit > 0:
        n, t = match_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, weight, cut, title_end, limit,
                           out_rows, out_scores, out_share)
    if limit2 > 0:
        n2, t2 = match_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, weight, cut2, title_end, limit2,
                             out_rows2, out_scores2, out_share2)
    return n, t, n2, t2


score = _kernel.score if _kernel is not None else score_numpy
# the k best with MaxScore pruning (k > 0, every idf > 0): the same rows and scores as score();
# numpy has no use for pruning, so its twin is the exhaustive pass
def _score_top_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                     token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, k: int,
                     out_rows: np.ndarray, out_scores: np.ndarray, most: np.ndarray) -> int:
    return score_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, k, out_rows, out_scores)


score_top = _kernel.score_top if _kernel is not None else _score_top_numpy


# the k best with block-max MaxScore (bounds per block of postings as well): the same rows and
# scores as score(); the numpy twin is again the exhaustive pass
def _score_top_blocks_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                            token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, k: int,
                            out_rows: np.ndarray, out_scores: np.ndarray, most: np.ndarray,
                            block_lists: list[np.ndarray], block_off: np.ndarray, block_scale: np.ndarray,
                            shift: int, stats: np.ndarray | None = None) -> int:
    return score_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, k, out_rows, out_scores)


score_top_blocks = _kernel.score_top_blocks if _kernel is not None else _score_top_blocks_numpy
match = _kernel.match if _kernel is not None else match_numpy
match_pair = _kernel.match_pair if _kernel is not None else match_pair_numpy


def _match_pair_top_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], idf: np.ndarray,
                          token_list: np.ndarray, norm: np.ndarray, k1_plus_1: float, weight: np.ndarray, cut: float,
                          title_end: np.ndarray, art_start: np.ndarray, limit: int, out_rows: np.ndarray,
                          out_scores: np.ndarray, out_share: np.ndarray, cut2: float, limit2: int,
                          out_rows2: np.ndarray, out_scores2: np.ndarray, out_share2: np.ndarray,
                          most: np.ndarray, stats: np.ndarray | None = None, known2: float = -1.0,
                          art_title_end: np.ndarray | None = None,
                          title_rows: np.ndarray | None = None) -> tuple[int, int]:
    """match_pair_top's contract: match_pair's two lists without the totals (numpy has no use for
    pruning, so this is the exhaustive pass)."""
    n, _, n2, _ = match_pair_numpy(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1, weight, cut, title_end,
                                   limit, out_rows, out_scores, out_share, cut2, limit2, out_rows2, out_scores2,
                                   out_share2)
    return n, n2


# match_pair's two lists, MaxScore on the share and the score (no totals): the same rows, scores,
# shares and order
match_pair_top = _kernel.match_pair_top if _kernel is not None else _match_pair_top_numpy


def weighted_rows_numpy(docs_lists: list[np.ndarray], tf_lists: list[np.ndarray], coef: np.ndarray,
                        norm: np.ndarray, k1_plus_1: float, out_rows: np.ndarray, out_scores: np.ndarray) -> int:
    """retrieval._kernel.weighted_rows' contract (see there): each term's contributions in term
    order, a stable sort by row, np.add.reduceat (BM25Index.weighted_scores' numpy pass)."""
    parts = [(docs, float(c) * (tfs.astype(np.float64) * k1_plus_1 / (tfs.astype(np.float64) + norm[docs])))
             for docs, tfs, c in zip(docs_lists, tf_lists, coef) if len(docs)]
    if not parts:
        return 0
    rows = np.concatenate([p[0] for p in parts])
    scores = np.concatenate([p[1] for p in parts])
    order = np.argsort(rows, kind="stable")
    rows, scores = rows[order], scores[order]
    starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
    out_rows[: len(starts)] = rows[starts]
    out_scores[: len(starts)] = np.add.reduceat(scores, starts)
    return len(starts)


weighted_rows = _kernel.weighted_rows if _kernel is not None and hasattr(_kernel, "weighted_rows") else weighted_rows_numpy


def ranges_held_numpy(rows_lists: list[np.ndarray], owner: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                      order: np.ndarray, out: np.ndarray) -> None:
    """retrieval._kernel.ranges_held's contract (see there): one binary search a range and list."""
    for rows, j in zip(rows_lists, owner.tolist()):
        if not len(rows):
            continue
        pos = np.minimum(np.searchsorted(rows, lo), len(rows) - 1)
        hit = (lo < hi) & (rows[pos] >= lo) & (rows[pos] < hi)
        out[j, : len(lo)] |= hit.astype(np.uint8)


ranges_held = _kernel.ranges_held if _kernel is not None and hasattr(_kernel, "ranges_held") else ranges_held_numpy
