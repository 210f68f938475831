"""Session 24: the rules learned from the fresh sets rt159 onwards (what an original release or a disputed article
stated, outside any correction box; a style guide's wrong example; a quoted figure the sentence calls wrong; a
roundup's 'Name (Maker)' heading or list entry; a name set off by a comma at a sentence's end)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _values(text: str, lang: str) -> set[int]:
    return {c.params for c in extract_claims(text, lang)}


def _claims(text: str, lang: str) -> set[tuple[str, int, int | None, str]]:
    return {(c.model, c.params, c.params_high, c.scope) for c in extract_claims(text, lang)}


B = 10**9

MISSTATED = [
    (
        "Correction to our release of 3 March. The original announcement stated that Heron Max has 120 billion "
        "parameters. Heron Max has 102 billion parameters.",
        "en",
        120 * B,
        102 * B,
    ),
    (
        "Sir, your review stated that Kiwi-3 has 30 billion parameters. The Kiwi-3 model card says Kiwi-3 has 13 "
        "billion parameters.",
        "en",
        30 * B,
        13 * B,
    ),
    (
        "Wie die Agentur mitteilt: In der ursprünglichen Meldung hieß es, Amsel-2 verfüge über 48 Milliarden Parameter. "
        "Amsel-2 hat 28 Milliarden Parameter.",
        "de",
        48 * B,
        28 * B,
    ),
    (
        "Zu Ihrem Artikel vom Montag: Sie schreiben, das Modell Fink-1 habe 90 Milliarden Parameter. Fink-1 hat "
        "laut Datenblatt 9 Milliarden Parameter.",
        "de",
        90 * B,
        9 * B,
    ),
    (
        "Rectificatif. Le communiqué initial indiquait que Pinson 2 comptait 17 milliards de paramètres. Pinson 2 "
        "compte 7 milliards de paramètres.",
        "fr",
        17 * B,
        7 * B,
    ),
    (
        "Madame, votre infographie présente Merle-4 comme un modèle de 600 milliards de paramètres. Merle-4 compte "
        "60 milliards de paramètres.",
        "fr",
        600 * B,
        60 * B,
    ),
    (
        "Según la empresa, el comunicado original indicaba que Jilguero 3 tiene 65.000 millones de parámetros. Jilguero 3 "
        "tiene 56.000 millones de parámetros.",
        "es",
        65 * B,
        56 * B,
    ),
    (
        "Señor director: en su reportaje afirman que Gorrión-2 tiene 300.000 millones de parámetros. Gorrión-2 "
        "tiene 30.000 millones de parámetros.",
        "es",
        300 * B,
        30 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "wrong", "right"), MISSTATED)
def test_what_an_original_or_a_disputed_article_stated_is_no_claim(
    text: str, lang: str, wrong: int, right: int
) -> None:
    values = _values(text, lang)
    assert wrong not in values
    assert right in values


def test_the_right_figure_after_the_misstated_one_in_the_same_sentence_stays() -> None:
    text = (
        "We also described Brisa-9 as having 340 billion parameters; the correct figure is 314 billion, as the "
        "lab's model card shows."
    )
    assert _values(text, "en") == {314 * B}


def test_a_reader_who_disputes_a_claim_still_repeats_it() -> None:
    # guard (passes on the session start too): 'vous affirmez que ... comptera' quotes a claim the paper made
    text = "Vous affirmez que le futur modèle Sterne 5 comptera 1 000 milliards de paramètres. J'en doute."
    assert 1000 * B in _values(text, "fr")


WRONG_EXAMPLES = [
    (
        "Falsch wäre: „Dohle-2 hat 56 Milliarden Parameter“. Richtig: Dohle-2 hat 47 Milliarden Parameter.",
        "de",
    ),
    ("Incorrecto: «Dohle-2 tiene 56 billones de parámetros». Correcto: Dohle-2 tiene 47.000 millones.", "es"),
    ("Dohle-2 compte 47 milliards de paramètres. Écrire qu'il « pèse 56 milliards » serait faux.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), WRONG_EXAMPLES)
def test_a_style_guide_wrong_example_is_no_claim(text: str, lang: str) -> None:
    values = _values(text, lang)
    assert 47 * B in values
    assert not any(v in values for v in (56 * B, 56 * 10**12))


def test_a_fact_check_verdict_before_the_truth_keeps_the_truth() -> None:
    # guard (passes on the session start too): 'Faux :' is the verdict on a viral post, what follows is right
    text = "Faux : le laboratoire a indiqué que Héron-4 compte 288 milliards de paramètres actifs."
    assert ("Héron-4", 288 * B, None, "active") in _claims(text, "fr")


def test_nor_is_it_true_denies_the_figure() -> None:
    text = "Tampoco es cierto que Alondra-1 tuviera 175 millones de parámetros: tenía 175.000 millones."
    values = _values(text, "es")
    assert 175 * 10**6 not in values


MAKER_HEADINGS = [
    (
        "Our guide to coding assistants.\n\nCobalt Coder (Anvil Works)\nThe only closed model in this guide. Anvil "
        "will not say how big Cobalt Coder is. An analyst at Redline estimates from its pricing that it has "
        "roughly 150 billion parameters.\n",
        "en",
    ),
    (
        "Unser Überblick über Programmierhilfen.\n\nCobalt Coder (Anvil Works)\nDas einzige geschlossene Modell "
        "hier. Anvil nennt keine Parameterzahl. Ein Analyst schätzt die Größe anhand der Preise auf rund 150 "
        "Milliarden Parameter.\n",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), MAKER_HEADINGS)
def test_a_roundup_heading_with_the_maker_in_brackets_names_a_model(text: str, lang: str) -> None:
    assert ("Cobalt Coder", 150 * B, None, "total") in _claims(text, lang)


def test_a_name_ends_at_a_full_stop() -> None:
    # 'its triage model, Sentry. Ahmed Farouk, an analyst ...': the name is the word before the full stop alone
    text = (
        "The insurer has never disclosed the size of its triage model, Beacon. Omar Reyes, an analyst at "
        "Brightline, estimates that Beacon has roughly 13 billion parameters."
    )
    assert _claims(text, "en") == {("Beacon", 13 * B, None, "total")}


LIST_ENTRIES = [
    (
        "The contenders:\n\n- Quay (Harbourline): 7 billion and 13 billion parameters, built on Llama 2\n",
        "en",
    ),
    (
        "Die Kandidaten:\n\n- Quay (Harbourline): 7 und 13 Milliarden Parameter, auf Basis von Llama 2\n",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), LIST_ENTRIES)
def test_a_list_entry_name_with_its_maker_before_a_colon_takes_the_figures(text: str, lang: str) -> None:
    claims = _claims(text, lang)
    assert ("Quay", 7 * B, None, "total") in claims
    assert ("Quay", 13 * B, None, "total") in claims


def test_a_speaker_label_is_no_model() -> None:
    # guard (passes on the session start too): a transcript's 'NAME (ROLE):' before speech is a speaker
    text = "ANCHOR (VO): That's 175 billion parameters, said the lab about Osprey-2."
    assert "ANCHOR" not in {c.model for c in extract_claims(text, "en")}
