"""Storage and concurrency cases S1-S18 (RELIABILITY.md (b)) against real SQLite files, with the real CLI
in subprocesses where a case is about processes (locks, signals, disk full, permissions).

Exit codes of `claimwatch run` (documented in its --help and in `claimwatch schedule`): 0 fine, 1 some
feeds failed, 2 nothing worked / bad usage / database problem, 3 another run holds the lock. RELIABILITY.md
suggests 75 for "locked"; claimwatch uses 3 (documented), which is what these tests pin.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from claimwatch import schedule
from claimwatch.collect import run_once
from claimwatch.errors import LockedError, StorageError
from claimwatch.extract import EXTRACTOR_VERSION
from claimwatch.models import Article, Claim
from claimwatch.store import MIGRATIONS, Store
from tests.localserver import LocalServer, Reply, Request
from tests.reliability.conftest import (
    RSS,
    cli,
    cli_env,
    content_counts,
    count,
    db_problems,
    feed_reply,
    feed_row,
    full_content,
    item,
    one_clear_line,
    options,
    q,
    run,
    subscribe,
)

RUN = ("run", "--all", "--allow-private", "--delay", "0", "--timeout", "5")


def digest(path: Path) -> str:
    """Hash of a database file and its -wal (what "writes nothing" must leave unchanged)."""
    h = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    h.update(wal.read_bytes() if wal.exists() else b"")
    return h.hexdigest()


def site(server: LocalServer, feeds: int = 3, per_feed: int = 3, slow: str | None = None) -> list[str]:
    """`feeds` feeds of `per_feed` full-content entries each; `slow` delays that feed's first answer by 3 s."""
    urls = []
    for f in range(feeds):
        entries = [item(f"f{f}-{n}", None, content=full_content(10 * f + n)) for n in range(per_feed)]
        reply = feed_reply(*entries, title=f"Desk {f}")
        if slow == f"/f{f}.xml":
            reply = _slow_once(reply)
        server.route(f"/f{f}.xml", reply)
        urls.append(server.url(f"/f{f}.xml"))
    return urls


def _slow_once(reply: Reply) -> Callable[[Request], Reply]:
    answers = iter([replace(reply, delay_s=3.0)])
    return lambda request: next(answers, reply)


def prepared(db: Path, urls: list[str]) -> Path:
    subscribe(db, *urls)
    with Store(db) as store:
        store.start_run()  # a database that has run before: no default feeds are seeded
        store.finish_run(1, status="ok")
        store.checkpoint()
    return db


def wait_for(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def articles_all_or_nothing(db: Path) -> None:
    """Every feed's entries are all there or none are: a feed is one transaction."""
    per_feed = dict(q(db, "SELECT feed_id, count(*) FROM entries GROUP BY feed_id"))
    assert set(per_feed.values()) <= {3}, per_feed
    assert q(
        db,
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)",
    ) == [(0,)]


# --------------------------------------------------------------------------- S1-S4: processes and locks


def test_S1_second_run_exits_at_once_writes_nothing(local_server: LocalServer, db: Path) -> None:
    db = prepared(db, site(local_server))
    before = digest(db)
    with Store.lock(db):
        started = time.monotonic()
        second = cli(*RUN, "--db", str(db))
        assert time.monotonic() - started < 10
    assert second.returncode == 3
    assert "another claimwatch run is in progress" in one_clear_line(second.stderr)
    assert digest(db) == before and local_server.count() == 0
    # the real thing: two processes, the first still busy with a slow feed
    local_server.route("/slow.xml", Reply(body=feed_reply().body, headers=RSS, delay_s=1.2))
    subscribe(db, local_server.url("/slow.xml"))
    first = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", *RUN, "--db", str(db)], env=cli_env(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        wait_for(lambda: local_server.count("/slow.xml") == 1)
        racer = cli(*RUN, "--db", str(db))
        assert racer.returncode == 3, racer.stderr
    finally:
        assert first.wait(timeout=30) == 0
        assert first.stderr is not None
        first.stderr.close()


def test_S2_lock_of_a_killed_run_is_free_no_cleanup(local_server: LocalServer, db: Path) -> None:
    db = prepared(db, site(local_server, feeds=1))
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from claimwatch.store import Store\n"
         "with Store.lock(sys.argv[1]):\n    print('locked', flush=True); time.sleep(60)", str(db)],
        env=cli_env(), stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    with pytest.raises(LockedError), Store.lock(db):
        pass
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)
    holder.stdout.close()
    assert Path(f"{db}.lock").exists()  # the file stays; the kernel dropped the lock with the process
    again = cli(*RUN, "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert count(db, "articles") == 3


def test_S3_sigkill_mid_write_leaves_whole_feeds_only(local_server: LocalServer, tmp_path: Path) -> None:
    """A few of tests/test_crash.py's kill-and-rerun iterations (that file runs 200 under -m slow): the
    real CLI is SIGKILLed at a random moment; afterwards integrity_check and foreign_key_check pass, every
    article has all of its claims or none, nothing is stored twice, and a rerun completes the work."""
    from tests.test_crash import kill_and_rerun

    for seed in (7,):
        kill_and_rerun(local_server, tmp_path, seed)


def _ctrl_c_reaches() -> None:
    """Ctrl-C reaches a process in the foreground: a test suite started in the background of a non-interactive
    shell ('./.ci/run &') hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_S4_sigterm_or_ctrl_c_mid_run_then_resume(
    local_server: LocalServer, db: Path, sig: signal.Signals
) -> None:
    db = prepared(db, site(local_server, feeds=4, slow="/f3.xml"))
    victim = subprocess.Popen([sys.executable, "-m", "claimwatch.cli", *RUN, "--db", str(db)], env=cli_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              preexec_fn=_ctrl_c_reaches)  # fmt: skip
    wait_for(lambda: local_server.count("/f3.xml") == 1)
    wait_for(
        lambda: q(db, "SELECT count(*) FROM fetch_log WHERE run_id = (SELECT max(id) FROM runs)") == [(3,)]
    )
    victim.send_signal(sig)
    code = victim.wait(timeout=20)
    assert victim.stderr is not None
    stderr = victim.stderr.read()
    victim.stderr.close()
    assert code != 0 and "Traceback" not in stderr
    if sig == signal.SIGINT:
        assert code == 2 and "interrupted" in one_clear_line(stderr)
        assert q(db, "SELECT status FROM runs ORDER BY id DESC LIMIT 1") == [("interrupted",)]
    with Store.lock(db):  # released
        pass
    assert db_problems(db) == []
    articles_all_or_nothing(db)
    again = cli(*RUN, "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert count(db, "articles") == 12 and q(db, "SELECT count(*) FROM runs WHERE status = 'running'") == [
        (0,)
    ]


# --------------------------------------------------------------------------- S5-S7: other connections


def test_S5_write_lock_held_elsewhere_fails_that_feed_after_bounded_retries(
    local_server: LocalServer, db: Path
) -> None:
    prepared(db, [])
    holder: list[sqlite3.Connection] = []

    def grab_the_lock(request: Request) -> Reply:
        conn = sqlite3.connect(db, timeout=0, check_same_thread=False, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")  # like `sqlite-utils` or Datasette writing for a long time
        holder.append(conn)
        threading.Timer(3.0, lambda: (conn.execute("ROLLBACK"), conn.close())).start()
        return feed_reply(
            item("a1", None, content=full_content(1)), item("a2", None, content=full_content(2))
        )

    local_server.route("/locked.xml", grab_the_lock)
    local_server.route(
        "/later.xml",
        Reply(body=feed_reply(item("b1", None, content=full_content(3))).body, headers=RSS, delay_s=3.6),
    )
    _, later = subscribe(db, local_server.url("/locked.xml"), local_server.url("/later.xml"))
    opts = options(read_timeout_s=6.0, deadline_s=8.0)
    started = time.monotonic()
    with Store.lock(db), Store(db, busy_timeout=0.1) as store:
        summary = run_once(store, opts)
    assert time.monotonic() - started < 10
    assert [(e.url, e.kind) for e in summary.errors] == [(local_server.url("/locked.xml"), "storage")]
    assert "locked by another process" in summary.errors[0].message
    assert q(db, "SELECT feed_id, count(*) FROM entries GROUP BY feed_id") == [
        (later, 1)
    ]  # none of the locked feed's
    assert feed_row(db, later)["last_ok"] and holder


def test_S6_long_reader_does_not_block_writer_wal_checkpointed_after(
    local_server: LocalServer, db: Path
) -> None:
    db = prepared(db, site(local_server))
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # holds a read snapshot
    started = time.monotonic()
    summary = run(db)
    assert time.monotonic() - started < 10 and summary.exit_code == 0
    assert reader.execute("SELECT count(*) FROM articles").fetchone() == (0,)  # its snapshot is intact
    reader.execute("COMMIT")
    reader.close()
    assert count(db, "articles") == 9
    with Store(db) as store:
        store.checkpoint()
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_S7_read_then_write_never_hits_busy_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "s7.db"
    Store(db).close()
    # the hazard, with plain deferred transactions: a read snapshot cannot be upgraded after another commit
    a, b = (
        sqlite3.connect(db, isolation_level=None, timeout=2),
        sqlite3.connect(db, isolation_level=None, timeout=2),
    )
    a.execute("BEGIN")
    a.execute("SELECT count(*) FROM feeds").fetchone()
    b.execute("INSERT INTO feeds (url, added_at) VALUES ('https://x.test/f', 'now')")
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        a.execute("INSERT INTO feeds (url, added_at) VALUES ('https://y.test/f', 'now')")
    a.execute("ROLLBACK")
    a.close(), b.close()
    # the store: BEGIN IMMEDIATE takes the write lock before reading, so the other writer waits instead
    events: list[str] = []
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with Store(db) as second:  # a connection is used in the thread that made it
                events.append("second writing")
                second.add_feed("https://z.test/f")
                events.append("second committed")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    with Store(db) as first, first.transaction():
        n = first.list_feeds()  # read ...
        thread = threading.Thread(target=writer)
        thread.start()
        wait_for(lambda: events == ["second writing"])
        time.sleep(0.3)  # the other writer is now waiting for the lock
        first.add_feed(f"https://w.test/{len(n)}")  # ... then write: no SQLITE_BUSY_SNAPSHOT possible
        events.append("first committing")
    thread.join(timeout=10)
    assert errors == []
    assert events == ["second writing", "first committing", "second committed"]
    assert q(db, "SELECT count(*) FROM feeds") == [(3,)]


# --------------------------------------------------------------------------- S8-S13: files


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("unshare") is None,
    reason="needs root and unshare(1) for a private tmpfs",
)
def test_S8_disk_full_rolls_back_clear_error_db_sound(local_server: LocalServer, tmp_path: Path) -> None:
    """A real ENOSPC: the database lives on a 160 KiB-roomy tmpfs mounted in a private mount namespace
    (`unshare -m`), so SQLite gets SQLITE_FULL part-way through the run."""
    src, mnt, out = (tmp_path / name for name in ("src", "mnt", "out"))
    for folder in (src, mnt, out):
        folder.mkdir()
    urls = []
    for f in range(8):
        entries = [
            item(f"f{f}-{n}", None, content=full_content(10 * f + n) + "<p>" + "filler words " * 300 + "</p>")
            for n in range(3)
        ]
        local_server.route(f"/f{f}.xml", feed_reply(*entries))
        urls.append(local_server.url(f"/f{f}.xml"))
    db = prepared(src / "cw.db", urls)
    room = db.stat().st_size + 160 * 1024
    command = " ".join([sys.executable, "-m", "claimwatch.cli", *RUN, "--db", f"{mnt}/cw.db"])
    script = f"mount -t tmpfs -o size={room} tmpfs {mnt} && cp {db} {mnt}/ && {command}; rc=$?; cp {mnt}/cw.db* {out}/; exit $rc"
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                          env=cli_env(), capture_output=True, text=True, timeout=120)  # fmt: skip
    if "mount" in done.stderr and "permission denied" in done.stderr.lower():
        pytest.skip("cannot mount a tmpfs here")
    assert done.returncode == 2, done.stderr
    assert "database or disk is full" in one_clear_line(done.stderr)
    full = out / "cw.db"
    assert db_problems(full) == []
    with Store(full) as store:
        assert store.quick_check() == []
    articles_all_or_nothing(full)
    assert 0 < count(full, "entries") < 24 or count(full, "entries") == 0
    again = cli(*RUN, "--db", str(full))  # on a disk with room, the next run completes the work
    assert again.returncode == 0, again.stderr
    assert count(full, "entries") == 24


def unprivileged() -> list[str]:
    """A command prefix that drops root's capabilities, so file permissions apply (we may run as root)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv(1): file permissions cannot be enforced")
    return ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--"]


@pytest.fixture
def world_dir() -> Iterator[Path]:
    """A scratch directory outside pytest's 0700 tmp tree (chmod needs to bite on it)."""
    folder = Path(tempfile.mkdtemp(prefix="cw-ro-"))
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        shutil.rmtree(folder)


@pytest.mark.parametrize("what", ["file", "directory"])
def test_S9_read_only_db_or_directory_clear_error_nothing_fetched(
    local_server: LocalServer, world_dir: Path, what: str
) -> None:
    db = prepared(world_dir / "cw.db", site(local_server, feeds=1))
    if what == "file":
        db.chmod(0o444)
    else:
        world_dir.chmod(0o555)
    done = subprocess.run([*unprivileged(), sys.executable, "-m", "claimwatch.cli", *RUN, "--db", str(db)],
                          env=cli_env(), capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 2, done.stderr
    line = one_clear_line(done.stderr)
    assert str(world_dir) in line and ("read-only" in line or "cannot" in line or "unable" in line), line
    assert local_server.count() == 0  # nothing fetched before the check


@pytest.mark.skip(reason="needs an NFS/SMB mount, which this environment cannot provide; claimwatch has no "
                  "network-file-system check either (gap, reported)")  # fmt: skip
def test_S10_network_file_system_warned_or_refused() -> None:
    raise AssertionError("unreachable")


@pytest.mark.corrupts_db
@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 50, b"SQLite format 3\x00" + b"\xff" * 4000],
                         ids=["text", "bad_header"])  # fmt: skip
def test_S11_not_a_database_clear_error_file_never_replaced(
    local_server: LocalServer, tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "cw.db"
    db.write_bytes(content)
    done = cli(*RUN, "--db", str(db))
    assert done.returncode == 2
    assert str(db) in one_clear_line(done.stderr)
    assert db.read_bytes() == content and local_server.count() == 0
    assert sorted(p.name for p in tmp_path.iterdir()) in (["cw.db"], ["cw.db", "cw.db.lock"])


@pytest.mark.corrupts_db
def test_S12_failing_quick_check_stops_before_writing_file_kept(local_server: LocalServer, db: Path) -> None:
    urls = site(local_server, feeds=1)
    prepared(db, urls)
    with Store(db) as store:  # enough rows for several b-tree pages
        for i in range(300):
            store.record_entry(1, f"guid-{i}-" + "x" * 200, None)
        store.checkpoint()
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(3 * page_size, len(data) - page_size, page_size):
        data[offset : offset + 8] = b"\xff" * 8  # clobber b-tree page headers
    db.write_bytes(bytes(data))
    done = cli(*RUN, "--db", str(db))
    assert done.returncode == 2 and "quick_check" in one_clear_line(done.stderr)
    assert db.read_bytes() == bytes(data) and local_server.count() == 0


def test_S13_interrupted_or_failed_migration_leaves_old_schema(tmp_path: Path) -> None:
    db = tmp_path / "s13.db"
    Store(db).close()
    version = len(MIGRATIONS)

    def broken(database: object) -> None:
        database.executescript("CREATE TABLE half_done (x INTEGER); INSERT INTO half_done VALUES (1);")  # type: ignore[attr-defined]
        raise RuntimeError("disk pulled half-way")

    with pytest.raises((StorageError, RuntimeError)):
        Store(db, migrations=[*MIGRATIONS, ("m999_broken", broken)])
    assert q(db, "PRAGMA user_version") == [(version,)]
    assert q(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == [(0,)]
    # and killed mid-migration: a subprocess creates a table, then is SIGKILLed before the commit
    script = (
        "import sys, time\nfrom claimwatch.store import MIGRATIONS, Store\n"
        "def slow(db):\n    db.execute('CREATE TABLE half_done (x INTEGER)')\n    print('migrating', flush=True)\n    time.sleep(60)\n"
        "Store(sys.argv[1], migrations=[*MIGRATIONS, ('m999_slow', slow)])\n"
    )
    victim = subprocess.Popen(
        [sys.executable, "-c", script, str(db)], env=cli_env(), stdout=subprocess.PIPE, text=True
    )
    assert victim.stdout is not None and victim.stdout.readline().strip() == "migrating"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    victim.stdout.close()
    with Store(db) as store:
        assert store.schema_version() == version
    assert q(db, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == [(0,)]
    assert [n for (n,) in q(db, "SELECT name FROM migrations ORDER BY rowid")] == [
        name for name, _ in MIGRATIONS
    ]


# --------------------------------------------------------------------------- S14-S18: writes and time


def test_S14_identical_refetch_adds_zero_rows(local_server: LocalServer, db: Path) -> None:
    items = [item(f"g{n}", None, content=full_content(n)) for n in range(3)]
    local_server.route("/feed.xml", feed_reply(*items))
    subscribe(db, local_server.url("/feed.xml"))
    run(db)
    before = content_counts(db)
    assert run(db).feeds_not_modified == 1
    local_server.route(
        "/feed.xml", feed_reply(*items, extra="<lastBuildDate>Tue, 04 Jun 2024 10:00:00 GMT</lastBuildDate>")
    )
    second = run(db)  # a different body with the same entries: parsed again, upserted, nothing new
    assert second.feeds_not_modified == 0 and second.total("articles_new") == 0
    assert content_counts(db) == before


def test_S15_batch_failing_at_row_700_stores_none_of_1000(tmp_path: Path) -> None:
    db = tmp_path / "s15.db"
    good = Claim(model="Llama 3", model_id="llama-3", params=70_000_000_000, evidence="x", start=0, end=1)
    bad = Claim.model_construct(**{**good.model_dump(), "params": 0})  # violates CHECK (params > 0)
    batch = [
        (Article(text=f"Article number {n}.", source=f"s{n}"), [bad if n == 700 else good])
        for n in range(1000)
    ]
    with Store(db) as store, pytest.raises(StorageError):
        store.save_many(batch, extractor_version=EXTRACTOR_VERSION)
    assert q(db, "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)") == [(0, 0)]


def test_S16_failed_write_leaves_a_clean_transaction_state(tmp_path: Path) -> None:
    db = tmp_path / "s16.db"
    bad = Claim.model_construct(model="X", model_id="x", params=-1, evidence="e", start=0, end=1, scope="total",
                                status="reported", approx=False, attributed_to=None, org=None, params_high=None,
                                lang="en", extractor_version="")  # fmt: skip
    with Store(db) as store:
        with pytest.raises(StorageError):
            store.save_article(Article(text="t", source="s"), [bad], extractor_version="v")
        with pytest.raises(StorageError):
            store.update_feed(9999, name="no such feed")
        store.add_feed("https://after.test/feed")  # must be committed, not swallowed by a phantom transaction
    assert q(db, "SELECT url FROM feeds") == [("https://after.test/feed",)]
    assert q(db, "SELECT count(*) FROM articles") == [(0,)]


def test_S17_backup_api_copy_during_a_run_is_consistent(
    local_server: LocalServer, db: Path, tmp_path: Path
) -> None:
    """claimwatch has no backup command; the documented way (docs/reliability.md) is SQLite's backup API
    (`sqlite3 cw.db ".backup copy.db"`, or `VACUUM INTO`), never a plain copy of the .db without its -wal."""
    urls = site(local_server, feeds=6)
    for n, url in enumerate(urls):  # slow the feeds down a little so the run overlaps the backups
        path = url.rsplit("/", 1)[1]
        local_server.route(f"/{path}", Reply(body=feed_reply(*(item(f"k{n}-{m}", None, content=full_content(50 + 3 * n + m)) for m in range(3))).body,
                                             headers=RSS, delay_s=0.1 * n))  # fmt: skip
    prepared(db, urls)
    runner = threading.Thread(target=lambda: run(db))
    runner.start()
    copies = []
    while runner.is_alive() or not copies:
        target = tmp_path / f"backup-{len(copies)}.db"
        source = sqlite3.connect(db)
        with sqlite3.connect(target) as dest:
            source.backup(dest)
        source.close()
        copies.append(target)
        time.sleep(0.05)
    runner.join()
    for copy in copies:
        assert db_problems(copy) == []
        articles_all_or_nothing(copy)
    vacuumed = tmp_path / "vacuum-into.db"
    with sqlite3.connect(db) as conn:
        conn.execute("VACUUM INTO ?", (str(vacuumed),))
    assert q(vacuumed, "SELECT count(*) FROM articles") == [(18,)]


def test_S18_clock_backwards_or_odd_tz_times_stay_utc_backoff_ends(
    local_server: LocalServer, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    try:
        local_server.route("/feed.xml", Reply(500))
        (feed_id,) = subscribe(db, local_server.url("/feed.xml"))
        t0 = datetime(2031, 3, 1, 12, tzinfo=UTC)
        run(db, clock=lambda: t0)
        first_due = datetime.fromisoformat(feed_row(db, feed_id)["next_due"])
        back = t0 - timedelta(days=3)  # NTP steps the clock back three days
        run(db, clock=lambda: back)
        row = feed_row(db, feed_id)
        second_due = datetime.fromisoformat(row["next_due"])
        assert row["error_count"] == 2 and back < second_due < first_due  # computed from the clock it saw
        later = back + timedelta(hours=3)
        assert [f["id"] for f in schedule.select_feeds([row], later).due] == [feed_id]  # due again: it ends
        stamps = [v for table in ("feeds", "runs", "fetch_log") for r in q(db, f"SELECT * FROM {table}") for v in r
                  if isinstance(v, str) and v[:2] == "20" and "T" in v]  # fmt: skip
        assert stamps and all(s.endswith("+00:00") for s in stamps), stamps
        ids = [i for (i,) in q(db, "SELECT id FROM runs ORDER BY started")]
        assert sorted(ids) == [i for (i,) in q(db, "SELECT id FROM runs ORDER BY id")] and len(ids) == 2
    finally:
        monkeypatch.undo()
        time.tzset()


def test_S18_random_clock_walk_backoff_always_finite() -> None:
    rng = random.Random(5)
    now = datetime(2030, 1, 1, tzinfo=UTC)
    for failures in range(1, 400):
        now += timedelta(seconds=rng.uniform(-7 * 86400, 7 * 86400))
        due = schedule.next_after_failure(now, failures, rng.choice([None, 1e12, -5.0, 60.0]), rng)
        assert now < due <= now + timedelta(days=7)
