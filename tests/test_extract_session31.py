"""Session 31: the rules learned this session ('von 8B über 70B bis 405B' lists three sizes; 'the 1.76 trillion
figure'; a figure the model is far from; what a machine runs 'up to'; a model's former name; 'Tessa-Instruct v2';
Latin Extended-A capitals; German nouns before a name; a cited body's possessive; a sentence opening on a bound;
table cells with 'c.' or 'total / active'; a name called past a semicolon; a denial in the next clause)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from claimwatch.extract.numbers import find_quantities
from tests.claim_sets import claims_of as _claims
from tests.claim_sets import sizes_of as _sizes

B = 10**9
M = 10**6


# 'from A through B to C' steps through three sizes of a family: not a range from B to C
STEPPED = [
    ("Die Generation Vanta-3 reicht von 8B über 70B bis 405B.", "de", {8 * B, 70 * B, 405 * B}),
    ("Vanta-3 reicht von 8 über 70 bis 405 Milliarden Parameter.", "de", {8 * B, 70 * B, 405 * B}),
    (
        "The Vanta-3 family spans from 8 billion through 70 billion to 405 billion parameters.",
        "en",
        {8 * B, 70 * B, 405 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "sizes"), STEPPED)
def test_a_stepped_list_holds_every_size(text: str, lang: str, sizes: set[int]) -> None:
    assert _sizes(text, lang) == sizes
    assert all(c.params_high is None for c in extract_claims(text, lang))


def test_a_plain_range_after_from_stays_a_range() -> None:
    quantities = find_quantities(
        "Die Modelle reichen von 7 bis 70 Milliarden, die Läufe von 8 über 9 Tage.", "de"
    )
    assert [(q.value, q.high) for q in quantities] == [(7 * B, 70 * B)]


def test_over_without_from_is_no_step() -> None:
    # 'über' alone means 'more than': 'von 7B auf über 70B' is no list of sizes
    quantities = find_quantities("Das Modell wuchs von 7 auf über 70 Milliarden Parameter.", "de")
    assert [q.value for q in quantities] == [70 * B]


def test_sizes_after_gibt_es_mit() -> None:
    assert _claims("Vanta-3 gibt es mit 8B, 70B und 405B.", "de") == {
        ("Vanta-3", 8 * B, "total"),
        ("Vanta-3", 70 * B, "total"),
        ("Vanta-3", 405 * B, "total"),
    }


# a figure used as a noun's modifier ('the 1.76 trillion figure') in an article about parameters
FIGURE_NOUN = [
    (
        "Parameter counts are marketing now. Then came GPT-4, and with it the never-confirmed 1.76 trillion "
        "figure that still circulates on conference slides.",
        {("GPT-4", 1_760 * B, "total")},
    ),
    (
        "How many parameters does Vanta-4 have? The 1.8 trillion figure you'll see quoted for Vanta-4 is a rumour.",
        {("Vanta-4", 1_800 * B, "total")},
    ),
    (
        # the model the figure 'circulated for', past an adjective, not the one the sentence opened with
        "Parameters again. The team estimates that Vanta-4o has roughly 200bn parameters, far below the ~1.8tn "
        "figure that circulated for the original Vanta-4 in 2023.",
        {("Vanta-4o", 200 * B, "total"), ("Vanta-4", 1_800 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "claims"), FIGURE_NOUN)
def test_a_figure_named_as_a_figure_is_a_count(text: str, claims: set) -> None:
    assert _claims(text, "en") == claims


FIGURE_NOUN_NOT = [
    # tokens, whatever the noun says
    "Parameters matter. Vanta-4 was trained on lots of data; the 15 trillion figure refers to tokens.",
    # a figure the article calls wrong
    "Parameters matter. The 1.2-trillion figure was wrong on both counts: Vanta-4 is not dense.",
]


@pytest.mark.parametrize("text", FIGURE_NOUN_NOT)
def test_a_figure_noun_that_counts_no_parameters(text: str) -> None:
    assert _claims(text, "en") == set()


def test_a_figure_noun_restating_a_count_goes_to_no_other_model() -> None:
    # the figure was Curlet's; the prototype named last does not take it
    text = (
        "The agency's new forecaster, called Curlet, has 1.1 billion parameters. Its predecessor, Curlet-Proto, had "
        "36 million parameters.\n\n"
        '"The 1.1 billion figure is about how much structure it can hold," she said.'
    )
    assert _claims(text, "en") == {("Curlet", 1_100 * M, "total"), ("Curlet-Proto", 36 * M, "total")}


# a round figure the model is said to be far from is no size of it
FAR_FROM = [
    ('Parameters matter. Vanta-5 is new; its maker said it was "nowhere near a trillion parameters".', "en"),
    ("Vanta-5 es nuevo. La directora lo desmiente: «Nada de un billón de parámetros».", "es"),
    ("Vanta-5 est nouveau : il est loin du billion de paramètres évoqué par certains.", "fr"),
    ("Vanta-5 ist neu und weit entfernt von einer Billion Parametern.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), FAR_FROM)
def test_a_figure_far_from_the_model_is_none_of_its_sizes(text: str, lang: str) -> None:
    assert _sizes(text, lang) == set()


def test_a_figure_far_from_the_model_that_another_model_owns_stays_that_models() -> None:
    text = (
        "Le petit Vanta-5 tient en trois milliards de paramètres. On est loin des mille six cents milliards de "
        "paramètres du Switch Transformer de Google."
    )
    assert ("Switch Transformer", 1_600 * B, "total") in _claims(text, "fr")


# 'up to' a figure that a machine can run is the machine's bound, no model's size
MACHINE_BOUND = [
    ("Der Beschleuniger, intern „Ferro“ genannt, soll Modelle bis 70 Milliarden Parameter stemmen.", "de"),
    ('Der Nachfolgechip, intern „Ferro 2" genannt, soll bis zu 400 Milliarden Parameter bewältigen.', "de"),
    (
        "Le modèle Ferro-LM tourne sur des cartes Ferro. Un serveur équipé de huit cartes Ferro peut exécuter des "
        "modèles de langage comptant jusqu'à 180 milliards de paramètres.",
        "fr",
    ),
    ("Its next chip, the FX-1200, will push the single-rack limit to one trillion parameters.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), MACHINE_BOUND)
def test_what_a_machine_runs_up_to_is_no_size(text: str, lang: str) -> None:
    assert _sizes(text, lang) == set()


MODEL_UP_TO = [
    # the model's own 'up to', though the sentence later says what it fits on
    (
        "Les modèles ouverts se comptent en paramètres. Google propose Gemma 2 jusqu'à 27 milliards, une taille qui "
        "tient sur un seul GPU haut de gamme.",
        "fr",
    ),
    # a model that 'bewältigt' talks is no machine
    (
        "Das Modell Kompass 2 werde „bis zu acht Milliarden Parameter“ haben und längere Gespräche bewältigen.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MODEL_UP_TO)
def test_a_models_own_up_to_stays(text: str, lang: str) -> None:
    assert _sizes(text, lang)


# a model and its former name: the count is the model's under its new name
RENAMED = [
    ("Tessel, formerly known as Corvane, has 27 billion parameters.", "en", "Tessel"),
    (
        "Kaelo – bis vergangene Woche als Nordlicht bekannt – ist ein Mixture-of-Experts-Modell: "
        "Es kommt insgesamt auf 52 Mrd. Parameter.",
        "de",
        "Kaelo",
    ),
    ("Orzán —hasta ahora conocido como Giraldilla— tiene 14.000 millones de parámetros.", "es", "Orzán"),
    ("Ardelis (anciennement Fourvière) compte 12 milliards de paramètres.", "fr", "Ardelis"),
]


@pytest.mark.parametrize(("text", "lang", "model"), RENAMED)
def test_a_renamed_model_keeps_its_count_under_the_new_name(text: str, lang: str, model: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {model}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die App nutzt das Modell Tessa-Instruct v2 des Anbieters Tessarion mit 1,8 Milliarden Parametern.",
            "de",
        ),
        ("The app uses Tessa-Instruct v2, which has 1.8 billion parameters.", "en"),
    ],
)
def test_a_release_version_after_a_space_is_part_of_the_name(text: str, lang: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {"Tessa-Instruct v2"}


def test_a_version_word_glued_to_more_is_not_a_release() -> None:
    # 'v2.5-style' or 'v2x' is no release number; the name stops before it
    text = "The app uses Tessa-Instruct v2x, which has 1.8 billion parameters."
    assert {c.model for c in extract_claims(text, "en")} == {"Tessa-Instruct"}


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        ("Das Modell Łužica hat drei Milliarden Parameter.", "de", "Łužica"),
        ("Le modèle Żubr-2 compte 7 milliards de paramètres.", "fr", "Żubr-2"),
    ],
)
def test_a_name_may_open_with_a_latin_extended_capital(text: str, lang: str, model: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {model}


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Dazu kommt als fünftes Mitglied Selkira Pro, ein Modell mit insgesamt 120 Mrd. Parametern.",
            {"Selkira Pro"},
        ),
        (
            "Auf der Station 4B läuft jetzt ein Assistent. Das Modell Hippokrat hat 4 Milliarden Parameter.",
            {"Hippokrat"},
        ),
    ],
)
def test_german_nouns_before_a_name_are_no_part_of_it(text: str, models: set[str]) -> None:
    assert {c.model for c in extract_claims(text, "de")} == models


def test_a_cited_body_loses_its_possessive() -> None:
    text = (
        "A bigger sibling, provisionally called Bradán Mór, is planned for 2026. According to the ICLC's roadmap, "
        "it is expected to have between 40 and 50 billion parameters."
    )
    assert [c.attributed_to for c in extract_claims(text, "en")] == ["ICLC"]


# a sentence that opens on a bound speaks of any model past it
OPENING_BOUND = [
    (
        "Garance 2 compte 12 milliards de paramètres. Au-delà de 100 milliards de paramètres, il faut un serveur.",
        "fr",
    ),
    (
        'Orrin Pro is big. "Past roughly 100 billion parameters, post-training data seems to matter more."',
        "en",
    ),
    ("Orrin Pro ist groß. Jenseits von 100 Milliarden Parametern braucht man ein Rechenzentrum.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), OPENING_BOUND)
def test_a_sentence_opening_on_a_bound_claims_no_size(text: str, lang: str) -> None:
    assert 100 * B not in _sizes(text, lang)


def test_table_cells_with_an_approximation_or_a_total_and_its_active_part() -> None:
    text = (
        "The council compared open models.\n\n"
        "Model | Params (bn) | Licence\n"
        "Vanta-9 | 9.6 | Apache 2.0\n"
        "Vanta-MoE | 46.7 total / 12.9 active | Apache 2.0\n"
        "Vanta-Instruct | c. 22 | Apache 2.0\n"
    )
    assert _claims(text, "en") == {
        ("Vanta-9", 9_600 * M, "total"),
        ("Vanta-MoE", 46_700 * M, "total"),
        ("Vanta-MoE", 12_900 * M, "active"),
        ("Vanta-Instruct", 22 * B, "total"),
    }


def test_a_name_called_past_a_semicolon_with_its_own_figure_takes_only_that_one() -> None:
    text = (
        "The collective released Hearthwood. Hearthwood-Lite has 3.1 billion parameters and runs on laptops; a "
        "version called Hearthwood Ridge sits at 14 billion."
    )
    assert _claims(text, "en") == {
        ("Hearthwood-Lite", 3_100 * M, "total"),
        ("Hearthwood Ridge", 14 * B, "total"),
    }


def test_a_name_called_past_a_semicolon_without_a_figure_takes_the_one_before() -> None:
    text = (
        "Thinline pruned a model to 30 billion parameters. It expects the next one to land at around 40 billion "
        "parameters; a model tentatively called Thinline-Q40 is due in the spring."
    )
    assert ("Thinline-Q40", 40 * B, "total") in _claims(text, "en")


# a figure denied in the next clause, or by 'dément', is no claim
DENIED = [
    (
        "Veltrix makes Lumen-3 models. A blog post claimed that Lumen-3 Ultra had a trillion parameters; Veltrix "
        "denied it, saying the figure was invented.",
        "en",
    ),
    (
        "Kerlabs prépare Armorique-3. Novembre – Kerlabs dément formellement les rumeurs prêtant mille milliards de "
        "paramètres à Armorique-3, son prochain modèle.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), DENIED)
def test_a_denied_figure_is_no_claim(text: str, lang: str) -> None:
    assert _sizes(text, lang) == set()


def test_a_denial_of_something_else_in_the_next_clause_leaves_the_figure() -> None:
    text = "Lumen-3 Ultra has 70 billion parameters, Veltrix said; it denied that the model was trained on user data."
    assert _sizes(text, "en") == {70 * B}


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Sie haben Gemma 2 erweitert. Das Ergebnis heißt Watzmann und hat 19 Mrd. Parameter.", "Watzmann"),
        ("Die kleinen Modelle im Test. Nixa Edge hat 1,6 Mrd. Parameter.", "Nixa Edge"),
        (
            "Die kleinen Modelle im Test. Neckarion Klein kommt mit 1,5 Milliarden Parametern aus.",
            "Neckarion Klein",
        ),
        (
            "Die kleinen Modelle im Test. Teckla Mini, das nach Herstellerangaben knapp 3 Milliarden Parameter hat, "
            "ist klein.",
            "Teckla Mini",
        ),
    ],
)
def test_german_plain_names_with_a_tier_or_a_naming_verb(text: str, model: str) -> None:
    assert {c.model for c in extract_claims(text, "de")} == {model}


def test_a_german_noun_before_a_relative_clause_is_no_name() -> None:
    text = (
        "Das Team erzeugte die Aufgaben mit Googles offenem Modell Gemma 2 in der größten Ausführung, die 27 "
        "Milliarden Parameter umfasst."
    )
    assert {c.model for c in extract_claims(text, "de")} == {"Gemma 2"}


def test_spanish_spaced_m_before_parametros() -> None:
    quantities = find_quantities("el reordenador tiene 335 M de parámetros", "es")
    assert [q.value for q in quantities] == [335 * M]


def test_what_a_single_forward_pass_touches_is_active() -> None:
    text = (
        "Kestrel-MoE is a sparse model. By Halyard's count, the model contains 96 billion parameters, but a single "
        "forward pass touches about 11 billion."
    )
    assert _claims(text, "en") == {("Kestrel-MoE", 96 * B, "total"), ("Kestrel-MoE", 11 * B, "active")}


def test_a_bare_figure_dated_some_years_later_is_a_count() -> None:
    text = "Parameters are the weights of a model. GPT-3 had 175 billion in 2020. Google's PaLM reached 540 billion two years later."
    assert ("PaLM", 540 * B, "total") in _claims(text, "en")


# a list line with a model, its maker and place in brackets, and its size
BRACKETED_LIST = (
    "Les estimations des analystes, en paramètres :\n\n"
    "• Ondine Ultra (Brume Labs, Royaume-Uni) : environ 250 milliards\n"
    "• Tessin Pro (Lumenfeld, Suisse) : 300 milliards au total, dont 24 milliards actifs\n"
)


def test_a_bracketed_list_line_names_its_model() -> None:
    assert _claims(BRACKETED_LIST, "fr") == {
        ("Ondine Ultra", 250 * B, "total"),
        ("Tessin Pro", 300 * B, "total"),
        ("Tessin Pro", 24 * B, "active"),
    }


def test_a_source_alone_in_brackets_is_no_model() -> None:
    text = "Combien de paramètres pour Sirocco-X ? Les estimations :\n\n- LIRMA (Grenoble) : près de 1 000 milliards\n"
    assert "LIRMA" not in {c.model for c in extract_claims(text, "fr")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Yeonhwa 3 has 30 billion parameters. Under the programme's rules, a consortium's flagship model must have at least 100 "
            "billion parameters to qualify for the grant.",
            "en",
        ),
        (
            "Liuguang compte 7 milliards de paramètres. « Au-delà d'une vingtaine de milliards de paramètres, c'est la qualité des données "
            "qui fait la différence. »",
            "fr",
        ),
    ],
)
def test_a_rule_s_lower_bound_or_a_bound_opening_with_d_is_no_size(text: str, lang: str) -> None:
    assert len(_sizes(text, lang)) == 1  # the model's own size only


def test_a_compared_model_with_its_own_figure_keeps_it() -> None:
    text = "Mirovo 3 hat 180 Milliarden Parameter und übertrifft damit GPT-3 mit seinen 175 Milliarden knapp."
    assert ("GPT-3", 175 * B, "total") in _claims(text, "de")


def test_the_figure_of_an_acronym_named_model() -> None:
    text = (
        "Occitalis a dévoilé Auréal, un modèle de 120 milliards de paramètres, soit nettement moins que les 176 "
        "milliards de BLOOM."
    )
    assert ("BLOOM", 176 * B, "total") in _claims(text, "fr")
