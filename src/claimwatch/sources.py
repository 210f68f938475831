"""The feeds registry without a database: the `Feed` model, OPML import/export, the bundled list.

OPML conventions read here:

* every ``<outline>`` with an ``xmlUrl`` is a feed, at any depth; outlines without one are folders;
* the name is ``title``, else ``text``, else the URL;
* the language is the ``language`` attribute; else a ``category`` token ``lang/xx`` or
  ``lang:xx`` (e.g. ``category="/lang/de,/tech"``); else inherited from the nearest folder
  outline that has one;
* ``enabled="false"`` (our own attribute) marks a disabled feed.

Feed URLs must be absolute http(s) URLs without spaces; a bad one is refused with the
offending value. A feed listed twice (after URL canonicalisation) is kept once.
"""

from __future__ import annotations

import importlib.resources
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from claimwatch.errors import Error, InputError
from claimwatch.feeds import normalize_lang
from claimwatch.urls import canonicalize

log = logging.getLogger(__name__)

_DECLARATIONS = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_CATEGORY_LANG = re.compile(r"(?:^|[/,\s])lang[/:]([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\b", re.IGNORECASE)
DEFAULT_OPML = "feeds.opml"


class Feed(BaseModel):
    """One subscribed feed."""

    model_config = ConfigDict(frozen=True)

    url: str
    name: str
    lang: str | None = None
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _web_url(cls, value: str) -> str:
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
            raise ValueError(f"not an http(s) feed URL: {value!r}")
        return value

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return normalize_lang(value) if value else None


def read_opml(data: bytes) -> list[Feed]:
    """Feeds listed in an OPML document. Raises `InputError` for DOCTYPE/ENTITY, bad XML or bad URLs."""
    root = _parse_xml(data)
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise InputError("not an OPML document (no <opml><body>)")
    feeds: dict[str, Feed] = {}
    for feed in _walk(body, inherited_lang=None):
        key = canonicalize(feed.url)
        if key in feeds:
            log.warning("feed listed twice, keeping the first: %s", feed.url)
            continue
        feeds[key] = feed
    return list(feeds.values())


def write_opml(feeds: Iterable[Feed], *, title: str = "claimwatch feeds") -> str:
    """An OPML 2.0 document listing `feeds`, flat, readable back by `read_opml`."""
    root = ET.Element("opml", version="2.0")
    ET.SubElement(ET.SubElement(root, "head"), "title").text = title
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if feed.lang:
            attrs["language"] = feed.lang
        if not feed.enabled:
            attrs["enabled"] = "false"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def default_feeds() -> list[Feed]:
    """The bundled list of AI-news feeds (``data/feeds.opml``)."""
    return read_opml((data_dir() / DEFAULT_OPML).read_bytes())


def data_dir() -> Traversable:
    """The package's data folder: installed as ``claimwatch/data`` in the wheel, else ``data/`` in the repo.

    The wheel build force-includes the repo's ``data/`` as ``claimwatch/data``; a source
    checkout (``PYTHONPATH=src`` or an editable install) has it at ``<repo>/data`` next to ``src/``.
    """
    packaged = importlib.resources.files("claimwatch") / "data"
    if packaged.is_dir():
        return packaged
    repo = Path(__file__).resolve().parents[2] / "data"
    if repo.is_dir():
        return repo
    raise Error(f"claimwatch data folder not found (looked in {packaged} and {repo})")


class _Refused(Exception):
    pass


class _NoDoctype(ET.TreeBuilder):
    """Aborts on a DOCTYPE before any entity in it can be declared or expanded."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        raise _Refused("DOCTYPE")


def _parse_xml(data: bytes) -> ET.Element:
    # The byte scan catches ASCII-compatible encodings early; the parser hook catches the rest (UTF-16).
    if _DECLARATIONS.search(data):
        raise InputError("OPML with DOCTYPE or ENTITY declarations refused (entity expansion risk)")
    parser = ET.XMLParser(target=_NoDoctype())
    try:
        parser.feed(data)
        return parser.close()
    except _Refused as exc:
        raise InputError("OPML with DOCTYPE or ENTITY declarations refused (entity expansion risk)") from exc
    except ET.ParseError as exc:
        raise InputError(f"OPML is not well-formed XML: {exc}") from exc


def _walk(node: ET.Element, inherited_lang: str | None) -> Iterator[Feed]:
    for outline in node.findall("outline"):
        lang = _outline_lang(outline) or inherited_lang
        if outline.get("xmlUrl"):
            yield _feed(outline, lang)
        yield from _walk(outline, lang)


def _outline_lang(outline: ET.Element) -> str | None:
    lang = normalize_lang(outline.get("language"))
    if lang:
        return lang
    match = _CATEGORY_LANG.search(outline.get("category", ""))
    return normalize_lang(match.group(1)) if match else None


def _feed(outline: ET.Element, lang: str | None) -> Feed:
    url = outline.get("xmlUrl", "")
    name = (outline.get("title") or outline.get("text") or url).strip() or url
    enabled = outline.get("enabled", "true").strip().lower() not in ("false", "0", "no")
    try:
        return Feed(url=url, name=name, lang=lang, enabled=enabled)
    except ValidationError as exc:
        raise InputError(f"bad feed in OPML: {url!r} is not an http(s) URL") from exc
