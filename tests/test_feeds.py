"""Feed parsing (RELIABILITY cases F1-F25): bytes in, entries out, never an exception."""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from datetime import UTC, datetime
from pathlib import Path

import feedparser  # used only as the oracle for the corpus test
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimwatch.feeds import ParsedFeed, clean_text, html_to_text, normalize_lang, parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "feedparser"
XML = {"Content-Type": "application/rss+xml; charset=utf-8"}


def load(
    name: str, *, url: str = "https://feeds.example/ai/rss.xml", headers: dict[str, str] | None = None
) -> ParsedFeed:
    return parse_feed((FIXTURES / name).read_bytes(), url=url, headers=headers)


def test_rss2_channel_fields() -> None:
    feed = load("rss2_en.xml", headers=XML)
    assert (feed.title, feed.lang, feed.ttl_s, feed.version) == ("Circuit Weekly: AI", "en", 45 * 60, "rss20")
    assert feed.link == "https://feeds.example/ai/"
    assert feed.usable and not feed.bozo and feed.problem is None


def test_rss2_entry_relative_link_resolved_against_feed_url() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[0]
    assert entry.link == "https://feeds.example/2025/05/harbor-labs-kestrel"
    assert entry.guid == "cw-1001"
    assert entry.author == "Morgan Ellery"
    assert entry.summary == "The Rotterdam startup introduced Kestrel on Monday."


def test_rss2_full_content_kept_as_sanitised_html() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[0]
    assert entry.content is not None
    assert "<p>Harbor Labs, a startup based in Rotterdam" in entry.content
    assert "<script" not in entry.content
    assert load("rss2_en.xml", headers=XML).entries[1].content is None


def test_offset_date_converted_to_the_right_utc_instant() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[0]
    assert entry.published == datetime(2025, 5, 12, 12, 15, tzinfo=UTC)
    assert entry.published_raw == "Mon, 12 May 2025 14:15:00 +0200"


def test_mest_abbreviation_is_utc_plus_two() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[1]
    assert entry.published == datetime(2025, 5, 13, 7, 30, tzinfo=UTC)
    assert entry.published is not None and entry.published.utcoffset() is not None


def test_duplicate_guids_disambiguated_by_link() -> None:
    entries = load("rss2_en.xml", headers=XML).entries
    assert entries[1].guid == "cw-1002"
    assert entries[2].guid == "cw-1002|https://circuit.example/2025/05/osprey-2-delay-update"
    assert len({e.guid for e in entries}) == len(entries)


def test_duplicate_guids_without_links_disambiguated_by_position() -> None:
    item = "<item><title>t{n}</title><guid isPermaLink='false'>same</guid></item>"
    body = f"<rss version='2.0'><channel><title>x</title>{item.format(n=1)}{item.format(n=2)}</channel></rss>"
    entries = parse_feed(body.encode(), url="https://f.example/").entries
    assert [e.guid for e in entries] == ["same", "same|1"]


def test_entry_without_link_is_kept_and_flagged_with_hash_guid() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[3]
    assert entry.link is None
    assert entry.title == "Podcast: what is a parameter, anyway?"
    assert re.fullmatch(r"hash:[0-9a-f]{32}", entry.guid)


def test_entry_without_guid_uses_its_link() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[4]
    assert entry.guid == entry.link == "https://circuit.example/2025/05/link-only"


def test_non_http_link_dropped() -> None:
    entry = load("rss2_en.xml", headers=XML).entries[5]
    assert entry.guid == "cw-1005"
    assert entry.link is None


def test_atom_with_xml_base_language_and_html_title() -> None:
    feed = load("atom_de.xml", headers={"Content-Type": "application/atom+xml"})
    assert feed.version == "atom10" and feed.lang == "de"
    first = feed.entries[0]
    assert first.link == "https://www.digitalblatt.example/ki/nordlicht-fjord-modell"
    assert first.title == "Nordlicht KI stellt Modell Fjord vor"
    assert first.lang == "de"
    assert first.published == datetime(2025, 6, 3, 12, 20, tzinfo=UTC)
    assert first.content is not None and "Nordlicht KI" in first.content


def test_atom_falls_back_to_updated_date() -> None:
    entry = load("atom_de.xml").entries[1]
    assert entry.published == datetime(2025, 6, 4, 8, 0, tzinfo=UTC)


def test_rss1_rdf() -> None:
    feed = load("rdf_fr.xml", headers={"Content-Type": "application/rdf+xml"})
    assert feed.version == "rss10" and feed.lang == "fr"
    assert [e.link for e in feed.entries] == [
        "https://lereseau.example/ia/maree-numerique-heron",
        "https://lereseau.example/ia/ouvrage-ouvert",
    ]
    assert feed.entries[0].author == "Élodie Marchand"
    assert feed.entries[0].published == datetime(2025, 4, 22, 8, 5, tzinfo=UTC)


def test_truncated_xml_is_bozo_but_entries_kept() -> None:
    feed = load("truncated_es.xml", headers=XML)
    assert feed.bozo and feed.usable
    assert feed.problem is not None and "\n" not in feed.problem
    assert feed.problem.startswith("SAXParseException")
    assert feed.entries[0].title == "Tecnológica Andina presenta «Cóndor»"
    assert feed.entries[0].published == datetime(2025, 7, 15, 14, 0, tzinfo=UTC)


def test_json_garbage_is_not_usable() -> None:
    feed = load("garbage.json", headers={"Content-Type": "application/json"})
    assert feed.bozo and not feed.usable and feed.entries == []


def test_html_page_is_not_usable() -> None:
    body = b"<html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
    feed = parse_feed(body, url="https://f.example/feed", headers={"Content-Type": "text/html"})
    assert not feed.usable


def test_empty_body() -> None:
    feed = parse_feed(b"", url="https://f.example/feed")
    assert not feed.usable and feed.entries == []


def test_zero_entries_is_still_usable() -> None:
    body = b"<rss version='2.0'><channel><title>Quiet</title><link>https://q.example/</link></channel></rss>"
    feed = parse_feed(body, url="https://q.example/rss", headers=XML)
    assert feed.usable and feed.entries == []


def test_latin1_bytes_declared_utf8() -> None:
    feed = load("latin1_declared_utf8.xml", headers={"Content-Type": "application/rss+xml"})
    assert feed.bozo and feed.problem is not None and "CharacterEncodingOverride" in feed.problem
    assert feed.entries[0].title == "Marée Numérique présente « Héron »"


def test_utf8_bytes_declared_latin1() -> None:
    feed = load("utf8_declared_latin1.xml", headers={"Content-Type": "application/rss+xml"})
    assert feed.entries[0].title == "Größere Modelle, höhere Kosten"
    assert "Ã" not in (feed.title or "")


def test_header_charset_passed_to_feedparser() -> None:
    body = "<?xml version='1.0'?><rss version='2.0'><channel><title>Café</title></channel></rss>".encode(
        "cp1252"
    )
    feed = parse_feed(
        body, url="https://f.example/", headers={"Content-Type": "text/xml; charset=windows-1252"}
    )
    assert feed.title == "Café"


def test_control_characters_dropped() -> None:
    body = (
        b"<rss version='2.0'><channel><title>A\x01B</title><item><title>T&#1;x\x7f</title>"
        b"<link>https://f.example/1</link></item></channel></rss>"
    )
    feed = parse_feed(body, url="https://f.example/")
    assert feed.entries[0].title == "Tx"
    assert clean_text("a\x00b\tc\nd\ud800") == "ab\tc\nd"


def test_future_dates_dropped_only_with_now() -> None:
    body = (
        b"<rss version='2.0'><channel><title>x</title><item><title>t</title><link>https://f.example/1</link>"
        b"<pubDate>Wed, 01 Jan 2031 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_feed(body, url="https://f.example/").entries[0].published == datetime(
        2031, 1, 1, 10, tzinfo=UTC
    )
    entry = parse_feed(body, url="https://f.example/", now=now).entries[0]
    assert entry.published is None and entry.published_raw == "Wed, 01 Jan 2031 10:00:00 GMT"


def test_dates_before_1990_dropped() -> None:
    body = (
        b"<rss version='2.0'><channel><title>x</title><item><title>t</title><link>https://f.example/1</link>"
        b"<pubDate>Mon, 01 Jan 1973 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    assert parse_feed(body, url="https://f.example/").entries[0].published is None


def test_ttl_garbage_ignored() -> None:
    body = b"<rss version='2.0'><channel><title>x</title><ttl>soon</ttl></channel></rss>"
    assert parse_feed(body, url="https://f.example/").ttl_s is None


def test_entity_bomb_not_expanded() -> None:
    decls = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    body = f'<?xml version="1.0"?><!DOCTYPE rss [{decls}]><rss version="2.0"><channel><title>&l8;</title></channel></rss>'
    feed = parse_feed(body.encode(), url="https://f.example/")
    assert len(feed.title or "") < 1000


def test_external_entity_not_read() -> None:
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        b"<rss version='2.0'><channel><title>a&xxe;b</title></channel></rss>"
    )
    host = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\x00never"
    feed = parse_feed(body, url="https://f.example/")
    assert host not in (feed.title or "")


def test_html_to_text() -> None:
    html = "<p>One &amp; <b>two</b></p><script>var x = 1;</script><ul><li>three</li></ul>"
    assert html_to_text(html) == "One & two\nthree"


@pytest.mark.parametrize(
    ("raw", "lang"), [("en-US", "en"), ("DE", "de"), ("fr_FR", "fr"), ("", None), ("???", None), (None, None)]
)
def test_normalize_lang(raw: str | None, lang: str | None) -> None:
    assert normalize_lang(raw) == lang


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_never_raise(body: bytes) -> None:
    feed = parse_feed(body, url="https://f.example/feed")
    assert isinstance(feed, ParsedFeed)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_random_text_inside_a_feed_never_raises(text: str) -> None:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    body = f"<rss version='2.0'><channel><title>{escaped}</title><item><description>{text}</description></item></channel></rss>"
    feed = parse_feed(body.encode("utf-8", "surrogatepass"), url="https://f.example/feed")
    for entry in feed.entries:
        assert all(ch not in (entry.summary or "") for ch in "\x00\x01\x1f")


# --- the feedparser corpus (shared/corpora/feedparser, v6.0.14 test data) --------------------------

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[a-z][^>]*>")
_DANGEROUS_ATTR = re.compile(r"\son[a-z]+\s*=|=\s*[\"']?\s*javascript:")
_HEADER_LINE = re.compile(r"^Header:\s*([^:\s]+):\s*(.*?)\s*$", re.MULTILINE)
_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _corpus_files(*folders: str) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for folder in folders for p in (CORPUS / folder).rglob("*") if p.is_file())


def _corpus_id(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def _declared_headers(body: bytes) -> dict[str, str]:
    """The `Header:` lines of the file's leading comment (the runner serves the file with them)."""
    codec = next((c for bom, c in _BOM_CODECS if body.startswith(bom)), "utf-8")
    head = body[:4096].decode(codec, errors="replace")
    return {name: value for name, value in _HEADER_LINE.findall(head.split("-->", 1)[0])}


def _feed_url(path: Path) -> str:
    return f"http://127.0.0.1:8097/tests/{_corpus_id(path)}"


def _check_invariants(feed: ParsedFeed) -> None:
    for value in (feed.title, feed.link, feed.lang, feed.problem):
        assert value is None or isinstance(value, str)
    for entry in feed.entries:
        assert isinstance(entry.guid, str) and entry.guid
        assert entry.link is None or entry.link.startswith(("http://", "https://"))
        assert entry.published is None or entry.published.tzinfo is not None
        for text in (entry.title, entry.summary, entry.content, entry.author):
            assert text is None or (isinstance(text, str) and "\x00" not in text)
    assert len({e.guid for e in feed.entries}) == len(feed.entries)


CORPUS_FILES = _corpus_files("wellformed", "illformed", "encoding", "entities")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared/corpora/feedparser not present")


@needs_corpus
@pytest.mark.shared
@pytest.mark.parametrize("path", CORPUS_FILES, ids=_corpus_id)
def test_corpus_file_never_raises(path: Path) -> None:
    body = path.read_bytes()
    headers = _declared_headers(body)
    feed = parse_feed(body, url=_feed_url(path), headers=headers)
    _check_invariants(feed)
    if _corpus_id(path).startswith("wellformed/"):
        oracle = feedparser.parse(
            io.BytesIO(body),
            response_headers={
                **{k.lower(): v for k, v in headers.items()},
                "content-location": _feed_url(path),
            },
        )
        if oracle.entries:
            assert len(feed.entries) == len(oracle.entries)


@needs_corpus
@pytest.mark.shared
@pytest.mark.parametrize("path", _corpus_files("wellformed/sanitize"), ids=_corpus_id)
def test_corpus_sanitiser_holds(path: Path) -> None:
    body = path.read_bytes()
    feed = parse_feed(body, url=_feed_url(path), headers=_declared_headers(body))
    for entry in feed.entries:
        html = _COMMENT.sub("", (entry.content or "").lower())
        assert "<script" not in html
        for tag in _TAG.findall(html):
            assert not _DANGEROUS_ATTR.search(tag), tag


def _decompressed(path: Path) -> bytes:
    raw = path.read_bytes()
    try:
        if path.suffix == ".gz":
            return gzip.decompress(raw)
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompress(raw, -zlib.MAX_WBITS)  # raw deflate without zlib headers
    except (OSError, EOFError, zlib.error):
        return raw  # what a fetcher that failed to decode would hand on


@needs_corpus
@pytest.mark.shared
@pytest.mark.parametrize("path", _corpus_files("compression"), ids=_corpus_id)
def test_corpus_compression(path: Path) -> None:
    feed = parse_feed(
        _decompressed(path), url=_feed_url(path), headers={"Content-Type": "application/atom+xml"}
    )
    _check_invariants(feed)
    if path.name in ("gzip.gz", "deflate.z", "deflate-no-headers.z"):
        assert feed.version == "atom10" and feed.usable
