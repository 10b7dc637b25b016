"""Bounded memory while answering (sixteenth session): dropping the resident pages of the saved
index's maps (BM25Index.release_mapped_pages, Engine.trim_mapped) changes no answer, leaves the
index answering, does nothing to an index held in memory, and `ask` does it once the mapped
pages pass the engine's budget. Behaviour only: no timings."""
from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pytest

from retrieval.answer import render_text
from retrieval.engine import MAPPED_BUDGET, Engine, mapped_resident
from retrieval.index import BM25Index, _read_only_map

MAP_HEADER = re.compile(r"^[0-9a-f]+-[0-9a-f]+ ")
QUESTIONS = [
    "berapa tentara Korut?",
    "siapa yang bilang 12.000 tentara?",
    "apa kata Putin soal tentara Korut?",
    "siapa Menteri Luar Negeri AS?",
    "berapa harga cabai rawit di Jakarta hari ini?",
]


async def _answers(engine: Engine) -> list[str]:
    return [render_text(await engine.ask(q, count=False)) for q in QUESTIONS]


def _mapping_rss_kib(path: Path) -> int | None:
    """This process's resident KiB of the maps of `path` (/proc/self/smaps), None without /proc."""
    try:
        text = Path("/proc/self/smaps").read_text()
    except OSError:
        return None
    want, total, inside = os.path.realpath(path), 0, False
    for line in text.splitlines():
        head = line.split()
        if MAP_HEADER.match(line):
            inside = len(head) >= 6 and os.path.realpath(head[5]) == want
        elif inside and head and head[0] == "Rss:":
            total += int(head[1])
    return total


async def test_answers_after_a_trim_are_the_answers_before(seeded_db):
    engine = await Engine.open(seeded_db, mapped_budget=None)
    try:
        index = engine.index
        assert _read_only_map(index.segments[0].docs) is not None   # the saved index, mapped
        before = await _answers(engine)
        tops = [index.top(engine.pipeline.parse_query(q).terms, 10) for q in QUESTIONS]
        assert engine.trim_mapped() > 0
        assert engine.index is index                                 # the same snapshot, still answering
        assert await _answers(engine) == before
        # trimmed again between each answer: the same again
        for q, want in zip(QUESTIONS, before):
            engine.trim_mapped()
            assert render_text(await engine.ask(q, count=False)) == want
        assert [index.top(engine.pipeline.parse_query(q).terms, 10) for q in QUESTIONS] == tops
        assert engine.mapped_trims == 1 + len(QUESTIONS)
    finally:
        await engine.close()


async def test_release_drops_the_resident_pages_of_the_postings(seeded_db):
    engine = await Engine.open(seeded_db, mapped_budget=None)
    try:
        docs_file = engine.index_dir / "docs.npy"
        docs = engine.index.segments[0].docs
        total = int(docs.sum())                          # every page of the postings' rows read
        resident = _mapping_rss_kib(docs_file)
        if resident is None:
            pytest.skip("no /proc/self/smaps here")
        assert resident > 0
        assert engine.index.release_mapped_pages() > 0
        assert _mapping_rss_kib(docs_file) == 0
        assert int(docs.sum()) == total                  # read again from the file, unchanged
        assert _mapping_rss_kib(docs_file) > 0
    finally:
        await engine.close()


def test_release_is_a_no_op_on_an_index_in_memory():
    rows = [(i + 1, ["gempa", "rumah", f"kata{i % 13}"] + (["banjir"] * (i % 3))) for i in range(2_000)]
    index = BM25Index.build(rows)
    want = index.top(["banjir", "kata4"], 10)
    scores = index.get_scores(["gempa", "banjir"]).copy()
    assert index.release_mapped_pages() == 0
    assert index.top(["banjir", "kata4"], 10) == want
    assert np.array_equal(index.get_scores(["gempa", "banjir"]), scores)
    # and an added segment on an in-memory index: nothing mapped either
    grown = index.with_added([(5_000, ["banjir", "bandang"])])
    assert grown.release_mapped_pages() == 0
    assert grown.top(["bandang"], 1)[0][0] == 5_000


def test_only_read_only_maps_are_released(tmp_path):
    rows = [(i + 1, ["gempa", f"kata{i % 7}"]) for i in range(500)]
    BM25Index.build(rows).save(tmp_path / "ix")
    assert _read_only_map(np.load(tmp_path / "ix" / "docs.npy", mmap_mode="r").view(np.ndarray)) is not None
    # a copy-on-write map may hold what was written to it: never dropped
    assert _read_only_map(np.load(tmp_path / "ix" / "docs.npy", mmap_mode="c").view(np.ndarray)) is None
    assert _read_only_map(np.load(tmp_path / "ix" / "docs.npy")) is None
    # a saved index with an added segment: the main segment's maps are released, both still answer
    loaded = BM25Index.load(tmp_path / "ix")
    grown = loaded.with_added([(10_000, ["gempa", "susulan"])])
    want = grown.top(["gempa", "susulan"], 5)
    assert grown.release_mapped_pages() > 0
    assert grown.top(["gempa", "susulan"], 5) == want
    assert want[0][0] == 10_000


async def test_ask_trims_once_the_mapped_pages_pass_the_budget(seeded_db):
    assert MAPPED_BUDGET > 0
    if mapped_resident() is None:
        pytest.skip("no /proc/self/statm here")
    plain = await Engine.open(seeded_db, mapped_budget=None)
    try:
        want = await _answers(plain)
        assert plain.mapped_trims == 0                   # no budget: never trimmed
    finally:
        await plain.close()
    tiny = await Engine.open(seeded_db, mapped_budget=1)  # any mapped page passes it
    try:
        got = []
        for q in QUESTIONS:
            got.append(render_text(await tiny.ask(q, count=False)))
            await tiny.wait_for_trim()                   # the trim runs on a thread (seventeenth session)
        assert got == want
        assert tiny.mapped_trims == len(QUESTIONS)       # once after each answer
    finally:
        await tiny.close()
    roomy = await Engine.open(seeded_db, mapped_budget=1 << 50)
    try:
        assert await _answers(roomy) == want
        assert roomy.mapped_trims == 0
    finally:
        await roomy.close()
    default = await Engine.open(seeded_db)
    try:
        assert default.mapped_budget == MAPPED_BUDGET
    finally:
        await default.close()
