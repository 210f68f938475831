"""Article pages and texts to `Article`. The only module that imports trafilatura (and pycld2).

Thresholds, and why:

* `MIN_TEXT_CHARS` (80): below this an extraction is treated as empty. Short news items
  (a two-sentence brief is ~200 characters) must survive, so the bar is deliberately low.
* `PAYWALL_MAX_CHARS` (600): a paywall, login or consent phrase only condemns a page whose
  extracted text is shorter than this; long articles may mention "subscribe" in passing.
* `ENTRY_MIN_TEXT_CHARS` (500): a feed entry's own content is used as the article only
  when it is at least this long; otherwise it is probably a teaser and the caller should
  fetch the linked page.
* `FUTURE_SLACK` (2 days): a published date further ahead of the fetch time (or of now)
  is a publisher error or an event date, so it is dropped rather than stored.
"""

from __future__ import annotations

import codecs
import contextlib
import copy
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import charset_normalizer
import pycld2
import trafilatura
from dateutil import parser as dateparser
from trafilatura import metadata as page_meta
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from claimwatch.errors import InputError
from claimwatch.feeds import FeedEntry, clean_text, html_to_text, normalize_lang
from claimwatch.models import Article
from claimwatch.urls import canonicalize, host_of, resolve

MIN_TEXT_CHARS = 80
PAYWALL_MAX_CHARS = 600
ENTRY_MIN_TEXT_CHARS = 500
FUTURE_SLACK = timedelta(days=2)
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")
MIN_LETTERS = 20
MIN_LANG_PERCENT = 50  # of the text's bytes in the winning language
_LANG_SAMPLE = 20_000
_SNIFF = 2048
_CHAOS_TOLERANCE = 0.1

_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1f\x8b", "gzip"),
)
_OPTIONS = Extractor(output_format="python", fast=True, precision=True, comments=False)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG Encoding: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"ascii": "cp1252", "iso8859-1": "cp1252", "latin-1": "cp1252"}
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.IGNORECASE
)
_LINK_TAG = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(rel|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_NEWLINES = re.compile(r"\r\n?")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Phrases of paywall, login and cookie-consent stubs, lower case (en, de, fr, es).
PAYWALL_PHRASES = (
    "subscribe to continue reading",
    "subscribe to read",
    "subscribers only",
    "sign in to continue reading",
    "accept cookies",
    "jetzt abonnieren",
    "nur für abonnenten",
    "weiterlesen mit",
    "abo abschließen",
    "cookies zustimmen",
    "abonnez-vous",
    "réservé aux abonnés",
    "accepter les cookies",
    "suscríbete",
    "suscribete",
    "exclusivo para suscriptores",
    "aceptar cookies",
)


def article_from_html(
    html: bytes | str,
    *,
    url: str | None,
    source: str,
    headers: Mapping[str, str] | None = None,
    fetched: datetime | None = None,
    lang: str | None = None,
) -> Article:
    """Extract the main text and metadata of an HTML page.

    Raises `InputError` with a one-line reason for binary content, a page with no article
    text (under `MIN_TEXT_CHARS`), or a paywall/consent stub. `url` is only used as metadata
    and as the base for a relative canonical link; nothing is fetched.
    """
    page = decode_html(html, headers) if isinstance(html, bytes) else _checked_str(html)
    doc = _extract(page, url, fetched)
    text = clean_text(str(getattr(doc, "text", None) or "")).strip()
    _require_article_text(text, page)
    title = _field(doc, "title")
    return Article(
        url=url,
        canonical_url=_canonical(page, getattr(doc, "url", None), url),
        title=title,
        author=_field(doc, "author"),
        site=_field(doc, "sitename") or (host_of(url) if url else None),
        published=parse_published(_field(doc, "date"), reference=fetched),
        fetched=fetched,
        lang=lang or detect_language(text) or html_lang(page),
        text=with_headline(title, text),
        source=source,
    )


def with_headline(title: str | None, body: str) -> str:
    """The article text with its headline as the first paragraph: headlines carry claims too
    ("Kodiak 3 will have 400B parameters"), and trafilatura returns the body without it."""
    if not title or body.startswith(title.strip()):
        return body
    return f"{title.strip()}\n\n{body}"


def article_from_text(
    text: str,
    *,
    source: str,
    lang: str | None = None,
    title: str | None = None,
    published: datetime | None = None,
) -> Article:
    """Wrap plain text (a file, stdin) as an Article, keeping it exact so offsets hold.

    Only three things change: a leading BOM is removed, CR LF and lone CR become LF, and
    lone surrogates (from a bad decode; SQLite refuses them) become U+FFFD one for one.
    Empty text is allowed: it simply yields no claims.
    """
    body = _NEWLINES.sub("\n", text.removeprefix("\ufeff"))
    body = _SURROGATE.sub("\ufffd", body)
    return Article(
        title=title,
        published=published,
        lang=lang or detect_language(body),
        text=body,
        source=source,
    )


def article_from_entry(entry: FeedEntry, *, feed_lang: str | None, source: str) -> Article | None:
    """Use a feed entry's full content as the article, or None when it is too short to be one.

    None means: fetch `entry.link` and call `article_from_html`. Language: detected on the
    text first, then the entry's declared language, then the feed's.
    """
    if not entry.content:
        return None
    text = html_to_text(entry.content)
    if len(text) < ENTRY_MIN_TEXT_CHARS:
        return None
    return Article(
        url=entry.link,
        canonical_url=canonicalize(entry.link) if entry.link else None,
        title=entry.title,
        author=entry.author,
        site=host_of(entry.link) if entry.link else None,
        published=entry.published,
        lang=detect_language(text) or entry.lang or normalize_lang(feed_lang),
        text=with_headline(entry.title, text),
        source=source,
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code among `LANGUAGES`, or None for text with under 20 letters or no clear winner.

    CLD2 (pycld2) ships its model inside the extension: about 25 µs and 6 MB, where py3langid took
    0.8 ms per page and 103 MB of memory for its model (measured on this project's pages and the dev set,
    with the same answers on every one).
    """
    sample = text[:_LANG_SAMPLE]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    try:
        _, _, details = pycld2.detect(sample.encode("utf-8", "replace").decode("utf-8"), bestEffort=True)
    except pycld2.error:
        return None
    for _name, code, percent, _score in details:
        if code in LANGUAGES and percent >= MIN_LANG_PERCENT:
            return str(code)
    return None


def _has_letters(text: str, wanted: int) -> bool:
    # stops at the wanted count: counting every letter of the sample cost more than CLD2 itself
    for ch in text:
        if ch.isalpha():
            wanted -= 1
            if not wanted:
                return True
    return wanted <= 0


def decode_html(body: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Decode page bytes without ever failing on bad bytes; refuse binary content.

    Order: a byte-order mark; valid UTF-8 (Miniflux's rule: a declaration saying otherwise
    is wrong, FreshRSS#7510); the Content-Type charset; `<meta charset>` or http-equiv in
    the first 2 KiB; charset-normalizer (tilted to windows-1252); finally UTF-8 with
    replacement characters.
    ISO-8859-1 and ASCII labels decode as windows-1252, as browsers do.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    declared = _header_charset(headers) or _meta_charset(body)
    if not (declared or "").startswith(("utf-16", "utf-32")):
        _refuse_binary(body)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = declared or _detected_charset(body) or "utf-8"
    return body.decode(codec, errors="replace")


def parse_published(value: str | None, *, reference: datetime | None = None) -> datetime | None:
    """Parse a page's date (ISO 8601 as trafilatura writes it, else with dateutil), keeping its offset;
    naive values are taken as UTC.

    None when unparsable or more than two days after `reference` (default: now).
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)  # a tenth of dateutil's time on trafilatura's own format
    except ValueError:
        try:
            parsed = dateparser.parse(value)
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed > (reference or datetime.now(UTC)) + FUTURE_SLACK:
        return None
    return parsed


def html_lang(page: str) -> str | None:
    """The primary subtag of ``<html lang>``, if the page declares one."""
    match = _HTML_LANG.search(page[:4096])
    return normalize_lang(match.group(1)) if match else None


def _checked_str(page: str) -> str:
    head = page[:_SNIFF].lstrip()
    for magic, name in _MAGIC:
        if head.startswith(magic.decode("latin-1")):
            raise InputError(f"binary content ({name}), not an article")
    if "\x00" in page[:8192]:
        raise InputError("binary content (NUL bytes), not an article")
    return clean_text(page)


def _refuse_binary(body: bytes) -> None:
    head = body[:_SNIFF].lstrip()
    for magic, name in _MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary content ({name}), not an article")
    if b"\x00" in body[:8192]:
        raise InputError("binary content (NUL bytes), not an article")


def _header_charset(headers: Mapping[str, str] | None) -> str | None:
    content_type = next((v for k, v in (headers or {}).items() if k.lower() == "content-type"), "")
    match = _HEADER_CHARSET.search(content_type)
    return _codec(match.group(1)) if match else None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_SNIFF])
    return _codec(match.group(1).decode("ascii")) if match else None


def _detected_charset(body: bytes) -> str | None:
    """charset-normalizer's guess, tilted towards windows-1252.

    On short Western European text it often ranks a Baltic or Central European code page
    first by a hair; all of claimwatch's languages are windows-1252 languages, so that
    code page wins whenever it is nearly as plausible as the best guess.
    """
    matches = list(charset_normalizer.from_bytes(body[:200_000]))
    if not matches:
        return None
    best = matches[0]
    for match in matches:
        if match.chaos <= best.chaos + _CHAOS_TOLERANCE and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    return _codec(best.encoding)


def _codec(label: str) -> str | None:
    """Python codec name for a charset label, or None if Python does not know it."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _WEB_ALIASES.get(name, name)


def _extract(page: str, url: str | None, fetched: datetime | None) -> Any:
    """trafilatura's main text, with the metadata `_metadata` reads from the same parsed tree."""
    latest = (fetched or datetime.now(UTC)) + FUTURE_SLACK
    date_params = {
        "original_date": True,
        "extensive_search": False,
        "outputformat": "%Y-%m-%dT%H:%M:%S%z",
        "max_date": latest.strftime("%Y-%m-%d"),
    }
    try:
        tree = load_html(page)
        if tree is None:
            return None
        meta = _metadata(tree, url, date_params)
        doc = trafilatura.bare_extraction(tree, options=_options(url or meta.url))
    except Exception as exc:  # lxml and trafilatura raise many types (RecursionError on deep nesting, …)
        raise InputError(f"HTML could not be parsed ({type(exc).__name__})") from exc
    if doc is None:
        return None
    for name in ("title", "author", "date", "sitename", "url"):
        setattr(doc, name, getattr(meta, name))
    return doc


def _options(url: str | None) -> Extractor:
    # a copy of options made once: building them reads trafilatura's settings anew, 0.13 ms per page
    options = copy.copy(_OPTIONS)
    options.url = options.source = url
    return options


def _metadata(tree: Any, url: str | None, date_params: dict[str, Any]) -> Any:
    """The fields an `Article` keeps, found as `trafilatura.metadata.extract_metadata` finds them, in its
    order, without the categories, tags and licence it also looks for: those took 0.6 of its 0.8 ms per
    page (10 KB bench pages), a quarter of the HTML-to-text stage."""
    meta = page_meta.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    with contextlib.suppress(Exception):  # trafilatura guards its JSON-LD reader the same way
        meta = page_meta.extract_meta_json(tree, meta)
    meta.title = meta.title or page_meta.extract_title(tree)
    meta.author = meta.author or page_meta.extract_author(tree)
    meta.url = meta.url or page_meta.extract_url(tree, url)
    meta.date = page_meta.find_date(tree, **date_params, url=meta.url)
    if not meta.sitename:
        meta.sitename = page_meta.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (found := page_meta.META_URL.match(meta.url)):
        meta.sitename = found[1]
    return meta


def _require_article_text(text: str, page: str) -> None:
    if len(text) >= PAYWALL_MAX_CHARS:
        return
    if len(text) >= MIN_TEXT_CHARS and not _has_paywall_phrase(text):
        return
    if _has_paywall_phrase(text) or _has_paywall_phrase(html_to_text(page)):
        raise InputError("paywall or consent page")
    raise InputError(f"no article text ({len(text)} characters extracted)")


def _has_paywall_phrase(text: str) -> bool:
    low = text.lower()
    return any(phrase in low for phrase in PAYWALL_PHRASES)


def _canonical(page: str, doc_url: object, url: str | None) -> str | None:
    """``<link rel=canonical>`` resolved against `url` (trafilatura drops relative ones),
    else what trafilatura found (og:url), else `url`; in `urls.canonicalize` form."""
    found = resolve(url, canonical_link(page)) or (
        resolve(url, doc_url) if isinstance(doc_url, str) else None
    )
    chosen = found or resolve(None, url)
    return canonicalize(chosen) if chosen else None


def canonical_link(page: str) -> str | None:
    """The raw href of the page's ``<link rel="canonical">``, if any (first 64 KiB)."""
    for tag in _LINK_TAG.findall(page[:65536]):
        attrs = {
            m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag)
        }
        if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href", "").strip():
            return attrs["href"].strip()
    return None


def _field(doc: Any, name: str) -> str | None:
    value = getattr(doc, name, None)
    if not isinstance(value, str):
        return None
    return " ".join(clean_text(value).split()) or None
