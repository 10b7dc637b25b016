"""/ikuti, /berhenti, /sumberdata and the background poll job (the polling is retrieval/feeds.py).

The job runs on PTB's JobQueue every `poll_tick_seconds`: it polls the feeds that are due (each on
its own interval, failed ones after their backoff), then checks the watches. It runs as its own
task, one instance at a time, and everything slow in it (HTTP, parsing, extraction, ingest) awaits
or runs in threads, so answers never wait for it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from html import escape

from telegram import Update
from telegram.ext import Application, ContextTypes

from retrieval.feeds import Poller, PollResult, PollSettings, feed_line
from retrieval.fetch import FetchError, FetchPolicy

from . import watches
from .admin import admin_only
from .config import Settings
from .context import ctx_of, reply
from .render import pack

log = logging.getLogger("sumber.bot.feeds")
STATE_KEY = "sumber_feeds"


@dataclass
class FeedsState:
    poller: Poller
    polls_done: int = 0                     # finished runs of the job (tests wait on it)
    last_results: list[PollResult] = field(default_factory=list)


def state_of(app: Application) -> FeedsState:
    return app.bot_data[STATE_KEY]


def setup(app: Application, settings: Settings) -> None:
    """Called from post_init once the engine is open: the poller and the repeating job."""
    engine = app.bot_data["sumber"].engine
    policy = FetchPolicy(allow_private=settings.allow_private_urls, allow_hosts=settings.url_allow_hosts,
                         max_bytes=settings.max_fetch_bytes, timeout=settings.fetch_timeout)
    poll = PollSettings(every_minutes=settings.poll_minutes, cap=settings.poll_cap,
                        max_feed_bytes=settings.max_feed_bytes, max_page_bytes=settings.max_fetch_bytes,
                        timeout=settings.fetch_timeout)
    app.bot_data[STATE_KEY] = FeedsState(Poller(engine, policy, poll))
    if app.job_queue is None:
        log.warning("no job queue (install python-telegram-bot[job-queue]); feeds are polled only by `sumber poll`")
        return
    app.job_queue.run_repeating(poll_job, interval=settings.poll_tick_seconds, first=settings.poll_tick_seconds,
                                name="sumber-poll", job_kwargs={"max_instances": 1, "coalesce": True})


async def run_poll(app: Application, *, force: bool = False, feed_ids: list[int] | None = None) -> list[PollResult]:
    """Poll (due feeds, or the given ones), then check the watches."""
    state = state_of(app)
    try:
        results = await state.poller.poll(force=force or feed_ids is not None, feed_ids=feed_ids)
        for r in results:
            log.info("poll %s", r.line())
        state.last_results = results
        await watches.notify(app)
        return results
    finally:
        state.polls_done += 1


async def poll_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    data = context.job.data if context.job and isinstance(context.job.data, dict) else {}
    try:
        await run_poll(context.application, force=bool(data.get("force")), feed_ids=data.get("feed_ids"))
    except Exception:  # noqa: BLE001 - the next tick tries again
        log.exception("poll job failed")


@admin_only
async def ikuti(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    args = context.args or []
    if not args:
        await reply(message, "Pakai: <code>/ikuti https://www.antaranews.com/rss/terkini.xml [menit]</code>")
        return
    state = state_of(context.application)
    every = None
    if len(args) > 1:
        try:
            every = max(1, int(args[1]))
        except ValueError:
            await reply(message, "Interval harus angka menit, misalnya <code>/ikuti URL 30</code>.")
            return
    try:
        feed, created = await state.poller.follow(args[0], every)
    except FetchError as exc:
        await reply(message, f"Gagal mengikuti: {escape(str(exc))}")
        return
    if not created:
        await reply(message, f"Sudah diikuti: #{feed.id} {escape(feed.url)} (tiap {feed.every_minutes} menit).")
        return
    await reply(message, f"📡 Mengikuti #{feed.id} {escape(feed.url)} tiap {feed.every_minutes} menit. "
                         "Poll pertama berjalan sekarang.")

    async def first_poll() -> None:
        try:
            results = await run_poll(context.application, feed_ids=[feed.id])
        except Exception:  # noqa: BLE001
            log.exception("first poll of %s failed", feed.url)
            return
        for r in results:
            await reply(message, escape(r.line()))

    context.application.create_task(first_poll(), update=update)


@admin_only
async def berhenti(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    try:
        feed_id = int((context.args or [""])[0])
    except ValueError:
        await reply(message, "Pakai: <code>/berhenti ID</code> (ID ada di <code>/sumberdata</code>).")
        return
    if await state_of(context.application).poller.unfollow(feed_id):
        await reply(message, f"Feed #{feed_id} tidak diikuti lagi. Artikel yang sudah masuk tetap ada.")
    else:
        await reply(message, f"Tidak ada feed #{feed_id}.")


@admin_only
async def sumberdata(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    feeds = await ctx_of(context).engine.store.feeds()
    if not feeds:
        await reply(update.effective_message, "Belum ada feed yang diikuti. Tambah dengan <code>/ikuti URL</code>.")
        return
    blocks = [f"📡 <b>Feed yang diikuti</b> ({len(feeds)})"]
    for f in feeds:
        icon = "❌" if f.failures else ("⚠️" if f.note else "✅")
        blocks.append(f"{icon} {escape(feed_line(f))}")
    for page in pack(blocks):
        await reply(update.effective_message, page)
