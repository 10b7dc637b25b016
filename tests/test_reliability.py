"""Crash safety and hostile input: kill -9 mid-ingest, property-based tests of the text tools."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from retrieval.claims import extract_claims, find_attribution, find_quantities, parse_number
from retrieval.clean import clean_page
from retrieval.engine import Engine
from retrieval.ingest import InputError, read_bytes
from retrieval.segment import segment
from retrieval.text import tokenize

NASTY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400) | st.sampled_from([
    "", "\u200b\u200f\u202e", "Kecamatan¬† Tanjungpinang.,Penangkapan", "😀" * 50, "a" * 5000, "\x00\x01\x02",
    "10.000.000.000,5 juta ribuan 2.000-3.000 -", "“”\"'((((", "Halaman\n123\n", ".,.,.,", "1/1/1 99:99 WIB",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_text_tools_never_raise_and_claims_quote_the_source(text):
    tokenize(text)
    art = clean_page(text)
    sentences = segment(art.body)
    for s in sentences:
        for q in find_quantities(s):
            assert q.text in s  # a figure's text is always in its sentence
        find_attribution(s)
    for c in extract_claims(sentences, title=art.title):
        if c.is_title:
            assert c.text == art.title
        elif not c.extra_positions:
            assert c.text in art.body  # a claim never says what the source does not
    parse_number(text[:40])


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["x.txt", "x.html", "x.jsonl", "../../etc/x.txt", "x"]))
def test_readers_reject_cleanly(data, name):
    try:
        read_bytes(data, name)
    except InputError:
        pass


WRITER = r"""
import asyncio, json, sys
from retrieval.engine import Engine
from retrieval.clean import clean_page

async def main(db, n):
    eng = await Engine.open(db, seeds_dir=None)
    for i in range(n):
        text = f"Judul Artikel Nomor {i} Tentang Harga Pangan\n\n" + " ".join(
            f"Sebanyak {i * 10 + j} truk beras tiba di pasar {j}, kata pedagang Budi." for j in range(30))
        await eng.ingest_articles([clean_page(text, article_id=f"a{i}")], rebuild=False)
        print(f"ack a{i}", flush=True)
asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""


async def test_kill_9_mid_ingest_loses_nothing_acknowledged(tmp_path: Path):
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), "100000"], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    acked = []
    deadline = time.time() + 60
    while len(acked) < 25 and time.time() < deadline:
        line = proc.stdout.readline()
        if line.startswith("ack "):
            acked.append(line.split()[1])
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(acked) >= 25
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT id FROM articles")}
    assert set(acked) <= stored
    # no half article: every stored article has its title + 30 sentences and its claims
    for art_id, n_pass, n_claims in con.execute(
            "SELECT a.id, (SELECT count(*) FROM passages p WHERE p.article_id = a.id),"
            " (SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"):
        assert n_pass == 31 and n_claims == 30, art_id
    con.close()
    # the restarted engine notices its index does not cover the database and rebuilds it
    eng = await Engine.open(db, seeds_dir=None)
    try:
        assert eng.index.n_docs == len(stored) * 31
        answer = await eng.ask("berapa truk beras tiba di pasar?")
        assert answer.claims
    finally:
        await eng.close()


async def test_locked_database_gives_clear_error_and_answers_continue(engine, seeded_db):
    import retrieval.store as store_mod
    from retrieval.store import explain_sqlite_error

    other = sqlite3.connect(seeded_db, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")
    old = store_mod.BUSY_TIMEOUT_MS
    try:
        await engine.store.db.execute("PRAGMA busy_timeout = 100")
        try:
            await engine.ingest_bytes(json.dumps({"id": "z", "text": "Sebanyak 5 truk tiba di gudang."}).encode(), "z.jsonl")
            raise AssertionError("expected a lock error")
        except sqlite3.OperationalError as exc:
            assert "locked" in explain_sqlite_error(exc)
        answer = await engine.ask("berapa tentara Korut?")  # reads still work under a foreign write lock
        assert answer.claims
    finally:
        other.rollback()
        other.close()
        store_mod.BUSY_TIMEOUT_MS = old


REINDEXER = r"""
import asyncio, sys
import retrieval.engine
from retrieval.engine import Engine
retrieval.engine.REINDEX_BATCH = 1  # one article per transaction, so the kill lands between them

async def main(db):
    eng = await Engine.open(db)
    async def progress(done, total):
        print(f"done {done}", flush=True)
        await asyncio.sleep(0.2)
    await eng.reindex(progress)
asyncio.run(main(sys.argv[1]))
"""


async def test_kill_9_mid_reindex_restart_rebuilds_consistent_index(seeded_db: Path, caplog):
    proc = subprocess.Popen([sys.executable, "-c", REINDEXER, str(seeded_db)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    line = proc.stdout.readline()
    assert line.startswith("done 1")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(seeded_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    # every article still has its claims (each article's claims are replaced in one transaction)
    assert con.execute("SELECT count(DISTINCT article_id) FROM claims").fetchone()[0] == 5
    n_passages = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    con.close()
    with caplog.at_level("WARNING"):
        eng = await Engine.open(seeded_db)
    try:
        assert "rebuilding" in caplog.text
        assert eng.index.n_docs == n_passages
        answer = await eng.ask("berapa tentara Korut?")
        assert {10000, 12000, 8000} <= {c.figure["value"] for c in answer.claims}
    finally:
        await eng.close()


def test_bot_without_token_exits_2_with_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    out = subprocess.run([sys.executable, "-m", "bot"], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=60)
    assert out.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("failure, message", [
    ("full", "disk is full"),
    ("readonly", "read-only"),
    ("locked", "locked by another writer"),
])
async def test_storage_failure_tells_the_admin_logs_it_and_questions_are_still_answered(
        tg, seeded_db, caplog, failure, message):
    from .test_bot_e2e import ADMIN, USER, _running_bot, replies_to

    app, engine = await _running_bot(tg, seeded_db)
    db = engine.store.db
    other = None
    try:
        before = await engine.stats()
        if failure == "full":
            # SQLite's own limit on pages: the next page it needs fails exactly as a full disk does
            async with db.execute("PRAGMA page_count") as cur:
                pages = (await cur.fetchone())[0]
            await db.execute(f"PRAGMA max_page_count = {pages}")
        elif failure == "readonly":
            await db.execute("PRAGMA query_only = 1")
        else:
            await db.execute("PRAGMA busy_timeout = 200")
            other = sqlite3.connect(seeded_db)
            other.execute("BEGIN IMMEDIATE")
        big = [{"id": f"isi-{i}", "text": f"Sebanyak {i} truk tiba di gudang Bulog. " + "Petugas mencatat muatan. " * 200}
               for i in range(30)]
        with caplog.at_level("ERROR", logger="sumber.bot.admin"):
            mid = tg.push_document("isi.jsonl", "\n".join(json.dumps(r) for r in big).encode(), user_id=ADMIN)
            reply = (await tg.wait_for(replies_to(mid)))[0]["shown"]
        assert message in reply and "Gagal menyimpan" in reply
        assert "storage error" in caplog.text and message in explain_text(caplog.text, message)
        q = tg.push_message("berapa tentara Korut?", user_id=USER)
        answer = (await tg.wait_for(replies_to(q)))[0]["shown"]
        assert "HUR" in answer and "12.000" in answer
        if other is not None:
            other.rollback()
        await db.execute("PRAGMA query_only = 0")
        after = await engine.stats()
        assert (after["articles"], after["passages"]) == (before["articles"], before["passages"])  # nothing half-written
        async with db.execute("PRAGMA integrity_check") as cur:
            assert (await cur.fetchone())[0] == "ok"
    finally:
        if other is not None:
            other.close()
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await engine.close()


def explain_text(log_text: str, message: str) -> str:
    """The log carries SQLite's own words; the admin gets the explanation. Either names the cause."""
    from retrieval.store import explain_sqlite_error

    line = next((ln for ln in log_text.splitlines() if "storage error" in ln), "")
    return explain_sqlite_error(Exception(line.split(": ", 1)[-1]))
