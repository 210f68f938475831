"""Feeds registry without a database: OPML in and out, the bundled list."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from claimwatch.errors import InputError
from claimwatch.sources import Feed, data_dir, default_feeds, read_opml, write_opml

NESTED = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="1.0">
  <head><title>mine</title></head>
  <body>
    <outline text="News" language="en">
      <outline text="Circuit Weekly" xmlUrl="https://circuit.example/ai/rss.xml" type="rss"/>
      <outline text="Deeper">
        <outline title="Digitalblatt KI" text="ignored" xmlUrl="https://www.digitalblatt.example/ki/atom.xml" language="de-DE"/>
      </outline>
    </outline>
    <outline text="Le R\xc3\xa9seau" xmlUrl="https://lereseau.example/ia/rss" category="/tech,/lang/fr"/>
    <outline text="Bit\xc3\xa1cora" xmlUrl="https://bitacora.example/feed" category="lang:es" enabled="false"/>
    <outline text="No language" xmlUrl="https://nolang.example/feed"/>
    <outline text="Circuit again" xmlUrl="https://circuit.example/ai/rss.xml?utm_source=opml"/>
  </body>
</opml>
"""


def test_nested_outlines_names_and_languages() -> None:
    feeds = read_opml(NESTED)
    assert [(f.name, f.lang, f.enabled) for f in feeds] == [
        ("Circuit Weekly", "en", True),
        ("Digitalblatt KI", "de", True),
        ("Le Réseau", "fr", True),
        ("Bitácora", "es", False),
        ("No language", None, True),
    ]


def test_duplicate_after_canonicalisation_kept_once() -> None:
    urls = [f.url for f in read_opml(NESTED)]
    assert urls.count("https://circuit.example/ai/rss.xml") == 1
    assert not any("utm_source" in u for u in urls)


def test_round_trip() -> None:
    feeds = read_opml(NESTED)
    text = write_opml(feeds)
    assert text.startswith("<?xml")
    assert read_opml(text.encode("utf-8")) == feeds


def test_round_trip_of_bundled_list() -> None:
    feeds = default_feeds()
    assert read_opml(write_opml(feeds).encode()) == feeds


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.example/"/></body></opml>',
        b'<?xml version="1.0"?><!DOCTYPE opml SYSTEM "http://evil.example/opml.dtd"><opml><body/></opml>',
        b'<?xml version="1.0"?><!doctype opml><opml><body/></opml>',
        '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE opml [<!ENTITY x "y">]><opml><body/></opml>'.encode(
            "utf-16"
        ),
    ],
    ids=["billion-laughs", "external-dtd", "lowercase-doctype", "utf-16"],
)
def test_doctype_and_entities_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="DOCTYPE or ENTITY"):
        read_opml(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"not xml", b"<opml><body>", b"<rss><channel/></rss>", b"<opml version='2.0'><head/></opml>"],
)
def test_malformed_or_foreign_documents(data: bytes) -> None:
    with pytest.raises(InputError):
        read_opml(data)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "feeds.example/rss", "https://a b.example/"]
)
def test_bad_feed_url_refused_with_the_value(url: str) -> None:
    data = f'<opml version="2.0"><body><outline text="x" xmlUrl="{url}"/></body></opml>'.encode()
    with pytest.raises(InputError, match="not an http"):
        read_opml(data)


def test_feed_model() -> None:
    feed = Feed(url=" https://a.example/rss ", name="A", lang="PT-br")
    assert (feed.url, feed.lang, feed.enabled) == ("https://a.example/rss", "pt", True)
    with pytest.raises(ValidationError):
        Feed(url="ftp://a.example/rss", name="A")


def test_data_dir_holds_the_repo_data() -> None:
    bundled = (data_dir() / "feeds.opml").read_bytes()
    assert bundled == (Path(__file__).resolve().parents[1] / "data" / "feeds.opml").read_bytes()


def test_default_feeds_cover_four_languages() -> None:
    feeds = default_feeds()
    assert len(feeds) >= 24
    langs = {f.lang for f in feeds}
    assert langs == {"en", "de", "fr", "es"}
    assert all(f.name and f.url.startswith("https://") and f.enabled for f in feeds)
    assert len({f.url for f in feeds}) == len(feeds)
    assert sum(f.lang != "en" for f in feeds) >= 12


def test_bundled_opml_has_title_and_language_on_every_feed() -> None:
    import xml.etree.ElementTree as ET

    root = ET.fromstring((Path(__file__).resolve().parents[1] / "data" / "feeds.opml").read_bytes())
    outlines = [o for o in root.iter("outline") if o.get("xmlUrl")]
    assert outlines and all(o.get("title") and o.get("language") for o in outlines)
