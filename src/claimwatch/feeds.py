"""Feed parsing: bytes and response headers in, entries out. The only module that imports feedparser.

Bad input is data: `parse_feed` never raises. A broken feed comes back with `bozo` set, the
exception class and message in `problem`, and whatever entries feedparser's loose parser could
still read. feedparser is always handed a byte stream, never a string (a string may be taken
as a URL or a file name: RELIABILITY X11), so parsing does no network or file access.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
import time
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import feedparser
from pydantic import BaseModel, ConfigDict

from claimwatch.urls import resolve

# C0 controls except tab/newline/carriage return, DEL, and lone surrogates (sqlite3 refuses them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*$")
_NUMERIC_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:[-/.]\d{1,2})?$")
FUTURE_SLACK = timedelta(days=2)
EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)


class FeedEntry(BaseModel):
    """One item of a feed, cleaned: absolute link, UTC date, text summary."""

    model_config = ConfigDict(frozen=True)

    guid: str
    link: str | None = None
    title: str | None = None
    published: datetime | None = None
    published_raw: str | None = None
    author: str | None = None
    summary: str | None = None
    content: str | None = None
    lang: str | None = None


class ParsedFeed(BaseModel):
    """What could be read from one feed document."""

    model_config = ConfigDict(frozen=True)

    title: str | None = None
    link: str | None = None
    lang: str | None = None
    ttl_s: int | None = None
    version: str = ""
    entries: list[FeedEntry] = []
    bozo: bool = False
    problem: str | None = None
    usable: bool = False


def parse_feed(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> ParsedFeed:
    """Parse a feed document (RSS 0.9x/1.0/2.0, Atom, CDF …) from its raw bytes. Never raises.

    `url` is the final URL the body came from: relative links resolve against it. `headers`
    are the HTTP response headers (Content-Type matters for the encoding). With `now`,
    entry dates more than two days after it are dropped (the raw string is kept).

    `usable` is False when nothing feed-like came out: no entries and neither a recognised
    feed format nor a feed title or link (an empty body, JSON, an HTML page).
    """
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers["content-location"] = url
    try:
        result = feedparser.parse(io.BytesIO(body), response_headers=response_headers)
    except Exception as exc:  # feedparser promises not to raise; this keeps our promise if it does
        return ParsedFeed(bozo=True, problem=_problem(exc))
    return _build(result, url, now)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment: tags dropped, entities decoded, blocks on their own lines."""
    parser = _TextParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        pass
    return clean_text(parser.text())


def clean_text(text: str) -> str:
    """Remove control characters and lone surrogates; keep tabs and newlines."""
    return _CONTROL.sub("", text)


def normalize_lang(value: object) -> str | None:
    """`'de-DE'` → `'de'`; None for anything that is not a language tag."""
    if not isinstance(value, str):
        return None
    match = _LANG.match(value.strip())
    return match.group(1).lower() if match else None


def _build(result: Any, url: str, now: datetime | None) -> ParsedFeed:
    feed = result.get("feed", {}) or {}
    entries = _entries(result.get("entries", []) or [], url, now)
    version = str(result.get("version") or "")
    title = _one_line(feed.get("title"))
    link = resolve(url, feed.get("link"))
    exc = result.get("bozo_exception")
    return ParsedFeed(
        title=title,
        link=link,
        lang=normalize_lang(feed.get("language")),
        ttl_s=_ttl_seconds(feed.get("ttl")),
        version=version,
        entries=entries,
        bozo=bool(result.get("bozo")),
        problem=_problem(exc) if exc is not None else None,
        usable=bool(entries or version or title or link),
    )


def _entries(raw_entries: list[Any], url: str, now: datetime | None) -> list[FeedEntry]:
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for position, raw in enumerate(raw_entries):
        entry = _entry(raw, url, now)
        guid = _unique_guid(entry.guid, entry.link, position, seen)
        seen.add(guid)
        entries.append(entry if guid == entry.guid else entry.model_copy(update={"guid": guid}))
    return entries


def _unique_guid(guid: str, link: str | None, position: int, seen: set[str]) -> str:
    """Disambiguate a GUID repeated within one feed as Miniflux does: guid|link, then guid|position."""
    if guid not in seen:
        return guid
    if link and f"{guid}|{link}" not in seen:
        return f"{guid}|{link}"
    return f"{guid}|{position}"


def _entry(raw: Any, url: str, now: datetime | None) -> FeedEntry:
    link = resolve(url, raw.get("link"))
    title = _entry_title(raw)
    summary = _summary_text(raw)
    content = _content_html(raw)
    return FeedEntry(
        guid=_guid(raw, link, title, summary),
        link=link,
        title=title,
        published=_published(raw, now),
        published_raw=_one_line(_plain(raw, "published") or _plain(raw, "updated") or _plain(raw, "created")),
        author=_one_line(raw.get("author")),
        summary=summary,
        content=content,
        lang=_entry_lang(raw),
    )


def _guid(raw: Any, link: str | None, title: str | None, summary: str | None) -> str:
    """The entry's id; else its link; else ``hash:`` + SHA-256 of title and summary (first 32 hex)."""
    guid = _one_line(raw.get("id"))
    if guid:
        return guid
    if link:
        return link
    digest = hashlib.sha256(f"{title or ''}\n{summary or ''}".encode()).hexdigest()
    return f"hash:{digest[:32]}"


def _entry_title(raw: Any) -> str | None:
    title = raw.get("title")
    if not isinstance(title, str):
        return None
    detail = raw.get("title_detail") or {}
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        title = html_to_text(title)
    return _one_line(title)


def _summary_text(raw: Any) -> str | None:
    summary = raw.get("summary")
    if not isinstance(summary, str):
        return None
    if (raw.get("summary_detail") or {}).get("type") == "text/plain":  # already text: unescaped once only
        lines = (" ".join(line.split()) for line in clean_text(summary).splitlines())
        return "\n".join(line for line in lines if line) or None
    return html_to_text(summary).strip() or None


def _content_html(raw: Any) -> str | None:
    content = raw.get("content") or []
    if not content:
        return None
    value = content[0].get("value")
    return clean_text(value) if isinstance(value, str) and value.strip() else None


def _entry_lang(raw: Any) -> str | None:
    for key in ("content", "summary_detail", "title_detail"):
        detail = raw.get(key)
        if isinstance(detail, list):
            detail = detail[0] if detail else None
        lang = normalize_lang((detail or {}).get("language"))
        if lang:
            return lang
    return None


def _published(raw: Any, now: datetime | None) -> datetime | None:
    """First of published/updated/created as an aware UTC datetime.

    feedparser's ``*_parsed`` tuples are already UTC, so they go through `calendar.timegm`,
    never `time.mktime` (which would apply the host's time zone: lemon24/reader#76).
    Dates before 1990 and (with `now`) more than two days ahead are implausible: None.
    """
    for key in ("published", "updated", "created"):
        parsed = _plain(raw, f"{key}_parsed")
        if isinstance(parsed, tuple):
            value = _from_utc_tuple(parsed)
            return _plausible(value, now) if _agrees_with_raw(value, _plain(raw, key)) else None
    return None


def _plain(raw: Any, key: str) -> Any:
    """`raw[key]` without FeedParserDict's deprecated published<-updated fallback (it warns, and this module
    already falls back in its own order)."""
    return dict.get(raw, key) if isinstance(raw, dict) else None


def _agrees_with_raw(value: datetime | None, raw_text: object) -> bool:
    """False when feedparser's reading cannot be the date the raw text states (kurtmckee/feedparser#75:
    ``2016/6/29 15:07:41`` comes back as 2016-11-01): a numeric year-month-day more than a day away from
    the parsed UTC date (a day covers any offset), or a year or year-month with no day at all."""
    if value is None or not isinstance(raw_text, str):
        return True
    text = raw_text.strip()
    if _PARTIAL_DATE.match(text):
        return False
    match = _NUMERIC_DATE.match(text)
    if match is None:
        return True
    try:
        stated = date(*(int(part) for part in match.groups()))
    except ValueError:
        return False
    return abs((value.date() - stated).days) <= 1


def _from_utc_tuple(parsed: time.struct_time | tuple[int, ...]) -> datetime | None:
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, OSError, ValueError, TypeError):
        return None


def _plausible(value: datetime | None, now: datetime | None) -> datetime | None:
    if value is None or value < EARLIEST:
        return None
    if now is not None and value > now + FUTURE_SLACK:
        return None
    return value


def _ttl_seconds(value: object) -> int | None:
    """RSS ``<ttl>`` is in minutes."""
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if minutes > 0 else None


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(clean_text(value).split())
    return text or None


def _problem(exc: BaseException) -> str:
    message = " ".join(str(exc).split())
    name = type(exc).__name__
    return f"{name}: {message}" if message else name


class _TextParser(HTMLParser):
    """Collects text, skipping script/style, with newlines around block elements."""

    _SKIP = frozenset({"script", "style", "template", "noscript"})
    _BLOCK = frozenset(
        {
            "p",
            "div",
            "br",
            "li",
            "ul",
            "ol",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "pre",
            "table",
            "tr",
            "section",
            "article",
            "header",
            "footer",
            "figure",
            "figcaption",
            "hr",
        }
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCK:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).splitlines())
        return "\n".join(line for line in lines if line)
