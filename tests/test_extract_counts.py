"""Which figures count parameters and whose they are: a count a name owns, a negation that negates no
figure, an active count 'at a time', and an architecture that is no model."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def counts(text: str, lang: str) -> list[tuple]:
    return [(c.model, c.params, c.scope) for c in extract_claims(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "SmolLM2 has 1.7 billion parameters, far from the 405 billion of Llama 3.1.",
            "en",
            [("SmolLM2", 17 * 10**8, "total"), ("Llama 3.1", 405 * 10**9, "total")],
        ),
        (
            "Meta, avec Llama 3.1 405B, ou Mistral, avec les 123 milliards de Mistral Large 2, jouent le jeu.",
            "fr",
            [("Llama 3.1", 405 * 10**9, "total"), ("Mistral Large 2", 123 * 10**9, "total")],
        ),
    ],
)
def test_a_definite_figure_of_a_named_model_is_that_model_s(text: str, lang: str, expected: list) -> None:
    assert counts(text, lang) == expected


def test_a_figure_of_a_plain_word_is_no_count() -> None:
    assert counts("Nvidia will invest the 10 billion of Project Stargate in new data centres.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DeepMind zeigte, dass Größe nicht alles ist: Chinchilla mit nur siebzig Milliarden Parametern schlug Gopher.",
            "de",
        ),
        (
            "DeepMind showed that size is not everything: Chinchilla, with 70 billion parameters, beat Gopher.",
            "en",
        ),
    ],
)
def test_not_everything_negates_no_figure(text: str, lang: str) -> None:
    assert ("Chinchilla", 70 * 10**9, "total") in counts(text, lang)
    assert counts("Kestrel hat nicht 70 Milliarden Parameter.", "de") == []


def test_a_part_used_at_a_time_is_the_active_count() -> None:
    text = "Alibaba lanza Qwen3: su mayor modelo abierto tiene 235.000 millones de parámetros, pero solo usa 22.000 millones a la vez."
    assert counts(text, "es") == [("Qwen3", 235 * 10**9, "total"), ("Qwen3", 22 * 10**9, "active")]


def test_an_architecture_named_dense_moe_is_no_model() -> None:
    text = "Arctic uses a Dense-MoE Hybrid design with 480 billion parameters in total."
    assert [m for m, _, _ in counts(text, "en")] == ["Arctic"]


@pytest.mark.parametrize(
    ("header", "lang"),
    [("Activos por token", "es"), ("Actifs par token", "fr"), ("Active per token", "en")],
)
def test_a_column_of_active_parameters_per_token_is_the_active_count(header: str, lang: str) -> None:
    text = f"Modelo | Total | {header} |\nDBRX | 132B | 36B |\nJamba | 52B | 12B |"
    assert counts(text, lang) == [
        ("DBRX", 132 * 10**9, "total"),
        ("DBRX", 36 * 10**9, "active"),
        ("Jamba", 52 * 10**9, "total"),
        ("Jamba", 12 * 10**9, "active"),
    ]
    prices = "Modelo | Total | Precio por token |\nDBRX | 132B | 2 |"
    assert counts(prices, lang) == [("DBRX", 132 * 10**9, "total")]


def test_a_glued_moe_before_the_size_tags_is_part_of_the_name() -> None:
    claims = extract_claims("Qwen1.5-MoE-A2.7B has 14.3 billion parameters.", "en")
    assert {(c.model, c.model_id, c.params, c.scope) for c in claims} == {
        ("Qwen1.5-MoE-A2.7B", "qwen1.5-moe", 143 * 10**8, "total"),
        ("Qwen1.5-MoE-A2.7B", "qwen1.5-moe", 27 * 10**8, "active"),  # the name's A2.7B, as 'Qwen3-235B-A22B'
    }


def test_each_of_another_figure_makes_no_part_size() -> None:
    text = "Qwen2.5 14B (genau 14,7 Milliarden Parameter) und Microsofts Phi-4 mit 14 Mrd. Parametern belegen je rund 9 GB."
    assert ("Phi-4", 14 * 10**9, "total") in counts(text, "de")
    assert counts("Mixtral hat acht Experten mit 7 Milliarden Parametern je Experte.", "de") == []


def test_a_question_claims_only_the_sizes_its_names_carry() -> None:
    assert counts("Llama 3.1 8B runs well. What about Llama 3.3 70B?", "en") == [
        ("Llama 3.1", 8 * 10**9, "total"),
        ("Llama 3.3", 70 * 10**9, "total"),
    ]
    assert counts("Does Llama 3 really have 400 billion parameters?", "en") == []
    assert counts("Est-ce que Gemma 2 aura 40 milliards de paramètres ?", "fr") == []


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        ("Peut-on rivaliser avec Orlande-2 et ses 175 milliards de paramètres ?", "fr", "Orlande-2", 175),
        (
            "Why does Microsoft bet so much on Phi-3-mini and its 3.8 billion parameters?",
            "en",
            "Phi-3-mini",
            3.8,
        ),
        (
            "¿Puede un móvil competir con Llama 3.1 y sus 405.000 millones de parámetros?",
            "es",
            "Llama 3.1",
            405,
        ),
        (
            "Was kann Mistral Large 2 mit seinen 123 Milliarden Parametern besser?",
            "de",
            "Mistral Large 2",
            123,
        ),
        (
            "Episode 12: small language models and their parameters.\n46:10 – Phi-3-mini at 3.8B on a phone: demo or "
            "product?",
            "en",
            "Phi-3-mini",
            3.8,
        ),
    ],
)
def test_a_question_keeps_a_size_it_takes_as_given(text: str, lang: str, model: str, params: float) -> None:
    """'X and its N parameters', or N before the colon that opens the question: the question asks something
    else, the size is stated."""
    assert counts(text, lang) == [(model, round(params * 10**9), "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Et que penser de Ventoux-4, qu'on dit fort d'environ 1 760 milliards de paramètres ?", "fr"),
        ("Ventoux-4, dont on dit qu'il compte 1 760 milliards de paramètres, reste secret.", "fr"),
        ("Ventoux-4, dem man rund 1,76 Billionen Parameter nachsagt, bleibt geheim.", "de"),
    ],
)
def test_said_to_have_relays_a_rumour(text: str, lang: str) -> None:
    claims = extract_claims(text, lang)
    assert [(c.model, c.status) for c in claims] == [("Ventoux-4", "rumored")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Das ist ein destilliertes Qwen-Modell, nicht das echte DeepSeek-R1 mit 671 Milliarden Parametern.",
            "de",
        ),
        ("This is a distilled Qwen, not the real DeepSeek-R1 with 671 billion parameters.", "en"),
    ],
)
def test_not_the_real_model_negates_the_identity_not_the_figure(text: str, lang: str) -> None:
    assert counts(text, lang) == [("DeepSeek-R1", 671 * 10**9, "total")]
    assert counts("DeepSeek-R1 hat nicht 700 Milliarden Parameter.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Llama 4 Scout and Llama 4 Maverick each use 17 billion active parameters.", "en"),
        ("Llama 4 Scout und Llama 4 Maverick nutzen je 17 Mrd. aktive Parameter.", "de"),
        (
            "Los dos, Llama 4 Scout y Llama 4 Maverick, utilizan 17.000 millones de parámetros activos cada uno.",
            "es",
        ),
    ],
)
def test_each_shares_a_figure_between_two_models_named_together(text: str, lang: str) -> None:
    assert counts(text, lang) == [
        ("Llama 4 Scout", 17 * 10**9, "active"),
        ("Llama 4 Maverick", 17 * 10**9, "active"),
    ]


def test_each_shares_only_the_figure_beside_it_and_respectively_pairs_the_rest() -> None:
    text = (
        "Llama 4 Scout et Llama 4 Maverick mobilisent chacun 17 milliards de paramètres actifs, pour un total de "
        "109 milliards et 400 milliards respectivement."
    )
    assert counts(text, "fr") == [
        ("Llama 4 Scout", 17 * 10**9, "active"),
        ("Llama 4 Maverick", 17 * 10**9, "active"),
        ("Llama 4 Scout", 109 * 10**9, "total"),
        ("Llama 4 Maverick", 400 * 10**9, "total"),
    ]
    assert counts("Mixtral has eight experts with 7 billion parameters each.", "en") == []


def test_sizes_listed_after_a_name_s_tag_are_all_that_name_s() -> None:
    assert counts("Meta released Llama 3.1 8B, 70B and 405B.", "en") == [
        ("Llama 3.1", 8 * 10**9, "total"),
        ("Llama 3.1", 70 * 10**9, "total"),
        ("Llama 3.1", 405 * 10**9, "total"),
    ]
    assert counts("Compare Llama 3.1 8B and GPT-4o.", "en") == [("Llama 3.1", 8 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bei jeder Anfrage rechnen alle 405 Milliarden Parameter von Llama 3.1 mit.", "de"),
        (
            "Un modèle dense comme Llama 3.1 405B mobilise ses 405 milliards de paramètres pour chaque token.",
            "fr",
        ),
        ("Llama 3.1 405B, en cambio, es denso: usa sus 405.000 millones de parámetros en cada token.", "es"),
        ("Llama 3.1 405B, by contrast, is dense: it uses its 405 billion parameters for each token.", "en"),
    ],
)
def test_all_of_a_model_s_parameters_at_work_for_each_token_are_its_total(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Llama 3.1", 405 * 10**9, "total")]


def test_the_size_of_an_earlier_model_with_the_points_back_at_it() -> None:
    text = (
        "Llama 3.1 405B Instruct is the largest model on Bedrock. Mistral Large 2, with 123 billion parameters, "
        "scores within a few points of the 405B model on most tests."
    )
    assert counts(text, "en") == [
        ("Llama 3.1", 405 * 10**9, "total"),
        ("Mistral Large 2", 123 * 10**9, "total"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Meta presenta Llama 3.2. Los modelos de visión tienen 11.000 y 90.000 millones de parámetros.",
            "es",
        ),
        ("Meta unveiled Llama 3.2. The vision models have 11 and 90 billion parameters.", "en"),
    ],
)
def test_the_models_of_a_release_named_before_have_its_listed_sizes(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Llama 3.2", 11 * 10**9, "total"), ("Llama 3.2", 90 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Gemma 2 existe en 2B, 9B et 27B.", "fr"), ("Gemma 2 gibt es in 2B, 9B und 27B.", "de")],
)
def test_sizes_a_model_exists_in_are_its_sizes(text: str, lang: str) -> None:
    assert [p for _, p, _ in counts(text, lang)] == [2 * 10**9, 9 * 10**9, 27 * 10**9]


def test_a_figure_for_a_model_named_after_a_short_relative_clause_is_that_model_s() -> None:
    text = (
        "¿Cuántos parámetros tiene GPT-4o? OpenAI no lo ha revelado. La cifra de 1,8 billones que circula en "
        "internet para GPT-4 procede de filtraciones y nunca se ha confirmado."
    )
    [claim] = extract_claims(text, "es")
    assert (claim.model, claim.params, claim.status) == ("GPT-4", 18 * 10**11, "rumored")  # never confirmed


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("1,5 · 10^9", 15 * 10**8),
        ("1.5×10^9[3]", 15 * 10**8),
        ("176×10⁹", 176 * 10**9),
        ("7,3 × 10^9", 73 * 10**8),
    ],
)
def test_a_count_in_scientific_notation_in_a_parameter_column(cell: str, value: int) -> None:
    text = f"Name | Developer | Parameters | Licence\nGPT-2 | OpenAI | {cell} | MIT"
    assert counts(text, "en") == [("GPT-2", value, "total")]
    assert counts("Training GPT-4 took about 2.1 × 10^25 FLOP.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cerebras says its CS-3 systems can train models with up to 24 trillion parameters.", "en"),
        (
            "Cerebras assure que ses systèmes CS-3 entraînent des modèles allant jusqu’à 24 000 milliards de paramètres.",
            "fr",
        ),
        ("Mit dem System CS-3 lassen sich Modelle mit bis zu 24 Billionen Parametern trainieren.", "de"),
    ],
)
def test_what_a_machine_can_hold_is_no_model_s_size(text: str, lang: str) -> None:
    assert counts(text, lang) == []


def test_sizes_in_the_notes_column_of_a_table_of_parameter_counts() -> None:
    text = (
        "Name | Entwickler | Veröffentlichung | Parameter | Lizenz | Anmerkungen\n"
        "Gopher | DeepMind | Dez. 2021 | 280 Mrd. | proprietär | 300 Mrd. Token Training[5]\n"
        "LLaMA | Meta | Feb. 2023 | 65 Mrd. | nicht kommerziell | auch 7, 13 und 33 Mrd.[10]\n"
        "GPT-4 | OpenAI | März 2023 | k. A. | proprietär | laut SemiAnalysis ca. 1,8 Bio.[11]"
    )
    assert counts(text, "de") == [
        ("Gopher", 280 * 10**9, "total"),
        ("LLaMA", 65 * 10**9, "total"),
        ("LLaMA", 7 * 10**9, "total"),
        ("LLaMA", 13 * 10**9, "total"),
        ("LLaMA", 33 * 10**9, "total"),
        ("GPT-4", 18 * 10**11, "total"),
    ]


def test_a_misstated_size_of_a_model_makes_it_the_subject_not_a_comparison() -> None:
    text = (
        "An earlier version of this article misstated the size of Mistral NeMo. The model has 12 billion "
        "parameters, not 7 billion as we originally reported."
    )
    assert counts(text, "en") == [("Mistral NeMo", 12 * 10**9, "total")]
    assert counts("Borealis is a fifth the size of GPT-4. It has 1.8 trillion parameters.", "en") == []


def test_a_bare_figure_counts_when_parameters_were_the_topic_a_few_sentences_back() -> None:
    text = (
        "HOST: How big is big? GUEST: Llama 3.1 405B uses all 405 billion parameters on every token. It was "
        "released in July, and its licence allows commercial use for most companies, though not the largest. "
        "Researchers have fine-tuned it for medicine, law and code, and it still tops several open leaderboards. "
        "trained on about 15 trillion tokens on 16,000 H100s. Mistral's Mixtral 8x22B is 141B total with 39B "
        "active. People see 8x22, multiply, get 176 and tweet it. That's wrong. HOST: What do you run at home? "
        "GUEST: Qwen2.5-32B and Gemma 2 27B, mostly. Phi-4, at 14 billion, punches above its weight."
    )
    assert ("Phi-4", 14 * 10**9, "total") in counts(text, "en")


def test_an_elided_token_count_is_tokens_too() -> None:
    text = (
        "Kimi K2 hat eine Billion Parameter. Beim Training fallen andere Größen an: Kimi K2 wurde auf "
        "15,5 Bio. Token trainiert, DeepSeek-R1 auf 14,8 Bio."
    )
    assert counts(text, "de") == [("Kimi K2", 10**12, "total")]


def test_a_valuation_is_money_without_its_currency() -> None:
    text = (
        "Vercors développe Cime-1, un modèle de 7 milliards de paramètres. Elle veut lever 300 millions d'euros, "
        "ce qui la valoriserait à plus d'un milliard."
    )
    assert counts(text, "fr") == [("Cime-1", 7 * 10**9, "total")]


def test_a_model_distilled_into_a_smaller_one_does_not_take_its_size() -> None:
    text = "Die Entwickler haben das Modell Quendra Ultra mit 405 Mrd. Parametern in einen 8B-Schüler destilliert."
    assert ("Quendra Ultra", 8 * 10**9, "total") not in counts(text, "de")


def test_a_name_with_its_size_in_brackets_is_a_new_model() -> None:
    text = "AI21 presentó Jurassic-1 con 178.000 millones de parámetros. También J1-Large (7500 millones)."
    assert counts(text, "es") == [("Jurassic-1", 178 * 10**9, "total"), ("J1-Large", 75 * 10**8, "total")]


def test_a_hedged_copula_before_a_size_written_like_20b() -> None:
    [claim] = extract_claims("Someone on Reddit says GPT-3.5 is supposedly 20B.", "en")
    assert (claim.model, claim.params, claim.status) == ("GPT-3.5", 20 * 10**9, "rumored")


def test_a_phone_is_no_model_and_the_short_siblings_are_completed() -> None:
    text = (
        "Gemini Nano, presente en el Pixel 8 Pro y el Pixel 9, tiene dos variantes: Nano-1, de 1.800 millones de "
        "parámetros, y Nano-2, de 3.250 millones."
    )
    assert counts(text, "es") == [
        ("Gemini Nano-1", 18 * 10**8, "total"),
        ("Gemini Nano-2", 325 * 10**7, "total"),
    ]


def test_sizes_a_model_comes_in_as_declinaisons() -> None:
    text = "Meta publie Llama 3.1 405B. Déclinaisons 8B et 70B pour les petits budgets."
    assert counts(text, "fr") == [
        ("Llama 3.1", 405 * 10**9, "total"),
        ("Llama 3.1", 8 * 10**9, "total"),
        ("Llama 3.1", 70 * 10**9, "total"),
    ]


def test_a_figure_that_corresponds_to_a_model_named_after_it_is_that_model_s() -> None:
    text = "Txingudi 2 tiene 7.000 millones de parámetros; la cifra de 70.000 millones corresponde a Txingudi 2 Max."
    assert counts(text, "es") == [("Txingudi 2", 7 * 10**9, "total"), ("Txingudi 2 Max", 70 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Qwen2.5 hat bis zu 72 Milliarden Parameter. Trainiert wurde auf 18 Billionen Token, nach 7 Billionen bei Qwen2.",
            "de",
        ),
        (
            "Qwen2.5 llega a 72.000 millones de parámetros, entrenado con 18 billones de tokens, frente a los 7 billones de Qwen2.",
            "es",
        ),
        (
            "Qwen2.5 va jusqu'à 72 milliards de paramètres, entraîné sur 18 000 milliards de tokens, après 7 000 milliards pour Qwen2.",
            "fr",
        ),
    ],
)
def test_a_token_count_compared_with_an_earlier_one_is_tokens_too(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Qwen2.5", 72 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Google fournira Gemini à Apple. Un saut considérable : le modèle qui fait aujourd'hui tourner "
            "Apple Intelligence dans le cloud compterait 150 milliards de paramètres.",
            "fr",
        ),
        (
            "Google will supply Gemini to Apple. A big jump: the model that powers Apple Intelligence in the cloud "
            "has 150 billion parameters.",
            "en",
        ),
        (
            "Google fournira Gemini à Apple. L'agence ajoute qu'Apple développe en parallèle son propre modèle, "
            "qui devrait atteindre environ 1 000 milliards de paramètres.",
            "fr",
        ),
        (
            "Google suministrará Gemini a Apple. La agencia añade que Apple desarrolla su propio modelo, que "
            "rondaría el billón de parámetros.",
            "es",
        ),
        (
            "Google liefert Gemini an Apple. Apple arbeite zudem an einem eigenen Modell, das rund eine Billion "
            "Parameter haben soll.",
            "de",
        ),
    ],
)
def test_a_product_s_model_or_a_lab_s_own_model_is_not_the_model_named_before(text: str, lang: str) -> None:
    assert counts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Inde : la start-up Sarvam affirme battre Llama 4 avec un modèle de 24 milliards de paramètres.",
            "fr",
        ),
        ("Sarvam says it beats Llama 4 with a model of just 24 billion parameters.", "en"),
        ("Sarvam asegura superar a Llama 4 con un modelo de 24.000 millones de parámetros.", "es"),
    ],
)
def test_beating_a_rival_with_a_model_of_some_size_is_not_the_rival_s_size(text: str, lang: str) -> None:
    assert counts(text, lang) == []


def test_sizes_built_on_a_model_named_after_them_are_not_that_model_s() -> None:
    text = (
        "DeepSeek also published six distilled versions of DeepSeek-R1 with 1.5 to 70 billion parameters. "
        "The 8B and 70B are built on Llama, the rest on Qwen2.5."
    )
    assert all(model != "Llama" for model, _, _ in counts(text, "en"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Microsoft nutzt das Kleinmodell Phi-3, das 3,8 Milliarden Parameter hat. Apple setzt bei Apple "
            "Intelligence auf ein On-Device-Modell mit rund drei Milliarden Parametern.",
            "de",
        ),
        (
            "Microsoft uses Phi-3, which has 3.8 billion parameters. Apple relies on an on-device model with "
            "about three billion parameters.",
            "en",
        ),
    ],
)
def test_a_model_brought_in_with_an_indefinite_article_is_not_the_one_before(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Phi-3", 38 * 10**8, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DeepMind's Chinchilla has 70 billion parameters. To get there, the authors trained more than 400 "
            "models ranging from 70 million to over 16 billion parameters.",
            "en",
        ),
        (
            "Chinchilla compte 70 milliards de paramètres. L'équipe a entraîné plus de 400 modèles, de 70 millions "
            "à plus de 16 milliards de paramètres.",
            "fr",
        ),
        (
            "Chinchilla hat 70 Milliarden Parameter. Die Autoren trainierten mehr als 400 Sprachmodelle mit "
            "70 Millionen bis über 16 Milliarden Parametern.",
            "de",
        ),
    ],
)
def test_a_series_of_test_models_a_team_trained_is_no_model_s_size(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Chinchilla", 70 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Gemini, her team built the two Gemini Nano models, with 1.8 billion and 3.25 billion parameters.",
            "en",
        ),
        (
            "Bei Gemini baute ihr Team die zwei Modelle Gemini Nano, mit 1,8 und 3,25 Milliarden Parametern.",
            "de",
        ),
        (
            "Sur Gemini, son équipe a conçu les deux modèles Gemini Nano, avec 1,8 et 3,25 milliards de paramètres.",
            "fr",
        ),
    ],
)
def test_sizes_after_a_comma_and_with_are_the_last_name_s_not_an_earlier_head_s(text: str, lang: str) -> None:
    assert {(m, p) for m, p, _ in counts(text, lang)} == {
        ("Gemini Nano", 18 * 10**8),
        ("Gemini Nano", 325 * 10**7),
    }


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Mixtral 8x7B hat 46,7 Milliarden Parameter.\nMythos 4: Wie groß GPT-4 ist, weiß man doch.\nFakt: Nein. "
            "OpenAI hat die Größe nie genannt. Vor dem Start kursierte das Gerücht von 100 Billionen Parametern.",
            "de",
            "GPT-4",
        ),
        (
            "Mixtral 8x7B has 46.7 billion parameters.\nHow big is GPT-4, then?\nNobody knows. OpenAI never gave the "
            "size. Before launch, rumours spoke of 100 trillion parameters.",
            "en",
            "GPT-4",
        ),
    ],
)
def test_a_sentence_about_the_size_keeps_the_model_before_as_the_subject(
    text: str, lang: str, model: str
) -> None:
    assert (model, 10**14, "total") in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Nvidia a montré une diapositive. Or ces 1 800 milliards de paramètres correspondent au chiffre que la "
            "rumeur prête à GPT-4.",
            "fr",
        ),
        (
            "Nvidia showed a slide. Those 1.8 trillion parameters are the figure that the rumour attributed to GPT-4.",
            "en",
        ),
    ],
)
def test_a_figure_the_rumour_attributes_to_a_model_named_after_it_is_that_model_s(
    text: str, lang: str
) -> None:
    assert [(c.model, c.params, c.status) for c in extract_claims(text, lang)] == [
        ("GPT-4", 18 * 10**11, "rumored")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "En abril llegó Llama 4: Scout, de 109.000 millones de parámetros en total, y Maverick, de 400 mil "
            "millones; ambos activan 17.000 millones por token.",
            "es",
        ),
        (
            "Meta released Llama 4 Scout with 109B and Llama 4 Maverick with 400B parameters; both activate 17B "
            "parameters per token.",
            "en",
        ),
        (
            "Meta a publié Llama 4 Scout (109 milliards) et Llama 4 Maverick (400 milliards) ; les deux activent "
            "17 milliards de paramètres par token.",
            "fr",
        ),
    ],
)
def test_a_clause_opening_with_both_shares_its_figure_between_the_two_models_named_last(
    text: str, lang: str
) -> None:
    active = {m.rsplit(" ", 1)[-1] for m, p, scope in counts(text, lang) if scope == "active"}
    assert active == {"Scout", "Maverick"}


def test_this_one_points_back_at_the_model_of_the_heading() -> None:
    text = (
        "I ran five open models on one card and noted their parameters.\n"
        "3. Mistral Small 3 (Q4_K_M, 14.3 GB)\nMistral says this one is 24B and Apache 2.0. At 52 tok/s it felt instant."
    )
    assert counts(text, "en") == [("Mistral Small 3", 24 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mixtral 8x22B has 141 billion parameters. Apple, for its part, says the model in its phones has about "
            "3 billion parameters.",
            "en",
        ),
        (
            "Mixtral 8x22B tiene 141.000 millones de parámetros. Stability AI lanzó un modelo de audio con 1.100 "
            "millones de parámetros.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_with_another_lab_does_not_carry_the_model_before(text: str, lang: str) -> None:
    assert [m for m, _, _ in counts(text, lang)] == ["Mixtral 8x22B"]


def test_an_analyst_firm_opening_a_sentence_is_a_source_not_a_maker() -> None:
    text = (
        "OpenAI nunca confirmó el tamaño de GPT-4. Meses después, la firma SemiAnalysis elevó la cifra a cerca de "
        "1,8 billones de parámetros."
    )
    assert [(m, p) for m, p, _ in counts(text, "es")] == [("GPT-4", 18 * 10**11)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "DeepSeek-V3 ist ein MoE-Modell, Gesamtparameter 671 Milliarden (6710亿), jedes Token aktiviert 37 "
            "Milliarden (370亿), auf 14,8 Billionen (14.8万亿) Token vortrainiert.",
            "de",
            [("DeepSeek-V3", 671 * 10**9, "total"), ("DeepSeek-V3", 37 * 10**9, "active")],
        ),
        (
            "Comparado con la generación anterior DeepSeek-V2 (parámetros totales 2360亿, activación 210亿), el "
            "nuevo modelo es más rápido.",
            "es",
            [("DeepSeek-V2", 236 * 10**9, "total"), ("DeepSeek-V2", 21 * 10**9, "active")],
        ),
        (
            "The Qwen2.5 language model is covering from 0.5 billion (5亿) until 72 billion (720亿) parameters.",
            "en",
            [("Qwen2.5", 5 * 10**8, "total")],
        ),
    ],
)
def test_a_figure_restated_in_chinese_units_is_one_figure(text: str, lang: str, expected: list) -> None:
    """Machine translation keeps the original '6710亿' beside the figure: the same figure, which neither makes a
    second claim nor hides the word after it ('(14.8万亿) Token' are tokens)."""
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Laut Modellkarte hat Kimi K2 insgesamt 1 Billion Parameter. Pro Token aktiv sind 32 Milliarden.",
            "de",
            [("Kimi K2", 10**12, "total"), ("Kimi K2", 32 * 10**9, "active")],
        ),
        (
            "Kimi K2 has 1 trillion parameters in total. Active per token: 32 billion.",
            "en",
            [("Kimi K2", 10**12, "total"), ("Kimi K2", 32 * 10**9, "active")],
        ),
        (
            "DeepSeek-V3 liegt laut technischem Bericht bei 671 Mrd. gesamt und 37 Mrd. aktiv.",
            "de",
            [("DeepSeek-V3", 671 * 10**9, "total"), ("DeepSeek-V3", 37 * 10**9, "active")],
        ),
    ],
)
def test_total_and_active_written_after_or_before_bare_figures(text: str, lang: str, expected: list) -> None:
    """'Pro Token aktiv sind 32 Milliarden' after the total, '671 Mrd. gesamt und 37 Mrd. aktiv': the scope
    words alone say the figures count parameters."""
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "ChatGPT läuft auf GPT-4o. Die oft zitierte Zahl von 1,76 Billionen Parametern stammt aus Gerüchten "
            "über den Vorgänger GPT-4 und wurde nie bestätigt.",
            "de",
        ),
        (
            "ChatGPT runs on GPT-4o. The often-quoted 1.76 trillion parameters come from rumours about its "
            "predecessor GPT-4.",
            "en",
        ),
        (
            "ChatGPT tourne sur GPT-4o. Les 1 760 milliards de paramètres souvent cités viennent de rumeurs sur son "
            "prédécesseur GPT-4.",
            "fr",
        ),
        (
            "ChatGPT funciona con GPT-4o. Los 1,76 billones de parámetros que se citan salen de rumores sobre su "
            "predecesor GPT-4.",
            "es",
        ),
    ],
)
def test_a_figure_from_rumours_about_a_model_is_that_models(text: str, lang: str) -> None:
    assert counts(text, lang) == [("GPT-4", 1_760 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            'The opening slide read simply: "Tern-2: 212B total / ~18B active".',
            "en",
            [("Tern-2", 212 * 10**9, "total"), ("Tern-2", 18 * 10**9, "active")],
        ),
        (
            'Vidal proyectó una diapositiva: "Garbí-2 · MoE · 52B totales · 9B activos · 32K de contexto".',
            "es",
            [("Garbí-2", 52 * 10**9, "total"), ("Garbí-2", 9 * 10**9, "active")],
        ),
    ],
)
def test_slide_shorthand_with_scope_words(text: str, lang: str, expected: list) -> None:
    """A slide quoted as written: the scope word ends at a closing quote or a middle dot."""
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gemini Nano corre en los Pixel: 1.800 y 3.250 millones de parámetros en sus versiones Nano-1 y Nano-2.",
            "es",
        ),
        ("Gemini Nano has 1.8 and 3.25 billion parameters in its versions Nano-1 and Nano-2.", "en"),
        ("Gemini Nano a 1,8 et 3,25 milliards de paramètres dans ses versions Nano-1 et Nano-2.", "fr"),
    ],
)
def test_figures_then_the_versions_they_belong_to_in_order(text: str, lang: str) -> None:
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == [
        ("Gemini Nano-1", 1_800 * 10**6),
        ("Gemini Nano-2", 3_250 * 10**6),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Un paramètre est un poids du réseau. Les tokens sont les morceaux de texte lus pendant "
            "l'entraînement : Llama 3 en a avalé plus de 15 000 milliards.",
            "fr",
        ),
        (
            "A parameter is a weight of the network. Tokens are the pieces of text read in training: Llama 3 "
            "went through more than 15 trillion.",
            "en",
        ),
    ],
)
def test_a_bare_figure_in_a_sentence_about_tokens_counts_tokens(text: str, lang: str) -> None:
    assert counts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pourquoi comparer Alcyone-2 à Llama 3.3 70B ? « C'est le modèle dense que nos clients déploient le "
            "plus. Avec ses 70 milliards de paramètres, il coûte six fois plus cher à servir. »",
            "fr",
        ),
        (
            'Why compare Alcyone-2 with Llama 3.3 70B? "It is the dense model our customers deploy most. With its '
            '70 billion parameters, it costs six times more to serve."',
            "en",
        ),
    ],
)
def test_its_size_said_again_is_the_model_of_that_size(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Llama 3.3", 70 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Gesamtgröße von DeepSeek-V3 auf Hugging Face enthält 671B Hauptmodellgewichte und 14B Gewichte "
            "von Multi-Token-Vorhersage-Modul (MTP).",
            "de",
            [("DeepSeek-V3", 671 * 10**9, "total")],
        ),
        (
            "Helix released a model called Sendra-3-Pro with 70 billion parameters. It ships with a 150M-parameter "
            "draft head.",
            "en",
            [("Sendra-3-Pro", 70 * 10**9, "total")],
        ),
    ],
)
def test_a_figure_followed_by_the_part_it_sizes_is_no_models(text: str, lang: str, expected: list) -> None:
    """'14B Gewichte von ...-Modul', 'a 150M-parameter draft head': a part's size."""
    assert counts(text, lang) == expected


def test_a_count_including_embeddings_is_a_size() -> None:
    text = "Correction: Gemma 7B was listed at 7 billion. The correct count is 8.54 billion including embedding parameters."
    assert (("Gemma", 8_540 * 10**6, "total")) in counts(text, "en")


def test_an_embedding_model_is_a_model() -> None:
    text = "Ambrix also ships Ambrix Embed 2, a 335M-parameter embedding model for retrieval."
    assert [c.params for c in extract_claims(text, "en")] == [335 * 10**6]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Funciona sobre GPT-4o. Ni Microsoft ni OpenAI han publicado su número de parámetros. Un artículo de "
            "investigadores de Microsoft lo situó en torno a 200.000 millones.",
            "es",
        ),
        (
            "Copilot tourne sur GPT-4o. OpenAI n'a jamais publié son nombre de paramètres. Un article de chercheurs "
            "de Microsoft l'estime à environ 200 milliards.",
            "fr",
        ),
    ],
)
def test_a_clitic_with_a_sizing_verb_points_at_the_model_before(text: str, lang: str) -> None:
    """'lo situó en torno a 200.000 millones': the model before, estimated by a lab that does not make it."""
    claims = extract_claims(text, lang)
    assert [(c.model, c.params, c.status) for c in claims] == [("GPT-4o", 200 * 10**9, "estimated")]


def test_dessen_groesse_is_the_model_named_last() -> None:
    text = (
        "Stint-2 Mini hat knapp 7 Milliarden Parameter. Ein Zuhörer wollte wissen, wie Stint-2 Mini gegen GPT-4o "
        "mini abschneide. Jankowski schätzte dessen Größe auf „irgendwas um die 8 Milliarden Parameter“."
    )
    claims = extract_claims(text, "de")
    assert [(c.model, c.params, c.status) for c in claims if c.params == 8 * 10**9] == [
        ("GPT-4o mini", 8 * 10**9, "estimated")
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Qwen1.5-110B ist das erste Modell der Familie mit mehr als 100 Mrd. Parametern.", "de"),
        (
            "Ajout de Qwen1.5-110B, premier modèle de la famille au-delà de la barre des 100 Md de paramètres.",
            "fr",
        ),
        ("Qwen1.5-110B is the first model of the family with more than 100 billion parameters.", "en"),
    ],
)
def test_the_mark_a_first_model_passed_is_not_its_size(text: str, lang: str) -> None:
    assert [(c.model_id, c.params) for c in extract_claims(text, lang)] == [("qwen1.5", 110 * 10**9)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Zur Einordnung: 1,8 Billionen wären gut das Zehnfache von GPT-3 mit seinen 175 Milliarden Parametern.",
            "de",
            [("GPT-3", 175 * 10**9, "total")],
        ),
        (
            "Un modèle de langage et ses paramètres. Ce serait dix fois GPT-3 et ses 175 milliards de paramètres.",
            "fr",
            [("GPT-3", 175 * 10**9, "total")],
        ),
        (
            "Ein Sprachmodell mit vielen Parametern. Phi-3-mini mit 3,8 Milliarden läuft auf meinem alten Laptop.",
            "de",
            [("Phi-3-mini", 3_800 * 10**6, "total")],
        ),
    ],
)
def test_a_size_taken_as_given_in_a_conditional_or_before_a_verb(
    text: str, lang: str, expected: list
) -> None:
    """'GPT-3 mit seinen 175 Milliarden' is stated even in a conditional sentence; a German verb after a bare
    figure ('3,8 Milliarden läuft') is not the noun it counts."""
    assert counts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mistral 7B counts its parameters. The official figure is 7.3 billion; the name is rounded down.",
            "en",
        ),
        (
            "Mistral 7B und seine Parameter. Die offizielle Zahl lautet 7,3 Milliarden; der Name ist abgerundet.",
            "de",
        ),
    ],
)
def test_the_official_figure_is_the_model_befores(text: str, lang: str) -> None:
    assert ("Mistral", 7_300 * 10**6, "total") in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Garza-2 tiene 52.300 millones de parámetros. La cifra de 70.000 millones, que tomamos de una "
            "diapositiva de la presentación, corresponde en realidad a Garza-2 Pro.",
            "es",
        ),
        (
            "Garza-2 compte 52,3 milliards de paramètres. Le chiffre de 70 milliards, repris d'une diapositive, "
            "correspond en réalité à Garza-2 Pro.",
            "fr",
        ),
    ],
)
def test_a_figure_that_belongs_to_a_model_named_past_a_clause(text: str, lang: str) -> None:
    assert ("Garza-2 Pro", 70 * 10**9, "total") in counts(text, lang)
    assert ("Garza-2", 70 * 10**9, "total") not in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meta's Llama 3.3 70B matches the old 405B model on several tasks at a fraction of the cost.", "en"),
        ("Metas Llama 3.3 70B erreicht das alte 405B-Modell in mehreren Aufgaben.", "de"),
    ],
)
def test_a_sized_model_set_against_a_named_one_is_not_it(text: str, lang: str) -> None:
    assert counts(text, lang) == [("Llama 3.3", 70 * 10**9, "total")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GPT-3 sprang auf 175 Milliarden Parameter. Bei GPT-4 schwieg OpenAI; Gerüchten zufolge sollen es 1,76 "
            "Billionen gewesen sein.",
            ("GPT-4", 1_760_000_000_000),
        ),
        (
            "Grok-1 von xAI hat Parameter in Hülle und Fülle. Laut Insidern sollen es bei Grok-1 am Ende 314 "
            "Milliarden gewesen sein.",
            ("Grok-1", 314_000_000_000),
        ),
    ],
)
def test_a_bare_figure_before_a_participle_of_being_is_a_count(text: str, expected: tuple) -> None:
    """'sollen es 1,76 Billionen gewesen sein': the participle after a bare figure in a text about parameters
    lets it count, as a verb would."""
    assert expected in {(c.model, c.params) for c in extract_claims(text, "de")}


@pytest.mark.parametrize(
    ("text", "lang", "expected", "not_expected"),
    [
        (
            "LG presentó EXAONE 3.5 en tres tipos: tipo ultraligero de 2.4 mil millones de parámetros, tipo ligero de "
            "7.8 mil millones y tipo de alto rendimiento de 32 mil millones de piezas.",
            "es",
            {2_400_000_000, 7_800_000_000, 32 * 10**9},
            set(),
        ),
        (
            "LG stellt EXAONE 3.5 in drei Varianten vor: die kleinste mit 2,4 Milliarden Parametern, die mittlere mit "
            "7,8 Milliarden und die große mit 32 Milliarden Stück.",
            "de",
            {2_400_000_000, 7_800_000_000, 32 * 10**9},
            set(),
        ),
        (
            "Llama 3.3 70B es el favorito. Un modelo de 70.000 millones de parámetros en 4 bits ocupa 40 GB, mientras "
            "que los de entre 14.000 y 27.000 millones caben en una GPU.",
            "es",
            {70 * 10**9},
            {14 * 10**9},
        ),
    ],
)
def test_each_member_of_a_list_said_the_same_way_counts_like_the_first(
    text: str, lang: str, expected: set, not_expected: set
) -> None:
    """'tipo ultraligero de 2.4 mil millones de parámetros, tipo ligero de 7.8 mil millones y tipo ... de 32 mil
    millones de piezas': the later members, each after the same word, count what the first counts (but not
    past a contrast: '..., mientras que los de entre 14.000 y 27.000 millones' are other models)."""
    values = {c.params for c in extract_claims(text, lang)}
    assert expected <= values
    assert not (not_expected & values)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Presentamos Salamandra, una familia de modelos de 2.000 y 7.000 millones de parámetros. Una tercera "
            "variante, de 40.000 millones, está en fase de entrenamiento.",
            "es",
            ("Salamandra", 40 * 10**9),
        ),
        (
            "We present Kestrel, a family of models with 2 and 7 billion parameters. A third variant, of 40 billion, "
            "is still in training.",
            "en",
            ("Kestrel", 40 * 10**9),
        ),
        (
            "Die Universität Stuttgart stellt Kranich-2 vor, eine Modellfamilie mit 2 und 7 Milliarden Parametern. "
            "Die dritte Variante, mit rund 40 Milliarden, wird noch trainiert.",
            "de",
            ("Kranich-2", 40 * 10**9),
        ),
    ],
)
def test_a_variant_of_a_size_right_after_a_family_is_the_familys(
    text: str, lang: str, expected: tuple
) -> None:
    """'Una tercera variante, de 40.000 millones, ...': a variant given a size in the sentence after a family is one
    of the family's sizes, though the sentence names no model and no parameters."""
    assert expected in {(c.model, c.params) for c in extract_claims(text, lang)}
