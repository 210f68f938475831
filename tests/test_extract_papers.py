"""Preprints, fact-checks, explainers and retrospectives: a table whose caption names its columns, a training set's
size, a fact-check's numbered claims, what a lab is known for, the value of an estimate, an explainer's analogies,
a distillation's students and the authors' own model."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int]]:
    return {(c.model, c.params) for c in extract_claims(text, lang)}


def test_a_caption_names_the_columns_of_the_table_below_it() -> None:
    text = (
        "Table 2: Baselines (params / training tokens / FLOPs).\n"
        "OPT-175B [41] | 175B | 180B | 4.3e23\n"
        "BLOOM [35] | 176B | 366B | 3.7e23\n"
        "Falcon-40B [2] | 40B | 1T | 2.4e23\n"
    )
    assert _claims(text, "en") == {
        ("OPT-175B", 175 * 10**9),
        ("BLOOM", 176 * 10**9),
        ("Falcon-40B", 40 * 10**9),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Models have parameters. Falcon and Llama 3 pushed training sets to 3.5T and over 15T tokens.",
            "en",
        ),
        (
            "Modelle haben Parameter. Llama 3 vergrößerte die Trainingsdaten auf über 15 Billionen Token.",
            "de",
        ),
        (
            "Les modèles ont des paramètres. Llama 3 a porté ses données d'entraînement à 15 000 milliards de jetons.",
            "fr",
        ),
        (
            "Los modelos tienen parámetros. Llama 3 llevó sus datos de entrenamiento a 15 billones de tokens.",
            "es",
        ),
    ],
)
def test_the_size_of_a_training_set_is_no_parameter_count(text: str, lang: str) -> None:
    assert _claims(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'Claim 1: "Claude 2 has 100 trillion parameters." Verdict: false. An estimate of about 130 billion '
            "parameters circulates among analysts.",
            "en",
        ),
        (
            "Behauptung 1: „Claude 2 hat 100 Billionen Parameter.“ Urteil: falsch. In Branchenkreisen kursiert eine "
            "Schätzung von etwa 130 Milliarden Parametern.",
            "de",
        ),
        (
            "Afirmación 1: «Claude 2 tiene 100 billones de parámetros». Veredicto: falso. Entre analistas circula una "
            "estimación de unos 130.000 millones de parámetros.",
            "es",
        ),
        (
            "Affirmation 1 : « Claude 2 compte 100 000 milliards de paramètres. » Verdict : faux. Chez les analystes "
            "circule une estimation d'environ 130 milliards de paramètres.",
            "fr",
        ),
    ],
)
def test_a_fact_checks_numbered_claim_is_no_model_name(text: str, lang: str) -> None:
    # the checked post's figure and the estimate after the verdict are both about the model the post named
    assert _claims(text, lang) == {("Claude 2", 100 * 10**12), ("Claude 2", 130 * 10**9)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stability AI, then known for the image generator Stable Diffusion, announced StableLM, a family of "
            "language models. The first versions had 3 and 7 billion parameters.",
            "en",
        ),
        (
            "Stability AI, damals gefeiert für den Bildgenerator Stable Diffusion, kündigte mit StableLM eigene "
            "Sprachmodelle an. Die ersten Versionen hatten 3 und 7 Milliarden Parameter.",
            "de",
        ),
        (
            "Stability AI, alors connue pour son générateur d'images Stable Diffusion, annonçait StableLM. Les "
            "premières versions comptaient 3 et 7 milliards de paramètres.",
            "fr",
        ),
    ],
)
def test_what_a_lab_is_known_for_is_not_the_subject(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("StableLM", 3 * 10**9), ("StableLM", 7 * 10**9)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Anthropic has never disclosed how many parameters Claude 2 has. The most quoted outside estimate, about 130 billion, "
            "comes from a 2023 newsletter.",
            "en",
        ),
        (
            "Anthropic nunca reveló cuántos parámetros tiene Claude 2. La estimación más repetida, de unos 130.000 millones, "
            "procede de un boletín de 2023.",
            "es",
        ),
    ],
)
def test_the_value_of_an_estimate_is_the_models_figure(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Claude 2", 130 * 10**9)}


def test_an_explainers_analogy_is_no_size() -> None:
    # a guard: the rule that reads 'la cifra de unos X' as an estimate must not take an analogy's count
    text = (
        "Mixtral 8x22B tiene 141.000 millones de parámetros. La comparación con el cerebro es engañosa, pero se "
        "suele citar la cifra de unos 100 billones de sinapsis."
    )
    assert _claims(text, "es") == {("Mixtral 8x22B", 141 * 10**9)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Chinchilla [6] a montré l'importance des données. Nous étudions la distillation vers des élèves de 0,5 à "
            "1,5 milliard de paramètres.",
            "fr",
        ),
        (
            "Chinchilla [6] mostró la importancia de los datos. En este trabajo entrenamos un modelo de 1.300 millones "
            "de parámetros.",
            "es",
        ),
        (
            "Chinchilla [6] showed that data matters. In this work we train a model of 1.3 billion parameters.",
            "en",
        ),
    ],
)
def test_the_authors_own_models_are_not_the_related_works(text: str, lang: str) -> None:
    assert {m for m, _ in _claims(text, lang)} <= {"Chinchilla"} and not any(
        p < 10**10 for _, p in _claims(text, lang)
    )
