"""Helpers shared by the reliability cases: a small site builder, runs, database checks, CLI runners.

Every database a case leaves under its `tmp_path` is checked afterwards (PRAGMA integrity_check and
foreign_key_check, RELIABILITY.md (c) 7) unless the case is marked `corrupts_db` (it breaks the file on
purpose). The real HTTP server on 127.0.0.1 and its `loopback_only` guard come from tests/localserver.py
(registered in tests/conftest.py).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from claimwatch.articles import article_from_entry
from claimwatch.collect import CollectOptions, RunSummary, collect
from claimwatch.extract import EXTRACTOR_VERSION, extract_claims
from claimwatch.feeds import ParsedFeed, html_to_text
from claimwatch.fetch import FetchSettings, Resolver
from claimwatch.models import Article
from claimwatch.store import Store
from claimwatch.urls import canonicalize
from tests.localserver import Reply

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpora" / "feedparser"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/feedparser is not present")

RSS = {"Content-Type": "application/rss+xml; charset=utf-8"}
ATOM = {"Content-Type": "application/atom+xml; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}
DATE = "Mon, 03 Jun 2024 10:00:00 +0200"

FAST = FetchSettings(
    allow_private=True,
    connect_timeout_s=1.0,
    read_timeout_s=1.0,
    pool_timeout_s=1.0,
    deadline_s=2.0,
    per_host_delay_s=0.0,
)
"""Short limits, no politeness delay, private addresses allowed (the site is 127.0.0.1)."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "corrupts_db: the case breaks a database file on purpose (no integrity check)"
    )


# --------------------------------------------------------------------------- the site


def story(n: int, model: str = "Llama 3", size: str = "70 billion") -> list[str]:
    """Three paragraphs unique per `n`, with one parameter-count claim."""
    return [
        f"Report number {n} from the invented Harbour Desk newsroom looks at open models this week. "
        f"Engineers at the lab said that {model} has {size} parameters in its largest released version.",
        f"Story {n}: the team also described a new evaluation suite with forty tasks and a public leaderboard, "
        "and said the training run finished two weeks ahead of the schedule it had announced in spring.",
        f"Analysts quoted in dispatch {n} expect more releases before the end of the year, although none "
        "of them would name a date or a size for the next model, citing the usual caution of the lab.",
    ]


def page_html(
    title: str, paragraphs: list[str], *, canonical: str | None = None, lang: str = "en", head: str = ""
) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{link}{head}'
        f'</head><body><nav><a href="/">Home</a></nav><main><article><h1>{title}</h1>{body}</article></main>'
        "<footer>Harbour Desk, an invented outlet</footer></body></html>"
    )


def page(n: int, **kw: Any) -> Reply:
    return Reply(body=page_html(f"Story {n}", story(n), **kw).encode(), headers=HTML)


def item(
    guid: str | None,
    link: str | None,
    *,
    title: str = "A story",
    summary: str = "A short teaser.",
    content: str | None = None,
    date: str | None = DATE,
) -> str:
    """One RSS <item>; None leaves an element out."""
    parts = [f"<title>{title}</title>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{guid}</guid>')
    if link is not None:
        parts.append(f"<link>{link}</link>")
    parts.append(f"<description>{summary}</description>")
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
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


def full_content(n: int, model: str = "Llama 3", size: str = "70 billion") -> str:
    """Entry content long enough (>= 500 characters) to be the article itself: no page is fetched."""
    return "".join(f"<p>{p}</p>" for p in story(n, model, size))


async def everything_local(host: str, port: int) -> list[str]:
    """A DNS that sends every name to 127.0.0.1 (corpus feeds link to example.org and friends)."""
    return ["127.0.0.1"]


def table_resolver(table: dict[str, list[str]], calls: list[str] | None = None) -> Resolver:
    """A DNS the test controls: names in `table` resolve to its addresses, anything else is NXDOMAIN."""

    async def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return table[host]

    return resolve


# --------------------------------------------------------------------------- runs and the database


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cw.db"


def options(force: bool = True, **fetch: Any) -> CollectOptions:
    return CollectOptions(force=force, fetch=replace(FAST, **fetch), seed_defaults=False)


def run(
    db: Path,
    *,
    force: bool = True,
    resolver: Resolver | None = None,
    clock: Callable[[], datetime] | None = None,
    opts: CollectOptions | None = None,
    **fetch: Any,
) -> RunSummary:
    """One real collection run (`claimwatch run --all` by default) with FAST limits."""
    return collect(db, opts or options(force, **fetch), resolver=resolver, clock=clock)


def subscribe(db: Path, *urls: str) -> list[int]:
    with Store(db) as store:
        return [store.add_feed(url, name=f"feed {i}") for i, url in enumerate(urls)]


def q(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count(db: Path, table: str) -> int:
    assert table.isidentifier()
    return int(q(db, f"SELECT count(*) FROM {table}")[0][0])


CONTENT_TABLES = ("articles", "claims", "entries", "appearances")


def content_counts(db: Path) -> dict[str, int]:
    """Row counts of the tables that hold collected content (not runs or fetch_log)."""
    return {table: count(db, table) for table in CONTENT_TABLES}


def feed_row(db: Path, feed_id: int) -> dict[str, Any]:
    with Store(db) as store:
        row = store.get_feed(feed_id)
    assert row is not None
    return row


def due_in(row: dict[str, Any], now: datetime | None = None) -> float:
    """Seconds from `now` (default: the wall clock) until the feed row's next_due."""
    return (datetime.fromisoformat(row["next_due"]) - (now or datetime.now(UTC))).total_seconds()


def fetch_log(db: Path, feed_id: int | None = None) -> list[tuple[str, str, int | None, str | None]]:
    """(url, outcome, status_code, error) rows, oldest first."""
    sql = "SELECT url, outcome, status_code, error FROM fetch_log"
    if feed_id is None:
        return q(db, sql + " ORDER BY id")  # type: ignore[return-value]
    return q(db, sql + " WHERE feed_id = ? ORDER BY id", feed_id)  # type: ignore[return-value]


def db_problems(path: Path) -> list[str]:
    """What PRAGMA integrity_check and foreign_key_check say about a database file (empty when sound)."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _databases_stay_sound(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each case: every SQLite file it left under tmp_path passes integrity and FK checks."""
    if "tmp_path" not in request.fixturenames or request.node.get_closest_marker("corrupts_db"):
        yield
        return
    tmp_path: Path = request.getfixturevalue("tmp_path")  # now torn down after this fixture
    yield
    for path in sorted(tmp_path.rglob("*.db")):
        if path.is_file() and path.read_bytes()[:16] == b"SQLite format 3\x00":
            assert db_problems(path) == [], path


def save_parsed(store: Store, feed_id: int, parsed: ParsedFeed, source: str) -> int:
    """Store a parsed feed's entries as a run does when no page is fetched: the entry's own text as the
    article (full content, else summary, else title) with its claims, and the entry row, all in one
    transaction. Returns how many articles were saved."""
    saved = 0
    with store.transaction():
        for entry in parsed.entries:
            article = article_from_entry(entry, feed_lang=parsed.lang, source=source)
            if article is None:
                text = html_to_text(entry.content) if entry.content else (entry.summary or entry.title or "")
                if not text.strip():
                    store.record_entry(feed_id, entry.guid, entry.link)
                    continue
                article = Article(
                    url=entry.link,
                    canonical_url=canonicalize(entry.link) if entry.link else None,
                    title=entry.title,
                    published=entry.published,
                    lang=entry.lang,
                    text=text,
                    source=source if entry.link else f"{source}#{entry.guid}",
                )
            claims = extract_claims(article.text, article.lang or "en")
            store.save_article(
                article, claims, extractor_version=EXTRACTOR_VERSION, feed_id=feed_id, guid=entry.guid
            )
            saved += 1
    return saved


TEXT_COLUMNS = {
    "articles": ("url", "canonical_url", "title", "author", "site", "source", "published", "lang", "text"),
    "claims": ("model", "model_id", "evidence", "lang"),
    "entries": ("guid", "url"),
}


def non_text_values(path: Path) -> list[str]:
    """Stored text columns holding anything but TEXT or NULL (a bytes value, say)."""
    found = []
    for table, columns in TEXT_COLUMNS.items():
        for column in columns:
            for (kind,) in q(path, f'SELECT DISTINCT typeof("{column}") FROM {table}'):
                if kind not in ("text", "null"):
                    found.append(f"{table}.{column}: {kind}")
    return found


# --------------------------------------------------------------------------- the command line


ENV_KEEP = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "VIRTUAL_ENV")


def cli_env(**extra: str) -> dict[str, str]:
    """A clean environment for a claimwatch subprocess (no CLAIMWATCH_* leaking in from the caller)."""
    env = {k: v for k, v in os.environ.items() if k in ENV_KEEP}
    env["PYTHONPATH"] = str(ROOT / "src")
    env.update(extra)
    return env


def cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, **kw: Any
) -> subprocess.CompletedProcess[str]:
    """`python -m claimwatch.cli ARGS` in a subprocess, as cron would run it (no TTY)."""
    return subprocess.run(
        [sys.executable, "-m", "claimwatch.cli", *args],
        env=env if env is not None else cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        **kw,
    )


def one_clear_line(stderr: str) -> str:
    """The single error line of a failed command: no traceback, one 'claimwatch:' or click 'Error:' line."""
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith(("claimwatch: ", "Error: "))]
    assert len(lines) == 1, stderr
    return lines[0]


# --------------------------------------------------------------------------- a raw HTTP peer


@contextlib.contextmanager
def raw_server(response: bytes) -> Iterator[int]:
    """A one-reply-per-connection TCP server on 127.0.0.1 sending `response` verbatim (status lines the
    stdlib server cannot write); yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                data = b""
                with contextlib.suppress(OSError):
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(4096)
                        if not chunk:
                            break
                        data += chunk
                    conn.sendall(response)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()
