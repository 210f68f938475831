"""When is a feed next due? Pure decisions: every function takes `now` (and a random source for jitter).

The rules (what a polite cron-run feed fetcher does):

* after a success the next check is `interval` later (default 1 h), lengthened by the server's hints:
  `Cache-Control: max-age`, `Expires` and the feed's `<ttl>`; the longest hint wins, clamped to
  [15 min, 24 h]; the feed's own interval is never shortened by a hint;
* after a failure: exponential backoff, 1 h x 2^n for the n-th consecutive failure (n from 0), capped at
  7 days. There is no permanent silent disable: after 10, 20 or 100 failures the feed is still tried at
  the cap, and `claimwatch feeds list` shows its state and last error;
* 429, or 503 with Retry-After: next = max(Retry-After, backoff); the host is "rate limited" until then,
  which even `run --all` respects (for every feed on that host);
* every delay gets +/-10 % jitter so feeds added together drift apart; a feed is due when its next check
  is at most `due_slack` (2 min) ahead, so a cron run at :00 does not miss a feed due at :00:40.
"""

from __future__ import annotations

import email.utils
import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

MINUTE = 60.0
HOUR = 3600.0
DAY = 86400.0
RATE_LIMITED = "rate_limited"
"""Prefix of a feed's `last_error` while its host asked us to wait (429, or 503 with Retry-After)."""

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class Policy:
    """The scheduling constants; the defaults are the documented behaviour."""

    default_interval_s: float = HOUR
    min_interval_s: float = 15 * MINUTE
    max_hint_s: float = DAY
    max_interval_s: float = 7 * DAY
    backoff_base_s: float = HOUR
    backoff_cap_s: float = 7 * DAY
    jitter: float = 0.1
    due_slack_s: float = 2 * MINUTE


DEFAULT_POLICY = Policy()


# --------------------------------------------------------------------------- server hints


def max_age_s(cache_control: str | None) -> float | None:
    """Seconds from `Cache-Control: max-age=N`; None when absent or when no-cache/no-store forbid reuse."""
    if not cache_control:
        return None
    lowered = cache_control.lower()
    if "no-cache" in lowered or "no-store" in lowered:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def expires_s(expires: str | None, now: datetime) -> float | None:
    """Seconds until an `Expires` HTTP-date; None when absent, unparsable or already past ("0" included)."""
    if not expires or not expires.strip():
        return None
    try:
        when = email.utils.parsedate_to_datetime(expires.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - now).total_seconds()
    return seconds if seconds > 0 else None


def cache_hints(headers: Mapping[str, str], now: datetime, ttl_s: float | None = None) -> list[float]:
    """Every usable freshness hint in seconds: max-age, Expires, the feed's <ttl>."""
    lower = {k.lower(): v for k, v in headers.items()}
    hints = [max_age_s(lower.get("cache-control")), expires_s(lower.get("expires"), now), ttl_s]
    return [h for h in hints if h is not None and h > 0]


# --------------------------------------------------------------------------- delays


def clamp(value: float, low: float, high: float) -> float:
    """`value` limited to [low, high]."""
    return max(low, min(high, value))


def jittered(seconds: float, rng: random.Random, policy: Policy = DEFAULT_POLICY) -> float:
    """`seconds` +/- `policy.jitter` (a fraction), uniformly."""
    return seconds * rng.uniform(1.0 - policy.jitter, 1.0 + policy.jitter)


def interval_s(value: float | None, policy: Policy = DEFAULT_POLICY) -> float:
    """A feed's configured interval, clamped to [15 min, 7 d]; the default when unset."""
    return clamp(float(value or policy.default_interval_s), policy.min_interval_s, policy.max_interval_s)


def success_delay_s(interval: float | None, hints: Iterable[float], policy: Policy = DEFAULT_POLICY) -> float:
    """Seconds until the next check after a success: the interval, lengthened by the longest hint (clamped)."""
    base = interval_s(interval, policy)
    hint = max(hints, default=None)
    if hint is None:
        return base
    return max(base, clamp(hint, policy.min_interval_s, policy.max_hint_s))


def backoff_s(failures: int, policy: Policy = DEFAULT_POLICY) -> float:
    """Backoff after `failures` consecutive failures (>= 1): base x 2^(failures-1), capped."""
    exponent = max(0, failures - 1)
    if exponent >= 64:  # 2**64 hours is far past any cap; avoid float overflow on absurd counts
        return policy.backoff_cap_s
    return min(policy.backoff_cap_s, policy.backoff_base_s * 2.0**exponent)


def failure_delay_s(
    failures: int, retry_after_s: float | None, rng: random.Random, policy: Policy = DEFAULT_POLICY
) -> float:
    """Seconds until the next check after the `failures`-th consecutive failure.

    Jittered backoff (never past the cap); a Retry-After is a floor that jitter never shortens.
    """
    delay = min(policy.backoff_cap_s, jittered(backoff_s(failures, policy), rng, policy))
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, policy.backoff_cap_s))
    return delay


def next_after_success(
    now: datetime,
    interval: float | None,
    hints: Iterable[float],
    rng: random.Random,
    policy: Policy = DEFAULT_POLICY,
) -> datetime:
    """When to check a feed again after it was fetched fine (or was not modified)."""
    delay = jittered(success_delay_s(interval, hints, policy), rng, policy)
    return now + timedelta(seconds=max(delay, policy.min_interval_s))


def next_after_failure(
    now: datetime,
    failures: int,
    retry_after_s: float | None,
    rng: random.Random,
    policy: Policy = DEFAULT_POLICY,
) -> datetime:
    """When to try a failing feed again; `failures` counts this failure too."""
    return now + timedelta(seconds=failure_delay_s(failures, retry_after_s, rng, policy))


# --------------------------------------------------------------------------- which feeds run


def parse_time(value: str | datetime | None) -> datetime | None:
    """A stored time (ISO text, naive means UTC) as an aware datetime; None for empty or garbage."""
    if value is None or isinstance(value, datetime):
        return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def host_of_url(url: str) -> str:
    """The lower-case host of a URL ('' when it has none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_active(feed: Mapping[str, Any]) -> bool:
    """Enabled and not gone: the feeds any run may fetch."""
    return bool(feed.get("enabled", 1)) and feed.get("status", "active") == "active"


def rate_limited_until(feed: Mapping[str, Any], now: datetime) -> datetime | None:
    """When the Retry-After recorded on this feed ends, or None if it is not (or no longer) rate limited."""
    if not str(feed.get("last_error") or "").startswith(RATE_LIMITED):
        return None
    until = parse_time(feed.get("next_due"))
    return until if until is not None and until > now else None


def host_blocks(feeds: Iterable[Mapping[str, Any]], now: datetime) -> dict[str, datetime]:
    """host -> the latest time a feed on it asked us to wait until (429 / 503 Retry-After)."""
    blocks: dict[str, datetime] = {}
    for feed in feeds:
        until = rate_limited_until(feed, now)
        host = host_of_url(str(feed.get("url", "")))
        if until is not None and host:
            blocks[host] = max(until, blocks.get(host, until))
    return blocks


def is_due(feed: Mapping[str, Any], now: datetime, policy: Policy = DEFAULT_POLICY) -> bool:
    """True if an active feed's next check is unset or at most `due_slack` ahead of `now`."""
    if not is_active(feed):
        return False
    due = parse_time(feed.get("next_due"))
    return due is None or due <= now + timedelta(seconds=policy.due_slack_s)


@dataclass(frozen=True)
class Selection:
    """The feeds a run fetches, and those it leaves because their host asked us to wait."""

    due: list[dict[str, Any]]
    waiting: list[tuple[dict[str, Any], datetime]]


def select_feeds(
    feeds: Sequence[dict[str, Any]], now: datetime, *, force: bool = False, policy: Policy = DEFAULT_POLICY
) -> Selection:
    """Pick the feeds to fetch now. `force` (run --all) ignores the schedule, never a gone or disabled
    feed and never a host's Retry-After."""
    blocks = host_blocks(feeds, now)
    due: list[dict[str, Any]] = []
    waiting: list[tuple[dict[str, Any], datetime]] = []
    for feed in feeds:
        if not is_active(feed) or not (force or is_due(feed, now, policy)):
            continue
        until = blocks.get(host_of_url(str(feed.get("url", ""))))
        if until is not None:
            waiting.append((feed, until))
        else:
            due.append(feed)
    return Selection(due, waiting)
