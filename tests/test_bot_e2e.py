"""End to end: the real python-telegram-bot library against the fake Bot API server on 127.0.0.1."""
from __future__ import annotations

import asyncio
import json
import logging
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest

from bot.app import build_application
from bot.config import Settings
from retrieval.engine import Engine

from .fake_telegram import BOT_USERNAME, FakeTelegram

ADMIN = 1
USER = 42
GROUP = -100500


async def _running_bot(tg: FakeTelegram, db: Path, **overrides):
    settings = Settings(token=tg.token, admin_ids=frozenset({ADMIN}), db_path=db, base_url=tg.base_url,
                        base_file_url=tg.base_file_url, **overrides)
    engine = await Engine.open(db)
    app = build_application(settings, engine)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    return app, engine


@pytest.fixture
async def bot(tg, seeded_db):
    app, engine = await _running_bot(tg, seeded_db)
    yield app
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await engine.close()


def replies_to(message_id: int):
    return lambda t: [m for m in t.sent if m.get("reply_to_message_id") == message_id]


async def test_commands_registered_for_public_and_admins(tg, bot):
    scopes = [c.get("scope", {}).get("type", "default") for c in tg.commands]
    assert "default" in scopes and "chat" in scopes
    admin_cmds = next(c for c in tg.commands if c.get("scope", {}).get("type") == "chat")
    assert {"reindex", "tambah"} <= {c["command"] for c in admin_cmds["commands"]}


async def test_private_question_answered_with_claims_and_outlets(tg, bot):
    mid = tg.push_message("berapa tentara Korut?", user_id=USER)
    msgs = await tg.wait_for(replies_to(mid))
    shown = "\n".join(m["shown"] for m in msgs)
    for expected in ("12.000", "HUR", "Tribunnews", "sekitar 10.000", "Pentagon", "Medcom.id", "lebih dari 10.000",
                     "Bisnis.com", "Angka berbeda antar sumber"):
        assert expected in shown
    assert "<b>12.000</b>" in "".join(m["text"] for m in msgs)
    assert msgs[-1].get("reply_markup")  # source buttons
    assert not tg.errors


async def test_group_command_mention_reply_and_silence(tg, bot):
    m1 = tg.push_message(f"/tanya@{BOT_USERNAME} berapa tentara Korut?", user_id=USER, chat_id=GROUP, chat_type="supergroup")
    await tg.wait_for(replies_to(m1))
    m2 = tg.push_message(f"@{BOT_USERNAME} berapa perwira Korea Utara yang tewas?", user_id=USER, chat_id=GROUP,
                         chat_type="supergroup", entities=[{"type": "mention", "offset": 0, "length": len(BOT_USERNAME) + 1}])
    r2 = await tg.wait_for(replies_to(m2))
    assert "enam perwira" in r2[0]["shown"]
    m3 = tg.push_message("siapa yang melatih tentara Korea Utara?", user_id=USER, chat_id=GROUP,
                         chat_type="supergroup", reply_to_bot=True)
    r3 = await tg.wait_for(replies_to(m3))
    assert "Blinken" in r3[0]["shown"]
    before = len(tg.sent)
    m4 = tg.push_message("rapat redaksi jam 3 ya, jangan telat", user_id=USER, chat_id=GROUP, chat_type="supergroup")
    m5 = tg.push_message("/tanya berapa tentara Korut?", user_id=USER, chat_id=GROUP, chat_type="supergroup", thread_id=77)
    r5 = await tg.wait_for(replies_to(m5))
    assert int(r5[0].get("message_thread_id")) == 77  # answered in the same forum topic
    assert not replies_to(m4)(tg)
    assert len(tg.sent) == before + len(r5)


async def test_non_admin_refused_and_nothing_changes(tg, bot, caplog):
    engine = bot.bot_data["sumber"].engine
    before = await engine.stats()
    with caplog.at_level(logging.WARNING, logger="sumber.bot.admin"):
        for text in ("/reindex", "/tambah http://127.0.0.1/x", "/hapus seed-001", "/stats"):
            mid = tg.push_message(text, user_id=USER)
            r = await tg.wait_for(replies_to(mid))
            assert "hanya untuk admin" in r[0]["shown"]
        mid = tg.push_document("a.jsonl", b'{"id": "evil", "text": "Sebanyak 5 truk tiba di gudang."}\n', user_id=USER)
        await tg.wait_for(replies_to(mid))
        anon = tg.push_message("/hapus seed-002", user_id=1087968824, chat_id=GROUP, chat_type="supergroup",
                               sender_chat={"id": GROUP, "type": "supergroup", "title": "Redaksi"})
        r = await tg.wait_for(replies_to(anon))
        assert "admin anonim" in r[0]["shown"]
    after = await engine.stats()
    assert (after["articles"], after["passages"], after["claims"]) == (before["articles"], before["passages"], before["claims"])
    assert caplog.text.count("refused admin action") >= 6


async def test_admin_reindex_with_progress_and_second_refused(tg, bot):
    mid = tg.push_message("/reindex", user_id=ADMIN)
    await tg.wait_for(replies_to(mid))
    await tg.wait_for(lambda t: any("Reindex selesai" in e["shown"] for e in t.edits))
    assert any("/5 artikel" in e["shown"] for e in tg.edits)
    # a second reindex while one runs is refused
    engine = bot.bot_data["sumber"].engine
    async with engine._reindex_lock:
        mid2 = tg.push_message("/reindex", user_id=ADMIN)
        r = await tg.wait_for(replies_to(mid2))
    assert "sedang berjalan" in r[0]["shown"]


async def test_document_upload_ingested_and_answerable(tg, bot):
    line = {"id": "beras-1", "outlet": "kompas.com", "title": "Truk Beras Tiba di Cipinang", "date": "2024-05-01",
            "url": "https://kompas.com/beras-1", "text": "Sebanyak 40 truk beras tiba di Pasar Induk Cipinang, kata Kepala Pasar Agus."}
    mid = tg.push_document("beras.jsonl", (json.dumps(line) + "\n").encode(), user_id=ADMIN)
    r = await tg.wait_for(replies_to(mid))
    assert "beras-1" in r[0]["shown"] and "Kompas.com" in r[0]["shown"]
    q = tg.push_message("berapa truk beras tiba di Cipinang?", user_id=USER)
    a = await tg.wait_for(replies_to(q))
    assert "40 truk" in a[0]["shown"] and "Agus" in a[0]["shown"]


async def test_malformed_upload_rejected_with_nothing_stored(tg, bot):
    engine = bot.bot_data["sumber"].engine
    before = await engine.stats()
    for name, data in (("x.txt", b"\x00\x01binary\x00"), ("y.pdf", b"%PDF-1.4"), ("z.jsonl", b"{not json\n[1,2]\n")):
        mid = tg.push_document(name, data, user_id=ADMIN)
        r = await tg.wait_for(replies_to(mid))
        assert any(w in r[0]["shown"] for w in ("ditolak", "tidak didukung", "line 1", "Tidak ada artikel")), r[0]["shown"]
    big = tg.push_document("big.jsonl", b"{}", user_id=ADMIN, declared_size=50 * 1024 * 1024)
    r = await tg.wait_for(replies_to(big))
    assert "terlalu besar" in r[0]["shown"]
    after = await engine.stats()
    assert after["articles"] == before["articles"] and after["passages"] == before["passages"]


async def test_long_answer_split_under_4096(tg, bot):
    engine = bot.bot_data["sumber"].engine
    records = [{"id": f"p{i}", "outlet": "kompas.com", "title": f"Laporan Panen Padi Daerah {i} Tahun Ini",
                "text": f"Sebanyak {1000 + i} ton padi dipanen petani di Kabupaten Contoh{i}, kata Kepala Dinas Pertanian "
                        f"Budi{i} yang menjelaskan panjang lebar " + "tentang cuaca dan irigasi " * 20 + "."}
               for i in range(40)]
    await engine.ingest_bytes("\n".join(json.dumps(r) for r in records).encode(), "panen.jsonl")
    mid = tg.push_message("berapa ton padi dipanen petani?", user_id=USER)
    msgs = await tg.wait_for(lambda t: (r := replies_to(mid)(t)) and len(r) >= 2 and r)
    await asyncio.sleep(0.5)
    msgs = replies_to(mid)(tg)
    assert len(msgs) >= 2
    assert all(len(m["shown"]) <= 4096 for m in msgs)
    assert not tg.errors


async def test_html_in_articles_and_questions_is_escaped(tg, bot):
    engine = bot.bot_data["sumber"].engine
    rec = {"id": "html-1", "outlet": "kompas.com", "title": "Uji <b>Tag</b> & Entitas di Artikel Berita",
           "text": 'Sebanyak 7 <b>kapal</b> & <a href="http://x">perahu</a> tenggelam di Selat Uji, kata Kapten <i>Ali</i>.'}
    await engine.ingest_bytes(json.dumps(rec).encode(), "h.jsonl")
    mid = tg.push_message("berapa kapal tenggelam di Selat Uji? <b>&", user_id=USER)
    r = await tg.wait_for(replies_to(mid))
    assert not tg.errors
    assert "<b>kapal</b>" in r[0]["shown"]  # shown literally, not as formatting
    assert "&lt;b&gt;" in r[0]["text"]


async def test_429_is_retried(tg, bot):
    tg.fail_with_429 = 1
    mid = tg.push_message("berapa tentara Korut?", user_id=USER)
    msgs = await tg.wait_for(replies_to(mid), timeout=30)
    assert tg.rejected_429 == 1 and msgs


async def test_throttled_user_gets_polite_message(tg, seeded_db):
    app, engine = await _running_bot(tg, seeded_db, questions_per_minute=2)
    try:
        ids = [tg.push_message("berapa tentara Korut?", user_id=USER) for _ in range(3)]
        await tg.wait_for(lambda t: all(replies_to(i)(t) for i in ids))
        texts = [replies_to(i)(tg)[0]["shown"] for i in ids]
        assert sum("Terlalu banyak pertanyaan" in x for x in texts) == 1
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await engine.close()


async def test_unknown_command_too_long_question_and_source_button(tg, bot):
    mid = tg.push_message("/entahlah", user_id=USER)
    assert "tidak dikenal" in (await tg.wait_for(replies_to(mid)))[0]["shown"]
    mid = tg.push_message("berapa " + "tentara " * 100, user_id=USER)
    assert "terlalu panjang" in (await tg.wait_for(replies_to(mid)))[0]["shown"]
    mid = tg.push_message("berapa tentara Korut?", user_id=USER)
    msgs = await tg.wait_for(replies_to(mid))
    button = msgs[-1]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    before = len(tg.sent)
    tg.push_callback(button, user_id=USER)
    await tg.wait_for(lambda t: len(t.sent) > before)
    assert tg.callbacks
    assert "id seed-" in tg.sent[-1]["shown"]


async def test_inline_mode_returns_claims(tg, bot):
    tg.push_inline("berapa tentara Korut?")
    await tg.wait_for(lambda t: t.inline_answers)
    results = tg.inline_answers[0]["results"]
    assert len(results) >= 5 and any("HUR" in r["title"] for r in results)


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        body = ("<html><head><title>Gudang Beras Terbakar di Depok</title>"
                "<meta property='og:site_name' content='Kompas.com'><meta name='date' content='2024-07-07'></head>"
                "<body><nav>Home News</nav><article><h1>Gudang Beras Terbakar di Depok</h1>"
                "<p>Sebanyak 12 mobil pemadam dikerahkan ke gudang beras di Depok, kata Kepala Damkar Depok Gandara pada Minggu (7/7/2024).</p>"
                "<p>Menurut polisi, api berasal dari korsleting listrik di lantai dua gudang yang berisi ratusan karung beras.</p>"
                "</article></body></html>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@pytest.fixture
def page_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/berita/gudang"
    server.shutdown()


async def test_url_ingestion_refused_on_loopback_by_default(tg, bot, page_url):
    mid = tg.push_message(f"/tambah {page_url}", user_id=ADMIN)
    r = await tg.wait_for(replies_to(mid))
    assert "privat" in r[0]["shown"]
    assert (await bot.bot_data["sumber"].engine.stats())["articles"] == 5


async def test_url_ingestion_allowed_with_setting(tg, seeded_db, page_url):
    app, engine = await _running_bot(tg, seeded_db, allow_private_urls=True)
    try:
        mid = tg.push_message(f"/tambah {page_url}", user_id=ADMIN)
        r = await tg.wait_for(replies_to(mid))
        assert "Gudang Beras Terbakar di Depok" in r[0]["shown"] and "7 Jul 2024" in r[0]["shown"]
        q = tg.push_message("berapa mobil pemadam dikerahkan ke gudang beras Depok?", user_id=USER)
        a = await tg.wait_for(replies_to(q))
        assert "12 mobil" in a[0]["shown"] and "Gandara" in a[0]["shown"]
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await engine.close()
