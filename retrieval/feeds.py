"""Followed feeds: RSS 2.0, Atom, news sitemaps and sitemap indexes, polled into the archive.

A poll of one feed: robots.txt (cached per host) allows it; a conditional GET (ETag /
Last-Modified; a 304 costs nothing more); the document parsed (feedparser for RSS/Atom,
defusedxml for sitemaps, and any document declaring XML entities refused before parsing); the
items not seen before (by URL here, by content in the engine) fetched one by one through the
SSRF-checked fetcher, at most `cap` per poll, each extracted with trafilatura and ingested like
any article, the feed's outlet, title and date filling what the page lacks. Every request waits
its turn on a per-host limiter (1 request/s). A failure (down, slow, private redirect, HTML,
garbage, too big) becomes one line on the feed, its next poll backs off exponentially (up to 6 h),
and nothing of that poll is stored; other feeds are polled independently.
"""
from __future__ import annotations

import asyncio
import calendar
import ipaddress
import logging
import os
import re
import time
import urllib.robotparser
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urlsplit

from aiolimiter import AsyncLimiter

from .clean import Article, extract_html, outlet_display, outlet_rules
from .engine import Engine
from .fetch import FetchError, FetchPolicy, Fetched, check_url, fetch
from .ingest import content_hash
from .store import FeedRow

log = logging.getLogger("sumber.feeds")

ROBOTS_AGENT = "SumberBot"
MAX_CHILD_SITEMAPS = 5          # newest children of a sitemap index read per poll
ROBOTS_TTL = 6 * 3600           # seconds a host's robots.txt is trusted
ROBOTS_RETRY = 600              # robots.txt unreachable: the host is left alone this long
ROBOTS_MAX_BYTES = 512 * 1024
BACKLOG_DELAY = 60.0            # a feed with items left over is due again this soon


class FeedError(Exception):
    """What went wrong with a feed, as the one line `sumber feeds` and /sumberdata show."""


@dataclass
class PollSettings:
    every_minutes: int = 15             # default interval (SUMBER_POLL_MINUTES)
    cap: int = 20                       # new items fetched per feed per poll
    max_feed_bytes: int = 16 * 1024 * 1024
    max_page_bytes: int = 5 * 1024 * 1024
    timeout: float = 15.0
    per_host_per_second: float = 1.0
    max_backoff_seconds: float = 6 * 3600
    item_attempts: int = 3              # a page that fails this often is given up

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "PollSettings":
        """SUMBER_POLL_MINUTES, SUMBER_POLL_CAP, SUMBER_MAX_FEED_BYTES (bad values: the defaults)."""
        env = dict(os.environ if env is None else env)

        def num(name: str, default: int) -> int:
            try:
                return max(1, int(env.get(name, "").strip() or default))
            except ValueError:
                return default
        return cls(every_minutes=num("SUMBER_POLL_MINUTES", 15), cap=num("SUMBER_POLL_CAP", 20),
                   max_feed_bytes=num("SUMBER_MAX_FEED_BYTES", 16 * 1024 * 1024))


@dataclass
class FeedItem:
    url: str
    title: str | None = None
    published: str | None = None        # YYYY-MM-DD
    outlet: str | None = None           # news:publication name (sitemaps)


@dataclass
class ParsedFeed:
    kind: str                           # "rss", "atom", "sitemap", "sitemapindex"
    title: str | None
    items: list[FeedItem]
    children: list[str] = field(default_factory=list)   # a sitemap index's sitemaps, newest first
    broken_dates: int = 0


@dataclass
class PollResult:
    feed: FeedRow
    ok: bool = True
    error: str | None = None
    not_modified: bool = False
    added: list[dict] = field(default_factory=list)      # IngestReport.details of the new articles
    duplicates: int = 0
    failed_items: list[str] = field(default_factory=list)
    refused: int = 0                                      # items robots.txt forbids
    backlog: int = 0
    note: str | None = None

    def line(self) -> str:
        """One line for the CLI and the bot."""
        head = f"#{self.feed.id} {self.feed.url}"
        if not self.ok:
            return f"{head}: GAGAL — {self.error}"
        if self.not_modified:
            return f"{head}: tidak berubah (304)"
        bits = [f"{len(self.added)} artikel baru"]
        if self.duplicates:
            bits.append(f"{self.duplicates} sudah ada")
        if self.failed_items:
            bits.append(f"{len(self.failed_items)} halaman gagal")
        if self.refused:
            bits.append(f"{self.refused} dilarang robots.txt")
        if self.backlog:
            bits.append(f"{self.backlog} menunggu poll berikutnya")
        line = f"{head}: " + ", ".join(bits)
        return line + (f" ({self.note})" if self.note else "")


# ---------------------------------------------------------------------- parsing
_SITEMAP_RE = re.compile(rb"<(?:[\w-]+:)?(urlset|sitemapindex)\b")
_HTML_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b)", re.I | re.S)
_ENTITY_RE = re.compile(rb"<!ENTITY", re.I)


def _date_from_struct(st: time.struct_time | None) -> str | None:
    if not st:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(st), tz=timezone.utc).date().isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def _date_from_iso(raw: str | None) -> str | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _refuse_entities(data: bytes) -> None:
    """An XML bomb (billion laughs, external entities) is refused before any parser expands it:
    entities can only be declared in the DTD, before the root element."""
    head = data[:65536]
    root = re.search(rb"<[A-Za-z]", head)
    if _ENTITY_RE.search(head[: root.start()] if root else head):
        raise FeedError("XML mendeklarasikan entitas (kemungkinan XML bomb); ditolak")


def parse_document(data: bytes, content_type: str = "") -> ParsedFeed:
    """RSS 2.0 / Atom (feedparser) or a sitemap (defusedxml); FeedError for anything else."""
    if not data.strip():
        raise FeedError("dokumen kosong")
    _refuse_entities(data)
    if _SITEMAP_RE.search(data[:4096]):
        return parse_sitemap(data)
    if _HTML_RE.match(data[:4096]):
        raise FeedError("halaman HTML, bukan feed RSS/Atom atau sitemap")
    import feedparser

    with warnings.catch_warnings():   # feedparser warns of its own updated/published mapping
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = feedparser.parse(data, response_headers={"content-type": content_type or "application/xml"},
                                  resolve_relative_uris=False, sanitize_html=False)
        entries = [(e.get("link"), e.get("links", []), e.get("title"), e.get("published_parsed"),
                    e.get("updated_parsed"), e.get("published"), e.get("updated")) for e in parsed.entries]
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        raise FeedError("isi tidak terbaca sebagai RSS, Atom atau sitemap")
    kind = "atom" if version.startswith("atom") else "rss"
    items: list[FeedItem] = []
    broken = 0
    for link, links, title, pub_st, upd_st, pub_raw, upd_raw in entries:
        link = link or next((lk.get("href") for lk in links if lk.get("href")), None)
        if not link:
            continue
        published = _date_from_struct(pub_st or upd_st)
        if published is None and (pub_raw or upd_raw):
            broken += 1
        items.append(FeedItem(url=link.strip(), title=(title or "").strip() or None, published=published))
    return ParsedFeed(kind, (parsed.feed.get("title") or "").strip() or None, items, broken_dates=broken)


def parse_sitemap(data: bytes) -> ParsedFeed:
    """A <urlset> (with or without <news:news>) or a <sitemapindex>."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise FeedError(f"sitemap ditolak ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise FeedError(f"sitemap rusak: {exc}") from exc

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    def child_text(el, name: str) -> str | None:  # noqa: ANN001
        for c in el.iter():
            if local(c.tag) == name and c.text and c.text.strip():
                return c.text.strip()
        return None

    if local(root.tag) == "sitemapindex":
        children = []
        for sm in root:
            loc = child_text(sm, "loc")
            if loc:
                children.append((child_text(sm, "lastmod") or "", loc))
        children.sort(key=lambda t: t[0], reverse=True)   # newest first (ISO dates sort as text)
        return ParsedFeed("sitemapindex", None, [], [loc for _, loc in children])
    items: list[FeedItem] = []
    broken = 0
    for u in root:
        if local(u.tag) != "url":
            continue
        loc = child_text(u, "loc")
        if not loc:
            continue
        raw_date = child_text(u, "publication_date") or child_text(u, "lastmod")
        published = _date_from_iso(raw_date)
        if raw_date and published is None:
            broken += 1
        items.append(FeedItem(url=loc, title=child_text(u, "title"), published=published,
                              outlet=child_text(u, "name")))
    return ParsedFeed("sitemap", None, items, broken_dates=broken)


# ---------------------------------------------------------------------- outlets
def _known_outlet(name: str | None) -> tuple[str | None, str | None]:
    """(name, domain) when `name` (a name or a domain) is an outlet of data/outlets.tsv."""
    if not name:
        return None, None
    shown, domain = outlet_display(name)
    if any(r.domain == domain or r.name == shown for r in outlet_rules()):
        return shown, domain
    return None, None


def _is_address(host: str | None) -> bool:
    try:
        ipaddress.ip_address((host or "").strip("[]"))
        return True
    except ValueError:
        return False


def fill_from_feed(art: Article, item: FeedItem, feed_title: str | None, feed_url: str) -> Article:
    """The page's own metadata wins; the feed fills what the page lacks: the outlet (when the page
    named none an outlet list knows, only a host), the title and the date."""
    host = urlsplit(art.url or item.url).hostname
    page_known = _known_outlet(art.outlet)[0] is not None
    if not page_known:
        for candidate in (item.outlet, feed_title, urlsplit(feed_url).hostname):
            name, domain = _known_outlet(candidate)
            if name:
                art.outlet, art.outlet_domain = name, domain
                break
        else:
            if not art.outlet or _is_address(art.outlet) or art.outlet == host:
                fallback = item.outlet or feed_title
                if fallback:
                    art.outlet, art.outlet_domain = fallback, None
    art.title = art.title or item.title
    art.published = art.published or item.published
    art.url = art.url or item.url
    return art


# ---------------------------------------------------------------------- polling
class Poller:
    """Polls followed feeds into an engine. One per process (the CLI run or the bot): it holds the
    per-host limiters and the robots.txt cache."""

    def __init__(self, engine: Engine, policy: FetchPolicy, settings: PollSettings | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.engine = engine
        self.policy = policy
        self.settings = settings or PollSettings()
        self.clock = clock
        self._limiters: dict[str, AsyncLimiter] = {}
        self._robots: dict[str, tuple[urllib.robotparser.RobotFileParser | None, float]] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._polling: set[int] = set()

    # -- requests
    def _limiter(self, url: str) -> AsyncLimiter:
        host = (urlsplit(url).hostname or "").lower()
        limiter = self._limiters.get(host)
        if limiter is None:
            rate = self.settings.per_host_per_second
            # one request, then one per 1/rate seconds: a bucket of one
            limiter = self._limiters[host] = AsyncLimiter(1, 1.0 / rate)
        return limiter

    async def get(self, url: str, *, max_bytes: int, headers: dict[str, str] | None = None) -> Fetched:
        async with self._limiter(url):
            return await fetch(url, allow_private=self.policy.allow_private, allow_hosts=self.policy.allow_hosts,
                               max_bytes=max_bytes, timeout=self.settings.timeout, headers=headers)

    async def allowed(self, url: str) -> bool:
        """robots.txt of the URL's host (cached): 401/403 forbid everything, other 4xx allow
        everything; a host whose robots.txt cannot be read (5xx, down) is left alone for a while."""
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
        lock = self._robots_locks.setdefault(base, asyncio.Lock())
        async with lock:
            cached = self._robots.get(base)
            now = self.clock()
            if cached is None or cached[1] <= now:
                rp: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser(base + "/robots.txt")
                ttl = ROBOTS_TTL
                try:
                    got = await self.get(base + "/robots.txt", max_bytes=ROBOTS_MAX_BYTES)
                    rp.parse(got.content.decode("utf-8", errors="replace").splitlines())
                except FetchError as exc:
                    if exc.status in (401, 403):
                        rp.disallow_all = True
                    elif exc.status is not None and 400 <= exc.status < 500:
                        rp.allow_all = True
                    else:
                        rp, ttl = None, ROBOTS_RETRY
                cached = self._robots[base] = (rp, now + ttl)
        rp = cached[0]
        if rp is None:
            raise FeedError(f"robots.txt {base} tidak bisa dibaca; dicoba lagi nanti")
        return rp.can_fetch(ROBOTS_AGENT, url)

    # -- following
    async def follow(self, url: str, every_minutes: int | None = None) -> tuple[FeedRow, bool]:
        """Check the address now (scheme, private ranges) and store the feed; polled when due."""
        url = url.strip()
        await check_url(url, self.policy.allow_private, self.policy.allow_hosts)
        every = max(1, int(every_minutes or self.settings.every_minutes))
        async with self.engine._write_lock:   # the one writer lock of the shared connection
            return await self.engine.store.add_feed(url, every)

    async def unfollow(self, feed_id: int) -> bool:
        async with self.engine._write_lock:
            return await self.engine.store.remove_feed(feed_id)

    def backoff(self, feed: FeedRow, failures: int) -> float:
        """Seconds to the next try after `failures` in a row: the interval doubled each time, ≤ 6 h."""
        return min(self.settings.max_backoff_seconds, feed.every_minutes * 60.0 * 2 ** max(0, failures - 1))

    async def poll(self, force: bool = False, feed_ids: list[int] | None = None) -> list[PollResult]:
        """Every due feed (every feed with `force`) once, concurrently; one feed's failure never
        touches another's."""
        now = self.clock()
        feeds = [f for f in await self.engine.store.feeds()
                 if (force or f.next_poll <= now) and (feed_ids is None or f.id in feed_ids)
                 and f.id not in self._polling]
        return list(await asyncio.gather(*(self.poll_feed(f) for f in feeds)))

    async def poll_feed(self, feed: FeedRow) -> PollResult:
        self._polling.add(feed.id)
        try:
            return await self._poll_feed(feed)
        except (FeedError, FetchError) as exc:
            return await self._failed(feed, str(exc))
        except Exception as exc:  # noqa: BLE001 - one feed's surprise must not stop the others
            log.exception("feed %s: unexpected failure", feed.url)
            return await self._failed(feed, f"kesalahan tak terduga: {type(exc).__name__}: {str(exc)[:120]}")
        finally:
            self._polling.discard(feed.id)

    async def _failed(self, feed: FeedRow, error: str) -> PollResult:
        now = self.clock()
        failures = feed.failures + 1
        async with self.engine._write_lock:
            await self.engine.store.record_feed_failure(feed.id, now, error, now + self.backoff(feed, failures))
        log.warning("feed %s failed (%s in a row): %s", feed.url, failures, error)
        return PollResult(feed, ok=False, error=error)

    async def _poll_feed(self, feed: FeedRow) -> PollResult:
        s = self.settings
        if not await self.allowed(feed.url):
            raise FeedError("robots.txt melarang feed ini dibaca")
        headers = {}
        if feed.etag:
            headers["If-None-Match"] = feed.etag
        if feed.last_modified:
            headers["If-Modified-Since"] = feed.last_modified
        got = await self.get(feed.url, max_bytes=s.max_feed_bytes, headers=headers)
        now = self.clock()
        if got.status == 304:
            async with self.engine._write_lock:
                await self.engine.store.record_poll(
                    feed.id, now, [], kind=None, title=None, etag=feed.etag, last_modified=feed.last_modified,
                    new_items=0, note=feed.note, backlog=0, next_poll=now + feed.every_minutes * 60)
            return PollResult(feed, not_modified=True)
        parsed = await asyncio.to_thread(parse_document, got.content, got.content_type)  # a big feed parses for seconds
        items = parsed.items
        if parsed.kind == "sitemapindex":
            for child in parsed.children[:MAX_CHILD_SITEMAPS]:
                sub = await self.get(child, max_bytes=s.max_feed_bytes)
                part = await asyncio.to_thread(parse_document, sub.content, sub.content_type)
                items += part.items
                parsed.broken_dates += part.broken_dates
        items = list({it.url: it for it in reversed(items)}.values())[::-1]  # first occurrence wins, order kept
        known = await self.engine.store.known_item_urls([it.url for it in items], s.item_attempts)
        new = [it for it in items if it.url not in known]
        batch, backlog = new[: s.cap], max(0, len(new) - s.cap)
        result = PollResult(feed, backlog=backlog)
        seen: list[tuple[str, str, str | None]] = []
        articles: list[tuple[FeedItem, Article]] = []
        for item in batch:
            try:
                if not await self.allowed(item.url):
                    result.refused += 1
                    seen.append((item.url, "robots", None))
                    continue
                page = await self.get(item.url, max_bytes=s.max_page_bytes)
                art = await asyncio.to_thread(extract_html, page.content, page.url)
                if not art.body.strip():
                    raise FeedError("tidak ada teks artikel di halaman")
                articles.append((item, fill_from_feed(art, item, parsed.title, feed.url)))
            except (FetchError, FeedError) as exc:
                result.failed_items.append(f"{item.url}: {exc}")
                seen.append((item.url, "failed", None))
        if articles:
            report = await self.engine.ingest_items([(item.url, art) for item, art in articles],
                                                    source=f"feed:{feed.url}")
            added = set(report.added) | set(report.replaced)
            problems = {p.split(": ", 1)[0] for p in report.problems}
            result.added = [d for d in report.details]
            for item, art in articles:
                art_id = art.id or f"a-{content_hash(art.body)[:12]}"
                if art_id in added:
                    seen.append((item.url, "added", art_id))
                elif item.url in problems:
                    result.failed_items.append(f"{item.url}: tidak bisa dibaca sebagai artikel")
                    seen.append((item.url, "failed", None))
                else:
                    result.duplicates += 1
                    seen.append((item.url, "duplicate", None))
        notes = []
        if parsed.broken_dates:
            notes.append(f"tanggal rusak pada {parsed.broken_dates} item; dipakai tanggal halaman")
        if result.failed_items:
            notes.append(f"{len(result.failed_items)} halaman gagal, mis. {result.failed_items[0][:160]}")
        result.note = "; ".join(notes) or None
        # validators are kept only when every new item was taken: a feed with a backlog, or with
        # pages to try again, must be read in full next time, not answered with a 304
        complete = not backlog and not result.failed_items
        etag = got.headers.get("etag") if complete else None
        modified = got.headers.get("last-modified") if complete else None
        next_poll = now + (BACKLOG_DELAY if backlog else feed.every_minutes * 60)
        async with self.engine._write_lock:
            await self.engine.store.record_poll(
                feed.id, self.clock(), seen, kind=parsed.kind, title=parsed.title, etag=etag, last_modified=modified,
                new_items=len(result.added), note=result.note, backlog=backlog, next_poll=next_poll)
        return result


# ---------------------------------------------------------------------- display
def _ago(ts: float | None, now: float) -> str:
    if not ts:
        return "belum pernah"
    d = max(0, now - ts)
    if d < 90:
        return f"{d:.0f} dtk lalu"
    if d < 5400:
        return f"{d / 60:.0f} mnt lalu"
    if d < 2 * 86400:
        return f"{d / 3600:.0f} jam lalu"
    return f"{d / 86400:.0f} hari lalu"


def feed_line(feed: FeedRow, now: float | None = None) -> str:
    """'#3 https://… · tiap 15 mnt · poll 2 mnt lalu · baru 1 jam lalu · OK' or the error and backoff."""
    now = time.time() if now is None else now
    bits = [f"#{feed.id} {feed.url}", f"tiap {feed.every_minutes} mnt", f"poll {_ago(feed.last_poll, now)}",
            f"item baru {_ago(feed.last_new, now)}"]
    if feed.failures:
        wait = max(0.0, feed.next_poll - now)
        bits.append(f"GAGAL {feed.failures}x: {feed.last_error}; dicoba lagi dalam {wait / 60:.0f} mnt")
    else:
        bits.append("OK" if feed.last_poll else "menunggu poll pertama")
    if feed.backlog:
        bits.append(f"{feed.backlog} item menunggu")
    if feed.note and not feed.failures:
        bits.append(f"catatan: {feed.note}")
    return " · ".join(bits)
