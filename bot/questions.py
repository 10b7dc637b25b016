"""Questions: private text, /tanya and /ask, mentions and replies in groups, inline mode, source buttons."""
from __future__ import annotations

import logging
import re
from html import escape
from uuid import uuid4

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.ext import ContextTypes

from retrieval.answer import figure_label
from retrieval.ingest import InputError

from . import charts
from .context import ctx_of, reply, sender_key
from .render import render_answer, render_article

log = logging.getLogger("sumber.bot.questions")
MAX_SOURCE_BUTTONS = 8


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    ctx = ctx_of(context)
    message = update.effective_message
    question = question.strip()
    if not question:
        await reply(message, "Tulis pertanyaannya, misalnya: <code>/tanya berapa tentara Korut?</code>")
        return
    if len(question) > ctx.settings.max_question_chars:
        await reply(message, f"Pertanyaan terlalu panjang (maksimal {ctx.settings.max_question_chars} karakter).")
        return
    if not await ctx.allow_question(sender_key(update)):
        await reply(message, "Terlalu banyak pertanyaan dalam satu menit. Coba lagi sebentar lagi, ya.")
        return
    try:
        answer = await ctx.engine.ask(question)
    except InputError as exc:
        await reply(message, escape(str(exc)))
        return
    pages = render_answer(answer)
    buttons = []
    for i, c in enumerate(answer.claims[:MAX_SOURCE_BUTTONS], 1):
        label = figure_label(c.figure) if c.figure else f"klaim {i}"
        buttons.append(InlineKeyboardButton(f"{i}. {label[:20]} · {c.sources[0].outlet[:14]}",
                                            callback_data=f"p:{c.sources[0].passage_id}"))
    rows = [buttons[i:i + 2] for i in range(0, len(buttons), 2)]
    if (chart_button := charts.button_for(context, answer)) is not None:   # SUMBER_CHARTS=button
        rows.append([chart_button])
    markup = InlineKeyboardMarkup(rows) if rows else None
    for n, page in enumerate(pages):
        await reply(message, page, reply_markup=markup if n == len(pages) - 1 else None)
    await charts.after_answer(context, message, answer)   # SUMBER_CHARTS=auto: the chart after the text


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _answer(update, context, " ".join(context.args or []))


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _answer(update, context, update.effective_message.text or "")


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: only messages that mention the bot or reply to it; everything else is ignored."""
    message = update.effective_message
    bot = context.bot
    text = message.text or ""
    mention = f"@{bot.username}".lower()
    replied = message.reply_to_message
    if mention in text.lower():
        await _answer(update, context, re.sub(re.escape(mention), " ", text, flags=re.I))
    elif replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
        await _answer(update, context, text)


async def source_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Open a claim's source: the article's metadata and the passage with its neighbours."""
    query = update.callback_query
    store = ctx_of(context).engine.store
    try:
        passage_id = int((query.data or "").split(":", 1)[1])
    except (IndexError, ValueError):
        await query.answer("Tombol tidak dikenal.")
        return
    passages = await store.passages([passage_id])
    p = passages.get(passage_id)
    article = await store.article(p.article_id) if p else None
    if not p or not article:
        await query.answer("Artikel ini sudah dihapus.", show_alert=True)
        return
    await query.answer()
    around = await store.neighbours(p.article_id, p.position, radius=2)
    await reply(query.message, render_article(article, around, focus=passage_id))


async def article_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    store = ctx_of(context).engine.store
    if not context.args:
        await reply(update.effective_message, "Pakai: <code>/artikel ID_ARTIKEL</code>")
        return
    article = await store.article(context.args[0])
    if article is None:
        await reply(update.effective_message, f"Artikel <code>{escape(context.args[0][:80])}</code> tidak ada.")
        return
    lead = await store.neighbours(article.id, 1, radius=2)
    await reply(update.effective_message, render_article(article, lead))


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    text = (query.query or "").strip()
    ctx = ctx_of(context)
    if len(text) < 3 or len(text) > ctx.settings.max_question_chars:
        await query.answer([], cache_time=5)
        return
    answer = await ctx.engine.ask(text)
    results = []
    for c in answer.claims[:10]:
        title = (figure_label(c.figure) + " — " if c.figure else "") + (c.speaker or "tanpa atribusi")
        desc = f"{c.sources[0].outlet}: {c.text[:120]}"
        body = render_answer(type(answer)(answer.question, answer.intent, [c], answer.disagreement))[0]
        results.append(InlineQueryResultArticle(id=str(uuid4()), title=title[:100], description=desc,
                                                input_message_content=InputTextMessageContent(body, parse_mode="HTML")))
    await query.answer(results, cache_time=30)

