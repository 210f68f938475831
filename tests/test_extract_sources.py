"""Who a figure comes from and how sure it is: sizes the developer never disclosed, estimators named as
the subject of their verb, and speakers in German verb-second order. Each case is a rule of the extractor;
the fixture corpus measures them together."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def fields(text: str, lang: str) -> list[tuple]:
    return [(c.model, c.params, c.status, c.attributed_to) for c in extract_claims(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "OpenAI has never published GPT-4's size. A chart on X says GPT-4 has 100 trillion parameters.",
            "en",
        ),
        (
            "Der Beitrag behauptet, GPT-4 habe 100 Billionen Parameter. OpenAI hat die Größe von GPT-4 nie bestätigt.",
            "de",
        ),
        (
            "OpenAI n'a jamais publié la taille de GPT-4. Selon le graphique, GPT-4 compte 100 000 milliards de paramètres.",
            "fr",
        ),
        (
            "La imagen dice que GPT-4 tiene 100 billones de parámetros. OpenAI nunca ha publicado el tamaño de GPT-4.",
            "es",
        ),
        ("GPT-4 has 100 trillion parameters, says the chart. The size of GPT-4 remains a secret.", "en"),
    ],
)
def test_a_size_the_article_says_was_never_disclosed_is_not_official(text: str, lang: str) -> None:
    [(model, params, status, _)] = fields(text, lang)
    assert (model, params, status) == ("GPT-4", 100 * 10**12, "rumored")


def test_the_model_excepted_or_before_since_keeps_its_official_size() -> None:
    text = (
        "Vantrel has never published a size for anything except Corvex-4 Mini. Corvex-4 Mini has 14 billion "
        "parameters. OpenAI has not published a parameter count since GPT-3. GPT-3 has 175 billion parameters."
    )
    assert {(m, s) for m, _, s, _ in fields(text, "en")} == {
        ("Corvex-4 Mini", "official"),
        ("GPT-3", "official"),
    }


def test_the_size_of_something_else_is_no_word_on_the_model() -> None:
    text = (
        "Mistral did not disclose the size of the training data. Mistral Large 2 has 123 billion parameters."
    )
    assert fields(text, "en") == [("Mistral Large 2", 123 * 10**9, "official", None)]


def test_a_developer_that_never_disclosed_the_size_is_not_its_source() -> None:
    text = "OpenAI never disclosed the size of GPT-4, though it has been widely reported to have around 1.8 trillion parameters."
    assert fields(text, "en") == [("GPT-4", 18 * 10**11, "rumored", None)]


def test_a_model_whose_size_was_never_disclosed_is_the_subject_of_the_next_sentence() -> None:
    # 'the size of GPT-4' compares nothing here: the estimate after it is GPT-4's
    text = "OpenAI has never published the size of GPT-4. SemiAnalysis estimated that it has 1.8 trillion parameters."
    assert fields(text, "en") == [("GPT-4", 18 * 10**11, "estimated", "SemiAnalysis")]
    compared = "Borealis is a fifth the size of GPT-4. It has 1.8 trillion parameters."
    assert fields(compared, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "OpenAI has never published GPT-4's size. A month later SemiAnalysis put GPT-4 at roughly 1.8 trillion parameters.",
            "en",
            ("GPT-4", 18 * 10**11, "rumored", "SemiAnalysis"),
        ),
        (
            "OpenAI nunca ha publicado el número de parámetros de GPT-4. En julio, la consultora SemiAnalysis estimó "
            "alrededor de 1,8 billones, con 16 expertos.",
            "es",
            ("GPT-4", 18 * 10**11, "estimated", "SemiAnalysis"),
        ),
        (
            "OpenAI no publica tamaños. La firma Kestrel Analytics cifró en unos 200.000 millones de parámetros el tamaño de GPT-4o.",
            "es",
            ("GPT-4o", 200 * 10**9, "estimated", "Kestrel Analytics"),
        ),
    ],
)
def test_an_estimator_named_as_the_subject_of_its_verb_is_the_source(
    text: str, lang: str, expected: tuple
) -> None:
    assert fields(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Darin sagte Andrew Feldman, Chef des Chipherstellers Cerebras, werde GPT-4 etwa 100 Billionen Parameter haben.",
            "Andrew Feldman",
        ),
        (
            "Im Juni sagte der Unternehmer George Hotz in einem Podcast, GPT-4 habe 1,76 Billionen Parameter.",
            "George Hotz",
        ),
    ],
)
def test_a_german_speaker_after_the_verb_is_the_source(text: str, source: str) -> None:
    [(_, _, _, attributed)] = fields(text, "de")
    assert attributed == source


def test_a_noun_that_looks_like_a_verb_makes_no_speaker() -> None:
    # 'Esa cifra lo situaría ...': 'cifra' is the figure here, and 'Esa' no one's name
    text = "Se habla de 300.000 millones de parámetros para Lumbre-2. Esa cifra lo situaría por encima de ALIA-40B, que cuenta con 40.000 millones de parámetros."
    assert all(c.attributed_to is None for c in extract_claims(text, "es"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "A benchmark paper by Microsoft researchers put GPT-4o at about 200 billion parameters. "
            "The authors called these estimates.",
            "en",
        ),
        (
            "Fin décembre, des chercheurs de Microsoft ont publié une étude. Dans un tableau, ils prêtent environ "
            "200 milliards de paramètres à GPT-4o. Des estimations, précisent-ils.",
            "fr",
        ),
        (
            "Un artículo de investigadores de Microsoft puso números en una tabla: alrededor de 200.000 millones de "
            "parámetros para GPT-4o. Los propios autores advertían de que eran estimaciones.",
            "es",
        ),
    ],
)
def test_a_document_s_figures_its_authors_call_estimates_next_are_estimates(text: str, lang: str) -> None:
    assert fields(text, lang) == [("GPT-4o", 200 * 10**9, "estimated", "Microsoft")]


def test_the_researchers_of_a_firm_are_the_source_of_their_estimate() -> None:
    text = "Forscher von Microsoft haben Schätzungen abgedruckt: GPT-4o komme auf etwa 200 Mrd. Parameter."
    assert fields(text, "de") == [("GPT-4o", 200 * 10**9, "estimated", "Microsoft")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "DeepSeek-V3 has 671 billion parameters in total, and reportedly cost under $6 million to train.",
            "official",
        ),
        (
            "In 2019 GPT-2, all 1.5 billion parameters of it, was supposedly too dangerous to release.",
            "official",
        ),
        ("GPT-4 has 1.8 trillion parameters, reportedly.", "rumored"),
        ("GPT-4 reportedly has 1.8 trillion parameters.", "rumored"),
    ],
)
def test_a_hedge_on_another_clause_s_verb_leaves_the_figure_as_it_is(text: str, status: str) -> None:
    [(_, _, got, _)] = fields(text, "en")
    assert got == status


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        (
            "GPT-4 has 1.8 trillion parameters, a figure from leaks that OpenAI has never confirmed.",
            "en",
            "rumored",
        ),
        (
            "Le chiffre de 1 800 milliards de paramètres pour GPT-4 vient de fuites et n'a jamais été confirmé.",
            "fr",
            "rumored",
        ),
        ("The leaks were right: OpenAI confirmed that GPT-4 has 1.8 trillion parameters.", "en", "official"),
    ],
)
def test_a_denied_confirmation_confirms_nothing(text: str, lang: str, status: str) -> None:
    [(_, _, got, _)] = fields(text, lang)
    assert got == status


def test_a_joint_model_s_developers_are_both_named() -> None:
    [claim] = extract_claims("Megatron-Turing NLG has 530 billion parameters.", "en")
    assert claim.org == "Microsoft and NVIDIA"


def test_one_developer_of_a_joint_model_written_by_it_names_them_all() -> None:
    [claim] = extract_claims("Microsoft and NVIDIA's Megatron-Turing NLG has 530 billion parameters.", "en")
    assert claim.org == "Microsoft and NVIDIA"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "GPT-4o has 200 billion parameters. My own guess for GPT-4o mini is somewhere between 8 and 20 billion.",
            "en",
        ),
        (
            "GPT-4o tiene 200.000 millones de parámetros. Mi apuesta personal es que GPT-4o mini tiene 10.000 millones.",
            "es",
        ),
    ],
)
def test_a_speaker_s_own_guess_is_an_estimate(text: str, lang: str) -> None:
    assert [status for model, _, status, _ in fields(text, lang) if model == "GPT-4o mini"] == ["estimated"]


def test_a_table_cell_ends_the_name_of_a_source() -> None:
    text = (
        "Modelo | Empresa | Parámetros | Contexto | Precio | Pesos abiertos |\n"
        "Llama 3.1 405B | Meta | 405B | 128K | Según proveedor | Sí |"
    )
    assert fields(text, "es") == [("Llama 3.1", 405 * 10**9, "official", None)]


def test_a_firm_s_research_paper_is_the_source_of_its_estimates() -> None:
    text = (
        "For the closed models, the only public numbers are guesses. A Microsoft research paper, published in "
        'December, listed GPT-4o at "~200B" and Claude 3.5 Sonnet at "~175B", but the authors stressed these '
        "were estimates."
    )
    assert fields(text, "en") == [
        ("GPT-4o", 200 * 10**9, "estimated", "Microsoft"),
        ("Claude 3.5 Sonnet", 175 * 10**9, "estimated", "Microsoft"),
    ]
