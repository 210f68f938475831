"""Session 20: the rules learned from the fresh sets rt107 and rt108 (a size that changed 'from X to Y', the other
size of a family in a second clause, sizes before 'text models', a model dated by another's launch, the second of
two tiers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Llama 3 arrived in April. The smaller one grew from seven billion to eight billion parameters.",
            "en",
        ),
        ("Llama 3 arrive en avril. Le petit modèle est passé de 7 à 8 milliards de paramètres.", "fr"),
        ("Llama 3 llegó en abril. El modelo pequeño pasó de 7.000 a 8.000 millones de parámetros.", "es"),
    ],
)
def test_a_size_that_changed_from_one_figure_to_another_is_the_new_one(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Llama 3", 8 * 10**9, None, "total")}


def test_a_family_that_goes_from_one_size_to_another_spans_them() -> None:
    # guard (passes on the session start too): 'goes from 1B to 10B' is the family's range, not a change
    text = "Falcon 3 goes from 1B to 10B parameters, and we are proud of all of them."
    assert ("Falcon 3", 10**9, 10**10, "total") in _claims(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Llama 3 arrived in two sizes. The smaller one has 8 billion parameters; the larger stayed at 70 billion.",
            "en",
        ),
        (
            "Llama 3 arrived in two sizes. The smaller one has 8 billion parameters, the larger one 70 billion.",
            "en",
        ),
        (
            "Llama 3 kam in zwei Größen. Das kleinere Modell hat 8 Milliarden Parameter, das größere 70 Milliarden.",
            "de",
        ),
    ],
)
def test_the_other_size_in_a_second_clause_is_the_same_familys(text: str, lang: str) -> None:
    # (the German case passed on the session start too: 'das größere' was carried already)
    assert _claims(text, lang) == {
        ("Llama 3", 8 * 10**9, None, "total"),
        ("Llama 3", 70 * 10**9, None, "total"),
    }


def test_the_other_size_goes_to_the_other_of_two_sized_names() -> None:
    # guard (passes on the session start too): the second-clause rule must not give '20 Milliarden' to the big one
    text = (
        "Anfang August tauchten Repositorys mit den Namen gpt-oss-120b und gpt-oss-20b auf. Eine Datei beschrieb "
        "ein Modell mit 128 Experten. Gerüchten zufolge sollte das große Modell rund 120 Milliarden Parameter "
        "haben, das kleine etwa 20 Milliarden."
    )
    found = {(c.model, c.params) for c in extract_claims(text, "de")}
    assert found == {("gpt-oss-120b", 120 * 10**9), ("gpt-oss-20b", 20 * 10**9)}


def test_sizes_before_text_models_and_after_vision_models_at_are_counts() -> None:
    text = (
        "September's Llama 3.2 added lightweight 1B and 3B text models for phones and the family's first vision "
        "models, at 11B and 90B."
    )
    assert {p for m, p, _, _ in _claims(text, "en") if m == "Llama 3.2"} == {
        10**9,
        3 * 10**9,
        11 * 10**9,
        90 * 10**9,
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Trois mois après le lancement de ChatGPT, Meta dévoile LLaMA, un modèle de langage réservé aux "
            "chercheurs. Il se décline en quatre tailles : 7, 13, 33 et 65 milliards de paramètres.",
            "fr",
        ),
        (
            "After the launch of ChatGPT, Meta unveiled LLaMA, a language model for researchers. It came in four "
            "sizes: 7, 13, 33 and 65 billion parameters.",
            "en",
        ),
    ],
)
def test_a_model_that_dates_a_launch_is_not_the_subject(text: str, lang: str) -> None:
    assert {m for m, _, _, _ in _claims(text, lang)} == {"LLaMA"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stability AI ofrece Stable Diffusion 3.5 en dos tamaños principales: la versión Large, con 8.100 "
            "millones de parámetros, y la Medium, con 2.500 millones.",
            "es",
        ),
        (
            "Stability AI setzt mit Stable Diffusion 3.5 Large auf 8,1 Milliarden Parameter; die Medium-Version "
            "begnügt sich mit 2,5 Milliarden.",
            "de",
        ),
        (
            "Stability AI a depuis porté Stable Diffusion 3.5 Large à 8,1 milliards de paramètres, la version "
            "Medium se limitant à 2,5 milliards.",
            "fr",
        ),
    ],
)
def test_the_second_tier_takes_its_own_figure_as_written(text: str, lang: str) -> None:
    found = {(m, p) for m, p, _, _ in _claims(text, lang)}
    assert found == {
        ("Stable Diffusion 3.5 Large", 8_100_000_000),
        ("Stable Diffusion 3.5 Medium", 2_500_000_000),
    }


def test_a_figure_right_after_a_tier_leaves_it_to_the_family() -> None:
    # guard (passes on the session start too): '..., 3 milliards pour la Mini' is no lead from 'version Small'
    text = (
        "Mistral AI publie Voxtral, son premier modèle audio, en deux tailles : 24 milliards de paramètres pour "
        "la version Small, 3 milliards pour la Mini."
    )
    assert ("Voxtral Small", 3 * 10**9) not in {(m, p) for m, p, _, _ in _claims(text, "fr")}


def test_a_name_made_definite_by_its_size_takes_it() -> None:
    text = (
        "Los investigadores entrenaron la familia Pehuén, de 85 millones a 6.900 millones de parámetros, con "
        "textos en español. En la prueba, el Pehuén de 1.300 "
        "millones obtuvo una pérdida menor y superó por 4,6 puntos al Pythia de 6.900 millones de EleutherAI."
    )
    found = {(m, p) for m, p, _, _ in _claims(text, "es")}
    assert {("Pehuén", 1_300_000_000), ("Pythia", 6_900_000_000)} <= found


def test_a_hedged_whole_after_out_of_is_the_total() -> None:
    text = "Meta's Llama 4 Maverick, a mixture-of-experts model with 17B active parameters out of roughly 400B, led."
    assert _claims(text, "en") == {
        ("Llama 4 Maverick", 17 * 10**9, None, "active"),
        ("Llama 4 Maverick", 400 * 10**9, None, "total"),
    }


def test_an_apposition_that_ends_with_its_own_figure_gives_it_to_the_name() -> None:
    text = "Chinchilla a réussi à surpasser Gopher, pourtant quatre fois plus gros avec ses 280 milliards de paramètres."
    assert _claims(text, "fr") == {("Gopher", 280 * 10**9, None, "total")}


def test_she_calls_it_names_the_model_just_sized() -> None:
    text = "Lodestar has a three-billion-parameter model in testing. She calls it Beacon 2 Mini."
    assert _claims(text, "en") == {("Beacon 2 Mini", 3 * 10**9, None, "total")}


def test_french_future_of_having_is_an_expectation() -> None:
    text = (
        "Cassiopée 3 comptera entre 200 et 250 milliards de paramètres au total, avec toujours une vingtaine de "
        "milliards d’actifs."
    )
    claims = {(c.params, c.params_high, c.scope, c.status) for c in extract_claims(text, "fr")}
    assert claims == {
        (200 * 10**9, 250 * 10**9, "total", "expected"),
        (20 * 10**9, None, "active", "expected"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Hanbit AI entrena en secreto un modelo de 1,2 billones de parámetros, apodado Hanbit Ultra.",
            "es",
            "Hanbit Ultra",
        ),
        (
            "Hanbit AI trains a 1.2-trillion-parameter model in secret, nicknamed Hanbit Ultra.",
            "en",
            "Hanbit Ultra",
        ),
    ],
)
def test_a_nickname_names_the_model_just_sized(text: str, lang: str, name: str) -> None:
    # (the English case passed on the session start too)
    assert {m for m, _, _, _ in _claims(text, lang)} == {name}


def test_a_size_before_configuration_is_a_count() -> None:
    text = "The shortlist includes Google's Gemma 3 in its 12bn configuration and two others."
    assert _claims(text, "en") == {("Gemma 3", 12 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("• Phi-4 (14B) holds No. 19 and remains the best-rated model under 15B parameters.", "en"),
        ("Phi-4 (14B) bleibt das beste Modell unter 15 Milliarden Parametern.", "de"),
    ],
)
def test_the_bound_of_a_class_of_models_is_no_claim(text: str, lang: str) -> None:
    # (the German case passed on the session start too)
    assert _claims(text, lang) == {("Phi-4", 14 * 10**9, None, "total")}


def test_a_future_verb_before_a_comparison_leaves_the_compared_models_figure_official() -> None:
    # guard (passes on the session start too, which missed 'disposera'): the French future must not reach past
    # 'comparable à' and 'loin de'
    text = (
        "Avec Névé-M, le groupe disposera d'un modèle de taille comparable à Mistral NeMo, le modèle de 12 "
        "milliards de paramètres conçu par Mistral AI, mais restera loin de Mistral Large 2 et de ses 123 milliards "
        "de paramètres."
    )
    assert {(c.model, c.status) for c in extract_claims(text, "fr")} == {
        ("Mistral NeMo", "official"),
        ("Mistral Large 2", "official"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El equipo de Qwen de Alibaba publicó Qwen3, una familia de ocho modelos. Seis son densos, de 0,6, 1,7, "
            "4, 8, 14 y 32 mil millones de parámetros.",
            "es",
        ),
        (
            "The Qwen team at Alibaba released Qwen3, a family of eight models. Six are dense, with 0.6, 1.7, 4, 8, "
            "14 and 32 billion parameters.",
            "en",
        ),
    ],
)
def test_a_team_named_after_its_models_is_not_the_subject(text: str, lang: str) -> None:
    # (the English case passed on the session start too)
    assert {m for m, _, _, _ in _claims(text, lang)} == {"Qwen3"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("„Mit 70B-Modellen wie Llama 3.3 würden wir gern arbeiten“, sagt er.", "de"),
        ("Departments want 70bn models such as Llama 3.3 for drafting.", "en"),
    ],
)
def test_a_size_of_models_such_as_a_named_one_is_its_size(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Llama 3.3", 70 * 10**9, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang", "name", "params"),
    [
        ("Halvern AI makes Osprey 4. For the doubters: Vega-2 was ~180B dense.", "en", "Vega-2", 180 * 10**9),
        ("Halvern AI baut Osprey 4. Für Zweifler: Vega-2 hatte ~180B dicht.", "de", "Vega-2", 180 * 10**9),
    ],
)
def test_a_short_size_said_dense_is_a_count(text: str, lang: str, name: str, params: int) -> None:
    assert _claims(text, lang) == {(name, params, None, "total")}


def test_a_british_lower_case_m_before_parameters_is_millions() -> None:
    text = (
        "Hugging Face’s DistilBERT, released in 2019, had 66m parameters, 40 per cent fewer than BERT-base."
    )
    assert _claims(text, "en") == {("DistilBERT", 66 * 10**6, None, "total")}


def test_a_lower_case_m_elsewhere_is_no_number() -> None:
    # metres and minutes stay out (the second assertion passes on the session start too)
    from claimwatch.extract.numbers import find_quantities

    assert (
        find_quantities("The pool is 50m long, the swim took 30m and 66m parameters fit.", "en")[0].value
        == 66 * 10**6
    )
    assert len(find_quantities("The pool is 50m long and the swim took 30m.", "en")) == 0


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lumen-2 und Lumen-3 sind die Schüler. Ersteres hat vier Milliarden Parameter, Letzteres 600 Millionen.",
            "de",
        ),
        (
            "The students are Lumen-2 and Lumen-3. The former has four billion parameters, the latter 600 million.",
            "en",
        ),
    ],
)
def test_the_former_and_the_latter_are_the_two_models_named_before(text: str, lang: str) -> None:
    found = {(m, p) for m, p, _, _ in _claims(text, lang)}
    assert found == {("Lumen-2", 4 * 10**9), ("Lumen-3", 600 * 10**6)}


def test_what_serves_models_up_to_a_bound_is_no_claim() -> None:
    text = "Der Chip lief mit DeepSeek-V3. Er sei für Modelle bis etwa 30 Mrd. Parameter ausgelegt, hieß es."
    assert _claims(text, "de") == set()


def test_a_familys_smallest_models_up_to_a_size_keep_it() -> None:
    # guard (passes on the session start too): 'Die drei kleinsten Modelle bis vier Milliarden' are the family's
    text = "Alibaba hat Qwen 3 vorgestellt. Die drei kleinsten Modelle bis vier Milliarden Parameter bieten 32.000 Token."
    assert ("Qwen 3", 4 * 10**9, None, "total") in _claims(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4 ist geheim. Im Sommer behauptete George Hotz in einem Podcast, das Modell bestehe aus acht Experten "
        "mit zusammen 1,76 Billionen Parametern.",
        "GPT-4 ist geheim. Fachleute schätzen, das Modell könnte bis zu 1,8 Billionen Parameter haben.",
    ],
)
def test_a_german_noun_before_reported_speech_about_the_model_is_no_name(text: str) -> None:
    assert {m for m, _, _, _ in _claims(text, "de")} == {"GPT-4"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Yachay Lab has spent two years training Rimay-1, a Quechua model of about 1.1 billion parameters.",
            "Rimay-1",
        ),
        (
            "The collective is testing Nēhiyaw-350M, a Cree-language model with 350 million parameters.",
            "Nēhiyaw",
        ),
    ],
)
def test_a_language_before_model_is_no_name_and_extended_latin_names_are(text: str, name: str) -> None:
    assert {m for m, _, _, _ in _claims(text, "en")} == {name}


def test_a_word_defined_in_other_words_is_no_claim() -> None:
    text = (
        "Es la abreviatura inglesa de billion, que equivale a nuestros mil millones. Así, Mistral 7B tiene unos "
        "7.000 millones de parámetros. Cuidado: un billón en español es un millón de millones."
    )
    assert {p for _, p, _, _ in _claims(text, "es")} == {7 * 10**9}


@pytest.mark.parametrize(
    "rule", ["-----|-----------------|------------", "-----+-----------------+------------"]
)
def test_a_rule_under_the_header_of_a_table_without_outer_pipes_leaves_the_header_above(rule: str) -> None:
    text = (
        "  Rank | Model           | Developer  | Parameters             | Win rate\n"
        f"  {rule}\n"
        "  1    | DeepSeek-V3     | DeepSeek   | 671B total / 37B active| 61.2%\n"
        "  2    | Qwen2.5-72B     | Alibaba    | 72B                    | 55.0%\n"
    )
    assert _claims(text, "en") == {
        ("DeepSeek-V3", 671 * 10**9, None, "total"),
        ("DeepSeek-V3", 37 * 10**9, None, "active"),
        ("Qwen2.5-72B", 72 * 10**9, None, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El próximo será Brisa-Pro, que rondará los 30.000 millones de parámetros cuando salga.", "es"),
        ("Le prochain, Brisa-Pro, devrait avoisiner les 30 milliards de paramètres.", "fr"),
        ("Brisa-Pro soll irgendwo um die 30 Milliarden Parameter haben.", "de"),
        ("Brisa-Pro will have something in the region of 30 billion parameters.", "en"),
    ],
)
def test_verbs_and_phrases_of_nearness_make_a_figure_approximate(text: str, lang: str) -> None:
    claims = extract_claims(text, lang)
    assert [(c.model, c.params, c.approx) for c in claims] == [("Brisa-Pro", 30 * 10**9, True)]


def test_a_firm_outside_ai_named_before_model_is_no_name() -> None:
    text = (
        "The EX4 is the first Varden model to ship with Sol, says Varden Automotive. Varden calls the on-board "
        "model Sol Edge. It has 3.8 billion parameters."
    )
    assert _claims(text, "en") == {("Sol Edge", 3_800_000_000, None, "total")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lumbre Magno es un modelo de mezcla de expertos con 310.000 millones de parámetros en total.",
            "es",
        ),
        ("Lumbre Magno is a mixture-of-experts model with 310 billion parameters in total.", "en"),
    ],
)
def test_two_plain_words_defined_as_a_model_name_it(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Lumbre Magno", 310 * 10**9, None, "total")}


def test_a_sentence_opening_with_a_common_phrase_defined_as_a_model_names_nothing() -> None:
    # guard (passes on the session start too): 'Das Unternehmen ist ein Modell für ...' names no model
    text = "Das Unternehmen ist ein Modell für andere. Sein Modell Kestrel-2 hat 7 Milliarden Parameter."
    assert {m for m, _, _, _ in _claims(text, "de")} == {"Kestrel-2"}


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("« Llama 4 Scout, a 17 billion active parameter model with 16 experts »", "fr", 17 * 10**9),
        ("« a model with 1 trillion total parameters »", "fr", 10**12),
        ("„a 288 billion active parameter model“", "de", 288 * 10**9),
        ("GPT-4 aurait 1,8 billion de paramètres", "fr", 18 * 10**11),
    ],
)
def test_english_billions_quoted_in_french_or_german_are_short_scale(
    text: str, lang: str, value: int
) -> None:
    # (the German case and the French '1,8 billion de paramètres' pass on the session start too)
    from claimwatch.extract.numbers import find_quantities

    assert [q.value for q in find_quantities(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "May 2025 brought Devstral, a coding model. Like Mistral Small 3, it has 24 billion parameters.",
            "en",
        ),
        ("Im Mai kam Devstral, ein Code-Modell. Wie Mistral Small 3 hat es 24 Milliarden Parameter.", "de"),
        (
            "En mai arrive Devstral, un modèle de code. Comme Mistral Small 3, il compte 24 milliards de paramètres.",
            "fr",
        ),
    ],
)
def test_a_fronted_like_gives_the_figure_to_the_pronouns_model_and_the_compared_one(
    text: str, lang: str
) -> None:
    assert {m for m, _, _, _ in _claims(text, lang)} == {"Devstral", "Mistral Small 3"}


def test_tallas_lists_sizes() -> None:
    text = "Gemma 3 es de Google. Google lo ofrece en cuatro tallas: 1B, 4B, 12B y 27B."
    assert {p for _, p, _, _ in _claims(text, "es")} == {10**9, 4 * 10**9, 12 * 10**9, 27 * 10**9}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Meridian Systems' forthcoming Atlas Ultra would have five trillion parameters.",
            "en",
            "Atlas Ultra",
        ),
        (
            "The studio says Ember Lite has 1.5bn parameters and was distilled from a larger model.",
            "en",
            "Ember Lite",
        ),
        (
            "Premier étage de la fusée, Kestrel Mini revendique 3,8 milliards de paramètres.",
            "fr",
            "Kestrel Mini",
        ),
    ],
)
def test_a_plain_word_with_a_tier_before_a_verb_names_a_model(text: str, lang: str, name: str) -> None:
    assert {m for m, _, _, _ in _claims(text, lang)} == {name}


def test_a_laptop_with_a_tier_word_is_no_model() -> None:
    # guard (passes on the session start too): the tier must lead to a verb of having or an apposition
    text = "Llama 3.2 runs on a MacBook Air with 8 GB. Its 3B version has 3.2 billion parameters."
    assert "MacBook Air" not in {m for m, _, _, _ in _claims(text, "en")}


def test_a_verb_of_activating_far_after_a_total_belongs_to_the_next_figure() -> None:
    text = "The Max is aimed squarely at DeepSeek-V3, the 671B-parameter model from Hangzhou that activates 37B per token."
    assert _claims(text, "en") == {
        ("DeepSeek-V3", 671 * 10**9, None, "total"),
        ("DeepSeek-V3", 37 * 10**9, None, "active"),
    }


def test_a_german_figure_made_an_adjective_belongs_to_the_name_after_it() -> None:
    text = "Im Vergleich tritt Karwendel-L gegen das 24 Milliarden Parameter große Mistral Small 3 an."
    assert _claims(text, "de") == {("Mistral Small 3", 24 * 10**9, None, "total")}


def test_a_class_compound_before_modell_is_no_name() -> None:
    text = (
        "2. Gemma 3 12B (Google)\n"
        "Googles Mittelklasse-Modell versteht Bilder. Mit 12 Mrd. Parametern ist es ein guter Kompromiss."
    )
    assert "Mittelklasse" not in {m for m, _, _, _ in _claims(text, "de")}


def test_a_stem_that_names_the_lab_is_no_model_of_its_own() -> None:
    # guard (passes on the session start too): the tiered-name rule made 'Valkyra' (the lab, as 'Valkyra Labs'
    # shows) a model that took the figures after it, until a stem that names a lab counted as the lab
    path = Path(__file__).parent / "fixtures" / "extract" / "de-rt11605-valkyra-ultra-schaetzungen.txt"
    assert "Valkyra" not in {c.model for c in extract_claims(path.read_text(encoding="utf-8"), "de")}


def test_of_which_at_any_one_time_is_the_active_part() -> None:
    text = (
        "Eine abgespeckte Variante namens DeepSeek-Coder-V2-Lite kommt mit 16 Mrd. Parametern aus, von denen "
        "jeweils 2,4 Mrd. rechnen."
    )
    assert _claims(text, "de") == {
        ("DeepSeek-Coder-V2-Lite", 16 * 10**9, None, "total"),
        ("DeepSeek-Coder-V2-Lite", 2_400_000_000, None, "active"),
    }


def test_in_each_pass_counts_the_active_parameters() -> None:
    text = "GPT-4 tendría 1,8 billones de parámetros, pero solo unos 280.000 millones en cada pasada."
    assert ("GPT-4", 280 * 10**9, None, "active") in _claims(text, "es")


def test_an_indefinite_apposition_after_a_two_word_name_sizes_it() -> None:
    text = (
        "Mistral AI répond avec Mistral Large 2 (123 milliards de paramètres), une semaine après avoir présenté "
        "avec Nvidia Mistral NeMo, un modèle de 12 milliards doté d'une fenêtre de contexte de 128 000 tokens."
    )
    assert ("Mistral NeMo", 12 * 10**9, None, "total") in _claims(text, "fr")


def test_that_is_the_size_of_names_the_model_after_the_figure() -> None:
    # (a short sentence passes on the session start too; in the article the figure went to Lucie named before)
    path = Path(__file__).parent / "fixtures" / "extract" / "fr-rt11502-rennes-modele-breton-morlenn.txt"
    found = {(c.model, c.params) for c in extract_claims(path.read_text(encoding="utf-8"), "fr")}
    assert ("Morlenn-Mini", 10**9) in found
    assert ("Lucie", 10**9) not in found


@pytest.mark.parametrize(
    ("text", "lang", "org"),
    [
        (
            "Das Heidelberger Institut für Lernende Systeme hat seine Modellfamilie Kranich vorgestellt. Kranich-14B "
            "hat 14 Milliarden Parameter.",
            "de",
            "Heidelberger Institut für Lernende Systeme",
        ),
        (
            "El Centro Austral de Inteligencia Artificial presentó Pehuén-7B, un modelo de 7.000 millones de "
            "parámetros.",
            "es",
            "Centro Austral de Inteligencia Artificial",
        ),
    ],
)
def test_an_institute_or_centre_named_in_full_is_the_developer(text: str, lang: str, org: str) -> None:
    assert {c.org for c in extract_claims(text, lang)} == {org}
