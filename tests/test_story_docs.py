"""story_docs keeps a copy of each signed article's story id and origin fields (migration 6), read
by the story join instead of the article rows: the copies must equal the articles' through
ingest, replace, delete and reindex, and the migration fills them on an archive stored before.

Real Engine and SQLite, the hand-written stories of test_syndication."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from retrieval.store import MIGRATIONS, Store
from .test_syndication import CNN, DETIK, QUESTION, REHOST, UNRELATED, _entries_with, _ingest

FIELDS = ("story", "outlet", "outlet_domain", "url", "published", "credit", "cites")


async def _differing(engine) -> list:  # noqa: ANN001 - Engine
    where = " OR ".join(f"d.{f} IS NOT a.{f}" for f in FIELDS)
    return await engine.store.db.execute_fetchall(
        f"SELECT a.id FROM story_docs d JOIN articles a ON a.id = d.article_id WHERE {where}")


async def test_story_docs_follow_their_articles(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [DETIK, REHOST, UNRELATED, CNN])

    async def stories() -> dict:
        return {r[0]: r[1] for r in await empty_engine.store.db.execute_fetchall("SELECT article_id, story FROM story_docs")}

    before = await stories()
    assert before["detik-1"] == before["agg-1"] == before["cnn-1"] != before["kompas-1"]
    assert await _differing(empty_engine) == []
    # the copy whose doc number is the story's id leaves: the others move to a new id
    assert await empty_engine.delete("detik-1")
    after = await stories()
    assert after["agg-1"] == after["cnn-1"] != before["cnn-1"]
    assert await _differing(empty_engine) == []
    # a copy replaced by other content leaves its story
    other = dict(UNRELATED, id="agg-1", text=UNRELATED["text"] + "\n\nWarga sekitar diminta tetap tenang.")
    await _ingest(empty_engine, tmp_path, [other], "replace.jsonl")
    assert (await stories())["agg-1"] != (await stories())["cnn-1"]
    assert await _differing(empty_engine) == []
    await empty_engine.reindex()
    assert await _differing(empty_engine) == []


async def test_migration_fills_story_docs_of_an_archive_stored_before(tmp_path: Path):
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    for number, sql in enumerate(MIGRATIONS[:5], start=1):
        con.executescript(sql)
        con.execute(f"PRAGMA user_version = {number}")
    con.execute("INSERT INTO articles(id, content_hash, outlet, url, published, body, story, credit, cites)"
                " VALUES ('a', 'h', 'detik.com', 'https://news.detik.com/x', '2024-10-18', 'isi', 1, 'Antara', 'Kompas.com')")
    con.execute("INSERT INTO story_docs(doc, article_id, sig) VALUES (1, 'a', x'00')")
    con.commit()
    con.close()
    store = Store(db)
    await store.open()
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        rows = await store.db.execute_fetchall(f"SELECT {', '.join(FIELDS)} FROM story_docs")
        assert tuple(rows[0]) == (1, "detik.com", None, "https://news.detik.com/x", "2024-10-18", "Antara", "Kompas.com")
    finally:
        await store.close()


async def test_a_new_copy_joins_the_story_of_an_archive_migrated(tmp_path: Path):
    """Stored by the code before migration 6 (its columns left empty), then migrated: a new copy
    still finds its story and the answer lists both outlets."""
    from retrieval.engine import Engine

    engine = await Engine.open(tmp_path / "s.db", ingest_workers=1)
    try:
        await _ingest(engine, tmp_path, [CNN])
        await engine.store.db.execute("DROP INDEX story_docs_story")
        for f in FIELDS:
            await engine.store.db.execute(f"ALTER TABLE story_docs DROP COLUMN {f}")
        await engine.store.db.execute("PRAGMA user_version = 5")
    finally:
        await engine.close()
    engine = await Engine.open(tmp_path / "s.db", ingest_workers=1)
    try:
        assert await _differing(engine) == []
        await _ingest(engine, tmp_path, [REHOST], "copy.jsonl")
        assert await _differing(engine) == []
        story = _entries_with(await engine.ask(QUESTION), "cnn-1")
        # (another outlet's own report of the same figure, the seed's, may join the entry too)
        assert len(story) == 1 and {"cnn-1", "agg-1"} <= {s.article_id for s in story[0].sources}
        copy = next(s for s in story[0].sources if s.article_id == "agg-1")
        origin = next(s for s in story[0].sources if s.article_id == "cnn-1")
        assert copy.story == origin.story and copy.role == "copy"
    finally:
        await engine.close()
