"""claimwatch.collect against a real HTTP server on 127.0.0.1: the whole run, checked in the database.

Every feed and page here is written for these tests (invented outlets; known model names only where a
claim is wanted). Runs use `force=True` (run --all) so a test can run twice without waiting for the
schedule; --all must still respect 410 and Retry-After, which several tests check.
"""

from __future__ import annotations

import gzip
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claimwatch import collect as collect_module
from claimwatch.collect import CollectOptions, RunSummary, collect, run_once
from claimwatch.errors import LockedError, StorageError, UsageError
from claimwatch.feeds import parse_feed
from claimwatch.fetch import FetchSettings
from claimwatch.sources import default_feeds
from claimwatch.store import Store
from tests.localserver import LocalServer, Reply, Request

FAST = FetchSettings(
    allow_private=True,
    connect_timeout_s=1.0,
    read_timeout_s=1.0,
    pool_timeout_s=1.0,
    deadline_s=2.0,
    per_host_delay_s=0.0,
)
RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "feedparser"


# --------------------------------------------------------------------------- building a site


def story_text(n: int, model: str = "Llama 3", size: str = "70 billion") -> list[str]:
    """Three paragraphs, unique per `n`, with one parameter-count claim."""
    return [
        f"Report number {n} from the invented Harbour Desk newsroom looks at open models this week. "
        f"Engineers at the lab said that {model} has {size} parameters in its largest released version.",
        f"Story {n}: the team also described a new evaluation suite with forty tasks and a public leaderboard, "
        "and said the training run finished two weeks ahead of the schedule it had announced in spring.",
        f"Analysts quoted in dispatch {n} expect more releases before the end of the year, although none "
        "of them would name a date or a size for the next model, citing the usual caution of the lab.",
    ]


def page_html(title: str, paragraphs: list[str], *, canonical: str | None = None, lang: str = "en") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{link}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/about">About</a></nav><main><article>'
        f"<h1>{title}</h1>{body}</article></main><footer>Harbour Desk, an invented outlet</footer></body></html>"
    )


def page(n: int, **kw: Any) -> Reply:
    return Reply(body=page_html(f"Story {n}", story_text(n), **kw).encode(), headers=HTML)


def item(
    guid: str | None,
    link: str | None,
    *,
    title: str = "A story",
    summary: str = "A short teaser.",
    content: str | None = None,
) -> str:
    parts = [f"<title>{title}</title>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if link is not None:
        parts.append(f"<link>{link}</link>")
    parts.append(f"<description>{summary}</description>")
    parts.append("<pubDate>Mon, 03 Jun 2024 10:00:00 +0200</pubDate>")
    if content is not None:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def rss(*items: str, title: str = "Harbour Desk", extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{title}</title><link>http://harbour.test/</link><language>en</language>{extra}"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def feed_reply(*items: str, headers: dict[str, str] | None = None, **kw: Any) -> Reply:
    return Reply(body=rss(*items, **kw), headers={**RSS, **(headers or {})})


def full_content(n: int, extra: str = "") -> str:
    """Entry content long enough (>= 500 characters) to be the article itself."""
    return "".join(f"<p>{p}</p>" for p in story_text(n)) + extra


# --------------------------------------------------------------------------- running and looking


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cw.db"


def options(force: bool = True, **fetch: Any) -> CollectOptions:
    return CollectOptions(force=force, fetch=replace(FAST, **fetch), seed_defaults=False)


def run(db: Path, force: bool = True, resolver: Any = None, **fetch: Any) -> RunSummary:
    return collect(db, options(force, **fetch), resolver=resolver)


def subscribe(db: Path, *urls: str) -> list[int]:
    with Store(db) as store:
        return [store.add_feed(url, name=f"feed {i}") for i, url in enumerate(urls)]


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    return int(rows(db, f"SELECT count(*) FROM {table}")[0][0])


def feed_row(db: Path, feed_id: int) -> dict[str, Any]:
    with Store(db) as store:
        found = store.get_feed(feed_id)
    assert found is not None
    return found


def due_in(row: dict[str, Any]) -> float:
    return (datetime.fromisoformat(row["next_due"]) - datetime.now(UTC)).total_seconds()


def assert_sound(db: Path) -> None:
    with Store(db) as store:
        assert store.integrity_check() == []


# --------------------------------------------------------------------------- the happy path


def test_run_stores_articles_claims_entries_and_the_run(local_server: LocalServer, db: Path) -> None:
    for n in (1, 2):
        local_server.route(f"/s{n}.html", page(n))
    local_server.route(
        "/feed.xml",
        feed_reply(item("g1", local_server.url("/s1.html")), item("g2", local_server.url("/s2.html"))),
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert summary.exit_code == 0 and summary.status == "ok"
    assert (summary.feeds_checked, summary.total("articles_new"), summary.total("entries_new")) == (1, 2, 2)
    assert count(db, "articles") == 2 and count(db, "entries") == 2 and count(db, "appearances") == 2
    assert rows(db, "SELECT count(*) FROM entries WHERE article_id IS NULL") == [(0,)]
    claims = rows(db, "SELECT model_id, params FROM claims")
    assert summary.total("claims_new") == len(claims) >= 1
    assert ("llama-3", 70_000_000_000) in claims
    row = feed_row(db, feed_id)
    assert row["error_count"] == 0 and row["last_error"] is None and row["last_ok"]
    assert 0.85 * 3600 < due_in(row) < 1.15 * 3600
    run_row = rows(db, "SELECT status, feeds_checked, new_articles, new_claims, finished FROM runs")
    assert run_row == [("ok", 1, 2, len(claims), run_row[0][4])] and run_row[0][4]
    outcomes = sorted(r[0] for r in rows(db, "SELECT outcome FROM fetch_log"))
    assert outcomes == ["ok", "page_ok", "page_ok"]
    assert_sound(db)


def test_user_agent_is_configurable(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply())
    subscribe(db, local_server.url("/feed.xml"))
    run(db, user_agent="claimwatch-test/9 (+mailto:ops@example.test)")
    assert (
        local_server.requests("/feed.xml")[0].headers["user-agent"]
        == "claimwatch-test/9 (+mailto:ops@example.test)"
    )


def test_a_feed_added_by_url_learns_its_name_and_language(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply(title="Harbour Desk Daily"))
    with Store(db) as store:
        feed_id = store.add_feed(local_server.url("/feed.xml"))
    run(db)
    row = feed_row(db, feed_id)
    assert (row["name"], row["lang"]) == ("Harbour Desk Daily", "en")


# --------------------------------------------------------------------------- conditional GET


def conditional(body: bytes, header: str, value: str, validator_header: str) -> Callable[[Request], Reply]:
    def handler(request: Request) -> Reply:
        if request.headers.get(validator_header) == value:
            return Reply(304, headers={header: value})
        return Reply(body=body, headers={**RSS, header: value})

    return handler


@pytest.mark.parametrize(
    ("header", "value", "sent_as"),
    [
        ("ETag", 'W/"v1-ünïcode-free, quoted"'.replace("ü", "u").replace("ï", "i"), "if-none-match"),
        ("Last-Modified", "Mon, 03 Jun 2024 08:00:00 GMT", "if-modified-since"),
    ],
)
def test_validators_round_trip_exactly(
    local_server: LocalServer, db: Path, header: str, value: str, sent_as: str
) -> None:
    local_server.route("/s1.html", page(1))
    body = rss(item("g1", local_server.url("/s1.html")))
    local_server.route("/feed.xml", conditional(body, header, value, sent_as))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    first = run(db)
    stored = feed_row(db, feed_id)
    assert stored[header.lower().replace("-", "_")] == value
    second = run(db)
    assert sent_as not in local_server.requests("/feed.xml")[0].headers
    assert local_server.requests("/feed.xml")[1].headers[sent_as] == value  # the exact string
    assert (first.total("articles_new"), second.total("articles_new")) == (1, 0)
    assert second.feeds_not_modified == 1 and second.total("entries_new") == 0
    assert local_server.count("/s1.html") == 1
    assert count(db, "articles") == 1
    assert rows(db, "SELECT outcome, status_code FROM fetch_log ORDER BY id DESC LIMIT 1") == [
        ("not_modified", 304)
    ]


def test_server_ignoring_conditional_requests_is_caught_by_the_body_hash(
    local_server: LocalServer, db: Path
) -> None:
    local_server.route("/s1.html", page(1))
    local_server.route(
        "/feed.xml", feed_reply(item("g1", local_server.url("/s1.html")), headers={"ETag": '"e1"'})
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = (count(db, "articles"), count(db, "entries"), count(db, "claims"), count(db, "appearances"))
    hash_before = feed_row(db, feed_id)["body_hash"]
    second = run(db)
    assert local_server.count("/feed.xml") == 2  # it was fetched (200 again) ...
    assert second.feeds_not_modified == 1 and second.total("entries_new") == 0  # ... but not parsed
    assert local_server.count("/s1.html") == 1
    assert (
        count(db, "articles"),
        count(db, "entries"),
        count(db, "claims"),
        count(db, "appearances"),
    ) == before
    assert feed_row(db, feed_id)["body_hash"] == hash_before


def test_changing_etag_with_identical_body_adds_nothing(local_server: LocalServer, db: Path) -> None:
    local_server.route("/s1.html", page(1))
    body = rss(item("g1", local_server.url("/s1.html")))
    calls = iter(range(1000))
    local_server.route("/feed.xml", lambda r: Reply(body=body, headers={**RSS, "ETag": f'"{next(calls)}"'}))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    second = run(db)
    assert second.feeds_not_modified == 1 and count(db, "articles") == 1
    assert feed_row(db, feed_id)["etag"] == '"1"'


# --------------------------------------------------------------------------- redirects


@pytest.mark.parametrize(("status", "moves"), [(301, True), (302, False), (307, False), (308, True)])
def test_redirects_update_the_stored_url_only_when_permanent(
    local_server: LocalServer, db: Path, status: int, moves: bool
) -> None:
    local_server.route("/s1.html", page(1))
    local_server.route("/old.xml", Reply(status, headers={"Location": "/new.xml"}))
    local_server.route("/new.xml", feed_reply(item("g1", local_server.url("/s1.html"))))
    (feed_id,) = subscribe(db, local_server.url("/old.xml"))
    summary = run(db)
    assert summary.exit_code == 0 and count(db, "articles") == 1
    expected = local_server.url("/new.xml") if moves else local_server.url("/old.xml")
    assert feed_row(db, feed_id)["url"] == expected
    run(db)
    assert local_server.count("/old.xml") == (1 if moves else 2)


def test_permanent_redirect_to_an_already_subscribed_url_does_not_merge(
    local_server: LocalServer, db: Path
) -> None:
    local_server.route("/old.xml", Reply(301, headers={"Location": "/new.xml"}))
    local_server.route("/new.xml", feed_reply())
    old_id, _ = subscribe(db, local_server.url("/old.xml"), local_server.url("/new.xml"))
    assert run(db).exit_code == 0
    row = feed_row(db, old_id)
    assert row["url"] == local_server.url("/old.xml") and row["redirect_url"] == local_server.url("/new.xml")


def test_redirect_loop_is_a_feed_error(local_server: LocalServer, db: Path) -> None:
    local_server.route("/a.xml", Reply(302, headers={"Location": "/b.xml"}))
    local_server.route("/b.xml", Reply(302, headers={"Location": "/a.xml"}))
    (feed_id,) = subscribe(db, local_server.url("/a.xml"))
    summary = run(db)
    assert summary.exit_code == 2 and [e.kind for e in summary.errors] == ["redirect_loop"]
    row = feed_row(db, feed_id)
    assert row["error_count"] == 1 and row["last_error"].startswith("redirect_loop:")
    assert local_server.count("/a.xml") == 1


# --------------------------------------------------------------------------- HTTP errors and the schedule


def test_404_backs_off_and_one_bad_feed_does_not_stop_the_run(local_server: LocalServer, db: Path) -> None:
    local_server.route("/s1.html", page(1))
    local_server.route("/good.xml", feed_reply(item("g1", local_server.url("/s1.html"))))
    bad_id, _ = subscribe(db, local_server.url("/missing.xml"), local_server.url("/good.xml"))
    summary = run(db)
    assert summary.exit_code == 1 and summary.status == "partial"
    assert (summary.feeds_checked, summary.feeds_failed) == (2, 1) and count(db, "articles") == 1
    row = feed_row(db, bad_id)
    assert row["error_count"] == 1 and row["last_error"].startswith("http_404:") and row["status"] == "active"
    assert 0.85 * 3600 < due_in(row) < 1.15 * 3600
    log = rows(db, "SELECT outcome, status_code FROM fetch_log WHERE feed_id = ?", bad_id)
    assert log == [("error", 404)]
    assert rows(db, "SELECT status, feeds_failed FROM runs") == [("partial", 1)]
    run(db)
    row = feed_row(db, bad_id)
    assert row["error_count"] == 2 and 1.8 * 3600 < due_in(row) < 2.2 * 3600  # exponential


def test_410_marks_the_feed_gone_and_it_is_never_polled_again(local_server: LocalServer, db: Path) -> None:
    local_server.route("/gone.xml", Reply(410))
    (feed_id,) = subscribe(db, local_server.url("/gone.xml"))
    assert run(db).exit_code == 2
    row = feed_row(db, feed_id)
    assert row["status"] == "gone" and row["next_due"] is None and row["last_error"].startswith("gone:")
    second = run(db)  # --all too
    assert local_server.count("/gone.xml") == 1 and second.feeds_checked == 0 and second.exit_code == 0
    with Store(db) as store:
        collect_module.set_enabled(store, str(feed_id), True)
    run(db)
    assert local_server.count("/gone.xml") == 2


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_sets_next_due_and_even_run_all_respects_it(
    local_server: LocalServer, db: Path, status: int
) -> None:
    local_server.route("/busy.xml", Reply(status, headers={"Retry-After": "7200"}))
    (feed_id,) = subscribe(db, local_server.url("/busy.xml"))
    summary = run(db)
    assert summary.exit_code == 2 and summary.errors[0].kind == f"http_{status}"
    row = feed_row(db, feed_id)
    assert row["last_error"].startswith("rate_limited:") and row["error_count"] == 1
    assert 7200 - 60 < due_in(row) <= 7 * 86400
    second = run(db)  # --all
    assert local_server.count("/busy.xml") == 1
    assert second.feeds_checked == 0 and second.feeds_deferred == 1 and second.exit_code == 0


def test_503_without_retry_after_is_an_ordinary_failure(local_server: LocalServer, db: Path) -> None:
    local_server.route("/down.xml", Reply(503))
    (feed_id,) = subscribe(db, local_server.url("/down.xml"))
    run(db)
    assert feed_row(db, feed_id)["last_error"].startswith("http_503:")
    run(db)  # --all retries a plain backoff
    assert local_server.count("/down.xml") == 2


def test_a_429_defers_the_other_feeds_of_that_host_in_the_same_run(
    local_server: LocalServer, db: Path
) -> None:
    # /other.xml was queued before the 429 arrived; its next request (the redirect hop) is not sent
    local_server.route("/limited.xml", Reply(429, headers={"Retry-After": "600"}))
    local_server.route("/other.xml", Reply(302, headers={"Location": "/other-final.xml"}))
    local_server.route("/other-final.xml", feed_reply())
    _, other_id = subscribe(db, local_server.url("/limited.xml"), local_server.url("/other.xml"))
    summary = run(db, per_host_concurrency=1)
    assert local_server.count("/other-final.xml") == 0
    assert [r.outcome for r in summary.reports] == ["failed", "deferred"] and summary.feeds_deferred == 1
    row = feed_row(db, other_id)
    assert row["error_count"] == 0 and row["last_error"].startswith("rate_limited:")
    assert 500 < due_in(row) <= 601


def test_retry_after_blocks_only_that_host_across_runs(local_server: LocalServer, db: Path) -> None:
    table = {"slow.test": ["127.0.0.1"], "fine.test": ["127.0.0.1"]}

    async def resolver(host: str, port: int) -> list[str]:
        return table[host]

    local_server.route("/limited.xml", Reply(429, headers={"Retry-After": "3600"}))
    local_server.route("/fine.xml", feed_reply())
    subscribe(
        db,
        local_server.url("/limited.xml", host="slow.test"),
        local_server.url("/fine.xml", host="fine.test"),
    )
    run(db, resolver=resolver)
    second = run(db, resolver=resolver)
    assert local_server.count("/limited.xml") == 1 and local_server.count("/fine.xml") == 2
    assert second.feeds_deferred == 1


def test_a_server_slower_than_the_timeout(local_server: LocalServer, db: Path) -> None:
    local_server.route("/slow.xml", Reply(body=rss(), headers=RSS, delay_s=5.0))
    local_server.route("/fast.xml", feed_reply())
    slow_id, _ = subscribe(db, local_server.url("/slow.xml"), local_server.url("/fast.xml"))
    started = time.monotonic()
    summary = run(db, deadline_s=0.5, read_timeout_s=0.5)
    assert time.monotonic() - started < 3.0
    assert [e.kind for e in summary.errors] == ["timeout"] and summary.exit_code == 1
    assert feed_row(db, slow_id)["last_error"].startswith("timeout:")


def test_a_body_over_the_size_limit(local_server: LocalServer, db: Path) -> None:
    big = rss(*(item(f"g{i}", None, summary="x" * 500) for i in range(100)))
    local_server.route("/big.xml", Reply(body=big, headers=RSS))
    local_server.route("/big-chunked.xml", Reply(body=big, headers=RSS, chunked=True))
    subscribe(db, local_server.url("/big.xml"), local_server.url("/big-chunked.xml"))
    summary = run(db, max_bytes_feed=10_000)
    assert [e.kind for e in summary.errors] == ["too_large", "too_large"]
    assert count(db, "entries") == 0


def test_a_gzip_bomb_feed(local_server: LocalServer, db: Path) -> None:
    bomb = gzip.compress(b"\0" * (24 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 200_000
    local_server.route("/bomb.xml", Reply(body=bomb, headers={**RSS, "Content-Encoding": "gzip"}))
    subscribe(db, local_server.url("/bomb.xml"))
    summary = run(db, max_bytes_feed=1024 * 1024)
    assert [e.kind for e in summary.errors] == ["too_large"]


def test_a_private_address_is_refused_without_allow_private(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply())
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db, allow_private=False)
    assert local_server.count() == 0
    assert summary.exit_code == 2 and [e.kind for e in summary.errors] == ["private_address"]
    assert feed_row(db, feed_id)["last_error"].startswith("private_address:")


def test_an_html_page_at_the_feed_url_is_not_a_feed(local_server: LocalServer, db: Path) -> None:
    html = b"<!doctype html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    local_server.route("/feed.xml", Reply(body=html, headers={"Content-Type": "text/html"}))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert [e.kind for e in summary.errors] == ["not_a_feed"] and count(db, "entries") == 0


# --------------------------------------------------------------------------- feed content


def test_a_malformed_feed_keeps_its_entries_and_records_the_problem(
    local_server: LocalServer, db: Path
) -> None:
    body = rss(
        item("g1", local_server.url("/s1.html"), title="Tom & Jerry <b>unclosed"),
        item("g2", local_server.url("/s2.html")),
    )
    local_server.route("/s1.html", page(1))
    local_server.route("/s2.html", page(2))
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert summary.exit_code == 0 and count(db, "entries") == 2 and count(db, "articles") == 2
    assert feed_row(db, feed_id)["last_error"].startswith("bozo:")
    assert rows(db, "SELECT outcome FROM fetch_log WHERE error LIKE 'bozo:%'") == [("ok",)]
    assert run(db).feeds_not_modified == 1  # the same body: still the same problem
    assert feed_row(db, feed_id)["last_error"].startswith("bozo:")


def test_duplicate_guids_in_one_feed_are_kept_apart(local_server: LocalServer, db: Path) -> None:
    local_server.route("/s1.html", page(1))
    local_server.route("/s2.html", page(2))
    local_server.route(
        "/feed.xml",
        feed_reply(item("same", local_server.url("/s1.html")), item("same", local_server.url("/s2.html"))),
    )
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    assert count(db, "entries") == 2 and count(db, "articles") == 2
    run(db)  # body hash: nothing new
    assert count(db, "entries") == 2 and count(db, "articles") == 2


def test_entries_without_links_use_their_own_text(local_server: LocalServer, db: Path) -> None:
    long_a = "An item with no link at all, only this description, which is long enough to be an article on its own."
    long_b = (
        "A second link-less item with different words, also long enough to be kept as a short article here."
    )
    local_server.route(
        "/feed.xml",
        feed_reply(item(None, None, title="A", summary=long_a), item(None, None, title="B", summary=long_b),
                   item(None, None, title="C", summary="Too short.")),
    )  # fmt: skip
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert summary.exit_code == 0
    assert count(db, "entries") == 3 and count(db, "articles") == 2
    assert {r[0] for r in rows(db, "SELECT text FROM articles")} == {long_a, long_b}
    assert local_server.count() == 1  # nothing but the feed was requested


def test_relative_links_resolve_against_the_feed_url(local_server: LocalServer, db: Path) -> None:
    local_server.route("/news/story.html", page(1))
    local_server.route("/abs/story.html", page(2))
    local_server.route("/news/feed.xml", feed_reply(item("g1", "story.html"), item("g2", "/abs/story.html")))
    subscribe(db, local_server.url("/news/feed.xml"))
    assert run(db).exit_code == 0
    assert local_server.count("/news/story.html") == 1 and local_server.count("/abs/story.html") == 1
    urls = {r[0] for r in rows(db, "SELECT url FROM articles")}
    assert urls == {local_server.url("/news/story.html"), local_server.url("/abs/story.html")}


def test_the_same_article_in_two_feeds_is_stored_once_with_two_appearances(
    local_server: LocalServer, db: Path
) -> None:
    local_server.route("/shared.html", page(7))
    local_server.route("/f1.xml", feed_reply(item("one:7", local_server.url("/shared.html"))))
    local_server.route("/f2.xml", feed_reply(item("two:7", local_server.url("/shared.html?utm_source=f2"))))
    ids = subscribe(db, local_server.url("/f1.xml"), local_server.url("/f2.xml"))
    run(db)
    assert count(db, "articles") == 1
    assert sorted(r[0] for r in rows(db, "SELECT feed_id FROM appearances")) == sorted(ids)
    assert count(db, "entries") == 2
    assert rows(db, "SELECT count(DISTINCT article_id) FROM entries") == [(1,)]
    claims = count(db, "claims")
    assert claims >= 1 and rows(db, "SELECT count(*) FROM claims GROUP BY article_id") == [(claims,)]


def test_the_same_text_under_two_urls_is_a_duplicate_appearance(local_server: LocalServer, db: Path) -> None:
    local_server.route("/a/wire.html", page(8))
    local_server.route("/b/wire.html", page(8))
    local_server.route("/f1.xml", feed_reply(item("a", local_server.url("/a/wire.html"))))
    local_server.route("/f2.xml", feed_reply(item("b", local_server.url("/b/wire.html"))))
    subscribe(db, local_server.url("/f1.xml"), local_server.url("/f2.xml"))
    summary = run(db)
    assert count(db, "articles") == 1 and count(db, "appearances") == 2
    assert summary.total("articles_new") == 1 and summary.total("duplicates") == 1


def test_an_edited_full_content_entry_becomes_a_new_version(local_server: LocalServer, db: Path) -> None:
    link = local_server.url("/s1.html")
    local_server.route("/feed.xml", feed_reply(item("g1", link, content=full_content(1))))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    local_server.route(
        "/feed.xml",
        feed_reply(
            item("g1", link, content=full_content(1, "<p>Update: GPT-4 has 1.8 trillion parameters.</p>"))
        ),
    )
    second = run(db)
    assert second.total("versions_new") == 1
    assert rows(db, "SELECT version, is_current FROM articles ORDER BY id") == [(1, 0), (2, 1)]
    assert local_server.count("/s1.html") == 0  # full content: the page is never fetched
    assert (
        rows(db, "SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.version = 2")[
            0
        ][0]
        >= 1
    )


# --------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("utf-8", "text/html; charset=iso-8859-1"),  # wrong: the valid UTF-8 wins
        ("cp1252", "text/html"),  # missing: detected
    ],
)
def test_page_charset_wrong_or_missing(
    local_server: LocalServer, db: Path, body: str, content_type: str
) -> None:
    paragraphs = [
        "La délégation de Genève a présenté jeudi un modèle ouvert, développé à l'université, et l'équipe a "
        "déclaré que Llama 3 possède 70 milliards de paramètres dans sa version la plus grande.",
        "Les chercheurs ont précisé que l'entraînement s'était achevé en été, après des mois de préparation "
        "et de vérifications répétées des données, très bien documentées.",
    ]
    html = page_html("Genève", paragraphs, lang="fr").replace('<meta charset="utf-8">', "")
    local_server.route("/p.html", Reply(body=html.encode(body), headers={"Content-Type": content_type}))
    local_server.route("/feed.xml", feed_reply(item("g1", local_server.url("/p.html"))))
    subscribe(db, local_server.url("/feed.xml"))
    assert run(db).exit_code == 0
    (text,) = rows(db, "SELECT text FROM articles")[0]
    assert "délégation de Genève" in text and "\ufffd" not in text


def test_a_non_html_page_is_refused_and_the_summary_kept(local_server: LocalServer, db: Path) -> None:
    summary_text = (
        "A summary that is long enough to stand in for the article when the page cannot be read at all."
    )
    local_server.route("/doc.pdf", Reply(body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}))
    local_server.route(
        "/feed.xml", feed_reply(item("g1", local_server.url("/doc.pdf"), summary=summary_text))
    )
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert summary.exit_code == 1 and [e.kind for e in summary.errors] == ["content_type"]
    assert rows(db, "SELECT text FROM articles") == [(summary_text,)]
    assert rows(db, "SELECT outcome, error LIKE 'content_type:%' FROM fetch_log WHERE url LIKE '%.pdf'") == [
        ("page_error", 1)
    ]
    run(db)
    assert local_server.count("/doc.pdf") == 1  # permanent: not retried


def test_robots_txt_disallow_is_honoured_for_pages(local_server: LocalServer, db: Path) -> None:
    local_server.route(
        "/robots.txt",
        Reply(body=b"User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"}),
    )
    local_server.route("/private/s1.html", page(1))
    local_server.route("/public/s2.html", page(2))
    local_server.route(
        "/feed.xml",
        feed_reply(
            item("g1", local_server.url("/private/s1.html")), item("g2", local_server.url("/public/s2.html"))
        ),
    )
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert local_server.count("/private/s1.html") == 0 and local_server.count("/public/s2.html") == 1
    assert [e.kind for e in summary.errors] == ["robots"] and count(db, "entries") == 2
    assert count(db, "articles") == 1


def test_a_transient_page_failure_is_retried_next_run(local_server: LocalServer, db: Path) -> None:
    replies = iter([Reply(500, body=b"oops"), page(3)])
    local_server.route("/s3.html", lambda r: next(replies))
    local_server.route(
        "/feed.xml", feed_reply(item("g3", local_server.url("/s3.html")), headers={"ETag": '"v"'})
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    first = run(db)
    assert first.exit_code == 1 and count(db, "entries") == 0
    row = feed_row(db, feed_id)
    assert row["etag"] is None and row["body_hash"] is None and row["error_count"] == 0  # not advanced
    second = run(db)
    assert second.feeds_not_modified == 0 and second.total("articles_new") == 1 and second.exit_code == 0
    assert feed_row(db, feed_id)["etag"] == '"v"' and count(db, "entries") == 1


def test_a_page_gzip_bomb_is_refused(local_server: LocalServer, db: Path) -> None:
    bomb = gzip.compress(b" " * (12 * 1024 * 1024), compresslevel=9)
    local_server.route("/bomb.html", Reply(body=bomb, headers={**HTML, "Content-Encoding": "gzip"}))
    local_server.route("/feed.xml", feed_reply(item("g1", local_server.url("/bomb.html"))))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db, max_bytes_page=512 * 1024)
    assert [e.kind for e in summary.errors] == ["too_large"] and count(db, "entries") == 1


# --------------------------------------------------------------------------- the run around it


def test_a_second_run_is_locked_out(local_server: LocalServer, db: Path) -> None:
    subscribe(db)
    with Store.lock(db), pytest.raises(LockedError):
        collect(db, options())


def test_quick_check_failure_stops_the_run_before_fetching(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply())
    subscribe(db, local_server.url("/feed.xml"))
    with Store(db) as store:  # enough rows for several b-tree pages
        for i in range(300):
            store.record_entry(1, f"guid-{i}-" + "x" * 200, None)
        store.checkpoint()
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page_size, len(data) - page_size, page_size):
        data[offset : offset + 8] = b"\xff" * 8  # clobber b-tree page headers
    db.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        collect(db, options())
    assert local_server.count() == 0


def test_interrupted_runs_are_closed_by_the_next_run(db: Path) -> None:
    with Store(db) as store:
        stale = store.start_run()
    run(db)
    assert rows(db, "SELECT status FROM runs WHERE id = ?", stale) == [("interrupted",)]


def test_nothing_due_is_a_quiet_success(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply())
    subscribe(db, local_server.url("/feed.xml"))
    run(db, force=False)
    second = run(db, force=False)  # due again in about an hour
    assert local_server.count("/feed.xml") == 1 and second.feeds_due == 0 and second.exit_code == 0


def test_with_no_feeds_the_bundled_list_is_subscribed(loopback_only: Any, db: Path) -> None:
    async def no_dns(host: str, port: int) -> list[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with Store(db) as store:
        summary = run_once(store, replace(options(), seed_defaults=True), resolver=no_dns)
        assert len(store.list_feeds()) == len(default_feeds()) > 0
    assert summary.feeds_checked == len(default_feeds()) and summary.exit_code == 2
    assert {e.kind for e in summary.errors} == {"dns"}


def test_defaults_are_seeded_only_on_the_first_run(db: Path) -> None:
    with Store(db) as store:
        store.start_run()  # a database that has run before, its feeds since removed
        summary = run_once(store, replace(options(), seed_defaults=True))
        assert store.list_feeds() == [] and summary.feeds_checked == 0


def test_feed_registry_helpers(db: Path) -> None:
    with Store(db) as store:
        feed_id, new = collect_module.add_feed(store, " https://news.example/feed ", name="N", lang="de-DE")
        assert new and collect_module.add_feed(store, "https://news.example/feed") == (feed_id, False)
        assert store.get_feed(feed_id)["lang"] == "de"  # type: ignore[index]
        with pytest.raises(UsageError):
            collect_module.add_feed(store, "ftp://news.example/feed")
        with pytest.raises(UsageError):
            collect_module.add_feed(store, "https://x.example/f", interval_s=60)
        with pytest.raises(UsageError):
            collect_module.find_feed(store, "https://unknown.example/")
        assert collect_module.parse_duration("90") == 90 and collect_module.parse_duration("2h") == 7200
        with pytest.raises(UsageError):
            collect_module.parse_duration("soon")


# --------------------------------------------------------------------------- the feedparser corpus


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for sub in ("wellformed", "illformed") for p in (CORPUS / sub).rglob("*.xml"))


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS.is_dir(), reason="no ../shared/corpora/feedparser")
def test_the_feedparser_corpus_through_the_real_pipeline(local_server: LocalServer, tmp_path: Path) -> None:
    """Every corpus feed served over HTTP, fetched, parsed and stored; pages are refused (private
    address) so nothing leaves 127.0.0.1. No exception escapes; feeds with entries get entries rows."""
    files = corpus_files()
    headers = {"Content-Type": "application/xml"}
    for i, path in enumerate(files):
        local_server.route(f"/c/{i}.xml", Reply(body=path.read_bytes(), headers=headers))

    async def everything_is_local(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]  # any page link: a private address, refused for pages

    # the test server's listen backlog is 5: a burst of connects may need a SYN retry (1 s), hence 5 s
    settings = replace(
        FAST,
        allow_private=False,
        private_hosts=frozenset({"127.0.0.1"}),
        per_host_concurrency=8,
        global_concurrency=16,
        connect_timeout_s=5.0,
    )
    batches = [list(range(len(files)))[start::4] for start in range(4)]
    started = time.monotonic()
    for number, batch in enumerate(batches):
        db = tmp_path / f"corpus-{number}.db"
        ids = subscribe(db, *(local_server.url(f"/c/{i}.xml") for i in batch))
        summary = collect(db, CollectOptions(force=True, fetch=settings, seed_defaults=False),
                          resolver=everything_is_local)  # fmt: skip
        assert not [e for e in summary.errors if e.kind in ("internal", "storage")]
        assert summary.feeds_checked == len(batch)
        stored = dict(rows(db, "SELECT feed_id, count(*) FROM entries GROUP BY feed_id"))
        for feed_id, i in zip(ids, batch, strict=True):
            parsed = parse_feed(files[i].read_bytes(), url=local_server.url(f"/c/{i}.xml"), headers=headers)
            if "wellformed" in files[i].parts and parsed.entries:
                assert stored.get(feed_id, 0) >= 1, files[i]
        assert_sound(db)
    assert time.monotonic() - started < 60


# --------------------------------------------------------------------------- dry run and mojibake


def test_why_due_names_the_schedule_the_failures_and_all() -> None:
    now = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    why = collect_module.why_due
    assert why({"next_due": None, "last_checked": None}, now) == "new: never checked"
    assert why({"next_due": None, "last_checked": "2026-04-30T12:00:00+00:00"}, now).startswith(
        "no next check"
    )
    failing = {"next_due": "2026-05-01T11:00:00+00:00", "error_count": 3, "last_error": "timeout: slow"}
    assert why(failing, now) == "next check was due 2026-05-01 11:00 UTC; retry after 3 failures (timeout)"
    assert why({"next_due": "2026-05-01T12:01:00+00:00"}, now).endswith("within 120 s")
    later = {"next_due": "2026-05-02T12:00:00+00:00"}
    assert why(later, now, force=True) == "--all: next check otherwise 2026-05-02 12:00 UTC"


def test_plan_reads_without_writing_and_waits_for_a_rate_limited_host(tmp_path: Path) -> None:
    db = tmp_path / "cw.db"
    with Store(db) as store:
        a = store.add_feed("https://a.test/feed.xml", name="A")
        b = store.add_feed("https://b.test/feed.xml", name="B")
        store.update_feed(b, last_error="rate_limited: HTTP 429", next_due=datetime(2099, 1, 1, tzinfo=UTC))
        store.start_run()
    before = db.read_bytes()
    planned = collect_module.plan(db, CollectOptions(force=True))
    assert [(p.feed_id, p.action) for p in planned] == [(a, "fetch"), (b, "wait")]
    assert planned[1].reason.startswith("not fetched: its host asked us to wait until 2099-01-01")
    assert db.read_bytes() == before and not (tmp_path / "cw.db.lock").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("publiÃ© aujourdâ€™hui", 2), ("trï¿½s", 1), ("a \ufffd b", 1), ("Ð¿Ñ€Ð¸", 3),
     ("café, déjà, « CAFÉ », CAFÉ’S, São, NÃO, Ärger, »Straße«, naïve", 0), ("", 0)],
)  # fmt: skip
def test_mojibake_count(text: str, expected: int) -> None:
    assert collect_module.mojibake_count(text, None) == expected
