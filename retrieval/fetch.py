"""Fetch a page (/tambah, feeds, their items, robots.txt) without reaching private networks.

Every hop (including each redirect) is checked: only http/https, the host resolved once and
every address checked (loopback, private, link-local, multicast, reserved, and IPv4 written in
decimal/octal/hex all normalise through ipaddress/getaddrinfo), then the connection is made to
that checked address — for https too, with the name kept for SNI and certificate checks — so a
DNS answer that changes between check and connect (rebinding) cannot redirect the bot. Size
capped while streaming; timeouts on connect and read. A newsroom may name intranet hosts that
may be private (SUMBER_URL_ALLOW_HOSTS); everything else stays refused unless
SUMBER_ALLOW_PRIVATE_URLS is set. Link-local addresses (169.254.0.0/16 with the cloud metadata
service, fe80::/10) are refused even then: no news server lives there, and a test allowance for
loopback must not open the metadata endpoint. Shared by the CLI and the bot (feeds poll from both).
A conditional GET passes its validators in `headers`; a 304 comes back as a Fetched with status 304.
"""
from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import os

import httpx

MAX_REDIRECTS = 5
USER_AGENT = "SumberBot/0.1 (+https://github.com/; news claims indexer)"


class FetchError(Exception):
    """Shown to the admin as it is; `status` is the HTTP status when the server answered one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Fetched:
    url: str
    content: bytes
    content_type: str
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)   # response headers, names lower-case


@dataclass(frozen=True)
class FetchPolicy:
    """Where fetching may go and how much it may read: one object for the CLI and the bot."""

    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 15.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> "FetchPolicy":  # noqa: ANN003
        env = dict(os.environ if env is None else env)
        base = cls(
            allow_private=env.get("SUMBER_ALLOW_PRIVATE_URLS", "").strip() in ("1", "true", "yes"),
            allow_hosts=frozenset(h.strip().lower() for h in env.get("SUMBER_URL_ALLOW_HOSTS", "").split(",")
                                  if h.strip()))
        return replace(base, **overrides)


def _unmapped(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return addr.ipv4_mapped
    return addr


def _blocked(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    addr = _unmapped(addr)
    return (addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
            or addr.is_reserved or addr.is_unspecified or not addr.is_global)


async def resolve(host: str, port: int) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(f"nama host tidak dikenal: {host}") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


async def check_url(url: str, allow_private: bool, allow_hosts: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(url, ip to connect to) after scheme and address checks."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError("hanya URL http:// atau https:// yang bisa ditambahkan")
    if not parts.hostname:
        raise FetchError("URL tidak punya nama host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addrs = await resolve(parts.hostname, port)
    if not addrs:
        raise FetchError(f"nama host tidak dikenal: {parts.hostname}")
    for a in addrs:
        if _unmapped(ipaddress.ip_address(a.split("%")[0])).is_link_local:
            raise FetchError("alamat privat link-local (169.254.x.x, layanan metadata) selalu ditolak")
    if not allow_private and parts.hostname.lower() not in allow_hosts:
        for a in addrs:
            if _blocked(ipaddress.ip_address(a.split("%")[0])):
                raise FetchError("alamat privat/lokal ditolak (SUMBER_ALLOW_PRIVATE_URLS tidak aktif)")
    return url, addrs[0]


async def fetch(url: str, *, allow_private: bool, max_bytes: int, timeout: float,
                allow_hosts: frozenset[str] = frozenset(), headers: dict[str, str] | None = None) -> Fetched:
    """The page at `url` (redirects followed, each hop checked). `headers` are sent on every hop
    (If-None-Match / If-Modified-Since for a conditional GET); a 304 is returned, not raised."""
    url = url.strip()
    t = httpx.Timeout(timeout, connect=min(timeout, 10.0))
    async with httpx.AsyncClient(timeout=t, follow_redirects=False, headers={"User-Agent": USER_AGENT},
                                 trust_env=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            url, ip = await check_url(url, allow_private, allow_hosts)
            parts = urlsplit(url)
            # connect to the address that was checked; the name stays in Host (and SNI for https)
            netloc_ip = f"[{ip}]" if ":" in ip else ip
            default_port = 443 if parts.scheme == "https" else 80
            target = parts._replace(netloc=f"{netloc_ip}:{parts.port or default_port}").geturl()
            extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
            try:
                async with client.stream("GET", target, headers={**(headers or {}), "Host": parts.netloc},
                                         extensions=extensions) as resp:
                    if resp.is_redirect and resp.status_code != 304:
                        loc = resp.headers.get("location")
                        if not loc:
                            raise FetchError("pengalihan tanpa tujuan")
                        url = urljoin(url, loc)
                        continue
                    got = {k.lower(): v for k, v in resp.headers.items()}
                    if resp.status_code == 304:
                        return Fetched(url, b"", got.get("content-type", ""), 304, got)
                    if resp.status_code >= 400:
                        raise FetchError(f"server menjawab HTTP {resp.status_code}", resp.status_code)
                    declared = int(resp.headers.get("content-length") or 0)
                    if declared > max_bytes:
                        raise FetchError(f"halaman terlalu besar ({declared // 1024} KB > {max_bytes // 1024} KB)")
                    chunks, size = [], 0
                    async for chunk in resp.aiter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise FetchError(f"halaman terlalu besar (> {max_bytes // 1024} KB)")
                        chunks.append(chunk)
                    return Fetched(url, b"".join(chunks), got.get("content-type", ""), resp.status_code, got)
            except httpx.TimeoutException as exc:
                raise FetchError("server terlalu lambat (batas waktu habis)") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"gagal mengambil halaman: {type(exc).__name__}") from exc
        raise FetchError(f"terlalu banyak pengalihan (> {MAX_REDIRECTS})")
