"""Articles about models beyond chat (speech, weather, image and video), and the phrasing of columns and
funding stories: a model made from another, a size tag that is part of a name, a code name in French quotation
marks, a name in apposition to an unnamed model, the newsroom's own scoop, a confirmation denied, an imagined size."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int]]:
    return {(c.model, c.params) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Whisper large-v3-turbo has 809 million parameters; Google's Universal Speech Model (USM) has 2 billion.",
            "en",
            {("whisper-large-v3-turbo", 809 * 10**6), ("universal-speech-model", 2 * 10**9)},
        ),
        (
            "Pangu-Weather kommt auf etwa 256 Millionen Parameter, Prithvi WxC von NASA und IBM auf 2,3 Milliarden.",
            "de",
            {("pangu-weather", 256 * 10**6), ("prithvi-wxc", 2_300_000_000)},
        ),
        (
            "Genmo a publié Mochi 1, un modèle vidéo de 10 milliards de paramètres.",
            "fr",
            {("mochi-1", 10 * 10**9)},
        ),
        (
            "Massively Multilingual Speech (MMS) usa modelos de 1.000 millones de parámetros.",
            "es",
            {("massively-multilingual-speech", 10**9)},
        ),
    ],
)
def test_speech_weather_and_video_models_are_known(text: str, lang: str, expected: set) -> None:
    assert {(c.model_id, c.params) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The first DALL-E, back in 2021, was a 12-billion-parameter version of GPT-3 trained on image pairs.",
            "en",
            {("DALL-E", 12 * 10**9)},
        ),
        (
            "Das erste DALL-E war eine 12-Milliarden-Parameter-Version von GPT-3.",
            "de",
            {("DALL-E", 12 * 10**9)},
        ),
        (
            "In EleutherAI's tests GPT-J performed on par with the 6.7-billion-parameter version of GPT-3.",
            "en",
            {("GPT-3", 6_700_000_000)},
        ),
    ],
)
def test_a_model_made_as_a_version_of_another_keeps_its_size(text: str, lang: str, expected: set) -> None:
    """'DALL-E was a 12-billion-parameter version of GPT-3': GPT-3 is what DALL-E was made from; but 'the
    6.7-billion-parameter version of GPT-3' is one of GPT-3's own."""
    assert _claims(text, lang) == expected


def test_a_digit_glued_to_a_capital_inside_a_name_is_no_size_tag() -> None:
    text = "De Whisper a SeamlessM4T, los modelos de voz crecen. Hunyuan-A13B activa pocos parámetros."
    assert {(c.params, c.scope) for c in extract_claims(text, "es")} == {(13 * 10**9, "active")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Météo-France développe son propre réseau, nom de code « Cirrus », qui devrait compter « environ 200 "
            "millions de paramètres ».",
            "fr",
            {("Cirrus", 200 * 10**6)},
        ),
        (
            "« Notre prochain modèle, Korrig-Max, aura environ 300 milliards de paramètres », affirme son patron. "
            "Une version intermédiaire de 70 milliards de paramètres, Korrig-Mid, est déjà testée.",
            "fr",
            {("Korrig-Max", 300 * 10**9), ("Korrig-Mid", 70 * 10**9)},
        ),
    ],
)
def test_a_name_in_french_quotes_or_in_apposition_names_the_unnamed_model(
    text: str, lang: str, expected: set
) -> None:
    """'nom de code « Cirrus »' past the space inside French quotes; 'une version de 70 milliards de paramètres,
    Korrig-Mid, est ...': the name in apposition right after an unnamed model is its name."""
    assert _claims(text, lang) == expected


def test_the_newsrooms_own_scoop_is_reported() -> None:
    text = (
        "Korrig AI lève 450 millions d'euros. Selon nos informations, une version de 70 milliards de "
        "paramètres, Korrig-Mid, est déjà testée chez deux banques."
    )
    assert [(c.model, c.status) for c in extract_claims(text, "fr")] == [("Korrig-Mid", "reported")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Parameters matter less than you think. OpenAI has never confirmed that GPT-4 has 1.76 trillion "
            "parameters.",
            "en",
            {("GPT-4", 1_760_000_000_000, "rumored")},
        ),
        ("GPT-5 aura beaucoup de paramètres. Imaginez qu'il en compte dix billions.", "fr", set()),
        ("Stell dir vor, GPT-5 hätte zehn Billionen Parameter.", "de", set()),
    ],
)
def test_a_denied_confirmation_is_a_rumour_and_an_imagined_size_no_claim(
    text: str, lang: str, expected: set
) -> None:
    assert {(c.model, c.params, c.status) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Musk said Grok 3 and Grok 4 were built on a base model of 3 trillion parameters.", "en"),
        ("Grok 3 und Grok 4 basieren laut Musk auf einem Modell mit drei Billionen Parametern.", "de"),
        ("Según Musk, Grok 3 y Grok 4 se basan en un modelo de 3 billones de parámetros.", "es"),
    ],
)
def test_two_models_built_on_one_base_share_its_size(text: str, lang: str) -> None:
    """'Grok 3 and Grok 4 were built on a base model of 3 trillion': the pair shares the figure of its base."""
    assert _claims(text, lang) == {("Grok 3", 3 * 10**12), ("Grok 4", 3 * 10**12)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "📌 gpt-oss-120b: 117B params tot. / 5,1B act. (MoE)\n📌 GLM-4.5 (Z.ai, 28/7) → 355B tot. / 32B act.",
            "es",
            {
                ("gpt-oss-120b", 117 * 10**9, "total"),
                ("gpt-oss-120b", 5_100_000_000, "active"),
                ("GLM-4.5", 355 * 10**9, "total"),
                ("GLM-4.5", 32 * 10**9, "active"),
            },
        ),
        (
            'Rakuten AI 3.0 will have about 700 billion parameters. "Nobody in retail needs a trillion-parameter '
            'model to sell rice cookers," said one consultant.',
            "en",
            {("Rakuten AI 3.0", 700 * 10**9, "total")},
        ),
    ],
)
def test_a_digests_abbreviated_scopes_and_a_size_of_no_model(text: str, lang: str, expected: set) -> None:
    """'117B params tot. / 5,1B act.': a newsletter's abbreviations for total and active; 'needs a
    trillion-parameter model': the article of the figure makes it any model, not the one named before."""
    assert {(c.model, c.params, c.scope) for c in extract_claims(text, lang)} == expected


def test_ours_after_a_rivals_size_is_not_the_rivals() -> None:
    text = (
        "Le cégep utilise Mistral Small 3.1, un modèle de 24 milliards de paramètres. « GPT-4 compterait, selon "
        "les rumeurs, quelque 1,8 billion de paramètres. Le nôtre en a 24 milliards, et cela suffit. »"
    )
    claims = {(c.model, c.params) for c in extract_claims(text, "fr")}
    assert ("GPT-4", 24 * 10**9) not in claims
    assert ("GPT-4", 1_800_000_000_000) in claims


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Wie schlagen sich Großmodelle wie BLOOM mit 176 Milliarden Parametern gegen heutige Kompaktmodelle?",
            "de",
            {("BLOOM", 176 * 10**9)},
        ),
        ("Das Team von Aleph Alpha schweigt. Gibt es ein Pharia mit 30B?", "de", set()),
        (
            "Unser Team hat die Luminous-Familie entwickelt – von Luminous-base mit 13 Milliarden über "
            "Luminous-extended mit 30 Milliarden bis zu Luminous-supreme mit rund 70 Milliarden Parametern.",
            "de",
            {
                ("Luminous-base", 13 * 10**9),
                ("Luminous-extended", 30 * 10**9),
                ("Luminous-supreme", 70 * 10**9),
            },
        ),
    ],
)
def test_a_question_keeps_a_size_attached_to_a_name_and_a_chain_counts_every_step(
    text: str, lang: str, expected: set
) -> None:
    """'Großmodelle wie BLOOM mit 176 Milliarden Parametern ... ?' takes the size as given ('Gibt es ein Pharia mit
    30B?' asks it); 'von A mit 13 Milliarden über B mit 30 Milliarden bis zu C mit 70 Milliarden Parametern': the
    word after the last figure counts them all."""
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Selon George Hotz, GPT-4 = 8 experts de 220 Md, soit 1,76 billion de paramètres.",
            "fr",
            {("GPT-4", 1_760_000_000_000)},
        ),
        ("Me confirman que GPT-4 es un MoE de 8 expertos × 220.000 millones de parámetros.", "es", set()),
        (
            "Mixtral 8x7B a 46,7 milliards de paramètres. Son nom laisse croire à huit experts de 7 milliards, soit "
            "56 milliards de paramètres.",
            "fr",
            {("Mixtral 8x7B", 46_700_000_000)},
        ),
    ],
)
def test_experts_counted_in_digits_are_parts_and_their_sum_the_whole(
    text: str, lang: str, expected: set
) -> None:
    """'8 experts de 220 Md' sizes a part; 'soit 1,76 billion' after it is the whole, unless the sentence says
    the sum misleads ('Son nom laisse croire à huit experts de 7 milliards, soit 56')."""
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "span_low", "span_high"),
    [
        ("la familia Qwen2.5, que va de 0,5 a 72.000 millones de parámetros", 500 * 10**6, 72 * 10**9),
        ("Llama 2 va de 7 a 70.000 millones de parámetros", 7 * 10**9, 70 * 10**9),
        ("de 500 a 2.000 millones de parámetros", 500 * 10**6, 2 * 10**9),
        ("de 5 millones a 72.000 millones de parámetros", 5 * 10**6, 72 * 10**9),  # an explicit low end stays
    ],
)
def test_a_low_end_is_read_in_the_thousands_of_millions_of_the_high_end(
    text: str, span_low: int, span_high: int
) -> None:
    from claimwatch.extract.numbers import find_quantities

    assert [(q.value, q.high) for q in find_quantities(text, "es")] == [(span_low, span_high)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Quimera-2 tendrá 30.000 millones de parámetros. Funciones: diseñar experimentos de escalado, desde "
            "1.000 millones de parámetros hasta el modelo final.",
            "es",
            {("Quimera-2", 30 * 10**9)},
        ),
        (
            "Vauban-2 compte 120 milliards de paramètres. Missions : mener des expériences de lois d'échelle (de 100 "
            "millions à 7 milliards de paramètres).",
            "fr",
            {("Vauban-2", 120 * 10**9)},
        ),
        (
            "Distiller Llama 3.1 405B vers un modèle de 8 milliards : qu'est-ce qui se perd ?",
            "fr",
            {("Llama 3.1", 405 * 10**9)},
        ),
    ],
)
def test_scaling_experiments_and_a_distilled_student_are_not_the_model_named(
    text: str, lang: str, expected: set
) -> None:
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Lelapa AIs InkubaLM kommt mit 0,4 Milliarden Parametern aus, Jacaranda Healths UlizaLlama mit sieben "
            "Milliarden.",
            "de",
            {("inkubalm", 400 * 10**6), ("ulizallama", 7 * 10**9)},
        ),
        (
            "Sakana AI a publié TinySwallow, un modèle de 1,5 milliard de paramètres.",
            "fr",
            {("tinyswallow", 1_500_000_000)},
        ),
    ],
)
def test_regional_models_are_known(text: str, lang: str, expected: set) -> None:
    assert {(c.model_id, c.params) for c in extract_claims(text, lang)} == expected


def test_a_part_of_the_tokens_before_counts_tokens() -> None:
    text = "The first Jais had 13 billion parameters and was trained on 395 billion tokens, 116 billion of them Arabic."
    assert _claims(text, "en") == {("Jais", 13 * 10**9)}


def test_a_size_ending_its_clause_after_the_points_back_at_the_model_given_it() -> None:
    text = (
        "Llama 3.1 405B has 405 billion parameters. DeepSeek-R1 is even bigger at 671B parameters, but only 37B "
        "are active per token, so on CPU it should be faster than the dense 405B."
    )
    assert _claims(text, "en") == {
        ("Llama 3.1", 405 * 10**9),
        ("DeepSeek-R1", 671 * 10**9),
        ("DeepSeek-R1", 37 * 10**9),
    }
