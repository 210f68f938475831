"""Collection commands: `run`, `runs`, `feeds ...`, `schedule`. Thin: parse, open, one library call, render.

Exit codes of `claimwatch run`: 0 all fine, 1 some feeds or pages failed, 2 nothing worked, bad usage or a
database problem, 3 another run holds the lock (`--wait SECONDS` waits for it instead).

This module imports `claimwatch.cli` only inside functions: `python -m claimwatch.cli` runs that module as
`__main__`, and a module-level import from here would import it a second time half-way through.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from claimwatch.cli_options import DB_OPTION, FORMAT_OPTION, FiniteRange
from claimwatch.output import default_format, render

EXIT_LOCKED = 3
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")


def _header_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An HTTP header value must be printable ASCII (httpx would die on anything else, mid-run)."""
    if value is not None and (not value.isascii() or _CONTROL.search(value)):
        raise click.BadParameter(f"{value!r} is not printable ASCII", ctx, param)
    return value


class _SafeFormatter(logging.Formatter):
    """Log lines stay one line each (RELIABILITY C7): control characters in a message (ANSI escapes or a
    newline from a server's reason phrase, a title, a URL) are written as \\xNN, and URL credentials
    (X6) as nothing. Tracebacks, which logging appends after the message, keep their lines."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        line = _USERINFO.sub("", super().formatMessage(record))
        return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", line)


FEED_COLUMNS = ["id", "name", "lang", "state", "error_count", "last_error", "next_due", "last_checked", "url"]
RUN_COLUMNS = [
    "id",
    "started",
    "finished",
    "status",
    "feeds_checked",
    "feeds_not_modified",
    "feeds_failed",
    "new_articles",
    "new_claims",
    "error_count",
]


def register(group: click.Group) -> None:
    """Add the collection commands to the main group."""
    for command in (run, runs, feeds, schedule_command):
        group.add_command(command)


def _fail(message: str, code: int = 2) -> NoReturn:
    from claimwatch.cli import fail

    fail(message, code)
    raise SystemExit(code)  # fail() exits; this line keeps type checkers informed


@contextlib.contextmanager
def _store(db_path: str | None, *, must_exist: bool = False) -> Iterator[Any]:
    """`cli.open_store`: any claimwatch error inside becomes one line on stderr and exit 2."""
    from claimwatch.cli import open_store

    with open_store(db_path, must_exist=must_exist) as store:
        yield store


# --------------------------------------------------------------------------- run


@click.command()
@DB_OPTION
@click.option(
    "--all",
    "force",
    is_flag=True,
    help="Fetch every feed now, ignoring the schedule "
    "(never a gone or disabled feed, never a host's Retry-After).",
)
@click.option(
    "--wait",
    "wait_s",
    type=FiniteRange(0),
    default=0.0,
    show_default=True,
    help="Seconds to wait for another run's lock (default: exit 3 at once).",
)
@click.option(
    "--user-agent",
    envvar="CLAIMWATCH_USER_AGENT",
    callback=lambda ctx, param, value: _header_value(ctx, param, value),
    help="User-Agent header (env CLAIMWATCH_USER_AGENT).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    envvar="CLAIMWATCH_ALLOW_PRIVATE",
    help="Allow private/loopback addresses (a home lab, tests; env CLAIMWATCH_ALLOW_PRIVATE=1).",
)
@click.option(
    "--timeout",
    "timeout_s",
    type=FiniteRange(0.1, 600),
    default=None,
    help="Overall time limit per request in seconds (default 60).",
)
@click.option(
    "--delay",
    "delay_s",
    type=FiniteRange(0, 60),
    default=None,
    help="Minimum seconds between two requests to one host (default 1).",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="List the feeds a run would fetch now, and why, then rehearse the run on a temporary copy of the "
    "database (fetching and parsing for real) and say what it would add; the database itself is only read.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary of the run on stdout.")
@click.option("-v", "--verbose", count=True, help="Log what happens on stderr (-vv: debug).")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Append the log to this file.")
def run(
    db_path: str | None,
    force: bool,
    wait_s: float,
    user_agent: str | None,
    allow_private: bool,
    timeout_s: float | None,
    delay_s: float | None,
    dry_run: bool,
    as_json: bool,
    verbose: int,
    log_file: str | None,
) -> None:
    """Collect once: due feeds -> new entries -> article pages -> claims -> database.

    With no feeds subscribed, the bundled default list is added first. Quiet unless something fails
    when stdout is not a terminal (cron mails only errors). Exit status: 0 all fine, 1 some feeds or
    pages failed, 2 nothing worked or bad usage, 3 another run is in progress.
    """
    from claimwatch.collect import CollectOptions, collect, fetch_settings
    from claimwatch.errors import Error, LockedError
    from claimwatch.store import resolve_db_path

    settings = fetch_settings(
        user_agent=user_agent, allow_private=allow_private, timeout_s=timeout_s, per_host_delay_s=delay_s
    )
    options = CollectOptions(force=force, fetch=settings, lock_wait_s=wait_s)
    path = resolve_db_path(db_path)
    if dry_run:
        _dry_run(path, options, as_json=as_json)
        return
    interactive = sys.stdout.isatty() and not as_json
    with _logging(verbose, log_file), _progress(interactive) as observer:
        try:
            summary = collect(path, options, observer=observer)
        except LockedError:
            _fail(f"another claimwatch run is in progress (lock {path}.lock)", EXIT_LOCKED)
        except Error as e:
            _fail(str(e))
        except KeyboardInterrupt:  # else click prints "Aborted!" and exits 1, which means "some feeds failed"
            _fail("interrupted; the run is recorded as interrupted, the next run goes on from here")
    _report(summary, as_json=as_json, interactive=interactive)
    sys.exit(summary.exit_code)


def _dry_run(path: Path, options: Any, *, as_json: bool) -> None:
    """`run --dry-run`: the feeds a run would fetch now and why, on stdout; exit 0."""
    from claimwatch.collect import plan
    from claimwatch.errors import Error

    try:
        planned = [p.as_dict() for p in plan(path, options)]
    except Error as e:
        _fail(str(e))
    fetch = [p for p in planned if p["action"] == "fetch"]
    waiting = len(planned) - len(fetch)
    rehearsal = _rehearse(path, options) if path.exists() and fetch else None
    if as_json:
        summary = {"dry_run": True, "feeds_due": len(fetch), "feeds_waiting": waiting, "feeds": planned}
        summary["rehearsal"] = rehearsal
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        return
    for p in planned:
        label = "would fetch" if p["action"] == "fetch" else "would wait"
        feed = f"feed {p['id']}" if p["id"] is not None else "default feed"
        name = f' "{p["name"]}"' if p["name"] and p["name"] != p["url"] else ""
        click.echo(f"{label}: {feed} {p['url']}{name} ({p['reason']})")
    held = f", {waiting} waiting for their host" if waiting else ""
    if rehearsal is None:
        click.echo(f"dry run: {len(fetch)} feeds due{held}; nothing fetched, nothing written")
        return
    click.echo(
        f"dry run: {len(fetch)} feeds due{held}; rehearsed on a copy: {rehearsal['new_articles']} new "
        f"articles, {rehearsal['new_claims']} claims, {rehearsal['feeds_failed']} feeds failed; nothing written"
    )


def _rehearse(path: Path, options: Any) -> dict[str, Any]:
    """Run the collection for real (fetch, parse, extract) on a temporary copy of the database, and report
    what it did; the copy is then thrown away, so the database and its feeds' schedules stay as they were."""
    import tempfile

    from claimwatch.collect import collect
    from claimwatch.errors import Error
    from claimwatch.store import snapshot

    with tempfile.TemporaryDirectory(prefix="claimwatch-dry-run-") as folder:
        copy = Path(folder) / "rehearsal.db"
        try:
            snapshot(path, copy)
            return collect(copy, options).as_dict()
        except Error as e:
            _fail(f"dry run: {e}")


def _report(summary: Any, *, as_json: bool, interactive: bool) -> None:
    for error in summary.errors:
        click.echo(f"claimwatch: {error}", err=True)
    if as_json:
        click.echo(json.dumps(summary.as_dict(), ensure_ascii=False, indent=1))
    elif interactive:
        click.echo(summary_line(summary.as_dict()))


def summary_line(s: dict[str, Any]) -> str:
    """One human line for a run summary dict."""
    deferred = f", {s['feeds_deferred']} waiting for their host" if s["feeds_deferred"] else ""
    mojibake = f"; {s['mojibake']} mojibake sequences (-v names the texts)" if s.get("mojibake") else ""
    return (
        f"run {s['run_id']} ({s['status']}): {s['feeds_checked']} feeds checked, {s['feeds_not_modified']} "
        f"not modified, {s['feeds_failed']} failed{deferred}; {s['new_articles']} new articles, "
        f"{s['new_claims']} new claims; {s['pages_failed']} pages failed{mojibake}; {s['elapsed_s']} s"
    )


@contextlib.contextmanager
def _logging(verbose: int, log_file: str | None) -> Iterator[None]:
    """-v/-vv log to stderr, --log-file appends; the handlers are removed again afterwards."""
    logger = logging.getLogger("claimwatch")
    handlers: list[logging.Handler] = [logging.NullHandler()]  # else logging's last resort prints warnings
    fmt = _SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
        handlers[-1].setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    if log_file:
        try:
            handlers.append(logging.FileHandler(Path(log_file).expanduser(), encoding="utf-8"))
        except OSError as e:
            _fail(f"cannot open log file {log_file} ({e.strerror})")
        handlers[-1].setLevel(logging.DEBUG if verbose > 1 else logging.INFO)
    previous = logger.level
    for handler in handlers:
        handler.setFormatter(fmt)
        logger.addHandler(handler)
    if verbose or log_file:
        logger.setLevel(min(h.level for h in handlers[1:]))
    try:
        yield
    finally:
        for handler in handlers:
            logger.removeHandler(handler)
            handler.close()
        logger.setLevel(previous)


@contextlib.contextmanager
def _progress(interactive: bool) -> Iterator[Any]:
    """A rich progress bar on a terminal; a silent observer otherwise."""
    from claimwatch.collect import Observer

    if not interactive:
        yield Observer()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        yield _BarObserver(bar)


class _BarObserver:
    """Moves the progress bar as feeds finish."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task = bar.add_task("feeds", total=None)

    def started(self, feeds: int) -> None:
        self.bar.update(self.task, total=feeds)

    def feed_done(self, report: Any) -> None:
        name = (report.name or report.url)[:40]
        self.bar.update(self.task, advance=1, description=f"{name}: {report.outcome}")


# --------------------------------------------------------------------------- runs


@click.command()
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@DB_OPTION
@FORMAT_OPTION
def runs(limit: int, db_path: str | None, fmt: str | None) -> None:
    """List recent collection runs, newest first."""
    from claimwatch.collect import run_rows

    with _store(db_path, must_exist=True) as store:
        rows = run_rows(store, limit)
    fmt = fmt or default_format()
    render(rows, fmt, RUN_COLUMNS if fmt in ("table", "csv") else None, title="runs")


# --------------------------------------------------------------------------- feeds


@click.group()
def feeds() -> None:
    """Manage subscribed feeds (add, list, remove, enable, disable, import, export)."""


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Display name (default: the feed's own title).")
@click.option("--lang", help="Language of the feed (en, de, fr, ...); detected per article otherwise.")
@click.option("--interval", help="How often to check it: 30m, 2h, 1d (default 1h; 15m to 7d).")
@DB_OPTION
def feeds_add(
    url: str, name: str | None, lang: str | None, interval: str | None, db_path: str | None
) -> None:
    """Subscribe to the feed at URL."""
    from claimwatch.collect import add_feed, parse_duration

    with _store(db_path) as store:
        seconds = parse_duration(interval) if interval else None
        feed_id, new = add_feed(store, url, name=name, lang=lang, interval_s=seconds)
    click.echo(f"{'added' if new else 'already subscribed:'} feed {feed_id}: {url.strip()}")


@feeds.command("list")
@DB_OPTION
@FORMAT_OPTION
def feeds_list(db_path: str | None, fmt: str | None) -> None:
    """Show every feed with its state, last error, error count, next due and last checked time."""
    from claimwatch.collect import feed_rows

    with _store(db_path, must_exist=True) as store:
        rows = feed_rows(store)
    fmt = fmt or default_format()
    render(rows, fmt, FEED_COLUMNS if fmt in ("table", "csv") else None, title="feeds")


@feeds.command("remove")
@click.argument("feed")
@DB_OPTION
def feeds_remove(feed: str, db_path: str | None) -> None:
    """Unsubscribe from FEED (id or URL); its stored articles and claims stay."""
    from claimwatch.collect import remove_feed

    with _store(db_path, must_exist=True) as store:
        row = remove_feed(store, feed)
    click.echo(f"removed feed {row['id']}: {row['url']}")


@feeds.command("enable")
@click.argument("feed")
@DB_OPTION
def feeds_enable(feed: str, db_path: str | None) -> None:
    """Enable FEED (id or URL), also a gone one; resets its error count and makes it due now."""
    from claimwatch.collect import set_enabled

    with _store(db_path, must_exist=True) as store:
        row = set_enabled(store, feed, True)
    click.echo(f"enabled feed {row['id']}: {row['url']}")


@feeds.command("disable")
@click.argument("feed")
@DB_OPTION
def feeds_disable(feed: str, db_path: str | None) -> None:
    """Stop checking FEED (id or URL) until it is enabled again."""
    from claimwatch.collect import set_enabled

    with _store(db_path, must_exist=True) as store:
        row = set_enabled(store, feed, False)
    click.echo(f"disabled feed {row['id']}: {row['url']}")


@feeds.command("import")
@click.argument("opml", type=click.File("rb"))
@DB_OPTION
def feeds_import(opml: Any, db_path: str | None) -> None:
    """Subscribe to every feed in an OPML file ('-' for stdin); known feeds keep their settings."""
    from claimwatch.collect import import_feeds
    from claimwatch.errors import InputError
    from claimwatch.sources import read_opml

    data = opml.read()
    try:
        read_opml(data)  # checked before the database is opened (or created): a bad file touches nothing
    except InputError as e:
        _fail(f"{opml.name}: {e}")
    with _store(db_path) as store:
        listed, new = import_feeds(store, data)
    click.echo(f"imported {listed} feeds ({new} new)")


@feeds.command("export")
@DB_OPTION
def feeds_export(db_path: str | None) -> None:
    """Write every feed as OPML to stdout (gone and disabled ones with enabled="false")."""
    from claimwatch.collect import export_feeds

    with _store(db_path, must_exist=True) as store:
        text = export_feeds(store)
    click.echo(text, nl=False)


# --------------------------------------------------------------------------- schedule


@click.command("schedule")
@DB_OPTION
@click.option("--log-file", type=click.Path(dir_okay=False), help="Log file (default: next to the database).")
@click.option(
    "--every",
    type=click.Choice(["5", "10", "15", "20", "30", "60"]),
    default="15",
    show_default=True,
    help="Minutes between runs; each feed is still checked only when it is due.",
)
def schedule_command(db_path: str | None, log_file: str | None, every: str) -> None:
    """Print a crontab line and a systemd service + timer that run `claimwatch run` on a schedule."""
    from claimwatch.store import resolve_db_path

    db = resolve_db_path(db_path).expanduser().resolve()
    log = Path(log_file).expanduser().resolve() if log_file else db.with_name("claimwatch.log")
    text = schedule_text(entry_point(), db, log, int(every))
    click.echo(text.encode("utf-8", "surrogateescape"), nl=False)  # a path's undecodable bytes, as they are


def entry_point() -> list[str]:
    """The absolute command that starts claimwatch in this environment (its console script, else -m)."""
    script = Path(sys.executable).parent / "claimwatch"
    if script.is_file():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "claimwatch.cli"]


def schedule_text(command: list[str], db: Path, log: Path, every: int) -> str:
    """The crontab line and the systemd unit pair, with absolute paths."""
    import shlex

    args = [*command, "run", "--db", str(db), "--log-file", str(log)]
    cron_cmd = " ".join(shlex.quote(a) for a in args).replace("%", "\\%")
    unit_cmd = " ".join(_systemd_quote(a) for a in args)
    minute = "0" if every == 60 else f"*/{every}"
    calendar = "hourly" if every == 60 else f"*:0/{every}"
    return f"""\
# claimwatch: collect every {every} minutes; each feed is fetched only when due (1 h by default).
# Exit status: 0 fine, 1 some feeds or pages failed, 2 nothing worked, 3 a run was still in progress.
# Errors go to stderr (cron mails them to you) and, with the rest of the log, to {log}.

# --- crontab (crontab -e) ---
{minute} * * * * {cron_cmd}

# --- ~/.config/systemd/user/claimwatch.service ---
[Unit]
Description=claimwatch: collect AI news and parameter-count claims
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
ExecStart={unit_cmd}
Nice=10
# 1 (some feeds failed) and 3 (the previous run still going) are not a failed unit
SuccessExitStatus=1 3

# --- ~/.config/systemd/user/claimwatch.timer ---
[Unit]
Description=Run claimwatch every {every} minutes

[Timer]
OnCalendar={calendar}
RandomizedDelaySec=60
Persistent=true

[Install]
WantedBy=timers.target

# then: systemctl --user daemon-reload && systemctl --user enable --now claimwatch.timer
"""


def _systemd_quote(arg: str) -> str:
    """One ExecStart argument: '%' doubled (systemd specifiers), quoted when it has spaces or quotes."""
    text = arg.replace("%", "%%")
    if any(c.isspace() for c in text) or '"' in text or "\\" in text:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text
