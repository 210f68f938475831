"""Leaderboards, correction notices, readers' questions, live blogs and earnings calls (rt71, rt72): a dash
between a score and a size is no range, 'insgesamt' before a figure makes it the total, an active clause after a
comma, a reader's signed question, and what a name suggests."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from claimwatch.extract.numbers import find_quantities


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


def test_a_score_before_a_size_keeps_no_magnitude() -> None:
    # '1318 – 671 Mrd.' cannot be a range (its low end is higher); 1318 is an Elo score, not 1318 Mrd.
    text = "4. DeepSeek-V3 (DeepSeek) – 1318 – 671 Mrd., davon 37 Mrd. aktiv"
    assert [q.value for q in find_quantities(text, "de")] == [671 * 10**9, 37 * 10**9]


def test_a_real_range_after_a_dash_still_reads() -> None:
    # guards the rule above: a low end below the high end is still a range
    text = "Die Reihe Lumera Mini umfasst 1,5 – 3,8 Mrd. Parameter."
    assert [(q.value, q.high) for q in find_quantities(text, "de")] == [(1_500_000_000, 3_800_000_000)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Richtig ist, dass bei DeepSeek-V3 von insgesamt 671 Milliarden Parametern pro Token jeweils "
            "37 Milliarden aktiv sind.",
            "de",
        ),
        ("For DeepSeek-V3, of a total of 671 billion parameters per token only 37 billion are active.", "en"),
    ],
)
def test_a_total_word_right_before_a_figure_makes_it_the_total(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("DeepSeek-V3", 671 * 10**9, None, "total"),
        ("DeepSeek-V3", 37 * 10**9, None, "active"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mixtral 8x7B kommt auf 46,7 Milliarden Parameter. Pro Token werden nur zwei Experten befragt, "
            "aktiv sind deshalb lediglich 12,9 Milliarden.",
            "de",
        ),
        (
            "Mixtral 8x7B tiene 46.700 millones de parámetros. Solo se consultan dos expertos por token, "
            "activos son solo 12.900 millones.",
            "es",
        ),
    ],
)
def test_an_active_clause_after_a_comma_counts_its_figure(text: str, lang: str) -> None:
    assert ("Mixtral 8x7B", 12_900_000_000, None, "active") in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'OpenAI calla. "¿Es cierto que GPT-4 tiene más de un billón de parámetros?" — Mariana, Guadalajara',
            "es",
        ),
        (
            "OpenAI calla. «¿Es cierto que GPT-4 tiene más de un billón de parámetros?», pregunta Mariana.",
            "es",
        ),
        ("Q: Mixtral 8x7B — does that mean 56 billion parameters? — Luis, San Antonio", "en"),
        ("OpenAI schweigt. „Hat GPT-4 wirklich 1,76 Billionen Parameter?“ – Jana, Köln", "de"),
        ("OpenAI se tait. « GPT-4 a-t-il vraiment 1 760 milliards de paramètres ? » — Paul, Lyon", "fr"),
    ],
)
def test_a_readers_signed_question_claims_nothing(text: str, lang: str) -> None:
    assert _claims(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        (
            "Warum war GPT-3 mit seinen 175 Milliarden Parametern so teuer im Betrieb?",
            "de",
            "GPT-3",
            175 * 10**9,
        ),
        (
            "Why does Llama 3.1 405B, with 405 billion parameters, need so much memory?",
            "en",
            "Llama 3.1",
            405 * 10**9,
        ),
    ],
)
def test_a_question_that_does_not_doubt_keeps_its_figure(
    text: str, lang: str, model: str, params: int
) -> None:
    # guards the rule above: a question that takes its figure as given still states it
    assert _claims(text, lang) == {(model, params, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Aunque el nombre sugiere 56.000 millones, Mixtral 8x7B en realidad tiene 46.700 millones de "
            "parámetros en total.",
            "es",
        ),
        (
            "Mixtral 8x7B is Mistral's sparse model: the name suggests 56 billion parameters, but it actually has "
            "46.7 billion.",
            "en",
        ),
    ],
)
def test_what_a_name_suggests_is_no_count(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Mixtral 8x7B", 46_700_000_000, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Alibaba's Qwen2.5, a dense model of 72.7 billion parameters, trails DeepSeek by 61 points but edges "
            "out Meta's 405-billion-parameter flagship.",
            "en",
        ),
        (
            "Alibabas Qwen2.5, ein dichtes Modell mit 72,7 Milliarden Parametern, überholt Metas "
            "405-Milliarden-Parameter-Flaggschiff knapp.",
            "de",
        ),
    ],
)
def test_a_figure_after_another_labs_possessive_is_not_the_subjects(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Qwen2.5", 72_700_000_000, None, "total")}


def test_a_figure_after_the_makers_own_possessive_stays() -> None:
    # guards the rule above: 'Google's 27-billion-parameter Gemma 2' is Google's model
    text = "In the small class, Google's 27-billion-parameter Gemma 2 wins."
    assert _claims(text, "en") == {("Gemma 2", 27 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Le modèle Brume-Santé est dérivé de Qwen2.5-14B, publié en open source par le chinois Alibaba, qui "
            "compte précisément 14,7 milliards de paramètres.",
            "fr",
            "Qwen2.5-14B",
        ),
        (
            "Sarvam-M a 24 milliards de paramètres. Sarvam-M repose sur Mistral Small 3.1, qui compte 24 milliards "
            "de paramètres.",
            "fr",
            "Mistral Small 3.1",
        ),
    ],
)
def test_a_relative_clause_after_a_base_describes_the_base(text: str, lang: str, model: str) -> None:
    claims = _claims(text, lang)
    assert {m for m, params, *_ in claims if params in (14_700_000_000, 24 * 10**9)} >= {model}
    assert not [c for c in claims if c[1] == 14_700_000_000 and c[0] != model]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bei den kleinen Modellen bleibt Gemma 2 27B unter der Marke von 30 Milliarden Parametern vorn.",
            "de",
        ),
        (
            "Entre los pequeños, Gemma 2 27B sigue siendo el mejor por debajo de la barrera de los 30.000 millones "
            "de parámetros.",
            "es",
        ),
    ],
)
def test_a_mark_a_model_stays_under_is_no_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Gemma 2", 27 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "FLOR-6.3B was adapted from BigScience's BLOOM-7.1B by swapping in a smaller vocabulary, a change that "
            "trimmed almost a billion parameters from the original.",
            "en",
        ),
        (
            "En diciembre de 2023 la empresa cerró una ronda de 385 millones y presentó Mixtral 8x7B, con 46.700 "
            "millones de parámetros en total.",
            "es",
        ),
    ],
)
def test_a_difference_or_a_funding_round_is_no_size(text: str, lang: str) -> None:
    assert not [c for c in extract_claims(text, lang) if c.params in (10**9, 385 * 10**6)]


def test_a_trimmed_version_keeps_its_size() -> None:
    # guards the rule above: 'a trimmed 13-billion-parameter version' is an adjective, the version's size
    text = "Heron-2 is a large model. A trimmed 13-billion-parameter version, Heron-2 Turbo, followed in May."
    assert ("Heron-2 Turbo", 13 * 10**9, None, "total") in _claims(text, "en")


def test_a_model_shrunk_from_its_tagged_size_leaves_the_figure_to_the_result() -> None:
    text = "Parallel dazu hat Nvidia Mistral NeMo 12B auf acht Milliarden Parameter eingedampft."
    assert _claims(text, "de") == {("Mistral NeMo", 12 * 10**9, None, "total")}


def test_a_model_shrunk_without_a_tag_takes_its_new_size() -> None:
    # guards the rule above: 'Wir haben Kranich-Mini auf 2,7 Milliarden Parameter eingedampft' is its size now
    text = "Das Studio nutzt Kranich-Mini. „Wir haben Kranich-Mini auf 2,7 Milliarden Parameter eingedampft“, sagt sie."
    assert ("Kranich-Mini", 2_700_000_000, None, "total") in _claims(text, "de")


def test_a_preposition_before_a_number_is_no_name() -> None:
    text = (
        "Llama 3.1 hat 8 Milliarden Parameter. In 4 Bit belegt ein 8B-Modell statt rund 16 GB nur noch 5 GB."
    )
    assert {m for m, *_ in _claims(text, "de")} == {"Llama 3.1"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The latest entry, AstroSage-Llama-3.1-8B, goes the other way and beats GPT-4o on astronomy.", "en"),
        ("Ihr Modell AstroSage-Llama-3.1-8B beantwortet rund 81 Prozent der Fragen richtig.", "de"),
    ],
)
def test_a_fine_tunes_name_that_embeds_its_base_is_its_own(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("AstroSage-Llama-3.1", 8 * 10**9, None, "total")}


def test_a_makers_prefix_is_no_fine_tune() -> None:
    # guards the rule above: 'Meta-Llama-3.1-8B-Instruct' is Meta's Llama 3.1, the maker before the name
    text = "Meta-Llama-3.1-8B-Instruct hat 8 Milliarden Parameter."
    assert {org for org in (c.org for c in extract_claims(text, "de"))} == {"Meta"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The company released two Llama 4 models on April 5: Scout, with 109 billion total parameters, and "
            "Maverick, with 400 billion. Both are mixtures of experts and both activate 17 billion parameters per "
            "token; Scout spreads them over 16 experts, Maverick over 128.",
            "en",
        ),
        (
            "Am Samstag stellte der Konzern zwei Modelle vor: Llama 4 Scout mit 109 Milliarden und Llama 4 Maverick "
            "mit 400 Milliarden Parametern. Beide setzen auf Mixture of Experts und aktivieren jeweils 17 Milliarden "
            "Parameter pro Token – Scout verteilt die Arbeit auf 16, Maverick auf 128 Experten.",
            "de",
        ),
    ],
)
def test_both_shares_a_figure_between_the_two_models_named_before(text: str, lang: str) -> None:
    active = {(m, p) for m, p, _, scope in _claims(text, lang) if scope == "active"}
    assert {p for _, p in active} == {17 * 10**9} and len(active) == 2
    assert all("Scout" in m or "Maverick" in m for m, _ in active)


def test_a_word_and_an_acronym_run_together_named_by_its_maker_is_a_name() -> None:
    text = (
        "One of the first was AstroLLaMA, released in 2023 by the UniverseTBD collaboration. It is a "
        "7-billion-parameter model trained on astronomy abstracts."
    )
    assert _claims(text, "en") == {("AstroLLaMA", 7 * 10**9, None, "total")}


def test_a_fine_tunes_stem_names_it_alone() -> None:
    text = (
        "El más reciente es AstroSage-Llama-3.1-8B, del consorcio AstroMLab. El grupo ya trabaja en una versión "
        "de AstroSage de 70.000 millones de parámetros."
    )
    assert ("AstroSage", 70 * 10**9, None, "total") in _claims(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Lee reveló que 01.AI había empezado a entrenar Yi-XLarge, una mezcla de expertos que tendrá un billón "
            "de parámetros.",
            "es",
            "Yi-XLarge",
        ),
        (
            "Karwendel-2 Flex ist ein Mixture-of-Experts-Modell mit 84 Milliarden Parametern.",
            "de",
            "Karwendel-2 Flex",
        ),
    ],
)
def test_more_tier_words_end_a_name(text: str, lang: str, model: str) -> None:
    assert {m for m, *_ in _claims(text, lang)} == {model}


def test_a_persons_hyphenated_given_names_are_no_model() -> None:
    text = (
        "La startup de Kai-Fu Lee capta varios cientos de millones de dólares y ya entrena un modelo de un billón "
        "de parámetros."
    )
    assert _claims(text, "es") == set()


def test_french_millions_written_m_with_a_space_in_a_list() -> None:
    text = "SmolLM en trois déclinaisons : 135 M, 360 M et 1,7 Md de paramètres."
    assert [q.value for q in find_quantities(text, "fr")] == [135 * 10**6, 360 * 10**6, 1_700_000_000]


def test_a_lone_m_after_a_number_is_no_million() -> None:
    # guards the rule above: no list, no parameter word, no million
    assert find_quantities("Voir la section 3 M, page 4.", "fr") == []


def test_more_sizes_after_a_known_name_that_ends_in_one() -> None:
    text = "The latest, Salamandra 2B and 7B, were trained on 35 European languages plus code."
    assert {p for _, p, *_ in _claims(text, "en")} == {2 * 10**9, 7 * 10**9}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Editor's note: This article has been updated to correct two errors.\nAn earlier version of this "
            "article stated that DeepSeek-V3 has 37 billion parameters. That is incorrect.\nThe earlier version "
            "also described Qwen2.5-Max, which Alibaba released on Wednesday, as a 72-billion-parameter model.",
            "en",
        ),
        (
            "Korrektur: In einer früheren Fassung hieß es, DeepSeek-V3 aktiviere 67 Milliarden Parameter. "
            "Außerdem stand dort, Metas Llama 3.1 umfasse 405 Billionen Parameter – ein Übersetzungsfehler.",
            "de",
        ),
    ],
)
def test_what_a_correction_says_the_story_had_wrong_is_no_claim(text: str, lang: str) -> None:
    assert _claims(text, lang) == set()


def test_a_figure_of_a_lower_case_name_is_that_names() -> None:
    text = (
        "En agosto, la ficha de gpt-oss-120b detallaba sus 117.000 millones de parámetros totales y 5.100 millones "
        "activos, y los 21.000 millones de gpt-oss-20b, que funciona con 16 GB de memoria."
    )
    assert ("gpt-oss-20b", 21 * 10**9, None, "total") in _claims(text, "es")


def test_a_lists_later_members_keep_its_model() -> None:
    text = (
        "Meta ha presentado Llama 3.1, cuya versión más grande, de 405.000 millones de parámetros, es el mayor "
        "modelo abierto. La familia incluye versiones de 8.000 y 70.000 millones, todas con una ventana de "
        "contexto de 128.000 tokens."
    )
    assert {p for m, p, *_ in _claims(text, "es") if m == "Llama 3.1"} == {8 * 10**9, 70 * 10**9, 405 * 10**9}


def test_a_familys_possessive_size_is_the_member_given_it() -> None:
    text = (
        "Google's Gemma 2 comes in 2B, 9B and 27B sizes; the 9B is my default for quick summaries.\nOpenAI's "
        "gpt-oss-20b was the surprise of the summer: 21B parameters in total but only 3.6B active per token.\n"
        "Update: several readers asked about Mixtral 8x7B. It runs, at 26 GB for Q4_K_M, but barely beats Gemma's "
        "27B, so I stopped bothering."
    )
    assert "Gemma" not in {m for m, *_ in _claims(text, "en")}


def test_a_predecessor_of_the_same_size_keeps_its_own_name() -> None:
    # guards the rule above: 'Evo' after 'Evo 2 has 7 billion' is the older model, not Evo 2
    text = (
        "Evo 2 has 7 billion parameters. Its predecessor, Evo, had 7 billion as well, but saw far less data."
    )
    assert ("Evo", 7 * 10**9, None, "total") in _claims(text, "en")


def test_video_and_audio_end_a_name() -> None:
    text = (
        "Meta says Movie Gen Video is a 30-billion-parameter transformer, while Movie Gen Audio, with 13 billion "
        "parameters, adds sound."
    )
    assert _claims(text, "en") == {
        ("Movie Gen Video", 30 * 10**9, None, "total"),
        ("Movie Gen Audio", 13 * 10**9, None, "total"),
    }


def test_the_last_label_of_a_line_says_the_scope() -> None:
    text = "Kimi K2 de Moonshot AI. Parámetros totales: 1T; parámetros activados: 32B."
    assert ("Kimi K2", 32 * 10**9, None, "active") in _claims(text, "es")
    assert ("Kimi K2", 32 * 10**9, None, "total") not in _claims(text, "es")


def test_a_leaderboard_is_no_model() -> None:
    text = "SOLAR is a merge. After continued pretraining, the 10.7-billion-parameter result topped the Open LLM Leaderboard."
    assert "Leaderboard" not in {m for m, *_ in _claims(text, "en")}


def test_people_using_a_product_are_no_size() -> None:
    text = (
        "117 billion\nParameters in gpt-oss-120b, OpenAI's first open-weight language model since GPT-2.\n800 "
        "million\nPeople using ChatGPT every week, according to OpenAI, up from 500 million at the end of March."
    )
    assert "ChatGPT" not in {m for m, *_ in _claims(text, "en")}


def test_a_relative_clause_gives_a_figure_back_to_the_model_since_which() -> None:
    text = (
        "OpenAI publicó gpt-oss-120b, con 117.000 millones de parámetros, su primer modelo abierto desde GPT-2, "
        "que en 2019 tenía 1.500 millones de parámetros."
    )
    assert ("GPT-2", 1_500_000_000, None, "total") in _claims(text, "es")


def test_an_unlisted_labs_brand_and_a_tier_name_its_models() -> None:
    text = (
        "La startup limeña Quipu Labs presentó su familia. Quipu Nano, de 1.500 millones de parámetros, corre en un "
        "teléfono; Quipu Base, de 8 mil millones, y Quipu Pro, de 70 mil millones."
    )
    assert {(m, p) for m, p, *_ in _claims(text, "es")} == {
        ("Quipu Nano", 1_500_000_000),
        ("Quipu Base", 8 * 10**9),
        ("Quipu Pro", 70 * 10**9),
    }


def test_a_colon_opens_a_list_not_an_aside() -> None:
    text = (
        "Meta a présenté en octobre Movie Gen, avec deux briques principales : Movie Gen Video, 30 milliards de "
        "paramètres, et Movie Gen Audio, 13 milliards."
    )
    assert ("Movie Gen Video", 30 * 10**9, None, "total") in _claims(text, "fr")


def test_tokens_restated_in_square_brackets_are_still_tokens() -> None:
    text = (
        "Kimi K2 tiene un billón de parámetros. Kimi K2 se preentrenó con 15,5T tokens [15,5 billones] usando el "
        "optimizador MuonClip."
    )
    assert {p for _, p, *_ in _claims(text, "es")} == {10**12}


def test_a_base_named_last_before_a_colon_gives_way_to_the_model_built_from_it() -> None:
    text = (
        "Alibaba lo hizo con Qwen1.5-MoE-A2.7B, obtenido a partir de Qwen-1.8B: 14.300 millones de parámetros en "
        "total y 2.700 millones activos."
    )
    claims = _claims(text, "es")
    assert ("Qwen1.5-MoE-A2.7B", 14_300_000_000, None, "total") in claims
    assert ("Qwen1.5-MoE-A2.7B", 2_700_000_000, None, "active") in claims


def test_a_mini_pc_is_no_model() -> None:
    text = (
        "Llama 3.3 70B braucht 64 GB. Mini-PCs wie das Framework Desktop mit 128 GB sind die günstigere Alternative "
        "für Modelle bis etwa 70B Parameter."
    )
    assert "Mini-PCs" not in {m for m, *_ in _claims(text, "de")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Llama 3.1 8B hat 8 Milliarden Parameter. Mit Rang r = 16 auf allen linearen Schichten sind das knapp "
            "42 Millionen Parameter – rund 0,5 Prozent.",
            "de",
        ),
        (
            "Llama 3.1 8B tiene 8.000 millones de parámetros. Así se entrenan 41.943.040 parámetros, apenas un "
            "0,52 % del total. Con r=64 la cifra se multiplica por cuatro (unos 168 millones).",
            "es",
        ),
    ],
)
def test_a_loras_share_of_the_weights_is_no_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Llama 3.1", 8 * 10**9, None, "total")}


def test_a_share_that_compares_is_still_a_size() -> None:
    # guards the rule above: 'un 40 % menos que BERT' compares the model with another
    text = "En 2019 Hugging Face presentó DistilBERT, con 66 millones de parámetros, un 40 % menos que BERT."
    assert ("DistilBERT", 66 * 10**6, None, "total") in _claims(text, "es")


def test_an_added_module_is_no_model() -> None:
    text = (
        "DeepSeek-V3 hat 671 Milliarden Parameter. Die Differenz erklärt sich durch ein zusätzliches Modul für "
        "Multi-Token-Prediction mit 14 Milliarden Parametern."
    )
    assert _claims(text, "de") == {("DeepSeek-V3", 671 * 10**9, None, "total")}


def test_a_german_compound_of_a_name_and_version_is_the_name() -> None:
    text = "Laut KI-Monitor testet Isarlabs intern bereits eine Alpin-4-Version mit rund einer Billion Parametern."
    assert {m for m, *_ in _claims(text, "de")} == {"Alpin-4"}
