"""The full index build reading stored terms unsplit (Store.iter_term_strings, DiskBuild.add_stored):
the same files as the rows split one by one (Store.iter_terms, DiskBuild.add)."""
from __future__ import annotations

import asyncio

import numpy as np
import pytest

from retrieval.index import DiskBuild
from retrieval.store import NewArticle, Store


def _stored_rows(seed: int, articles: int) -> list[tuple]:
    """Rows as SQLite holds them: (id, terms, article id, kind); terms None, empty, with doubled,
    leading or trailing spaces too (split(" ") gives empty terms then, as the stored text says)."""
    rng = np.random.default_rng(seed)
    vocab = [f"w{i}" for i in range(200)] + ["", "ä", "x_y"]
    odd = [None, "", " ", "a  b", " a", "a ", "  "]
    rows, pid = [], 3
    for art in range(articles):
        for pos in range(int(rng.integers(1, 6))):
            pid += int(rng.integers(1, 3))
            if rng.random() < 0.1:
                terms = odd[int(rng.integers(0, len(odd)))]
            else:
                terms = " ".join(vocab[int(z) % len(vocab)] for z in rng.zipf(1.3, size=int(rng.integers(1, 25))))
            kind = "title" if pos == 0 and rng.random() < 0.8 else "body"
            rows.append((pid, terms, f"a{art % max(1, articles - 3)}" if art % 7 else f"a{art}", kind))
    return rows


def _split(rows: list[tuple]) -> list[tuple]:
    """Store.iter_terms' conversion of a stored row."""
    return [(r[0], r[1].split(" ") if r[1] else [], r[2], r[3] == "title") for r in rows]


def _files(directory) -> dict[str, bytes]:  # noqa: ANN001
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.name != "checked.json"}


@pytest.mark.parametrize("seed,batch,pass_postings", [(1, 1, 50), (2, 7, None), (3, 250, 777), (4, 5000, None)])
def test_add_stored_writes_the_files_add_writes(tmp_path, seed, batch, pass_postings):
    rows = _stored_rows(seed, 300)
    one = DiskBuild(tmp_path / "split", generation=3, pass_postings=pass_postings)
    two = DiskBuild(tmp_path / "unsplit", generation=3, pass_postings=pass_postings)
    for i in range(0, len(rows), batch):
        one.add(_split(rows[i : i + batch]))
        two.add_stored(rows[i : i + batch])
    a, b = one.finish(), two.finish()
    assert _files(tmp_path / "split") == _files(tmp_path / "unsplit")
    assert a.vocab == b.vocab and list(a.vocab) == list(b.vocab)   # ids in first-appearance order
    assert np.array_equal(a.art_start, b.art_start) and np.array_equal(a.art_title, b.art_title)


def test_add_stored_mixed_with_add_and_empty_batches(tmp_path):
    """A batch whose passages hold no terms at all, and batches of both kinds in one build."""
    rows = _stored_rows(5, 120)
    empty = [(10_000 + i, t, "z", "body") for i, t in enumerate([None, "", None])]
    one = DiskBuild(tmp_path / "split")
    two = DiskBuild(tmp_path / "mixed")
    one.add(_split(rows[:100]))
    one.add(_split(empty))
    one.add(_split(rows[100:]))
    two.add_stored(rows[:100])
    two.add_stored(empty)
    two.add(_split(rows[100:]))
    one.finish(), two.finish()
    assert _files(tmp_path / "split") == _files(tmp_path / "mixed")


def test_iter_term_strings_is_iter_terms_unsplit(tmp_path):
    async def run() -> None:
        store = Store(tmp_path / "s.db")
        await store.open()
        arts = [NewArticle(id=f"a{i}", content_hash=f"h{i}", outlet="o", outlet_domain="o.id", title=f"t{i}",
                           author=None, published=None, url=None, source="test", body="b",
                           passages=[(0, "title", f"T{i}", f"t{i} w"), (1, "body", "x", ""),
                                     (2, "body", "y", f"w{i} w{i}  z")],
                           claims=[])
                for i in range(25)]
        await store.insert_articles(arts)
        split = [row async for b in store.iter_terms(batch=7) for row in b]
        unsplit = [tuple(r) async for b in store.iter_term_strings(batch=7) for r in b]
        await store.close()
        assert len(split) == 75
        assert split == _split(unsplit)

    asyncio.run(run())
