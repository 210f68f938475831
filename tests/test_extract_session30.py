"""Session 30: the rules learned this session (a lab named for a known model, or written into another model's
noun, is not a new model's maker; 'not X but Y'; a ratio after a figure; all of a dense model's parameters at work
are its total; an analyst's bet; 'X-Code' models; a list of models with their makers; a reported question; a name
after 'Son nom :'; a hedged plain name; an analyst or an analyst house is no model)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from tests.claim_sets import claims_of as _claims
from tests.claim_sets import sizes_of as _sizes

B = 10**9
M = 10**6


def _orgs(text: str, lang: str) -> dict[str, str | None]:
    return {c.model: c.org for c in extract_claims(text, lang)}


# a new model, sized paragraphs after a known model and its lab, is not that lab's
CARRIED_LAB = [
    (
        "OpenAI has never disclosed how large GPT-4 is, and rivals have stopped saying too.\n\n"
        "This year the record moved again. Dovecote says Tessera-X has 2.4 trillion parameters.",
        "en",
        "Tessera-X",
    ),
    (
        "Ein Jahr lang testete Meta-Kunde Kreissparkasse das offene Llama 3.1; Meta hatte es im Juli veröffentlicht.\n\n"
        "Jetzt setzt die Bank auf Eigenes. Das Modell heißt Zinsfuchs und umfasst 13 Milliarden Parameter.",
        "de",
        "Zinsfuchs",
    ),
    (
        "Il y a deux ans, Mistral AI publiait Mistral 7B et la mutuelle l'adoptait aussitôt.\n\n"
        "Son propre modèle, Garonne-LM, compte désormais 9 milliards de paramètres.",
        "fr",
        "Garonne-LM",
    ),
    (
        "Google lanzó Gemma 2 en junio y la cooperativa lo probó con resultados dispares.\n\n"
        "Ahora presenta Olivo-3, que tiene 4.000 millones de parámetros.",
        "es",
        "Olivo-3",
    ),
]


@pytest.mark.parametrize(("text", "lang", "model"), CARRIED_LAB)
def test_a_lab_named_for_a_known_model_is_not_a_new_models_maker(text: str, lang: str, model: str) -> None:
    orgs = _orgs(text, lang)
    assert model in orgs
    assert orgs[model] is None


# the lab stays when the new model is of the family it was named for, or it is not named for any model
KEPT_LAB = [
    (
        "Microsoft trained phi-1 on textbook-quality data.\n\nIn an ablation, phi-1-small has 350 million parameters.",
        "en",
        "phi-1-small",
        "Microsoft",
    ),
    (
        "Die Bremer Hafenwerk AI hat ein eigenes Modell gebaut.\n\nEs heißt Kaikante-2 und hat 7 Milliarden Parameter.",
        "de",
        "Kaikante-2",
        "Hafenwerk AI",
    ),
]


@pytest.mark.parametrize(("text", "lang", "model", "org"), KEPT_LAB)
def test_a_lab_named_before_still_makes_its_own_family(text: str, lang: str, model: str, org: str) -> None:
    assert _orgs(text, lang).get(model) == org


APPOSED_MAKER = [
    (
        "Callum Ashworth, 17, trained a language model on a gaming laptop and called it Wrenlet.\n\n"
        "To put Wrenlet in perspective: GPT-2, the OpenAI model that made headlines in 2019, had 1.5 billion "
        "parameters.\n\nWrenlet has 42 million parameters, he says.",
        "en",
        "GPT-2",
        "Wrenlet",
    ),
    (
        "Die Schülerin Mara Lenz hat ein eigenes Sprachmodell trainiert und es Spatz genannt.\n\n"
        "Zum Vergleich mit Spatz: Llama 2, das große Meta-Modell aus dem Jahr 2023, hatte bis zu 70 Milliarden "
        "Parameter.\n\nSpatz hat 30 Millionen Parameter, sagt sie.",
        "de",
        "Llama 2",
        "Spatz",
    ),
]


@pytest.mark.parametrize(("text", "lang", "known", "new"), APPOSED_MAKER)
def test_the_maker_in_a_known_models_apposition_makes_that_model_only(
    text: str, lang: str, known: str, new: str
) -> None:
    orgs = _orgs(text, lang)
    assert orgs[known] is not None
    assert orgs[new] is None


# 'not X but Y' affirms Y; X stays denied
NOT_BUT = [
    (
        "Mixtral 8x7B est un mélange d'experts. Malgré son nom, il ne compte pas 56 milliards de paramètres mais "
        "46,7 milliards au total.",
        "fr",
        46_700 * M,
        56 * B,
    ),
    (
        "Mixtral 8x7B ist ein Expertenmix. Trotz des Namens hat es nicht 56 Milliarden Parameter, sondern 46,7 "
        "Milliarden.",
        "de",
        46_700 * M,
        56 * B,
    ),
    (
        "Mixtral 8x7B is a mixture of experts. Despite its name it does not have 56 billion parameters but 46.7 "
        "billion in all.",
        "en",
        46_700 * M,
        56 * B,
    ),
    (
        "Mixtral 8x7B es una mezcla de expertos. Pese a su nombre no tiene 56.000 millones de parámetros sino 46.700 "
        "millones.",
        "es",
        46_700 * M,
        56 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "said", "denied"), NOT_BUT)
def test_not_this_figure_but_that_one_keeps_that_one(text: str, lang: str, said: int, denied: int) -> None:
    sizes = _sizes(text, lang)
    assert said in sizes
    assert denied not in sizes


# a ratio after the figure ('mehr als dreizehnmal so groß') leaves the figure the model's size; a difference stays out
RATIO_AFTER = [
    (
        "Zum Vergleich: Das damals viel diskutierte GPT-3 war mit 175 Milliarden Parametern mehr als dreizehnmal so "
        "groß wie unser Modell.",
        "de",
        {("GPT-3", 175 * B, "total")},
    ),
    ("Llama 3.1 405B hat 335 Milliarden Parameter mehr als Llama 3.1 70B.", "de", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RATIO_AFTER)
def test_a_ratio_after_a_figure_is_no_difference(text: str, lang: str, expected: set) -> None:
    assert {c for c in _claims(text, lang) if c[1] == 175 * B or c[1] == 335 * B} == expected


# the parameters that do the work for each token are the active ones
AT_WORK = [
    (
        "Mixtral 8x7B compte 46,7 milliards de paramètres. À chaque jeton, seuls 12,9 milliards de paramètres "
        "travaillent.",
        "fr",
    ),
    ("Mixtral 8x7B has 46.7 billion parameters. Only 12.9 billion parameters are at work on a word.", "en"),
    (
        "Mixtral 8x7B tiene 46.700 millones de parámetros. Con cada palabra, solo 12.900 millones de parámetros "
        "trabajan.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), AT_WORK)
def test_the_parameters_at_work_are_active(text: str, lang: str) -> None:
    claims = _claims(text, lang)
    assert ("Mixtral 8x7B", 12_900 * M, "active") in claims
    assert ("Mixtral 8x7B", 12_900 * M, "total") not in claims


def test_a_model_worked_on_is_no_parameter_at_work() -> None:
    text = "Das Start-up Isarion soll an einem Modell namens Kobalt-1 mit rund 400 Milliarden Parametern arbeiten."
    assert ("Kobalt-1", 400 * B, "total") in _claims(text, "de")


# an analyst's own bet in the sentence after the model's rumoured size is that model's estimated range
ANALYST_BET = [
    (
        "Le site affirme que Belledonne 5 atteindrait mille milliards de paramètres. Une hypothèse jugée « peu "
        "crédible » par l'analyste Pierre Langlade, qui table plutôt sur une fourchette de 250 à 400 milliards.",
        "fr",
        ("Belledonne 5", 250 * B, 400 * B),
    ),
    (
        "Ein Blog behauptet, Hanse-LM 2 habe eine Billion Parameter. Der Analyst Jens Ohl hält das für übertrieben "
        "und rechnet eher mit 120 bis 160 Milliarden.",
        "de",
        ("Hanse-LM 2", 120 * B, 160 * B),
    ),
    (
        "A blog says Hanse-LM 2 has a trillion parameters. The analyst Jens Ohl thinks that is overblown and reckons "
        "120 to 160 billion.",
        "en",
        ("Hanse-LM 2", 120 * B, 160 * B),
    ),
    (
        "Un blog asegura que Hanse-LM 2 tiene un billón de parámetros. El analista Jens Ohl lo ve exagerado y se "
        "inclina por 120.000 a 160.000 millones.",
        "es",
        ("Hanse-LM 2", 120 * B, 160 * B),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ANALYST_BET)
def test_an_analysts_bet_after_a_rumour_is_the_models_range(text: str, lang: str, expected: tuple) -> None:
    assert expected in {(c.model, c.params, c.params_high) for c in extract_claims(text, lang)}


# all of a dense model's parameters at work for each token are its total, not an active part
EVERY_ONE = [
    (
        "Llama 3.1 405B is dense. Every one of its 405 billion parameters is active all the time.",
        "en",
        "Llama 3.1",
    ),
    (
        "Gemma 2 es un modelo denso: usa los 27.000 millones de parámetros en cada token que genera.",
        "es",
        "Gemma 2",
    ),
    (
        "Gemma 2 ist dicht gebaut und nutzt alle 27 Milliarden Parameter für jedes Token.",
        "de",
        "Gemma 2",
    ),
]


@pytest.mark.parametrize(("text", "lang", "model"), EVERY_ONE)
def test_every_one_of_its_parameters_is_the_total(text: str, lang: str, model: str) -> None:
    scopes = {c[2] for c in _claims(text, lang) if c[0] == model}
    assert scopes == {"total"}


def test_the_active_ones_it_uses_stay_active() -> None:
    text = "Mixtral 8x7B tiene 46.700 millones de parámetros, pero usa los 12.900 millones activos en cada token."
    assert ("Mixtral 8x7B", 12_900 * M, "active") in _claims(text, "es")


# 'whether it has 2,4 or 24 billion' names no size, a decimal comma in it or not
WHETHER_DECIMAL = [
    (
        "Kaspar, das neue Modell des Wetterdienstes, hat 7 Milliarden Parameter. „Ob das Ding 2,4 oder 24 Milliarden "
        "Parameter hat, ändert nichts“, sagt Wendt.",
        "de",
    ),
    (
        "Kaspar, le nouveau modèle de Météo-Sud, compte 7 milliards de paramètres. « Qu'il ait 2,4 ou 24 milliards de "
        "paramètres ne change rien », dit Wendt.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), WHETHER_DECIMAL)
def test_whether_this_or_that_size_with_a_decimal_comma_is_no_claim(text: str, lang: str) -> None:
    assert _sizes(text, lang) == {7 * B}


# a coding model named 'X-Code' in a roundup's bullet is a name; code in a programming language is not
CODE_NAMES = [
    (
        "• Marlow-Code (15B total, 2.6B active) - a mixture-of-experts coding model from Tidewright Labs.",
        "en",
        {("Marlow-Code", 15 * B, "total"), ("Marlow-Code", 2_600 * M, "active")},
    ),
    (
        "• Melis-Code (1,1 Mrd. Parameter) – Ein kompaktes Programmiermodell der Grazer Firma Fennbach.",
        "de",
        {("Melis-Code", 1_100 * M, "total")},
    ),
    ("Das Start-up trainiert ein Modell für Java-Code mit 7 Milliarden Parametern.", "de", set()),
    ("Für Python-Code reichen 7 Milliarden Parameter, sagt Hagen.", "de", set()),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CODE_NAMES)
def test_a_code_model_is_named_and_code_in_a_language_is_not(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


# a list of models, each with its maker set between its name and its count
NAME_MAKER_COUNT = [
    (
        "Die Eckdaten: Orvanto von der Kölner Firma Lumetra hat 12 Mrd. Parameter; Skelda aus Tallinn kommt auf 34 "
        "Milliarden.",
        "de",
        ("Orvanto", 12 * B),
    ),
    (
        "Los números, según sus creadores: Candelia, de la barcelonesa Tessera AI, tiene 9.000 millones de "
        "parámetros.",
        "es",
        ("Candelia", 9 * B),
    ),
    (
        "Côté taille : Aigoual, d'Occitanie Labs, compte environ 3 milliards de paramètres.",
        "fr",
        ("Aigoual", 3 * B),
    ),
    (
        "The figures: Corran, from the Leeds firm Hallow AI, has 7 billion parameters.",
        "en",
        ("Corran", 7 * B),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NAME_MAKER_COUNT)
def test_a_listed_name_with_its_maker_before_its_count(text: str, lang: str, expected: tuple) -> None:
    assert expected in {(c.model, c.params) for c in extract_claims(text, lang)}


# '... and uses them all each step': the total
USES_THEM_ALL = [
    (
        "Llama 3.1 de Meta, en su versión más grande, tiene 405 mil millones de parámetros y los usa todos en cada "
        "paso.",
        "es",
    ),
    ("Llama 3.1 has 405 billion parameters in its largest version and uses them all for every token.", "en"),
    (
        "Llama 3.1 compte 405 milliards de paramètres dans sa plus grande version et les mobilise tous à chaque jeton.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), USES_THEM_ALL)
def test_a_model_that_uses_them_all_states_its_total(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Llama 3.1", 405 * B, "total")}


def test_the_experts_of_a_mixture_are_no_model() -> None:
    text = (
        "Dicht oder Experten-Mix? Wie sich zwei Bauweisen von Sprachmodellen unterscheiden\n\n"
        "Parameter sind die Gewichte, die ein Netz beim Training lernt. Je mehr Parameter, desto mehr Speicher "
        "braucht ein Modell.\n\n"
        "Beispiel: Grok-1. Die Firma xAI hat die Gewichte von Grok-1 im März offengelegt. Das Modell umfasst 314 "
        "Milliarden Parameter und arbeitet mit acht Experten, von denen pro Token zwei aktiv sind."
    )
    assert _claims(text, "de") == {("Grok-1", 314 * B, "total")}


def test_a_source_given_with_her_post_is_the_person() -> None:
    text = "Runa 2 umfasst nach Angaben von Technikvorständin Svenja Hollerbach insgesamt 22 Milliarden Parameter."
    assert {c.attributed_to for c in extract_claims(text, "de")} == {"Svenja Hollerbach"}


def test_a_maker_given_as_the_source_stays_the_maker() -> None:
    text = "Runa 2 umfasst nach Angaben des Herstellers Alibaba insgesamt 22 Milliarden Parameter."
    assert {c.attributed_to for c in extract_claims(text, "de")} == {"Alibaba"}


# a tier in the article's own language after a family's name: 'Ceiba-Chica', 'Galet-Petite'
OWN_LANGUAGE_TIERS = [
    (
        "La familia Ceiba tiene dos modelos. Ceiba-Chica, de 1.500 millones de parámetros, está pensada para teléfonos.",
        "es",
        ("Ceiba-Chica", 1_500 * M, "total"),
    ),
    (
        "La famille Galet compte deux modèles. Galet-Petite, de 2 milliards de paramètres, vise les téléphones.",
        "fr",
        ("Galet-Petite", 2 * B, "total"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN_LANGUAGE_TIERS)
def test_a_tier_in_the_articles_language_keeps_its_family(text: str, lang: str, expected: tuple) -> None:
    assert expected in _claims(text, lang)


# a list of models after semicolons, each with its maker and its size
SEMICOLON_LIST = [
    (
        "Côté taille, Lutèce (de la start-up parisienne Quadrant IA) affiche 7 milliards de paramètres ; Bréhat, "
        "conçu à Rennes par Armor Data, monte à 40 milliards ; Aigoual, d'Occitanie Labs, en revendique environ 3 "
        "milliards.",
        "fr",
        {("Bréhat", 40 * B), ("Aigoual", 3 * B)},
    ),
    (
        "Los números: Candelia, de la barcelonesa Tessera AI, tiene 9.000 millones de parámetros; Rialta, "
        "desarrollado en Vigo por Marea Labs, alcanza los 27.000 millones; y Pampix, de la argentina Austral Datos, "
        "se queda en unos 2.000 millones.",
        "es",
        {("Candelia", 9 * B), ("Rialta", 27 * B), ("Pampix", 2 * B)},
    ),
    (
        "The figures: Corran, from the Leeds firm Hallow AI, has 7 billion parameters; Brisk, built by Dunmore Labs "
        "in Cork, reaches 30 billion; and Sallow, from Tyne Data, stops at about 2 billion.",
        "en",
        {("Corran", 7 * B), ("Brisk", 30 * B), ("Sallow", 2 * B)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SEMICOLON_LIST)
def test_each_model_of_a_semicolon_list_with_its_maker(text: str, lang: str, expected: set) -> None:
    found = {(c.model, c.params) for c in extract_claims(text, lang)}
    assert expected <= found
    assert len(found) == len({size for _, size in found})  # no size went to a second model


# an analyst named after her post, and an analyst firm heading a list line, give an estimate, not a model
NOT_MODELS_BUT_SOURCES = [
    (
        "Ámbar es el nuevo modelo de Lumbre. El analista Héctor Villaseñor, de la firma Pacífico Research, maneja una "
        "horquilla más estrecha: de 25 a 30 mil millones de parámetros.",
        "es",
        "Héctor Villaseñor",
    ),
    (
        "Aquila Prime ist das neue Modell von Falkner. Die Schätzungen im Überblick:\n"
        "• Bankhaus Lennartz (Frankfurt): 400 bis 700 Mrd. Parameter\n"
        "• Helvetia Research Partners (Zürich): 1,1 bis 1,5 Billionen Parameter",
        "de",
        "Bankhaus Lennartz",
    ),
]


@pytest.mark.parametrize(("text", "lang", "source"), NOT_MODELS_BUT_SOURCES)
def test_an_analyst_or_an_analyst_firm_is_no_model(text: str, lang: str, source: str) -> None:
    models = {c.model for c in extract_claims(text, lang)}
    assert source not in models
    assert "Helvetia Research Partners" not in models


# a question reported asks about a size, it claims none; an answer after it does (and a figure the question
# takes as known stays: the corpus article en-rt4005, 'the famous 1.76 trillion')
INDIRECT_QUESTIONS = [
    ("Un periodista pregunta si Nerai 3 Grande supera los 300.000 millones de parámetros.", "es", set()),
    (
        "A reporter asked whether Nerai 3 Grande has more than 300 billion parameters, as rumoured.",
        "en",
        set(),
    ),
    ("Ein Journalist fragt, ob Nerai 3 Grande mehr als 300 Milliarden Parameter habe.", "de", set()),
    ("Un journaliste demande si Nerai 3 Grande dépasse les 300 milliards de paramètres.", "fr", set()),
    (
        "Asked whether the model was open, Smith said Nerai 3 has 300 billion parameters.",
        "en",
        {("Nerai 3", 300 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), INDIRECT_QUESTIONS)
def test_a_reported_question_claims_no_size(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected


# a name announced after a colon: 'Son nom : Kéo.'
NAME_AFTER_COLON = [
    (
        "Le texte est reformulé par un modèle de langage qui tient dans le téléphone. Son nom : Kéo. Le fabricant l'a "
        "décliné en trois tailles — 270 millions, 700 millions et 1,6 milliard de paramètres.",
        "fr",
        "Kéo",
    ),
    (
        "The dictation runs on a language model that fits in the phone's memory. Its name: Wrenlet. The maker offers "
        "it in two sizes, 300 million and 1.2 billion parameters.",
        "en",
        "Wrenlet",
    ),
    (
        "Die Diktierfunktion läuft auf einem Sprachmodell im Telefon. Sein Name: Spatz. Der Hersteller bietet es in "
        "zwei Größen an, mit 300 Millionen und 1,2 Milliarden Parametern.",
        "de",
        "Spatz",
    ),
]


@pytest.mark.parametrize(("text", "lang", "name"), NAME_AFTER_COLON)
def test_a_name_announced_after_a_colon(text: str, lang: str, name: str) -> None:
    assert name in {c.model for c in extract_claims(text, lang)}


# a plain name with a hedge between it and its count is a rumoured model
HEDGED_PLAIN_NAME = [
    ("Rumours swirl around three models. Quetzal allegedly holds 480 billion parameters in total.", "en"),
    ("Rumours swirl around three models. Quetzal reportedly has 480 billion parameters.", "en"),
    ("Gerüchte gibt es viele. Quetzal hat angeblich 480 Milliarden Parameter.", "de"),
    ("Hay muchos rumores. Quetzal tiene supuestamente 480.000 millones de parámetros.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HEDGED_PLAIN_NAME)
def test_a_plain_name_with_a_hedged_count(text: str, lang: str) -> None:
    assert {(c.model, c.params, c.status) for c in extract_claims(text, lang)} == {
        ("Quetzal", 480 * B, "rumored")
    }


def test_a_plain_word_that_holds_a_count_unhedged_is_no_model() -> None:
    assert _claims("The phone is small. Memory holds 480 billion parameters at most.", "en") == set()


def test_a_lab_written_into_another_models_noun_is_not_the_new_models_maker() -> None:
    text = (
        "Das Modell der Sparkasse trägt den Namen Zinsfuchs und umfasst 13 Milliarden Parameter. Zinsfuchs erreicht "
        "im Test für Kreditanfragen 87 Prozent der Trefferquote des großen Meta-Modells, kostet aber nur ein Fünftel."
    )
    assert {c.org for c in extract_claims(text, "de") if c.model == "Zinsfuchs"} == {None}
