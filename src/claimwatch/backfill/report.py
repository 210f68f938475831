"""How to backfill (`BackfillOptions`), what a backfill did (`BackfillReport`, `count_record`) and who is
told as it goes (`Observer`)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from claimwatch.backfill.records import MAX_PAGE_BYTES, Record

BATCH_ARTICLES = 100
"""Articles per transaction: large enough that commits cost little, small enough to lose little work."""


@dataclass(frozen=True)
class BackfillOptions:
    """How to backfill. `workers=0` means one per core; `workers=1` does everything in this process."""

    workers: int = 0
    prefilter: bool = True
    resume: bool = True
    since: date | None = None
    batch_articles: int = BATCH_ARTICLES
    max_page_bytes: int = MAX_PAGE_BYTES
    fetch: Any = None
    """FetchSettings for sitemaps (default: FetchSettings())."""

    def worker_count(self) -> int:
        if self.workers > 0:
            return self.workers
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass
class BackfillReport:
    """What a backfill did. `pages` are HTML pages read; `parsed` of them reached trafilatura."""

    inputs: int = 0
    inputs_failed: int = 0
    records: int = 0
    pages: int = 0
    prefiltered: int = 0
    parsed: int = 0
    articles: int = 0
    new: int = 0
    duplicates: int = 0
    new_versions: int = 0
    unchanged: int = 0
    claims: int = 0
    already_done: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 1

    @property
    def exit_code(self) -> int:
        """0 all fine, 1 some inputs or records failed, 2 nothing worked."""
        if self.inputs and self.inputs_failed == self.inputs:
            return 2
        return 1 if self.errors else 0

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (`--json`)."""
        rate = self.pages / self.seconds if self.seconds else 0.0
        return {
            "inputs": self.inputs, "inputs_failed": self.inputs_failed, "records": self.records,
            "pages": self.pages, "prefiltered": self.prefiltered, "parsed": self.parsed,
            "articles": self.articles, "new": self.new, "duplicates": self.duplicates,
            "new_versions": self.new_versions, "unchanged": self.unchanged, "claims": self.claims,
            "already_done": self.already_done, "skipped": dict(sorted(self.skipped.items())),
            "errors": len(self.errors), "workers": self.workers, "seconds": round(self.seconds, 3),
            "pages_per_s": round(rate, 1),
        }  # fmt: skip


class Observer:
    """Told how the backfill goes (the CLI draws a progress bar); this default says nothing."""

    def begin(self, total_bytes: int) -> None:
        """Before reading: the input bytes expected (archives and files; sitemaps are not known)."""

    def advance(self, progress: int, report: BackfillReport) -> None:
        """After each record read: `progress` more input bytes are done."""


def count_record(record: Record, report: BackfillReport) -> None:
    """Count a record read: pages, skips by reason, error lines."""
    if record.error:
        report.errors.append(record.error)
    if record.page is None and record.skip is None:
        return  # only moves the mark (the end of an archive, the bytes after a damaged gzip member)
    report.records += 1
    if record.page is not None:
        report.pages += 1
    if record.skip is not None:
        report.skipped[record.skip] += 1
