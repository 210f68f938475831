"""claimwatch.schedule: the pure next-due, backoff and due-selection rules, with `now` injected."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimwatch import schedule
from claimwatch.schedule import DAY, HOUR, MINUTE, Policy

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
NO_JITTER = Policy(jitter=0.0)


def rng() -> random.Random:
    return random.Random(7)


def feed(**fields: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": 1,
        "url": "https://news.example/feed.xml",
        "enabled": 1,
        "status": "active",
        "next_due": None,
        "last_error": None,
        "error_count": 0,
        "interval_s": 3600,
    }
    return {**row, **fields}


# --------------------------------------------------------------------------- hints


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("max-age=600", 600.0),
        ("public, max-age=7200", 7200.0),
        ('max-age="300"', 300.0),
        ("s-maxage=99", None),
        ("no-cache, max-age=600", None),
        ("no-store", None),
        ("", None),
        (None, None),
        ("max-age=abc", None),
    ],
)
def test_max_age(value: str | None, expected: float | None) -> None:
    assert schedule.max_age_s(value) == expected


def test_expires_in_the_future_past_and_garbage() -> None:
    assert schedule.expires_s("Sat, 01 Jun 2024 14:00:00 GMT", NOW) == 2 * HOUR
    assert schedule.expires_s("Sat, 01 Jun 2024 11:00:00 GMT", NOW) is None
    assert schedule.expires_s("0", NOW) is None
    assert schedule.expires_s("tomorrow-ish", NOW) is None
    assert schedule.expires_s(None, NOW) is None


def test_cache_hints_collects_every_usable_hint_case_insensitively() -> None:
    headers = {"Cache-Control": "max-age=1800", "EXPIRES": "Sat, 01 Jun 2024 13:00:00 GMT"}
    assert sorted(schedule.cache_hints(headers, NOW, ttl_s=2 * HOUR)) == [1800.0, HOUR, 2 * HOUR]
    assert schedule.cache_hints({}, NOW) == []


# --------------------------------------------------------------------------- success


def test_success_uses_the_interval_without_hints() -> None:
    assert schedule.success_delay_s(3600, []) == HOUR
    assert schedule.success_delay_s(None, []) == HOUR  # default interval


def test_longest_hint_wins_but_never_shortens_the_interval() -> None:
    assert schedule.success_delay_s(HOUR, [2 * HOUR, 3 * HOUR]) == 3 * HOUR
    assert schedule.success_delay_s(HOUR, [10 * MINUTE]) == HOUR


def test_hints_are_clamped_to_a_day() -> None:
    assert schedule.success_delay_s(HOUR, [30 * DAY]) == DAY


def test_short_interval_is_raised_to_fifteen_minutes() -> None:
    assert schedule.success_delay_s(60, []) == 15 * MINUTE
    assert schedule.success_delay_s(60, [5]) == 15 * MINUTE


def test_next_after_success_is_jittered_within_ten_percent() -> None:
    r = rng()
    delays = {(schedule.next_after_success(NOW, HOUR, [], r) - NOW).total_seconds() for _ in range(200)}
    assert min(delays) >= 0.9 * HOUR and max(delays) <= 1.1 * HOUR
    assert len(delays) > 100  # feeds drift apart


def test_next_after_success_without_jitter_is_exact() -> None:
    assert schedule.next_after_success(NOW, HOUR, [], rng(), NO_JITTER) == NOW + timedelta(hours=1)


# --------------------------------------------------------------------------- failure


@pytest.mark.parametrize(
    ("failures", "hours"), [(1, 1), (2, 2), (3, 4), (4, 8), (8, 128), (9, 168), (10, 168), (500, 168)]
)
def test_backoff_doubles_from_one_hour_and_caps_at_seven_days(failures: int, hours: float) -> None:
    assert schedule.backoff_s(failures) == hours * HOUR


def test_no_permanent_disable_after_ten_failures_it_is_retried_at_the_cap() -> None:
    for failures in (10, 11, 50, 10_000):
        due = schedule.next_after_failure(NOW, failures, None, rng())
        assert NOW + timedelta(days=6) < due <= NOW + timedelta(days=7)


def test_retry_after_is_a_floor_over_backoff() -> None:
    assert schedule.failure_delay_s(1, 5 * HOUR, rng(), NO_JITTER) == 5 * HOUR
    assert schedule.failure_delay_s(3, 60, rng(), NO_JITTER) == 4 * HOUR  # backoff longer than Retry-After


def test_retry_after_is_never_shortened_by_jitter_and_is_capped() -> None:
    r = rng()
    for _ in range(200):
        assert schedule.failure_delay_s(1, 2 * HOUR, r) >= 2 * HOUR
    assert schedule.failure_delay_s(1, 30 * DAY, r) == 7 * DAY


@given(st.integers(min_value=1, max_value=10**6), st.floats(min_value=0, max_value=1e9) | st.none())
def test_failure_delay_is_always_between_backoff_floor_and_cap(
    failures: int, retry_after: float | None
) -> None:
    delay = schedule.failure_delay_s(failures, retry_after, random.Random(failures))
    assert 0.9 * HOUR <= delay <= 7 * DAY
    if retry_after is not None:
        assert delay >= min(retry_after, 7 * DAY)


# --------------------------------------------------------------------------- due selection


def test_a_new_feed_is_due() -> None:
    assert schedule.is_due(feed(), NOW)


def test_due_with_slack_and_not_before() -> None:
    assert schedule.is_due(feed(next_due=(NOW + timedelta(seconds=90)).isoformat()), NOW)
    assert not schedule.is_due(feed(next_due=(NOW + timedelta(minutes=10)).isoformat()), NOW)
    assert schedule.is_due(feed(next_due=(NOW - timedelta(days=3)).isoformat()), NOW)


def test_gone_and_disabled_feeds_are_never_due() -> None:
    assert not schedule.is_due(feed(status="gone"), NOW)
    assert not schedule.is_due(feed(enabled=0), NOW)


def test_select_honours_the_schedule_unless_forced() -> None:
    later = feed(id=2, url="https://b.example/f", next_due=(NOW + timedelta(hours=1)).isoformat())
    rows = [feed(), later]
    assert [f["id"] for f in schedule.select_feeds(rows, NOW).due] == [1]
    assert [f["id"] for f in schedule.select_feeds(rows, NOW, force=True).due] == [1, 2]


def test_force_never_includes_gone_or_disabled_feeds() -> None:
    rows = [feed(id=1, status="gone"), feed(id=2, enabled=0), feed(id=3, url="https://c.example/f")]
    assert [f["id"] for f in schedule.select_feeds(rows, NOW, force=True).due] == [3]


def test_force_never_ignores_a_hosts_retry_after() -> None:
    until = NOW + timedelta(minutes=30)
    limited = feed(id=1, next_due=until.isoformat(), last_error="rate_limited: HTTP 429 (retry after 1800 s)")
    sibling = feed(id=2, url="https://news.example/other.xml")  # same host, due
    elsewhere = feed(id=3, url="https://other.example/feed.xml")
    picked = schedule.select_feeds([limited, sibling, elsewhere], NOW, force=True)
    assert [f["id"] for f in picked.due] == [3]
    assert [(f["id"], when) for f, when in picked.waiting] == [(1, until), (2, until)]


def test_an_expired_rate_limit_no_longer_blocks() -> None:
    past = feed(next_due=(NOW - timedelta(minutes=1)).isoformat(), last_error="rate_limited: HTTP 429")
    assert schedule.host_blocks([past], NOW) == {}
    assert [f["id"] for f in schedule.select_feeds([past], NOW).due] == [1]


def test_ordinary_errors_do_not_block_the_host_under_force() -> None:
    failing = feed(
        next_due=(NOW + timedelta(hours=4)).isoformat(), last_error="http_500: boom", error_count=3
    )
    assert schedule.host_blocks([failing], NOW) == {}
    assert schedule.select_feeds([failing], NOW, force=True).due == [failing]
    assert schedule.select_feeds([failing], NOW).due == []


def test_parse_time_accepts_naive_as_utc_and_rejects_garbage() -> None:
    assert schedule.parse_time("2024-06-01T12:00:00") == NOW
    assert schedule.parse_time("2024-06-01T14:00:00+02:00") == NOW
    assert schedule.parse_time("soon") is None
    assert schedule.parse_time(None) is None
