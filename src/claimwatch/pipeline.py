"""The one place that sequences the stages: inputs -> articles -> claims -> store.

Each input is isolated: one that cannot be read becomes a Failure with a one-line reason and the
rest go on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from claimwatch.errors import Error, FetchError, InputError
from claimwatch.models import Article, Claim
from claimwatch.output import printable_path

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
MAX_INPUT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Failure:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class IngestReport:
    articles: int = 0
    new: int = 0
    unchanged: int = 0
    new_versions: int = 0
    duplicates: int = 0
    claims: int = 0
    failures: list[Failure] = field(default_factory=list)


def expand(specs: Iterable[str]) -> Iterator[str]:
    """Folders become the files inside them (sorted, hidden files skipped); other specs pass through."""
    for spec in specs:
        path = Path(spec)
        if spec != "-" and not _is_url(spec) and _is_dir(path):
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child)
        else:
            yield spec


def _is_dir(path: Path) -> bool:
    """`path.is_dir()`, False when the file system refuses the name (ENAMETOOLONG): reading it as a file
    then gives the input its one-line failure."""
    try:
        return path.is_dir()
    except OSError:
        return False


def read_inputs(specs: Iterable[str], lang: str | None = None) -> Iterator[Article | Failure]:
    """Each spec (path, folder, '-', URL) as an Article, or a Failure saying why not."""
    for spec in expand(specs):
        try:
            yield read_one(spec, lang)
        except (InputError, FetchError) as e:
            yield Failure(spec, str(e))
        except OSError as e:
            yield Failure(spec, e.strerror or str(e))


def read_one(spec: str, lang: str | None = None) -> Article:
    """One input as an Article; raises InputError, FetchError or OSError."""
    from claimwatch import articles

    if spec == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        return _from_bytes(data, "-", lang, html=None)
    if _is_url(spec):
        from claimwatch.fetch import fetch_url

        result = fetch_url(spec, kind="page")
        return articles.article_from_html(
            result.body,
            url=result.final_url,
            source=spec,
            headers=result.headers,
            fetched=datetime.now(UTC),
            lang=lang,
        )
    path = Path(spec)
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(f"file larger than {MAX_INPUT_BYTES // 2**20} MiB, not an article")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    html = True if suffix in HTML_SUFFIXES else (False if suffix in TEXT_SUFFIXES else None)
    return _from_bytes(data, printable_path(spec), lang, html=html)  # a name's undecodable bytes as \xNN


def _from_bytes(data: bytes, source: str, lang: str | None, html: bool | None) -> Article:
    from claimwatch import articles

    if html is None:
        html = (
            data.lstrip()[:512]
            .lower()
            .startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body"))
        )
    if html:
        return articles.article_from_html(data, url=None, source=source, lang=lang)
    return articles.article_from_text(_decode_text(data), source=source, lang=lang)


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:4096] or data[:4] == b"%PDF":
        raise InputError("binary content, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError("cannot tell the text encoding") from None
        return str(best)


def _is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def claims_of(article: Article) -> list[Claim]:
    """The claims an article makes (the extractor, with the article's language)."""
    from claimwatch.extract import extract_claims

    return extract_claims(article.text, article.lang or "en")


def ensure_gazetteer(store) -> None:
    """Fill the store's models and organisations tables from the bundled gazetteer the first time, so
    queries know every canonical name and alias (curation done later with `alias` is kept)."""
    if store.stats().get("models"):
        return
    from claimwatch.extract.gazetteer import data_dir, read_tsv

    folder = data_dir()
    models = read_tsv((folder / "models.tsv").read_text(encoding="utf-8"))
    orgs = read_tsv((folder / "orgs.tsv").read_text(encoding="utf-8"))
    store.load_gazetteer(
        [
            {**m, "org": m.get("org") or None, "family": m.get("family") or None, "aliases": _aliases(m)}
            for m in models
        ],
        [{"name": o["name"], "aliases": _aliases(o)} for o in orgs],
    )


def _aliases(row: dict) -> list[str]:
    return [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]


def ingest(specs: Iterable[str], store, lang: str | None = None) -> IngestReport:
    """Store each input with its claims, idempotently; failures are collected, not raised."""
    from claimwatch.extract import EXTRACTOR_VERSION

    ensure_gazetteer(store)
    report = IngestReport()
    for item in read_inputs(specs, lang):
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        claims = claims_of(item)
        try:
            result = store.save_article(item, claims, extractor_version=EXTRACTOR_VERSION)
        except Error as e:
            report.failures.append(Failure(item.source, str(e)))
            continue
        report.articles += 1
        _count(report, result.outcome, result.claims_written)
    return report


def _count(report: IngestReport, outcome: str, claims: int) -> None:
    if outcome == "new":
        report.new += 1
    elif outcome == "new_version":
        report.new_versions += 1
    elif outcome == "duplicate":
        report.duplicates += 1
    else:
        report.unchanged += 1
    report.claims += claims


def reextract(store, *, force: bool = False) -> tuple[int, int]:
    """Re-derive claims from stored text for articles extracted by another extractor version."""
    from claimwatch.extract import EXTRACTOR_VERSION, extract_claims

    articles_done = claims_done = 0
    for article_id, text, lang in store.articles_needing_reextract(None if force else EXTRACTOR_VERSION):
        claims = extract_claims(text, lang or "en")
        store.replace_claims(article_id, claims, EXTRACTOR_VERSION)
        articles_done += 1
        claims_done += len(claims)
    return articles_done, claims_done
