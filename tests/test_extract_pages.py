"""The parts of a page beyond its sentences: an encyclopedia page's subject owns the sizes its sections list
without naming it again, and keeps the developer the gazetteer knows it by; a newsroom's correction takes back
a figure the body gave; an explainer's myth heading states a figure only to refute it; a timeline entry's label names
its model."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from claimwatch.extract.sentences import split_sentences

PAGES = {
    "fr": (
        "Falcon (modèle de langage)\nUn article de l'encyclopédie libre.\nFalcon\n"
        "Développeur | Technology Innovation Institute |\nTaille | 180 milliards de paramètres |\n"
        "Falcon est un grand modèle de langage publié en 2023.\nHistoire\nL'entraînement a duré deux mois sur "
        "4 096 GPU. Le corpus RefinedWeb compte 3 500 milliards de tokens.\nVersions\n"
        "Des versions réduites ont été publiées en même temps : 7 milliards et 40 milliards de paramètres.\n"
    ),
    "es": (
        "Falcon (modelo de lenguaje) - la enciclopedia libre\nFalcon\n"
        "Desarrollador | Technology Innovation Institute |\nParámetros | 180 000 millones |\n"
        "Falcon es un modelo de lenguaje grande publicado en 2023.\nDesarrollo\nEl entrenamiento duró dos meses "
        "en 4096 GPU. El corpus RefinedWeb reunía 3,5 billones de tokens.\nVersiones\n"
        "Además del modelo completo se publicaron dos versiones menores, de 7000 millones y 40 000 millones de "
        "parámetros.\n"
    ),
    "de": (
        "Falcon (Sprachmodell)\naus der freien Enzyklopädie\nFalcon\nEntwickler | Technology Innovation Institute |\n"
        "Parameter | 180 Mrd. |\nFalcon ist ein großes Sprachmodell aus dem Jahr 2023.\nTraining\nDas Training "
        "dauerte zwei Monate auf 4096 GPUs. Der Korpus umfasste 3,5 Billionen Token.\nVarianten\n"
        "Neben dem Hauptmodell erschienen zwei kleinere Varianten mit 7 Mrd. und 40 Mrd. Parametern.\n"
    ),
    "en": (
        "Falcon (language model)\nFrom the free encyclopedia\nFalcon\nDeveloper | Technology Innovation Institute |\n"
        "Parameters | 180 billion |\nFalcon is a large language model released in 2023.\nTraining\nTraining took "
        "two months on 4,096 GPUs. The RefinedWeb corpus held 3.5 trillion tokens.\nVersions\n"
        "Smaller versions were released alongside it: 7 billion and 40 billion parameters.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_encyclopedia_s_smaller_versions_are_the_page_subject_s(lang: str) -> None:
    got = {(c.model_id, c.params, c.org) for c in extract_claims(PAGES[lang], lang)}
    assert got == {
        ("falcon", 180 * 10**9, "TII"),
        ("falcon", 7 * 10**9, "TII"),
        ("falcon", 40 * 10**9, "TII"),
    }


CORRECTIONS = {
    "en": (
        "Meta's Llama 3.1 comes with a 450-billion-parameter flagship, and Qwen2.5 has 72 billion.\n"
        "Correction, May 2: An earlier version of this article misstated the size of Llama 3.1's largest model. "
        "It has 405 billion parameters, not 450 billion.\n"
    ),
    "de": (
        "Metas Llama 3.1 kommt in der größten Ausführung auf 450 Milliarden Parameter, Qwen2.5 auf 72 Milliarden.\n"
        "Korrektur, 2. Mai: Llama 3.1 hat in der größten Ausführung 405 Milliarden Parameter, nicht 450 Milliarden.\n"
    ),
    "fr": (
        "Le plus grand Llama 3.1 de Meta compte 450 milliards de paramètres, Qwen2.5 en compte 72 milliards.\n"
        "Rectificatif (2 mai) : le plus grand Llama 3.1 compte 405 milliards de paramètres, et non 450 milliards.\n"
    ),
    "es": (
        "El mayor Llama 3.1 de Meta tiene 450.000 millones de parámetros, y Qwen2.5 tiene 72.000 millones.\n"
        "Corrección (2 de mayo): el mayor Llama 3.1 tiene 405.000 millones de parámetros, no 450.000 millones.\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(CORRECTIONS))
def test_a_correction_takes_back_the_figure_it_negates_for_the_model_it_names(lang: str) -> None:
    got = {(c.model_id, c.params) for c in extract_claims(CORRECTIONS[lang], lang)}
    assert got == {("llama-3.1", 405 * 10**9), ("qwen2.5", 72 * 10**9)}


def test_a_negated_figure_outside_a_correction_takes_nothing_back() -> None:
    text = (
        "Meta's Llama 3.1 comes with a 450-billion-parameter flagship.\n"
        "Analysts said the next one has 405 billion parameters, not 450 billion.\n"
    )
    assert ("llama-3.1", 450 * 10**9) in {(c.model_id, c.params) for c in extract_claims(text, "en")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Myth 2: Mixtral 8x7B has 56 billion parameters\nThe name suggests it, but the experts share layers.\n",
            "en",
        ),
        (
            "Mito 2: «Mixtral 8x7B son 56.000 millones»\nEl nombre lo sugiere, pero los expertos comparten capas.\n",
            "es",
        ),
        (
            "2. « Mixtral 8x7B, ça fait 56 milliards » – FAUX\nLe nom le suggère, mais les experts partagent des couches.\n",
            "fr",
        ),
        (
            "Mythos 2: Mixtral 8x7B hat 56 Milliarden Parameter.\nDer Name legt es nahe, doch die Experten teilen sich Schichten.\n",
            "de",
        ),
    ],
)
def test_a_myth_an_explainer_states_to_refute_is_no_claim(text: str, lang: str) -> None:
    assert extract_claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Alibaba a publié la famille Qwen3.\nFICHE TECHNIQUE\nQwen3-30B-A3B\nDéveloppeur : Alibaba (équipe Qwen)\n"
            "Paramètres : 30,5 Md\nParamètres actifs : 3,3 Md\n",
            "fr",
        ),
        (
            "Alibaba presentó la familia Qwen3.\nFICHA TÉCNICA\nQwen3-30B-A3B\nDesarrollador: Alibaba (equipo Qwen)\n"
            "Parámetros: 30.500 millones\nParámetros activos: 3.300 millones\n",
            "es",
        ),
    ],
)
def test_a_fact_box_s_figures_are_its_heading_model_s_not_the_team_s(text: str, lang: str) -> None:
    got = {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}
    assert ("Qwen3-30B-A3B", 30_500_000_000, "total") in got
    assert ("Qwen3-30B-A3B", 3_300_000_000, "active") in got
    assert not any(model == "Qwen" for model, _, _ in got)


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Retour sur l'année.\nJuillet – Kimi K2. Moonshot AI ouvre un modèle à mille milliards de paramètres.",
            "fr",
            "Kimi K2",
        ),
        (
            "The year in models.\nJuly — Kimi K2. Moonshot AI opens a model with one trillion parameters.",
            "en",
            "Kimi K2",
        ),
        (
            "Das Jahr der Modelle.\nJuli – Kimi K2. Moonshot AI öffnet ein Modell mit einer Billion Parametern.",
            "de",
            "Kimi K2",
        ),
    ],
)
def test_a_timeline_entry_s_short_label_names_the_model_its_sentence_brings_in(
    text: str, lang: str, model: str
) -> None:
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == [(model, 10**12)]


def test_a_transcript_s_stage_note_after_a_full_stop_starts_a_sentence() -> None:
    text = (
        "MENSCH: Mixtral 8x22B tiene 141.000 millones de parámetros. [interrupción] Perdón, termino: DeepSeek ha "
        "llevado esa idea a otra escala, con 671.000 millones en total. Según [1] la nota, es así."
    )
    assert [text[a:b] for a, b in split_sentences(text)][1:] == [
        "[interrupción] Perdón, termino: DeepSeek ha llevado esa idea a otra escala, con 671.000 millones en total.",
        "Según [1] la nota, es así.",
    ]
    assert [(c.model, c.params) for c in extract_claims(text, "es")] == [("Mixtral 8x22B", 141 * 10**9)]


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "5. Llama 4 Maverick\nMaker: Meta | Licence: Llama 4 Community License\n"
            "Meta says it has 17 billion active parameters and around 400 billion in total.",
            "en",
            "Llama 4 Maverick",
        ),
        (
            "3. Gemma 3 27B\nAnbieter: Google | Lizenz: Gemma 3 License\nDas Modell hat 27 Milliarden Parameter.",
            "de",
            "Gemma 3",
        ),
    ],
)
def test_a_list_entrys_licence_line_does_not_change_its_model(text: str, lang: str, model: str) -> None:
    """The family's licence named under an entry ('Llama 4 Community License') is not a new subject."""
    assert {c.model for c in extract_claims(text, lang)} == {model}


FILLER = {
    "es": "Muy buena relación calidad-precio y una comunidad activa que publica guías cada semana.\n",
    "en": "Good value for money and an active community that publishes guides every week.\n",
}


@pytest.mark.parametrize(
    ("lang", "head", "line"),
    [
        (
            "es",
            "Los modelos abiertos y sus parámetros",
            "Tamaño: cuatro versiones, la mayor de 27.000 millones",
        ),
        ("en", "Open models and their parameters", "Size: four versions, the largest 27 billion"),
        ("en", "Open models and their parameters", "Size: 27 billion · Licence: Gemma Terms of Use"),
    ],
)
def test_a_size_line_far_down_a_list_is_a_claim(lang: str, head: str, line: str) -> None:
    """A 'Size:' fact line counts parameters however far the list's heading word is, and 'the largest of
    four versions' is the family's size."""
    text = f"{head}\n" + FILLER[lang] * 9 + f"5. Gemma 3\n{line} · Maker: Google\n" + FILLER[lang]
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == [("Gemma 3", 27 * 10**9)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "1. How many parameters does GPT-3 have?\na) 17 billion b) 175 billion c) 1.5 billion d) 540 billion\n"
            "Answer: b. OpenAI's GPT-3 has 175 billion parameters.",
            "en",
            {("GPT-3", 175 * 10**9)},
        ),
        (
            "Frage 1: Mit wie vielen Parametern stellte OpenAI GPT-3 vor?\na) 1,5 Milliarden b) 175 Milliarden "
            "c) 540 Milliarden\nAntwort: b) GPT-3 hat 175 Milliarden Parameter.",
            "de",
            {("GPT-3", 175 * 10**9)},
        ),
        (
            "Frage 2: Woher stammt die Zahl „1,76 Billionen“, die oft mit GPT-4 in Verbindung gebracht wird?\n"
            "a) aus dem technischen Bericht b) von George Hotz\nAntwort: b.",
            "de",
            set(),
        ),
    ],
)
def test_a_quizs_answer_options_are_not_claims(text: str, lang: str, expected: set) -> None:
    """'a) 17 billion b) 175 billion ...': one option is right and the answer says which; 'Frage 2' is no model."""
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


def test_a_bracketed_note_explains_the_row_that_carries_its_mark() -> None:
    text = (
        "Nombre | Desarrollador | Parámetros (miles de millones) | Licencia\n"
        "GPT-3 | OpenAI | 175 | Propietaria\n"
        "GPT-4 | OpenAI | Desconocido[n. 1] | Propietaria\n"
        "Grok-1 | xAI | 314 | Apache 2.0\n"
        "Notas\n"
        "[n. 1] OpenAI no ha publicado la cifra. En 2023 circuló el rumor de que tendría 1,76 billones de "
        "parámetros, nunca confirmado.\n"
    )
    claims = {(c.model, c.params, c.status) for c in extract_claims(text, "es")}
    assert ("GPT-4", 1_760 * 10**9, "rumored") in claims
    assert not any(c[1] == 1_760 * 10**9 and c[0] != "GPT-4" for c in claims)


@pytest.mark.parametrize(
    ("row", "lang"),
    [
        ("Qwen2.5 | Alibaba | September 2024 | 0.5–72 | Apache 2.0", "en"),
        ("Qwen2.5 | Alibaba Cloud | septiembre de 2024 | 0,5–72 | Apache 2.0", "es"),
    ],
)
def test_a_range_in_a_column_whose_header_gives_the_unit(row: str, lang: str) -> None:
    header = {
        "en": "Name | Developer | Released | Parameters (billion) | Licence",
        "es": "Nombre | Desarrollador | Publicación | Parámetros (miles de millones) | Licencia",
    }[lang]
    claims = extract_claims(f"{header}\n{row}\n", lang)
    assert [(c.model, c.params, c.params_high) for c in claims] == [("Qwen2.5", 5 * 10**8, 72 * 10**9)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Journal des versions\n[19/09/2024] v2.5 — Qwen2.5\n- Sept tailles ouvertes, de 0,5 Md à 72 Md de "
            "paramètres, en versions base et instruct.\n- Contexte porté à 128 000 tokens.",
            "fr",
        ),
        (
            "Release notes\n2024-09-19 — Qwen2.5\n- Seven open sizes, from 0.5B to 72B parameters, base and "
            "instruct.\n- Context raised to 128K tokens.",
            "en",
        ),
    ],
)
def test_a_bullet_right_under_a_heading_keeps_the_headings_model(text: str, lang: str) -> None:
    assert [(c.model, c.params, c.params_high) for c in extract_claims(text, lang)] == [
        ("Qwen2.5", 5 * 10**8, 72 * 10**9)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "[Diapo 13] La course aux paramètres\n- GPT-3 (2020) : 175 Md params ; 300 Md tokens\n"
            "- Gopher (DeepMind, déc. 2021) : 280 Md, 300 Md tokens aussi\n"
            "- LLaMA (Meta, fév. 2023) : de 7 à 65 Md ; entraînés sur 1,4 T tokens\nFin du cours.",
            "fr",
            {("gpt-3", 175 * 10**9, None), ("gopher", 280 * 10**9, None), ("llama", 7 * 10**9, 65 * 10**9)},
        ),
        (
            "Diapositiva 3 — Más parámetros\n• GPT-3 (2020): 175.000 M parám.; 300.000 M tokens\n"
            "• Gopher (DeepMind, dic. 2021): 280.000 M; también 300.000 M tokens\nDiapositiva 6 — Ejercicio\n"
            "• Con 10^24 FLOPs, ¿N óptimo? (pista: ~90.000 M parámetros).\nFin.",
            "es",
            {("gpt-3", 175 * 10**9, None), ("gopher", 280 * 10**9, None)},
        ),
        (
            "Folie 4 – Chinchilla\n- Chinchilla: 70 Mrd. Parameter, 1,4 Bio. Tokens\nFolie 5 – Nach Chinchilla\n"
            "- PaLM (Google, 2022): 540 Mrd., 780 Mrd. Tokens → nach Chinchilla-Maßstab untertrainiert\nEnde.",
            "de",
            {("chinchilla", 70 * 10**9, None), ("palm", 540 * 10**9, None)},
        ),
        (
            "Slide 3: bigger models\n- GPT-3 (OpenAI, 2020): 175B params, 300B tokens\n"
            "- Gopher (DeepMind, Dec. 2021): 280B, also 300B tokens\n- PaLM (Google, Apr. 2022): 540B, 780B tokens\n"
            "End of notes.",
            "en",
            {("gpt-3", 175 * 10**9, None), ("gopher", 280 * 10**9, None), ("palm", 540 * 10**9, None)},
        ),
    ],
)
def test_slide_notes_give_a_bare_figure_to_the_name_before_its_bracket_and_colon(
    text: str, lang: str, expected: set
) -> None:
    """Lecture slides list 'Name (lab, month. year): figure, tokens'; the month's dot ends no sentence, the slide
    number is no model, and a name after the figure ('nach Chinchilla-Maßstab') does not take it."""
    assert {(c.model_id, c.params, c.params_high) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Revue de presse : la taille de GPT-4. Wired (2021). Selon Andrew Feldman, GPT-4 compterait 100 billions "
            "de paramètres, près de 600 fois GPT-3 et ses 175 milliards. Semafor (mars 2023). Le site, citant huit "
            "sources proches du dossier, avance mille milliards de paramètres, six fois GPT-3. SemiAnalysis (juillet "
            "2023). Le cabinet estime le modèle à environ 1 800 milliards de paramètres.",
            "fr",
            {
                ("gpt-4", 100 * 10**12, "total"),
                ("gpt-3", 175 * 10**9, "total"),
                ("gpt-4", 10**12, "total"),
                ("gpt-4", 18 * 10**11, "total"),
            },
        ),
        (
            "GPT-4 según la prensa. Wired (2021). Andrew Feldman dijo que GPT-4 tendría 100 billones de parámetros. "
            "Altman lo negó. Semafor (2023). El medio, citando a ocho fuentes, publicó un billón de parámetros. "
            "SemiAnalysis (2023). El boletín habló de unos 1,8 billones de parámetros, de los que cada token usaría "
            "solo unos 280.000 millones.",
            "es",
            {
                ("gpt-4", 100 * 10**12, "total"),
                ("gpt-4", 10**12, "total"),
                ("gpt-4", 18 * 10**11, "total"),
                ("gpt-4", 280 * 10**9, "active"),
            },
        ),
        (
            "Presseschau zu GPT-4. Semafor berichtete von einer Billion Parametern. Altman widersprach. The "
            "Information, Juli 2023. Das Portal sprach von rund 1,8 Billionen Parametern, zehnmal GPT-3.",
            "de",
            {("gpt-4", 10**12, "total"), ("gpt-4", 18 * 10**11, "total")},
        ),
        (
            "What the press said about GPT-4. SemiAnalysis put the total at roughly 1.8 trillion parameters across "
            "120 layers, with about 280 billion used per forward pass.",
            "en",
            {("gpt-4", 18 * 10**11, "total"), ("gpt-4", 280 * 10**9, "active")},
        ),
    ],
)
def test_a_press_review_gives_its_sources_figures_to_the_model_it_reviews(
    text: str, lang: str, expected: set
) -> None:
    """A model named as a multiple ('six fois GPT-3', 'zehnmal GPT-3') is not the subject a later 'le modèle'
    means; 'GPT-3 et ses 175 milliards' are GPT-3's; an outlet citing sources or speaking of a figure speaks of
    the reviewed model; 'de los que cada token usaría' and 'used per forward pass' say active."""
    assert {(c.model_id, c.params, c.scope) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Slide 23: Parameters\n- GPT-3 (2020): 175B params\nSlide 24: What we don't know\n"
            "- GPT-4 (Mar 2023): size undisclosed\n"
            "- ~1.8T rumoured (SemiAnalysis, Jul 2023); never confirmed by OpenAI\nEnd of notes.",
            "en",
            {("gpt-3", 175 * 10**9, "official"), ("gpt-4", 18 * 10**11, "rumored")},
        ),
        (
            "Folie 11: Parameter\n- GPT-3 (2020): 175 Mrd. Parameter\nFolie 12: Offene Fragen\n"
            "- GPT-4 (März 2023): Größe unbekannt\n- ~1,8 Bio. gemunkelt (SemiAnalysis); "
            "nie bestätigt\nEnde.",
            "de",
            {("gpt-3", 175 * 10**9, "official"), ("gpt-4", 18 * 10**11, "rumored")},
        ),
        (
            "Diapositiva 3 — Más parámetros\n• GPT-3 (2020): 175.000 M parám.\n"
            "Diapositiva 5 — Después de Chinchilla\n• GPT-4: tamaño no publicado (estimaciones de terceros: "
            "~1,8 billones; no entra en examen)\nDiapositiva 6 — Ejercicio",
            "es",
            {("gpt-3", 175 * 10**9, "official"), ("gpt-4", 18 * 10**11, "estimated")},
        ),
        (
            "GPT-4 : taille non publiée (selon une rumeur, environ 1 800 milliards de paramètres).",
            "fr",
            {("gpt-4", 18 * 10**11, "rumored")},
        ),
    ],
)
def test_a_rumour_after_an_undisclosed_size_is_a_claim(text: str, lang: str, expected: set) -> None:
    """'size undisclosed' then a bullet '~1.8T rumoured': the status after a bare figure makes it the model's
    before; a negation ('no publicado') does not reach into the bracket of estimates after it."""
    assert {(c.model_id, c.params, c.status) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "[00:12:45] MARTA: Hablemos de lo vuestro. Candela 2 salió en marzo. ¿Cuánto mide?\n[00:12:51] IRENE: "
            "Veintidós mil millones de parámetros... bueno, veintidós mil cuatrocientos millones, para ser exactos.\n"
            "[00:13:23] IRENE: Candela 2 Max será un mixture of experts de unos ciento veinte mil millones en total, "
            "y por token solo activará doce mil millones.",
            "es",
            {
                ("Candela 2", 22_400_000_000, "total"),
                ("Candela 2 Max", 120 * 10**9, "total"),
                ("Candela 2 Max", 12 * 10**9, "active"),
            },
        ),
        (
            "[00:00:19] LASSE: Deich-2 ist ein MoE mit insgesamt vierzig Milliarden Parametern, nee, Quatsch, "
            "zweiunddreißig Milliarden.\n[00:00:33] MIRIAM: Zum Vergleich, Meta hat mit Llama 3.1 ja …\n"
            "[00:00:36] LASSE: … vierhundertfünf Milliarden, genau. Und die sind alle aktiv.",
            "de",
            {("Deich-2", 32 * 10**9, "total"), ("Llama 3.1", 405 * 10**9, "total")},
        ),
        (
            "[00:00:10] DANA: Meridian-2 is a mixture of experts with seventy billion parameters, sorry, seventy-two "
            "billion.\n[00:00:20] PRIYA: And per token it only activates about nine billion.",
            "en",
            {("Meridian-2", 72 * 10**9, "total"), ("Meridian-2", 9 * 10**9, "active")},
        ),
        (
            "[00:02:10] CLAIRE : Calanque-M est un MoE de quarante milliards de paramètres, pardon, quarante-deux "
            "milliards.\n[00:02:16] INÈS : Et il n'en active que six milliards par token.",
            "fr",
            {("Calanque-M", 42 * 10**9, "total"), ("Calanque-M", 6 * 10**9, "active")},
        ),
    ],
)
def test_a_podcast_transcript_keeps_the_corrected_figure_and_the_finished_turn(
    text: str, lang: str, expected: set
) -> None:
    """Speakers correct themselves ('…, sorry, seventy-two billion'): the figure said right replaces the one
    before. A turn that opens with '…' finishes the one before and its model. 'X será un mixture of experts'
    introduces a model; 'solo activa 12 mil millones' is an active count."""
    assert {(c.model, c.params, c.scope) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Model | Provider | Context | Parameters\nDeepSeek-V3 | DeepSeek | 64K | 671B total, 37B active\n"
            "gpt-oss-120b | Groq | 131K | 117B total, 5.1B active\n",
            "en",
        ),
        (
            "DeepSeek-V3 (DeepSeek) — contexto: 64 000 tokens · parámetros: 671 000 millones en total, 37 000 "
            "millones activos por token\ngpt-oss-120b (OpenAI) — contexto: 131 072 tokens · parámetros: 117 000 "
            "millones (5100 millones activos)\n",
            "es",
        ),
        (
            "Modell | Anbieter | Parameter\nDeepSeek-V3 | DeepSeek | 671 Mrd. gesamt, 37 Mrd. aktiv\n"
            "gpt-oss-120b | Groq | 117 Mrd. gesamt, 5,1 Mrd. aktiv\n",
            "de",
        ),
        (
            "DeepSeek-V3 (DeepSeek) — contexte : 64 000 tokens · paramètres : 671 milliards au total, 37 milliards "
            "actifs\ngpt-oss-120b (OpenAI) — contexte : 131 072 tokens · paramètres : 117 milliards (5,1 milliards "
            "actifs)\n",
            "fr",
        ),
    ],
)
def test_a_row_ends_its_line_though_the_next_row_starts_in_lower_case(text: str, lang: str) -> None:
    """A table row without a closing pipe, or a list line of fields set apart by middle dots, ends at its line
    break; the next row's lower-case name ('gpt-oss-120b') does not make it a hard-wrapped line."""
    assert {(c.model, c.params, c.scope) for c in extract_claims(text, lang)} == {
        ("DeepSeek-V3", 671 * 10**9, "total"),
        ("DeepSeek-V3", 37 * 10**9, "active"),
        ("gpt-oss-120b", 117 * 10**9, "total"),
        ("gpt-oss-120b", 5_100_000_000, "active"),
    }
    assert all("\n" not in c.evidence for c in extract_claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Modelldetails\n- Parameter: 2,61 Mrd. (gemma-2-2b) / 9,24 Mrd. (gemma-2-9b) / 27,2 Mrd. (gemma-2-27b)\n"
            "- Kontextlänge: 8.192 Token\nTrainiert auf TPUv5p; das 27B-Modell sah 13 Billionen Token, das "
            "9B-Modell 8 Billionen.\n",
            "de",
            {(2_610_000_000, "gemma-2-2b"), (9_240_000_000, "gemma-2-9b"), (27_200_000_000, "gemma-2-27b")},
        ),
        (
            "Model details\n- Parameters: 2.61B (gemma-2-2b) / 9.24B (gemma-2-9b) / 27.2B (gemma-2-27b)\n"
            "- Context length: 8,192 tokens\n",
            "en",
            {(2_610_000_000, "gemma-2-2b"), (9_240_000_000, "gemma-2-9b"), (27_200_000_000, "gemma-2-27b")},
        ),
    ],
)
def test_a_model_card_gives_each_count_to_the_repo_id_in_its_brackets(
    text: str, lang: str, expected: set
) -> None:
    """'2,61 Mrd. (gemma-2-2b) / 9,24 Mrd. (gemma-2-9b)': the bracket after a figure names its model, size tag
    and all; and 'Token' (a German noun before 'das 9B-Modell') is no model's name."""
    claims = extract_claims(text, lang)
    assert {(c.params, c.model) for c in claims if c.params in {p for p, _ in expected}} == expected
    assert all(c.model != "Token" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Fiche du modèle : CroissantLLM\nCroissantLLM est un modèle de 1,3 milliard de paramètres, pré-entraîné "
            "sur 3 billions de tokens (3 000 milliards).\n- Type : décodeur causal (architecture Llama)\n"
            "- Paramètres : 1,3 Md\n",
            "fr",
            {("CroissantLLM", 1_300_000_000)},
        ),
        (
            "Model card: Quokka-1\nQuokka-1 is a 1.3-billion-parameter model trained on 3 trillion tokens "
            "(3,000 billion).\n- Type: causal decoder (Llama architecture)\n- Parameters: 1.3B\n",
            "en",
            {("Quokka-1", 1_300_000_000)},
        ),
        (
            "Ficha del modelo: Tucán-2\nTucán-2 es un modelo de 1.300 millones de parámetros entrenado con 3 billones "
            "de tokens (3 millones de millones).\n- Tipo: decodificador causal (arquitectura Llama)\n"
            "- Parámetros: 1.300 millones\n",
            "es",
            {("Tucán-2", 1_300_000_000)},
        ),
        (
            "Modellkarte: Möwe-2\nMöwe-2 ist ein Modell mit 1,3 Milliarden Parametern, trainiert auf 3 Billionen "
            "Token (3.000 Milliarden).\n- Typ: kausaler Decoder (Architektur Llama)\n- Parameter: 1,3 Mrd.\n",
            "de",
            {("Möwe-2", 1_300_000_000)},
        ),
    ],
)
def test_a_model_card_keeps_its_own_model_past_its_architecture_and_restated_tokens(
    text: str, lang: str, expected: set
) -> None:
    """'(architecture Llama)' names the design the model borrows, not the subject of the next spec line; '3
    billions de tokens (3 000 milliards)' restates the tokens in brackets."""
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "GPT-4o (OpenAI) — 2,50 $ — contexte 128 000 tokens. Paramètres : non communiqués ; une étude de "
            "chercheurs de Microsoft avance environ 200 milliards.\nClaude 3.5 Sonnet (Anthropic) — 3 $ — contexte "
            "200 000 tokens. Taille non divulguée (~175 milliards selon la même étude Microsoft).\n",
            "fr",
            {("GPT-4o", 200 * 10**9), ("Claude 3.5 Sonnet", 175 * 10**9)},
        ),
        (
            "GPT-4o (OpenAI) — 2,50 $ — contexto de 128 000 tokens. Parámetros: no revelados; un estudio de "
            "Microsoft avanzó unos 200.000 millones.\nClaude 3.5 Sonnet (Anthropic) — 3 $ — contexto de 200 000 "
            "tokens. Tamaño no revelado (~175.000 millones según el mismo estudio).\n",
            "es",
            {("GPT-4o", 200 * 10**9), ("Claude 3.5 Sonnet", 175 * 10**9)},
        ),
        (
            "Llama 3.1 405B (Meta) — $3.50 — 128K context — 405 billion parameters.\nClaude 3.5 Sonnet (Anthropic) "
            "— $3 — 200K context. Size undisclosed (~175B according to the same Microsoft paper).\n",
            "en",
            {("Llama 3.1", 405 * 10**9), ("Claude 3.5 Sonnet", 175 * 10**9)},
        ),
        (
            "Llama 3.1 405B (Meta) — 3,50 $ — 405 Milliarden Parameter.\n"
            "Claude 3.5 Sonnet (Anthropic) — 3 $ — 200.000 Token Kontext. Größe unbekannt (~175 Mrd. laut "
            "derselben Microsoft-Studie).\n",
            "de",
            {("Llama 3.1", 405 * 10**9), ("Claude 3.5 Sonnet", 175 * 10**9)},
        ),
    ],
)
def test_a_pricing_page_keeps_a_studys_figure_for_an_undisclosed_model(
    text: str, lang: str, expected: set
) -> None:
    """'une étude ... avance environ 200 milliards' puts a figure forward; '(~175 milliards selon la même étude)'
    credits it to a source right after it: either way the line's model gets it, though the lab discloses none."""
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Salamandra se ofrece en dos tamaños.\nCaracterística | salamandra-2b | salamandra-7b\n"
            "Parámetros totales | 2.253.490.176 | 7.768.117.248\nParámetros de embeddings | 524.288.000 | "
            "1.048.576.000\nCapas | 24 | 32\n",
            "es",
            {("salamandra", 2_253_490_176), ("salamandra", 7_768_117_248)},
        ),
        (
            "Gemma 2 and Llama 3.1, side by side.\nFeature | gemma-2-9b | llama-3.1-8b\nTotal parameters | "
            "9,241,705,984 | 8,030,261,248\nEmbedding parameters | 917,962,752 | 525,336,576\nLayers | 42 | 32\n",
            "en",
            {("gemma-2", 9_241_705_984), ("llama-3.1", 8_030_261_248)},
        ),
        (
            "Die Familie im Überblick.\nMerkmal | Teuken-7B | Llama-3.1-8B\nParameter gesamt | 7,45 Mrd. | 8,03 Mrd.\n"
            "Embedding-Parameter | 0,5 Mrd. | 0,5 Mrd.\nKontextlänge | 4.096 | 131.072\n",
            "de",
            {("teuken", 7_450_000_000), ("llama-3.1", 8_030_000_000)},
        ),
        (
            "Gemma 2 and Llama 3.1, side by side.\n| Feature | gemma-2-9b | llama-3.1-8b |\n|---|---|---|\n"
            "| Total parameters | 9,241,705,984 | 8,030,261,248 |\n| Embedding parameters | 917,962,752 | "
            "525,336,576 |\n| Layers | 42 | 32 |\n",
            "en",
            {("gemma-2", 9_241_705_984), ("llama-3.1", 8_030_261_248)},
        ),
    ],
)
def test_a_table_with_models_in_its_header_gives_each_column_its_count(
    text: str, lang: str, expected: set
) -> None:
    """Model cards put the models in the header ('Característica | salamandra-2b | salamandra-7b') and the
    counts in a row labelled as such; a row labelled as embeddings, layers or context counts something else."""
    assert {(c.model_id, c.params) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Modell | Parameter | Kontext\nMistral 7B [14] | 7,3 Mrd. | 8.192\nLeoLM 13B [17] | 13 Mrd. | 4.096\n",
            "de",
            {("Mistral", 7_300_000_000), ("LeoLM", 13 * 10**9)},
        ),
        (
            "Model | Params | Context\nPhi-4 | 14B | 16K\nSelvaro 2 | 12.4B | 64K\n",
            "en",
            {("Phi-4", 14 * 10**9), ("Selvaro 2", 12_400_000_000)},
        ),
        (
            "Modelo | Parámetros | Contexto\nPhi-4 | 14.000 millones | 16K\nCóndor 2 (Andes AI) | 12.400 millones | 64K\n",
            "es",
            {("Phi-4", 14 * 10**9), ("Cóndor 2", 12_400_000_000)},
        ),
    ],
)
def test_a_row_without_outer_pipes_names_its_model_in_the_model_column(
    text: str, lang: str, expected: set
) -> None:
    """'LeoLM 13B [17] | 13 Mrd. |': the first cell under a 'Modell' header names a model, unknown ones too, past
    a reference mark or a bracketed note; its count is not the model of the row above."""
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Open-weight models: version history\n2025-03-17 · Mistral Small 3.1 (mistral-small-2503)\n"
            "- New 24B-parameter model, 128k context window, image input, released under Apache 2.0.\n"
            "- License change: none this time.\n",
            "en",
            {("Mistral Small 3.1", 24 * 10**9)},
        ),
        (
            "Historial de versiones\nv3.1 de la línea abierta «Small» — 17/03/2025 · Mistral Small 3.1\n"
            "• 24.000 millones de parámetros y visión: su predecesor, Mistral Small 22B (septiembre de 2024), "
            "solo leía texto.\n",
            "es",
            {("Mistral Small 3.1", 24 * 10**9), ("Mistral Small", 22 * 10**9)},
        ),
    ],
)
def test_a_changelog_entry_gives_its_bullets_figure_to_the_model_in_its_heading(
    text: str, lang: str, expected: set
) -> None:
    """'2025-03-17 · Mistral Small 3.1 (mistral-small-2503)' over '- New 24B-parameter model': '24B-parameter' is no
    model of its own, and a dated heading up to 80 characters long still names the entry's model, past a
    predecessor named later in the bullet."""
    assert {(c.model, c.params) for c in extract_claims(text, lang)} == expected
