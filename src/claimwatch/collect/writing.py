"""One feed's writes, all in one transaction with no awaits inside: its articles and claims, entries, fetch
log and new state (`FeedWriter`), and the fetched entry (`Item`) they are written from."""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from claimwatch import schedule
from claimwatch.collect.results import CollectOptions, FeedOutcome, FeedReport, RunError, kind_of, status_of
from claimwatch.collect.text import mojibake_count, printable, scrub
from claimwatch.errors import Error, FetchError, StorageError
from claimwatch.feeds import FeedEntry, ParsedFeed
from claimwatch.fetch import FetchResult
from claimwatch.models import Article, Claim
from claimwatch.store import Store

log = logging.getLogger("claimwatch.collect")  # the logger name a run's lines have always carried


@dataclass
class Item:
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


def source(feed: Mapping[str, Any], entry: FeedEntry) -> str:
    """An article's `source`: the feed URL; `feed#guid` for an entry without a link, because the store
    falls back to the source as the article's identity and two link-less entries must not collide."""
    url = scrub(feed["url"])  # the feed's credentials stay out of stored rows (X6)
    return url if entry.link else f"{url}#{entry.guid}"


def _validators(result: FetchResult, *, replace_all: bool) -> dict[str, str | None]:
    """ETag / Last-Modified exactly as received. After a 304 only the ones the server re-sent change."""
    headers = {k.lower(): v for k, v in result.headers.items()}
    values = {"etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
    return values if replace_all else {k: v for k, v in values.items() if v is not None}


def _extractor_version() -> str:
    from claimwatch.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


class FeedWriter:
    """The writing half of a run (`fetching.Run` adds the fetching): the store, the options, the run's id,
    its clock reading and random source."""

    def __init__(
        self, store: Store, options: CollectOptions, run_id: int, now: datetime, rng: random.Random
    ) -> None:
        self.store = store
        self.options = options
        self.run_id = run_id
        self.now = now
        self.rng = rng

    # ---- writes: one transaction per feed, no awaits inside

    def _write_feed(
        self,
        feed: dict[str, Any],
        result: FetchResult,
        parsed: ParsedFeed,
        digest: str | None,
        items: list[Item],
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

    def _write_item(self, feed: dict[str, Any], item: Item, report: FeedReport) -> bool:
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
    def _count_mojibake(feed: dict[str, Any], item: Item, report: FeedReport) -> None:
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
                (item.article.url if item.article else None) or item.entry.link or source(feed, item.entry)
            )
            log.warning(
                "%s: %d mojibake sequences or replacement characters (a wrong encoding?)", where, found
            )

    def _log_page(self, feed: dict[str, Any], item: Item, report: FeedReport) -> None:
        """fetch_log and the run's errors for an entry's page (and for an entry that failed without one)."""
        fetched = item.page_url is not None
        report.pages_fetched += int(fetched)
        if item.error is None:
            if item.page_url is not None:
                self._log(feed["id"], item.page_url, "page_ok", item.page_status, None)
            return
        report.pages_failed += int(fetched)
        url = item.page_url or item.entry.link or source(feed, item.entry)
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
