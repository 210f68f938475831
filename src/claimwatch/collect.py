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

The feeds registry helpers used by `claimwatch feeds ...` live at the end of this module.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import re
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

from claimwatch import schedule
from claimwatch.articles import MIN_TEXT_CHARS, article_from_entry, article_from_html, detect_language
from claimwatch.errors import Error, FetchError, InputError, StorageError, UsageError
from claimwatch.feeds import FeedEntry, ParsedFeed, html_to_text, normalize_lang, parse_feed
from claimwatch.fetch import Fetcher, FetchResult, FetchSettings, Resolver
from claimwatch.models import Article, Claim
from claimwatch.pipeline import ensure_gazetteer
from claimwatch.sources import Feed, default_feeds, read_opml, write_opml
from claimwatch.store import Store
from claimwatch.urls import canonicalize, host_of

log = logging.getLogger(__name__)
T = TypeVar("T")

FeedOutcome = Literal["ok", "not_modified", "failed", "gone", "deferred", "waiting"]

# Page failures worth retrying next run; anything else is permanent for that entry (it is recorded and,
# when the feed gave enough text, stored from the summary).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_TRANSIENT_KINDS = frozenset({"timeout", "connect", "dns", "network", "incomplete", "tls", "rate_limited"})
# Mojibake (RELIABILITY F16): UTF-8 read as cp1252 or Latin-1. A 2-byte character shows as its lead byte's
# character then a continuation byte's (80-BF): 'é' -> 'Ã©', nbsp -> 'Â\xa0', Cyrillic 'п' -> 'Ð¿' (only the
# leads Â Ã Ð Ñ: after others, such as 'É' in «CAFÉ», a closing quote is ordinary text); a 3-byte one as any
# E0-EF lead then two continuation characters: '’' -> 'â€™', '中' -> 'ä¸\xad'. Plus U+FFFD, what a decoder
# leaves for bytes it could not read. A heuristic: a real 'Ã' right before a '©' counts too.
_CONTINUATION = re.escape(
    "".join(
        sorted(
            set(
                bytes(range(0x80, 0xC0)).decode("cp1252", "ignore")
                + bytes(range(0x80, 0xA0)).decode("latin-1")
            )
        )
    )
)
_LEAD3 = re.escape(bytes(range(0xE0, 0xF0)).decode("cp1252"))
_MOJIBAKE = re.compile(f"[ÂÃÐÑ][{_CONTINUATION}]|[{_LEAD3}][{_CONTINUATION}]{{2}}|\ufffd")


# --------------------------------------------------------------------------- options and results


@dataclass(frozen=True)
class CollectOptions:
    """How one run behaves. `fetch` carries the HTTP limits, user agent and `allow_private`."""

    force: bool = False
    """`run --all`: ignore the schedule (never a gone or disabled feed, never a host's Retry-After)."""
    fetch: FetchSettings = field(default_factory=FetchSettings)
    lock_wait_s: float = 0.0
    max_entries_per_feed: int = 200
    """Entries considered per feed document (the first ones, usually the newest); a warning names the rest."""
    permanent_redirect_runs: int = 1
    """Runs in a row a 301/308 must be seen before the stored feed URL changes."""
    seed_defaults: bool = True
    """With no feeds in the database, subscribe to the bundled default list first."""
    policy: schedule.Policy = schedule.DEFAULT_POLICY


@dataclass(frozen=True)
class RunError:
    """One failure during a run: a feed or a page, with the short kind and a one-line message."""

    url: str
    kind: str
    message: str
    feed: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", printable(scrub(self.message)))
        object.__setattr__(self, "url", scrub(self.url))  # URL credentials are never shown or stored
        object.__setattr__(self, "feed", scrub(self.feed) if self.feed else self.feed)

    def as_dict(self) -> dict[str, str | None]:
        """JSON-ready form (what the runs table stores)."""
        return {"url": self.url, "kind": self.kind, "message": self.message, "feed": self.feed}

    def __str__(self) -> str:
        return self.message if self.url in self.message else f"{self.url}: {self.message}"


@dataclass
class FeedReport:
    """What happened to one feed in a run."""

    feed_id: int
    url: str
    name: str | None
    outcome: FeedOutcome = "ok"
    entries_new: int = 0
    articles_new: int = 0
    versions_new: int = 0
    duplicates: int = 0
    claims_new: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    retry_later: int = 0
    mojibake: int = 0
    """Mojibake sequences and replacement characters in this feed's entries and articles (F16)."""
    errors: list[RunError] = field(default_factory=list)


@dataclass
class RunSummary:
    """What a run did; `exit_code` is the CLI's status (0 fine, 1 something failed, 2 nothing worked)."""

    run_id: int
    started: datetime
    finished: datetime | None = None
    feeds_due: int = 0
    feeds_waiting: int = 0
    reports: list[FeedReport] = field(default_factory=list)

    def _count(self, *outcomes: str) -> int:
        return sum(1 for r in self.reports if r.outcome in outcomes)

    @property
    def feeds_checked(self) -> int:
        """Feeds actually requested (not those deferred because their host asked us to wait)."""
        return self._count("ok", "not_modified", "failed", "gone")

    @property
    def feeds_not_modified(self) -> int:
        """Feeds answered 304, or whose body was byte-identical to the last processed one."""
        return self._count("not_modified")

    @property
    def feeds_failed(self) -> int:
        """Feeds that could not be fetched or parsed (410 gone included)."""
        return self._count("failed", "gone")

    @property
    def feeds_deferred(self) -> int:
        """Due feeds not requested: skipped because of a host's Retry-After (this run's or an earlier one)."""
        return self._count("deferred") + self.feeds_waiting

    @property
    def errors(self) -> list[RunError]:
        """Every feed and page error, in feed order."""
        return [e for r in self.reports for e in r.errors]

    def total(self, name: str) -> int:
        """Sum of one FeedReport counter over all feeds."""
        return sum(int(getattr(r, name)) for r in self.reports)

    @property
    def status(self) -> str:
        """'ok', 'partial' (some feeds or pages failed) or 'failed' (every requested feed failed)."""
        if self.feeds_checked and self.feeds_failed == self.feeds_checked:
            return "failed"
        return "partial" if self.errors else "ok"

    @property
    def exit_code(self) -> int:
        """0 all fine, 1 some feeds or pages failed, 2 nothing worked."""
        return {"ok": 0, "partial": 1, "failed": 2}[self.status]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary (`claimwatch run --json`)."""
        elapsed = (self.finished - self.started).total_seconds() if self.finished else None
        return {
            "run_id": self.run_id,
            "status": self.status,
            "exit_code": self.exit_code,
            "started": self.started.isoformat(timespec="seconds"),
            "finished": self.finished.isoformat(timespec="seconds") if self.finished else None,
            "elapsed_s": round(elapsed, 3) if elapsed is not None else None,
            "feeds_due": self.feeds_due,
            "feeds_checked": self.feeds_checked,
            "feeds_not_modified": self.feeds_not_modified,
            "feeds_failed": self.feeds_failed,
            "feeds_deferred": self.feeds_deferred,
            "entries_new": self.total("entries_new"),
            "pages_fetched": self.total("pages_fetched"),
            "pages_failed": self.total("pages_failed"),
            "new_articles": self.total("articles_new"),
            "new_versions": self.total("versions_new"),
            "duplicates": self.total("duplicates"),
            "new_claims": self.total("claims_new"),
            "mojibake": self.total("mojibake"),
            "errors": [e.as_dict() for e in self.errors],
        }


class Observer:
    """Progress hooks for a run (the CLI draws a progress bar with them); the defaults do nothing."""

    def started(self, feeds: int) -> None:
        """The run is about to fetch `feeds` feeds."""

    def feed_done(self, report: FeedReport) -> None:
        """One feed is fully written."""


# --------------------------------------------------------------------------- the run, from the outside


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
    run = _Run(store, options, summary.run_id, now, rng or random.Random(), observer or Observer(), blocks)
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


# --------------------------------------------------------------------------- one feed entry's result


@dataclass
class _Item:
    """One feed entry after fetching: an article with its claims, or why there is none."""

    entry: FeedEntry
    article: Article | None = None
    claims: Sequence[Claim] = ()
    page_url: str | None = None
    page_status: int | None = None
    error: Error | None = None
    kind: str | None = None
    transient: bool = False
    known: bool = False
    """The GUID was recorded before (a full-content entry re-saved to catch edits)."""


def _outlet(article: Article, feed: dict[str, Any], parsed: ParsedFeed) -> str | None:
    """The outlet's name: the page's own (og:site_name), else the feed's, else the host."""
    host = host_of(article.url) if article.url else None
    if article.site and article.site != host:
        return article.site
    return feed.get("name") or parsed.title or article.site


@dataclass(frozen=True)
class _Page:
    """A fetched article page (shared by every feed linking to it in one run) or its failure."""

    article: Article | None
    status: int | None
    error: Error | None = None
    kind: str | None = None
    transient: bool = False


def scrub(text: str) -> str:
    """`text` with the user:password of every URL in it removed (RELIABILITY X6)."""
    return _USERINFO.sub("", text)


def printable(text: str) -> str:
    """One line, safe for a terminal or a log: whitespace runs become one space, other control
    characters (ANSI escapes from a hostile server's reason phrase, say) become \\xNN."""
    flat = " ".join(text.split())
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", flat)


def status_of(error: Error) -> int | None:
    """The HTTP status inside a FetchError kind like 'http_404'."""
    kind = getattr(error, "kind", "")
    return int(kind[5:]) if kind.startswith("http_") and kind[5:].isdigit() else None


def kind_of(error: Error) -> str:
    """A short kind for any claimwatch error (FetchError keeps its own)."""
    if isinstance(error, FetchError):
        return error.kind
    return {InputError: "not_an_article", StorageError: "storage"}.get(type(error), "error")


def mojibake_count(*texts: str | None) -> int:
    """How many mojibake sequences ('Ã©', 'â€™': UTF-8 decoded as cp1252 or Latin-1) and U+FFFD
    replacement characters the texts hold (RELIABILITY F16)."""
    return sum(len(_MOJIBAKE.findall(text)) for text in texts if text)


def body_hash(body: bytes) -> str:
    """SHA-256 of a response body: an unchanged body is "not modified" even without a 304."""
    return hashlib.sha256(body).hexdigest()


# --------------------------------------------------------------------------- the run, inside


class _Run:
    """The state of one run: the store, the fetcher, per-run caches and the clock reading."""

    def __init__(
        self,
        store: Store,
        options: CollectOptions,
        run_id: int,
        now: datetime,
        rng: random.Random,
        observer: Observer,
        blocks: dict[str, datetime],
    ) -> None:
        self.store = store
        self.options = options
        self.run_id = run_id
        self.now = now
        self.rng = rng
        self.observer = observer
        self.fetcher: Fetcher | None = None
        self.pages: dict[str, asyncio.Task[_Page]] = {}
        self.warm: asyncio.Future[None] | None = None
        self.cpu: ThreadPoolExecutor | None = None
        self.done: list[FeedReport] = []
        self.blocks = blocks

    async def fetch_all(self, feeds: Sequence[dict[str, Any]], resolver: Resolver | None) -> list[FeedReport]:
        """Fetch, process and write every feed concurrently within the fetcher's limits."""
        self.observer.started(len(feeds))
        # One thread for parsing and extraction: under the GIL more threads add no speed, and each busy
        # thread makes the event loop wait longer for every socket read (a 15 MiB body read with six
        # busy threads took 3.5 s instead of 0.7 s and ran past short deadlines).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimwatch-cpu") as self.cpu:
            self.warm = asyncio.ensure_future(self._on_cpu(_warm_up))
            async with Fetcher(self.options.fetch, resolver=resolver, clock=time.time) as fetcher:
                self.fetcher = fetcher
                reports = list(await asyncio.gather(*(self.feed(f) for f in feeds)))
            await self.warm
        return reports

    async def _on_cpu(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """`function(*args, **kwargs)` on the run's parsing thread."""
        assert self.cpu is not None
        return await asyncio.get_running_loop().run_in_executor(self.cpu, partial(function, *args, **kwargs))

    async def feed(self, feed: dict[str, Any]) -> FeedReport:
        """One feed from fetch to commit; whatever goes wrong stays inside this feed."""
        report = FeedReport(feed["id"], feed["url"], feed.get("name"))
        try:
            await self._feed(feed, report)
        except Error as e:  # e.g. the database refused a write: this feed is retried next run
            log.warning("feed %s: %s", feed["url"], e)
            report.outcome = "failed"
            report.errors.append(RunError(feed["url"], kind_of(e), f"{feed['url']}: {e}", feed["url"]))
        except Exception as e:  # a bug must not end the run either
            log.exception("feed %s: unexpected error", feed["url"])
            report.outcome = "failed"
            message = f"{feed['url']}: internal error {type(e).__name__}: {e}"
            report.errors.append(RunError(feed["url"], "internal", message, feed["url"]))
        self.done.append(report)
        self.observer.feed_done(report)
        return report

    async def _feed(self, feed: dict[str, Any], report: FeedReport) -> None:
        assert self.fetcher is not None
        try:
            result = await self.fetcher.fetch(
                feed["url"], kind="feed", etag=feed.get("etag"), last_modified=feed.get("last_modified")
            )
        except FetchError as e:
            self._write_failure(feed, e, report)
            return
        digest = None if result.not_modified else body_hash(result.body)
        if result.not_modified or digest == feed.get("body_hash"):
            self._write_not_modified(feed, result, report)
            return
        if not result.body.strip():  # RELIABILITY N18: say so, rather than "not a feed"
            empty = FetchError("empty_body", f"{feed['url']}: HTTP {result.status} with an empty body")
            self._write_failure(feed, empty, report)
            return
        base = scrub(result.final_url)  # links resolve without the feed's credentials: X6
        parsed = await self._on_cpu(parse_feed, result.body, url=base, headers=result.headers, now=self.now)
        if not parsed.usable:
            reason = parsed.problem or "no entries and no feed title"
            self._write_failure(
                feed, FetchError("not_a_feed", f"{feed['url']}: not a feed ({reason})"), report
            )
            return
        items = await self._items(feed, parsed)
        self._write_feed(feed, result, parsed, digest, items, report)

    # ---- entries and pages

    async def _items(self, feed: dict[str, Any], parsed: ParsedFeed) -> list[_Item]:
        """The entries worth handling: new GUIDs, plus known full-content ones (to catch edited text)."""
        seen = self.store.seen_guids(feed["id"])
        limit = self.options.max_entries_per_feed
        if len(parsed.entries) > limit:
            log.warning("feed %s: %d entries, handling the first %d", feed["url"], len(parsed.entries), limit)
        jobs = []
        for entry in parsed.entries[:limit]:
            known = entry.guid in seen
            if not known or entry.content:
                jobs.append(self._item(feed, parsed, entry, known))
        items = await asyncio.gather(*jobs)
        return [item for item in items if item is not None]

    async def _item(
        self, feed: dict[str, Any], parsed: ParsedFeed, entry: FeedEntry, known: bool
    ) -> _Item | None:
        if self.warm is not None:
            await self.warm  # the language model and gazetteer load once, not once per worker thread
        source = _source(feed, entry)
        feed_lang = feed.get("lang") or parsed.lang
        article = article_from_entry(entry, feed_lang=feed_lang, source=source)
        if article is None and known:
            return None  # a known summary-only entry: its page is not fetched again
        item = _Item(entry, known=known)
        if article is not None:
            item.article = self._complete(article, entry, feed_lang)
        elif entry.link:
            await self._from_page(item, feed, feed_lang)
        if item.article is None and not item.transient:
            item.article = self._summary_article(entry, feed_lang, source)
        if item.article is not None:
            item.article = item.article.model_copy(update={"site": _outlet(item.article, feed, parsed)})
            await self._extract(item)
        return item

    async def _extract(self, item: _Item) -> None:
        """The article's claims; an extractor crash is kept to this entry and retried next run."""
        assert item.article is not None
        try:
            item.claims = await self._on_cpu(_claims_of, item.article)
        except Exception as e:
            where = item.article.url or item.article.source
            log.exception("claim extraction failed for %s", where)
            item.article, item.transient, item.kind = None, True, "extraction_failed"
            item.error = Error(f"{where}: claim extraction failed ({type(e).__name__}: {e})")

    async def _from_page(self, item: _Item, feed: dict[str, Any], feed_lang: str | None) -> None:
        link = item.entry.link or ""
        task = self.pages.get(link)
        if task is None:
            task = self.pages[link] = asyncio.ensure_future(self._page(link))
        page = await task
        item.page_url, item.page_status = link, page.status
        item.error, item.kind, item.transient = page.error, page.kind, page.transient
        if page.article is not None:
            article = page.article.model_copy(update={"source": _source(feed, item.entry)})
            item.article = self._complete(article, item.entry, feed_lang)

    async def _page(self, url: str) -> _Page:
        """Fetch and read one article page (robots.txt honoured, HTML only)."""
        assert self.fetcher is not None
        until = self.blocks.get(schedule.host_of_url(url))
        if until is not None:
            error = FetchError(
                "rate_limited",
                f"{url}: not fetched, its host asked us to wait until {until:%Y-%m-%d %H:%M} UTC",
            )
            return _Page(None, None, error, error.kind, transient=True)
        try:
            result = await self.fetcher.fetch(url, kind="page")
        except FetchError as e:
            return _Page(None, status_of(e), e, e.kind, transient=self._transient(e, url))
        try:
            article = await self._on_cpu(
                article_from_html,
                result.body,
                url=result.final_url,
                source=url,
                headers=result.headers,
                fetched=self.now,
            )
        except InputError as e:
            return _Page(None, result.status, InputError(f"{url}: {e}"), "not_an_article")
        except Exception as e:  # an extractor bug on one page stays with that page
            log.exception("page %s: reading the HTML failed", url)
            return _Page(None, result.status, Error(f"{url}: {type(e).__name__}: {e}"), "parse_failed")
        return _Page(article, result.status)

    def _transient(self, error: FetchError, url: str) -> bool:
        """Worth another try next run: network trouble, 5xx, 429, or robots.txt saying "not now"."""
        status = status_of(error)
        if error.kind in _TRANSIENT_KINDS or status == 429 or (status is not None and status >= 500):
            return True
        if error.kind == "robots" and self.fetcher is not None:
            return any(
                url.startswith(origin + "/") and rules.verdict == "disallow_all"
                for origin, rules in self.fetcher.robots_cache.items()
            )
        return False

    def _complete(self, article: Article, entry: FeedEntry, feed_lang: str | None) -> Article:
        """Fill what the page did not say from the entry and the feed (title, date, language, fetch time)."""
        updates = {
            "title": article.title or entry.title,
            "published": article.published or entry.published,
            "lang": article.lang or entry.lang or normalize_lang(feed_lang),
            "fetched": article.fetched or self.now,
            "author": article.author or entry.author,
        }
        return article.model_copy(update=updates)

    def _summary_article(self, entry: FeedEntry, feed_lang: str | None, source: str) -> Article | None:
        """The entry's own text (content or summary) as the article, when there is enough of it."""
        text = html_to_text(entry.content) if entry.content else (entry.summary or "")
        if len(text) < MIN_TEXT_CHARS:
            return None
        link = entry.link
        return Article(
            url=link,
            canonical_url=canonicalize(link) if link else None,
            title=entry.title,
            author=entry.author,
            site=host_of(link) if link else None,
            published=entry.published,
            fetched=self.now,
            lang=detect_language(text) or entry.lang or normalize_lang(feed_lang),
            text=text,
            source=source,
        )

    # ---- writes: one transaction per feed, no awaits inside

    def _write_feed(
        self,
        feed: dict[str, Any],
        result: FetchResult,
        parsed: ParsedFeed,
        digest: str | None,
        items: list[_Item],
        report: FeedReport,
    ) -> None:
        state = self._success_state(
            feed, result, schedule.cache_hints(result.headers, self.now, parsed.ttl_s)
        )
        state.update(self._discovered(feed, parsed))
        state["last_error"] = f"bozo: {parsed.problem}" if parsed.bozo and parsed.problem else None
        with self.store.transaction():
            done = [self._write_item(feed, item, report) for item in items]
            if all(done):  # else the next run must see this body again, to retry what is missing
                state.update(_validators(result, replace_all=True), body_hash=digest)
            self._log(feed["id"], result.final_url, "ok", result.status, state["last_error"])
            self._update_feed(feed, state, report)
        log.info(
            "feed %s: %d new entries, %d new articles, %d new claims",
            feed["url"],
            report.entries_new,
            report.articles_new,
            report.claims_new,
        )

    def _write_item(self, feed: dict[str, Any], item: _Item, report: FeedReport) -> bool:
        """Store one entry (its article and claims in one savepoint); False if it must be retried."""
        report.entries_new += 0 if item.known else 1
        self._log_page(feed, item, report)
        self._count_mojibake(feed, item, report)
        if item.transient:
            report.retry_later += 1
            return False
        if item.article is None:
            self.store.record_entry(feed["id"], item.entry.guid, item.entry.link)
            return True
        try:
            saved = self.store.save_article(
                item.article,
                item.claims,
                extractor_version=_extractor_version(),
                feed_id=feed["id"],
                guid=item.entry.guid,
            )
        except StorageError as e:
            url = item.article.url or item.entry.guid
            report.errors.append(RunError(url, "storage", f"{url}: not stored ({e})", feed["url"]))
            return False
        report.articles_new += int(saved.outcome == "new")
        report.versions_new += int(saved.outcome == "new_version")
        report.duplicates += int(saved.outcome == "duplicate")
        report.claims_new += saved.claims_written
        return True

    @staticmethod
    def _count_mojibake(feed: dict[str, Any], item: _Item, report: FeedReport) -> None:
        """Count F16's suspicious sequences in what is stored of an entry (a warning, not an error: the
        text is kept as it came, and the run's status does not change)."""
        texts = (
            (item.article.title, item.article.text)
            if item.article
            else (item.entry.title, item.entry.summary)
        )
        found = mojibake_count(*texts)
        if found:
            report.mojibake += found
            where = (
                (item.article.url if item.article else None) or item.entry.link or _source(feed, item.entry)
            )
            log.warning(
                "%s: %d mojibake sequences or replacement characters (a wrong encoding?)", where, found
            )

    def _log_page(self, feed: dict[str, Any], item: _Item, report: FeedReport) -> None:
        """fetch_log and the run's errors for an entry's page (and for an entry that failed without one)."""
        fetched = item.page_url is not None
        report.pages_fetched += int(fetched)
        if item.error is None:
            if item.page_url is not None:
                self._log(feed["id"], item.page_url, "page_ok", item.page_status, None)
            return
        report.pages_failed += int(fetched)
        url = item.page_url or item.entry.link or _source(feed, item.entry)
        kind = item.kind or kind_of(item.error)
        outcome = ("page_" if fetched else "entry_") + ("retry" if item.transient else "error")
        self._log(feed["id"], url, outcome, item.page_status, f"{kind}: {item.error}")
        report.errors.append(RunError(url, kind, str(item.error), feed["url"]))
        log.warning("%s: %s", outcome.replace("_", " "), item.error)

    def _write_not_modified(self, feed: dict[str, Any], result: FetchResult, report: FeedReport) -> None:
        report.outcome = "not_modified"
        state = self._success_state(feed, result, schedule.cache_hints(result.headers, self.now))
        kept = feed.get("last_error") or ""
        state.update(  # the same body still has the same bozo problem; any fetch error is over
            _validators(result, replace_all=not result.not_modified),
            last_error=kept if kept.startswith("bozo:") else None,
        )
        with self.store.transaction():
            self._log(feed["id"], result.final_url, "not_modified", result.status, None)
            self._update_feed(feed, state, report)
        log.info("feed %s: not modified", feed["url"])

    def _write_failure(self, feed: dict[str, Any], error: FetchError, report: FeedReport) -> None:
        state, report.outcome = self._failure_state(feed, error)
        if report.outcome != "deferred":
            report.errors.append(RunError(feed["url"], error.kind, str(error), feed["url"]))
        outcome = {"deferred": "deferred", "gone": "gone"}.get(report.outcome, "error")
        with self.store.transaction():
            self._log(feed["id"], feed["url"], outcome, status_of(error), f"{error.kind}: {error}")
            self._update_feed(feed, state, report)
        log.warning("feed %s: %s", feed["url"], error)

    def _update_feed(self, feed: dict[str, Any], state: dict[str, Any], report: FeedReport) -> None:
        if state.get("last_error"):
            state["last_error"] = printable(state["last_error"])[:1000]
        try:
            self.store.update_feed(feed["id"], **state)
        except StorageError as e:  # e.g. removed meanwhile; its articles are kept
            report.errors.append(RunError(feed["url"], "storage", f"{feed['url']}: state not saved ({e})"))

    def _log(self, feed_id: int, url: str, outcome: str, status: int | None, error: str | None) -> None:
        text = printable(scrub(error))[:1000] if error else None
        self.store.log_fetch(
            self.run_id, feed_id, scrub(url), outcome=outcome, status_code=status, error=text
        )

    # ---- feed state

    def _success_state(self, feed: dict[str, Any], result: FetchResult, hints: list[float]) -> dict[str, Any]:
        policy = self.options.policy
        state: dict[str, Any] = {
            "last_checked": self.now,
            "last_ok": self.now,
            "error_count": 0,
            "next_due": schedule.next_after_success(
                self.now, feed.get("interval_s"), hints, self.rng, policy
            ),
        }
        state.update(self._redirect_state(feed, result))
        return state

    def _failure_state(self, feed: dict[str, Any], error: FetchError) -> tuple[dict[str, Any], FeedOutcome]:
        if error.kind == "rate_limited":  # not requested: this run already saw a 429 from the host
            wait = max(error.retry_after or 0.0, 60.0)
            next_due = self.now + timedelta(seconds=wait)
            return {"next_due": next_due, "last_error": f"{schedule.RATE_LIMITED}: {error}"}, "deferred"
        state: dict[str, Any] = {"last_checked": self.now}
        if error.kind == "http_410":
            state.update(status="gone", next_due=None, last_error=f"gone: {error}")
            return state, "gone"
        failures = int(feed.get("error_count") or 0) + 1
        limited = error.kind == "http_429" or (error.kind == "http_503" and error.retry_after is not None)
        retry_after = error.retry_after if limited else None
        label = schedule.RATE_LIMITED if limited else error.kind
        state.update(
            error_count=failures,
            last_error=f"{label}: {error}",
            next_due=schedule.next_after_failure(
                self.now, failures, retry_after, self.rng, self.options.policy
            ),
        )
        return state, "failed"

    def _redirect_state(self, feed: dict[str, Any], result: FetchResult) -> dict[str, Any]:
        """301/308 seen `permanent_redirect_runs` runs in a row: the stored URL moves (unless taken)."""
        target = result.final_url
        if not result.permanent_redirect or target == feed["url"]:
            return {"redirect_url": None, "redirect_count": 0} if feed.get("redirect_url") else {}
        count = int(feed.get("redirect_count") or 0) + 1 if feed.get("redirect_url") == target else 1
        if count < self.options.permanent_redirect_runs:
            return {"redirect_url": target, "redirect_count": count}
        if self.store.get_feed(target) is not None:
            log.warning("feed %s moved to %s, which is already subscribed", feed["url"], target)
            return {"redirect_url": target, "redirect_count": count}
        log.info("feed %s moved permanently to %s", feed["url"], target)
        return {"url": target, "redirect_url": None, "redirect_count": 0}

    @staticmethod
    def _discovered(feed: dict[str, Any], parsed: ParsedFeed) -> dict[str, Any]:
        """A feed added by bare URL learns its name and language from the feed itself."""
        found: dict[str, Any] = {}
        if not feed.get("name") and parsed.title:
            found["name"] = parsed.title[:200]
        if not feed.get("lang") and parsed.lang:
            found["lang"] = parsed.lang
        return found


def _source(feed: Mapping[str, Any], entry: FeedEntry) -> str:
    """An article's `source`: the feed URL; `feed#guid` for an entry without a link, because the store
    falls back to the source as the article's identity and two link-less entries must not collide."""
    url = scrub(feed["url"])  # the feed's credentials stay out of stored rows (X6)
    return url if entry.link else f"{url}#{entry.guid}"


def _validators(result: FetchResult, *, replace_all: bool) -> dict[str, str | None]:
    """ETag / Last-Modified exactly as received. After a 304 only the ones the server re-sent change."""
    headers = {k.lower(): v for k, v in result.headers.items()}
    values = {"etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
    return values if replace_all else {k: v for k, v in values.items() if v is not None}


def _warm_up() -> None:
    """Load the language identifier and the extractor's data once, before worker threads need them."""
    try:
        detect_language("A short English sentence, long enough for the language identifier to load.")
        _claims_of(Article(text="Warm-up: no model is named here.", source="warm-up"))
    except Exception:  # the real calls report it, per article
        log.debug("warm-up failed", exc_info=True)


def _claims_of(article: Article) -> list[Claim]:
    from claimwatch.pipeline import claims_of

    return claims_of(article)


def _extractor_version() -> str:
    from claimwatch.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


# --------------------------------------------------------------------------- the feeds registry


def new_feed(url: str, *, name: str | None = None, lang: str | None = None) -> Feed:
    """A validated feed (absolute http(s) URL, language normalised); UsageError otherwise."""
    for value in (url, name, lang):  # undecodable bytes from argv arrive as lone surrogates
        if value is not None and _SURROGATE.search(value):
            raise UsageError(f"not valid UTF-8 text: {value!r}")
    try:
        return Feed(url=url, name=name or url, lang=lang)
    except ValueError as e:
        raise UsageError(f"not an http(s) feed URL: {url!r}") from e


def add_feed(
    store: Store,
    url: str,
    *,
    name: str | None = None,
    lang: str | None = None,
    interval_s: float | None = None,
) -> tuple[int, bool]:
    """Subscribe to a feed; returns (feed id, True if it was new). An existing URL keeps its settings."""
    feed = new_feed(url, name=name, lang=lang)
    policy = schedule.DEFAULT_POLICY
    if interval_s is not None and not policy.min_interval_s <= interval_s <= policy.max_interval_s:
        raise UsageError("the interval must be between 15 minutes and 7 days")
    interval = schedule.interval_s(interval_s)
    same = _subscribed_as(store, feed.url)
    if same is not None:  # the same feed written differently (case, port, tracking parameters): C3
        return int(same["id"]), False
    feed_id = store.add_feed(feed.url, name=name, lang=feed.lang, interval_s=int(interval))
    return feed_id, True


def _subscribed_as(store: Store, url: str) -> dict[str, Any] | None:
    """The subscribed feed whose URL has the same canonical form as `url`, if any."""
    key = canonicalize(url)
    return next((row for row in store.list_feeds() if canonicalize(row["url"]) == key), None)


def find_feed(store: Store, id_or_url: str) -> dict[str, Any]:
    """A feed by id or exact URL; UsageError naming it when unknown."""
    if _SURROGATE.search(id_or_url):  # undecodable bytes from argv: no stored URL can match
        raise UsageError(f"no feed {id_or_url!r} (see 'claimwatch feeds list')")
    key: int | str = int(id_or_url) if id_or_url.strip().isdigit() else id_or_url.strip()
    feed = store.get_feed(key)
    if feed is None and isinstance(key, str):
        feed = store.get_feed(canonicalize(key))
    if feed is None:
        raise UsageError(f"no feed {id_or_url!r} (see 'claimwatch feeds list')")
    return feed


def set_enabled(store: Store, id_or_url: str, enabled: bool) -> dict[str, Any]:
    """Enable (also a gone feed; errors and backoff reset, due at once) or disable a feed; returns it."""
    feed = find_feed(store, id_or_url)
    if enabled:
        store.update_feed(feed["id"], enabled=True, status="active", error_count=0, next_due=None)
    else:
        store.update_feed(feed["id"], enabled=False)
    return find_feed(store, str(feed["id"]))


def remove_feed(store: Store, id_or_url: str) -> dict[str, Any]:
    """Unsubscribe: the feed, its entries and fetch log go; stored articles and claims stay."""
    feed = find_feed(store, id_or_url)
    store.remove_feed(feed["id"])
    return feed


def import_feeds(store: Store, opml: bytes) -> tuple[int, int]:
    """Subscribe to every feed in an OPML document in one transaction; returns (listed, new)."""
    feeds = read_opml(opml)
    known = {canonicalize(row["url"]) for row in store.list_feeds()}
    new = [feed for feed in feeds if canonicalize(feed.url) not in known]
    with store.transaction():
        for feed in new:
            store.add_feed(feed.url, name=feed.name, lang=feed.lang, enabled=feed.enabled)
    return len(feeds), len(new)


def export_feeds(store: Store) -> str:
    """Every feed as OPML; gone and disabled feeds are written with enabled="false"."""
    feeds = [
        Feed(
            url=row["url"], name=row["name"] or row["url"], lang=row["lang"], enabled=schedule.is_active(row)
        )
        for row in store.list_feeds()
    ]
    return write_opml(feeds)


def feed_state(feed: Mapping[str, Any], now: datetime) -> str:
    """One word for `feeds list`: new, ok, failing, rate-limited, gone or disabled."""
    if feed.get("status") == "gone":
        return "gone"
    if not feed.get("enabled", 1):
        return "disabled"
    if schedule.rate_limited_until(feed, now) is not None:
        return "rate-limited"
    if int(feed.get("error_count") or 0) > 0:
        return "failing"
    return "ok" if feed.get("last_checked") else "new"


def feed_rows(store: Store, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every feed with its state word, for listing."""
    now = now or datetime.now(UTC)
    return [{**row, "state": feed_state(row, now)} for row in store.list_feeds()]


def run_rows(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The latest runs, newest first, with `errors` as a list and `error_count`."""
    import json

    rows = []
    for row in store.list_runs(limit):
        errors = json.loads(row.pop("errors_json") or "[]")
        rows.append({**row, "errors": errors, "error_count": len(errors)})
    return rows


def parse_duration(text: str) -> float:
    """'90' (seconds), '30m', '2h', '1d' -> seconds; UsageError for anything else."""
    value = text.strip().lower()
    units = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
    scale = units.get(value[-1:]) if value else None
    number = value[:-1] if scale is not None else value
    try:
        seconds = float(number) * (scale or 1.0)
    except ValueError:
        raise UsageError(f"not a duration: {text!r} (e.g. 90, 30m, 2h, 1d)") from None
    if seconds <= 0:
        raise UsageError(f"duration must be positive: {text!r}")
    return seconds


def fetch_settings(
    *,
    user_agent: str | None = None,
    allow_private: bool = False,
    timeout_s: float | None = None,
    per_host_delay_s: float | None = None,
    base: FetchSettings | None = None,
) -> FetchSettings:
    """FetchSettings from the run options; unset values keep the (polite) defaults."""
    changes: dict[str, Any] = {"allow_private": allow_private}
    if user_agent:
        changes["user_agent"] = user_agent
    if timeout_s is not None:
        changes.update(
            deadline_s=timeout_s,
            connect_timeout_s=min(timeout_s, 10.0),
            read_timeout_s=min(timeout_s, 20.0),
        )
    if per_host_delay_s is not None:
        changes["per_host_delay_s"] = per_host_delay_s
    return replace(base or FetchSettings(), **changes)


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
