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

import math
import re
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.extract.number_chains import Chain, digit_pass, extend_back, word_pass
from claimwatch.extract.number_digits import Atom, accepts, digit_atom, lookup_mag, resolve
from claimwatch.extract.number_patterns import CUR_AFTER, CUR_LEAD, REFERENCE_BEFORE, RESOLUTION
from claimwatch.extract.number_spelled import word_atom
from claimwatch.extract.number_words import _K, _LANGS, _M, _MAGS, _MAX_VALUE

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


def _norm_lang(lang: str | None) -> str | None:
    if not lang or not isinstance(lang, str):
        return None
    code = lang.strip().lower()[:2]
    return code if code in _LANGS else None


def is_magnitude_word(word: str) -> bool:
    """'Milliarden', 'billion', 'millones': a word that only scales a number (never a name: 'ein Billionen-Modell')."""
    mag = _MAGS.get(word.lower())
    return mag is not None and not mag.abbr


def scales_a_number(word: str) -> bool:
    """'Milliarden', 'Mrd.', 'bn', 'millones': any word or abbreviation the number grammar reads as a magnitude."""
    return word.lower().rstrip(".") in _MAGS


def lower_in_place(text: str) -> str:
    """text lower-cased, every character kept at its offset (one that would grow stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _reference(text: str, a: Atom) -> bool:
    """'Figure 3b', 'Table 2B', 'Abschnitt 4b': a numbered part, not a count."""
    if not a.letter or a.num >= 100 or a.num.denominator != 1:
        return False
    return bool(REFERENCE_BEFORE.search(text, max(0, a.start - 16), a.start))


def _quantities(text: str, chains: list[Chain]) -> list[Quantity]:
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
            if c.kind == "single" and m.letter in ("K", "k") and RESOLUTION.match(text, m.end):
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
    chains = digit_pass(text, low, lang)
    chains += word_pass(text, low, lang, chains)
    chains.sort(key=lambda c: c.start)
    merged: list[Chain] = []
    floor = 0
    for c in chains:
        c = extend_back(text, low, c, lang, floor)
        if c.start < floor:
            continue
        if CUR_AFTER.match(text, c.end) and not c.money:
            c = c._replace(money=True)
        merged.append(c)
        floor = c.end
    found = [q for q in _quantities(text, merged) if not _vague(low, q)]
    found = _merge_rounded(found, _rounded_pass(text, low, lang))
    found = _merge_rounded(found, _scientific_pass(text))
    found = _merge_rounded(found, _article_magnitude_pass(text, low, lang))
    found = _merge_rounded(found, _elided_part_pass(text, found))
    # a suspended list's members take the place of what the other passes read there ('27-billion' alone)
    suspended = _suspended_pass(text) + _thousands_of_millions_pass(low, lang)
    return _valid(_merge_rounded(suspended, found) if suspended else found)


# the active part given with the whole's magnitude left out: 'avec 21 milliards, dont 3,6 actifs', 'hat 21 Milliarden
# Parameter, davon 3,6 aktiv', '21 billion parameters, of which 3.6 are active'
_ELIDED_PART = re.compile(
    r"(?:\s+(?:de\s+)?(?:parameters?|Parameter[n]?|paramètres|parámetros))?\s*,?\s*"
    r"(?:dont|davon|wovon|of which|of them|de los cuales|de ellos)\s+(?:(?:only|nur|seulement|solo|sólo|lediglich|just)\s+)?"
    r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?)(?=\s+(?:(?:are|sind|seien|sont|son)\s+)?(?:active|aktiv|actifs?|activos?|activas?)\b)"
)
_LEADING_NUMBER = re.compile(r"\d{1,4}(?:[.,]\d{1,2})?(?!\d)")


def _elided_part_pass(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for q in found:
        part = _ELIDED_PART.match(text, q.end) if not q.money and q.high is None else None
        lead = _LEADING_NUMBER.match(text, q.start) if part else None
        if part is None or lead is None:
            continue
        whole = float(lead.group().replace(",", "."))
        magnitude = round(q.value / whole) if whole else 0
        if magnitude < 10**6 or magnitude != 10 ** round(math.log10(magnitude)):
            continue  # not a plain 'N billion' whole
        value = round(float(part["num"].replace(",", ".")) * magnitude)
        if 0 < value < q.value:
            out.append(Quantity(part.start("num"), part.end("num"), value))
    return out


# Mexican usage writes the thousands of millions apart: 'mil 200 millones' (1,200 millones), '3 mil 500 millones'
_THOUSANDS_OF_MILLIONS = re.compile(
    r"(?<![\w.,])(?:(\d{1,3})[ \u00a0]+)?mil[ \u00a0]+(\d{1,3})[ \u00a0]+(?:millones|mill[oó]n)(?![\w])"
)


def _thousands_of_millions_pass(low: str, lang: str | None) -> list[Quantity]:
    if lang not in (None, "es") or "mil " not in low:
        return []
    return [
        Quantity(
            m.start(),
            m.end(),
            (int(m.group(1) or 1) * 1000 + int(m.group(2))) * 10**6,
            money=bool(CUR_AFTER.match(low, m.end())),
        )
        for m in _THOUSANDS_OF_MILLIONS.finditer(low)
    ]


# a list whose members leave the shared magnitude to the last: '2-, 9- and 27-billion-parameter sizes',
# '7-, 13- und 70-Milliarden-Modelle'
_SUSPENDED = re.compile(
    r"(?<![\w.,-])((?:\d{1,4}(?:[.,]\d{1,2})?-,?\s+){1,5})(?:and|or|und|oder)\s+(\d{1,4}(?:[.,]\d{1,2})?)-"
    r"(billion|million|trillion|Milliarden|Millionen)\b"
)
_SUSPENDED_MEMBER = re.compile(r"(\d{1,4}(?:[.,]\d{1,2})?)-")
_SUSPENDED_SCALE = {
    "billion": 10**9,
    "million": 10**6,
    "trillion": 10**12,
    "Milliarden": 10**9,
    "Millionen": 10**6,
}


# a range in the same style: 'in the 10- to 15-billion range', 'ein 7- bis 13-Milliarden-Modell'
_SUSPENDED_RANGE = re.compile(
    r"(?<![\w.,-])(\d{1,4}(?:[.,]\d{1,2})?)-\s+(?:to|bis)\s+(\d{1,4}(?:[.,]\d{1,2})?)-"
    r"(billion|million|trillion|Milliarden|Millionen)\b"
)


def _suspended_pass(text: str) -> list[Quantity]:
    if (
        "-, " not in text
        and "- and " not in text
        and "- und " not in text
        and "- to " not in text
        and "- bis " not in text
    ):
        return []  # most texts hold no suspended hyphen
    out = []
    for m in _SUSPENDED_RANGE.finditer(text):
        scale = _SUSPENDED_SCALE[m.group(3)]
        low, high = (int(Fraction(m.group(i).replace(",", ".")) * scale) for i in (1, 2))
        if low < high:
            out.append(Quantity(m.start(1), m.end(3), low, high))
    for m in _SUSPENDED.finditer(text):
        scale = _SUSPENDED_SCALE[m.group(3)]
        group = 10**9 + m.start()  # an id no list of the digit pass uses; _valid renumbers it
        for part in _SUSPENDED_MEMBER.finditer(text, m.start(1), m.end(1)):
            value = Fraction(part.group(1).replace(",", ".")) * scale
            out.append(Quantity(part.start(1), part.end(1), int(value), group=group))
        value = Fraction(m.group(2).replace(",", ".")) * scale
        out.append(Quantity(m.start(2), m.end(3), int(value), group=group))
    return out


# a count in scientific notation, as reference tables write it: '1.5×10^9', '1,5 · 10^9', '176×10⁹'
_SCIENTIFIC = re.compile(
    r"(?<![\w.,])(\d{1,4}(?:[.,]\d{1,3})?)\s?[×x·*]\s?10\s?(?:\^\s?(\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?!\d)"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _scientific_pass(text: str) -> list[Quantity]:
    if "^" not in text and not any(ch in text for ch in "⁶⁷⁸⁹¹"):
        return []  # most texts write no power of ten
    out = []
    for m in _SCIENTIFIC.finditer(text):
        exponent = int(m.group(2) or m.group(3).translate(_SUPERSCRIPTS))
        value = Fraction(m.group(1).replace(",", ".")) * 10**exponent
        if value.denominator == 1:
            out.append(Quantity(m.start(), m.end(), int(value), suffix=True))
    return out


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
    "huitaine": 8, "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
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
        mag = lookup_mag(word)
        if mag is None or mag.value < _M or not accepts(mag, lang):
            continue
        times = 2 if m.group(0).startswith("zwei") else 3 if m.group(0).startswith("drei") else 1
        value = times * _ROUNDED[m.group("noun")] * resolve(mag, lang, mag.langs)
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
# ('autour du billion', 'cerca del billón', 'unter der Billion': the article merged with a preposition; but
# 'franchit la barre du milliard', 'la barrera del billón' is a mark passed, not a size)
_DETERMINER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:le|son|ce|el|su|ese|die|seine|ihre|diese|"
    r"(?<!barre )(?<!seuil )(?<!cap )du|(?<!barrera )(?<!umbral )(?<!marca )del|(?<!Marke )(?<!Schwelle )der)\s+$",
    re.IGNORECASE,
)


def _article_magnitude_pass(text: str, low: str, lang: str | None) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _LONE_MAGNITUDE.finditer(low):
        if not _DETERMINER_BEFORE.search(low, max(0, m.start() - 16), m.start()):
            continue
        mag = lookup_mag(text[m.start() : m.start() + len(m.group()) - len(m.group("half") or "")])
        if mag is None or mag.plural or not accepts(mag, lang):
            continue
        value = resolve(mag, lang, mag.langs)
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
    lead = CUR_LEAD.match(s)
    pos = lead.end() if lead else 0
    end = len(s)
    after = CUR_AFTER.search(s, pos)
    if after and after.end() == end and after.start() > pos:
        end = after.start()
    atom = digit_atom(s, pos, lang) if s[pos] in "0123456789" else None
    if atom is None or atom.end != end:
        atom = word_atom(s, lower_in_place(s), pos, lang, whole=True)
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
    mag = lookup_mag(word)
    if mag is None or mag.plural or mag.abbr or not accepts(mag, lang):
        return None
    value = resolve(mag, lang, mag.langs)
    return value if value <= _MAX_VALUE else None  # German 'Quadrillion' (10^24) is past any count
