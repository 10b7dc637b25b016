"""/pantau, /lupakan, and posting watch notices (the rules are in retrieval/watch.py).

In any chat: `/pantau pertanyaan` saves the question for that chat and forum topic, `/pantau`
lists the chat's watches, `/lupakan N` removes one. After every ingest (a feed poll, an upload,
/tambah) and on every tick of the poll job, the watches are checked; a notice goes to the chat
and topic the question was asked in, through the bot's rate limiter (Telegram's flood limits), and
counts as delivered only once Telegram accepted it.
"""
from __future__ import annotations

import asyncio
import logging
from html import escape

from telegram import Update
from telegram.error import ChatMigrated, Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from retrieval import watch
from retrieval.engine import IngestReport

from .context import ctx_of, reply, sender_key
from .render import claim_block, pack

log = logging.getLogger("sumber.bot.watches")
LOCK_KEY = "sumber_watch_lock"


def _thread(update: Update) -> int:
    msg = update.effective_message
    return (msg.message_thread_id or 0) if msg is not None and msg.is_topic_message else 0


async def pantau(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    message = update.effective_message
    chat_id = update.effective_chat.id
    question = " ".join(context.args or []).strip()
    if not question:
        rows = await ctx.engine.store.watches(chat_id)
        if not rows:
            await reply(message, "Belum ada pertanyaan yang dipantau di sini. Contoh: "
                                 "<code>/pantau berapa tentara Korut?</code>")
            return
        lines = [f"🔔 <b>Pertanyaan yang dipantau</b> ({len(rows)}/{ctx.settings.max_watches_per_chat}):"]
        for w in rows:
            topic = f" <i>(topik {w.thread_id})</i>" if w.thread_id else ""
            lines.append(f"<b>{w.id}</b>. {escape(w.question)}{topic}")
        lines.append("Hapus dengan <code>/lupakan N</code>.")
        await reply(message, "\n".join(lines))
        return
    if len(question) > ctx.settings.max_question_chars:
        await reply(message, f"Pertanyaan terlalu panjang (maksimal {ctx.settings.max_question_chars} karakter).")
        return
    if not await ctx.allow_question(sender_key(update)):
        await reply(message, "Terlalu banyak permintaan dalam satu menit. Coba lagi sebentar lagi, ya.")
        return
    try:
        w, created = await watch.add_watch(ctx.engine, chat_id, question, thread_id=_thread(update),
                                           max_per_chat=ctx.settings.max_watches_per_chat)
    except watch.WatchLimit as exc:
        await reply(message, f"Tidak bisa menambah: {escape(str(exc))}. Hapus satu dengan <code>/lupakan N</code>.")
        return
    if not created:
        await reply(message, f"Pertanyaan ini sudah dipantau (#{w.id}).")
        return
    minutes = int(ctx.settings.watch_gap_seconds // 60)
    await reply(message, f"🔔 Dipantau #{w.id}: <i>{escape(w.question)}</i>\nSaya kabari di sini bila ada angka baru "
                         f"atau angka yang sama dari media lain (paling sering sekali per {minutes} menit).")


async def lupakan(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    message = update.effective_message
    try:
        watch_id = int((context.args or [""])[0])
    except ValueError:
        await reply(message, "Pakai: <code>/lupakan N</code> (nomornya ada di <code>/pantau</code>).")
        return
    if await watch.remove_watch(ctx.engine, watch_id, chat_id=update.effective_chat.id):
        await reply(message, f"Pemantauan #{watch_id} dihapus.")
    else:
        await reply(message, f"Tidak ada pemantauan #{watch_id} di chat ini.")


def notice_messages(notice: watch.Notice) -> list[str]:
    n = len(notice.answer.claims)
    header = (f"🔔 <b>{n} klaim baru</b> untuk pantauan #{notice.watch.id}: "
              f"<i>{escape(notice.watch.question[:200])}</i>")
    return pack([header, *(claim_block(i, c) for i, c in enumerate(notice.answer.claims, 1))])


async def _send(app: Application, notice: watch.Notice) -> bool:
    w = notice.watch
    chat_id = w.chat_id
    for text in notice_messages(notice):
        try:
            await app.bot.send_message(chat_id=chat_id, text=text, parse_mode="HTML",
                                       message_thread_id=w.thread_id or None, disable_web_page_preview=True)
        except ChatMigrated as exc:
            chat_id = exc.new_chat_id
            await app.bot.send_message(chat_id=chat_id, text=text, parse_mode="HTML", disable_web_page_preview=True)
    return True


async def notify(app: Application) -> int:
    """Check every watch and post the notices due; returns how many were delivered. One check at a
    time, so two ingests finishing together never announce the same claim twice."""
    ctx = app.bot_data["sumber"]
    lock: asyncio.Lock = app.bot_data.setdefault(LOCK_KEY, asyncio.Lock())
    sent = 0
    async with lock:
        notices, _ = await watch.check(ctx.engine, gap=ctx.settings.watch_gap_seconds)
        for notice in notices:
            try:
                await _send(app, notice)
            except Forbidden as exc:
                log.warning("watch #%s: chat %s refuses messages (%s); kept", notice.watch.id, notice.watch.chat_id, exc)
                continue
            except TelegramError as exc:
                log.warning("watch #%s: notice not sent (%s); retried on the next check", notice.watch.id, exc)
                continue
            await watch.delivered(ctx.engine, notice)
            sent += 1
    return sent


async def _notify_logged(app: Application) -> None:
    try:
        await notify(app)
    except Exception:  # noqa: BLE001 - a failed check is logged; the next ingest or tick tries again
        log.exception("watch check failed")


def after_ingest(context: ContextTypes.DEFAULT_TYPE, report: IngestReport) -> None:
    """After an upload or /tambah stored something: check the watches in the background."""
    if report.added or report.replaced:
        context.application.create_task(_notify_logged(context.application))
