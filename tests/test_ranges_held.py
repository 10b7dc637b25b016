"""Which terms an article or its title holds (BM25Index.article_holds / title_holds), answered by
one compiled pass (kernel.ranges_held), must be what one binary search a term and passage said
before: the names filter keeps or drops a quantity question's candidates by it, and the second
stage's title features read it. The old searches are kept here and run against the new ones on
random indexes of one and of several segments (postings of a term split across them)."""
from __future__ import annotations

import random

import numpy as np
import pytest

from retrieval import _kernel, kernel
from retrieval.index import BM25Index, _search

WORDS = [f"w{i}" for i in range(40)]


def _old_terms_held(index: BM25Index, n: int, terms: list[str], holds) -> list[frozenset[str]]:  # noqa: ANN001
    held: list[set[str]] = [set() for _ in range(n)]
    for term in dict.fromkeys(terms):
        tid = index.term_id(term)
        if tid is None:
            continue
        rows, _ = index._postings(tid)
        if not len(rows):
            continue
        for i in np.flatnonzero(holds(rows)).tolist():
            held[i].add(term)
    return [frozenset(h) for h in held]


def _old_title_holds(index: BM25Index, pids: list[int], terms: list[str]) -> list[frozenset[str]] | None:
    if not len(pids):
        return []
    k = index._articles_of(pids)
    if k is None:
        return None
    title_row = np.where(np.asarray(index.art_title)[k], np.asarray(index.art_start)[k], -1)

    def holds(rows: np.ndarray) -> np.ndarray:
        pos = np.minimum(_search(rows, title_row), len(rows) - 1)
        return (title_row >= 0) & (rows[pos] == title_row)
    return _old_terms_held(index, len(k), terms, holds)


def _old_article_holds(index: BM25Index, pids: list[int], terms: list[str]) -> list[frozenset[str]] | None:
    if not len(pids):
        return []
    k = index._articles_of(pids)
    if k is None:
        return None
    starts = np.asarray(index.art_start)
    first = starts[k]
    end = np.where(k + 1 < len(starts), starts[np.minimum(k + 1, len(starts) - 1)], index.n_docs)

    def holds(rows: np.ndarray) -> np.ndarray:
        pos = _search(rows, first)
        return (pos < len(rows)) & (rows[np.minimum(pos, len(rows) - 1)] < end)
    return _old_terms_held(index, len(k), terms, holds)


def _articles(r: random.Random, first_pid: int, n_articles: int) -> list[tuple[int, list[str], str, bool]]:
    """Index rows (passage id, terms, article id, is the title) article after article, ids
    ascending with gaps; most articles open with a title row."""
    rows: list[tuple[int, list[str], str, bool]] = []
    pid = first_pid
    vocab = WORDS[: r.randint(3, len(WORDS))]
    for a in range(n_articles):
        article, titled = f"a{first_pid}-{a}", r.random() < 0.7
        for pos in range(r.randint(1, 6)):
            pid += r.randint(1, 3)
            rows.append((pid, [r.choice(vocab) for _ in range(r.randint(1, 8))], article, titled and pos == 0))
    return rows


def _index(seed: int) -> tuple[BM25Index, list[int]]:  
    r = random.Random(seed)
    rows = _articles(r, 1, r.randint(1, 60))
    index = BM25Index.build(rows)
    pids = [row[0] for row in rows]
    for _ in range(r.randint(0, 2)):   # segments added after the build: a term's postings in several
        more = _articles(r, pids[-1], r.randint(1, 20))
        index = index.with_added(more)
        pids += [row[0] for row in more]
    return index, pids


@pytest.mark.parametrize("seed", range(150))
def test_title_and_article_holds_are_the_old_searches(seed: int):
    index, pids = _index(seed)
    r = random.Random(seed + 1)
    seen_titles = False
    for _ in range(6):
        asked = r.sample(pids, r.randint(1, min(len(pids), 50)))
        if r.random() < 0.3:
            asked = sorted(asked)
        terms = [r.choice(WORDS + ["absent"]) for _ in range(r.randint(1, 70))]   # > 62: the unmasked path
        for new, old in ((index.title_holds, _old_title_holds), (index.article_holds, _old_article_holds)):
            got, want = new(asked, terms), old(index, asked, terms)
            assert got == want
            assert [list(s) for s in got] == [list(s) for s in want]   # the same sets, built in the same order
            seen_titles |= any(got) and new == index.title_holds
    assert seen_titles or not index.art_title.any()   # titles were asked about and found
    assert index.title_holds([pids[-1] + 1000], ["w1"]) is None
    assert index.article_holds([], ["w1"]) == []


def _ranges(seed: int) -> tuple:
    g = np.random.default_rng(seed)
    n_rows = int(g.integers(1, 5000))
    lists = [np.sort(g.choice(n_rows, size=int(g.integers(0, n_rows // 3 + 1)), replace=False)).astype(np.int32)
             for _ in range(int(g.integers(1, 12)))]
    owner = g.integers(0, max(1, len(lists) // 2 + 1), len(lists)).astype(np.int32)
    m = int(g.integers(1, 300))
    lo = g.integers(-2, n_rows + 2, m).astype(np.int32)
    hi = (lo + g.integers(-3, 60, m)).astype(np.int32)   # some ranges empty (lo >= hi)
    return lists, owner, lo, hi, np.argsort(lo, kind="stable").astype(np.intp), int(owner.max()) + 1


def _brute(lists, owner, lo, hi, n_out) -> np.ndarray:  # noqa: ANN001
    out = np.zeros((n_out, len(lo)), dtype=np.uint8)
    for rows, j in zip(lists, owner.tolist()):
        for i, (a, b) in enumerate(zip(lo.tolist(), hi.tolist())):
            if a < b and bool(np.any((rows >= a) & (rows < b))):
                out[j, i] = 1
    return out


@pytest.mark.parametrize("seed", range(80))
def test_ranges_held_numpy_twin_is_the_definition(seed: int):
    lists, owner, lo, hi, order, n_out = _ranges(seed)
    out = np.zeros((n_out, len(lo)), dtype=np.uint8)
    kernel.ranges_held_numpy(lists, owner, lo, hi, order, out)
    assert np.array_equal(out, _brute(lists, owner, lo, hi, n_out))


@pytest.mark.skipif(_kernel is None, reason="the compiled kernel is not built")
@pytest.mark.parametrize("seed", range(80))
def test_compiled_ranges_held_is_the_definition(seed: int):
    lists, owner, lo, hi, order, n_out = _ranges(seed)
    out = np.zeros((n_out, len(lo)), dtype=np.uint8)
    _kernel.ranges_held(lists, owner, lo, hi, order, out)
    assert np.array_equal(out, _brute(lists, owner, lo, hi, n_out))
    # cells already set stay set (a term's lists in several segments share one row)
    again = np.ones_like(out)
    _kernel.ranges_held(lists, owner, lo, hi, order, again)
    assert again.all()
