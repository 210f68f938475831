"""The run from the outside: `collect` (lock, quick_check, run, checkpoint) and `run_once`, the runs table
rows around them, and the dry run's `plan`."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from claimwatch import schedule
from claimwatch.collect.fetching import Run
from claimwatch.collect.results import CollectOptions, Observer, RunSummary
from claimwatch.collect.text import printable, scrub
from claimwatch.errors import StorageError
from claimwatch.fetch import Resolver
from claimwatch.pipeline import ensure_gazetteer
from claimwatch.sources import default_feeds
from claimwatch.store import Store

log = logging.getLogger("claimwatch.collect")  # the logger name a run's lines have always carried


def collect(
    db_path: str | Path,
    options: CollectOptions | None = None,
    *,
    observer: Observer | None = None,
    resolver: Resolver | None = None,
    clock: Callable[[], datetime] | None = None,
    rng: random.Random | None = None,
) -> RunSummary:
    """One cron-safe run on the database at `db_path`: lock, quick_check, fetch and store, checkpoint.

    Raises LockedError when another run holds the lock (after `options.lock_wait_s`), StorageError
    when the database fails its quick_check or cannot be opened.
    """
    options = options or CollectOptions()
    with Store.lock(db_path, wait=options.lock_wait_s), Store(db_path) as store:
        problems = store.quick_check()
        if problems:
            raise StorageError(f"{db_path} failed PRAGMA quick_check: {problems[0]} (run stopped, file kept)")
        summary = run_once(store, options, observer=observer, resolver=resolver, clock=clock, rng=rng)
        _refresh_answers(store)
        store.checkpoint()
        return summary


def _refresh_answers(store: Store) -> None:
    """Bring the per-model digests up to date while the run holds the lock (`claimwatch.digests`), so the
    next `models`, `sources` or `conflicts` reads them instead of computing the models this run changed.
    A cache: if it fails, the run has still succeeded (the next query computes what is missing)."""
    from claimwatch.digests import refresh

    try:
        refresh(store)
    except Exception as e:
        log.warning("could not refresh the model digests: %s", e)


@dataclass(frozen=True)
class PlannedFeed:
    """A feed `run --dry-run` says a run would fetch now ("fetch"), or leave because its host asked us
    to wait ("wait"), and why."""

    feed_id: int | None
    """None for a bundled default feed a first run would subscribe to."""
    name: str | None
    url: str
    action: Literal["fetch", "wait"]
    reason: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, credentials scrubbed from the URL and control characters escaped."""
        name = printable(self.name) if self.name else self.name
        return {"id": self.feed_id, "name": name, "url": printable(scrub(self.url)), "action": self.action,
                "reason": printable(scrub(self.reason))}  # fmt: skip


def plan(
    db_path: str | Path, options: CollectOptions | None = None, *, clock: Callable[[], datetime] | None = None
) -> list[PlannedFeed]:
    """What `collect` would fetch now (`claimwatch run --dry-run`), due feeds first.

    Fetches nothing and writes nothing: the database is opened read-only and no lock is taken (a dry run
    may look while a run works); a database that does not exist yet is not created (a first run would
    subscribe to the bundled default feeds: those are listed). StorageError when it cannot be read.
    """
    options = options or CollectOptions()
    now = (clock or (lambda: datetime.now(UTC)))()
    path = Path(db_path)
    try:
        exists, is_dir, parent_ok = path.exists(), path.is_dir(), path.parent.is_dir()
    except OSError as e:
        raise StorageError(f"cannot open {path} ({e.strerror or e})") from e
    if is_dir:
        raise StorageError(f"{path} is a directory, not a database file")
    if not exists and not parent_ok:
        raise StorageError(f"cannot create {path}: directory {path.parent} does not exist")
    feeds: list[dict[str, Any]] = []
    seeding = options.seed_defaults
    if exists:
        try:
            with Store(path, readonly=True) as store:
                feeds = store.list_feeds()
                seeding = seeding and not feeds and not store.list_runs(limit=1)
        except StorageError as e:
            if "needs migrating" in str(e):  # a real run migrates first; a dry run writes nothing
                raise StorageError(f"{path} needs migrating, which a dry run does not do: run "
                                   "'claimwatch runs' (or a real run) once first") from e  # fmt: skip
            raise
    if seeding and not feeds:
        defaults = [f for f in default_feeds() if f.enabled]
        why = "bundled default feed: a first run subscribes to the default list"
        return [PlannedFeed(None, f.name, f.url, "fetch", why) for f in defaults]
    selection = schedule.select_feeds(feeds, now, force=options.force, policy=options.policy)
    planned = [
        PlannedFeed(
            f["id"],
            f.get("name"),
            f["url"],
            "fetch",
            why_due(f, now, force=options.force, policy=options.policy),
        )
        for f in selection.due
    ]
    for f, until in selection.waiting:
        why = f"not fetched: its host asked us to wait until {until:%Y-%m-%d %H:%M} UTC"
        planned.append(PlannedFeed(f["id"], f.get("name"), f["url"], "wait", why))
    return planned


def why_due(
    feed: Mapping[str, Any],
    now: datetime,
    *,
    force: bool = False,
    policy: schedule.Policy = schedule.DEFAULT_POLICY,
) -> str:
    """Why a run fetches this feed now (its schedule, `--all`, its failures), for `run --dry-run`."""
    due = schedule.parse_time(feed.get("next_due"))
    if due is not None and not schedule.is_due(feed, now, policy):
        why = f"{'--all' if force else 'not due'}: next check otherwise {due:%Y-%m-%d %H:%M} UTC"
    elif due is None:
        why = "new: never checked" if feed.get("last_checked") is None else "no next check set (re-enabled)"
    elif due <= now:
        why = f"next check was due {due:%Y-%m-%d %H:%M} UTC"
    else:
        why = f"next check due {due:%Y-%m-%d %H:%M} UTC, within {policy.due_slack_s:.0f} s"
    failures = int(feed.get("error_count") or 0)
    if failures:
        kind = str(feed.get("last_error") or "").split(":", 1)[0].strip()
        why += f"; retry after {failures} failure{'s' if failures > 1 else ''}" + (
            f" ({kind})" if kind else ""
        )
    return why


def run_once(
    store: Store,
    options: CollectOptions,
    *,
    observer: Observer | None = None,
    resolver: Resolver | None = None,
    clock: Callable[[], datetime] | None = None,
    rng: random.Random | None = None,
) -> RunSummary:
    """One pass over the due feeds with an open store (the caller holds the lock)."""
    clock = clock or (lambda: datetime.now(UTC))
    close_interrupted_runs(store)
    ensure_gazetteer(store)
    if options.seed_defaults:
        seed_default_feeds(store)
    now = clock()
    feeds = store.list_feeds()
    selection = schedule.select_feeds(feeds, now, force=options.force, policy=options.policy)
    summary = RunSummary(run_id=store.start_run(), started=now, feeds_due=len(selection.due))
    summary.feeds_waiting = len(selection.waiting)
    for feed, until in selection.waiting:
        log.info("feed %s waits: its host asked us to wait until %s", feed["url"], until.isoformat())
    blocks = schedule.host_blocks(feeds, now)
    run = Run(store, options, summary.run_id, now, rng or random.Random(), observer or Observer(), blocks)
    try:
        summary.reports = asyncio.run(run.fetch_all(selection.due, resolver))
    except BaseException:  # Ctrl-C: record what was done; the open feed's transaction was rolled back
        summary.reports, summary.finished = list(run.done), clock()
        _finish(store, summary, status="interrupted")
        raise
    summary.finished = clock()
    _finish(store, summary, status=summary.status)
    return summary


def _finish(store: Store, summary: RunSummary, *, status: str) -> None:
    """Write the runs row."""
    store.finish_run(
        summary.run_id,
        status=status,
        feeds_checked=summary.feeds_checked,
        feeds_not_modified=summary.feeds_not_modified,
        feeds_failed=summary.feeds_failed,
        new_articles=summary.total("articles_new"),
        new_claims=summary.total("claims_new"),
        errors=[e.as_dict() for e in summary.errors],
    )
    log.info(
        "run %d %s: %d feeds checked, %d not modified, %d failed; %d new articles, %d new claims",
        summary.run_id,
        status,
        summary.feeds_checked,
        summary.feeds_not_modified,
        summary.feeds_failed,
        summary.total("articles_new"),
        summary.total("claims_new"),
    )


def close_interrupted_runs(store: Store) -> int:
    """Mark runs still 'running' as 'interrupted' (the caller holds the lock, so they are dead)."""
    stale = [r for r in store.list_runs(limit=50) if r["status"] == "running" and r["finished"] is None]
    for row in stale:
        store.finish_run(
            row["id"],
            status="interrupted",
            feeds_checked=row["feeds_checked"],
            new_articles=row["new_articles"],
            new_claims=row["new_claims"],
            errors=[{"kind": "interrupted", "message": "the run ended without finishing (killed?)"}],
        )
    return len(stale)


def seed_default_feeds(store: Store) -> int:
    """On the first run of a database without feeds, subscribe to the bundled list
    (`sources.default_feeds()`); returns how many. Someone who later removes every feed gets no surprise
    re-subscription: once a run has happened, nothing is seeded."""
    if store.list_feeds() or store.list_runs(limit=1):
        return 0
    feeds = default_feeds()
    with store.transaction():
        for feed in feeds:
            store.add_feed(feed.url, name=feed.name, lang=feed.lang, enabled=feed.enabled)
    log.info("no feeds yet: subscribed to the %d bundled default feeds", len(feeds))
    return len(feeds)
