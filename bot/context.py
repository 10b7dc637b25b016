"""The bot's application object: engine, settings and per-user throttles, kept in bot_data."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from aiolimiter import AsyncLimiter
from telegram import Message, ReplyParameters, Update, User
from telegram.error import ChatMigrated
from telegram.ext import ContextTypes

from retrieval.engine import Engine

from .config import Settings

log = logging.getLogger("sumber.bot")
ANONYMOUS_ADMIN_ID = 1087968824  # GroupAnonymousBot: an admin posting as the group


@dataclass
class BotContext:
    settings: Settings
    engine: Engine
    limiters: dict[int, AsyncLimiter] = field(default_factory=dict)
    reindex_task: object | None = None

    def is_admin(self, user: User | None) -> bool:
        return bool(user) and user.id != ANONYMOUS_ADMIN_ID and user.id in self.settings.admin_ids

    async def allow_question(self, key: int) -> bool:
        """Per-user (or per anonymous group) throttle; False means 'slow down'."""
        limiter = self.limiters.get(key)
        if limiter is None:
            limiter = self.limiters[key] = AsyncLimiter(self.settings.questions_per_minute, 60)
        if not limiter.has_capacity():
            return False
        await limiter.acquire()  # has capacity, so this does not wait
        return True


def ctx_of(context: ContextTypes.DEFAULT_TYPE) -> BotContext:
    return context.application.bot_data["sumber"]


async def reply(message: Message, text: str, **kwargs) -> Message:  # noqa: ANN003
    """Reply in the same chat and forum topic; follow a group's migration to a supergroup."""
    kwargs.setdefault("parse_mode", "HTML")
    kwargs.setdefault("disable_web_page_preview", True)
    thread = message.message_thread_id if message.is_topic_message else None
    try:
        return await message.get_bot().send_message(
            chat_id=message.chat_id, text=text, message_thread_id=thread,
            reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True), **kwargs)
    except ChatMigrated as exc:
        log.info("chat %s migrated to %s; answering there", message.chat_id, exc.new_chat_id)
        return await message.get_bot().send_message(chat_id=exc.new_chat_id, text=text, **kwargs)


def sender_key(update: Update) -> int:
    user = update.effective_user
    if user is None or user.id == ANONYMOUS_ADMIN_ID:
        return update.effective_chat.id if update.effective_chat else 0
    return user.id
