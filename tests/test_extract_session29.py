"""Session 29: the rules learned this session (an API's lower-case model ids with their sizes in brackets:
'kelpie-base-0911 (7B)'; what a model gained is no size; what nobody needs is no model's size; a plain name after the
source a sentence opens with; dash-separated comparison rows; a bare figure after a token count counts tokens; a rounder
restatement of a figure; 'the number of parameters of X'; 'Minerva-Edu 3' is not Minerva; 'called Wrenlet-nano')."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from tests.claim_sets import claims_of as _claims
from tests.claim_sets import sizes_of as _sizes

B = 10**9
M = 10**6


API_IDS = [
    (
        "Moorland AI has published the sizes of its hosted models, a rarity among parameter-shy labs.\n\n"
        "- kelpie-base-0911 (7B): drafting and short answers\n"
        "- kelpie-plus-0911 (~70B total, 12B active): long reports",
        "en",
        {
            ("kelpie-base-0911", 7 * B, "total"),
            ("kelpie-plus-0911", 70 * B, "total"),
            ("kelpie-plus-0911", 12 * B, "active"),
        },
    ),
    (
        "Die Firma Heidlicht nennt in ihrer Dokumentation die Parameter jedes Modells.\n\n"
        "- heidlicht-klein-v3 (2,5 Mrd.) – für Chat\n"
        "- heidlicht-gross-v3 (MoE; 90 Mrd. gesamt, 11 Mrd. aktiv) – für Code",
        "de",
        {
            ("heidlicht-klein-v3", 2_500 * M, "total"),
            ("heidlicht-gross-v3", 90 * B, "total"),
            ("heidlicht-gross-v3", 11 * B, "active"),
        },
    ),
    (
        "La documentación de Cierzo Labs indica los parámetros de cada modelo.\n\n"
        "- cierzo-medio-v4 (12.000 millones): el modelo por defecto\n"
        "- cierzo-mayor-v4 (MoE: 20.000 millones activos de unos 200.000 millones en total): documentos largos",
        "es",
        {
            ("cierzo-medio-v4", 12 * B, "total"),
            ("cierzo-mayor-v4", 20 * B, "active"),
            ("cierzo-mayor-v4", 200 * B, "total"),
        },
    ),
    (
        "La société Brumaire publie la taille de ses modèles, en milliards de paramètres.\n\n"
        "- brumaire-leger-5 (3 Md) : classement de courriels\n"
        "- brumaire-grand-5 (environ 60 Md) : analyse juridique",
        "fr",
        {("brumaire-leger-5", 3 * B, "total"), ("brumaire-grand-5", 60 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), API_IDS)
def test_lower_case_api_ids_with_their_sizes_in_brackets(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


NOT_API_IDS = [
    # a bracket that holds no size, or a size of something else
    (
        "The kelpie-base-0911 (7 million downloads) model was trained with 3 billion parameters, Moorland says.",
        "en",
    ),
    ("Moorland's covid-19 (2 million cases) dashboard uses parameters from the health ministry.", "en"),
    # no digit: an ordinary hyphenated word
    ("The state-of-the-art (40 billion) figure counts parameters of no named model.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_API_IDS)
def test_no_api_id_without_a_size_in_its_bracket(text: str, lang: str) -> None:
    models = {c.model for c in extract_claims(text, lang)}
    assert not models & {"kelpie-base-0911", "covid-19", "state-of-the-art"}


GROWN_BY = [
    (
        "Kelpie 2 has 9 billion parameters; the new version gained two billion parameters over Kelpie 1.",
        "en",
        2 * B,
    ),
    ("Kelpie 2 hat 9 Milliarden Parameter; das Modell wuchs um 2 Milliarden Parameter.", "de", 2 * B),
    (
        "Kelpie 2 tiene 9.000 millones de parámetros; la nueva versión ganó 2.000 millones de parámetros.",
        "es",
        2 * B,
    ),
    (
        "Kelpie 2 compte 9 milliards de paramètres ; la nouvelle version a gagné 2 milliards de paramètres.",
        "fr",
        2 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "delta"), GROWN_BY)
def test_what_a_model_gained_is_no_size(text: str, lang: str, delta: int) -> None:
    sizes = _sizes(text, lang)
    assert 9 * B in sizes
    assert delta not in sizes


NOBODY_NEEDS = [
    (
        "Kelpie 2 has 9 billion parameters. “Nobody needs a trillion parameters to sort invoices,” its maker says.",
        "en",
    ),
    (
        "Kelpie 2 hat 9 Milliarden Parameter. „Eine Billion Parameter braucht in der Buchhaltung niemand“, sagt er.",
        "de",
    ),
    (
        "Kelpie 2 tiene 9.000 millones de parámetros. «Nadie necesita un billón de parámetros para eso», dice.",
        "es",
    ),
    (
        "Kelpie 2 compte 9 milliards de paramètres. « Personne n'a besoin d'un billion de paramètres », dit-il.",
        "fr",
    ),
    (
        "Kelpie 2 hat 9 Milliarden Parameter. „Wer mit einer Billion Parameter wirbt, muss sie bezahlen“, sagt er.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), NOBODY_NEEDS)
def test_what_nobody_needs_is_no_models_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Kelpie 2", 9 * B, "total")}


def test_whoever_runs_a_named_model_runs_its_size() -> None:
    text = "Wer Kelpie 2 in der Variante mit 70 Milliarden Parametern selbst betreiben will, braucht zwei Grafikkarten."
    assert (70 * B) in _sizes(text, "de")


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    text = (
        "Kelpie 2, the new model from Moorland AI, runs on two GPUs. For context, the model holds 90 billion parameters in total, "
        "but only 12 billion of them are active for any given token."
    )
    assert _claims(text, "en") == {("Kelpie 2", 90 * B, "total"), ("Kelpie 2", 12 * B, "active")}


SOURCE_THEN_PLAIN_NAME = [
    (
        "Brisk AI is said to be training a new model. According to two former staff, Kestrel has 40 billion parameters.",
        "en",
    ),
    (
        "Brisk AI entraîne un nouveau modèle. Selon deux anciens salariés, Kestrel compte 40 milliards de paramètres.",
        "fr",
    ),
    (
        "Brisk AI entrena un nuevo modelo. Según dos antiguos empleados, Kestrel tiene 40.000 millones de parámetros.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), SOURCE_THEN_PLAIN_NAME)
def test_a_plain_name_after_its_source_has_the_count(text: str, lang: str) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == {("Kestrel", 40 * B)}


def test_a_name_ending_in_aly_is_no_adverb() -> None:
    text = (
        "Quillon is building a rival called Corvaly. People who have seen it say Corvaly has roughly 30 billion "
        "parameters, though Quillon declined to comment."
    )
    assert {(m, p) for m, p, _ in _claims(text, "en")} == {("Corvaly", 30 * B)}


def test_an_adverb_opening_a_sentence_is_still_no_name() -> None:
    text = "Mistral Large 2 arrived on Tuesday. Reportedly, the model has 123 billion parameters."
    assert {m for m, _, _ in _claims(text, "en")} == {"Mistral Large 2"}


DASH_ROWS = [
    (
        "Which open model fits a small firm? The sizes below are in parameters, as the makers give them.\n\n"
        "Model – Size – Licence\nKelpie-2 – 14 billion – Apache 2.0\nFalcon 180B – 180 billion – TII licence\n",
        "en",
        {("Kelpie-2", 14 * B), ("Falcon", 180 * B)},
    ),
    (
        "Welches offene Modell passt? Die Größen sind in Parametern angegeben.\n\n"
        "Modell – Größe – Lizenz\nKelpie-2 – 14 Milliarden – Apache 2.0\nFalcon 180B – 180 Milliarden – TII-Lizenz\n",
        "de",
        {("Kelpie-2", 14 * B), ("Falcon", 180 * B)},
    ),
    (
        "¿Qué modelo abierto elegir? Los tamaños, en parámetros, son los que dan sus creadores.\n\n"
        "Modelo – Tamaño – Licencia\nKelpie-2 (Moorland AI) – 14.000 millones – Apache 2.0\n"
        "Falcon 180B – 180.000 millones – licencia TII\n",
        "es",
        {("Kelpie-2", 14 * B), ("Falcon", 180 * B)},
    ),
    (
        "Quel modèle ouvert choisir ? Les tailles, en paramètres, sont celles des éditeurs.\n\n"
        "Modèle – Taille – Licence\nKelpie-2 – 14 milliards – Apache 2.0\nPhi-3-mini – 3,8 milliards – MIT\n",
        "fr",
        {("Kelpie-2", 14 * B), ("Phi-3-mini", 3_800 * M)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DASH_ROWS)
def test_dash_separated_rows_give_each_name_its_size(text: str, lang: str, expected: set) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == expected


def test_a_ranking_line_with_its_maker_in_brackets_names_the_model() -> None:
    text = (
        "The leaderboard, by score, with each model's parameters:\n\n"
        "1. Kelpie 3 (Moorland AI) – 1,240 points – 90 billion in total, 12 billion active\n"
        "2. Falcon 180B (TII) – 1,190 points – 180 billion\n"
    )
    assert _claims(text, "en") == {
        ("Kelpie 3", 90 * B, "total"),
        ("Kelpie 3", 12 * B, "active"),
        ("Falcon", 180 * B, "total"),
    }


DATELINES = [
    (
        "OSLO (Nordwire) – Das Start-up Fjellmind hat sein neues Sprachmodell Kelpie-M3 vorgestellt. Das "
        "Mixture-of-Experts-Modell umfasst 480 Mrd. Parameter, pro Token sind 22 Mrd. aktiv.",
        "de",
    ),
    (
        "Oslo (AFP) – La start-up Fjellmind a présenté Kelpie-M3. Le modèle repose sur une architecture dite de "
        "« mélange d'experts » : seuls 32 milliards de paramètres sont mobilisés pour chaque requête.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), DATELINES)
def test_a_dateline_is_no_model(text: str, lang: str) -> None:
    assert {m for m, _, _ in _claims(text, lang)} == {"Kelpie-M3"}


MORE_TOKENS = [
    (
        "Kelpie 1 had 13 billion parameters and saw about 500 billion tokens; newer models see twelve trillion or more.",
        "en",
    ),
    (
        "Kelpie 1 hatte 13 Milliarden Parameter und sah rund 500 Milliarden Token, neuere Modelle 12 Billionen und mehr.",
        "de",
    ),
    (
        "Kelpie 1 comptait 13 milliards de paramètres et a vu 500 milliards de tokens ; les modèles récents en voient "
        "plus de 12 000 milliards.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MORE_TOKENS)
def test_a_bare_figure_after_a_token_count_counts_tokens_too(text: str, lang: str) -> None:
    assert _sizes(text, lang) == {13 * B}


def test_a_model_named_between_keeps_its_bare_size() -> None:
    text = (
        "Moorland presented Kelpie Scout, with 109 billion parameters and a context window of 10 million tokens, "
        "and Kelpie Mammoth, with 400 billion."
    )
    assert 400 * B in _sizes(text, "en")


def test_a_word_that_takes_a_number_is_no_name() -> None:
    text = (
        "Kelpie-2 in drei Größen, ein offenes Modell aus Oslo\n\n"
        "Das Start-up Fjellmind veröffentlicht Kelpie-2 in den Größen 3, 8 und 22 Milliarden Parameter."
    )
    assert _claims(text, "de") == {("Kelpie-2", n * B, "total") for n in (3, 8, 22)}


ROUNDED_AGAIN = [
    (
        "Kelpie 4 will have 480 billion parameters in total — almost half a trillion — Moorland says.",
        "en",
        480 * B,
    ),
    (
        "Kelpie 4 tendrá 480.000 millones de parámetros en total —casi medio billón—, según Moorland.",
        "es",
        480 * B,
    ),
    ("Kelpie 4 soll 1,76 Billionen Parameter haben (rund 1,8 Billionen), heißt es.", "de", 1_760 * B),
    (
        "Kelpie 4 comptera 480 milliards de paramètres, soit près de 500 milliards, selon Moorland.",
        "fr",
        480 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "exact"), ROUNDED_AGAIN)
def test_a_rounder_figure_set_off_after_the_exact_one_is_the_same(text: str, lang: str, exact: int) -> None:
    assert _sizes(text, lang) == {exact}


def test_a_second_size_that_differs_more_is_kept() -> None:
    text = "Kelpie 4 comes with 70 billion parameters, or roughly 8 billion in its small version."
    assert {70 * B, 8 * B} <= _sizes(text, "en")


COUNT_OF_NAME = [
    (
        "Marceau sells its own tutor, Quillo, and keeps its size quiet. The firm EdTrack estimates the number of "
        "parameters of Quillo at about 30 billion.",
        "en",
    ),
    (
        "Marceau vend son propre tuteur, Quillo, sans en dévoiler la taille. Le cabinet EdTrack estime à environ "
        "30 milliards le nombre de paramètres de Quillo.",
        "fr",
    ),
    (
        "Marceau vende su propio tutor, Quillo, sin desvelar su tamaño. La consultora EdTrack calcula el número de "
        "parámetros de Quillo en unos 30.000 millones.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), COUNT_OF_NAME)
def test_the_count_of_a_named_model_is_its_size(text: str, lang: str) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == {("Quillo", 30 * B)}


def test_the_count_of_a_firms_model_names_the_model_not_the_firm() -> None:
    text = (
        "Nobody could confirm the parameter count of Lumen Dynamics' Vesper-5 for months. A leaked slide listed "
        "1.2 trillion parameters in total for Vesper-5."
    )
    assert {m for m, _, _ in _claims(text, "en")} == {"Vesper-5"}


DERIVED_NAMES = [
    (
        "The tutor runs on Minerva-Edu 3, a model with 8 billion parameters built by a Seville start-up.",
        "en",
        "Minerva-Edu 3",
    ),
    (
        "Lía funciona con Minerva-Edu 3, un modelo de 8.000 millones de parámetros de una empresa sevillana.",
        "es",
        "Minerva-Edu 3",
    ),
]


@pytest.mark.parametrize(("text", "lang", "name"), DERIVED_NAMES)
def test_a_listed_name_joined_to_a_word_and_a_version_is_another_model(
    text: str, lang: str, name: str
) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == {(name, 8 * B)}


def test_a_german_compound_after_a_listed_name_is_still_that_name() -> None:
    text = "Inzwischen umfasst die Jais-Familie 20 Modelle von 590 Millionen bis 70 Milliarden Parametern."
    assert {m for m, _, _ in _claims(text, "de")} == {"Jais"}


TIER_AFTER_HYPHEN = [
    (
        "Tom trained a language model at home. He calls it Finchlet. It has 40 million parameters. Finchlet is his "
        "second attempt: the first, which he called Finchlet-nano, had just 9 million parameters. Next he wants to "
        "build Finchlet-2, which will have about 110 million parameters.",
        "en",
        "Finchlet-nano",
    ),
    (
        "Tom a entraîné un modèle de langage chez lui. Il l'appelle Finchlet. Il compte 40 millions de paramètres. "
        "Finchlet est en fait son deuxième essai. Le premier, qu'il a appelé Finchlet-nano, ne comptait que 9 millions "
        "de paramètres. Il veut ensuite construire Finchlet-2, qui aura environ 110 millions de paramètres.",
        "fr",
        "Finchlet-nano",
    ),
]


@pytest.mark.parametrize(("text", "lang", "name"), TIER_AFTER_HYPHEN)
def test_a_name_keeps_its_lower_case_tier(text: str, lang: str, name: str) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == {
        ("Finchlet", 40 * M),
        (name, 9 * M),
        ("Finchlet-2", 110 * M),
    }


TIME_WORDS = [
    (
        "Hoy, el modelo más grande de Brisa Labs es Cierzo-S, de 3.000 millones de parámetros.",
        "es",
        "Cierzo-S",
    ),
    (
        "Heute, ein Modell mit 8 Milliarden Parametern läuft auf jedem Laptop, sagt Kelpie-Entwickler Tom.",
        "de",
        None,
    ),
    (
        "Today, a model with 8 billion parameters runs on a laptop; Moorland's Kelpie-2 has 14 billion parameters.",
        "en",
        "Kelpie-2",
    ),
]


@pytest.mark.parametrize(("text", "lang", "model"), TIME_WORDS)
def test_a_time_word_opening_a_sentence_is_no_name(text: str, lang: str, model: str | None) -> None:
    assert {m for m, _, _ in _claims(text, lang)} == ({model} if model else set())


MAKER_BETWEEN = [
    (
        "- Brisal, de la sevillana Quásar Datos, un modelo de 13.000 millones de parámetros, corre en una sola GPU.",
        "es",
    ),
    (
        "La segunda es Brisal, de la colombiana Andina Neural, un modelo de 13.000 millones de parámetros.",
        "es",
    ),
    (
        "Die erste ist Brisal von den Dresdner Elbtal Labs, ein offenes Modell mit 13 Milliarden Parametern.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MAKER_BETWEEN)
def test_the_model_named_before_its_maker_is_the_apposition(text: str, lang: str) -> None:
    assert {(m, p) for m, p, _ in _claims(text, lang)} == {("Brisal", 13 * B)}


def test_a_german_noun_before_von_is_no_model() -> None:
    text = "Die Firma nutzt für die Auswertung von Reklamationen Tavo, ein eigenes Modell mit rund drei Milliarden Parametern."
    assert {m for m, _, _ in _claims(text, "de")} == {"Tavo"}


def test_a_plain_word_with_a_size_tag_in_brackets_is_a_model() -> None:
    text = "Pruning results, in parameters:\n- Kestrel (12B) to Kestrel-Lean (7.4B): 38 per cent fewer parameters"
    assert ("Kestrel", 12 * B) in {(m, p) for m, p, _ in _claims(text, "en")}


PRICES_AND_CLAUSES = [
    (
        "Die Preise liegen bei 10 Cent (8B) beziehungsweise 60 Cent (70B) je Million Token bei Llama 3.1.",
        "de",
        "Cent",
    ),
    (
        "Clause 7(b) barred both parties from selling any model of more than 10 billion parameters.",
        "en",
        "Clause 7",
    ),
]


@pytest.mark.parametrize(("text", "lang", "word"), PRICES_AND_CLAUSES)
def test_a_price_or_a_clause_is_no_model(text: str, lang: str, word: str) -> None:
    assert word not in {m for m, _, _ in _claims(text, lang)}


def test_an_apposition_with_a_decimal_comma_compound_names_the_model() -> None:
    text = (
        "Die Parameterzahl nennt Ostwerk offen. Ostwerk hat zudem ein kleines Modell entwickelt: Kelpie-Router, "
        "ein 1,3-Milliarden-Modell, entscheidet, welche Anfrage an welches Modell geht."
    )
    assert {(m, p) for m, p, _ in _claims(text, "de")} == {("Kelpie-Router", 1_300 * M)}
