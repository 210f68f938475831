"""Words that tell how a figure is framed: status, approximation, scope and attribution.

Cues from every supported language are tried on every text: articles mix languages
(English product names and quotes in German news) and language identification errs on
short texts, while the cue phrases rarely collide across languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.models import Status


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(patterns) + r")(?![\w])", re.IGNORECASE)


def lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """An IGNORECASE pattern for text that is already lower-cased, matching the same: re scans it about
    three times faster. Literals are lower-cased; escapes (\\W, \\S) and group names are kept."""
    if not rx.flags & re.IGNORECASE or "(?-i" in rx.pattern:
        raise ValueError(f"not a wholly case-insensitive pattern: {rx.pattern[:60]!r}")
    out, i, pattern = [], 0, rx.pattern
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return re.compile("".join(out), rx.flags & ~re.IGNORECASE)


# hedges: the sentence itself doubts the figure
RUMOR = _words(
    r"reportedly",
    r"rumou?red",
    r"allegedly",
    r"alleged",
    r"supposedly",
    r"purportedly",
    r"(?:is|are|was|were) (?:(?:widely|generally|often) )?(?:said|believed|thought|rumou?red|understood) to",
    r"said to (?:be|have)",
    r"widely believed",
    r"(?:wird|werden) vermutet",
    r"on prête",
    r"se cree que",
    r"se dice que",
    r"unconfirmed",
    r"insiders?",
    r"(?:people|sources) familiar",
    r"anonymous sources?",
    r"(?:some |several |unverified )?reports suggest",
    r"may reach",
    r"could (?:reach|have)",
    r"gerüchten zufolge",
    r"angeblich\w*",
    r"soll(?:en|te|ten)?",
    r"(?:hieß|heißt|hiess|heisst) es",
    r"vermutlich",
    r"mutmaßlich\w*",
    r"kolportiert\w*",
    r"unbestätigt\w*",
    r"insidern?",
    r"selon des rumeurs",
    r"prétendument",
    r"supposément",
    r"aurait",
    r"auraient",
    r"(?:compt|dispos|possé?d|frôl|totalis|embarqu|repos|dépass|avoisin|affich|mobilis|utilis|atteind|contiend)\w*rai(?:t|ent)",
    r"(?:rond|super|utiliz|us|emple|pes)aría[n]?",
    r"dispondría[n]?",
    r"claiming",
    r"serait",
    r"seraient",
    r"se rumorea",
    r"supuestamente",
    r"presuntamente",
    r"según rumores",
    r"tendría",
    r"tendrían",
    r"contaría",
    r"aumentaría",
    r"sería",
    r"alcanzaría",
    r"presumibilmente",
    r"avrebbe",
    r"sarebbe",
    r"naar verluidt",
    r"secondo indiscrezioni",
)
# talk about rumours: a rumour only when nothing in the sentence says the figure is now official
RUMOR_NOUN = _words(
    r"rumou?rs?",
    r"speculat\w*",
    r"spekul\w*",
    r"spéculation\w*",
    r"leak(?:s|ed)?",
    r"gerücht\w*",
    r"rumeurs?",
    r"rumor(?:es)?",
    r"fuite\w*",
    r"filtraci\w+",
    r"indiscrezion\w+",
    r"geruchten",
    r"(?:on|in) (?:online |web |internet )?forums",
    r"in (?:\w+ )?foren",
    r"en (?:los )?foros",
    r"(?:sur|dans) les forums",
)
OFFICIAL_CUE = _words(
    r"confirm\w*",
    r"disclos\w*",
    r"announc\w*",
    r"official\w*",
    r"unveil\w*",
    r"bestätig\w*",
    r"offiziell\w*",
    r"angekündigt",
    r"officiel\w*",
    r"dévoil\w*",
    r"oficial\w*",
    r"confirmó",
    r"anunci\w*",
    r"ufficial\w*",
)
WEAK_RUMOR = re.compile(
    r"insiders?|(?:people|sources) familiar|anonymous sources?|insidern?|leak(?:s|ed)?|fuite\w*|filtraci\w+",
    re.IGNORECASE,
)
ESTIMATED = _words(
    r"estimat\w*",
    r"analys(?:t|ts|is|es) (?:at|from|of) ",
    r"calculat\w+",
    r"extrapolat\w+",
    r"geschätzt\w*",
    r"schätz\w*",
    r"\w+schätzung\w*",
    r"geht davon aus",
    r"gehen davon aus",
    r"ermittelt\w*",
    r"dürfte",
    r"dürften",
    r"estima",
    r"estiman",
    r"estimó",
    r"cálcul\w+",
    r"hochgerechnet\w*",
    r"estim[ée]\w*",
    r"estimation\w*",
    r"estimad\w*",
    r"estimaci\w+",
    r"estim(?:ant|ait|aient|ent|e)",
    r"calcul\w+",
    r"stimat\w*",
    r"geschat",
    # an analyst's range or valuation: 'taxiert Reventlow auf', 'la fourchette retenue va de ...'
    r"veranschlag\w*",
    r"taxier\w*",
    r"ausgegangen",
    r"Spanne",
    r"évalu\w* à",
    r"fourchette",
    r"horquilla",
)

EXPECTED = _words(
    r"expected",
    r"expects?",
    r"will (?:have|feature|be|come|boast|pack|include|contain|get|sport|use|ship|launch|arrive|debut|land|follow)",
    r"(?:is|are) due (?:in|out|later|next|by)",
    r"aim(?:s|ing)? (?:for|to)",
    r"(?:is|are) (?:set|slated|poised|planned|going) to",
    r"plans? to",
    r"planned",
    r"upcoming",
    r"forthcoming",
    r"(?:still |currently )?in training",
    r"(?:is|are) still (?:being )?train(?:ing|ed)",
    r"being trained",
    r"noch im training",
    r"wird (?:derzeit |noch )?trainiert",
    r"en cours d['’]entraînement",
    r"en entrenamiento",
    r"(?:not|yet) (?:yet )?(?:been )?released",
    r"yet to be released",
    r"tbd",
    r"to be announced",
    r"future",
    r"next[- ]generation",
    r"voraussichtlich\w*",
    r"wird",
    r"werden",
    r"geplant\w*",
    r"plant",
    r"planen",
    r"künftig\w*",
    r"kommend\w*",
    r"erwartet\w*",
    r"noch nicht veröffentlicht\w*",
    r"devrait",
    r"devraient",
    r"aura",
    r"auront",
    r"(?:compt|dispos|possé?d|embarqu|affich|totalis|mobilis|pès|pes)eront?",
    r"atteindr(?:a|ont)",
    r"devr(?:a|ont)",
    r"sortir(?:a|ont)",
    r"arriver(?:a|ont)",
    r"doit (?:compter|avoir|peser|faire|atteindre)",
    r"promet",
    r"prévu\w*",
    r"à venir",
    r"futur\w*",
    r"attendu\w*",
    r"se espera",
    r"esperad\w*",
    r"tendrá",
    r"tendrán",
    r"contará",
    r"contarán",
    r"será",
    r"serán",
    r"llegará\w*",
    r"saldrá\w*",
    r"lanzará\w*",
    r"promete\w*",
    r"previst\w+",
    r"próxim\w+",
    r"futur\w+",
    r"aún no se ha lanzado",
    r"todavía no",
    r"planea\w*",
    r"dovrebbe",
    r"avrà",
    r"verwacht",
    r"zal",
)

APPROX_BEFORE = re.compile(
    r"(?:about|around|roughly|approximately|approx\.?|nearly|almost|some|circa|ca\.|~|≈|an estimated|"
    r"etwa|rund|knapp|ungefähr|fast|gut|zirka|cirka|annähernd|"
    r"environ|près de|quelque|presque|approximativement|"
    r"alrededor de|cerca de|aproximadamente|unos|unas|casi|"
    r"circa|quasi|ongeveer|bijna|cerca de)\s*$",
    re.IGNORECASE,
)

ACTIVE = _words(
    r"activ\w*",
    r"aktiv\w*",
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
    r"en cada (?:paso|palabra)",
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
    r"zum Einsatz",
    r"(?:for|on) (?:any|each|every) (?:given )?token",
    r"used to (?:process|handle|generate) (?:any|each|every|a)",
    r"in use (?:for|on) (?:any|each|every)",
    r"para procesar cada",
    r"pour traiter chaque",
    r"pour chaque requête",
    r"sollicit\w+",
    r"mobilis\w+",
    r"for each token",
    r"each token",
    r"(?:during|at) inference",
    r"während der inferenz",
    r"lors de l'inférence",
    r"durante la inferencia",
    r"im spiel",
    r"in play",
    r"gleichzeitig",
    r"at (?:a|any one|any given) time",
)
TOTAL = _words(
    r"total\w*",
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
    r"la|el|le|i|gli)\s+)*",
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

ATTRIBUTION = re.compile(
    r"(?:according to|as reported by|reported by|citing|per a report (?:by|from)|a report (?:by|from|in)|"
    r"laut|bericht(?:e|en)? (?:von|der|des|aus)|selon|d'après|d’après|rapporté par|"
    r"según|de acuerdo con|secondo|volgens|nach Angaben (?:von|des|der))\s+(?-i:(?:the|a|an|einem|einer|dem|der|des|le|la|les|el|los|las|"
    r"un|une|una) )?",
    re.IGNORECASE,
)
# 'nach OpenAI-Angaben', 'laut Meta-Angaben': the source written into a compound noun
COMPOUND_SOURCE = re.compile(
    r"\b(?:nach|laut)\s+(?P<name>[A-Z][\w.&]*)-(?:Angaben|Informationen|Berechnungen|Zahlen)\b"
)
# cues where only a known outlet or organisation counts as the source
WEAK_ATTRIBUTION = re.compile(
    r"(?:wie|berichtet(?:e)?|informó|informa|reportó|zufolge|rapporte|a rapporté)\s+", re.IGNORECASE
)
REPORT_VERB = re.compile(
    r"\s*(?:,[^,]{0,80},\s*)?(?:reports?|reported|said|says|wrote|writes|revealed|claims?|claimed|berichtet\w*|"
    r"meldet\w*|schreibt|schrieb|rapporte\w*|affirme\w*|révèle\w*|écri(?:t|vent|vait|vaient)|informa\w*|"
    r"reporta\w*|asegura\w*|publicó|escrib\w+|informó|reportó|dijo|afirmó|señaló|adelantó|parl(?:e|ait|aient)|"
    r"évoqu\w+|avan[cç]\w+|a indiqué|indiquait|sprach|sprechen)\b",
    re.IGNORECASE,
)
OUTLETS = (
    "The Information",
    "Semafor",
    "The Verge",
    "Bloomberg",
    "Reuters",
    "Financial Times",
    "The Wall Street Journal",
    "Wall Street Journal",
    "WSJ",
    "The New York Times",
    "New York Times",
    "NYT",
    "Business Insider",
    "Insider",
    "CNBC",
    "TechCrunch",
    "VentureBeat",
    "Wired",
    "Axios",
    "The Decoder",
    "SemiAnalysis",
    "Platformer",
    "Nikkei",
    "South China Morning Post",
    "SCMP",
    "Handelsblatt",
    "Der Spiegel",
    "Spiegel",
    "heise online",
    "heise",
    "Golem",
    "Le Monde",
    "Les Echos",
    "Les Échos",
    "Le Figaro",
    "El País",
    "Xataka",
    "The Guardian",
    "BBC",
    "CNN",
    "Fortune",
    "Forbes",
    "MIT Technology Review",
    "Ars Technica",
    "Engadget",
    "ZDNet",
    "The Register",
    "Tom's Hardware",
    "Yahoo",
    "Puck",
    "Stratechery",
    "LifeArchitect",
    "Epoch AI",
    "Epoch",
    "Bild",
    "Die Zeit",
    "FAZ",
    "Süddeutsche Zeitung",
    "Le Monde Informatique",
    "LeMagIT",
    "L'Informé",
    "Le Parisien",
    "Libération",
    "L'Usine Nouvelle",
    "La Tribune",
    "Numerama",
    "01net",
    "BFM Business",
    "El Mundo",
    "Expansión",
    "Cinco Días",
    "La Vanguardia",
    "El Confidencial",
    "Genbeta",
    "Hipertextual",
    "t3n",
    "Golem.de",
    "Tagesspiegel",
    "WirtschaftsWoche",
    "The Washington Post",
    "Washington Post",
    "Politico",
    "The Economist",
    "The Atlantic",
    "Agence France-Presse",
    "Associated Press",
    "Europa Press",
    "Sifted",
    "Caixin",
    "Yonhap",
)
# a German genitive stays outside the match: 'eines Berichts des Handelsblatts' cites Handelsblatt
_OUTLET = re.compile(r"(?<!\w)(?:" + trie_pattern(OUTLETS) + r")(?=s?(?!\w))")
# Every ATTRIBUTION or WEAK_ATTRIBUTION match holds one of these (lower-cased): most sentences hold none.
# Kept in step with those patterns by a property test in tests/test_extract_parts.py.
ATTRIBUTION_WORDS = re.compile(
    "according|report|citing|laut|bericht|selon|après|rapporté|según|acuerdo|secondo|volgens|wie|inform|angaben|"
    "zufolge|rapporte"
)
_CAPITALISED_RUN = re.compile(
    r"(?<![\w])(?:The |Le |Les |La |El |Der |Die )?[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?: (?:of |de |del |&)?[A-ZÀ-ÖØ-Þ][\w&.'’-]*)*"
)
_STOP_SUBJECTS = frozenset(
    {"It", "This", "The", "Es", "Er", "Sie", "Il", "Elle", "Ils", "El", "Ella", "We", "Wir", "Nous"}
)


_RUMOR_LOW, _RUMOR_NOUN_LOW, _OFFICIAL_LOW, _ESTIMATED_LOW, _EXPECTED_LOW, _APPROX_LOW = map(
    lowered, (RUMOR, RUMOR_NOUN, OFFICIAL_CUE, ESTIMATED, EXPECTED, APPROX_BEFORE)
)


def status_of(
    sentence: str, attributed: str | None, developer: str | None, known_orgs: frozenset[str] = frozenset()
) -> Status:
    """The status a sentence gives its figures, by the first cue class that fires.

    A named outlet makes a figure 'reported' even when it cites anonymous sources; hedging words
    ('reportedly', 'soll', 'Gerüchten zufolge') make it a rumour whoever is cited. A figure attributed to
    an organisation (a lab's paper, a company's statement) counts as official.
    """
    rumour, weak_rumour, rumour_noun, official, estimated, expected = _cues_in(sentence)
    if LEAKED_DOCUMENT.search(sentence) and not official:
        return "reported"  # 'A leaked benchmark sheet lists Drovak-3 as ...': a document, not hearsay
    if rumour and _future_in_past(sentence):
        rumour = False  # 'Meta a indiqué qu'il compterait ...': the tense of reported speech, not a hedge
    if rumour and not attributed and _planned(sentence):
        return "expected"  # 'Ein drittes Modell mit 70 Milliarden Parametern soll bis Ende 2026 folgen'
    if rumour and estimated and _only_conditional(sentence):
        return "estimated"  # 'Según sus cálculos, GPT-4o rondaría los 200.000 millones': the estimate's mood
    if rumour and not (attributed and weak_rumour):
        return "rumored"
    if rumour_noun and not official and not attributed:
        return "rumored"
    if attributed and attributed[0] == "@" and not _same_org(attributed[1:], developer):
        return "rumored"  # an account's post ('@latentleaks wrote that ...'), whatever its tense
    if estimated:
        return "estimated"
    if expected:
        return "expected"
    if (
        attributed
        and not _same_org(attributed, developer)
        and (attributed not in known_orgs or attributed in OUTLETS)
    ):
        return "reported"  # a lab that is also a newsroom (Bloomberg) reports
    return "official"


# a document that leaked, which the article has seen: it reports a figure, where a leak alone is a rumour
_PAPERS = (
    r"deck|sheet|document|memo|slides?|presentation|e-?mails?|roadmap|spreadsheet|filing|"
    r"Dokument\w*|Blatt|Papier\w*|Präsentation|Folien?|Unterlagen?|Tabelle|"
    r"documentos?|hojas?|presentación|diapositivas?|correos?|memorandos?|"
    r"documents?|notes?|présentations?|diapositives?|fichiers?|tableaux?"
)
LEAKED_DOCUMENT = re.compile(
    rf"\b(?:leaked|geleakt\w*|durchgestochen\w*)\s+(?:[\w-]+\s+){{0,2}}(?:{_PAPERS})\b|"
    rf"\b(?:{_PAPERS})\s+(?:[\w-]+\s+){{0,2}}(?:filtrad[oa]s?|(?:qui a |ayant )?fuité\w*|that (?:was |has )?leaked)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _cues_in(sentence: str) -> tuple[bool, bool, bool, bool, bool, bool]:
    """Which cue classes a sentence holds (cached: a sentence with several figures is read once)."""
    low = sentence.lower()
    rumour = bool(_RUMOR_LOW.search(low))
    return (
        rumour,
        rumour and _only_weak_rumour(sentence),
        bool(_RUMOR_NOUN_LOW.search(low)),
        bool(_OFFICIAL_LOW.search(low)),
        bool(_ESTIMATED_LOW.search(low)),
        _future(sentence, low),
    )


# German 'werden' with a past participle is the passive ('37 Milliarden werden genutzt'), not the future
GERMAN_FUTURE_ONLY = re.compile(r"wird|werden", re.IGNORECASE)
PASSIVE = re.compile(r"\b(?:ge\w+[tn]|\w+iert)\b(?!\s+(?:haben|sein|werden))")
GERMAN_INFINITIVE = re.compile(
    r"\b(?:haben|sein|umfassen|bekommen|kommen|erscheinen|besitzen|verfügen|bringen)\b"
)


def _future(sentence: str, low: str) -> bool:
    cues = [m.group() for m in _EXPECTED_LOW.finditer(low)]
    if not cues:
        return False
    if all(GERMAN_FUTURE_ONLY.fullmatch(c) for c in cues):
        if len(cues) == 1 and PRESENT_PASSIVE_END.search(sentence):
            return False  # 'von denen 37 Milliarden aktiviert werden': a verb-final present passive
        return not (PASSIVE.search(sentence) and not GERMAN_INFINITIVE.search(sentence))
    return True


PRESENT_PASSIVE_END = re.compile(r"\b(?:ge\w+[tn]|\w+iert)\s+(?:werden|wird)\s*[.,;:)]")


# German 'soll' with a release verb or a date ahead is a plan, not hearsay
SOLL = re.compile(r"soll(?:en|te|ten)?", re.IGNORECASE)
RELEASE_AHEAD = re.compile(
    r"\b(?:folgen|erscheinen|kommen|starten|beginnen|anlaufen|veröffentlicht werden|auf den Markt|bis (?:Ende|Mitte|Anfang)|"
    r"im (?:Frühjahr|Sommer|Herbst|Winter)|(?:nächste|kommende)[nms]? Jahr)\b",
    re.IGNORECASE,
)


def _planned(sentence: str) -> bool:
    found = [m.group() for m in RUMOR.finditer(sentence)]
    return bool(found) and all(SOLL.fullmatch(c) for c in found) and bool(RELEASE_AHEAD.search(sentence))


# the conditional mood, which reports a figure without vouching for it ('aurait', 'compterait', 'rondaría')
CONDITIONAL = re.compile(
    r"\w+(?:rait|raient)|\w+ría[n]?",
    re.IGNORECASE,
)


DECLARED_THAT = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:indiqué|annoncé|déclaré|précisé|expliqué|affirmé|assuré|promis|"
    r"confirmé|dit|écrit)\s+qu['’e]",
    re.IGNORECASE,
)


def _future_in_past(sentence: str) -> bool:
    """Every hearsay cue is a conditional governed by a past declaration ('a indiqué qu'il compterait')."""
    found = list(RUMOR.finditer(sentence))
    return bool(found) and all(
        CONDITIONAL.fullmatch(m.group()) and DECLARED_THAT.search(sentence, max(0, m.start() - 60), m.start())
        for m in found
    )


def _only_conditional(sentence: str) -> bool:
    """Whether every hearsay cue of the sentence is a verb in the conditional mood."""
    found = [m.group() for m in RUMOR.finditer(sentence)]
    return bool(found) and all(CONDITIONAL.fullmatch(word) for word in found)


def _only_weak_rumour(sentence: str) -> bool:
    return all(WEAK_RUMOR.fullmatch(m.group()) for m in RUMOR.finditer(sentence))


def _same_org(a: str, b: str | None) -> bool:
    return b is not None and (a.lower() in b.lower() or b.lower() in a.lower())


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


def scope_of(sentence: str, start: int, end: int, prev_end: int = 0, next_start: int | None = None) -> str:
    """'active' or 'total' by the cue nearest the quantity: first just after it ("17B active",
    "12,9 milliards par token"), then before it in its clause ("parameters activated per token is 12.9B")."""
    left, right = clause_around(sentence, start, end)
    stop = min(x for x in (right, next_start if next_start is not None else right, end + 45))
    after = sentence[end:stop].split("\n", 1)[0]  # a cue on the next line is that line's
    if next_start is not None:
        # '300 billion parameters and in each step only 20 billion': a cue after the joint is the next figure's
        after = re.split(r",|\b(?:and|und|et|y|ed)\b", after, maxsplit=1)[
            0
        ]  # not 'en', which starts 'en cada paso'
        # '17 milliards sur un total de 109': that total is the next figure's
        after = _NEXT_TOTAL.sub("", after)
    cue = first_cue(after)
    if cue:
        return cue
    relative = ACTIVE_RELATIVE.match(sentence, end)
    if relative and (next_start is None or relative.end() <= next_start):
        return "active"  # 'steht für die 22 Milliarden, die pro Token aktiv sind'
    label = sentence[sentence.rfind("\n", 0, start) + 1 : start]
    cue = first_cue(label) if ":" in label and len(label) < 50 else None
    if cue:
        return cue  # a spec line: 'aktive Parameter: 3 Mrd.'
    before = sentence[max(left, prev_end) : start]
    joint = list(JOINT.finditer(before))
    if prev_end and joint:
        # the cue after the previous figure is that figure's own ('en cada paso' may start with the joint 'en')
        before = before[joint[-1].start() :]
    if left and RESTATING.fullmatch(before):
        # '..., avec le même nombre de paramètres actifs, soit 17 milliards': the clause before says what it counts
        before = sentence[max(clause_around(sentence, left - 1, left - 1)[0], prev_end) : start]
    active = [m.end() for m in ACTIVE.finditer(before)]
    total = [m.end() for m in TOTAL.finditer(before)]
    if active and (not total or active[-1] > total[-1]):
        return "active"
    return "total"


# a relative clause right after a figure that says it is active: ', die pro Token aktiv sind', ', which are active'
ACTIVE_RELATIVE = re.compile(
    r"\s*(?:\w+\s+)?,\s*(?:die|welche|which|that|qui|que|los cuales|las cuales|che)\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:aktiv|active|actifs?|actives|activos?|activas?|attivi)\b",
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
RESTATE_WORDS = r"soit|c['’]est-à-dire|i\.\s?e\.|that is|namely|d\.\s?h\.|das heißt|also|nämlich|es decir|o sea|cioè|ossia"
RESTATING = re.compile(rf"\s*(?:{RESTATE_WORDS})\s*", re.IGNORECASE)


def first_cue(window: str) -> str | None:
    active, total = ACTIVE.search(window), TOTAL.search(window)
    if active and (not total or active.start() < total.start()):
        return "active"
    return "total" if total else None


# a named person or firm whose words or estimate the sentence gives: 'Epoch AI estimates that ...',
# '..., said Priya Raman.', 'sagte Gründerin Katrin Weiß', 'a déclaré son président, Antoine Ferrand'
_NAME = r"(?-i:(?:[A-Z][\w&.’'-]+ ){0,3}[A-Z][\w&.’'-]+)"
SPEAKER_BEFORE = re.compile(
    rf"(?:^|[,;:]\s|[\"”»]\s|\b(?:analysts?|researchers?|firm|group|consultancy|analyst firm|Analysefirma|Analysten|"
    rf"cabinet|consultora|empresa|analista|investigador|investigadora|analyste|chercheur|chercheuse|Experte|"
    rf"Expertin|Forscherin)\s)(?P<name>{_NAME})(?:,[^,;]{{3,60}},)?\s(?:estimates?|estimated|says|said|believes|calculated|"
    r"calculates|claims|claimed|told|wrote|schätzt|schätzen|sagt|sagte|erklärte|meint|geht davon aus|"
    r"estime|estiment|affirme|a déclaré|a indiqué|estima|estiman|dijo|afirma|afirmó|calcula|calculan|señaló)\b",
    re.IGNORECASE,
)
SPEAKER_AFTER = re.compile(
    r",\s*(?:said|says|told|wrote|sagte|sagt|erklärte|schreibt|a déclaré|a indiqué|a affirmé|explique|dijo|"
    r"afirmó|señaló|explicó)\s+(?:(?:[\w-]+\s+){0,3}?(?-i:[a-zäöüéè][\w-]*)\s+|(?:the|der|die|le|la|el)\s+)?"
    rf"(?:[\w-]+,\s+)?(?P<name>{_NAME})",
    re.IGNORECASE,
)
_NOT_SPEAKERS = frozenset(
    """It It's He She They We I The This That There Es Er Sie Wir Ich Das Der Die Il Elle Ils Nous On Le La Les
    Ce El Ella Ellos Nosotros Lo Company Unternehmen Firma Analysts Analyst Researchers Experts Sources Insiders
    Officials Critics Developers Engineers Observers Executives Scientists Investors Users People Reports Analysten
    Experten Forscher Beobachter Kritiker Entwickler Quellen Insider Analystes Chercheurs Observateurs Analistas
    Expertos Investigadores Fuentes Blog Blogbeitrag Bericht Studie Artikel Post Paper Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Lundi Mardi
    Mercredi Jeudi Vendredi Lunes Martes Miércoles Jueves Viernes""".split()
)


_ROLES = frozenset(
    """Gründer Gründerin Mitgründer Mitgründerin Chef Chefin CEO CTO CFO COO CSO Geschäftsführer Geschäftsführerin
    Sprecher Sprecherin Professor Professorin Prof Dr Forscher Forscherin Analyst Analystin Präsident Präsidentin
    Vorstand Director Dra Sra Sr Mme M Founder Co-founder Cofounder President Spokesperson Spokesman Spokeswoman
    Minister Ministerin Ministre Ministro Ministra""".split()
)


# a German role written as one word: 'Vorstandschef', 'Finanzvorständin', 'Konzernsprecher', 'Technikchefin'
ROLE_COMPOUND = re.compile(r"\w+(?:chef|chefin|vorstand|vorständin|sprecher|sprecherin|leiter|leiterin)")


def is_role(word: str) -> bool:
    """'CEO', 'Gründerin', 'Dr.', 'Vorstandschef': a word before a person's name that is not part of it."""
    return word.rstrip(".") in _ROLES or bool(ROLE_COMPOUND.fullmatch(word))


# Every SPEAKER_BEFORE or SPEAKER_AFTER match holds one of these verbs (lower-cased): most sentences hold none.
# Kept in step with those patterns by a property test in tests/test_extract_parts.py.
SPEAKER_VERBS = re.compile(
    trie_pattern(
        "estim|says|said|believes|calcul|claim|told|wrote|schätz|sagt|erklärte|meint|geht davon aus|affirm|"
        "a déclaré|a indiqué|dijo|afirm|señaló|schreibt|expli".split("|")
    )
)


# a German compound naming the kind of firm before its name: 'Marktforschungsunternehmen Kessler Research'
KIND_OF_FIRM = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß-]+(?:unternehmen|firma|konzern|haus|institut|dienst|gesellschaft)"
)


@lru_cache(maxsize=64)
def speaker(sentence: str) -> str | None:
    """The person or firm a sentence quotes or whose estimate it gives, if named."""
    if not SPEAKER_VERBS.search(sentence.lower()):
        return None
    for rx in (SPEAKER_BEFORE, SPEAKER_AFTER):
        m = rx.search(sentence)
        if m:
            # a full stop and a space end the name ('..., sagte Reimer. Die Nachfolgegeneration ...')
            words = re.split(r"\.\s", m.group("name"), maxsplit=1)[0].rstrip(".,’'").split()
            # 'Gründerin Katrin Weiß', 'Dr. Ana Ruiz', 'Die Analysefirma Epoch AI'
            # 'Ashgrove CEO Lena Fisk': the firm before the role goes with it
            roles = [i for i, word in enumerate(words[:-1]) if is_role(word)]
            words = words[roles[-1] + 1 :] if roles else words
            while len(words) > 1 and (
                is_role(words[0]) or words[0] in _LEADING_NOT_NAME or KIND_OF_FIRM.fullmatch(words[0])
            ):
                words.pop(0)
            if words[0] not in _NOT_SPEAKERS and len(" ".join(words)) > 2:
                return " ".join(words)
    return None


# a transcript's speaker label at the start of a paragraph: 'OSTROWSKI:', 'C. D. :'
_LABEL = re.compile(
    r"(?P<label>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?|[A-ZÀ-Ý]\.(?: ?[A-ZÀ-Ý]\.)+) ?: "
)
_ROLE_LABELS = frozenset(
    """HOST HÔTE MODERATOR MODÉRATEUR MODERADOR MODERADORA INTERVIEWER FRAGE ANTWORT QUESTION RÉPONSE PREGUNTA
    RESPUESTA LIVE UPDATE UPDATED CLAIM VERDICT NOTE EDIT""".split()
)
DOUBLE_QUOTES = '"“”„«»'  # not names.QUOTES: an apostrophe would spoil the count of quotation marks


def label_speaker(text: str, start: int) -> str | None:
    """The person a transcript labels the paragraph with, by the full name the article gives them:
    'OSTROWSKI:' is the Rafael Ostrowski introduced earlier, 'C. D. :' Claire Duval, 'ANIKA BRANDT:' Anika
    Brandt, and an interview's 'Albrecht:' (a surname that labels two paragraphs or more) Jonas Albrecht; None
    if no such name."""
    line = text.rfind("\n", 0, start) + 1
    m = _LABEL.match(text, line)
    if m is None:
        m = _NAME_LABEL.match(text, line)
        if m is None or len(re.findall(rf"(?m)^{re.escape(m.group('label'))} ?:", text)) < 2:
            return None
    if m.group("label") in _ROLE_LABELS:
        return None
    return _person_named(text, m.group("label"))


# an interview's label in the case names are written in: 'Albrecht:', 'Lucía Ferreyra:'
_NAME_LABEL = re.compile(r"(?P<label>[A-ZÀ-Ý][a-zß-ÿ'’-]{2,}(?: [A-ZÀ-Ý][a-zß-ÿ'’-]{2,})?) ?: ")
_NOT_FIRST_NAMES = frozenset(
    "Der Die Das Den Dem Ein Eine Einer The A An Le La Les Un Une El Los Las Una Unos Aktive Active Total".split()
)


def _person_named(text: str, label: str) -> str | None:
    if "." in label:
        initials = re.findall(r"[A-ZÀ-Ý]", label)
        pattern = r"(?<![\w.])" + r"[\w'’-]+ ".join(initials) + r"[\w'’-]+\b"
    elif " " in label:
        return label.title()  # 'ANIKA BRANDT:' is Anika Brandt
    else:
        pattern = r"\b[A-ZÀ-Ý][\w'’-]+ " + re.escape(label.title()) + r"\b"
    for found in re.finditer(pattern, text):
        if found.group().split(" ")[0] not in _NOT_FIRST_NAMES:
            return found.group()
    return None


def quoted_speaker(text: str, start: int) -> str | None:
    """The speaker a paragraph names for its quotation, for a sentence inside that quotation."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    upto = start + 1 if start < len(text) and text[start] in DOUBLE_QUOTES else start
    if sum(text.count(q, begin, upto) for q in DOUBLE_QUOTES) % 2 == 0:
        return None
    return speaker(text[begin:stop])


_LEADING_NOT_NAME = frozenset(
    """The Die Der Das Le La Les El Los Las Analysefirma Beratungsfirma Beratung Marktforscher Analysehaus""".split()
)


def last_outlet(text: str, start: int, end: int, by_name: bool = False) -> str | None:
    """The outlet the sentences in text[start:end] cited last ('Laut Bloomberg ...' before '... soll demnach');
    by_name: or the one they named last, for words that name an outlet ('the newspaper', 'das Blatt')."""
    for sentence in reversed(re.split(r"(?<=[.!?])\s+", text[start:end])):
        named = [m.group() for m in _OUTLET.finditer(sentence) if m.group() in OUTLETS]
        named += HANDLE.findall(sentence) if "@" in sentence else []
        if not named:
            continue
        source = attribution(sentence, [])
        if source in OUTLETS or (source and source[0] == "@"):
            return source
        if by_name:  # 'Einem Bericht der Zeitung zufolge' after 'Den Anfang hatte das Handelsblatt gemacht.'
            return named[-1]
    return None


def attribution(sentence: str, known_orgs: list[str]) -> str | None:
    """Who the sentence cites: a named outlet or organisation after 'according to', 'laut', 'selon'..., else
    an account on social media or a newsletter the sentence names."""
    return _attribution(sentence, tuple(known_orgs)) or _account_or_newsletter(sentence)


# an account on social media ('@latentleaks'), not the inside of an e-mail address
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{1,30}\b")
# a newsletter or blog by its name: 'the Compute Ledger newsletter', 'la lettre d'information spécialisée Signal
# Faible', 'der Newsletter „Compute Ledger“'
NEWSLETTER = re.compile(
    r"\b(?:the|a)\s+(?P<before>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\s+(?:newsletter|Substack|blog)\b"
    r"|\b(?:[Nn]ewsletter|Substack|[Bb]log|lettre d['’]information|boletín)(?:\s+(?:spécialisée?|especializad[oa]|"
    r"tecnológic[oa]|technologique))?\s+[„“\"«»]?\s?(?P<after>[A-Z][\w'’-]*(?:\s(?:(?:a|de|of|the)\s)?[A-Z][\w'’-]*){0,3})"
)
NEWSLETTER_SAYS = re.compile(
    r"\b(?:report\w*|wrote|writes|citing|says|said|claim\w*|berichte\w*|schreibt|schrieb|unter Berufung|"
    r"indique|avance|a avancé|affirme|citant|écrit|informa\w*|asegur\w*|afirm\w*|public\w*|citando|escrib\w*)\b"
)


@lru_cache(maxsize=64)
def _account_or_newsletter(sentence: str) -> str | None:
    if "@" in sentence:
        handle = HANDLE.search(sentence)
        if handle:
            return handle.group()
    named = NEWSLETTER.search(sentence)
    if named and NEWSLETTER_SAYS.search(sentence):
        return (named.group("before") or named.group("after")).rstrip("'’")
    return None


@lru_cache(maxsize=64)
def _attribution(sentence: str, known_orgs: tuple[str, ...]) -> str | None:
    cited = _citing(sentence)
    if cited is None:
        return None
    outlet, compound, cues = cited
    if compound:
        return compound
    for cue_end, cue in cues:
        window = sentence[cue_end : cue_end + 90]
        if cue.lower().startswith("nach angaben"):
            window = " ".join(
                window.split()[:2]
            )  # 'nach Angaben von Meta', 'nach Angaben des Herstellers Alibaba'
        found = _OUTLET.search(window) or _org_in(window, known_orgs)
        if found:
            return found if isinstance(found, str) else found.group()
        if outlet is None:
            named = _named_source(window)
            if named:
                return named
    for m in WEAK_ATTRIBUTION.finditer(sentence):
        found = _OUTLET.search(sentence, m.end(), m.end() + 40) or _org_in(
            sentence[m.end() : m.end() + 40], []
        )
        if found:
            return found if isinstance(found, str) else found.group()
    if outlet and REPORT_VERB.match(sentence, outlet.end()):
        return outlet.group()
    if outlet and re.search(r"\b(?:report|Bericht|rapport|informe|citing)\w*", sentence, re.IGNORECASE):
        return outlet.group()
    return None


@lru_cache(maxsize=64)
def _citing(sentence: str) -> tuple[re.Match[str] | None, str | None, list[tuple[int, str]]] | None:
    """What `_attribution` reads whatever the organisations (a sentence is often asked with and without them):
    the outlet named, a source in a compound ('laut Meta-Angaben') and each citing cue as (end, text), or
    None for a sentence that cites nobody."""
    outlet = _OUTLET.search(sentence)
    if outlet is None and not ATTRIBUTION_WORDS.search(sentence.lower()):
        return None
    compound = COMPOUND_SOURCE.search(sentence)
    if compound:
        return outlet, compound.group("name"), []
    return outlet, None, [(m.end(), m.group()) for m in ATTRIBUTION.finditer(sentence)]


# words that stand where a source's name would, but are not one: 'laut einem Bericht des Magazins X'
_REPORT_NOUNS = re.compile(
    r"(?:\w*(?:bericht|magazin|zeitung|blatt|medien|quelle|portal|dienst|agentur|angaben|hersteller|unternehmen|"
    r"konzern|firma|entwickler|kreise|studie|analyse|schätzung|modellkarte|artikel|paper|papier|beitrag|"
    r"mitteilung|veröffentlichung|publikation|dokument|blog|präsentation|vortrag|autor|forschende|forscher)\w*|"
    r"Authors?|Auteurs?|Autores|Researchers|Chercheu\w+|Investigador\w*|Report|Reports|Rapport|"
    r"Informe|Informations?|Sources?|Quellen|Fuentes|Insiders?|Analysten|Experten|Experts?)",
    re.IGNORECASE,
)


# what may stand between a report noun and the name it introduces ('Bericht des Magazins X', 'report from X')
_LINK_WORDS = re.compile(
    r"(?:[\s„“”\"«»']|\b(?:des|der|dem|den|von|vom|eines|einer|einem|aus|bei|of|from|by|at|in|the|de|du|del|la|le|"
    r"les|el|los|las|d'|d’|di|della|van)\b)*"
)


def _named_source(window: str) -> str | None:
    """The first capitalised name in the words after a citing cue, stepping over report nouns ('Bericht',
    'Branchenmagazins') that German capitalises like names."""
    head = re.split(r"[,;:(]| (?:that|dass|que|qui|hat|has|says|said|sagt|a|habe)\b", window, maxsplit=1)[0][
        :80
    ]
    last = None
    for run in _CAPITALISED_RUN.finditer(head):
        if last is not None and not _LINK_WORDS.fullmatch(head[last : run.start()]):
            return None  # 'Laut dem Fachartikel übertraf das Modell ...': a verb came between
        words = [w for w in run.group().split() if not _REPORT_NOUNS.fullmatch(w)]
        name = " ".join(words).rstrip(".,'’")
        if not name or _REPORT_NOUNS.fullmatch(name):
            last = run.end()
            continue
        if name not in _STOP_SUBJECTS and name not in _NOT_SPEAKERS and _looks_like_source(name):
            return name
        # the first words after the cue are no name ('Laut dem Fachartikel übertraf das Modell ...'): a
        # name further on is the sentence's own subject or object, not its source
        return None
    return None


def _org_in(window: str, orgs: Sequence[str]) -> str | None:
    for org in orgs:
        if re.search(r"(?<!\w)" + re.escape(org) + r"s?(?!\w)", window[:60]):
            return org
    return None


def _looks_like_source(run: str) -> bool:
    words = run.split()
    return len(words) <= 5 and (
        words[0] in {"The", "Le", "La", "El"} or any(w.isupper() for w in words) or len(words) <= 2
    )
