"""Related index terms learned from the archive: words a question does not use but its answer may.

"senjata apa ..." is answered by a sentence naming "mortir" and "senapan"; "dikirim" by one
saying "dikerahkan". retrieval/data/related.tsv (written by tools/build_related.py, `make
related`) holds, for the most frequent index terms, their nearest neighbours in word vectors
trained on the archive, with cosine similarities. Named entities and numbers are in it neither
as terms nor as neighbours: the neighbours of a country are other countries, not other names
for it.

Expansion terms are meant to be scored *on top of* the question's own terms, with their weights
(BM25 over the question's terms unchanged + EXPANSION_WEIGHT * weighted BM25 over the
expansions; see BM25Index.weighted_scores), never instead of them.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Iterable

DATA_NAME = "related.tsv"
DATA_FILE = Path(__file__).resolve().parent / "data" / DATA_NAME

# chosen on FacQA split=train (tools/build_related.py tune); see docs in the module above
NEIGHBOURS = 3          # per query term, best first
MIN_SIMILARITY = 0.6    # cosine; below it a neighbour is more topic than synonym
EXPANSION_WEIGHT = 0.3  # the share of a full query term's BM25 an expansion of weight 1 gets


class RelatedTerms:
    """Term -> [(neighbour, cosine)], best first; loaded once per application."""

    def __init__(self, table: dict[str, list[tuple[str, float]]]) -> None:
        self.table = table

    @classmethod
    def load(cls, path: Path | str | None = None) -> "RelatedTerms":
        """Read the shipped file (or another); a missing file means no expansion, not an error."""
        try:
            if path is None:
                text = resources.files("retrieval.data").joinpath(DATA_NAME).read_text(encoding="utf-8")
            else:
                text = Path(path).read_text(encoding="utf-8")
        except (OSError, FileNotFoundError):
            return cls({})
        table: dict[str, list[tuple[str, float]]] = {}
        for line in text.splitlines():
            if not line or line[0] == "#":
                continue
            term, *cells = line.split("\t")
            nbrs = []
            for cell in cells:
                word, _, sim = cell.rpartition(":")
                nbrs.append((word, float(sim)))
            table[term] = nbrs
        return cls(table)

    def __len__(self) -> int:
        return len(self.table)

    def neighbours(self, term: str) -> list[tuple[str, float]]:
        """Every stored neighbour of a term with its cosine, best first ([] when unknown)."""
        return self.table.get(term, [])

    def expand(self, query_terms: Iterable[str], k: int = NEIGHBOURS,
               min_similarity: float = MIN_SIMILARITY) -> dict[str, float]:
        """Extra terms for a question, none of them its own: up to k neighbours of each query term
        with cosine >= min_similarity. The weight, in (0, 1], rises from just above 0 at the
        threshold to 1 at cosine 1; a term reached from several query terms keeps its best."""
        own = set(query_terms)
        out: dict[str, float] = {}
        span = max(1.0 - min_similarity, 1e-9)
        for term in dict.fromkeys(query_terms):
            taken = 0
            for word, sim in self.table.get(term, ()):
                if taken >= k or sim < min_similarity:
                    break
                taken += 1
                if word in own:
                    continue
                w = min(1.0, max((sim - min_similarity) / span, 0.0) * 0.9 + 0.1)
                if w > out.get(word, 0.0):
                    out[word] = w
        return out
