"""BM25 scoring of a question's postings: compiled (retrieval/_kernel.pyx) when the package was
built, else the same computation in numpy.

Both give the same rows, the same scores bit for bit and the same order; numpy is several times
slower and exists so a checkout without a C compiler still answers. ``COMPILED`` says which runs.
"""
from __future__ import annotations

import numpy as np

try:
    from retrieval._kernel import score
    COMPILED = True
except ImportError:  # pragma: no cover - the numpy twin is tested directly
    COMPILED = False


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


if not COMPILED:
    score = score_numpy
