"""The feeds registry behind `claimwatch feeds ...` and `runs`: subscribe, find, enable, remove, import and
export feeds; feed and run rows for listing; the CLI's duration and fetch-settings parsing."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from claimwatch import schedule
from claimwatch.errors import UsageError
from claimwatch.fetch import FetchSettings
from claimwatch.sources import Feed, read_opml, write_opml
from claimwatch.store import Store
from claimwatch.urls import canonicalize

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def new_feed(url: str, *, name: str | None = None, lang: str | None = None) -> Feed:
    """A validated feed (absolute http(s) URL, language normalised); UsageError otherwise."""
    for value in (url, name, lang):  # undecodable bytes from argv arrive as lone surrogates
        if value is not None and _SURROGATE.search(value):
            raise UsageError(f"not valid UTF-8 text: {value!r}")
    try:
        return Feed(url=url, name=name or url, lang=lang)
    except ValueError as e:
        raise UsageError(f"not an http(s) feed URL: {url!r}") from e


def add_feed(
    store: Store,
    url: str,
    *,
    name: str | None = None,
    lang: str | None = None,
    interval_s: float | None = None,
) -> tuple[int, bool]:
    """Subscribe to a feed; returns (feed id, True if it was new). An existing URL keeps its settings."""
    feed = new_feed(url, name=name, lang=lang)
    policy = schedule.DEFAULT_POLICY
    if interval_s is not None and not policy.min_interval_s <= interval_s <= policy.max_interval_s:
        raise UsageError("the interval must be between 15 minutes and 7 days")
    interval = schedule.interval_s(interval_s)
    same = _subscribed_as(store, feed.url)
    if same is not None:  # the same feed written differently (case, port, tracking parameters): C3
        return int(same["id"]), False
    feed_id = store.add_feed(feed.url, name=name, lang=feed.lang, interval_s=int(interval))
    return feed_id, True


def _subscribed_as(store: Store, url: str) -> dict[str, Any] | None:
    """The subscribed feed whose URL has the same canonical form as `url`, if any."""
    key = canonicalize(url)
    return next((row for row in store.list_feeds() if canonicalize(row["url"]) == key), None)


def find_feed(store: Store, id_or_url: str) -> dict[str, Any]:
    """A feed by id or exact URL; UsageError naming it when unknown."""
    if _SURROGATE.search(id_or_url):  # undecodable bytes from argv: no stored URL can match
        raise UsageError(f"no feed {id_or_url!r} (see 'claimwatch feeds list')")
    key: int | str = int(id_or_url) if id_or_url.strip().isdigit() else id_or_url.strip()
    feed = store.get_feed(key)
    if feed is None and isinstance(key, str):
        feed = store.get_feed(canonicalize(key))
    if feed is None:
        raise UsageError(f"no feed {id_or_url!r} (see 'claimwatch feeds list')")
    return feed


def set_enabled(store: Store, id_or_url: str, enabled: bool) -> dict[str, Any]:
    """Enable (also a gone feed; errors and backoff reset, due at once) or disable a feed; returns it."""
    feed = find_feed(store, id_or_url)
    if enabled:
        store.update_feed(feed["id"], enabled=True, status="active", error_count=0, next_due=None)
    else:
        store.update_feed(feed["id"], enabled=False)
    return find_feed(store, str(feed["id"]))


def remove_feed(store: Store, id_or_url: str) -> dict[str, Any]:
    """Unsubscribe: the feed, its entries and fetch log go; stored articles and claims stay."""
    feed = find_feed(store, id_or_url)
    store.remove_feed(feed["id"])
    return feed


def import_feeds(store: Store, opml: bytes) -> tuple[int, int]:
    """Subscribe to every feed in an OPML document in one transaction; returns (listed, new)."""
    feeds = read_opml(opml)
    known = {canonicalize(row["url"]) for row in store.list_feeds()}
    new = [feed for feed in feeds if canonicalize(feed.url) not in known]
    with store.transaction():
        for feed in new:
            store.add_feed(feed.url, name=feed.name, lang=feed.lang, enabled=feed.enabled)
    return len(feeds), len(new)


def export_feeds(store: Store) -> str:
    """Every feed as OPML; gone and disabled feeds are written with enabled="false"."""
    feeds = [
        Feed(
            url=row["url"], name=row["name"] or row["url"], lang=row["lang"], enabled=schedule.is_active(row)
        )
        for row in store.list_feeds()
    ]
    return write_opml(feeds)


def feed_state(feed: Mapping[str, Any], now: datetime) -> str:
    """One word for `feeds list`: new, ok, failing, rate-limited, gone or disabled."""
    if feed.get("status") == "gone":
        return "gone"
    if not feed.get("enabled", 1):
        return "disabled"
    if schedule.rate_limited_until(feed, now) is not None:
        return "rate-limited"
    if int(feed.get("error_count") or 0) > 0:
        return "failing"
    return "ok" if feed.get("last_checked") else "new"


def feed_rows(store: Store, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every feed with its state word, for listing."""
    now = now or datetime.now(UTC)
    return [{**row, "state": feed_state(row, now)} for row in store.list_feeds()]


def run_rows(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    """The latest runs, newest first, with `errors` as a list and `error_count`."""
    import json

    rows = []
    for row in store.list_runs(limit):
        errors = json.loads(row.pop("errors_json") or "[]")
        rows.append({**row, "errors": errors, "error_count": len(errors)})
    return rows


def parse_duration(text: str) -> float:
    """'90' (seconds), '30m', '2h', '1d' -> seconds; UsageError for anything else."""
    value = text.strip().lower()
    units = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
    scale = units.get(value[-1:]) if value else None
    number = value[:-1] if scale is not None else value
    try:
        seconds = float(number) * (scale or 1.0)
    except ValueError:
        raise UsageError(f"not a duration: {text!r} (e.g. 90, 30m, 2h, 1d)") from None
    if seconds <= 0:
        raise UsageError(f"duration must be positive: {text!r}")
    return seconds


def fetch_settings(
    *,
    user_agent: str | None = None,
    allow_private: bool = False,
    timeout_s: float | None = None,
    per_host_delay_s: float | None = None,
    base: FetchSettings | None = None,
) -> FetchSettings:
    """FetchSettings from the run options; unset values keep the (polite) defaults."""
    changes: dict[str, Any] = {"allow_private": allow_private}
    if user_agent:
        changes["user_agent"] = user_agent
    if timeout_s is not None:
        changes.update(
            deadline_s=timeout_s,
            connect_timeout_s=min(timeout_s, 10.0),
            read_timeout_s=min(timeout_s, 20.0),
        )
    if per_host_delay_s is not None:
        changes["per_host_delay_s"] = per_host_delay_s
    return replace(base or FetchSettings(), **changes)
