"""Watched questions: only claims new since the last notice (a new figure, or a known figure from
a new outlet), nothing when nothing changed, one notice per watch per 10 minutes; and the CLI's
follow / poll / feeds / watch / watches against a loopback outlet."""
from __future__ import annotations

import asyncio

import pytest

from retrieval import cli
from retrieval import watch as watches
from retrieval.clean import Article

from .feed_server import NEW_REPORT, NEW_REPORT_TITLE, Outlet, article_page, rss

QUESTION = "berapa tentara Korut?"


def report(outlet: str, figure: str, day: str = "2024-11-20", extra: str = "") -> Article:
    body = (f"Badan Intelijen Nasional Korea Selatan menyebut sekitar {figure} tentara Korea Utara kini sudah berada "
            f"di Rusia. {extra}Pengiriman tentara Korea Utara itu dilakukan bertahap sejak Oktober.")
    return Article(body=body, title=f"Korsel: {figure} Tentara Korea Utara di Rusia", outlet=outlet, published=day,
                   url=f"https://{outlet.lower().replace(' ', '')}.example/{figure}")


def figures(notice: watches.Notice) -> set[float]:
    return {c.figure["value"] for c in notice.answer.claims if c.figure}


async def test_only_new_figures_and_new_outlets_are_announced(engine):
    w, created = await watches.add_watch(engine, -100500, QUESTION, thread_id=7, now=1000.0)
    assert created and w.thread_id == 7
    assert (await watches.check(engine, now=1001.0)) == ([], None)       # nothing ingested: nothing to say
    await engine.ingest_articles([report("CNN Indonesia", "15.000")])
    [notice], held = await watches.check(engine, now=1002.0)
    assert figures(notice) == {15000} and held is None
    assert {s.outlet for c in notice.answer.claims for s in c.sources} == {"CNN Indonesia"}
    await watches.delivered(engine, notice, now=1002.0)
    assert (await watches.check(engine, now=1003.0))[0] == []            # delivered: not again
    # the known figure from a new outlet, within 10 minutes: held back, then gathered
    await engine.ingest_articles([report("Kompas", "15.000", extra="Hal itu disampaikan pada Rabu. ")])
    notices, held = await watches.check(engine, now=1100.0)
    assert notices == [] and held == 1002.0 + watches.NOTICE_GAP
    await engine.ingest_articles([report("Tempo", "20.000")])
    [gathered], _ = await watches.check(engine, now=1700.0)
    outlets = {(c.figure["value"], s.outlet) for c in gathered.answer.claims for s in c.sources}
    assert (15000, "Kompas") in outlets and (20000, "Tempo") in outlets
    assert 12000 not in figures(gathered) and 10000 not in figures(gathered)
    await watches.delivered(engine, gathered, now=1700.0)
    # a known figure from a known outlet, and an article on another subject: nothing
    await engine.ingest_articles([report("Tempo", "20.000", day="2024-11-21", extra="Laporan itu diperbarui. "),
                                  Article(body="Harga cabai rawit di Pasar Minggu naik menjadi Rp 90.000 per kilogram.",
                                          title="Harga cabai naik", outlet="Kompas")])
    assert (await watches.check(engine, now=3000.0))[0] == []


async def test_a_chat_cannot_exceed_its_watch_cap_and_watches_are_removed_per_chat(engine):
    await watches.add_watch(engine, 5, QUESTION, max_per_chat=2)
    w2, _ = await watches.add_watch(engine, 5, "siapa yang melatih tentara Korea Utara?", max_per_chat=2)
    again, created = await watches.add_watch(engine, 5, QUESTION, max_per_chat=2)
    assert not created                                                    # the same question is one watch
    with pytest.raises(watches.WatchLimit, match="batas 2"):
        await watches.add_watch(engine, 5, "berapa perwira Korea Utara yang tewas?", max_per_chat=2)
    assert not await watches.remove_watch(engine, w2.id, chat_id=6)       # another chat's watch stays
    assert await watches.remove_watch(engine, w2.id, chat_id=5)
    assert [w.question for w in await engine.store.watches(5)] == [QUESTION]


async def run(argv: list[str]) -> int:
    """`sumber ...` in a thread (it runs its own event loop) while the outlet serves on this one."""
    return await asyncio.to_thread(cli.main, argv)



async def test_cli_follow_poll_feeds_watch_and_unfollow(seeded_db, outlet, monkeypatch, capsys):
    monkeypatch.setenv("SUMBER_ALLOW_PRIVATE_URLS", "1")
    db = ["--db", str(seeded_db)]
    outlet.pages["/n/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.feeds["/rss.xml"] = rss([(outlet.url("/n/1"), NEW_REPORT_TITLE, "Wed, 20 Nov 2024 08:00:00 +0700")])
    assert await run(db + ["poll"]) == 1                                   # nothing followed: nothing polled
    assert await run(db + ["watch", QUESTION]) == 0
    assert await run(db + ["follow", outlet.url("/rss.xml"), "--every", "30"]) == 0
    assert await run(db + ["follow", outlet.url("/error.xml")]) == 0
    capsys.readouterr()
    assert await run(db + ["poll"]) == 0                                   # one feed failed, one worked
    out = capsys.readouterr().out
    assert "#1 " in out and "1 artikel baru" in out and "GAGAL" in out and "HTTP 500" in out
    assert "pantauan #1 (CLI)" in out and "15.000" in out and "12.000" not in out
    assert await run(db + ["poll", "--force"]) == 0                        # same poll again: nothing to announce
    out = capsys.readouterr().out
    assert "0 artikel baru" in out and "pantauan" not in out
    assert await run(db + ["feeds"]) == 0
    out = capsys.readouterr().out
    assert "tiap 30 mnt" in out and "GAGAL 2x" in out and "HTTP 500" in out
    assert await run(db + ["watches"]) == 0
    assert QUESTION in capsys.readouterr().out
    assert await run(db + ["unfollow", "1"]) == 0 and await run(db + ["unfollow", "1"]) == 1
    assert await run(db + ["unfollow", "2"]) == 0
    assert await run(db + ["poll"]) == 1
    monkeypatch.delenv("SUMBER_ALLOW_PRIVATE_URLS")
    assert await run(db + ["follow", outlet.url("/rss.xml")]) == 1         # loopback refused by default
    assert "privat" in capsys.readouterr().err
