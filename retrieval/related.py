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

# Chosen on FacQA split=train and on a set of our own (headline -> lead sentence), where the
# grid is flat (every setting within +-0.002 MRR of no expansion): among the best, the one with
# the fewest drifting neighbours in the drift check (tools/build_related.py show). Valid untouched.
NEIGHBOURS = 3          # per query term, best first
MIN_SIMILARITY = 0.6    # cosine; below it neighbours turn to topic words (naik -> tarif, luka -> kidal)
EXPANSION_WEIGHT = 0.3  # factor on the expansions' weighted BM25, added to the question's own BM25


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
        with cosine >= min_similarity, weighted by their cosine (in (0, 1]); a term reached from
        several query terms keeps its best."""
        terms = list(query_terms)
        own = set(terms)
        out: dict[str, float] = {}
        for term in dict.fromkeys(terms):
            taken = 0
            for word, sim in self.table.get(term, ()):
                if taken >= k or sim < min_similarity:
                    break
                taken += 1
                if word not in own and 0.0 < sim and sim > out.get(word, 0.0):
                    out[word] = min(sim, 1.0)
        return out
