"""Backfill: WARC archives written here with warcio (damage included), a folder, a sitemap site on
127.0.0.1, the prefilter, 1 vs 2 workers, and a backfill killed with SIGKILL and resumed.

Every page is written by this file (original text in en/de/fr/es); nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import claimwatch.backfill as bf
from claimwatch.backfill import (
    BackfillOptions,
    backfill,
    has_parameter_cue,
    parse_sitemap,
    read_warc,
)
from claimwatch.errors import FetchError
from claimwatch.extract import extract_claims
from claimwatch.fetch import FetchSettings, gunzip_capped
from claimwatch.store import Store
from tests.localserver import Reply

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- pages written for these tests

CLAIMS = {
    "en": "{org}'s {model} has {n} billion parameters, the company said in a statement on day {i}.",
    "de": "Das Modell {model} von {org} umfasst nach Angaben des Unternehmens {n} Milliarden Parameter (Meldung {i}).",
    "fr": "Selon {org}, le modèle {model} compte {n} milliards de paramètres, d'après la note numéro {i}.",
    "es": "{org} afirmó en el comunicado {i} que su modelo {model} tiene {n} mil millones de parámetros.",
}
FILLER = {
    "en": "Engineers in the lab spent most of the week on tests, and the results will be shared with partners "
    "before the summer. Several customers are already trying the new tools in their own offices.",
    "de": "Die Ingenieure verbrachten die Woche mit Tests, und die Ergebnisse sollen vor dem Sommer mit Partnern "
    "geteilt werden. Mehrere Kunden probieren die neuen Werkzeuge bereits in ihren Büros aus.",
    "fr": "Les ingénieurs ont passé la semaine à tester le système, et les résultats seront partagés avec les "
    "partenaires avant l'été. Plusieurs clients essaient déjà les nouveaux outils dans leurs bureaux.",
    "es": "Los ingenieros dedicaron la semana a las pruebas, y los resultados se compartirán con los socios "
    "antes del verano. Varios clientes ya prueban las nuevas herramientas en sus oficinas.",
}
MODELS = [("Llama 3", "Meta", 70), ("Falcon", "TII", 180), ("Grok-1", "xAI", 314), ("GPT-4", "OpenAI", 1760)]
LANGS = ("en", "de", "fr", "es")
OFF_TOPIC = [
    "The city council met on Tuesday to discuss new bicycle lanes along the river, and residents asked for "
    "more trees near the old market square.",
    "Rain is expected across the northern valleys for most of the weekend, while the coast should stay dry "
    "and mild until Monday evening.",
    "The local football club signed a young goalkeeper from the second division after a long season of "
    "injuries in the squad.",
]
CHROME = (
    "<style>.nav{{color:#2b2b2b;background:#fff3b;margin:0 8px}}.ad{{min-height:250px}}</style>"
    '<script>var q=new URLSearchParams(location.search);var t=q.get("utm_param");var w=1024;var k="7b";</script>'
    '<link rel="stylesheet" href="/static/app.3f7b.css"><meta name="x" content="70B">'
)


def ai_page(i: int, lang: str = "en", *, model: int | None = None, extra: str = "") -> bytes:
    name, org, n = MODELS[(i if model is None else model) % len(MODELS)]
    n_text = f"{n / 1000:g}".replace(".", ",") if n >= 1000 and lang != "en" else str(n)
    if n >= 1000:
        claim = {
            "en": f"{org}'s {name} has {n / 1000:g} trillion parameters, according to report {i}.",
            "de": f"{name} von {org} soll {n_text} Billionen Parameter haben, heißt es im Bericht {i}.",
            "fr": f"Selon le rapport {i}, {name} d'{org} compterait {n_text} billions de paramètres.",
            "es": f"Según el informe {i}, {name} de {org} tendría {n_text} billones de parámetros.",
        }[lang]
    else:
        claim = CLAIMS[lang].format(org=org, model=name, n=n, i=i)
    title = f"{name}: {org} ({lang} {i})"
    body = f"<p>{html.escape(claim)}</p><p>{html.escape(FILLER[lang])}</p>{extra}"
    return _html(title, body, lang, i)


def plain_page(i: int, lang: str = "en") -> bytes:
    text = OFF_TOPIC[i % len(OFF_TOPIC)] + f" Report number {i} ends here."
    return _html(f"Local news {i}", f"<p>{text}</p><p>{html.escape(FILLER[lang])}</p>", lang, i)


def _html(title: str, body: str, lang: str, i: int) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<meta property="article:published_time" content="2024-03-{1 + i % 27:02d}T08:00:00+00:00">{CHROME}'
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{body}</article>"
        "<footer>© Example News</footer></body></html>"
    ).encode()


# --------------------------------------------------------------------------- archives written with warcio


class Archive:
    """Records for a WARC file, written with warcio; `damage` hooks work on the finished bytes."""

    def __init__(self) -> None:
        self.records: list[tuple[str, dict]] = []

    def page(self, url: str, body: bytes, **kw) -> Archive:
        self.records.append(("response", {"url": url, "body": body, **kw}))
        return self

    def add(self, kind: str, **kw) -> Archive:
        self.records.append((kind, kw))
        return self

    def write(self, path: Path, *, gz: bool = True) -> list[int]:
        """Write the file; returns the byte offset of each record."""
        offsets = []
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=gz)
            for kind, kw in self.records:
                offsets.append(fh.tell())
                writer.write_record(_record(writer, kind, **kw))
        return offsets


def _record(
    writer: WARCWriter,
    kind: str,
    url: str = "https://news.test/x",
    body: bytes = b"",
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = "2024-03-20T10:00:00Z",
    headers: Iterable[tuple[str, str]] = (),
    warc_headers: dict | None = None,
):
    warc = {"WARC-Date": date, **(warc_headers or {})}
    if kind == "response":
        http = StatusAndHeaders(status, [("Content-Type", content_type), *headers], protocol="HTTP/1.1")
        return writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict=warc,
        )
    if kind == "request":
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.test")], is_http_request=True)
        return writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""), length=0, http_headers=http, warc_headers_dict=warc
        )
    if kind == "revisit":
        warc.update(
            {
                "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
                "WARC-Refers-To-Target-URI": url,
            }
        )
        http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(
            url, "revisit", payload=io.BytesIO(b""), length=0, http_headers=http, warc_headers_dict=warc
        )
    if kind == "resource":
        return writer.create_warc_record(
            url,
            "resource",
            payload=io.BytesIO(body),
            length=len(body),
            warc_content_type=content_type,
            warc_headers_dict=warc,
        )
    raise ValueError(kind)


def mixed_archive(n: int, *, ai_every: int = 3, start: int = 0) -> Archive:
    """n pages, one in `ai_every` about a model (all four languages), the rest off-topic."""
    archive = Archive()
    for i in range(start, start + n):
        lang = LANGS[i % 4]
        body = ai_page(i, lang) if i % ai_every == 0 else plain_page(i, lang)
        archive.page(f"https://news.test/{lang}/{i}", body)
    return archive


# --------------------------------------------------------------------------- database helpers


def rows(db: Path) -> dict[str, list[tuple]]:
    """Articles, claims and appearances without ids and timestamps, sorted: what must be equal."""
    conn = sqlite3.connect(db)
    try:
        articles = conn.execute(
            "SELECT identity, url, canonical_url, title, site, source, published, fetched, lang, content_hash, "
            "version, is_current FROM articles ORDER BY identity, version"
        ).fetchall()
        claims = conn.execute(
            "SELECT a.identity, a.version, c.model, c.model_id, c.org, c.params, c.params_high, c.scope, c.status, "
            'c.approx, c.attributed_to, c.evidence, c."start", c."end", c.lang FROM claims c '
            "JOIN articles a ON a.id = c.article_id ORDER BY 1, 2, 13, 3"
        ).fetchall()
        appearances = conn.execute(
            "SELECT a.identity, p.url, p.source FROM appearances p JOIN articles a ON a.id = p.article_id "
            "ORDER BY 1, 2, 3"
        ).fetchall()
    finally:
        conn.close()
    return {"articles": articles, "claims": claims, "appearances": appearances}


def run(db: Path, inputs: list[str], **options) -> dict:
    with Store(db) as store:
        report = backfill(
            store, inputs, sitemaps=options.pop("sitemaps", ()), options=BackfillOptions(**options)
        )
    return {**report.as_dict(), "error_lines": report.errors, "exit": report.exit_code}


# --------------------------------------------------------------------------- the prefilter


def _extract_fixtures() -> list[Path]:
    return sorted((FIXTURES / "extract").glob("*.txt"))


@pytest.mark.parametrize("path", _extract_fixtures(), ids=lambda p: p.stem)
def test_prefilter_passes_every_text_with_a_claim_in_any_encoding(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lang = path.stem.split("-")[0]
    if not extract_claims(text, lang):
        pytest.skip("no claims in this text")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    page = f"<html><head>{CHROME}</head><body><article>{paragraphs}</article></body></html>"
    forms = [
        page.encode("utf-8"),
        page.encode("ascii", "xmlcharrefreplace"),
        page.encode("cp1252", "replace"),
    ]
    for body in forms:
        assert has_parameter_cue(body)


@pytest.mark.parametrize(
    ("fragment", "encoding"),
    [
        ("GPT-4 hat 1,8 Billionen Para&shy;meter.", "ascii"),
        ("GPT-4 hat 1,8 Billionen Para\u00admeter.", "utf-8"),
        ("Llama 3 a 70 milliards de param&egrave;tres.", "ascii"),
        ("Llama 3 a 70 milliards de paramètres.", "cp1252"),
        ("DeepSeek tiene 671.000 millones de par&#225;metros.", "ascii"),
        ("PARÁMETROS", "utf-8"),
        ("PARÁMETROS", "cp1252"),
        ("parâmetros", "utf-8"),
        ("Para<wbr>meter", "ascii"),
        ("Para\u200bmeter", "utf-8"),
        ("Llama 3 70&nbsp;B", "ascii"),
        ("Llama 3 70\u202fB", "utf-8"),
        ("Llama 3 70\u00a0B", "cp1252"),
        ("Mixtral 8x7B", "ascii"),
        ("Falcon-180B", "ascii"),
        ("a 3.8bn model", "ascii"),
        ("ein 2Mrd.-Modell", "ascii"),
        ("1.8T", "ascii"),
        ("GPT-3 (175B)", "ascii"),
        ("BERT 340M", "ascii"),
        ("llama-2-70b-chat", "ascii"),
    ],
)
def test_prefilter_finds_cues_written_every_way(fragment: str, encoding: str) -> None:
    body = f"<html><head>{CHROME}</head><body><p>News. {fragment} More news.</p></body></html>"
    assert has_parameter_cue(body.encode(encoding))


def test_prefilter_ignores_cues_in_code_and_tags() -> None:
    assert not has_parameter_cue(plain_page(1))  # hex colours, URLSearchParams, '7b' in JS, content="70B"
    assert not has_parameter_cue(
        b'<p>No cue here.</p><img src="/img/a9f3b.png" alt="x"><a href="?param=1">x</a>'
    )
    assert not has_parameter_cue(
        b"<p>ok</p><script>var parameters = 70B;"
    )  # an unclosed script runs to the end
    assert has_parameter_cue(b"<p>ok</p><script>x</script><p>70 Milliarden Parameter</p>")
    assert has_parameter_cue("x".encode("utf-16"))  # wide encodings are always let through


# --------------------------------------------------------------------------- WARC reading


def test_warc_keeps_html_captures_and_counts_every_other_record(tmp_path: Path) -> None:
    archive = (
        Archive()
        .page("https://news.test/en/1", ai_page(1, "en"))
        .add("request", url="https://news.test/en/1")
        .add("response", url="https://news.test/logo.png", body=b"\x89PNG....", content_type="image/png")
        .add(
            "response",
            url="https://news.test/api",
            body=b'{"parameters": 70}',
            content_type="application/json",
        )
        .add("revisit", url="https://news.test/en/1")
        .add("response", url="https://news.test/gone", body=ai_page(2), status="404 Not Found")
        .add(
            "response",
            url="https://news.test/cut",
            body=ai_page(3),
            warc_headers={"WARC-Truncated": "length"},
        )
        .page(
            "https://news.test/de/4", gzip.compress(ai_page(4, "de")), headers=[("Content-Encoding", "gzip")]
        )
        .add("resource", url="https://news.test/fr/5", body=ai_page(5, "fr"))
        .page("https://news.test/en/6", plain_page(6))
    )
    path = tmp_path / "mixed.warc.gz"
    archive.write(path)
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert summary["skipped"] == {
        "http_status": 1,
        "non_html": 2,
        "other_record": 1,
        "revisit": 1,
        "truncated": 1,
    }
    assert (summary["pages"], summary["prefiltered"], summary["articles"]) == (4, 1, 3)
    assert summary["error_lines"] == [] and summary["exit"] == 0
    stored = rows(tmp_path / "db.sqlite")
    assert [a[1] for a in stored["articles"]] == [
        "https://news.test/de/4",
        "https://news.test/en/1",
        "https://news.test/fr/5",
    ]
    assert {a[7] for a in stored["articles"]} == {"2024-03-20T10:00:00+00:00"}  # fetched = WARC-Date
    assert {a[6] for a in stored["articles"]} >= {"2024-03-02T08:00:00+00:00"}  # published from the page
    assert {c[3] for c in stored["claims"]} == {"falcon", "llama-3"}


def _damage(path: Path, offset: int, length: int = 40) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + length):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def test_gzip_damage_and_garbage_lose_nothing_else(tmp_path: Path) -> None:
    archive = mixed_archive(12, ai_every=1)
    path = tmp_path / "damaged.warc.gz"
    offsets = archive.write(path)
    _damage(path, offsets[4] + 30)  # inside record 4's compressed data
    data = path.read_bytes()
    path.write_bytes(
        data[: offsets[8]] + b"NOT GZIP AT ALL " * 8 + data[offsets[8] :]
    )  # garbage before record 8
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert summary["skipped"].get("gzip_error") == 2
    assert summary["articles"] == 11
    urls = {a[1] for a in rows(tmp_path / "db.sqlite")["articles"]}
    assert urls == {f"https://news.test/{LANGS[i % 4]}/{i}" for i in range(12) if i != 4}
    assert summary["exit"] == 1 and len(summary["error_lines"]) == 2
    assert all(line.startswith(str(path)) for line in summary["error_lines"])


def test_an_archive_cut_off_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = mixed_archive(6, ai_every=1).write(path)
    path.write_bytes(path.read_bytes()[: offsets[5] + 200])
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert summary["skipped"] == {"truncated": 1}
    assert summary["articles"] == 5 and "cut off" in summary["error_lines"][0]


def test_plain_warc_with_garbage_goes_on_at_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    offsets = mixed_archive(6, ai_every=1).write(path, gz=False)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[3]] + b"garbage line\r\nmore garbage\r\n\r\n" + data[offsets[3] :])
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert summary["skipped"] == {"corrupt": 1} and summary["articles"] == 6


def test_not_an_archive_and_missing_inputs_fail_cleanly(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.warc"
    bogus.write_text("just some notes\n")
    summary = run(tmp_path / "db.sqlite", [str(bogus), str(tmp_path / "missing.warc.gz")], workers=1)
    assert summary["exit"] == 2 and summary["inputs_failed"] == 2
    assert summary["error_lines"][0].startswith(f"{bogus}: not a WARC archive")
    assert summary["error_lines"][1].endswith("no such file or folder")


UPDATE = "<p>Update: the figure was confirmed by the institute on Friday afternoon.</p>"


def test_versions_and_duplicates_as_in_a_live_run(tmp_path: Path) -> None:
    archive = (
        Archive()
        .page("https://news.test/a", ai_page(1), date="2024-03-01T00:00:00Z")
        .page("https://news.test/a", ai_page(1), date="2024-03-02T00:00:00Z")
        .page("https://news.test/a", ai_page(1, extra=UPDATE))
        .page("https://mirror.test/a-copy", ai_page(1, extra=UPDATE))
    )
    path = tmp_path / "versions.warc.gz"
    archive.write(path)
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert (summary["new"], summary["unchanged"], summary["new_versions"], summary["duplicates"]) == (
        1,
        1,
        1,
        1,
    )


# --------------------------------------------------------------------------- what the prefilter and workers change


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.warc.gz"
    mixed_archive(240, ai_every=4).write(path)
    return path


def test_the_prefilter_changes_no_claim(tmp_path: Path, big_archive: Path) -> None:
    on = run(tmp_path / "on.db", [str(big_archive)], workers=1)
    off = run(tmp_path / "off.db", [str(big_archive)], workers=1, prefilter=False)
    assert on["prefiltered"] == 180 and off["prefiltered"] == 0 and off["parsed"] == 240
    assert on["claims"] == off["claims"] == 60
    assert rows(tmp_path / "on.db")["claims"] == rows(tmp_path / "off.db")["claims"]


def test_two_workers_store_exactly_what_one_does(tmp_path: Path, big_archive: Path) -> None:
    other = tmp_path / "second.warc"
    mixed_archive(40, ai_every=2, start=1000).write(other, gz=False)
    one = run(tmp_path / "one.db", [str(big_archive), str(other)], workers=1, prefilter=False)
    two = run(
        tmp_path / "two.db", [str(big_archive), str(other)], workers=2, prefilter=False, batch_articles=7
    )
    assert one["articles"] == two["articles"] == 280
    assert rows(tmp_path / "one.db") == rows(tmp_path / "two.db")


@pytest.mark.parametrize("where", ["workers", "here"])
def test_two_workers_prefilter_as_one_does_inline(
    tmp_path: Path, big_archive: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """With a pool the prefilter runs in the workers, except on the pages read while the pool starts,
    which this process prefilters: either way the same pages dropped, the same rows stored. Here the
    reading waits for the pool's start (all in the workers), or the pool for the reading (all here)."""
    one = run(tmp_path / "one.db", [str(big_archive)], workers=1)
    read_all = threading.Event()
    all_records, start_workers, cue = bf.run._all_records, bf.pool._start_workers, bf.has_parameter_cue

    def records(*args: object) -> Iterable[object]:
        while where == "workers" and any(t.name == "claimwatch-pool-start" for t in threading.enumerate()):
            time.sleep(0.01)
        yield from all_records(*args)
        read_all.set()

    def start(*args: object) -> None:
        if where == "here":
            read_all.wait(60)
        start_workers(*args)

    checked_here = []
    monkeypatch.setattr(bf.run, "_all_records", records)
    monkeypatch.setattr(bf.pool, "_start_workers", start)
    monkeypatch.setattr(bf.pool, "has_parameter_cue", lambda body: checked_here.append(1) or cue(body))
    two = run(tmp_path / "two.db", [str(big_archive)], workers=2, batch_articles=5)
    assert len(checked_here) == (240 if where == "here" else 0)
    for summary in (one, two):
        del summary["seconds"], summary["pages_per_s"], summary["workers"]
    assert one == two and one["prefiltered"] == 180 and one["articles"] == 60
    assert rows(tmp_path / "one.db") == rows(tmp_path / "two.db")


def test_a_second_call_reads_nothing_again(tmp_path: Path, big_archive: Path) -> None:
    first = run(tmp_path / "db.sqlite", [str(big_archive)], workers=1)
    second = run(tmp_path / "db.sqlite", [str(big_archive)], workers=1)
    assert first["records"] == 240 and second["records"] == 0 and second["already_done"] == 1
    again = run(tmp_path / "db.sqlite", [str(big_archive)], workers=1, resume=False)
    assert again["records"] == 240 and again["new"] == 0 and again["unchanged"] == 60


def test_resume_from_a_saved_position_reads_only_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    mixed_archive(20, ai_every=1).write(path)
    marks = [r.mark for r in read_warc(str(path))]
    with Store(tmp_path / "db.sqlite") as store:
        store.save_backfill_positions([marks[11].row()])  # as if records 0..11 were committed
    summary = run(tmp_path / "db.sqlite", [str(path)], workers=1)
    assert summary["records"] == 8
    assert {a[1] for a in rows(tmp_path / "db.sqlite")["articles"]} == {
        f"https://news.test/{LANGS[i % 4]}/{i}" for i in range(12, 20)
    }


# --------------------------------------------------------------------------- folders


def test_folder_of_saved_pages(tmp_path: Path) -> None:
    folder = tmp_path / "saved-pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.html").write_bytes(
        b"<!-- saved from url=(0026)https://blog.test/one -->\n" + ai_page(1, "de")
    )
    (folder / "sub" / "two.htm").write_bytes(ai_page(2, "fr"))
    (folder / "sub" / "three.html").write_bytes(plain_page(3))
    (folder / "logo.png").write_bytes(b"\x89PNG")
    (folder / ".hidden.html").write_bytes(ai_page(4))
    summary = run(tmp_path / "db.sqlite", [str(folder)], workers=1)
    assert (summary["pages"], summary["prefiltered"], summary["articles"]) == (3, 1, 2)
    assert summary["skipped"] == {"non_html": 1}
    assert sorted(str(a[1]) for a in rows(tmp_path / "db.sqlite")["articles"]) == [
        "None",
        "https://blog.test/one",
    ]
    (folder / "new.html").write_bytes(ai_page(5, "es"))
    again = run(tmp_path / "db.sqlite", [str(folder)], workers=1)
    assert (again["pages"], again["articles"], again["already_done"]) == (1, 1, 4)


# --------------------------------------------------------------------------- sitemaps on 127.0.0.1

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def _urlset(entries: list[tuple[str, str | None]], news: bool = False) -> bytes:
    items = []
    for loc, when in entries:
        if news:
            items.append(
                f"<url><loc>{loc}</loc><news:news><news:publication><news:name>T</news:name>"
                f"<news:language>en</news:language></news:publication><news:publication_date>{when}"
                "</news:publication_date><news:title>x</news:title></news:news></url>"
            )
        else:
            items.append(f"<url><loc>{loc}</loc>" + (f"<lastmod>{when}</lastmod>" if when else "") + "</url>")
    return f'<?xml version="1.0"?><urlset {NS} {NEWS_NS if news else ""}>{"".join(items)}</urlset>'.encode()


def test_parse_sitemap_kinds() -> None:
    index = parse_sitemap(
        f"<sitemapindex {NS}><sitemap><loc>https://s.test/a.xml</loc><lastmod>2024-01-02"
        "</lastmod></sitemap></sitemapindex>".encode()
    )
    assert index.kind == "index" and index.entries[0].date and index.entries[0].date.year == 2024
    assert (
        parse_sitemap(gzip.compress(_urlset([("https://s.test/p", None)]))).entries[0].loc
        == "https://s.test/p"
    )
    with pytest.raises(Exception, match="not a sitemap"):
        parse_sitemap(b"<html><body>no</body></html>")
    with pytest.raises(Exception, match="entities"):
        parse_sitemap(b'<!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>')


def test_sitemap_tree_since_and_robots(local_server, tmp_path: Path) -> None:
    url = local_server.url
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    xml_type = {"Content-Type": "application/xml"}
    pages = {f"/news/{i}.html": (ai_page(i, LANGS[i % 4]) if i % 2 else plain_page(i)) for i in range(1, 9)}
    for path, body in pages.items():
        local_server.route(path, Reply(body=body, headers=html_type))
    local_server.route(
        "/robots.txt",
        Reply(body=b"User-agent: *\nDisallow: /news/7.html\n", headers={"Content-Type": "text/plain"}),
    )
    local_server.route(
        "/sitemap-index.xml",
        Reply(
            body=(
                f"<sitemapindex {NS}>"
                f"<sitemap><loc>{url('/sitemap-2024.xml')}</loc><lastmod>2024-06-01</lastmod></sitemap>"
                f"<sitemap><loc>{url('/sitemap-2024b.xml.gz')}</loc></sitemap>"
                f"<sitemap><loc>{url('/news-sitemap.xml')}</loc></sitemap>"
                f"<sitemap><loc>{url('/sitemap-2019.xml')}</loc><lastmod>2019-12-31</lastmod></sitemap>"
                "</sitemapindex>"
            ).encode(),
            headers=xml_type,
        ),
    )
    local_server.route(
        "/sitemap-2024.xml",
        Reply(
            body=_urlset(
                [
                    (url("/news/1.html"), "2024-02-01"),
                    (url("/news/2.html"), "2024-02-02"),
                    (url("/news/3.html"), "2022-05-05"),
                ]
            ),
            headers=xml_type,
        ),
    )
    local_server.route(
        "/sitemap-2024b.xml.gz",
        Reply(
            body=gzip.compress(
                _urlset(
                    [
                        (url("/news/4.html"), None),
                        (url("/news/5.html"), "2024-03-01T10:00:00Z"),
                        (url("/news/1.html"), "2024-02-01"),
                    ]
                )
            ),
            headers=xml_type,
        ),
    )
    local_server.route(
        "/news-sitemap.xml",
        Reply(
            body=_urlset(
                [
                    (url("/news/6.html"), "2024-04-01T09:00:00+02:00"),
                    (url("/news/7.html"), "2024-04-02"),
                    (url("/news/8.html"), "2021-01-01"),
                ],
                news=True,
            ),
            headers=xml_type,
        ),
    )
    local_server.route(
        "/sitemap-2019.xml", Reply(body=_urlset([(url("/news/9.html"), "2019-01-01")]), headers=xml_type)
    )
    settings = FetchSettings(allow_private=True, per_host_delay_s=0)
    db = tmp_path / "db.sqlite"
    summary = run(
        db, [], sitemaps=[url("/sitemap-index.xml")], since=date(2023, 1, 1), fetch=settings, workers=1
    )
    assert local_server.count("/sitemap-2019.xml") == 0  # older than --since: not even fetched
    assert local_server.count("/news/7.html") == 0 and local_server.count("/robots.txt") == 1
    assert local_server.count("/news/3.html") == local_server.count("/news/8.html") == 0
    assert summary["skipped"] == {"robots": 1}
    assert (summary["pages"], summary["articles"], summary["exit"]) == (5, 2, 0)  # 1 2 4 5 6 fetched
    assert {a[1] for a in rows(db)["articles"]} == {url("/news/1.html"), url("/news/5.html")}
    again = run(
        db, [], sitemaps=[url("/sitemap-index.xml")], since=date(2023, 1, 1), fetch=settings, workers=1
    )
    assert again["pages"] == 0 and again["already_done"] == 5 and local_server.count("/news/1.html") == 1


def test_sitemap_that_cannot_be_fetched_fails_the_input(local_server, tmp_path: Path) -> None:
    settings = FetchSettings(allow_private=True, per_host_delay_s=0)
    summary = run(
        tmp_path / "db.sqlite", [], sitemaps=[local_server.url("/missing.xml")], fetch=settings, workers=1
    )
    assert summary["exit"] == 2 and "HTTP 404" in summary["error_lines"][0]


def test_gzip_sitemaps_served_as_gzip_types_and_a_gzip_bomb(local_server, tmp_path: Path) -> None:
    """A .xml.gz index and its .xml.gz children served as application/x-gzip, application/gzip or
    application/octet-stream are read; a gzip bomb among them is refused at the fetcher's decoded-size cap
    with one error line while the other sitemaps go on. Pages still have to be HTML."""
    url = local_server.url
    html_type = {"Content-Type": "text/html; charset=utf-8"}
    for i in range(1, 5):
        local_server.route(f"/news/{i}.html", Reply(body=ai_page(i, LANGS[i % 4]), headers=html_type))
    local_server.route("/news/5.html", Reply(body=ai_page(5), headers={"Content-Type": "application/x-gzip"}))
    local_server.route("/robots.txt", Reply(status=404))
    cap = 256 * 1024
    bomb = gzip.compress(_urlset([(url("/news/9.html"), None)]).replace(b"</urlset>", b" " * (4 * cap)))
    assert len(bomb) < cap // 16  # small on the wire: only the decompressed size gives it away
    children = {
        "/a.xml.gz": ("application/x-gzip", gzip.compress(_urlset([(url("/news/1.html"), "2024-02-01")]))),
        "/b.xml.gz": (  # two gzip members, as `cat a.gz b.gz` makes
            "application/gzip",
            gzip.compress(_urlset([(url("/news/2.html"), None)])[:40])
            + gzip.compress(_urlset([(url("/news/2.html"), None)])[40:]),
        ),
        "/c.xml.gz": (
            "application/octet-stream",
            gzip.compress(
                _urlset([(url("/news/3.html"), "2024-05-05"), (url("/news/5.html"), None)], news=False)
            ),
        ),
        "/bomb.xml.gz": ("application/x-gzip", bomb),
        "/d.xml.gz": ("application/x-gzip", gzip.compress(_urlset([(url("/news/4.html"), "2024-06-06")]))),
    }
    for path, (media, body) in children.items():
        local_server.route(path, Reply(body=body, headers={"Content-Type": media}))
    index = f"<sitemapindex {NS}>" + "".join(
        f"<sitemap><loc>{url(path)}</loc></sitemap>" for path in children
    )
    local_server.route(
        "/index.xml.gz",
        Reply(
            body=gzip.compress((index + "</sitemapindex>").encode()),
            headers={"Content-Type": "application/x-gzip"},
        ),
    )
    settings = FetchSettings(allow_private=True, per_host_delay_s=0, max_bytes_feed=cap)
    db = tmp_path / "db.sqlite"
    summary = run(db, [], sitemaps=[url("/index.xml.gz")], fetch=settings, workers=1)
    assert [line for line in summary["error_lines"] if "bomb" in line] == [
        f"{url('/bomb.xml.gz')}: gzip body is over the 256 KiB cap once decompressed (gzip bomb?)"
    ]
    assert local_server.count("/news/9.html") == 0 and local_server.count("/d.xml.gz") == 1
    assert summary["skipped"] == {"sitemap_error": 1, "fetch_content_type": 1}  # the bomb; page 5
    assert (summary["pages"], summary["articles"], summary["exit"]) == (4, 4, 1)
    assert {a[1] for a in rows(db)["articles"]} == {url(f"/news/{i}.html") for i in range(1, 5)}


def test_a_gzip_bomb_as_the_root_sitemap_fails_that_input_only(local_server, tmp_path: Path) -> None:
    """The default cap (the fetcher's max_bytes_feed, 15 MiB) applies to a 20 MiB bomb of 20 KB."""
    local_server.route("/robots.txt", Reply(status=404))
    local_server.route(
        "/bomb.xml.gz",
        Reply(
            body=gzip.compress(b"<urlset>" + b" " * (20 * 2**20), 9),
            headers={"Content-Type": "application/gzip"},
        ),
    )
    local_server.route(
        "/ok.xml",
        Reply(
            body=_urlset([(local_server.url("/p.html"), None)]), headers={"Content-Type": "application/xml"}
        ),
    )
    local_server.route("/p.html", Reply(body=ai_page(1), headers={"Content-Type": "text/html"}))
    settings = FetchSettings(allow_private=True, per_host_delay_s=0)
    summary = run(
        tmp_path / "db.sqlite",
        [],
        sitemaps=[local_server.url("/bomb.xml.gz"), local_server.url("/ok.xml")],
        fetch=settings,
        workers=1,
    )
    assert summary["error_lines"] == [
        f"{local_server.url('/bomb.xml.gz')}: gzip body is over the 15 MiB cap once decompressed (gzip bomb?)"
    ]
    assert (summary["inputs_failed"], summary["articles"], summary["exit"]) == (1, 1, 1)


def test_gunzip_capped_counts_every_member_and_refuses_damage() -> None:
    data = b"<urlset>" + b"x" * 1000 + b"</urlset>"
    two = gzip.compress(data[:500]) + gzip.compress(data[500:])
    assert gunzip_capped(two, len(data)) == data
    assert gunzip_capped(gzip.compress(data) + b"\x00" * 8, len(data)) == data  # NUL padding after the end
    with pytest.raises(FetchError, match="over the 1016 bytes cap") as caught:
        gunzip_capped(two, len(data) - 1, "https://s.test/s.xml.gz")
    assert caught.value.kind == "too_large"
    with pytest.raises(FetchError, match="truncated") as caught:
        gunzip_capped(gzip.compress(data)[:-12], 10**6)
    assert caught.value.kind == "decode"
    with pytest.raises(FetchError, match="not valid gzip"):
        gunzip_capped(gzip.compress(data) + b"garbage", 10**6)


# --------------------------------------------------------------------------- the command line


def cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimwatch.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env={**os.environ, "CLAIMWATCH_DB": ""},
    )


def test_cli_json_summary_exit_codes_and_one_line_per_error(tmp_path: Path) -> None:
    good = tmp_path / "good.warc.gz"
    mixed_archive(8, ai_every=2).write(good)
    db = str(tmp_path / "db.sqlite")
    done = cli("backfill", str(good), "--db", db, "--workers", "1", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert {
        "pages",
        "prefiltered",
        "new",
        "duplicates",
        "new_versions",
        "claims",
        "skipped",
        "seconds",
        "pages_per_s",
    } <= set(summary)
    assert (summary["pages"], summary["prefiltered"], summary["new"]) == (8, 4, 4) and done.stderr == ""
    partly = cli("backfill", str(good), str(tmp_path / "missing.warc.gz"), "--db", db, "--restart")
    assert partly.returncode == 1 and partly.stderr.count("\n") == 1 and "missing.warc.gz" in partly.stderr
    assert partly.stdout == ""  # quiet when not on a terminal
    assert cli("backfill", "--db", db).returncode == 2
    assert cli("backfill", str(good), "--since", "2024-01-01", "--db", db).returncode == 2


def test_killed_backfill_resumes_without_gaps_or_duplicates(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    mixed_archive(1200, ai_every=2).write(archive)
    whole = tmp_path / "whole.db"
    assert cli("backfill", str(archive), "--db", str(whole), "--workers", "2").returncode == 0
    killed = tmp_path / "killed.db"
    with open(tmp_path / "stderr.txt", "wb") as err:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "claimwatch.cli",
                "backfill",
                str(archive),
                "--db",
                str(killed),
                "--workers",
                "2",
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
        try:
            _wait_for_a_commit(killed, proc)
            os.killpg(
                proc.pid, signal.SIGKILL
            )  # the backfill and its workers, as a machine or OOM kill would
        finally:
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = rows(killed)
    assert 0 < len(partial["articles"]) < 600, "the kill came too late to test a resume"
    resumed = cli("backfill", str(archive), "--db", str(killed), "--workers", "2", "--json")
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["records"] < 1200  # it went on, it did not start again
    assert rows(killed) == rows(whole)
    conn = sqlite3.connect(killed)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*), count(DISTINCT identity) FROM articles").fetchone() == (
            600,
            600,
        )
    finally:
        conn.close()


def test_workers_leave_when_the_backfill_is_killed_alone(tmp_path: Path) -> None:
    """SIGKILL to the backfill process only (an OOM kill): its workers, which are the forkserver's
    children and not its own, notice and exit, and so does the forkserver; nothing is left running."""
    archive = tmp_path / "crawl.warc.gz"
    mixed_archive(1200, ai_every=2).write(archive)
    db = tmp_path / "db.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimwatch.cli", "backfill", str(archive), "--db", str(db), "--workers", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for_a_commit(db, proc)
        helpers = _descendants(proc.pid)
        assert len(helpers) >= 3, helpers  # the forkserver and two workers (and the resource tracker)
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while (alive := [pid for pid in helpers if _running(pid)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive, f"still running after the backfill was killed: {alive}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)


def test_workers_do_not_import_modules_from_the_current_directory(tmp_path: Path) -> None:
    """The forkserver preloads trafilatura & co. for the workers: from the installed packages, never from
    a file of that name in the directory `claimwatch` runs in (Python 3.11 gives the server `-c`'s path)."""
    archive = tmp_path / "crawl.warc.gz"
    mixed_archive(8, ai_every=2).write(archive)
    here = tmp_path / "cwd"
    here.mkdir()
    marker = tmp_path / "imported"
    (here / "trafilatura.py").write_text(f"open({str(marker)!r}, 'w').close()\n")
    command = Path(sys.executable).with_name("claimwatch")
    done = subprocess.run(
        [
            str(command),
            "backfill",
            str(archive),
            "--db",
            str(tmp_path / "db.sqlite"),
            "--workers",
            "2",
            "--json",
        ],
        cwd=here,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["articles"] == 4
    assert not marker.exists()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_the_worker_server_does_not_hold_stdout_open(tmp_path: Path) -> None:
    """The forkserver, and so every worker, gets stderr as its stdout: `claimwatch backfill --json | ...`
    sees the end of the output when the backfill exits, not once the server has shut down after it.
    The process that starts the server keeps its own stdout."""
    code = (
        "import os\n"
        "from multiprocessing import forkserver\n"
        "from claimwatch.backfill import start_worker_server\n"
        "start_worker_server()\n"
        "pid = forkserver._forkserver._forkserver_pid\n"
        "fd = lambda p, n: os.readlink(f'/proc/{p}/fd/{n}')\n"
        "print(fd(pid, 1) == fd('self', 2), fd(pid, 2) == fd('self', 2), fd('self', 1) != fd('self', 2))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "True True True\n"


def _descendants(root: int) -> list[int]:
    """Pids of every process under `root`, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        found += children
        todo += children
    return found


def _running(pid: int) -> bool:
    """Whether a pid is a live process (a zombie waiting for its parent counts as gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _wait_for_a_commit(db: Path, proc: subprocess.Popen) -> None:
    """Until the first batch with its position is committed (then kill at once, mid-run)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the backfill ended before it could be killed"
        if db.exists():
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
                try:
                    row = conn.execute("SELECT records FROM backfill_positions").fetchone()
                finally:
                    conn.close()
            except sqlite3.Error:
                row = None
            if row and row[0] > 0:
                return
        time.sleep(0.02)
    raise AssertionError("no batch committed within 60 s")
