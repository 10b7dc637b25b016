"""/start, /help, /sumber (indexed outlets), unknown commands, and the error handler."""
from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.ext import ContextTypes

from retrieval.answer import format_date

from .context import ctx_of, reply

log = logging.getLogger("sumber.bot")

HELP = """<b>Sumber</b> menjawab pertanyaan tentang berita Indonesia dengan <b>semua klaim</b> yang cocok di artikel yang diindeks: angka seperti yang ditulis, <b>siapa yang mengatakannya</b>, <b>media yang menerbitkannya</b>, kapan, dan di mana sumber-sumber berbeda.

Contoh: <code>berapa tentara Korut?</code>
Di grup: <code>/tanya berapa tentara Korut?</code>, sebut @{bot}, atau balas pesan bot.

Sumber <b>tidak</b> memilih satu angka "yang benar", tidak mencari di internet, dan hanya tahu artikel yang sudah ditambahkan admin.

Perintah: /tanya PERTANYAAN · /artikel ID · /sumber (daftar media) · /help
Admin: /tambah URL · kirim file .txt/.html/.jsonl · /hapus ID · /reindex · /stats"""


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update.effective_message, HELP.replace("{bot}", escape(context.bot.username or "bot")))


async def outlets(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    rows = await ctx_of(context).engine.store.outlets()
    if not rows:
        await reply(update.effective_message, "Belum ada artikel yang diindeks.")
        return
    lines = ["📰 <b>Media yang diindeks</b>"]
    for r in rows[:50]:
        span = ""
        if r["first"]:
            span = f" · {format_date(r['first'])} – {format_date(r['last'])}"
        lines.append(f"{escape(r['outlet'])}: {r['articles']} artikel{span}")
    await reply(update.effective_message, "\n".join(lines))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await reply(update.effective_message, "Perintah tidak dikenal. Ketik /help untuk daftar perintah.")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the traceback; tell the user briefly, never the traceback itself."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await reply(update.effective_message, "Maaf, terjadi kesalahan saat memproses pesan ini. Coba lagi nanti.")
        except Exception:  # noqa: BLE001 - the error handler must not raise
            log.exception("could not tell the user about the error")
