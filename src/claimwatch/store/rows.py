"""The row type, the claim statuses and the value conversions that several parts of the store share."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

Row = dict[str, Any]

# = claimwatch.models.STATUSES (tests check), spelled out so that opening a store does not import pydantic
STATUSES = ("official", "reported", "rumored", "expected", "estimated")


def iso(value: datetime | None) -> str | None:
    """UTC ISO-8601 text at second precision, so stored times sort as text."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def claim_dict(row: Row) -> Row:
    row["approx"] = bool(row["approx"])
    return row
