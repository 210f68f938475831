"""Pure URL helpers: canonical form for de-duplication, host extraction, link resolution.

`canonicalize` is deliberately conservative. It only rewrites what cannot distinguish two
articles: letter case of scheme and host, default ports, an empty path, the case of
percent-escapes, known tracking parameters, the order of *different* query keys and the
fragment. Path case, trailing slashes, parameter values and the relative order of repeated
keys are kept, so two different articles never collapse into one key.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ref_src", "igshid", "_hsenc", "_hsmi", "spm"}
)
WEB_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_WHITESPACE = re.compile(r"\s")


def canonicalize(url: str) -> str:
    """Return the canonical form of an http(s) URL; other input comes back stripped, unchanged.

    Never raises. Idempotent: ``canonicalize(canonicalize(u)) == canonicalize(u)``.
    Fragments are dropped except hash-bang routes (``#!/…``), which some sites use as the
    article address.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # bad IPv6 brackets, non-numeric or out-of-range port
        return text
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES or not parts.hostname:
        return text
    netloc = _netloc(parts.username, parts.password, parts.hostname, port, scheme)
    path = _escape_spaces(_upper_escapes(parts.path)) or "/"
    query = _clean_query(_escape_spaces(parts.query))  # escaped before sorting: the sort keys are final
    fragment = _escape_spaces(parts.fragment) if parts.fragment.startswith("!") else ""
    return urlunsplit((scheme, netloc, path, query, fragment))


def host_of(url: str) -> str | None:
    """The lower-case (punycode) host of an http(s) URL, without port; None when there is none."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.hostname:
        return None
    return _idna_host(parts.hostname)


_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def resolve(base: str | None, href: str | None) -> str | None:
    """Resolve `href` against `base`; return it only if the result is an absolute http(s) URL.

    `javascript:`, `mailto:`, `data:` and relative links with no usable base give None.
    """
    # as browsers do: C0 controls and spaces at either end go, tabs and newlines anywhere go; any other
    # control character left inside makes no URL ('\x00http://...' from a broken feed)
    href = _TAB_NEWLINE.sub("", (href or "").strip(_C0_OR_SPACE))
    if not href or _CONTROL.search(href):
        return None
    try:
        joined = urljoin(base or "", href)
        parts = urlsplit(joined)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return joined


def is_tracking_param(key: str) -> bool:
    """True for query keys that only track the visitor (utm_*, fbclid, gclid, …)."""
    low = key.lower()
    return low.startswith("utm_") or low in TRACKING_PARAMS


def _netloc(user: str | None, password: str | None, host: str, port: int | None, scheme: str) -> str:
    host = _idna_host(host)
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if user is None:
        return host
    userinfo = user if password is None else f"{user}:{password}"
    return f"{userinfo}@{host}"


def _idna_host(host: str) -> str:
    """Lower-case the host and encode international names as punycode (IDNA 2003, stdlib)."""
    low = host.lower().rstrip(".") or host.lower()
    if low.isascii():
        return low
    try:
        return low.encode("idna").decode("ascii").lower()
    except UnicodeError:  # empty or over-long labels: keep the readable form
        return low


def _escape_spaces(text: str) -> str:
    """Whitespace inside a URL as %XX (as browsers send it): a trailing space must not be stripped by the
    next call, which would make the canonical form not idempotent (found by tests/test_fuzz.py)."""
    return _WHITESPACE.sub(lambda m: quote(m.group(), safe=""), text)


def _upper_escapes(text: str) -> str:
    return _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), text)


def _clean_query(query: str) -> str:
    """Drop tracking pairs and empty pieces; sort by key (stable, so repeated keys keep their order)."""
    pairs = [p for p in _upper_escapes(query).split("&") if p and not is_tracking_param(_raw_key(p))]
    pairs.sort(key=_raw_key)
    return "&".join(pairs)


def _raw_key(pair: str) -> str:
    return pair.split("=", 1)[0]
