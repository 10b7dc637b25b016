"""Every handler, wired in order, on one page; and the entry point for `sumber bot`."""
from __future__ import annotations

import logging
import sys

from telegram import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          InlineQueryHandler, MessageHandler, filters)

from retrieval.engine import Engine

from . import admin, charts, info, questions
from . import feeds, watches
from .config import ConfigError, Settings
from .context import BotContext

log = logging.getLogger("sumber.bot")

PUBLIC_COMMANDS = [
    BotCommand("tanya", "Tanya: /tanya berapa tentara Korut?"),
    BotCommand("artikel", "Buka artikel: /artikel ID"),
    BotCommand("sumber", "Daftar media yang diindeks"),
    BotCommand("help", "Cara memakai Sumber"),
    BotCommand("pantau", "Pantau pertanyaan: /pantau berapa tentara Korut?"),
    BotCommand("lupakan", "Hapus pantauan: /lupakan N"),
]
ADMIN_COMMANDS = PUBLIC_COMMANDS + [
    BotCommand("tambah", "Tambah artikel dari URL"),
    BotCommand("hapus", "Hapus artikel: /hapus ID"),
    BotCommand("reindex", "Bangun ulang indeks"),
    BotCommand("stats", "Statistik"),
    BotCommand("ikuti", "Ikuti feed RSS/Atom/sitemap: /ikuti URL [menit]"),
    BotCommand("berhenti", "Berhenti mengikuti feed: /berhenti ID"),
    BotCommand("sumberdata", "Feed yang diikuti dan kesehatannya"),
]


def rate_limiter() -> AIORateLimiter:
    """Telegram allows about 30 messages a second overall and 20 a minute in one group, counted
    over any window. aiolimiter is a leaky bucket: a full bucket (burst) plus what leaks during the
    window, so burst + rate * window must stay within the limit: 15 + 15 per second, and 10 + 10
    per minute in a group. A 429 that still comes is waited out and retried, several times."""
    return AIORateLimiter(overall_max_rate=15, overall_time_period=1, group_max_rate=10, group_time_period=60,
                          max_retries=5)


def build_application(settings: Settings, engine: Engine | None = None) -> Application:
    builder = (ApplicationBuilder().token(settings.token)
               .rate_limiter(rate_limiter())
               .concurrent_updates(True))
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)

    async def post_init(app: Application) -> None:
        eng = engine or await Engine.open(settings.db_path)
        app.bot_data["sumber"] = BotContext(settings, eng)
        # followed feeds: the poller and the background poll job (JobQueue)
        feeds.setup(app, settings)
        await app.bot.set_my_commands(PUBLIC_COMMANDS, scope=BotCommandScopeDefault())
        for admin_id in settings.admin_ids:
            try:
                await app.bot.set_my_commands(ADMIN_COMMANDS, scope=BotCommandScopeChat(admin_id))
            except Exception as exc:  # noqa: BLE001 - an admin who never opened the bot has no chat yet
                log.warning("admin commands not registered for %s: %s", admin_id, exc)
        log.info("Sumber bot ready: %s articles indexed", (await eng.stats())["articles"])

    async def post_shutdown(app: Application) -> None:
        ctx: BotContext | None = app.bot_data.get("sumber")
        if ctx is None:
            return
        task = ctx.reindex_task
        if task is not None and not task.done():
            log.info("waiting for the running reindex to finish its current article")
            task.cancel()
        if engine is None:
            await ctx.engine.close()

    app = builder.post_init(post_init).post_shutdown(post_shutdown).build()

    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    # public commands
    app.add_handler(CommandHandler(["start", "help"], info.start))
    app.add_handler(CommandHandler(["tanya", "ask"], questions.ask_command))
    app.add_handler(CommandHandler("artikel", questions.article_command))
    app.add_handler(CommandHandler("sumber", info.outlets))
    # admin commands (each checks SUMBER_ADMIN_IDS itself)
    app.add_handler(CommandHandler("tambah", admin.add_url))
    app.add_handler(CommandHandler("hapus", admin.delete))
    app.add_handler(CommandHandler("reindex", admin.reindex))
    app.add_handler(CommandHandler("stats", admin.stats))
    app.add_handler(MessageHandler(filters.Document.ALL & (private | groups), admin.upload))
    # feeds (admin) and watched questions (any chat)
    app.add_handler(CommandHandler("ikuti", feeds.ikuti))
    app.add_handler(CommandHandler("berhenti", feeds.berhenti))
    app.add_handler(CommandHandler("sumberdata", feeds.sumberdata))
    app.add_handler(CommandHandler("pantau", watches.pantau))
    app.add_handler(CommandHandler("lupakan", watches.lupakan))
    # unknown commands: answered in private chats, ignored in groups (they may be for other bots)
    app.add_handler(MessageHandler(filters.COMMAND & private, info.unknown_command))
    # questions
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & private, questions.private_text))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & groups, questions.group_text))
    app.add_handler(CallbackQueryHandler(questions.source_button, pattern=r"^p:"))
    app.add_handler(CallbackQueryHandler(charts.chart_button, pattern=r"^g:"))
    app.add_handler(InlineQueryHandler(questions.inline_query))
    app.add_error_handler(info.on_error)
    return app


def main() -> int:
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"sumber bot: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=getattr(logging, settings.log_level, logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    app = build_application(settings)
    if settings.webhook_url:
        from urllib.parse import urlsplit

        app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                        url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                        webhook_url=settings.webhook_url, secret_token=settings.webhook_secret,
                        allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
