"""Second-stage ordering of BM25 hits. BM25 scores stay rank_bm25's; the order gets two bonuses
bag-of-words BM25 cannot give: query terms adjacent in the passage as in the question (phrases
such as "bom Bali", "Menteri Luar Negeri"), and the share of the question's idf mass present
(a passage with all the rare words beats one repeating a single word). Weights were chosen on
FacQA (eval/facqa.py); see docs/quality.md."""
from __future__ import annotations

from typing import Callable, Sequence

PAIR_WEIGHT = 0.5
COVERAGE_WEIGHT = 1.0
UNKNOWN_IDF = 8.0


def rerank(query_terms: Sequence[str], hits: list[tuple[int, float]],
           passage_terms: dict[int, Sequence[str]],
           idf: Callable[[str], float | None]) -> list[tuple[int, float]]:
    if not hits or not query_terms:
        return hits
    uniq = list(dict.fromkeys(query_terms))
    pairs = {(a, b) for a, b in zip(uniq, uniq[1:])}
    weights = {t: (idf(t) or UNKNOWN_IDF) for t in uniq}
    total = sum(weights.values()) or 1.0
    top = hits[0][1] or 1.0
    out = []
    for pid, score in hits:
        terms = passage_terms.get(pid) or []
        present = set(terms)
        cov = sum(w for t, w in weights.items() if t in present) / total
        adjacent = len({(a, b) for a, b in zip(terms, terms[1:]) if (a, b) in pairs}) / len(pairs) if pairs else 0.0
        out.append((pid, score + top * (PAIR_WEIGHT * adjacent + COVERAGE_WEIGHT * cov)))
    out.sort(key=lambda x: -x[1])
    return out
