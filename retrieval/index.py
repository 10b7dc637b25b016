"""BM25 over stemmed passages with rank_bm25.BM25Okapi's exact semantics, as a sparse inverted index.

rank_bm25 loops in Python over every document for every query term. Here postings are held per
term (CSR: term -> passages, term frequency), so a query touches only the passages that contain
its terms, and the arithmetic is written in the same order as rank_bm25 so scores agree bit for bit:

    idf(t)   = log(N - n_t + 0.5) - log(n_t + 0.5), negative idfs floored to epsilon * mean idf
    score    = sum over query tokens q (repeats count) of
               idf(q) * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)))

The arrays are saved as .npy files and memory-mapped on load, so start-up neither re-stems nor
rebuilds. SQLite stays the source of truth: the saved index records the database generation it
was built from, and a mismatch means "rebuild".
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

FORMAT_VERSION = 1


@dataclass(frozen=True)
class BM25Params:
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25


class BM25Index:
    """An immutable index; build a new one and swap the reference to update."""

    def __init__(self, vocab: dict[str, int], indptr: np.ndarray, docs: np.ndarray, tfs: np.ndarray,
                 doc_len: np.ndarray, passage_ids: np.ndarray, params: BM25Params = BM25Params(),
                 generation: int = 0) -> None:
        self.vocab = vocab
        self.indptr = indptr
        self.docs = docs
        self.tfs = tfs
        self.doc_len = doc_len
        self.passage_ids = passage_ids
        self.params = params
        self.generation = generation
        self.n_docs = int(len(doc_len))
        self.avgdl = float(doc_len.sum()) / self.n_docs if self.n_docs else 0.0
        self.idf = self._compute_idf()
        p = params
        # the per-document length normaliser, in rank_bm25's operation order
        self._norm = p.k1 * (1 - p.b + p.b * doc_len.astype(np.float64) / self.avgdl) if self.n_docs else np.zeros(0)
        self._row_of_passage: dict[int, int] | None = None

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, passages: Iterable[tuple[int, Sequence[str]]], params: BM25Params = BM25Params(),
              generation: int = 0) -> "BM25Index":
        """Index (passage_id, terms) pairs; term ids follow first appearance like rank_bm25's dicts."""
        vocab: dict[str, int] = {}
        term_ids: list[np.ndarray] = []
        doc_rows: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        lengths: list[int] = []
        pids: list[int] = []
        for row, (pid, terms) in enumerate(passages):
            pids.append(pid)
            lengths.append(len(terms))
            if not terms:
                continue
            ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in terms), dtype=np.int64, count=len(terms))
            uniq, cnt = np.unique(ids, return_counts=True)
            term_ids.append(uniq)
            counts.append(cnt)
            doc_rows.append(np.full(len(uniq), row, dtype=np.int32))
        return cls.from_postings(vocab, term_ids, doc_rows, counts, lengths, pids, params, generation)

    @classmethod
    def from_postings(cls, vocab: dict[str, int], term_ids: list[np.ndarray], doc_rows: list[np.ndarray],
                      counts: list[np.ndarray], lengths: list[int], pids: list[int],
                      params: BM25Params, generation: int) -> "BM25Index":
        n_terms = len(vocab)
        if term_ids:
            t = np.concatenate(term_ids)
            d = np.concatenate(doc_rows)
            c = np.concatenate(counts)
            order = np.lexsort((d, t))
            t, d, c = t[order], d[order], c[order]
        else:
            t = np.zeros(0, dtype=np.int64)
            d = np.zeros(0, dtype=np.int32)
            c = np.zeros(0, dtype=np.int64)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(t, minlength=n_terms), out=indptr[1:])
        return cls(vocab, indptr, d.astype(np.int32), np.minimum(c, 65535).astype(np.uint16),
                   np.asarray(lengths, dtype=np.int32), np.asarray(pids, dtype=np.int64), params, generation)

    def _compute_idf(self) -> np.ndarray:
        df = np.diff(self.indptr).astype(np.float64)
        if not len(df):
            return df
        n = float(self.n_docs)
        idf = np.log(n - df + 0.5) - np.log(df + 0.5)
        eps = self.params.epsilon * (idf.sum() / len(idf))
        idf[idf < 0] = eps
        return idf

    # ------------------------------------------------------------------ querying
    def term_ids(self, terms: Sequence[str]) -> list[int]:
        return [self.vocab[t] for t in terms if t in self.vocab]

    def scores_sparse(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(rows, scores) of every passage containing a query term, rank_bm25-identical scores."""
        ids = self.term_ids(terms)
        if not ids or not self.n_docs:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        k1 = self.params.k1
        if len(ids) == 1:
            tid = ids[0]
            s, e = self.indptr[tid], self.indptr[tid + 1]
            rows = self.docs[s:e].astype(np.int64)
            tf = self.tfs[s:e].astype(np.float64)
            return rows, self.idf[tid] * (tf * (k1 + 1) / (tf + self._norm[rows]))
        slices = [(self.indptr[t], self.indptr[t + 1]) for t in ids]
        rows = np.unique(np.concatenate([self.docs[s:e] for s, e in slices])).astype(np.int64)
        acc = np.zeros(len(rows))
        for tid, (s, e) in zip(ids, slices):
            r = self.docs[s:e]
            tf = self.tfs[s:e].astype(np.float64)
            pos = np.searchsorted(rows, r)
            acc[pos] += self.idf[tid] * (tf * (k1 + 1) / (tf + self._norm[r]))
        return rows, acc

    def get_scores(self, terms: Sequence[str]) -> np.ndarray:
        """Dense scores over all passages, for comparison with rank_bm25.get_scores."""
        out = np.zeros(self.n_docs)
        rows, sc = self.scores_sparse(terms)
        out[rows] = sc
        return out

    def top(self, terms: Sequence[str], k: int | None = None) -> list[tuple[int, float]]:
        """(passage_id, score) best first; all matching passages when k is None."""
        rows, sc = self.scores_sparse(terms)
        if not len(rows):
            return []
        if k is not None and k < len(rows):
            part = np.argpartition(-sc, k)[:k]
            rows, sc = rows[part], sc[part]
        order = np.lexsort((rows, -sc))
        return [(int(self.passage_ids[rows[i]]), float(sc[i])) for i in order]

    def idf_of(self, term: str) -> float | None:
        tid = self.vocab.get(term)
        return None if tid is None else float(self.idf[tid])

    # ------------------------------------------------------------------ persistence
    ARRAYS = ("indptr", "docs", "tfs", "doc_len", "passage_ids")

    def save(self, directory: Path) -> None:
        """Write to a temporary directory, then rename over the old one: readers never see half."""
        directory = Path(directory)
        directory.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=directory.name + ".tmp-", dir=directory.parent))
        try:
            for name in self.ARRAYS:
                np.save(tmp / f"{name}.npy", getattr(self, name))
            terms = [""] * len(self.vocab)
            for term, i in self.vocab.items():
                terms[i] = term
            (tmp / "vocab.txt").write_text("\n".join(terms), encoding="utf-8")
            meta = {"format": FORMAT_VERSION, "generation": self.generation, "n_docs": self.n_docs,
                    "n_terms": len(self.vocab), "k1": self.params.k1, "b": self.params.b,
                    "epsilon": self.params.epsilon}
            (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            for f in tmp.iterdir():
                fd = os.open(f, os.O_RDONLY)
                os.fsync(fd)
                os.close(fd)
            old = directory.with_name(directory.name + ".old")
            if old.exists():
                shutil.rmtree(old)
            if directory.exists():
                os.replace(directory, old)
            os.replace(tmp, directory)
            if old.exists():
                shutil.rmtree(old, ignore_errors=True)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)

    @classmethod
    def load(cls, directory: Path) -> "BM25Index | None":
        """Memory-map a saved index; None when it is missing, partial or of another format."""
        directory = Path(directory)
        try:
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT_VERSION:
                return None
            arrays = {n: np.load(directory / f"{n}.npy", mmap_mode="r") for n in cls.ARRAYS}
            terms = (directory / "vocab.txt").read_text(encoding="utf-8").split("\n") if meta["n_terms"] else []
        except (OSError, ValueError, KeyError):
            return None
        if len(terms) != meta["n_terms"] or len(arrays["doc_len"]) != meta["n_docs"]:
            return None
        vocab = {t: i for i, t in enumerate(terms)}
        params = BM25Params(meta["k1"], meta["b"], meta["epsilon"])
        return cls(vocab, arrays["indptr"], arrays["docs"], arrays["tfs"], arrays["doc_len"],
                   arrays["passage_ids"], params, meta["generation"])
