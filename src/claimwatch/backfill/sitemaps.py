"""Sitemaps: parse a sitemap tree, then fetch its pages politely through `fetch.Fetcher` in a background
event loop, handed over as Records in sitemap order."""

from __future__ import annotations

import contextlib
import queue
import threading
import xml.etree.ElementTree as ET
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Literal

from claimwatch.backfill.records import Mark, MiB, Page, Record, one_line
from claimwatch.errors import Error, FetchError, InputError

if TYPE_CHECKING:
    import asyncio

SITEMAP_MAX_DOCS = 2000
SITEMAP_MAX_DEPTH = 4
SITEMAP_MAX_BYTES = 60 * MiB
"""The sitemap protocol allows 50 MB uncompressed; a little slack, then refused."""


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One <url> of a urlset or <sitemap> of an index: the address and its date (news date, else lastmod)."""

    loc: str
    date: datetime | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap document."""

    kind: Literal["index", "urlset"]
    entries: list[SitemapEntry]


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap, sitemap index or news sitemap (gzipped or not) -> Sitemap; InputError if it is none.

    Namespaces are ignored (sites get them wrong); `<news:publication_date>` wins over `<lastmod>`.
    """
    data = _gunzip(body) if body[:2] == b"\x1f\x8b" else body
    if b"<!ENTITY" in data:
        raise InputError("sitemap declares XML entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(f"not a sitemap (XML error: {e})") from e
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise InputError(f"not a sitemap (root element <{kind}>)")
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries = [_entry(node) for node in root if _local(node.tag) == child]
    return Sitemap("index" if kind == "sitemapindex" else "urlset", [e for e in entries if e is not None])


def _gunzip(body: bytes) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = d.decompress(body, SITEMAP_MAX_BYTES)
    except zlib.error as e:
        raise InputError(f"sitemap: bad gzip data ({e})") from e
    if d.unconsumed_tail:
        raise InputError(f"sitemap larger than {SITEMAP_MAX_BYTES // MiB} MiB uncompressed")
    return data


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _entry(node: ET.Element) -> SitemapEntry | None:
    loc, lastmod, news_date = None, None, None
    for element in node.iter():
        name = _local(element.tag)
        text = (element.text or "").strip()
        if name == "loc" and loc is None:
            loc = text
        elif name == "lastmod":
            lastmod = text
        elif name == "publication_date":
            news_date = text
    if not loc:
        return None
    return SitemapEntry(loc, _sitemap_date(news_date) or _sitemap_date(lastmod))


def _sitemap_date(value: str | None) -> datetime | None:
    """W3C datetime ('2024-05-01', '2024-05-01T10:00:00+02:00', 'Z') -> aware datetime; None if not one."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _since_ok(when: datetime | None, since: date | None) -> bool:
    """Undated entries pass (nothing says they are old)."""
    if since is None or when is None:
        return True
    return when >= datetime(since.year, since.month, since.day, tzinfo=UTC)


async def sitemap_entries(
    fetcher: Any, root: str, since: date | None
) -> tuple[list[SitemapEntry], list[str]]:
    """The page entries of a sitemap tree (indexes followed, older child sitemaps not fetched), in document
    order without repeats and filtered by `since`; plus one error line per child sitemap that failed.
    The root failing raises FetchError or InputError.

    Sitemaps are fetched like feeds (the URL was given by the operator; no robots.txt), pages later like
    pages. At most SITEMAP_MAX_DOCS documents, SITEMAP_MAX_DEPTH levels of index.
    """
    pages: dict[str, SitemapEntry] = {}
    errors: list[str] = []
    seen: set[str] = set()
    todo: deque[tuple[str, int]] = deque([(root, 0)])
    while todo and len(seen) < SITEMAP_MAX_DOCS:
        url, depth = todo.popleft()
        if url in seen:
            continue
        seen.add(url)
        try:
            sitemap = await _fetch_sitemap(fetcher, url)
        except Error as e:
            if url == root:
                raise
            errors.append(str(e))
            continue
        for entry in sitemap.entries:
            if not _since_ok(entry.date, since):
                continue
            if sitemap.kind == "index" and depth < SITEMAP_MAX_DEPTH:
                todo.append((entry.loc, depth + 1))
            elif sitemap.kind == "urlset":
                pages.setdefault(entry.loc, entry)
    return list(pages.values()), errors


async def _fetch_sitemap(fetcher: Any, url: str) -> Sitemap:
    """Fetch and parse one sitemap document; FetchError or InputError (naming the URL) when it fails.

    A `.xml.gz` is usually served as application/x-gzip (or gzip, octet-stream): accepted here only, and
    decompressed within the fetcher's own decoded-size cap for the fetch, so a gzip bomb is refused as
    a body sent with Content-Encoding: gzip would be.
    """
    from claimwatch.fetch import GZIP_TYPES, gunzip_capped

    body = (await fetcher.fetch(url, kind="feed", accept_types=GZIP_TYPES)).body
    if body[:2] == b"\x1f\x8b":
        body = gunzip_capped(body, fetcher.settings.cap_for("feed"), url)
    try:
        return parse_sitemap(body)
    except InputError as e:
        raise InputError(f"{url}: {e}") from e


def read_sitemap(
    root: str,
    *,
    since: date | None,
    settings: Any,
    done: Callable[[list[str]], Mapping[str, str]],
    source: str | None = None,
    window: int = 16,
) -> Iterator[Record]:
    """Every page of a sitemap tree as a Record, fetched through `Fetcher` (robots.txt, per-host limits,
    caps, the address guard), in sitemap order. Pages whose (URL, date) `done` reports are not fetched.

    The sitemaps are read first (in this thread); the pages are then fetched by a background thread
    running an event loop, at most `window` at a time, and handed over through a bounded queue.
    """
    from claimwatch.fetch import Fetcher

    async def list_entries() -> tuple[list[SitemapEntry], list[str]]:
        async with Fetcher(settings) as fetcher:
            return await sitemap_entries(fetcher, root, since)

    import asyncio

    entries, errors = asyncio.run(list_entries())
    for error in errors:
        yield Record(Mark(root, "page"), skip="sitemap_error", error=error)
    stamps = {e.loc: _iso_or_empty(e.date) for e in entries}
    already = done(list(stamps))
    todo = [e for e in entries if already.get(e.loc) != stamps[e.loc]]
    if todo:
        yield from _fetch_pages(todo, settings, source or root, window)


def _iso_or_empty(when: datetime | None) -> str:
    return when.isoformat() if when else ""


def _fetch_pages(entries: list[SitemapEntry], settings: Any, source: str, window: int) -> Iterator[Record]:
    """Fetch pages in a background event loop; yield their Records in order as they arrive."""
    handoff: queue.Queue[Record | None] = queue.Queue(maxsize=max(4, window))
    stop = threading.Event()
    thread = threading.Thread(
        target=_fetch_thread,
        args=(entries, settings, source, window, handoff, stop),
        name="claimwatch-sitemap",
        daemon=True,
    )
    thread.start()
    try:
        while (record := handoff.get()) is not None:
            yield record
    finally:
        stop.set()
        with contextlib.suppress(queue.Empty):
            while True:
                handoff.get_nowait()
        thread.join(timeout=30)


def _fetch_thread(
    entries: list[SitemapEntry],
    settings: Any,
    source: str,
    window: int,
    handoff: queue.Queue[Record | None],
    stop: threading.Event,
) -> None:
    def put(record: Record | None) -> None:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                handoff.put(record, timeout=0.2)
                return

    import asyncio

    try:
        asyncio.run(_fetch_in_order(entries, settings, source, window, put, stop))
    except Exception as e:  # never leave the reader waiting
        put(Record(Mark(source, "page"), skip="sitemap_error", error=f"{source}: {one_line(e)}"))
    finally:
        put(None)


async def _fetch_in_order(
    entries: list[SitemapEntry],
    settings: Any,
    source: str,
    window: int,
    put: Callable[[Record | None], None],
    stop: threading.Event,
) -> None:
    import asyncio

    from claimwatch.fetch import Fetcher

    async with Fetcher(settings) as fetcher:
        pending: deque[tuple[SitemapEntry, asyncio.Task[Any]]] = deque()
        for entry in entries:
            if stop.is_set():
                break
            pending.append((entry, asyncio.create_task(fetcher.fetch(entry.loc, kind="page"))))
            if len(pending) >= window:
                await _deliver(*pending.popleft(), source, put)
        while pending and not stop.is_set():
            await _deliver(*pending.popleft(), source, put)
        for _, task in pending:
            task.cancel()


async def _deliver(
    entry: SitemapEntry, task: asyncio.Task[Any], source: str, put: Callable[[Record | None], None]
) -> None:
    mark = Mark(entry.loc, "page", stamp=_iso_or_empty(entry.date), finished=True)
    try:
        result = await task
    except FetchError as e:
        if e.kind == "robots":
            record = Record(replace(mark, finished=False), skip="robots")
        else:
            record = Record(replace(mark, finished=False), skip=f"fetch_{e.kind}", error=str(e))
    else:
        page = Page(
            result.body,
            url=result.final_url,
            source=source,
            fetched=datetime.now(UTC).replace(microsecond=0),
            content_type=result.headers.get("content-type"),
        )
        record = Record(mark, page=page, progress=len(result.body))
    import asyncio

    await asyncio.to_thread(put, record)
