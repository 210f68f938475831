"""Command-line cases C1-C10 (RELIABILITY.md (b)), plus every command x hostile arguments.

Exit codes (`claimwatch run --help`, `claimwatch schedule`): 0 fine, 1 some inputs or feeds failed, 2 nothing
worked / bad usage / bad configuration, 3 another run holds the lock. A failing command prints one line
starting `claimwatch: ` (or click's `Error: ` for a bad option, after its two-line usage hint) and never a
traceback. claimwatch has no configuration file: its configuration is the command line, CLAIMWATCH_* variables
and the OPML feed list read by `feeds import`, so C1 is tested on that file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from claimwatch.cli import cli as cli_group
from claimwatch.extract import EXTRACTOR_VERSION, extract_claims
from claimwatch.models import Article
from claimwatch.pipeline import ensure_gazetteer
from claimwatch.store import Store
from tests.localserver import LocalServer, NetGuard, Reply, closed_port
from tests.reliability.conftest import (
    cli,
    cli_env,
    count,
    db_problems,
    feed_reply,
    feed_row,
    full_content,
    item,
    one_clear_line,
    q,
    raw_server,
    subscribe,
)

FAST_RUN = ("--allow-private", "--delay", "0", "--timeout", "2")
LOG_LINE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) claimwatch[\w.]*: "
)


def cw(*args: str, env: dict[str, str] | None = None, input: bytes | str | None = None) -> Result:
    """The CLI in-process; an exception escaping a command fails the test with its traceback."""
    return CliRunner().invoke(cli_group, list(args), env=env, input=input, catch_exceptions=False)


def err_line(result: Result) -> str:
    return one_clear_line(result.stderr)


# --------------------------------------------------------------------------- C1-C5


def test_C1_feed_list_file_missing_unreadable_or_invalid(tmp_path: Path, loopback_only: NetGuard) -> None:
    db = tmp_path / "cw.db"
    missing = cw("feeds", "import", str(tmp_path / "missing.opml"), "--db", str(db))
    assert missing.exit_code == 2 and "missing.opml" in err_line(missing)
    bad = tmp_path / "bad.opml"
    bad.write_bytes(
        b'<?xml version="1.0"?>\n<opml version="2.0"><body>\n<outline xmlUrl="https://a.test/f"/>\n</body><oops'
    )
    invalid = cw("feeds", "import", str(bad), "--db", str(db))
    line = err_line(invalid)
    assert invalid.exit_code == 2 and str(bad) in line and "line 4" in line, line
    folder = cw("feeds", "import", str(tmp_path), "--db", str(db))
    assert folder.exit_code == 2 and err_line(folder)
    assert not db.exists() and loopback_only.connects == []  # no database, no network
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        return
    secret = tmp_path / "secret.opml"
    secret.write_bytes(b"<opml><body/></opml>")
    secret.chmod(0o000)
    world = Path(shutil.copytree(tmp_path, Path("/tmp") / f"cw-c1-{os.getpid()}", dirs_exist_ok=True))
    try:
        world.chmod(0o755)
        prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"] if os.geteuid() == 0 else []
        done = subprocess.run([*prefix, sys.executable, "-m", "claimwatch.cli", "feeds", "import", str(world / "secret.opml"),
                               "--db", str(world / "cw.db")], env=cli_env(), capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 2 and "secret.opml" in one_clear_line(done.stderr)
        assert not (world / "cw.db").exists()
    finally:
        shutil.rmtree(world)


@pytest.mark.parametrize(
    "url",
    ["not a url", "example.com/feed", "https://exa mple.com/feed", " ", "", "file:///etc/passwd",
     "ftp://example.com/feed.xml", "javascript:alert(1)", "data:text/xml,<rss/>", "http://"],
)  # fmt: skip
def test_C2_bad_feed_url_rejected_with_the_value(tmp_path: Path, url: str) -> None:
    db = tmp_path / "cw.db"
    added = cw("feeds", "add", url, "--db", str(db))
    assert added.exit_code == 2 and (repr(url) in err_line(added) or repr(url.strip()) in err_line(added))
    if not url:
        return  # in OPML an empty xmlUrl is a folder outline, not a feed
    opml = tmp_path / "one.opml"
    escaped = url.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    opml.write_text(f'<opml version="2.0"><body><outline text="x" xmlUrl="{escaped}"/></body></opml>')
    imported = cw("feeds", "import", str(opml), "--db", str(db))
    assert imported.exit_code == 2 and "not an http(s) URL" in err_line(imported)
    assert not db.exists() or q(db, "SELECT count(*) FROM feeds") == [(0,)]


def test_C3_same_feed_twice_even_after_normalisation_is_one_feed(tmp_path: Path) -> None:
    db = tmp_path / "cw.db"
    first = cw("feeds", "add", "https://Harbour.test/feed.xml", "--db", str(db))
    assert first.exit_code == 0 and first.stdout.startswith("added feed 1")
    for variant in ("https://harbour.test/feed.xml", "HTTPS://HARBOUR.TEST:443/feed.xml#top",
                    "https://harbour.test/feed.xml?utm_source=newsletter&fbclid=x"):  # fmt: skip
        again = cw("feeds", "add", variant, "--db", str(db))
        assert again.exit_code == 0 and again.stdout.startswith("already subscribed: feed 1"), again.stdout
    opml = tmp_path / "dupes.opml"
    opml.write_text(
        '<opml version="2.0"><body><outline text="a" xmlUrl="https://harbour.test/feed.xml?utm_medium=rss"/>'
        '<outline text="b" xmlUrl="https://other.test/rss"/><outline text="c" xmlUrl="https://OTHER.test/rss"/></body></opml>'
    )
    imported = cw("feeds", "import", str(opml), "--db", str(db))
    assert imported.exit_code == 0 and "imported 2 feeds (1 new)" in imported.stdout
    assert sorted(u for (u,) in q(db, "SELECT url FROM feeds")) == [
        "https://Harbour.test/feed.xml",
        "https://other.test/rss",
    ]


@pytest.mark.parametrize("command", [("run", "--all"), ("feeds", "list"), ("feeds", "add", "https://a.test/f"), ("claims",),
                                     ("ingest", "-"), ("runs",), ("models",)], ids=lambda c: "-".join(c))  # fmt: skip
def test_C4_db_in_missing_directory_or_a_directory_clear_error_nothing_created(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "cw.db"
    for target in (missing, tmp_path):
        result = cw(*command, "--db", str(target), input="text")
        assert result.exit_code == 2, result.output
        assert str(target) in err_line(result) or "is a directory" in err_line(result).lower()
    assert not (tmp_path / "no").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_C4_db_without_permission_clear_error(tmp_path: Path, loopback_only: NetGuard) -> None:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv(1): file permissions cannot be enforced")
    world = Path("/tmp") / f"cw-c4-{os.getpid()}"
    world.mkdir()
    try:
        Store(world / "cw.db").close()
        (world / "cw.db").chmod(0o000)
        prefix = ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"] if os.geteuid() == 0 else []
        for command in (["feeds", "list"], ["run", "--all"], ["claims"]):
            done = subprocess.run([*prefix, sys.executable, "-m", "claimwatch.cli", *command, "--db", str(world / "cw.db")],
                                  env=cli_env(), capture_output=True, text=True, timeout=60)  # fmt: skip
            assert done.returncode == 2, done.stderr
            assert str(world / "cw.db") in one_clear_line(done.stderr)
    finally:
        (world / "cw.db").chmod(0o644)
        shutil.rmtree(world)


ABSURD = [
    ("run", "--timeout", "-1"), ("run", "--timeout", "0"), ("run", "--timeout", "1e9"), ("run", "--timeout", "nan"),
    ("run", "--delay", "-5"), ("run", "--delay", "nan"), ("run", "--delay", "inf"), ("run", "--wait", "-1"),
    ("run", "--wait", "nan"), ("runs", "--limit", "0"), ("runs", "--limit", "-3"), ("claims", "--limit", "-1"),
    ("search", "x", "--limit", "0"), ("feeds", "add", "https://a.test/f", "--interval", "0"),
    ("feeds", "add", "https://a.test/f", "--interval", "-5m"), ("feeds", "add", "https://a.test/f", "--interval", "1s"),
    ("feeds", "add", "https://a.test/f", "--interval", "99999d"), ("feeds", "add", "https://a.test/f", "--interval", "nan"),
    ("feeds", "add", "https://a.test/f", "--interval", "inf"), ("check", "--tolerance", "-1"),
    ("models", "--tolerance", "1e9"), ("backfill", "--workers", "0"), ("backfill", "--workers", "100000"),
    ("backfill", "--delay", "-1"), ("schedule", "--every", "0"), ("models", "--tolerance", "nan"),
    ("backfill", "--wait", "nan"), ("backfill", "--delay", "nan"),
]  # fmt: skip


@pytest.mark.parametrize("args", ABSURD, ids=lambda a: " ".join(a))
def test_C5_negative_zero_absurd_numbers_refused_with_bounds(
    tmp_path: Path, template: Path, loopback_only: NetGuard, args: tuple[str, ...]
) -> None:
    db = tmp_path / "cw.db"
    shutil.copy(template, db)  # a database with claims: the commands get as far as the number matters
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.html").write_text(
        "<html><body><p>"
        + " ".join(["Engineers said Llama 3 has 70 billion parameters."] * 4)
        + "</p></body></html>"
    )
    inputs = [str(tmp_path / "pages")] if args[0] == "backfill" else []  # a folder of saved pages
    result = cw(*args, *inputs, "--db", str(db))
    assert result.exit_code == 2, result.output
    err_line(result)
    assert loopback_only.connects == []


def test_C2_C4_undecodable_text_refused_undecodable_paths_used_long_paths_one_line(
    tmp_path: Path, template: Path
) -> None:
    """Undecodable argv bytes (lone surrogates): in free text a usage error naming the value; in a file
    name a valid path, shown with \\xNN. A name over NAME_MAX: one line naming it, exit 2."""
    db = tmp_path / "cw.db"
    shutil.copy(template, db)
    for args in (
        ("search", "caf\udce9"),
        ("claims", "--org", "caf\udce9"),
        ("report", "--out", "r.html", "--title", "\udcff"),
    ):
        refused = cw(*args, "--db", str(db))
        assert refused.exit_code == 2 and "is not valid UTF-8 text" in refused.stderr, refused.output
    out = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.html")
    wrote = cw("report", "--out", out, "--db", str(db))
    assert wrote.exit_code == 0 and wrote.stdout.startswith(f"wrote {tmp_path}/caf\\xe9.html (")
    assert (bytes(tmp_path) + b"/caf\xe9.html") in [bytes(p) for p in tmp_path.iterdir()]
    csv = os.fsdecode(bytes(tmp_path) + b"/epoch-\xff.csv")
    Path(csv).write_text("Model,Parameters\nGPT-3,175000000000\n")
    imported = cw("reference", "import", csv, "--db", str(db))
    assert imported.exit_code == 0 and "as epoch-\\xff.csv:" in imported.stdout, imported.output
    assert q(db, "SELECT DISTINCT dataset FROM reference_models") == [("epoch-\\xff.csv",)]
    assert cw("report", "--out", "", "--db", str(db)).exit_code == 2
    long = tmp_path / ("x" * 300)
    for args in (
        ("claims", "--db", str(long)),
        ("ingest", str(long), "--db", str(db)),
        ("extract", str(long)),
    ):
        result = cw(*args)
        assert result.exit_code == 2 and "File name too long" in err_line(result), result.output


# --------------------------------------------------------------------------- C6-C10


def _cron_site(server: LocalServer, db: Path) -> str:
    title = "Journal de l'IA — 人工智能 🚀"
    server.route("/feed.xml", feed_reply(item("g1", None, title=f"{title} Nº1", content=full_content(1)),
                                         item("g2", server.url("/été/页面.html")), title=title))  # fmt: skip
    with Store(db) as store:
        store.add_feed(server.url("/feed.xml"))  # no name: it learns the feed's own title
    return server.url("/feed.xml")


@pytest.mark.parametrize("locale", [{"LANG": "C", "LC_ALL": "C"}, {}], ids=["LANG=C", "no-locale"])
def test_C6_cron_environment_no_tty_minimal_path_no_home(
    local_server: LocalServer, tmp_path: Path, locale: dict[str, str]
) -> None:
    db = tmp_path / "cw.db"
    _cron_site(local_server, db)
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"), **locale}
    done = cli("run", "--all", *FAST_RUN, "-v", "--db", str(db), env=env)
    assert done.returncode == 1, done.stderr  # the page 404s: "some failed"
    assert "Traceback" not in done.stderr and "UnicodeEncodeError" not in done.stderr
    assert [line for line in done.stderr.splitlines() if line.startswith("claimwatch: ")]
    listed = cli("feeds", "list", "--format", "table", "--db", str(db), env=env)
    assert listed.returncode == 0 and "人工智能" in listed.stdout and "Traceback" not in listed.stderr
    claims = cli("claims", "--format", "table", "--db", str(db), env=env)
    assert claims.returncode == 0 and "Llama 3" in claims.stdout and "Traceback" not in claims.stderr


def test_C7_control_characters_escaped_in_log_lines(tmp_path: Path, loopback_only: NetGuard) -> None:
    db, log = tmp_path / "cw.db", tmp_path / "cw.log"
    evil = (
        b"HTTP/1.1 599 \x1b[2J\x1b[31mEVIL\rWARNING forged\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    with raw_server(evil) as port:
        subscribe(db, f"http://127.0.0.1:{port}/feed.xml")
        result = cw("run", "--all", *FAST_RUN, "-vv", "--log-file", str(log), "--db", str(db))
    assert result.exit_code == 2
    for text in (result.stderr, log.read_text(encoding="utf-8")):
        assert "\x1b" not in text and "\r" not in text
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines and all(LOG_LINE.match(line) for line in lines), lines
    assert any("\\x1b[31mEVIL" in line for line in lines)
    assert "\x1b" not in "".join(str(v) for row in q(db, "SELECT * FROM fetch_log") for v in row)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_C8_dry_run_fetches_and_parses_but_writes_nothing(
    local_server: LocalServer, tmp_path: Path, loopback_only: NetGuard
) -> None:
    """--dry-run lists the feeds a run would fetch now and why, then rehearses the run on a temporary copy
    of the database (real requests, real parsing and extraction) and says what it would add; the database
    keeps its bytes and its runs."""
    db = tmp_path / "cw.db"
    url = _cron_site(local_server, db)
    local_server.route("/bad.xml", Reply(500))
    local_server.route("/later.xml", feed_reply(item("g9", None, content=full_content(9))))
    (bad, later) = subscribe(db, local_server.url("/bad.xml"), local_server.url("/later.xml"))
    assert cw("run", *FAST_RUN, "--db", str(db)).exit_code == 1  # every feed fetched once; /bad.xml failed
    assert local_server.count("/bad.xml") == 1
    with Store(db) as store:  # the failing feed is due again now; the others keep their next check
        store.update_feed(bad, next_due=datetime.now(UTC) - timedelta(minutes=5))
    before, runs = _files(tmp_path), count(db, "runs")
    served, connects = local_server.count(), len(loopback_only.connects)
    plain = cw("run", "--dry-run", *FAST_RUN, "--db", str(db))
    assert plain.exit_code == 0 and plain.stderr == "", plain.output
    lines = plain.stdout.splitlines()
    assert len(lines) == 2 and lines[-1].startswith("dry run: 1 feeds due; rehearsed on a copy: 0 new"), lines
    assert lines[-1].endswith("1 feeds failed; nothing written")
    assert local_server.count("/bad.xml") == 2  # fetched for real by the rehearsal
    assert lines[0].startswith(
        f'would fetch: feed {bad} {local_server.url("/bad.xml")} "feed 0" (next check was due '
    )
    assert lines[0].endswith("; retry after 1 failure (http_500))")
    every = cw("run", "--dry-run", "--all", "--json", *FAST_RUN, "--db", str(db))
    assert every.exit_code == 0
    report = json.loads(every.stdout)
    assert (report["dry_run"], report["feeds_due"], report["feeds_waiting"]) == (True, 3, 0)
    assert [(f["url"], f["action"]) for f in report["feeds"]] == [
        (url, "fetch"), (local_server.url("/bad.xml"), "fetch"), (local_server.url("/later.xml"), "fetch")
    ]  # fmt: skip
    assert report["feeds"][2]["id"] == later and report["feeds"][2]["reason"].startswith(
        "--all: next check otherwise "
    )
    assert report["rehearsal"]["feeds_checked"] == 3 and report["rehearsal"]["feeds_failed"] == 1
    assert local_server.count() > served and len(loopback_only.connects) > connects  # fetched for real
    after = _files(tmp_path)  # every file as it was; a WAL reader's index (-shm) and an empty -wal may appear
    assert {n: after[n] for n in before} == before and set(after) - set(before) <= {"cw.db-shm", "cw.db-wal"}
    assert after.get("cw.db-wal", b"") == b"" and count(db, "runs") == runs


def test_C8_dry_run_on_a_new_database_lists_the_defaults_and_creates_nothing(
    tmp_path: Path, loopback_only: NetGuard
) -> None:
    db = tmp_path / "cw.db"
    result = cw("run", "--dry-run", "--json", "--db", str(db))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["feeds_due"] == len(report["feeds"]) > 0
    assert {f["id"] for f in report["feeds"]} == {None}
    assert all(f["reason"].startswith("bundled default feed") for f in report["feeds"])
    assert list(tmp_path.iterdir()) == [] and loopback_only.connects == []
    for target in (tmp_path / "no" / "cw.db", tmp_path, tmp_path / ("x" * 5000)):
        refused = cw("run", "--dry-run", "--db", str(target))
        assert refused.exit_code == 2 and err_line(refused)
    assert list(tmp_path.iterdir()) == []


def test_C9_exit_codes_documented_and_kept(local_server: LocalServer, tmp_path: Path) -> None:
    helptext = cw("run", "--help").stdout
    assert "0 all fine, 1 some feeds or" in helptext and "3 another run is in progress" in helptext
    local_server.route("/ok.xml", feed_reply(item("g1", None, content=full_content(1))))
    local_server.route("/bad.xml", Reply(500))
    fine, partial, failed, locked = (tmp_path / f"{n}.db" for n in ("fine", "partial", "failed", "locked"))
    subscribe(fine, local_server.url("/ok.xml"))
    subscribe(partial, local_server.url("/ok.xml"), local_server.url("/bad.xml"))
    subscribe(failed, local_server.url("/bad.xml"), f"http://127.0.0.1:{closed_port()}/x.xml")
    subscribe(locked, local_server.url("/ok.xml"))
    assert cw("run", "--all", *FAST_RUN, "--db", str(fine)).exit_code == 0
    assert cw("run", "--all", *FAST_RUN, "--db", str(partial)).exit_code == 1
    assert cw("run", "--all", *FAST_RUN, "--db", str(failed)).exit_code == 2
    assert cw("run", "--no-such-option", "--db", str(fine)).exit_code == 2
    with Store.lock(locked):
        held = cw("run", "--all", *FAST_RUN, "--db", str(locked))
    assert held.exit_code == 3 and "another claimwatch run is in progress" in err_line(held)
    assert cw("run", "--all", *FAST_RUN, "--db", str(locked)).exit_code == 0


def test_C10_reenable_disabled_feed_resets_backoff(local_server: LocalServer, tmp_path: Path) -> None:
    db = tmp_path / "cw.db"
    local_server.route("/feed.xml", Reply(500))
    (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
    for _ in range(3):
        cw("run", "--all", *FAST_RUN, "--db", str(db))
    assert feed_row(db, feed_id)["error_count"] == 3
    assert cw("feeds", "disable", str(feed_id), "--db", str(db)).exit_code == 0
    cw("run", "--all", *FAST_RUN, "--db", str(db))
    assert local_server.count("/feed.xml") == 3  # a disabled feed is not fetched, even by --all
    local_server.route("/feed.xml", feed_reply(item("g1", None, content=full_content(1))))
    enabled = cw("feeds", "enable", local_server.url("/feed.xml"), "--db", str(db))
    assert enabled.exit_code == 0 and enabled.stdout.startswith(f"enabled feed {feed_id}")
    row = feed_row(db, feed_id)
    assert (row["enabled"], row["status"], row["error_count"], row["next_due"]) == (1, "active", 0, None)
    assert cw("run", *FAST_RUN, "--db", str(db)).exit_code == 0  # due at once, without --all
    assert local_server.count("/feed.xml") == 4 and count(db, "articles") == 1
    assert "ok" in cw("feeds", "list", "--format", "csv", "--db", str(db)).stdout


# --------------------------------------------------------------------------- every command x hostile arguments


def leaf_commands() -> list[tuple[tuple[str, ...], click.Command]]:
    def walk(group: click.Group, prefix: tuple[str, ...]) -> Any:
        for name, command in sorted(group.commands.items()):
            if isinstance(command, click.Group):
                yield from walk(command, (*prefix, name))
            else:
                yield (*prefix, name), command

    return list(walk(cli_group, ()))


HOSTILE = {
    "empty": "",
    "blank": "  ",
    "huge": "x" * 5000,
    "traversal": "../../../../etc/passwd",
    "sql": "'; DROP TABLE claims; --",
    "ansi": "\x1b[31mred\x1b[0m\nforged line",
    "unicode": "名前🚀\u202egnp.exe",
    "negative": "-1",
    "nan": "nan",
    "bigint": "9" * 30,
    "metadata_url": "http://169.254.169.254/latest/meta-data/",
    "format": "%s%n{0}%(x)s",
    "surrogate": "\udce9t\udcc3",
}
# Bugs the matrix found, while they are open: (command, parameter, value) -> reason (an xfail(strict=True)
# each). None is open: undecodable bytes in text arguments, over-long --db and input paths, `report --out ''`
# and `--wait nan` were fixed.
MATRIX_BUGS: dict[tuple[str, str, str], str] = {}
VALUES_FOR = {  # a choice refuses anything not listed, a number anything not a number: fewer values suffice
    "choice": ("empty", "ansi", "surrogate"),
    "number": ("empty", "negative", "nan", "bigint", "surrogate"),
    "path": ("empty", "huge", "traversal", "ansi", "metadata_url", "surrogate"),
    "text": ("empty", "huge", "traversal", "sql", "ansi", "unicode", "negative", "bigint", "metadata_url", "format",
             "surrogate"),
}  # fmt: skip


def _values(param: click.Parameter) -> tuple[str, ...]:
    if isinstance(param.type, click.Choice):
        return VALUES_FOR["choice"]
    if isinstance(param.type, click.types._NumberParamTypeBase):
        return VALUES_FOR["number"]
    if isinstance(param.type, click.Path | click.File):
        return VALUES_FOR["path"]
    return VALUES_FOR["text"]


def _benign(name: str, sandbox: Path) -> str:
    files = {
        "inputs": "article.txt",
        "file": "epoch.csv",
        "opml": "feeds.opml",
        "folder": "shards",
        "out": "report.html",
    }
    if name in files:
        return str(sandbox / files[name])
    return {"name": "Kodiak Prime", "model": "gpt-4", "source": "gpt-4", "target": "gpt-4", "url": "https://harbour.test/feed.xml",
            "feed": "1", "query": "parameters", "article": "1"}.get(name, "x")  # fmt: skip


def _build(
    path: tuple[str, ...],
    command: click.Command,
    target: click.Parameter,
    value: str,
    sandbox: Path,
    db: Path,
) -> list[str]:
    positional, options = [], []
    for param in command.params:
        if param.name == "help":
            continue
        if isinstance(param, click.Argument):
            if param is target:
                positional.append(value)
            elif param.required or param.name == "inputs":
                positional.append(_benign(str(param.name), sandbox))
        elif param is target:
            options += [param.opts[0], value]
        elif param.required:
            options += [param.opts[0], _benign(str(param.name), sandbox)]
    if target.name != "db_path" and any(p.name == "db_path" for p in command.params):
        options += ["--db", str(db)]
    return [*path, *positional, *options]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("template") / "cw.db"
    with Store(db) as store:
        ensure_gazetteer(store)
        for n, site in enumerate(("alpha.test", "bravo.test")):
            text = f"Dispatch {n} from {site}: engineers said GPT-4 has 1.8 trillion parameters, the report says."
            url = f"https://{site}/story-{n}"
            article = Article(
                url=url, canonical_url=url, site=site, title=f"Story {n}", text=text, source=url
            )
            store.save_article(article, extract_claims(text, "en"), extractor_version=EXTRACTOR_VERSION)
        store.add_feed(f"http://127.0.0.1:{closed_port()}/feed.xml", name="Harbour Desk")
        store.start_run()
        store.finish_run(1, status="ok")
        store.checkpoint()
    return db


def _schema(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def _targets(command: click.Command) -> list[click.Parameter]:
    """The parameters a value can be given to: arguments and non-flag options."""
    return [
        p for p in command.params
        if p.name != "help" and not getattr(p, "is_flag", False) and not getattr(p, "count", False)
    ]  # fmt: skip


COMMANDS = dict(leaf_commands())


def _matrix() -> list[Any]:
    cases = []
    for path, command in leaf_commands():
        name = " ".join(path)
        for target in _targets(command):
            for value in _values(target):
                bug = MATRIX_BUGS.get((name, str(target.name), value))
                marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
                cases.append(
                    pytest.param(
                        path, str(target.name), value, marks=marks, id=f"{name}-{target.name}-{value}"
                    )
                )
    return cases


def test_C2_C4_C5_matrix_bug_list_is_current() -> None:
    """Every known-bug entry names a case the matrix really runs (a stale entry would hide nothing)."""
    ids = {c.id for c in _matrix()}
    assert all(f"{c}-{p}-{v}" in ids for c, p, v in MATRIX_BUGS)


@pytest.fixture(scope="module")
def sandboxes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One directory per matrix case under a module-wide root (cheaper than a tmp_path each)."""
    yield tmp_path_factory.mktemp("matrix")


@pytest.mark.parametrize(("path", "param", "value"), _matrix())
def test_C2_C4_C5_every_command_with_hostile_arguments(
    path: tuple[str, ...], param: str, value: str, sandboxes: Path, template: Path, loopback_only: NetGuard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """One argument or option of one command gets a hostile value: the command exits 0, 1 or 2, a failure
    is one clear line, no traceback, no raw escape on stderr, the schema is untouched (no value became an
    SQL identifier) and no file appears that the arguments did not name (no value became a path)."""
    command = COMMANDS[path]
    target = next(p for p in command.params if p.name == param)
    tmp_path = sandboxes / f"{'-'.join(path)}-{param}-{value}"
    sandbox = tmp_path / "a" / "b"
    sandbox.mkdir(parents=True)
    (sandbox / "article.txt").write_text(
        "Engineers said Llama 3 has 70 billion parameters, the team confirmed."
    )
    (sandbox / "epoch.csv").write_text("Model,Parameters\nGPT-3,175000000000\n")
    (sandbox / "feeds.opml").write_text(
        '<opml version="2.0"><body><outline xmlUrl="https://harbour.test/f"/></body></opml>'
    )
    (sandbox / "shards").mkdir()
    db = sandbox / "cw.db"
    shutil.copy(template, db)
    schema = _schema(db)
    monkeypatch.chdir(sandbox)
    env = {"CLAIMWATCH_DB": str(db), "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    is_path = isinstance(target.type, click.Path | click.File)
    # a path parameter is a path by design (it may be written to): keep traversal inside the sandbox
    hostile = "../../escaped.db" if is_path and value == "traversal" else HOSTILE[value]
    args = _build(path, command, target, hostile, sandbox, db)
    if param == "db_path" and hostile:
        with contextlib.suppress(OSError):  # a database that has run before: `run` seeds no default feeds
            if not (sandbox / hostile).exists():
                shutil.copy(template, sandbox / hostile)
    before = set(tmp_path.rglob("*"))
    if path == ("serve",):  # it would serve until stopped: everything runs but the server loop
        monkeypatch.setattr("uvicorn.run", lambda *args, **kwargs: None)
    try:
        result = CliRunner().invoke(cli_group, args, env=env, input="", catch_exceptions=False)
    except Exception as e:  # a traceback: reported in one line (formatting pytest's would cost 0.2 s a case)
        pytest.fail(f"{' '.join(path)} {param}={value}: {type(e).__name__}: {str(e)[:300]}", pytrace=False)
    where = f"{' '.join(path)} {param}={value}: exit {result.exit_code}\n{result.output[-600:]}"
    assert result.exit_code in (0, 1, 2), where
    assert "Traceback" not in result.output, where
    assert "\x1b" not in result.stderr, where
    if result.exit_code:
        assert any(line.startswith(("claimwatch: ", "Error: ")) for line in result.stderr.splitlines()), where
    if db.exists() and db.stat().st_size:
        assert _schema(db) == schema, where
        assert db_problems(db) == [], where
    named = {(sandbox / a).resolve() for a in args if a and len(a) < 1000}
    for new in set(tmp_path.rglob("*")) - before:
        ok = (
            new.resolve() in named
            or new.name.startswith("cw.db")
            or any(n in new.resolve().parents for n in named)
        )
        assert ok or is_path, f"{where}\nunexpected file {new}"
