"""The collection run: due feeds -> fetch -> parse -> entries -> article pages -> text -> claims -> SQLite.

One run (`collect`) is cron-safe:

* one run per database at a time (`Store.lock`; a second one raises `LockedError` at once, or waits);
* `PRAGMA quick_check` first (a failing database stops the run before anything is fetched), and
  `store.checkpoint()` at the end;
* all HTTP goes through one `Fetcher` (its per-host and global limits); feeds and pages are fetched
  concurrently with `asyncio.gather`, parsing and extraction run in one worker thread, and every write
  happens on the event-loop thread *between* awaits, so no network I/O ever runs inside a transaction;
* each feed is written in one transaction after its fetching is done: every article with its claims
  (a savepoint each, so one bad article is undone alone), the entries, the fetch log and the feed's
  new state. ETag / Last-Modified / body hash are stored in that same transaction and only when every
  entry was dealt with; an entry whose page failed for a transient reason (timeout, 5xx, rate limit) is
  left unrecorded and the validators are not advanced, so the next run sees the feed again and retries it;
* one bad feed, page or response never stops the run: it becomes a `RunError`, a `fetch_log` row and the
  feed's `last_error`.

The package: `run` (the run from the outside, and the dry run's `plan`) drives `fetching` (feeds and pages)
on top of `writing` (one transaction per feed); `results` holds the options and reports, `text` the scrubbing
and escaping, `registry` the feeds registry helpers used by `claimwatch feeds ...`.
"""

from __future__ import annotations

# `name as name`: public too, though outside __all__ (the CLI, tests and docs use several of them)
from claimwatch.collect.fetching import body_hash as body_hash
from claimwatch.collect.registry import (
    add_feed,
    export_feeds,
    feed_rows,
    fetch_settings,
    import_feeds,
    remove_feed,
    run_rows,
    set_enabled,
)
from claimwatch.collect.registry import feed_state as feed_state
from claimwatch.collect.registry import find_feed as find_feed
from claimwatch.collect.registry import new_feed as new_feed
from claimwatch.collect.registry import parse_duration as parse_duration
from claimwatch.collect.results import CollectOptions, FeedReport, Observer, RunError, RunSummary
from claimwatch.collect.results import FeedOutcome as FeedOutcome
from claimwatch.collect.results import kind_of as kind_of
from claimwatch.collect.results import status_of as status_of
from claimwatch.collect.run import PlannedFeed as PlannedFeed
from claimwatch.collect.run import close_interrupted_runs as close_interrupted_runs
from claimwatch.collect.run import collect, run_once
from claimwatch.collect.run import plan as plan
from claimwatch.collect.run import seed_default_feeds as seed_default_feeds
from claimwatch.collect.run import why_due as why_due
from claimwatch.collect.text import mojibake_count as mojibake_count
from claimwatch.collect.text import printable as printable
from claimwatch.collect.text import scrub as scrub

__all__ = [
    "CollectOptions",
    "FeedReport",
    "Observer",
    "RunError",
    "RunSummary",
    "add_feed",
    "collect",
    "export_feeds",
    "feed_rows",
    "fetch_settings",
    "import_feeds",
    "remove_feed",
    "run_once",
    "run_rows",
    "set_enabled",
]
