"""The sparse index gives rank_bm25.BM25Okapi's scores, and survives a save/load round trip."""
from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from retrieval import kernel
from retrieval.index import BM25Index


def corpus(seed: int = 7, n: int = 400) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(300)]
    weights = [1 / (i + 1) for i in range(300)]  # Zipf-like: common words get negative idf
    return [rng.choices(vocab, weights, k=rng.randint(0, 30)) for _ in range(n)]


def test_scores_equal_rank_bm25():
    docs = corpus()
    ref = BM25Okapi(docs)
    ours = BM25Index.build(list(enumerate(docs)))
    rng = random.Random(1)
    queries = [rng.choices([f"w{i}" for i in range(320)], k=rng.randint(1, 6)) for _ in range(50)]
    queries += [["w0", "w0", "w1"], ["w999"], []]
    for q in queries:
        assert np.array_equal(ref.get_scores(q), ours.get_scores(q)), q   # bit for bit
    assert any(ref.idf[w] < 0 or ref.idf[w] == ref.average_idf * ref.epsilon for w in ref.idf)  # epsilon floor exercised


def test_top_orders_by_score_and_maps_passage_ids():
    docs = [["a", "b"], ["a"], ["c"], ["a", "a", "b"]]
    idx = BM25Index.build([(10, docs[0]), (20, docs[1]), (30, docs[2]), (40, docs[3])])
    top = idx.top(["a", "b"])
    assert {pid for pid, _ in top} == {10, 20, 40}
    assert [s for _, s in top] == sorted([s for _, s in top], reverse=True)
    assert idx.top(["zzz"]) == []


def test_save_and_memory_mapped_load(tmp_path):
    docs = corpus(3, 200)
    idx = BM25Index.build(list(enumerate(docs)), generation=5)
    idx.save(tmp_path / "ix")
    loaded = BM25Index.load(tmp_path / "ix")
    assert loaded is not None and loaded.generation == 5
    assert isinstance(loaded.segments[0].docs.base, np.memmap)  # a view of the map, not a copy
    for q in (["w1", "w2"], ["w5"], ["w0", "w250"]):
        assert np.array_equal(idx.get_scores(q), loaded.get_scores(q))


def test_partial_index_directory_is_rejected(tmp_path):
    idx = BM25Index.build([(1, ["a"]), (2, ["b"])])
    idx.save(tmp_path / "ix")
    (tmp_path / "ix" / "docs.npy").unlink()
    assert BM25Index.load(tmp_path / "ix") is None
    assert BM25Index.load(tmp_path / "missing") is None


def test_damaged_postings_mean_a_rebuild_not_a_crash(tmp_path):
    """The compiled kernel trusts rows to be in range and ascending per term; a damaged file
    (same shape, wrong values) must be refused at load, so the engine rebuilds from SQLite."""
    idx = BM25Index.build(list(enumerate(corpus(3, 200))))
    idx.save(tmp_path / "ix")
    assert BM25Index.load(tmp_path / "ix") is not None
    docs = np.load(tmp_path / "ix" / "docs.npy")
    for damage in ("out of range", "descending"):
        bad = docs.copy()
        if damage == "out of range":
            bad[len(bad) // 2] = idx.n_docs + 5
        else:
            s, e = int(idx.segments[0].indptr[0]), int(idx.segments[0].indptr[1])
            assert e - s > 1
            bad[s:e] = bad[s:e][::-1]
        np.save(tmp_path / "ix" / "docs.npy", bad)
        assert BM25Index.load(tmp_path / "ix") is None, damage


def test_a_rewritten_or_copied_index_is_checked_in_full_again(tmp_path):
    """Start-up trusts a stamp (sizes, times, end bytes) written when the index was published
    instead of reading every posting; any file not as stamped (rewritten, copied, restored) gets
    the full check: damage in the middle of a large file is still refused, a sound copy loads."""
    import os
    import shutil

    idx = BM25Index.build(list(enumerate(corpus(5, 6000))))
    idx.save(tmp_path / "ix")
    docs_file = tmp_path / "ix" / "docs.npy"
    assert docs_file.stat().st_size > 4 * (1 << 16), "the damage must lie beyond the stamped end bytes"
    shutil.copytree(tmp_path / "ix", tmp_path / "copy")          # new times: checked, then stamped again
    assert BM25Index.load(tmp_path / "copy") is not None
    assert BM25Index.load(tmp_path / "copy").top(["w1"], 3) == idx.top(["w1"], 3)
    docs = np.load(docs_file)
    bad = docs.copy()
    bad[len(bad) // 2] = idx.n_docs + 5
    np.save(docs_file, bad)
    st = docs_file.stat()
    os.utime(docs_file, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))   # a later write, as the clock moves
    assert BM25Index.load(tmp_path / "ix") is None


def brute_force_top(ref: BM25Okapi, docs: list[list[str]], q: list[str], k: int) -> list[tuple[int, float]]:
    """rank_bm25's scores of the passages holding a query word, best first, ties by position."""
    scores = ref.get_scores(q)
    rows = [r for r, d in enumerate(docs) if set(d) & set(q)]
    return sorted(((r, float(scores[r])) for r in rows), key=lambda x: (-x[1], x[0]))[:k]


def test_top_k_is_rank_bm25s_ranking_bit_for_bit():
    docs = corpus(11, 1500) + [["w1", "w2"]] * 30   # many exact ties across the k boundary
    idx = BM25Index.build(list(enumerate(docs)))
    ref = BM25Okapi(docs)
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(300)]
    for q in [rng.choices(vocab, k=rng.randint(1, 6)) for _ in range(60)] + [["w1", "w2"], ["w2", "w1", "w1"]]:
        for k in (1, 5, 10, 50):
            assert idx.top(q, k) == brute_force_top(ref, docs, q, k), (q, k)


def test_maxscore_top_k_is_the_exhaustive_top_k_bit_for_bit():
    """kernel.score_top skips postings that cannot reach the k best (MaxScore): the rows, their
    order and every score must be exactly score()'s, with frequent and rare terms, repeated
    tokens, many tied scores across the k boundary and lists spanning many windows."""
    n = 60_000
    for seed in range(25):
        r = np.random.default_rng(100 + seed)
        norm = r.uniform(0.4, 3.0, n) if seed % 3 else np.full(n, 1.5)   # equal norms: ties everywhere
        m = int(r.integers(1, 7))
        sizes = [int(n * r.choice([0.5, 0.2, 0.05, 0.002, 0.0002])) for _ in range(m)]
        docs = [np.sort(r.choice(n, size=sz, replace=False)).astype(np.int32) for sz in sizes]
        tfs = [(r.integers(1, 3, len(d)) if seed % 4 else np.ones(len(d))).astype(np.uint16) for d in docs]
        idf = r.uniform(0.05, 9.0, m)
        tokens = r.integers(0, m, int(r.integers(1, 8))).astype(np.int32)
        for k in (1, 10, 37, 400):
            for most in (np.full(m, 2.5), np.array([float(np.max(t * 2.5 / (t + norm[d]))) if len(d) else 0.0
                                                    for d, t in zip(docs, tfs)])):
                a_rows, a_scores = np.zeros(k, dtype=np.int32), np.zeros(k)
                b_rows, b_scores = np.zeros(k, dtype=np.int32), np.zeros(k)
                na = kernel.score(docs, tfs, idf, tokens, norm, 2.5, k, a_rows, a_scores)
                nb = kernel.score_top(docs, tfs, idf, tokens, norm, 2.5, k, b_rows, b_scores, most)
                assert na == nb and a_rows[:na].tolist() == b_rows[:nb].tolist(), (seed, k)
                assert a_scores[:na].view(np.int64).tolist() == b_scores[:nb].view(np.int64).tolist(), (seed, k)


def test_pruned_top_k_through_the_index_matches_rank_bm25(monkeypatch):
    """BM25Index.top takes the pruned path from PRUNE_FROM postings on: still rank_bm25's
    ranking and scores, bit for bit."""
    import retrieval.index as index_module

    monkeypatch.setattr(index_module, "PRUNE_FROM", 0)
    docs = corpus(13, 3000) + [["w1", "w2"]] * 30
    idx = BM25Index.build(list(enumerate(docs)))
    ref = BM25Okapi(docs)
    rng = random.Random(5)
    vocab = [f"w{i}" for i in range(300)]
    for q in [rng.choices(vocab, k=rng.randint(1, 6)) for _ in range(60)] + [["w1", "w2"], ["w2", "w1", "w1"]]:
        for k in (1, 10, 50):
            assert idx.top(q, k) == brute_force_top(ref, docs, q, k), (q, k)


def test_pruning_with_saved_bounds_after_additions_matches_rank_bm25(monkeypatch, tmp_path):
    """A saved index keeps each term's bound (most.npy) at its avgdl; passages added since change
    avgdl both ways (longer, then shorter ones) and add postings: top-k stays rank_bm25's."""
    import retrieval.index as index_module

    monkeypatch.setattr(index_module, "PRUNE_FROM", 0)
    docs = corpus(17, 2500)
    BM25Index.build(list(enumerate(docs))).save(tmp_path / "ix")
    idx = BM25Index.load(tmp_path / "ix")
    rng = random.Random(9)
    vocab = [f"w{i}" for i in range(300)]
    queries = [rng.choices(vocab, k=rng.randint(1, 6)) for _ in range(40)]
    ref = BM25Okapi(docs)
    for q in queries:
        assert idx.top(q, 10) == brute_force_top(ref, docs, q, 10), q
    for extra in ([rng.choices(vocab[:40], k=60) for _ in range(200)], [rng.choices(vocab, k=2) for _ in range(600)]):
        idx = idx.with_added([(len(docs) + i, d) for i, d in enumerate(extra)])
        docs = docs + extra
        ref = BM25Okapi(docs)
        for q in queries:
            for k in (1, 10):
                assert idx.top(q, k) == brute_force_top(ref, docs, q, k), (q, k)


def test_two_floors_in_one_pass_are_two_single_passes():
    """match_pair (the strong candidates and the closest few of one question, one pass over the
    postings) must give exactly what two match() calls give, on either side, or one side only."""
    n = 8000
    norm = np.random.default_rng(4).uniform(0.5, 3.0, n)
    for seed in range(15):
        r = np.random.default_rng(200 + seed)
        m = int(r.integers(1, 6))
        docs = [np.sort(r.choice(n, size=int(r.integers(0, 2500)), replace=False)).astype(np.int32) for _ in range(m)]
        tfs = [r.integers(1, 4, len(d)).astype(np.uint16) for d in docs]
        idf = r.uniform(-0.2, 3.0, m)
        tokens = r.integers(0, m, int(r.integers(1, 8))).astype(np.int32)
        starts = np.unique(np.concatenate([[0], r.integers(1, n, 400)]))
        ends = np.append(starts[1:], n)
        title_end = np.zeros(n, dtype=np.int32)
        titled = r.random(len(starts)) < 0.7
        title_end[starts[titled]] = ends[titled]
        weight = r.uniform(0, 1, m) * (r.random(m) < 0.9)
        for (cut, limit), (cut2, limit2) in [((0.6, 400), (0.2, 40)), ((0.8, 150), (0.2, 0)), ((0.5, 0), (0.1, 40))]:
            single = []
            for c, lim in ((cut, limit), (cut2, limit2)):
                if lim == 0:
                    single.append((0, 0, [], [], []))
                    continue
                rows, scores, share = np.zeros(lim, dtype=np.int32), np.zeros(lim), np.zeros(lim)
                got, total = kernel.match(docs, tfs, idf, tokens, norm, 2.5, weight, c, title_end, lim, rows, scores, share)
                single.append((got, total, rows[:got].tolist(), scores[:got].tolist(), share[:got].tolist()))
            for fn in (kernel.match_pair, kernel.match_pair_numpy):
                a = (np.zeros(limit, dtype=np.int32), np.zeros(limit), np.zeros(limit))
                b = (np.zeros(limit2, dtype=np.int32), np.zeros(limit2), np.zeros(limit2))
                got, total, got2, total2 = fn(docs, tfs, idf, tokens, norm, 2.5, weight, cut, title_end, limit, *a,
                                              cut2, limit2, *b)
                pair = [(got, total, a[0][:got].tolist(), a[1][:got].tolist(), a[2][:got].tolist()),
                        (got2, total2, b[0][:got2].tolist(), b[1][:got2].tolist(), b[2][:got2].tolist())]
                assert pair == single, (seed, cut, limit, cut2, limit2, fn)


def test_the_compiled_kernel_is_built_and_agrees_with_numpy():
    """`make install` compiles retrieval/_kernel.pyx (a silent fall-back to numpy would be several
    times slower); both must give the same rows, bit-identical scores and the same order."""
    assert kernel.COMPILED
    n = 5000
    norm = np.random.default_rng(3).uniform(0.5, 3.0, n)
    for seed in range(20):
        r = np.random.default_rng(seed)
        m = int(r.integers(1, 6))
        docs = [np.sort(r.choice(n, size=int(r.integers(0, 1500)), replace=False)).astype(np.int32) for _ in range(m)]
        tfs = [r.integers(1, 4, len(d)).astype(np.uint16) for d in docs]
        idf = r.uniform(-0.2, 3.0, m)
        tokens = r.integers(0, m, int(r.integers(1, 8))).astype(np.int32)
        for k in (0, 1, 10, 200):
            size = k or sum(len(d) for d in docs)
            results = []
            for fn in (kernel.score, kernel.score_numpy):
                rows, scores = np.zeros(size, dtype=np.int32), np.zeros(size)
                got = fn(docs, tfs, idf, tokens, norm, 2.5, k, rows, scores)
                results.append((rows[:got].tolist(), scores[:got].tolist()))
            assert results[0] == results[1], (seed, k)
        # the relevance floor: articles of 1-40 rows, most opening with a title row
        starts = np.unique(np.concatenate([[0], r.integers(1, n, 300)]))
        ends = np.append(starts[1:], n)
        title_end = np.zeros(n, dtype=np.int32)
        titled = r.random(len(starts)) < 0.7
        title_end[starts[titled]] = ends[titled]
        weight = r.uniform(0, 1, m) * (r.random(m) < 0.9)
        for cut in (0.0, 0.3, 0.8):
            results = []
            for fn in (kernel.match, kernel.match_numpy):
                rows, scores, share = np.zeros(50, dtype=np.int32), np.zeros(50), np.zeros(50)
                got, total = fn(docs, tfs, idf, tokens, norm, 2.5, weight, cut, title_end, 50, rows, scores, share)
                results.append((total, rows[:got].tolist(), scores[:got].tolist(), share[:got].tolist()))
            assert results[0] == results[1], (seed, cut)
    with pytest.raises(ValueError):   # an output too small is refused, never overrun
        kernel.score([np.arange(5, dtype=np.int32)], [np.ones(5, dtype=np.uint16)], np.ones(1),
                     np.zeros(1, dtype=np.int32), norm, 2.5, 0, np.zeros(3, dtype=np.int32), np.zeros(3))


def test_added_segments_score_like_a_fresh_build():
    """Passages added to a saved index get rank_bm25's scores over the whole collection (global N,
    df, avgdl), new terms included, exactly as if everything had been indexed at once."""
    docs = corpus(13, 600) + [["brandnew", "w1"], ["brandnew"]]
    base = BM25Index.build(list(enumerate(docs[:500])))
    idx = base
    for start in range(500, len(docs), 7):  # many small additions, forcing segment merges
        idx = idx.with_added([(i, docs[i]) for i in range(start, min(start + 7, len(docs)))])
    assert len(idx.segments) <= 10
    ref = BM25Okapi(docs)
    for q in (["w1", "w2"], ["brandnew"], ["w0", "w0", "w250", "brandnew"], ["w299"]):
        assert np.array_equal(ref.get_scores(q), idx.get_scores(q)), q
        assert idx.top(q, 10) == idx.merged().top(q, 10)
    assert base.n_docs == 500 and base.idf_of("brandnew") is None  # the old snapshot is unchanged


def test_relevance_floor_considers_every_passage_and_the_article_title():
    """matching() must return exactly the passages whose weighted share of the question (words in
    the passage or in its article's title) reaches the floor — checked by brute force over all
    passages — ranked by rank_bm25's score, with the total count even when only a few are kept."""
    rng = random.Random(21)
    vocab = [f"w{i}" for i in range(120)]
    rows, art = [], 0
    pid = 100
    while len(rows) < 900:
        has_title = rng.random() < 0.7
        n = rng.randint(1, 6)
        for i in range(n):
            rows.append((pid, rng.choices(vocab, [1 / (j + 1) for j in range(120)], k=rng.randint(1, 12)),
                         f"a{art}", has_title and i == 0))
            pid += 1
        art += 1
    idx = BM25Index.build(rows[:700]).with_added(rows[700:])
    ref = BM25Okapi([r[1] for r in rows])
    for _ in range(60):
        q = rng.sample(vocab, rng.randint(1, 4))
        weights = {t: rng.uniform(0.1, 1.0) for t in q}
        total = sum(weights.values())
        weights = {t: w / total for t, w in weights.items()}
        floor = rng.choice([0.3, 0.5, 0.6])
        expected = []
        for row, (p, terms, a, _) in enumerate(rows):
            title = next((r[1] for r in rows if r[2] == a and r[3]), [])
            present = set(terms) | set(title)
            share = sum(w for t, w in weights.items() if t in present)
            if share >= floor:
                expected.append((p, ref.get_scores(q)[row], share))
        hits, total_found = idx.matching(q, weights, floor, limit=5)
        assert total_found == len(expected), q
        best = sorted(expected, key=lambda x: (-x[1], x[0]))[:5]
        assert [h[0] for h in hits] == [b[0] for b in best]
        assert all(abs(h[1] - b[1]) <= 1e-9 and abs(h[2] - b[2]) <= 1e-9 for h, b in zip(hits, best))


def test_without_the_compiled_kernel_the_index_answers_alike(monkeypatch):
    """An install without a C compiler runs the numpy twin: same rankings, same floor."""
    monkeypatch.setattr(kernel, "score", kernel.score_numpy)
    monkeypatch.setattr(kernel, "match", kernel.match_numpy)
    test_scores_equal_rank_bm25()
    test_top_k_is_rank_bm25s_ranking_bit_for_bit()
    test_relevance_floor_considers_every_passage_and_the_article_title()
