"""Folders of saved pages: each HTML file as a Record, files already stored (same size and mtime) left out."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path

from claimwatch.backfill.records import MAX_PAGE_BYTES, Mark, Page, Record

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE)


def file_stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def folder_files(spec: str) -> list[Path]:
    """The files of a folder (or the one file), sorted, hidden ones left out."""
    root = Path(spec)
    if root.is_file():
        return [root]
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def read_folder(
    spec: str, done: Mapping[str, str], *, max_page_bytes: int = MAX_PAGE_BYTES
) -> Iterator[Record]:
    """Each HTML file of a folder as a Record (other files are skipped as `non_html`).

    `done` maps resolved file paths to the stamp they were stored with; such files are not read again.
    The page URL is the browser's "saved from url" comment if there is one; the capture date the mtime.
    """
    for path in folder_files(spec):
        key = str(path.resolve())
        try:
            stamp = file_stamp(path)
        except OSError as e:
            yield Record(Mark(key, "file"), skip="unreadable", error=f"{path}: {e.strerror or e}")
            continue
        if done.get(key) == stamp:
            continue
        yield _file_record(path, Mark(key, "file", stamp=stamp, finished=True), max_page_bytes)


def _file_record(path: Path, mark: Mark, max_bytes: int) -> Record:
    size = path.stat().st_size
    if path.suffix.lower() not in HTML_SUFFIXES:
        return Record(mark, skip="non_html", progress=size)
    if size > max_bytes:
        return Record(mark, skip="too_large", progress=size)
    try:
        body = path.read_bytes()
    except OSError as e:
        return Record(mark, skip="unreadable", error=f"{path}: {e.strerror or e}", progress=size)
    saved = _SAVED_FROM.search(body[:4096])
    url = saved.group(1).decode("ascii", "replace") if saved else None
    fetched = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    return Record(mark, page=Page(body, url=url, source=str(path), fetched=fetched), progress=size)
