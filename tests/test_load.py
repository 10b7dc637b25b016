"""Load: 100 questions from 20 users in 5 group chats within seconds, through the fake Bot API with
Telegram's flood limits, while an admin's reindex runs. Latency is printed (bench/load.py reports
it as a benchmark); the assertions are about what users see."""
from __future__ import annotations

from .load_scenario import THROTTLED, latency_summary, run_load


async def test_busy_groups_answered_throttled_politely_no_error_no_lost_429(tg, seeded_db):
    result = await run_load(tg, seeded_db)
    assert len(result.questions) == 100
    answered = throttled = 0
    for mid, msgs in result.replies.items():
        first = msgs[0]["shown"]
        assert "kesalahan" not in first.lower(), first  # the error handler's apology never reaches a user
        if THROTTLED in first:
            throttled += 1
        else:
            answered += 1
            assert any(o in "".join(m["shown"] for m in msgs) for o in ("Tribunnews", "Medcom.id", "Bisnis.com",
                                                                         "Kompas.com")), first
    # 4 questions a minute per user: each user's fifth question is throttled, the rest answered
    assert (answered, throttled) == (80, 20)
    assert all(len(msgs) == 1 for msgs in result.replies.values())  # one message per answer here
    assert not tg.errors
    # every message Telegram turned away with 429 was sent again later and arrived
    assert tg.rejected_429 >= 3
    delivered = {(m["chat_id"], m["text"]) for m in tg.sent} | {(m["chat_id"], m["text"]) for m in tg.edits}
    lost = [r for r in tg.flood_rejected if (r["chat_id"], r["text"]) not in delivered]
    assert not lost
    # group flood limit respected by the bot itself: never more than 20 messages a minute in one group
    for chat in {m["chat_id"] for m in tg.sent if m["chat_id"] < 0}:
        times = sorted(m["at"] for m in tg.sent if m["chat_id"] == chat)
        assert all(b - a >= 59.0 for a, b in zip(times, times[20:])), chat
    # questions were answered while the reindex ran, not after it
    assert result.answered_during_reindex > 0, result.reindex_seconds
    print("\nload:", latency_summary(result.latencies), f"; reindex {result.reindex_seconds:.1f} s,",
          f"{result.answered_during_reindex} answered during it")
