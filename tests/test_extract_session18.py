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


@pytest.mark.parametrize(
    "text",
    [
        "Das Modell Apertus kommt auf 70 Mia. Parameter.",
        "In Frankreich entstand damals das Modell Apertus mit 70 Mia. Parametern.",
    ],
)
def test_swiss_mia_is_milliarden(text: str) -> None:
    assert _claims(text, "de") == {("Apertus", 70 * 10**9, None, "total")}


def test_a_figure_below_a_million_is_no_model_size() -> None:
    text = "Snowflake Arctic has 480 billion parameters. Snowflake says a 32K version of Arctic is planned."
    assert _claims(text, "en") == {("Snowflake Arctic", 480 * 10**9, None, "total")}


def test_a_new_name_repeated_with_a_version_number_is_its_next_version() -> None:
    text = (
        "La start-up propose Sérac Max, un modèle de 56 milliards de paramètres. "
        "« Le prochain, Sérac Max 2, devrait avoisiner les 200 milliards de paramètres », dit-il."
    )
    assert _claims(text, "fr") == {
        ("Sérac Max", 56 * 10**9, None, "total"),
        ("Sérac Max 2", 200 * 10**9, None, "total"),
    }


def test_ligero_is_a_tier_of_a_new_name() -> None:
    text = (
        "Su producto estrella es Tlali Pro, un modelo de 120.000 millones de parámetros. "
        "También ofrece Tlali Ligero, de 3.000 millones de parámetros."
    )
    assert _claims(text, "es") == {
        ("Tlali Pro", 120 * 10**9, None, "total"),
        ("Tlali Ligero", 3 * 10**9, None, "total"),
    }


def test_a_negation_before_a_colon_does_not_reach_the_figure_after_it() -> None:
    text = (
        "Mistral AI ha publicado Mistral Small 3.1. "
        "La noticia no está en el tamaño: el modelo sigue teniendo 24.000 millones de parámetros."
    )
    assert _claims(text, "es") == {("Mistral Small 3.1", 24 * 10**9, None, "total")}


def test_a_negation_in_the_same_clause_still_holds() -> None:
    # guard (passes on the session start too)
    text = "Mistral AI ha publicado Mistral Small 3.1. El modelo no tiene 24.000 millones de parámetros."
    assert _claims(text, "es") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Quetzal-70 tiene 70.000 millones de parámetros. Su director insiste en que el tamaño no lo es todo: "
            "«Modelos con 7.000 millones de parámetros pueden ejecutarse en un ordenador».",
            "es",
        ),
        ("Quetzal-70 has 70 billion parameters. Models with 7 billion parameters run on laptops.", "en"),
    ],
)
def test_a_sentence_opening_on_a_plural_class_and_its_size_names_no_model(text: str, lang: str) -> None:
    # guard (passes on the session start too, where the negation before the colon hid the Spanish figure):
    # now that a negation stops at a colon, the class itself must say it names no model
    assert _claims(text, lang) == {("Quetzal-70", 70 * 10**9, None, "total")}


def test_the_small_version_after_a_small_sibling_is_that_sibling() -> None:
    text = (
        "Das Modell Apertus gibt es in zwei Größen. Die große Ausführung kommt auf 70 Mrd. Parameter, "
        "der kleine Bruder auf 8 Mrd. In Deutschland trainierte das Projekt OpenGPT-X sein Modell Teuken-7B. "
        "Für Firmen ist die kleine Version interessant: Mit 8 Mrd. Parametern läuft sie auf einem Server."
    )
    assert _claims(text, "de") == {
        ("Apertus", 70 * 10**9, None, "total"),
        ("Apertus", 8 * 10**9, None, "total"),
        ("Teuken", 7 * 10**9, None, "total"),
    }


def test_the_size_of_a_size_already_given_is_that_models() -> None:
    text = (
        "ByteDance publicó Seed-OSS-36B, con 36.000 millones de parámetros. Qwen también crece. "
        'Un analista dijo: "El tamaño de 36B es una elección inteligente".'
    )
    assert {c[0] for c in _claims(text, "es")} == {"Seed-OSS-36B"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Snowflake Arctic has 480 billion parameters. It pairs a 10-billion-parameter dense transformer "
            "with 128 experts of 3.66 billion parameters each.",
            "en",
        ),
        (
            "Snowflake Arctic hat 480 Milliarden Parameter. Es kombiniert einen dichten Transformer mit 10 Milliarden "
            "Parametern mit 128 Experten zu je 3,66 Milliarden.",
            "de",
        ),
    ],
)
def test_the_dense_part_of_a_dense_moe_hybrid_is_no_model_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Snowflake Arctic", 480 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nemotron Ultra hat 253 Milliarden Parameter. Unterm Strich sind es rund 150 Milliarden Parameter weniger.",
            "de",
        ),
        ("Nemotron Ultra has 253 billion parameters, some 150 billion fewer than Llama 3.1.", "en"),
    ],
)
def test_a_difference_in_size_is_no_size(text: str, lang: str) -> None:
    # (the English case passes on the session start too: 'fewer than' was already a bound there)
    assert {c for c in _claims(text, lang) if c[1] == 150 * 10**9} == set()


def test_more_or_less_after_a_figure_is_an_approximation_not_a_difference() -> None:
    # guard (passes on the session start too)
    assert _claims("Llama 3.1 has 405 billion parameters more or less.", "en") == {
        ("Llama 3.1", 405 * 10**9, None, "total")
    }


def test_what_a_card_holds_is_no_model_size() -> None:
    text = (
        "La puce Névé N2 fait tourner Aiguille-1. "
        "Névé assure que sa puce peut accueillir jusqu'à 70 milliards de paramètres par carte."
    )
    assert _claims(text, "fr") == set()


def test_the_best_model_with_fewer_than_a_size_is_a_bound() -> None:
    text = (
        "Le plus grand, Falcon3-10B, serait le meilleur modèle de moins de 13 Md de paramètres, selon le TII."
    )
    assert _claims(text, "fr") == {("Falcon3-10B", 10 * 10**9, None, "total")}


def test_a_figure_of_them_after_parameters_were_explained_counts_parameters() -> None:
    text = (
        "Große Sprachmodelle haben keine Neuronen, wohl aber Parameter: Zahlenwerte, die beim Training angepasst "
        "werden. Als OpenAI 2020 GPT-3 vorstellte, hatte das Modell 175 Milliarden davon."
    )
    assert _claims(text, "de") == {("GPT-3", 175 * 10**9, None, "total")}


def test_a_figure_of_them_after_a_counted_whole_stays_a_part() -> None:
    # guard (passes on the session start too): 'davon' after '3,3 Milliarden Parameter' is a share of them
    text = "π0 hat 3,3 Milliarden Parameter. Rund 300 Millionen davon entfallen auf einen Action Expert."
    assert {c[1] for c in _claims(text, "de")} == {3_300_000_000}


def test_each_after_a_colon_starts_another_thought() -> None:
    text = (
        "GPT-3, presentado por OpenAI en 2020, tenía 175.000 millones de parámetros: cada uno es un número."
    )
    assert _claims(text, "es") == {("GPT-3", 175 * 10**9, None, "total")}


def test_a_size_a_model_was_cut_to_is_the_new_models() -> None:
    text = (
        "Thinline AI says its new model, Thinline-Q19, was cut from Alibaba's Qwen2.5-32B, which has "
        "32.5 billion parameters, down to 19.4 billion."
    )
    assert _claims(text, "en") == {
        ("Qwen2.5-32B", 32_500_000_000, None, "total"),
        ("Thinline-Q19", 19_400_000_000, None, "total"),
    }


def test_a_size_the_new_model_goes_down_to_after_a_base_with_a_tag() -> None:
    text = (
        "Multiverse Computing presentó ChickBrain, una versión comprimida de Llama 3.1 8B que se queda en "
        "3.200 millones de parámetros."
    )
    assert ("ChickBrain", 3_200_000_000, None, "total") in _claims(text, "es")
    assert ("Llama 3.1", 3_200_000_000, None, "total") not in _claims(text, "es")


def test_a_size_a_base_was_grown_to_is_not_the_bases() -> None:
    text = "The starting point was Microsoft's Phi-3-medium, a 14-billion-parameter model, which Upstage expanded to 22 billion."
    assert _claims(text, "en") == {("Phi-3-medium", 14 * 10**9, None, "total")}


def test_a_model_cut_down_itself_keeps_its_new_size() -> None:
    # guard (passes on the session start too)
    text = (
        "Ñandú-2 Grande iba a tener 180.000 millones de parámetros. Según dos exempleados, Ñandú-2 Grande habría "
        "quedado reducido a unos 40.000 millones de parámetros en marzo."
    )
    assert ("Ñandú-2 Grande", 40 * 10**9, None, "total") in _claims(text, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Llama 2 comes in 7-, 13- and 70-billion-parameter sizes.", "en"),
        ("Llama 2 gibt es als 7-, 13- und 70-Milliarden-Parameter-Modell.", "de"),
    ],
)
def test_a_suspended_hyphen_list_shares_the_last_magnitude(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Llama 2", 7 * 10**9, None, "total"),
        ("Llama 2", 13 * 10**9, None, "total"),
        ("Llama 2", 70 * 10**9, None, "total"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "La familia Phi-3 de Microsoft va de los 3.800 a los 14.000 millones de parámetros.",
        "La familia Phi-3 de Microsoft está entre los 3.800 y los 14.000 millones de parámetros.",
    ],
)
def test_a_spanish_range_may_take_articles(text: str) -> None:
    assert _claims(text, "es") == {("Phi-3", 3_800_000_000, 14 * 10**9, "total")}


def test_a_bracket_holding_only_a_size_after_a_name_is_its_size() -> None:
    text = (
        "Le Chat utilise Mistral Large 2, un modèle de 123 milliards de paramètres. "
        "Pour les photos et les PDF, Le Chat s'appuie sur Pixtral Large (124 milliards)."
    )
    assert _claims(text, "fr") == {
        ("Mistral Large 2", 123 * 10**9, None, "total"),
        ("Pixtral Large", 124 * 10**9, None, "total"),
    }


def test_a_bracket_after_a_number_is_no_name_and_size() -> None:
    # guard (passes on the session start too): 'billón equivale a 10^12 (un millón de millones)' is a definition
    text = (
        "DeepSeek-V3 tiene 671.000 millones de parámetros. "
        "Nota: en español, «billón» equivale a 10^12 (un millón de millones)."
    )
    assert _claims(text, "es") == {("DeepSeek-V3", 671 * 10**9, None, "total")}


def test_a_names_apposition_with_the_model_and_its_size() -> None:
    text = (
        "Los candidatos fueron Gemma 2, en sus versiones de 9.000 y 27.000 millones de parámetros, "
        "y Salamandra, el modelo de 7.000 millones del Barcelona Supercomputing Center."
    )
    assert ("Salamandra", 7 * 10**9, None, "total") in _claims(text, "es")


def test_a_source_before_the_comma_is_no_apposition() -> None:
    # 'por Meta, el modelo de 3B' read as an apposition gave the 3B to the model named last (Llama 3.1)
    text = (
        "Meta presentó Llama 3.2 en versiones de 1.000 y 3.000 millones de parámetros. Meta los obtuvo podando a "
        "sus hermanos mayores, Llama 3.1 8B y 70B.\n¿Cómo se comparan?\n"
        "Según las pruebas publicadas por Meta, el modelo de 3B supera a Gemma 2 2B, de Google."
    )
    assert _claims(text, "es") == {
        ("Llama 3.2", 1 * 10**9, None, "total"),
        ("Llama 3.2", 3 * 10**9, None, "total"),
        ("Llama 3.1", 8 * 10**9, None, "total"),
        ("Llama 3.1", 70 * 10**9, None, "total"),
        ("Gemma 2", 2 * 10**9, None, "total"),
    }


def test_a_versioned_name_then_de_and_a_size_is_its_size() -> None:
    text = (
        "Le banc d'essai compte 6 000 questions ; Mistral NeMo, le modèle de 12 milliards de paramètres, "
        "arrive en tête. « Le grand Llama 3.1 de 70 milliards fait mieux encore », dit-il."
    )
    assert ("Llama 3.1", 70 * 10**9, None, "total") in _claims(text, "fr")


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Aus Deutschland kommt LeoLM, ein auf Llama 2 aufbauendes Modell von Hessian.AI, das mit 7 und 13 "
            "Milliarden Parametern besser Deutsch kann.",
            "de",
            "LeoLM",
        ),
        (
            "Latxa es el modelo vasco. La primera generación se construyó sobre Llama 2 y se publicó en tres "
            "tamaños: 7.000, 13.000 y 70.000 millones de parámetros.",
            "es",
            "Latxa",
        ),
    ],
)
def test_the_base_a_model_builds_on_does_not_take_its_sizes(text: str, lang: str, model: str) -> None:
    assert {c[0] for c in _claims(text, lang)} == {model}


def test_a_model_hubs_repository_id_names_the_model_after_the_slash() -> None:
    text = "Die Trends der Woche, alle mit Milliarden Parametern: 4. janhq/Jan-v1-4B. 5. isarwerk/Lindwurm-12B-Instruct."
    assert _claims(text, "de") == {
        ("Jan-v1", 4 * 10**9, None, "total"),
        ("Lindwurm", 12 * 10**9, None, "total"),
    }


def test_a_known_models_repository_id_is_left_to_the_gazetteer() -> None:
    # guard (passes on the session start too): 'Qwen/Qwen3-Coder-480B-A35B-Instruct' is no new model 'Qwen'
    text = "Trending: Qwen/Qwen3-Coder-480B-A35B-Instruct. Alibaba's coding model has 480B total parameters."
    assert all(c[0] != "Qwen" for c in _claims(text, "en"))


@pytest.mark.parametrize(
    "text",
    [
        "Chinchilla saw 1.4 trillion tokens of text during training, against roughly 300 billion for Gopher, "
        "which had 280 billion parameters.",
        "Gopher had 280 billion parameters; Chinchilla was fed 1.4tn tokens of training data rather than 300bn.",
    ],
)
def test_a_figure_set_against_a_token_count_counts_tokens(text: str) -> None:
    assert _claims(text, "en") == {("Gopher", 280 * 10**9, None, "total")}


def test_a_tier_version_leading_straight_to_its_figure_after_another_figure() -> None:
    text = "Stable Diffusion 3.5 Large kommt auf 8,1 Milliarden Parameter, die Medium-Version auf 2,5 Milliarden."
    assert _claims(text, "de") == {
        ("Stable Diffusion 3.5 Large", 8_100_000_000, None, "total"),
        ("Stable Diffusion 3.5 Medium", 2_500_000_000, None, "total"),
    }


def test_a_bare_stem_with_a_tier_and_a_number_is_the_next_version() -> None:
    text = (
        "Son catalogue compte Sérac-Edge 3B. Enfin, Sérac Max compte 56 milliards de paramètres. "
        "« Le prochain, Sérac Max 2, devrait avoisiner les 200 milliards de paramètres », dit-elle."
    )
    assert ("Sérac Max 2", 200 * 10**9, None, "total") in _claims(text, "fr")
