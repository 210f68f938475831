"""Words that tell a figure's status: rumoured, expected, estimated, reported or official.

Cues from every supported language are tried on every text: articles mix languages
(English product names and quotes in German news) and language identification errs on
short texts, while the cue phrases rarely collide across languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimwatch.extract.attribution import OUTLETS
from claimwatch.extract.speakers import KIND_OF_FIRM as KIND_OF_FIRM  # re-exported: names.py reads it here
from claimwatch.models import Status

# the words that give a model's former name, right before it: 'Tessel, formerly known as Corvane', 'Kaelo – bis
# vergangene Woche als Nordlicht bekannt', 'Orzán —hasta ahora conocido como Giraldilla—', 'anciennement Fourvière'
# (read by pairing, for which the old name is not the figure's model, and by new_names, for which the name before
# it is a model)
FORMER_NAME = (
    r"formerly(?: known as| called| named)?|previously (?:known as|called|named)|once called|"
    r"until (?:now|recently|last \w+) (?:known as|called)|(?:bis [\w ]{0,25}|früher|bisher|zuvor|vormals|ehemals) als|"
    r"(?:hasta ahora|antes|anteriormente) (?:conocid[oa] como|llamad[oa])|"
    r"anciennement(?: appelée?| connue? sous le nom de| baptisée?)?|autrefois (?:appelée?|connue?)"
)


def words(*patterns: str) -> re.Pattern[str]:
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
RUMOR = words(
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
    # a figure given to a model by nobody named: 'the 1.8 trillion attributed to GPT-4', 'como el que se atribuye a
    # GPT-4', 'die GPT-4 zugeschriebenen 1,8 Billionen'
    r"(?:widely |often |commonly )?attributed to",
    r"se (?:le |les )?atribuye[n]?",
    r"zugeschrieben\w*",
    # 'GPT-4, qu'on dit fort de 1 760 milliards', 'dem man 1,76 Billionen nachsagt'
    r"(?:qu['’]|l['’])?on (?:le |la |les |lui )?dit",
    r"nachgesagt\w*",
    r"nachsag\w*",
    r"se cree que",
    r"se dice(?: que)?",
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
RUMOR_NOUN = words(
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
    # outlets nobody names, saying it: 'Some outlets claimed that ...', 'algunos medios aseguraron que ...'
    r"(?:some|several|various|many|multiple) (?:outlets|media|blogs|websites|sites|publications) "
    r"(?:claimed|reported|wrote|said|ran)",
    r"(?:algunos|varios|diversos|muchos) (?:medios|blogs|sitios|portales|diarios) "
    r"(?:aseguraron|publicaron|afirmaron|informaron|dijeron|escribieron)",
    r"(?:einige|mehrere|verschiedene|manche) \w*(?:medien|blogs|portale|zeitungen) "
    r"(?:berichteten|behaupteten|meldeten|schrieben|(?:hatten |haben )?(?:berichtet|behauptet|gemeldet|geschrieben))",
    r"(?:plusieurs|certains|divers) (?:médias|sites|blogs|journaux) (?:ont (?:affirmé|écrit|rapporté|annoncé)|"
    r"affirmaient|écrivaient)",
    # a figure marked as not official: a table's 'inoffiziell (Semianalysis)', 'unofficial estimate'
    r"inoffiziell\w*",
    r"unofficial(?:ly)?",
    r"officieu(?:x|se|sement)",
    r"non[- ]officiel\w*",
    r"no oficial\w*",
    r"extraoficial\w*",
)
# talk that circulates on social media, a rumour unless the sentence makes it official or an estimate
SOCIAL_RUMOR = words(
    r"circulat\w*",
    r"kursier\w*",
    r"circul(?:aba|aban|ó|aron|ait|aient|a|an|e|ent)",
    r"(?:went|going|goes|floating|floated) around",
    r"(?:doing|making|made|did) the rounds",
    r"(?:macht\w*|gemacht)(?: \w+){0,3}? die Runde",
    r"die Runde (?:macht\w*|gemacht)",
    r"anonymous accounts?",
    r"anonyme[nrs]? (?:Accounts?|Konten|Nutzer\w*)",
    r"comptes? anonymes?",
    r"cuentas? anónimas?",
    r"(?:some|several|many) users",
    r"(?:algunos|varios|muchos) usuarios",
    r"(?:certains|plusieurs) (?:internautes|utilisateurs)",
    r"(?:einige|manche|mehrere) (?:Nutzer|User)\w*",
    r"(?:since-)?deleted (?:Reddit |X )?post",
    r"(?:serveur|server|servidor) (?:de )?Discord",
    r"Discord-Server",
)
OFFICIAL_CUE = words(
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
ESTIMATED = words(
    r"estimat\w*",
    r"lo (?:sitú|situ)\w* en",  # 'un artículo de investigadores lo situó en torno a 200.000 millones'
    r"l['’]évalu\w* à",
    r"analys(?:t|ts|is|es) (?:at|from|of) ",
    r"calculat\w+",
    r"extrapolat\w+",
    r"geschätzt\w*",
    r"schätz\w*",
    r"\w+schätzung\w*",
    r"geht davon aus",
    r"(?:geht|gehen) (?:[\w-]+ ){1,5}davon aus",  # 'geht in einer ersten Kurzstudie davon aus, dass ...'
    r"gehen davon aus",
    r"ermittelt\w*",
    r"dürfte",
    r"dürften",
    r"estima",
    r"estiman",
    r"estimó",
    r"estimaba",
    r"estimaban",
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
    # a speaker's own guess: 'My own guess for GPT-4o mini is ...', 'je parierais sur', 'Mi apuesta personal es'
    r"(?:my|our|his|her|their) (?:own )?(?:guess|bet)",
    r"(?:I|we)(?:'d| would)? guess",
    r"parierais",
    r"(?:mi|nuestra) apuesta",
    r"apostaría",
    r"(?:ich )?tippe auf",
    r"ich würde (?:\w+ ){0,5}?(?:tippen|wetten)",
    r"(?:yo )?diría que",  # 'Yo diría que está entre 500.000 millones y dos billones'
    r"je dirais",
    r"I['’]d say",
    r"ich würde (?:mal )?sagen",
    # an outside party arriving at a figure: 'la cifró en 1,8 billones'
    r"cifr(?:ó|aba|aron) (?:[\w-]+ ){0,3}?en (?:unos |alrededor de |cerca de )?\d+",
    r"évalu\w* à",
    r"fourchette",
    r"horquilla",
)

EXPECTED = words(
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
    r"(?:compt|dispos|possé?d|embarqu|affich|totalis|mobilis|pès|pes)er(?:a|ont)",
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


_RUMOR_LOW, _RUMOR_NOUN_LOW, _SOCIAL_RUMOR_LOW, _OFFICIAL_LOW, _ESTIMATED_LOW, _EXPECTED_LOW = map(
    lowered, (RUMOR, RUMOR_NOUN, SOCIAL_RUMOR, OFFICIAL_CUE, ESTIMATED, EXPECTED)
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
    if rumour and expected and PLANNED_SOLL.search(sentence):
        return "expected"  # 'Kelter Plus soll voraussichtlich etwa 3 Mrd. Parameter haben': 'soll' as 'is to'
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
    if not official and not attributed and UNCONFIRMED.search(sentence):
        return "rumored"  # 'OpenAI has never confirmed that GPT-4 has 1.76 trillion', 'the never-confirmed figure'
    if not official and OWN_REPORTING.search(sentence):
        return (
            "reported"  # 'Selon nos informations, une version de 70 milliards ...': the newsroom's own scoop
        )
    if not official and not attributed and _SOCIAL_RUMOR_LOW.search(sentence.lower()):
        return "rumored"  # 'Auf X kursierten zeitweise Angaben von zwei Billionen Parametern'
    if expected:
        return "expected"
    if (
        attributed
        and not _same_org(attributed, developer)
        and (attributed not in known_orgs or attributed in OUTLETS)
    ):
        return "reported"  # a lab that is also a newsroom (Bloomberg) reports
    return "official"


PLANNED_SOLL = re.compile(r"\bsoll(?:en|te|ten)?\s+(?:\w+\s+)?voraussichtlich\b", re.IGNORECASE)


# a confirmation denied: the figure is hearsay
UNCONFIRMED = re.compile(
    r"\b(?:never|not|nie(?:mals)?|nicht|jamais|pas|nunca|no)[\s-](?:(?:been|officially|offiziell|été|sido|ha|fue|"
    r"a|hat|wurde|has|have)\s+){0,2}(?:confirmed|bestätigt\w*|confirmée?s?|confirmad[oa]s?|confirm[óo])\b",
    re.IGNORECASE,
)


# what the newsroom itself has learned
OWN_REPORTING = re.compile(
    r"\b(?:selon|d['’]après) nos (?:informations|sources)|nach (?:unseren |exklusiven )?Informationen (?:unserer|der) "
    r"Redaktion|nach unseren Informationen|according to our (?:information|sources|reporting)|has learned that|"
    r"según nuestras (?:informaciones|fuentes)|según ha podido saber|ha podido saber",
    re.IGNORECASE,
)


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


# 'nunca se ha confirmado', "n'a jamais été confirmée", 'has not confirmed': an official cue denied
NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nie|nicht|keine?|jamais|pas|nunca|ni)\b|n't)[^,.;:]{0,18}$"
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
        any(
            not NEGATED_BEFORE.search(low, max(0, m.start() - 25), m.start())
            for m in _OFFICIAL_LOW.finditer(low)
        ),
        bool(_ESTIMATED_LOW.search(low)),
        _future(sentence, low),
    )


# German 'werden' with a past participle is the passive ('37 Milliarden werden genutzt'), not the future
GERMAN_FUTURE_ONLY = re.compile(r"wird|werden", re.IGNORECASE)
# (and a participle without 'ge-': 'wird mit einer Billion Parametern beworben', 'wird als offen bezeichnet')
PASSIVE = re.compile(
    r"\b(?:ge\w+[tn]|\w+iert|(?:be|ver|er|ent|zer|emp)\w+t|beworben|beschrieben|betrieben|vergeben|vertrieben|"
    r"empfohlen|entworfen|erworben|bewiesen)\b(?!\s+(?:haben|sein|werden))"
)
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
