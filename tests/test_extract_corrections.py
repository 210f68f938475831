"""Correction boxes, company history pages, interviews and quantisation guides: a correction's repetition of the
wrong figure, the right figure's scope, an active count 'out of' its total, '(12B active / 52B total)', the whole
model 'all 46.7B' after its active part, and names a history page gives its models."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int, str]]:
    return {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Corrections and clarifications\nThis article was amended on 3 May. An earlier version said DBRX had 132 "
            "million parameters; it has 132 billion. It also said DBRX used 48 billion active parameters per token; "
            "the correct figure is 36 billion.\nDatabricks' DBRX has 132 billion parameters, 36 billion of them "
            "active per token.",
            "en",
        ),
        (
            "Korrektur vom 3. Mai: In einer früheren Fassung dieses Artikels hieß es, DBRX habe 132 Millionen "
            "Parameter; es sind 132 Milliarden. Außerdem hatten wir die aktiven Parameter von DBRX mit 48 Milliarden "
            "angegeben; richtig sind 36 Milliarden.\nDBRX von Databricks hat 132 Milliarden Parameter, davon 36 "
            "Milliarden aktiv.",
            "de",
        ),
        (
            "RECTIFICATIF (3 mai) : dans une première version de cet article, nous indiquions que DBRX comptait 132 "
            "millions de paramètres. Il en compte 132 milliards. Nous avions également écrit que DBRX activait 48 "
            "milliards de paramètres par token : le bon chiffre est de 36 milliards.\nDBRX, de Databricks, compte 132 "
            "milliards de paramètres, dont 36 milliards actifs.",
            "fr",
        ),
        (
            "FE DE ERRORES (3 de mayo): Una versión anterior de este artículo decía que DBRX tiene 132 millones de "
            "parámetros: son 132.000 millones. También decía que DBRX activa 48.000 millones de parámetros por "
            "token: son 36.000 millones.\nDBRX, de Databricks, tiene 132.000 millones de parámetros, de los que "
            "36.000 millones están activos.",
            "es",
        ),
    ],
)
def test_a_correction_box_does_not_claim_the_figures_it_takes_back(text: str, lang: str) -> None:
    assert _claims(text, lang) == {("DBRX", 132 * 10**9, "total"), ("DBRX", 36 * 10**9, "active")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The Jamba 1.5 family arrives: Jamba 1.5 Mini (12B active / 52B total) and Jamba 1.5 Large, with 94 "
            "billion active parameters out of 398 billion.",
            "en",
        ),
        (
            "Die Jamba-1.5-Familie: Jamba 1.5 Mini (12 Mrd. aktiv / 52 Mrd. gesamt) und Jamba 1.5 Large mit 94 "
            "Milliarden aktiven Parametern von insgesamt 398 Milliarden.",
            "de",
        ),
    ],
)
def test_an_active_count_and_the_whole_it_is_part_of(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Jamba 1.5 Mini", 12 * 10**9, "active"),
        ("Jamba 1.5 Mini", 52 * 10**9, "total"),
        ("Jamba 1.5 Large", 94 * 10**9, "active"),
        ("Jamba 1.5 Large", 398 * 10**9, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mixtral 8x7B only uses 12.9B parameters per token, but all 46.7B have to sit in memory.", "en"),
        (
            "Mixtral 8x7B n'active que 12,9 milliards de paramètres par token, mais ce sont bien ses 46,7 milliards "
            "qu'il faut charger en mémoire.",
            "fr",
        ),
    ],
)
def test_the_whole_model_after_its_active_part(text: str, lang: str) -> None:
    assert _claims(text, lang) == {
        ("Mixtral 8x7B", 12_900_000_000, "active"),
        ("Mixtral 8x7B", 46_700_000_000, "total"),
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "2021 — Jurassic-1 opens to developers in two sizes: J1-Large, with 7.5 billion parameters, and J1-Jumbo, "
            "with 178 billion.",
            "en",
            {("J1-Large", 7_500_000_000, "total"), ("J1-Jumbo", 178 * 10**9, "total")},
        ),
        (
            "Moonshot AI publicó en febrero Moonlight, un modelo de 16.000 millones de parámetros.",
            "es",
            {("Moonlight", 16 * 10**9, "total")},
        ),
    ],
)
def test_models_a_history_page_or_interview_names(text: str, lang: str, expected: set) -> None:
    assert _claims(text, lang) == expected
