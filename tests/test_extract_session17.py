"""Podcasts, data-centre power, cloud catalogues, bans, forum answers, opinion columns, leaks, conference
recaps, rankings, distillation and national models (rt79, rt80): names listed before a plural verb of having
take a list of figures in order."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


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
