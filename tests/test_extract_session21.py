"""Session 21: the rules learned from the fresh sets rt117 to rt120 (fact boxes that open each line with a figure
and gloss it after, a figure shared by 'both X and Y', 'respectively' after a sentence that named the models)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


FACT_BOXES = [
    (
        "The year in open models\n\n"
        "• 480 billion: Total parameters in Quokka-3, the lab's new flagship.\n"
        "• 12 trillion: Tokens of text Quokka-3 was trained on.\n"
        "• 35B: Active parameters in Quokka-3 for each token.\n",
        "en",
        {("Quokka-3", 480 * 10**9, None, "total"), ("Quokka-3", 35 * 10**9, None, "active")},
    ),
    (
        "Das Jahr in Zahlen\n\n"
        "• 480 Mrd. – so viele Parameter hat Quokka-3 insgesamt.\n"
        "• 12 Billionen – Tokens Trainingsdaten verwendete das Labor für Quokka-3.\n"
        "• 210 Mrd. / 18 Mrd. – Gesamt- und aktive Parameter von Wombat-2.\n",
        "de",
        {
            ("Quokka-3", 480 * 10**9, None, "total"),
            ("Wombat-2", 210 * 10**9, None, "total"),
            ("Wombat-2", 18 * 10**9, None, "active"),
        },
    ),
    (
        "L'année en chiffres\n\n"
        "• 480 milliards. C'est la taille totale de Quokka-3, le nouveau modèle du laboratoire.\n\n"
        "• 12 000 milliards. Le nombre de jetons sur lesquels Quokka-3 a été entraîné.\n\n"
        "• 210 Md / 18 Md. Le duo total/actif de Wombat-2, le petit modèle du laboratoire.\n",
        "fr",
        {
            ("Quokka-3", 480 * 10**9, None, "total"),
            ("Wombat-2", 210 * 10**9, None, "total"),
            ("Wombat-2", 18 * 10**9, None, "active"),
        },
    ),
    (
        "El año en cifras\n\n"
        "• 480.000 millones. Parámetros totales de Quokka-3, el nuevo buque insignia.\n\n"
        "• 12 billones. Tokens de texto con los que se entrenó Quokka-3.\n\n"
        "• 35.000 millones. Parámetros activos de Quokka-3 por token.\n",
        "es",
        {("Quokka-3", 480 * 10**9, None, "total"), ("Quokka-3", 35 * 10**9, None, "active")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FACT_BOXES)
def test_a_fact_box_figure_belongs_to_the_model_its_gloss_names(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


def test_a_line_that_opens_with_a_figure_but_glosses_nothing_is_not_a_claim() -> None:
    # guard (passes on the session start too): a heading-like figure with no word on what it counts
    text = "Quokka-3 arrives\n\n• 480 billion: why the price war is far from over.\n"
    assert _claims(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta uses 17 billion active parameters in both Scout-4 and Maverick-4.", "en"),
        ("Meta nutzt 17 Milliarden aktive Parameter sowohl bei Scout-4 als auch bei Maverick-4.", "de"),
        ("Meta active 17 milliards de paramètres à la fois dans Scout-4 et dans Maverick-4.", "fr"),
        ("Se activan 17.000 millones de parámetros tanto en Scout-4 como en Maverick-4.", "es"),
    ],
)
def test_a_figure_shared_by_both_models_named_after_it_goes_to_each(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Scout-4", 17 * 10**9, None, "active"),
        ("Maverick-4", 17 * 10**9, None, "active"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Scout-4 and Maverick-4 came out in April. Their totals are 109 billion and 400 billion "
            "parameters, respectively.",
            "en",
        ),
        (
            "Scout-4 y Maverick-4 salieron en abril. Tienen 109.000 y 400.000 millones de parámetros, "
            "respectivamente.",
            "es",
        ),
    ],
)
def test_respectively_pairs_with_the_models_the_sentence_before_named(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Scout-4", 109 * 10**9, None, "total"),
        ("Maverick-4", 400 * 10**9, None, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hydra-4x7B, published last month by a three-person collective called Sundog, merges four "
            "fine-tunes. Sundog says Hydra has 24.2 billion parameters.",
            "en",
        ),
        (
            "Hydra-4x7B, veröffentlicht von einem Kollektiv namens Sundog, verbindet vier Feinabstimmungen. "
            "Laut Sundog hat Hydra 24,2 Milliarden Parameter.",
            "de",
        ),
    ],
)
def test_a_name_given_to_a_group_is_the_group_and_a_merge_keeps_its_short_name(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Hydra", 24_200_000_000, None, "total")}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Das Modell Kolibri wird lokal laufen. Es hat eins Komma zwei Milliarden Parameter.", 1_200_000_000),
        ("Das Modell Kolibri wird lokal laufen. Es hat fünf Komma eins Milliarden Parameter.", 5_100_000_000),
    ],
)
def test_german_eins_counts_in_a_spoken_decimal(text: str, value: int) -> None:
    assert _claims(text, "de") == {("Kolibri", value, None, "total")}


def test_a_versioned_name_is_a_size_in_words_in_an_article_about_parameters() -> None:
    text = (
        "HOST: How many parameters do these models have?\n\n"
        + "GUEST: It depends on the lab and on what they chose to publish over the years. " * 8
        + "\n\nGUEST: Mistral Large 2 is a hundred and twenty-three billion, and they said so. "
        "Microsoft's Phi-3-mini is three point eight billion and runs on a phone."
    )
    assert _claims(text, "en") == {
        ("Mistral Large 2", 123 * 10**9, None, "total"),
        ("Phi-3-mini", 3_800_000_000, None, "total"),
    }


def test_a_company_that_is_some_billion_is_no_model_size() -> None:
    # guard (passes on the session start too): a valuation in words needs a versioned model name before it
    text = "The startup has no model with parameters to speak of yet. OpenAI is three hundred billion now."
    assert _claims(text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Researchers showed with Sheared-LLaMA that Meta's Llama 2 7B could be cut down to models of 1.3bn "
            "and 2.7bn parameters.",
            "en",
        ),
        (
            "Investigadores presentaron Sheared-LLaMA, que reducía Llama 2 7B a 2.700 y 1.300 millones de "
            "parámetros.",
            "es",
        ),
        (
            "Forscher zeigten mit Sheared-LLaMA, dass sich Llama 2 7B auf 2,7 und sogar 1,3 Milliarden Parameter "
            "zurechtstutzen lässt.",
            "de",
        ),
    ],
)
def test_a_sized_model_cut_down_to_a_figure_gives_it_to_what_came_out(text: str, lang: str) -> None:
    claims = _claims(text, lang)
    assert ("Sheared-LLaMA", 1_300_000_000, None, "total") in claims
    assert ("Sheared-LLaMA", 2_700_000_000, None, "total") in claims
    assert not any(model == "Llama 2" and value < 7 * 10**9 for model, value, _, _ in claims)


def test_a_model_cut_down_with_no_name_for_the_result_gets_no_claim() -> None:
    # guard (passes on the session start too): with no product named, the shrink rule gives the figure to no one
    text = "Meta's Llama 2 7B could be cut down to 2.7 billion parameters, the team said."
    assert ("Llama 2", 2_700_000_000, None, "total") not in _claims(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Das Modell Kestrel-S schrumpft auf 2,7 und sogar 1,3 Milliarden Parameter.", "de"),
        ("The Kestrel-S model shrinks to 2.7 or even 1.3 billion parameters.", "en"),
        ("El modelo Kestrel-S baja a 2.700 e incluso 1.300 millones de parámetros.", "es"),
    ],
)
def test_or_even_joins_a_list_of_sizes(text: str, lang: str) -> None:
    assert {v for _, v, _, _ in _claims(text, lang)} == {2_700_000_000, 1_300_000_000}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DeepSeek-V3 has 671 billion parameters. Because it is a mixture-of-experts design, only 37 billion "
            "of them are switched on for any given token.",
            "en",
        ),
        (
            "DeepSeek-V3 hat 671 Mrd. Parameter. Pro Token rechnet das chinesische Modell allerdings nur mit "
            "37 Mrd. davon.",
            "de",
        ),
        (
            "DeepSeek-V3 compte 671 milliards de paramètres mais n'en mobilise que 37 milliards lors de "
            "l'inférence.",
            "fr",
        ),
    ],
)
def test_the_part_of_the_parameters_at_work_per_token_is_the_active_count(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("DeepSeek-V3", 671 * 10**9, None, "total"),
        ("DeepSeek-V3", 37 * 10**9, None, "active"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un usuario escribe que Vega-4 tendrá «cerca de un billón de parámetros», casi el triple que Vega-3, "
            "cuyos 340.000 millones hizo públicos la propia empresa.",
            "es",
            ("Vega-3", 340 * 10**9, None, "total"),
        ),
        (
            "Das Modell Vega-3 stammt von Nordlicht. Es hat 117 Milliarden Parameter, nutzt pro verarbeitetem "
            "Wort aber nur 5,1 Milliarden davon.",
            "de",
            ("Vega-3", 5_100_000_000, None, "active"),
        ),
        (
            "Les modèles ont des paramètres. GPT-3, l’ancêtre de ChatGPT présenté en 2020 par l’entreprise "
            "américaine OpenAI, en comptait 175 milliards.",
            "fr",
            ("GPT-3", 175 * 10**9, None, "total"),
        ),
        (
            "GPT-3, the ancestor of ChatGPT released in 2020 by OpenAI, had 175 billion parameters.",
            "en",
            ("GPT-3", 175 * 10**9, None, "total"),
        ),
    ],
)
def test_a_count_owned_by_a_name_through_whose_davon_or_a_long_aside(text: str, lang: str, expected) -> None:
    claims = _claims(text, lang)
    assert expected in claims
    assert not any(model == "ChatGPT" for model, *_ in claims)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ecolia presented Sobre-1, a model with 1.5 billion parameters, ten times leaner than a model of 15 billion.",
            "en",
        ),
        (
            "Ecolia stellte Sobre-1 vor, ein Modell mit 1,5 Milliarden Parametern, zehnmal sparsamer als ein Modell mit 15 Milliarden.",
            "de",
        ),
        (
            "Ecolia a présenté Sobre-1, un modèle de 1,5 milliard de paramètres, dix fois moins gourmand qu'un modèle de 15 milliards.",
            "fr",
        ),
        (
            "Ecolia presentó Sobre-1, un modelo de 1.500 millones de parámetros diez veces menos exigente que un modelo de 15.000 millones.",
            "es",
        ),
    ],
)
def test_an_unnamed_model_a_named_one_is_compared_with_lends_it_no_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Sobre-1", 1_500_000_000, None, "total")}


def test_que_that_opens_a_clause_is_no_comparison() -> None:
    # guard (passes on the session start too): 'montre qu'un modèle de 70 milliards' still counts for Chinchilla
    text = "Chinchilla, de DeepMind, montre qu'un modèle de 70 milliards de paramètres suffit."
    assert ("Chinchilla", 70 * 10**9, None, "total") in _claims(text, "fr")


def test_a_version_after_a_name_opens_no_range() -> None:
    assert _claims("Meta a plafonné Llama 3.1 à 405 milliards de paramètres.", "fr") == {
        ("Llama 3.1", 405 * 10**9, None, "total")
    }


def test_respectively_with_a_name_missing_gives_no_figure_to_the_last_name() -> None:
    text = (
        "GraphCast, Aurora et Prithvi WxC comptent respectivement 36,7 millions, 1,3 milliard et "
        "2,3 milliards de paramètres."
    )
    assert not any(
        v in (36_700_000, 1_300_000_000) and m == "Prithvi WxC" for m, v, _, _ in _claims(text, "fr")
    )


def test_one_family_with_each_of_its_sizes_keeps_them() -> None:
    # guard (passes on the session start too): one name and 'jeweils' are the family's sizes
    text = "Falcon 3 umfasst Modelle mit 1, 3, 7 und 10 Milliarden Parametern, jeweils als Basis- und Chatmodell."
    assert {v for _, v, _, _ in _claims(text, "de")} == {10**9, 3 * 10**9, 7 * 10**9, 10 * 10**9}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The in-car model, called Sol Edge, has 3 billion parameters. "
            "Varden says Sol Cloud has 70 billion parameters.",
            "en",
            {("Sol Edge", 3 * 10**9, None, "total"), ("Sol Cloud", 70 * 10**9, None, "total")},
        ),
        (
            "Txingudi AI vende Txingudi Base, un modelo de 8.000 millones de parámetros. La joya de la corona es "
            "Txingudi Handi, una mezcla de expertos con 52.000 millones de parámetros.",
            "es",
            {("Txingudi Base", 8 * 10**9, None, "total"), ("Txingudi Handi", 52 * 10**9, None, "total")},
        ),
    ],
)
def test_a_new_familys_stem_and_another_word_name_a_sibling(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "The rumour gave Sage 3 3 trillion parameters. The infographic listed Sage 3 at 3.2 trillion, alongside "
            "the unconfirmed 1.8 trillion often attributed to OpenAI's GPT-4.",
            "en",
            1_800_000_000_000,
        ),
        (
            "Die 1,8 Billionen Parameter, die GPT-4 zugeschrieben werden, sind nie bestätigt worden.",
            "de",
            1_800_000_000_000,
        ),
        (
            "Son los 1,76 billones de parámetros que, según filtraciones nunca confirmadas, tendría GPT-4.",
            "es",
            1_760_000_000_000,
        ),
    ],
)
def test_a_figure_ascribed_to_a_name_after_it_is_that_names(text: str, lang: str, value: int) -> None:
    assert ("GPT-4", value, None, "total") in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [
        (
            "Llama 3.1 8B tiene 8.000 millones de parámetros y corre en casa. Sus hermanos mayores, de 70.000 y "
            "405.000 millones, quedan fuera del alcance.",
            "es",
            {8 * 10**9, 70 * 10**9, 405 * 10**9},
        ),
        (
            "Llama 3.1 405B compte 405 milliards de paramètres. C'est le grand frère d'une fratrie qui compte aussi "
            "des versions à 8 et 70 milliards.",
            "fr",
            {8 * 10**9, 70 * 10**9, 405 * 10**9},
        ),
        (
            "Llama 3.1 hat 405 Milliarden Parameter. Wer weniger Speicher hat, greift zu den Geschwistern mit "
            "acht oder 70 Milliarden Parametern.",
            "de",
            {8 * 10**9, 70 * 10**9, 405 * 10**9},
        ),
    ],
)
def test_the_siblings_sizes_are_the_familys(text: str, lang: str, values: set) -> None:
    assert {v for m, v, _, _ in _claims(text, lang) if m == "Llama 3.1"} == values


def test_a_relative_clause_in_an_aside_is_skipped_to_the_head() -> None:
    text = (
        "DeepSeek-V3, la base del R1 que sacudió a los mercados en enero, se queda en 671.000 millones de "
        "parámetros en total."
    )
    assert _claims(text, "es") == {("DeepSeek-V3", 671 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die kleinste Ausführung von OpenAIs Whisper, „tiny“ genannt, umfasst 39 Mio. Parameter.", "de"),
        (
            "La plus petite déclinaison de Whisper, baptisée « tiny », ne compte que 39 millions de paramètres.",
            "fr",
        ),
        ('The smallest version of Whisper, called "tiny", has 39 million parameters.', "en"),
    ],
)
def test_a_lower_case_size_word_given_as_a_name_is_the_variant(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Whisper tiny", 39_000_000, None, "total")}
