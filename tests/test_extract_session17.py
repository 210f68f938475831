"""Podcasts, data-centre power, cloud catalogues, bans, forum answers, opinion columns, leaks, conference
recaps, rankings, distillation and national models (rt79, rt80): names listed before a plural verb of having
take a list of figures in order."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims
from claimwatch.extract.figures import parameter_counts
from claimwatch.extract.name_patterns import stoplisted
from claimwatch.extract.numbers import find_quantities


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Among the open AI models, Falcon and MPT have 180B and 30B parameters.", "en"),
        ("Parmi les modèles d'IA ouverts, Falcon et MPT comptent 180 et 30 milliards de paramètres.", "fr"),
        (
            "Entre los modelos de IA abiertos, Falcon y MPT tienen 180.000 y 30.000 millones de parámetros.",
            "es",
        ),
        ("Bei den offenen KI-Modellen gilt: Falcon und MPT haben 180 und 30 Milliarden Parameter.", "de"),
    ],
)
def test_names_before_a_plural_verb_take_a_list_of_figures_in_order(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Falcon", 180 * 10**9, None, "total"),
        ("MPT", 30 * 10**9, None, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Das Institut veröffentlichte Falcon-Varianten mit 1 und 7 Milliarden Parametern. "
            "Eine Version mit 65 Milliarden Parametern befinde sich noch im Training.",
            "de",
        ),
        (
            "L'institut a publié Falcon en 1 et 7 milliards de paramètres. "
            "Une variante de 65 milliards de paramètres est encore en cours d'entraînement.",
            "fr",
        ),
        (
            "The institute released Falcon with 1 billion and 7 billion parameters. "
            "A version with 65 billion parameters is still in training.",
            "en",
        ),
    ],
)
def test_a_version_of_a_size_is_the_family_named_before(text: str, lang: str) -> None:
    assert {c.params for c in extract_claims(text, lang) if c.model in ("Lumo", "Falcon")} >= {65 * 10**9}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guards: an adjective makes it a new tier; one's own team's variant is another model
        (
            "Hanse-2 hat 13 Milliarden Parameter. Geplant ist eine kompakte Variante mit etwa 3 Milliarden "
            "Parametern.",
            "de",
        ),
        (
            "Gemini Robotics ist groß, sagt der Laborleiter. Sein eigenes Team arbeitet an einer Variante mit "
            "1,5 Milliarden Parametern.",
            "de",
        ),
    ],
)
def test_an_adjective_or_ones_own_variant_is_another_model(text: str, lang: str) -> None:
    assert all(c.params not in (3 * 10**9, 1_500_000_000) for c in extract_claims(text, lang))


def test_a_score_set_against_another_models_does_not_make_it_the_subject() -> None:
    text = (
        "Le laboratoire Zhipu a publié GLM-4.5 cette semaine. Sur un test de programmation, sa version de base obtiendrait "
        "61,2 %, contre 58,4 % pour Claude 3.5 Sonnet. Le modèle principal compte 355 milliards de paramètres."
    )
    assert ("GLM-4.5", 355 * 10**9, None, "total") in _claims(text, "fr")
    assert all(c.model != "Claude 3.5 Sonnet" for c in extract_claims(text, "fr"))


def test_the_lab_of_the_articles_model_gives_its_figure_for_the_model() -> None:
    # the sentence opens with the lab, after a sentence naming rivals: its model is the article's model
    text = (
        "DeepSeek hat DeepSeek-R1 veröffentlicht. DeepSeek-R1 ist frei verfügbar. "
        "Im Test schnitt es schlechter ab als GPT-4o und Claude 3.5 Sonnet. "
        "Nach Angaben von DeepSeek umfasst das Modell 671 Milliarden Parameter, von denen pro Token "
        "37 Milliarden aktiv sind."
    )
    assert {("DeepSeek-R1", 671 * 10**9, None, "total"), ("DeepSeek-R1", 37 * 10**9, None, "active")} <= (
        _claims(text, "de")
    )


def test_the_actual_model_points_back_to_the_model() -> None:
    text = (
        "Das Labor hat DeepSeek-V3 veröffentlicht. Auf Benchmarks soll es mit GPT-4o gleichziehen. "
        "Inzwischen liegt der Bericht vor. Darin nennt DeepSeek für das eigentliche Modell 671 Milliarden "
        "Parameter."
    )
    assert ("DeepSeek-V3", 671 * 10**9, None, "total") in _claims(text, "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gopher hat 280 Milliarden Parameter. Die Forschenden hatten zuvor mehr als 300 Sprachmodelle mit "
            "50 Millionen bis über 12 Milliarden Parametern trainiert.",
            "de",
        ),
        (
            "Gopher compte 280 milliards de paramètres. Les chercheurs ont d'abord entraîné une série de petits "
            "modèles, de 50 millions à 12 milliards de paramètres.",
            "fr",
        ),
    ],
)
def test_a_series_of_models_trained_for_a_study_is_no_claim(text: str, lang: str) -> None:
    assert {c.params for c in extract_claims(text, lang)} == {280 * 10**9}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Llama 3.1 wird getestet. In den Unterlagen ist von Modellen „ab etwa 40 Milliarden Parametern“ "
            "die Rede.",
            "de",
        ),
    ],
)
def test_a_bound_of_a_class_of_models_is_no_size(text: str, lang: str) -> None:
    assert extract_claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kein Paper mit Parametern drehte sich um Modelle jenseits der 200-Milliarden-Grenze.", "de"),
        ("No paper on parameters dealt with models beyond the 200-billion-parameter mark.", "en"),
    ],
)
def test_a_mark_named_after_its_figure_counts_nothing(text: str, lang: str) -> None:
    assert parameter_counts(text, 0, len(text), find_quantities(text, lang)) == []


def test_a_model_with_its_size_in_use_is_its_total() -> None:
    text = "Für die Verwaltung komme zusätzlich Mistral Small 3 mit 24 Milliarden Parametern zum Einsatz."
    assert _claims(text, "de") == {("Mistral Small 3", 24 * 10**9, None, "total")}


def test_figures_in_use_per_token_stay_active() -> None:
    # guards the rule above
    text = "DeepSeek-V3 hat 671 Milliarden Parameter, pro Token kommen aber nur 37 Milliarden zum Einsatz."
    assert ("DeepSeek-V3", 37 * 10**9, None, "active") in _claims(text, "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La aseguradora prepara Cierzo 2, que partirá de Mistral Small 3 y tendrá en torno a 24.000 millones "
            "de parámetros.",
            "es",
        ),
        (
            "La mutuelle prépare Cierzo 2, qui devrait reposer sur Mistral Small 3 et compter environ 24 milliards "
            "de paramètres.",
            "fr",
        ),
    ],
)
def test_a_model_to_be_built_on_a_base_takes_the_figure_after_it(text: str, lang: str) -> None:
    assert {c.model for c in extract_claims(text, lang) if c.params == 24 * 10**9} == {"Cierzo 2"}


def test_the_part_of_a_model_in_its_embeddings_is_no_claim() -> None:
    text = "Gemma 3 270M kommt auf 270 Millionen Parameter, davon entfallen allein 170 Millionen auf die Embeddings."
    assert {c.params for c in extract_claims(text, "de")} == {270_000_000}


def test_the_first_release_since_a_model_is_no_claim_of_it() -> None:
    text = "OpenAI veröffentlicht mit gpt-oss-120b erstmals seit GPT-2 wieder offene Gewichte: 117 Milliarden Parameter."
    assert {c.model for c in extract_claims(text, "de")} == {"gpt-oss-120b"}


def test_a_captions_label_is_no_model() -> None:
    text = (
        "Un proveedor alemán mostró un asistente de voz basado en Phi-3-mini.\nImagen: cedida\n"
        "El modelo tiene 3.800 millones de parámetros."
    )
    assert {c.model for c in extract_claims(text, "es")} == {"Phi-3-mini"}


def test_a_name_in_apposition_owns_the_figure_of_its_kind_phrase() -> None:
    text = "Meta discussed shelving Behemoth, the roughly 2-trillion-parameter Llama 4 model it previewed in April."
    assert {c.model for c in extract_claims(text, "en")} == {"Behemoth"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bei RT-2 setzte Google auf Masse: Die größte Variante baut auf dem Bild-Sprach-Modell PaLI-X auf und "
            "umfasst 55 Milliarden Parameter.",
            "de",
        ),
        ("Pour RT-2, sa plus grosse déclinaison, bâtie sur PaLI-X, compte 55 milliards de paramètres.", "fr"),
    ],
)
def test_a_model_built_on_a_named_base_keeps_its_own_figure(text: str, lang: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {"RT-2"}


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Meditron, un asistente clínico basado en Llama 2, de 70.000 millones de parámetros, llega a los "
            "hospitales.",
            "es",
            "Llama 2",
        ),
        # guards: the second of two bases is not the figure's model
        (
            "DeepSeek publicó la serie DeepSeek-R1-Distill basada en Qwen y Llama, de entre 1.500 y 70.000 "
            "millones de parámetros.",
            "es",
            "DeepSeek-R1-Distill",
        ),
    ],
)
def test_a_figure_right_after_a_base_is_the_bases(text: str, lang: str, model: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {model}


def test_a_sentence_may_start_with_a_lower_case_model_name() -> None:
    text = (
        "Laut OpenAI hat gpt-oss-120b insgesamt 117 Milliarden Parameter, aktiviert aber nur 5,1 Milliarden pro "
        "Token. gpt-oss-20b kommt auf 21 Milliarden Parameter, davon 3,6 Milliarden aktiv."
    )
    assert {
        ("gpt-oss-20b", 21 * 10**9, None, "total"),
        ("gpt-oss-20b", 3_600_000_000, None, "active"),
    } <= _claims(text, "de")
    assert ("gpt-oss-20b", 21 * 10**9, None, "active") not in _claims(text, "de")


def test_a_part_of_the_whole_named_after_it_in_the_genitive() -> None:
    text = "DeepSeek-V2.5 ist sparsam: Bei jedem Token rechnen nur 21 Milliarden der 236 Milliarden Parameter mit."
    assert _claims(text, "de") == {
        ("DeepSeek-V2.5", 21 * 10**9, None, "active"),
        ("DeepSeek-V2.5", 236 * 10**9, None, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Phi-4, de Microsoft, sigue siendo imbatible por debajo de 15.000 millones de parámetros.", "es"),
        ("Phi-4 remains the best open model under 15 billion parameters.", "en"),
    ],
)
def test_the_best_of_a_class_below_a_size_is_no_size(text: str, lang: str) -> None:
    assert extract_claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "La start-up Kuntur AI ya prepara a Kuntur-Medio, que tendrá unos 8.000 millones de parámetros.",
            "es",
            "Kuntur-Medio",
        ),
        (
            "Beaucoup de prototypes s'appuient sur Whisper tiny, d'OpenAI, et ses 39 millions de paramètres.",
            "fr",
            "Whisper tiny",
        ),
    ],
)
def test_medium_tiers_and_whispers_small_sizes_are_names(text: str, lang: str, model: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} == {model}


def test_any_model_from_a_size_up_is_no_size() -> None:
    text = "Für Diktate reicht Whisper, für Tabellen lohnt sich ein Vision-Modell ab etwa 10 Milliarden Parametern."
    assert extract_claims(text, "de") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "El filtrador conocido como Jimmy Apples difundió un archivo que describía un modelo de unos 120.000 "
            "millones de parámetros.",
            "es",
        ),
        (
            "Selon des indiscrétions relayées par le hacker George Hotz, le modèle réunirait huit experts, soit "
            "environ 1,76 billion de paramètres au total.",
            "fr",
        ),
        (
            "[00:02:14] Camille Vasseur : Julien, le plus gros modèle ouvert, on en parle ?\n"
            "[00:02:21] Julien Marchetti : 405 milliards de paramètres, oui.",
            "fr",
        ),
    ],
)
def test_a_persons_name_is_no_model(text: str, lang: str) -> None:
    assert {c.model for c in extract_claims(text, lang)} & {"Jimmy", "Hotz", "Julien"} == set()


def test_a_models_two_words_numbered_elsewhere_are_no_person() -> None:
    # guards the rule above: 'Garuda Maha' is no given name and surname, as 'Garuda Maha 2' shows
    text = (
        "Vayu Labs a lancé Garuda 1 avec 7 milliards de paramètres. Son grand frère, Garuda Maha, compte 300 "
        "milliards de paramètres. Vayu Labs prévoit aussi Garuda Maha 2, qui devrait compter 1 billion de "
        "paramètres."
    )
    assert {c.model for c in extract_claims(text, "fr")} >= {"Garuda 1", "Garuda Maha 2"}


def test_an_approximate_figure_of_a_name_is_that_names() -> None:
    text = (
        "Según sus estimaciones, GPT-4o mini rondaría los 8.000 millones de parámetros, frente a unos 200.000 "
        "millones de GPT-4o."
    )
    assert {(c.model, c.params) for c in extract_claims(text, "es")} == {
        ("GPT-4o mini", 8 * 10**9),
        ("GPT-4o", 200 * 10**9),
    }


def test_a_demonstrative_apposition_describes_the_name_before() -> None:
    text = "OpenAI vient de dévoiler GPT-3, et BigScience prépare BLOOM, ce modèle de 176 milliards de paramètres."
    assert {c.model for c in extract_claims(text, "fr")} == {"BLOOM"}


def test_a_demonstrative_is_no_model_name() -> None:
    assert all(stoplisted(w) for w in ("That", "This", "These", "Those"))


def test_a_landmark_with_its_own_figure_keeps_it() -> None:
    text = "Neu ist gpt-oss-120b, das erste Modell mit offenen Gewichten seit GPT-2 mit seinen 1,5 Milliarden Parametern."
    assert ("GPT-2", 1_500_000_000, None, "total") in _claims(text, "de")
    assert ("gpt-oss-120b", 1_500_000_000, None, "total") not in _claims(text, "de")


def test_an_active_figure_after_a_carried_total_is_the_same_models() -> None:
    text = (
        "Besonders schnell: Qwen3-30B-A3B. Das MoE-Modell von Alibaba hat 30,5 Mrd. Parameter, rechnet pro Token "
        "aber nur mit 3,3 Mrd. – entsprechend kamen wir auf 80 Token/s."
    )
    assert ("Qwen3-30B-A3B", 3_300_000_000, None, "active") in _claims(text, "de")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Das Start-up Alpenwerk AI hat am Dienstag „Lumo Mini“ veröffentlicht, ein Sprachmodell mit 2,7 "
            "Milliarden Parametern.",
            "de",
        ),
        ("La start-up Brumea a lancé « Lumo Mini », un modèle de 2,7 milliards de paramètres.", "fr"),
    ],
)
def test_a_quoted_name_a_lab_releases_is_a_model(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("Lumo Mini", 2_700_000_000, None, "total")}


def test_the_model_of_a_lab_is_that_labs_model_named_before() -> None:
    # guards the rule above: once the quoted 'Cassiopée' is a model, 'Le modèle de Mistral AI' is still Mixtral
    text = (
        "À Lyon, une banque a dévoilé « Cassiopée », un affinage maison de Mixtral 8x22B. Le modèle de Mistral AI "
        "compte 141 milliards de paramètres."
    )
    assert {c.model for c in extract_claims(text, "fr")} == {"Mixtral 8x22B"}


def test_a_spec_lines_tier_is_no_speakers_surname() -> None:
    # guards the speaker rule: 'Brume Mini:' opens a spec line, it is no 'Brume' speaking
    text = (
        "Das Start-up Brumea hat Brume vorgestellt, ein Sprachmodell mit 7 Milliarden Parametern.\n"
        "Brume Mini: 3 Milliarden Parameter"
    )
    assert ("Brume", 7 * 10**9, None, "total") in _claims(text, "de")
