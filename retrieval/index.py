"""BM25 over stemmed passages with rank_bm25.BM25Okapi's exact semantics, as a sparse inverted index.

rank_bm25 loops in Python over every document for every query term. Here postings are held per
term (CSR: term -> passages, term frequency), so a query touches only the passages that contain
its terms, and the arithmetic is written in the same order as rank_bm25 so scores agree bit for bit:

    idf(t)   = log(N - n_t + 0.5) - log(n_t + 0.5), negative idfs floored to epsilon * mean idf
    score    = sum over query tokens q (repeats count) of
               idf(q) * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * dl / avgdl)))

Scoring is by compiled loops (retrieval/_kernel.pyx, through retrieval/kernel.py): term at a
time within windows of 2,048 rows, each query token in query order, then a heap keeps the top k
(ties broken by row). At a million passages a FacQA question touches 27k (median) to 112k (p99)
postings, ~10 ns each. From PRUNE_FROM postings on, top-k skips what cannot reach the k best
(MaxScore, with per-term bounds saved as most.npy), and from PRUNE_BLOCKS_FROM on with bounds per
block of 64 postings as well (blockmax.npy: rows are bounded from those before any is scored): the
same rows and scores, bit for bit. The relevance floor (`matching`) is always exhaustive (it needs every holder of a term), adding each
term's share to the rows holding it in the same pass.

An index is one large *main* segment (built from all passages, saved as .npy files and
memory-mapped on load, so start-up neither re-stems nor rebuilds) plus small *added* segments for
articles ingested since. N, avgdl, every df and so every idf are computed over all segments
together, so scores are always those of rank_bm25 over the whole current collection. SQLite stays
the source of truth: the saved main segment records the database generation it was built from
and the last passage id it holds; passages with larger ids are added on load.
"""
from __future__ import annotations

import array
import json
import math
import mmap
import os
import shutil
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from retrieval import kernel

FORMAT_VERSION = 4
MAX_ADDED_SEGMENTS = 8     # beyond this the added segments are merged into one (cheap: they are small)
PRUNE_FROM = 200_000       # postings of a question from which top-k uses MaxScore (kernel.score_top)
BLOCK_SHIFT = 6            # block-max bounds per 64 postings (blockmax.npy, kernel.score_top_blocks)
PRUNE_BLOCKS_FROM = 50_000   # postings from which top-k uses them (50k-100k: 0.7x the exhaustive time at 1M and 10M)
FLOOR_MARGIN = 1e-12       # relative slack on the relevance floor, against rounding in summed weights
HELD_ROWS_KEPT = 4096      # terms whose postings views _terms_held keeps per index snapshot (views, no copies)


@dataclass(frozen=True)
class BM25Params:
    k1: float = 1.5
    b: float = 0.75
    epsilon: float = 0.25


@dataclass(frozen=True)
class Segment:
    """CSR postings for term ids < len(indptr) - 1; rows are global and form one contiguous range."""

    indptr: np.ndarray   # int64, per term id
    docs: np.ndarray     # int32 global rows, ascending within a term
    tfs: np.ndarray      # uint16 term frequency (capped at 65535)

    @property
    def n_terms(self) -> int:
        return len(self.indptr) - 1

    def postings(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        if tid >= self.n_terms:
            return _EMPTY_ROWS, _EMPTY_TFS
        s, e = self.indptr[tid], self.indptr[tid + 1]
        return self.docs[s:e], self.tfs[s:e]

    @classmethod
    def from_pairs(cls, term_ids: np.ndarray, rows: np.ndarray, counts: np.ndarray, n_terms: int) -> "Segment":
        """From (term, row, count) triples already sorted by term then row."""
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_ids, minlength=n_terms), out=indptr[1:])
        docs = rows.astype(np.int32)
        tfs = np.minimum(counts, 65535).astype(np.uint16)
        return cls(indptr, docs, tfs)


_EMPTY_ROWS = np.zeros(0, dtype=np.int32)
_EMPTY_TFS = np.zeros(0, dtype=np.uint16)


def _unique_counts(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values and their counts. numpy 2.x's np.unique hashes, which measured
    ~50x slower than sorting on posting-sized integer arrays."""
    if not len(a):
        return np.asarray(a).copy(), np.zeros(0, dtype=np.int64)
    s = np.sort(a)
    starts = np.flatnonzero(np.concatenate(([True], s[1:] != s[:-1])))
    return s[starts], np.diff(np.append(starts, len(s)))


def _unique(a: np.ndarray) -> np.ndarray:
    return _unique_counts(a)[0]


def _count_pairs(flat_ids: np.ndarray, lengths: np.ndarray, first_row: int) -> tuple[np.ndarray, ...]:
    """(term, row, tf) for every distinct term of every passage, sorted by term then row."""
    rows = np.repeat(np.arange(first_row, first_row + len(lengths), dtype=np.int64), lengths)
    span = first_row + len(lengths) + 1
    keys, counts = _unique_counts(flat_ids.astype(np.int64) * span + rows)
    return keys // span, keys % span, counts


class BM25Index:
    """An immutable snapshot; adding passages returns a new snapshot sharing the main segment."""

    def __init__(self, vocab: dict[str, int], segments: list[Segment], doc_len: np.ndarray,
                 passage_ids: np.ndarray, params: BM25Params = BM25Params(), generation: int = 0,
                 extra_vocab: dict[str, int] | None = None, main_rows: int | None = None, art_start: np.ndarray | None = None,
                 art_title: np.ndarray | None = None) -> None:
        self.vocab = vocab                      # term -> id for the main segment (shared, never mutated)
        self.extra_vocab = extra_vocab or {}    # terms first seen in added segments
        self.segments = segments
        self.doc_len = doc_len
        self.passage_ids = passage_ids
        self.params = params
        self.generation = generation
        self.n_terms = len(vocab) + len(self.extra_vocab)
        self.n_docs = int(len(doc_len))
        # articles as contiguous row ranges: first row of each, and whether that row is its title
        # (a question's words may sit in the title rather than the sentence that answers it)
        if art_start is None:
            art_start, art_title = np.arange(self.n_docs, dtype=np.int32), np.zeros(self.n_docs, dtype=bool)
        self.art_start = art_start
        self.art_title = art_title
        self.main_rows = self.n_docs if main_rows is None else main_rows
        self.avgdl = float(doc_len.sum()) / self.n_docs if self.n_docs else 0.0
        df = np.zeros(self.n_terms, dtype=np.int64)
        for seg in segments:
            df[: seg.n_terms] += np.diff(seg.indptr)
        self.df = df
        self.idf = self._compute_idf()
        p = params
        # the per-passage length normaliser, in rank_bm25's operation order
        self._norm = _normaliser(doc_len, p, self.avgdl)
        # per row, for an article's title row the row after the article's last, else 0: how the
        # relevance floor spreads a title's words to its article (~2 ms per million passages)
        # MaxScore's per-term bounds over the main segment and the avgdl they were computed at
        # (saved with it as most.npy; see _bounds)
        self._main_most: np.ndarray | None = None
        self._main_avgdl = 0.0
        # block-max bounds over the main segment's postings, same avgdl (blockmax.npy; _block_bounds)
        self._main_blocks: np.ndarray | None = None
        self._title_end = np.zeros(self.n_docs, dtype=np.int32)
        ends = np.append(art_start[1:], self.n_docs).astype(np.int32)
        self._title_end[art_start[art_title]] = ends[art_title]
        # every article's first row, int32 and contiguous (kernel.match_pair_top finds a row's title by it)
        self._art_rows = np.ascontiguousarray(art_start, dtype=np.int32)
        # and each article's first row's title_end, beside it: whether a row's article has a title
        # holding a term, without a cache miss into title_end (kernel.match_pair_top)
        self._art_title_end = np.ascontiguousarray(self._title_end[self._art_rows])
        # and a bit per row, set for the rows whose title_end is not 0 (the titles): 1/64 of
        # title_end, so the floor pass reads it per posting from cache
        self._title_rows = _title_row_bits(art_start[art_title], self.n_docs)
        # a term's postings rows per segment, as _terms_held passes them to the kernel (views of
        # the postings, no copies): the names filter asks about the same ~30 terms per candidate
        self._held_rows: dict[str, tuple[np.ndarray, ...]] = {}

    @property
    def max_passage_id(self) -> int:
        return int(self.passage_ids[-1]) if self.n_docs else 0

    @property
    def added_rows(self) -> int:
        return self.n_docs - self.main_rows

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, passages: Iterable[tuple[int, Sequence[str]]], params: BM25Params = BM25Params(),
              generation: int = 0) -> "BM25Index":
        """Index (passage_id, terms) pairs, in passage id order; term ids follow first appearance
        like rank_bm25's dictionaries."""
        vocab: dict[str, int] = {}
        pids: list[int] = []
        lengths: list[int] = []
        flat: list[int] = []
        starts: list[int] = []
        titles: list[bool] = []
        add_article = _article_tracker(starts, titles, 0)
        for row in passages:
            pid, terms = row[0], row[1]
            add_article(row)
            pids.append(pid)
            lengths.append(len(terms))
            flat.extend([vocab.setdefault(t, len(vocab)) for t in terms])
        doc_len = np.asarray(lengths, dtype=np.int32)
        t, r, c = _count_pairs(np.asarray(flat, dtype=np.int64), doc_len, 0)
        segment = Segment.from_pairs(t, r, c, len(vocab))
        pid_arr = np.asarray(pids, dtype=np.int64)
        return cls(vocab, [segment], doc_len, pid_arr, params, generation,
                   art_start=np.asarray(starts, dtype=np.int32), art_title=np.asarray(titles, dtype=bool))

    def with_added(self, passages: Sequence[tuple[int, Sequence[str]]]) -> "BM25Index":
        """A new snapshot with these passages (ids larger than any indexed) in an added segment.

        Cost is that of the new passages plus O(N) vector work for the length normaliser (a few
        milliseconds per million passages); idf/avgdl are recomputed over everything."""
        if not passages:
            return self
        extra = dict(self.extra_vocab)
        base = len(self.vocab)
        flat: list[int] = []
        lengths: list[int] = []
        starts: list[int] = []
        titles: list[bool] = []
        add_article = _article_tracker(starts, titles, self.n_docs)
        for row in passages:
            terms = row[1]
            add_article(row)
            lengths.append(len(terms))
            for term in terms:
                tid = self.vocab.get(term)
                if tid is None:
                    tid = extra.setdefault(term, base + len(extra))
                flat.append(tid)
        n_terms = base + len(extra)
        add_len = np.asarray(lengths, dtype=np.int32)
        doc_len = np.concatenate([self.doc_len, add_len])
        t, r, c = _count_pairs(np.asarray(flat, dtype=np.int64), add_len, self.n_docs)
        segments = list(self.segments) + [Segment.from_pairs(t, r, c, n_terms)]
        if len(segments) > 1 + MAX_ADDED_SEGMENTS:
            segments = [segments[0], _merge(segments[1:], n_terms)]
        pids = np.concatenate([self.passage_ids, np.asarray([p[0] for p in passages], dtype=np.int64)])
        index = BM25Index(self.vocab, segments, doc_len, pids, self.params, self.generation, extra,
                          self.main_rows,
                          np.concatenate([self.art_start, np.asarray(starts, dtype=np.int32)]),
                          np.concatenate([self.art_title, np.asarray(titles, dtype=bool)]))
        index._main_most, index._main_avgdl = self._main_most, self._main_avgdl
        index._main_blocks = self._main_blocks
        return index

    def _compute_idf(self) -> np.ndarray:
        """rank_bm25's idf bit for bit: math.log (numpy's log may round differently), and the
        average for the epsilon floor summed left to right in term order (rank_bm25's dictionary
        order, which term ids follow), as cumsum does and np.sum's pairwise sum does not."""
        if not len(self.df):
            return np.zeros(0)
        n = self.n_docs
        values = _unique(self.df)   # a few thousand distinct document frequencies
        logs = np.array([math.log(n - f + 0.5) - math.log(f + 0.5) for f in values.tolist()])
        idf = logs[np.searchsorted(values, self.df)]
        eps = self.params.epsilon * (float(np.cumsum(idf)[-1]) / len(idf))
        idf[idf < 0] = eps
        return idf

    # ------------------------------------------------------------------ querying
    def term_id(self, term: str) -> int | None:
        tid = self.vocab.get(term)
        return self.extra_vocab.get(term) if tid is None else tid

    def term_ids(self, terms: Sequence[str]) -> list[int]:
        return [tid for t in terms if (tid := self.term_id(t)) is not None]

    def _postings(self, tid: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows (ascending) and tfs of a term over all segments."""
        parts = [p for seg in self.segments if len((p := seg.postings(tid))[0])]
        if len(parts) <= 1:  # most terms: no copy of a (possibly memory-mapped) list
            return parts[0] if parts else (_EMPTY_ROWS, _EMPTY_TFS)
        return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])

    def _query(self, ids: list[int]) -> tuple[list[int], tuple]:
        """The question's distinct terms, and the kernel's first arguments: their postings and
        idfs, and each token's term in query order (repeats count, as in rank_bm25)."""
        uniq = list(dict.fromkeys(ids))
        lists = [self._postings(tid) for tid in uniq]
        slot = {tid: j for j, tid in enumerate(uniq)}
        tokens = np.array([slot[tid] for tid in ids], dtype=np.int32)
        return uniq, ([d for d, _ in lists], [t for _, t in lists], self.idf[uniq], tokens, self._norm,
                      self.params.k1 + 1)

    def _score(self, ids: list[int], k: int) -> tuple[np.ndarray, np.ndarray]:
        """(rows, exact scores): the k best, best first (ties by row); with k == 0 every row
        holding a query token, ascending."""
        if not ids or not self.n_docs:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        uniq, args = self._query(ids)
        size = k if k > 0 else sum(len(d) for d in args[0])
        rows, scores = np.empty(size, dtype=np.int32), np.empty(size)
        # the k best of many postings: MaxScore skips those that cannot reach them (its bounds
        # need positive idfs); with the saved block bounds (kernel.score_top_blocks) from
        # PRUNE_BLOCKS_FROM postings, else with the per-term bounds alone from PRUNE_FROM; below,
        # the exhaustive pass measured as fast
        total = sum(len(d) for d in args[0])
        pruned = k > 0 and bool(np.all(args[2] > 0))
        if pruned and total >= PRUNE_BLOCKS_FROM and self._main_blocks is not None and self._main_most is not None:
            n = kernel.score_top_blocks(*args, k, rows, scores, self._bounds(uniq), *self._block_bounds(uniq),
                                        BLOCK_SHIFT)
        elif pruned and total >= PRUNE_FROM:
            n = kernel.score_top(*args, k, rows, scores, self._bounds(uniq))
        else:
            n = kernel.score(*args, k, rows, scores)
        return rows[:n], scores[:n]

    def _bounds(self, uniq: list[int]) -> np.ndarray:
        """Per term, at least tf * (k1 + 1) / (tf + norm) for every posting it has. The saved
        bound was computed at the main segment's avgdl A0; at the current avgdl A every norm is at
        least A0 / A of what it was (when A > A0), so tf / (tf + norm) at most A / A0 times as
        large: bound x max(1, A / A0), and a hair more against rounding. A term with postings in
        an added segment takes the loose bound k1 + 1 until the next merge."""
        k1p = self.params.k1 + 1
        if self._main_most is None:
            return np.full(len(uniq), k1p)
        scale = max(1.0, self.avgdl / self._main_avgdl) * (1 + 1e-12) if self._main_avgdl else k1p
        main = self.segments[0]
        out = np.empty(len(uniq))
        for j, tid in enumerate(uniq):
            added = any(len(seg.postings(tid)[0]) for seg in self.segments[1:])
            out[j] = k1p if added or tid >= main.n_terms else min(k1p, float(self._main_most[tid]) * scale)
        return out

    def _block_bounds(self, uniq: list[int]) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
        """kernel.score_top_blocks' per-term block arguments: each term's run of the saved block
        bounds (views of the map), its first posting's place in its first block, and the
        avgdl factor of _bounds. A term with postings in an added segment gets one loose bound
        (k1 + 1) per block until the next merge, as in _bounds."""
        k1p = self.params.k1 + 1
        scale = max(1.0, self.avgdl / self._main_avgdl) * (1 + 1e-12) if self._main_avgdl else k1p
        main = self.segments[0]
        runs, offs, scales = [], np.zeros(len(uniq), dtype=np.int64), np.full(len(uniq), scale)
        size = 1 << BLOCK_SHIFT
        for j, tid in enumerate(uniq):
            if tid < main.n_terms and not any(len(seg.postings(tid)[0]) for seg in self.segments[1:]):
                s, e = int(main.indptr[tid]), int(main.indptr[tid + 1])
                if e > s:
                    runs.append(self._main_blocks[s >> BLOCK_SHIFT : ((e - 1) >> BLOCK_SHIFT) + 1])
                    offs[j] = s & (size - 1)
                    continue
            n = len(self._postings(tid)[0])
            runs.append(np.full((n + size - 1) >> BLOCK_SHIFT, k1p, dtype=np.float32))
            scales[j] = 1.0
        return runs, offs, scales

    def get_scores(self, terms: Sequence[str]) -> np.ndarray:
        """Dense scores over all passages, for comparison with rank_bm25.get_scores."""
        out = np.zeros(self.n_docs)
        rows, scores = self._score(self.term_ids(terms), 0)
        out[rows] = scores
        return out

    def top(self, terms: Sequence[str], k: int | None = None) -> list[tuple[int, float]]:
        """(passage_id, score) best first (ties by index order); all matching passages when k is None."""
        if k is not None and k <= 0:
            return []
        rows, scores = self._score(self.term_ids(terms), k or 0)
        if k is None:
            order = np.lexsort((rows, -scores))
            rows, scores = rows[order], scores[order]
        return list(zip(self.passage_ids[rows].tolist(), scores.tolist()))

    # ------------------------------------------------------------------ weighted extra terms
    def weighted_scores(self, weights: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        """(rows ascending, scores) for terms weighted as a query would count them fractionally:
        sum of weights[t] * rank_bm25's per-term score. For related terms (retrieval/related.py)
        added to a question. One compiled pass over their postings (kernel.weighted_rows), bit
        for bit the numpy pass it replaced (kernel.weighted_rows_numpy: each term's contributions
        in term order, a stable sort by row, np.add.reduceat), which the closest few's argpartition
        depends on among tied scores."""
        docs, tfs, coef = [], [], []
        for term, w in weights.items():
            tid = self.term_id(term)
            if tid is None or w <= 0:
                continue
            rows, tf = self._postings(tid)
            if not len(rows):
                continue
            docs.append(rows)
            tfs.append(tf)
            coef.append(w * float(self.idf[tid]))
        if not docs:
            return np.zeros(0, dtype=np.int32), np.zeros(0)
        size = sum(len(d) for d in docs)
        out_rows, out_scores = np.empty(size, dtype=np.int32), np.empty(size)
        run = kernel.weighted_rows if len(docs) <= 129 else kernel.weighted_rows_numpy
        n = run(docs, tfs, np.array(coef), self._norm, self.params.k1 + 1, out_rows, out_scores)
        return out_rows[:n], out_scores[:n]

    def top_expanded(self, terms: Sequence[str], extra: dict[str, float], factor: float,
                     k: int) -> list[tuple[int, float]]:
        """(passage_id, score) best first (ties by row): exact BM25 over the question's terms plus
        factor * weighted_scores(extra), over every passage holding either."""
        rows, scores = self._score(self.term_ids(terms), 0)
        if extra and factor > 0:
            xr, xs = self.weighted_scores(extra)
            rows, scores = self._sum_by_row(np.concatenate([rows, xr]), np.concatenate([scores, factor * xs]))
        if k <= 0 or not len(rows):
            return []
        order = np.lexsort((rows, -scores))[:k]
        return list(zip(self.passage_ids[rows[order]].tolist(), scores[order].tolist()))

    def related_scores(self, weights: dict[str, float], pids: Sequence[int], k: int
                       ) -> tuple[dict[int, float], list[tuple[int, float]]]:
        """One pass over the related terms' postings (weighted_scores): their score for the given
        passages, and the `k` passages they score best — without BM25 over every passage holding
        a question term (what top_expanded does) and without a dict of every row."""
        rows, scores = self.weighted_scores(weights)
        if not len(rows):
            return {}, []
        wanted = np.asarray(pids, dtype=np.int64)
        at = np.minimum(_search(self.passage_ids, wanted), self.n_docs - 1)  # passage ids ascend
        cand_rows = np.where(self.passage_ids[at] == wanted, at, -1)
        pos = np.minimum(_search(rows, cand_rows), len(rows) - 1)
        hit = (cand_rows >= 0) & (rows[pos] == cand_rows)
        for_pids = {int(p): float(scores[i]) for p, i, h in zip(wanted, pos, hit) if h}
        k = min(k, len(rows))
        best = np.argpartition(-scores, k - 1)[:k] if k else np.array([], dtype=np.int64)
        best = best[np.lexsort((rows[best], -scores[best]))]
        return for_pids, list(zip(self.passage_ids[rows[best]].tolist(), scores[best].tolist()))

    def title_holds(self, pids: Sequence[int], terms: Sequence[str]) -> list[frozenset[str]] | None:
        """For each passage id, which of `terms` its article's title holds, from the postings:
        the title is the article's first row when that row is a title (position 0, as stored, and
        as Store.title_terms reads it). None when a passage is not in this snapshot (the caller
        then reads the titles from SQLite). The second stage asks the title only about the
        question's own terms, so this answers it without reading every title's terms."""
        if not len(pids):
            return []
        k = self._articles_of(pids)
        if k is None:
            return None
        # the title row's one-row range; an article without a title row gets an empty range
        title = np.asarray(self.art_title)[k]
        lo = np.where(title, np.asarray(self.art_start)[k], 0).astype(np.int32)
        return self._terms_held(terms, lo, np.where(title, lo + 1, 0).astype(np.int32))

    def article_holds(self, pids: Sequence[int], terms: Sequence[str]) -> list[frozenset[str]] | None:
        """For each passage id, which of `terms` any passage of its article holds, from the
        postings (an article is a contiguous run of rows). None when a passage is not in this
        snapshot. Cheap for rare terms: one search per term and passage."""
        if not len(pids):
            return []
        k = self._articles_of(pids)
        if k is None:
            return None
        starts = np.asarray(self.art_start)
        first = starts[k]
        end = np.where(k + 1 < len(starts), starts[np.minimum(k + 1, len(starts) - 1)], self.n_docs)
        return self._terms_held(terms, first.astype(np.int32), end.astype(np.int32))

    def passage_holds(self, pids: Sequence[int], terms: Sequence[str]) -> list[frozenset[str]] | None:
        """For each passage id, which of `terms` it holds, from the postings (None when a passage
        is not in this snapshot). Cheap for rare terms, as article_holds."""
        if not len(pids):
            return []
        at = self._rows_of(pids)
        if at is None:
            return None
        return self._terms_held(terms, at.astype(np.int32), (at + 1).astype(np.int32))

    def _articles_of(self, pids: Sequence[int]) -> np.ndarray | None:
        """Each passage id's article (its index in art_start), or None when one is not in this
        snapshot."""
        at = self._rows_of(pids)
        return None if at is None else _search(self.art_start, at, side="right") - 1

    def _rows_of(self, pids: Sequence[int]) -> np.ndarray | None:
        """Each passage id's row, or None when one is not in this snapshot."""
        if not self.n_docs:
            return None
        wanted = np.asarray(pids, dtype=np.int64)
        at = np.minimum(_search(self.passage_ids, wanted), self.n_docs - 1)  # passage ids ascend
        if not bool(np.all(self.passage_ids[at] == wanted)):
            return None
        return at

    def _terms_held(self, terms: Sequence[str], lo: np.ndarray, hi: np.ndarray) -> list[frozenset[str]]:
        """For each row range [lo[i], hi[i]), which of `terms` have a posting in it: one compiled
        pass (kernel.ranges_held) over every term's postings in each segment, the ranges taken by
        ascending start. A term's postings in several segments are searched where they lie (no
        concatenated copy). Each set gets its terms in `terms`' order, as one search a term did."""
        n = len(lo)
        held: list[set[str]] = [set() for _ in range(n)]
        names: list[str] = []
        lists: list[np.ndarray] = []
        owner: list[int] = []
        kept = self._held_rows
        for term in dict.fromkeys(terms):
            parts = kept.get(term)
            if parts is None:
                tid = self.term_id(term)
                parts = () if tid is None else tuple(np.ascontiguousarray(rows, dtype=np.int32)
                                                     for seg in self.segments if len(rows := seg.postings(tid)[0]))
                if len(kept) >= HELD_ROWS_KEPT:
                    kept.clear()
                kept[term] = parts
            if not parts:
                continue
            lists += parts
            owner += [len(names)] * len(parts)
            names.append(term)
        if names and n:
            out = np.zeros((len(names), n), dtype=np.uint8)
            kernel.ranges_held(lists, np.asarray(owner, dtype=np.int32), np.ascontiguousarray(lo, dtype=np.int32),
                               np.ascontiguousarray(hi, dtype=np.int32), np.argsort(lo, kind="stable").astype(np.intp),
                               out)
            if len(names) < 63:
                # each range's terms as a bit mask; each distinct mask's set built once, by the
                # same adds in the same order as below (most ranges share a handful of masks)
                masks = np.bitwise_or.reduce(out.astype(np.int64) << np.arange(len(names), dtype=np.int64)[:, None],
                                             axis=0)
                sets: dict[int, frozenset[str]] = {}
                for mask in masks.tolist():
                    if mask not in sets:
                        h: set[str] = set()
                        for j, term in enumerate(names):
                            if mask >> j & 1:
                                h.add(term)
                        sets[mask] = frozenset(h)
                return [sets[mask] for mask in masks.tolist()]
            for j, term in enumerate(names):
                for i in np.flatnonzero(out[j]).tolist():
                    held[i].add(term)
        return [frozenset(h) for h in held]

    @staticmethod
    def _sum_by_row(rows: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Scores of the same row added up (in input order per row); rows ascending."""
        if not len(rows):
            return rows.astype(np.int32), scores
        order = np.argsort(rows, kind="stable")
        rows, scores = rows[order], scores[order]
        starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        return rows[starts].astype(np.int32), np.add.reduceat(scores, starts)

    # ------------------------------------------------------------------ relevance floor
    def matching(self, terms: Sequence[str], weights: dict[str, float], floor: float,
                 limit: int) -> tuple[list[tuple[int, float, float]], int]:
        """Passages whose share of the question, ``sum(weights[t] for t present in the passage or
        its article's title)``, reaches ``floor``: the best ``limit`` of them by BM25 as
        (passage id, exact rank_bm25 score, share), best first, and how many there are in all.

        Every passage is considered, not only the BM25 top few (one pass over the question's
        postings computes both the scores and the shares)."""
        ids = self.term_ids(terms)
        weight_of = {tid: weights.get(t, 0.0) for t in terms if (tid := self.term_id(t)) is not None}
        if not ids or not self.n_docs or limit <= 0 or sum(weight_of.values()) < floor:
            return [], 0
        uniq, args = self._query(ids)
        rows, scores, share = np.empty(limit, dtype=np.int32), np.empty(limit), np.empty(limit)
        n, total = kernel.match(*args, np.array([weight_of[tid] for tid in uniq]), floor * (1 - FLOOR_MARGIN),
                                self._title_end, limit, rows, scores, share)
        pids = self.passage_ids[rows[:n]].tolist()
        return list(zip(pids, scores[:n].tolist(), share[:n].tolist())), total

    def matching_pair(self, terms: Sequence[str], weights: dict[str, float], floor: float, limit: int,
                      floor2: float, limit2: int
                      ) -> tuple[tuple[list[tuple[int, float, float]], int], tuple[list[tuple[int, float, float]], int]]:
        """``(matching(terms, weights, floor, limit), matching(terms, weights, floor2, limit2))``,
        the same lists, from one pass over the postings: a question's strong candidates and its
        closest few read the same postings."""
        pair = self._pair_inputs(terms, weights, floor, limit, floor2, limit2)
        if pair is None:
            return ([], 0), ([], 0)
        uniq, args, weight, limits, outs = pair
        n, total, n2, total2 = kernel.match_pair(
            *args, weight, floor * (1 - FLOOR_MARGIN), self._title_end,
            limits[0], *outs[0], floor2 * (1 - FLOOR_MARGIN), limits[1], *outs[1])
        first, second = self._pair_lists(outs, (n, n2))
        return (first, total), (second, total2)

    def floor_pair(self, terms: Sequence[str], weights: dict[str, float], floor: float, limit: int,
                   floor2: float, limit2: int
                   ) -> tuple[list[tuple[int, float, float]], list[tuple[int, float, float]]]:
        """matching_pair's two lists (the same passages, scores, shares and order), without the
        totals, so the common words need not be read through: kernel.match_pair_top skips the
        rows that only words too light for either floor, or scoring too low for either list,
        hold (MaxScore). What the engine calls for a question's strong candidates and closest few."""
        pair = self._pair_inputs(terms, weights, floor, limit, floor2, limit2)
        if pair is None:
            return [], []
        uniq, args, weight, limits, outs = pair
        # the saved block bounds: the skipped terms bounded per window (kernel.match_pair_top)
        blocks = {}
        if self._main_blocks is not None and self._main_most is not None and kernel.COMPILED:
            runs, offs, scales = self._block_bounds(uniq)
            blocks = dict(block_lists=runs, block_off=offs, block_scale=scales, shift=BLOCK_SHIFT)
        n, n2 = kernel.match_pair_top(
            *args, weight, floor * (1 - FLOOR_MARGIN), self._title_end,
            self._art_rows, limits[0], *outs[0], floor2 * (1 - FLOOR_MARGIN), limits[1], *outs[1],
            self._bounds(uniq), art_title_end=self._art_title_end, title_rows=self._title_rows, **blocks)
        return self._pair_lists(outs, (n, n2))

    def _pair_inputs(self, terms: Sequence[str], weights: dict[str, float], floor: float, limit: int,
                     floor2: float, limit2: int):  # noqa: ANN202 - the kernel's argument tuple
        """What both floor passes take: the query's postings, each term's weight, the two lists'
        limits (0 for a list whose floor the question's words cannot reach) and output arrays;
        None when neither list can hold anything."""
        ids = self.term_ids(terms)
        weight_of = {tid: weights.get(t, 0.0) for t in terms if (tid := self.term_id(t)) is not None}
        present = sum(weight_of.values())
        limits = [lim if ids and self.n_docs and lim > 0 and present >= fl else 0
                  for fl, lim in ((floor, limit), (floor2, limit2))]
        if not any(limits):
            return None
        uniq, args = self._query(ids)
        outs = [(np.empty(lim, dtype=np.int32), np.empty(lim), np.empty(lim)) for lim in limits]
        return uniq, args, np.array([weight_of[tid] for tid in uniq]), limits, outs

    def _pair_lists(self, outs: list, counts: tuple[int, int]) -> tuple[list[tuple[int, float, float]], ...]:
        """(passage id, score, share) lists from the kernel's output arrays."""
        return tuple([list(zip(self.passage_ids[rows[:k]].tolist(), scores[:k].tolist(), share[:k].tolist()))
                      for (rows, scores, share), k in zip(outs, counts)])

    def idf_of(self, term: str) -> float | None:
        tid = self.term_id(term)
        return None if tid is None else float(self.idf[tid])

    # ------------------------------------------------------------------ persistence
    ARRAYS = ("indptr", "docs", "tfs")

    def mapped_arrays(self) -> list[np.ndarray]:
        """Every array of this snapshot that may come from the saved files' maps (the postings of
        each segment, the per-row arrays and the saved bounds): what `release_mapped_pages` drops."""
        out = [getattr(seg, name) for seg in self.segments for name in self.ARRAYS]
        out += [self.doc_len, self.passage_ids, self.art_start, self.art_title, self._art_rows]
        out += [a for a in (self._main_most, self._main_blocks) if a is not None]
        return out

    def release_mapped_pages(self) -> int:
        """Drop this process's resident pages of the saved index's read-only maps (madvise
        MADV_DONTNEED): clean file-backed pages, so nothing is lost; the kernel keeps them in the
        page cache while it has room and the next read of one maps it again (a minor fault). The
        postings a process has read stay mapped otherwise, and at 10M passages they are most of
        its resident memory (docs/performance.md). Answers are unchanged. Returns the bytes of
        the maps advised (0 for an index held in memory, built or added to in this process)."""
        seen: dict[int, mmap.mmap] = {}
        for arr in self.mapped_arrays():
            mm = _read_only_map(arr)
            if mm is not None:
                seen.setdefault(id(mm), mm)
        released = 0
        for mm in seen.values():
            try:
                _dont_need(mm)
            except (AttributeError, OSError, ValueError, BufferError):   # no madvise here, or a closed map
                continue
            released += len(mm)
        return released

    def merged(self) -> "BM25Index":
        """One main segment holding everything (what is saved)."""
        if len(self.segments) == 1 and not self.extra_vocab:
            return self
        vocab = dict(self.vocab)
        vocab.update(self.extra_vocab)
        seg = _merge(self.segments, self.n_terms)
        return BM25Index(vocab, [seg], self.doc_len, self.passage_ids, self.params, self.generation,
                         art_start=self.art_start, art_title=self.art_title)

    def save(self, directory: Path) -> None:
        """Write to a temporary directory, then rename over the old one: readers never see half."""
        index = self.merged()
        seg = index.segments[0]

        def write(tmp: Path) -> None:
            for name in self.ARRAYS:
                np.save(tmp / f"{name}.npy", getattr(seg, name))
            np.save(tmp / "most.npy", _most(seg.indptr, seg.docs, seg.tfs, index._norm, self.params.k1 + 1))
            np.save(tmp / "blockmax.npy", _block_most(seg.docs, seg.tfs, index._norm, self.params.k1 + 1))
            _write_rest(tmp, index.doc_len, index.passage_ids, index.art_start, index.art_title, index.vocab,
                        self.params, self.generation)

        _publish(Path(directory), write)

    @classmethod
    def load(cls, directory: Path) -> "BM25Index | None":
        """Memory-map a saved index; None when it is missing, partial or of another format."""
        directory = Path(directory)
        try:
            meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT_VERSION:
                return None
            # plain ndarray views of the maps: np.memmap's Python-level __getitem__ cost ~0.3 ms a query
            arrays = {n: np.load(directory / f"{n}.npy", mmap_mode="r").view(np.ndarray)
                      for n in (*cls.ARRAYS, "doc_len", "passage_ids", "art_start", "art_title")}
            terms = (directory / "vocab.txt").read_text(encoding="utf-8").split("\n") if meta["n_terms"] else []
        except (OSError, ValueError, KeyError):
            return None
        if (len(terms) != meta["n_terms"] or len(arrays["doc_len"]) != meta["n_docs"]
                or len(arrays["indptr"]) != meta["n_terms"] + 1 or len(arrays["tfs"]) != len(arrays["docs"])
                or len(arrays["passage_ids"]) != meta["n_docs"]):
            return None
        if not _stamp_holds(directory):
            # not as published (copied, restored, or written by something else): the full check
            # once, then the stamp again so the next start is O(1)
            if not _checked_on_own_mapping(directory, arrays["indptr"], arrays["tfs"], meta["n_docs"]):
                return None
            _write_stamp(directory)
        vocab = {t: i for i, t in enumerate(terms)}
        params = BM25Params(meta["k1"], meta["b"], meta["epsilon"])
        seg = Segment(*(arrays[n] for n in cls.ARRAYS))
        index = cls(vocab, [seg], arrays["doc_len"], arrays["passage_ids"], params, meta["generation"],
                    art_start=arrays["art_start"],
                    art_title=arrays["art_title"])
        try:
            most = np.load(directory / "most.npy", mmap_mode="r").view(np.ndarray)
            if most.shape == (meta["n_terms"],) and most.dtype == np.float64:
                index._main_most, index._main_avgdl = most, index.avgdl
        except (OSError, ValueError):
            pass   # an index saved before the bounds: top-k prunes with the loose bound k1 + 1
        try:
            blocks = np.load(directory / "blockmax.npy", mmap_mode="r").view(np.ndarray)
            want = (len(arrays["docs"]) + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT
            if blocks.shape == (want,) and blocks.dtype == np.float32:
                index._main_blocks = blocks
        except (OSError, ValueError):
            pass   # an index saved before the block bounds: term-level MaxScore (score_top)
        return index


def _libc_madvise() -> "Callable[[int, int, int], int] | None":
    """libc's madvise through ctypes, which lets go of the GIL while the call runs (mmap.madvise
    holds it: a trim on another thread would stop the answering one for its 3-8 ms at 10M)."""
    try:
        import ctypes
        fn = ctypes.CDLL(None, use_errno=True).madvise
    except (ImportError, OSError, AttributeError):
        return None
    fn.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    fn.restype = ctypes.c_int
    return fn


_MADVISE = _libc_madvise() if hasattr(mmap, "MADV_DONTNEED") else None


def _dont_need(mm: mmap.mmap) -> None:
    """madvise(MADV_DONTNEED) over a whole map, without the GIL where libc's madvise is at hand.
    The byte view taken for the address holds an export of the map while the call runs, so the
    map cannot be closed under it (mmap.close raises BufferError then)."""
    if _MADVISE is None:
        mm.madvise(mmap.MADV_DONTNEED)
        return
    view = np.frombuffer(mm, dtype=np.uint8)
    if _MADVISE(view.ctypes.data, len(view), mmap.MADV_DONTNEED) != 0:
        import ctypes
        raise OSError(ctypes.get_errno(), "madvise")


def _read_only_map(arr: np.ndarray) -> "mmap.mmap | None":
    """The mmap an array's memory lies in when it comes from np.load(mmap_mode="r") (through any
    views of the np.memmap), else None. Only read-only maps: dropping the pages of a
    copy-on-write map would lose what was written to it."""
    a, memmap_mode = arr, None
    for _ in range(16):   # a view of a view of ... the memmap, then its mmap
        if isinstance(a, np.memmap):
            memmap_mode = a.mode
        if isinstance(a, mmap.mmap):
            return a if memmap_mode == "r" else None
        a = getattr(a, "base", None)
        if a is None:
            return None
    return None


def _block_most(docs: np.ndarray, tfs: np.ndarray, norm: np.ndarray, k1_plus_1: float,
                chunk: int = 1 << 22) -> np.ndarray:
    """Per block of 2**BLOCK_SHIFT postings of the whole index (block g: postings g << shift ..,
    across term boundaries), the largest tf * (k1 + 1) / (tf + norm), as float32 rounded up so it
    stays a bound: kernel.score_top_blocks' block-max bounds, the kernel's own arithmetic."""
    size = 1 << BLOCK_SHIFT
    total = len(docs)
    out = np.zeros((total + size - 1) >> BLOCK_SHIFT, dtype=np.float32)
    for s in range(0, total, chunk):   # chunk is a multiple of the block size
        e = min(s + chunk, total)
        tf = np.asarray(tfs[s:e]).astype(np.float64)
        vals = tf * k1_plus_1 / (tf + norm[np.asarray(docs[s:e])])
        pad = (-len(vals)) % size
        if pad:
            vals = np.concatenate([vals, np.zeros(pad)])
        best = vals.reshape(-1, size).max(axis=1)
        up = best.astype(np.float32)
        low = up.astype(np.float64) < best
        up[low] = np.nextafter(up[low], np.float32(np.inf))
        out[s >> BLOCK_SHIFT : (s >> BLOCK_SHIFT) + len(up)] = up
    return out


def _most(indptr: np.ndarray, docs: np.ndarray, tfs: np.ndarray, norm: np.ndarray, k1_plus_1: float,
          chunk: int = 1 << 22) -> np.ndarray:
    """Per term, the largest tf * (k1 + 1) / (tf + norm) over its postings (0.0 for none): MaxScore's
    bound (kernel.score_top), with the kernel's own arithmetic. A chunk of whole terms at a time."""
    n_terms = len(indptr) - 1
    out = np.zeros(n_terms)
    t = 0
    while t < n_terms:
        u = max(t + 1, int(np.searchsorted(indptr, indptr[t] + chunk, side="right")) - 1)
        u = min(u, n_terms)
        s, e = int(indptr[t]), int(indptr[u])
        if e > s:
            tf = np.asarray(tfs[s:e]).astype(np.float64)
            vals = tf * k1_plus_1 / (tf + norm[np.asarray(docs[s:e])])
            starts = indptr[t:u] - s
            nonempty = indptr[t + 1 : u + 1] > indptr[t:u]
            out[t:u][nonempty] = np.maximum.reduceat(vals, starts[nonempty])
        t = u
    return out


def _search(arr: np.ndarray, keys: np.ndarray, side: str = "left") -> np.ndarray:
    """np.searchsorted(arr, keys, side), the same positions, cheaper for a few hundred keys into
    a long list: keys of another integer type than arr are cast to arr's when they fit (else
    numpy copies all of arr into the wider type on every call -- a posting list, or 11M passage
    ids), and are searched in ascending order (numpy's binary search then starts each key from
    the previous key's place)."""
    keys = np.asarray(keys)
    if keys.dtype != arr.dtype and arr.dtype.kind == keys.dtype.kind == "i" and len(keys):
        info = np.iinfo(arr.dtype)
        if info.min <= int(keys.min()) and int(keys.max()) <= info.max:
            keys = keys.astype(arr.dtype)
    if len(keys) < 2:
        return np.searchsorted(arr, keys, side=side)
    order = np.argsort(keys, kind="stable")
    out = np.empty(len(keys), dtype=np.intp)
    out[order] = np.searchsorted(arr, keys[order], side=side)
    return out


def _title_row_bits(titles: np.ndarray, n: int) -> np.ndarray:
    """Bit r (word r >> 6, bit r & 63) set for each row in `titles` (a superset of the rows whose
    title_end is not 0): kernel.match_pair_top's title_rows."""
    held = np.zeros(-(-n // 64) * 64, dtype=bool)
    held[titles] = True
    return np.packbits(held, bitorder="little").view("<u8").astype(np.uint64, copy=False)


def _normaliser(doc_len: np.ndarray, p: BM25Params, avgdl: float) -> np.ndarray:
    """k1 * (1 - b + b * dl / avgdl) per row, each operation as rank_bm25 rounds it (IEEE addition
    and multiplication commute exactly), in place: one array of N doubles instead of five
    temporaries (~0.2 s of page faults at 10M passages on start-up)."""
    if not len(doc_len):
        return np.zeros(0)
    x = doc_len.astype(np.float64)
    x *= p.b
    x /= avgdl
    x += 1 - p.b
    x *= p.k1
    return x


def _postings_are_sound(indptr: np.ndarray, docs: np.ndarray, tfs: np.ndarray, n_docs: int) -> bool:
    """The compiled kernel trusts its input (rows in range, ascending per term): a damaged file
    must mean a rebuild, never a crash. A few passes over the arrays: ~65 ms at 1M passages."""
    if len(tfs) != len(docs):
        return False
    return _rows_sound(indptr, n_docs, len(docs), lambda s, e: docs[s:e])


def _rows_sound(indptr: np.ndarray, n_docs: int, total: int, read: Callable[[int, int], np.ndarray],
                chunk: int = 1 << 22) -> bool:
    """`_postings_are_sound` over rows read a chunk at a time by ``read(start, end)``."""
    if not len(indptr) or indptr[0] != 0 or indptr[-1] != total:
        return False
    if np.any(np.diff(indptr) < 0):
        return False
    for s in range(0, total, chunk):
        d = read(s, min(s + chunk + 1, total))   # one row of overlap: the pair across the boundary
        if len(d) != min(s + chunk + 1, total) - s or d.min() < 0 or d.max() >= n_docs:
            return False
        rising = np.diff(d) > 0              # rising[i]: docs[s+i+1] > docs[s+i]
        lo, hi = np.searchsorted(indptr, s + 1), np.searchsorted(indptr, s + len(d) - 1, side="right")
        rising[indptr[lo:hi] - 1 - s] = True  # a new term may start anywhere
        if not rising.all():
            return False
    return True


def _checked_on_own_mapping(directory: Path, indptr: np.ndarray, tfs: np.ndarray, n_docs: int) -> bool:
    """The postings check reading docs.npy with plain reads, a chunk at a time: a mapping would
    keep every page it read in this process's RSS (~520 MB of rows at 10M passages), while
    answering maps in only the postings questions touch."""
    path = directory / "docs.npy"
    try:
        with open(path, "rb") as f:
            version = np.lib.format.read_magic(f)
            header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, fortran, dtype = header(f)
            if len(shape) != 1 or fortran or len(tfs) != shape[0]:
                return False
            start = f.tell()

            def read(s: int, e: int) -> np.ndarray:
                f.seek(start + s * dtype.itemsize)
                return np.fromfile(f, dtype=dtype, count=e - s)

            return _rows_sound(indptr, n_docs, shape[0], read)
    except (OSError, ValueError):
        return False


STAMP = "checked.json"
STAMPED = ("indptr.npy", "docs.npy", "tfs.npy", "doc_len.npy", "passage_ids.npy", "art_start.npy", "art_title.npy",
           "vocab.txt", "meta.json", "most.npy", "blockmax.npy")
STAMP_PROBE = 1 << 16      # bytes at each end of the postings whose checksum the stamp keeps


def _stamp_of(directory: Path) -> dict:
    """What the postings check vouches for: each file's size and modification time (ns), and a
    checksum of the first and last bytes of the row and tf arrays. O(1) in the index's size."""
    out: dict = {}
    for name in STAMPED:
        if name in ("most.npy", "blockmax.npy") and not (directory / name).exists():
            continue   # an index saved before the bounds
        st = (directory / name).stat()
        out[name] = [st.st_size, st.st_mtime_ns]
    for name in ("docs.npy", "tfs.npy"):
        with open(directory / name, "rb") as f:
            head = f.read(STAMP_PROBE)
            size = out[name][0]
            f.seek(max(0, size - STAMP_PROBE))
            out[name].append(zlib.crc32(f.read(STAMP_PROBE), zlib.crc32(head)))
    return out


def _write_stamp(directory: Path) -> None:
    """Record that the files as they are now passed the check (or were just written from sound
    arrays). Best effort: a read-only index directory is checked in full at every start."""
    try:
        (directory / STAMP).write_text(json.dumps({"format": FORMAT_VERSION, "files": _stamp_of(directory)}),
                                       encoding="utf-8")
    except OSError:
        pass


def _stamp_holds(directory: Path) -> bool:
    """The files are those the stamp vouched for: any rewrite (a new size, time or end bytes)
    means the full postings check again. A damaged file keeps neither its time nor, in general,
    its end bytes; silent damage in the middle of a file that keeps its time is out of reach of
    any O(1) check."""
    try:
        stamp = json.loads((directory / STAMP).read_text(encoding="utf-8"))
        return stamp.get("format") == FORMAT_VERSION and stamp.get("files") == _stamp_of(directory)
    except (OSError, ValueError, AttributeError):
        return False


def _publish(directory: Path, write: Callable[[Path], None]) -> None:
    """Files written by `write` into a fresh directory, synced, then renamed over `directory`."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=directory.name + ".tmp-", dir=directory.parent))
    try:
        write(tmp)
        for f in tmp.iterdir():
            fd = os.open(f, os.O_RDONLY)
            os.fsync(fd)
            os.close(fd)
        _write_stamp(tmp)   # after the data is on disk: renaming the directory keeps every file's time
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


def _write_rest(tmp: Path, doc_len: np.ndarray, passage_ids: np.ndarray | None, art_start: np.ndarray,
                art_title: np.ndarray, vocab: dict[str, int], params: BM25Params, generation: int) -> None:
    """Everything saved besides the postings (and the passage ids, when None: written already)."""
    np.save(tmp / "doc_len.npy", doc_len)
    if passage_ids is not None:
        np.save(tmp / "passage_ids.npy", passage_ids)
    np.save(tmp / "art_start.npy", art_start)
    np.save(tmp / "art_title.npy", art_title)
    terms = [""] * len(vocab)
    for term, i in vocab.items():
        terms[i] = term
    (tmp / "vocab.txt").write_text("\n".join(terms), encoding="utf-8")
    meta = {"format": FORMAT_VERSION, "generation": generation, "n_docs": int(len(doc_len)),
            "n_terms": len(vocab), "k1": params.k1, "b": params.b, "epsilon": params.epsilon}
    (tmp / "meta.json").write_text(json.dumps(meta), encoding="utf-8")


class DiskBuild:
    """A main segment built straight into its saved files, in memory bounded by one batch and
    one pass's share of the postings, whatever the archive's size.

    BM25Index.build holds every passage's terms as Python lists: ~1 GB per million passages.
    Here each batch of stored terms (`add`, in passage id order) gets its term ids (first
    appearance, as in `build`), adds to the document frequencies and spills its sorted
    (term, row, tf) triples to a scratch file, its rows' lengths and passage ids to two more.
    `finish` writes the postings a range of terms at a time (`pass_postings` postings a pass:
    each batch's slice of those terms is read back, placed by counting sort — rows only grow,
    so each term's rows stay ascending — and the range written out in order), then the bounds
    from the written files read back a chunk at a time, and publishes the directory. Nothing
    is memory-mapped: mapped pages count in the process's RSS (~600 MB of postings at 9M
    passages). The files are those `build` + `save` write, bit for bit."""

    PASS_POSTINGS = 1 << 23    # ~48 MB of rows and tfs in memory while a pass places them
    READ_CHUNK = 1 << 20       # postings read back at a time for the bounds (most, blockmax)

    def __init__(self, directory: Path, params: BM25Params = BM25Params(), generation: int = 0,
                 pass_postings: int | None = None, read_chunk: int | None = None) -> None:
        self.directory = Path(directory)
        self.params, self.generation = params, generation
        self.pass_postings = pass_postings or self.PASS_POSTINGS
        self.read_chunk = read_chunk or self.READ_CHUNK
        self.vocab: dict[str, int] = {}
        self._df = np.zeros(1 << 16, dtype=np.int64)
        # an article's first row and whether it is a title: 5 bytes an article, not Python objects
        self._starts = array.array("i")
        self._titles = bytearray()
        self._track = _article_tracker(self._starts, self._titles, 0)
        self.n_rows = 0
        self.directory.parent.mkdir(parents=True, exist_ok=True)

        def scratch(kind: str) -> "tempfile._TemporaryFileWrapper[bytes]":
            return tempfile.NamedTemporaryFile(prefix=f"{self.directory.name}.{kind}-", dir=self.directory.parent)

        self._scratch, self._lens, self._pids = scratch("pairs"), scratch("lens"), scratch("pids")
        self._chunks: list[int] = []

    def add(self, rows: Sequence[tuple]) -> None:
        vocab = self.vocab
        flat: list[int] = []
        lengths: list[int] = []
        for row in rows:
            self._track(row)
            terms = row[1]
            lengths.append(len(terms))
            flat.extend([vocab.setdefault(t, len(vocab)) for t in terms])
        self._add_ids(flat, lengths, [row[0] for row in rows])

    def add_stored(self, rows: Sequence[tuple]) -> None:
        """`add` for rows as Store.iter_term_strings reads them, (passage id, stored terms, article
        id, kind), their terms unsplit: the same files as `add([(id, terms.split(" ") if terms
        else [], article id, kind == "title"), ...])`. A batch's terms are split once, joined
        (for non-empty s1 … sn, " ".join(s).split(" ") is s1.split(" ") + … + sn.split(" "), and
        len(s.split(" ")) is s.count(" ") + 1), and term ids are given in the same first-appearance
        order: no list and tuple a row, which made the full build's reading ~40% slower (mostly
        the cyclic collector walking them: ~20,000 rows a batch, 10.6M at 10M)."""
        stored = [r[1] for r in rows]
        lengths = [s.count(" ") + 1 if s else 0 for s in stored]
        present = [s for s in stored if s]
        vocab = self.vocab
        get = vocab.setdefault
        flat = [get(t, len(vocab)) for t in " ".join(present).split(" ")] if present else []
        self._track.batch([r[2] for r in rows], [r[3] == "title" for r in rows])
        self._add_ids(flat, lengths, [r[0] for r in rows])

    def _add_ids(self, flat: list[int], lengths: list[int], pids: list[int]) -> None:
        """One batch's term ids (the rows' terms in order), each row's length and passage id."""
        vocab = self.vocab
        lens = np.asarray(lengths, dtype=np.int32)
        t, r, c = _count_pairs(np.asarray(flat, dtype=np.int64), lens, self.n_rows)
        if len(vocab) > len(self._df):
            self._df = np.concatenate([self._df, np.zeros(max(len(vocab), 2 * len(self._df)) - len(self._df), np.int64)])
        self._df[: len(vocab)] += np.bincount(t, minlength=len(vocab))
        for arr in (t.astype(np.int32), r.astype(np.int32), np.minimum(c, 65535).astype(np.uint16)):
            self._scratch.write(arr.tobytes())
        self._chunks.append(len(t))
        self._lens.write(lens.tobytes())
        self._pids.write(np.asarray(pids, dtype=np.int64).tobytes())
        self.n_rows += len(lengths)

    def finish(self) -> "BM25Index":
        """Publish the index directory and return it loaded (memory-mapped)."""
        for f in (self._scratch, self._lens, self._pids):
            f.flush()
        n_terms = len(self.vocab)
        indptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(self._df[:n_terms], out=indptr[1:])
        del self._df
        total = int(indptr[-1])

        def write(tmp: Path) -> None:
            np.save(tmp / "indptr.npy", indptr)
            with open(self._lens.name, "rb") as f:
                lens = np.fromfile(f, np.int32)
            _copy_npy(Path(self._pids.name), tmp / "passage_ids.npy", np.int64, self.n_rows)
            self._pids.close()
            self._write_postings(tmp, indptr, total)
            avgdl = float(lens.sum()) / len(lens) if len(lens) else 0.0
            norm = _LazyNorm(lens, self.params, avgdl)
            with _NpyReader(tmp / "docs.npy") as docs, _NpyReader(tmp / "tfs.npy") as tfs:
                k1_plus_1 = self.params.k1 + 1
                np.save(tmp / "most.npy", _most(indptr, docs, tfs, norm, k1_plus_1, self.read_chunk))
                chunk = max(1 << BLOCK_SHIFT, self.read_chunk >> BLOCK_SHIFT << BLOCK_SHIFT)
                np.save(tmp / "blockmax.npy", _block_most(docs, tfs, norm, k1_plus_1, chunk))
            del norm
            art_start = np.frombuffer(self._starts, dtype=np.int32) if self._starts else np.zeros(0, np.int32)
            art_title = np.frombuffer(self._titles, dtype=np.uint8).astype(bool) if self._titles else np.zeros(0, bool)
            _write_rest(tmp, lens, None, art_start, art_title, self.vocab, self.params, self.generation)

        try:
            _publish(self.directory, write)
        finally:
            for f in (self._scratch, self._lens, self._pids):
                f.close()
        index = BM25Index.load(self.directory)
        if index is None:
            raise RuntimeError(f"the index just written to {self.directory} does not load")
        return index

    def _write_postings(self, tmp: Path, indptr: np.ndarray, total: int) -> None:
        """docs.npy and tfs.npy, a range of whole terms at a time, each range written in order.
        The scratch file holds, per batch, its (term, row, tf) triples sorted by term then row:
        one read of the terms finds where each pass's range starts in each batch."""
        n_terms = len(indptr) - 1
        # pass p places terms bounds[p] .. bounds[p + 1]: about pass_postings postings, at least one term
        bounds = [0]
        while bounds[-1] < n_terms:
            a = bounds[-1]
            b = int(np.searchsorted(indptr, indptr[a] + self.pass_postings, side="right")) - 1
            bounds.append(min(max(b, a + 1), n_terms))
        keys = np.asarray(bounds, dtype=np.int32)
        offsets = np.zeros((len(self._chunks), len(bounds)), dtype=np.int64)   # per batch, where each range starts
        starts = np.zeros(len(self._chunks), dtype=np.int64)                   # per batch, its place in the file
        with open(self._scratch.name, "rb") as f:
            pos = 0
            for j, k in enumerate(self._chunks):
                starts[j] = pos
                f.seek(pos)
                offsets[j] = np.searchsorted(np.fromfile(f, np.int32, k), keys)
                pos += k * 10
            outs = [_NpyWriter(tmp / f"{name}.npy", dtype, total) for name, dtype in (("docs", np.int32), ("tfs", np.uint16))]
            try:
                for p in range(len(bounds) - 1):
                    a, b = bounds[p], bounds[p + 1]
                    base = int(indptr[a])
                    docs = np.empty(int(indptr[b]) - base, dtype=np.int32)
                    tfs = np.empty(len(docs), dtype=np.uint16)
                    fill = indptr[a:b] - base
                    for j, k in enumerate(self._chunks):
                        s, e = int(offsets[j, p]), int(offsets[j, p + 1])
                        if e == s:
                            continue
                        n = e - s
                        at0 = int(starts[j])
                        f.seek(at0 + 4 * s)
                        t = np.fromfile(f, np.int32, n) - a
                        f.seek(at0 + 4 * k + 4 * s)
                        r = np.fromfile(f, np.int32, n)
                        f.seek(at0 + 8 * k + 2 * s)
                        c = np.fromfile(f, np.uint16, n)
                        first = np.flatnonzero(np.concatenate(([True], t[1:] != t[:-1])))
                        counts = np.diff(np.append(first, n))
                        at = fill[t] + (np.arange(n) - np.repeat(first, counts))
                        docs[at] = r
                        tfs[at] = c
                        fill[t[first]] += counts
                    outs[0].write(docs)
                    outs[1].write(tfs)
                    del docs, tfs
            finally:
                for out in outs:
                    out.close()


def _npy_header(f, dtype: np.dtype, n: int) -> None:
    """The header np.save writes before a 1-D C-order array of n items of this dtype."""
    np.lib.format.write_array_header_1_0(
        f, {"descr": np.lib.format.dtype_to_descr(np.dtype(dtype)), "fortran_order": False, "shape": (n,)})


class _NpyWriter:
    """A 1-D .npy file written front to back in pieces: what np.save writes for the whole array,
    without the array in memory (the pages go through the page cache, not this process's RSS)."""

    def __init__(self, path: Path, dtype: type, n: int) -> None:
        self.dtype, self.n, self.written = np.dtype(dtype), n, 0
        self.f = open(path, "wb")
        _npy_header(self.f, self.dtype, n)

    def write(self, arr: np.ndarray) -> None:
        self.f.write(np.ascontiguousarray(arr, dtype=self.dtype).tobytes())
        self.written += len(arr)

    def close(self) -> None:
        self.f.close()
        if self.written != self.n:
            raise RuntimeError(f"{self.f.name}: {self.written} items written, {self.n} expected")


def _copy_npy(raw: Path, path: Path, dtype: type, n: int) -> None:
    """A .npy file from a raw file of n items of dtype (np.save's bytes, in bounded memory)."""
    with open(raw, "rb") as src, open(path, "wb") as out:
        _npy_header(out, np.dtype(dtype), n)
        shutil.copyfileobj(src, out, 1 << 22)
        if src.tell() != n * np.dtype(dtype).itemsize:
            raise RuntimeError(f"{raw}: {src.tell()} bytes, {n} items of {dtype} expected")


class _NpyReader:
    """Slices of a saved 1-D array read with plain reads: a memory map would keep every page
    read in this process's RSS."""

    def __init__(self, path: Path) -> None:
        self.f = open(path, "rb")
        version = np.lib.format.read_magic(self.f)
        header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, _, self.dtype = header(self.f)
        self.n, self.start = shape[0], self.f.tell()

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, s: slice) -> np.ndarray:
        lo, hi, _ = s.indices(self.n)
        self.f.seek(self.start + lo * self.dtype.itemsize)
        return np.fromfile(self.f, dtype=self.dtype, count=max(0, hi - lo))

    def __enter__(self) -> "_NpyReader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.f.close()


class _LazyNorm:
    """_normaliser(doc_len)[rows] computed for the rows asked (the same operations on each
    element, so the same doubles): the lengths are held (4 bytes a row), not the normaliser (8)."""

    def __init__(self, doc_len: np.ndarray, p: BM25Params, avgdl: float) -> None:
        self.doc_len, self.p, self.avgdl = doc_len, p, avgdl

    def __getitem__(self, rows: np.ndarray) -> np.ndarray:
        return _normaliser(self.doc_len[rows], self.p, self.avgdl)


def _article_tracker(starts: "list[int] | array.array[int]", titles: "list[bool] | bytearray", first_row: int) -> Callable[[tuple], None]:
    """A function that, fed rows in order, records where each article's rows begin (rows may
    carry (article id, is title); without them every passage is its own article)."""
    state = {"row": first_row, "article": object()}

    def add(row: tuple) -> None:
        article = row[2] if len(row) > 2 else state["row"]  # no article given: one per passage
        if article != state["article"]:
            starts.append(state["row"])
            titles.append(bool(row[3]) if len(row) > 3 else False)
            state["article"] = article
        state["row"] += 1

    def batch(articles: list, titled: list[bool]) -> None:
        """`add` of rows (_, _, articles[i], titled[i]) in order, without building them."""
        row, current = state["row"], state["article"]
        for article, title in zip(articles, titled):
            if article != current:
                starts.append(row)
                titles.append(title)
                current = article
            row += 1
        state["row"], state["article"] = row, current

    add.batch = batch   # type: ignore[attr-defined]
    return add


def _merge(segments: list[Segment], n_terms: int) -> Segment:
    """Concatenate segments' postings into one CSR (rows stay global, so no renumbering)."""
    t_parts, r_parts, c_parts = [], [], []
    for seg in segments:
        counts = np.diff(seg.indptr)
        t_parts.append(np.repeat(np.arange(seg.n_terms, dtype=np.int64), counts))
        r_parts.append(np.asarray(seg.docs, dtype=np.int64))
        c_parts.append(np.asarray(seg.tfs))
    t = np.concatenate(t_parts)
    r = np.concatenate(r_parts)
    c = np.concatenate(c_parts)
    order = np.lexsort((r, t))
    return Segment.from_pairs(t[order], r[order], c[order], n_terms)
