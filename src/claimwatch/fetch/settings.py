"""What a fetch is configured with and what it returns: `FetchSettings`, `FetchResult` and the byte units."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from claimwatch import __version__

Kind = Literal["feed", "page", "robots"]

KiB = 1024
MiB = 1024 * KiB
USER_AGENT = f"claimwatch/{__version__} (+https://github.com/claimwatch/claimwatch; feed tracker)"
ROBOTS_TOKEN = "claimwatch"


@dataclass(frozen=True)
class FetchSettings:
    """Limits and manners for one `Fetcher`; the defaults suit an hourly cron run."""

    user_agent: str = USER_AGENT
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    write_timeout_s: float = 10.0
    pool_timeout_s: float = 5.0
    deadline_s: float = 60.0
    """Overall wall-clock budget per fetch (all hops, headers and body), excluding politeness waits."""
    max_bytes_feed: int = 15 * MiB
    max_bytes_page: int = 5 * MiB
    max_bytes_robots: int = 512 * KiB
    """robots.txt beyond this is truncated, not refused (RFC 9309 asks to parse at least 500 KiB)."""
    max_redirects: int = 5
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0
    global_concurrency: int = 20
    allow_private: bool = False
    private_hosts: frozenset[str] = frozenset()
    """Hosts (as written in configured feed URLs) allowed to resolve to private addresses for kind="feed"."""
    respect_robots: bool = True
    rate_limit_default_s: float = 3600.0
    """How long a host stays blocked after a 429 without a usable Retry-After."""
    max_retry_after_s: float = 7 * 86400.0
    ca_file: str | None = None
    """PEM bundle to trust instead of certifi's (an internal CA; the tests' own CA)."""

    def __post_init__(self) -> None:
        counts = (self.per_host_concurrency, self.global_concurrency, self.max_bytes_robots)
        if min(counts) < 1 or self.max_redirects < 0 or min(self.max_bytes_feed, self.max_bytes_page) < 1:
            raise ValueError("FetchSettings: concurrency and byte caps must be >= 1, max_redirects >= 0")
        hosts = frozenset(h.strip().strip("[]").lower() for h in self.private_hosts)
        object.__setattr__(self, "private_hosts", hosts)

    def cap_for(self, kind: Kind) -> int:
        """The decoded-body byte cap for a kind of fetch."""
        return {"feed": self.max_bytes_feed, "page": self.max_bytes_page}.get(kind, self.max_bytes_robots)


@dataclass(frozen=True)
class FetchResult:
    """One completed fetch: a 2xx with its body, or a 304 (`not_modified`, empty body)."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    not_modified: bool
    content_type: str | None
    charset: str | None
    elapsed_s: float
    redirects: list[tuple[int, str]] = field(default_factory=list)
    """(status, target URL without credentials) per hop, in order."""
    permanent_redirect: bool = False
    """True when there was at least one hop and every hop was 301/308."""
