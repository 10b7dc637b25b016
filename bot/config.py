"""Settings from the environment (optionally a .env file); one clear line when something is wrong."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.engine import default_db_path


class ConfigError(Exception):
    pass


def _int_list(raw: str) -> frozenset[int]:
    out = set()
    for part in raw.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.add(int(part))
        except ValueError as exc:
            raise ConfigError(f"SUMBER_ADMIN_IDS: '{part}' is not a Telegram user id") from exc
    return frozenset(out)


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}: '{raw}' is not a whole number") from exc


def _choice(env: dict[str, str], name: str, options: tuple[str, ...]) -> str:
    """One of `options` (the first is the default)."""
    raw = env.get(name, "").strip().lower()
    if not raw:
        return options[0]
    if raw not in options:
        raise ConfigError(f"{name}: '{raw}' is not one of {', '.join(options)}")
    return raw


@dataclass(frozen=True)
class Settings:
    token: str
    admin_ids: frozenset[int] = frozenset()
    db_path: Path = field(default_factory=default_db_path)
    base_url: str | None = None
    base_file_url: str | None = None
    log_level: str = "INFO"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    allow_private_urls: bool = False
    url_allow_hosts: frozenset[str] = frozenset()   # host names that may be private (intranet)
    questions_per_minute: int = 10
    max_question_chars: int = 500
    max_upload_bytes: int = 10 * 1024 * 1024
    max_fetch_bytes: int = 5 * 1024 * 1024
    fetch_timeout: float = 15.0
    health_port: int | None = None
    # feeds and watches (bot/feeds.py, bot/watches.py)
    poll_minutes: int = 15                  # a followed feed's default interval (SUMBER_POLL_MINUTES)
    poll_cap: int = 20                      # new items fetched per feed per poll (SUMBER_POLL_CAP)
    poll_tick_seconds: float = 60.0         # how often the background job looks for due feeds and watches
    max_feed_bytes: int = 16 * 1024 * 1024  # a feed document larger than this is refused (SUMBER_MAX_FEED_BYTES)
    max_watches_per_chat: int = 10          # /pantau questions per chat (SUMBER_MAX_WATCHES_PER_CHAT)
    watch_gap_seconds: float = 600.0        # at most one notice per watch in this time
    charts: str = "auto"          # SUMBER_CHARTS: auto (send with a disagreeing answer) | button | off

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, dotenv: bool = True) -> "Settings":
        if dotenv and env is None:
            from dotenv import load_dotenv

            load_dotenv(override=False)
        env = dict(os.environ if env is None else env)
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather; see .env.example)")
        webhook_url = env.get("SUMBER_WEBHOOK_URL", "").strip() or None
        secret = env.get("SUMBER_WEBHOOK_SECRET", "").strip() or None
        if webhook_url and not secret:
            raise ConfigError("SUMBER_WEBHOOK_SECRET must be set when SUMBER_WEBHOOK_URL is (1-256 of A-Z a-z 0-9 _ -)")
        return cls(
            token=token,
            admin_ids=_int_list(env.get("SUMBER_ADMIN_IDS", "")),
            db_path=Path(env["SUMBER_DB"]).expanduser() if env.get("SUMBER_DB") else default_db_path(),
            base_url=env.get("TELEGRAM_BASE_URL") or None,
            base_file_url=env.get("TELEGRAM_BASE_FILE_URL") or None,
            log_level=(env.get("SUMBER_LOG_LEVEL") or "INFO").upper(),
            webhook_url=webhook_url,
            webhook_secret=secret,
            webhook_listen=env.get("SUMBER_WEBHOOK_LISTEN", "0.0.0.0"),
            webhook_port=_int(env, "SUMBER_WEBHOOK_PORT", 8443),
            allow_private_urls=env.get("SUMBER_ALLOW_PRIVATE_URLS", "").strip() in ("1", "true", "yes"),
            url_allow_hosts=frozenset(h.strip().lower() for h in env.get("SUMBER_URL_ALLOW_HOSTS", "").split(",")
                                      if h.strip()),
            questions_per_minute=_int(env, "SUMBER_QUESTIONS_PER_MINUTE", 10),
            max_question_chars=_int(env, "SUMBER_MAX_QUESTION_CHARS", 500),
            max_upload_bytes=_int(env, "SUMBER_MAX_UPLOAD_BYTES", 10 * 1024 * 1024),
            max_fetch_bytes=_int(env, "SUMBER_MAX_FETCH_BYTES", 5 * 1024 * 1024),
            poll_minutes=max(1, _int(env, "SUMBER_POLL_MINUTES", 15)),
            poll_cap=max(1, _int(env, "SUMBER_POLL_CAP", 20)),
            max_feed_bytes=_int(env, "SUMBER_MAX_FEED_BYTES", 16 * 1024 * 1024),
            max_watches_per_chat=_int(env, "SUMBER_MAX_WATCHES_PER_CHAT", 10),
            charts=_choice(env, "SUMBER_CHARTS", ("auto", "button", "off")),
        )
