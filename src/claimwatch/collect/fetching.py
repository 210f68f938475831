"""One run from the inside: feeds and article pages fetched concurrently through one Fetcher, parsing and
claim extraction on one worker thread, each feed written (`FeedWriter`) once its fetching is done."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from claimwatch import schedule
from claimwatch.articles import MIN_TEXT_CHARS, article_from_entry, article_from_html, detect_language
from claimwatch.collect.results import CollectOptions, FeedReport, Observer, RunError, kind_of, status_of
from claimwatch.collect.text import scrub
from claimwatch.collect.writing import FeedWriter, Item, source
from claimwatch.errors import Error, FetchError, InputError
from claimwatch.feeds import FeedEntry, ParsedFeed, html_to_text, normalize_lang, parse_feed
from claimwatch.fetch import Fetcher, Resolver
from claimwatch.models import Article, Claim
from claimwatch.store import Store
from claimwatch.urls import canonicalize, host_of

log = logging.getLogger("claimwatch.collect")  # the logger name a run's lines have always carried
T = TypeVar("T")

# Page failures worth retrying next run; anything else is permanent for that entry (it is recorded and,
# when the feed gave enough text, stored from the summary).
_TRANSIENT_KINDS = frozenset({"timeout", "connect", "dns", "network", "incomplete", "tls", "rate_limited"})


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


def body_hash(body: bytes) -> str:
    """SHA-256 of a response body: an unchanged body is "not modified" even without a 304."""
    return hashlib.sha256(body).hexdigest()


class Run(FeedWriter):
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
        super().__init__(store, options, run_id, now, rng)
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

    async def _items(self, feed: dict[str, Any], parsed: ParsedFeed) -> list[Item]:
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
    ) -> Item | None:
        if self.warm is not None:
            await self.warm  # the language model and gazetteer load once, not once per worker thread
        entry_source = source(feed, entry)
        feed_lang = feed.get("lang") or parsed.lang
        article = article_from_entry(entry, feed_lang=feed_lang, source=entry_source)
        if article is None and known:
            return None  # a known summary-only entry: its page is not fetched again
        item = Item(entry, known=known)
        if article is not None:
            item.article = self._complete(article, entry, feed_lang)
        elif entry.link:
            await self._from_page(item, feed, feed_lang)
        if item.article is None and not item.transient:
            item.article = self._summary_article(entry, feed_lang, entry_source)
        if item.article is not None:
            item.article = item.article.model_copy(update={"site": _outlet(item.article, feed, parsed)})
            await self._extract(item)
        return item

    async def _extract(self, item: Item) -> None:
        """The article's claims; an extractor crash is kept to this entry and retried next run."""
        assert item.article is not None
        try:
            item.claims = await self._on_cpu(_claims_of, item.article)
        except Exception as e:
            where = item.article.url or item.article.source
            log.exception("claim extraction failed for %s", where)
            item.article, item.transient, item.kind = None, True, "extraction_failed"
            item.error = Error(f"{where}: claim extraction failed ({type(e).__name__}: {e})")

    async def _from_page(self, item: Item, feed: dict[str, Any], feed_lang: str | None) -> None:
        link = item.entry.link or ""
        task = self.pages.get(link)
        if task is None:
            task = self.pages[link] = asyncio.ensure_future(self._page(link))
        page = await task
        item.page_url, item.page_status = link, page.status
        item.error, item.kind, item.transient = page.error, page.kind, page.transient
        if page.article is not None:
            article = page.article.model_copy(update={"source": source(feed, item.entry)})
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
