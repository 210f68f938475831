"""The `Fetcher`: a few shared httpx clients, every request checked, paced, followed and read within limits."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import ipaddress
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpx

from claimwatch.errors import FetchError
from claimwatch.fetch.addresses import IPAddress, Resolver, is_public_address, parse_ip_host, system_resolver
from claimwatch.fetch.bodies import compression_cut_short
from claimwatch.fetch.http_helpers import (
    DEFAULT_ACCEPT,
    content_type_allowed,
    header_bytes,
    host_key,
    media_type,
    one_line,
    origin,
    parse_retry_after,
    redact,
    redirect_target,
    size,
    translate,
)
from claimwatch.fetch.politeness import Budget, HostGate
from claimwatch.fetch.pools import ClientPools
from claimwatch.fetch.robots import RobotsRules, robots_after_error
from claimwatch.fetch.settings import ROBOTS_TOKEN, FetchResult, FetchSettings, Kind
from claimwatch.fetch.transport import PIN, PinnedTransport

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})


@dataclass(frozen=True)
class _Reply:
    """One hop's outcome: a redirect (location set) or a final response (body read)."""

    status: int
    headers: dict[str, str]
    location: str | None = None
    body: bytes = b""
    charset: str | None = None


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
        self._pools: ClientPools | None = None
        self._ssl_context: ssl.SSLContext | None = None
        self._gates: dict[str, HostGate] = {}
        self._global = asyncio.Semaphore(self.settings.global_concurrency)
        self._blocked: dict[str, float] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}

    async def __aenter__(self) -> Fetcher:
        self._pools = ClientPools(self._make_client, self.settings.global_concurrency)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the shared clients and their connections."""
        if self._pools is not None:
            pools, self._pools = self._pools, None
            await pools.aclose()

    def _make_client(self, in_flight: int) -> httpx.AsyncClient:
        """One of the shared clients, for up to `in_flight` requests at a time (see `pools`)."""
        s = self.settings
        # one SSL context for all the clients: loading the CA bundle costs ~30 ms of CPU each time
        ctx = self._ssl_context
        if ctx is None:
            ctx = ssl.create_default_context(cafile=s.ca_file) if s.ca_file else httpx.create_ssl_context()
            self._ssl_context = ctx
        # The global semaphore is the limit; the pool is only a roomier backstop, so that a request
        # never waits inside httpx (where the pool timeout would count against it).
        limits = httpx.Limits(max_connections=2 * in_flight, max_keepalive_connections=in_flight)
        timeout = httpx.Timeout(
            connect=s.connect_timeout_s, read=s.read_timeout_s, write=s.write_timeout_s, pool=s.pool_timeout_s
        )
        return httpx.AsyncClient(
            transport=PinnedTransport(ctx, limits),
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
        if self._pools is None:
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
            raise FetchError("bad_url", f"{redact(str(url))}: not a valid URL ({one_line(e)})") from e
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
        headers = {"Accept": (accept or DEFAULT_ACCEPT[kind]).encode("ascii", "replace")}
        for name, value in (("If-None-Match", etag), ("If-Modified-Since", last_modified)):
            raw = header_bytes(value)
            if raw is not None:
                headers[name] = raw
        return headers

    async def _follow(
        self, url: str, first: httpx.URL, kind: Kind, headers: dict[str, bytes], extra: frozenset[str]
    ) -> FetchResult:
        started = time.monotonic()
        budget = Budget(self.settings.deadline_s)
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
        budget: Budget,
        extra: frozenset[str] = frozenset(),
    ) -> _Reply:
        self._fail_if_blocked(url)
        private_ok = self._private_ok(kind, first, url)
        async with self._slot(host_key(url)):
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
            gate = self._gates[host] = HostGate(
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
        assert self._pools is not None
        with self._pools.lease(url.host) as client:
            token = PIN.set((url.raw_host.decode("ascii"), addresses))
            try:
                response = await client.send(client.build_request("GET", url, headers=headers), stream=True)
            except httpx.HTTPError as e:
                raise translate(e, url, self.settings) from e
            finally:
                PIN.reset(token)
            try:
                return await self._consume(url, response, kind, extra)
            except httpx.HTTPError as e:
                raise translate(e, url, self.settings) from e
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
        media = media_type(response.headers)
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
                "too_large", f"{redact(url)}: Content-Length {declared} is over the {size(cap)} cap"
            )
        body = bytearray()
        async for chunk in response.aiter_bytes():  # decoded bytes: a gzip bomb counts at full size
            body += chunk
            if len(body) > cap:
                if kind == "robots":
                    return bytes(body[:cap])
                raise FetchError("too_large", f"{redact(url)}: body is over the {size(cap)} cap")
        if compression_cut_short(response):
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
            content_type=media_type(httpx.Headers(reply.headers)),
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
            host = host_key(url)
            self._blocked[host] = max(self._blocked.get(host, 0.0), self._clock() + block)
        return retry_after

    def _fail_if_blocked(self, url: httpx.URL) -> None:
        until = self.host_blocked_until(host_key(url))
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
            and host_key(url) == host_key(first)
            and host_key(first) in self.settings.private_hosts
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
            raise FetchError("dns", f"{where}: cannot resolve {url.host} ({one_line(e)})") from e
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
        key = origin(url)
        if key not in self.robots_cache:
            lock = self._robots_locks.setdefault(key, asyncio.Lock())
            async with lock:  # one robots.txt fetch per origin, however many pages wait on it
                if key not in self.robots_cache:
                    self.robots_cache[key] = await self._load_robots(key)
        return self.robots_cache[key]

    async def _load_robots(self, origin: str) -> RobotsRules:
        now = self._clock()
        try:
            result = await self.fetch(origin + "/robots.txt", kind="robots")
        except FetchError as e:
            return robots_after_error(origin, e, now)
        return RobotsRules(origin, "rules", text=result.body.decode("utf-8", "replace"), fetched_at=now)


def fetch_url(
    url: str, *, kind: Kind = "page", settings: FetchSettings | None = None, resolver: Resolver | None = None
) -> FetchResult:
    """Fetch one URL synchronously with a fresh Fetcher (for `claimwatch extract https://...`)."""

    async def run() -> FetchResult:
        async with Fetcher(settings, resolver=resolver) as fetcher:
            return await fetcher.fetch(url, kind=kind)

    return asyncio.run(run())
