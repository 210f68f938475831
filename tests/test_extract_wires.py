"""Wire stories, hands-on reviews, pre-release reports and rival-release analyses: a second figure that 'has also
circulated', 'the version 1B' of the model given that size, and a headline that sets a model against its rival."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from claimwatch.extract.name_patterns import stoplisted


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


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cohere publica los pesos en Hugging Face (con licencia no comercial): Command R+ tiene 104.000 millones "
            "de parámetros.",
            "es",
            {("Command R", 104 * 10**9)},
        ),
        (
            "No siempre fue así: GPT-2 tenía 1.500 millones de parámetros.",
            "es",
            {("GPT-2", 1_500_000_000)},
        ),
    ],
)
def test_a_negation_ends_at_a_bracket_and_not_always_negates_no_figure(
    text: str, lang: str, expected: set
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Sie gibt es in drei Größen: Luminous-base, Luminous-extended und Luminous-supreme mit 13, 30 und 70 "
         "Milliarden Parametern.", "de"),
        ("It comes in three sizes: Luminous-base, Luminous-extended and Luminous-supreme with 13, 30 and 70 billion "
         "parameters.", "en"),
    ],
)  # fmt: skip
def test_names_listed_before_their_figures_take_them_in_order(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Luminous-base", 13 * 10**9),
        ("Luminous-extended", 30 * 10**9),
        ("Luminous-supreme", 70 * 10**9),
    }


@pytest.mark.parametrize("word", ["FP8", "BF16", "INT4", "MXFP4", "GGUF"])
def test_a_number_format_is_no_model_name(word: str) -> None:
    # 'Die Rechnung zeigt, warum Meta Llama 3.1 405B zusätzlich in FP8 veröffentlicht hat: Mit 405 Milliarden ...'
    assert stoplisted(word)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Jais Adapted models start from Meta's Llama 2 and are trained further on Arabic text; they come in "
            "7B, 13B and 70B sizes.",
            "en",
        ),
        (
            "Die Modelle von Jais Adapted basieren auf Llama 2 von Meta und wurden auf Arabisch weitertrainiert; es gibt "
            "sie mit 7, 13 und 70 Milliarden Parametern.",
            "de",
        ),
    ],
)
def test_the_base_a_model_starts_from_is_not_the_subject(text: str, lang: str) -> None:
    assert not any(model == "Llama 2" for model, _ in _claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("LAION veröffentlichte LeoLM mit 7 und 13 Milliarden Parametern.", "de", {("LeoLM", 7 * 10**9), ("LeoLM", 13 * 10**9)}),
        ("HiTZ publicó Latxa, de 70.000 millones de parámetros.", "es", {("Latxa", 70 * 10**9)}),
        ("Multiverse Computing presentó SuperFly, con apenas 94 millones de parámetros.", "es", {("SuperFly", 94 * 10**6)}),
    ],
)  # fmt: skip
def test_regional_models_are_known(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


def test_a_source_that_speaks_of_a_figure_gives_it_to_the_model_discussed() -> None:
    text = (
        "OpenAI nunca dijo cuántos parámetros tiene GPT-4. El medio Semafor habló de un billón, y la consultora "
        "SemiAnalysis habló de unos 1,8 billones repartidos entre 16 expertos."
    )
    assert _claims(text, "es") == {("GPT-4", 10**12), ("GPT-4", 1_800 * 10**9)}


def test_a_later_clauses_kind_of_model_leaves_the_figure_before_it() -> None:
    text = (
        "Con GPT-4 llegó el secretismo. El medio Semafor publicó que el modelo tenía un billón de parámetros. Meses "
        "después, la consultora SemiAnalysis habló de unos 1,8 billones repartidos entre 16 expertos, y el ingeniero "
        "George Hotz lo describió como ocho modelos de 220.000 millones cada uno."
    )
    assert _claims(text, "es") == {("GPT-4", 10**12), ("GPT-4", 1_800 * 10**9)}


def test_an_unnamed_successor_is_not_the_model_before() -> None:
    # a guard: the subject stays alive while its figures are given; an announced successor with no name ends that
    text = (
        "Isar-1 hat 13 Milliarden Parameter. Es wurde von der TU München entwickelt und hat 13 Milliarden Parameter. "
        "Für 2026 ist ein Nachfolger geplant. Dieser soll rund 30 Milliarden Parameter haben."
    )
    assert _claims(text, "de") == {("Isar-1", 13 * 10**9)}


def test_a_word_defined_in_one_language_is_no_size() -> None:
    # a guard: the new reading of 'un millón de millones' (10^12) must not turn a definition into a size
    text = (
        "Phi-3-mini tiene 3,8 mil millones de parámetros. Ojo: el «billón» castellano es un millón de millones, "
        "no el «billion» inglés."
    )
    assert _claims(text, "es") == {("Phi-3-mini", 3_800_000_000)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Phi-3-small and Phi-3-medium, at 7 billion and 14 billion parameters, are now available.", "en"),
        ("Llegarán Phi-3-small y Phi-3-medium, de 7 y 14 mil millones de parámetros.", "es"),
    ],
)
def test_names_listed_before_at_or_de_their_figures(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Phi-3-small", 7 * 10**9), ("Phi-3-medium", 14 * 10**9)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BAAI avait revendiqué pour Wu Dao 2.0 pas moins de 1,75 billion de paramètres.", "fr"),
        ("BAAI claimed no less than 1.75 trillion parameters for Wu Dao 2.0.", "en"),
        ("BAAI nannte für Wu Dao 2.0 nicht weniger als 1,75 Billionen Parameter.", "de"),
    ],
)
def test_no_less_than_is_a_bound_not_a_denial(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Wu Dao 2.0", 1_750 * 10**9)}


def test_the_figure_named_as_a_number() -> None:
    text = (
        "Als OpenAI 2020 GPT-3 mit vielen Parametern vorstellte, war die Zahl 175 Milliarden eine Sensation."
    )
    assert _claims(text, "de") == {("GPT-3", 175 * 10**9)}
