"""A busy newsroom: many users asking in several group chats at once while an admin reindexes.

Shared by tests/test_load.py (which asserts what users see) and bench/load.py (which prints the
latency distribution). Runs the real bot against the fake Bot API with Telegram's flood limits.
"""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

from bot.app import build_application
from bot.config import Settings
from retrieval.engine import Engine

from .fake_telegram import BOT_USERNAME, FakeTelegram

ADMIN = 1
THROTTLED = "Terlalu banyak pertanyaan"
QUESTIONS = [
    "berapa tentara Korut?",
    "siapa yang melatih tentara Korea Utara?",
    "berapa perwira Korea Utara yang tewas?",
    "berapa jenderal Korea Utara yang tewas?",
    "kapan tentara Korea Utara tiba di Kursk?",
]  # each answer fits one message, so the group's message budget is the questions' own


def filler_articles(n: int) -> bytes:
    """Enough articles that a reindex takes seconds, so questions arrive while it runs (on another
    topic, so the answers stay those of the seeds)."""
    recs = []
    for i in range(n):
        sents = [f"Banjir merendam {100 + i} rumah warga di Kabupaten Contoh{i}, kata Kepala BPBD Contoh{i} Sutrisno.",
                 f"Sebanyak {20 + i} keluarga mengungsi ke balai desa setempat sejak Senin pagi."]
        sents += [f"Petugas gabungan membersihkan lumpur di jalan desa ke-{j} dan memeriksa tanggul sungai." for j in range(8)]
        recs.append({"id": f"banjir-{i}", "outlet": "kompas.com", "title": f"Banjir Rendam Kabupaten Contoh{i}",
                     "date": "2024-03-01", "text": " ".join(sents)})
    return "\n".join(json.dumps(r) for r in recs).encode()


@dataclass
class LoadResult:
    questions: list[int] = field(default_factory=list)          # message ids pushed
    latencies: list[float] = field(default_factory=list)        # push -> first reply, seconds
    replies: dict[int, list[dict]] = field(default_factory=dict)
    answered_during_reindex: int = 0
    reindex_seconds: float = 0.0


async def run_load(tg: FakeTelegram, db: Path, *, users: int = 20, groups: int = 5, per_user: int = 5,
                   questions_per_minute: int = 4, filler: int = 300, timeout: float = 300.0) -> LoadResult:
    tg.flood_per_chat_per_minute = 20   # Telegram: about 20 messages a minute in one group
    tg.flood_global_per_second = 30     # and 30 a second overall
    settings = Settings(token=tg.token, admin_ids=frozenset({ADMIN}), db_path=db, base_url=tg.base_url,
                        base_file_url=tg.base_file_url, questions_per_minute=questions_per_minute)
    engine = await Engine.open(db)
    await engine.ingest_bytes(filler_articles(filler), "filler.jsonl")
    app = build_application(settings, engine)
    await app.initialize()
    await app.post_init(app)
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    result = LoadResult()
    try:
        start_msg = tg.push_message("/reindex", user_id=ADMIN)
        await tg.wait_for(lambda t: [m for m in t.sent if m.get("reply_to_message_id") == start_msg])
        started = tg.pushed_at[start_msg]
        tg.fail_with_429 = 3  # a few 429s on top of the flood limits: each must be retried, not lost
        for round_no in range(per_user):
            for u in range(users):
                group = -1000 - (u % groups)
                q = QUESTIONS[(u + round_no) % len(QUESTIONS)]
                result.questions.append(tg.push_message(f"/tanya@{BOT_USERNAME} {q}", user_id=1000 + u,
                                                        chat_id=group, chat_type="supergroup"))

        def all_replied(t: FakeTelegram) -> bool:
            got = {m.get("reply_to_message_id") for m in t.sent}
            return all(mid in got for mid in result.questions)

        await tg.wait_for(all_replied, timeout=timeout)
        done = await tg.wait_for(lambda t: [e for e in t.edits if "Reindex selesai" in e["shown"]], timeout=timeout)
        finished = done[0]["at"]
        result.reindex_seconds = finished - started
        for mid in result.questions:
            msgs = [m for m in tg.sent if m.get("reply_to_message_id") == mid]
            result.replies[mid] = msgs
            result.latencies.append(msgs[0]["at"] - tg.pushed_at[mid])
            if started <= msgs[0]["at"] <= finished and THROTTLED not in msgs[0]["shown"]:
                result.answered_during_reindex += 1
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await engine.close()
    return result


def latency_summary(lat: list[float]) -> str:
    xs = sorted(lat)

    def p(q: float) -> float:
        return xs[min(len(xs) - 1, int(q * len(xs)))] * 1000

    return (f"{len(xs)} questions: p50 {p(0.5):.0f} ms, p90 {p(0.9):.0f} ms, p95 {p(0.95):.0f} ms, "
            f"max {xs[-1] * 1000:.0f} ms")


async def main_with_fake(db: Path, **kwargs) -> tuple[LoadResult, FakeTelegram]:  # noqa: ANN003
    tg = FakeTelegram()
    await tg.start()
    try:
        return await run_load(tg, db, **kwargs), tg
    finally:
        await tg.stop()


def run_blocking(db: Path, **kwargs) -> tuple[LoadResult, FakeTelegram]:  # noqa: ANN003
    return asyncio.run(main_with_fake(db, **kwargs))
