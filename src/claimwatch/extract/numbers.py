"""Number grammar: amounts with a magnitude in en/de/fr/es/it/nl/pt news text.

``find_quantities(text, lang)`` returns, in text order, every number that carries a magnitude
(thousand … quadrillion as words or abbreviations, or a letter glued to the digits: ``7B``, ``1,76T``,
``70b``, ``3.8bn``, ``128K``) and every bare integer written with thousands separators that is at least
1,000,000 (``175,000,000,000``, ``175.000.000.000``, ``175 000 000 000``). ``parse_amount(expr, lang)``
reads one whole expression (``"1,76T"``, ``"175.000 millones"``, ``"half a trillion"``) to an int, or
None (also for ranges, lists, multipliers and numbers without a magnitude under 1,000,000).
Pure: no I/O, stdlib only, regexes compiled once at import, never raises. ``lang`` is an ISO code
(``"de"``, ``"de-AT"``); None or an unknown code means "guess".

Decimal marks and thousands separators
--------------------------------------
* ``lang`` picks the convention: ``en`` reads ``,`` as thousands and ``.`` as decimal; de/es/it/nl/pt
  read ``.`` as thousands and ``,`` as decimal; fr reads ``,`` as decimal and space or ``.`` as thousands.
  Apostrophes (``1'000'000``) always group thousands.
* Only ``digits SEP exactly-3-digits`` is ambiguous. Two or more groups (``1.000.000``, ``1,000,000``)
  always group thousands. One group (``1.760``, ``1,760``) groups thousands when SEP is the language's
  thousands separator, else it is a decimal mark. A first part over 3 digits or starting with 0
  (``1234.567``, ``0.500``) is decimal. Any other count of digits after the mark (``1,76``, ``1.5``,
  ``3,8``) is decimal in every language. Two kinds of mark: the last one is the decimal mark. Malformed
  groupings (``1.2.3``, ``16.05.2023``) are not numbers.
* ``lang=None`` takes the convention from the magnitude word: an English or shared word (``million``,
  ``billion``, ``bn``, a glued letter) reads like ``en``; a word of one continental language
  (``millones``, ``Milliarden``, ``milliards`` …) reads like that language. So ``"175.000 millones"``
  is 1.75e11 and ``"1.760 billion"`` is 1.76e9.
* Spaces (ASCII, NBSP U+00A0, narrow NBSP U+202F, thin U+2009, figure U+2007) group thousands when there
  are two or more groups (``175 000 000 000``). A single group (``1 000 milliards``) counts only with a
  no-break/thin space, or with an ASCII space in French (``lang="fr"``, or a French-only magnitude word
  with ``lang=None``); never before a glued letter, so ``Llama 3 405B`` is 405B, not 3405B. Blocks
  followed by more digits or after ``+`` are phone numbers (``+1 415 555 0100``), not one number.

Magnitudes
----------
* Words match case-insensitively; glued letters are case-sensitive: ``K``/``k`` 1e3, ``M`` 1e6,
  ``B``/``b`` 1e9, ``T`` 1e12. Lowercase ``m`` and ``t`` (metres, minutes, tonnes; so also the British
  ``$4.6m``) are never magnitudes; a letter followed by another letter or digit (``300GB``, ``10MB``,
  ``7b1``, ``B200``) is not one; a spaced single letter (``7 B``, ``1.5 T``, ``2.33 k``) is not one.
  ``4K``/``8K`` before a video or screen word (video, resolution, display, TV, UHD, Auflösung, écran …)
  is dropped, other ``K`` figures (``128K context``) are thousands. A lettered number under 100 after a
  reference word is a numbered part, not a count (``Figure 3b``, ``Table 2B``, ``Abschnitt 4b``).
* ``billion``/``trillion``/``quadrillion`` spelt the English way mean 1e9/1e12/1e15, except when the
  language is German or French (``lang`` in de/fr, or with ``lang=None`` a German/French count word as in
  ``eine Billion``, ``un billion``), where they mean 1e12/1e18/1e24 (long scale). ``Billionen``, ``Bio.``,
  ``billón``/``billones``, ``bilione``, ``biljoen``, ``bilião`` are always 1e12; ``Billiarde(n)`` and
  ``biljard`` 1e15; French ``billiard(s)`` 1e15 only with ``lang="fr"``. ``Trillion(en)``, ``trillón``,
  ``trilione``, ``triljoen``, ``trilião`` are long-scale 1e18; Brazilian ``trilhão`` is 1e12 and
  ``bilhão`` 1e9. Abbreviations: ``bn`` ``tn`` ``mn`` (en), ``Mio.`` ``Mrd.`` ``Bio.`` ``Tsd.`` (de),
  ``Md`` ``Mds`` (fr), ``mln`` ``mld`` (it, nl), ``mi`` ``bi`` ``tri`` (pt).
* ``mil`` (es/pt) is 1e3 but never in English text (``lang="en"``); ``mn`` is not a magnitude in French
  (minutes); ``mi``/``bi``/``tri`` (Brazilian ``R$ 2 bi``) only for pt or ``lang=None``.
* A thousand word may stack on a bigger one: ``mil millones`` 1e9, ``mil billones`` 1e15,
  ``mille milliards`` 1e12, ``mil milhões`` 1e9, ``tausend Milliarden`` 1e12.
* ``suffix`` is True when an abbreviation is glued to the digits (``7B``, ``3.8bn``, ``2Mrd.``).

Word numbers
------------
Counts may be written in words before a magnitude in every language (``one trillion``, ``a billion``,
``half a trillion``, ``two hundred billion``, ``eine Billion``, ``zweieinhalb Milliarden``, ``eine halbe
Million``, ``deux cents milliards``, ``un demi-milliard``, ``dos mil millones``, ``medio billón``,
``mezzo miliardo``, ``een half miljard``, ``meio bilhão``). German, Dutch and Italian one-word compounds
(``dreihundertfünfzig``, ``drieënvijftig``, ``duecentodue``) are decomposed. ``X million and a half``,
``un million et demi``, ``2 millones y medio`` add half the magnitude. With ``lang`` given, count words
must be of that language; with ``lang=None`` all words of one number must share a language (``dos
milhões`` is not a number). A count of exactly one with a plural magnitude (``ein Milliarden-Deal``) is
an article, not a number. In running text a word number needs a magnitude word after it and its span
ends at the last magnitude word (``one million two`` is ``one million``); a compound with the magnitude
inside the word (``zweitausend``) is not found in running text. ``parse_amount`` reads whole
compositions such as ``tres millones dos mil trescientos`` or ``4 thousand 3 hundred and 21``.

Ranges, lists, multipliers
--------------------------
* A range is one Quantity (``value`` low, ``high`` high, ``high > value``): ``3.8B to 14B``,
  ``3,8B bis 14B``, ``7-65B``, ``7–65 billion``, ``between 5 and 50 trillion``, ``von 7 bis 70
  Milliarden``, ``de 7 à 70 milliards``, ``entre 7 y 70 mil millones``, ``two to three billion``. Range
  words: to/bis/à/a/al/hasta/tot/até or a dash; and/und/et/y/e/en only after between/zwischen/entre/tra/
  fra/tussen. A magnitude written only on the high end applies to both. The span includes an
  introducing preposition (between, from, von, zwischen, de, entre, desde, da, tra, van, tussen …). A
  dash range with a bare low end is refused when the low end belongs to a name (``Llama-2-70b``,
  ``Llama 2-70B``, ``Llama 3.1-8B``: glued by a hyphen to a word, or after a word that is capitalised or
  holds a digit); ``LLaMA (7-65B)`` and ``from 7-65B`` stay ranges.
* A list is several Quantities sharing ``group`` (the index of its first member in the result):
  ``7B, 13B and 70B``, ``(1.3B, 7.5B, 40B, and 180B)``, ``7B/13B/70B``, ``7, 13 and 70 billion``,
  ``70 bzw. 540 Milliarden``, ``seven or eight billion``. A magnitude is shared back over bare members
  only with a conjunction (and/und/et/y/e/en/or/oder/ou/o/bzw./beziehungsweise/sowie/as well as) and
  not over bare years (1900–2100), a bare first member that belongs to a name (``Phi-2 and 3.8B``,
  ``Meta's Llama 2 and 70B``) or a bare word (``the smaller one and 70B``). Each member's span is its
  own; the shared magnitude belongs to the last member. ``A and B`` without ``between`` is a list.
* ``8x7B``, ``8×22B``, ``8 x 220 billion``, ``8x220 Mrd.``: ``multiplier`` 8 and ``value`` the per-part
  count (not multiplied). Ranges and ``parse_amount`` refuse multipliers.
* ``plus`` is a ``+`` after the amount (``400B+``, ``100+ million``).
* ``money`` is a currency next to the amount: a symbol or code before (``$``, ``US$``, ``€``, ``£``,
  ``¥``, ``₹``, ``R$``, ``USD``, ``EUR`` …) or a currency word/symbol after, optionally after
  of/de/d'/di/em/in (``650 Millionen Dollar``, ``10 milliards d'euros``, ``4.000 millones de dólares``,
  ``10 Mrd. €``, ``10-billion-dollar``). It holds for the whole range or list; the currency is not in
  the span.
* Approximation words (about, etwa, ~, rund, environ …) are left to the caller and not in the span.

Not returned: years, dates, times, percentages, version numbers (``GPT-3.5``), small plain numbers,
digits glued to a letter or to ``%#@&`` before them (the ``3B`` of ``A3B``, ``H100``, ``%3B``),
fractions (``1/2 million``), ``3x faster``, storage units. Values are ints in (0, 1e18]; anything
larger is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.extract.number_words import (
    _ALL,
    _CASED,
    _DOTTED,
    _K,
    _LANGS,
    _LETTERS,
    _LONG_SCALE,
    _M,
    _MAGS,
    _MAX_DIGITS,
    _MAX_VALUE,
    _MORPHEMES,
    _NUMS,
    _THOUSANDS_SEP,
    _Mag,
    _Piece,
)

__all__ = ["Quantity", "find_quantities", "is_rounded", "lower_in_place", "parse_amount"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount found in text; ``text[start:end]`` is its expression."""

    start: int
    end: int
    value: int
    high: int | None = None
    suffix: bool = False
    multiplier: int | None = None
    money: bool = False
    plus: bool = False
    group: int | None = None


# ---------------------------------------------------------------------------------------------------
# Regexes
# ---------------------------------------------------------------------------------------------------

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
_SPACE_CHARS = " \u00a0\u202f\u2009\u2007"
_HYPHENS = "\\-\u2010\u2011"  # inside a character class
_HYPHEN_CHARS = "-\u2010\u2011"
_DASHES = "\\-\u2010-\u2015\u2212"  # hyphen … horizontal bar, minus (inside a character class)
_CUR_SYM = r"(?:US|USD|CA|C|A|AU|NZ|HK|S|R|NT|MX|Mex)?\$|[€£¥₹₩₽₺₪₫₿]"
_CUR_CODE = r"(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|INR|CAD|AUD|BRL|MXN|SEK|NOK|DKK|KRW|HKD|SGD)"

_PLAIN = re.compile(r"\d+(?:[.,'’]\d+)*")
_SPACED = re.compile(rf"\d{{1,3}}(?:[{_SPACE_CHARS}]\d{{3}}(?!\d))+(?:[.,]\d+)?")
_MORE_DIGITS = re.compile(rf"[{_SPACE_CHARS}]?\d")
_MULT = re.compile(r"(\d{1,3})[ \u00a0]?[x×X][ \u00a0]?(?=\d)")
_TAIL = re.compile(
    r"(?P<plus1>\+(?!\d))?"
    r"(?:(?P<letter>[KkMBbT])" + _NOT_ALNUM + rf"|(?P<sep>\s{{1,3}}|[{_HYPHENS}]|)"
    rf"(?:(?P<hundred>(?i:hundred|hundert))\s{{1,3}}(?=(?i:million|millionen)\b))?(?P<mag>{_MAGWORD})"
    rf"(?:\s{{1,3}}(?P<mag2>{_BIGWORD}))?"
    rf"(?P<half>\s{{1,3}}(?i:{_HALF_POST_RE}){_NOT_LETTER})?"
    r")?"
    r"(?P<plus2>\+(?!\d))?"
)
_HALF_POST = re.compile(rf"\s{{1,3}}(?:{_HALF_POST_RE}){_NOT_LETTER}")
_HALF_PRE = re.compile(
    r"(?P<en>half\s+(?:a|an|of\s+a)\s+|a\s+half[\s\-\u2011]+|(?P<q>(?:(?:a|one)\s+)?quarter(?:\s+of\s+a)?\s+))"
    r"|(?P<de>(?:eine?[nrs]?\s+)?halbe[nr]?\s+)"
    r"|(?P<fr>(?:une?\s+)?demi[\s\-\u2011]+)"
    r"|(?P<es>(?:un\s+)?medio\s+)"
    r"|(?P<it>(?:un\s+)?mezzo\s+)"
    r"|(?P<pt>(?:um\s+)?mei[oa]\s+)"
    r"|(?P<ennl>(?:een\s+)?half\s+)"
)
_HALF_LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "ennl": "en nl"}

# connectors between two amounts
_RANGE_WORDS = {
    "to": "en",
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
}
_CONN_LANGS = {w: frozenset(v.split()) for d in (_RANGE_WORDS, _AND_WORDS, _OR_WORDS) for w, v in d.items()}
_CONN_KIND = {
    **dict.fromkeys(_RANGE_WORDS, "range"),
    **dict.fromkeys(_AND_WORDS, "and"),
    **dict.fromkeys(_OR_WORDS, "or"),
}
_NEEDS_LANG = frozenset({"of"})  # "of" is Dutch "or" only with lang="nl"
_CONNWORDS = _alt([w for w in _CONN_KIND if w not in ("&", "bzw.")])
_CONN = re.compile(
    rf"(?:\s{{0,3}}(?P<dash>[{_DASHES}])"
    rf"|\s{{0,3}}(?P<comma>,)(?:\s{{1,3}}(?P<cw>(?i:{_CONNWORDS}|bzw\.)){_NOT_LETTER})?"
    r"|\s{0,3}(?P<slash>/)"
    # 'de 8 et de 32 milliards', 'mit 9 und mit 27 Milliarden': the preposition said again after the word
    rf"|\s{{1,3}}(?P<w>(?i:{_CONNWORDS})(?=\s)|(?i:bzw\.)|&)(?:\s{{1,3}}(?i:de|mit|of|con|avec|von|di|with)(?=\s))?)"
    rf"\s{{0,3}}(?:(?P<cur>{_CUR_SYM}|{_CUR_CODE}(?=[\s\d]))\s?)?"
)
_BETWEEN = frozenset({"between", "zwischen", "entre", "tra", "fra", "tussen"})
_INTRO = re.compile(
    r"(?<![^\W\d_])(?P<w>between|zwischen|entre|tra|fra|tussen|from|von|vom|de|desde|del|van|da|dal|dai"
    rf"|dalle|dagli|dos|das|des|du)\s{{1,3}}(?:(?:{_CUR_SYM}|{_CUR_CODE})\s?)?\Z",
    re.IGNORECASE,
)
_BACK_CONN = re.compile(
    # the word is possessive: backtracking into it leaves a letter where a space or dash must follow
    r"(?<![^\W\d_])(?P<tok>[^\W\d_]++)(?:\s{0,3}[\-\u2010-\u2015\u2212]\s{0,3}"
    rf"|\s{{1,3}}(?i:{_CONNWORDS})\s{{1,3}})(?:(?:{_CUR_SYM}|{_CUR_CODE})\s?)?\Z"
)
_BACK_COMMA = re.compile(r"(?<![^\W\d_])(?P<tok>[^\W\d_]++),\s{1,3}\Z")  # 'vier, zwölf und 27 Milliarden'
_CUR_BEFORE = re.compile(rf"(?:{_CUR_SYM}|(?<![A-Za-z]){_CUR_CODE})\s?\Z")
_CUR_LEAD = re.compile(rf"(?:{_CUR_SYM}|{_CUR_CODE})\s?(?=\d)")
_CUR_AFTER = re.compile(
    rf"[\s{_HYPHENS}]{{0,3}}(?:(?i:de|d['’]|of|di|em|in)\s{{0,2}})?"
    rf"(?:[$€£¥₹₩₽]|{_CUR_CODE}(?![A-Za-z])|(?i:(?:us[\s\-]?|amerikanische[n]?\s+|american\s+)?"
    r"(?:dollars?|dólar(?:es)?|dolar(?:es)?|dollari|dollaro|euros?|pounds?|pfund|livres?|libras?|sterline?"
    r"|yuan|yen|renminbi|reais|rupees?|rupien|roupies|francs?|franken|franchi|pesos?|rubel|rubles?)"
    rf"{_NOT_LETTER}))"
)
_RESOLUTION = re.compile(
    r"[\s\-\u2011]{0,3}(?i:video|vidéo|vídeo|resolution|résolution|resolución|risoluzione|resolutie|resolução"
    r"|auflösung|display|monitor|screen|écran|pantalla|schermo|scherm|tela|bildschirm|tv\b|uhd|hdr|oled|lcd"
    r"|fernseher|televis|stream|footage|camera|kamera|caméra|cámara|fps|hz\b|gaming|blu|ultra)"
)
_MAG_PREFIXES = sorted({w[:2] for w in _MAGS})  # th ta ts mi mr md ml mn bi bn tn tr qu du
_CONN_LOOK = (
    rf"\s{{0,3}}(?:[{_DASHES},/&]|(?:{_alt([w for w in _CONN_KIND if w != '&'])}){_NOT_LETTER})\s{{0,3}}"
    rf"(?:(?i:de|mit|of|con|avec|von|di|with)\s{{1,3}})?(?:{_CUR_SYM}|{_CUR_CODE})?\s?\d"
)
# Candidate starts for the digit pass: a digit not glued to a word, a decimal or a fraction, then a number
# followed by what may be a magnitude (its first two letters), a connector and another number, a
# multiplier, a space-grouped block, or itself two or more thousands groups. It is a loose filter (the
# parser decides), built for speed: a bare \d first keeps re on its fast character-class scan, the
# possessive number never backtracks, and the checks after it are short and case-sensitive where they
# can be (connectors are lower-case in running text).
_MASTER = re.compile(
    r"\d(?<!\w\d)(?<![%#@&]\d)(?<!\w[.,]\d)(?<!\d/\d)\d*+(?:[.,'’]\d++)*+"
    r"(?:(?<=\d[.,'’]\d{3}[.,'’]\d{3})"
    rf"|(?=\+?(?:[KkMBbT]{_NOT_ALNUM}|[\s{_HYPHENS}]{{0,3}}(?i:{trie_pattern(_MAG_PREFIXES)})|{_CONN_LOOK}"
    rf"|\s?[x×X]\s?\d|[{_SPACE_CHARS}]\d{{3}}(?!\d)|\s(?i:hundred|hundert)\s|[ \u00a0\u202f]M(?![\w.]))))"
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


_ANCHORS = _anchor_regexes()
_WTOK = re.compile(r"[^\W\d_]+")
_WTOK_DIGITS = re.compile(r"[^\W\d_]+|\d{1,3}(?![\d.,'’])")  # '4 thousand 3 hundred and 21'
_THOUSAND_WORD = {"de": "tausend", "nl": "duizend", "it": "mila"}
_WSEP = re.compile(rf"[\s{_HYPHENS}]{{1,3}}")
_REFERENCE_BEFORE = re.compile(
    r"(?i:(?<![^\W\d_])(?:figures?|table|section|subsection|chapter|items?|steps?|parts?|paragraph|appendix"
    r"|pages?|exhibit|article|abbildung|tabelle|kapitel|abschnitt|schritt|teil|§"
    r"|(?:fig|tab|sec|ch|para|p|pp|art|abb|no|nr|n°)\.))\s*\Z"
)
_NAME_BEFORE = re.compile(r"(?<!\S)(\S+)\s+\Z")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;]\s*|\n\s*)\Z")

# ---------------------------------------------------------------------------------------------------
# Digits
# ---------------------------------------------------------------------------------------------------


def _norm_lang(lang: str | None) -> str | None:
    if not lang or not isinstance(lang, str):
        return None
    code = lang.strip().lower()[:2]
    return code if code in _LANGS else None


def _conv(lang: str | None, langs: frozenset[str] | None) -> str:
    """The separator convention: the given language, else the magnitude word's language, else en."""
    if lang:
        return lang
    if not langs or "en" in langs:
        return "en"
    return min(langs)


def _grouped(parts: list[str], frac: str) -> tuple[int | Fraction, int, bool] | None:
    head = parts[0]
    if not 1 <= len(head) <= 3 or (head[0] == "0" and len(parts) > 1) or any(len(p) != 3 for p in parts[1:]):
        return None
    value: int | Fraction = int("".join(parts))
    if frac:
        value += Fraction(int(frac), 10 ** len(frac))
    return value, len(parts) - 1, bool(frac)


def _spaced_numeral(s: str) -> tuple[int | Fraction, int, bool] | None:
    parts = re.split(rf"[{_SPACE_CHARS}]", s)
    last = re.split(r"[.,]", parts[-1])
    if len(last) > 2:
        return None
    return _grouped([*parts[:-1], last[0]], last[1] if len(last) == 2 else "")


def _numeral(raw: str, conv: str) -> tuple[int | Fraction, int, bool] | None:
    """(value, number of thousands groups, has a decimal part) of a digit string, None if malformed.
    The value is an int unless there is a decimal part: int arithmetic is several times cheaper."""
    s = raw.replace("’", "'")
    if sum(ch.isdigit() for ch in s) > _MAX_DIGITS:
        return None
    if any(ch in _SPACE_CHARS for ch in s):
        return _spaced_numeral(s)
    seps = [ch for ch in s if ch in ".,'"]
    if not seps:
        return int(s), 0, False
    kinds = set(seps)
    if len(kinds) == 1:
        sep = seps[0]
        parts = s.split(sep)
        if len(parts) > 2 or sep == "'":
            return _grouped(parts, "")
        a, b = parts
        if len(b) == 3 and len(a) <= 3 and a[0] != "0" and sep in _THOUSANDS_SEP.get(conv, ".'"):
            return int(a + b), 1, False
        return Fraction(int(a + b), 10 ** len(b)), 0, True
    dec = seps[-1]
    if len(kinds) != 2 or seps.count(dec) != 1 or dec == "'":
        return None
    head, _, frac = s.rpartition(dec)
    (other,) = kinds - {dec}
    return _grouped(head.split(other), frac)


class _Atom:
    """One number with its magnitude: a chain member."""

    __slots__ = (
        "big",
        "conv",
        "end",
        "langs",
        "letter",
        "mag",
        "mult",
        "num",
        "plus",
        "raw",
        "start",
        "suffix",
        "word",
    )

    def __init__(
        self,
        start: int,
        end: int,
        num: int | Fraction,
        mag: int | None,
        *,
        raw: str | None = None,
        langs: frozenset[str] | None = None,
        conv: str = "en",
        suffix: bool = False,
        letter: str | None = None,
        plus: bool = False,
        big: bool = False,
        word: bool = False,
    ) -> None:
        self.start, self.end, self.num, self.mag = start, end, num, mag
        self.raw, self.langs, self.conv, self.suffix, self.letter = raw, langs, conv, suffix, letter
        self.plus, self.big, self.word = plus, big, word
        self.mult: int | None = None

    @property
    def scaled(self) -> bool:
        return self.mag is not None or self.big

    @property
    def value(self) -> int | None:
        if self.mag is not None:
            return round(self.num * self.mag)
        return int(self.num) if self.big else None

    def take_magnitude(self, other: _Atom) -> bool:
        """Give a bare member the magnitude written on a later one ('7 to 65 billion')."""
        if self.raw is not None:
            parsed = _numeral(self.raw, other.conv)
            if parsed is None:
                return False
            self.num = parsed[0]
        self.mag, self.langs, self.conv = other.mag, other.langs, other.conv
        return True


def _accepts(mag: _Mag, lang: str | None) -> bool:
    if lang is None:
        return not mag.explicit
    return lang not in mag.deny and (not mag.explicit or lang in mag.langs)


def _resolve(mag: _Mag, lang: str | None, langs: frozenset[str] | None) -> int:
    eff = lang or _conv(None, langs)
    return mag.long if mag.long is not None and eff in _LONG_SCALE else mag.value


def is_magnitude_word(word: str) -> bool:
    """'Milliarden', 'billion', 'millones': a word that only scales a number (never a name: 'ein Billionen-Modell')."""
    mag = _MAGS.get(word.lower())
    return mag is not None and not mag.abbr


def _lookup_mag(word: str) -> _Mag | None:
    key = word.lower().rstrip(".")
    mag = _MAGS.get(key)
    if mag is None or (key in _CASED and word.rstrip(".") not in _CASED[key]):
        return None
    return mag


def _tail_magnitude(
    t: re.Match[str], lang: str | None
) -> tuple[int, frozenset[str] | None, bool, int] | None:
    """(magnitude, its languages, suffix, end) of the magnitude after a number, None if there is none."""
    if t.group("letter"):
        return _LETTERS[t.group("letter")], None, True, t.end("letter")
    word = t.group("mag")
    mag = _lookup_mag(word) if word else None
    if mag is None or not _accepts(mag, lang):
        return None
    value, langs, end = _resolve(mag, lang, mag.langs), mag.langs, t.end("mag")
    if mag.long is not None and value == mag.long and _english_here(t, word, lang):
        value = mag.value  # 'a 12-billion-parameter model' quoted in German or French text
    suffix = mag.abbr and t.group("sep") == ""
    two = _lookup_mag(t.group("mag2")) if t.group("mag2") else None
    if two is not None and mag.value == _K and _accepts(two, lang) and not mag.abbr:
        value, langs, end = _K * _resolve(two, lang, two.langs), two.langs, t.end("mag2")
    if t.group("hundred"):
        value *= 100  # '4800 hundred million': Chinese 亿 (10^8) as machine translation writes it
    return value, langs, suffix, end


# 'parameters', or a French noun without the 'de' French needs after 'billion' ('1,76 billion paramètres': a calque)
_ENGLISH_AFTER = re.compile(r"[-‐‑]parameter|\s+parameters\b|\s+paramètres\b")


def _english_here(t: re.Match[str], word: str, lang: str | None) -> bool:
    """An English 'billion'/'trillion' in German or French text: German writes its nouns with a capital
    ('Billionen'), and '-billion-parameter' or 'trillion parameters' are English words around it."""
    return (lang == "de" and word[:1].islower()) or bool(_ENGLISH_AFTER.match(t.string, t.end("mag")))


def _space_ok(raw: str, groups: int, letter: bool, lang: str | None, langs: frozenset[str] | None) -> bool:
    """Whether a space-grouped number is one number ('1 000 milliards') and not two ('Llama 3 405B')."""
    if groups >= 2:
        return True
    if letter:
        return False
    if any(ch in raw for ch in "\u00a0\u202f\u2009\u2007"):
        return True
    # French and Spanish (as the RAE and Spanish Wikipedia write it: '236 000 millones') group with spaces
    spaced = lang in ("fr", "es") or (
        lang is None and langs is not None and "fr" in langs and "en" not in langs
    )
    return spaced


def _phone_like(text: str, start: int, end: int) -> bool:
    """'+1 415 555 0100', '0 800 123 456 7': space-separated digit blocks that are not one number."""
    return (start > 0 and text[start - 1] == "+") or bool(_MORE_DIGITS.match(text, end))


def _digit_atom(text: str, pos: int, lang: str | None) -> _Atom | None:
    m = _MULT.match(text, pos)
    if m:
        inner = _plain_digit_atom(text, m.end(), lang)
        factor = int(m.group(1))
        if inner is not None and inner.mag is not None and factor >= 2:
            inner.start, inner.mult = pos, factor
            return inner
    return _plain_digit_atom(text, pos, lang)


def _plain_digit_atom(text: str, pos: int, lang: str | None) -> _Atom | None:
    spaced = _SPACED.match(text, pos)
    if spaced and not _phone_like(text, pos, spaced.end()):
        atom = _finish_digits(text, pos, spaced.end(), lang, True)
        if atom is not None:
            return atom
    plain = _PLAIN.match(text, pos)
    return _finish_digits(text, pos, plain.end(), lang, False) if plain else None


_SPACED_M = re.compile(r"[ \u00a0\u202f]M(?![\w.])")
_SPACED_M_LANGS = frozenset(("es", "fr", "it", "pt"))


def _finish_digits(text: str, pos: int, num_end: int, lang: str | None, spaced: bool) -> _Atom | None:
    raw = text[pos:num_end]
    t = _TAIL.match(text, num_end)
    mag = _tail_magnitude(t, lang) if t else None
    langs = mag[1] if mag else None
    conv = _conv(lang, langs)
    parsed = _numeral(raw, conv)
    if parsed is None:
        return None
    num, groups, has_frac = parsed
    if spaced and not _space_ok(raw, groups, bool(mag and t and t.group("letter")), lang, langs):
        return None
    plus = bool(t and t.group("plus1"))
    if mag is None and groups and not has_frac and lang in _SPACED_M_LANGS:
        m = _SPACED_M.match(text, num_end)  # '671.000 M en total': Spanish and French write millions so
        if m:
            return _Atom(pos, m.end(), num, _M, raw=raw, conv=conv, suffix=True, letter="M")
    if mag is None:
        end = t.end("plus1") if plus and t else num_end
        return _Atom(pos, end, num, None, raw=raw, conv=conv, plus=plus, big=groups >= 2 and not has_frac)
    value, langs, suffix, end = mag
    if t and t.group("half") and not t.group("letter") and t.end("half") > end:
        num, end = num + Fraction(1, 2), t.end("half")
    if t and t.group("plus2"):
        plus, end = True, t.end("plus2")
    letter = t.group("letter") if t else None
    return _Atom(
        pos, end, num, value, raw=raw, langs=langs, conv=conv, suffix=suffix, letter=letter, plus=plus
    )


# ---------------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------------


_MAX_COMPOUND = 64  # letters; longer words are not numerals


@lru_cache(maxsize=4096)
def _decompose(word: str, langs: tuple[str, ...]) -> tuple[_Piece, ...] | None:
    """A one-word compound numeral split into morphemes ('dreihundertfünfzig'), None if it is not one."""
    if len(word) > _MAX_COMPOUND:
        return None
    for lang in langs:
        table = _MORPHEMES.get(lang)
        found = _split(word, table) if table else None
        if found is not None and len(found) > 1:
            return found
    return None


def _split(word: str, table: list[tuple[str, _Piece]]) -> tuple[_Piece, ...] | None:
    """Cover the word with morphemes, preferring long ones first (dynamic programming from the end)."""
    n = len(word)
    rest: list[tuple[_Piece, ...] | None] = [None] * (n + 1)
    rest[n] = ()
    for i in range(n - 1, -1, -1):
        for morpheme, piece in table:
            tail = rest[i + len(morpheme)] if i + len(morpheme) <= n else None
            if tail is not None and word.startswith(morpheme, i):
                rest[i] = (piece, *tail)
                break
    return rest[0]


class _WordNumber:
    """Reads number words one piece at a time; says after each piece whether the reading is still valid."""

    __slots__ = ("cur", "joined", "kind", "lang", "langs", "last", "one", "scales", "stack", "total")

    def __init__(self, lang: str | None) -> None:
        self.total = Fraction(0)
        self.cur = Fraction(0)
        self.kind: str | None = None  # kind of the last piece
        self.last = Fraction(0)  # value of the last number piece
        self.scales: list[int] = []
        self.langs: frozenset[str] | None = None
        self.lang = lang
        self.one = False
        self.joined = False
        self.stack = 0  # the magnitude the last scale word(s) wrote: 1e9 for 'mil millones'

    def _speaks(self, langs: frozenset[str], scale: bool = False) -> bool:
        if self.lang is not None:
            return scale or self.lang in langs
        merged = langs if self.langs is None else self.langs & langs
        if not merged:
            return False
        self.langs = merged
        return True

    def feed(self, piece: _Piece) -> bool:
        if piece.kind != "s" and not self._speaks(piece.langs):
            return False
        handler = {
            "n": self._number,
            "h": self._hundred,
            "j": self._joiner,
            "a": self._article,
            "x": self._half,
        }[piece.kind]
        return handler(piece)

    def _number(self, piece: _Piece) -> bool:
        v = piece.value
        if self.kind == "n" and self.last == 4 and v == 20 and not self.joined:  # quatre-vingt(s)
            self.cur += 76
            self.last = Fraction(80)
            return True
        if self.kind is not None and not self._follows(v, piece.compound):
            return False
        french_tens = self.kind == "n" and self.last in (60, 80) and 10 <= v <= 19  # soixante-dix
        self.cur += v
        self.last, self.kind, self.joined = (self.last + v if french_tens else v), "n", False
        self.one = piece.one and self.cur == 1 and not self.total
        return True

    def _follows(self, v: Fraction, compound: bool) -> bool:
        last, kind = self.last, self.kind
        if kind == "a":
            return False
        if kind == "s":
            return v < self.scales[-1]
        if kind == "h" or last >= 100:
            return v < 100 and last % 100 == 0
        if last.denominator != 1:
            return False
        if 20 <= last < 100 and last % 10 == 0 and 1 <= v <= 9:
            return True
        if last in (60, 80) and 10 <= v <= 19:
            return True
        return compound and last < 10 and (v == 10 or (self.joined and 20 <= v < 100 and v % 10 == 0))

    def _hundred(self, piece: _Piece) -> bool:
        after_scale = self.kind == "s" and not self.cur  # 'mil cien', 'mil e cem'
        if (self.joined and not after_scale) or self.kind not in (None, "a", "n", "s"):
            return False
        if (self.kind == "s" and not after_scale) or self.cur >= 100 or self.cur.denominator != 1:
            return False
        self.joined = False
        self.cur = (self.cur or Fraction(1)) * 100
        self.last, self.kind, self.one = self.cur, "h", False
        return True

    def _joiner(self, piece: _Piece) -> bool:
        if self.joined or self.kind not in ("n", "h", "s"):
            return False
        self.joined = True
        return True

    def _article(self, piece: _Piece) -> bool:
        if self.kind is not None:
            return False
        self.cur, self.kind, self.one = Fraction(1), "a", True
        return True

    def _half(self, piece: _Piece) -> bool:
        if self.kind != "n" or self.joined or self.last.denominator != 1:
            return False
        self.cur += Fraction(1, 2)
        self.last = self.last + Fraction(1, 2)
        return True

    def scale(self, mag: _Mag, word: str) -> bool:
        """Apply a magnitude word; False if it cannot follow what came before."""
        if self.joined or not _accepts(mag, self.lang) or not self._speaks(mag.langs, scale=True):
            return False
        value = _resolve(mag, self.lang, self.langs)
        if self.kind is None and not (value == _K and word != "thousand"):
            return False
        stacked = self.kind == "s"
        if stacked and not (self.scales[-1] == _K and value > _K and not self.cur):
            return False
        if self.scales and not self._ordered(value):
            return False
        if self.one and mag.plural:
            return False
        low = self.total % value
        count = low + self.cur
        self.total = self.total - low + (count or 1) * value
        self.cur = Fraction(0)
        self.kind, self.one = "s", False
        self.scales.append(value)
        self.stack = _K * value if stacked else value
        return True

    def _ordered(self, value: int) -> bool:
        prev = self.scales[-1]
        if value < prev:
            return True
        if value == prev or prev != _K:
            return False
        return len(self.scales) < 2 or value < self.scales[-2]

    def add_half(self, of: int | None = None) -> bool:
        """'… and a half' after a scale (half of it, or of a smaller scale named next) or a count."""
        if self.kind == "s":
            self.total += Fraction(of or self.scales[-1], 2)
            return True
        if self.kind == "n" and self.last.denominator == 1 and not self.joined:
            self.cur += Fraction(1, 2)
            self.last += Fraction(1, 2)
            return True
        return False

    @property
    def implicit_only(self) -> bool:
        """Just a thousand word with no count ('mil'): a number only in a whole expression."""
        return len(self.scales) == 1 and self.total == _K and not self.cur


def _pieces(word: str, lang: str | None) -> tuple[_Piece, ...] | None:
    piece = _NUMS.get(word)
    if piece is not None:
        return (piece,)
    langs = (lang,) if lang else ("de", "nl", "it")
    return _decompose(word, langs)


class _Reading(NamedTuple):
    """One way to read words as a number."""

    end: int
    value: Fraction  # the whole count
    mag: int | None  # the last magnitude word's value; None for a bare number ('five' in 'five to ten')


_Readings = dict[str, _Reading]  # "scale": ends at a magnitude word (running text); "whole": the longest
# complete reading with a magnitude (a whole expression, 'tres millones dos mil'); "bare": no magnitude


def _read_words(
    text: str, low: str, pos: int, lang: str | None, digits: bool = False
) -> tuple[_Readings, frozenset[str] | None]:
    half = _HALF_PRE.match(low, pos)
    if half:
        return _read_half(text, low, half, lang)
    ev = _WordNumber(lang)
    found: _Readings = {}
    p = pos
    token = _WTOK_DIGITS if digits else _WTOK
    for _ in range(40):
        tok = token.match(low, p)
        e = _read_token(text, low, tok, ev, lang) if tok else None
        if e is None:
            break
        e = _after_token(low, e, ev, found)
        sep = _WSEP.match(low, e)
        if sep is None:
            break
        p = sep.end()
    return found, ev.langs


def _read_token(text: str, low: str, tok: re.Match[str], ev: _WordNumber, lang: str | None) -> int | None:
    word, e = tok.group(), tok.end()
    if word[0].isdecimal():
        return e if ev.feed(_Piece("n", Fraction(int(word)), _ALL)) else None
    mag = _lookup_mag(text[tok.start() : e])
    if mag is not None:
        if not ev.scale(mag, word):
            return None
        return e + 1 if word in _DOTTED and low.startswith(".", e) else e
    pieces = _pieces(word, lang)
    if pieces is None:
        return None
    for piece in pieces:
        if piece.kind == "s":
            if not ev.scale(_MAGS[_THOUSAND_WORD[min(piece.langs)]], word):
                return None
        elif not ev.feed(piece):
            return None
    return e


def _after_token(low: str, e: int, ev: _WordNumber, found: _Readings) -> int:
    """Record the readings that may end after this token; take a following 'and a half'."""
    if ev.kind in ("s", "n"):
        hp = _HALF_POST.match(low, e)
        of, of_end = _smaller_scale_after(low, hp.end(), ev) if hp and ev.kind == "s" else (None, 0)
        if hp and ev.add_half(of):
            e = of_end if of else hp.end()
    if ev.joined or ev.kind == "a":
        return e
    if not ev.scales:
        if ev.kind in ("n", "h"):
            found["bare"] = _Reading(e, ev.cur, None)
        return e
    top = ev.stack
    if not ev.implicit_only or ev.kind == "s":
        found["whole"] = _Reading(e, ev.total + ev.cur, top)
    if ev.kind == "s" and not ev.implicit_only:
        found["scale"] = _Reading(e, ev.total, top)
    return e


def _smaller_scale_after(low: str, pos: int, ev: _WordNumber) -> tuple[int | None, int]:
    """'un milliard et demi million': the half is of the smaller scale written right after it."""
    sep = _WSEP.match(low, pos)
    tok = _WTOK.match(low, sep.end()) if sep else None
    mag = _MAGS.get(tok.group()) if tok else None
    if tok is None or mag is None or mag.abbr or not _accepts(mag, ev.lang):
        return None, 0
    value = _resolve(mag, ev.lang, ev.langs)
    return (value, tok.end()) if value < ev.scales[-1] else (None, 0)


def _read_half(
    text: str, low: str, half: re.Match[str], lang: str | None
) -> tuple[_Readings, frozenset[str] | None]:
    """'half a trillion', 'eine halbe Million', 'un demi-milliard', 'medio billón', 'a quarter trillion'."""
    langs = frozenset(_HALF_LANGS[next(k for k in _HALF_LANGS if half.group(k))].split())
    tok = _WTOK.match(low, half.end())
    mag = _lookup_mag(text[tok.start() : tok.end()]) if tok else None
    if tok is None or mag is None or not _accepts(mag, lang):
        return {}, None
    spoken = langs & mag.langs
    if (lang is not None and lang not in langs) or (lang is None and not spoken):
        return {}, None
    value = _resolve(mag, lang, spoken)
    end = tok.end() + (1 if tok.group() in _DOTTED and low.startswith(".", tok.end()) else 0)
    reading = _Reading(end, (Fraction(1, 4) if half.group("q") else Fraction(1, 2)) * value, value)
    return {"scale": reading, "whole": reading}, spoken


def _word_atom(
    text: str, low: str, pos: int, lang: str | None, *, bare: bool = False, whole: bool = False
) -> _Atom | None:
    """The number written in words at pos: up to its last magnitude word (running text), the whole
    expression (whole), or a bare number that a later magnitude may complete (bare)."""
    found, langs = _read_words(text, low, pos, lang, digits=whole)
    r = found.get("whole" if whole else "scale") or (found.get("bare") if bare else None)
    if r is None or not r.value:
        return None
    if r.mag is None:
        return _Atom(pos, r.end, r.value, None, langs=langs, word=True)
    return _Atom(pos, r.end, r.value / r.mag, r.mag, langs=langs, word=True)


# ---------------------------------------------------------------------------------------------------
# Chains: ranges and lists
# ---------------------------------------------------------------------------------------------------


class _Chain(NamedTuple):
    kind: str  # single, range, list
    members: list[_Atom]
    start: int
    end: int
    money: bool


def _atom(text: str, low: str, pos: int, lang: str | None, *, words: bool) -> _Atom | None:
    if pos >= len(text):
        return None
    ch = text[pos]
    if ch.isdigit():
        return _digit_atom(text, pos, lang) if ch in "0123456789" else None
    if words and ch.isalpha():
        return _word_atom(text, low, pos, lang, bare=True)
    return None


def _connector(c: re.Match[str], lang: str | None) -> str | None:
    """The kind of a matched connector (range, and, or, comma, slash), None if not one in this language."""
    if c.group("dash"):
        return "range"
    if c.group("slash"):
        return "slash"
    word = (c.group("cw") or c.group("w") or "").lower()
    if c.group("comma") and not word:
        return "comma"
    if word in _NEEDS_LANG and lang != "nl":
        return None
    if lang is not None and word != "&" and lang not in _CONN_LANGS.get(word, _ALL):
        return None
    kind = _CONN_KIND.get(word)
    if c.group("comma"):
        return "or" if kind in ("and", "or") else None
    return kind


def _year_like(a: _Atom) -> bool:
    return a.raw is not None and a.raw.isdigit() and len(a.raw) == 4 and 1900 <= int(a.raw) <= 2100


def _intro(text: str, start: int) -> re.Match[str] | None:
    return _INTRO.search(text[max(0, start - 24) : start]) if start else None


# German capitalises every noun: 'in den Größen 7, 13 und 70 Milliarden' names no model
_SIZE_NOUNS = frozenset(
    "größen grössen modellgrößen varianten versionen ausführungen stufen sizes versions variants tailles "
    "variantes tamaños versiones".split()
)


def _hyphen_glued(text: str, s: int) -> bool:
    return s >= 2 and text[s - 1] in _HYPHEN_CHARS and text[s - 2].isalnum()


def _name_glued(text: str, a: _Atom, strict: bool = False) -> bool:
    """A bare number that belongs to a name before it: 'Llama-2-70b', 'Llama 2-70B', 'Phi-2 and 3.8B'.

    The word before counts as a name when it holds a digit or an inner capital ('GPT', 'LLaMA') or is
    capitalised in mid-sentence ('Meta's Llama 2 and 70B'); 'Versions 7, 13 and 70 billion' at the start
    of a sentence is not a name. Strict (dash ranges): any capitalised word is a name ('Llama 2-70B').
    """
    s = a.start
    if _hyphen_glued(text, s):
        return True
    m = _NAME_BEFORE.search(text, max(0, s - 40), s)
    if not m:
        return False
    tok = m.group(1)
    if tok[-1] in ":,;([{\"'“„«" or not tok[0].isalnum() or tok.lower() in _SIZE_NOUNS:
        return False
    if any(ch.isdigit() for ch in tok) or any(ch.isupper() for ch in tok[1:]):
        return True
    return tok[0].isupper() and (
        strict or not _SENTENCE_START.search(text, max(0, m.start(1) - 6), m.start(1))
    )


def _range(text: str, a: _Atom, b: _Atom, dash: bool) -> bool:
    """Make a and b a range if they can be one (b scaled, a bare or scaled, a < b)."""
    if not b.scaled or a.mult or b.mult:
        return False
    # 'Brisant-4 à 400 milliards': the number of a hyphenated name starts no range
    glued = _name_glued(text, a, strict=True) if dash else _hyphen_glued(text, a.start)
    bare_low_refused = _year_like(a) or glued
    if not a.scaled and (bare_low_refused or not a.take_magnitude(b)):
        return False
    lo, hi = a.value, b.value
    return lo is not None and hi is not None and 0 < lo < hi


def _chain(text: str, low: str, first: _Atom, lang: str | None, floor: int) -> _Chain | None:
    """The range, list or single amount that starts with first."""
    return _chain_from(text, low, first, lang, floor)[0]


def _chain_from(text: str, low: str, first: _Atom, lang: str | None, floor: int) -> tuple[_Chain | None, int]:
    """The chain starting with first, and where to look for the next one if there is none: past a run
    of bare numbers ('7 and 7 and 7 …') no chain can start, which keeps long runs linear."""
    members, seps = [first], []
    pos = first.end
    money = False
    for _ in range(16):
        c = _CONN.match(text, pos)
        kind = _connector(c, lang) if c else None
        if c is None or kind is None:
            break
        single = len((c.group("w") or "").strip()) == 1  # a, à, y, e, o: words only after words
        nxt = _atom(text, low, c.end(), lang, words=first.word or not (single or c.group("cur")))
        if nxt is None:
            break
        if kind == "range" or (kind == "and" and len(members) == 1 and _between(text, first.start)):
            if len(members) == 1 and _range(text, first, nxt, bool(c.group("dash"))):
                return _ranged(text, first, nxt, floor, money or bool(c.group("cur"))), 0
            break
        money = money or bool(c.group("cur"))
        members.append(nxt)
        seps.append(kind)
        pos = nxt.end
    chain = _listed(text, members, seps, money)
    bare_run = chain is None and not any(m.scaled for m in members)
    return chain, (members[-1].start if bare_run else first.start + 1)


def _between(text: str, start: int) -> bool:
    m = _intro(text, start)
    return bool(m and m.group("w").lower() in _BETWEEN)


def _ranged(text: str, a: _Atom, b: _Atom, floor: int, money: bool) -> _Chain:
    start = a.start
    m = _intro(text, a.start)
    if m:
        intro_start = a.start - (len(text[max(0, a.start - 24) : a.start]) - m.start())
        if intro_start >= floor:
            start = intro_start
    money = money or _money_before(text, a.start)
    return _Chain("range", [a, b], start, b.end, money)


def _listed(text: str, members: list[_Atom], seps: list[str], money: bool) -> _Chain | None:
    """Keep the longest valid list prefix: bare members take the next scaled member's magnitude."""
    keep: list[_Atom] = []
    pending: list[_Atom] = []
    conj = False
    for i, m in enumerate(members):
        sep = seps[i - 1] if i else None
        if sep == "slash" and (pending or not m.scaled or (keep and not keep[-1].scaled)):
            break
        conj = conj or sep in ("and", "or")
        if not m.scaled:
            if _year_like(m) or m.mult or (i == 0 and _name_glued(text, m)):
                break
            pending.append(m)
            continue
        # 'the smaller one and 70B' is no list; 'mit acht und 70 Milliarden' is one, and so is an
        # enumeration that opens with 'one' ('one, four, 12 and 27 billion')
        enumerated = "comma" in seps[:i] and len(pending) > 1
        if pending and any(
            p.word and not m.word and (m.letter or (p.num == 1 and not enumerated)) for p in pending
        ):
            break
        if pending and not (conj and all(p.take_magnitude(m) for p in pending)):
            break
        keep += [*pending, m]
        pending = []
    if not keep or keep[0] is not members[0]:
        return None
    kind = "list" if len(keep) > 1 else "single"
    money = money or _money_before(text, keep[0].start)
    return _Chain(kind, keep, keep[0].start, keep[-1].end, money)


def _money_before(text: str, start: int) -> bool:
    return bool(start and _CUR_BEFORE.search(text[max(0, start - 6) : start]))


# ---------------------------------------------------------------------------------------------------
# Passes
# ---------------------------------------------------------------------------------------------------


def lower_in_place(text: str) -> str:
    """text lower-cased, every character kept at its offset (one that would grow stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _digit_pass(text: str, low: str, lang: str | None) -> list[_Chain]:
    chains: list[_Chain] = []
    pos = floor = 0
    search = _MASTER.search
    while True:
        m = search(text, pos)
        if m is None:
            return chains
        s = m.start()
        first = _digit_atom(text, s, lang)
        chain, resume = _chain_from(text, low, first, lang, floor) if first is not None else (None, 0)
        if chain is None:
            pos = max(s + 1, resume)
            continue
        chains.append(chain)
        pos = floor = chain.end


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _word_pass(text: str, low: str, lang: str | None, taken: list[_Chain]) -> list[_Chain]:
    spans = [(c.start, c.end) for c in taken]
    starts = [s for s, _ in spans]
    chains: list[_Chain] = []
    done = 0
    found = [m for rx in _ANCHORS for m in rx.finditer(low)]
    found.sort(key=lambda m: m.start())
    for m in found:
        a = m.start()
        if a < done or (a and low[a - 1].isalnum()) or _inside(spans, starts, a):
            continue
        atom = _anchored_word_atom(text, low, m, lang, max(done, _prev_end(spans, starts, a)))
        if atom is None or _overlaps(spans, starts, atom.start, atom.end):
            continue
        chain = _chain(text, low, atom, lang, done)
        if chain is None:
            continue
        chains.append(chain)
        done = chain.end
    return chains


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and spans[i][1] > start


def _prev_end(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    i = bisect_right(starts, pos) - 1
    return spans[i][1] if i >= 0 else 0


def _anchored_word_atom(text: str, low: str, m: re.Match[str], lang: str | None, floor: int) -> _Atom | None:
    """The word number that ends in the magnitude word m ('half a trillion', 'zwei Milliarden')."""
    value = _MAGS[m.group()].value
    starts = [m.start()] if value == _K else []  # 'mil millones', 'mille milliards'
    q = m.start()
    for _ in range(7):
        prev = _prev_word(low, q, floor)
        if prev is None:
            break
        word = low[prev:q].rstrip(_SEP_CHARS)
        stacked = q == m.start() and value > _K and word in _MAGS and _MAGS[word].value == _K
        if not (stacked or (word not in _MAGS and _may_count(word, lang))):
            break
        q = prev
        starts.append(q)
    for s in reversed(starts):
        atom = _word_atom(text, low, s, lang)
        if atom is not None and atom.end >= m.end():
            return atom
    return None


_SEP_CHARS = " \t\n\r\u00a0\u202f\u2009\u2007" + _HYPHEN_CHARS


def _prev_word(low: str, q: int, floor: int) -> int | None:
    """Start of the word before position q, separated from it by 1–3 spaces or hyphens."""
    j = q
    while j > floor and q - j < 3 and low[j - 1] in _SEP_CHARS:
        j -= 1
    i = j
    while i > floor and low[i - 1].isalpha():
        i -= 1
    return i if i < j < q else None


_HALF_WORDS = frozenset(
    {"half", "halbe", "halben", "halber", "demi", "medio", "mezzo", "meio", "meia", "quarter"}
)


def _may_count(word: str, lang: str | None) -> bool:
    """Whether the word right before a magnitude word can end a number written in words."""
    return word in _NUMS or word in _HALF_WORDS or word in _MAGS or _pieces(word, lang) is not None


def _extend_back(text: str, low: str, chain: _Chain, lang: str | None, floor: int) -> _Chain:
    """'between five and 50 trillion', 'two to three billion': a word-number low end before a single; and
    'vier, zwölf und 27 Milliarden': word numbers that open a list, one by one."""
    for _ in range(8):
        longer = _one_back(text, low, chain, lang, floor)
        if longer is None or chain.kind == "range":
            return longer or chain
        chain = longer
    return chain


def _one_back(text: str, low: str, chain: _Chain, lang: str | None, floor: int) -> _Chain | None:
    if chain.kind not in ("single", "list"):
        return None
    s = chain.start
    window_start = max(floor, s - 40)
    m = _BACK_CONN.search(text, window_start, s) or (
        _BACK_COMMA.search(text, window_start, s) if chain.kind == "list" else None
    )
    if m is None or m.group("tok").lower() not in _NUMS or m.group("tok").lower() in ("a", "an"):
        return None
    first = _word_atom(text, low, m.start("tok"), lang, bare=True)
    if first is None:
        return None
    longer = _chain(text, low, first, lang, floor)
    if longer is None or longer.end != chain.end or longer.kind == "single" or longer.start >= chain.start:
        return None
    return longer


def _reference(text: str, a: _Atom) -> bool:
    """'Figure 3b', 'Table 2B', 'Abschnitt 4b': a numbered part, not a count."""
    if not a.letter or a.num >= 100 or a.num.denominator != 1:
        return False
    return bool(_REFERENCE_BEFORE.search(text, max(0, a.start - 16), a.start))


def _quantities(text: str, chains: list[_Chain]) -> list[Quantity]:
    out: list[Quantity] = []
    for c in chains:
        if c.kind == "range":
            a, b = c.members
            out.append(
                Quantity(c.start, c.end, a.value or 0, b.value, a.suffix or b.suffix, None, c.money, b.plus)
            )
            continue
        if _reference(text, c.members[0]):
            continue
        group = len(out) if c.kind == "list" else None
        for m in c.members:
            if c.kind == "single" and m.letter in ("K", "k") and _RESOLUTION.match(text, m.end):
                continue
            out.append(Quantity(m.start, m.end, m.value or 0, None, m.suffix, m.mult, c.money, m.plus, group))
    return out


def _valid(qs: list[Quantity]) -> list[Quantity]:
    ok = [q for q in qs if 0 < q.value <= _MAX_VALUE and (q.high is None or q.value < q.high <= _MAX_VALUE)]
    sizes = Counter(q.group for q in ok if q.group is not None)
    groups: dict[int, int] = {}
    out: list[Quantity] = []
    for q in ok:
        if q.group is not None:
            g = groups.setdefault(q.group, len(out)) if sizes[q.group] > 1 else None
            q = Quantity(q.start, q.end, q.value, q.high, q.suffix, q.multiplier, q.money, q.plus, g)
        out.append(q)
    return out


def _find(text: str, lang: str | None) -> list[Quantity]:
    if not text:
        return []
    low = lower_in_place(text)
    chains = _digit_pass(text, low, lang)
    chains += _word_pass(text, low, lang, chains)
    chains.sort(key=lambda c: c.start)
    merged: list[_Chain] = []
    floor = 0
    for c in chains:
        c = _extend_back(text, low, c, lang, floor)
        if c.start < floor:
            continue
        if _CUR_AFTER.match(text, c.end) and not c.money:
            c = c._replace(money=True)
        merged.append(c)
        floor = c.end
    found = [q for q in _quantities(text, merged) if not _vague(low, q)]
    found = _merge_rounded(found, _rounded_pass(text, low, lang))
    return _valid(_merge_rounded(found, _article_magnitude_pass(text, low, lang)))


# 'mehrere hundert Milliarden', 'several hundred billion', 'plusieurs centaines': no count
_VAGUE_BEFORE = re.compile(
    r"(?:several|a few|some|many|mehrere\w*|einige\w*|viele\w*|etliche\w*|plusieurs|quelques|varios|varias|"
    r"algunos|algunas|muchos|muchas|diversi|alcuni)\s+$"
)


def _vague(low: str, q: Quantity) -> bool:
    return not low[q.start : q.start + 1].isdigit() and bool(
        _VAGUE_BEFORE.search(low, max(0, q.start - 16), q.start)
    )


# Round-number nouns ('une trentaine de milliards', 'una decena de miles de millones', 'zwei Dutzend'): about N
_ROUNDED = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "decena": 10, "docena": 12, "quincena": 15,
    "veintena": 20, "treintena": 30, "cuarentena": 40, "centenar": 100, "decina": 10, "dozzina": 12,
    "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50, "centinaio": 100, "dutzend": 12,
}  # fmt: skip
_ROUNDED_RX = re.compile(
    r"(?<![^\W\d_])(?:une?|una|ein|eine|zwei|drei)\s+(?P<noun>" + "|".join(_ROUNDED) + r")"
    r"\s+(?:(?:de|d['’]|di)\s*)?(?:(?:miles)\s+de\s+)?(?P<mag>[^\W\d_]+(?:\s+millones)?)(?![^\W\d_])"
)


# the nouns alone, factored: most texts hold none, and this scans far faster than _ROUNDED_RX
_ROUNDED_NOUN = re.compile(trie_pattern(_ROUNDED))


def is_rounded(expr: str) -> bool:
    """Whether an amount is written as a round-number noun ('une trentaine de milliards'): approximate."""
    return bool(_ROUNDED_RX.match(lower_in_place(expr)))


def _rounded_pass(text: str, low: str, lang: str | None) -> list[Quantity]:
    """Approximate round numbers written as nouns, read as the number they round to."""
    out: list[Quantity] = []
    if not _ROUNDED_NOUN.search(low):
        return out
    for m in _ROUNDED_RX.finditer(low):
        word = text[m.start("mag") : m.end("mag")]
        mag = _lookup_mag(word)
        if mag is None or mag.value < _M or not _accepts(mag, lang):
            continue
        times = 2 if m.group(0).startswith("zwei") else 3 if m.group(0).startswith("drei") else 1
        value = times * _ROUNDED[m.group("noun")] * _resolve(mag, lang, mag.langs)
        if "miles de" in m.group(0):
            value *= _K
        out.append(Quantity(m.start(), m.end(), value))
    return out


# 'frôlerait le billion de paramètres', 'roza el billón', 'GPT-2 et son milliard et demi': one of the
# magnitude after a determiner, where the number word 'un' would stand (English 'the trillion' is a mark).
# Found from the magnitude word, whose first letter re can skip to, then the determiner before it.
_LONE_MAGNITUDE = re.compile(
    r"(?:milliard|billion|billón|millardo|milliarde)(?P<half>\s+(?:et|y|und)\s+(?:demi|medio|eine halbe))?"
    r"(?![^\W\d_])"
)
_DETERMINER_BEFORE = re.compile(r"(?<![^\W\d_])(?:le|son|ce|el|su|ese|die|seine|ihre|diese)\s+$")


def _article_magnitude_pass(text: str, low: str, lang: str | None) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _LONE_MAGNITUDE.finditer(low):
        if not _DETERMINER_BEFORE.search(low, max(0, m.start() - 8), m.start()):
            continue
        mag = _lookup_mag(text[m.start() : m.start() + len(m.group()) - len(m.group("half") or "")])
        if mag is None or mag.plural or not _accepts(mag, lang):
            continue
        value = _resolve(mag, lang, mag.langs)
        out.append(Quantity(m.start(), m.end(), value * 3 // 2 if m.group("half") else value))
    return out


def _merge_rounded(found: list[Quantity], rounded: list[Quantity]) -> list[Quantity]:
    if not rounded:
        return found
    kept = [r for r in rounded if not any(q.start < r.end and r.start < q.end for q in found)]
    return sorted(found + kept, key=lambda q: q.start)


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every amount with a magnitude (and every grouped integer ≥ 1,000,000) in text, in text order."""
    if not isinstance(text, str):
        return []
    try:
        return _find(text, _norm_lang(lang))
    except Exception:  # a bug must not cost the caller its article; the property tests call _find directly
        return []


def parse_amount(expr: str, lang: str | None = None) -> int | None:
    """The count written by one whole expression ('1,76T', 'half a trillion', 'eine Billion'), else None."""
    if not isinstance(expr, str):
        return None
    try:
        value = _parse_amount(expr, _norm_lang(lang))
    except Exception:  # as above: never raise
        return None
    return value if value is None or 0 < value <= _MAX_VALUE else None


def _parse_amount(expr: str, lang: str | None) -> int | None:
    s = expr.strip()
    if not s or len(s) > 300:
        return None
    lead = _CUR_LEAD.match(s)
    pos = lead.end() if lead else 0
    end = len(s)
    after = _CUR_AFTER.search(s, pos)
    if after and after.end() == end and after.start() > pos:
        end = after.start()
    atom = _digit_atom(s, pos, lang) if s[pos] in "0123456789" else None
    if atom is None or atom.end != end:
        atom = _word_atom(s, lower_in_place(s), pos, lang, whole=True)
    if atom is None and pos == 0:
        return _lone_magnitude(s[:end], lang)
    if atom is None or atom.mult or atom.end != end:
        return None
    value = atom.value
    if value is None or not 0 < value <= _MAX_VALUE or (atom.mag is None and value < _M):
        return None
    return value


def _lone_magnitude(word: str, lang: str | None) -> int | None:
    """A singular magnitude word alone ('Million', 'millón') means one of it."""
    mag = _lookup_mag(word)
    if mag is None or mag.plural or mag.abbr or not _accepts(mag, lang):
        return None
    return _resolve(mag, lang, mag.langs)
