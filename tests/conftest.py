"""Shared fixtures: a seeded database built once per session and copied for each test."""
from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from retrieval.engine import Engine

from .fake_telegram import FakeTelegram


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sumber.db"

    async def build() -> None:
        engine = await Engine.open(path)
        await engine.close()

    asyncio.run(build())
    return path


@pytest.fixture
def seeded_db(seeded_db_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "sumber.db"
    shutil.copy(seeded_db_template, target)
    index = seeded_db_template.with_name(seeded_db_template.name + ".index")
    shutil.copytree(index, target.with_name(target.name + ".index"))
    return target


@pytest.fixture
async def engine(seeded_db: Path):
    eng = await Engine.open(seeded_db)
    yield eng
    await eng.close()


@pytest.fixture
async def empty_engine(tmp_path: Path):
    eng = await Engine.open(tmp_path / "empty.db", seeds_dir=None)
    yield eng
    await eng.close()


@pytest.fixture
async def tg():
    """The fake Telegram Bot API on 127.0.0.1 (real HTTP; PTB talks to it through base_url)."""
    fake = FakeTelegram()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def outlet():
    """An outlet's web server on loopback (feeds, sitemaps, article pages: tests/feed_server.py)."""
    from .feed_server import Outlet

    o = Outlet()
    await o.start()
    yield o
    await o.stop()
