"""Compressed bodies: a gzip/deflate stream cut short, and a gzip payload decompressed within a byte cap."""

from __future__ import annotations

import zlib

import httpx

from claimwatch.errors import FetchError
from claimwatch.fetch.http_helpers import one_line, redact, size

GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip", "application/octet-stream"})
"""How servers label a `.xml.gz` file (a gzip payload, not a Content-Encoding): pass as `accept_types`."""


_ZLIB_STREAM = type(zlib.decompressobj())


def compression_cut_short(response: httpx.Response) -> bool:
    """True if a gzip/deflate body stopped before its compressed stream ended: httpx's decoders return a
    truncated stream's bytes without complaint (RELIABILITY N10). Reads httpx 0.28's decoder objects;
    anything unrecognised counts as complete."""
    decoder = getattr(response, "_decoder", None)
    if decoder is None or response.num_bytes_downloaded == 0:
        return False
    streams = [getattr(d, "decompressor", None) for d in getattr(decoder, "children", [decoder])]
    return any(isinstance(z, _ZLIB_STREAM) and not z.eof for z in streams)


def gunzip_capped(body: bytes, cap: int, where: str = "") -> bytes:
    """A gzip payload (a `.xml.gz` sitemap) decompressed within `cap` bytes, the same decoded-size cap
    the fetcher puts on a body sent with Content-Encoding: gzip, so a gzip bomb is refused the same way.

    Concatenated members are read one after the other (the cap counts them together). FetchError
    "too_large" past the cap (decompression stops there: at most `cap` bytes are ever held), "decode" for
    data that is not gzip or ends before its stream does.
    """
    label = f"{redact(where)}: " if where else ""
    out: list[bytes] = []
    produced, data = 0, body
    while True:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = d.decompress(data, cap - produced + 1)
        except zlib.error as e:
            raise FetchError("decode", f"{label}not valid gzip data ({one_line(e)})") from e
        produced += len(chunk)
        if produced > cap:
            raise FetchError(
                "too_large", f"{label}gzip body is over the {size(cap)} cap once decompressed (gzip bomb?)"
            )
        out.append(chunk)
        if not d.eof:
            raise FetchError("decode", f"{label}gzip data ends before its stream does (truncated)")
        data = d.unused_data
        if not data.lstrip(b"\x00"):  # trailing NUL padding after the last member is common and harmless
            return b"".join(out)
