"""The answer reads keep their rows between answers while the database is unchanged
(Store._keyed_rows): every read must return what reading SQLite directly returns — the same rows,
values and order, for any id list (repeats, absent ids, lists over several chunks) — and a write
by any connection (an import, a delete, another process) must show in the next read.

Real Engine and SQLite; the seeds archive and the hand-written stories of test_syndication."""
from __future__ import annotations

import random
import sqlite3

from retrieval import store as store_mod
from retrieval.store import Store
from .test_syndication import CNN, DETIK, REHOST, UNRELATED, _ingest


def _direct(store: Store, sql: str, keys: list) -> list[tuple]:
    """The read as it was: chunk by chunk, every row from SQLite."""
    out: list[tuple] = []
    for chunk in store_mod._in_chunks(keys):
        out += store.read_now(f"{sql} ({','.join('?' * len(chunk))})", chunk)
    return out


async def _all_reads(store: Store, pids: list[int], aids: list[str]) -> tuple:
    """What the three kept reads return, as plain values (order included)."""
    rows = await store.stored_passage_rows(pids)
    claims = await store.answer_claims(pids)
    articles = await store.answer_articles(aids)
    passages = await store.answer_passages(pids)
    joined = await store.answer_rows(pids)
    return (list(rows.items()),
            [(k, (c.id, c.passage_id, c.article_id, c.text, c.speaker, c.cited_from, c.quantities))
             for k, c in claims.items()],
            [(k, tuple(vars(a).values())) for k, a in articles.items()],
            [(k, tuple(vars(p).values())) for k, p in passages.items()],
            tuple([(k, tuple(vars(v).values())) for k, v in d.items()] for d in joined))


def _expected(store: Store, pids: list[int], aids: list[str]) -> tuple:
    rows = {r[0]: r for r in _direct(store, "SELECT p.id, p.article_id, p.position, p.kind, p.text, p.terms"
                                             " FROM passages p JOIN articles a ON a.id = p.article_id WHERE p.id IN", pids)}
    claims: dict = {}
    for r in _direct(store, "SELECT id, passage_id, article_id, text, speaker, cited_from, quantities FROM claims"
                            " WHERE passage_id IN", pids):
        claims[r[1]] = (*r[:6], store_mod._quantities(r[6]))
    articles = {}
    for r in _direct(store, "SELECT a.id, a.outlet, a.title, a.author, a.published, a.url, '', a.outlet_domain,"
                            " a.story, a.credit, s.origin, s.origin_article FROM articles a"
                            " LEFT JOIN stories s ON s.id = a.story WHERE a.id IN", aids):
        articles[r[0]] = tuple(r)
    passages = {}
    for r in _direct(store, "SELECT id, article_id, position, kind, text, terms FROM passages WHERE id IN", pids):
        passages[r[0]] = (*r[:5], store_mod._terms(r[5]))
    joined_p: dict = {}
    joined_a: dict = {}
    for r in _direct(store, "SELECT p.id, p.article_id, p.position, p.kind, p.text, p.terms, a.outlet, a.title,"
                            " a.author, a.published, a.url, a.outlet_domain, a.story, a.credit, s.origin,"
                            " s.origin_article FROM passages p JOIN articles a ON a.id = p.article_id"
                            " LEFT JOIN stories s ON s.id = a.story WHERE p.id IN", pids):
        joined_p[r[0]] = (*r[:5], store_mod._terms(r[5]))
        joined_a.setdefault(r[1], (r[1], *r[6:11], "", *r[11:16]))
    joined = ([(k, v) for k, v in joined_p.items()], [(k, (*c[:6], c[6])) for k, c in claims.items()],
              list(joined_a.items()))
    return list(rows.items()), list(claims.items()), list(articles.items()), list(passages.items()), joined


async def test_kept_reads_are_the_direct_reads_for_any_id_list(engine, monkeypatch):
    store = engine.store
    pids = [r[0] for r in await store.db.execute_fetchall("SELECT id FROM passages")]
    aids = [r[0] for r in await store.db.execute_fetchall("SELECT id FROM articles")]
    assert len(pids) > 60
    monkeypatch.setattr(store_mod, "IN_CHUNK", 40)   # lists over several chunks, with a small archive
    monkeypatch.setattr(store_mod, "ROWS_KEPT", 45)   # and the kept rows dropped when full, mid-read
    r = random.Random(7)
    for trial in range(40):
        ask = r.sample(pids, r.randint(1, min(len(pids), 80)))
        ask += r.sample(ask, r.randint(0, len(ask) // 3))     # repeats
        ask += [max(pids) + r.randint(1, 50) for _ in range(r.randint(0, 4))]   # ids never stored
        r.shuffle(ask)
        arts = r.sample(aids, r.randint(1, len(aids))) + ["no-such-article"]
        r.shuffle(arts)
        assert await _all_reads(store, ask, arts) == _expected(store, ask, arts)
    assert store._kept_rows   # rows were kept between the reads


async def test_a_write_shows_in_the_next_read(empty_engine, tmp_path):
    store = empty_engine.store
    await _ingest(empty_engine, tmp_path, [DETIK, REHOST, CNN])

    async def reads() -> tuple:
        pids = [r[0] for r in await store.db.execute_fetchall("SELECT id FROM passages")] + [999_999]
        return await _all_reads(store, pids, ["detik-1", "agg-1", "cnn-1", "kompas-1"])

    def direct() -> tuple:
        pids = [r[0] for r in store.read_now("SELECT id FROM passages", [])] + [999_999]
        return _expected(store, pids, ["detik-1", "agg-1", "cnn-1", "kompas-1"])

    before = await reads()
    assert before == direct() and await reads() == before   # kept, unchanged
    # a deleted article's passages and claims go, its copies' story and origin change
    old_pids = [r[0] for r in await store.db.execute_fetchall("SELECT id FROM passages WHERE article_id = 'detik-1'")]
    assert await empty_engine.delete("detik-1")
    after = await reads()
    assert after == direct() and after != before
    assert not any(pid in dict(after[0]) for pid in old_pids)
    # an added article (a new id asked before, kept as absent) now reads
    await _ingest(empty_engine, tmp_path, [UNRELATED], "more.jsonl")
    assert "kompas-1" in dict((await reads())[2]) and "kompas-1" not in dict(after[2])
    assert await reads() == direct()
    # another process's write (not this store's connection) shows too
    con = sqlite3.connect(store.path)
    con.execute("UPDATE articles SET title = 'Judul baru' WHERE id = 'cnn-1'")
    con.commit()
    con.close()
    assert dict((await reads())[2])["cnn-1"][2] == "Judul baru"
    assert await reads() == direct()
    # a reindex writes every claim again (new claim ids for the same passages)
    await empty_engine.reindex()
    assert await reads() == direct()


async def test_rows_kept_before_a_reopen_are_not_read_after_it(tmp_path):
    """data_version is per connection: a new reader's numbers say nothing about the old one's."""
    from retrieval.engine import Engine

    engine = await Engine.open(tmp_path / "r.db", seeds_dir=None, ingest_workers=1)
    try:
        await _ingest(engine, tmp_path, [DETIK, CNN])
        assert (await engine.store.answer_articles(["cnn-1"]))["cnn-1"].title == CNN["title"]
        await engine.store.close()
        con = sqlite3.connect(engine.store.path)
        con.execute("UPDATE articles SET title = 'Judul lain' WHERE id = 'cnn-1'")
        con.commit()
        con.close()
        await engine.store.open()
        assert (await engine.store.answer_articles(["cnn-1"]))["cnn-1"].title == "Judul lain"
    finally:
        await engine.close()
