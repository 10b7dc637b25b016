"""Outlets on loopback for the feed tests: a real aiohttp server serving RSS, Atom, news sitemaps,
a sitemap index, 304s, 500s, a slow feed, a redirect to the metadata address, an XML bomb, a
50 MB feed (generated while it is sent), HTML and garbage, a 10,000-item feed, broken dates, and
article pages made from the seeds (seeds/*.txt with their .meta.json, wrapped in HTML)."""
from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from aiohttp import web

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# a new report, hand-written in the style of the seeds, with a figure none of them has
NEW_REPORT_TITLE = "Korsel: 15.000 Tentara Korea Utara Sudah Berada di Rusia"
NEW_REPORT = [
    "Jakarta, CNN Indonesia -- Badan Intelijen Nasional Korea Selatan (NIS) menyebut sekitar 15.000 tentara "
    "Korea Utara kini sudah berada di Rusia.",
    "Menurut NIS, pengiriman tentara Korea Utara itu dilakukan bertahap sejak Oktober.",
    "Sebagian besar pasukan ditempatkan di wilayah Kursk untuk membantu Rusia menghadapi serangan Ukraina.",
    "Pemerintah Korea Utara belum memberikan tanggapan atas laporan tersebut.",
]


def seed_page(stem: str) -> bytes:
    """A seed as an outlet would serve it: its scraped text in <p> lines, its known title and date
    in the page head (what the page lacks stays absent)."""
    meta = json.loads((SEEDS / f"{stem}.meta.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    head = []
    if meta.get("title"):
        head.append(f"<title>{escape(meta['title'])}</title>")
    if meta.get("published"):
        head.append(f'<meta property="article:published_time" content="{meta["published"]}T08:00:00+07:00">')
    body = "\n".join(f"<p>{escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
    return (f"<!doctype html><html><head><meta charset='utf-8'>{''.join(head)}</head>"
            f"<body><article>{body}</article></body></html>").encode("utf-8")


def article_page(title: str, paragraphs: list[str], date: str | None = "2024-11-20") -> bytes:
    meta = f'<meta property="article:published_time" content="{date}T09:00:00+07:00">' if date else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>{meta}</head>"
            f"<body><article><h1>{escape(title)}</h1>{body}</article></body></html>").encode("utf-8")


def rss(items: list[tuple[str, str, str]], title: str = "Kabar Dunia") -> bytes:
    """items: (link, title, pubDate as written)."""
    entries = "".join(f"<item><title>{escape(t)}</title><link>{escape(link)}</link><pubDate>{escape(d)}</pubDate></item>"
                      for link, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>uji</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str]], title: str = "Kabar Atom") -> bytes:
    entries = "".join(f'<entry><title>{escape(t)}</title><link href="{escape(link)}"/><id>{escape(link)}</id>'
                      f"<updated>{d}</updated></entry>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}'
            f"</title><id>urn:uji</id><updated>2024-11-20T00:00:00Z</updated>{entries}</feed>").encode()


def news_sitemap(items: list[tuple[str, str, str, str]]) -> bytes:
    """items: (loc, publication name, date, title)."""
    urls = "".join(
        f"<url><loc>{escape(loc)}</loc><news:news><news:publication><news:name>{escape(pub)}</news:name>"
        f"<news:language>id</news:language></news:publication><news:publication_date>{d}</news:publication_date>"
        f"<news:title>{escape(t)}</news:title></news:news></url>" for loc, pub, d, t in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode()


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://x/</link></item></channel></rss>"""


@dataclass
class Outlet:
    """The server and what it saw; tests change `feeds` and `pages` between polls."""

    port: int = 0
    feeds: dict[str, bytes] = field(default_factory=dict)       # path -> document
    pages: dict[str, bytes] = field(default_factory=dict)       # path -> HTML
    robots: str = "User-agent: *\nDisallow: /private/\n"
    hits: list[tuple[str, float, dict]] = field(default_factory=list)   # path, loop time, request headers
    etag: str = '"v1"'
    last_modified: str = format_datetime(datetime(2024, 11, 20, tzinfo=timezone.utc), usegmt=True)
    slow_seconds: float = 5.0
    big_items: int = 10_000
    _runner: web.AppRunner | None = None

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def count(self, path: str) -> int:
        return sum(1 for p, _, _ in self.hits if p == path)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.hits.append((path, asyncio.get_running_loop().time(), dict(request.headers)))
        if path == "/robots.txt":
            return web.Response(text=self.robots, content_type="text/plain")
        if path == "/conditional.xml":
            if request.headers.get("If-None-Match") == self.etag or \
                    request.headers.get("If-Modified-Since") == self.last_modified:
                return web.Response(status=304, headers={"ETag": self.etag})
            return web.Response(body=self.feeds[path], content_type="application/rss+xml",
                                headers={"ETag": self.etag, "Last-Modified": self.last_modified})
        if path == "/error.xml":
            return web.Response(status=500, text="Internal Server Error")
        if path == "/slow.xml":
            await asyncio.sleep(self.slow_seconds)
            return web.Response(body=self.feeds.get(path, b""), content_type="application/rss+xml")
        if path == "/to-metadata.xml":
            raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")
        if path == "/bomb.xml":
            return web.Response(body=BOMB, content_type="application/rss+xml")
        if path == "/huge.xml":   # 50 MB of items, generated as it is sent, no Content-Length
            resp = web.StreamResponse()
            resp.content_type = "application/rss+xml"
            await resp.prepare(request)
            await resp.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Besar</title>')
            item = b"<item><title>x</title><link>http://127.0.0.1/x</link><description>" + b"y" * 900 + \
                b"</description></item>"
            chunk = item * 64
            try:
                for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
                    await resp.write(chunk)
            except (ConnectionResetError, RuntimeError):
                pass   # the reader stopped at its cap
            return resp
        if path == "/big.xml":
            items = [(self.url(f"/item/{n}"), f"Berita nomor {n}", "Wed, 20 Nov 2024 08:00:00 +0700")
                     for n in range(self.big_items)]
            return web.Response(body=rss(items, "Kabar Besar"), content_type="application/rss+xml")
        if path.startswith("/item/"):
            n = int(path.rsplit("/", 1)[1])
            return web.Response(body=article_page(
                f"Gudang logistik nomor {n} menerima bantuan",
                [f"Sebanyak {n + 3} truk bantuan tiba di gudang logistik nomor {n} di Palu pada Rabu pagi.",
                 f"Kepala gudang nomor {n} mengatakan bantuan akan dibagikan kepada {n + 100} keluarga."]),
                content_type="text/html")
        if path == "/html.xml":
            return web.Response(body=b"<!DOCTYPE html><html><body><h1>Beranda</h1></body></html>",
                                content_type="text/html")
        if path == "/garbage.xml":
            return web.Response(body=bytes(range(256)) * 40, content_type="application/octet-stream")
        if path in self.feeds:
            return web.Response(body=self.feeds[path], content_type="application/xml")
        if path in self.pages:
            return web.Response(body=self.pages[path], content_type="text/html")
        return web.Response(status=404, text="not found")
