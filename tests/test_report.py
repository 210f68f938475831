"""The HTML report: structure, escaping, self-containment, and (when chromium is installed) a real render."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from claimwatch import analysis as an
from claimwatch.extract.gazetteer import default_gazetteer
from claimwatch.reference import name_index
from claimwatch.report import build_report
from tests import answers_fixture as fx

NOW = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
HOSTILE = {
    "id": 999,
    "article_id": 999,
    "model": '<script>alert("m")</script>',
    "model_id": "evil",
    "org": "<b>Org</b>",
    "params": 10**9,
    "params_high": None,
    "scope": "total",
    "status": "rumored",
    "attributed_to": '"><img src=x onerror=alert(1)>',
    "evidence": "</title><script>alert(2)</script>",
    "site": "evil.example",
    "url": "javascript:alert(3)",
    "published": "2024-06-01T00:00:00+00:00",
}


class Tags(HTMLParser):
    """Tag names, ids and classes seen, and whether every element that must close did."""

    VOID: ClassVar[set[str]] = {"meta", "input", "br", "img", "link", "path", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.marks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if "mark status-" in (found.get("class") or ""):
            self.marks += 1
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1] == tag, (
            f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        )
        self.stack.pop()


@pytest.fixture(scope="module")
def figs(tmp_path_factory: pytest.TempPathFactory) -> list[an.Figure]:
    path = fx.build(tmp_path_factory.mktemp("report") / "fixture.db")
    gaz = default_gazetteer()
    return an.figures(
        fx.claims(path), name_index([], (), gaz.model_index.keys), {k: e.name for k, e in gaz.models.items()}
    )


@pytest.fixture(scope="module")
def page(figs: list[an.Figure]) -> str:
    return build_report(figs, now=NOW, attribution="Epoch AI, 'Data on AI Models', CC BY 4.0")


def test_structure(page: str, figs: list[an.Figure]) -> None:
    parser = Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    assert {"chart", "models", "conflicts", "sources", "timeline-gpt-4", "filter", "legend"} <= parser.ids
    assert parser.marks == len(figs)  # one mark per claim
    assert page.count('class="link confirmed"') == 5  # 1.76T x3, SemiAnalysis, Grok 300B
    assert page.count('class="link contradicted"') == 2  # semafor 1T, Mixtral 56B
    assert "Generated 2025-01-02T03:04:05+00:00" in page
    assert "official vs official" in page and "CC BY 4.0" in page


def test_self_contained(page: str) -> None:
    assert not re.search(r"<(?:script|img|iframe|link)[^>]*\s(?:src|href)=", page, re.IGNORECASE)
    assert "@import" not in page and "url(" not in page
    assert page.count("<script>") == 1


def test_stored_text_is_escaped(figs: list[an.Figure]) -> None:
    page = build_report([*figs, *an.figures([HOSTILE])], now=NOW)
    assert "<script>alert" not in page and "<img" not in page and "<b>Org" not in page
    assert "&lt;script&gt;alert(&quot;m&quot;)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page
    parser = Tags()
    parser.feed(page)
    assert parser.stack == []


def test_a_conflict_side_links_five_urls_and_counts_the_rest() -> None:
    row = {
        **HOSTILE,
        "model": "M",
        "model_id": "m",
        "org": None,
        "evidence": "M has 1B.",
        "attributed_to": None,
    }
    rows = [{**row, "status": "official", "url": "https://m.example/", "site": "m.example", "article_id": 1}]
    rows += [
        {
            **row,
            "params": 3 * 10**9,
            "status": "rumored",
            "url": f"https://n{i}.example/",
            "site": f"n{i}.example",
        }
        for i in range(12)
    ]
    page = build_report(an.figures(rows), now=NOW)
    conflicts = page.split("<h2>Conflicts</h2>")[1].split("<h2>")[0]
    assert conflicts.count('href="https://n') == 5 and "(of 12 URLs)" in conflicts


def test_an_empty_report() -> None:
    page = build_report([], now=NOW)
    assert "No dated claims to chart." in page and "No conflicts beyond the tolerance." in page


# --- a real browser -----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        CHROMIUM or "chromium",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def png_rows(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the decompressed (still filtered) scanlines of a PNG, with the stdlib only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_chromium_renders_the_report(tmp_path: Path, page: str, figs: list[an.Figure]) -> None:
    html = tmp_path / "report.html"
    html.write_text(page, encoding="utf-8")
    shot = tmp_path / "shot.png"
    _chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,900", html.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000
    width, height, raw = png_rows(shot.read_bytes())
    assert (width, height) == (1200, 900)
    assert len(set(raw)) > 50  # many distinct pixel bytes: not a blank page
    dom = _chromium(tmp_path, "--dump-dom", html.as_uri()).stdout
    assert dom.count('class="mark status-') == len(figs)
    assert "<svg" in dom and 'id="conflicts"' in dom
