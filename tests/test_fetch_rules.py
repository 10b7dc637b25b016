"""URL rules for /tambah: every private/loopback spelling is refused before any connection."""
from __future__ import annotations

import pytest

from retrieval.fetch import FetchError, check_url


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/x", "http://localhost:8080/x", "http://2130706433/x", "http://0x7f000001/x",
    "http://0177.0.0.1/x", "http://[::1]/x", "http://[::ffff:127.0.0.1]/x", "http://10.1.2.3/x",
    "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data", "http://224.0.0.1/x", "http://0.0.0.0/x",
])
async def test_private_and_loopback_forms_refused(url):
    with pytest.raises(FetchError, match="privat"):
        await check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "javascript:alert(1)", "http:///x"])
async def test_only_http_and_https(url):
    with pytest.raises(FetchError):
        await check_url(url, allow_private=False)


async def test_allowance_lets_loopback_through():
    url, ip = await check_url("http://localhost:9/x", allow_private=True)
    assert ip in ("127.0.0.1", "::1")
