"""Session 28: the rules learned this session (a figure that leaves out the noun of the figure before it, past a
name's size tag: 'auf 18 Billionen Tokens trainiert, Gemma 2 9B auf 8 Billionen'; a German noun after a figure
that says what it counts: 'mit 1,2 Millionen Produktdatenblättern')."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from tests.claim_sets import claims_of as _claims
from tests.claim_sets import sizes_of as _sizes

B = 10**9
M = 10**6


ELIDED_TOKENS = [
    (
        "Auch Alibabas Qwen2.5 mit 72 Milliarden Parametern wurde auf bis zu 18 Billionen Tokens trainiert, "
        "Googles Gemma 2 9B auf 8 Billionen.",
        "de",
        8 * 10**12,
    ),
    (
        "Qwen2.5, with 72 billion parameters, was trained on up to 18 trillion tokens, and Gemma 2 9B on 8 trillion.",
        "en",
        8 * 10**12,
    ),
]


@pytest.mark.parametrize(("text", "lang", "tokens"), ELIDED_TOKENS)
def test_a_figure_that_leaves_out_the_noun_before_counts_it_too(text: str, lang: str, tokens: int) -> None:
    sizes = _sizes(text, lang)
    assert tokens not in sizes
    assert 72 * B in sizes  # guard: the parameter count stays


def test_guard_a_parallel_figure_of_parameters_stays():
    text = "Llama 3.1 kommt auf 405 Milliarden Parameter, Qwen2.5 auf 72 Milliarden."
    assert {405 * B, 72 * B} <= _sizes(text, "de")


GERMAN_COUNTED_NOUNS = [
    "Grundlage ist das offene Sprachmodell Gemma 2 von Google in der Variante mit neun Milliarden Parametern, das "
    "Voltaris mit 1,2 Millionen Produktdatenblättern und 300.000 Beratungsgesprächen nachtrainiert hat.",
    "Mistral 7B hat 7 Milliarden Parameter; das Team hat es mit 40 Millionen anonymisierten Kundenanfragen "
    "weitertrainiert.",
]


@pytest.mark.parametrize("text", GERMAN_COUNTED_NOUNS)
def test_a_german_noun_after_a_figure_says_what_it_counts(text: str) -> None:
    sizes = _sizes(text, "de")
    assert sizes and all(size >= B for size in sizes)


@pytest.mark.parametrize(
    ("text", "model", "params", "scope"),
    [
        (
            "DeepSeek-V3 hat 671 Milliarden Parameter, von denen 37 Milliarden je Token aktiv sind.",
            "DeepSeek-V3",
            37 * B,
            "active",
        ),
        ("Falcon hat 180 Milliarden einzelne Parameter.", "Falcon", 180 * B, "total"),
        ("Llama 3.1 bringt 405 Milliarden Parameter mit.", "Llama 3.1", 405 * B, "total"),
        (
            "Mixtral 8x22B hat 141 Mrd. Parameter, aktiv sind je Token rund 39 Mrd. Katrin Vogt hält das für viel.",
            "Mixtral 8x22B",
            39 * B,
            "active",
        ),
    ],
)
def test_guard_parameter_nouns_and_per_token_phrases_keep_the_count(
    text: str, model: str, params: int, scope: str
) -> None:
    assert (model, params, scope) in _claims(text, "de")


CORRECTION_COLUMNS = [
    (
        "Rectificatifs et précisions\n\nDans notre numéro 41, nous avons attribué à Falcon « 180 millions de "
        "paramètres ». Il fallait lire 180 milliards.",
        "fr",
        180 * M,
        180 * B,
    ),
    (
        "Fe de erratas y aclaraciones\n\nEn el número 97 dijimos que Gemma 2 tenía 27 millones de parámetros. Son "
        "27.000 millones de parámetros.",
        "es",
        27 * M,
        27 * B,
    ),
    (
        "Korrekturen und Klarstellungen\n\nIn Ausgabe 12 hieß es, Falcon habe 180 Millionen Parameter. Richtig ist: "
        "Das Modell des TII hat 180 Milliarden Parameter.",
        "de",
        180 * M,
        180 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "wrong", "right"), CORRECTION_COLUMNS)
def test_a_corrections_column_takes_back_what_the_outlet_said(
    text: str, lang: str, wrong: int, right: int
) -> None:
    found = {(c.model, c.params) for c in extract_claims(text, lang)}
    assert all(params != wrong for _, params in found)
    assert all(not model.startswith(("Ausgabe", "Issue", "Número", "Numéro")) for model, _ in found)
    assert right in {params for _, params in found}


def test_a_correction_quoted_inside_a_paragraph_takes_back_the_figure_before_it():
    text = (
        'The Herald had to correct itself. Its Friday edition said Falcon had "180 million parameters"; by '
        'Saturday the website carried a note: "Correction: Falcon has 180 billion parameters, not 180 million as '
        'originally stated."'
    )
    assert _sizes(text, "en") == {180 * B}


BARE_FIGURES_THEN_MORE = [
    ("GPT-2 had 1.5 billion parameters. Its successor GPT-3 jumped to 175 billion the following year.", "en"),
    (
        "GPT-2 comptait 1,5 milliard de paramètres. Son successeur GPT-3 est passé à 175 milliards l'année suivante.",
        "fr",
    ),
    (
        "GPT-2 tenía 1.500 millones de parámetros. Su sucesor GPT-3 saltó a 175.000 millones al año siguiente.",
        "es",
    ),
    (
        "Parameter counts mean little. GPT-3 had 175 billion and people said it was too big to be useful.",
        "en",
    ),
]


@pytest.mark.parametrize(("text", "lang"), BARE_FIGURES_THEN_MORE)
def test_a_bare_figure_followed_by_a_time_or_a_new_clause_is_a_count(text: str, lang: str) -> None:
    assert ("GPT-3", 175 * B, "total") in _claims(text, lang)


def test_guard_users_right_after_a_figure_still_count_users():
    text = "Llama 3 has 70 billion parameters. The app built on it reached 1.2 billion active users."
    assert _sizes(text, "en") == {70 * B}


ADJECTIVE_FIGURES = [
    (
        "Hanbit AI released Daon-3 on Monday. The model comes in two sizes: a 32-billion-parameter version for "
        "servers and a 3-billion one for phones.",
        "Daon-3",
        {32 * B, 3 * B},
    ),
    (
        "Meta's Llama 3.1 models, from the 8-billion up to the 405-billion-parameter version, ship under a custom "
        "licence.",
        "Llama 3.1",
        {8 * B, 405 * B},
    ),
]


@pytest.mark.parametrize(("text", "model", "sizes"), ADJECTIVE_FIGURES)
def test_adjective_figures_share_the_parameter_noun_one_of_them_spells_out(
    text: str, model: str, sizes: set[int]
) -> None:
    assert {(model, size, "total") for size in sizes} <= _claims(text, "en")


def test_guard_adjective_figures_without_a_parameter_compound_are_no_counts():
    text = "Llama 3.1 has 405 billion parameters. Meta also announced a 7-billion fund and a 2-billion grant programme."
    assert _sizes(text, "en") == {405 * B}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Los modelos pequeños tienen pocos parámetros. El equipo usó la versión de 8.000 millones de Llama 3.1.",
            "es",
        ),
        (
            "Small models have few parameters. The team used the 8-billion version of Llama 3.1 for the prototype.",
            "en",
        ),
        (
            "Les petits modèles ont peu de paramètres. L'équipe a utilisé la version de 8 milliards de Llama 3.1.",
            "fr",
        ),
    ],
)
def test_a_version_of_a_size_of_a_named_model_sizes_it(text: str, lang: str) -> None:
    assert ("Llama 3.1", 8 * B, "total") in _claims(text, lang)


def test_guard_a_version_of_a_size_of_something_unnamed_sizes_no_model():
    text = "Small models have few parameters. Llama 3.1 is popular; the team used the 8-billion version of the app."
    assert 8 * B not in _sizes(text, "en")


def test_a_bare_tier_an_estimate_puts_at_a_figure_is_the_model_named_before():
    text = (
        "Kyro-3 Ultra is a mixture-of-experts model; its size is unknown. Kyro-3 Flash is smaller. Rina Takahashi "
        "of Epochwise timed the first token on long prompts: she puts Ultra at about 45B active parameters."
    )
    assert ("Kyro-3 Ultra", 45 * B, "active") in _claims(text, "en")


def test_guard_a_tier_word_before_a_time_is_no_estimate_of_it():
    # (the pattern itself: a clock time after 'at' is no figure an estimate puts a model at)
    from claimwatch.extract.names import BARE_TIER_AFTER

    assert BARE_TIER_AFTER.match("Max at 9 a.m. sharp", 3) is None
    assert BARE_TIER_AFTER.match("Ultra at about 45B active parameters", 5) is not None


def test_a_new_name_after_its_makers_first_word_carries_it():
    text = "Boston-based Motrix Robotics says its new Motrix VLA-2 has 12 billion parameters."
    assert ("Motrix VLA-2", 12 * B, "total") in _claims(text, "en")


def test_guard_a_name_the_text_also_writes_alone_stays_alone():
    text = (
        "Aurelian Labs hat Aurelian Vega-4 vorgestellt. Vega-4 hat laut Unternehmen 1,3 Billionen Parameter "
        "insgesamt, davon 110 Milliarden aktiv pro Token."
    )
    assert {model for model, _, _ in _claims(text, "de")} == {"Vega-4"}


GAPPED = [
    ("Whisper large had 1,550 million parameters, Whisper tiny just 39 million.", "en"),
    ("Whisper large hat 1.550 Millionen Parameter, Whisper tiny nur 39 Millionen.", "de"),
    ("Whisper large tiene 1.550 millones de parámetros, y Whisper tiny apenas 39 millones.", "es"),
    ("Whisper large compte 1 550 millions de paramètres, Whisper tiny seulement 39 millions.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), GAPPED)
def test_the_next_names_count_with_its_verb_left_out_is_a_count(text: str, lang: str) -> None:
    assert {("Whisper large", 1550 * M, "total"), ("Whisper tiny", 39 * M, "total")} <= _claims(text, lang)


def test_guard_a_gapped_figure_with_its_own_noun_is_no_count():
    text = "Whisper large had 1,550 million parameters, Whisper tiny just 39 million downloads."
    assert 39 * M not in _sizes(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        (
            "El Llama 3.1 de Meta tiene 405 billones de parámetros en su versión más grande.",
            "es",
            "Llama 3.1",
            405 * B,
        ),
        ("GPT-3 compte 175 billions de paramètres, selon OpenAI.", "fr", "GPT-3", 175 * B),
    ],
)
def test_a_long_scale_word_larger_than_any_model_is_an_english_billion(
    text: str, lang: str, model: str, params: int
) -> None:
    assert (model, params, "total") in _claims(text, lang)


def test_guard_the_largest_rumour_keeps_its_long_scale():
    text = "Un rumor decía que GPT-4 tendría 100 billones de parámetros."
    assert ("GPT-4", 10**14, "total") in _claims(text, "es")


def test_guard_a_joke_figure_is_not_read_again():
    text = "Mon voisin prépare TartiFlette-9000T, « 9 000 billions de paramètres », dit-il en riant."
    assert 9 * 10**12 not in _sizes(text, "fr")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mixtral 8x7B a 46,7 milliards de paramètres. Une piste : relever le seuil à 70 milliards de paramètres.",
            "fr",
        ),
        (
            "Mixtral 8x7B has 46.7 billion parameters. One idea is to raise the threshold of 70 billion parameters.",
            "en",
        ),
        (
            "Mixtral 8x7B hat 46,7 Milliarden Parameter. Im Gespräch ist eine Schwelle von 70 Milliarden Parametern.",
            "de",
        ),
    ],
)
def test_a_threshold_is_no_models_size(text: str, lang: str) -> None:
    assert _sizes(text, lang) == {46_700_000_000}


def test_guard_a_threshold_a_model_reached_is_its_size():
    text = "Moonshot AI hat mit Kimi K2 die Schwelle von einer Billion Parametern erreicht."
    assert ("Kimi K2", 10**12, "total") in _claims(text, "de")
