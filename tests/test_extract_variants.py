"""How a claim names its model: the variant as the article writes it, glued suffixes and all, while the id stays
the family's, so that 'Mistral-Large-2407' and 'Mistral Large' are one model to the store and to readers."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "lang", "model", "model_id"),
    [
        (
            "Rang 4: Mistral-Large-2407 (123 Mrd. Parameter) liegt knapp dahinter.",
            "de",
            "Mistral-Large-2407",
            "mistral-large",
        ),
        (
            "Microsoft's Phi-3-Medium-4k-Instruct, a 14-billion-parameter model, wins 41% of its matches.",
            "en",
            "Phi-3-Medium-4k-Instruct",
            "phi-3-medium",
        ),
        (
            "Mixtral-8x22B-Instruct-v0.1, avec 141 milliards de paramètres au total, termine douzième.",
            "fr",
            "Mixtral-8x22B-Instruct-v0.1",
            "mixtral-8x22b",
        ),
        (
            "Cierra la tabla Mistral-7B-Instruct-v0.3, de 7.000 millones de parámetros.",
            "es",
            "Mistral-7B-Instruct-v0.3",
            "mistral-7b",
        ),
    ],
)
def test_a_glued_variant_is_part_of_the_name_as_written(
    text: str, lang: str, model: str, model_id: str
) -> None:
    assert [(c.model, c.model_id) for c in extract_claims(text, lang)] == [(model, model_id)]


def test_a_date_code_is_not_a_variant_when_it_is_not_a_month() -> None:
    got = extract_claims(
        "Mistral-Large-2099 has 123 billion parameters; Mistral-Large-2411 has 124 billion.", "en"
    )
    assert [c.model for c in got] == ["Mistral-Large", "Mistral-Large-2411"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Sarvam dit battre Llama 4 Scout. Certes, le modèle de Meta totalise 109 milliards de paramètres.",
            "fr",
        ),
        ("Sarvam will Llama 4 Scout schlagen. Zwar hat das Modell von Meta 109 Milliarden Parameter.", "de"),
        ("Meta released Llama 4 Scout in April. Still, the model has 109 billion parameters.", "en"),
        (
            "Sarvam dice superar a Llama 4 Scout. Claro, el modelo de Meta tiene 109.000 millones de parámetros.",
            "es",
        ),
    ],
)
def test_a_connective_opening_a_sentence_is_not_a_model(text: str, lang: str) -> None:
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == [("Llama 4 Scout", 109 * 10**9)]


@pytest.mark.parametrize(
    ("text", "lang", "model_id"),
    [
        ("9. c4ai-command-r-plus (104B) – 30,1 Prozent", "de", "command-r-plus"),
        (
            "Microsoft a aussi présenté Phi Silica, une variante de 3,3 milliards de paramètres.",
            "fr",
            "phi-silica",
        ),
    ],
)
def test_hub_names_and_plain_word_names_the_gazetteer_knows(text: str, lang: str, model_id: str) -> None:
    assert [c.model_id for c in extract_claims(text, lang)] == [model_id]


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Meta arbeite an einem kompakten Modell mit dem Codenamen „Little Llama“, das rund 8 Mrd. Parameter haben soll.",
            "de",
            "Little Llama",
        ),
        (
            "La entidad trabaja ya en la segunda versión de su modelo, Tordo-GPT 2, que tendrá unos 30.000 millones "
            "de parámetros.",
            "es",
            "Tordo-GPT 2",
        ),
    ],
)
def test_a_name_a_cue_introduces_wins_over_the_known_name_it_ends_in(
    text: str, lang: str, model: str
) -> None:
    assert [c.model for c in extract_claims(text, lang)] == [model]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Dazu sagte Jensen Huang, das neueste OpenAI-Spitzenmodell habe „etwa 1,8 Billionen Parameter“.",
            "de",
        ),
        ("Then said Huang, the newest OpenAI model, he believed, had about 1.8 trillion parameters.", "en"),
        (
            "Entonces dijo Huang, el modelo más reciente de OpenAI, que tendría 1,8 billones de parámetros.",
            "es",
        ),
    ],
)
def test_a_speaker_named_after_the_verb_is_not_a_model(text: str, lang: str) -> None:
    assert all(c.model not in ("Huang", "Jensen Huang") for c in extract_claims(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Gemini Ultra kommt später. Gemini Pro läuft ab heute in Bard. Auf Reddit hieß es, Ultra hätte 1,6 Billionen Parameter.",
            "de",
            [("Gemini Ultra", 16 * 10**11)],
        ),
        (
            "Gemini Ultra comes later. Gemini Pro runs in Bard from today. In a podcast, she estimated that Ultra has "
            "about 1 trillion parameters.",
            "en",
            [("Gemini Ultra", 10**12)],
        ),
    ],
)
def test_a_bare_tier_word_with_a_verb_is_the_model_named_before_that_ends_in_it(
    text: str, lang: str, expected: list
) -> None:
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Parallel erscheint Quellwerk-2 Mini. Sie baut auf Llama 3.1 8B von Meta auf. „Unsere Mini-Variante "
            "mit rund acht Milliarden Parametern ist schneller als GPT-4o“, sagt die Gründerin.",
            "de",
            "Quellwerk-2 Mini",
        ),
        (
            "Harrow also ships Tessel-4 Lite. It was distilled from Llama 3.1 8B by Meta. Our Lite version, with "
            "about eight billion parameters, answers most questions faster than GPT-4o.",
            "en",
            "Tessel-4 Lite",
        ),
        (
            "La empresa lanza también Brisa-3 Mini. Se basa en Llama 3.1 8B de Meta. Nuestra variante Mini, con "
            "unos 8.000 millones de parámetros, responde más rápido que GPT-4o.",
            "es",
            "Brisa-3 Mini",
        ),
    ],
)
def test_a_tier_variant_after_another_model_is_the_variant_named_before(
    text: str, lang: str, model: str
) -> None:
    """'Unsere Mini-Variante' after 'Kanzlei-1 Mini' and a base model 'Llama 3.1 8B': the figure is the Mini's,
    not the base model's and not a made-up 'Llama 3.1 Mini'."""
    claims = extract_claims(text, lang)
    assert [(c.model, c.params) for c in claims if c.params == 8_000_000_000 and c.model != "Llama 3.1"] == [
        (model, 8_000_000_000)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tessera-V3 ist ein MoE-Modell, Gesamtparameter 671 Milliarden.", "de"),
        ("Tessera-V3 ist ein KI-Sprachmodell mit 671 Milliarden Parametern.", "de"),
        ("Tessera-V3 is a MoE-style model with 671 billion parameters.", "en"),
    ],
)
def test_a_new_name_before_a_hyphenated_model_noun_is_a_model(text: str, lang: str) -> None:
    assert [(c.model, c.params) for c in extract_claims(text, lang)] == [("Tessera-V3", 671 * 10**9)]


def test_a_letter_and_a_size_is_not_a_model_name() -> None:
    """'Gemma 3n E2B and E4B': 'E' stands for effective, and 'E' is no model however the text quotes it."""
    text = (
        'Full release of Gemma 3n E2B and E4B for phones. The "E" stands for effective: the E4B model has '
        "about 8 billion raw parameters."
    )
    assert "E" not in {c.model for c in extract_claims(text, "en")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Modelos retirados:\nopen-mistral-7b — Mistral 7B, nuestro primer modelo, con 7,3 mil millones de "
            "parámetros. Sustituto: ministral-8b-latest.",
            "es",
        ),
        (
            "Die Endpunkte open-mistral-7b und open-mixtral-8x7b werden abgeschaltet. Mistral 7B hatte 7,3 "
            "Milliarden Parameter.",
            "de",
        ),
        ("We retire open-mistral-7b on 30 March. Mistral 7B has 7.3 billion parameters.", "en"),
        ("Voici par quoi remplacer open-mistral-7b. Mistral 7B compte 7,3 milliards de paramètres.", "fr"),
    ],
)
def test_a_size_tag_in_an_endpoint_id_gives_way_to_the_stated_count(text: str, lang: str) -> None:
    """'open-mistral-7b' carries Mistral 7B's rounded tag in lower case; the count the article states wins."""
    assert [(c.model_id, c.params) for c in extract_claims(text, lang)] == [("mistral-7b", 7_300_000_000)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Gemma 2 27B is Google's largest open model. At release the instruction-tuned 27B model ranked above "
            "Llama 3 70B Instruct in the LMSYS Chatbot Arena.",
            "en",
        ),
        (
            "Gemma 2 27B est le plus grand modèle ouvert de Google. À sa sortie, le modèle 27B se classait devant "
            "Llama 3 70B dans la Chatbot Arena.",
            "fr",
        ),
        (
            "Gemma 2 27B es el mayor modelo abierto de Google. En su lanzamiento, el modelo 27B quedó por encima de "
            "Llama 3 70B en la Chatbot Arena.",
            "es",
        ),
    ],
)
def test_a_size_ranked_above_another_model_is_not_that_models(text: str, lang: str) -> None:
    """'the 27B model ranked above Llama 3 70B': the name after a ranking word is what it beats, not its model."""
    assert ("Llama 3", 27 * 10**9) not in {(c.model, c.params) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mixtral 8x7B, un modelo de mezcla de expertos, suma 46.700 millones de parámetros aunque solo activa "
            "unos 12.900 millones por token.",
            "es",
        ),
        (
            "Mixtral 8x7B has 46.7 billion parameters but only activates about 12.9 billion of them per token.",
            "en",
        ),
        (
            "Mixtral 8x7B compte 46,7 milliards de paramètres, mais n'en active que 12,9 milliards par token.",
            "fr",
        ),
        (
            "Mixtral 8x7B hat 46,7 Milliarden Parameter, obwohl es pro Token nur 12,9 Milliarden aktiviert.",
            "de",
        ),
    ],
)
def test_a_total_before_but_activates_keeps_its_scope(text: str, lang: str) -> None:
    """'suma 46.700 millones de parámetros aunque solo activa unos 12.900 millones': the activation verb after a
    contrast word has the next figure as its object; the first stays the total."""
    assert {(c.params, c.scope) for c in extract_claims(text, lang)} == {
        (46_700_000_000, "total"),
        (12_900_000_000, "active"),
    }
