"""Fetch: the only module that talks HTTP. httpx (and httpcore under it) stay behind this boundary.

One `Fetcher` per run shares one `httpx.AsyncClient` and enforces, for every request:

* limits: connect/read/write/pool timeouts plus an overall deadline that also cuts a slow drip;
  decoded-byte caps per kind (a gzip bomb trips them); at most `max_redirects` hops;
* safety (RELIABILITY.md X1-X4): http/https only; every hop's host is resolved here and refused when
  any address is not public; the connection then goes only to the vetted address (see `_PinnedBackend`),
  so DNS rebinding between check and connect is impossible; no https->http downgrade; URL credentials
  are never logged and never follow a redirect to another host;
* politeness: per-host and global concurrency, a minimum gap between requests to one host, 429/503
  `Retry-After` remembered per host, robots.txt (RFC 9309) for article pages;
* conditional GET with the exact stored ETag / Last-Modified strings.

Every failure is a `FetchError` with a short `kind` (dns, connect, timeout, tls, too_large, incomplete,
decode, redirect_loop, too_many_redirects, bad_redirect, insecure_redirect, bad_url, bad_scheme,
private_address, rate_limited, content_type, robots, http_<status>, network) and a one-line message.

Private addresses: `allow_private=True` switches the guard off everywhere (tests, a home lab).
`private_hosts` is the narrow operator opt-in: a configured *feed* URL whose host is listed may reach a
private address, and so may redirects that stay on that same host. Article pages, robots.txt and
redirects to any other host never inherit it, because those URLs come from content we do not control.

Proxies are not used (`trust_env=False`): a proxy would do its own DNS and defeat the address guard.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import email.utils
import inspect
import ipaddress
import socket
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from http import HTTPStatus
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Literal

import httpcore
import httpx
from protego import Protego

from claimwatch import __version__
from claimwatch.errors import FetchError

__all__ = [
    "GZIP_TYPES",
    "ROBOTS_TOKEN",
    "USER_AGENT",
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "Kind",
    "Resolver",
    "RobotsRules",
    "content_type_allowed",
    "fetch_url",
    "gunzip_capped",
    "is_public_address",
    "parse_ip_host",
    "parse_retry_after",
    "redact",
    "redirect_target",
    "system_resolver",
]

Kind = Literal["feed", "page", "robots"]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Iterable[str]] | Iterable[str]]
"""(host, port) -> IP address strings; may be sync or async; raises OSError (e.g. socket.gaierror)."""

KiB = 1024
MiB = 1024 * KiB
USER_AGENT = f"claimwatch/{__version__} (+https://github.com/claimwatch/claimwatch; feed tracker)"
ROBOTS_TOKEN = "claimwatch"

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
"""How servers label a `.xml.gz` file (a gzip payload, not a Content-Encoding): pass as `accept_types`."""
_FEED_HINTS = ("xml", "json", "rss", "atom")
_DEFAULT_ACCEPT: dict[str, str] = {
    "feed": "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    "robots": "text/plain, */*;q=0.5",
}
_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


# --------------------------------------------------------------------------- settings and results


@dataclass(frozen=True)
class FetchSettings:
    """Limits and manners for one `Fetcher`; the defaults suit an hourly cron run."""

    user_agent: str = USER_AGENT
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    write_timeout_s: float = 10.0
    pool_timeout_s: float = 5.0
    deadline_s: float = 60.0
    """Overall wall-clock budget per fetch (all hops, headers and body), excluding politeness waits."""
    max_bytes_feed: int = 15 * MiB
    max_bytes_page: int = 5 * MiB
    max_bytes_robots: int = 512 * KiB
    """robots.txt beyond this is truncated, not refused (RFC 9309 asks to parse at least 500 KiB)."""
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0
    global_concurrency: int = 20
    allow_private: bool = False
    private_hosts: frozenset[str] = frozenset()
    """Hosts (as written in configured feed URLs) allowed to resolve to private addresses for kind="feed"."""
    respect_robots: bool = True
    rate_limit_default_s: float = 3600.0
    """How long a host stays blocked after a 429 without a usable Retry-After."""
    max_retry_after_s: float = 7 * 86400.0
    ca_file: str | None = None
    """PEM bundle to trust instead of certifi's (an internal CA; the tests' own CA)."""

    def __post_init__(self) -> None:
        counts = (self.per_host_concurrency, self.global_concurrency, self.max_bytes_robots)
        if min(counts) < 1 or self.max_redirects < 0 or min(self.max_bytes_feed, self.max_bytes_page) < 1:
            raise ValueError("FetchSettings: concurrency and byte caps must be >= 1, max_redirects >= 0")
        hosts = frozenset(h.strip().strip("[]").lower() for h in self.private_hosts)
        object.__setattr__(self, "private_hosts", hosts)

    def cap_for(self, kind: Kind) -> int:
        """The decoded-body byte cap for a kind of fetch."""
        return {"feed": self.max_bytes_feed, "page": self.max_bytes_page}.get(kind, self.max_bytes_robots)


@dataclass(frozen=True)
class FetchResult:
    """One completed fetch: a 2xx with its body, or a 304 (`not_modified`, empty body)."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    not_modified: bool
    content_type: str | None
    charset: str | None
    elapsed_s: float
    redirects: list[tuple[int, str]] = field(default_factory=list)
    """(status, target URL without credentials) per hop, in order."""
    permanent_redirect: bool = False
    """True when there was at least one hop and every hop was 301/308."""


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt says for us.

    verdict "rules" carries the text; "allow_all" (4xx: no usable file) and "disallow_all" (5xx or
    unreachable: "not now", RFC 9309) carry a reason. Persist only "rules"/"allow_all" entries across
    runs; "disallow_all" is transient. `error_kind` keeps the network failure (timeout, dns...) so a
    page refused for that reason reports the real cause.
    """

    origin: str
    verdict: Literal["rules", "allow_all", "disallow_all"]
    text: str = ""
    reason: str = ""
    error_kind: str | None = None
    fetched_at: float = 0.0

    def allows(self, url: str, token: str = ROBOTS_TOKEN) -> bool:
        """True if `url` (on this origin) may be fetched by the user-agent token."""
        if self.verdict != "rules":
            return self.verdict == "allow_all"
        return bool(self._parsed.can_fetch(url, token))

    @cached_property
    def _parsed(self) -> Protego:
        return Protego.parse(self.text)


@dataclass(frozen=True)
class _Reply:
    """One hop's outcome: a redirect (location set) or a final response (body read)."""

    status: int
    headers: dict[str, str]
    location: str | None = None
    body: bytes = b""
    charset: str | None = None


# --------------------------------------------------------------------------- pure helpers


def redact(url: str | httpx.URL) -> str:
    """The URL without user:password, for messages and logs."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        text = str(url)
        scheme, sep, rest = text.partition("://")
        return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else text
    return str(parsed.copy_with(userinfo=b"")) if parsed.userinfo else str(parsed)


def parse_ip_host(host: str) -> IPAddress | None:
    """The address a URL host denotes if it is an IP literal in any spelling the C resolver accepts.

    Covers dotted, decimal (2130706433), octal (0177.0.0.1), hex (0x7f.1), short (127.1) and
    bracketed IPv6 forms; returns None for names.
    """
    bare = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if not bare or not bare[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except (OSError, ValueError):
        return None


def _translated_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped or NAT64 address actually reaches, if it is one."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True if `ip` is a globally routable unicast address we may connect to (the SSRF rule).

    Refuses loopback, private, link-local, multicast, reserved, unspecified, CGNAT (100.64/10), cloud
    metadata addresses, and IPv4-mapped / NAT64 / 6to4 forms of any of them.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _translated_ipv4(ip)
        if inner is not None:
            return is_public_address(inner)  # mapped/NAT64: the IPv4 inside is what gets reached
        if ip.sixtofour is not None and not is_public_address(ip.sixtofour):
            return False
    if ip in _METADATA or (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT):
        return False
    flags = (ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_multicast, ip.is_reserved)
    return ip.is_global and not ip.is_unspecified and not any(flags)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent or garbage."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def redirect_target(current: httpx.URL, location: str | None, status: int) -> httpx.URL:
    """Where a redirect leads, or FetchError (bad_redirect, bad_scheme, insecure_redirect).

    Credentials are dropped when the hop changes host, so they never reach a third party.
    """
    where = redact(current)
    if not location or not location.strip():
        raise FetchError("bad_redirect", f"{where}: HTTP {status} redirect without a Location header")
    try:
        target = current.join(location.strip())
    except (httpx.InvalidURL, ValueError) as e:
        raise FetchError("bad_redirect", f"{where}: HTTP {status} to an invalid Location ({e})") from e
    if target.scheme not in ("http", "https"):
        raise FetchError("bad_scheme", f"{where}: redirect to a {target.scheme or 'relative'}: URL refused")
    if current.scheme == "https" and target.scheme == "http":
        raise FetchError(
            "insecure_redirect", f"{where}: redirect from https to http refused ({redact(target)})"
        )
    if target.userinfo and (target.host, target.port) != (current.host, current.port):
        target = target.copy_with(userinfo=b"")
    return target


_ZLIB_STREAM = type(zlib.decompressobj())


def _compression_cut_short(response: httpx.Response) -> bool:
    """True if a gzip/deflate body stopped before its compressed stream ended: httpx's decoders return a
    truncated stream's bytes without complaint (RELIABILITY N10). Reads httpx 0.28's decoder objects;
    anything unrecognised counts as complete."""
    decoder = getattr(response, "_decoder", None)
    if decoder is None or response.num_bytes_downloaded == 0:
        return False
    streams = [getattr(d, "decompressor", None) for d in getattr(decoder, "children", [decoder])]
    return any(isinstance(z, _ZLIB_STREAM) and not z.eof for z in streams)


def _media_type(headers: httpx.Headers) -> str | None:
    raw = headers.get("content-type")
    media = raw.split(";", 1)[0].strip().lower() if raw else ""
    return media or None


def content_type_allowed(kind: Kind, media_type: str | None, extra: Iterable[str] = ()) -> bool:
    """Pages must be HTML; feeds may be any XML/JSON/text type; a missing type is given the benefit of doubt.
    `extra` lists further media types this one caller accepts (a sitemap fetch: `GZIP_TYPES`)."""
    if kind == "robots" or media_type is None or media_type in extra:
        return True
    if kind == "page":
        return media_type in _HTML_TYPES
    return media_type.startswith("text/") or any(hint in media_type for hint in _FEED_HINTS)


def _header_bytes(value: str | None) -> bytes | None:
    """A stored validator as the exact bytes to send back; None if empty or unsafe (CR/LF/controls)."""
    if not value or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return None
    try:
        return value.encode("ascii")
    except UnicodeEncodeError:
        return value.encode("utf-8")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _size(n: int) -> str:
    return f"{n / MiB:g} MiB" if n >= MiB else f"{n / KiB:g} KiB" if n >= KiB else f"{n} bytes"


def _host_key(url: httpx.URL) -> str:
    return url.host.lower()


def _origin(url: httpx.URL) -> str:
    """scheme://host[:port] without credentials: the key robots.txt rules are cached under."""
    return str(url.copy_with(userinfo=b"", path="/", query=None, fragment=None))[:-1]


# --------------------------------------------------------------------------- httpx errors -> FetchError


def _tls_cause(exc: BaseException) -> ssl.SSLError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _translate(exc: httpx.HTTPError, url: httpx.URL, settings: FetchSettings) -> FetchError:
    """One httpx exception as the FetchError a person can read."""
    where = redact(url)
    if isinstance(exc, httpx.TimeoutException):
        phase, limit = {
            httpx.ConnectTimeout: ("connect", settings.connect_timeout_s),
            httpx.WriteTimeout: ("write", settings.write_timeout_s),
            httpx.PoolTimeout: ("waiting for a free connection", settings.pool_timeout_s),
        }.get(type(exc), ("read", settings.read_timeout_s))
        return FetchError("timeout", f"{where}: timed out after {limit:g} s ({phase})")
    tls = _tls_cause(exc)
    if tls is not None:
        return FetchError("tls", f"{where}: TLS failed: {getattr(tls, 'reason', None) or _one_line(tls)}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError("connect", f"{where}: could not connect: {_one_line(exc)}")
    if isinstance(exc, httpx.ReadError | httpx.RemoteProtocolError):
        return FetchError(
            "incomplete", f"{where}: connection closed before the full response ({_one_line(exc)})"
        )
    if isinstance(exc, httpx.DecodingError):
        return FetchError("decode", f"{where}: body could not be decoded ({_one_line(exc)})")
    return FetchError("network", f"{where}: {type(exc).__name__}: {_one_line(exc)}")


# --------------------------------------------------------------------------- connection pinning

_PIN: contextvars.ContextVar[tuple[str, tuple[str, ...]] | None] = contextvars.ContextVar(
    "claimwatch_fetch_pin", default=None
)


class _PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to the addresses the guard vetted for the current hop.

    Why a network backend: httpcore asks it for a socket with the URL's host name, after the TLS SNI and
    Host header are already fixed by the URL. Swapping only the address here keeps certificate checks,
    SNI, Host and the connection pool's per-origin keys exactly as for the real name; rewriting URLs to
    IPs would break all four. The vetted addresses travel in a context variable set around `send()`,
    which runs in the requesting task; with no matching pin we refuse (fail closed).
    """

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        pin = _PIN.get()
        if pin is None or pin[0] != host:
            raise httpcore.ConnectError(f"no vetted address for {host}")
        error: Exception = httpcore.ConnectError(f"no address for {host}")
        for address in pin[1]:
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as e:  # refused/unreachable: try the next vetted address
                error = e
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not used by claimwatch")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport with its connection pool rebuilt on `_PinnedBackend`.

    httpx 0.28 takes no network_backend argument, so the pool (`_pool`, which handle_async_request
    uses) is replaced; pyproject pins httpx <0.29 and the assertion fails closed if that changes.
    """

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=ssl_context, limits=limits, trust_env=False)
        if not isinstance(getattr(self, "_pool", None), httpcore.AsyncConnectionPool):
            raise RuntimeError("httpx transport internals changed: address pinning unavailable")
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_PinnedBackend(),
        )


async def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's resolver (getaddrinfo), run off the event loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


# --------------------------------------------------------------------------- politeness


class _HostGate:
    """At most `concurrency` requests to one host at a time, starts at least `delay_s` apart."""

    def __init__(self, concurrency: int, delay_s: float) -> None:
        self._sem = asyncio.Semaphore(concurrency)
        self._delay_s = delay_s
        self._next_start = 0.0

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._sem:
            now = asyncio.get_running_loop().time()
            start = max(now, self._next_start)
            self._next_start = start + self._delay_s
            if start > now:
                await asyncio.sleep(start - now)
            yield


class _Budget:
    """What is left of one fetch's overall deadline; politeness waits are not charged."""

    def __init__(self, seconds: float) -> None:
        self.total = seconds
        self.left = seconds

    @contextlib.asynccontextmanager
    async def charge(self) -> AsyncIterator[None]:
        started = time.monotonic()
        try:
            async with asyncio.timeout(max(self.left, 0.0)):
                yield
        finally:
            self.left -= time.monotonic() - started


# --------------------------------------------------------------------------- the fetcher


class Fetcher:
    """Polite, bounded, SSRF-guarded HTTP GETs. Use as `async with Fetcher(settings) as f:`.

    `resolver` replaces DNS (tests map names to 127.0.0.1); `clock` gives wall-clock epoch seconds
    (Retry-After dates, host blocks); `robots_cache` maps origin -> RobotsRules and may be pre-filled
    from, or saved to, storage by the caller.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        resolver: Resolver | None = None,
        robots_cache: dict[str, RobotsRules] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.robots_cache: dict[str, RobotsRules] = robots_cache if robots_cache is not None else {}
        self._resolver: Resolver = resolver or system_resolver
        self._clock = clock
        self._client: httpx.AsyncClient | None = None
        self._gates: dict[str, _HostGate] = {}
        self._global = asyncio.Semaphore(self.settings.global_concurrency)
        self._blocked: dict[str, float] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def __aenter__(self) -> Fetcher:
        self._client = self._make_client()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the shared client and its connections."""
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    def _make_client(self) -> httpx.AsyncClient:
        s = self.settings
        ctx = ssl.create_default_context(cafile=s.ca_file) if s.ca_file else httpx.create_ssl_context()
        # The global semaphore is the limit; the pool is only a roomier backstop, so that a request
        # never waits inside httpx (where the pool timeout would count against it).
        limits = httpx.Limits(
            max_connections=2 * s.global_concurrency, max_keepalive_connections=s.global_concurrency
        )
        timeout = httpx.Timeout(
            connect=s.connect_timeout_s, read=s.read_timeout_s, write=s.write_timeout_s, pool=s.pool_timeout_s
        )
        return httpx.AsyncClient(
            transport=_PinnedTransport(ctx, limits),
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),  # stateless: no cookies kept
            headers={"User-Agent": s.user_agent},
        )

    # ---- public API

    def host_blocked_until(self, host: str) -> datetime | None:
        """When a host's 429/503 Retry-After block ends (UTC), or None if it is not blocked."""
        until = self._blocked.get(host.strip("[]").lower())
        if until is None or until <= self._clock():
            return None
        return datetime.fromtimestamp(until, UTC)

    async def fetch(
        self,
        url: str,
        *,
        kind: Kind = "feed",
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        accept_types: Iterable[str] = (),
    ) -> FetchResult:
        """GET `url` within every limit and rule of this module; raises FetchError on any failure.

        kind "feed": a configured feed URL; "page": an article URL from feed content (robots.txt is
        honoured and only HTML is accepted); "robots": a robots.txt (truncated at its cap, never refused).
        `accept_types`: media types accepted for this call on top of what the kind allows (a sitemap's
        `GZIP_TYPES`); the body is returned as sent, within the kind's byte cap (see `gunzip_capped`).
        """
        if self._client is None:
            raise RuntimeError("use `async with Fetcher(...)` before fetch()")
        first = self._parse_start(url)
        self._fail_if_blocked(first)
        if kind == "page":
            await self._vet(first, private_ok=self._private_ok(kind, first, first))
            if self.settings.respect_robots:
                await self._check_robots(first)
        headers = self._request_headers(kind, etag, last_modified, accept)
        extra = frozenset(t.strip().lower() for t in accept_types)
        return await self._follow(url, first, kind, headers, extra)

    # ---- request flow

    @staticmethod
    def _parse_start(url: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as e:
            raise FetchError("bad_url", f"{redact(str(url))}: not a valid URL ({_one_line(e)})") from e
        if parsed.scheme not in ("http", "https"):
            scheme = parsed.scheme or "relative"
            raise FetchError(
                "bad_scheme", f"{redact(parsed)}: {scheme}: URLs are not fetched (http/https only)"
            )
        if not parsed.host:
            raise FetchError("bad_url", f"{redact(parsed)}: URL has no host")
        return parsed

    @staticmethod
    def _request_headers(
        kind: Kind, etag: str | None, last_modified: str | None, accept: str | None
    ) -> dict[str, bytes]:
        headers = {"Accept": (accept or _DEFAULT_ACCEPT[kind]).encode("ascii", "replace")}
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
            raw = _header_bytes(value)
            if raw is not None:
                headers[name] = raw
        return headers

    async def _follow(
        self, url: str, first: httpx.URL, kind: Kind, headers: dict[str, bytes], extra: frozenset[str]
    ) -> FetchResult:
        started = time.monotonic()
        budget = _Budget(self.settings.deadline_s)
        hops: list[tuple[int, str]] = []
        seen = {str(first)}
        current = first
        while True:
            reply = await self._hop(current, first, kind, headers, budget, extra)
            if reply.location is None:
                return self._result(url, current, reply, hops, time.monotonic() - started)
            current = self._next_hop(current, reply, hops, seen)

    def _next_hop(
        self, current: httpx.URL, reply: _Reply, hops: list[tuple[int, str]], seen: set[str]
    ) -> httpx.URL:
        target = redirect_target(current, reply.location, reply.status)
        hops.append((reply.status, redact(target)))
        where = redact(current)
        if str(target) in seen:
            raise FetchError("redirect_loop", f"{where}: redirect loop back to {redact(target)}")
        if len(hops) > self.settings.max_redirects:
            raise FetchError(
                "too_many_redirects", f"{where}: more than {self.settings.max_redirects} redirects"
            )
        seen.add(str(target))
        return target

    async def _hop(
        self,
        url: httpx.URL,
        first: httpx.URL,
        kind: Kind,
        headers: dict[str, bytes],
        budget: _Budget,
        extra: frozenset[str] = frozenset(),
    ) -> _Reply:
        self._fail_if_blocked(url)
        private_ok = self._private_ok(kind, first, url)
        async with self._slot(_host_key(url)):
            self._fail_if_blocked(url)  # again: a 429 may have arrived while this request waited its turn
            try:
                async with budget.charge():
                    addresses = await self._vet(url, private_ok)
                    return await self._exchange(url, addresses, kind, headers, extra)
            except TimeoutError as e:
                raise FetchError(
                    "timeout", f"{redact(url)}: timed out after {budget.total:g} s (overall deadline)"
                ) from e

    @contextlib.asynccontextmanager
    async def _slot(self, host: str) -> AsyncIterator[None]:
        gate = self._gates.get(host)
        if gate is None:
            gate = self._gates[host] = _HostGate(
                self.settings.per_host_concurrency, self.settings.per_host_delay_s
            )
        async with gate.slot(), self._global:
            yield

    async def _exchange(
        self,
        url: httpx.URL,
        addresses: tuple[str, ...],
        kind: Kind,
        headers: dict[str, bytes],
        extra: frozenset[str] = frozenset(),
    ) -> _Reply:
        assert self._client is not None
        token = _PIN.set((url.raw_host.decode("ascii"), addresses))
        try:
            response = await self._client.send(
                self._client.build_request("GET", url, headers=headers), stream=True
            )
        except httpx.HTTPError as e:
            raise _translate(e, url, self.settings) from e
        finally:
            _PIN.reset(token)
        try:
            return await self._consume(url, response, kind, extra)
        except httpx.HTTPError as e:
            raise _translate(e, url, self.settings) from e
        finally:
            with contextlib.suppress(httpx.HTTPError):
                await response.aclose()

    async def _consume(
        self, url: httpx.URL, response: httpx.Response, kind: Kind, extra: frozenset[str] = frozenset()
    ) -> _Reply:
        status = response.status_code
        headers = dict(response.headers.items())
        if status in _REDIRECTS:
            return _Reply(status, headers, location=response.headers.get("location", ""))
        if status == 304:
            return _Reply(status, headers)
        if not 200 <= status < 300:
            raise self._http_error(url, response)
        media = _media_type(response.headers)
        if not content_type_allowed(kind, media, extra):
            raise FetchError(
                "content_type", f"{redact(url)}: content type {media} is not acceptable for a {kind}"
            )
        body = await self._read_body(url, response, kind)
        return _Reply(status, headers, body=body, charset=response.charset_encoding)

    async def _read_body(self, url: httpx.URL, response: httpx.Response, kind: Kind) -> bytes:
        cap = self.settings.cap_for(kind)
        declared = response.headers.get("content-length", "")
        if kind != "robots" and declared.isdigit() and int(declared) > cap:
            raise FetchError(
                "too_large", f"{redact(url)}: Content-Length {declared} is over the {_size(cap)} cap"
            )
        body = bytearray()
        async for chunk in response.aiter_bytes():  # decoded bytes: a gzip bomb counts at full size
            body += chunk
            if len(body) > cap:
                if kind == "robots":
                    return bytes(body[:cap])
                raise FetchError("too_large", f"{redact(url)}: body is over the {_size(cap)} cap")
        if _compression_cut_short(response):
            raise FetchError(
                "decode", f"{redact(url)}: compressed body ends before its stream does (truncated)"
            )
        return bytes(body)

    def _result(
        self, url: str, final: httpx.URL, reply: _Reply, hops: list[tuple[int, str]], elapsed: float
    ) -> FetchResult:
        return FetchResult(
            url=url,
            final_url=str(final),
            status=reply.status,
            headers=reply.headers,
            body=reply.body,
            not_modified=reply.status == 304,
            content_type=_media_type(httpx.Headers(reply.headers)),
            charset=reply.charset,
            elapsed_s=elapsed,
            redirects=hops,
            permanent_redirect=bool(hops) and all(status in _PERMANENT for status, _ in hops),
        )

    # ---- HTTP errors and rate limits

    def _http_error(self, url: httpx.URL, response: httpx.Response) -> FetchError:
        status = response.status_code
        retry_after = self._note_rate_limit(url, status, response.headers.get("retry-after"))
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = response.reason_phrase or "unknown status"
        message = f"{redact(url)}: HTTP {status} {phrase}"
        if retry_after is not None:
            message += f" (retry after {retry_after:g} s)"
        return FetchError(f"http_{status}", message, retry_after=retry_after)

    def _note_rate_limit(self, url: httpx.URL, status: int, header: str | None) -> float | None:
        """Block the host after a 429 (or a 503 with Retry-After); return the clamped delay."""
        if status not in (429, 503):
            return None
        retry_after = parse_retry_after(header, self._clock())
        if retry_after is not None:
            retry_after = min(retry_after, self.settings.max_retry_after_s)
        block = (
            retry_after
            if retry_after is not None
            else (self.settings.rate_limit_default_s if status == 429 else None)
        )
        if block is not None:
            host = _host_key(url)
            self._blocked[host] = max(self._blocked.get(host, 0.0), self._clock() + block)
        return retry_after

    def _fail_if_blocked(self, url: httpx.URL) -> None:
        until = self.host_blocked_until(_host_key(url))
        if until is not None:
            wait = until.timestamp() - self._clock()
            raise FetchError(
                "rate_limited",
                f"{redact(url)}: not fetched, {url.host} asked us to wait until {until:%Y-%m-%d %H:%M:%S} UTC",
                retry_after=wait,
            )

    # ---- address guard

    def _private_ok(self, kind: Kind, first: httpx.URL, url: httpx.URL) -> bool:
        if self.settings.allow_private:
            return True
        return (
            kind == "feed"
            and _host_key(url) == _host_key(first)
            and _host_key(first) in self.settings.private_hosts
        )

    async def _vet(self, url: httpx.URL, private_ok: bool) -> tuple[str, ...]:
        """Resolve the URL's host (IP literals in any spelling included) and refuse non-public addresses."""
        literal = parse_ip_host(url.host)
        addresses = [literal] if literal is not None else await self._resolve(url)
        if not private_ok:
            for address in addresses:
                if not is_public_address(address):
                    raise FetchError(
                        "private_address",
                        f"{redact(url)}: refused, {url.host} is {address}, not a public address",
                    )
        return tuple(str(a) for a in addresses)

    async def _resolve(self, url: httpx.URL) -> list[IPAddress]:
        host, where = url.raw_host.decode("ascii"), redact(url)
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            async with asyncio.timeout(self.settings.connect_timeout_s):
                answer = self._resolver(host, port)
                names = list(await answer if inspect.isawaitable(answer) else answer)
        except TimeoutError as e:
            raise FetchError("dns", f"{where}: resolving {url.host} timed out") from e
        except (OSError, UnicodeError) as e:
            raise FetchError("dns", f"{where}: cannot resolve {url.host} ({_one_line(e)})") from e
        try:
            addresses = [ipaddress.ip_address(name) for name in names]
        except ValueError as e:
            raise FetchError("dns", f"{where}: resolver returned a non-address ({e})") from e
        if not addresses:
            raise FetchError("dns", f"{where}: {url.host} has no addresses")
        return addresses

    # ---- robots.txt

    async def _check_robots(self, url: httpx.URL) -> None:
        rules = await self._robots_for(url)
        if rules.allows(str(url)):
            return
        self._fail_if_blocked(url)  # a 429 on robots.txt: report the rate limit, not the robots verdict
        if rules.error_kind is not None:
            raise FetchError(
                rules.error_kind,
                f"{redact(url)}: robots.txt unreachable, not fetching for now ({rules.reason})",
            )
        raise FetchError(
            "robots",
            f"{redact(url)}: disallowed by robots.txt ({rules.reason or 'rules for ' + ROBOTS_TOKEN})",
        )

    async def _robots_for(self, url: httpx.URL) -> RobotsRules:
        origin = _origin(url)
        if origin not in self.robots_cache:
            lock = self._robots_locks.setdefault(origin, asyncio.Lock())
            async with lock:  # one robots.txt fetch per origin, however many pages wait on it
                if origin not in self.robots_cache:
                    self.robots_cache[origin] = await self._load_robots(origin)
        return self.robots_cache[origin]

    async def _load_robots(self, origin: str) -> RobotsRules:
        now = self._clock()
        try:
            result = await self.fetch(origin + "/robots.txt", kind="robots")
        except FetchError as e:
            return _robots_after_error(origin, e, now)
        return RobotsRules(origin, "rules", text=result.body.decode("utf-8", "replace"), fetched_at=now)


def _robots_after_error(origin: str, error: FetchError, now: float) -> RobotsRules:
    """RFC 9309: 4xx (no usable file) or a redirect mess -> allow all; 5xx, 429 or unreachable -> not now."""
    status = int(error.kind[5:]) if error.kind.startswith("http_") else None
    if error.kind in ("redirect_loop", "too_many_redirects") or (
        status is not None and 400 <= status < 500 and status != 429
    ):
        return RobotsRules(origin, "allow_all", reason=f"robots.txt {error.kind}", fetched_at=now)
    if status is not None:
        reason = f"robots.txt answered HTTP {status}, not fetching for now"
        return RobotsRules(origin, "disallow_all", reason=reason, fetched_at=now)
    return RobotsRules(origin, "disallow_all", reason=str(error), error_kind=error.kind, fetched_at=now)


def gunzip_capped(body: bytes, cap: int, where: str = "") -> bytes:
    """A gzip payload (a `.xml.gz` sitemap) decompressed within `cap` bytes, the same decoded-size cap
    the fetcher puts on a body sent with Content-Encoding: gzip, so a gzip bomb is refused the same way.

    Concatenated members are read one after the other (the cap counts them together). FetchError
    "too_large" past the cap (decompression stops there: at most `cap` bytes are ever held), "decode" for
    data that is not gzip or ends before its stream does.
    """
    label = f"{redact(where)}: " if where else ""
    out: list[bytes] = []
    produced, data = 0, body
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = d.decompress(data, cap - produced + 1)
        except zlib.error as e:
            raise FetchError("decode", f"{label}not valid gzip data ({_one_line(e)})") from e
        produced += len(chunk)
        if produced > cap:
            raise FetchError(
                "too_large", f"{label}gzip body is over the {_size(cap)} cap once decompressed (gzip bomb?)"
            )
        out.append(chunk)
        if not d.eof:
            raise FetchError("decode", f"{label}gzip data ends before its stream does (truncated)")
        data = d.unused_data
        if not data.lstrip(b"\x00"):  # trailing NUL padding after the last member is common and harmless
            return b"".join(out)


def fetch_url(
    url: str, *, kind: Kind = "page", settings: FetchSettings | None = None, resolver: Resolver | None = None
) -> FetchResult:
    """Fetch one URL synchronously with a fresh Fetcher (for `claimwatch extract https://...`)."""

    async def run() -> FetchResult:
        async with Fetcher(settings, resolver=resolver) as fetcher:
            return await fetcher.fetch(url, kind=kind)

    return asyncio.run(run())
