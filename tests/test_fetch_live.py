"""URL fetching against real HTTP servers on loopback, with the private-address allowance off and on."""
from __future__ import annotations

import asyncio

import pytest
from aiohttp import web

from retrieval.fetch import FetchError, fetch

PAGE = b"<html><head><title>Uji</title></head><body><article><p>Sebanyak 3 truk tiba.</p></article></body></html>"


@pytest.fixture
async def site():
    """A small site: a page, redirects (to loopback by number), a slow page and a huge page."""
    async def page(_: web.Request) -> web.Response:
        return web.Response(body=PAGE, content_type="text/html")

    async def to_numeric_loopback(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://127.0.0.1:{request.url.port}/page")

    async def to_metadata(_: web.Request) -> web.Response:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")

    async def loop_forever(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://localhost:{request.url.port}/loop")

    async def slow(_: web.Request) -> web.StreamResponse:
        await asyncio.sleep(5)
        return web.Response(body=PAGE, content_type="text/html")

    async def huge(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()  # no Content-Length: the cap must hold while streaming
        resp.content_type = "text/html"
        await resp.prepare(request)
        for _ in range(200):
            await resp.write(b"x" * 65536)
        return resp

    app = web.Application()
    app.router.add_get("/page", page)
    app.router.add_get("/redirect-numeric", to_numeric_loopback)
    app.router.add_get("/redirect-metadata", to_metadata)
    app.router.add_get("/loop", loop_forever)
    app.router.add_get("/slow", slow)
    app.router.add_get("/huge", huge)
    runner = web.AppRunner(app)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    yield tcp._server.sockets[0].getsockname()[1]
    await runner.cleanup()


async def test_loopback_refused_by_default_and_allowed_with_the_setting(site):
    with pytest.raises(FetchError, match="privat"):
        await fetch(f"http://127.0.0.1:{site}/page", allow_private=False, max_bytes=10**6, timeout=5)
    with pytest.raises(FetchError, match="privat"):  # a name that resolves to loopback
        await fetch(f"http://localhost:{site}/page", allow_private=False, max_bytes=10**6, timeout=5)
    got = await fetch(f"http://localhost:{site}/page", allow_private=True, max_bytes=10**6, timeout=5)
    assert got.content == PAGE


async def test_redirect_to_a_private_address_is_refused(site):
    # localhost is an allowed intranet name here; the redirect's target (127.0.0.1 by number) is not
    with pytest.raises(FetchError, match="privat"):
        await fetch(f"http://localhost:{site}/redirect-numeric", allow_private=False, max_bytes=10**6, timeout=5,
                    allow_hosts=frozenset({"localhost"}))
    with pytest.raises(FetchError, match="privat"):
        await fetch(f"http://localhost:{site}/redirect-metadata", allow_private=False, max_bytes=10**6, timeout=5,
                    allow_hosts=frozenset({"localhost"}))
    # with the allowance on, the same redirect is followed to the page
    got = await fetch(f"http://localhost:{site}/redirect-numeric", allow_private=True, max_bytes=10**6, timeout=5)
    assert got.content == PAGE and got.url.endswith("/page")


async def test_redirect_loops_slow_servers_and_huge_pages_end_with_a_clear_message(site):
    with pytest.raises(FetchError, match="pengalihan"):
        await fetch(f"http://localhost:{site}/loop", allow_private=True, max_bytes=10**6, timeout=5)
    with pytest.raises(FetchError, match="lambat"):
        await fetch(f"http://localhost:{site}/slow", allow_private=True, max_bytes=10**6, timeout=0.5)
    with pytest.raises(FetchError, match="terlalu besar"):
        await fetch(f"http://localhost:{site}/huge", allow_private=True, max_bytes=256 * 1024, timeout=5)
