"""Pages where people other than the reporter speak: social-media roundups whose posters guess the article's model
without naming it, a lab's employee answering them, court reports with numbered exhibits, and hackathon reports
whose teams train small adapters on large models."""

from __future__ import annotations

import pytest

from claimwatch.extract import extract_claims


def _claims(text: str, lang: str) -> set[tuple[str, int]]:
    return {(c.model, c.params) for c in extract_claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pellard Labs shipped Brume-3 on Monday without a word on its size.\n"
            "The guessing started within the hour. The first thread had 900 replies by noon.\n"
            '"Not dense, not at that price," replied @sparsity_sam. "My bet: MoE, 300B total, 18B active."',
            "en",
            {("Brume-3", 300 * 10**9), ("Brume-3", 18 * 10**9)},
        ),
        (
            "Pellard Labs a publié Brume-3 lundi, sans dire sa taille.\n"
            "@lea_infer (21:02, 800 j'aime) : « Brume-3 ? Vu le débit et le prix, je parie sur un 40B dense. »",
            "fr",
            {("Brume-3", 40 * 10**9)},
        ),
        (
            "Pellard Labs lanzó Brume-3 el lunes sin decir su tamaño.\nLas redes ardieron toda la noche. "
            "El primer hilo tuvo 900 respuestas.\n@quant_pau: «Me dicen desde dentro que es un MoE de 300B con "
            "18B activos.»",
            "es",
            {("Brume-3", 300 * 10**9), ("Brume-3", 18 * 10**9)},
        ),
        (
            "Pellard Labs hat Brume-3 am Montag veröffentlicht, ohne die Größe zu nennen.\nDie Spekulation begann "
            "sofort. Der erste Thread hatte mittags 900 Antworten.\n@kai_tokens: „Ich tippe auf ein MoE mit 300B "
            "insgesamt und 18B aktiv.“",
            "de",
            {("Brume-3", 300 * 10**9), ("Brume-3", 18 * 10**9)},
        ),
    ],
)
def test_a_posters_guess_goes_to_the_model_the_thread_is_about(text: str, lang: str, expected: set) -> None:
    """'My bet: MoE, 300B total, 18B active', 'je parie sur un 40B dense', 'Me dicen ... un MoE de 300B': a
    poster's guess or what they were told, with no name and no parameter word, is about the article's model."""
    assert _claims(text, lang) == expected


def test_a_guess_after_a_question_about_another_model_stays_with_that_model() -> None:
    text = (
        "Q: Your own model, Ferro-2, has 30 billion parameters. Anthropic's Claude 3 Opus is rumoured to have "
        "two trillion parameters. Do you buy that?\nA: I doubt it. Anthropic has never said anything about the "
        "size. From its latency, my guess is something like 500 to 600 billion total."
    )
    claims = {(c.model, c.params) for c in extract_claims(text, "en")}
    assert ("Claude 3 Opus", 500 * 10**9) in claims
    assert ("Ferro-2", 500 * 10**9) not in claims


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Wie groß ist Brume-3?\nBrume-3 ist da, und das Netz rätselt. @kai_tokens schrieb: „Qwen2.5 72B mit neuem Finetuning, wetten?“\n"
            "Dann meldete sich Ina Vogt, Entwicklerin bei Pellard Labs, zu Wort: „Knapp daneben: ein MoE mit 210 "
            "Milliarden Parametern insgesamt, davon 15 Milliarden aktiv.“",
            "de",
        ),
        (
            "Quelle taille pour Brume-3 ?\nBrume-3 est sorti, et les réseaux s'interrogent. @lea_infer : « C'est Qwen2.5 72B réentraîné. »\n"
            "Vers minuit, une ingénieure de Pellard Labs, Ina Vogt, a répondu : « Raté : c'est un MoE de 210 "
            "milliards de paramètres au total, dont 15 milliards actifs. »",
            "fr",
        ),
    ],
)
def test_someone_at_an_unlisted_lab_speaks_of_its_model_not_the_one_a_poster_named(
    text: str, lang: str
) -> None:
    """After a post naming Qwen2.5, a quoted employee of the lab behind the article's new model gives that
    model's size; and 'Dann meldete sich X zu Wort' (spoke up) names no outlet called 'Dann'."""
    claims = extract_claims(text, lang)
    assert {(c.model, c.params) for c in claims if c.params > 100 * 10**9} == {("Brume-3", 210 * 10**9)}
    assert {(c.model, c.params) for c in claims if c.scope == "active"} == {("Brume-3", 15 * 10**9)}
    assert all(c.attributed_to != "Dann" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The contract named Meta's Llama 3.1. Its expert testified (Exhibit 47) that the delivered weights "
            "held about 8.03 billion parameters.",
            "en",
            {("Llama 3.1", 8_030_000_000)},
        ),
        (
            "Laut Vertrag (Anlage K3) sollte ein Chatbot auf Basis von Llama 3.1 70B laufen. Der Gutachter zählte "
            "in der Gewichtsdatei jedoch 8,03 Milliarden Parameter.",
            "de",
            {("Llama 3.1", 70 * 10**9), ("Llama 3.1", 8_030_000_000)},
        ),
    ],
)
def test_a_court_exhibit_is_no_model(text: str, lang: str, expected: set) -> None:
    """'Exhibit 47', 'Anlage K3': a court paper's label names no model, and the count stays with the model."""
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The winners fine-tuned Microsoft's Phi-3-mini, a 3.8-billion-parameter model, with LoRA adapters of "
            "just 12 million trainable parameters.",
            "en",
            {("Phi-3-mini", 3_800_000_000)},
        ),
        (
            "Das Siegerteam passte Qwen2.5-14B per LoRA an und trainierte dabei nur rund 40 Millionen "
            "zusätzliche Parameter.",
            "de",
            {("Qwen2.5-14B", 14 * 10**9)},
        ),
        (
            "L'équipe a ajouté à Mistral 7B un adaptateur de 20 millions de paramètres.",
            "fr",
            {("Mistral", 7 * 10**9)},
        ),
        (
            "El equipo aplicó LoRA sobre Salamandra, el modelo de 7.000 millones de parámetros del BSC.",
            "es",
            {("Salamandra", 7 * 10**9)},
        ),
    ],
)
def test_an_adapters_trainable_parameters_are_not_the_models_size(
    text: str, lang: str, expected: set
) -> None:
    """'LoRA adapters of 12 million trainable parameters', '40 Millionen zusätzliche Parameter': a fine-tune's
    added weights; the base model named after 'LoRA sobre' keeps its own size."""
    assert _claims(text, lang) == expected


def test_alexnet_is_a_known_model() -> None:
    claims = extract_claims(
        "Damals gewann AlexNet mit rund 60 Millionen Parametern den ImageNet-Wettbewerb.", "de"
    )
    assert [(c.model, c.params, c.org) for c in claims] == [("AlexNet", 60 * 10**6, "University of Toronto")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Page 80, l'auteur écrit que GPT-2 « comptait 15 milliards de paramètres ». En réalité, OpenAI en "
            "annonçait 1,5 milliard en 2019.",
            "fr",
        ),
        ("El autor escribe que GPT-2 tenía «15.000 millones de parámetros». No: eran 1.500 millones.", "es"),
        (
            "Der Autor schreibt, GPT-2 habe „15 Milliarden Parameter“ gehabt. Tatsächlich waren es 1,5 Milliarden.",
            "de",
        ),
        ("A reader wrote in that GPT-2 had 15 billion parameters. No: it was 1.5 billion.", "en"),
    ],
)
def test_a_reviewers_correction_gives_the_right_figure_to_the_same_model(text: str, lang: str) -> None:
    """'En réalité, OpenAI en annonçait 1,5 milliard', 'No: eran 1.500 millones': a sentence that sets the one
    before right is about the same model, and a 'No:' that answers a mistake negates nothing after it."""
    assert _claims(text, lang) == {("GPT-2", 15 * 10**9), ("GPT-2", 1_500_000_000)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Escriba Lite funciona sobre Mistral 7B. La jueza cortó la discusión: «Que el modelo tenga 7.000 o "
            "70.000 millones de parámetros no cambia la prueba».",
            "es",
        ),
        (
            "Juris Lite tourne sur Mistral 7B. Le juge a tranché : « Qu'il ait 7 ou 70 milliards de paramètres ne "
            "change rien au contrat ».",
            "fr",
        ),
        (
            "Juris Lite runs on Mistral 7B. The judge cut in: no matter whether it has 7 or 70 billion parameters, "
            "the contract was breached.",
            "en",
        ),
        (
            "Juris Lite läuft auf Mistral 7B. Die Richterin stellte klar: Egal ob das Modell 7 oder 70 Milliarden "
            "Parameter hat, der Vertrag wurde gebrochen.",
            "de",
        ),
    ],
)
def test_whichever_size_a_judge_names_is_no_claim(text: str, lang: str) -> None:
    """'Que el modelo tenga 7.000 o 70.000 millones no cambia nada', 'no matter whether it has 7 or 70 billion':
    sizes named to say the size does not matter; only the size tag of the model named before is a claim."""
    assert _claims(text, lang) == {("Mistral", 7 * 10**9)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Pellard Labs shipped Brume-3 on Monday with a 128K-token context window.\nThe launch video had a "
            "million views by Tuesday. Within hours the guessing began. One post drew 9,000 likes. Others were not "
            'convinced. Another user, @dana_k, posted a chart of tokens per second and guessed "somewhere between '
            '90B and 120B params", adding: "For reference, Llama 3.3 70B is slower on the same box."',
            "en",
        ),
    ],
)
def test_a_guess_is_not_given_to_the_yardstick_named_after_it(text: str, lang: str) -> None:
    """'guessed 90B to 120B, adding: "For reference, Llama 3.3 70B is slower"': the model named 'for reference'
    is a yardstick; the guess is about the thread's model, named five sentences before."""
    claims = {(c.model, c.params, c.params_high) for c in extract_claims(text, lang)}
    assert claims == {("Brume-3", 90 * 10**9, 120 * 10**9), ("Llama 3.3", 70 * 10**9, None)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Physical Intelligence's π0 has about 3.3 billion parameters; OpenVLA has 7 billion.",
            "en",
            {("π0", 3_300_000_000, "Physical Intelligence"), ("OpenVLA", 7 * 10**9, "Stanford University")},
        ),
        (
            "Mit 98 Milliarden Parametern ist ESM3 das größte Proteinmodell; frei verfügbar ist nur ESM3-open mit "
            "1,4 Milliarden Parametern.",
            "de",
            {("ESM3", 98 * 10**9, "EvolutionaryScale"), ("ESM3-open", 1_400_000_000, "EvolutionaryScale")},
        ),
        (
            "L'Arc Institute publie Evo 2, disponible en 7 et 40 milliards de paramètres.",
            "fr",
            {("Evo 2", 7 * 10**9, "Arc Institute"), ("Evo 2", 40 * 10**9, "Arc Institute")},
        ),
        (
            "Meditron-70B, de la EPFL, tiene 70.000 millones de parámetros; xTrimoPGLM, de BioMap, 100.000 millones.",
            "es",
            {("Meditron", 70 * 10**9, "EPFL"), ("xTrimoPGLM", 100 * 10**9, "BioMap")},
        ),
    ],
)
def test_robotics_biology_and_medical_models_are_known(text: str, lang: str, expected: set) -> None:
    """π0, OpenVLA, ESM3, Evo 2, Meditron, xTrimoPGLM: models outside chat, named without a digit or a size tag
    that would make them new names, are in the gazetteer with their makers."""
    assert {(c.model, c.params, c.org) for c in extract_claims(text, lang)} == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cuando Google DeepMind presentó RT-2, su versión más grande, construida sobre PaLI-X, tenía 55.000 "
            "millones de parámetros.",
            "es",
            {("RT-2", 55 * 10**9)},
        ),
        (
            "Mistral hat Ministral 8B vorgestellt. In Foren kursiert zudem das Gerücht, ein großer Publisher teste "
            "ein NPC-Modell mit 14 Milliarden Parametern.",
            "de",
            {("Ministral", 8 * 10**9)},
        ),
        (
            "Gemini Robotics ist Googles Robotermodell. Sein eigenes Team arbeitet an einer Variante mit 1,5 "
            "Milliarden Parametern, die auf einer Jetson-Platine läuft.",
            "de",
            set(),
        ),
    ],
)
def test_a_figure_is_not_given_to_the_base_a_rumour_or_a_rival(text: str, lang: str, expected: set) -> None:
    """'construida sobre PaLI-X, tenía 55.000 millones': the base is not what has the figure; 'das Gerücht, ...
    ein NPC-Modell mit 14 Milliarden': an unnamed model, and 'Gerücht' no name; 'sein eigenes Team ... eine
    Variante': the speaker's own variant, not one of the model before."""
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Pellard Labs a sorti Velin-3 sans dire combien de paramètres il compte.\nLes tarifs sont bas. La latence aussi. Au vu de "
            "tout cela, je dirais plutôt 200 milliards au total.",
            "fr",
            {("Velin-3", 200 * 10**9)},
        ),
        (
            "Pellard Labs lanzó Brume-3 sin decir cuántos parámetros tiene.\nLos precios son bajos. La latencia también. Por "
            "la latencia que muestra, yo diría que tiene unos 200.000 millones.",
            "es",
            {("Brume-3", 200 * 10**9)},
        ),
    ],
)
def test_i_would_say_is_a_guess_about_the_model_before(text: str, lang: str, expected: set) -> None:
    """'je dirais plutôt 200 milliards', 'yo diría que tiene unos 200.000 millones': a speaker's guess, with no
    parameter word, about the model the article is on."""
    assert _claims(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "AlphaFold 3 no tiene tamaño publicado. «No creo que pase de unos cientos de millones de parámetros; yo "
            "apostaría por 300 o 400 millones», estima un bioquímico.",
            "es",
            {("AlphaFold 3", 300 * 10**6, 400 * 10**6)},
        ),
        (
            "Zephra-4 has never had its size disclosed. From its latency, my guess is about 600 billion total "
            "parameters, with maybe 40 or 50 billion active.",
            "en",
            {("Zephra-4", 600 * 10**9, None), ("Zephra-4", 40 * 10**9, 50 * 10**9)},
        ),
    ],
)
def test_two_close_figures_of_one_guess_joined_by_or_are_its_range(
    text: str, lang: str, expected: set
) -> None:
    """'yo apostaría por 300 o 400 millones', 'maybe 40 or 50 billion active': one guess, given as a range."""
    assert {(c.model, c.params, c.params_high) for c in extract_claims(text, lang)} == expected
