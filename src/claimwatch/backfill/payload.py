"""A warcio record -> a Page, or the reason there is none: record type, HTTP status, size, transfer and
content coding, HTML or not."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from typing import Any

from claimwatch.backfill.records import MAX_PAGE_BYTES, KiB, Page

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def page_of(rec: Any, spec: str, max_bytes: int) -> tuple[Page | None, str | None]:
    """(page, None) for an HTML capture, else (None, reason). Reads at most max_bytes + 1 of the payload."""
    rec_type = rec.rec_type
    if rec_type == "revisit":
        return None, "revisit"
    if rec_type not in ("response", "resource"):
        return None, "other_record"
    headers = rec.rec_headers
    if headers.get_header("WARC-Truncated"):
        return None, "truncated"
    http = rec.http_headers if rec_type == "response" else None
    if http is not None and not str(http.get_statuscode() or "").startswith("2"):
        return None, "http_status"
    content_type = http.get_header("Content-Type") if http is not None else headers.get_header("Content-Type")
    raw = rec.raw_stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return None, "too_large"
    body = _decoded_payload(raw, http)
    if body is None:
        return None, "bad_content_encoding"
    if not _is_html(content_type, headers.get_header("WARC-Identified-Payload-Type"), body):
        return None, "non_html"
    page = Page(
        body,
        url=headers.get_header("WARC-Target-URI"),
        source=spec,
        fetched=_warc_date(headers.get_header("WARC-Date")),
        content_type=content_type,
    )
    return page, None


def drain(rec: Any) -> bool:
    """Read the rest of a record's block; True if the archive ended before its Content-Length."""
    stream = rec.raw_stream
    while stream.read(64 * KiB):
        pass
    return bool(getattr(stream, "limit", 0))


def _is_html(content_type: str | None, identified: str | None, body: bytes) -> bool:
    """HTML by the HTTP (or WARC) media type; without one, by the identified type or the first bytes."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media:
        return media in HTML_TYPES
    identified_media = (identified or "").split(";", 1)[0].strip().lower()
    if identified_media:
        return identified_media in HTML_TYPES
    head = body.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _decoded_payload(raw: bytes, http: Any) -> bytes | None:
    """The payload without chunked transfer coding and gzip/deflate content coding; None if undecodable.

    Archives differ: some keep the bytes as sent, some store them decoded but keep the headers. So a
    payload that does not decode but already looks like markup is taken as it is.
    """
    if http is None:
        return raw
    if (http.get_header("Transfer-Encoding") or "").lower() == "chunked":
        raw = _dechunked(raw)
    coding = (http.get_header("Content-Encoding") or "").strip().lower()
    if coding in ("", "identity", "none"):
        return raw
    if coding in ("gzip", "x-gzip", "deflate"):
        decoded = _inflate(raw)
        if decoded is not None:
            return decoded
    return raw if raw.lstrip()[:1] == b"<" else None


def _dechunked(raw: bytes) -> bytes:
    """Undo chunked transfer coding; the input as it is if it is not chunked after all."""
    out, pos = [], 0
    while True:
        line_end = raw.find(b"\r\n", pos)
        if line_end < 0:
            return raw
        try:
            size = int(raw[pos:line_end].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return raw
        if size == 0:
            return b"".join(out)
        out.append(raw[line_end + 2 : line_end + 2 + size])
        pos = line_end + 2 + size + 2


def _inflate(raw: bytes, cap: int = 4 * MAX_PAGE_BYTES) -> bytes | None:
    for wbits in (47, -zlib.MAX_WBITS):  # 47: gzip or zlib header, detected; then raw deflate
        d = zlib.decompressobj(wbits)
        try:
            data = d.decompress(raw, cap)
        except zlib.error:
            continue
        return data if len(data) < cap else None
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
