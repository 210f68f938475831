"""Session 18: names that go on past the gazetteer's spelling, and the rules learned from the fresh sets
rt87 to rt90."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        ("Insiders say GLM-5 will have 750 billion parameters.", "en", "GLM-5"),
        ("Laut Insidern soll Gemma-9 rund 75 Milliarden Parameter haben.", "de", "Gemma-9"),
        (
            "La próxima generación, GLM-5-Chat, rondaría los 750.000 millones de parámetros.",
            "es",
            "GLM-5-Chat",
        ),
    ],
)
def test_a_hyphen_and_a_short_number_after_a_known_family_is_its_next_version(
    text: str, lang: str, model: str
) -> None:
    assert {c[0] for c in _claims(text, lang)} == {model}


def test_a_hyphen_and_a_size_after_a_family_stays_a_size_tag() -> None:
    # guard (passes on the session start too): 'Llama-70B' is no version 70 of Llama
    assert _claims("We tested Llama-70B on a laptop.", "en") == {("Llama-70B", 70 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        ("Google reported speed-ups on T5-XXL, an 11-billion-parameter model.", "en", "T5-XXL"),
        ("Google aceleraba T5-XL, de 3.000 millones de parámetros.", "es", "T5-XL"),
    ],
)
def test_xl_and_xxl_after_a_known_name_are_its_tier(text: str, lang: str, model: str) -> None:
    assert {c[0] for c in _claims(text, lang)} == {model}
