"""Load benchmark: the busy-newsroom scenario of tests/test_load.py, printing the latency users see.

100 questions from 20 users in 5 group chats, pushed within a second through the fake Bot API
(Telegram's flood limits enforced: 20 messages a minute per group, 30 a second overall), while an
admin's /reindex runs. Latency = question pushed -> first reply delivered. Not a test.

    .venv/bin/python bench/load.py
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.load_scenario import THROTTLED, latency_summary, run_blocking  # noqa: E402


def main() -> int:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        result, tg = run_blocking(Path(tmp) / "load.db")
    answered = [lat for mid, lat in zip(result.questions, result.latencies) if THROTTLED not in result.replies[mid][0]["shown"]]
    print("all replies:      ", latency_summary(result.latencies))
    print("answers only:     ", latency_summary(answered))
    print(f"throttled: {len(result.latencies) - len(answered)}, 429 responses: {tg.rejected_429}, "
          f"messages sent: {len(tg.sent)}, reindex {result.reindex_seconds:.1f} s with "
          f"{result.answered_during_reindex} questions answered during it")
    print("Telegram's limit of about 20 messages a minute per group dominates: past the burst, a busy "
          "group gets one message every 6 s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
