"""Fetch: the only package that talks HTTP. httpx (and httpcore under it) stay behind this boundary.

One `Fetcher` per run shares a few `httpx.AsyncClient`s (`pools`) and enforces, for every request:

* limits: connect/read/write/pool timeouts plus an overall deadline that also cuts a slow drip;
  decoded-byte caps per kind (a gzip bomb trips them); at most `max_redirects` hops;
* safety (RELIABILITY.md X1-X4): http/https only; every hop's host is resolved here and refused when
  any address is not public; the connection then goes only to the vetted address (see
  `transport._PinnedBackend`), so DNS rebinding between check and connect is impossible; no https->http
  downgrade; URL credentials are never logged and never follow a redirect to another host;
* politeness: per-host and global concurrency, a minimum gap between requests to one host, 429/503
  `Retry-After` remembered per host, robots.txt (RFC 9309) for article pages;
* conditional GET with the exact stored ETag / Last-Modified strings.

Every failure is a `FetchError` with a short `kind` (dns, connect, timeout, tls, too_large, incomplete,
decode, redirect_loop, too_many_redirects, bad_redirect, insecure_redirect, bad_url, bad_scheme,
private_address, rate_limited, content_type, robots, http_<status>, network) and a one-line message.

Private addresses: `allow_private=True` switches the guard off everywhere (tests, a home lab).
`private_hosts` is the narrow operator opt-in: a configured *feed* URL whose host is listed may reach a
private address, and so may redirects that stay on that same host. Article pages, robots.txt and
redirects to any other host never inherit it, because those URLs come from content we do not control.

Proxies are not used (`trust_env=False`): a proxy would do its own DNS and defeat the address guard.

Submodules, each importing only those before it: `settings`, `addresses`, `http_helpers`, `bodies`,
`robots`, `transport`, `politeness`, `pools`, then `fetcher` (the `Fetcher` and `fetch_url`).
"""

from claimwatch.fetch.addresses import Resolver, is_public_address, parse_ip_host, system_resolver
from claimwatch.fetch.bodies import GZIP_TYPES, gunzip_capped
from claimwatch.fetch.fetcher import Fetcher, fetch_url
from claimwatch.fetch.http_helpers import content_type_allowed, parse_retry_after, redact, redirect_target
from claimwatch.fetch.robots import RobotsRules
from claimwatch.fetch.settings import ROBOTS_TOKEN, USER_AGENT, FetchResult, FetchSettings, Kind

__all__ = [
    "GZIP_TYPES",
    "ROBOTS_TOKEN",
    "USER_AGENT",
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "Kind",
    "Resolver",
    "RobotsRules",
    "content_type_allowed",
    "fetch_url",
    "gunzip_capped",
    "is_public_address",
    "parse_ip_host",
    "parse_retry_after",
    "redact",
    "redirect_target",
    "system_resolver",
]
