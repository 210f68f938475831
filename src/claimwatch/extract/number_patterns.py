"""The number grammar's regexes and connector tables, compiled once at import: digit tails, magnitude and
half words, range and list connectors, currencies, and the candidate scans of the digit and word passes."""

from __future__ import annotations

import re

from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.extract.number_words import _CASED, _DOTTED, _K, _MAGS

_NOT_LETTER = r"(?![^\W\d_])"
_NOT_ALNUM = r"(?![^\W_])"


def _alt(words: list[str]) -> str:
    """Words as one alternation, factored as a prefix trie: re tries a few branches instead of every word
    (case-insensitive ones most of all), and where one word is a prefix of another the longer one is
    still tried first, as in a longest-first list."""
    return trie_pattern(set(words))


_PLAIN_MAGS = [w for w in _MAGS if w not in _DOTTED and w not in _CASED]
_DOTTED_CI = [w for w in _DOTTED if w not in _CASED]
_CASED_FORMS = [form for forms in _CASED.values() for form in forms]
_MAGWORD = (
    rf"(?i:{_alt(_PLAIN_MAGS)}){_NOT_LETTER}"
    rf"|(?i:{_alt(_DOTTED_CI)})(?:\.|{_NOT_LETTER})"
    rf"|(?:{_alt(_CASED_FORMS)})(?:\.|{_NOT_LETTER})"
)
_BIGWORD = rf"(?i:{_alt([w for w, m in _MAGS.items() if m.value > _K and not m.abbr])}){_NOT_LETTER}"
_HALF_POST_RE = (
    r"(?P<hen>and\s+(?:a|one)\s+half)|(?P<hfr>et\s+demie?)|(?P<hes>y\s+medio)|(?P<hit>e\s+mezzo)"
    r"|(?P<hpt>e\s+mei[oa])|(?P<hnl>en\s+een\s+half)|(?P<hde>und\s+eine?\s+halbe?)"
)
SPACE_CHARS = " \u00a0\u202f\u2009\u2007"
_HYPHENS = "\\-\u2010\u2011"  # inside a character class
HYPHEN_CHARS = "-\u2010\u2011"
_DASHES = "\\-\u2010-\u2015\u2212"  # hyphen … horizontal bar, minus (inside a character class)
_CUR_SYM = r"(?:US|USD|CA|C|A|AU|NZ|HK|S|R|NT|MX|Mex)?\$|[€£¥₹₩₽₺₪₫₿]"
_CUR_CODE = r"(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|CAD|AUD|BRL|MXN|SEK|NOK|DKK|KRW|HKD|SGD)"

PLAIN = re.compile(r"\d+(?:[.,'’]\d+)*")
SPACED = re.compile(rf"\d{{1,3}}(?:[{SPACE_CHARS}]\d{{3}}(?!\d))+(?:[.,]\d+)?")
MORE_DIGITS = re.compile(rf"[{SPACE_CHARS}]?\d")
MULT = re.compile(r"(\d{1,3})[ \u00a0]?[x×X][ \u00a0]?(?=\d)")
TAIL = re.compile(
    r"(?P<plus1>\+(?!\d))?"
    r"(?:(?P<letter>[KkMBbT]" + _NOT_ALNUM + r"|万亿|亿|億|억|兆|조)" + rf"|(?P<sep>\s{{1,3}}|[{_HYPHENS}]|)"
    rf"(?:(?P<hundred>(?i:hundred|hundert))\s{{1,3}}(?=(?i:million|millionen)\b))?(?P<mag>{_MAGWORD})"
    rf"(?:\s{{1,3}}(?P<of>(?i:de)\s{{1,3}})?(?P<mag2>{_BIGWORD}))?"
    rf"(?P<half>\s{{1,3}}(?i:{_HALF_POST_RE}){_NOT_LETTER})?"
    r")?"
    r"(?P<plus2>\+(?!\d))?"
)
HALF_POST = re.compile(rf"\s{{1,3}}(?:{_HALF_POST_RE}){_NOT_LETTER}")
HALF_PRE = re.compile(
    r"(?P<en>half\s+(?:a|an|of\s+a)\s+|a\s+half[\s\-\u2011]+|(?P<q>(?:(?:a|one)\s+)?quarter(?:\s+of\s+a)?\s+))"
    r"|(?P<de>(?:eine?[nrs]?\s+)?halbe[nr]?\s+)"
    r"|(?P<fr>(?:une?\s+)?demi[\s\-\u2011]+)"
    r"|(?P<es>(?:un\s+)?medio\s+)"
    r"|(?P<it>(?:un\s+)?mezzo\s+)"
    r"|(?P<pt>(?:um\s+)?mei[oa]\s+)"
    r"|(?P<ennl>(?:een\s+)?half\s+)"
)
HALF_LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "ennl": "en nl"}

# connectors between two amounts
_RANGE_WORDS = {
    "to": "en",
    "until": "en",  # machine translation: 'covering from 0.5 billion until 72 billion'
    "bis": "de",
    "bis zu": "de",
    "à": "fr",
    "au": "fr",
    "a": "es it pt",  # not French, where "X a 118 milliards" is "X has"
    "al": "es",
    "hasta": "es",
    "tot": "nl",
    "até": "pt",
    "ate": "pt",
}
_AND_WORDS = {
    "and": "en",
    "und": "de",
    "et": "fr",
    "y": "es",
    "e": "it pt",
    "en": "nl",
    "&": "en de fr es it nl pt",
}
_OR_WORDS = {
    "or": "en",
    "oder": "de",
    "ou": "fr pt",
    "o": "es it",
    "of": "nl",
    "bzw.": "de",
    "beziehungsweise": "de",
    "sowie": "de",
    "as well as": "en",
    # 'auf 2,7 und sogar 1,3 Milliarden', 'à 2,7, voire 1,3 milliard', 'to 1.3bn or even 1bn'
    "and even": "en",
    "or even": "en",
    "und sogar": "de",
    "oder sogar": "de",
    "voire": "fr",
    "et même": "fr",
    "ou même": "fr",
    "e incluso": "es",
    "y incluso": "es",
    "o incluso": "es",
}
CONN_LANGS = {w: frozenset(v.split()) for d in (_RANGE_WORDS, _AND_WORDS, _OR_WORDS) for w, v in d.items()}
CONN_KIND = {
    **dict.fromkeys(_RANGE_WORDS, "range"),
    **dict.fromkeys(_AND_WORDS, "and"),
    **dict.fromkeys(_OR_WORDS, "or"),
}
NEEDS_LANG = frozenset({"of"})  # "of" is Dutch "or" only with lang="nl"
_CONNWORDS = _alt([w for w in CONN_KIND if w not in ("&", "bzw.")])
CONN = re.compile(
    # a figure restated in other units before the connector: '0.5 billion (5亿) until 72 billion (720亿)'
    r"(?:\s{0,2}[(（][^()（）\n]{1,16}[)）])?"
    rf"(?:(?P<hto>[-‑](?:to|bis)[-‑])"  # '7B-to-20B', '7B-bis-20B'
    rf"|\s{{0,3}}(?P<dash>[{_DASHES}])"
    rf"|\s{{0,3}}(?P<comma>,)(?:\s{{1,3}}(?P<cw>(?i:{_CONNWORDS}|bzw\.)){_NOT_LETTER})?"
    r"|\s{0,3}(?P<slash>/)"
    # 'de 8 et de 32 milliards', 'mit 9 und mit 27 Milliarden': the preposition said again after the word
    rf"|\s{{1,3}}(?P<w>(?i:{_CONNWORDS})(?=\s)|(?i:bzw\.)|&)(?:\s{{1,3}}(?i:de|mit|of|con|avec|von|di|with|los|las)(?=\s))?)"
    rf"\s{{0,3}}(?:(?P<cur>{_CUR_SYM}|{_CUR_CODE}(?=[\s\d]))\s?)?"
)
BETWEEN = frozenset({"between", "zwischen", "entre", "tra", "fra", "tussen"})
INTRO = re.compile(
    r"(?<![^\W\d_])(?P<w>between|zwischen|entre|tra|fra|tussen|from|von|vom|de|desde|del|van|da|dal|dai"
    # (Spanish may put the article in: 'va de los 3.800 a los 14.000 millones')
    rf"|dalle|dagli|dos|das|des|du)(?:\s{{1,3}}(?:los|las))?\s{{1,3}}(?:(?:{_CUR_SYM}|{_CUR_CODE})\s?)?\Z",
    re.IGNORECASE,
)
BACK_CONN = re.compile(
    # the word is possessive: backtracking into it leaves a letter where a space or dash must follow
    r"(?<![^\W\d_])(?P<tok>[^\W\d_]++)(?:\s{0,3}[\-\u2010-\u2015\u2212]\s{0,3}"
    rf"|\s{{1,3}}(?i:{_CONNWORDS})\s{{1,3}})(?:(?:{_CUR_SYM}|{_CUR_CODE})\s?)?\Z"
)
BACK_COMMA = re.compile(r"(?<![^\W\d_])(?P<tok>[^\W\d_]++),\s{1,3}\Z")  # 'vier, zwölf und 27 Milliarden'
CUR_BEFORE = re.compile(rf"(?:{_CUR_SYM}|(?<![A-Za-z]){_CUR_CODE})\s?\Z")
CUR_LEAD = re.compile(rf"(?:{_CUR_SYM}|{_CUR_CODE})\s?(?=\d)")
CUR_AFTER = re.compile(
    rf"[\s{_HYPHENS}]{{0,3}}(?:(?i:de|d['’]|of|di|em|in)\s{{0,2}})?"
    rf"(?:[$€£¥₹₩₽]|{_CUR_CODE}(?![A-Za-z])|(?i:(?:us[\s\-]?|amerikanische[n]?\s+|american\s+)?"
    r"(?:dollars?|dólar(?:es)?|dolar(?:es)?|dollari|dollaro|euros?|pounds?|pfund|livres?|libras?|sterline?"
    r"|yuan|yen|renminbi|reais|rupees?|rupien|roupies|francs?|franken|franchi|pesos?|rubel|rubles?)"
    rf"{_NOT_LETTER}))"
)
RESOLUTION = re.compile(
    r"[\s\-\u2011]{0,3}(?i:video|vidéo|vídeo|resolution|résolution|resolución|risoluzione|resolutie|resolução"
    r"|auflösung|display|monitor|screen|écran|pantalla|schermo|scherm|tela|bildschirm|tv\b|uhd|hdr|oled|lcd"
    r"|fernseher|televis|stream|footage|camera|kamera|caméra|cámara|fps|hz\b|gaming|blu|ultra)"
)
_MAG_PREFIXES = sorted({w[:2] for w in _MAGS})  # th ta ts mi mr md ml mn bi bn tn tr qu du
_CONN_LOOK = (
    rf"\s{{0,3}}(?:[{_DASHES},/&]|(?:{_alt([w for w in CONN_KIND if w != '&'])}){_NOT_LETTER})\s{{0,3}}"
    rf"(?:(?i:de|mit|of|con|avec|von|di|with|los|las)\s{{1,3}})?(?:{_CUR_SYM}|{_CUR_CODE})?\s?\d"
)
# Candidate starts for the digit pass: a digit not glued to a word, a decimal or a fraction, then a number
# followed by what may be a magnitude (its first two letters), a connector and another number, a
# multiplier, a space-grouped block, or itself two or more thousands groups. It is a loose filter (the
# parser decides), built for speed: a bare \d first keeps re on its fast character-class scan, the
# possessive number never backtracks, and the checks after it are short and case-sensitive where they
# can be (connectors are lower-case in running text).
MASTER = re.compile(
    r"\d(?<!\w\d)(?<![%#@&]\d)(?<!\w[.,]\d)(?<!\d/\d)\d*+(?:[.,'’]\d++)*+"
    r"(?:(?<=\d[.,'’]\d{3}[.,'’]\d{3})"
    rf"|(?=\+?(?:[KkMBbT]{_NOT_ALNUM}|万亿|亿|億|억|兆|조|[\s{_HYPHENS}]{{0,3}}(?i:{trie_pattern(_MAG_PREFIXES)})|{_CONN_LOOK}"
    rf"|\s?[x×X]\s?\d|[{SPACE_CHARS}]\d{{3}}(?!\d)|\s(?i:hundred|hundert)\s|[ \u00a0\u202f]M(?![\w.])|m\s+[pP]aram"
    r"|\s(?:über|through|via|pasando por)\s{1,3}\d)))"  # 'von 8 über 70 bis 405 Milliarden
)
_ANCHOR_WORDS = [w for w, m in _MAGS.items() if not m.abbr] + ["mrd", "mio"]


def _anchor_regexes() -> list[re.Pattern[str]]:
    """One regex per 3-letter stem: a literal prefix lets re use its fast substring search, where one
    alternation of all the words would try every position (40 MB/s instead of several hundred)."""
    stems: dict[str, list[str]] = {}
    for w in _ANCHOR_WORDS:
        stems.setdefault(w[:3], []).append(w[3:])
    return [
        re.compile(rf"{re.escape(stem)}(?:{_alt(rests)}){_NOT_LETTER}")
        for stem, rests in sorted(stems.items())
    ]


ANCHORS = _anchor_regexes()
WTOK = re.compile(r"[^\W\d_]+")
WTOK_DIGITS = re.compile(r"[^\W\d_]+|\d{1,3}(?![\d.,'’])")  # '4 thousand 3 hundred and 21'
THOUSAND_WORD = {"de": "tausend", "nl": "duizend", "it": "mila"}
WSEP = re.compile(rf"[\s{_HYPHENS}]{{1,3}}")
REFERENCE_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:figures?|table|section|subsection|chapter|items?|steps?|parts?|paragraph|appendix"
    r"|pages?|exhibit|article|abbildung|tabelle|kapitel|abschnitt|schritt|teil|§"
    r"|(?:fig|tab|sec|ch|para|p|pp|art|abb|no|nr|n°)\.))\s*\Z"
)
NAME_BEFORE = re.compile(r"(?<!\S)(\S+)\s+\Z")
SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s*|\n\s*)\Z")
