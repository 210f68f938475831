"""Feed-content cases F1-F25 (RELIABILITY.md (b)): served over HTTP on 127.0.0.1 and run through a real
collection where the case is about a run, else through `feeds.parse_feed` and a real SQLite store.

The feedparser corpus (`../shared/corpora/feedparser/`, v6.0.14 test data) is used where a case names
it; those cases skip when the corpus is absent.
"""

from __future__ import annotations

import codecs
import logging
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimwatch.feeds import parse_feed
from claimwatch.models import Article
from claimwatch.store import Store
from claimwatch.urls import canonicalize
from tests.localserver import LocalServer, Reply
from tests.reliability.conftest import (
    ATOM,
    CORPUS,
    RSS,
    content_counts,
    count,
    everything_local,
    feed_reply,
    feed_row,
    fetch_log,
    full_content,
    item,
    needs_corpus,
    non_text_values,
    page,
    q,
    rss,
    run,
    save_parsed,
    subscribe,
)

_HEADER_LINE = re.compile(r"^Header:\s*([^:\s]+):\s*(.*?)\s*$", re.MULTILINE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SCRIPT = re.compile(r"<script|\son[a-z]+\s*=|javascript:", re.IGNORECASE)


def corpus(*patterns: str) -> list[Path]:
    """Corpus files matching glob patterns relative to the corpus root (empty when it is absent)."""
    if not CORPUS.is_dir():
        return []
    return sorted({p for pattern in patterns for p in CORPUS.glob(pattern) if p.is_file()})


def declared_headers(body: bytes) -> dict[str, str]:
    """The `Header:` lines in a corpus file's leading comment (feedparser's runner serves them)."""
    codec = next((c for bom, c in _BOMS if body.startswith(bom)), "utf-8")
    head = body[:4096].decode(codec, errors="replace")
    return dict(_HEADER_LINE.findall(head.split("-->", 1)[0]))


def through_store(tmp_path: Path, files: list[Path]) -> Path:
    """Parse each file with its declared headers and save its entries into one real store."""
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        for n, path in enumerate(files):
            body = path.read_bytes()
            url = f"http://127.0.0.1:8097/tests/{path.relative_to(CORPUS).as_posix()}"
            parsed = parse_feed(body, url=url, headers=declared_headers(body))
            for value in (parsed.title, parsed.link, parsed.problem):
                assert value is None or isinstance(value, str)
            feed_id = store.add_feed(f"http://127.0.0.1:8097/feed/{n}")
            save_parsed(store, feed_id, parsed, source=url)
    assert non_text_values(db) == []
    for (text,) in q(db, "SELECT text FROM articles"):
        text.encode("utf-8")  # valid str: no lone surrogates
    return db


LOCAL_ONLY = frozenset({"127.0.0.1"})
"""Feeds on the test server may use its private address; pages (links from the corpus) may not."""


def kinds(summary: object) -> list[str]:
    return [e.kind for e in summary.errors]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- F1-F4: broken, empty, HTML


def test_F1_illformed_feed_keeps_entries_records_bozo(local_server: LocalServer, db: Path) -> None:
    body = rss(
        item("g1", None, title="Tom & Jerry <b>unclosed", content=full_content(1)),
        item("g2", None, content=full_content(2, "GPT-3", "175 billion")),
    )
    local_server.route("/broken.xml", Reply(body=body, headers=RSS))
    files = corpus("illformed/rss_item_link_corrupted_ampersands.xml", "illformed/rss_incomplete_cdata.xml")
    for n, path in enumerate(files):
        local_server.route(
            f"/corpus{n}.xml", Reply(body=path.read_bytes(), headers={"Content-Type": "application/xml"})
        )
    ids = subscribe(
        db, local_server.url("/broken.xml"), *(local_server.url(f"/corpus{n}.xml") for n in range(len(files)))
    )
    summary = run(db, resolver=everything_local, allow_private=False, private_hosts=LOCAL_ONLY)
    assert summary.feeds_failed == 0 and not [e for e in summary.errors if e.url.endswith(".xml")]
    for feed_id in ids:
        row = feed_row(db, feed_id)
        assert row["error_count"] == 0 and row["last_error"].startswith("bozo: SAXParseException"), row
        assert [r[1] for r in fetch_log(db, feed_id) if r[0].endswith(".xml")] == ["ok"]
    assert q(db, "SELECT count(*) FROM entries WHERE feed_id = ?", ids[0]) == [(2,)]
    assert count(db, "entries") == 2 + len(files)


@pytest.mark.parametrize("kind", ["corpus_empty_document", "plain_text", "binary"])
def test_F2_empty_or_non_xml_document_is_not_a_feed_entries_kept(
    local_server: LocalServer, db: Path, kind: str
) -> None:
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    empty = CORPUS / "illformed" / "rss_empty_document.xml"
    body = {
        "corpus_empty_document": empty.read_bytes() if empty.is_file() else b"<!-- an empty document -->",
        "plain_text": b"Service temporarily moved. Please try again later.",
        "binary": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    }[kind]
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    summary = run(db)
    assert kinds(summary) == ["not_a_feed"]
    assert content_counts(db) == before and before["articles"] == 1
    assert feed_row(db, feed_id)["last_error"].startswith("not_a_feed:")


HTML_PAGE = b"""<!doctype html><html><head><title>Harbour Desk - Home</title>
<link rel="alternate" type="application/rss+xml" href="/real-feed.xml"></head><body>
<h1>Welcome</h1><ul><li><a href="/a.html">Llama 3 has 70 billion parameters</a></li>
<li><a href="/b.html">Another story</a></li></ul></body></html>"""


def test_F3_html_page_at_feed_url_is_not_a_feed(local_server: LocalServer, db: Path) -> None:
    local_server.route(
        "/feed.xml", Reply(body=HTML_PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert kinds(summary) == ["not_a_feed"]
    assert content_counts(db) == {"articles": 0, "claims": 0, "entries": 0, "appearances": 0}
    assert local_server.count("/a.html") == 0 and local_server.count("/real-feed.xml") == 0
    assert feed_row(db, feed_id)["error_count"] == 1


def test_F4_zero_entries_is_success_nothing_deleted(local_server: LocalServer, db: Path) -> None:
    local_server.route(
        "/feed.xml",
        feed_reply(item("g1", None, content=full_content(1)), item("g2", None, content=full_content(2))),
    )
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    local_server.route("/feed.xml", feed_reply(title="Harbour Desk (quiet day)"))
    summary = run(db)
    assert summary.exit_code == 0 and summary.errors == []
    assert content_counts(db) == before and before["articles"] == 2
    assert feed_row(db, feed_id)["error_count"] == 0


# --------------------------------------------------------------------------- F5-F8: identity


def test_F5_entry_without_guid_falls_back_to_link_then_hash(local_server: LocalServer, db: Path) -> None:
    long_text = (
        "An item with neither guid nor link: only this description, long enough to stand as an article."
    )
    local_server.route("/s1.html", page(1))
    items = (item(None, local_server.url("/s1.html")), item(None, None, title="No link", summary=long_text))
    local_server.route("/feed.xml", feed_reply(*items))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    guids = sorted(g for (g,) in q(db, "SELECT guid FROM entries"))
    assert guids[0].startswith("hash:") and guids[1] == local_server.url("/s1.html")
    before = content_counts(db)
    local_server.route(
        "/feed.xml", feed_reply(*items, title="Harbour Desk, edited")
    )  # a new body: parsed again
    run(db)
    assert content_counts(db) == before and local_server.count("/s1.html") == 1


def test_F6_repeated_guid_in_one_feed_keeps_every_entry(local_server: LocalServer, db: Path) -> None:
    for n in (1, 2, 3):
        local_server.route(f"/s{n}.html", page(n))
    texts = [
        f"Link-less entry number {n}, with a description long enough to be kept as a short article."
        for n in (4, 5)
    ]
    items = [item("same", local_server.url(f"/s{n}.html")) for n in (1, 2, 3)]
    items += [item("same", None, summary=text) for text in texts]
    local_server.route("/feed.xml", feed_reply(*items))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    assert count(db, "entries") == 5 and count(db, "articles") == 5
    local_server.route("/feed.xml", feed_reply(*items, title="again"))
    run(db)
    assert count(db, "entries") == 5 and count(db, "articles") == 5


def test_F7_guid_change_same_link_matches_existing_article(local_server: LocalServer, db: Path) -> None:
    local_server.route("/s1.html", page(1))
    link = local_server.url("/s1.html")
    local_server.route("/feed.xml", feed_reply(item("https://harbour.test/?p=101", link)))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    claims = count(db, "claims")
    assert count(db, "articles") == 1 and claims >= 1
    local_server.route(
        "/feed.xml", feed_reply(item("https://harbour.test/2024/06/slug/", link))
    )  # GUID rotated
    run(db)
    assert count(db, "articles") == 1 and count(db, "claims") == claims
    assert q(db, "SELECT count(*), count(DISTINCT article_id) FROM entries") == [(2, 1)]


def test_F8_tracking_params_and_scheme_collapse_host_variants_kept(
    local_server: LocalServer, db: Path, tmp_path: Path
) -> None:
    assert (
        canonicalize("HTTPS://Harbour.test:443/a?utm_source=rss&id=3&fbclid=x#top")
        == "https://harbour.test/a?id=3"
    )
    # one page reached through a link with tracking parameters: one article
    local_server.route("/s1.html", page(1))
    link = local_server.url("/s1.html")
    local_server.route("/f1.xml", feed_reply(item("a", link)))
    local_server.route(
        "/f2.xml", feed_reply(item("b", link + "?utm_source=newsletter&utm_medium=email&fbclid=IwAR0"))
    )
    subscribe(db, local_server.url("/f1.xml"), local_server.url("/f2.xml"))
    run(db)
    assert count(db, "articles") == 1 and count(db, "appearances") == 2
    # http vs https, and mail. vs www.: the URLs stay distinct keys; the same text is one article, and the
    # other URLs are kept as its appearances (the flag: one article, several addresses)
    store_db = tmp_path / "variants.db"
    text = " ".join(
        p for p in [*map(str, range(3))] + ["Engineers said Llama 3 has 70 billion parameters."] * 3
    )
    with Store(store_db) as store:
        outcomes = []
        for url in (
            "http://www.harbour.test/s1",
            "https://www.harbour.test/s1",
            "https://mail.harbour.test/s1",
        ):
            article = Article(url=url, canonical_url=canonicalize(url), text=text, source="test")
            outcomes.append(store.save_article(article, [], extractor_version="t").outcome)
    assert outcomes == ["new", "duplicate", "duplicate"]
    assert q(store_db, "SELECT count(*) FROM articles") == [(1,)]
    assert sorted(u for (u,) in q(store_db, "SELECT url FROM appearances")) == [
        "http://www.harbour.test/s1", "https://mail.harbour.test/s1", "https://www.harbour.test/s1"]  # fmt: skip


# --------------------------------------------------------------------------- F9-F13: dates


def test_F9_missing_date_stored_null_with_fetch_time(local_server: LocalServer, db: Path) -> None:
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1), date=None)))
    subscribe(db, local_server.url("/feed.xml"))
    when = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    run(db, clock=lambda: when)
    assert q(db, "SELECT published, fetched FROM articles") == [(None, "2030-05-06T07:08:09+00:00")]


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("Tue, 02 Jul 2024 10:00:00 EST", "2024-07-02T15:00:00+00:00"),
        ("Tue, 02 Jul 2024 10:00:00 MEST", "2024-07-02T08:00:00+00:00"),
        ("Tue, 02 Jul 2024 10:00:00 PST", "2024-07-02T18:00:00+00:00"),  # feedparser: PST is -8 in July too
    ],
)
def test_F10_timezone_abbreviation_converted_to_utc_raw_kept(
    local_server: LocalServer, db: Path, raw: str, utc: str
) -> None:
    body = rss(item("g1", None, content=full_content(1), date=raw))
    parsed = parse_feed(body, url="http://harbour.test/feed.xml")
    entry = parsed.entries[0]
    assert entry.published is not None and entry.published.isoformat() == utc
    assert entry.published_raw == raw  # the raw string travels with the entry
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    assert q(db, "SELECT published FROM articles") == [(utc,)]


@pytest.mark.parametrize("raw", ["2016/6/29 15:07:41", "2016/06/29", "2016", "2016-06"])
def test_F11_implausible_parse_of_non_iso_date_is_nulled(
    local_server: LocalServer, db: Path, raw: str
) -> None:
    body = rss(item("g1", None, content=full_content(1), date=raw))
    entry = parse_feed(body, url="http://harbour.test/feed.xml").entries[0]
    assert entry.published is None and entry.published_raw == raw  # never 2016-11-01 or 2016-01-01
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    assert q(db, "SELECT published FROM articles") == [(None,)]


@pytest.mark.parametrize(
    "raw", ["Sat, 01 Jan 2095 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 1989 23:00:00 GMT"]
)
def test_F12_far_future_or_pre_1990_date_not_used(local_server: LocalServer, db: Path, raw: str) -> None:
    body = rss(item("g1", None, content=full_content(1), date=raw))
    now = datetime(2024, 6, 5, tzinfo=UTC)
    entry = parse_feed(body, url="http://harbour.test/feed.xml", now=now).entries[0]
    assert entry.published is None and entry.published_raw == raw
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    subscribe(db, local_server.url("/feed.xml"))
    run(db, clock=lambda: now)
    assert q(db, "SELECT published, fetched FROM articles") == [(None, "2024-06-05T00:00:00+00:00")]


@pytest.mark.parametrize("zone", ["UTC", "America/St_Johns", "Pacific/Chatham", "Asia/Kathmandu"])
def test_F13_plus_0200_date_pinned_to_the_right_utc_instant(
    monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    """feedparser's tuples are UTC: calendar.timegm, never time.mktime (whose result would move with the
    host's time zone: these zones have odd offsets, so any mktime use would show)."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        body = rss(item("g1", None, date="Mon, 03 Jun 2024 10:00:00 +0200"))
        entry = parse_feed(body, url="http://harbour.test/feed.xml").entries[0]
        assert entry.published == datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
    finally:
        monkeypatch.undo()
        time.tzset()


# --------------------------------------------------------------------------- F14-F18: encodings, entities


@needs_corpus
def test_F14_http_charset_disagreeing_with_xml_declaration(tmp_path: Path) -> None:
    files = corpus("encoding/http_*.xml")
    assert len(files) >= 40
    db = through_store(tmp_path, files)
    assert count(db, "entries") > 0


@needs_corpus
def test_F15_undeclared_non_utf8_bytes_decoded_never_raise(tmp_path: Path) -> None:
    files = corpus("illformed/chardet/*.xml")
    assert len(files) == 8
    db = through_store(tmp_path, files)
    assert count(db, "articles") >= 1


@needs_corpus
def test_F16_mixed_or_double_encoded_text_stored_without_crash(tmp_path: Path) -> None:
    files = corpus("encoding/*double-encoded*.xml", "encoding/bozo_linenoise.xml", "encoding/bozo_encoding_mismatch_crash.xml",
                   "encoding/demoronize-*.xml")  # fmt: skip
    assert len(files) >= 5
    through_store(tmp_path, files)


def test_F16_mojibake_sequences_counted_in_run_report(local_server: LocalServer, db: Path) -> None:
    mojibake = "Le modÃ¨le a Ã©tÃ© publiÃ© aujourdâ€™hui, avec un rÃ©sumÃ© trÃ¨s dÃ©taillÃ© des rÃ©sultats."
    clean = "Le modèle a été publié aujourd’hui, avec un résumé très détaillé des résultats « CAFÉ » São."
    local_server.route("/feed.xml", feed_reply(item("g1", None, summary=mojibake)))
    local_server.route("/clean.xml", feed_reply(item("g2", None, summary=clean)))
    subscribe(db, local_server.url("/feed.xml"), local_server.url("/clean.xml"))
    summary = run(db)
    report = summary.as_dict()
    assert report["mojibake"] == 11 and [r.mojibake for r in summary.reports] == [11, 0]  # 10 x Ã?, 1 x â€™
    assert report["status"] == "ok" and report["errors"] == []  # a warning, not a failure: the text is stored
    ((text,),) = q(db, "SELECT text FROM articles WHERE text LIKE 'Le mod%Ã%'")
    assert text == mojibake


@needs_corpus
def test_F17_utf16_utf32_bom_and_invalid_bytes_parsed_or_bozo(tmp_path: Path) -> None:
    files = corpus("encoding/utf-16*.xml", "encoding/utf-32*.xml", "encoding/utf16.xml", "encoding/utf_16.xml",
                   "encoding/utf_32.xml", "encoding/bozo_invalid-bytes-with-bom.xml", "encoding/utf-8-bom.xml")  # fmt: skip
    assert len(files) >= 14
    for path in files:
        parsed = parse_feed(path.read_bytes(), url="http://127.0.0.1:8097/x.xml")
        assert parsed.entries or parsed.bozo or parsed.title, path.name
    through_store(tmp_path, files)


def test_F18_entity_bomb_and_external_entities_not_expanded(
    local_server: LocalServer, db: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER-0451")
    dtd = local_server.url("/evil.dtd")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = (
        f'<!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}<!ENTITY file SYSTEM "file://{secret}">'
        f'<!ENTITY remote SYSTEM "{dtd}"><!ENTITY % ext SYSTEM "{dtd}"> %ext;]>'
    )
    body = (
        f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel><title>Laughs &l9;</title>'
        f"<item><guid>g1</guid><title>&file; &remote; &l9;</title><description>Secret: &file;. Remote: &remote;. "
        f"Laughs: &l9;. Padding to be long enough for a summary article, padding padding.</description></item>"
        f"</channel></rss>"
    ).encode()
    local_server.route("/utf8.xml", Reply(body=body, headers=RSS))
    utf16 = body.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16")
    local_server.route("/utf16.xml", Reply(body=utf16, headers={"Content-Type": "application/xml"}))
    subscribe(db, local_server.url("/utf8.xml"), local_server.url("/utf16.xml"))
    started = time.monotonic()
    run(db)
    assert time.monotonic() - started < 10
    assert local_server.count("/evil.dtd") == 0
    stored = " ".join(
        str(v)
        for table in ("articles", "entries", "feeds")
        for row in q(db, f"SELECT * FROM {table}")
        for v in row
    )
    assert "TOP-SECRET-MARKER" not in stored and "lollollol" not in stored


def test_F19_scripts_handlers_javascript_links_never_stored(local_server: LocalServer, db: Path) -> None:
    evil = (
        full_content(1)
        + '<script>alert("x")</script><p onclick="steal()" onmouseover="steal()">Click here</p>'
        + '<a href="javascript:alert(1)">link</a><img src="x" onerror="steal()"><iframe src="http://evil.test/"></iframe>'
    )
    body = rss(
        item("g1", None, content=evil), item("g2", "javascript:alert(document.cookie)", summary="teaser")
    )
    parsed = parse_feed(body, url="http://harbour.test/feed.xml")
    assert parsed.entries[0].content and not _SCRIPT.search(parsed.entries[0].content)
    assert parsed.entries[1].link is None  # non-http(s) link dropped
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    stored = " ".join(str(v) for (t, u) in q(db, "SELECT text, url FROM articles") for v in (t, u))
    assert "alert" not in stored and "steal" not in stored and "javascript:" not in stored
    assert [u for (u,) in q(db, "SELECT url FROM entries")] == [None, None]
    for path in corpus("wellformed/sanitize/*.xml"):
        for entry in parse_feed(path.read_bytes(), url="http://127.0.0.1:8097/x.xml").entries:
            html = re.sub(r"<!--.*?-->", "", entry.content or "", flags=re.DOTALL)
            assert not re.search(r"<script", html, re.IGNORECASE), path.name


def test_F20_xml_base_relative_links_resolved_before_fetch(local_server: LocalServer, db: Path) -> None:
    base = local_server.url("/news/2024/")
    body = (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}">'
        "<title>Base test</title><id>urn:feed</id><updated>2024-06-03T10:00:00Z</updated>"
        '<entry><id>urn:e1</id><title>One</title><updated>2024-06-03T10:00:00Z</updated><link href="story.html"/></entry>'
        '<entry xml:base="/other/"><id>urn:e2</id><title>Two</title><updated>2024-06-03T10:00:00Z</updated>'
        '<link href="deeper/two.html"/></entry></feed>'
    ).encode()
    local_server.route("/news/2024/story.html", page(1))
    local_server.route("/other/deeper/two.html", page(2))
    local_server.route("/feed.xml", Reply(body=body, headers=ATOM))
    subscribe(db, local_server.url("/feed.xml"))
    assert run(db).exit_code == 0
    assert (
        local_server.count("/news/2024/story.html") == 1 and local_server.count("/other/deeper/two.html") == 1
    )
    assert sorted(u for (u,) in q(db, "SELECT url FROM articles")) == [
        local_server.url("/news/2024/story.html"), local_server.url("/other/deeper/two.html")]  # fmt: skip


# --------------------------------------------------------------------------- F21-F25: size, oddities


def test_F21_huge_feed_rejected_or_capped_with_overflow_logged(
    local_server: LocalServer, db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pad = "x" * 250
    huge = rss(*(item(f"g{i}", None, title=f"T{i}", summary=pad) for i in range(50_000)))
    assert len(huge) > 15 * 1024 * 1024
    local_server.route("/huge.xml", Reply(body=huge, headers=RSS))
    local_server.route("/huge-chunked.xml", Reply(body=huge, headers=RSS, chunked=True, drip=(1 << 20, 0.0)))
    many = rss(*(item(f"m{i}", None, title=f"Entry {i}", summary="short") for i in range(2_000)))
    local_server.route("/many.xml", Reply(body=many, headers=RSS))
    huge_id, chunked_id, many_id = subscribe(
        db,
        local_server.url("/huge.xml"),
        local_server.url("/huge-chunked.xml"),
        local_server.url("/many.xml"),
    )
    caplog.set_level(logging.WARNING, logger="claimwatch")
    summary = run(db, max_bytes_feed=15 * 1024 * 1024, deadline_s=20.0)  # the default 15 MiB cap
    assert kinds(summary) == ["too_large", "too_large"]
    assert feed_row(db, huge_id)["last_error"].startswith("too_large:")
    assert feed_row(db, chunked_id)["last_error"].startswith("too_large:")
    assert q(db, "SELECT count(*) FROM entries WHERE feed_id = ?", many_id) == [(200,)]  # the per-feed cap
    assert any("2000 entries, handling the first 200" in r.getMessage() for r in caplog.records)


def test_F22_megabyte_title_stored_whole_20mb_content_too_large(local_server: LocalServer, db: Path) -> None:
    """No field truncation in claimwatch: a 1 MB title is stored whole (never silently cut); a 20 MB
    entry is over the 15 MiB feed cap and refused as too_large, recorded on the feed."""
    title = "Big " * 250_000
    local_server.route("/title.xml", feed_reply(item("g1", None, title=title, content=full_content(1))))
    local_server.route(
        "/content.xml",
        feed_reply(item("g2", None, content=full_content(2) + "<p>" + "y" * 20_000_000 + "</p>")),
    )
    title_id, content_id = subscribe(db, local_server.url("/title.xml"), local_server.url("/content.xml"))
    summary = run(db, deadline_s=20.0)
    assert kinds(summary) == ["too_large"] and summary.errors[0].url == local_server.url("/content.xml")
    (stored,) = q(db, "SELECT title FROM articles")[0]
    assert stored == title.strip() and len(stored) > 999_000
    assert feed_row(db, title_id)["error_count"] == 0
    assert feed_row(db, content_id)["last_error"].startswith("too_large:")


def test_F23_nul_and_control_characters_stripped_never_truncating(
    local_server: LocalServer, db: Path
) -> None:
    content = full_content(1).replace("Report number 1", "Report\x00 number\x01 1\x1b[31m")
    body = rss(item("g1", None, title="Title\x00 with\x07 controls\x7f end", content=content))
    local_server.route("/feed.xml", Reply(body=body, headers=RSS))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    ((title, text),) = q(db, "SELECT title, text FROM articles")
    assert title == "Title with controls end"
    assert "Report number 1[31m" in text and "citing the usual caution of the lab." in text
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", title + text)


ATOM03 = b"""<?xml version="1.0" encoding="utf-8"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
<title>Atom 0.3 desk</title><link rel="alternate" type="text/html" href="http://harbour.test/"/>
<modified>2024-06-03T10:00:00Z</modified><entry><title>Atom 0.3 entry</title>
<link rel="alternate" type="text/html" href="http://harbour.test/a03"/><id>tag:harbour.test,2024:a03</id>
<issued>2024-06-03T10:00:00Z</issued><modified>2024-06-03T10:00:00Z</modified>
<summary>An Atom 0.3 entry with a summary long enough to be kept as a short article of its own.</summary></entry></feed>"""
RSS10 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://harbour.test/"><title>RSS 1.0 desk</title>
<link>http://harbour.test/</link><description>d</description><items><rdf:Seq><rdf:li resource="http://harbour.test/r10"/>
</rdf:Seq></items></channel><item rdf:about="http://harbour.test/r10"><title>RSS 1.0 entry</title>
<link>http://harbour.test/r10</link><description>An RSS 1.0 item with a description that is long enough to be kept as a short article.</description></item></rdf:RDF>"""
CDF = b"""<?xml version="1.0"?><CHANNEL HREF="http://harbour.test/"><TITLE>CDF desk</TITLE>
<ITEM HREF="http://harbour.test/cdf1"><TITLE>CDF entry</TITLE>
<ABSTRACT>A CDF item with an abstract that is long enough to be kept as a short article of its own.</ABSTRACT></ITEM></CHANNEL>"""
JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "JSON desk",
"items": [{"id": "1", "url": "http://harbour.test/j1", "content_text": "A JSON Feed item."}]}"""


def test_F24_atom03_rss10_cdf_parsed_json_feed_reported(local_server: LocalServer, db: Path) -> None:
    docs = {"atom03": ATOM03, "rss10": RSS10, "cdf": CDF, "json": JSON_FEED}
    for name, body in docs.items():
        ctype = "application/feed+json" if name == "json" else "application/xml"
        local_server.route(f"/{name}", Reply(body=body, headers={"Content-Type": ctype}))
    ids = dict(zip(docs, subscribe(db, *(local_server.url(f"/{n}") for n in docs)), strict=True))
    # entry links (harbour.test) resolve to 127.0.0.1: a private address, refused for pages (permanent)
    summary = run(db, resolver=everything_local, allow_private=False, private_hosts=LOCAL_ONLY)
    feed_errors = [e for e in summary.errors if e.url.startswith(local_server.url("/"))]
    assert [(e.url, e.kind) for e in feed_errors] == [
        (local_server.url("/json"), "not_a_feed")
    ]  # unsupported
    for name in ("atom03", "rss10", "cdf"):
        assert q(db, "SELECT count(*) FROM entries WHERE feed_id = ?", ids[name]) == [(1,)], name
        assert feed_row(db, ids[name])["error_count"] == 0
    assert {v for (v,) in q(db, "SELECT substr(text, 1, 6) FROM articles")} == {"An Ato", "An RSS", "A CDF "}


@needs_corpus
def test_F25_whole_corpus_through_parse_and_store(tmp_path: Path) -> None:
    files = corpus("**/*.xml")
    assert len(files) >= 2_200
    db = through_store(tmp_path, files)
    assert count(db, "entries") > 1_000
    for (text,) in q(db, "SELECT text FROM articles"):
        assert not re.search(r"<script", text, re.IGNORECASE)
