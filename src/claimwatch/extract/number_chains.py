"""Chains of atoms: one amount, a range (``7-65B``, ``between five and 50 trillion``) or a list (``7B, 13B
and 70B``); and the digit and word passes that find them in text."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from claimwatch.extract.number_digits import Atom, digit_atom
from claimwatch.extract.number_patterns import (
    ANCHORS,
    BACK_COMMA,
    BACK_CONN,
    BETWEEN,
    CONN,
    CONN_KIND,
    CONN_LANGS,
    CUR_BEFORE,
    HYPHEN_CHARS,
    INTRO,
    MASTER,
    NAME_BEFORE,
    NEEDS_LANG,
    SENTENCE_START,
)
from claimwatch.extract.number_spelled import anchored_word_atom, word_atom
from claimwatch.extract.number_words import _ALL, _NUMS


class Chain(NamedTuple):
    kind: str  # single, range, list
    members: list[Atom]
    start: int
    end: int
    money: bool


def _atom(text: str, low: str, pos: int, lang: str | None, *, words: bool) -> Atom | None:
    if pos >= len(text):
        return None
    ch = text[pos]
    if ch.isdigit():
        return digit_atom(text, pos, lang) if ch in "0123456789" else None
    if words and ch.isalpha():
        return word_atom(text, low, pos, lang, bare=True)
    return None


def _connector(c: re.Match[str], lang: str | None) -> str | None:
    """The kind of a matched connector (range, and, or, comma, slash), None if not one in this language."""
    if c.group("hto"):
        return "range"
    if c.group("dash"):
        # 'Mistral 7B — 7,3 milliards de paramètres', 'Mistral 7B —7.300 millones—': an em dash spaced on either
        # side sets off an aside, not a range's end
        spaced = c.start("dash") > c.start() or c.end("dash") < c.end()
        return None if spaced and c.group("dash") == "\u2014" else "range"
    if c.group("slash"):
        return "slash"
    word = (c.group("cw") or c.group("w") or "").lower()
    if c.group("comma") and not word:
        return "comma"
    if word in NEEDS_LANG and lang != "nl":
        return None
    if lang is not None and word != "&" and lang not in CONN_LANGS.get(word, _ALL):
        return None
    kind = CONN_KIND.get(word)
    if c.group("comma"):
        return "or" if kind in ("and", "or") else None
    return kind


def _year_like(a: Atom) -> bool:
    return a.raw is not None and a.raw.isdigit() and len(a.raw) == 4 and 1900 <= int(a.raw) <= 2100


def _intro(text: str, start: int) -> re.Match[str] | None:
    return INTRO.search(text[max(0, start - 24) : start]) if start else None


# German capitalises every noun: 'in den Größen 7, 13 und 70 Milliarden' names no model
_SIZE_NOUNS = frozenset(
    "größen grössen modellgrößen varianten versionen ausführungen stufen sizes versions variants tailles "
    "variantes tamaños versiones".split()
)


def _hyphen_glued(text: str, s: int) -> bool:
    return s >= 2 and text[s - 1] in HYPHEN_CHARS and text[s - 2].isalnum()


def _name_glued(text: str, a: Atom, strict: bool = False) -> bool:
    """A bare number that belongs to a name before it: 'Llama-2-70b', 'Llama 2-70B', 'Phi-2 and 3.8B'.

    The word before counts as a name when it holds a digit or an inner capital ('GPT', 'LLaMA') or is
    capitalised in mid-sentence ('Meta's Llama 2 and 70B'); 'Versions 7, 13 and 70 billion' at the start
    of a sentence is not a name. Strict (dash ranges): any capitalised word is a name ('Llama 2-70B').
    """
    s = a.start
    if _hyphen_glued(text, s):
        return True
    m = NAME_BEFORE.search(text, max(0, s - 40), s)
    if not m:
        return False
    tok = m.group(1)
    if tok[-1] in ":,;([{\"'“„«" or not tok[0].isalnum() or tok.lower() in _SIZE_NOUNS:
        return False
    if any(ch.isdigit() for ch in tok) or any(ch.isupper() for ch in tok[1:]):
        return True
    return tok[0].isupper() and (
        strict or not SENTENCE_START.search(text, max(0, m.start(1) - 6), m.start(1))
    )


def _range(text: str, a: Atom, b: Atom, dash: bool) -> bool:
    """Make a and b a range if they can be one (b scaled, a bare or scaled, a < b)."""
    if not b.scaled or a.mult or b.mult:
        return False
    # 'Brisant-4 à 400 milliards': the number of a hyphenated name starts no range
    # (nor does a version after a name with no 'from' before it: 'a plafonné Llama 3.1 à 405 milliards')
    glued = (
        _name_glued(text, a, strict=True)
        if dash
        else _hyphen_glued(text, a.start) or (_intro(text, a.start) is None and _name_glued(text, a))
    )
    bare_low_refused = _year_like(a) or glued
    bare = not a.scaled
    saved = (a.num, a.mag, a.langs, a.conv)
    if bare and (bare_low_refused or not a.take_magnitude(b)):
        return False
    if bare and _in_thousands_of_millions(a, b):
        a.num = a.num * 1000
    if a.mag == 10**3 and b.mag == 10**9 and text[a.end - 3 : a.end].lower() == "mil":
        a.mag = b.mag  # 'entre 100 mil y 120 mil millones': the low end's 'mil' shares the 'millones'
    lo, hi = a.value, b.value
    if lo is not None and hi is not None and 0 < lo < hi:
        return True
    a.num, a.mag, a.langs, a.conv = saved  # 'Platz 4 – 1318 – 671 Mrd.': no range, and 1318 stays bare
    return False


def _in_thousands_of_millions(a: Atom, b: Atom) -> bool:
    """'de 0,5 a 72.000 millones', 'de 7 a 70.000 millones': a high end in thousands of millions, and a low end said
    in the same thousands ('0,5' is 500 millones, not half a million)."""
    if a.word or b.word or b.mag != 10**6 or b.num < 1000 or not 0 < a.num < 1000 or a.num * 1000 > b.num:
        return False
    return a.value is not None and b.value is not None and b.value / a.value >= 10_000


def _chain(text: str, low: str, first: Atom, lang: str | None, floor: int) -> Chain | None:
    """The range, list or single amount that starts with first."""
    return _chain_from(text, low, first, lang, floor)[0]


def _chain_from(text: str, low: str, first: Atom, lang: str | None, floor: int) -> tuple[Chain | None, int]:
    """The chain starting with first, and where to look for the next one if there is none: past a run
    of bare numbers ('7 and 7 and 7 …') no chain can start, which keeps long runs linear."""
    members, seps = [first], []
    pos = first.end
    money = False
    stepped = False
    for _ in range(16):
        c = CONN.match(text, pos)
        kind = _connector(c, lang) if c else None
        if (c is None or kind is None) and len(members) == 1:
            c, kind = _past_parameter_word(text, pos, first, lang)
        if c is None and len(members) == 1 and _intro_word(text, first.start) in FROM_WORDS:
            # 'von 8B über 70B bis 405B', 'from 8B through 70B to 405B': three sizes, not a range from 70B
            c = STEP_THROUGH.match(text, pos)
            kind, stepped = ("and", True) if c else (None, False)
        if c is None or kind is None:
            break
        if stepped and kind == "range":
            kind = "and"
        # a, à, y, e, o: words only after words, or in 'entre 500.000 millones y dos billones'
        single = len((c.group("w") or "").strip()) == 1
        words = first.word or not (single or c.group("cur")) or (single and _between(text, first.start))
        nxt = _atom(text, low, c.end(), lang, words=words)
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


def _past_parameter_word(
    text: str, pos: int, first: Atom, lang: str | None
) -> tuple[re.Match[str] | None, str | None]:
    """'von 39 Millionen Parametern (tiny) bis 1,55 Milliarden', 'from 39 million parameters to 1.55 billion': a
    range whose low end takes the parameter word (after 'from', 'von', 'de', 'entre' ...)."""
    word = PARAMETER_WORD_AFTER.match(text, pos)
    if word is None or _intro(text, first.start) is None or NAMED_IN_BRACKETS.match(text, word.end()):
        return None, None  # (not 'von 2 Milliarden Parametern (Mistral Small) bis 90 Milliarden': two models)
    c = CONN.match(text, word.end())
    kind = _connector(c, lang) if c else None
    if c is None or OTHER_UNIT_SOON.match(text, c.end()):
        return None, None  # 'from 7 billion parameters to 2 trillion tokens' sets two counts side by side
    return (c, kind) if kind == "range" or (kind == "and" and _between(text, first.start)) else (None, None)


# a bracket that names a model ('(Mistral Small)', '(Ministral 3B)'), not a tier's label ('(tiny)')
NAMED_IN_BRACKETS = re.compile(r"\s*[(（](?:[^()（）\n]*\d|[A-ZÀ-ÖØ-Þ])")
OTHER_UNIT_SOON = re.compile(
    r"[^.;:\n]{0,25}?\b(?:tokens?|Token|jetons?|dollars?|Dollar|euros?|GPUs?|users?|Nutzer|usuarios|utilisateurs)\b",
    re.IGNORECASE,
)


PARAMETER_WORD_AFTER = re.compile(
    r"\s{1,3}(?:de\s+)?(?:parameters?|Parametern?|paramètres|parámetros|parametri)(?=[\s(])", re.IGNORECASE
)


def _intro_word(text: str, start: int) -> str | None:
    m = _intro(text, start)
    return m.group("w").lower() if m else None


FROM_WORDS = frozenset({"from", "von", "vom", "de", "desde"})
# (with CONN's groups, which the chain reads: 'w' for the word, none for a currency or a dash)
STEP_THROUGH = re.compile(
    r"\s{1,3}(?P<w>über|through|via|pasando por)(?P<cur>(?!))?(?P<dash>(?!))?\s{1,3}(?=\d)"
)


def _between(text: str, start: int) -> bool:
    m = _intro(text, start)
    return bool(m and m.group("w").lower() in BETWEEN)


def _ranged(text: str, a: Atom, b: Atom, floor: int, money: bool) -> Chain:
    start = a.start
    m = _intro(text, a.start)
    if m:
        intro_start = a.start - (len(text[max(0, a.start - 24) : a.start]) - m.start())
        if intro_start >= floor:
            start = intro_start
    money = money or _money_before(text, a.start)
    return Chain("range", [a, b], start, b.end, money)


def _listed(text: str, members: list[Atom], seps: list[str], money: bool) -> Chain | None:
    """Keep the longest valid list prefix: bare members take the next scaled member's magnitude."""
    keep: list[Atom] = []
    pending: list[Atom] = []
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
    return Chain(kind, keep, keep[0].start, keep[-1].end, money)


def _money_before(text: str, start: int) -> bool:
    return bool(start and CUR_BEFORE.search(text[max(0, start - 6) : start]))


# ---------------------------------------------------------------------------------------------------
# Passes
# ---------------------------------------------------------------------------------------------------


def digit_pass(text: str, low: str, lang: str | None) -> list[Chain]:
    chains: list[Chain] = []
    pos = floor = 0
    search = MASTER.search
    while True:
        m = search(text, pos)
        if m is None:
            return chains
        s = m.start()
        first = digit_atom(text, s, lang)
        chain, resume = _chain_from(text, low, first, lang, floor) if first is not None else (None, 0)
        if chain is None:
            pos = max(s + 1, resume)
            continue
        chains.append(chain)
        pos = floor = chain.end


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def word_pass(text: str, low: str, lang: str | None, taken: list[Chain]) -> list[Chain]:
    spans = [(c.start, c.end) for c in taken]
    starts = [s for s, _ in spans]
    chains: list[Chain] = []
    done = 0
    found = [m for rx in ANCHORS for m in rx.finditer(low)]
    found.sort(key=lambda m: m.start())
    for m in found:
        a = m.start()
        if a < done or (a and low[a - 1].isalnum()) or _inside(spans, starts, a):
            continue
        atom = anchored_word_atom(text, low, m, lang, max(done, _prev_end(spans, starts, a)))
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


def extend_back(text: str, low: str, chain: Chain, lang: str | None, floor: int) -> Chain:
    """'between five and 50 trillion', 'two to three billion': a word-number low end before a single; and
    'vier, zwölf und 27 Milliarden': word numbers that open a list, one by one."""
    for _ in range(8):
        longer = _one_back(text, low, chain, lang, floor)
        if longer is None or chain.kind == "range":
            return longer or chain
        chain = longer
    return chain


def _one_back(text: str, low: str, chain: Chain, lang: str | None, floor: int) -> Chain | None:
    if chain.kind not in ("single", "list"):
        return None
    s = chain.start
    window_start = max(floor, s - 40)
    m = BACK_CONN.search(text, window_start, s) or (
        BACK_COMMA.search(text, window_start, s) if chain.kind == "list" else None
    )
    if m is None or m.group("tok").lower() in ("a", "an"):
        return None
    longer = None
    if m.group("tok").lower() in _NUMS:
        first = word_atom(text, low, m.start("tok"), lang, bare=True)
        longer = _chain(text, low, first, lang, floor) if first is not None else None
    if longer is None or longer.end != chain.end or longer.kind == "single" or longer.start >= chain.start:
        return _low_end_in_words(text, low, chain, m, lang, floor)
    return longer


def _low_end_in_words(
    text: str, low: str, chain: Chain, m: re.Match[str], lang: str | None, floor: int
) -> Chain | None:
    """'between two hundred and three hundred billion', 'zwischen zweihundert und dreihundert Milliarden':
    a low end of several words, or one the forward reading runs past ('two hundred and three'), read
    only up to the connector."""
    if chain.kind != "single" or not _between(text, _word_start(low, m.start("tok"), floor, 3)):
        return None
    end = m.end("tok")
    for start in _word_starts(low, m.start("tok"), floor, 3):
        a = word_atom(text[:end], low[:end], start, lang, bare=True)
        if a is not None and a.end == end and _range(text, a, chain.members[0], dash=False):
            return _ranged(text, a, chain.members[0], floor, chain.money)
    return None


def _word_starts(low: str, pos: int, floor: int, n: int) -> list[int]:
    """pos and the starts of up to n words before it, earliest first."""
    starts = [pos]
    for _ in range(n):
        q = starts[-1]
        while q > floor and low[q - 1] in " -\u2010":
            q -= 1
        p = q
        while p > floor and low[p - 1].isalpha():
            p -= 1
        if p == q:
            break
        starts.append(p)
    return starts[::-1]


def _word_start(low: str, pos: int, floor: int, n: int) -> int:
    return next((s for s in _word_starts(low, pos, floor, n) if _between(low, s)), pos)
