"""The collection commands through click: each test checks the database afterwards, not only the text."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimwatch.cli import cli
from claimwatch.cli_collect import schedule_text
from claimwatch.sources import read_opml
from claimwatch.store import Store
from tests.localserver import LocalServer, Reply, Request
from tests.test_collect import feed_reply, item, page

ROOT = Path(__file__).resolve().parents[1]
FAST_RUN = ("--delay", "0", "--timeout", "3")
OPML = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>mine</title></head><body>
  <outline text="German" language="de">
    <outline type="rss" text="Heise KI" xmlUrl="https://news.example.de/ki.rss"/>
  </outline>
  <outline type="rss" text="Lab Blog" title="Lab Blog" language="en" xmlUrl="https://lab.example/feed.xml"/>
  <outline type="rss" text="Old" enabled="false" xmlUrl="https://old.example/rss"/>
</body></opml>
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cw.db"


def cw(*args: str, env: dict[str, str] | None = None, input: bytes | None = None) -> Result:
    """Invoke the CLI in-process; `run` gets test manners (no politeness delay, short timeouts)."""
    if args and args[0] == "run":
        args = (*args, *FAST_RUN)
    runner = CliRunner()
    return runner.invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


def rows(db: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def site(server: LocalServer, *, slow_first_s: float = 0.0) -> str:
    """One feed with two pages; the feed's first answer can be slow."""
    server.route("/s1.html", page(1))
    server.route("/s2.html", page(2))
    body = feed_reply(item("g1", server.url("/s1.html")), item("g2", server.url("/s2.html")))
    calls: list[Request] = []

    def feed(request: Request) -> Reply:
        calls.append(request)
        return Reply(
            body=body.body, headers=dict(body.header_items()), delay_s=slow_first_s if len(calls) == 1 else 0
        )

    server.route("/feed.xml", feed)
    return server.url("/feed.xml")


# --------------------------------------------------------------------------- feeds


def test_feeds_add_list_and_state(db: Path) -> None:
    result = cw(
        "feeds", "add", "https://news.example/ai.rss", "--name", "News", "--lang", "de", "--db", str(db)
    )
    assert result.exit_code == 0 and "added feed 1" in result.stdout
    assert rows(db, "SELECT url, name, lang, interval_s, enabled, status FROM feeds") == [
        ("https://news.example/ai.rss", "News", "de", 3600, 1, "active")
    ]
    again = cw("feeds", "add", "https://news.example/ai.rss", "--name", "Other", "--db", str(db))
    assert again.exit_code == 0 and "already subscribed" in again.stdout
    assert rows(db, "SELECT name FROM feeds") == [("News",)]
    listed = cw("feeds", "list", "--format", "json", "--db", str(db))
    (feed,) = json.loads(listed.stdout)
    assert feed["state"] == "new" and feed["error_count"] == 0 and feed["next_due"] is None
    table = cw("feeds", "list", "--format", "table", "--db", str(db))
    assert "news.example" in table.stdout and "last_error" in table.stdout


def test_feeds_add_interval_and_bad_input(db: Path) -> None:
    assert cw("feeds", "add", "https://a.example/f", "--interval", "30m", "--db", str(db)).exit_code == 0
    assert rows(db, "SELECT interval_s FROM feeds") == [(1800,)]
    bad_url = cw("feeds", "add", "file:///etc/passwd", "--db", str(db))
    assert bad_url.exit_code == 2 and "not an http(s) feed URL" in bad_url.stderr
    too_often = cw("feeds", "add", "https://b.example/f", "--interval", "1m", "--db", str(db))
    assert too_often.exit_code == 2 and "15 minutes" in too_often.stderr
    assert rows(db, "SELECT count(*) FROM feeds") == [(1,)]


def test_feeds_list_without_a_database_is_an_error(db: Path) -> None:
    result = cw("feeds", "list", "--db", str(db))
    assert result.exit_code == 2 and "no database" in result.stderr and not db.exists()


def test_feeds_disable_enable_remove(db: Path) -> None:
    cw("feeds", "add", "https://a.example/f", "--db", str(db))
    cw("feeds", "add", "https://b.example/f", "--db", str(db))
    with Store(db) as store:
        store.update_feed(2, status="gone", error_count=4, next_due=None, last_error="gone: HTTP 410")
    assert cw("feeds", "disable", "1", "--db", str(db)).exit_code == 0
    assert rows(db, "SELECT enabled FROM feeds WHERE id = 1") == [(0,)]
    assert cw("feeds", "enable", "https://b.example/f", "--db", str(db)).exit_code == 0
    assert rows(db, "SELECT enabled, status, error_count, next_due FROM feeds WHERE id = 2") == [
        (1, "active", 0, None)
    ]
    states = {
        f["id"]: f["state"]
        for f in json.loads(cw("feeds", "list", "--format", "json", "--db", str(db)).stdout)
    }
    assert states == {1: "disabled", 2: "new"}  # enabled again: errors and backoff reset
    removed = cw("feeds", "remove", "https://a.example/f", "--db", str(db))
    assert removed.exit_code == 0 and "removed feed 1" in removed.stdout
    assert rows(db, "SELECT id FROM feeds") == [(2,)]
    unknown = cw("feeds", "remove", "99", "--db", str(db))
    assert unknown.exit_code == 2 and "no feed '99'" in unknown.stderr


def test_removing_a_feed_keeps_its_articles(local_server: LocalServer, db: Path) -> None:
    url = site(local_server)
    cw("feeds", "add", url, "--db", str(db))
    assert cw("run", "--db", str(db), "--allow-private", "--all").exit_code == 0
    assert cw("feeds", "remove", url, "--db", str(db)).exit_code == 0
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(db, "SELECT count(*), count(feed_id) FROM appearances") == [(2, 0)]
    assert rows(db, "SELECT count(*) FROM entries") == [(0,)]
    with Store(db) as store:
        assert store.integrity_check() == []


def test_feeds_import_and_export_round_trip(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "subscriptions.opml"
    path.write_bytes(OPML)
    result = cw("feeds", "import", str(path), "--db", str(db))
    assert result.exit_code == 0 and "imported 3 feeds (3 new)" in result.stdout
    assert rows(db, "SELECT url, name, lang, enabled FROM feeds ORDER BY id") == [
        ("https://news.example.de/ki.rss", "Heise KI", "de", 1),
        ("https://lab.example/feed.xml", "Lab Blog", "en", 1),
        ("https://old.example/rss", "Old", None, 0),
    ]
    again = cw("feeds", "import", "-", "--db", str(db), input=OPML)
    assert again.exit_code == 0 and "(0 new)" in again.stdout
    assert rows(db, "SELECT count(*) FROM feeds") == [(3,)]
    exported = cw("feeds", "export", "--db", str(db))
    assert exported.exit_code == 0
    assert [(f.url, f.name, f.lang, f.enabled) for f in read_opml(exported.stdout_bytes)] == [
        ("https://news.example.de/ki.rss", "Heise KI", "de", True),
        ("https://lab.example/feed.xml", "Lab Blog", "en", True),
        ("https://old.example/rss", "Old", None, False),
    ]


def test_feeds_import_refuses_bad_opml(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.opml"
    path.write_bytes(b'<!DOCTYPE x [<!ENTITY a "b">]><opml><body/></opml>')
    result = cw("feeds", "import", str(path), "--db", str(db))
    assert result.exit_code == 2 and "DOCTYPE" in result.stderr
    assert not db.exists()  # refused before the database is opened (RELIABILITY C1)


# --------------------------------------------------------------------------- run and runs


def test_run_is_quiet_off_a_terminal_and_prints_json_on_request(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", site(local_server), "--db", str(db))
    quiet = cw("run", "--db", str(db), "--allow-private")
    assert quiet.exit_code == 0 and quiet.stdout == "" and quiet.stderr == ""
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    loud = cw("run", "--db", str(db), "--allow-private", "--all", "--json")
    summary = json.loads(loud.stdout)
    assert loud.exit_code == 0 and summary["status"] == "ok" and summary["feeds_not_modified"] == 1
    assert summary["run_id"] == 2 and summary["new_articles"] == 0
    assert rows(db, "SELECT id, status, feeds_checked, feeds_not_modified FROM runs") == [
        (1, "ok", 1, 0),
        (2, "ok", 1, 1),
    ]


def test_run_refuses_private_addresses_unless_allowed(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", site(local_server), "--db", str(db))
    refused = cw("run", "--db", str(db))
    assert refused.exit_code == 2 and local_server.count() == 0
    (line,) = refused.stderr.splitlines()
    assert line.startswith("claimwatch: ") and "not a public address" in line
    assert rows(db, "SELECT error_count FROM feeds") == [(1,)]
    allowed = cw("run", "--db", str(db), "--all", env={"CLAIMWATCH_ALLOW_PRIVATE": "1"})
    assert allowed.exit_code == 0 and rows(db, "SELECT error_count FROM feeds") == [(0,)]


def test_run_partial_failure_exits_1_with_one_line_per_error(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", site(local_server), "--db", str(db))
    cw("feeds", "add", local_server.url("/missing.xml"), "--db", str(db))
    result = cw("run", "--db", str(db), "--allow-private", "--json")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines()] == [
        f"claimwatch: {local_server.url('/missing.xml')}: HTTP 404 Not Found"
    ]
    summary = json.loads(result.stdout)
    assert summary["feeds_failed"] == 1 and summary["errors"][0]["kind"] == "http_404"
    assert rows(db, "SELECT status, feeds_failed FROM runs") == [("partial", 1)]


def test_user_agent_option_and_environment(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", site(local_server), "--db", str(db))
    cw("run", "--db", str(db), "--allow-private", env={"CLAIMWATCH_USER_AGENT": "cw-env/1"})
    cw("run", "--db", str(db), "--allow-private", "--all", "--user-agent", "cw-opt/2")
    agents = [r.headers["user-agent"] for r in local_server.requests("/feed.xml")]
    assert agents == ["cw-env/1", "cw-opt/2"]


def test_verbose_and_log_file(local_server: LocalServer, db: Path, tmp_path: Path) -> None:
    cw("feeds", "add", site(local_server), "--db", str(db))
    log = tmp_path / "cw.log"
    result = cw("run", "--db", str(db), "--allow-private", "-v", "--log-file", str(log))
    assert result.exit_code == 0
    assert "new articles" in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "INFO claimwatch.collect" in text and "run 1 ok" in text
    quiet = cw("run", "--db", str(db), "--allow-private", "--all")
    assert quiet.stderr == ""  # the handlers were removed again


def test_runs_lists_the_runs(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", local_server.url("/missing.xml"), "--db", str(db))
    cw("run", "--db", str(db), "--allow-private")
    listed = json.loads(cw("runs", "--format", "json", "--db", str(db)).stdout)
    assert len(listed) == 1 and listed[0]["status"] == "failed" and listed[0]["error_count"] == 1
    assert listed[0]["errors"][0]["kind"] == "http_404"
    table = cw("runs", "--format", "table", "--db", str(db))
    assert "feeds_checked" in table.stdout and "failed" in table.stdout


def test_bad_database_path_is_usage_error(tmp_path: Path) -> None:
    result = cw("run", "--db", str(tmp_path / "missing-dir" / "cw.db"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_two_concurrent_runs_the_second_exits_3_at_once(local_server: LocalServer, db: Path) -> None:
    cw("feeds", "add", site(local_server, slow_first_s=1.5), "--db", str(db))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimwatch.cli",
            "run",
            "--db",
            str(db),
            "--allow-private",
            "--all",
            *FAST_RUN,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 15
        while local_server.count("/feed.xml") == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert local_server.count("/feed.xml") == 1, first.communicate(timeout=5)
        started = time.monotonic()
        second = cw("run", "--db", str(db), "--allow-private", "--all")
        assert time.monotonic() - started < 1.0
        assert second.exit_code == 3
        assert second.stderr == f"claimwatch: another claimwatch run is in progress (lock {db}.lock)\n"
        waiting = cw("run", "--db", str(db), "--allow-private", "--all", "--wait", "20", "--json")
        assert first.wait(timeout=10) == 0
        assert waiting.exit_code == 0 and json.loads(waiting.stdout)["feeds_not_modified"] == 1
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()
    assert rows(db, "SELECT status FROM runs ORDER BY id") == [
        ("ok",),
        ("ok",),
    ]  # the refused one wrote nothing


# --------------------------------------------------------------------------- schedule


def test_schedule_prints_cron_and_systemd_with_absolute_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cw("schedule", "--db", "rel/cw.db")
    assert result.exit_code == 0
    db = (tmp_path / "rel" / "cw.db").resolve()
    lines = result.stdout.splitlines()
    cron = next(line for line in lines if line.startswith("*/15 * * * * "))
    command = cron.split(" ", 5)[5].split()
    assert Path(command[0]).is_absolute() and command[command.index("--db") + 1] == str(db)
    assert command[command.index("--log-file") + 1] == str(db.with_name("claimwatch.log"))
    assert "[Timer]" in result.stdout and "OnCalendar=*:0/15" in result.stdout
    exec_start = next(line for line in lines if line.startswith("ExecStart="))
    assert exec_start.split("=", 1)[1].split()[0] == command[0]
    assert "Type=oneshot" in result.stdout and "WantedBy=timers.target" in result.stdout


def test_schedule_quotes_awkward_paths() -> None:
    text = schedule_text(
        ["/opt/cw env/bin/claimwatch"], Path("/data/100%/cw.db"), Path("/var/log/cw.log"), 60
    )
    cron = next(line for line in text.splitlines() if line.startswith("0 * * * * "))
    assert "'/opt/cw env/bin/claimwatch'" in cron and "/data/100\\%/cw.db" in cron
    assert 'ExecStart="/opt/cw env/bin/claimwatch" run --db /data/100%%/cw.db' in text
    assert "OnCalendar=hourly" in text
