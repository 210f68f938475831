"""Numbers spelled out in words (``two hundred billion``, ``zweieinhalb Milliarden``, ``medio billón``):
read forward from a start, or back from the magnitude word that ends them."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from claimwatch.extract.number_digits import Atom, accepts, lookup_mag, resolve
from claimwatch.extract.number_patterns import (
    HALF_LANGS,
    HALF_POST,
    HALF_PRE,
    HYPHEN_CHARS,
    THOUSAND_WORD,
    WSEP,
    WTOK,
    WTOK_DIGITS,
)
from claimwatch.extract.number_words import _ALL, _DOTTED, _K, _M, _MAGS, _MORPHEMES, _NUMS, _Mag, _Piece

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

    def _french(self) -> bool:
        return self.lang == "fr" or (self.lang is None and self.langs is not None and "fr" in self.langs)

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
        if last == 10 and 7 <= v <= 9 and self.kind == "n" and self._french():
            return True  # French 'dix-sept', 'dix-huit', 'dix-neuf'
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
        if self.joined or not accepts(mag, self.lang) or not self._speaks(mag.langs, scale=True):
            return False
        value = resolve(mag, self.lang, self.langs)
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
    half = HALF_PRE.match(low, pos)
    if half:
        return _read_half(text, low, half, lang)
    ev = _WordNumber(lang)
    found: _Readings = {}
    p = pos
    token = WTOK_DIGITS if digits else WTOK
    for _ in range(40):
        tok = token.match(low, p)
        e = _read_token(text, low, tok, ev, lang) if tok else None
        if e is None:
            break
        e = _after_token(low, e, ev, found)
        sep = WSEP.match(low, e)
        if sep is None:
            break
        p = sep.end()
    return found, ev.langs


def _read_token(text: str, low: str, tok: re.Match[str], ev: _WordNumber, lang: str | None) -> int | None:
    word, e = tok.group(), tok.end()
    if word[0].isdecimal():
        return e if ev.feed(_Piece("n", Fraction(int(word)), _ALL)) else None
    mag = lookup_mag(text[tok.start() : e])
    if mag is not None:
        if not ev.scale(mag, word):
            return None
        return e + 1 if word in _DOTTED and low.startswith(".", e) else e
    pieces = _pieces(word, lang)
    if pieces is None:
        return None
    for piece in pieces:
        if piece.kind == "s":
            if not ev.scale(_MAGS[THOUSAND_WORD[min(piece.langs)]], word):
                return None
        elif not ev.feed(piece):
            return None
    return e


def _after_token(low: str, e: int, ev: _WordNumber, found: _Readings) -> int:
    """Record the readings that may end after this token; take a following 'and a half'."""
    if ev.kind in ("s", "n"):
        hp = HALF_POST.match(low, e)
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
    sep = WSEP.match(low, pos)
    tok = WTOK.match(low, sep.end()) if sep else None
    mag = _MAGS.get(tok.group()) if tok else None
    if tok is None or mag is None or mag.abbr or not accepts(mag, ev.lang):
        return None, 0
    value = resolve(mag, ev.lang, ev.langs)
    return (value, tok.end()) if value < ev.scales[-1] else (None, 0)


def _read_half(
    text: str, low: str, half: re.Match[str], lang: str | None
) -> tuple[_Readings, frozenset[str] | None]:
    """'half a trillion', 'eine halbe Million', 'un demi-milliard', 'medio billón', 'a quarter trillion'."""
    langs = frozenset(HALF_LANGS[next(k for k in HALF_LANGS if half.group(k))].split())
    tok = WTOK.match(low, half.end())
    mag = lookup_mag(text[tok.start() : tok.end()]) if tok else None
    if tok is None or mag is None or not accepts(mag, lang):
        return {}, None
    spoken = langs & mag.langs
    if (lang is not None and lang not in langs) or (lang is None and not spoken):
        return {}, None
    value = resolve(mag, lang, spoken)
    end = tok.end() + (1 if tok.group() in _DOTTED and low.startswith(".", tok.end()) else 0)
    reading = _Reading(end, (Fraction(1, 4) if half.group("q") else Fraction(1, 2)) * value, value)
    return {"scale": reading, "whole": reading}, spoken


def word_atom(
    text: str, low: str, pos: int, lang: str | None, *, bare: bool = False, whole: bool = False
) -> Atom | None:
    """The number written in words at pos: up to its last magnitude word (running text), the whole
    expression (whole), or a bare number that a later magnitude may complete (bare)."""
    found, langs = _read_words(text, low, pos, lang, digits=whole)
    r = found.get("whole" if whole else "scale") or (found.get("bare") if bare else None)
    if r is None or not r.value:
        return None
    if r.mag is None:
        return Atom(pos, r.end, r.value, None, langs=langs, word=True)
    of = MILLIONS_OF.match(low, r.end) if r.mag == _M and lang in (None, "es") else None
    if of is not None:  # 'un millón de millones', 'dos millones de millones': Spanish for 10^12
        return Atom(pos, of.end(), r.value / r.mag, _M * _M, langs=langs, word=True)
    return Atom(pos, r.end, r.value / r.mag, r.mag, langs=langs, word=True)


MILLIONS_OF = re.compile(r"\s{1,3}de\s{1,3}millones\b")


# ---------------------------------------------------------------------------------------------------
# Back from a magnitude word (the word pass)
# ---------------------------------------------------------------------------------------------------


def anchored_word_atom(text: str, low: str, m: re.Match[str], lang: str | None, floor: int) -> Atom | None:
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
        atom = word_atom(text, low, s, lang)
        if atom is not None and atom.end >= m.end():
            return _spoken_decimal(text, low, atom, m.start(), lang, floor) or atom
    return None


DECIMAL_WORDS = frozenset({"point", "komma", "virgule", "coma", "punto", "virgola", "vírgula"})


def _spoken_decimal(
    text: str, low: str, atom: Atom, mag_start: int, lang: str | None, floor: int
) -> Atom | None:
    """'drei Komma acht Milliarden', 'one point seven six trillion', 'deux virgule cinq milliards': the words
    before the decimal word are the whole part, each word after it gives its digits ('seventy-one': 71)."""
    words, q = [], mag_start
    while len(words) < 4:
        prev = _prev_word(low, q, floor)
        if prev is None:
            return None
        word = low[prev:q].rstrip(_SEP_CHARS)
        if word in DECIMAL_WORDS:
            break
        words.append(word)
        q = prev
    else:
        return None
    if not words:
        return None
    each = [_digits_of(w, lang) for w in reversed(words)]
    if all(d is not None and len(d) == 1 for d in each):  # 'seven six', 'nought four'
        digits = "".join(each)  # type: ignore[arg-type]
    else:  # one number in several words: 'seventy-one', 'cinquante deux'
        found, _langs = _read_words(text, low, q, lang)
        bare = found.get("bare")
        digits = (
            str(int(bare.value))
            if bare and bare.end == _end_before(low, mag_start, q) and bare.value < 100
            else "x"
        )
    whole = _whole_before(text, low, prev, lang, floor)
    if not digits.isdecimal() or whole is None:
        return None
    num = whole[1] + Fraction(int(digits), 10 ** len(digits))
    return Atom(whole[0], atom.end, num, atom.mag, langs=atom.langs, word=True)


def _end_before(low: str, pos: int, floor: int) -> int:
    """Where the word before pos ends: pos less the spaces or hyphens in between."""
    while pos > floor and low[pos - 1] in _SEP_CHARS:
        pos -= 1
    return pos


def _digits_of(word: str, lang: str | None) -> str | None:
    pieces = _pieces(word, lang)
    if word in ("zero", "null", "zéro", "cero", "nought", "naught"):
        return "0"
    ev = _WordNumber(lang)
    if pieces is None or not all(p.kind != "s" and ev.feed(p) for p in pieces) or ev.scales:
        return None
    value = ev.total + ev.cur
    return str(int(value)) if value == int(value) and 0 <= value < 100 else None


def _whole_before(
    text: str, low: str, point: int, lang: str | None, floor: int
) -> tuple[int, Fraction] | None:
    """The number in words that ends right before the decimal word at `point`: its start and value."""
    end, q, best = _end_before(low, point, floor), point, None
    for _ in range(4):
        prev = _prev_word(low, q, floor)
        if prev is None or not _may_count(low[prev:q].rstrip(_SEP_CHARS), lang):
            break
        q = prev
        found, _langs = _read_words(text, low, q, lang)
        bare = found.get("bare")
        if bare is not None and bare.end == end:
            best = (q, bare.value)
    return best


_SEP_CHARS = " \t\n\r\u00a0\u202f\u2009\u2007" + HYPHEN_CHARS


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
