"""robots.txt verdicts (RFC 9309): the rules one origin gives us, and what a failed fetch of them means."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from protego import Protego

from claimwatch.errors import FetchError
from claimwatch.fetch.settings import ROBOTS_TOKEN


@dataclass(frozen=True)
class RobotsRules:
    """What one origin's robots.txt says for us.

    verdict "rules" carries the text; "allow_all" (4xx: no usable file) and "disallow_all" (5xx or
    unreachable: "not now", RFC 9309) carry a reason. Persist only "rules"/"allow_all" entries across
    runs; "disallow_all" is transient. `error_kind` keeps the network failure (timeout, dns...) so a
    page refused for that reason reports the real cause.
    """

    origin: str
    verdict: Literal["rules", "allow_all", "disallow_all"]
    text: str = ""
    reason: str = ""
    error_kind: str | None = None
    fetched_at: float = 0.0

    def allows(self, url: str, token: str = ROBOTS_TOKEN) -> bool:
        """True if `url` (on this origin) may be fetched by the user-agent token."""
        if self.verdict != "rules":
            return self.verdict == "allow_all"
        return bool(self._parsed.can_fetch(url, token))

    @cached_property
    def _parsed(self) -> Protego:
        return Protego.parse(self.text)


def robots_after_error(origin: str, error: FetchError, now: float) -> RobotsRules:
    """RFC 9309: 4xx (no usable file) or a redirect mess -> allow all; 5xx, 429 or unreachable -> not now."""
    status = int(error.kind[5:]) if error.kind.startswith("http_") else None
    if error.kind in ("redirect_loop", "too_many_redirects") or (
        status is not None and 400 <= status < 500 and status != 429
    ):
        return RobotsRules(origin, "allow_all", reason=f"robots.txt {error.kind}", fetched_at=now)
    if status is not None:
        reason = f"robots.txt answered HTTP {status}, not fetching for now"
        return RobotsRules(origin, "disallow_all", reason=reason, fetched_at=now)
    return RobotsRules(origin, "disallow_all", reason=str(error), error_kind=error.kind, fetched_at=now)
