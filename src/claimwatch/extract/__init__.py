"""Text in, claims out: pure, deterministic, offline. No network, no database, no clock."""

from __future__ import annotations

from claimwatch.extract.gazetteer import Gazetteer, default_gazetteer
from claimwatch.models import Claim

EXTRACTOR_VERSION = "0.1.0"


def extract_claims(text: str, lang: str | None = None, *, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """The parameter-count claims an article makes, in text order of first mention."""
    from claimwatch.extract.claims import extract_from_text

    return extract_from_text(text, lang or "en", gazetteer or default_gazetteer(), EXTRACTOR_VERSION)


__all__ = ["EXTRACTOR_VERSION", "extract_claims"]
