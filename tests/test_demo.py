"""`python -m claimwatch.demo`: the bundled site through the real run, twice, checked in the database."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from claimwatch.demo import demo_opml, main, run_demo, serve
from claimwatch.sources import data_dir, read_opml

ROOT = Path(__file__).resolve().parents[1]
DEMO = Path(str(data_dir() / "demo"))
EXPECTED = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))


def pages_in_feeds() -> set[str]:
    return {path for feed in EXPECTED["feeds"].values() for path in feed["items"]}


def test_demo_opml_fills_in_the_host() -> None:
    feeds = read_opml(demo_opml(DEMO, "127.0.0.1:8123"))
    assert [f.url for f in feeds] == [f"http://127.0.0.1:8123{path}" for path in EXPECTED["feeds"]]
    assert [f.lang for f in feeds] == [feed["lang"] for feed in EXPECTED["feeds"].values()]


def test_serve_answers_conditional_requests(tmp_path: Path) -> None:
    import urllib.request

    with serve(DEMO) as host:
        with urllib.request.urlopen(f"http://{host}/ki-kurier/feed.xml", timeout=5) as reply:
            modified = reply.headers["Last-Modified"]
            assert reply.status == 200 and modified
        request = urllib.request.Request(
            f"http://{host}/ki-kurier/feed.xml", headers={"If-Modified-Since": modified}
        )
        try:
            urllib.request.urlopen(request, timeout=5)
            raise AssertionError("expected 304")
        except urllib.error.HTTPError as e:
            assert e.code == 304


def test_run_demo_stores_every_page_once_and_the_second_run_fetches_nothing(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    out = io.StringIO()
    first, second = run_demo(DEMO, db, out=out)
    pages = pages_in_feeds()
    duplicates = len(EXPECTED["duplicates"])
    assert first.exit_code == 0 and not first.errors
    assert first.total("entries_new") == len(pages)
    assert first.total("articles_new") == len(pages) - duplicates
    assert second.feeds_checked == len(EXPECTED["feeds"]) == second.feeds_not_modified
    assert second.total("articles_new") == 0 and not second.errors
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(pages) - duplicates,)
        assert conn.execute("SELECT count(*) FROM appearances").fetchone() == (len(pages),)
        assert conn.execute("SELECT count(*) FROM entries WHERE article_id IS NOT NULL").fetchone() == (
            len(pages),
        )
        paths = {url.split("/", 3)[3] for (url,) in conn.execute("SELECT url FROM appearances")}
        assert {"/" + p for p in paths} == pages
        langs = dict(conn.execute("SELECT url, lang FROM articles"))
        for url, lang in langs.items():
            assert lang == EXPECTED["pages"]["/" + url.split("/", 3)[3]]["lang"], url
        runs = conn.execute(
            "SELECT status, feeds_not_modified, new_articles FROM runs ORDER BY id"
        ).fetchall()
        assert runs == [("ok", 0, len(pages) - duplicates), ("ok", len(EXPECTED["feeds"]), 0)]
    finally:
        conn.close()
    text = out.getvalue()
    assert "claims found by the first run" in text and "every feed not modified, no new articles" in text


def test_python_m_claimwatch_demo_is_quick(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "claimwatch.demo"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 10
    assert "second run (--all): 4 feeds checked, 4 not modified, 0 new articles" in result.stdout
    assert "(temporary, removed)" in result.stdout


def test_demo_keeps_a_database_given_with_db(tmp_path: Path) -> None:
    db = tmp_path / "kept.db"
    assert main(["--db", str(db)]) == 0
    assert db.exists()
