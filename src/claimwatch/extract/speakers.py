"""Who a sentence quotes: a named speaker before or after a saying verb, a transcript's label, the
speaker of a quotation, and the roles and kinds of firm that stand before a name."""

from __future__ import annotations

import re
from functools import lru_cache

from claimwatch.extract.gazetteer import trie_pattern

# a named person or firm whose words or estimate the sentence gives: 'Epoch AI estimates that ...',
# '..., said Priya Raman.', 'sagte Gründerin Katrin Weiß', 'a déclaré son président, Antoine Ferrand'
_NAME = r"(?-i:(?:[A-Z][\w&.’'-]+ ){0,3}[A-Z][\w&.’'-]+)"
SPEAKER_BEFORE = re.compile(
    rf"(?:^|[,;:]\s|[\"”»]\s|\b(?:analysts?|researchers?|firm|group|consultancy|analyst firm|Analysefirma|Analysten|"
    rf"cabinet|consultora|empresa|analista|investigador|investigadora|analyste|chercheur|chercheuse|Experte|"
    rf"Expertin|Forscherin)\s|\b(?:later|then|also|earlier|dann|später|daraufhin|luego|después|ensuite|puis)\s)"
    rf"(?P<name>{_NAME})(?:,[^,;]{{3,60}},)?\s(?:estimates?|estimated|says|said|believes|calculated|"
    r"calculates|claims|claimed|told|wrote|put|pegged|schätzt|schätzte|schätzen|sagt|sagte|erklärte|meint|"
    r"geht davon aus|beziffert\w*|estime|estimait|estiment|"
    r"affirme|a déclaré|a indiqué|a estimé|estima|estimó|estimaba|estiman|cifró|dijo|afirma|afirmó|calcula|"
    r"calculó|calculan|señaló)\b",
    re.IGNORECASE,
)
SPEAKER_AFTER = re.compile(
    r",\s*(?:said|says|told|wrote|sagte|sagt|erklärte|schreibt|a déclaré|a indiqué|a affirmé|explique|dijo|"
    r"afirmó|señaló|explicó)\s+(?:(?:[\w-]+\s+){0,3}?(?-i:[a-zäöüéè][\w-]*)\s+|(?:the|der|die|le|la|el)\s+)?"
    rf"(?:[\w-]+,\s+)?(?P<name>{_NAME})",
    re.IGNORECASE,
)
# German puts the verb second: 'Darin sagte Andrew Feldman, ...', 'Im Juni schätzte der Analyst Max Roth, ...'
SPEAKER_INVERTED = re.compile(
    r"^\s*(?:Darin|Dazu|Dabei|Damals|Später|Zuvor|Außerdem|Zudem|Nun|Jetzt|Heute|Gestern|Dort|Hier|Deshalb|Daher|"
    r"Dann|Danach|Anschließend|Bereits|Schon|Allerdings|Jedoch|Trotzdem|Inzwischen|Mittlerweile|"
    r"(?:Im|Am|In|Ende|Anfang|Mitte) [A-ZÄÖÜ0-9][\w.]*(?: \d{4})?)"
    r"\s+(?:sagte|sagt|erklärte|erklärt|schätzte|schätzt|meinte|meint|schrieb|schreibt|betonte|behauptete)\s+"
    rf"(?:der |die |den )?(?P<name>{_NAME})"
)
NOT_SPEAKERS = frozenset(
    """It It's He She They We I Her His Their Its Our My The This That There Es Er Sie Wir Ich Das Der Die Il Elle Ils Nous On Le La Les
    Ce El Ella Ellos Nosotros Lo Company Unternehmen Firma Analysts Analyst Researchers Experts Sources Insiders
    Officials Critics Developers Engineers Observers Executives Scientists Investors Users People Reports Analysten
    Experten Forscher Beobachter Kritiker Entwickler Quellen Insider Analystes Chercheurs Observateurs Analistas
    Expertos Investigadores Fuentes Blog Blogbeitrag Bericht Studie Artikel Post Paper Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Lundi Mardi
    Mercredi Jeudi Vendredi Lunes Martes Miércoles Jueves Viernes Dessen Deren Whose Seine Ihre Sus
    Ses Leurs""".split()
)


_ROLES = frozenset(
    """Gründer Gründerin Mitgründer Mitgründerin Chef Chefin CEO CTO CFO COO CSO Geschäftsführer Geschäftsführerin
    Sprecher Sprecherin Professor Professorin Prof Dr Forscher Forscherin Analyst Analystin Präsident Präsidentin
    Vorstand Director Dra Sra Sr Mme M Founder Co-founder Cofounder President Spokesperson Spokesman Spokeswoman
    Minister Ministerin Ministre Ministro Ministra Unternehmer Unternehmerin Investor Investorin Hacker Hackerin
    Programmierer Programmiererin Informatiker Informatikerin Wissenschaftler Wissenschaftlerin Experte Expertin
    Berater Beraterin Ökonom Ökonomin Blogger Bloggerin Analyst Analystin Entwickler Entwicklerin""".split()
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
        "a déclaré|a indiqué|dijo|afirm|señaló|schreibt|expli|put|peg|beziffert|cifr".split("|")
    )
)


# a German compound naming the kind of firm before its name: 'Marktforschungsunternehmen Kessler Research'
KIND_OF_FIRM = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß-]+(?:unternehmen|firma|konzern|haus|institut|dienst|gesellschaft)"
)


_LEADING_NOT_NAME = frozenset(
    """The Die Der Das Le La Les El Los Las Analysefirma Beratungsfirma Beratung Marktforscher Analysehaus""".split()
)


@lru_cache(maxsize=64)
def speaker(sentence: str) -> str | None:
    """The person or firm a sentence quotes or whose estimate it gives, if named."""
    if not SPEAKER_VERBS.search(sentence.lower()):
        return None
    for rx in (SPEAKER_INVERTED, SPEAKER_BEFORE, SPEAKER_AFTER):
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
            # (a role alone names nobody: '..., sagte der Chef.')
            if (
                words[0] not in NOT_SPEAKERS
                and len(" ".join(words)) > 2
                and not (len(words) == 1 and is_role(words[0]))
            ):
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
