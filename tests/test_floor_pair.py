"""The relevance floor with MaxScore (kernel.match_pair_top, BM25Index.floor_pair) must give
exactly what the exhaustive pass (kernel.match_pair, BM25Index.matching_pair) gives: the same
rows, the same scores and shares bit for bit, in the same order, on both lists."""
from __future__ import annotations

import numpy as np
import pytest

from retrieval import kernel
from retrieval.index import BM25Index, _block_most, _title_row_bits

K1P = 2.5


def _corpus(seed: int, n: int, ties: bool) -> tuple:
    r = np.random.default_rng(seed)
    m = int(r.integers(1, 8))
    # a few common terms and rarer ones, as a question has
    sizes = [int(r.integers(0, n // 2)) if r.random() < 0.4 else int(r.integers(0, n // 40 + 1)) for _ in range(m)]
    docs = [np.sort(r.choice(n, size=s, replace=False)).astype(np.int32) for s in sizes]
    tfs = [(np.ones(len(d)) if ties else r.integers(1, 5, len(d))).astype(np.uint16) for d in docs]
    # ties: every row the same length, so rows holding the same terms score the same
    norm = np.full(n, 1.2) if ties else r.uniform(0.5, 3.0, n)
    idf = r.uniform(0.05, 3.0, m)
    if r.random() < 0.2:
        idf[int(r.integers(0, m))] = -0.1 * r.random()   # a negative idf (rank_bm25's common words)
    tokens = r.integers(0, m, int(r.integers(1, 9))).astype(np.int32)
    starts = np.unique(np.concatenate([[0], r.integers(1, n, n // 12)])).astype(np.int32)
    ends = np.append(starts[1:], n)
    title_end = np.zeros(n, dtype=np.int32)
    titled = r.random(len(starts)) < 0.7
    title_end[starts[titled]] = ends[titled]
    weight = r.uniform(0.02, 1, m) * (r.random(m) < 0.9)
    weight /= max(weight.sum(), 1e-9)
    # the exact per-term bound, or the loose one (k1 + 1) a term in an added segment gets
    most = np.array([float(np.max(t * K1P / (t + norm[d]))) if len(d) and r.random() < 0.7 else K1P
                     for d, t in zip(docs, [x.astype(np.float64) for x in tfs])])
    return docs, tfs, idf, tokens, norm, title_end, starts, weight, most


def _blocks(docs: list, tfs: list, norm: np.ndarray, r: np.random.Generator) -> dict:
    """match_pair_top's block arguments as a saved index gives them (BM25Index._block_bounds):
    the lists laid end to end from a random place in a block, the largest tf * (k1 + 1) /
    (tf + norm) of every 64 postings (float32 rounded up, _block_most), each term's run of those
    from its first posting's block; a scale of 1, or above (the avgdl moved since: looser)."""
    start = int(r.integers(0, 64))
    flat_docs = np.concatenate([np.zeros(start, dtype=np.int32), *docs]).astype(np.int32)
    flat_tfs = np.concatenate([np.zeros(start, dtype=np.uint16), *tfs]).astype(np.uint16)
    blocks = _block_most(flat_docs, flat_tfs, norm, K1P)
    runs, offs, pos = [], np.zeros(len(docs), dtype=np.int64), start
    for j, d in enumerate(docs):
        s, e = pos, pos + len(d)
        runs.append(blocks[s >> 6 : ((e - 1) >> 6) + 1] if e > s else np.zeros(0, dtype=np.float32))
        offs[j] = s & 63
        pos = e
    scale = np.full(len(docs), 1.0 if r.random() < 0.7 else float(r.uniform(1.0, 1.5)))
    return dict(block_lists=runs, block_off=offs, block_scale=scale, shift=6)


def _both(fn_args: tuple, cut: float, limit: int, cut2: float, limit2: int,
          by_article: bool = False, blocks: dict | None = None) -> tuple[list, list]:
    """The exhaustive pass's lists and MaxScore's; by_article: MaxScore reads whether a row's
    article has a title from art_title_end (title_end at each article's first row, as
    BM25Index.floor_pair passes it) rather than from title_end, and reads title_end for a posting
    only where title_rows (a bit per article's first row, a superset of the titles) is set."""
    docs, tfs, idf, tokens, norm, title_end, starts, weight, most = fn_args
    a = (np.zeros(limit, dtype=np.int32), np.zeros(limit), np.zeros(limit))
    b = (np.zeros(limit2, dtype=np.int32), np.zeros(limit2), np.zeros(limit2))
    got, _, got2, _ = kernel.match_pair(docs, tfs, idf, tokens, norm, K1P, weight, cut, title_end, limit, *a,
                                        cut2, limit2, *b)
    old = [(a[0][:got].tolist(), a[1][:got].tolist(), a[2][:got].tolist()),
           (b[0][:got2].tolist(), b[1][:got2].tolist(), b[2][:got2].tolist())]
    a = (np.zeros(limit, dtype=np.int32), np.zeros(limit), np.zeros(limit))
    b = (np.zeros(limit2, dtype=np.int32), np.zeros(limit2), np.zeros(limit2))
    got, got2 = kernel.match_pair_top(docs, tfs, idf, tokens, norm, K1P, weight, cut, title_end, starts, limit, *a,
                                      cut2, limit2, *b, most,
                                      art_title_end=np.ascontiguousarray(title_end[starts]) if by_article else None,
                                      title_rows=_title_row_bits(starts, len(norm)) if by_article else None,
                                      **(blocks or {}))
    new = [(a[0][:got].tolist(), a[1][:got].tolist(), a[2][:got].tolist()),
           (b[0][:got2].tolist(), b[1][:got2].tolist(), b[2][:got2].tolist())]
    return old, new


@pytest.mark.parametrize("ties", [False, True])
def test_maxscore_floor_gives_the_exhaustive_lists(ties: bool):
    """Random corpora with common and rare terms, titles spreading to their articles, repeated
    and weightless tokens, negative idfs, loose bounds; ties: every row of one length and tf 1, so
    many rows score the same and the order among them (by row) decides who is in."""
    assert kernel.COMPILED
    for seed in range(60):
        n = 3000 if seed % 3 else 20000
        args = _corpus(1000 * ties + seed, n, ties)
        for cut, limit, cut2, limit2 in [(0.6, 150, 0.2, 40), (0.5, 400, 0.2, 40), (0.6, 5, 0.2, 3),
                                         (0.8, 150, 0.2, 0), (0.5, 0, 0.1, 40), (0.3, 1, 0.3, 1), (1.0, 50, 0.9, 10)]:
            old, new = _both(args, cut, limit, cut2, limit2, by_article=seed % 2 == 0)
            assert new == old, (seed, ties, cut, limit, cut2, limit2)


@pytest.mark.parametrize("ties", [False, True])
def test_block_bounds_in_the_floor_pass_give_the_exhaustive_lists(ties: bool):
    """With the saved block bounds (the skipped terms bounded per window by their blocks meeting
    it): the same lists, bit for bit, on the same corpora, and on long lists spread over many
    windows with a common word in every window."""
    assert kernel.COMPILED
    r = np.random.default_rng(7 + ties)
    for seed in range(60):
        n = 3000 if seed % 3 else 20000
        args = _corpus(1000 * ties + seed, n, ties)
        blocks = _blocks(args[0], args[1], args[4], r)
        for cut, limit, cut2, limit2 in [(0.6, 150, 0.2, 40), (0.5, 400, 0.2, 40), (0.6, 5, 0.2, 3),
                                         (0.8, 150, 0.2, 0), (0.5, 0, 0.1, 40), (0.3, 1, 0.3, 1), (1.0, 50, 0.9, 10)]:
            old, new = _both(args, cut, limit, cut2, limit2, by_article=seed % 2 == 0, blocks=blocks)
            assert new == old, (seed, ties, cut, limit, cut2, limit2)
    for seed in range(6):
        n = 60000
        docs, tfs, idf, tokens, norm, title_end, starts, weight, most = _corpus(77 + seed, n, ties)
        common = np.sort(r.choice(n, size=n // 3, replace=False)).astype(np.int32)
        docs, tfs = [*docs, common], [*tfs, r.integers(1, 4, len(common)).astype(np.uint16)]
        idf, weight = np.append(idf, 0.05), np.append(weight * 0.8, 0.2)
        most = np.append(most, K1P)
        tokens = np.append(tokens, len(docs) - 1).astype(np.int32)
        args = (docs, tfs, idf, tokens, norm, title_end, starts, weight, most)
        blocks = _blocks(docs, tfs, norm, r)
        for cut, limit, cut2, limit2 in [(0.6, 150, 0.2, 40), (0.5, 400, 0.2, 40), (0.3, 5, 0.1, 3)]:
            old, new = _both(args, cut, limit, cut2, limit2, by_article=True, blocks=blocks)
            assert new == old, (seed, ties, cut, limit, cut2, limit2)


def test_floor_pass_refuses_block_runs_that_do_not_fit():
    docs, tfs, idf, tokens, norm, title_end, starts, weight, most = _corpus(4, 3000, False)
    r = np.random.default_rng(0)
    a = (np.zeros(5, dtype=np.int32), np.zeros(5), np.zeros(5))
    b = (np.zeros(5, dtype=np.int32), np.zeros(5), np.zeros(5))
    args = (docs, tfs, idf, tokens, norm, K1P, weight, 0.6, title_end, starts, 5, *a, 0.2, 5, *b, most)
    blocks = _blocks(docs, tfs, norm, r)
    j = max(set(tokens.tolist()), key=lambda x: len(docs[x]))   # a term the question names (the others are not read)
    assert len(docs[j]) > 64
    short = dict(blocks, block_lists=[x[:-1] if i == j else x for i, x in enumerate(blocks["block_lists"])])
    with pytest.raises(ValueError):
        kernel.match_pair_top(*args, **short)
    with pytest.raises(ValueError):
        kernel.match_pair_top(*args, **dict(blocks, block_off=np.full(len(docs), 64, dtype=np.int64)))
    with pytest.raises(ValueError):
        kernel.match_pair_top(*args, **dict(blocks, block_lists=blocks["block_lists"][:-1]))


def test_maxscore_floor_finds_rows_only_a_title_brings_in():
    """A row whose own text holds only the common word, its article's title the rare one, has the
    share of both: it must be found though no rare-term posting is in the row itself."""
    n = 50
    common = np.arange(n, dtype=np.int32)                       # in every row
    rare = np.array([10], dtype=np.int32)                       # only in the title row 10
    docs, tfs = [common, rare], [np.ones(n, dtype=np.uint16), np.ones(1, dtype=np.uint16)]
    starts = np.array([0, 10, 20], dtype=np.int32)
    title_end = np.zeros(n, dtype=np.int32)
    title_end[10] = 20
    args = (docs, tfs, np.array([0.1, 3.0]), np.array([0, 1], dtype=np.int32), np.full(n, 1.0), title_end, starts,
            np.array([0.3, 0.7]), np.array([K1P, K1P]))
    for by_article in (False, True):
        old, new = _both(args, 0.6, 20, 0.2, 5, by_article)
        assert new == old
        assert sorted(new[0][0]) == list(range(10, 20))   # the title row and the nine rows of its article


def _index(seed: int) -> BM25Index:
    """Articles of 1-7 passages, most with a title row first; Zipf-like words, so some are common."""
    r = np.random.default_rng(seed)
    words = [f"w{i}" for i in range(30)]
    p = np.linspace(1, 30, 30) ** -1.2
    p /= p.sum()
    rows, pid = [], 1
    for a in range(300):
        titled = bool(r.random() < 0.6)
        for i in range(int(r.integers(1, 8))):
            rows.append((pid, list(r.choice(words, size=int(r.integers(2, 12)), p=p)), a, titled and i == 0))
            pid += 3
    return BM25Index.build(rows)


def test_floor_pair_is_matching_pair_on_an_index(tmp_path):
    """BM25Index.floor_pair (what the engine calls) against matching_pair on built indexes, and
    on the same indexes saved and loaded (with their block bounds, which the floor pass uses)."""
    for seed in range(12):
        idx = _index(seed // 2)
        if seed % 2:
            idx.save(tmp_path / f"ix{seed}")
            idx = BM25Index.load(tmp_path / f"ix{seed}")
            assert idx._main_blocks is not None
        r = np.random.default_rng(seed)
        for _ in range(30):
            terms = list(r.choice([f"w{i}" for i in range(30)] + ["absent"], size=int(r.integers(1, 7))))
            uniq = list(dict.fromkeys(terms))
            w = r.uniform(0.05, 1, len(uniq))
            weights = dict(zip(uniq, (w / w.sum()).tolist()))
            for floor, limit in ((0.5, 400), (0.6, 150), (0.6, 3)):
                (old, _), (old2, _) = idx.matching_pair(terms, weights, floor, limit, 0.2, 40)
                new, new2 = idx.floor_pair(terms, weights, floor, limit, 0.2, 40)
                assert (new, new2) == (old, old2), (seed, terms, floor, limit)


def test_the_numpy_twin_gives_the_same_lists():
    """A checkout without a compiler answers through the numpy twin: the same two lists."""
    for seed in range(8):
        docs, tfs, idf, tokens, norm, title_end, starts, weight, most = _corpus(500 + seed, 3000, seed % 2 == 1)
        got = []
        for fn in (kernel.match_pair_top, kernel._match_pair_top_numpy):
            a = (np.zeros(150, dtype=np.int32), np.zeros(150), np.zeros(150))
            b = (np.zeros(40, dtype=np.int32), np.zeros(40), np.zeros(40))
            n, n2 = fn(docs, tfs, idf, tokens, norm, K1P, weight, 0.6, title_end, starts, 150, *a, 0.2, 40, *b, most)
            got.append([x[:n].tolist() for x in a] + [x[:n2].tolist() for x in b])
        assert got[0] == got[1], seed


def test_floor_pass_refuses_article_arrays_of_the_wrong_size():
    docs, tfs, idf, tokens, norm, title_end, starts, weight, most = _corpus(3, 500, False)
    a = (np.zeros(5, dtype=np.int32), np.zeros(5), np.zeros(5))
    b = (np.zeros(5, dtype=np.int32), np.zeros(5), np.zeros(5))
    args = (docs, tfs, idf, tokens, norm, K1P, weight, 0.6, title_end, starts, 5, *a, 0.2, 5, *b, most)
    with pytest.raises(ValueError):
        kernel.match_pair_top(*args, art_title_end=np.zeros(len(starts) + 1, dtype=np.int32))
    with pytest.raises(ValueError):
        kernel.match_pair_top(*args, title_rows=np.zeros(len(norm) // 64 - 1, dtype=np.uint64))


def test_title_row_bits_mark_exactly_the_rows_given():
    rows = np.array([0, 5, 63, 64, 127, 130], dtype=np.int32)
    words = _title_row_bits(rows, 131)
    assert len(words) == 3
    got = [r for r in range(131) if (int(words[r >> 6]) >> (r & 63)) & 1]
    assert got == rows.tolist()
