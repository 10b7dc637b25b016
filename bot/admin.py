"""Admin commands: /tambah URL, document uploads, /hapus, /reindex, /stats. Every path checks the
sender against SUMBER_ADMIN_IDS first; anyone else gets a polite refusal and a log line."""
from __future__ import annotations

import functools
import logging
import sqlite3
import time
from html import escape
from pathlib import PurePosixPath

from telegram import Update
from telegram.ext import ContextTypes

from retrieval.answer import format_date
from retrieval.clean import extract_html
from retrieval.engine import IngestReport, ReindexRunning
from retrieval.ingest import InputError, read_bytes
from retrieval.store import explain_sqlite_error

from . import watches
from .context import ANONYMOUS_ADMIN_ID, ctx_of, reply
from retrieval.fetch import FetchError, fetch

log = logging.getLogger("sumber.bot.admin")
PROGRESS_EVERY_SECONDS = 1.0
UPLOAD_TYPES = (".txt", ".html", ".htm", ".jsonl")


def admin_only(handler):  # noqa: ANN001, ANN201
    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if not ctx_of(context).is_admin(user):
            log.warning("refused admin action %s from user %s (%s) in chat %s", handler.__name__,
                        user.id if user else None, user.username if user else None,
                        update.effective_chat.id if update.effective_chat else None)
            if update.callback_query:
                await update.callback_query.answer("Hanya admin yang boleh melakukan ini.", show_alert=True)
            elif update.effective_message:
                text = ("Maaf, perintah ini hanya untuk admin Sumber.")
                if user is not None and user.id == ANONYMOUS_ADMIN_ID:
                    text += " Anda mengirim sebagai admin anonim; kirim dari akun pribadi Anda."
                await reply(update.effective_message, text)
            return
        try:
            await handler(update, context)
        except sqlite3.Error as exc:
            log.error("storage error in %s: %s", handler.__name__, exc)
            await reply(update.effective_message, f"Gagal menyimpan: {escape(explain_sqlite_error(exc))}. "
                                                  "Tidak ada yang setengah tersimpan; pertanyaan tetap dijawab.")
    return wrapper


def _report_html(report: IngestReport) -> str:
    lines = []
    for d in report.details:
        lines.append(f"✅ <code>{escape(d['id'])}</code> · {escape(d['outlet'] or 'outlet ?')} · "
                     f"{escape(d['title'] or '(tanpa judul)')} · {escape(format_date(d['published']) or 'tanggal ?')} · "
                     f"{d['passages']} kalimat, {d['claims']} klaim")
    for art_id in report.duplicates:
        lines.append(f"↩️ sudah ada: <code>{escape(art_id)}</code>")
    for p in report.problems[:20]:
        lines.append(f"⚠️ {escape(p)}")
    if len(report.problems) > 20:
        lines.append(f"⚠️ … {len(report.problems) - 20} masalah lain")
    return "\n".join(lines) or "Tidak ada artikel yang bisa dibaca."


@admin_only
async def add_url(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    if not context.args:
        await reply(update.effective_message, "Pakai: <code>/tambah https://contoh.com/berita</code>")
        return
    url = context.args[0]
    s = ctx.settings
    try:
        page = await fetch(url, allow_private=s.allow_private_urls, max_bytes=s.max_fetch_bytes, timeout=s.fetch_timeout,
                           allow_hosts=s.url_allow_hosts)
        article = extract_html(page.content, url=page.url)
        if not article.body.strip():
            raise InputError("tidak ada teks artikel di halaman itu")
        report = await ctx.engine.ingest_articles([article], source=page.url)
    except (FetchError, InputError) as exc:
        await reply(update.effective_message, f"Gagal menambah: {escape(str(exc))}")
        return
    await reply(update.effective_message, _report_html(report))
    watches.after_ingest(context, report)


@admin_only
async def upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    doc = update.effective_message.document
    name = PurePosixPath((doc.file_name or "upload.txt").replace("\\", "/")).name or "upload.txt"
    if not name.lower().endswith(UPLOAD_TYPES):
        await reply(update.effective_message, "Jenis file tidak didukung. Kirim .txt, .html atau .jsonl.")
        return
    if doc.file_size and doc.file_size > ctx.settings.max_upload_bytes:
        await reply(update.effective_message,
                    f"File terlalu besar ({doc.file_size // 1024} KB; batas {ctx.settings.max_upload_bytes // 1024} KB).")
        return
    tg_file = await doc.get_file()
    data = bytes(await tg_file.download_as_bytearray())
    if len(data) > ctx.settings.max_upload_bytes:
        await reply(update.effective_message, "File terlalu besar.")
        return
    try:
        result = read_bytes(data, name)  # read and validate everything before writing anything
        report = await ctx.engine.ingest_articles(result.articles, source=f"telegram:{name}")
        report.problems[:0] = result.problems
    except InputError as exc:
        await reply(update.effective_message, f"File ditolak: {escape(str(exc))}. Tidak ada yang disimpan.")
        return
    await reply(update.effective_message, _report_html(report))
    watches.after_ingest(context, report)


@admin_only
async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await reply(update.effective_message, "Pakai: <code>/hapus ID_ARTIKEL</code>")
        return
    art_id = context.args[0]
    deleted = await ctx_of(context).engine.delete(art_id)
    text = f"Artikel <code>{escape(art_id)}</code> dihapus." if deleted else f"Artikel <code>{escape(art_id)}</code> tidak ada."
    await reply(update.effective_message, text)


@admin_only
async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    ctx = ctx_of(context)
    if ctx.engine.reindexing:
        await reply(update.effective_message, "Reindex sedang berjalan; tunggu sampai selesai.")
        return
    status = await reply(update.effective_message, "🔄 Reindex dimulai…")
    last = {"t": 0.0}

    async def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last["t"] >= PROGRESS_EVERY_SECONDS:
            last["t"] = now
            try:
                await status.edit_text(f"🔄 Reindex: {done}/{total} artikel")
            except Exception as exc:  # noqa: BLE001 - progress is cosmetic; the reindex goes on
                log.debug("progress edit failed: %s", exc)

    async def run() -> None:
        try:
            n = await ctx.engine.reindex(progress)
            await status.edit_text(f"✅ Reindex selesai: {n} artikel, {ctx.engine.index.n_docs} kalimat di indeks.")
        except ReindexRunning:
            await status.edit_text("Reindex sedang berjalan; tunggu sampai selesai.")
        except Exception:
            log.exception("reindex failed")
            await status.edit_text("❌ Reindex gagal; indeks lama tetap dipakai. Lihat log.")

    ctx.reindex_task = context.application.create_task(run(), update=update)


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    s = await ctx_of(context).engine.stats()
    age = s["index_age_seconds"]
    age_text = "?" if age is None else (f"{age / 60:.0f} menit" if age >= 60 else f"{age:.0f} detik")
    await reply(update.effective_message,
                f"📊 <b>Statistik Sumber</b>\nArtikel: {s['articles']}\nKalimat: {s['passages']}\n"
                f"Klaim: {s['claims']}\nOutlet: {s['outlets']}\nUmur indeks: {age_text}\n"
                f"Pertanyaan dijawab: {s['questions_answered']}"
                + ("" if s["derived_with_current_rules"] else
                   "\n⚠️ Arsip dibaca dengan aturan versi lama: jalankan /reindex agar angka dibaca ulang."))
