"""What the extractor finds in a text, as sets the rule tests compare: (model, params, scope) triples, or sizes."""

from __future__ import annotations

from claimwatch.extract import extract_claims


def claims_of(text: str, lang: str) -> set[tuple[str, int, str]]:
    return {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}


def sizes_of(text: str, lang: str) -> set[int]:
    return {c.params for c in extract_claims(text, lang)}
