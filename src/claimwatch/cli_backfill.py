"""Backfill commands: `backfill` and `import-parquet`. Thin: parse, lock and open, one library call, render.

Exit codes, as for `claimwatch run`: 0 all fine, 1 some inputs or records failed, 2 nothing worked, bad
usage or a database problem, 3 another run holds the database lock.

Like cli_collect, this module imports `claimwatch.cli` only inside functions.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Iterator
from datetime import date
from typing import Any, NoReturn

import click

from claimwatch.cli_options import DB_OPTION, FiniteRange

EXIT_LOCKED = 3


def register(group: click.Group) -> None:
    """Add the backfill commands to the main group."""
    group.add_command(backfill_command)
    group.add_command(import_parquet_command)


def _fail(message: str, code: int = 2) -> NoReturn:
    from claimwatch.cli import fail

    fail(message, code)
    raise SystemExit(code)


@click.command("backfill")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option(
    "--sitemap", "sitemaps", multiple=True, metavar="URL", help="A sitemap or sitemap index (repeatable)."
)
@click.option(
    "--since", help="With --sitemap: only pages dated (news date, else lastmod) on or after YYYY-MM-DD."
)
@click.option(
    "--workers", type=click.IntRange(1, 256), default=None, help="Worker processes (default: one per core)."
)
@click.option("--no-prefilter", is_flag=True, help="Parse every page, even those with no parameter cue.")
@click.option(
    "--restart", is_flag=True, help="Ignore saved positions and read everything again (adds no duplicates)."
)
@click.option(
    "--dask", "dask_address", metavar="ADDRESS", help="Run on a Dask cluster (tcp://host:8786, or 'local')."
)
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False), help="With --dask: folder for the Parquet shards."
)
@click.option(
    "--allow-private",
    is_flag=True,
    envvar="CLAIMWATCH_ALLOW_PRIVATE",
    help="Sitemaps: allow private/loopback addresses (a home lab, tests).",
)
@click.option(
    "--delay",
    "delay_s",
    type=FiniteRange(0, 60),
    default=None,
    help="Sitemaps: minimum seconds between two requests to one host (default 1).",
)
@click.option("--user-agent", envvar="CLAIMWATCH_USER_AGENT", help="Sitemaps: User-Agent header.")
@click.option(
    "--wait", "wait_s", type=FiniteRange(0), default=0.0, help="Seconds to wait for another run's lock."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@DB_OPTION
def backfill_command(
    inputs: tuple[str, ...],
    sitemaps: tuple[str, ...],
    since: str | None,
    workers: int | None,
    no_prefilter: bool,
    restart: bool,
    dask_address: str | None,
    out_dir: str | None,
    allow_private: bool,
    delay_s: float | None,
    user_agent: str | None,
    wait_s: float,
    as_json: bool,
    db_path: str | None,
) -> None:
    """Read past articles: WARC/WARC.gz archives, folders of saved HTML pages, sitemaps.

    Resumable: a second call goes on where the first stopped (positions are saved with each batch).
    With --dask the archives are processed on a cluster into Parquet shards under --out; merge them
    with `claimwatch import-parquet`.
    """
    _check_usage(inputs, sitemaps, since, dask_address, out_dir)
    if dask_address:
        _run_dask(inputs, dask_address, out_dir or "", not no_prefilter, restart, as_json)
        return
    from claimwatch.backfill import BackfillOptions, start_worker_server

    options = BackfillOptions(
        workers=workers or 0,
        prefilter=not no_prefilter,
        resume=not restart,
        since=_date(since),
        fetch=_fetch_settings(allow_private, delay_s, user_agent) if sitemaps else None,
    )
    if options.worker_count() > 1:
        start_worker_server()  # the pool's forkserver loads the worker modules while the store opens
    interactive = sys.stderr.isatty() and not as_json
    with _locked_store(db_path, wait_s) as store, _progress(interactive) as observer:
        from claimwatch.backfill import backfill

        report = backfill(store, inputs, sitemaps=sitemaps, options=options, observer=observer)
    _print(report.errors, report.as_dict(), as_json, sys.stdout.isatty() and not as_json)
    sys.exit(report.exit_code)


@click.command("import-parquet")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--wait", "wait_s", type=FiniteRange(0), default=0.0, help="Seconds to wait for another run's lock."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@DB_OPTION
def import_parquet_command(folder: str, wait_s: float, as_json: bool, db_path: str | None) -> None:
    """Merge the Parquet shards of `backfill --dask --out FOLDER` into the database (idempotent)."""
    from claimwatch.distributed import import_parquet

    with _locked_store(db_path, wait_s) as store:
        report = import_parquet(store, folder)
    _print(report.errors, report.as_dict(), as_json, sys.stdout.isatty() and not as_json)
    sys.exit(report.exit_code)


def _check_usage(
    inputs: tuple[str, ...],
    sitemaps: tuple[str, ...],
    since: str | None,
    dask_address: str | None,
    out_dir: str | None,
) -> None:
    if not inputs and not sitemaps:
        _fail("nothing to backfill: give archives, folders or --sitemap URL")
    if since and not sitemaps:
        _fail("--since applies to --sitemap only")
    if dask_address and sitemaps:
        _fail("--dask runs archives only; fetch sitemaps on one machine (politeness needs one fetcher)")
    if dask_address and not out_dir:
        _fail("--dask needs --out FOLDER for the Parquet shards")
    if out_dir and not dask_address:
        _fail("--out is for --dask runs")


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"--since: {value!r} is not a date like 2023-01-01")


def _fetch_settings(allow_private: bool, delay_s: float | None, user_agent: str | None) -> Any:
    from claimwatch.fetch import FetchSettings

    changes: dict[str, Any] = {"allow_private": allow_private}
    if delay_s is not None:
        changes["per_host_delay_s"] = delay_s
    if user_agent:
        changes["user_agent"] = user_agent
    return FetchSettings(**changes)


@contextlib.contextmanager
def _locked_store(db_path: str | None, wait_s: float) -> Iterator[Any]:
    """The one writer's store, under the same lock as `claimwatch run` (exit 3 when it is held)."""
    from claimwatch.cli import open_store
    from claimwatch.errors import LockedError, StorageError
    from claimwatch.store import Store, resolve_db_path

    path = resolve_db_path(db_path)
    try:
        lock = Store.lock(path, wait_s)
        lock.__enter__()
    except LockedError:
        _fail(f"another claimwatch run is in progress (lock {path}.lock)", EXIT_LOCKED)
    except StorageError as e:
        _fail(str(e))
    try:
        with open_store(str(path)) as store:
            yield store
    finally:
        lock.__exit__(None, None, None)


def _run_dask(
    inputs: tuple[str, ...], address: str, out_dir: str, prefilter: bool, restart: bool, as_json: bool
) -> None:
    from claimwatch.errors import Error

    try:
        from claimwatch.distributed import run_on_dask
    except ImportError as e:
        _fail(f"--dask needs the dask extra: pip install 'claimwatch[dask]' ({e})")
    try:
        report = run_on_dask(inputs, address, out_dir, prefilter=prefilter, resume=not restart)
    except Error as e:
        _fail(str(e))
    _print(report.errors, report.as_dict(), as_json, sys.stdout.isatty() and not as_json)
    sys.exit(report.exit_code)


def _print(errors: list[str], summary: dict[str, Any], as_json: bool, interactive: bool) -> None:
    for error in errors:
        click.echo(f"claimwatch: {error}", err=True)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
    elif interactive:
        click.echo(summary_line(summary))


def summary_line(s: dict[str, Any]) -> str:
    """One human line for a backfill or import summary."""
    if "shards" in s:
        return (
            f"{s['shards']} shards: {s['articles']} articles ({s['new']} new, {s['duplicates']} duplicates, "
            f"{s['new_versions']} new versions, {s['unchanged']} unchanged); {s['claims']} claims written"
        )
    skipped = ", ".join(f"{k} {v}" for k, v in s.get("skipped", {}).items()) or "none"
    return (
        f"{s['pages']} pages ({s['prefiltered']} prefiltered out), {s.get('articles', 0)} articles "
        f"({s.get('new', 0)} new), {s['claims']} claims; skipped: {skipped}; {s['seconds']} s, "
        f"{s['pages_per_s']} pages/s"
    )


@contextlib.contextmanager
def _progress(interactive: bool) -> Iterator[Any]:
    """A rich progress bar (bytes, rate, ETA, pages/articles/claims) on a terminal; silent otherwise."""
    from claimwatch.backfill import Observer

    if not interactive:
        yield Observer()
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield _BarObserver(bar)


class _BarObserver:
    """A `backfill.Observer`: the bar moves by input bytes; the text shows pages/s, articles and claims
    (at most 5 updates a second)."""

    def __init__(self, bar: Any) -> None:
        self.bar = bar
        self.task = bar.add_task("backfill", total=None)
        self.started = time.monotonic()
        self.shown = 0.0
        self.pending = 0

    def begin(self, total_bytes: int) -> None:
        self.bar.update(self.task, total=total_bytes or None)

    def advance(self, progress: int, report: Any) -> None:
        self.pending += progress
        now = time.monotonic()
        if now - self.shown < 0.2:
            return
        rate = report.pages / max(now - self.started, 1e-9)
        text = f"{report.pages} pages ({rate:,.0f}/s), {report.articles} articles, {report.claims} claims"
        self.bar.update(self.task, advance=self.pending, description=text)
        self.pending, self.shown = 0, now
