"""Article extraction (RELIABILITY cases H and T): pages and texts to Article, or InputError with a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimwatch.articles import (
    _has_letters,
    article_from_entry,
    article_from_html,
    article_from_text,
    canonical_link,
    decode_html,
    detect_language,
    html_lang,
    parse_published,
)
from claimwatch.errors import InputError
from claimwatch.feeds import FeedEntry, parse_feed

PAGES = Path(__file__).parent / "fixtures" / "pages"
FEEDS = Path(__file__).parent / "fixtures" / "feeds"
FETCHED = datetime(2025, 8, 1, 12, 0, tzinfo=UTC)


def page(
    name: str, *, url: str | None = None, headers: dict[str, str] | None = None, lang: str | None = None
):
    return article_from_html(
        (PAGES / name).read_bytes(),
        url=url if url is not None else f"https://site.example/{Path(name).stem}",
        source=f"test:{name}",
        headers=headers,
        fetched=FETCHED,
        lang=lang,
    )


def test_english_page_main_text_without_boilerplate() -> None:
    article = page(
        "en_boilerplate.html", url="https://circuit.example/2025/05/harbor-labs-kestrel?utm_source=rss"
    )
    assert "has 34 billion parameters" in article.text
    assert "Outside analysts cautioned" in article.text
    for junk in (
        "Deskmaster",
        "First! Can't wait",
        "All rights reserved",
        "Related stories",
        "dataLayer",
        "Newsletter",
    ):
        assert junk not in article.text


def test_english_page_metadata() -> None:
    article = page(
        "en_boilerplate.html", url="https://circuit.example/2025/05/harbor-labs-kestrel?utm_source=rss"
    )
    assert article.title == "Harbor Labs says its Kestrel model has 34 billion parameters"
    assert article.author == "Morgan Ellery"
    assert article.site == "Circuit Weekly"
    assert article.published == datetime(2025, 5, 12, 8, 15, tzinfo=timezone(timedelta(hours=-4)))
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=-4)
    assert article.fetched == FETCHED
    assert article.lang == "en"
    assert article.source == "test:en_boilerplate.html"
    assert article.url == "https://circuit.example/2025/05/harbor-labs-kestrel?utm_source=rss"


def test_relative_canonical_link_resolved_and_canonicalised() -> None:
    article = page("en_boilerplate.html", url="https://circuit.example/feed-item/123")
    assert article.canonical_url == "https://circuit.example/2025/05/harbor-labs-kestrel"


def test_german_page() -> None:
    article = page("de_boilerplate.html")
    assert "rund 70 Milliarden Parameter" in article.text
    assert "Glasfaser" not in article.text and "weiter so" not in article.text
    assert article.title == "Nordlicht KI stellt Modell „Fjord“ vor"
    assert article.author == "Katrin Wendler"
    assert article.canonical_url == "https://www.digitalblatt.example/ki/nordlicht-fjord-modell"
    assert article.published == datetime(2025, 6, 3, 12, 20, tzinfo=UTC)
    assert article.lang == "de"


def test_french_page_charset_from_http_equiv_meta_only() -> None:
    article = page("fr_meta_latin1.html")
    assert "environ 13 milliards de paramètres" in article.text
    assert "\ufffd" not in article.text and "Ã" not in article.text
    assert article.title == "Marée Numérique dévoile son modèle « Héron »"
    assert article.author == "Élodie Marchand"
    assert article.lang == "fr"
    assert "Publicité" not in article.text


def test_spanish_page_header_charset_overrides_wrong_meta() -> None:
    headers = {"Content-Type": "text/html; charset=ISO-8859-1"}
    article = page("es_header_latin1.html", headers=headers)
    assert "unos 8.000 millones de parámetros" in article.text
    assert "\ufffd" not in article.text
    assert article.title == "Tecnológica Andina presenta «Cóndor», su nuevo modelo"
    assert article.author == "Martín Quiroga"
    assert article.lang == "es"


def test_page_without_any_charset_latin1_bytes() -> None:
    article = page("fr_nocharset_latin1.html")
    assert "il possède 3 milliards de paramètres" in article.text
    assert "\ufffd" not in article.text
    assert article.lang == "fr"
    assert article.published is None


def test_short_news_item_is_kept() -> None:
    article = page("short_news_en.html")
    assert "Osprey-2 model will slip to next spring" in article.text
    assert len(article.text) < 200


@pytest.mark.parametrize("name", ["paywall_en.html", "paywall_de.html", "consent_fr.html"])
def test_paywall_and_consent_stubs(name: str) -> None:
    with pytest.raises(InputError, match=r"^paywall or consent page$"):
        page(name)


@pytest.mark.parametrize("name", ["empty.html", "js_only.html"])
def test_pages_without_text(name: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        page(name)


@pytest.mark.parametrize("body", [b"", b"   \n", b"<html></html>"])
def test_empty_documents(body: bytes) -> None:
    with pytest.raises(InputError):
        article_from_html(body, url=None, source="test")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
        (b"<html><body>text\x00\x00\x00</body></html>", "NUL bytes"),
    ],
)
def test_binary_content_refused(body: bytes, kind: str) -> None:
    with pytest.raises(InputError, match=rf"^binary content \({kind}\), not an article$"):
        article_from_html(body, url="https://site.example/file", source="test")


def test_binary_refused_when_given_as_str() -> None:
    with pytest.raises(InputError, match="PDF"):
        article_from_html("%PDF-1.4 junk", url=None, source="test")


def test_str_input_and_no_url() -> None:
    html = (PAGES / "de_boilerplate.html").read_text(encoding="utf-8")
    article = article_from_html(html, url=None, source="stdin")
    assert article.url is None
    assert article.canonical_url == "https://www.digitalblatt.example/ki/nordlicht-fjord-modell"
    assert "Milliarden Parameter" in article.text


def test_explicit_lang_wins() -> None:
    assert page("de_boilerplate.html", lang="en").lang == "en"


def test_html_lang_is_only_a_fallback() -> None:
    html = (PAGES / "de_boilerplate.html").read_bytes().replace(b'lang="de-DE"', b'lang="en"')
    article = article_from_html(html, url=None, source="t", fetched=FETCHED)
    assert article.lang == "de"


def test_future_published_date_dropped() -> None:
    html = (PAGES / "de_boilerplate.html").read_bytes()
    article = article_from_html(html, url=None, source="t", fetched=datetime(2025, 5, 1, tzinfo=UTC))
    assert article.published is None


def test_deeply_nested_html_does_not_escape_as_recursion_error() -> None:
    html = "<html><body>" + "<div>" * 20000 + "deep text " * 20 + "</div>" * 20000 + "</body></html>"
    try:
        article = article_from_html(html, url=None, source="t")
    except InputError:
        return
    assert "deep text" in article.text


# --- decoding ------------------------------------------------------------------------------------


def test_decode_valid_utf8_wins_over_a_wrong_declaration() -> None:
    body = "<meta charset='iso-8859-1'><p>Größe „Modell“</p>".encode()
    assert "Größe „Modell“" in decode_html(body, {"Content-Type": "text/html; charset=iso-8859-1"})


def test_decode_latin1_label_means_windows_1252() -> None:
    body = "<p>“quoted” café</p>".encode("cp1252")
    assert "“quoted” café" in decode_html(body, {"content-type": "text/html; charset=latin1"})


def test_decode_unknown_charset_label_falls_through() -> None:
    text = (
        "<meta charset='x-no-such-charset'><p>Déjà vu : à la française, très élégant, même après l'été.</p>"
    )
    assert decode_html(text.encode("latin-1")) == text


def test_decode_utf16_with_bom() -> None:
    body = "<html><p>Hallo Welt, größer</p></html>".encode("utf-16")
    assert "größer" in decode_html(body)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=1024))
def test_decode_never_raises_anything_but_input_error(body: bytes) -> None:
    try:
        assert isinstance(decode_html(body), str)
    except InputError as exc:
        assert str(exc).startswith("binary content")


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=600))
def test_article_from_random_bytes_raises_only_input_error(body: bytes) -> None:
    try:
        article_from_html(body, url=None, source="t")
    except InputError as exc:
        assert "\n" not in str(exc)


# --- helpers -------------------------------------------------------------------------------------


def test_canonical_link_and_html_lang() -> None:
    html = '<html lang=\'pt-BR\'><head><link href="/x" rel="Canonical"><link rel=icon href=/f.ico></head>'
    assert canonical_link(html) == "/x"
    assert html_lang(html) == "pt"
    assert canonical_link("<link rel=stylesheet href=/s.css>") is None


def test_parse_published() -> None:
    assert parse_published("2025-03-04T09:30:00+0100") == datetime(2025, 3, 4, 8, 30, tzinfo=UTC)
    assert parse_published("2025-03-04") == datetime(2025, 3, 4, tzinfo=UTC)
    assert parse_published("not a date") is None
    assert parse_published(None) is None
    ref = datetime(2025, 3, 1, tzinfo=UTC)
    assert parse_published("2025-03-02T12:00:00Z", reference=ref) is not None
    assert parse_published("2025-03-04T00:00:00Z", reference=ref) is None


# --- language detection --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The company said the new model was trained on a large collection of books and articles.", "en"),
        (
            "Das Unternehmen erklärte, das neue Modell sei mit einer großen Sammlung von Büchern trainiert worden.",
            "de",
        ),
        (
            "L'entreprise a indiqué que le nouveau modèle avait été entraîné sur une vaste collection de livres.",
            "fr",
        ),
        (
            "La empresa explicó que el nuevo modelo fue entrenado con una gran colección de libros y artículos.",
            "es",
        ),
        (
            "L'azienda ha spiegato che il nuovo modello è stato addestrato su una grande raccolta di libri.",
            "it",
        ),
        (
            "Het bedrijf zei dat het nieuwe model is getraind op een grote verzameling boeken en artikelen.",
            "nl",
        ),
        ("A empresa disse que o novo modelo foi treinado com uma grande coleção de livros e artigos.", "pt"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "GPT-4 175B", "12345 67890 !!! ???", "ok ok ok"])
def test_detect_language_needs_twenty_letters(text: str) -> None:
    assert detect_language(text) is None


@given(st.text(max_size=60), st.integers(min_value=1, max_value=30))
def test_letter_count_stops_early_with_the_same_answer(text: str, wanted: int) -> None:
    assert _has_letters(text, wanted) == (sum(ch.isalpha() for ch in text) >= wanted)


# --- plain text ----------------------------------------------------------------------------------


def test_article_from_text_keeps_text_identical() -> None:
    text = "Orca-7 has 7 billion parameters.\n\n  Indented line\twith tab; émoji 🚀, RTL שלום, CJK 模型.\n"
    article = article_from_text(text, source="notes.txt")
    assert article.text == text
    start = text.index("7 billion")
    assert article.text[start : start + 9] == "7 billion"
    assert article.lang == "en"


def test_article_from_text_normalises_newlines_and_bom_only() -> None:
    article = article_from_text("\ufeffLine one\r\nLine two\rLine three\n", source="-")
    assert article.text == "Line one\nLine two\nLine three\n"


def test_article_from_text_replaces_lone_surrogates_one_for_one() -> None:
    article = article_from_text("caf\udce9 au lait", source="-")
    assert article.text == "caf\ufffd au lait"


def test_article_from_text_metadata_and_empty_text() -> None:
    when = datetime(2025, 1, 2, tzinfo=UTC)
    article = article_from_text("", source="-", lang="de", title="Leer", published=when)
    assert (article.text, article.lang, article.title, article.published) == ("", "de", "Leer", when)
    assert article_from_text("   ", source="-").lang is None


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_article_from_text_preserves_length_without_cr_or_bom(text: str) -> None:
    clean = text.replace("\r", "").removeprefix("\ufeff")
    assert len(article_from_text(clean, source="-").text) == len(clean)


# --- feed entries --------------------------------------------------------------------------------


def test_article_from_entry_with_full_content() -> None:
    feed = parse_feed((FEEDS / "rss2_en.xml").read_bytes(), url="https://circuit.example/ai/rss.xml")
    article = article_from_entry(feed.entries[0], feed_lang=feed.lang, source="feed:circuit")
    assert article is not None
    assert "has 34 billion parameters" in article.text
    assert "alert(" not in article.text
    assert article.url == "https://circuit.example/2025/05/harbor-labs-kestrel"
    assert article.canonical_url == article.url
    assert article.site == "circuit.example"
    assert article.published == datetime(2025, 5, 12, 12, 15, tzinfo=UTC)
    assert (article.lang, article.author, article.source) == ("en", "Morgan Ellery", "feed:circuit")


def test_article_from_entry_teaser_or_no_content_gives_none() -> None:
    feed = parse_feed(
        (FEEDS / "atom_de.xml").read_bytes(), url="https://www.digitalblatt.example/ki/atom.xml"
    )
    assert feed.entries[0].content is not None
    assert article_from_entry(feed.entries[0], feed_lang="de", source="f") is None
    assert article_from_entry(feed.entries[1], feed_lang="de", source="f") is None


def test_article_from_entry_language_falls_back_to_feed() -> None:
    numbers = "<p>" + " ".join(str(n) for n in range(200)) + "</p>"
    entry = FeedEntry(guid="g", link=None, content=numbers)
    article = article_from_entry(entry, feed_lang="fr-FR", source="f")
    assert article is not None and article.lang == "fr" and article.canonical_url is None
