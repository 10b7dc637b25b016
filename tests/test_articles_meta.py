"""An answer's article fields come from the covering index articles_meta (migration 7), not the
article's row: they must be the row's fields through ingest, replace, delete, story changes and
reindex, the look-up must never touch the row, and an archive stored before must migrate with
its articles readable the same.

Real Engine and SQLite, the hand-written stories of test_syndication."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from retrieval.store import MIGRATIONS, Store
from .test_syndication import CNN, DETIK, QUESTION, REHOST, UNRELATED, _ingest

ANSWER_FIELDS = "a.id, a.outlet, a.title, a.author, a.published, a.url, a.outlet_domain, a.story, a.credit"


async def _as_rows(store: Store) -> dict:
    """Every article's answer fields read from its row (NOT INDEXED: the table itself)."""
    rows = await store.db.execute_fetchall(
        f"SELECT {ANSWER_FIELDS}, s.origin, s.origin_article FROM articles a NOT INDEXED"
        " LEFT JOIN stories s ON s.id = a.story")
    return {r[0]: tuple(r) for r in rows}


def _fields(row) -> tuple:  # noqa: ANN001 - ArticleRow
    return (row.id, row.outlet, row.title, row.author, row.published, row.url, row.outlet_domain, row.story,
            row.credit, row.origin, row.origin_article)


async def _read_as_answers(store: Store, ids: list[str]) -> dict:
    return {i: _fields(a) for i, a in (await store.answer_articles(ids)).items()}


async def test_answer_fields_follow_the_rows_through_every_write(empty_engine, tmp_path):
    store = empty_engine.store

    async def same() -> dict:
        want = await _as_rows(store)
        assert await _read_as_answers(store, list(want)) == want
        pids = [r[0] for r in await store.db.execute_fetchall("SELECT id FROM passages")]
        _, _, articles = await store.answer_rows(pids)
        assert {i: _fields(a) for i, a in articles.items()} == want
        return want

    await _ingest(empty_engine, tmp_path, [DETIK, REHOST, UNRELATED, CNN])
    first = await same()
    assert len(first) == 4 and first["cnn-1"][7] is not None and first["cnn-1"][8]   # a story and a credit
    assert await empty_engine.delete("detik-1")   # the story's id and origin move
    after = await same()
    assert after["cnn-1"][7] != first["cnn-1"][7]
    other = dict(UNRELATED, id="agg-1", text=UNRELATED["text"] + "\n\nWarga sekitar diminta tetap tenang.")
    await _ingest(empty_engine, tmp_path, [other], "replace.jsonl")   # replaced: new fields, another story
    assert (await same())["agg-1"][2] == UNRELATED["title"]
    await empty_engine.reindex()
    await same()
    assert (await empty_engine.ask(QUESTION)).claims


async def test_the_look_ups_read_the_index_alone(empty_engine, tmp_path):
    """Every statement answer_articles and answer_rows run is planned on the covering index (a
    field missing from it, or the index not named, and SQLite reads the article's row)."""
    await _ingest(empty_engine, tmp_path, [DETIK, CNN])
    store = empty_engine.store
    store.read_now("SELECT 1", [])
    ran: list[str] = []
    store._reader.set_trace_callback(ran.append)
    try:
        await store.answer_articles(["detik-1", "cnn-1"])
        await store.answer_rows([r[0] for r in await store.db.execute_fetchall("SELECT id FROM passages")])
    finally:
        store._reader.set_trace_callback(None)
    reads = [q for q in ran if "FROM" in q]
    assert len(reads) == 3   # the articles; the passages with their articles; the claims
    plans = [r[3] for q in reads if "articles" in q
             for r in store._reader.execute("EXPLAIN QUERY PLAN " + q).fetchall() if " a " in f" {r[3]} "]
    assert len(plans) == 2 and all("COVERING INDEX articles_meta" in p for p in plans), plans


async def test_an_archive_stored_before_migrates_and_reads_the_same(tmp_path: Path):
    db = tmp_path / "v6.db"
    con = sqlite3.connect(db)
    for number, sql in enumerate(MIGRATIONS[:6], start=1):
        con.executescript(sql)
        con.execute(f"PRAGMA user_version = {number}")
    con.execute("INSERT INTO stories(id, origin, origin_article, size) VALUES (7, 'antaranews.com', 'ant-1', 2)")
    con.execute("INSERT INTO articles(id, content_hash, outlet, outlet_domain, title, author, published, url, body,"
                " story, credit) VALUES ('a', 'h', 'detik.com', 'detik.com', 'Judul', 'Penulis', '2024-10-18',"
                " 'https://news.detik.com/x', ?, 7, 'Antara')", ("Isi berita. " * 2000,))   # a body over several pages
    con.execute("INSERT INTO articles(id, content_hash, body) VALUES ('b', 'h2', 'isi')")
    con.commit()
    con.close()
    store = Store(db)
    await store.open()
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        assert await _read_as_answers(store, ["a", "b", "missing"]) == {
            "a": ("a", "detik.com", "Judul", "Penulis", "2024-10-18", "https://news.detik.com/x", "detik.com", 7,
                  "Antara", "antaranews.com", "ant-1"),
            "b": ("b", None, None, None, None, None, None, None, None, None, None)}
    finally:
        await store.close()
