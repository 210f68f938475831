"""Session 27: the rules learned this session (a sentence that describes the model named before with the pronoun
only in its verb, 'Es un modelo de 70.000 millones', 'Es ist ein Modell mit ...', 'Se trata de un modelo de ...',
'Dabei handelt es sich um', 'It's a'; whichever of two sizes is no size: 'ob nun 7 oder 700 Milliarden'; more
ways to say that a part works per token)."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims

B = 10**9
M = 10**6


def _claims(text: str, lang: str) -> set[tuple[str, int, str]]:
    return {(c.model, c.params, c.scope) for c in extract_claims(text, lang)}


PREDICATIVE_SENTENCES = [
    (
        "Meta presentó Llama 3 en abril. Es un modelo de 70.000 millones de parámetros.",
        "es",
        "Llama 3",
        70 * B,
    ),
    (
        "La empresa lanzó Gemma 2 en junio. Se trata de un modelo abierto de 27.000 millones de parámetros.",
        "es",
        "Gemma 2",
        27 * B,
    ),
    (
        "Alibaba hat Qwen2.5 im September vorgestellt. Es ist ein dichtes Modell mit 72 Milliarden Parametern.",
        "de",
        "Qwen2.5",
        72 * B,
    ),
    (
        "Im Fokus steht Falcon. Dabei handelt es sich um ein offenes Modell mit 180 Milliarden Parametern.",
        "de",
        "Falcon",
        180 * B,
    ),
    (
        "xAI opened up Grok-1 in March. It's a mixture-of-experts model with 314 billion parameters.",
        "en",
        "Grok-1",
        314 * B,
    ),
]


@pytest.mark.parametrize(("text", "lang", "model", "params"), PREDICATIVE_SENTENCES)
def test_a_sentence_describing_the_model_before_sizes_it(
    text: str, lang: str, model: str, params: int
) -> None:
    assert (model, params, "total") in _claims(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # guard: a size someone wishes for is no model's
        ("Meta presentó Llama 3 en abril. Lo que necesita Europa es un modelo de 100.000 millones.", "es"),
        # guard: a figure before 'c'est' is not described by it
        (
            "Mistral a publié Mixtral 8x7B. « Le 100 milliards, c'est une décision du marketing », dit-il.",
            "fr",
        ),
    ],
)
def test_a_copula_that_describes_no_model_before_claims_nothing(text: str, lang: str) -> None:
    assert not {c for c in extract_claims(text, lang) if c.params == 100 * B}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Stratos-3 ist das Modell von Kelvar. Für Nutzer zählt am Ende, was es kostet – ob nun 7 oder 700 "
            "Milliarden Parameter.",
            "de",
        ),
        (
            "Kalmo-2 ist neu. „Ob das Modell sieben oder siebzig Milliarden Parameter hat, interessiert kaum.“",
            "de",
        ),
        (
            "Vega-2 est sorti. Ce qui compte, c'est le prix, qu'il y ait 8 ou 800 milliards de paramètres.",
            "fr",
        ),
        ("Orvane-2 is out. Buyers care about price, whether it has 8 or 80 billion parameters.", "en"),
    ],
)
def test_whichever_of_two_sizes_is_no_size(text: str, lang: str) -> None:
    assert extract_claims(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        # guard: a question whether a model has a figure still names the figure
        ("It is unclear whether GPT-4 really has 1.8 trillion parameters.", "en", "GPT-4", 1_800 * B),
        # guard: 'qu'il compte' is the indicative too
        (
            "Pivert-2 est sorti. L'éditeur indique qu'il compte 11 milliards de paramètres.",
            "fr",
            "Pivert-2",
            11 * B,
        ),
    ],
)
def test_whether_alone_leaves_the_figure(text: str, lang: str, model: str, params: int) -> None:
    assert (model, params, "total") in _claims(text, lang)


ACTIVE_PHRASINGS = [
    (
        "DeepSeek-V3 has 671 billion parameters, though only 37 billion are engaged when it answers a query.",
        "en",
    ),
    (
        "DeepSeek-V3 hat 671 Milliarden Parameter. Bei jedem einzelnen Wort rechnet davon nur ein Teil mit, nämlich 37 Milliarden Parameter.",
        "de",
    ),
    (
        "DeepSeek-V3 hat 671 Milliarden Parameter, von denen bei jeder Anfrage allerdings nur 37 Milliarden rechnen.",
        "de",
    ),
    ("DeepSeek-V3 compte 671 milliards de paramètres mais n'en utilise que 37 milliards.", "fr"),
    (
        "DeepSeek-V3 suma 671.000 millones de parámetros, pero al responder solo utiliza unos 37.000 millones.",
        "es",
    ),
    (
        "DeepSeek-V3 tiene 671.000 millones de parámetros, aunque en cada consulta solo trabajan 37.000 millones.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), ACTIVE_PHRASINGS)
def test_more_ways_to_say_a_part_works_per_token(text: str, lang: str) -> None:
    found = _claims(text, lang)
    assert ("DeepSeek-V3", 37 * B, "active") in found
    assert ("DeepSeek-V3", 671 * B, "total") in found


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        # guard: all of a dense model's parameters for each single token are its total
        (
            "Llama 3.1 405B ist dicht: Das Modell rechnet für jedes einzelne Token mit allen 405 Milliarden Parametern.",
            "de",
            "Llama 3.1",
            405 * B,
        ),
        # guard: 'à la fois du texte et des images' is 'both', not 'at a time'
        (
            "Mistral AI a présenté Mistral Small 3.1, un modèle ouvert de 24 milliards de paramètres capable de traiter "
            "à la fois du texte et des images.",
            "fr",
            "Mistral Small 3.1",
            24 * B,
        ),
    ],
)
def test_no_part_per_token_here(text: str, lang: str, model: str, params: int) -> None:
    found = _claims(text, lang)
    assert (model, params, "total") in found
    assert (model, params, "active") not in found


@pytest.mark.parametrize(
    ("text", "lang", "model", "params"),
    [
        (
            "Varrow Labs renamed Jadeite-7 as Orinthe. Orinthe, formerly known as Jadeite-7, has 22 billion parameters.",
            "en",
            "Orinthe",
            22 * B,
        ),
        (
            "Olvea a rebaptisé Gregal 3 en Altair. Altair, l'ancien Gregal 3, compte 13 milliards de paramètres.",
            "fr",
            "Altair",
            13 * B,
        ),
        (
            "Tarapacá AI rebautizó Copihue-2 como Lumen. Lumen, antes llamado Copihue-2, tiene 32.000 millones de "
            "parámetros.",
            "es",
            "Lumen",
            32 * B,
        ),
    ],
)
def test_a_new_name_after_a_rename_is_a_model(text: str, lang: str, model: str, params: int) -> None:
    assert (model, params, "total") in _claims(text, lang)


def test_a_name_given_far_from_its_figure_is_still_read() -> None:
    filler = " ".join(f"Absatz {i}: Die Firma spricht über Kunden, Büros und Pläne." for i in range(8))
    text = (
        "Hamburger Firma benennt Sprachmodell um\n\nDie Auristo GmbH hat ihr Sprachmodell Klabauter 2 nach "
        "fünf Monaten umbenannt. Es heißt ab sofort Meridia. "
        + filler
        + " Meridia, also das frühere Klabauter 2, "
        "umfasst 13,4 Milliarden Parameter."
    )
    assert ("Meridia", 13_400 * M, "total") in _claims(text, "de")


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        (
            "Lumi is the district's tutor. \"Nine billion parameters or nine hundred billion, what matters is who "
            'reads the chats," said a parent.',
            "en",
            0,
        ),
        # guard: two sizes a family comes in are its sizes
        ("Meta offers Llama 2 in 7 billion or 70 billion parameter sizes.", "en", 2),
    ],
)
def test_two_sizes_a_power_of_ten_apart_that_do_not_matter(text: str, lang: str, count: int) -> None:
    assert len(extract_claims(text, lang)) == count


@pytest.mark.parametrize(
    ("text", "lang", "model"),
    [
        (
            "Investigadores cuentan los parámetros de Pehuén. El resultado es que Pehuén suma 389.000 millones.",
            "es",
            "Pehuén",
        ),
        (
            "Researchers counted the parameters of Quillane. Their result is that Quillane holds 389 billion.",
            "en",
            "Quillane",
        ),
    ],
)
def test_the_parameters_of_a_word_name_it_a_model(text: str, lang: str, model: str) -> None:
    assert (model, 389 * B, "total") in _claims(text, lang)


def test_a_listed_name_with_its_maker_in_brackets_then_a_description() -> None:
    text = (
        "The catalogue adds two models:\n- Tarsier 14B (Quillmate), a 14-billion-parameter model tuned for code "
        "review.\n- Loris (Quillmate), a 7-billion-parameter model for chat."
    )
    found = _claims(text, "en")
    assert ("Tarsier", 14 * B, "total") in found
    assert ("Loris", 7 * B, "total") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Before the launch, several outlets claimed that Copihue-2 had 40 billion parameters.", "en"),
        ("Algunos medios aseguraron que Copihue-2 tenía 40.000 millones de parámetros.", "es"),
        ("Im Vorfeld hatten mehrere Branchenblogs berichtet, Nerion 2 habe 300 Milliarden Parameter.", "de"),
        ("Plusieurs sites ont affirmé que Salève 2 comptait 100 milliards de paramètres.", "fr"),
    ],
)
def test_what_unnamed_outlets_said_is_a_rumour(text: str, lang: str) -> None:
    (claim,) = extract_claims(text, lang)
    assert claim.status == "rumored"


def test_sites_that_only_abbreviate_leave_a_fact_official() -> None:  # guard
    text = "Llama 3 existe en deux tailles, 8 et 70 milliards de paramètres, et certains sites abrègent en « 70B »."
    assert {c.status for c in extract_claims(text, "fr")} == {"official"}
