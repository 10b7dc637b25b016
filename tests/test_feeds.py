"""Following feeds against a real HTTP server on loopback (reached only with the private-address
allowance, as /tambah is): RSS of the seeds' pages, Atom, news sitemaps, sitemap indexes, 304s,
failures of every kind, a 10,000-item feed, robots.txt and the per-host request rate."""
from __future__ import annotations

import pytest

from retrieval.feeds import Poller, PollSettings, feed_line, parse_document
from retrieval.fetch import FetchError, FetchPolicy

from .feed_server import NEW_REPORT, NEW_REPORT_TITLE, Outlet, article_page, atom, news_sitemap, rss, seed_page

SEED_STEMS = ["000_1825a68e6b78ecf8", "001_314f7cf702c42731", "002_ce4ece0f8cacd2c8", "003_70be1f1e31b7795d",
              "004_831245c7e261f0e4"]
LOOPBACK = FetchPolicy(allow_private=True)
FAST = dict(per_host_per_second=200.0, timeout=5.0)



def seeds_feed(o: Outlet) -> None:
    for n, stem in enumerate(SEED_STEMS):
        o.pages[f"/berita/{n}"] = seed_page(stem)
    o.feeds["/rss.xml"] = rss([(o.url(f"/berita/{n}"), f"Berita {n}", "Wed, 13 Nov 2024 10:00:00 +0700")
                               for n in range(len(SEED_STEMS))])


async def test_seed_pages_from_rss_are_answerable_after_one_poll(empty_engine, outlet):
    seeds_feed(outlet)
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    feed, created = await poller.follow(outlet.url("/rss.xml"))
    assert created and feed.id == 1
    assert "belum" in feed_line(feed)
    [result] = await poller.poll()
    assert result.ok and len(result.added) == 5, result.line()
    answer = await empty_engine.ask("berapa tentara Korut?")
    shown = " | ".join(f"{c.figure and c.figure.get('value')} {c.speaker} {[s.outlet for s in c.sources]}"
                       for c in answer.claims)
    for expected in ("12000", "HUR", "Tribunnews", "10000", "Pentagon", "Medcom.id", "Bisnis.com"):
        assert expected in shown, shown
    # the same poll again: every item is known by URL, no page is fetched again
    pages_before = sum(outlet.count(f"/berita/{n}") for n in range(5))
    [again] = await poller.poll(force=True)
    assert again.ok and not again.added and again.duplicates == 0
    assert sum(outlet.count(f"/berita/{n}") for n in range(5)) == pages_before
    [row] = await empty_engine.store.feeds()
    assert row.kind == "rss" and row.title == "Kabar Dunia" and row.last_new and not row.failures
    assert "OK" in feed_line(row)


async def test_atom_news_sitemap_and_sitemap_index(empty_engine, outlet):
    outlet.pages["/atom/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.feeds["/atom.xml"] = atom([(outlet.url("/atom/1"), NEW_REPORT_TITLE, "2024-11-20T02:00:00Z")])
    # a page with neither title nor date nor outlet: the news sitemap supplies them
    outlet.pages["/sm/1"] = (b"<html><body><article><p>Sebanyak 40 kapal nelayan tertahan di pelabuhan Sorong karena "
                             b"gelombang tinggi, kata petugas syahbandar.</p><p>Petugas meminta nelayan menunggu "
                             b"cuaca membaik sebelum berlayar lagi.</p></article></body></html>")
    outlet.feeds["/news-sitemap.xml"] = news_sitemap(
        [(outlet.url("/sm/1"), "Antara", "2024-11-21T07:00:00+07:00", "Kapal nelayan tertahan di Sorong")])
    outlet.pages["/idx/1"] = article_page("Harga cabai naik di Pasar Minggu",
                                          ["Harga cabai rawit di Pasar Minggu naik menjadi Rp 90.000 per kilogram, "
                                           "kata seorang pedagang."])
    outlet.feeds["/child.xml"] = news_sitemap([(outlet.url("/idx/1"), "Kompas", "2024-11-22", "Harga cabai naik")])
    outlet.feeds["/index.xml"] = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{outlet.url('/child.xml')}</loc><lastmod>2024-11-22</lastmod></sitemap>"
        "</sitemapindex>").encode()
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    for path in ("/atom.xml", "/news-sitemap.xml", "/index.xml"):
        await poller.follow(outlet.url(path))
    results = await poller.poll()
    assert [len(r.added) for r in results] == [1, 1, 1], [r.line() for r in results]
    kinds = {f.url.rsplit("/", 1)[1]: f.kind for f in await empty_engine.store.feeds()}
    assert kinds == {"atom.xml": "atom", "news-sitemap.xml": "sitemap", "index.xml": "sitemapindex"}
    sm = next(d for r in results for d in r.added if d["url"].endswith("/sm/1"))
    assert (sm["outlet"], sm["title"], sm["published"]) == ("ANTARA", "Kapal nelayan tertahan di Sorong", "2024-11-21")
    answer = await empty_engine.ask("berapa kapal nelayan tertahan di Sorong?")
    assert any(c.figure and c.figure["value"] == 40 and c.sources[0].outlet == "ANTARA" for c in answer.claims)
    answer = await empty_engine.ask("berapa tentara Korea Utara di Rusia menurut Korsel?")
    assert any(c.figure and c.figure["value"] == 15000 for c in answer.claims)


async def test_conditional_get_answers_304_and_nothing_is_read(empty_engine, outlet):
    outlet.pages["/c/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.feeds["/conditional.xml"] = rss([(outlet.url("/c/1"), NEW_REPORT_TITLE, "Wed, 20 Nov 2024 08:00:00 +0700")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    await poller.follow(outlet.url("/conditional.xml"))
    [first] = await poller.poll()
    assert len(first.added) == 1
    [second] = await poller.poll(force=True)
    assert second.ok and second.not_modified and "304" in second.line()
    sent = [h for p, _, h in outlet.hits if p == "/conditional.xml"][-1]
    assert sent.get("If-None-Match") == outlet.etag and sent.get("If-Modified-Since") == outlet.last_modified
    [row] = await empty_engine.store.feeds()
    assert row.etag == outlet.etag and not row.failures


async def test_every_failure_is_one_line_backs_off_and_leaves_other_feeds_alone(empty_engine, outlet):
    outlet.slow_seconds = 2.0
    outlet.pages["/ok/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.feeds["/ok.xml"] = rss([(outlet.url("/ok/1"), NEW_REPORT_TITLE, "Wed, 20 Nov 2024 08:00:00 +0700")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(per_host_per_second=200.0, timeout=0.5,
                                                         max_feed_bytes=4 * 1024 * 1024))
    bad = {"/error.xml": "HTTP 500", "/slow.xml": "lambat", "/to-metadata.xml": "169.254",
           "/bomb.xml": "entitas", "/huge.xml": "terlalu besar", "/html.xml": "HTML",
           "/garbage.xml": "tidak terbaca", "/private/feed.xml": "robots.txt"}
    for path in bad:
        await poller.follow(outlet.url(path))
    await poller.follow(outlet.url("/ok.xml"))
    before = await empty_engine.stats()
    results = {r.feed.url.split(str(outlet.port))[1]: r for r in await poller.poll()}
    assert results["/ok.xml"].ok and len(results["/ok.xml"].added) == 1
    for path, words in bad.items():
        assert not results[path].ok and words in results[path].error, (path, results[path].error)
    after = await empty_engine.stats()
    assert after["articles"] == before["articles"] + 1          # only the good feed's article
    rows = {f.url.split(str(outlet.port))[1]: f for f in await empty_engine.store.feeds()}
    for path in bad:
        row = rows[path]
        assert row.failures == 1 and "GAGAL 1x" in feed_line(row) and bad[path] in feed_line(row)
        assert row.next_poll - row.last_poll == pytest.approx(15 * 60)
    assert not rows["/ok.xml"].failures
    # not due yet: a plain poll leaves the failed feeds alone; a forced one doubles their wait
    assert await poller.poll() == []
    again = await poller.poll(force=True, feed_ids=[rows["/error.xml"].id])
    assert not again[0].ok
    row = await empty_engine.store.feed(rows["/error.xml"].id)
    assert row.failures == 2 and row.next_poll - row.last_poll == pytest.approx(30 * 60)
    assert poller.backoff(row, 12) == 6 * 3600


def test_xml_bomb_is_refused_before_parsing_and_broken_dates_are_counted():
    from .feed_server import BOMB

    with pytest.raises(Exception, match="entitas"):
        parse_document(BOMB)
    parsed = parse_document(rss([("http://a/1", "satu", "kemarin sore"), ("http://a/2", "dua",
                                                                         "Wed, 20 Nov 2024 08:00:00 +0700")]))
    assert parsed.broken_dates == 1 and [i.published for i in parsed.items] == [None, "2024-11-20"]


async def test_broken_dates_leave_a_note_and_the_page_date_is_used(empty_engine, outlet):
    outlet.pages["/d/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT, date="2024-11-20")
    outlet.feeds["/dates.xml"] = rss([(outlet.url("/d/1"), NEW_REPORT_TITLE, "kemarin sore")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    await poller.follow(outlet.url("/dates.xml"))
    [r] = await poller.poll()
    assert r.ok and r.added[0]["published"] == "2024-11-20"
    [row] = await empty_engine.store.feeds()
    assert "tanggal rusak pada 1 item" in feed_line(row)


async def test_a_10000_item_feed_ingests_the_cap_per_poll_and_continues(empty_engine, outlet):
    poller = Poller(empty_engine, LOOPBACK, PollSettings(cap=4, **FAST))
    await poller.follow(outlet.url("/big.xml"))
    [first] = await poller.poll()
    assert len(first.added) == 4 and first.backlog == 10_000 - 4
    assert sum(1 for p, _, _ in outlet.hits if p.startswith("/item/")) == 4
    [row] = await empty_engine.store.feeds()
    assert row.backlog == 9996 and row.etag is None and "9996 item menunggu" in feed_line(row)
    [second] = await poller.poll(force=True)
    assert len(second.added) == 4 and second.backlog == 10_000 - 8
    urls = {d["url"] for d in first.added} | {d["url"] for d in second.added}
    assert urls == {outlet.url(f"/item/{n}") for n in range(8)}
    assert (await empty_engine.stats())["articles"] == 8


async def test_the_same_content_under_another_url_is_not_stored_twice(empty_engine, outlet):
    outlet.pages["/x/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.pages["/y/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.feeds["/a.xml"] = rss([(outlet.url("/x/1"), NEW_REPORT_TITLE, "Wed, 20 Nov 2024 08:00:00 +0700")])
    outlet.feeds["/b.xml"] = atom([(outlet.url("/y/1"), NEW_REPORT_TITLE, "2024-11-20T01:00:00Z")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    await poller.follow(outlet.url("/a.xml"))
    await poller.poll()
    await poller.follow(outlet.url("/b.xml"))
    [r] = await poller.poll()
    assert r.ok and not r.added and r.duplicates == 1
    assert (await empty_engine.stats())["articles"] == 1


async def test_robots_txt_forbids_pages_and_is_read_once_per_host(empty_engine, outlet):
    outlet.pages["/private/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.pages["/open/1"] = article_page("Harga cabai naik", ["Harga cabai rawit naik menjadi Rp 90.000 per kilogram."])
    outlet.feeds["/mix.xml"] = rss([(outlet.url("/private/1"), "tertutup", "Wed, 20 Nov 2024 08:00:00 +0700"),
                                    (outlet.url("/open/1"), "terbuka", "Wed, 20 Nov 2024 08:00:00 +0700")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    await poller.follow(outlet.url("/mix.xml"))
    [r] = await poller.poll()
    assert r.refused == 1 and len(r.added) == 1 and "dilarang robots.txt" in r.line()
    assert outlet.count("/private/1") == 0 and outlet.count("/robots.txt") == 1
    await poller.poll(force=True)
    assert outlet.count("/robots.txt") == 1


async def test_one_request_per_second_per_host(empty_engine, outlet):
    outlet.pages["/r/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    outlet.pages["/r/2"] = article_page("Harga cabai naik", ["Harga cabai rawit naik menjadi Rp 90.000 per kilogram."])
    outlet.feeds["/rate.xml"] = rss([(outlet.url(f"/r/{n}"), "t", "Wed, 20 Nov 2024 08:00:00 +0700") for n in (1, 2)])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(timeout=5.0))   # the default: one per second
    await poller.follow(outlet.url("/rate.xml"))
    await poller.poll()
    times = [t for _, t, _ in outlet.hits]
    assert len(times) == 4   # robots.txt, the feed, two pages
    assert all(b - a >= 0.9 for a, b in zip(times, times[1:])), times


async def test_loopback_is_refused_without_the_allowance(empty_engine, outlet):
    poller = Poller(empty_engine, FetchPolicy(allow_private=False), PollSettings(**FAST))
    with pytest.raises(FetchError, match="privat"):
        await poller.follow(outlet.url("/rss.xml"))
    assert await empty_engine.store.feeds() == []


async def test_a_page_that_fails_is_tried_again_next_poll_and_given_up_after_three(empty_engine, outlet):
    outlet.feeds["/conditional.xml"] = rss([(outlet.url("/later/1"), NEW_REPORT_TITLE, "Wed, 20 Nov 2024 08:00:00 +0700"),
                                            (outlet.url("/never/1"), "hilang", "Wed, 20 Nov 2024 08:00:00 +0700")])
    poller = Poller(empty_engine, LOOPBACK, PollSettings(**FAST))
    await poller.follow(outlet.url("/conditional.xml"))
    [first] = await poller.poll()
    assert first.ok and not first.added and len(first.failed_items) == 2 and "HTTP 404" in first.failed_items[0]
    [row] = await empty_engine.store.feeds()
    assert row.etag is None and "2 halaman gagal" in feed_line(row)   # read in full next time, not a 304
    outlet.pages["/later/1"] = article_page(NEW_REPORT_TITLE, NEW_REPORT)
    [second] = await poller.poll(force=True)
    assert len(second.added) == 1 and len(second.failed_items) == 1
    [third] = await poller.poll(force=True)
    assert len(third.failed_items) == 1
    [fourth] = await poller.poll(force=True)
    assert not fourth.failed_items and not fourth.added                  # given up after three attempts
    assert outlet.count("/never/1") == 3
