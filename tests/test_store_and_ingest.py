"""Storage: migrations, WAL, idempotent ingest, transactions, deletion, consistency of the saved index."""
from __future__ import annotations

import json
import sqlite3

from retrieval.engine import Engine
from retrieval.ingest import InputError, read_bytes
from retrieval.store import MIGRATIONS, Store


async def test_schema_wal_and_seeded_first_run(engine):
    assert await engine.store.schema_version() == len(MIGRATIONS)
    async with engine.store.db.execute("PRAGMA journal_mode") as cur:
        assert (await cur.fetchone())[0] == "wal"
    stats = await engine.stats()
    assert stats["articles"] == 5 and stats["passages"] > 80 and stats["claims"] > 50
    assert stats["index_passages"] == stats["passages"]


async def test_ingest_is_idempotent(engine, tmp_path):
    before = await engine.stats()
    report = await engine.ingest_paths(sorted(engine.seeds_dir.glob("*.txt")))
    assert report.added == [] and len(report.duplicates) == 5
    assert (await engine.stats())["articles"] == before["articles"]


async def test_jsonl_bad_line_reported_good_lines_kept(empty_engine, tmp_path):
    good = {"id": "x1", "outlet": "kompas.com", "title": "Harga Beras Naik di Pasar Induk", "date": "2024-05-01",
            "url": "https://kompas.com/x1", "text": "Harga beras naik menjadi Rp 15.000 per kilogram, kata pedagang Budi."}
    other = dict(good, id="x2", text="Sebanyak 40 truk beras tiba di Pasar Induk Cipinang pada Senin pagi.")
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps(good) + "\n{broken json\n" + json.dumps({"id": "x3", "text": ""}) + "\n" + json.dumps(other) + "\n")
    report = await empty_engine.ingest_paths([f])
    assert sorted(report.added) == ["x1", "x2"]
    assert any("line 2" in p for p in report.problems) and any("line 3" in p for p in report.problems)
    art = await empty_engine.store.article("x1")
    assert art.outlet == "Kompas.com" and art.published == "2024-05-01" and art.url == "https://kompas.com/x1"
    answer = await empty_engine.ask("berapa truk beras tiba di Cipinang?")
    assert [c.figure["value"] for c in answer.claims] == [40]


def test_readers_refuse_bad_files():
    import pytest

    with pytest.raises(InputError, match="binary"):
        read_bytes(b"\x00\x01\x02PK", "x.txt")
    with pytest.raises(InputError, match="unsupported"):
        read_bytes(b"abc", "x.pdf")
    with pytest.raises(InputError, match="empty"):
        read_bytes(b"   ", "x.txt")
    text = read_bytes("Judul Berita Tentang Harga Cabai Hari Ini\n\nHarga cabai naik tajam di pasar.".encode("cp1252"), "x.txt")
    assert text.articles


async def test_html_ingest(empty_engine, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("""<html><head><title>Harga Cabai Melonjak di Jakarta</title>
    <meta property="og:site_name" content="Kompas.com"><meta name="date" content="2024-03-02"></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Harga Cabai Melonjak di Jakarta</h1>
    <p>Harga cabai rawit di Jakarta mencapai Rp 120.000 per kilogram, kata Kepala Dinas KPKP Suharini Eliawati pada Sabtu (2/3/2024).</p>
    <p>Menurut pedagang, pasokan dari Jawa Tengah turun hingga 40 persen karena hujan deras yang terus turun.</p>
    <p>Baca juga: Harga Bawang Merah Turun</p></article><footer>© 2024 Kompas.com</footer></body></html>""",
                    encoding="utf-8")
    report = await empty_engine.ingest_paths([page])
    assert len(report.added) == 1
    d = report.details[0]
    assert d["title"] == "Harga Cabai Melonjak di Jakarta" and d["published"] == "2024-03-02"
    art = await empty_engine.store.article(report.added[0])
    assert "Baca juga" not in art.body and "Home" not in art.body


async def test_delete_removes_passages_and_claims(engine):
    assert await engine.delete("seed-003")
    async with engine.store.db.execute("SELECT count(*) FROM passages WHERE article_id = 'seed-003'") as cur:
        assert (await cur.fetchone())[0] == 0
    async with engine.store.db.execute("SELECT count(*) FROM claims WHERE article_id = 'seed-003'") as cur:
        assert (await cur.fetchone())[0] == 0
    answer = await engine.ask("berapa tentara Korut?")
    assert 12000 not in {c.figure["value"] for c in answer.claims}
    assert not await engine.delete("seed-003")


async def test_failed_transaction_leaves_nothing(empty_engine):
    from retrieval.ingest import prepare
    from retrieval.clean import clean_page

    art = prepare(clean_page("Judul Uji Transaksi yang Gagal Total\n\nSebanyak 5 truk tiba di gudang kemarin sore.",
                             article_id="t1"), empty_engine.pipeline)
    art.claims.append((999, "claim of a passage that does not exist", None, None, "[]"))
    try:
        await empty_engine.store.insert_articles([art])
    except KeyError:
        pass
    assert (await empty_engine.store.counts())["articles"] == 0
    assert (await empty_engine.store.counts())["passages"] == 0


async def test_stale_index_is_detected_and_rebuilt(seeded_db, caplog):
    db = sqlite3.connect(seeded_db)
    db.execute("DELETE FROM articles WHERE id = 'seed-002'")
    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    db.commit()
    db.close()
    with caplog.at_level("WARNING"):
        engine = await Engine.open(seeded_db)
    try:
        assert "does not match the database" in caplog.text
        counts = await engine.store.counts()
        assert engine.index.n_docs == counts["passages"]
    finally:
        await engine.close()


async def test_reindex_keeps_answers_and_reports_progress(engine):
    seen = []
    n = await engine.reindex(lambda done, total: seen.append((done, total)))
    assert n == 5 and seen[-1] == (5, 5)
    answer = await engine.ask("berapa tentara Korut?")
    assert {10000, 12000, 8000} <= {c.figure["value"] for c in answer.claims}


async def test_backup_is_a_working_database(engine, tmp_path):
    await engine.store.backup(tmp_path / "b.db")
    db = sqlite3.connect(tmp_path / "b.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 5


GEMPA = ("Gempa Garut\n\nBMKG mencatat gempa bermagnitudo 5,2 mengguncang Garut pada Senin. "
         "Kepala BMKG Dwikorita mengatakan 120 rumah warga rusak akibat gempa tersebut.\n")


async def test_added_article_is_answered_without_a_full_rebuild(engine, caplog):
    saved_at = (engine.index_dir / "meta.json").stat().st_mtime_ns
    main_rows = engine.index.main_rows
    report = await engine.ingest_bytes(GEMPA.encode(), "gempa.txt")
    assert report.added
    assert (engine.index_dir / "meta.json").stat().st_mtime_ns == saved_at  # main segment not rewritten
    assert engine.index.main_rows == main_rows and engine.index.added_rows > 0
    answer = await engine.ask("berapa rumah rusak akibat gempa Garut?")
    assert 120 in {c.figure["value"] for c in answer.claims if c.figure}
    # the seeds' answer is unchanged by the addition
    assert {10000, 12000, 8000} <= {c.figure["value"] for c in (await engine.ask("berapa tentara Korut?")).claims}
    await engine.close()
    # on restart the saved main segment is loaded and the addition is caught up from SQLite
    with caplog.at_level("INFO"):
        again = await Engine.open(engine.db_path)
    try:
        assert "rebuilding" not in caplog.text and "building it" not in caplog.text
        assert again.index.n_docs == (await again.store.counts())["passages"]
        assert 120 in {c.figure["value"] for c in (await again.ask("berapa rumah rusak akibat gempa Garut?")).claims
                       if c.figure}
    finally:
        await again.close()


async def test_replacing_an_article_removes_its_old_passages_from_the_index(engine):
    await engine.ingest_bytes(GEMPA.encode(), "gempa.txt")
    art_id = (await engine.ask("gempa Garut")).claims[0].sources[0].article_id
    changed = GEMPA.replace("120 rumah", "95 rumah")
    import retrieval.ingest as ingest_mod
    result = ingest_mod.read_bytes(changed.encode(), "gempa.txt")
    result.articles[0].id = art_id
    report = await engine.ingest_articles(result.articles)
    assert report.replaced == [art_id]
    figures = {c.figure["value"] for c in (await engine.ask("berapa rumah rusak akibat gempa Garut?")).claims
               if c.figure}
    assert 95 in figures and 120 not in figures
    assert engine.index.n_docs == (await engine.store.counts())["passages"]


async def test_added_segments_are_merged_in_the_background_past_the_threshold(engine, monkeypatch):
    import retrieval.engine as engine_mod
    monkeypatch.setattr(engine_mod, "MERGE_MIN_ROWS", 1)
    monkeypatch.setattr(engine_mod, "MERGE_SHARE", 0.0)
    saved_at = (engine.index_dir / "meta.json").stat().st_mtime_ns
    await engine.ingest_bytes(GEMPA.encode(), "gempa.txt")
    await engine.wait_for_merge()
    assert engine.index.added_rows == 0
    assert engine.index.main_rows == (await engine.store.counts())["passages"]
    assert (engine.index_dir / "meta.json").stat().st_mtime_ns != saved_at
    assert 120 in {c.figure["value"] for c in (await engine.ask("berapa rumah rusak akibat gempa Garut?")).claims
                   if c.figure}


async def test_old_database_is_migrated_in_place_with_its_data(tmp_path):
    path = tmp_path / "v1.db"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0])
    con.execute("INSERT INTO articles(id, content_hash, body) VALUES ('a1', 'h1', 'Isi lama.')")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    store = Store(path)
    await store.open()
    try:
        assert await store.schema_version() == len(MIGRATIONS)
        assert (await store.counts())["articles"] == 1
        await store.save_stems({"mengungsi": "ungsi"})
        assert await store.load_stems() == {"mengungsi": "ungsi"}
    finally:
        await store.close()


async def test_stems_computed_during_ingest_are_kept_for_the_next_run(engine):
    await engine.ingest_bytes(GEMPA.encode(), "gempa.txt")
    stems = await engine.store.load_stems()
    assert stems.get("mengguncang") == "guncang"
    assert "120" not in stems  # numbers are never stemmed, so never stored


async def test_one_batch_settles_duplicates_and_replacements_in_order(empty_engine):
    """A bulk batch is written with a few statements; the outcome must be as if one by one."""
    from retrieval.store import NewArticle

    def art(art_id: str, text: str) -> NewArticle:
        return NewArticle(id=art_id, content_hash=f"h-{text}", outlet=None, outlet_domain=None, title=None,
                          author=None, published=None, url=None, source="t", body=text,
                          passages=[(1, "body", text, text.lower())], claims=[(1, text, "Budi", None, "[]")])

    store = empty_engine.store
    assert await store.insert_articles([art("old", "lama")]) == [("old", "added")]
    results = await store.insert_articles([
        art("a", "satu"), art("b", "satu"),        # same content under another id: a duplicate
        art("a", "dua"),                           # same id, new content, same batch: replaces
        art("old", "baru"), art("c", "lama"),      # old replaced, so its former content is new again
    ])
    assert results == [("a", "added"), ("a", "duplicate"), ("a", "replaced"), ("old", "replaced"), ("c", "added")]
    bodies = {r[0]: r[1] for r in await store.db.execute_fetchall("SELECT id, body FROM articles")}
    assert bodies == {"a": "dua", "old": "baru", "c": "lama"}
    rows = await store.db.execute_fetchall(
        "SELECT a.id, p.text, c.text FROM articles a JOIN passages p ON p.article_id = a.id JOIN claims c ON c.passage_id = p.id")
    assert sorted(tuple(r) for r in rows) == [("a", "dua", "dua"), ("c", "lama", "lama"), ("old", "baru", "baru")]
