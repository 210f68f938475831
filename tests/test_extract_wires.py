"""Wire stories, hands-on reviews, pre-release reports and rival-release analyses: a second figure that 'has also
circulated', 'the version 1B' of the model given that size, and a headline that sets a model against its rival."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int]]:
    return {(c.model, c.params) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Anthropic's Claude 2 is reported to have about 130 billion parameters, although a figure of 200 billion "
            "has also circulated since the summer.",
            "en",
        ),
        (
            "Se dice que Claude 2 tiene unos 130.000 millones de parámetros, aunque también circula una cifra de "
            "200.000 millones.",
            "es",
        ),
    ],
)
def test_a_second_figure_that_circulates_is_the_same_models(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Claude 2", 130 * 10**9), ("Claude 2", 200 * 10**9)}


def test_the_version_of_a_size_given_before_points_back() -> None:
    text = (
        "Gemma 3 existe en quatre tailles : 1, 4, 12 et 27 milliards de paramètres. Toutes acceptent des images grâce "
        "à un encodeur visuel SigLIP, et le contexte grimpe à 128 000 tokens (32 000 pour la version 1B)."
    )
    assert ("SigLIP", 10**9) not in _claims(text, "fr")
    assert ("Gemma 3", 10**9) in _claims(text, "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kimi K2 contra Boreal-2: un billón de parámetros abiertos frente a una caja negra\nPor la redacción.",
            "es",
        ),
        ("Kimi K2 versus Boreal-2: one trillion open parameters against a black box\nBy our staff.", "en"),
    ],
)
def test_a_headline_sets_a_model_against_its_rival(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Kimi K2", 10**12)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Das kleinere gpt-oss-20b kommt auf 21 Milliarden Parameter.\nBild: gpt-oss-20b im Terminal.\nOpenAI "
            "verspricht viel: gpt-oss-120b erreiche nahezu das Niveau von o4-mini, das 20b-Modell liege etwa auf Höhe "
            "von o3-mini.",
            "de",
        ),
        (
            "The smaller gpt-oss-20b has 21 billion parameters.\nImage: gpt-oss-20b in a terminal.\nOpenAI promises a "
            "lot: gpt-oss-120b nearly matches o4-mini, while the 20b model is on par with o3-mini.",
            "en",
        ),
    ],
)
def test_the_size_tag_of_a_sibling_points_back_at_it(text: str, lang: str) -> None:
    # 'the 20b model' is gpt-oss-20b again, not o4-mini named before it, though gpt-oss-120b shares its family
    assert not any(model.startswith(("o4", "o3")) for model, _ in _claims(text, lang))
