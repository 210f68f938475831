"""Encyclopedia pages: the page's subject owns the sizes its sections list without naming it again, and keeps
the developer the gazetteer knows it by."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims

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
