"""Watched questions: tell a chat when a new figure appears on a story it follows.

A watch is a question saved for a chat (and forum thread). When it is saved, every claim the
question already answers is recorded as known, so only later ones are announced. After an
ingest, each watch whose articles have moved on is asked again (Engine.ask, the same answer as
`sumber ask`), and a claim is new when, for one of its sources that arrived since the last check,
its figure and that source's outlet were never announced: a new figure, or a known figure from a
new outlet. Only strong claims count (never "the closest few"). A watch gives at most one notice
per NOTICE_GAP seconds; what arrives in between is gathered into the next notice. A notice's
claims become known only once it has been delivered, so a failed send is retried, never lost.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

from .answer import Answer, AnswerClaim, figure_label, render_text
from .engine import Engine
from .store import WatchRow
from .syndication import outlet_names

NOTICE_GAP = 600.0     # seconds between two notices of one watch
CLI_CHAT = 0           # the command line's watches


class WatchLimit(Exception):
    """The chat already has as many watches as an admin allows."""


@dataclass
class Notice:
    watch: WatchRow
    answer: Answer          # the question's answer reduced to the new claims
    keys: set[str]          # every key of the answer (known once delivered)
    upto: int               # articles.rowid the answer was read at


def figure_key(claim: AnswerClaim) -> str:
    """The figure a claim states ('10000-', '2000-3000', 'ribuan'), or, for a claim without one,
    its words (a new statement is new)."""
    f = claim.figure
    if f:
        if f.get("vague"):
            return "~" + figure_label(f)
        return f"{f.get('value')}-{f.get('high') if f.get('high') is not None else ''}"
    return "t:" + re.sub(r"\W+", " ", claim.text.lower()).strip()[:160]


def claim_keys(claim: AnswerClaim) -> dict[str, list[str]]:
    """key (figure + outlet) -> the article ids that carry it."""
    names = outlet_names()
    fk = figure_key(claim)
    out: dict[str, list[str]] = {}
    for s in claim.sources:
        out.setdefault(f"{fk}|{names.key(s.outlet) or s.outlet}", []).append(s.article_id)
    return out


def answer_keys(answer: Answer) -> set[str]:
    return {k for c in answer.claims if c.match == "strong" for k in claim_keys(c)}


async def add_watch(engine: Engine, chat_id: int, question: str, thread_id: int = 0,
                    max_per_chat: int | None = None, now: float | None = None) -> tuple[WatchRow, bool]:
    """Save the question for the chat with what it already answers; (watch, created)."""
    question = " ".join(question.split())
    if not question:
        raise ValueError("pertanyaan kosong")
    existing = await engine.store.watches(chat_id)
    for w in existing:
        if w.thread_id == thread_id and w.question == question:
            return w, False
    if max_per_chat is not None and len(existing) >= max_per_chat:
        raise WatchLimit(f"chat ini sudah memantau {len(existing)} pertanyaan (batas {max_per_chat})")
    upto = await engine.store.last_article_rowid()
    answer = await engine.ask(question, count=False)
    async with engine._write_lock:   # the one writer lock of the shared connection
        return await engine.store.add_watch(chat_id, thread_id, question, time.time() if now is None else now,
                                            upto, answer_keys(answer))


async def remove_watch(engine: Engine, watch_id: int, chat_id: int | None = None) -> bool:
    async with engine._write_lock:
        return await engine.store.remove_watch(watch_id, chat_id)


async def check(engine: Engine, watches: list[WatchRow] | None = None, now: float | None = None,
                gap: float = NOTICE_GAP) -> tuple[list[Notice], float | None]:
    """(notices due now, when the earliest held-back watch may speak again or None). Watches with
    nothing new are marked checked here; notices are marked by `delivered` once sent."""
    now = time.time() if now is None else now
    store = engine.store
    watches = await store.watches() if watches is None else watches
    upto = await store.last_article_rowid()
    notices: list[Notice] = []
    held: float | None = None
    for w in watches:
        if upto <= w.seen_upto:
            continue                                       # no article since its last check
        if w.last_notice is not None and now - w.last_notice < gap:
            held = min(held or float("inf"), w.last_notice + gap)
            continue                                       # gathered into the next notice
        answer = await engine.ask(w.question, count=False)
        known = await store.watch_keys(w.id)
        strong = [c for c in answer.claims if c.match == "strong"]
        rowids = await store.article_rowids(list({s.article_id for c in strong for s in c.sources}))
        fresh = [c for c in strong
                 if any(k not in known and any(rowids.get(a, 0) > w.seen_upto for a in arts)
                        for k, arts in claim_keys(c).items())]
        keys = answer_keys(answer)
        if not fresh:
            async with engine._write_lock:
                await store.mark_watch(w.id, keys, upto, None)
            continue
        notices.append(Notice(w, Answer(answer.question, answer.intent, fresh, match="strong"), keys, upto))
    return notices, held


async def delivered(engine: Engine, notice: Notice, now: float | None = None) -> None:
    """The notice reached its chat: its claims are known from now on."""
    async with engine._write_lock:
        await engine.store.mark_watch(notice.watch.id, notice.keys, notice.upto, time.time() if now is None else now)


def notice_text(notice: Notice) -> str:
    """Plain text for the command line."""
    w = notice.watch
    where = "CLI" if w.chat_id == CLI_CHAT else f"chat {w.chat_id}" + (f" topik {w.thread_id}" if w.thread_id else "")
    return f"pantauan #{w.id} ({where}) «{w.question}»: {len(notice.answer.claims)} klaim baru\n" + \
        render_text(notice.answer)
