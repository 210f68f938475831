"""Pure helpers on URLs, headers and messages (no I/O), and httpx errors translated into `FetchError`."""

from __future__ import annotations

import email.utils
import ssl
from collections.abc import Iterable
from datetime import UTC

import httpx

from claimwatch.errors import FetchError
from claimwatch.fetch.settings import FetchSettings, KiB, Kind, MiB

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_HINTS = ("xml", "json", "rss", "atom")
DEFAULT_ACCEPT: dict[str, str] = {
    "feed": "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
    "robots": "text/plain, */*;q=0.5",
}


def redact(url: str | httpx.URL) -> str:
    """The URL without user:password, for messages and logs."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        text = str(url)
        scheme, sep, rest = text.partition("://")
        return f"{scheme}{sep}{rest.rpartition('@')[2]}" if sep else text
    return str(parsed.copy_with(userinfo=b"")) if parsed.userinfo else str(parsed)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if absent or garbage."""
    if not value or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def redirect_target(current: httpx.URL, location: str | None, status: int) -> httpx.URL:
    """Where a redirect leads, or FetchError (bad_redirect, bad_scheme, insecure_redirect).

    Credentials are dropped when the hop changes host, so they never reach a third party.
    """
    where = redact(current)
    if not location or not location.strip():
        raise FetchError("bad_redirect", f"{where}: HTTP {status} redirect without a Location header")
    try:
        target = current.join(location.strip())
    except (httpx.InvalidURL, ValueError) as e:
        raise FetchError("bad_redirect", f"{where}: HTTP {status} to an invalid Location ({e})") from e
    if target.scheme not in ("http", "https"):
        raise FetchError("bad_scheme", f"{where}: redirect to a {target.scheme or 'relative'}: URL refused")
    if current.scheme == "https" and target.scheme == "http":
        raise FetchError(
            "insecure_redirect", f"{where}: redirect from https to http refused ({redact(target)})"
        )
    if target.userinfo and (target.host, target.port) != (current.host, current.port):
        target = target.copy_with(userinfo=b"")
    return target


def media_type(headers: httpx.Headers) -> str | None:
    raw = headers.get("content-type")
    media = raw.split(";", 1)[0].strip().lower() if raw else ""
    return media or None


def content_type_allowed(kind: Kind, media_type: str | None, extra: Iterable[str] = ()) -> bool:
    """Pages must be HTML; feeds may be any XML/JSON/text type; a missing type is given the benefit of doubt.
    `extra` lists further media types this one caller accepts (a sitemap fetch: `GZIP_TYPES`)."""
    if kind == "robots" or media_type is None or media_type in extra:
        return True
    if kind == "page":
        return media_type in _HTML_TYPES
    return media_type.startswith("text/") or any(hint in media_type for hint in _FEED_HINTS)


def header_bytes(value: str | None) -> bytes | None:
    """A stored validator as the exact bytes to send back; None if empty or unsafe (CR/LF/controls)."""
    if not value or any(ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return None
    try:
        return value.encode("ascii")
    except UnicodeEncodeError:
        return value.encode("utf-8")


def one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def size(n: int) -> str:
    return f"{n / MiB:g} MiB" if n >= MiB else f"{n / KiB:g} KiB" if n >= KiB else f"{n} bytes"


def host_key(url: httpx.URL) -> str:
    return url.host.lower()


def origin(url: httpx.URL) -> str:
    """scheme://host[:port] without credentials: the key robots.txt rules are cached under."""
    return str(url.copy_with(userinfo=b"", path="/", query=None, fragment=None))[:-1]


def _tls_cause(exc: BaseException) -> ssl.SSLError | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def translate(exc: httpx.HTTPError, url: httpx.URL, settings: FetchSettings) -> FetchError:
    """One httpx exception as the FetchError a person can read."""
    where = redact(url)
    if isinstance(exc, httpx.TimeoutException):
        phase, limit = {
            httpx.ConnectTimeout: ("connect", settings.connect_timeout_s),
            httpx.WriteTimeout: ("write", settings.write_timeout_s),
            httpx.PoolTimeout: ("waiting for a free connection", settings.pool_timeout_s),
        }.get(type(exc), ("read", settings.read_timeout_s))
        return FetchError("timeout", f"{where}: timed out after {limit:g} s ({phase})")
    tls = _tls_cause(exc)
    if tls is not None:
        return FetchError("tls", f"{where}: TLS failed: {getattr(tls, 'reason', None) or one_line(tls)}")
    if isinstance(exc, httpx.ConnectError):
        return FetchError("connect", f"{where}: could not connect: {one_line(exc)}")
    if isinstance(exc, httpx.ReadError | httpx.RemoteProtocolError):
        return FetchError(
            "incomplete", f"{where}: connection closed before the full response ({one_line(exc)})"
        )
    if isinstance(exc, httpx.DecodingError):
        return FetchError("decode", f"{where}: body could not be decoded ({one_line(exc)})")
    return FetchError("network", f"{where}: {type(exc).__name__}: {one_line(exc)}")
