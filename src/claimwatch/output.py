"""Render rows as a table, JSON, JSON lines or CSV. Rows are plain dicts."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TextIO

FORMATS = ("table", "json", "jsonl", "csv")
SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone surrogates: undecodable bytes from argv or file names
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # tab and newline stay (cells fold)


def printable_path(path: object) -> str:
    """A path for a message or a stored name: its undecodable bytes (lone surrogates U+DC80-U+DCFF, which
    SQLite and UTF-8 output refuse) written as \\xNN, any other lone surrogate as U+FFFD."""

    def byte(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"

    return SURROGATE.sub(byte, str(path))


def default_format(stream: TextIO | None = None) -> str:
    """A table on a terminal, JSON lines otherwise."""
    stream = stream or sys.stdout
    return "table" if stream.isatty() else "jsonl"


def render(
    rows: Sequence[dict],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    stream: TextIO | None = None,
) -> None:
    """Write rows to stream in the given format."""
    stream = _Replacing(stream or sys.stdout)
    if fmt == "json":
        _json(rows, stream)
    elif fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        _csv(rows, columns, stream)
    else:
        _table(rows, columns, title, stream)


def _json(rows: Sequence[dict], stream: TextIO) -> None:
    """A JSON array, one compact row per line: `json.dumps(indent=...)` takes json's pure-Python encoder,
    3x slower (conflicts GPT-4 at 1M claims: 46 ms against 15 ms for 3 MB)."""
    lines = [json.dumps(row, ensure_ascii=False, default=str) for row in rows]
    stream.write("[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n")


class _Replacing:
    """A text stream wrapper that writes lone surrogates (undecodable bytes of a path given on the command
    line) as U+FFFD instead of dying with UnicodeEncodeError half-way through the output."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:  # strict UTF-8 refuses exactly the surrogates: on large outputs ~2x faster than the scan alone
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = SURROGATE.sub("\ufffd", text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _csv(rows: Sequence[dict], columns: Sequence[str] | None, stream: TextIO) -> None:
    cols = list(columns or (rows[0].keys() if rows else []))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _raw_cell(row.get(k)) for k in cols})
    stream.write(buf.getvalue())


def _table(rows: Sequence[dict], columns: Sequence[str] | None, title: str | None, stream: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    cols = list(columns or (rows[0].keys() if rows else []))
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in cols:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(escape(_cell(row.get(c))) for c in cols))
    Console(file=stream, width=None if stream.isatty() else 200).print(table)


def _raw_cell(value: object) -> str:
    """CSV keeps numbers whole and booleans as true/false, for spreadsheets."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) and value >= 10**6:
        return human_count(value)
    # stored text is untrusted: an ANSI escape in a title must not drive the terminal (RELIABILITY X12)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def human_count(n: int | float | None) -> str:
    """175000000000 -> '175B', 1760000000000 -> '1.76T'."""
    if n is None:
        return ""
    for scale, suffix in ((10**15, "Q"), (10**12, "T"), (10**9, "B"), (10**6, "M")):
        if abs(n) >= scale:
            return f"{n / scale:.3g}{suffix}"
    return str(n)


def lines(items: Iterable[str], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    for item in items:
        stream.write(item + "\n")
