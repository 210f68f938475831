"""Numbers written in digits: separator conventions, magnitude words after them (``7B``, ``3,8 Mrd.``,
``175.000 millones``), and ``Atom``, the one number with its magnitude that every pass builds."""

from __future__ import annotations

import re
from fractions import Fraction

from claimwatch.extract.number_patterns import (
    MORE_DIGITS,
    MULT,
    PLAIN,
    SPACE_CHARS,
    SPACED,
    TAIL,
)
from claimwatch.extract.number_words import (
    _CASED,
    _K,
    _LETTERS,
    _LONG_SCALE,
    _M,
    _MAGS,
    _MAX_DIGITS,
    _THOUSANDS_SEP,
    _Mag,
)


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
    parts = re.split(rf"[{SPACE_CHARS}]", s)
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
    if any(ch in SPACE_CHARS for ch in s):
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


class Atom:
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

    def take_magnitude(self, other: Atom) -> bool:
        """Give a bare member the magnitude written on a later one ('7 to 65 billion')."""
        if self.raw is not None:
            parsed = _numeral(self.raw, other.conv)
            if parsed is None:
                return False
            self.num = parsed[0]
        self.mag, self.langs, self.conv = other.mag, other.langs, other.conv
        return True


def accepts(mag: _Mag, lang: str | None) -> bool:
    if lang is None:
        return not mag.explicit
    return lang not in mag.deny and (not mag.explicit or lang in mag.langs)


def resolve(mag: _Mag, lang: str | None, langs: frozenset[str] | None) -> int:
    eff = lang or _conv(None, langs)
    return mag.long if mag.long is not None and eff in _LONG_SCALE else mag.value


def lookup_mag(word: str) -> _Mag | None:
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
    mag = lookup_mag(word) if word else None
    if mag is None or not accepts(mag, lang):
        return None
    value, langs, end = resolve(mag, lang, mag.langs), mag.langs, t.end("mag")
    if mag.long is not None and value == mag.long and _english_here(t, word, lang):
        value = mag.value  # 'a 12-billion-parameter model' quoted in German or French text
    suffix = mag.abbr and t.group("sep") == ""
    two = lookup_mag(t.group("mag2")) if t.group("mag2") else None
    if t.group("of"):
        if two is not None and mag.value == two.value == _M and not mag.abbr and accepts(two, lang):
            value, end = _M * _M, t.end("mag2")  # '1,8 millones de millones': Spanish for 10^12
    elif two is not None and mag.value == _K and accepts(two, lang) and not mag.abbr:
        value, langs, end = _K * resolve(two, lang, two.langs), two.langs, t.end("mag2")
    if t.group("hundred"):
        value *= 100  # '4800 hundred million': Chinese 亿 (10^8) as machine translation writes it
    return value, langs, suffix, end


# 'parameters', or a French noun without the 'de' French needs after 'billion' ('1,76 billion paramètres': a calque)
_ENGLISH_AFTER = re.compile(
    r"[-‐‑]parameter|\s+(?:(?:active|activated|total|trainable)\s+)?(?:parameters?|params|tokens)\b|\s+paramètres\b"
)


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
    return (start > 0 and text[start - 1] == "+") or bool(MORE_DIGITS.match(text, end))


def digit_atom(text: str, pos: int, lang: str | None) -> Atom | None:
    m = MULT.match(text, pos)
    if m:
        inner = _plain_digit_atom(text, m.end(), lang)
        factor = int(m.group(1))
        if inner is not None and inner.mag is not None and factor >= 2:
            inner.start, inner.mult = pos, factor
            return inner
    return _plain_digit_atom(text, pos, lang)


def _plain_digit_atom(text: str, pos: int, lang: str | None) -> Atom | None:
    spaced = SPACED.match(text, pos)
    if spaced and not _phone_like(text, pos, spaced.end()):
        atom = _finish_digits(text, pos, spaced.end(), lang, True)
        if atom is not None:
            return atom
    plain = PLAIN.match(text, pos)
    return _finish_digits(text, pos, plain.end(), lang, False) if plain else None


_SPACED_M = re.compile(r"[ \u00a0\u202f]M(?![\w.])")
_LOWER_M_PARAMS = re.compile(r"m(?=\s+(?:parameters?|params|Parameter\w*|paramètres|parámetros)\b)")
_SPACED_M_LANGS = frozenset(("es", "fr", "it", "pt"))
_SPACED_M_LISTED = re.compile(r"[ \u00a0\u202f]M(?=\s*(?:,\s*\d|(?:et|y|ou|o|à|a|e)\s+\d|de\s+par[aáâ]m))")


def _finish_digits(text: str, pos: int, num_end: int, lang: str | None, spaced: bool) -> Atom | None:
    raw = text[pos:num_end]
    t = TAIL.match(text, num_end)
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
    if (
        mag is None
        and lang in _SPACED_M_LANGS
        and ((groups and not has_frac) or _SPACED_M_LISTED.match(text, num_end))
    ):
        # '671.000 M en total': Spanish and French write millions so (and '135 M, 360 M et 1,7 Md' in a list)
        m = _SPACED_M.match(text, num_end)
        if m:
            return Atom(pos, m.end(), num, _M, raw=raw, conv=conv, suffix=True, letter="M")
    if mag is None:
        lower_m = _LOWER_M_PARAMS.match(text, num_end)
        if lower_m:  # British '66m parameters': the letter m is millions only before the word parameters
            return Atom(pos, lower_m.end(), num, _M, raw=raw, conv=conv, suffix=True, letter="m")
        end = t.end("plus1") if plus and t else num_end
        return Atom(pos, end, num, None, raw=raw, conv=conv, plus=plus, big=groups >= 2 and not has_frac)
    value, langs, suffix, end = mag
    if t and t.group("half") and not t.group("letter") and t.end("half") > end:
        num, end = num + Fraction(1, 2), t.end("half")
    if t and t.group("plus2"):
        plus, end = True, t.end("plus2")
    letter = t.group("letter") if t else None
    return Atom(
        pos, end, num, value, raw=raw, langs=langs, conv=conv, suffix=suffix, letter=letter, plus=plus
    )
