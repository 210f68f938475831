"""Session 26: the rules learned from the fresh sets rt175 onwards (a word set off after a versioned new name
names its variant; a family written with hyphens; 'the final model' after a preview; a column of quiz choices;
the whole a per-token part is of, and more ways to say 'per token'; a newsroom's own earlier figure)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims

B = 10**9
M = 10**6


def _claims(text: str, lang: str) -> set[tuple[str, int, str]]:
    return {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}


def _values(text: str, lang: str) -> set[int]:
    return {c.params for c in extract_claims(text, lang)}


VARIANTS = [
    (
        "Halvik-3 is the firm's main model, with 40 billion parameters. For laptops there is a smaller one. "
        "Halvik-3 Sprout, trained on the same data, has about 3 billion parameters.",
        "en",
        {("Halvik-3", 40 * B, "total"), ("Halvik-3 Sprout", 3 * B, "total")},
    ),
    (
        "Ein paar Seiten weiter: Torvan-2 Rudel, die Mixture-of-Experts-Variante. Insgesamt sind es rund "
        "64 Milliarden Parameter, aber bei jedem Token arbeiten nur acht Milliarden.",
        "de",
        {("Torvan-2 Rudel", 64 * B, "total"), ("Torvan-2 Rudel", 8 * B, "active")},
    ),
    (
        "Ese mismo año nació Quimera-2 Bandada, una variante de mezcla de expertos. Según la ficha técnica, suma "
        "unos 90.000 millones de parámetros en total.",
        "es",
        {("Quimera-2 Bandada", 90 * B, "total")},
    ),
    (
        "Lirane-2, le modèle phare, affiche 22 milliards de paramètres ; à côté, Lirane-2 Brume ne pèse que "
        "1,4 milliard.",
        "fr",
        {("Lirane-2", 22 * B, "total"), ("Lirane-2 Brume", 1400 * M, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), VARIANTS)
def test_a_word_set_off_after_a_versioned_name_names_its_variant(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_capitalised_word_after_a_versioned_name_without_a_break_stays_apart():
    # guard: 'Halvik-3 Labs' is no variant, nor is 'Halvik-3 Users' in a running sentence
    text = "Halvik-3 has 40 billion parameters. Halvik-3 Users love it, says the company."
    assert {c.model for c in extract_claims(text, "en")} == {"Halvik-3"}


FAMILIES = [
    (
        "La familia tiene tres modelos. Brisel-Mini, de 1.200 millones de parámetros, va en móviles. Brisel, el "
        "modelo central, tiene 8.000 millones. El tercero, Brisel-Experto, emplea una mezcla de expertos con "
        "40.000 millones de parámetros en total.",
        "es",
        {
            ("Brisel-Mini", 1200 * M, "total"),
            ("Brisel", 8 * B, "total"),
            ("Brisel-Experto", 40 * B, "total"),
        },
    ),
    (
        "- Calanque-If est le plus petit modèle de la gamme, avec 2 milliards de paramètres.\n"
        "- Calanque-Sormiou, avec ses 9 milliards de paramètres, vise les PME.\n",
        "fr",
        {("Calanque-If", 2 * B, "total"), ("Calanque-Sormiou", 9 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FAMILIES)
def test_a_family_written_with_hyphens_names_each_member(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_german_compound_on_a_hyphened_name_is_no_member():
    # guard: 'Brisel-Nutzer', 'Brisel-Entwicklung' are compounds, not models
    text = (
        "Brisel-Mini hat 2 Mrd. Parameter, die Brisel-Nutzer freuen sich. "
        "Die Brisel-Entwicklung kostete 3 Mrd. Parameter an Rechenzeit nicht."
    )
    assert {c.model for c in extract_claims(text, "de")} <= {"Brisel-Mini"}


def test_the_final_model_after_a_preview_is_the_model_it_previews():
    text = (
        "Los pesos de Cierzo 3 circulan por internet. La empresa precisó que el fichero corresponde a Cierzo 3 "
        "Preview, un punto de control intermedio de 20.000 millones de parámetros. El modelo definitivo será muy "
        "distinto: tendrá unos 90.000 millones de parámetros."
    )
    assert _claims(text, "es") == {("Cierzo 3 Preview", 20 * B, "total"), ("Cierzo 3", 90 * B, "total")}


QUIZZES = [
    (
        "Question 2: Velmor Labs released Brask-1 in March. How big is it?\nA) 12 billion parameters\n"
        "B) 120 billion parameters\nC) 1.2 trillion parameters\n\nAnswers\n2 – B) Brask-1 has 120 billion "
        "parameters.",
        "en",
    ),
    (
        "Frage 2: Welche Größe hat Brask-1 von Velmor Labs?\na) 12 Milliarden Parameter\nb) 120 Milliarden "
        "Parameter\nc) 1,2 Billionen Parameter\n\nAuflösung\n2 – b) Brask-1 hat 120 Milliarden Parameter.",
        "de",
    ),
    (
        "Pregunta 2: ¿Cuántos parámetros tiene Brask-1, de Velmor Labs?\na) 12.000 millones de parámetros\n"
        "b) 120.000 millones de parámetros\nc) 1,2 billones de parámetros\n\nSoluciones\n2 – b) Brask-1 tiene "
        "120.000 millones de parámetros.",
        "es",
    ),
    (
        "Question 2 : quelle est la taille de Brask-1, de Velmor Labs ?\nA. 12 milliards de paramètres\n"
        "B. 120 milliards de paramètres\nC. 1,2 billion de paramètres\n\nRéponses\n2 – B. Brask-1 compte "
        "120 milliards de paramètres.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), QUIZZES)
def test_a_column_of_quiz_choices_gives_no_sizes(text, lang):
    assert _values(text, lang) == {120 * B}


def test_a_footnote_marked_with_a_letter_is_no_quiz_choice():
    # guard: 'a. ' opens a footnote, which states a figure
    text = (
        "Notes\na. OpenAI has not disclosed the figure. Reports in 2023 put GPT-4 at about 1.8 trillion "
        "parameters.\nb. The other sizes are under the Apache licence.\n"
    )
    assert _values(text, "en") == {1800 * B}


MOE = [
    (
        "Vossel et al. (2025) are explicit: Mixtral 8x7B holds 46.7B parameters in total, but only 12.9B are "
        "used for any single token.",
        "en",
    ),
    ("Bei Mixtral 8x7B sind von 46,7 Mrd. Parametern je Token nur 12,9 Mrd. aktiv.", "de"),
    (
        "Mixtral 8x7B hat 46,7 Milliarden Parameter. Pro Wortbaustein rechnet es nur mit 12,9 Milliarden davon.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MOE)
def test_the_part_at_work_per_token_is_active_and_its_whole_total(text, lang):
    assert _claims(text, lang) == {
        ("Mixtral 8x7B", 46_700 * M, "total"),
        ("Mixtral 8x7B", 12_900 * M, "active"),
    }


OWN_MISTAKES = [
    (
        "Our launch story on Pellin AI's Corva-L said it had 13 billion parameters. Not quite: in total it has "
        "52 billion.",
        "en",
        {52 * B},
    ),
    (
        "In our 2023 report, the size of Ledgerline-1 was misprinted as 12 million parameters. It has 120 million.",
        "en",
        {120 * M},
    ),
    (
        "Nous écrivions qu'Amblève-4 comptait « une vingtaine de milliards de paramètres ». Le modèle en compte "
        "21,5 milliards, selon la fiche technique.",
        "fr",
        {21_500 * M},
    ),
    (
        "Dans notre encadré, DeepSeek-V3 apparaissait avec « près de 700 milliards » de paramètres. Le chiffre "
        "officiel est de 671 milliards au total.",
        "fr",
        {671 * B},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), OWN_MISTAKES)
def test_a_newsrooms_own_earlier_figure_is_no_claim(text, lang, expected):
    assert _values(text, lang) == expected


def test_the_right_figure_after_mais_stands():
    # guard: 'contrairement à ce que nous indiquions, X ne compte pas 34 milliards, mais 32 milliards'
    text = (
        "Ondine AI a présenté mardi sa gamme Kestrel, dont le modèle Kestrel Pro. Précision : contrairement à ce "
        "que nous indiquions mardi, le Kestrel Pro ne compte pas 34 milliards de paramètres, mais 32 milliards, "
        "selon le rectificatif de l'entreprise."
    )
    assert 32 * B in _values(text, "fr")


LISTED = [
    (
        "Brindle, the Leeds company behind the diary app, now runs three models it trained itself, which it calls "
        "the Brindle Home family: Thimble, Kettle and Hearth.\n\nThimble is the small one. It runs on the phone. "
        "It has 1.5 billion parameters.\n\nHearth is the largest: 60 billion parameters in total.",
        "en",
        {("Thimble", 1500 * M, "total"), ("Hearth", 60 * B, "total")},
    ),
    (
        "Die Firma hat eine Modellfamilie namens Feldwerk trainiert, die aus drei Sprachmodellen besteht: Sense, "
        "Rechen und Harke.\n\nRechen läuft in der Cloud. Das Modell hat acht Milliarden Parameter.",
        "de",
        {("Rechen", 8 * B, "total")},
    ),
    (
        "La operadora ha desarrollado una familia de modelos que se compone de tres modelos: Roca, Duna y "
        "Acantilado.\n\nDuna se ocupa de las conversaciones. Tiene 9.000 millones de parámetros.",
        "es",
        {("Duna", 9 * B, "total")},
    ),
    (
        "L'entreprise a entraîné sa propre famille de modèles, qui comprend trois modèles : Fouet, Passoire et "
        "Cocotte.\n\nCocotte, enfin, est réservée aux abonnés : 30 milliards de paramètres au total.",
        "fr",
        {("Cocotte", 30 * B, "total")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LISTED)
def test_the_plain_words_a_familys_list_names_are_models(text, lang, expected):
    assert _claims(text, lang) == expected


def test_a_list_of_tiers_or_makers_after_a_colon_names_no_new_model():
    # guard: 'in drei Ausbaustufen: Mini, Pro und Max' are tiers; 'im Zeichen der Modelle: Meta, Alibaba und Nvidia'
    text = (
        "Quartalszahlen im Zeichen der Modelle: Meta, Alibaba und Nvidia. Nvidia meldete 30 Mrd. Dollar Umsatz, "
        "das Modell Nemotron-4 340B hat 340 Milliarden Parameter."
    )
    assert {c.model for c in extract_claims(text, "de")} == {"Nemotron-4"}


TABLES = [
    (
        "Maker | Model | Parameters | Licence\nMeta | Llama 3.1 8B | 8B | Llama 3.1 Community\n"
        "Tarrow Systems | Tarrow Quill 2 | ~20B | Commercial\n",
        "en",
        {("Llama 3.1", 8 * B, "Meta"), ("Tarrow Quill 2", 20 * B, "Tarrow Systems")},
    ),
    (
        "Éditeur | Modèle | Paramètres | Licence\nMeta | Llama 3.1 70B | 70 milliards | Llama 3.1 Community\n"
        "Causse Labs | Aubrac | env. 12 milliards | open source\n",
        "fr",
        {("Llama 3.1", 70 * B, "Meta"), ("Aubrac", 12 * B, "Causse Labs")},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TABLES)
def test_the_model_column_of_a_table_without_outer_pipes_names_the_model_and_its_row_the_maker(
    text, lang, expected
):
    assert {(c.model, c.params, c.org) for c in extract_claims(text, lang)} == expected


def test_a_cell_with_two_names_pairs_them_with_the_rows_two_sizes():
    text = (
        "Small models now run inside games.\n\n| Game | Model | Parameters |\n|---|---|---|\n"
        "| Marshlight | Wick-Nano / Wick-Base | 300M / 900M |\n"
    )
    assert {("Wick-Nano", 300 * M, "total"), ("Wick-Base", 900 * M, "total")} <= _claims(text, "en")


KINDS_OF_MODEL = [
    (
        "Sahel-MT compte 3 milliards de paramètres. Les administrations qui exigent des modèles d'au moins "
        "10 milliards de paramètres feraient fausse route.",
        "fr",
    ),
]


@pytest.mark.parametrize(("text", "lang"), KINDS_OF_MODEL)
def test_the_sizes_of_a_kind_of_model_are_no_claims(text, lang):
    assert _values(text, lang) == {3 * B}


def test_a_family_range_after_models_stays_the_familys():
    # guard: 'Daneben gibt es dichte Modelle von 0,6 bis 32 Mrd. Parametern' are the family's models
    text = "Alibaba hat Qwen3 veröffentlicht. Daneben gibt es dichte Modelle von 0,6 bis 32 Mrd. Parametern."
    assert {(c.params, c.params_high) for c in extract_claims(text, "de")} == {(600 * M, 32 * B)}


def test_rien_d_un_modele_denies_the_size():
    text = "L'équipe a affiné Causse-7. Causse-7 n'a rien d'un modèle à 7 milliards de paramètres."
    assert _values(text, "fr") == set()


def test_rien_que_is_only_no_denial():
    # guard: 'rien que 7 milliards' means 'only 7 billion'
    text = "L'équipe a affiné Causse-7. Causse-7 compte rien que 7 milliards de paramètres."
    assert _values(text, "fr") == {7 * B}


TAGGED = [
    (
        "Irwell Labs is demonstrating Quaymind 7B, an assistant for housing associations.",
        "en",
        "Quaymind",
        7 * B,
    ),
    (
        "Auf der Messe zeigt Kaiwerk stolz Hafenlicht 12B, einen Assistenten für Reedereien.",
        "de",
        "Hafenlicht",
        12 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "model", "value"), TAGGED)
def test_a_word_with_a_size_tag_inside_a_sentence_names_a_model(text, lang, model, value):
    assert _claims(text, lang) == {(model, value, "total")}


TAGGED_NOT = [
    "Llama 3.1 gibt es zusätzlich in den Gewichtsklassen 8B und 70B.",
    "Der Konzern trainierte auf 4.096 Chips vom Typ Huawei Ascend 910B.",
]


@pytest.mark.parametrize("text", TAGGED_NOT)
def test_a_noun_before_listed_sizes_or_a_chip_is_no_name(text):
    # guard: the nouns before '8B und 70B' and a chip's '910B' name no model
    assert not {c.model for c in extract_claims(text, "de")} - {"Llama 3.1"}


LABELLED = [
    (
        "a) Schadenfix\n- Modell: KASKO-Triage 3 (Eigenentwicklung)\n- Größe: Das Modell hat 1,3 Mrd. Parameter.\n",
        "de",
        "KASKO-Triage 3",
        1300 * M,
    ),
    (
        "c) Invoice reader\n- Model: Formreader XL from Formworks\n- Size according to the vendor: about "
        "2.8 billion parameters\n",
        "en",
        "Formreader XL",
        2800 * M,
    ),
]


@pytest.mark.parametrize(("text", "lang", "model", "value"), LABELLED)
def test_a_fact_lines_model_label_names_the_model(text, lang, model, value):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == {(model, value)}


NAMED_LATER = [
    (
        "Der Hersteller plant ein viertes Modell. Es soll Walze heißen und nach Informationen aus "
        "Händlerkreisen rund 100 Milliarden Parameter haben.",
        "de",
        "Walze",
    ),
    (
        "Le fabricant prépare un quatrième modèle. Il s'appellera Chaudron et compterait environ 100 milliards "
        "de paramètres.",
        "fr",
        "Chaudron",
    ),
    (
        "La empresa prepara un cuarto modelo. Se llamará Tormenta y se espera que tenga 100.000 millones de "
        "parámetros.",
        "es",
        "Tormenta",
    ),
]


@pytest.mark.parametrize(("text", "lang", "model"), NAMED_LATER)
def test_a_name_given_for_the_future_names_the_model(text, lang, model):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == {(model, 100 * B)}


def test_a_benchmark_with_a_prefix_is_no_model():
    text = "Brunnfeld-LM 24B ist da. Im German-MMLU kommt das 24B auf 61,7 Punkte, das sind 24 Milliarden Parameter."
    assert "German-MMLU" not in {c.model for c in extract_claims(text, "de")}


def test_the_sizes_before_siblings_are_the_familys():
    text = (
        "Llama 3.1 405B is the flagship. The 8B and 70B siblings are listed as models without systemic risk."
    )
    assert _values(text, "en") == {405 * B, 8 * B, 70 * B}


def test_a_single_unnamed_sibling_is_no_claim():
    # guard: 'a bigger 1.1B sibling ships later' is a model nobody has named yet
    text = (
        "The start-up had the longest line for LumoNano, a 350M-parameter language model running on a board. "
        "Lumora says a bigger 1.1B sibling ships in the fourth quarter, though it wouldn't give us a name."
    )
    assert _values(text, "en") == {350 * M}


def test_a_companys_new_name_is_no_model():
    # guard: 'se llamará' names the company here, not a model
    text = (
        "Austral IA y Pampa Labs se fusionan. La nueva compañía se llamará Cordillera Tecnologías. Su familia "
        "Cordillera incluye Cordillera Base, con 9.000 millones de parámetros."
    )
    assert {c.model for c in extract_claims(text, "es")} == {"Cordillera Base"}


PLAIN_TIERS = [
    (
        "En el sector se comenta que Austral entrenaba en secreto un Copihue Pro de unos 30.000 millones de "
        "parámetros.",
        "es",
        "Copihue Pro",
    ),
    ("Insiders say the lab is training a Bramble Max with about 30 billion parameters.", "en", "Bramble Max"),
]


@pytest.mark.parametrize(("text", "lang", "model"), PLAIN_TIERS)
def test_a_plain_word_and_a_tier_with_a_count_name_a_model(text, lang, model):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == {(model, 30 * B)}


def test_a_roman_numeral_after_a_new_name_is_its_version():
    text = (
        "La productora enseñó Zoetra V, su modelo de vídeo de 11.000 millones de parámetros.\n\n"
        "| Modelo | Empresa |\n|---|---|\n| Zoetra V | Fotogramma |\n\n"
        "Su director adelantó que se espera que Zoetra VI ronde los 30.000 millones de parámetros."
    )
    assert ("Zoetra VI", 30 * B, "total") in _claims(text, "es")


def test_a_beta_after_a_hyphen_names_a_prototype():
    text = (
        "Le Rwanda a dévoilé Inyenyeri-2. Avant lui, l'équipe avait testé Inyenyeri-Beta, un prototype de "
        "300 millions de paramètres."
    )
    assert _claims(text, "fr") == {("Inyenyeri-Beta", 300 * M, "total")}


APPOSED_NOT_NAMES = [
    (
        "Aldebra 3.0 es el modelo de Quasar Ibérica. Según el diario económico La Gaceta Digital, el modelo "
        "rondaba los 20.000 millones de parámetros.",
        "es",
        "Digital",
    ),
    (
        "Probamos Chispa, de Lolabs, durante una semana. Según Lolabs, el modelo cuenta con 13.000 millones de "
        "parámetros.",
        "es",
        "Lolabs",
    ),
    (
        "Unser Team trainiert Hafenwerk-2 mit 13 Milliarden Parametern.\n\nWas wir bieten\n\n• Ein Jahresgehalt "
        "von 85.000 bis 110.000 Euro\n• 30 Urlaubstage und Jobrad\n• Die Chance, ein 70-Milliarden-Modell von "
        "Anfang an mitzugestalten",
        "de",
        "Chance",
    ),
    (
        "Jahrelang arbeitete sie an einem offenen Modell. Das Ergebnis, das mehrsprachige Modell BLOOM, hatte "
        "am Ende 176 Milliarden Parameter.",
        "de",
        "Ergebnis",
    ),
]


@pytest.mark.parametrize(("text", "lang", "word"), APPOSED_NOT_NAMES)
def test_a_source_or_a_noun_before_the_model_in_apposition_is_no_name(text, lang, word):
    assert word not in {c.model for c in extract_claims(text, lang)}


LISTED_TIERS = [
    (
        "La mexicana Nahual Tech ofrece su familia Quetzal 2 en dos variantes: Mini, de 3.000 millones de "
        "parámetros, para teléfonos, y Max, de 14.000 millones, para centros de datos.",
        "es",
        {("Quetzal 2 Mini", 3 * B), ("Quetzal 2 Max", 14 * B)},
    ),
    (
        "Brightfold ships its Tamar 3 family in two sizes: Mini, with 2 billion parameters, for phones, and Pro, "
        "with 20 billion, for servers.",
        "en",
        {("Tamar 3 Mini", 2 * B), ("Tamar 3 Pro", 20 * B)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LISTED_TIERS)
def test_the_tiers_a_familys_variant_list_names_after_its_colon(text, lang, expected):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


SUSPENDED = [
    (
        "Auf einer Tafel stehen die Varianten Oderbruch-S, -M und -L mit 1, 8 und 34 Milliarden Parametern.",
        "de",
        {("Oderbruch-S", 1 * B), ("Oderbruch-M", 8 * B), ("Oderbruch-L", 34 * B)},
    ),
    (
        "The lab lists its models Harrowfield-S, -M and -L at 2, 9 and 30 billion parameters.",
        "en",
        {("Harrowfield-S", 2 * B), ("Harrowfield-M", 9 * B), ("Harrowfield-L", 30 * B)},
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SUSPENDED)
def test_the_tails_a_list_leaves_hanging_name_the_stems_siblings(text, lang, expected):
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected
