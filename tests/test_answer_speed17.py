"""The mapped-page trim off the answer's path (seventeenth session): `ask` starts it on a thread
and returns without waiting for it, starts none while one runs, `close` waits for it; pages
dropped by a thread while another reads the index change no answer and no score; the drop goes
through libc's madvise (ctypes: no GIL held) where there is one. Behaviour only: no timings."""
from __future__ import annotations

import sys
import threading

import numpy as np
import pytest

from retrieval import index as index_module
from retrieval.answer import render_text
from retrieval.engine import Engine, mapped_resident
from retrieval.index import BM25Index, _dont_need, _read_only_map

QUESTIONS = [
    "berapa tentara Korut?",
    "siapa yang bilang 12.000 tentara?",
    "apa kata Putin soal tentara Korut?",
]


async def test_ask_returns_while_its_trim_runs_and_starts_one_at_a_time(seeded_db):
    if mapped_resident() is None:
        pytest.skip("no /proc/self/statm here")
    plain = await Engine.open(seeded_db, mapped_budget=None)
    try:
        want = [render_text(await plain.ask(q, count=False)) for q in QUESTIONS]
    finally:
        await plain.close()
    engine = await Engine.open(seeded_db, mapped_budget=1)   # every answer passes the budget
    release, started, calls = threading.Event(), threading.Event(), []
    real = engine.index.release_mapped_pages

    def held_release() -> int:       # a trim that lasts until the test lets it go
        calls.append(threading.current_thread().name)
        started.set()
        assert release.wait(30)
        return real()

    engine.index.release_mapped_pages = held_release
    try:
        assert render_text(await engine.ask(QUESTIONS[0], count=False)) == want[0]
        assert started.wait(30)
        # the answer came back with its trim still running, on another thread
        assert engine._trim_thread is not None and engine._trim_thread.is_alive()
        assert calls == ["sumber-trim"]
        assert engine.mapped_trims == 1
        # an answer while it runs: the same answer, and no second trim
        assert render_text(await engine.ask(QUESTIONS[1], count=False)) == want[1]
        assert engine.mapped_trims == 1 and len(calls) == 1
        release.set()
        await engine.wait_for_trim()
        assert not engine._trim_thread.is_alive()
        # that one done: the next answer starts another
        assert render_text(await engine.ask(QUESTIONS[2], count=False)) == want[2]
        await engine.wait_for_trim()
        assert engine.mapped_trims == 2 and len(calls) == 2
    finally:
        release.set()
        await engine.close()


async def test_close_waits_for_a_running_trim(seeded_db):
    if mapped_resident() is None:
        pytest.skip("no /proc/self/statm here")
    engine = await Engine.open(seeded_db, mapped_budget=1)
    release, done = threading.Event(), []
    real = engine.index.release_mapped_pages

    def held_release() -> int:
        assert release.wait(30)
        done.append(real())
        return done[-1]

    engine.index.release_mapped_pages = held_release
    await engine.ask(QUESTIONS[0], count=False)
    thread = engine._trim_thread
    assert thread is not None and thread.is_alive()
    threading.Timer(0.05, release.set).start()
    await engine.close()
    assert not thread.is_alive()
    assert done and done[0] > 0


def test_pages_dropped_by_another_thread_while_reading_change_nothing(tmp_path):
    rows = [(i + 1, ["gempa", f"kata{i % 11}", f"kota{i % 97}"] + ["banjir"] * (i % 4)) for i in range(20_000)]
    BM25Index.build(rows).save(tmp_path / "ix")
    index = BM25Index.load(tmp_path / "ix")
    assert _read_only_map(index.segments[0].docs) is not None
    queries = [["banjir", "kata3"], ["gempa", "kota5", "kata7"], ["kota90"], ["banjir", "kota1", "kota2"]]
    want = [index.top(q, 10) for q in queries]
    scores = [index.get_scores(q).copy() for q in queries]
    stop = threading.Event()
    trims = []

    def trim_loop() -> None:
        while not stop.is_set():
            trims.append(index.release_mapped_pages())

    thread = threading.Thread(target=trim_loop)
    thread.start()
    try:
        for _ in range(30):
            assert [index.top(q, 10) for q in queries] == want
            assert all(np.array_equal(index.get_scores(q), s) for q, s in zip(queries, scores))
    finally:
        stop.set()
        thread.join()
    assert trims and all(t > 0 for t in trims)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libc's madvise: Linux")
def test_the_drop_goes_through_libc_and_refuses_a_closed_map(tmp_path):
    assert index_module._MADVISE is not None        # ctypes' call: the GIL is let go during it
    path = tmp_path / "a.npy"
    np.save(path, np.arange(100_000, dtype=np.int32))
    arr = np.load(path, mmap_mode="r").view(np.ndarray)
    mm = _read_only_map(arr)
    assert mm is not None
    total = int(arr.sum())
    _dont_need(mm)
    assert int(arr.sum()) == total
    # a map closed under it is refused, never advised (no address of a gone map)
    import mmap as mmap_module
    with open(path, "rb") as f:
        other = mmap_module.mmap(f.fileno(), 0, access=mmap_module.ACCESS_READ)
    other.close()
    with pytest.raises(ValueError):
        _dont_need(other)
