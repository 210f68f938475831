"""Clauses and scope: the clause around a figure, whether it counts active or total parameters, and an
approximation word before it."""

from __future__ import annotations

import re

from claimwatch.extract.cues import lowered, words

# the approximation words that may stand between a preposition or a possessive and its figure ('with about',
# 'mit seinen rund', 'de unos'): one list for every pattern that leaves room for one
APPROX_WORDS = (
    r"about|around|roughly|approximately|circa|ca\.|rund|etwa|environ|près de|quelque|unos|unas|alrededor de|"
    r"cerca de|más o menos|en torno a"
)
APPROX_SLOT = rf"(?:(?:{APPROX_WORDS})\s+)?"

APPROX_BEFORE = re.compile(
    r"(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|circa|ca\.|~|≈|an estimated|"
    r"etwa|rund|knapp|ungefähr|fast|gut|zirka|cirka|annähernd|"
    r"environ|près de|quelque|presque|approximativement|"
    r"alrededor de|cerca de|aproximadamente|unos|unas|casi|"
    r"circa|quasi|ongeveer|bijna|cerca de|"
    # verbs and phrases of nearness: 'rondará los 30.000 millones', 'avoisinera les 500', 'um die 30 Milliarden'
    r"rondar(?:á|ía|a|án|ían|an)?(?: los| las)?|avoisin\w*(?: les)?|frôl\w*(?: les)?|um die|"
    r"in der Größenordnung von|in the region of|on the order of|en torno a(?: los| las)?)\s*$",
    re.IGNORECASE,
)

ACTIVE = words(
    r"activ\w*",
    r"aktiv\w*",
    r"act\.",  # a digest's '117B tot. / 5,1B act.'
    r"actifs?",
    r"actives?",
    r"activos?",
    r"activas?",
    r"attivi",
    r"actief",
    r"per token",
    r"pro token",
    r"par token",
    r"por token",
    r"je token",
    r"par jeton",
    r"(?:à|pour) chaque (?:token|jeton)",
    r"(?:for|per) (?:each|every) (?:word|token)(?: it (?:produces|generates|writes))?",
    r"pour chaque mot",
    r"para cada (?:palabra|token)",
    r"für jedes (?:Wort|Token)",
    r"pro Wort",
    r"(?:por|en|a) cada token",
    r"en cada (?:paso|palabra|pasada|respuesta)",
    r"(?:por|para) cada respuesta",
    r"(?:per|for each|for every|with each|on each) (?:answer|response|reply)",
    r"(?:à|pour) chaque réponse",
    r"(?:bei|für) jede (?:Antwort)",
    r"(?:à chaque|par) passe",
    r"(?:von denen|wovon) jeweils",  # '16 Mrd. Parametern, von denen jeweils 2,4 Mrd. rechnen': at any one time
    r"(?:bei jedem|pro) (?:Durchlauf|Rechenschritt)",
    r"(?:per|in each|on each) pass",
    r"bei jeder Berechnung",
    r"bei jeder Anfrage",
    r"(?:für|bei) jede[mns]? (?:verarbeitete[mns]? )?Token",
    r"pro verarbeitete[mns]? Token",
    r"(?:à|pour) chaque mot",
    r"por cada palabra",
    r"(?:for|with) each (?:word|generated word)",
    r"(?:pro|für jedes|bei jedem) Wort",
    r"pro Anfrage",
    r"(?:per|for each|for every) (?:query|request)",
    r"por (?:cada )?consulta",
    r"à chaque étape",
    r"(?:per|at each|in each) (?:step|forward pass)",
    r"(?:a single|each|every|any|one) forward pass",  # 'but a single forward pass touches about 11 billion'
    r"(?:ein|jeder) (?:einzelner )?Vorwärtsdurchlauf",
    r"une (?:seule )?passe (?:avant|directe)",
    r"una (?:sola )?pasada (?:hacia delante|directa)",
    r"zum Einsatz",
    r"(?:for|on) (?:any|each|every) (?:given |single |one |individual )?token",
    r"(?:pro|je|für jeden|bei jedem) (?:Wortbaustein|Textbaustein|Wortteil)",
    r"used to (?:process|handle|generate) (?:any|each|every|a)",
    r"in use (?:for|on) (?:any|each|every)",
    r"para procesar cada",
    r"(?:bei jeder|pro|für jede) Vorhersage",  # 'von denen bei jeder Vorhersage nur 2,4 Milliarden arbeiten'
    r"(?:for|on|at) (?:each|every|any) (?:given )?(?:prediction|word)",
    r"(?:à|pour) chaque prédiction",
    r"(?:en|para|por) cada predicción",
    r"(?:switched|turned) on",  # 'Only about 37 billion of those parameters are switched on for each word'
    r"(?:eingeschaltet|zugeschaltet)",
    r"encendid[oa]s",
    r"allumés",
    r"pour traiter chaque",
    r"pour chaque requête",
    r"sollicit\w+",
    r"mobilis\w+",
    r"for each token",
    r"each token",
    r"cada token",
    r"(?:during|at) inference",
    r"während der inferenz",
    r"lors de l'inférence",
    r"durante la inferencia",
    r"im spiel",
    r"in play",
    # (not the adverb that opens a sentence: 'Gleichzeitig erschien das kleinere Falcon 7B mit sieben Milliarden')
    r"gleichzeitig(?=\s+(?:aktiv\w*|arbeit\w*|genutzt\w*|rechne\w*|im Einsatz|eingesetzt\w*|verwendet\w*|"
    r"beteiligt\w*|gefragt))",
    r"at (?:a|any one|any given) time",
    r"a la vez",
    r"al mismo tiempo",
    r"en même temps",
    r"n['’]en (?:utilise|emploie|fait travailler|fait tourner) que",  # ('à la fois' is 'both' as often as not)
    r"at once",
    # the parameters that do the work: 'seuls 12,9 milliards de paramètres travaillent', 'are at work'
    r"(?:paramètres|parámetros) (?:y )?(?:travaillent|trabajan)",
    r"parameters (?:are )?at work",  # (not German 'arbeiten': 'an einem Modell mit 2 Billionen Parametern arbeiten')
    r"(?:bei|für) jede[mns]? einzelne[mns]? (?:Wort|Token)",
    r"en cada (?:consulta|petición|solicitud)",
    # while it answers: 'pero al responder solo utiliza unos 13.000 millones', 'only 37 billion are engaged when it
    # answers a query'
    r"al responder",
    r"(?:when|as|while) it (?:answers|responds|replies)",
    r"(?:quand|lorsqu['’]?) ?il répond",
    r"beim Antworten",
)
TOTAL = words(
    r"total\w*",
    r"tot\.",
    r"gesamt\w*",
    r"insgesamt",
    r"au total",
    r"en total",
    r"totales",
    r"in all",
    r"suma(?:r|n|ba|ría)?",
    r"totaliz\w*",
    r"totalis\w*",  # 'pese a sumar 671.000 millones', 'il totalise'
)
# between two figures: the first is the part of the second in use ('uses 39 billion of its 141 billion',
# 'activa 22.000 millones de sus 235.000 millones', 'utiliza 37.000 millones de un total de 671.000')
PART_OF_WHOLE = re.compile(
    r"\s*(?:[\w-]*param\w*\s+)?(?:of|out of|from|de|d['’]|von|sur|di|su)\s+"
    r"(?:(?:its|their|the|all|a total of|un total de|sus|ses|leurs|seinen|seiner|ihren|insgesamt|los|las|les|"
    r"la|el|le|i|gli)\s+)*"
    rf"{APPROX_SLOT}",  # 'uses only about 13 billion of its roughly 47 billion parameters'
    re.IGNORECASE,
)


def part_and_whole(sentence: str, first_end: int, second_start: int) -> bool:
    """Whether the text between two figures makes the first a part of the second."""
    return bool(PART_OF_WHOLE.fullmatch(sentence, first_end, second_start))


# clause boundaries for scope cues
CLAUSE_BREAK = re.compile(
    # (not German 'aber', 'jedoch': mostly particles inside a clause, 'nutzt pro Token aber nur 12,9 Milliarden')
    r"[;,:()\[\]|]|\s[–—-]\s|\b(?:but|while|whereas|während|mais|tandis|alors que|pero|mientras)\b",
    re.IGNORECASE,
)

_APPROX_LOW = lowered(APPROX_BEFORE)


def is_approx(sentence: str, quantity_start: int) -> bool:
    """An approximation word right before the quantity (offsets relative to sentence)."""
    return bool(_APPROX_LOW.search(sentence[max(0, quantity_start - 24) : quantity_start].lower()))


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding sentence[start:end], bounded by commas, brackets and contrast words."""
    left = 0
    for m in CLAUSE_BREAK.finditer(sentence, 0, start):
        if not _aside_closed(sentence, m, start):
            left = m.end()
    after = CLAUSE_BREAK.search(sentence, end)
    right = after.start() if after else len(sentence)
    return left, right


MAJOR_BREAK = re.compile(
    r";|\s[–—]\s|\b(?:but|while|whereas|although|aber|jedoch|wohingegen|mais|tandis que|alors que|pero|mientras|"
    r"aunque|ma|mentre)\b",
    re.IGNORECASE,
)


def _aside_closed(sentence: str, m: re.Match[str], start: int) -> bool:
    """A bracket of a short aside that closes before `start`: 'Falcon 3 (Dezember 2024) umfasst ...' is one clause."""
    if m.group() == "(":
        close = sentence.find(")", m.end(), start)
        return close >= 0 and close - m.end() <= 30 and "," not in sentence[m.end() : close]
    if m.group() == ")":
        open_ = sentence.rfind("(", 0, m.start())
        return open_ >= 0 and m.start() - open_ <= 31 and "," not in sentence[open_ : m.start()]
    return False


def major_clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The main clause holding sentence[start:end], bounded only by contrast words and semicolons."""
    left = 0
    for m in MAJOR_BREAK.finditer(sentence, 0, start):
        left = m.end()
    after = MAJOR_BREAK.search(sentence, end)
    return left, (after.start() if after else len(sentence))


ACTIVE_WORD = re.compile(r"activ|aktiv|actif|attiv", re.IGNORECASE)
ALL_BEFORE = re.compile(
    r"\b(?:all(?: of)?(?: its)?|its|alle(?: seine)?|allen(?: seinen)?|seine|sämtliche[n]?|tous(?: ses)?|ses|todos(?: sus)?|sus)\s+$",
    re.IGNORECASE,
)

# 'every one of its', 'usa los 27.000 millones de parámetros en cada token': all of them, each time
EVERY_ONE_BEFORE = re.compile(
    r"\b(?:every one of (?:its|the|their)|each (?:one )?of (?:its|the)|jede[rsn]? einzelne[n]? (?:seiner|der)|"
    r"chacun de ses|chacun des|cada uno de (?:sus|los)|(?:usa|utiliza|emplea|usan|utilizan) (?:todos )?(?:los|sus)|"
    r"nutzt (?:alle|sämtliche|seine))\s+$",
    re.IGNORECASE,
)

USES_THEM_ALL_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:(?:los|las) usa (?:todos|todas)|uses (?:them )?all|uses every one|les (?:utilise|mobilise|active) "
    r"tous|nutzt (?:sie )?alle|aktiviert (?:sie )?alle)\b",
    re.IGNORECASE,
)


def scope_of(sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> str:
    """As `_scope_of`, but all of a model's parameters at work for each token are its total: 'rechnen alle 405
    Milliarden', 'mobilise ses 405 milliards de paramètres pour chaque token' (a dense model)."""
    scope = _scope_of(sentence, start, end, prev_end, next_start)
    if (
        scope == "active"
        and EVERY_ONE_BEFORE.search(sentence, max(0, start - 30), start)
        and not ACTIVE_RIGHT_AFTER.match(sentence, end)
    ):
        return "total"  # 'Every one of its 405 billion parameters is active': a dense model's all
    if scope == "active" and USES_THEM_ALL_AFTER.match(sentence, end):
        return "total"  # 'tiene 405 mil millones de parámetros y los usa todos en cada paso'
    if scope == "active" and ALL_BEFORE.search(sentence, max(0, start - 12), start):
        left, right = clause_around(sentence, start, end)
        # (a dense model's active word is about all of them: 'era un modelo denso: sus 405.000 millones de
        # parámetros se activaban en cada token')
        if not ACTIVE_WORD.search(sentence, left, right) or (
            DENSE.search(sentence, 0, start) and not ACTIVE_RIGHT_AFTER.match(sentence, end)
        ):
            return "total"
    return scope


DENSE = re.compile(r"\b(?:dense|denso|densa|dichte[sn]?|dicht)\b", re.IGNORECASE)
ACTIVE_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros)\s+)?(?:activ|aktiv|actif)",
    re.IGNORECASE,
)


def _scope_of(sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> str:
    """'active' or 'total' by the cue nearest the quantity: first just after it ("17B active",
    "12,9 milliards par token"), then before it in its clause ("parameters activated per token is 12.9B")."""
    left, right = clause_around(sentence, start, end)
    if (
        TOTAL_RIGHT_BEFORE.search(sentence, max(0, start - 30), start)
        and not ACTIVE_RIGHT_AFTER.match(sentence, end)
        # ('bei 671 Milliarden Parametern insgesamt 37 Milliarden je Token': 'insgesamt' is the figure's before)
        and first_cue(sentence[end : end + 20]) != "active"
    ):
        return "total"  # 'von insgesamt 671 Milliarden Parametern pro Token jeweils 37 Milliarden': 'pro Token' is 37's
    stop = min(x for x in (right, next_start if next_start is not None else right, end + 45))
    after = sentence[end:stop].split("\n", 1)[0]  # a cue on the next line is that line's
    if next_start is not None:
        # '300 billion parameters and in each step only 20 billion': a cue after the joint is the next figure's
        after = re.split(r",|\b(?:and|und|et|y|ed)\b", after, maxsplit=1)[
            0
        ]  # not 'en', which starts 'en cada paso'
        if (
            stop == next_start
            and WHOLE_BEFORE.search(sentence, max(0, start - 25), start)
            and not ACTIVE_RIGHT_AFTER.match(sentence, end)
            and ACTIVE_WORD.search(sentence, next_start, next_start + 40)
        ):
            return (
                "total"  # 'sind von 46,7 Mrd. Parametern je Token nur 12,9 Mrd. aktiv': the whole of the part
            )
        if stop == next_start:
            # '17 milliards sur un total de 109': that total is the next figure's (but in '(12B active / 52B
            # total)' the clause ends first, and 'total' is 52B's own)
            after = _NEXT_TOTAL.sub("", after)
            # 'de 312 milliards de paramètres qui n'en active que 21': the verb's object is the next figure
            after = _ACTIVATES_NEXT.sub("", after)
        elif next_start - end <= 90:
            # (and past the window: 'the 671B-parameter model from Hangzhou that activates 37B per token')
            verb = _ACTIVATES_NEXT.search(sentence, end, next_start)
            if verb is not None:
                after = after[: max(0, verb.start() - end)]
    cue = first_cue(after)
    if cue == "active" and IN_USE_AFTER.match(sentence, end) and WITH_RIGHT_BEFORE.search(sentence, 0, start):
        return (
            "total"  # 'komme Mistral Small 3 mit 24 Milliarden Parametern zum Einsatz': the model is in use
        )
    if cue:
        return cue
    relative = ACTIVE_RELATIVE.match(sentence, end)
    if relative and (next_start is None or relative.end() <= next_start):
        return "active"  # 'steht für die 22 Milliarden, die pro Token aktiv sind'
    # (the last label of a line: 'Parámetros totales: 1T; parámetros activados: 32B')
    label = sentence[max(sentence.rfind("\n", 0, start), sentence.rfind(";", 0, start)) + 1 : start]
    cue = first_cue(label) if ":" in label and (len(label) < 50 or _cue_then_colon(label)) else None
    if cue:
        return cue  # a spec line: 'aktive Parameter: 3 Mrd.'
    before = sentence[max(left, prev_end) : start]
    joint = list(JOINT.finditer(before))
    if prev_end > left and joint:
        # the cue after the previous figure is that figure's own ('en cada paso' may start with the joint 'en')
        before = before[joint[-1].start() :]
    if left and RESTATING.fullmatch(before):
        # '..., avec le même nombre de paramètres actifs, soit 17 milliards': the clause before says what it counts
        before = sentence[max(clause_around(sentence, left - 1, left - 1)[0], prev_end) : start]
    if PART_OF_THOSE_BEFORE.search(before) and not TOTAL.search(before) and ACTIVE.search(sentence, 0, left):
        # 'Pro Wort, genauer gesagt pro Token, rechnen davon nur 37 Milliarden mit': the sentence's cue is the part's
        return "active"
    active = [m.end() for m in ACTIVE.finditer(before)]
    total = [m.end() for m in TOTAL.finditer(before)]
    if active and (not total or active[-1] > total[-1]) and not WHOLE_BEFORE.search(before):
        return "active"  # (but '94 billion active parameters out of 398 billion': the whole they are part of)
    return "total"


def _cue_then_colon(label: str) -> bool:
    """'Aktiv ist bei jedem Token aber nur ein Bruchteil davon: 12,9 Milliarden': a longer clause that says
    what the figure after its colon counts, with no figure of its own."""
    return (
        len(label) <= 90
        and len(label) - label.rfind(":") <= 15
        and not any(ch.isdigit() for ch in label)
        and bool(STRONG_ACTIVE.search(label))  # (not 'publiées en même temps : 560 millions, 1,1 milliard')
    )


STRONG_ACTIVE = re.compile(r"activ|aktiv|actif|attiv|token|jeton", re.IGNORECASE)


# a part of the figure named before: 'rechnen davon nur 37 Milliarden', 'of those only 37 billion'
PART_OF_THOSE_BEFORE = re.compile(
    rf"\b(?:davon|of (?:those|them)|de (?:ellos|esos|estos)|d['’]entre eux|dont)\s+(?:(?:nur|only|solo|sólo|seulement|"
    rf"lediglich|just)\s+)?{APPROX_SLOT}$",
    re.IGNORECASE,
)
IN_USE_AFTER = re.compile(r"\s*(?:Parameter\w*\s+)?zum Einsatz\b")
WITH_RIGHT_BEFORE = re.compile(rf"\bmit\s+{APPROX_SLOT}$")


# a word for the whole right before a figure: 'von insgesamt 671 Milliarden', 'in total about 1.8 trillion'
TOTAL_RIGHT_BEFORE = re.compile(
    r"\b(?:insgesamt|zusammen|in total|in all|altogether|a total of|au total|en tout|en total|un total de|"
    rf"en conjunto|in totale)\s+{APPROX_SLOT}$",
    re.IGNORECASE,
)
WHOLE_BEFORE = re.compile(
    r"(?:\b(?:out of|sur|von(?: insgesamt)?|de un total de|d['’]un total de|of a total of)|"
    # a part of the whole just named: 'rechnen nur 21 Milliarden der 236 Milliarden'
    r"(?:Milliarden|Mrd\.|billion|milliards|mil millones)\s+(?:der|of the|des|de los))\s+"
    rf"(?:(?:{APPROX_WORDS})\s+)?$",
    re.IGNORECASE,
)


# a relative clause right after a figure that says it is active: ', die pro Token aktiv sind', ', which are active'
ACTIVE_RELATIVE = re.compile(
    r"\s*(?:\w+\s+)?,\s*(?:die|welche|which|that|qui|que|los cuales|las cuales|che)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:aktiv|active|actifs?|actives|activos?|activas?|attivi)\b",
    re.IGNORECASE,
)


_ACTIVATES_NEXT = re.compile(
    r"\b(?:que|qui|which|that|die|das|welche|and|y|et|und|aunque|but|pero|mais|aber|while|mientras|tandis que|"
    r"alors que|während|though|although|obwohl|bien que)\s+(?:[^\W\d]+(?:['’][^\W\d]+)?\s+){0,3}?"
    r"(?:activ\w*|aktivier\w*|utilis\w*|uses?|using|nutzt|usa|emplea)\s+(?:[^\W\d]+['’\s]+){0,2}$"
    # the figure is the verb's subject: 'Ses 671 milliards de paramètres n'en activent que 37 milliards'
    r"|^\s*(?:de\s+)?(?:parameters?|paramètres|Parameter|parámetros|parametri)\s+"
    r"(?:(?:only|just|solo|sólo|nur|n['’]en|ne)\s+)?(?:activates?|activent|activan|aktivieren|(?<=n['’]en )active)\s+"
    r"(?:[^\W\d]+['’\s]+){0,3}$",
    re.IGNORECASE,
)
JOINT = re.compile(r",|\b(?:and|und|et|y|e|en)\b")
_NEXT_TOTAL = re.compile(
    r"(?:\b(?:sur|out of|of|de|von|from|aus|d['’]un|d['’]une)\s+)?(?:(?:un|a|an|einem|una|sus)\s+)?"
    r"(?:total|insgesamt|gesamt)(?:\s+(?:de|of|von|di))?\s*$",
    re.IGNORECASE,
)
# a figure that restates the clause before it
# words that restate what comes before: '..., soit 17 milliards', 'tokens, c'est-à-dire 14 000 milliards'
RESTATE_WORDS = (
    r"soit|c['’]est-à-dire|i\.\s?e\.|that is|namely|d\.\s?h\.|das heißt|also|nämlich|es decir|o sea|cioè|ossia|"
    # a correction's right figure for the wrong one before it: '...44 billion active...; the correct figure is 39'
    r"the (?:correct|right) (?:figure|number) is|richtig (?:sind|ist)|le bon chiffre est(?: de)?|"
    r"la cifra correcta es|son"
)
RESTATING = re.compile(rf"\s*(?:{RESTATE_WORDS})\s*", re.IGNORECASE)


def first_cue(window: str) -> str | None:
    active, total = ACTIVE.search(window), TOTAL.search(window)
    if active and (not total or active.start() < total.start()):
        return "active"
    return "total" if total else None
