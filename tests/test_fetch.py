"""claimwatch.fetch against a real server on 127.0.0.1: one test per behaviour (RELIABILITY.md N*, X*, H*)."""

from __future__ import annotations

import asyncio
import ipaddress
import itertools
import socket
import time
import zlib
from collections.abc import Awaitable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimwatch.errors import FetchError
from claimwatch.fetch import (
    USER_AGENT,
    Fetcher,
    FetchResult,
    FetchSettings,
    Resolver,
    fetch_url,
    is_public_address,
    parse_ip_host,
    parse_retry_after,
    redact,
    redirect_target,
)
from tests import localserver
from tests.localserver import (
    LocalServer,
    NetGuard,
    Reply,
    Request,
    TLSFiles,
    closed_port,
)

# The shared fixtures, made visible here (also fine once tests/conftest.py registers tests.localserver).
local_server = localserver.local_server
loopback_only = localserver.loopback_only
tls_files = localserver.tls_files

FAST = {"connect_timeout_s": 1.0, "read_timeout_s": 1.0, "deadline_s": 2.5, "per_host_delay_s": 0.0}
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


def cfg(**overrides: Any) -> FetchSettings:
    """Test settings: short timeouts, no politeness delay, private addresses allowed (127.0.0.1)."""
    values: dict[str, Any] = {**FAST, "allow_private": True, "respect_robots": False}
    return FetchSettings(**{**values, **overrides})


def table_resolver(table: dict[str, list[str]], calls: list[str] | None = None) -> Resolver:
    """A fake DNS: names in `table` resolve to its addresses, anything else is NXDOMAIN."""

    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    return resolve


def run(coro: Awaitable[Any]) -> Any:
    return asyncio.run(coro)  # type: ignore[arg-type]


async def get(
    url: str, s: FetchSettings | None = None, resolver: Resolver | None = None, **kw: Any
) -> FetchResult:
    async with Fetcher(s or cfg(), resolver=resolver) as f:
        return await f.fetch(url, **kw)


def fails(
    url: str, s: FetchSettings | None = None, resolver: Resolver | None = None, **kw: Any
) -> FetchError:
    with pytest.raises(FetchError) as info:
        run(get(url, s, resolver, **kw))
    assert "\n" not in str(info.value)
    return info.value


def redirect(status: int, location: str) -> Reply:
    return Reply(status, headers={"Location": location})


# --------------------------------------------------------------------------- success paths


def test_200_returns_body_headers_and_metadata(local_server: LocalServer) -> None:
    local_server.route("/feed.xml", Reply(body=b"<rss/>", headers={**RSS, "ETag": '"v1"', "X-Two": "a"}))
    result = run(get(local_server.url("/feed.xml")))
    assert (result.status, result.body, result.not_modified) == (200, b"<rss/>", False)
    assert (result.content_type, result.charset) == ("application/rss+xml", "utf-8")
    assert result.headers["etag"] == '"v1"' and result.headers["x-two"] == "a"
    assert result.final_url == result.url == local_server.url("/feed.xml")
    assert result.redirects == [] and not result.permanent_redirect and result.elapsed_s > 0
    sent = local_server.requests("/feed.xml")[0].headers
    assert sent["user-agent"] == USER_AGENT and "application/rss+xml" in sent["accept"]


def test_gzip_response_is_decoded(local_server: LocalServer) -> None:
    local_server.route("/z", Reply(body=b"<rss>" + b"x" * 5000 + b"</rss>", headers=RSS, gzip=True))
    assert run(get(local_server.url("/z"))).body == b"<rss>" + b"x" * 5000 + b"</rss>"


def test_conditional_get_sends_exact_validators_and_304_is_not_modified(local_server: LocalServer) -> None:
    etag, modified = 'W/"abc-1"', "Wed, 21 Oct 2015 07:28:00 GMT"

    def conditional(req: Request) -> Reply:
        if req.headers.get("if-none-match") == etag and req.headers.get("if-modified-since") == modified:
            return Reply(304, headers={"ETag": etag})
        return Reply(body=b"<rss/>", headers={**RSS, "ETag": etag, "Last-Modified": modified})

    local_server.route("/feed", conditional)
    first = run(get(local_server.url("/feed")))
    again = run(
        get(
            local_server.url("/feed"),
            etag=first.headers["etag"],
            last_modified=first.headers["last-modified"],
        )
    )
    assert (again.status, again.not_modified, again.body) == (304, True, b"")
    assert "if-none-match" not in local_server.requests("/feed")[0].headers
    assert local_server.requests("/feed")[1].headers["if-none-match"] == etag


def test_validator_with_newline_is_not_sent(local_server: LocalServer) -> None:
    local_server.route("/feed", Reply(body=b"<rss/>", headers=RSS))
    run(get(local_server.url("/feed"), etag='"a"\r\nX-Injected: 1'))
    assert "x-injected" not in local_server.requests("/feed")[0].headers


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize(
    ("status", "permanent"), [(301, True), (302, False), (303, False), (307, False), (308, True)]
)
def test_redirect_is_followed_and_recorded(local_server: LocalServer, status: int, permanent: bool) -> None:
    local_server.route("/old", redirect(status, "/new"))
    local_server.route("/new", Reply(body=b"<rss/>", headers=RSS))
    result = run(get(local_server.url("/old")))
    assert result.body == b"<rss/>" and result.final_url == local_server.url("/new")
    assert result.redirects == [(status, local_server.url("/new"))]
    assert result.permanent_redirect is permanent


def test_mixed_redirect_chain_is_not_permanent(local_server: LocalServer) -> None:
    local_server.route("/a", redirect(301, "/b"))
    local_server.route("/b", redirect(302, "/c"))
    local_server.route("/c", Reply(body=b"ok"))
    result = run(get(local_server.url("/a")))
    assert [s for s, _ in result.redirects] == [301, 302] and not result.permanent_redirect


def test_redirect_loop(local_server: LocalServer) -> None:
    local_server.route("/a", redirect(307, "/b"))
    local_server.route("/b", redirect(307, "/a"))
    assert fails(local_server.url("/a")).kind == "redirect_loop"
    assert local_server.count() == 2


def test_five_redirects_pass_six_fail(local_server: LocalServer) -> None:
    for i in range(7):
        local_server.route(f"/r{i}", redirect(302, f"/r{i + 1}"))
    local_server.route("/r5", Reply(body=b"end"))
    assert run(get(local_server.url("/r0"))).body == b"end"
    local_server.route("/r5", redirect(302, "/r6"))
    local_server.route("/r6", Reply(body=b"end"))
    assert fails(local_server.url("/r0")).kind == "too_many_redirects"


def test_redirect_without_location(local_server: LocalServer) -> None:
    local_server.route("/x", Reply(302))
    assert fails(local_server.url("/x")).kind == "bad_redirect"


def test_redirect_ending_in_304_is_not_modified(local_server: LocalServer) -> None:
    local_server.route("/old", redirect(301, "/new"))
    local_server.route("/new", Reply(304))
    result = run(get(local_server.url("/old"), etag='"v"'))
    assert result.not_modified and result.permanent_redirect
    assert local_server.requests("/new")[0].headers["if-none-match"] == '"v"'


def test_redirect_to_non_http_scheme_is_refused(local_server: LocalServer) -> None:
    local_server.route("/x", redirect(302, "file:///etc/passwd"))
    assert fails(local_server.url("/x")).kind == "bad_scheme"


@pytest.mark.parametrize(
    ("current", "location", "expected"),
    [
        ("https://a.test/x", "/y", "https://a.test/y"),
        ("http://a.test/x", "https://b.test/y", "https://b.test/y"),
        ("https://u:pw@a.test/x", "/y", "https://u:pw@a.test/y"),
        ("https://u:pw@a.test/x", "https://b.test/y", "https://b.test/y"),
        ("https://a.test/x", "https://u:pw@b.test/y", "https://b.test/y"),
    ],
)
def test_redirect_target_joins_and_drops_credentials_across_hosts(
    current: str, location: str, expected: str
) -> None:
    assert str(redirect_target(httpx.URL(current), location, 302)) == expected


@pytest.mark.parametrize(
    ("current", "location", "kind"),
    [
        ("https://a.test/x", "http://a.test/x", "insecure_redirect"),
        ("https://a.test/x", "http://b.test/", "insecure_redirect"),
        ("http://a.test/x", "javascript:alert(1)", "bad_scheme"),
        ("http://a.test/x", "", "bad_redirect"),
    ],
)
def test_redirect_target_refuses(current: str, location: str, kind: str) -> None:
    with pytest.raises(FetchError) as info:
        redirect_target(httpx.URL(current), location, 302)
    assert info.value.kind == kind


# --------------------------------------------------------------------------- HTTP errors and rate limits


@pytest.mark.parametrize("status", [404, 410, 500])
def test_http_error_status_is_the_kind(local_server: LocalServer, status: int) -> None:
    local_server.route("/f", Reply(status, b"no"))
    error = fails(local_server.url("/f"))
    assert error.kind == f"http_{status}" and error.retry_after is None and str(status) in str(error)


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds_blocks_the_host(local_server: LocalServer, status: int) -> None:
    local_server.route("/f", Reply(status, headers={"Retry-After": "120"}))

    async def scenario() -> tuple[FetchError, FetchError, Any]:
        async with Fetcher(cfg()) as f:
            with pytest.raises(FetchError) as first:
                await f.fetch(local_server.url("/f"))
            with pytest.raises(FetchError) as second:
                await f.fetch(local_server.url("/other"))
            return first.value, second.value, f.host_blocked_until("127.0.0.1")

    first, second, until = run(scenario())
    assert (first.kind, first.retry_after) == (f"http_{status}", 120.0)
    assert second.kind == "rate_limited" and 0 < (second.retry_after or 0) <= 120
    assert until is not None and abs(until.timestamp() - (time.time() + 120)) < 5
    assert local_server.count() == 1


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_http_date(local_server: LocalServer, status: int) -> None:
    local_server.route("/f", Reply(status, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    now = 1445412480.0 - 300  # five minutes before that date

    async def scenario() -> tuple[FetchError, Any]:
        async with Fetcher(cfg(), clock=lambda: now) as f:
            with pytest.raises(FetchError) as info:
                await f.fetch(local_server.url("/f"))
            return info.value, f.host_blocked_until("127.0.0.1")

    error, until = run(scenario())
    assert error.retry_after == 300.0 and until is not None and until.timestamp() == now + 300


def test_503_without_retry_after_does_not_block(local_server: LocalServer) -> None:
    local_server.route("/f", Reply(503))

    async def scenario() -> Any:
        async with Fetcher(cfg()) as f:
            with pytest.raises(FetchError):
                await f.fetch(local_server.url("/f"))
            return f.host_blocked_until("127.0.0.1")

    assert run(scenario()) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("0", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=time.time()) == expected


def test_huge_retry_after_is_clamped(local_server: LocalServer) -> None:
    local_server.route("/f", Reply(429, headers={"Retry-After": "99999999"}))
    assert fails(local_server.url("/f")).retry_after == 7 * 86400.0


# --------------------------------------------------------------------------- timeouts


def test_server_that_never_answers_times_out(local_server: LocalServer) -> None:
    local_server.route("/hang", Reply(body=b"late", delay_s=30))
    started = time.monotonic()
    error = fails(local_server.url("/hang"), cfg(read_timeout_s=0.5))
    assert error.kind == "timeout" and "(read)" in str(error)
    assert time.monotonic() - started < 1.5


def test_slow_drip_is_cut_by_the_overall_deadline(local_server: LocalServer) -> None:
    local_server.route("/drip", Reply(body=b"x" * 200, drip=(1, 0.1)))  # never idle for a whole read timeout
    started = time.monotonic()
    error = fails(local_server.url("/drip"), cfg(read_timeout_s=1.0, deadline_s=1.5))
    elapsed = time.monotonic() - started
    assert error.kind == "timeout" and "overall deadline" in str(error)
    assert 1.4 < elapsed < 2.5


# --------------------------------------------------------------------------- size caps and broken bodies


def test_content_length_over_cap_is_refused_before_reading(local_server: LocalServer) -> None:
    local_server.route("/big", Reply(body=b"x" * 5000, drip=(1000, 1.0)))  # reading it all would take 4 s
    started = time.monotonic()
    error = fails(local_server.url("/big"), cfg(max_bytes_feed=1000))
    assert error.kind == "too_large" and "Content-Length 5000" in str(error)
    assert time.monotonic() - started < 0.9


def test_chunked_body_over_cap(local_server: LocalServer) -> None:
    local_server.route("/big", Reply(body=b"x" * 50_000, chunked=True, drip=(4096, 0.0)))
    assert fails(local_server.url("/big"), cfg(max_bytes_feed=10_000)).kind == "too_large"


def test_body_exactly_at_cap_passes(local_server: LocalServer) -> None:
    local_server.route("/edge", Reply(body=b"x" * 1000, chunked=True))
    assert len(run(get(local_server.url("/edge"), cfg(max_bytes_feed=1000))).body) == 1000


def gzip_bomb(inflated: int) -> bytes:
    """A gzip stream of `inflated` zero bytes (about 1000:1)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join([*parts, packer.flush()])


def test_gzip_bomb_trips_the_decoded_cap(local_server: LocalServer) -> None:
    bomb = gzip_bomb(64 * 1024 * 1024)
    assert len(bomb) < 100_000
    local_server.route("/bomb", Reply(body=bomb, headers={**RSS, "Content-Encoding": "gzip"}))
    error = fails(local_server.url("/bomb"), cfg(max_bytes_feed=1024 * 1024))
    assert error.kind == "too_large" and "1 MiB" in str(error)


def test_body_shorter_than_content_length_is_incomplete(local_server: LocalServer) -> None:
    local_server.route("/short", Reply(body=b"x" * 100, content_length=1000))
    assert fails(local_server.url("/short")).kind == "incomplete"


def test_connection_closed_mid_body_is_incomplete(local_server: LocalServer) -> None:
    local_server.route("/cut", Reply(body=b"x" * 10_000, chunked=True, drip=(1000, 0.0), close_after=3000))
    assert fails(local_server.url("/cut")).kind == "incomplete"


def test_bad_gzip_is_a_decode_error(local_server: LocalServer) -> None:
    local_server.route("/notgz", Reply(body=b"<rss>plain</rss>", headers={**RSS, "Content-Encoding": "gzip"}))
    assert fails(local_server.url("/notgz")).kind == "decode"


# --------------------------------------------------------------------------- content types


@pytest.mark.parametrize("ctype", ["application/pdf", "image/png", "video/mp4", "application/octet-stream"])
def test_page_must_be_html(local_server: LocalServer, ctype: str) -> None:
    local_server.route("/doc", Reply(body=b"%PDF-1.7", headers={"Content-Type": ctype}))
    error = fails(local_server.url("/doc"), kind="page")
    assert error.kind == "content_type" and ctype in str(error)


@pytest.mark.parametrize(
    ("ctype", "ok"),
    [("application/atom+xml", True), ("text/xml", True), ("application/feed+json", True), ("text/html", True),
     (None, True), ("image/jpeg", False), ("application/pdf", False)],
)  # fmt: skip
def test_feed_content_types(local_server: LocalServer, ctype: str | None, ok: bool) -> None:
    local_server.route("/f", Reply(body=b"<feed/>", headers={"Content-Type": ctype} if ctype else {}))
    if ok:
        assert run(get(local_server.url("/f"))).content_type == ctype
    else:
        assert fails(local_server.url("/f")).kind == "content_type"


# --------------------------------------------------------------------------- robots.txt


def robots_settings() -> FetchSettings:
    return cfg(respect_robots=True)


def test_robots_disallow_for_our_token(local_server: LocalServer) -> None:
    rules = b"User-agent: claimwatch\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n"
    local_server.route("/robots.txt", Reply(body=rules, headers={"Content-Type": "text/plain"}))
    local_server.route("/public/a", Reply(body=b"<html></html>", headers=HTML))

    async def scenario() -> tuple[FetchResult, FetchError, dict[str, Any]]:
        async with Fetcher(robots_settings()) as f:
            ok = await f.fetch(local_server.url("/public/a"), kind="page")
            with pytest.raises(FetchError) as refused:
                await f.fetch(local_server.url("/private/b"), kind="page")
            return ok, refused.value, dict(f.robots_cache)

    ok, refused, cache = run(scenario())
    assert ok.status == 200 and refused.kind == "robots"
    assert local_server.count("/robots.txt") == 1 and local_server.count("/private/b") == 0
    assert cache[local_server.url("")].verdict == "rules"


def test_robots_fetched_once_for_concurrent_pages(local_server: LocalServer) -> None:
    local_server.route("/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", delay_s=0.2))
    for i in range(4):
        local_server.route(f"/p{i}", Reply(body=b"<html></html>", headers=HTML))

    async def scenario() -> list[FetchResult]:
        async with Fetcher(robots_settings()) as f:
            return await asyncio.gather(*(f.fetch(local_server.url(f"/p{i}"), kind="page") for i in range(4)))

    assert len(run(scenario())) == 4 and local_server.count("/robots.txt") == 1


def test_robots_404_allows_everything(local_server: LocalServer) -> None:
    local_server.route("/a", Reply(body=b"<html></html>", headers=HTML))
    assert run(get(local_server.url("/a"), robots_settings(), kind="page")).status == 200
    assert local_server.count("/robots.txt") == 1


def test_robots_500_disallows_for_now(local_server: LocalServer) -> None:
    local_server.route("/robots.txt", Reply(500))
    local_server.route("/a", Reply(body=b"<html></html>", headers=HTML))
    error = fails(local_server.url("/a"), robots_settings(), kind="page")
    assert error.kind == "robots" and "500" in str(error) and local_server.count("/a") == 0


def test_robots_unreachable_reports_the_network_cause(local_server: LocalServer) -> None:
    local_server.route("/robots.txt", Reply(body=b"", delay_s=30))
    error = fails(local_server.url("/a"), cfg(respect_robots=True, read_timeout_s=0.3), kind="page")
    assert error.kind == "timeout" and "robots.txt" in str(error) and local_server.count("/a") == 0


def test_oversized_robots_is_truncated_and_still_obeyed(local_server: LocalServer) -> None:
    rules = b"User-agent: *\nDisallow: /x\n" + b"# padding\n" * 70_000  # ~700 KiB, over the 512 KiB cap
    local_server.route("/robots.txt", Reply(body=rules))
    assert fails(local_server.url("/x"), robots_settings(), kind="page").kind == "robots"


def test_robots_429_reports_the_rate_limit(local_server: LocalServer) -> None:
    local_server.route("/robots.txt", Reply(429, headers={"Retry-After": "60"}))
    error = fails(local_server.url("/a"), robots_settings(), kind="page")
    assert error.kind == "rate_limited" and local_server.count("/a") == 0


def test_robots_not_consulted_for_feeds(local_server: LocalServer) -> None:
    local_server.route("/feed", Reply(body=b"<rss/>", headers=RSS))
    run(get(local_server.url("/feed"), robots_settings()))
    assert local_server.count("/robots.txt") == 0


# --------------------------------------------------------------------------- connect and DNS failures


def test_connection_refused(loopback_only: NetGuard) -> None:
    error = fails(f"http://127.0.0.1:{closed_port()}/feed")
    assert error.kind == "connect" and "could not connect" in str(error)


def test_dns_failure(loopback_only: NetGuard) -> None:
    error = fails("http://no-such-host.test/feed", resolver=table_resolver({}))
    assert error.kind == "dns" and "no-such-host.test" in str(error)
    assert loopback_only.connects == []


def test_sync_resolver_is_accepted(local_server: LocalServer) -> None:
    local_server.route("/f", Reply(body=b"ok"))
    result = run(get(local_server.url("/f", host="sync.test"), resolver=lambda host, port: ["127.0.0.1"]))
    assert result.body == b"ok"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/", "/relative/path"]
)
def test_non_http_schemes_are_refused(loopback_only: NetGuard, url: str) -> None:
    assert fails(url).kind == "bad_scheme"
    assert loopback_only.connects == []


# --------------------------------------------------------------------------- SSRF guard


SSRF_URLS = [
    "http://127.0.0.1/",
    "http://localhost/",
    "http://2130706433/",
    "http://0x7f.0.0.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[64:ff9b::a00:1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://172.16.5.4/",
    "http://100.64.0.1/",
    "http://0.0.0.0/",
    "http://224.0.0.1/",
    "http://[fd00:ec2::254]/",
]


@pytest.mark.parametrize("kind", ["feed", "page"])
@pytest.mark.parametrize("url", SSRF_URLS)
def test_private_addresses_are_refused_before_connecting(
    loopback_only: NetGuard, url: str, kind: str
) -> None:
    resolver = table_resolver({"localhost": ["127.0.0.1", "::1"]})
    s = FetchSettings(**FAST)  # the real defaults: allow_private False, robots respected
    error = fails(url, s, resolver, kind=kind)
    assert error.kind == "private_address"
    assert loopback_only.connects == []


def test_any_private_answer_refuses_the_name(loopback_only: NetGuard) -> None:
    resolver = table_resolver({"mixed.test": ["93.184.216.34", "10.1.2.3"]})
    assert fails("http://mixed.test/", FetchSettings(**FAST), resolver).kind == "private_address"
    assert loopback_only.connects == []


def test_evil_name_resolving_to_loopback_is_refused(local_server: LocalServer) -> None:
    local_server.route("/", Reply(body=b"secret"))
    resolver = table_resolver({"evil.example": ["127.0.0.1"]})
    error = fails(local_server.url("/", host="evil.example"), FetchSettings(**FAST), resolver)
    assert error.kind == "private_address" and "127.0.0.1" in str(error)
    assert local_server.count() == 0


def test_connection_goes_to_the_vetted_address_only(
    local_server: LocalServer, loopback_only: NetGuard
) -> None:
    """DNS rebinding: the resolver would answer differently a second time; it must not be asked again."""
    local_server.route("/f", Reply(body=b"pinned"))
    calls: list[str] = []
    answers = iter([["127.0.0.1"], ["10.66.66.66"], ["10.66.66.66"]])

    async def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    result = run(get(local_server.url("/f", host="site.test"), resolver=rebinding))
    assert result.body == b"pinned" and calls == ["site.test"]
    assert local_server.requests("/f")[0].headers["host"] == f"site.test:{local_server.port}"
    assert loopback_only.connects == [("127.0.0.1", local_server.port)]


def test_operator_opt_in_host_reaches_private_address_for_feeds_only(local_server: LocalServer) -> None:
    local_server.route("/feed", redirect(301, "/feed/"))
    local_server.route("/feed/", Reply(body=b"<rss/>", headers=RSS))
    local_server.route("/page", Reply(body=b"<html></html>", headers=HTML))
    s = FetchSettings(**{**FAST, "private_hosts": frozenset({"127.0.0.1"})})
    assert run(get(local_server.url("/feed"), s)).body == b"<rss/>"  # same-host redirect keeps the opt-in
    assert fails(local_server.url("/page"), s, kind="page").kind == "private_address"
    assert local_server.count("/page") == 0 and local_server.count("/robots.txt") == 0


@pytest.mark.parametrize("target_host", ["internal.test", "2130706433", "localhost"])
def test_redirect_to_another_private_host_is_refused_at_the_hop(
    local_server: LocalServer, target_host: str
) -> None:
    local_server.route("/feed", redirect(302, local_server.url("/admin", host=target_host)))
    local_server.route("/admin", Reply(body=b"secret"))
    resolver = table_resolver({"internal.test": ["127.0.0.1"], "localhost": ["127.0.0.1"]})
    s = FetchSettings(**{**FAST, "private_hosts": frozenset({"127.0.0.1"})})
    error = fails(local_server.url("/feed"), s, resolver)
    assert error.kind == "private_address" and target_host in str(error)
    assert local_server.count("/feed") == 1 and local_server.count("/admin") == 0


@pytest.mark.parametrize(
    ("spelling", "address"),
    [("2130706433", "127.0.0.1"), ("0x7f.0.0.1", "127.0.0.1"), ("017700000001", "127.0.0.1"), ("127.1", "127.0.0.1"),
     ("0177.0.0.1", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("[::ffff:127.0.0.1]", "::ffff:7f00:1"), ("::1", "::1"),
     ("example.com", None), ("1example.com", None), ("xn--bcher-kva.example", None)],
)  # fmt: skip
def test_parse_ip_host_spellings(spelling: str, address: str | None) -> None:
    parsed = parse_ip_host(spelling)
    assert (str(parsed) if parsed else None) == address


@settings(database=None, max_examples=200)
@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_every_ipv4_spelling_means_the_same_address(n: int) -> None:
    ip = ipaddress.IPv4Address(n)
    spellings = [str(n), hex(n), "0" + oct(n)[2:], ".".join(hex(b) for b in ip.packed)]
    assert {parse_ip_host(s) for s in spellings} == {ip}


PRIVATE_NETS = ["0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "fc00::/7", "fe80::/10", "ff00::/8"]  # fmt: skip


@settings(database=None, max_examples=300)
@given(st.sampled_from(PRIVATE_NETS), st.integers(min_value=0))
def test_no_address_in_a_private_network_is_public(net: str, offset: int) -> None:
    network = ipaddress.ip_network(net)
    ip = network[offset % network.num_addresses]
    assert not is_public_address(ip)
    if isinstance(ip, ipaddress.IPv4Address):
        assert not is_public_address(ipaddress.IPv6Address(f"::ffff:{ip}"))
        assert not is_public_address(ipaddress.IPv6Address(f"64:ff9b::{ip}"))
        assert not is_public_address(ipaddress.IPv6Address((0x2002 << 112) | (int(ip) << 80)))


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]
)
def test_public_addresses_pass(address: str) -> None:
    assert is_public_address(ipaddress.ip_address(address))


# --------------------------------------------------------------------------- credentials


def test_credentials_are_sent_same_host_but_not_across_and_never_shown(local_server: LocalServer) -> None:
    local_server.route("/private-feed", redirect(302, local_server.url("/elsewhere", host="other.test")))
    local_server.route("/elsewhere", Reply(404))
    url = local_server.url("/private-feed").replace("http://", "http://alice:s3cret@")
    error = fails(url, resolver=table_resolver({"other.test": ["127.0.0.1"]}))
    assert error.kind == "http_404" and "s3cret" not in str(error)
    assert local_server.requests("/private-feed")[0].headers["authorization"].startswith("Basic ")
    assert "authorization" not in local_server.requests("/elsewhere")[0].headers


def test_redact() -> None:
    assert redact("https://bob:pw@example.com/feed?x=1") == "https://example.com/feed?x=1"
    assert redact("http://bob:pw@host:port/feed") == "http://host:port/feed"  # unparsable: still redacted


# --------------------------------------------------------------------------- politeness


def test_per_host_concurrency(local_server: LocalServer) -> None:
    local_server.route("/slow", Reply(body=b"ok", delay_s=0.3))

    async def five() -> list[FetchResult]:
        async with Fetcher(cfg(per_host_concurrency=2)) as f:
            return await asyncio.gather(*(f.fetch(local_server.url("/slow")) for _ in range(5)))

    assert len(run(five())) == 5
    assert local_server.max_in_flight == 2


def test_global_concurrency(local_server: LocalServer) -> None:
    local_server.route("/slow", Reply(body=b"ok", delay_s=0.3))
    resolver = table_resolver({h: ["127.0.0.1"] for h in ("a.test", "b.test", "c.test")})

    async def six() -> list[FetchResult]:
        async with Fetcher(cfg(per_host_concurrency=5, global_concurrency=2), resolver=resolver) as f:
            urls = [
                local_server.url("/slow", host=h) for h in ("a.test", "b.test", "c.test") for _ in range(2)
            ]
            return await asyncio.gather(*(f.fetch(u) for u in urls))

    assert len(run(six())) == 6
    assert local_server.max_in_flight == 2


def test_minimum_delay_between_requests_to_one_host(local_server: LocalServer) -> None:
    local_server.route("/f", Reply(body=b"ok"))

    async def three() -> None:
        async with Fetcher(cfg(per_host_delay_s=0.25, per_host_concurrency=3)) as f:
            await asyncio.gather(*(f.fetch(local_server.url("/f")) for _ in range(3)))

    run(three())
    times = [r.at for r in local_server.requests("/f")]
    assert all(b - a >= 0.2 for a, b in itertools.pairwise(times))


# --------------------------------------------------------------------------- TLS


@pytest.fixture
def tls_server(tls_files: TLSFiles, loopback_only: NetGuard) -> Any:
    with LocalServer(tls=tls_files.server_context()) as server:
        yield server


def test_untrusted_certificate_is_a_tls_error(tls_server: LocalServer) -> None:
    tls_server.route("/f", Reply(body=b"ok"))
    error = fails(tls_server.url("/f"))
    assert error.kind == "tls" and "CERTIFICATE_VERIFY_FAILED" in str(error)


def test_trusted_certificate_with_pinned_address_and_sni(
    tls_server: LocalServer, tls_files: TLSFiles
) -> None:
    tls_server.route("/f", Reply(body=b"secure"))
    resolver = table_resolver({"site.test": ["127.0.0.1"]})
    result = run(get(tls_server.url("/f", host="site.test"), cfg(ca_file=tls_files.ca_file), resolver))
    assert result.body == b"secure"


def test_certificate_for_another_name_is_a_tls_error(tls_server: LocalServer, tls_files: TLSFiles) -> None:
    tls_server.route("/f", Reply(body=b"ok"))
    resolver = table_resolver({"other.test": ["127.0.0.1"]})
    assert (
        fails(tls_server.url("/f", host="other.test"), cfg(ca_file=tls_files.ca_file), resolver).kind == "tls"
    )


def test_https_to_http_redirect_is_refused(
    tls_server: LocalServer, local_server: LocalServer, tls_files: TLSFiles
) -> None:
    tls_server.route("/f", redirect(301, local_server.url("/plain")))
    local_server.route("/plain", Reply(body=b"downgraded"))
    error = fails(tls_server.url("/f"), cfg(ca_file=tls_files.ca_file))
    assert error.kind == "insecure_redirect" and local_server.count() == 0


# --------------------------------------------------------------------------- sync wrapper and misuse


def test_fetch_url_runs_one_fetch(local_server: LocalServer) -> None:
    local_server.route("/robots.txt", Reply(body=b"User-agent: *\nDisallow:\n"))
    local_server.route("/article", Reply(body=b"<html>hi</html>", headers=HTML))
    result = fetch_url(local_server.url("/article"), settings=cfg(respect_robots=True))
    assert result.body == b"<html>hi</html>" and local_server.count("/robots.txt") == 1


def test_fetch_outside_context_manager_is_a_programming_error() -> None:
    async def misuse() -> None:
        await Fetcher(cfg()).fetch("http://127.0.0.1/")

    with pytest.raises(RuntimeError):
        run(misuse())
