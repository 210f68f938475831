"""Article-page cases H1-H13 (RELIABILITY.md (b)): a feed on the real server at 127.0.0.1 links to pages
that misbehave; each case runs a real collection and looks at what was stored and logged.

Reasons as claimwatch names them: `content_type` (not HTML), `too_large`, `not_an_article` (no article
text, paywall or consent stub, HTML that cannot be parsed), `robots`, `private_address`, `http_<status>`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.localserver import LocalServer, NetGuard, Reply
from tests.reliability.conftest import (
    HTML,
    count,
    feed_reply,
    fetch_log,
    item,
    page,
    page_html,
    q,
    run,
    story,
    subscribe,
    table_resolver,
)

SUMMARY = (
    "A feed summary that is long enough to stand in for the article when its page cannot be read at all."
)
FRENCH = [
    "La délégation de Genève a présenté jeudi un modèle ouvert, développé à l'université, et l'équipe a "
    "déclaré que Llama 3 possède 70 milliards de paramètres dans sa version la plus grande.",
    "Les chercheurs ont précisé que l'entraînement s'était achevé en été, après des mois de préparation "
    "et de vérifications répétées des données, très bien documentées par l'équipe de Genève.",
]


def one_page_feed(server: LocalServer, path: str, reply: Reply, *, summary: str = SUMMARY) -> None:
    server.route(path, reply)
    server.route("/feed.xml", feed_reply(item("g1", server.url(path), summary=summary)))


def page_log(db: Path) -> list[tuple[str, str | None]]:
    """(outcome, error kind) of the page rows of fetch_log."""
    return [
        (r[1], (r[3] or "").split(":", 1)[0] or None)
        for r in fetch_log(db)
        if r[1].startswith(("page", "entry"))
    ]


def rerun_with_new_feed_body(server: LocalServer, db: Path, path: str, **kw: object) -> None:
    """Run again with a changed feed document, so the feed is parsed again (not 'not modified')."""
    server.route(
        "/feed.xml", feed_reply(item("g1", server.url(path), summary=SUMMARY), title="Harbour Desk, later")
    )
    run(db, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ctype", "body"),
    [
        ("application/pdf", b"%PDF-1.7\n..."),
        ("image/png", b"\x89PNG\r\n\x1a\n...."),
        ("application/octet-stream", b"\0\1\2"),
    ],
)
def test_H1_non_html_page_skipped_summary_kept(
    local_server: LocalServer, db: Path, ctype: str, body: bytes
) -> None:
    one_page_feed(local_server, "/doc", Reply(body=body, headers={"Content-Type": ctype}))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert [e.kind for e in summary.errors] == [
        "content_type"
    ] and "not acceptable for a page" in summary.errors[0].message
    assert q(db, "SELECT text FROM articles") == [(SUMMARY,)]
    assert page_log(db) == [("page_error", "content_type")]
    rerun_with_new_feed_body(local_server, db, "/doc")
    assert local_server.count("/doc") == 1  # permanent: not fetched again


def test_H2_html_over_cap_too_large_summary_kept(local_server: LocalServer, db: Path) -> None:
    big = page_html("Big", story(1) * 400).encode()
    assert len(big) > 200_000
    one_page_feed(local_server, "/big.html", Reply(body=big, headers=HTML))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db, max_bytes_page=64 * 1024)
    assert [e.kind for e in summary.errors] == ["too_large"]
    assert q(db, "SELECT text FROM articles") == [(SUMMARY,)]


def _latin1_page(padding: int, meta: str, encoding: str) -> bytes:
    head = f"<!-- {'padding ' * (padding // 8)} -->"
    html = page_html("Genève", FRENCH, lang="fr", head=head).replace('<meta charset="utf-8">', "")
    return html.replace("</head>", f'<meta charset="{meta}"></head>').encode(encoding)


@pytest.mark.parametrize(
    ("padding", "meta", "encoding"),
    [(1100, "iso-8859-1", "iso-8859-1"), (3000, "iso-8859-1", "iso-8859-1"), (1100, "utf-8", "utf-8")],
    ids=["latin1-meta-after-1024", "latin1-meta-after-2048", "utf8-meta-after-1024"],
)
def test_H3_meta_charset_after_1024_bytes_decoded_correctly(
    local_server: LocalServer, db: Path, padding: int, meta: str, encoding: str
) -> None:
    body = _latin1_page(padding, meta, encoding)
    assert body.index(b"<meta charset") > padding
    one_page_feed(local_server, "/p.html", Reply(body=body, headers={"Content-Type": "text/html"}))
    subscribe(db, local_server.url("/feed.xml"))
    assert run(db).exit_code == 0
    ((text,),) = q(db, "SELECT text FROM articles")
    assert "délégation de Genève" in text and "entraînement" in text and "\ufffd" not in text
    assert q(db, "SELECT params FROM claims") == [(70_000_000_000,)]


def test_H4_valid_utf8_wins_over_wrong_declarations(local_server: LocalServer, db: Path) -> None:
    html = page_html("Genève", FRENCH, lang="fr").replace(
        '<meta charset="utf-8">', '<meta charset="iso-8859-1">'
    )
    one_page_feed(
        local_server,
        "/p.html",
        Reply(body=html.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"}),
    )
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    ((text,),) = q(db, "SELECT text FROM articles")
    assert "délégation de Genève" in text and "Ã©" not in text


JS_ONLY = b'<!doctype html><html><head><script src="/app.js"></script></head><body><div id="root"></div><noscript>Enable JavaScript.</noscript></body></html>'
COOKIE_WALL = b"<html><body><div class='consent'><h2>We value your privacy</h2><p>Accept cookies to continue to the site.</p><button>Accept cookies</button></div></body></html>"
PAYWALL = b"<html><body><article><h1>GPT-5 leak</h1><p>OpenAI's next model is said to be</p><div class='paywall'>Subscribe to continue reading. Subscribers only.</div></article></body></html>"


@pytest.mark.parametrize("body", [JS_ONLY, COOKIE_WALL, PAYWALL], ids=["js_only", "cookie_wall", "paywall"])
def test_H5_empty_extraction_makes_no_claims_not_retried(
    local_server: LocalServer, db: Path, body: bytes
) -> None:
    one_page_feed(local_server, "/p.html", Reply(body=body, headers=HTML), summary="Teaser.")
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert [e.kind for e in summary.errors] == ["not_an_article"]
    assert (count(db, "articles"), count(db, "claims"), count(db, "entries")) == (0, 0, 1)
    assert page_log(db) == [("page_error", "not_an_article")]
    rerun_with_new_feed_body(local_server, db, "/p.html")
    assert local_server.count("/p.html") == 1  # at most one attempt: no retry storm


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/", "/internal/admin"])
def test_H6_meta_refresh_never_followed(
    local_server: LocalServer, db: Path, loopback_only: NetGuard, target: str
) -> None:
    refresh = f'<meta http-equiv="refresh" content="0; url={target}">'
    stub = f"<html><head>{refresh}</head><body><p>Redirecting...</p></body></html>".encode()
    with_text = page_html("Story 2", story(2), head=refresh).encode()
    local_server.route("/stub.html", Reply(body=stub, headers=HTML))
    local_server.route("/text.html", Reply(body=with_text, headers=HTML))
    local_server.route(
        "/feed.xml",
        feed_reply(item("g1", local_server.url("/stub.html")), item("g2", local_server.url("/text.html"))),
    )
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert local_server.count("/internal/admin") == 0
    assert all(host == "127.0.0.1" for host, _ in loopback_only.connects)
    assert [e.kind for e in summary.errors] == ["not_an_article"]  # the stub: recorded, not followed
    assert q(db, "SELECT url FROM articles") == [(local_server.url("/text.html"),)]  # the page's own text


def test_H7_canonical_link_stored_and_used_for_dedup(local_server: LocalServer, db: Path) -> None:
    canonical = "https://harbour.test/2024/06/story-1"
    local_server.route("/amp/s1.html", Reply(body=page_html("Story 1", [*story(1), "AMP footer paragraph with extra words in it, only on the AMP copy of this story."], canonical=canonical).encode(), headers=HTML))  # fmt: skip
    local_server.route("/s1.html", page(1, canonical=canonical + "?utm_source=rss"))
    local_server.route("/feed.xml", feed_reply(item("a", local_server.url("/s1.html"))))
    local_server.route("/amp.xml", feed_reply(item("b", local_server.url("/amp/s1.html"))))
    subscribe(db, local_server.url("/feed.xml"), local_server.url("/amp.xml"))
    run(db)
    rows = q(db, "SELECT identity, canonical_url, is_current FROM articles ORDER BY id")
    assert {(r[0], r[1]) for r in rows} == {(canonical, canonical)}
    assert sum(r[2] for r in rows) == 1  # one article (the other copy is an earlier version of it)


def test_H8_deeply_nested_html_contained(local_server: LocalServer, db: Path) -> None:
    deep = ("<div>" * 100_000 + "<p>" + " ".join(story(3)) + "</p>" + "</div>" * 100_000).encode()
    body = b"<!doctype html><html><head><title>Deep</title></head><body>" + deep + b"</body></html>"
    one_page_feed(local_server, "/deep.html", Reply(body=body, headers=HTML))
    local_server.route("/s4.html", page(4))
    local_server.route(
        "/feed.xml",
        feed_reply(
            item("g1", local_server.url("/deep.html"), summary=SUMMARY),
            item("g2", local_server.url("/s4.html")),
        ),
    )
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert all(e.kind in ("not_an_article", "parse_failed") for e in summary.errors), summary.errors
    assert not [e for e in summary.errors if e.kind == "internal"]
    assert count(db, "entries") == 2 and local_server.url("/s4.html") in {
        u for (u,) in q(db, "SELECT url FROM articles")
    }


def test_H9_broken_html_parsed_leniently(local_server: LocalServer, db: Path) -> None:
    broken = (
        "<html><head><title>Broken</title><body><div><p>" + story(5)[0] + "<p>" + story(5)[1]
        + "</div></span></html><p>" + story(5)[2] + "</b></i></html></html><table><tr><td>"
    ).encode()  # fmt: skip
    one_page_feed(local_server, "/broken.html", Reply(body=broken, headers=HTML))
    subscribe(db, local_server.url("/feed.xml"))
    assert run(db).exit_code == 0
    ((text,),) = q(db, "SELECT text FROM articles")
    assert "Llama 3 has 70 billion parameters" in text
    assert q(db, "SELECT params FROM claims") == [(70_000_000_000,)]


def test_H10_robots_disallow_not_fetched_summary_kept(local_server: LocalServer, db: Path) -> None:
    local_server.route(
        "/robots.txt",
        Reply(body=b"User-agent: claimwatch\nDisallow: /news/\n", headers={"Content-Type": "text/plain"}),
    )
    one_page_feed(local_server, "/news/s1.html", page(1))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert local_server.count("/news/s1.html") == 0
    assert [e.kind for e in summary.errors] == ["robots"]
    assert q(db, "SELECT text FROM articles") == [(SUMMARY,)]


ROBOTS_5MB = (
    b"User-agent: *\nDisallow: /private/\n"
    + (b"# filler line of a huge robots.txt\n" * 150_000)
    + b"Disallow: /late/\n"
)


@pytest.mark.parametrize(
    ("robots", "fetched_now", "fetched_next"),
    [
        (Reply(404), True, True),  # no usable file: allowed
        (Reply(500), False, True),  # server error: not now, retried next run
        (Reply(body=b"User-agent: *\nAllow: /\n", delay_s=3.0), False, True),  # times out: not now
        (Reply(body=ROBOTS_5MB, headers={"Content-Type": "text/plain"}), "split", "split"),  # first 512 KiB
    ],
    ids=["404", "500", "timeout", "5MB"],
)
def test_H11_robots_404_500_timeout_oversize(
    local_server: LocalServer, db: Path, robots: Reply, fetched_now: object, fetched_next: object
) -> None:
    local_server.route("/robots.txt", robots)
    local_server.route("/private/s1.html", page(1))
    local_server.route("/late/s2.html", page(2))
    items = (item("g1", local_server.url("/private/s1.html")), item("g2", local_server.url("/late/s2.html")))
    local_server.route("/feed.xml", feed_reply(*items))
    subscribe(db, local_server.url("/feed.xml"))
    run(db, read_timeout_s=0.5, deadline_s=1.0)
    if fetched_now == "split":  # the rule in the first 512 KiB holds, the one after the cap is never read
        assert (local_server.count("/private/s1.html"), local_server.count("/late/s2.html")) == (0, 1)
        return
    fetched = int(bool(fetched_now))
    assert (local_server.count("/private/s1.html"), local_server.count("/late/s2.html")) == (fetched, fetched)
    if not fetched_now:
        assert count(db, "entries") == 0  # left for the next run, not recorded as done
        local_server.route("/robots.txt", Reply(404))
        run(db)
        assert local_server.count("/private/s1.html") == 1 and count(db, "articles") == 2


def test_H12_private_and_non_http_article_urls_refused_before_connecting(
    local_server: LocalServer, db: Path, loopback_only: NetGuard
) -> None:
    local_server.route("/page.html", page(1))
    links = [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        f"http://localhost:{local_server.port}/page.html",
        local_server.url("/page.html"),
        f"http://[::1]:{local_server.port}/page.html",
        "http://10.0.0.7/admin",
        "file:///etc/passwd",
    ]
    local_server.route(
        "/feed.xml",
        feed_reply(*(item(f"g{n}", link, summary=SUMMARY + str(n)) for n, link in enumerate(links))),
    )
    subscribe(db, local_server.url("/feed.xml"))
    resolver = table_resolver({"localhost": ["127.0.0.1", "::1"]})
    summary = run(db, resolver=resolver, allow_private=False, private_hosts=frozenset({"127.0.0.1"}))
    assert local_server.count("/page.html") == 0 and local_server.count("/robots.txt") == 0
    assert [host for host, _ in loopback_only.connects] == ["127.0.0.1"]  # the feed only
    assert [e.kind for e in summary.errors] == ["private_address"] * 5
    assert sorted(page_log(db)) == [("page_error", "private_address")] * 5
    assert q(db, "SELECT count(*) FROM entries WHERE url IS NULL") == [(1,)]  # file: link dropped
    assert count(db, "articles") == 6  # every entry kept from its summary


def test_H13_article_404_summary_kept_no_retry_storm(local_server: LocalServer, db: Path) -> None:
    one_page_feed(local_server, "/gone.html", Reply(404, body=b"not here"))
    subscribe(db, local_server.url("/feed.xml"))
    summary = run(db)
    assert [e.kind for e in summary.errors] == ["http_404"]
    assert q(db, "SELECT text FROM articles") == [(SUMMARY,)]
    for _ in range(3):
        rerun_with_new_feed_body(local_server, db, "/gone.html")
    assert local_server.count("/gone.html") == 1 and count(db, "articles") == 1
