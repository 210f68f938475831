"""Who made a model the gazetteer does not know: not the lab named as the owner of another, known model right
before it, and the maker of the known model whose name it extends."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Die Firma Moorlicht stellt Sumpf-2 vor. Es baut auf Llama 3.1 8B von Meta auf. Sumpf-2 Mini soll "
            "rund drei Milliarden Parameter haben.",
            "de",
            "Sumpf-2 Mini",
        ),
        (
            "Brightfold released Tern-3 on Monday. It was distilled from Gemma 2 27B by Google. Tern-3 Small has "
            "about 2 billion parameters.",
            "en",
            "Tern-3 Small",
        ),
        (
            "La start-up Coquelicot lance Pavot-1. Il dérive de Mistral 7B de Mistral AI. Pavot-1 Nano compte "
            "1,5 milliard de paramètres.",
            "fr",
            "Pavot-1 Nano",
        ),
    ],
)
def test_the_owner_of_a_known_base_model_is_not_the_new_models_maker(
    text: str, lang: str, model: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.model == model]
    assert claims, f"no claim for {model}"
    assert all(c.org not in ("Meta", "Google", "Mistral AI") for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "model", "org"),
    [
        (
            "Google's BERT changed NLP. Its largest version, BERT-Large, had 340M parameters.",
            "en",
            "BERT-Large",
            "Google",
        ),
        (
            "El mayor de la serie, BERT-Large, tenía 340 millones de parámetros y no era un chatbot.",
            "es",
            "BERT-Large",
            "Google",
        ),
    ],
)
def test_an_unlisted_variant_of_a_known_model_has_its_maker(
    text: str, lang: str, model: str, org: str
) -> None:
    claims = [c for c in extract_claims(text, lang) if c.model == model]
    assert [c.org for c in claims] == [org]


@pytest.mark.parametrize(
    ("text", "lang", "model", "org"),
    [
        (
            "Meta und xAI bauen Rechenzentren. Mein Tipp: GPT-6 wird zwischen 5 und 10 Billionen Parameter haben.",
            "de",
            "GPT-6",
            "OpenAI",
        ),
        (
            "Les analystes sont prudents. Chez Altitude Research, on table pour GPT-6 sur 5 billions de paramètres.",
            "fr",
            "GPT-6",
            "OpenAI",
        ),
        (
            "Amazon y Meta gastan sin freno. Una analista prevé que Gemini 4 tendrá 3 billones de parámetros.",
            "es",
            "Gemini 4",
            "Google",
        ),
        (
            "xAI is building Colossus 2. Some expect GPT-6 to have 100 trillion parameters.",
            "en",
            "GPT-6",
            "OpenAI",
        ),
    ],
)
def test_an_unlisted_version_of_a_listed_family_is_its_makers(
    text: str, lang: str, model: str, org: str
) -> None:
    """'GPT-6', 'Gemini 4': the next number of a family whose listed versions all come from one lab is that
    lab's, not the lab or analyst firm the sentence names beside it ('Chez Altitude Research' is no firm's name)."""
    claims = [c for c in extract_claims(text, lang) if c.model == model]
    assert claims, f"no claim for {model}"
    assert {c.org for c in claims} == {org}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A Hugging Face account uploads three GGUF files under the repository miqu-1-70b. Others guess it is "
            "Mistral Medium, which some posters claim is a 70B dense model.",
            "en",
        ),
        (
            "Ein Konto lädt die Dateien miqu-1-70b hoch. Angeblich soll auch Mistral Medium 70 Milliarden Parameter "
            "haben.",
            "de",
        ),
    ],
)
def test_the_leaked_miqu_is_its_own_model_beside_mistral_medium(text: str, lang: str) -> None:
    """'miqu-1-70b' (a leaked repository name, in lower case) is Miqu-1 of Mistral AI at 70B; the rumour that
    Mistral Medium has 70B is a claim of its own, not merged into the leak's."""
    claims = extract_claims(text, lang)
    assert {(c.model_id, c.params, c.org) for c in claims} == {
        ("miqu-1", 70 * 10**9, "Mistral AI"),
        ("mistral-medium", 70 * 10**9, "Mistral AI"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Bereits im Juli hatten die Hochschulen angekündigt, das damals noch namenlose Modell werde in Größen von 8 "
        "und 70 Milliarden Parametern erscheinen.",
        "Trainiert wurde auf TPUs; das 27B-Modell sah 13 Billionen Stunden Text, das 9B-Modell 8 Billionen, mit "
        "Parametern von 9 Milliarden.",
    ],
)
def test_a_german_noun_after_an_article_or_a_magnitude_is_no_new_name(text: str) -> None:
    """'die Hochschulen angekündigt, das ... Modell' and '13 Billionen Stunden, das 9B-Modell': a capitalised
    German noun set off before 'das Modell' is a noun, not the model's name, when an article or a magnitude
    stands before it."""
    assert all(c.model not in ("Hochschulen", "Stunden") for c in extract_claims(text, "de"))
