"""Who a sentence cites: news outlets, organisations after 'according to', 'laut', 'selon'..., accounts
on social media and newsletters."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.extract.speakers import NOT_SPEAKERS

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
    source = _attribution(sentence, tuple(known_orgs)) or _account_or_newsletter(sentence)
    # 'According to the ICLC's roadmap': the body, not its possessive
    return source[:-2] if source and source.endswith(("'s", "’s")) and len(source) > 3 else source


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


ROLE_WORD = re.compile(
    r"\w*(?:chef|chefin|vorstand|vorständin|sprecher|sprecherin|leiter|leiterin|direktor|direktorin|gründer|"
    r"gründerin|führer|führerin|analyst|analystin|forscher|forscherin)|CEO|CTO|CFO|COO|Prof\.|Professor|Professorin|Dr\.",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _attribution(sentence: str, known_orgs: tuple[str, ...]) -> str | None:
    cited = _citing(sentence)
    if cited is None:
        return _unlisted_outlet(sentence)
    outlet, compound, cues = cited
    if compound:
        return compound
    for cue_end, cue in cues:
        window = sentence[cue_end : cue_end + 90].split("|", 1)[0]  # a table's cell ends the source's name
        if cue.lower().startswith("nach angaben"):
            words = window.split()
            # 'nach Angaben von Technikvorständin Svenja Hollerbach': the person, not the post
            while words and ROLE_WORD.fullmatch(words[0]):
                words.pop(0)
            window = " ".join(words[:2])  # 'nach Angaben von Meta', 'nach Angaben des Herstellers Alibaba'
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
    return _unlisted_outlet(sentence)


# an outlet nobody listed, by the noun that says what it is ('das Techportal Techpuls', 'the news site Kernelwire',
# 'le site spécialisé Tekno', 'el diario Fénix') or as the subject of a report verb ('Techpuls reported that ...';
# not 'Dann meldete sich X zu Wort': spoke up)
_MEDIA_NOUN = (
    r"(?:news ?site|site|outlet|magazine|publication|tabloid|paper|newspaper|trade publication|"
    r"Techportal|Portal|Nachrichtenportal|Fachportal|Branchendienst|Informationsdienst|Magazin|Fachmagazin|"
    r"Zeitung|Fachzeitung|Tageszeitung|Wirtschaftszeitung|Blatt|Onlinemagazin|Nachrichtendienst|"
    r"site (?:spécialisé|d'information|d’information)|média|journal|quotidien|magazine|revue|"
    r"diario|periódico|revista|portal|medio(?: especializado)?|web especializada)"
)
MEDIA_NAMED = re.compile(
    rf"\b{_MEDIA_NOUN}\s+[„“\"«]?\s?"
    r"(?P<name>[A-Z][\w&.'’-]+(?:\s[A-Z][\w&.'’-]+){0,2})"
)
REPORTS_WORD = re.compile(
    r"\b(?:report\w*|revealed|berichte\w*|gemeldet|meldete?|enthüll\w*|rapport\w*|révél\w*|a révélé|"
    r"inform\w*|revel\w*|public[óo])\b",
    re.IGNORECASE,
)
SUBJECT_REPORTS = re.compile(
    r"^\s*(?P<name>[A-Z][\w&.'’-]+(?:\s[A-Z][\w&.'’-]+){0,1})\s+(?:has |had |hat |hatte |a |ha |had )?"
    r"(?:reported|berichtete|berichtet|meldete(?!\s+sich\b)|enthüllte|rapporte|a rapporté|révèle|a révélé|informó|informa|"
    r"reportó|reveló|ha revelado)\b"
)


# every MEDIA_NAMED match holds one of these (lower-cased): most sentences hold none
_MEDIA_HINTS = (
    "site", "outlet", "magazin", "publication", "tabloid", "paper", "portal", "dienst", "zeitung", "blatt",
    "média", "journal", "quotidien", "revue", "diario", "periódico", "revista", "medio", "web",
)  # fmt: skip


def _unlisted_outlet(sentence: str) -> str | None:
    low = sentence.lower()
    media = (
        MEDIA_NAMED.search(sentence)
        if any(hint in low for hint in _MEDIA_HINTS) and REPORTS_WORD.search(sentence)
        else None
    )
    if media:
        name = media.group("name").rstrip(".,'’")
        return name if name not in _STOP_SUBJECTS and name not in NOT_SPEAKERS else None
    subject = SUBJECT_REPORTS.match(sentence)
    if subject and subject.group("name") not in _STOP_SUBJECTS and subject.group("name") not in NOT_SPEAKERS:
        return subject.group("name")
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
        if name not in _STOP_SUBJECTS and name not in NOT_SPEAKERS and _looks_like_source(name):
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
