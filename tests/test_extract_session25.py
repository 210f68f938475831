"""Session 25: the rules learned from the fresh sets rt167 onwards (a model card's list of facts under a heading
that names the model; the active part said inside brackets; a ranking's bracketed sizes; a family's slashed sizes;
a number before a magnitude word is no version of the name before it; a limit someone set is no model's size; a
family's size letters 'S', 'M', 'L'; the part at work for each answer is active; a fact-check's quoted claim rated
false; an unnamed model someone imagines; a second tier after a tier; a plain word before a Spanish 'parámetros';
two different words after a new name; 'The X model' at a sentence's start; 'X, which has N parameters'; a
'Tamaño' column, not a corpus size)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims

B = 10**9
M = 10**6


def _claims(text: str, lang: str) -> set[tuple[str, int, str]]:
    return {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}


def _values(text: str, lang: str) -> set[int]:
    return {c.params for c in extract_claims(text, lang)}


CARDS = [
    (
        "Kestrik-4 model card\n\nKestrik-4 is a family of language models from Pelion Labs.\n\nKestrik-4 Small\n"
        "- Architecture: dense transformer\n- Layers: 24\n- Parameters: 2.4B\n\nKestrik-4 Large\n"
        "- Architecture: mixture of experts\n- Total parameters: 88B\n- Active parameters: 11B per token\n",
        "en",
        {
            ("Kestrik-4 Small", 2400 * M, "total"),
            ("Kestrik-4 Large", 88 * B, "total"),
            ("Kestrik-4 Large", 11 * B, "active"),
        },
    ),
    (
        "Modellkarte Farnwald-2\n\nFarnwald-2 ist eine Modellfamilie der Firma Moorlicht.\n\nFarnwald-2 Klein\n"
        "- Architektur: dichter Transformer\n- Schichten: 20\n- Parameter: 1,8 Mrd.\n\nFarnwald-2 Groß\n"
        "- Architektur: Mixture of Experts\n- Gesamtparameter: 52 Mrd.\n",
        "de",
        {("Farnwald-2 Klein", 1800 * M, "total"), ("Farnwald-2 Groß", 52 * B, "total")},
    ),
    (
        "Ficha del modelo Cardón-3\n\nCardón-3 es una familia de modelos de Altiplano IA.\n\nCardón-3 Ligero\n"
        "- Arquitectura: transformador denso\n- Capas: 18\n- Parámetros: 1.200 millones\n\nCardón-3 Grande\n"
        "- Arquitectura: transformador denso\n- Parámetros: 31.000 millones\n",
        "es",
        {("Cardón-3 Ligero", 1200 * M, "total"), ("Cardón-3 Grande", 31 * B, "total")},
    ),
    (
        "Fiche du modèle Sablier-5\n\nSablier-5 est une famille de modèles de Dunes IA.\n\nSablier-5 Léger\n"
        "- Architecture : transformeur dense\n- Couches : 16\n- Paramètres : 0,8 milliard\n\nSablier-5 Grand\n"
        "- Architecture : transformeur dense\n- Paramètres : 19 milliards\n",
        "fr",
        {("Sablier-5 Léger", 800 * M, "total"), ("Sablier-5 Grand", 19 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CARDS)
def test_a_model_cards_facts_belong_to_the_heading_above_them(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_fact_list_under_a_heading_that_names_no_model_takes_none():
    # guard: the spec lines carry a heading's model only while nothing but spec lines stand between them
    text = (
        "Kestrik-4 Small is out.\n\nHardware we tested on\n- Memory: 16 GB\n- Cores: 8\n- Parameters: 2.4B\n"
    )
    assert ("Kestrik-4 Small", 2400 * M, "total") not in _claims(text, "en")


def test_a_name_is_not_taken_for_an_architecture_line_below_it():
    # 'Halcyra-2 Base' over '- Architecture: dense' is the heading's model, not a borrowed design
    text = "Orvena-3 Base\n- Architecture: dense transformer\n- Parameters: 7.1B\n"
    assert _claims(text, "en") == {("Orvena-3 Base", 7100 * M, "total")}


BRACKETED = [
    (
        "Platz 3 in der Rangliste belegt Kornblume-2 (46,7 Mrd., davon 12,9 Mrd. aktiv).",
        "de",
        {46700 * M, 12900 * M},
    ),
    (
        "Sur le podium, Garrigue-4 (220 Md, dont 30 Md actifs).\n\nLes chiffres sont des paramètres.",
        "fr",
        {220 * B, 30 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "values"), BRACKETED)
def test_the_active_part_said_inside_brackets_counts(text, lang, values):
    assert _values(text, lang) == values


def test_a_rankings_bracketed_sizes_count_in_an_article_about_parameters():
    text = (
        "Die DeutschBench-Rangliste im März.\n\nPlatz 1: Falkmar-3 (70 Mrd.) – 84,7 Punkte\n"
        "Platz 2: Llama 3.1 (405 Mrd.) – 82,9 Punkte\n\nDie Zahlen in Klammern nennen die Parameter."
    )
    assert {70 * B, 405 * B} <= _values(text, "de")


SLASHED = [
    ("Die Firma Brenntal bringt ihr offenes Modell Faltor-2 in 2B/9B/27B.", "de", {2 * B, 9 * B, 27 * B}),
    (
        "El laboratorio publica su modelo abierto Quiebro-1 en 3B/8B, con licencia abierta.",
        "es",
        {3 * B, 8 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "values"), SLASHED)
def test_a_familys_slashed_sizes_are_its_sizes(text, lang, values):
    assert _values(text, lang) == values


def test_a_falling_slashed_pair_is_no_list_of_sizes():
    # guard: '117B/5,1B' is total and active, not two family members
    text = (
        "La familia gpt-oss de OpenAI tiene dos modelos, gpt-oss-20b y gpt-oss-120b, con muchos parámetros. "
        "Corrijo: 117B/5,1B."
    )
    assert 5100 * M not in {c.params for c in extract_claims(text, "es") if c.scope == "total"}


NUMBER_AFTER_NAME = [
    (
        "Ein Bericht über Norvel: Laut technischem Bericht umfasst Norvel 96 Milliarden Parameter. Norvel Lite hat "
        "8 Mrd. Parameter.",
        "de",
        ("Norvel", 96 * B, "total"),
    ),
    (
        "The Ledger reports that Arkon AI is aiming for 600 billion parameters with Arkon-Mega 600 billion parameters "
        "being the target.",
        "en",
        ("Arkon-Mega", 600 * B, "total"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "claim"), NUMBER_AFTER_NAME)
def test_a_number_before_a_magnitude_word_is_no_version(text, lang, claim):
    claims = _claims(text, lang)
    assert claim in claims
    assert not any(model.endswith((" 96", " 600")) for model, _, _ in claims)


LIMITS = [
    # (the first was right before this session too: kept beside its siblings)
    ("13 Milliarden – Parameter beträgt die Obergrenze für Sprachmodelle im Pilotprojekt der Stadt.", "de"),
    ("In den Unterlagen steht, das Modell Tavonis 2 dürfe höchstens 7 Mrd. Parameter haben.", "de"),
    (
        "The proposed model Llama 3.1 exceeds the 15-billion-parameter limit set out in the specification.",
        "en",
    ),
    ("Il retient que le modèle Pléiade-7 se situe sous le plafond de 10 milliards de paramètres.", "fr"),
    ("El pliego fija un límite de 20.000 millones de parámetros para el modelo Lince-2.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), LIMITS)
def test_a_limit_someone_set_is_no_models_size(text, lang):
    assert extract_claims(text, lang) == []


def test_at_most_without_a_requirement_is_still_a_size():
    # guard: an analyst's 'höchstens' is a size estimate, not a limit
    text = "„Nach unserer Analyse hat Kiebitz-2 höchstens 300 Mio. Parameter“, sagt Analyst Timo Reuter."
    assert _values(text, "de") == {300 * M}


def test_crossing_a_milestone_is_still_a_size():
    # guard: 'franchir le cap des' is a milestone reached, not a limit
    text = "Le modèle Tessera-9 pourrait franchir le cap des 1,5 billion de paramètres."
    assert _values(text, "fr") == {1500 * B}


SIZE_LETTERS = [
    (
        "Kumo-2 gibt es in drei Größen: Kumo-2 S mit 3 Mrd., Kumo-2 M mit 34 Mrd. und Kumo-2 L mit 180 Milliarden "
        "Parametern.",
        "de",
        {("Kumo-2 S", 3 * B, "total"), ("Kumo-2 M", 34 * B, "total"), ("Kumo-2 L", 180 * B, "total")},
    ),
    (
        "The Pelorus-3 model comes in two sizes: Pelorus-3 S has 4 billion parameters and Pelorus-3 L has 40 billion.",
        "en",
        {("Pelorus-3 S", 4 * B, "total"), ("Pelorus-3 L", 40 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SIZE_LETTERS)
def test_a_familys_size_letters_name_its_models(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_name_followed_by_one_letter_once_keeps_its_name():
    # guard: one 'X M' alone is no family of size letters
    assert _claims("Das Modell Tarvo-3 hat 12 Mrd. Parameter. Tarvo-3 M ist nicht geplant.", "de") == {
        ("Tarvo-3", 12 * B, "total")
    }


def test_whisper_large_is_a_known_model():
    text = "OpenAI's Whisper large, the open model most are measured against, has 1.55 billion parameters."
    assert _claims(text, "en") == {("Whisper large", 1550 * M, "total")}


ACTIVE_PHRASES = [
    (
        "Astor-3 es enorme: 480.000 millones de parámetros en total, aunque en cada respuesta solo trabajan "
        "24.000 millones.",
        "es",
        {("Astor-3", 480 * B, "total"), ("Astor-3", 24 * B, "active")},
    ),
    (
        "Ravel-2 hat 52,4 Milliarden Parameter. Aktiv ist bei jedem Token aber nur ein Bruchteil davon: 9,6 Milliarden.",
        "de",
        {("Ravel-2", 52400 * M, "total"), ("Ravel-2", 9600 * M, "active")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ACTIVE_PHRASES)
def test_the_part_at_work_for_each_answer_is_active(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_label_with_a_figure_of_its_own_gives_no_cue_to_the_next():
    # guard: the long clause before the colon holds a figure, so its cue is that figure's
    text = "Ravel-2 rechnet bei jedem Token mit 9,6 Milliarden Parametern, wie der Bericht festhält: 52,4 Milliarden."
    assert ("Ravel-2", 52400 * M, "active") not in _claims(text, "de")


FACT_CHECKS = [
    (
        'Fact check: viral posts about AI sizes\n\nCLAIM 1: "Tarrow-3 has 1.2 trillion parameters."\n\n'
        "VERDICT: FALSE. Tarrow-3 has 12 billion parameters, according to its model card.",
        "en",
        {12 * B},
    ),
    (
        "Faktencheck: Zahlen über KI-Modelle\n\nBehauptung 1: „Das Modell Quellmar-2 hat 900 Milliarden Parameter.“\n\n"
        "Bewertung: FALSCH. Laut Modellkarte hat Quellmar-2 insgesamt 90 Milliarden Parameter.",
        "de",
        {90 * B},
    ),
    (
        "Vrai ou faux : les chiffres qui circulent sur l'IA\n\n« Le modèle Brisane-2 compte 7 000 milliards de "
        "paramètres »\n\nFAUX. Selon sa fiche technique, Brisane-2 compte 7 milliards de paramètres.",
        "fr",
        {7 * B},
    ),
    (
        "Verificamos las cifras virales sobre la IA\n\n2. «El modelo Nogal-4 tiene 72 billones de parámetros»\n\n"
        "Falso. Según su ficha, Nogal-4 tiene 72.000 millones de parámetros.",
        "es",
        {72 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "values"), FACT_CHECKS)
def test_a_fact_checks_quoted_claim_under_review_is_not_a_claim(text, lang, values):
    assert _values(text, lang) == values


def test_a_quoted_line_outside_a_fact_check_still_counts():
    # guard: an interview's quoted line is the speaker's claim
    text = "Interview mit der Gründerin\n\n„Unser Modell Quellmar-2 hat 90 Milliarden Parameter.“\n\nDas sagt sie stolz."
    assert _values(text, "de") == {90 * B}


def test_a_fact_checks_quoted_claim_rated_true_stands():
    # guard: only a claim its rating calls false is dropped
    text = (
        "Verificamos las cifras virales\n\nAfirmación 5: «Nogal-4, de Quimera AI, tiene 314.000 millones de "
        "parámetros».\nVeredicto: CORRECTO. La empresa publicó esa cifra."
    )
    assert _values(text, "es") == {314 * B}


UNNAMED = [
    (
        "Wren-L has 7 billion parameters. If the trend holds, a student of around 3 billion parameters might close "
        "the gap entirely, but we have not trained one.",
        "en",
        {7 * B},
    ),
    (
        "Tapir-2 is popular. A model of, say, 10 billion parameters needs roughly 20 GB just for its weights.",
        "en",
        set(),
    ),
    (
        "Pica-Base has 1 billion parameters. The authors speculate that a 20-billion-parameter student would close "
        "most of the remaining gap.",
        "en",
        {1 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "values"), UNNAMED)
def test_an_unnamed_model_someone_imagines_is_not_the_subjects(text, lang, values):
    assert _values(text, lang) == values


def test_what_the_subject_is_still_counts_beside_a_modal():
    # guard: 'It is a 20-billion-parameter model that would ...' says what the model is
    text = "Pica-Base was trained last year. It is a 20-billion-parameter model that would run on a laptop."
    assert _values(text, "en") == {20 * B}


def test_a_second_tier_after_a_tier_names_the_sibling():
    text = (
        "The phone runs Ardent Nano, a 3-billion-parameter model from Novasta. Ardent Nano Plus weighs in at "
        "7 billion parameters."
    )
    assert _claims(text, "en") == {("Ardent Nano", 3 * B, "total"), ("Ardent Nano Plus", 7 * B, "total")}


PLAIN_NAMES = [
    (
        "Según la empresa, el asistente es nuevo. Ardora suma 30.500 millones de parámetros.",
        "es",
        ("Ardora", 30500 * M),
    ),
    ("Brume tiene 7.000 millones de parámetros y se entrenó en Bilbao.", "es", ("Brume", 7 * B)),
    ("Stilla besitzt rund 110 Milliarden Parameter, sagt der Hersteller.", "de", ("Stilla", 110 * B)),
    ("Brisane possède 12 milliards de paramètres, selon sa fiche.", "fr", ("Brisane", 12 * B)),
]


@pytest.mark.parametrize(("text", "lang", "claim"), PLAIN_NAMES)
def test_a_plain_word_that_opens_a_sentence_with_a_parameter_count_names_a_model(text, lang, claim):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == {claim}


def test_a_pronoun_with_a_parameter_count_names_no_model():
    # 'Everyone has 7 billion parameters' is no model called Everyone (it was one before this session)
    assert not any(
        c.model == "Everyone" for c in extract_claims("Everyone has 7 billion parameters now.", "en")
    )


def test_a_word_and_a_count_that_opens_a_list_line_is_no_versioned_name():
    # 'Solo 11 superan el medio billón': 'only eleven', not a model called 'Solo 11'
    text = "Del total de 240 modelos con cifra publicada:\n- Solo 11 superan el medio billón de parámetros."
    assert extract_claims(text, "es") == []


SIBLINGS = [
    (
        "Brétema lanza Xeira, su familia de modelos en gallego. Xeira Miúda cuenta con 3.400 millones de parámetros. "
        "Xeira Media tendrá cerca de 9.500 millones.",
        "es",
        {("Xeira Miúda", 3400 * M), ("Xeira Media", 9500 * M)},
    ),
    (
        "Nordkant stellt das Sprachmodell Snacker vor. Snacker Lütt hat 1,3 Milliarden Parameter, Snacker Groot soll "
        "8 Milliarden Parameter bekommen.",
        "de",
        {("Snacker Lütt", 1300 * M), ("Snacker Groot", 8 * B)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SIBLINGS)
def test_two_words_after_a_new_name_name_two_siblings(text, lang, expected):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


def test_a_lab_word_after_a_new_name_names_no_sibling():
    # guard: 'Atalaya Datos' is the maker, not a model beside 'Atalaya Voz'
    text = (
        "Atalaya Datos presenta el modelo Atalaya. Atalaya Voz tiene 3.000 millones de parámetros, según Atalaya "
        "Datos."
    )
    assert not any(c.model == "Atalaya Datos" for c in extract_claims(text, "es"))


def test_a_sentence_opening_the_name_model_names_a_model():
    # 'The Vantor model …' at a sentence's start: the capital 'The' is the same cue as 'the'
    text = "The Vantor model will come in 4B, 22B and 110B versions later this year."
    assert _claims(text, "en") == {
        ("Vantor", 4 * B, "total"),
        ("Vantor", 22 * B, "total"),
        ("Vantor", 110 * B, "total"),
    }


WHICH_HAS = [
    (
        "The pupils started with Seedling, which had just under 4 million parameters.",
        "en",
        ("Seedling", 4 * M),
    ),
    (
        "Fennix will publish the weights of Corvid, which allegedly has about 70 billion parameters.",
        "en",
        ("Corvid", 70 * B),
    ),
    (
        "Marlowe offers Tansy Max, which reportedly has around 30 billion parameters.",
        "en",
        ("Tansy Max", 30 * B),
    ),
]


@pytest.mark.parametrize(("text", "lang", "claim"), WHICH_HAS)
def test_a_relative_clause_that_gives_a_plain_word_a_parameter_count_names_a_model(text, lang, claim):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == {claim}


def test_the_last_word_of_a_longer_name_before_which_is_no_model():
    # guard: 'Larkspur Clinical, which has 13bn parameters' is the firm's name; its model is named before it
    text = "It is built on Larkspur Scribe, a language model from the start-up Larkspur Clinical, which has 13bn parameters."
    assert {(c.model, c.params) for c in extract_claims(text, "en")} == {("Larkspur Scribe", 13 * B)}


def test_a_size_column_headed_tamano_counts_parameters():
    # 'Tamaño' holds the letters of 'año' (year) but is no date column
    text = (
        "Estimaciones de terceros:\n\n| Modelo | Desarrollador | Tamaño estimado |\n|---|---|---|\n"
        "| Tempestad-2 | Norcross AI | 1,2–1,5 billones |\n| Sirocco-3 | Maghreb Neural | unos 70.000 millones |\n"
    )
    assert {(c.model, c.params) for c in extract_claims(text, "es")} == {
        ("Tempestad-2", 1200 * B),
        ("Sirocco-3", 70 * B),
    }


def test_a_corpus_size_column_counts_no_parameters():
    # guard: 'Tamaño del corpus' sizes the training data, not the model
    text = (
        "Anexo: modelos extensos de lenguaje\n\n"
        "Nombre | Desarrollador | Parámetros (miles de millones) | Tamaño del corpus | Licencia\n"
        "LLaMA | Meta AI | 65 | 1,4 billones | No comercial\nFalcon | TII | 40 | 1 billón de tokens | Apache 2.0\n"
    )
    assert {(c.model, c.params) for c in extract_claims(text, "es")} == {
        ("LLaMA", 65 * B),
        ("Falcon", 40 * B),
    }
