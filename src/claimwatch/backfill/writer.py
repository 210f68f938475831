"""The one writer: articles, claims and resume marks saved in batches, one transaction per batch."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from claimwatch.backfill.records import PREFILTERED, Extracted, Mark, Outcome, Record, Skipped
from claimwatch.backfill.report import BackfillReport

if TYPE_CHECKING:
    from claimwatch.models import Article, Claim

BATCH_MARKS = 2000
BATCH_SECONDS = 5.0


class Writer:
    """Saves articles and marks in batches, one transaction per batch, in source order."""

    def __init__(self, store: Any, batch_articles: int, report: BackfillReport) -> None:
        from claimwatch.extract import EXTRACTOR_VERSION

        self.store = store
        self.batch_articles = max(1, batch_articles)
        self.report = report
        self.version = EXTRACTOR_VERSION
        self.items: list[tuple[Article, list[Claim]]] = []
        self.marks: dict[str, Mark] = {}
        self.since = time.monotonic()

    def add(self, record: Record, outcome: Outcome | None) -> None:
        if isinstance(outcome, Extracted):
            self.report.parsed += 1
            self.items.append((outcome.article, outcome.claims))
        elif isinstance(outcome, Skipped):
            if outcome is PREFILTERED:
                self.report.prefiltered += 1
            else:
                self.report.parsed += 1
                self.report.skipped[outcome.reason] += 1
        if _keeps_mark(record):
            self.marks[record.mark.key] = record.mark
        if (
            len(self.items) >= self.batch_articles
            or len(self.marks) >= BATCH_MARKS
            or time.monotonic() - self.since >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Commit the batch: the articles with their claims and the marks, in one transaction."""
        self.since = time.monotonic()
        if not self.items and not self.marks:
            return
        with self.store.transaction():
            results = self.store.save_many(self.items, extractor_version=self.version) if self.items else []
            self.store.save_backfill_positions([mark.row() for mark in self.marks.values()])
        for result in results:
            self._count(result.outcome, result.claims_written)
        self.items, self.marks = [], {}

    def _count(self, outcome: str, claims: int) -> None:
        self.report.articles += 1
        self.report.claims += claims
        if outcome == "new":
            self.report.new += 1
        elif outcome == "new_version":
            self.report.new_versions += 1
        elif outcome == "duplicate":
            self.report.duplicates += 1
        else:
            self.report.unchanged += 1


def _keeps_mark(record: Record) -> bool:
    """Page and file marks are only kept once the page was really read (a failed fetch is tried again)."""
    return record.mark.kind == "warc" or record.mark.finished
