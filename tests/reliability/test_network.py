"""Network cases N1-N27 (RELIABILITY.md (b)), each against the real HTTP server on 127.0.0.1.

Most cases run a whole collection (`collect`, i.e. `claimwatch run --all`) and look at the database: the
error kind in fetch_log and the feed's last_error, error_count and next_due, and that the other feeds
of the run were still fetched. Exit-code rule (documented in `claimwatch run --help`): 0 all fine, 1 some
feeds or pages failed (per-feed errors recorded), 2 nothing worked, 3 another run holds the lock.
"""

from __future__ import annotations

import asyncio
import email.utils
import gzip
import os
import subprocess
import time
import tracemalloc
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from claimwatch.errors import FetchError
from claimwatch.fetch import Fetcher, FetchResult, FetchSettings
from tests.localserver import LocalServer, NetGuard, Reply, Request, TLSFiles, closed_port
from tests.reliability.conftest import (
    CORPUS,
    FAST,
    RSS,
    content_counts,
    due_in,
    feed_reply,
    feed_row,
    fetch_log,
    full_content,
    item,
    options,
    q,
    rss,
    run,
    subscribe,
    table_resolver,
)

HOUR = 3600.0


def fetch(url: str, settings: FetchSettings | None = None, **kw: Any) -> FetchResult:
    """One fetch with a fresh Fetcher (robots.txt off: these are feed fetches)."""

    async def go() -> FetchResult:
        async with Fetcher(settings or replace(FAST, respect_robots=False), **kw) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(go())


def fetch_error(url: str, settings: FetchSettings | None = None, **kw: Any) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(url, settings, **kw)
    assert "\n" not in str(info.value)
    return info.value


def kinds(summary: Any) -> list[str]:
    return [e.kind for e in summary.errors]


def good_feed(server: LocalServer, path: str = "/good.xml", n: int = 1) -> None:
    """A feed with one full-content entry (no page fetch), stored as one article with a claim."""
    server.route(path, feed_reply(item(f"good-{n}", server.url(f"/good-{n}.html"), content=full_content(n))))


def assert_backoff_once(db: Path, feed_id: int, kind: str) -> None:
    """One failure recorded: error_count 1, last_error '<kind>: ...', next try in ~1 h (+-10 % jitter)."""
    row = feed_row(db, feed_id)
    assert row["error_count"] == 1 and row["last_error"].startswith(f"{kind}:"), row
    assert 0.85 * HOUR < due_in(row) < 1.15 * HOUR
    assert row["status"] == "active" and row["enabled"] == 1
    assert [r[1] for r in fetch_log(db, feed_id)] == ["error"]
    assert fetch_log(db, feed_id)[0][3].startswith(f"{kind}:")


# --------------------------------------------------------------------------- N1-N5: connecting


def test_N1_dns_failure_is_a_feed_error_with_backoff(local_server: LocalServer, db: Path) -> None:
    good_feed(local_server)
    resolver = table_resolver({"good.test": ["127.0.0.1"]})
    bad, good = subscribe(
        db, "http://no-such-host.test/feed.xml", local_server.url("/good.xml", host="good.test")
    )
    summary = run(db, resolver=resolver)
    assert kinds(summary) == ["dns"]
    assert summary.exit_code == 1  # per-feed errors only: the run itself worked (documented rule)
    assert_backoff_once(db, bad, "dns")
    assert local_server.count("/good.xml") == 1 and feed_row(db, good)["last_ok"]
    assert content_counts(db)["articles"] == 1


def test_N2_connection_refused_is_a_feed_error_with_backoff(local_server: LocalServer, db: Path) -> None:
    good_feed(local_server)
    bad, _ = subscribe(db, f"http://127.0.0.1:{closed_port()}/feed.xml", local_server.url("/good.xml"))
    summary = run(db)
    assert kinds(summary) == ["connect"] and summary.exit_code == 1
    assert_backoff_once(db, bad, "connect")
    assert local_server.count("/good.xml") == 1


def test_N3_server_that_never_answers_times_out_within_the_bound(local_server: LocalServer, db: Path) -> None:
    local_server.route("/silent.xml", Reply(body=rss(), headers=RSS, delay_s=30.0))
    good_feed(local_server)
    bad, _ = subscribe(db, local_server.url("/silent.xml"), local_server.url("/good.xml"))
    started = time.monotonic()
    summary = run(db, read_timeout_s=0.5, deadline_s=1.0)
    assert time.monotonic() - started < 5.0  # the run's total time stays bounded
    assert kinds(summary) == ["timeout"] and summary.exit_code == 1
    assert_backoff_once(db, bad, "timeout")


def test_N4_slow_drip_hits_overall_deadline(local_server: LocalServer, db: Path) -> None:
    # one byte every 0.25 s: every single read is well inside the 1 s read timeout, so only the overall
    # per-request deadline (1.5 s) can end it
    local_server.route("/drip.xml", Reply(body=rss(*[item(f"g{i}", None) for i in range(50)]), headers=RSS,
                                          drip=(1, 0.25)))  # fmt: skip
    (feed_id,) = subscribe(db, local_server.url("/drip.xml"))
    started = time.monotonic()
    summary = run(db, read_timeout_s=1.0, deadline_s=1.5)
    assert 1.4 < time.monotonic() - started < 5.0
    assert kinds(summary) == ["timeout"] and "overall deadline" in summary.errors[0].message
    assert_backoff_once(db, feed_id, "timeout")


def _expired_cert(tls_files: TLSFiles) -> tuple[str, str]:
    """A server certificate for 127.0.0.1 signed by the test CA whose notAfter is already past."""
    folder = Path(tls_files.ca_file).parent
    if not (folder / "expired.pem").exists():
        steps = [
            ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
             "expired.key", "-out", "expired.csr", "-subj", "/CN=site.test"],
            ["x509", "-req", "-in", "expired.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "expired.pem", "-days", "-1", "-extfile", "ext.cnf"],
        ]  # fmt: skip
        for args in steps:
            subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True, timeout=30)
    return str(folder / "expired.pem"), str(folder / "expired.key")


@pytest.mark.parametrize("problem", ["self_signed", "wrong_host", "expired"])
def test_N5_tls_failure_is_an_error_never_retried_unverified(
    tls_files: TLSFiles, loopback_only: NetGuard, db: Path, problem: str
) -> None:
    import ssl

    context = tls_files.server_context()
    ca_file: str | None = tls_files.ca_file
    host = "127.0.0.1"
    if problem == "self_signed":
        ca_file = None  # our CA is not in the system store: as good as self-signed
    elif problem == "wrong_host":
        host = "other.test"  # the certificate names site.test and 127.0.0.1 only
    else:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*_expired_cert(tls_files))
    with LocalServer(tls=context) as server:
        server.route("/feed.xml", feed_reply())
        (feed_id,) = subscribe(db, server.url("/feed.xml", host=host))
        summary = run(db, ca_file=ca_file, resolver=table_resolver({"other.test": ["127.0.0.1"]}))
        assert server.count() == 0  # no request ever went through
    assert kinds(summary) == ["tls"]
    assert_backoff_once(db, feed_id, "tls")
    assert [c for c in loopback_only.connects if c[1] == server.port] == [("127.0.0.1", server.port)]


# --------------------------------------------------------------------------- N6-N10: bodies


@pytest.mark.parametrize("fault", ["reset_mid_body", "content_length_larger"])
def test_N6_incomplete_body_stores_nothing_and_keeps_validators(
    local_server: LocalServer, db: Path, fault: str
) -> None:
    first = rss(item("g1", None, content=full_content(1)))
    local_server.route(
        "/feed.xml",
        Reply(body=first, headers={**RSS, "ETag": '"v1"', "Last-Modified": "Mon, 03 Jun 2024 08:00:00 GMT"}),
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    second = rss(item("g1", None, content=full_content(1)), item("g2", None, content=full_content(2)))
    headers = {**RSS, "ETag": '"v2"', "Last-Modified": "Tue, 04 Jun 2024 08:00:00 GMT"}
    broken = (
        Reply(body=second, headers=headers, close_after=len(second) // 2)
        if fault == "reset_mid_body"
        else Reply(body=second, headers=headers, content_length=len(second) + 500)
    )
    local_server.route("/feed.xml", broken)
    summary = run(db)
    assert kinds(summary) == ["incomplete"]
    assert content_counts(db) == before  # nothing from that response parsed or stored
    row = feed_row(db, feed_id)
    assert (row["etag"], row["last_modified"]) == ('"v1"', "Mon, 03 Jun 2024 08:00:00 GMT")
    assert row["error_count"] == 1 and row["last_error"].startswith("incomplete:")


def test_N7_content_length_over_cap_rejected_before_reading(local_server: LocalServer, db: Path) -> None:
    # declares 50 MB, then sends 10 bytes every 5 s: reading any of it would take minutes
    local_server.route(
        "/huge.xml", Reply(body=b"x" * 100, headers=RSS, content_length=50_000_000, drip=(10, 5.0))
    )
    (feed_id,) = subscribe(db, local_server.url("/huge.xml"))
    started = time.monotonic()
    summary = run(db, deadline_s=20.0, read_timeout_s=20.0)
    assert time.monotonic() - started < 3.0
    assert kinds(summary) == ["too_large"] and "Content-Length 50000000" in summary.errors[0].message
    assert_backoff_once(db, feed_id, "too_large")


def _peak_memory(fn: Any) -> tuple[Any, int]:
    """(what fn returned or raised, peak bytes Python allocated meanwhile in any thread)."""
    tracemalloc.start()
    try:
        try:
            outcome: Any = fn()
        except FetchError as e:
            outcome = e
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_N8_chunked_body_over_cap_stops_at_cap(local_server: LocalServer, db: Path) -> None:
    body = b"<rss>" + b"x" * (32 * 1024 * 1024)  # 32 MiB, sent chunked in 64 KiB pieces, no Content-Length
    local_server.route("/endless.xml", Reply(body=body, headers=RSS, chunked=True, drip=(65536, 0.0)))
    cap = 256 * 1024
    settings = replace(FAST, respect_robots=False, max_bytes_feed=cap, deadline_s=10.0)
    error, peak = _peak_memory(lambda: fetch(local_server.url("/endless.xml"), settings))
    assert isinstance(error, FetchError) and error.kind == "too_large"
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes while reading a 32 MiB body with a 256 KiB cap"
    (feed_id,) = subscribe(db, local_server.url("/endless.xml"))
    assert kinds(run(db, max_bytes_feed=cap)) == ["too_large"]
    assert feed_row(db, feed_id)["last_error"].startswith("too_large:")


def deflate_zeros(size: int) -> bytes:
    """A raw deflate stream of `size` (about) zero bytes, built by hand in O(output/159): one fixed-Huffman
    block of one literal 0 then length-258/distance-1 copies, 13 bits each. Compressing 1 GiB with zlib
    would take seconds; this takes milliseconds."""

    def pack(fields: list[tuple[int, int, bool]]) -> bytes:
        value = bits = 0
        for code, width, msb_first in fields:
            if msb_first:  # Huffman codes go most significant bit first
                code = int(f"{code:0{width}b}"[::-1], 2)
            value |= code << bits
            bits += width
        return value.to_bytes((bits + 7) // 8, "little")

    copy = [(0xC5, 8, True), (0, 5, True)]  # length code 285 (= 258 bytes), distance code 0 (= 1)
    head = pack([(1, 1, False), (1, 2, False), (0x30, 8, True), *copy])  # BFINAL, fixed, literal 0: 24 bits
    unit = pack(copy * 8)  # 8 copies = 104 bits = 13 whole bytes
    end = pack([(0, 7, True)])  # end of block
    return head + unit * max(0, (size - 259) // (8 * 258)) + end


def gzip_bomb(size: int) -> bytes:
    """A gzip member inflating to `size` bytes (its trailer is never reached: the cap fires first)."""
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + deflate_zeros(size) + b"\0" * 8


def test_N9_gzip_bomb_trips_the_decoded_byte_cap(local_server: LocalServer, db: Path) -> None:
    bomb = gzip_bomb(1 << 30)  # 1 GiB of zeros in 6.5 MiB
    assert len(bomb) < 7 * 1024 * 1024
    assert len(zlib.decompressobj(31).decompress(bomb[:100_000], 2_000_000)) == 2_000_000  # it is real
    local_server.route(
        "/bomb.xml", Reply(body=bomb, headers={**RSS, "Content-Encoding": "gzip"}, drip=(65536, 0.0))
    )
    cap = 1024 * 1024
    settings = replace(FAST, respect_robots=False, max_bytes_feed=cap)
    error, peak = _peak_memory(lambda: fetch(local_server.url("/bomb.xml"), settings))
    assert isinstance(error, FetchError) and error.kind == "too_large"
    assert peak < 8 * cap, f"peak {peak} bytes while inflating a 1 GiB gzip bomb with a 1 MiB cap"
    (feed_id,) = subscribe(db, local_server.url("/bomb.xml"))
    assert kinds(run(db, max_bytes_feed=cap)) == ["too_large"]
    assert feed_row(db, feed_id)["last_error"].startswith("too_large:")


def test_N9_brotli_bomb_cannot_inflate(local_server: LocalServer) -> None:
    """No brotli decoder is installed: httpx neither advertises `br` nor decodes it, so a `br` body is
    handed on as the bytes that arrived (capped like any other) and cannot expand."""
    raw = os.urandom(4096)
    local_server.route("/br.xml", Reply(body=raw, headers={**RSS, "Content-Encoding": "br"}))
    try:
        import brotli  # noqa: F401
    except ImportError:
        result = fetch(local_server.url("/br.xml"))
        assert result.body == raw
        assert "br" not in local_server.requests("/br.xml")[0].headers["accept-encoding"]
    else:  # pragma: no cover - with brotli installed the decoded-byte cap applies as for gzip
        pytest.fail("brotli is installed: add a brotli bomb here")


def _bad_compression() -> dict[str, tuple[bytes, str]]:
    """name -> (body, Content-Encoding): the corpus files when present, else the same faults made here."""
    good = rss(item("g1", None))
    cases = {
        "gzip-not-compressed": (good, "gzip"),
        "gzip-truncated": (gzip.compress(good * 20)[:300], "gzip"),
        "deflate-not-compressed": (good, "deflate"),
    }
    if CORPUS.is_dir():
        folder = CORPUS / "compression"
        cases["corpus-gzip-not-compressed"] = ((folder / "gzip-not-compressed.gz").read_bytes(), "gzip")
        cases["corpus-gzip-struct-error"] = ((folder / "gzip-struct-error.gz").read_bytes(), "gzip")
        cases["corpus-deflate-not-compressed"] = (
            (folder / "deflate-not-compressed.z").read_bytes(),
            "deflate",
        )
    return cases


def test_N10_bad_or_truncated_compression_is_a_feed_level_decode_error(
    local_server: LocalServer, db: Path
) -> None:
    cases = _bad_compression()
    for name, (body, encoding) in cases.items():
        local_server.route(f"/{name}.xml", Reply(body=body, headers={**RSS, "Content-Encoding": encoding}))
    good_feed(local_server)
    ids = subscribe(db, *(local_server.url(f"/{name}.xml") for name in cases), local_server.url("/good.xml"))
    summary = run(db)
    assert kinds(summary) == ["decode"] * len(cases), summary.errors
    for feed_id in ids[:-1]:
        assert feed_row(db, feed_id)["last_error"].startswith("decode:")
    assert content_counts(db)["articles"] == 1 and summary.exit_code == 1


# --------------------------------------------------------------------------- N11-N17: redirects, 304


def test_N11_redirect_loop_stops_with_redirect_loop(local_server: LocalServer, db: Path) -> None:
    local_server.route("/a.xml", Reply(302, headers={"Location": "/b.xml"}))
    local_server.route("/b.xml", Reply(307, headers={"Location": "/a.xml"}))
    (feed_id,) = subscribe(db, local_server.url("/a.xml"))
    started = time.monotonic()
    summary = run(db)
    assert time.monotonic() - started < 3.0
    assert kinds(summary) == ["redirect_loop"]
    assert local_server.count("/a.xml") == 1 and local_server.count("/b.xml") == 1
    assert_backoff_once(db, feed_id, "redirect_loop")


def test_N12_six_redirects_fail_at_the_limit_of_five(local_server: LocalServer, db: Path) -> None:
    for hop in range(7):
        local_server.route(f"/hop{hop}.xml", Reply(301, headers={"Location": f"/hop{hop + 1}.xml"}))
    local_server.route("/hop7.xml", feed_reply())
    five, six = subscribe(db, local_server.url("/hop2.xml"), local_server.url("/hop1.xml"))
    summary = run(db)
    assert kinds(summary) == ["too_many_redirects"] and summary.errors[0].url == local_server.url("/hop1.xml")
    assert feed_row(db, five)["error_count"] == 0
    assert feed_row(db, six)["last_error"].startswith("too_many_redirects:")


@pytest.mark.parametrize("status", [301, 308])
def test_N13_permanent_redirect_moves_the_feed_after_n_runs(
    local_server: LocalServer, db: Path, status: int
) -> None:
    local_server.route("/old.xml", Reply(status, headers={"Location": "/new.xml"}))
    local_server.route("/new.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/old.xml"))
    opts = replace(options(), permanent_redirect_runs=2)
    run(db, opts=opts)
    row = feed_row(db, feed_id)
    assert content_counts(db)["articles"] == 1  # the content came from the target
    assert row["url"] == local_server.url("/old.xml") and row["redirect_url"] == local_server.url("/new.xml")
    run(db, opts=opts)
    assert feed_row(db, feed_id)["url"] == local_server.url("/new.xml")  # seen on 2 runs in a row
    run(db, opts=opts)
    assert local_server.count("/old.xml") == 2 and local_server.count("/new.xml") == 3


@pytest.mark.parametrize("status", [302, 307])
def test_N14_temporary_redirect_is_followed_url_unchanged(
    local_server: LocalServer, db: Path, status: int
) -> None:
    local_server.route("/feed.xml", Reply(status, headers={"Location": "/today.xml"}))
    local_server.route("/today.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    for _ in range(3):
        assert run(db).exit_code == 0
    row = feed_row(db, feed_id)
    assert row["url"] == local_server.url("/feed.xml") and not row["redirect_url"]
    assert local_server.count("/feed.xml") == 3 and content_counts(db)["articles"] == 1


def test_N15_redirect_without_location_is_an_error(local_server: LocalServer, db: Path) -> None:
    body = (CORPUS / "http" / "http_status_302-no-location.xml").read_bytes() if CORPUS.is_dir() else rss()
    local_server.route("/feed.xml", Reply(302, body=body, headers=RSS))
    good_feed(local_server)
    feed_id, _ = subscribe(db, local_server.url("/feed.xml"), local_server.url("/good.xml"))
    summary = run(db)
    assert kinds(summary) == ["bad_redirect"] and "without a Location" in summary.errors[0].message
    assert_backoff_once(db, feed_id, "bad_redirect")


def test_N16_redirect_ending_in_304_is_not_modified(local_server: LocalServer, db: Path) -> None:
    etag = '"t1"'

    def target(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304, headers={"ETag": etag})
        return feed_reply(item("g1", None, content=full_content(1)), headers={"ETag": etag})

    local_server.route("/feed.xml", Reply(302, headers={"Location": "/target.xml"}))
    local_server.route("/target.xml", target)
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    second = run(db)
    assert second.feeds_not_modified == 1 and second.exit_code == 0
    assert content_counts(db) == before
    assert fetch_log(db, feed_id)[-1][1:3] == ("not_modified", 304)


def test_N17_304_writes_only_feed_state_and_resets_errors(local_server: LocalServer, db: Path) -> None:
    etag = '"v1"'

    def conditional(request: Request) -> Reply:
        if request.headers.get("if-none-match") == etag:
            return Reply(304)
        return feed_reply(item("g1", local_server.url("/s1.html")), headers={"ETag": etag})

    local_server.route("/feed.xml", conditional)
    local_server.route(
        "/s1.html",
        Reply(body=b"<html><body><p>short</p></body></html>", headers={"Content-Type": "text/html"}),
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    t0 = datetime(2030, 1, 1, 12, tzinfo=UTC)
    run(db, clock=lambda: t0)
    from claimwatch.store import Store

    with Store(db) as store:
        store.update_feed(feed_id, error_count=3, last_error="timeout: earlier trouble")
    before, pages = content_counts(db), local_server.count("/s1.html")
    later = t0 + timedelta(hours=2)
    summary = run(db, clock=lambda: later)
    assert summary.feeds_not_modified == 1 and local_server.count("/s1.html") == pages
    assert content_counts(db) == before
    row = feed_row(db, feed_id)
    assert row["last_checked"] == later.isoformat(timespec="seconds") and row["error_count"] == 0
    assert row["last_error"] is None and row["etag"] == etag


# --------------------------------------------------------------------------- N18-N24: statuses


@pytest.mark.parametrize("body", [b"", b" \r\n\t "])
def test_N18_empty_200_body_is_empty_body_entries_kept(
    local_server: LocalServer, db: Path, body: bytes
) -> None:
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    summary = run(db)
    assert kinds(summary) == ["empty_body"]
    assert content_counts(db) == before and before["articles"] == 1
    assert feed_row(db, feed_id)["last_error"].startswith("empty_body:")


def test_N19_404_backs_off_never_silently_disabled_entries_kept(local_server: LocalServer, db: Path) -> None:
    """Project rule (schedule.py): no permanent silent disable; failures back off 1 h x 2^n up to a 7-day
    cap and `feeds list` shows the state ('failing'); `feeds disable` is the operator's switch."""
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    local_server.route("/feed.xml", Reply(404, body=b"gone for now"))
    run(db)
    row = feed_row(db, feed_id)
    assert row["error_count"] == 1 and row["last_error"].startswith("http_404:")
    assert 0.85 * HOUR < due_in(row) < 1.15 * HOUR
    run(db)
    row = feed_row(db, feed_id)
    assert row["error_count"] == 2 and 1.8 * HOUR < due_in(row) < 2.2 * HOUR  # exponential
    from claimwatch.store import Store

    with Store(db) as store:
        store.update_feed(feed_id, error_count=40)
    run(db)
    row = feed_row(db, feed_id)
    assert row["error_count"] == 41 and 0.89 * 7 * 86400 < due_in(row) <= 7 * 86400  # capped at 7 days
    assert row["status"] == "active" and row["enabled"] == 1
    assert content_counts(db) == before


def test_N20_410_marks_gone_never_polled_entries_kept(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    local_server.route("/feed.xml", Reply(410))
    run(db)
    row = feed_row(db, feed_id)
    assert row["status"] == "gone" and row["next_due"] is None and row["last_error"].startswith("gone:")
    second = run(db)  # run --all too
    assert local_server.count("/feed.xml") == 2 and second.feeds_checked == 0
    assert content_counts(db) == before


def _retry_after_value(kind: str) -> str:
    if kind == "http_date":
        return email.utils.format_datetime(datetime.now(UTC) + timedelta(hours=2), usegmt=True)
    return {"seconds": "120", "garbage": "soon-ish", "huge": "99999999"}[kind]


RETRY_AFTER_DUE = {  # next attempt: max(Retry-After, backoff 1 h +-10 %), clamped to 7 days
    "seconds": (0.85 * HOUR, 1.15 * HOUR),
    "http_date": (2 * HOUR - 120, 2.3 * HOUR),
    "garbage": (0.85 * HOUR, 1.15 * HOUR),
    "huge": (6.9 * 86400, 7 * 86400),
}


def _rate_limited_case(server: LocalServer, db: Path, status: int, kind: str) -> None:
    server.route("/limited.xml", Reply(status, headers={"Retry-After": _retry_after_value(kind)}))
    server.route("/sibling.xml", feed_reply())
    resolver = table_resolver({"busy.test": ["127.0.0.1"]})
    limited, sibling = subscribe(
        db, server.url("/limited.xml", host="busy.test"), server.url("/sibling.xml", host="busy.test")
    )
    summary = run(db, resolver=resolver, per_host_concurrency=1)
    assert kinds(summary) == [f"http_{status}"]
    assert server.count("/sibling.xml") == 0  # no more requests to that host in this run
    row = feed_row(db, limited)
    low, high = RETRY_AFTER_DUE[kind]
    assert low < due_in(row) <= high, (kind, due_in(row))
    assert row["status"] == "active" and row["enabled"] == 1  # never disabled
    assert row["last_error"].startswith("rate_limited:") or (status == 503 and kind == "garbage")
    assert feed_row(db, sibling)["error_count"] == 0
    run(db, resolver=resolver)  # run --all later: the host's wait is still respected
    assert server.count("/limited.xml") == 1 and server.count("/sibling.xml") == 0


@pytest.mark.parametrize("kind", ["seconds", "http_date", "garbage", "huge"])
def test_N21_429_retry_after_honoured_clamped_never_disables(
    local_server: LocalServer, db: Path, kind: str
) -> None:
    _rate_limited_case(local_server, db, 429, kind)


@pytest.mark.parametrize("kind", ["seconds", "http_date", "huge"])
def test_N22_503_retry_after_honoured_like_429(local_server: LocalServer, db: Path, kind: str) -> None:
    _rate_limited_case(local_server, db, 503, kind)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_N23_5xx_backs_off_once_per_run_retried_next_run(
    local_server: LocalServer, db: Path, status: int
) -> None:
    local_server.route("/feed.xml", Reply(status, body=b"upstream trouble"))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert kinds(summary) == [f"http_{status}"] and local_server.count("/feed.xml") == 1
    assert_backoff_once(db, feed_id, f"http_{status}")
    run(db)  # next run (--all: the backoff would otherwise hold it for an hour)
    assert local_server.count("/feed.xml") == 2 and feed_row(db, feed_id)["error_count"] == 2


CHALLENGE = b"""<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
<div id="cf-challenge"><h1>Checking your browser before accessing the site.</h1>
<a href="/feed-entry.html">Enable JavaScript and cookies to continue</a></div></body></html>"""


def test_N24_403_challenge_page_is_forbidden_not_parsed(local_server: LocalServer, db: Path) -> None:
    local_server.route(
        "/feed.xml", Reply(403, body=CHALLENGE, headers={"Content-Type": "text/html", "Server": "cloudflare"})
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert kinds(summary) == ["http_403"] and "Forbidden" in summary.errors[0].message
    assert_backoff_once(db, feed_id, "http_403")
    assert content_counts(db) == {"articles": 0, "claims": 0, "entries": 0, "appearances": 0}
    assert local_server.count("/feed-entry.html") == 0


# --------------------------------------------------------------------------- N25-N27


def test_N25_changing_etag_identical_content_adds_no_rows(local_server: LocalServer, db: Path) -> None:
    body = rss(item("g1", None, content=full_content(1)), item("g2", local_server.url("/s2.html")))
    calls = iter(range(1000))
    local_server.route("/feed.xml", lambda r: Reply(body=body, headers={**RSS, "ETag": f'"{next(calls)}"'}))
    local_server.route("/s2.html", Reply(404))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    for _ in range(2):
        assert run(db).feeds_not_modified == 1
    assert content_counts(db) == before and local_server.count("/s2.html") == 1
    assert feed_row(db, feed_id)["etag"] == '"2"'


@pytest.mark.parametrize("value", ["Fri, 01 Jan 2100 00:00:00 GMT", "yesterday-ish, not a date"])
def test_N26_odd_last_modified_stored_and_echoed_opaquely(
    local_server: LocalServer, db: Path, value: str
) -> None:
    def conditional(request: Request) -> Reply:
        if request.headers.get("if-modified-since") == value:
            return Reply(304)
        return feed_reply(item("g1", None, content=full_content(1)), headers={"Last-Modified": value})

    local_server.route("/feed.xml", conditional)
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    assert feed_row(db, feed_id)["last_modified"] == value
    assert run(db).feeds_not_modified == 1
    assert local_server.requests("/feed.xml")[1].headers["if-modified-since"] == value
    # the entry's date is its own pubDate (+0200 -> UTC), never the header's
    assert q(db, "SELECT published FROM articles") == [("2024-06-03T08:00:00+00:00",)]


def test_N27_proxy_environment_is_ignored_and_ssrf_still_applies(
    local_server: LocalServer, db: Path, monkeypatch: pytest.MonkeyPatch, loopback_only: NetGuard
) -> None:
    """Documented (fetch.py): `trust_env=False`, proxies from the environment are never used, because a
    proxy would resolve names itself and defeat the address guard."""
    proxy_port = closed_port()
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, f"http://127.0.0.1:{proxy_port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    assert run(db).exit_code == 0 and local_server.count("/feed.xml") == 1
    summary = run(db, allow_private=False)  # the final target is still checked: 127.0.0.1 is refused
    assert kinds(summary) == ["private_address"] and local_server.count("/feed.xml") == 1
    assert all(port != proxy_port for _, port in loopback_only.connects)
    assert feed_row(db, feed_id)["last_error"].startswith("private_address:")
