"""Top-k with block-max bounds (kernel.score_top_blocks, blockmax.npy) is the exhaustive top-k,
bit for bit: the same rows, the same order (ties by row) and the same float scores; an index
without the block bounds still answers, through the term-level path."""
from __future__ import annotations

import json
import random
import shutil

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

import retrieval.index as index_module
from retrieval import kernel
from retrieval.index import BLOCK_SHIFT, BM25Index, DiskBuild, _block_most

K1P = 2.5


def _layout(rng: np.random.Generator, docs: list[np.ndarray], tfs: list[np.ndarray], norm: np.ndarray, shift: int,
            loose: set[int]) -> tuple[np.ndarray, list[np.ndarray], np.ndarray]:
    """The terms' postings laid end to end after a random lead, as the index stores them, and
    each term's run of block bounds and offset, as BM25Index._block_bounds passes them (a term
    in `loose` gets the bound k1 + 1 in every block, as one with postings added since the save)."""
    lead = int(rng.integers(0, 300))
    all_docs = np.concatenate([np.zeros(lead, np.int32)] + docs)
    all_tfs = np.concatenate([np.ones(lead, np.uint16)] + tfs)
    size = 1 << shift
    saved = index_module.BLOCK_SHIFT
    index_module.BLOCK_SHIFT = shift
    try:
        blocks = _block_most(all_docs, all_tfs, norm, K1P, chunk=size * 64)
    finally:
        index_module.BLOCK_SHIFT = saved
    runs, offs = [], np.zeros(len(docs), dtype=np.int64)
    start = lead
    for j, d in enumerate(docs):
        s, e = start, start + len(d)
        start = e
        if j in loose:
            runs.append(np.full((len(d) + size - 1) >> shift, K1P, dtype=np.float32))
        elif e > s:
            runs.append(blocks[s >> shift : ((e - 1) >> shift) + 1])
            offs[j] = s & (size - 1)
        else:
            runs.append(np.zeros(0, dtype=np.float32))
    return blocks, runs, offs


def _exact_most(docs: list[np.ndarray], tfs: list[np.ndarray], norm: np.ndarray) -> np.ndarray:
    return np.array([float(np.max(t * K1P / (t + norm[d]))) if len(d) else 0.0 for d, t in zip(docs, tfs)])


@pytest.mark.parametrize("seed", range(30))
def test_block_max_top_k_is_the_exhaustive_top_k_bit_for_bit(seed):
    """Frequent and rare terms (up to 90% of rows), repeated tokens, equal lengths and tfs (ties
    everywhere, across the k boundary), blocks of 4-128 postings, bounds scaled up as after an
    avgdl change, loose runs, and a floor equal to the k-th score itself."""
    r = np.random.default_rng(1000 + seed)
    n = int(r.choice([5_000, 30_000, 70_000]))
    norm = r.uniform(0.4, 3.0, n) if seed % 3 else np.full(n, 1.5)
    m = int(r.integers(1, 8))
    sizes = [int(n * r.choice([0.9, 0.5, 0.2, 0.05, 0.002, 0.0002, 0.0])) for _ in range(m)]
    docs = [np.sort(r.choice(n, size=sz, replace=False)).astype(np.int32) for sz in sizes]
    tfs = [(r.integers(1, 4, len(d)) if seed % 4 else np.ones(len(d))).astype(np.uint16) for d in docs]
    idf = r.uniform(0.05, 9.0, m) if seed % 5 else np.full(m, 1.7)   # equal idfs: more ties
    tokens = r.integers(0, m, int(r.integers(1, 9))).astype(np.int32)
    shift = int(r.choice([2, 4, 6, 7]))
    loose = {j for j in range(m) if r.random() < 0.15}
    _, runs, offs = _layout(r, docs, tfs, norm, shift, loose)
    scale = np.where(r.random(m) < 0.3, 1.0 + r.random(m), 1.0)
    most = np.minimum(_exact_most(docs, tfs, norm) * scale, K1P)
    for k in (1, 3, 10, 37, 400):
        a_rows, a_scores = np.zeros(k, dtype=np.int32), np.zeros(k)
        na = kernel.score(docs, tfs, idf, tokens, norm, K1P, k, a_rows, a_scores)
        for floor in (-1.0, float(a_scores[na - 1]) if na == k else -1.0):
            b_rows, b_scores = np.zeros(k, dtype=np.int32), np.zeros(k)
            stats = np.zeros(8, dtype=np.int64)
            nb = kernel.score_top_blocks(docs, tfs, idf, tokens, norm, K1P, k, b_rows, b_scores, most, runs, offs,
                                         scale, shift, stats, floor)
            assert na == nb and a_rows[:na].tolist() == b_rows[:nb].tolist(), (seed, k, floor)
            assert a_scores[:na].view(np.int64).tolist() == b_scores[:nb].view(np.int64).tolist(), (seed, k, floor)


def test_block_bounds_prune_a_question_of_frequent_terms():
    """The case the block bounds are for: every term frequent, so no term alone falls below the
    k-th score; most rows are still cut by their bounds without being scored."""
    r = np.random.default_rng(3)
    n = 200_000
    norm = r.uniform(0.4, 3.0, n)
    docs = [np.sort(r.choice(n, size=int(n * f), replace=False)).astype(np.int32) for f in (0.3, 0.2, 0.15)]
    tfs = [r.integers(1, 3, len(d)).astype(np.uint16) for d in docs]
    idf = np.array([1.1, 1.5, 1.8])
    tokens = np.arange(3, dtype=np.int32)
    _, runs, offs = _layout(r, docs, tfs, norm, BLOCK_SHIFT, set())
    stats = np.zeros(8, dtype=np.int64)
    rows, scores = np.zeros(10, dtype=np.int32), np.zeros(10)
    n_best = kernel.score_top_blocks(docs, tfs, idf, tokens, norm, K1P, 10, rows, scores, _exact_most(docs, tfs, norm),
                                     runs, offs, np.ones(3), BLOCK_SHIFT, stats)
    a_rows, a_scores = np.zeros(10, dtype=np.int32), np.zeros(10)
    kernel.score(docs, tfs, idf, tokens, norm, K1P, 10, a_rows, a_scores)
    assert n_best == 10 and rows.tolist() == a_rows.tolist() and scores.tolist() == a_scores.tolist()
    rows_met, cut, exact = stats[3], stats[4], stats[5]
    assert cut > 0.9 * rows_met and exact < 0.05 * sum(len(d) for d in docs)


def test_bad_block_arguments_are_refused():
    docs, tfs = [np.arange(0, 100, 2, dtype=np.int32)], [np.ones(50, dtype=np.uint16)]
    norm, out_r, out_s = np.ones(100), np.zeros(5, dtype=np.int32), np.zeros(5)
    args = (docs, tfs, np.ones(1), np.zeros(1, dtype=np.int32), norm, K1P, 5, out_r, out_s, np.full(1, K1P))
    with pytest.raises(ValueError):   # one block short of the postings
        kernel.score_top_blocks(*args, [np.full(1, K1P, dtype=np.float32)], np.zeros(1, dtype=np.int64), np.ones(1), 5)
    with pytest.raises(ValueError):   # an offset outside its block
        kernel.score_top_blocks(*args, [np.full(9, K1P, dtype=np.float32)], np.full(1, 64, dtype=np.int64), np.ones(1), 5)


# ---------------------------------------------------------------- through the saved index
def corpus(seed: int, n: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(300)]
    weights = [1 / (i + 1) for i in range(300)]
    return [rng.choices(vocab, weights, k=rng.randint(0, 30)) for _ in range(n)]


def brute_force_top(docs: list[list[str]], q: list[str], k: int) -> list[tuple[int, float]]:
    scores = BM25Okapi(docs).get_scores(q)
    rows = [r for r, d in enumerate(docs) if set(d) & set(q)]
    return sorted(((r, float(scores[r])) for r in rows), key=lambda x: (-x[1], x[0]))[:k]


def _queries(seed: int, n: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(40)]   # frequent words: positive idfs come from the rarer ones
    return [rng.choices(vocab + [f"w{i}" for i in range(40, 300)], k=rng.randint(1, 6)) for _ in range(n)]


def test_saved_index_prunes_with_block_bounds_and_matches_rank_bm25(monkeypatch, tmp_path):
    """A saved index maps blockmax.npy and BM25Index.top uses it: rank_bm25's ranking and scores,
    also after additions move avgdl both ways and add postings to saved terms."""
    monkeypatch.setattr(index_module, "PRUNE_FROM", 0)
    monkeypatch.setattr(index_module, "PRUNE_BLOCKS_FROM", 0)
    docs = corpus(21, 3000) + [["w1", "w2"]] * 40   # tied scores across the k boundary
    BM25Index.build(list(enumerate(docs))).save(tmp_path / "ix")
    idx = BM25Index.load(tmp_path / "ix")
    assert idx._main_blocks is not None
    called = []
    real = kernel.score_top_blocks
    monkeypatch.setattr(kernel, "score_top_blocks", lambda *a: called.append(1) or real(*a))
    queries = _queries(4, 40) + [["w1", "w2"], ["w2", "w1", "w1"]]
    for q in queries:
        for k in (1, 10, 50):
            assert idx.top(q, k) == brute_force_top(docs, q, k), (q, k)
    assert called, "the block-max path was not taken"
    rng = random.Random(8)
    vocab = [f"w{i}" for i in range(300)]
    for extra in ([rng.choices(vocab[:40], k=60) for _ in range(200)], [rng.choices(vocab, k=2) for _ in range(600)]):
        idx = idx.with_added([(len(docs) + i, d) for i, d in enumerate(extra)])
        docs = docs + extra
        for q in queries[:25]:
            for k in (1, 10):
                assert idx.top(q, k) == brute_force_top(docs, q, k), (q, k)


def test_index_without_block_bounds_still_answers(monkeypatch, tmp_path):
    """An index saved before the block bounds (no blockmax.npy), or with a file of the wrong
    shape, loads and answers the same through the term-level path."""
    monkeypatch.setattr(index_module, "PRUNE_FROM", 0)
    monkeypatch.setattr(index_module, "PRUNE_BLOCKS_FROM", 0)
    docs = corpus(22, 2000)
    BM25Index.build(list(enumerate(docs))).save(tmp_path / "ix")
    with_blocks = BM25Index.load(tmp_path / "ix")
    queries = _queries(5, 30)
    expected = [with_blocks.top(q, 10) for q in queries]
    (tmp_path / "ix" / "blockmax.npy").unlink()
    old = BM25Index.load(tmp_path / "ix")
    assert old is not None and old._main_blocks is None and old._main_most is not None
    assert [old.top(q, 10) for q in queries] == expected
    assert expected == [brute_force_top(docs, q, 10) for q in queries]
    np.save(tmp_path / "ix" / "blockmax.npy", np.ones(3, dtype=np.float32))   # not this index's
    wrong = BM25Index.load(tmp_path / "ix")
    assert wrong is not None and wrong._main_blocks is None
    assert [wrong.top(q, 10) for q in queries] == expected


def test_block_bounds_are_written_by_both_builds_and_stamped(tmp_path):
    """DiskBuild (what the engine and `sumber reindex` use) and save write the same blockmax.npy;
    the stamp vouches for it, so a rewritten file means the full check again."""
    rng = random.Random(2)
    rows = [(i + 5, rng.choices([f"w{j}" for j in range(200)], k=rng.randint(0, 25))) for i in range(1500)]
    build = DiskBuild(tmp_path / "disk")
    for i in range(0, len(rows), 113):
        build.add(rows[i : i + 113])
    disk = build.finish()
    BM25Index.build(rows).save(tmp_path / "mem")
    a, b = np.load(tmp_path / "disk" / "blockmax.npy"), np.load(tmp_path / "mem" / "blockmax.npy")
    assert a.dtype == np.float32 and np.array_equal(a, b)
    assert len(a) == (len(np.load(tmp_path / "disk" / "docs.npy")) + (1 << BLOCK_SHIFT) - 1) >> BLOCK_SHIFT
    assert disk._main_blocks is not None
    stamp = json.loads((tmp_path / "disk" / "checked.json").read_text())
    assert "blockmax.npy" in stamp["files"]
    # every bound holds: no posting's tf * (k1 + 1) / (tf + norm) exceeds its block's
    docs, tfs = np.load(tmp_path / "disk" / "docs.npy"), np.load(tmp_path / "disk" / "tfs.npy")
    vals = tfs * 2.5 / (tfs + disk._norm[docs])
    assert np.all(vals <= a[np.arange(len(docs)) >> BLOCK_SHIFT])
    shutil.copy(tmp_path / "mem" / "blockmax.npy", tmp_path / "disk" / "blockmax.npy")   # a new time
    assert not index_module._stamp_holds(tmp_path / "disk")
    assert BM25Index.load(tmp_path / "disk") is not None
    assert index_module._stamp_holds(tmp_path / "disk")


def test_numpy_twin_gives_the_same_top_k():
    """Without the compiled kernel, score_top_blocks is the exhaustive numpy pass: same result."""
    r = np.random.default_rng(9)
    n = 3000
    norm = r.uniform(0.5, 2.5, n)
    docs = [np.sort(r.choice(n, size=s, replace=False)).astype(np.int32) for s in (1500, 300, 20)]
    tfs = [r.integers(1, 4, len(d)).astype(np.uint16) for d in docs]
    idf, tokens = np.array([0.8, 2.0, 5.0]), np.array([0, 1, 2, 1], dtype=np.int32)
    _, runs, offs = _layout(r, docs, tfs, norm, BLOCK_SHIFT, set())
    out = []
    for fn in (kernel.score_top_blocks, kernel._score_top_blocks_numpy):
        rows, scores = np.zeros(10, dtype=np.int32), np.zeros(10)
        n_best = fn(docs, tfs, idf, tokens, norm, K1P, 10, rows, scores, _exact_most(docs, tfs, norm), runs, offs,
                    np.ones(3), BLOCK_SHIFT)
        out.append((rows[:n_best].tolist(), scores[:n_best].view(np.int64).tolist()))
    assert out[0] == out[1]


def test_bounds_added_to_an_index_saved_without_them(tmp_path):
    """tools/index_bounds.py writes, in place, the files a build would have written (the same
    bytes), and renews the stamp: the next load trusts it and prunes with the block bounds."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("index_bounds", Path(__file__).parent.parent / "tools" / "index_bounds.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    BM25Index.build(list(enumerate(corpus(23, 1500)))).save(tmp_path / "ix")
    built = {name: np.load(tmp_path / "ix" / name) for name in ("most.npy", "blockmax.npy")}
    for name in built:
        (tmp_path / "ix" / name).unlink()
    assert BM25Index.load(tmp_path / "ix")._main_blocks is None
    tool.add_bounds(tmp_path / "ix")
    for name, arr in built.items():
        again = np.load(tmp_path / "ix" / name)
        assert again.dtype == arr.dtype and np.array_equal(again, arr), name
    assert index_module._stamp_holds(tmp_path / "ix")
    assert BM25Index.load(tmp_path / "ix")._main_blocks is not None
