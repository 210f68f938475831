"""The number grammar's vocabulary: magnitude words, number words and compound-numeral morphemes in
en/de/fr/es/it/nl/pt, as tables `numbers` and its `number_*` modules read. Pure data built at import."""

from __future__ import annotations

from fractions import Fraction
from typing import NamedTuple

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")
_LONG_SCALE = frozenset({"de", "fr"})  # where English-spelt billion/trillion are 1e12/1e18
_MAX_VALUE = 10**18
_MAX_DIGITS = 24
# Spanish news from the Americas groups thousands with commas ("175,000 millones") as often as Spain
# does with points, and a three-decimal figure before "millones" is rare, so Spanish accepts both.
_THOUSANDS_SEP = {"en": ",'", "es": ".,'"}  # other languages: ".'"


class _Mag(NamedTuple):
    value: int
    langs: frozenset[str]
    plural: bool
    long: int | None  # the value on the long scale (de, fr)
    abbr: bool
    deny: frozenset[str]  # languages in which the word is not a magnitude
    explicit: bool  # a magnitude only when lang is given and one of langs


_MAGS: dict[str, _Mag] = {}


def _mag(
    words: str,
    value: int,
    langs: str,
    *,
    plural: bool = False,
    long: int | None = None,
    abbr: bool = False,
    deny: str = "",
    explicit: bool = False,
) -> None:
    for w in words.split():
        _MAGS[w] = _Mag(
            value, frozenset(langs.split()), plural, long, abbr, frozenset(deny.split()), explicit
        )


_K, _M, _G, _T, _P, _E = 10**3, 10**6, 10**9, 10**12, 10**15, 10**18
# English and shared spellings
_mag("thousand", _K, "en")
_mag("million", _M, "en fr de")
_mag("millions", _M, "en fr", plural=True)
_mag("billion", _G, "en fr de", long=_T)
_mag("billions", _G, "en fr", plural=True, long=_T)
_mag("trillion", _T, "en fr de", long=_E)
_mag("trillions", _T, "en fr", plural=True, long=_E)
_mag("quadrillion", _P, "en", long=10**24)
_mag("quadrillions", _P, "en", plural=True, long=10**24)
_mag("bn", _G, "en", abbr=True)
_mag("tn", _T, "en", abbr=True)
_mag("mn", _M, "en", abbr=True, deny="fr")
_mag("bln", _G, "en", abbr=True)  # wire style: '480 bln parameters', '$290 mln'
_mag("trln", _T, "en", abbr=True)
# German
_mag("tausend", _K, "de")
_mag("tsd", _K, "de", abbr=True)
_mag("millionen", _M, "de", plural=True)
_mag("mio", _M, "de", abbr=True)
_mag("milliarde", _G, "de")
_mag("milliarden", _G, "de", plural=True)
_mag("mrd", _G, "de", abbr=True)
_mag("mia", _G, "de", abbr=True)  # Swiss: '70 Mia. Parameter'
_mag("billionen", _T, "de", plural=True)
_mag("bio", _T, "de", abbr=True)
_mag("billiarde", _P, "de")
_mag("billiarden", _P, "de", plural=True)
_mag("trillionen", _E, "de", plural=True)
# French
_mag("mille", _K, "fr it", deny="en")
_mag("milliard", _G, "fr en")
_mag("milliards", _G, "fr", plural=True)
_mag("md mds", _G, "fr", abbr=True)
_mag("billiard", _P, "fr", explicit=True)
_mag("billiards", _P, "fr", plural=True, explicit=True)
# Spanish
_mag("mil", _K, "es pt", deny="en")
_mag("millón millon", _M, "es")
_mag("millones", _M, "es", plural=True)
_mag("millardo", _G, "es")
_mag("millardos", _G, "es", plural=True)
_mag("billón billon", _T, "es")
_mag("billones", _T, "es", plural=True)
_mag("trillón trillon", _E, "es")
_mag("trillones", _E, "es", plural=True)
# Italian
_mag("mila", _K, "it", deny="en")
_mag("milione", _M, "it")
_mag("milioni", _M, "it", plural=True)
_mag("mln", _M, "it nl en", abbr=True)
_mag("miliardo", _G, "it")
_mag("miliardi", _G, "it", plural=True)
_mag("mld", _G, "it nl", abbr=True)
_mag("bilione", _T, "it")
_mag("bilioni", _T, "it", plural=True)
_mag("trilione", _E, "it")
_mag("trilioni", _E, "it", plural=True)
# Dutch
_mag("duizend", _K, "nl")
_mag("miljoen", _M, "nl")
_mag("miljoenen", _M, "nl", plural=True)
_mag("miljard", _G, "nl")
_mag("miljarden", _G, "nl", plural=True)
_mag("biljoen", _T, "nl")
_mag("biljoenen", _T, "nl", plural=True)
_mag("biljard", _P, "nl")
_mag("biljarden", _P, "nl", plural=True)
_mag("triljoen", _E, "nl")
# Portuguese
_mag("milhão milhao", _M, "pt")
_mag("milhões milhoes", _M, "pt", plural=True)
_mag("bilhão bilhao", _G, "pt")
_mag("bilhões bilhoes", _G, "pt", plural=True)
_mag("bilião biliao", _T, "pt")
_mag("biliões bilioes", _T, "pt", plural=True)
_mag("trilhão trilhao", _T, "pt")
_mag("trilhões trilhoes", _T, "pt", plural=True)
_mag("trilião triliao", _E, "pt")
_mag("triliões trilioes", _E, "pt", plural=True)
_mag("mi", _M, "pt", abbr=True, deny="en de fr es it nl")
_mag("bi", _G, "pt", abbr=True, deny="en de fr es it nl")
_mag("tri", _T, "pt", abbr=True, deny="en de fr es it nl")

# Chinese, Japanese and Korean units that machine translation leaves glued to the digits: '6710亿' (671
# billion), '1万亿', '1兆' (10^12), '67억' (6.7 billion), '1조'
_LETTERS = {
    "K": _K,
    "k": _K,
    "M": _M,
    "B": _G,
    "b": _G,
    "T": _T,
    "亿": 10**8,
    "億": 10**8,
    "万亿": _T,
    "억": 10**8,
    "兆": _T,
    "조": _T,
}
_ALL = frozenset(_LANGS)
_CASED = {"md": ("Md",), "mds": ("Mds",), "bio": ("Bio",), "mia": ("Mia",)}  # only with this capitalisation
_DOTTED = frozenset(
    {"mrd", "mia", "mio", "tsd", "mld", "mln", "bln", "trln", "bio", "md", "mds"}
)  # may end with "."


class _Piece(NamedTuple):
    kind: str  # n number, h hundred, s scale, j joiner, a article "a/an", x half (compound)
    value: Fraction
    langs: frozenset[str]
    compound: bool = False
    one: bool = False  # the word "one"/"ein"/"un"… (an article when the scale is plural)


_NUMS: dict[str, _Piece] = {}


def _words(lang: str, kind: str, table: dict[int | Fraction, str], *, one: bool = False) -> None:
    for value, words in table.items():
        for w in words.split():
            prev = _NUMS.get(w)
            langs = frozenset({lang}) | (prev.langs if prev else frozenset())
            is_one = one and value == 1 and w != "eins"  # 'eins' counts, never stands as an article
            _NUMS[w] = _Piece(kind, Fraction(value), langs, False, is_one or bool(prev and prev.one))


_UNITS: dict[str, dict[int | Fraction, str]] = {
    "en": {
        1: "one",
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
        11: "eleven",
        12: "twelve",
        13: "thirteen",
        14: "fourteen",
        15: "fifteen",
        16: "sixteen",
        17: "seventeen",
        18: "eighteen",
        19: "nineteen",
        20: "twenty",
        30: "thirty",
        40: "forty",
        50: "fifty",
        60: "sixty",
        70: "seventy",
        80: "eighty",
        90: "ninety",
    },
    "de": {
        1: "ein eine einen einer eines eins",
        2: "zwei zwo",
        3: "drei",
        4: "vier",
        5: "fünf fuenf",
        6: "sechs",
        7: "sieben",
        8: "acht",
        9: "neun",
        10: "zehn",
        11: "elf",
        12: "zwölf zwoelf",
        13: "dreizehn",
        14: "vierzehn",
        15: "fünfzehn fuenfzehn",
        16: "sechzehn",
        17: "siebzehn",
        18: "achtzehn",
        19: "neunzehn",
        20: "zwanzig",
        30: "dreißig dreissig",
        40: "vierzig",
        50: "fünfzig fuenfzig",
        60: "sechzig",
        70: "siebzig",
        80: "achtzig",
        90: "neunzig",
        Fraction(3, 2): "anderthalb",
    },
    "fr": {
        1: "un une",
        2: "deux",
        3: "trois",
        4: "quatre",
        5: "cinq",
        6: "six",
        7: "sept",
        8: "huit",
        9: "neuf",
        10: "dix",
        11: "onze",
        12: "douze",
        13: "treize",
        14: "quatorze",
        15: "quinze",
        16: "seize",
        20: "vingt vingts",
        30: "trente",
        40: "quarante",
        50: "cinquante",
        60: "soixante",
        70: "septante",  # Belgian and Swiss French
        80: "huitante octante",
        90: "nonante",
    },
    "es": {
        1: "un uno una",
        2: "dos",
        3: "tres",
        4: "cuatro",
        5: "cinco",
        6: "seis",
        7: "siete",
        8: "ocho",
        9: "nueve",
        10: "diez",
        11: "once",
        12: "doce",
        13: "trece",
        14: "catorce",
        15: "quince",
        16: "dieciséis dieciseis",
        17: "diecisiete",
        18: "dieciocho",
        19: "diecinueve",
        20: "veinte",
        21: "veintiuno veintiún veintiun veintiuna",
        22: "veintidós veintidos",
        23: "veintitrés veintitres",
        24: "veinticuatro",
        25: "veinticinco",
        26: "veintiséis veintiseis",
        27: "veintisiete",
        28: "veintiocho",
        29: "veintinueve",
        30: "treinta",
        40: "cuarenta",
        50: "cincuenta",
        60: "sesenta",
        70: "setenta",
        80: "ochenta",
        90: "noventa",
        200: "doscientos doscientas",
        300: "trescientos trescientas",
        400: "cuatrocientos cuatrocientas",
        500: "quinientos quinientas",
        600: "seiscientos seiscientas",
        700: "setecientos setecientas",
        800: "ochocientos ochocientas",
        900: "novecientos novecientas",
    },
    "it": {
        1: "uno un una",
        2: "due",
        3: "tre",
        4: "quattro",
        5: "cinque",
        6: "sei",
        7: "sette",
        8: "otto",
        9: "nove",
        10: "dieci",
        11: "undici",
        12: "dodici",
        13: "tredici",
        14: "quattordici",
        15: "quindici",
        16: "sedici",
        17: "diciassette",
        18: "diciotto",
        19: "diciannove",
        20: "venti",
        30: "trenta",
        40: "quaranta",
        50: "cinquanta",
        60: "sessanta",
        70: "settanta",
        80: "ottanta",
        90: "novanta",
    },
    "nl": {
        1: "een één",
        2: "twee",
        3: "drie",
        4: "vier",
        5: "vijf",
        6: "zes",
        7: "zeven",
        8: "acht",
        9: "negen",
        10: "tien",
        11: "elf",
        12: "twaalf",
        13: "dertien",
        14: "veertien",
        15: "vijftien",
        16: "zestien",
        17: "zeventien",
        18: "achttien",
        19: "negentien",
        20: "twintig",
        30: "dertig",
        40: "veertig",
        50: "vijftig",
        60: "zestig",
        70: "zeventig",
        80: "tachtig",
        90: "negentig",
        Fraction(3, 2): "anderhalf",
    },
    "pt": {
        1: "um uma hum",
        2: "dois duas",
        3: "três tres",
        4: "quatro",
        5: "cinco",
        6: "seis",
        7: "sete",
        8: "oito",
        9: "nove",
        10: "dez",
        11: "onze",
        12: "doze",
        13: "treze",
        14: "catorze quatorze",
        15: "quinze",
        16: "dezesseis dezasseis",
        17: "dezessete dezassete",
        18: "dezoito",
        19: "dezenove dezanove",
        20: "vinte",
        30: "trinta",
        40: "quarenta",
        50: "cinquenta",
        60: "sessenta",
        70: "setenta",
        80: "oitenta",
        90: "noventa",
        200: "duzentos duzentas",
        300: "trezentos trezentas",
        400: "quatrocentos quatrocentas",
        500: "quinhentos quinhentas",
        600: "seiscentos seiscentas",
        700: "setecentos setecentas",
        800: "oitocentos oitocentas",
        900: "novecentos novecentas",
    },
}
_HUNDREDS = {
    "en": "hundred",
    "de": "hundert",
    "fr": "cent cents",
    "es": "cien ciento",
    "it": "cento",
    "nl": "honderd",
    "pt": "cem cento",
}
_JOINERS = {"en": "and", "de": "und", "fr": "et", "es": "y", "it": "e", "nl": "en", "pt": "e"}

for _lang, _table in _UNITS.items():
    _words(_lang, "n", _table, one=True)
    _words(_lang, "h", {100: _HUNDREDS[_lang]})
    if _lang in _JOINERS:
        _words(_lang, "j", {0: _JOINERS[_lang]})
_words("en", "a", {1: "a an"})

# Morphemes of one-word compounds (German, Dutch, Italian): "dreihundertfünfzig", "drieënvijftig".
_MORPHEMES: dict[str, list[tuple[str, _Piece]]] = {}


def _morphemes(lang: str, table: dict[str, tuple[str, Fraction | int]]) -> None:
    items = [(w, _Piece(k, Fraction(v), frozenset({lang}), True)) for w, (k, v) in table.items()]
    _MORPHEMES[lang] = sorted(items, key=lambda item: -len(item[0]))


def _morph_table(
    lang: str, extra: dict[str, tuple[str, Fraction | int]]
) -> dict[str, tuple[str, Fraction | int]]:
    table: dict[str, tuple[str, Fraction | int]] = {}
    for value, words in _UNITS[lang].items():
        for w in words.split():
            table[w] = ("n", value)
    table.update(extra)
    return table


_morphemes(
    "de",
    _morph_table(
        "de", {"hundert": ("h", 100), "tausend": ("s", _K), "und": ("j", 0), "einhalb": ("x", Fraction(1, 2))}
    ),
)
_morphemes(
    "nl",
    _morph_table(
        "nl",
        {
            "honderd": ("h", 100),
            "duizend": ("s", _K),
            "en": ("j", 0),
            "ën": ("j", 0),
            "half": ("x", Fraction(1, 2)),
        },
    ),
)
_morphemes(
    "it",
    _morph_table(
        "it",
        {
            "cento": ("h", 100),
            "cent": ("h", 100),
            "mille": ("s", _K),
            "mila": ("s", _K),
            "vent": ("n", 20),
            "trent": ("n", 30),
            "quarant": ("n", 40),
            "cinquant": ("n", 50),
            "sessant": ("n", 60),
            "settant": ("n", 70),
            "ottant": ("n", 80),
            "novant": ("n", 90),
            "tré": ("n", 3),
        },
    ),
)
