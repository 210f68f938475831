"""Readers' letters, hearings, leaderboards, charts and launch write-ups: a figure recalled with 'the' keeps its
model the subject, estimates in the plural, a figure the sentence says counts tokens, chart labels with a footnote
mark, a size tag before a count of experts, a family's smaller siblings, an estimate verb a date away from its
figure."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int]]:
    return {(c.model, c.params) for c in extract_claims(text, lang)}


LLAMA_LETTER = {
    "de": "„Läuft Llama 3.1 auf meinem Laptop?“\nHerr K. aus Bonn\nDas große Llama 3.1 hat 405 Milliarden Parameter, für "
    "Ihren Laptop taugt eher Llama 3.1 8B.\n",
    "es": "«¿Funciona Llama 3.1 en mi portátil?»\nJuan, de Murcia\nEl Llama 3.1 grande tiene 405.000 millones de "
    "parámetros; en su portátil irá mejor Llama 3.1 8B.\n",
}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            LLAMA_LETTER["de"] + "„Mein Enkel sagt, Claude 2 habe 100 Billionen Parameter. Ist das Unsinn?“\n"
            "Gisela aus Kiel\nIhr Gefühl trügt Sie nicht. Die 100 Billionen kursierten 2023 in sozialen Netzwerken, "
            "belegt war das nie. Anthropic selbst nennt keine Größe. Ein Newsletter berichtete im Mai 2023 unter "
            "Berufung auf Insider von 130 Milliarden Parametern.",
            "de",
        ),
        (
            LLAMA_LETTER["es"]
            + "«Mi nieto dice que Claude 2 tiene 100 billones de parámetros. ¿Es un disparate?»\n"
            "Marta, de Cádiz\nSu intuición no falla. Los 100 billones circularon en redes sociales en 2023 y nunca se "
            "demostraron. Anthropic no da ningún tamaño. Un boletín informó en mayo de 2023, citando fuentes "
            "internas, de 130.000 millones de parámetros.",
            "es",
        ),
    ],
)
def test_a_figure_recalled_with_the_keeps_its_model_the_subject(text: str, lang: str) -> None:
    # the second letter's answer is about Claude 2, whose rumoured figure it recalls, not the first letter's Llama
    assert ("Claude 2", 130 * 10**9) in _claims(text, lang)
    assert ("Llama 3.1", 130 * 10**9) not in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mistral Large 2 hat 123 Milliarden Parameter. Für Claude 3 Opus gibt es keine offizielle Zahl; die "
            "Schätzungen von etwa 2 Billionen stammen aus Branchenanalysen.",
            "de",
        ),
        (
            "Mistral Large 2 has 123 billion parameters. Claude 3 Opus has no official figure; the estimates of "
            "about 2 trillion come from industry analysts.",
            "en",
        ),
    ],
)
def test_estimates_in_the_plural_give_the_models_figure(text: str, lang: str) -> None:
    assert ("Claude 3 Opus", 2 * 10**12) in _claims(text, lang)


def test_a_figure_the_sentence_says_counts_tokens_is_no_size() -> None:
    # a guard: the rule that reads 'le chiffre de X' as a figure must not take one the sentence says counts tokens
    text = (
        "Llama 3.1 compte 405 milliards de paramètres. Le chiffre de 15 000 milliards que vous avez lu correspond "
        "au nombre de jetons utilisés pour l'entraîner."
    )
    assert _claims(text, "fr") == {("Llama 3.1", 405 * 10**9)}


def test_a_chart_label_with_a_footnote_mark_names_its_figure() -> None:
    text = (
        "Tamaño de los modelos, en parámetros.\n"
        "GPT-3: 175B · Claude 3 Opus*: ~2T · Llama 3.1: 405B · Gemma 2: 27B\n"
        "* Valor estimado.\n"
    )
    assert _claims(text, "es") == {
        ("GPT-3", 175 * 10**9),
        ("Claude 3 Opus", 2 * 10**12),
        ("Llama 3.1", 405 * 10**9),
        ("Gemma 2", 27 * 10**9),
    }


def test_a_size_tag_before_a_count_of_experts_is_the_active_count() -> None:
    text = "Meta put Llama-4-Maverick-17B-128E-Instruct and Llama-4-Scout-17B-16E on Hugging Face, with their parameters."
    claims = {(c.model, c.params, c.scope) for c in extract_claims(text, "en")}
    assert claims == {
        ("Llama-4-Maverick-17B", 17 * 10**9, "active"),
        ("Llama-4-Scout-17B", 17 * 10**9, "active"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La versión grande de Llama 3.1 tiene 405.000 millones de parámetros. Meta la publicó junto a dos "
            "hermanas menores, de 8.000 y 70.000 millones.",
            "es",
        ),
        (
            "The big Llama 3.1 has 405 billion parameters. Meta released it with two smaller siblings of 8 and 70 "
            "billion.",
            "en",
        ),
    ],
)
def test_a_familys_smaller_siblings_are_its_sizes(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Llama 3.1", 405 * 10**9),
        ("Llama 3.1", 8 * 10**9),
        ("Llama 3.1", 70 * 10**9),
    }


def test_an_estimate_verb_a_date_away_from_its_figure() -> None:
    text = (
        "OpenAI nennt für GPT-4 keine Parameterzahl. Semafor berichtete von einer Billion Parametern, SemiAnalysis "
        "schätzte im Juli 2023 rund 1,8 Billionen."
    )
    assert _claims(text, "de") == {("GPT-4", 10**12), ("GPT-4", 1_800 * 10**9)}
