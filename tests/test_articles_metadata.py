"""The page metadata `articles` reads itself (trafilatura's own steps, minus categories, tags and licence) and the
ISO date fast path: both must give what trafilatura's full metadata pass and dateutil give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
import trafilatura
from dateutil import parser as dateparser
from hypothesis import given
from hypothesis import strategies as st

from claimwatch.articles import _extract, decode_html, parse_published

ROOT = Path(__file__).parent.parent
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html")) + sorted(
    (ROOT / "data" / "demo").glob("*/*.html")
)
FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
FIELDS = ("text", "title", "author", "date", "sitename", "url")


def _trafilatura_full(page: str, url: str | None):
    return trafilatura.bare_extraction(
        page,
        url=url,
        fast=True,
        favor_precision=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            "max_date": "2026-12-03",
        },
    )


@pytest.mark.parametrize("url", ["https://news.example/story", None])
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_metadata_matches_trafilaturas_full_pass(path: Path, url: str | None) -> None:
    page = decode_html(path.read_bytes())
    ours, theirs = _extract(page, url, FETCHED), _trafilatura_full(page, url)
    if theirs is None:
        assert ours is None
        return
    assert {f: getattr(ours, f) for f in FIELDS} == {f: getattr(theirs, f) for f in FIELDS}


def test_the_pages_exercise_every_metadata_source() -> None:
    """Guard for the test above: JSON-LD, an author, a date and a site name all occur in the pages."""
    found = [_extract(decode_html(p.read_bytes()), None, FETCHED) for p in PAGES]
    found = [doc for doc in found if doc is not None]
    assert any("ld+json" in p.read_text(encoding="utf-8", errors="replace") for p in PAGES)
    for field in ("author", "date", "sitename", "title", "url"):
        assert any(getattr(doc, field) for doc in found), field


OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
MOMENTS = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2026, 11, 30), timezones=OFFSETS)


@given(MOMENTS.map(lambda d: d.replace(microsecond=0)))
def test_iso_dates_parse_as_dateutil_parses_them(moment: datetime) -> None:
    for written in (moment.strftime("%Y-%m-%dT%H:%M:%S%z"), moment.isoformat(), moment.strftime("%Y-%m-%d")):
        expected = dateparser.parse(written)
        if expected.tzinfo is None:
            expected = expected.replace(tzinfo=UTC)
        assert parse_published(written, reference=FETCHED) == expected


def test_other_date_forms_still_parse() -> None:
    assert parse_published("Tue, 03 Jun 2025 14:20:00 +0200") == datetime(2025, 6, 3, 12, 20, tzinfo=UTC)
    assert parse_published("June 3, 2025") == datetime(2025, 6, 3, tzinfo=UTC)


def test_json_ld_alone_gives_author_site_and_date() -> None:
    """A page whose only metadata is JSON-LD (no meta tags): trafilatura's JSON-LD reader is one of the steps."""
    page = decode_html((ROOT / "tests" / "fixtures" / "pages" / "en_jsonld_only.html").read_bytes())
    doc = _extract(page, "https://byteward.example/2026/quillon-2-sizes?ref=feed", FETCHED)
    assert (doc.author, doc.sitename) == ("Priya Lindqvist", "Byteward")
    assert doc.date.startswith("2026-10-14")
    assert doc.title == "Quillon 2 arrives in three sizes"
