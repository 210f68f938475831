"""What a run is given and what it reports: its options, each feed's report, the run's summary, the
progress hooks, and the short error kinds they carry."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from claimwatch import schedule
from claimwatch.collect.text import printable, scrub
from claimwatch.errors import Error, FetchError, InputError, StorageError
from claimwatch.fetch import FetchSettings

FeedOutcome = Literal["ok", "not_modified", "failed", "gone", "deferred", "waiting"]


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


def status_of(error: Error) -> int | None:
    """The HTTP status inside a FetchError kind like 'http_404'."""
    kind = getattr(error, "kind", "")
    return int(kind[5:]) if kind.startswith("http_") and kind[5:].isdigit() else None


def kind_of(error: Error) -> str:
    """A short kind for any claimwatch error (FetchError keeps its own)."""
    if isinstance(error, FetchError):
        return error.kind
    return {InputError: "not_an_article", StorageError: "storage"}.get(type(error), "error")
