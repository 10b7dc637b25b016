"""Charts through the real bot (python-telegram-bot) against the fake Bot API: sendPhoto as multipart
after a disagreeing answer, the "📈 Grafik" button, SUMBER_CHARTS, failures that never cost the answer,
and the photo counted by the flood limits."""
from __future__ import annotations

import asyncio
import io
import json
import logging
import time

import pytest
from PIL import Image

from bot import charts
from bot.config import ConfigError, Settings
from retrieval.chart import read_png_points

from .fake_telegram import BOT_ID, FakeTelegram
from .test_bot_e2e import GROUP, USER, _running_bot

DISAGREEING = "berapa tentara Korut?"


async def _stop(app, engine) -> None:  # noqa: ANN001
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    await engine.close()


@pytest.fixture
async def bot_with(tg, seeded_db):
    """bot_with(charts="button") starts the bot with those settings; stopped after the test."""
    running = []

    async def start(**overrides):  # noqa: ANN003
        running.append(await _running_bot(tg, seeded_db, **overrides))
        return running[-1][0]

    yield start
    for app, engine in running:
        await _stop(app, engine)


def texts_to(mid: int):
    return lambda t: [m for m in t.sent if m.get("reply_to_message_id") == mid]


def photos_to(mid: int):
    return lambda t: [p for p in t.photos if p.get("reply_to_message_id") == mid]


def chart_buttons(markup: dict | None) -> list[dict]:
    return [b for row in (markup or {}).get("inline_keyboard", []) for b in row
            if str(b.get("callback_data", "")).startswith("g:")]


async def test_disagreeing_answer_followed_by_its_chart(tg, bot_with):
    await bot_with()
    mid = tg.push_message(DISAGREEING, user_id=USER)
    photos = await tg.wait_for(photos_to(mid), timeout=30)
    texts = texts_to(mid)(tg)
    assert len(photos) == 1 and texts
    photo = photos[0]
    # after the text answer, in the same chat, as multipart with the image itself
    assert photo["message_id"] > max(m["message_id"] for m in texts)
    assert photo["chat_id"] == USER and photo["content_type"].startswith("multipart/form-data")
    img = Image.open(io.BytesIO(photo["image"]))
    assert (img.format, img.size) == ("PNG", (1280, 720))
    assert "\n" not in photo["caption"] and "3.000–12.000" in photo["caption"]
    # the picture shows the answer's figures (read back from the PNG that arrived)
    labels = {p["label"].rstrip("*") for p in read_png_points(photo["image"])["points"]}
    assert {"3.000", "sekitar 10.000", "lebih dari 10.000", "12.000"} <= labels
    # auto mode: no button, and the text carries the timeline line
    assert not chart_buttons(texts[-1].get("reply_markup"))
    assert "Perkembangan angka" in texts[-1]["shown"]
    assert not tg.errors


async def test_group_topic_chart_in_the_same_thread(tg, bot_with):
    await bot_with()
    mid = tg.push_message(f"/tanya {DISAGREEING}", user_id=USER, chat_id=GROUP, chat_type="supergroup", thread_id=77)
    photo = (await tg.wait_for(photos_to(mid), timeout=30))[0]
    assert photo["chat_id"] == GROUP and int(photo["message_thread_id"]) == 77


async def test_no_chart_when_sources_do_not_disagree(tg, bot_with):
    await bot_with()
    quiet = [tg.push_message("siapa yang melatih tentara Korea Utara?", user_id=USER),
             tg.push_message("berapa perwira Korea Utara yang tewas?", user_id=USER)]
    for mid in quiet:
        await tg.wait_for(texts_to(mid))
    # a later disagreeing question gets its chart; the earlier ones got none
    mid = tg.push_message(DISAGREEING, user_id=USER)
    await tg.wait_for(photos_to(mid), timeout=30)
    assert all(not photos_to(q)(tg) for q in quiet)
    assert len(tg.photos) == 1


async def test_button_mode_sends_the_chart_on_demand(tg, bot_with):
    await bot_with(charts="button")
    mid = tg.push_message(DISAGREEING, user_id=USER)
    texts = await tg.wait_for(texts_to(mid))
    buttons = chart_buttons(texts[-1].get("reply_markup"))
    assert [b["text"] for b in buttons] == ["📈 Grafik"]
    await asyncio.sleep(0.5)
    assert not tg.photos                                   # not sent unasked
    answer_msg = {"message_id": texts[-1]["message_id"], "date": int(time.time()),
                  "chat": {"id": USER, "type": "private"}, "from": {"id": BOT_ID, "is_bot": True, "first_name": "S"},
                  "text": texts[-1]["shown"]}
    tg.push_callback(buttons[0]["callback_data"], user_id=USER, message=answer_msg)
    photo = (await tg.wait_for(lambda t: t.photos, timeout=30))[0]
    assert photo["chat_id"] == USER and photo["reply_to_message_id"] == texts[-1]["message_id"]
    assert Image.open(io.BytesIO(photo["image"])).size == (1280, 720)
    assert tg.callbacks
    # after a restart the token is gone: the question is read from the answer's header
    tg.push_callback("g:000000000000", user_id=USER, message=answer_msg)
    await tg.wait_for(lambda t: len(t.photos) == 2, timeout=30)
    # no button under an answer that has nothing to draw
    who = tg.push_message("siapa yang melatih tentara Korea Utara?", user_id=USER)
    assert not chart_buttons((await tg.wait_for(texts_to(who)))[-1].get("reply_markup"))


async def test_auto_mode_offers_the_button_when_figures_differ_only_in_kind(tg, bot_with):
    app = await bot_with()
    engine = app.bot_data["sumber"].engine
    await engine.ingest_bytes("\n".join(json.dumps(r) for r in (
        {"id": "truk-1", "outlet": "kompas.com", "title": "Truk Beras Tiba di Cipinang", "date": "2024-05-01",
         "text": "Sekitar 40 truk beras tiba di Pasar Induk Cipinang, kata Kepala Pasar Agus."},
        {"id": "truk-2", "outlet": "detik.com", "title": "Pasokan Beras Cipinang Naik", "date": "2024-05-02",
         "text": "Lebih dari 40 truk beras tiba di Pasar Induk Cipinang, ujar pedagang Slamet."})).encode(), "t.jsonl")
    mid = tg.push_message("berapa truk beras tiba di Cipinang?", user_id=USER)
    texts = await tg.wait_for(texts_to(mid))
    buttons = chart_buttons(texts[-1].get("reply_markup"))
    assert [b["text"] for b in buttons] == ["📈 Grafik"], texts[-1]["shown"]
    await asyncio.sleep(0.5)
    assert not tg.photos


async def test_off_mode_sends_nothing(tg, bot_with):
    await bot_with(charts="off")
    mid = tg.push_message(DISAGREEING, user_id=USER)
    texts = await tg.wait_for(texts_to(mid))
    await asyncio.sleep(0.8)
    assert not tg.photos and not chart_buttons(texts[-1].get("reply_markup"))


async def test_refused_photo_never_costs_the_answer(tg, bot_with, caplog):
    """Telegram refuses the photo (here: the fake's flood limit keeps saying 429 past every retry):
    the answer has been delivered, the failure is logged, the user sees no error message."""
    await bot_with()
    charts._cache.clear()
    with caplog.at_level(logging.ERROR, logger="sumber.bot.charts"):
        mid = tg.push_message(DISAGREEING, user_id=USER)
        await tg.wait_for(texts_to(mid))
        tg.fail_with_429 = 50
        tg.retry_after = 0
        await tg.wait_for(lambda t: "chart not sent" in caplog.text, timeout=30)
    tg.fail_with_429 = 0
    assert texts_to(mid)(tg) and not tg.photos and tg.photos_rejected
    assert not any("kesalahan" in m["shown"].lower() for m in tg.sent)


async def test_photo_goes_through_the_rate_limiter(tg, bot_with):
    """The photo is a message to Telegram's flood limits: a 429 on it is waited out and retried."""
    await bot_with()
    charts._cache.clear()
    mid = tg.push_message(DISAGREEING, user_id=USER)
    await tg.wait_for(texts_to(mid))
    tg.fail_with_429 = 1            # the next call, the photo, is turned away once
    photo = await tg.wait_for(photos_to(mid), timeout=30)
    assert photo and tg.rejected_429 == 1 and len(tg.photos_rejected) == 1


def test_setting_values():
    env = {"TELEGRAM_BOT_TOKEN": "1:x"}
    assert Settings.from_env(env, dotenv=False).charts == "auto"
    assert Settings.from_env({**env, "SUMBER_CHARTS": "Button"}, dotenv=False).charts == "button"
    assert Settings.from_env({**env, "SUMBER_CHARTS": "off"}, dotenv=False).charts == "off"
    with pytest.raises(ConfigError, match="SUMBER_CHARTS"):
        Settings.from_env({**env, "SUMBER_CHARTS": "always"}, dotenv=False)
