"""Charts in the bot: who gave which figure when, as a photo after a quantity answer.

SUMBER_CHARTS=auto (default): a quantity answer whose sources give different amounts is followed by
its chart (sendPhoto, same chat and topic, one-line caption); one whose figures differ only in
kind ("sekitar 500", "lebih dari 500") gets the button instead. button: a "📈 Grafik" button under
every answer that has a chart sends it on demand. off: no charts. Drawing happens in a worker thread after the
text answer has been sent, and any failure is logged: a chart never costs the answer. The photo
goes through the same rate limiter as every message (AIORateLimiter counts it in the group's budget).
"""
from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
from collections import OrderedDict

from telegram import InlineKeyboardButton, InputFile, Message, ReplyParameters, Update
from telegram.error import ChatMigrated
from telegram.ext import ContextTypes

from retrieval.answer import Answer
from retrieval.chart import Chart, answer_disagrees, render_chart, wants_chart
from retrieval.timeline import timeline_entries

from .context import ctx_of, reply, sender_key

log = logging.getLogger("sumber.bot.charts")
BUTTON_TEXT = "📈 Grafik"
CALLBACK_PREFIX = "g:"
TOKENS_KEY = "sumber_chart_questions"   # bot_data: token -> question, for the button
MAX_TOKENS = 2000
MAX_CACHED = 32
_cache: OrderedDict[str, Chart] = OrderedDict()   # the same figures asked again: drawn once


def mode(context: ContextTypes.DEFAULT_TYPE) -> str:
    return ctx_of(context).settings.charts


def button_for(context: ContextTypes.DEFAULT_TYPE, answer: Answer) -> InlineKeyboardButton | None:
    """The "📈 Grafik" button for an answer that has a chart which is not sent unasked: every such
    answer in button mode; in auto mode one whose figures differ only in kind ("sekitar 500" and
    "lebih dari 500"). None otherwise (never raises: a broken check must not cost the answer)."""
    try:
        chosen = mode(context)
        if chosen == "off" or not wants_chart(answer) or (chosen == "auto" and answer_disagrees(answer)):
            return None
        tokens: OrderedDict[str, str] = context.application.bot_data.setdefault(TOKENS_KEY, OrderedDict())
        token = secrets.token_hex(6)
        tokens[token] = answer.question
        while len(tokens) > MAX_TOKENS:
            tokens.popitem(last=False)
        return InlineKeyboardButton(BUTTON_TEXT, callback_data=f"{CALLBACK_PREFIX}{token}")
    except Exception:  # noqa: BLE001
        log.exception("chart button left out for %r", answer.question[:80])
        return None


async def after_answer(context: ContextTypes.DEFAULT_TYPE, message: Message, answer: Answer) -> None:
    """Auto mode: the chart right after the text answer when its sources disagree. Never raises."""
    try:
        if mode(context) == "auto" and answer_disagrees(answer):
            await send_chart(message, answer)
    except Exception:  # noqa: BLE001 - logged; the text answer has been delivered already
        log.exception("chart not sent for %r", answer.question[:80])


async def chart_of(answer: Answer) -> Chart | None:
    """The answer's chart, drawn in a worker thread (the event loop keeps serving others)."""
    key = json.dumps([answer.question, [e.to_dict() for e in timeline_entries(answer)]], ensure_ascii=False)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    chart = await asyncio.to_thread(render_chart, answer)
    if chart is not None:
        _cache[key] = chart
        while len(_cache) > MAX_CACHED:
            _cache.popitem(last=False)
    return chart


async def send_chart(message: Message, answer: Answer) -> bool:
    """sendPhoto in the message's chat and forum topic, replying to it; False when there is no chart."""
    chart = await chart_of(answer)
    if chart is None:
        return False
    thread = message.message_thread_id if message.is_topic_message else None
    bot = message.get_bot()
    kwargs = {"caption": chart.caption, "message_thread_id": thread,
              "reply_parameters": ReplyParameters(message.message_id, allow_sending_without_reply=True)}
    try:
        await bot.send_photo(chat_id=message.chat_id, photo=InputFile(chart.png, filename="grafik.png"), **kwargs)
    except ChatMigrated as exc:
        log.info("chat %s migrated to %s; chart sent there", message.chat_id, exc.new_chat_id)
        await bot.send_photo(chat_id=exc.new_chat_id, photo=InputFile(chart.png, filename="grafik.png"),
                             caption=chart.caption)
    log.info("chart sent: %d bytes, drawn in %.0f ms", len(chart.png), chart.render_ms)
    return True


HEADER_RE = re.compile(r"untuk:\s*(.+)")


def _question_of(context: ContextTypes.DEFAULT_TYPE, data: str, message: Message | None) -> str | None:
    """The question behind a button: kept under its token, else read from the answer's header
    ("🔎 7 klaim untuk: berapa tentara Korut?") after a restart."""
    tokens = context.application.bot_data.get(TOKENS_KEY) or {}
    question = tokens.get(data[len(CALLBACK_PREFIX):])
    if question:
        return question
    text = (message.text or "") if message is not None else ""
    m = HEADER_RE.search(text.split("\n", 1)[0])
    return m.group(1).strip() if m else None


async def chart_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The "📈 Grafik" button: ask again (the archive may have grown), draw, send."""
    query = update.callback_query
    ctx = ctx_of(context)
    message = query.message if isinstance(query.message, Message) else None
    question = _question_of(context, query.data or "", message)
    if not question or message is None:
        await query.answer("Grafik ini sudah tidak tersedia; tanyakan lagi.", show_alert=True)
        return
    if not await ctx.allow_question(sender_key(update)):
        await query.answer("Terlalu banyak permintaan dalam satu menit. Coba lagi sebentar lagi, ya.", show_alert=True)
        return
    await query.answer("Membuat grafik…")
    try:
        sent = await send_chart(message, await ctx.engine.ask(question))
    except Exception:  # noqa: BLE001
        log.exception("chart button failed for %r", question[:80])
        await reply(message, "Grafik gagal dibuat. Jawabannya di atas tetap berlaku.")
        return
    if not sent:
        await reply(message, "Jawaban ini tidak punya dua angka berbeda untuk digambar.")
