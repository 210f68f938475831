"""Which figures in a sentence are parameter counts, and which sentences can hold a claim at all: the
entry points the extractor calls. The patterns and word lists they read are in `figure_patterns`."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from claimwatch.extract import clauses, cues, glosses
from claimwatch.extract.figure_patterns import (
    ACTIVATED_AFTER,
    ACTIVATES_BEFORE,
    ACTIVE_OPENING,
    ADAPTER_BEFORE,
    BOUND_LOW,
    BULLET_LINE,
    CAPPED_BEFORE,
    CHIP_BEFORE,
    CITED_FIGURE_BEFORE,
    CLASS_OPENS_BEFORE,
    CLITIC_COUNT,
    COMPONENT_AFTER,
    COMPONENT_LOW,
    COMPONENT_NOUN_LOW,
    CONTRAST_BETWEEN,
    COUNTED_BEFORE,
    COUNTED_PARTS_AFTER,
    COUNTED_PARTS_BEFORE,
    DAVON_AFTER,
    DEFINES_WORD,
    DENIAL_LOW,
    DENSE_PART_AFTER,
    DENSE_PART_BEFORE,
    DIFFERENCE_AFTER,
    DISTRACTOR_AFTER,
    DISTRACTOR_LOW,
    EQUALS_BEFORE,
    ESTIMATE_NOUN_BEFORE,
    FAR_FROM_BEFORE,
    FIGURE_NOUN_AFTER,
    FOR_MODEL_AFTER,
    GIVEN_BEFORE,
    GIVEN_TO_NAME,
    GUESS,
    HEARSAY_BEFORE,
    HYPOTHETICAL_LOW,
    IN_EMBEDDINGS_AFTER,
    LIMIT_AFTER,
    LIMIT_BEFORE,
    LORA_RANK,
    MACHINE_WORD,
    MARK_AFTER,
    MARK_SIDE_LOW,
    MISLEADS,
    MODEL_NOUN_AFTER,
    MODEL_OF_SIZE,
    MODULE_BEFORE,
    NAME_SUGGESTS_BEFORE,
    NAME_WITH_BEFORE,
    NAMED_SIZE_BEFORE,
    NEGATION_LOW,
    NOBODY_NEEDS_LOW,
    OF_NAME_AFTER,
    OF_THEM_AFTER,
    OPTION_MARK,
    OR_PAIR_AFTER,
    OR_PAIR_BEFORE,
    OWN_BEFORE,
    OWNER_NAMED_AFTER,
    PARALLEL_BETWEEN,
    PARALLEL_CHAIN,
    PARAM_AFTER,
    PARAM_LABEL,
    PARAM_WORD,
    PAREN_WORDS,
    PART_ACTIVE,
    PART_INTRO_BEFORE,
    PART_OF_NEXT,
    PER_DEVICE_AFTER,
    PER_PART_AFTER,
    PER_PART_BEFORE,
    REMOVED_BEFORE,
    REQUIRED_LOW,
    RESTATED,
    RESTATED_IN_PARENS,
    SCOPE_RIGHT_AFTER,
    SCOPE_SOON,
    SELF_CORRECTION,
    SHARE_AFTER,
    SHORT_MAGNITUDE,
    SINCE_ITS_BEFORE,
    SIZE_OF,
    SIZES_NOUN_BEFORE,
    SLASHED_SIZES,
    THAN_A_MODEL_BEFORE,
    THE_BEFORE_FIGURE,
    TOKENS_NOUN,
    TOKENS_TOPIC,
    TOTAL_AFTER,
    TRAINABLE_AFTER,
    TRAINED_ON_BEFORE,
    UP_TO_BEFORE,
    VERSIONED_IS_BEFORE,
    WEAK_FOLLOW,
    WHICHEVER_LOW,
    WHOEVER_BEFORE,
    WHOLE_COUNTS_ELSE,
    WHOLE_OPENER,
    WHOLE_SUM_BEFORE,
    WHOSE_BEFORE,
    WOULD_MAKE_BEFORE,
    WRONG_AFTER,
    WRONG_LATER,
)
from claimwatch.extract.numbers import Quantity, lower_in_place, parse_amount
from claimwatch.extract.tables import (
    bare_figures,
    bare_ranges,
    column_says,
    counts_parameters,
    dash_row,
    row_not_params,
)


@lru_cache(maxsize=4)
def article_lower(text: str) -> str:
    """The article lower-cased at the same offsets, made once: case-insensitive cues scan it faster."""
    return lower_in_place(text)


@lru_cache(maxsize=16)
def word_spans(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where any of `words` stands in the lower-cased article, in text order, found once per article: a substring
    search per word, where a pattern of them would try every position of the text."""
    spans = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = low.find(word, at + 1)
    return sorted(spans)


def any_within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """One of the sorted, non-overlapping `spans` lies wholly in [start, end)."""
    i = bisect.bisect_left(spans, (start, start))
    return i < len(spans) and spans[i][1] <= end


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure judged to be a parameter count, before it is paired with a model."""

    q: Quantity
    strong: bool  # a parameter noun or a model noun next to it


def may_count_parameters(text: str, quantities: list[Quantity]) -> bool:
    """The article-wide form of `may_claim`: a parameter word, a size like 70B, a digest-style 'total'
    or 'active' right after a figure, or a table; without any of these no sentence can hold a claim."""
    if not quantities:
        return False
    return (
        bool(PARAM_WORD.search(text))
        or "|" in text
        or any(q.suffix or SCOPE_RIGHT_AFTER.match(text, q.end) for q in quantities)
        or any(
            glosses.gloss_verdict(text, q, quantities) for q in quantities
        )  # '• 480 milliards. La taille de X'
    )


# (a bracket, a translator's note and the noun counted before it too: '15,5 billions de tokens [NdT : 15 500 milliards]')
_OPEN_PAREN = re.compile(
    r"(?P<noun>\s+(?:de\s+|of\s+)?[^\W\d]+)?\s*[(（\[]\s*(?:(?:NdT|N\.d\.T\.|NdlR|N\. del T\.|Anm\. d\. (?:Red|Ü)\.)\s*:?\s*)?"
)
_CLOSE_PAREN = re.compile(r"\s*[)）\]]")


def without_restated(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """A figure restated in parentheses in other units ('671 Milliarden (6710亿)', '70 billion (70B)') is
    the same figure, not a second one whose scope is read afresh; the first then ends after the parenthesis, so
    that the word after it still says what the figure counts ('14,8 Billionen (14.8万亿) Token' are tokens)."""
    out: list[Quantity] = []
    for q in quantities:
        before = out[-1] if out else None
        # a name's size tag is no restatement: 'bloom-3b (3 milliards)'
        glued = before is not None and text[before.start - 1 : before.start] in ("-", "‑")
        opened = _OPEN_PAREN.fullmatch(text, before.end, q.start) if before and not glued else None
        if opened and q.value in (before.value, before.high):
            close = _CLOSE_PAREN.match(text, q.end)
            # (not past a translator's bracket, nor past the noun named before it, which says what it counts)
            if close and not opened.group("noun") and "[" not in opened.group():
                out[-1] = replace(before, end=close.end())
            continue
        if before and _rounded_again(text, before, q):
            continue
        out.append(q)
    return out


# a rounder figure set off after the exact one: '480.000 millones de parámetros en total —casi medio billón—',
# '1.76 trillion parameters (roughly 2 trillion)', '175 Milliarden Parameter, also rund 0,2 Billionen'
_ROUNDED_AGAIN_BETWEEN = re.compile(
    r"[^\W\d]*(?:\s+[^\W\d]+){0,4}\s*(?:[—–(]|,)\s*(?:or|oder|ou|o|also|soit|i\.\s?e\.|d\.\s?h\.|es decir)?\s*"
    rf"(?:{clauses.APPROX_WORDS}|casi|almost|nearly|fast|knapp|presque|some|gut|well over|über|más de|plus de|"
    r"more than)\s+"
)


def _rounded_again(text: str, before: Quantity, q: Quantity) -> bool:
    return (
        before.high is None
        and q.high is None
        and q.value != before.value
        and abs(q.value - before.value) <= 0.15 * before.value
        and bool(_ROUNDED_AGAIN_BETWEEN.fullmatch(text, before.end, q.start))
    )


def with_table_units(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """The bare figures of a table column whose header gives their unit ('Parameter (Mrd.)' over '9,2'),
    read as amounts beside the others."""
    taken = {(q.start, q.end) for q in quantities}
    added = []
    for start, end, unit in bare_figures(text):
        value = parse_amount(f"{text[start:end]} {unit}", lang)
        if value is not None and (start, end) not in taken:
            added.append(Quantity(start, end, value))
    for start, end, unit, low, high in bare_ranges(text):
        values = parse_amount(f"{low} {unit}", lang), parse_amount(f"{high} {unit}", lang)
        if None not in values and values[0] < values[1] and not any(s < end and start < e for s, e in taken):
            added.append(Quantity(start, end, values[0], high=values[1]))
    return sorted(quantities + added, key=lambda q: q.start) if added else quantities


def may_claim(text: str, start: int, end: int, qs: list[Quantity], tags_at: list[int]) -> bool:
    """Whether a sentence can hold a claim at all: every rule needs a parameter word near a figure, a
    size written like 70B, or a size tag. Money, users and tokens alone never make one."""
    i = bisect.bisect_left(tags_at, start)
    if i < len(tags_at) and tags_at[i] < end:
        return True
    if not qs:
        return False
    return (
        any(q.suffix or SCOPE_RIGHT_AFTER.match(text, q.end, end) for q in qs)
        or bool(PARAM_WORD.search(text, _context_start(text, start), end))
        or any(column_says(text, q.start) in ("active", "total") for q in qs)
        or ("|" in text[start:end] and any(counts_parameters(text, q.start) for q in qs))
        or any(CLITIC_COUNT.search(text, max(start, q.start - 40), q.start) for q in qs)
        or bool(SIZE_OF.search(text, start, end))
        or any(spec_line(text, start, q) for q in qs)  # 'Tamaño: 27.000 millones' in a list of fact lines
        or (any(dash_row(text, q.start, q.end) for q in qs) and bool(PARAM_WORD.search(text)))
        # a ranking's 'Llama 3.1 (405 Mrd.)', 'Gemma 2 (9 Md)', an API's 'serrana-pro-v2 (27.000 millones)' in an article
        # about parameters
        or (
            any(
                (SHORT_MAGNITUDE.search(text, q.start, q.end) or _after_versioned_name(text, start, q))
                and _in_parenthesised_sizes(text, start, q)
                for q in qs
            )
            and bool(PARAM_WORD.search(text))
        )
        or (
            any(VERSIONED_IS_BEFORE.search(text, max(start, q.start - 60), q.start) for q in qs)
            and bool(PARAM_WORD.search(text))
        )  # 'Mistral Large 2 is a hundred and twenty-three billion' in an article about parameters
        or any(glosses.gloss_verdict(text, q, qs) for q in qs)  # '• 24 milliards. La taille de'
        # 'estimaba ... unos 200.000 millones para GPT-4o': an estimate given to a name
        or (
            cues.ESTIMATED.search(text, start, end) is not None
            and any(FOR_MODEL_AFTER.match(text, q.end, end) for q in qs)
        )
    )


def _parameters_just_named(text: str, start: int) -> bool:
    """The last counted noun in the 300 characters before the sentence is the word 'parameters', and it
    counts no figure ('..., wohl aber Parameter: ...'; not '3,3 Milliarden Parameter. Rund 300 Millionen davon')."""
    last = next(reversed(list(PARAM_WORD.finditer(text, max(0, start - 300), start))), None)
    return (
        last is not None
        and not TOKENS_NOUN.search(text, last.end(), start)
        and not re.search(r"\d", text[max(0, last.start() - 25) : last.start()])
    )


def _context_start(text: str, start: int) -> int:
    """Where the words that may set a sentence's topic begin: 300 characters back, or, for an item of a
    bulleted list, the line that introduces the list ('Die Modelle und ihre Parameter:' then '- X: 7 Mrd.')."""
    line = text.rfind("\n", 0, start) + 1
    if not BULLET_LINE.match(text, line):
        return max(0, start - 600)
    while line > 0:
        previous = text.rfind("\n", 0, line - 1) + 1
        if not text[previous : line - 1].strip():
            line = previous
            continue
        line = previous
        if not BULLET_LINE.match(text, line):
            break
    return min(line, max(0, start - 600))


def cue_in_cell(text: str, pos: int) -> str | None:
    """'active' or 'total' written after a figure in its own table cell, before any other figure."""
    cell = re.match(r"[^|\n\d]*", text[pos : pos + 60])
    return clauses.first_cue(cell.group()) if cell else None


def part_whole_scope(sentence: str, start: int, candidates: list[Candidate], i: int) -> str | None:
    """'39 billion of its 141 billion': the smaller figure is the active part, the larger the total."""
    q = candidates[i].q
    if i + 1 < len(candidates):
        nxt = candidates[i + 1].q
        if nxt.value > q.value and clauses.part_and_whole(sentence, q.end - start, nxt.start - start):
            return "active"
        if nxt.value < q.value and WHOLE_OPENER.search(sentence, 0, q.start - start):
            return "total"  # 'Von 671 Milliarden Parametern sind pro Token 37 Milliarden aktiv'

    if i > 0:
        prev = candidates[i - 1].q
        if prev.value < q.value and clauses.part_and_whole(sentence, prev.end - start, q.start - start):
            return "total"
        if prev.value > q.value and DAVON_AFTER.match(sentence, q.end - start):
            return "active"  # '72 billion in total while routing every token through 9 billion of them'
    return None


OR_JOINED = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}(?:or|oder|ou|o)\s+", re.IGNORECASE)
# ... in a sentence that calls the size beside the point (not 'Llama 2 comes in 7B or 70B sizes')
INDIFFERENT = re.compile(
    r"\b(?:matters?|zählt|egal|importe|importa|compte|interessiert|irrelevant|beside the point)\b",
    re.IGNORECASE,
)


def _rhetorical_pairs(text: str, start: int, end: int, qs: list[Quantity]) -> list[int]:
    """Two sizes set side by side as any size at all: 'Nine billion parameters or nine hundred billion, what
    matters is ...': one a power of ten times the other, joined by 'or', in a sentence that says what matters."""
    found: list[int] = []
    if len(qs) < 2 or not INDIFFERENT.search(text, start, end):
        return found
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        ratio = max(a.value, b.value) / min(a.value, b.value) if min(a.value, b.value) else 0
        if ratio in (10, 100, 1000) and OR_JOINED.fullmatch(text, a.end, b.start):
            found += [i, i + 1]
    return found


def parameter_counts(
    text: str,
    start: int,
    end: int,
    qs: list[Quantity],
    shared: bool = False,
    named_ends: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The figures in a sentence that count parameters. `shared`: the sentence's 'each' distributes a figure
    over the models it names ('Scout and Maverick each use 17B active'), not over a model's parts.
    `named_ends`: where the sentence's model names end ('Gopher mit 280 Milliarden' gives Gopher its size)."""
    sentence_has_param = bool(PARAM_WORD.search(text, start, end))
    verdicts: dict[int, bool | None] = {}
    for i, q in enumerate(qs):
        verdicts[i] = _verdict(text, start, end, q, sentence_has_param, shared)
        said = glosses.gloss_verdict(text, q, qs)
        if said is False or (said and verdicts[i] is None):
            verdicts[i] = said  # '• 671 Mrd. – so viele Parameter hat ...', '• 15 Billionen – Tokens ...'
    for i in _rhetorical_pairs(text, start, end, qs):
        verdicts[i] = False
    for i in _shared_compound(text, qs, verdicts):
        verdicts[i] = True
    # a list or range member inherits a clear verdict from its group
    for i, q in enumerate(qs):
        if (
            verdicts[i] is None
            and q.group is not None
            and any(verdicts[j] for j, r in enumerate(qs) if r.group == q.group)
        ):
            verdicts[i] = True
        elif (
            verdicts[i] is None
            and q.group is not None
            and not any(ch.isalpha() for ch in text[q.start : q.end])  # a bare '4' that shares the magnitude
            and any(verdicts[j] is False for j, r in enumerate(qs) if r.group == q.group and j > i)
        ):
            verdicts[i] = False  # 'respectivement 4 et 5 billions de tokens': what the last member counts
    for i, q in enumerate(
        qs[:-1]
    ):  # '608 Milliarden, von denen pro Token 45 Milliarden aktiv sind': the whole
        if verdicts[i] is None and verdicts[i + 1] and _whole_of_next(text, q, qs[i + 1]):
            verdicts[i] = True
    for i, q in enumerate(qs):  # '14 billions de jetons, c'est-à-dire 14 000 milliards': the same tokens
        if (
            i
            and verdicts[i - 1] is False
            and verdicts[i] is None
            and RESTATED_IN_PARENS.fullmatch(text, qs[i - 1].end, q.start)
        ):
            verdicts[i] = False  # '3 billions de tokens (3 000 milliards)': the tokens in other words
        elif (
            i
            and verdicts[i - 1] is False
            # 'huit experts de 7 milliards feraient 56 milliards': a sum that is not the count
            and WOULD_MAKE_BEFORE.search(text, max(start, q.start - 30), q.start)
        ) or (
            i
            and verdicts[i - 1] is False
            and RESTATED.search(text, max(start, q.start - 20), q.start)
            # but '8 experts de 220 Md, soit 1,76 billion': the whole the parts make (unless the sum is a myth)
            and not (
                COUNTED_PARTS_BEFORE.search(text, max(start, qs[i - 1].start - 50), qs[i - 1].start)
                and not MISLEADS.search(text, start, q.start)
            )
            and not TOTAL_AFTER.match(
                text, q.end, end
            )  # '... de 220 milliards, soit 1 760 milliards au total'
        ):
            verdicts[i] = False
        elif (
            i
            and verdicts[i] is None
            and verdicts[i - 1] is False
            and PER_PART_BEFORE.search(text, start, qs[i - 1].start)
            and WHOLE_SUM_BEFORE.search(text, max(start, q.start - 30), q.start)
        ):
            verdicts[i] = (
                True  # 'acht Experten mit je rund 220 Milliarden ... und insgesamt etwa 1,8 Billionen'
            )
        elif verdicts[i] is None and (
            _elided_distractor(text, end, qs, i, verdicts) or _more_tokens(text, end, qs, i, verdicts)
        ):
            # 'Kimi K2 wurde auf 15,5 Bio. Token trainiert, DeepSeek-R1 auf 14,8 Bio.': tokens too
            verdicts[i] = False
        elif (
            i
            and verdicts[i] is None
            and verdicts[i - 1]
            and PARALLEL_BETWEEN.fullmatch(text, qs[i - 1].end, q.start)
            and _word_before(text, qs[i - 1].start) == _word_before(text, q.start)
        ):
            # 'tipo ultraligero de 2.4 mil millones de parámetros, tipo ligero de 7.8 mil millones y tipo de alto
            # rendimiento de 32 mil millones': the same count, said again for each member of the list
            verdicts[i] = True
        elif (
            i
            and verdicts[i] is None
            and verdicts[i - 1]
            and GAPPED_BETWEEN.fullmatch(text, qs[i - 1].end, q.start)
            and not DISTRACTOR_AFTER.match(text, q.end, end)
        ):
            # 'Whisper large had 1,550 million parameters, Whisper tiny just 39 million': the next name's count,
            # its verb left out or said again
            verdicts[i] = True
    for i in range(
        len(qs) - 2, -1, -1
    ):  # 'von Luminous-base mit 13 Milliarden über ... bis zu X mit 70 Milliarden
        if (  # Parametern': a chain of names, each with its figure, counted by the word after the last
            verdicts[i] is None
            and verdicts[i + 1]
            and PARALLEL_CHAIN.fullmatch(text, qs[i].end, qs[i + 1].start)
            and _lead_word(text, qs[i].start) == _lead_word(text, qs[i + 1].start)
        ):
            verdicts[i] = True
    for i in range(1, len(qs)):
        if (
            verdicts[i - 1] is False
            and CONTRAST_BETWEEN.fullmatch(text, qs[i - 1].end, qs[i].start)
            and not PARAM_AFTER.match(text, qs[i].end, min(end, qs[i].end + 45))
        ):
            verdicts[i] = (
                False  # '1.4tn tokens of training data rather than 300bn': tokens set against tokens
            )
        elif (
            verdicts[i - 1]
            and verdicts[i] is None
            and CONTRAST_BETWEEN.fullmatch(text, qs[i - 1].end, qs[i].start)
            and not DISTRACTOR_AFTER.match(text, qs[i].end, end)
        ):
            # '66 millones de parámetros frente a los 110 millones del original': the figure set against counts too
            verdicts[i] = True
    for i in range(
        len(qs) - 1
    ):  # 'About 1 billion of its roughly 7 billion training tokens': a part of those
        if (
            verdicts[i] is None
            and verdicts[i + 1] is False
            and PART_OF_NEXT.fullmatch(text, qs[i].end, qs[i + 1].start)
        ):
            verdicts[i] = False
    for i in range(
        1, len(qs)
    ):  # '395 billion tokens, 116 billion of them Arabic': a part of what the one before counts
        if verdicts[i - 1] is False and OF_THEM_AFTER.match(text, qs[i].end, end):
            verdicts[i] = False
    for i in range(len(qs) - 1):  # 'Veintidós mil millones... bueno, veintidós mil cuatrocientos': said right
        if verdicts[i] and SELF_CORRECTION.fullmatch(text, qs[i].end, qs[i + 1].start):
            verdicts[i], verdicts[i + 1] = False, True
    weak = {
        i
        for i, q in enumerate(qs)
        if verdicts[i] is None
        and (_weak_count(text, start, end, q, qs, verdicts) or _named_with(text, start, end, q, named_ends))
    }
    # '11 et 90 milliards capables de ...': a list is counted whole when one member counts
    weak_groups = {qs[i].group for i in weak if qs[i].group is not None}
    weak |= {
        i for i, q in enumerate(qs) if verdicts[i] is None and q.group is not None and q.group in weak_groups
    }
    out = []
    for i, q in enumerate(qs):
        if verdicts[i]:
            out.append(Candidate(q, True))
        elif i in weak:
            out.append(Candidate(q, False))
    return _guessed_ranges(text, start, out)


OR_BETWEEN = re.compile(r"\s+(?:or|o|ou|oder)\s+")


def _guessed_ranges(text: str, start: int, out: list[Candidate]) -> list[Candidate]:
    """'yo apostaría por 300 o 400 millones', 'I'd guess 30 or 40 billion': two close figures of one guess joined
    by 'or' are its range (not '7 oder 70 Milliarden', ten times apart: two sizes)."""
    merged: list[Candidate] = []
    for c in out:
        prev = merged[-1].q if merged else None
        if (
            prev is not None
            and prev.group is not None
            and prev.group == c.q.group
            and prev.high is None
            and prev.value < c.q.value <= 3 * prev.value
            and OR_BETWEEN.fullmatch(text, prev.end, c.q.start)
            and GUESS.search(text, start, prev.start)
        ):
            merged[-1] = Candidate(
                replace(prev, end=c.q.end, high=c.q.value, group=None), merged[-1].strong or c.strong
            )
            continue
        merged.append(c)
    return merged


# what lies between a counted figure and a bare one that counts the same thing: 'Token trainiert, DeepSeek-R1 auf'
ELLIPTIC_BETWEEN = re.compile(
    r"[^.;:()|]{0,80}?[,;]\s+[^.;:()|]{0,40}?(?:auf|on|sur|en|con|mit|with|à|de)\s+"
    r"(?:(?:unos|unas|about|around|some|roughly|rund|etwa|environ|quelque)\s+)?"  # 'y Maverick con unos 22 billones'
)


VALUED_BEFORE = re.compile(
    r"\b(?:valued at|valuation of|valuing it at|valori[sz]\w*|bewertet\w*|bewertung von|valorad[oa]s?|valoraci[oó]n de|"
    r"valu[eé]e? à|"
    # a market value lost: 'qui a fait perdre 600 milliards à Nvidia', 'wiped 589 billion off'
    r"fait perdre|faire perdre|hizo perder|wiped(?: out)?|wiping|erased|vernichtet\w*)\s+(?:[\w'’]+\s+){0,3}(?:\w+['’])?$"
    # a funding round: 'cerró una ronda de 385 millones', 'a round of 600 million', 'une levée de 600 millions'
    r"|\b(?:(?:funding |financing )?round of|ronda de(?: financiación| financiamiento)?(?: de)?|levée de fonds de|"
    r"levée de|tour de table de|(?:finanzierungs)?runde (?:von|über))\s+(?:\w+\s+){0,2}$"
)
# a figure said to have been a mistake: '(hier stand zunächst fälschlich 80B)', 'we wrongly wrote 80 billion'
MISTAKEN_BEFORE = re.compile(
    r"\b(?:wrongly|mistakenly|erroneously|by mistake|in error|incorrectly|fälschlich\w*|irrtümlich\w*|versehentlich|"
    r"par erreur|à tort|erronément|por error|erróneamente|equivocadamente)\b[^.;:()]{0,25}$",
    re.IGNORECASE,
)


# the margin of an estimate, not a size: '600 billion, "give or take a hundred billion"', 'plus/minus 50 Mrd.'
MARGIN_BEFORE = re.compile(
    r"(?:\b(?:give or take|plus or minus|plus/minus|plus-minus)\s+(?:an?\s+|about\s+)?|±\s*)$"
)


APPROX_AT_END = re.compile(rf"\s(?:{clauses.APPROX_WORDS})\s*$", re.IGNORECASE)


def _lead_word(text: str, pos: int) -> str:
    """The word before a figure, past an approximation ('mit rund 70 Milliarden' -> 'mit')."""
    window = text[max(0, pos - 40) : pos]
    words = APPROX_AT_END.sub(" ", window).lower().split()
    return words[-1] if words else ""


# a German noun right after a figure (past lower-case adjectives) that is no parameter word: what the figure counts
GERMAN_NOUN_AFTER = re.compile(
    r"\s+(?:(?!(?:je|pro|eine?[mnrs]?|die|der|das|den|dem|des|keine?)\s)[a-zäöüß]+(?:en|em|er|es|e)\s+){0,2}"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})(?![\w-])"
)
PARAMETER_NOUN_PARTS = (
    "param", "gewicht", "modell", "model", "variant", "version", "größe", "stellschraub", "verbindung", "stück",
    "niveau", "skala",
)  # fmt: skip


def german_noun_counted(text: str, q: Quantity, end: int) -> bool:
    """'das Voltaris mit 1,2 Millionen Produktdatenblättern nachtrainiert hat': the noun after the figure
    says what it counts, and it is not parameters (nor weights, a model or a variant)."""
    if text[q.end - 1] == ".":
        return False  # '... rund 39 Mrd. Katri meint ...': an abbreviation's point may end the sentence
    noun = GERMAN_NOUN_AFTER.match(text, q.end, end)
    return noun is not None and not any(part in noun["noun"].lower() for part in PARAMETER_NOUN_PARTS)


# a figure written as an adjective ('a 3-billion one'), and the compound noun after one ('405-billion-parameter')
HYPHENED_FIGURE = re.compile(r"\d[\d.,]*[-‑](?:billion|million|trillion|bn)", re.IGNORECASE)
PARAMETER_COMPOUND_AFTER = re.compile(r"[-‑]param", re.IGNORECASE)


def _shared_compound(text: str, qs: list[Quantity], verdicts: dict[int, bool | None]) -> list[int]:
    """'a 32-billion-parameter version for servers and a 3-billion one for phones', 'from the 8-billion up to the
    405-billion-parameter version': figures written as adjectives share the '-parameter' one of them spells out."""
    hyphened = [i for i, q in enumerate(qs) if HYPHENED_FIGURE.fullmatch(text, q.start, q.end)]
    if len(hyphened) < 2 or not any(
        verdicts[i] and PARAMETER_COMPOUND_AFTER.match(text, qs[i].end) for i in hyphened
    ):
        return []
    return [i for i in hyphened if verdicts[i] is None]


GAPPED_BETWEEN = re.compile(
    r"\s+(?:de\s+|d['’])?(?:parameters?|Parameter[n]?|paramètres|parámetros)[^.;:()|\d]{0,12}?(?:,|;|\s(?:and|und|et|y|while|whereas|"
    r"während|mientras que|tandis que))\s+(?:(?:and|und|et|y|e)\s+)?(?:[A-Z][\w.-]*\s+)(?:[\w.-]+\s+){0,2}?(?:(?:has|had|hat|hatte|a|avait|"
    r"compte|comptait|tiene|tenía|cuenta con|contaba con)\s+)?(?:just|only|nur|gerade einmal|seulement|à peine|solo|"
    r"sólo|apenas)\s+" + clauses.APPROX_SLOT
)


# no model was ever said to have more than the 100 trillion parameters once rumoured for GPT-4
MOST_EVER_TOLD = 10**14
LARGEST_SHORT = (
    2 * 10**12
)  # and the read-again figure must be a size models have ('9 000 billions' is a joke)
LONG_SCALE_WORD = re.compile(r"bill(?:ones|ón|ions?)\b|Billion(?:en)?\b|Bio\.", re.IGNORECASE)


def short_scale_calque(text: str, cand: Candidate) -> Candidate:
    """'el Llama 3.1 de Meta, que tiene 405 billones de parámetros': an English 'billion' carried over word for
    word as the long-scale 'billón' (10^12), which would make the model larger than any ever told of."""
    q = cand.q
    if not MOST_EVER_TOLD < q.value <= 1000 * LARGEST_SHORT or not LONG_SCALE_WORD.search(
        text, q.start, q.end
    ):
        return cand
    return replace(cand, q=replace(q, value=q.value // 1000, high=q.high // 1000 if q.high else None))


THRESHOLD_WORD = re.compile(r"threshold|seuil|Schwelle|umbral", re.IGNORECASE)
# a threshold a model reached or crossed is its size: 'hat mit Kimi K2 die Schwelle von einer Billion erreicht'
THRESHOLD_REACHED = re.compile(
    r"\b(?:erreicht\w*|überschritten|überschreitet|durchbrochen|reach\w*|cross\w*|pass\w*|broke|break\w*|"
    r"atteint|franchi\w*|dépass\w*|alcanz\w*|super\w*|cruz\w*|rebas\w*)\b",
    re.IGNORECASE,
)


def _limit_before(text: str, start: int, end: int, q: Quantity) -> bool:
    """'exceeds the 15-billion-parameter limit', 'relever le seuil à 70 milliards': a limit someone set, unless a
    model reached that threshold."""
    limit = LIMIT_BEFORE.search(text, max(start, q.start - 40), q.start)
    return bool(limit) and not (
        THRESHOLD_WORD.match(limit.group()) and THRESHOLD_REACHED.search(text, start, end)
    )


def _elided_distractor(
    text: str, end: int, qs: list[Quantity], i: int, verdicts: dict[int, bool | None]
) -> bool:
    """The figure repeats the construction of the last figure before it that counts something else, and leaves
    its noun out: 'auf bis zu 18 Billionen Tokens trainiert, Googles Gemma 2 9B auf 8 Billionen' (past the size
    tag of the name between)."""
    j = i - 1
    while j >= 0 and qs[j].suffix and verdicts[j] is not False:
        j -= 1
    return (
        j >= 0
        and verdicts[j] is False
        and bool(DISTRACTOR_AFTER.match(text, qs[j].end, end))
        and bool(ELLIPTIC_BETWEEN.fullmatch(text, qs[j].end, qs[i].start))
        and _word_before(text, qs[i].start)
        in text[max(0, qs[j].start - 20) : qs[j].start].lower().split()[-3:]
    )


# a bare figure that ends its clause: '..., heutige Spitzenmodelle 15 Billionen und mehr.'
VERSIONED_WORD = re.compile(r"[A-Z][\w.-]*[ -]?\d")
CLAUSE_END_AFTER = re.compile(r"\s*(?:(?:und|and|or|oder|ou|o|y)\s+(?:mehr|more|plus|más)\s*)?(?:[.;!?]|$)")


def _more_tokens(text: str, end: int, qs: list[Quantity], i: int, verdicts: dict[int, bool | None]) -> bool:
    """A bare figure at the end of a clause after a count of tokens, and no smaller, counts tokens too: 'GPT-3
    was trained on about 300 billion tokens; today's flagships see fifteen trillion or more' (a sentence that
    gives a model's parameters beside its tokens gives the smaller figure)."""
    j = i - 1
    while j >= 0 and verdicts[j] is not False:
        j -= 1
    return (
        j >= 0
        and bool(TOKENS_NOUN.search(text, qs[j].end, qs[j].end + 15))
        and qs[j].value <= (qs[i].high or qs[i].value) <= 1000 * qs[j].value
        and not PARAM_WORD.search(text, qs[j].end, qs[i].start)
        # (not a model named between: '10 millones de tokens, y Llama 4 Maverick, con 400.000 millones')
        and not VERSIONED_WORD.search(text, qs[j].end, qs[i].start)
        and bool(CLAUSE_END_AFTER.match(text, qs[i].end, end))
    )


def _word_before(text: str, pos: int) -> str:
    words = text[max(0, pos - 20) : pos].split()
    return words[-1].lower() if words else ""


def _whole_of_next(text: str, q: Quantity, part: Quantity) -> bool:
    """The next figure is a part of this one: '608 Milliarden, von denen ... 45', '671B, of which 37B'."""
    intro = PART_INTRO_BEFORE.search(text, q.end, part.start)
    return intro is not None and not text[q.end : intro.start()].strip(" ,")


# the fewest parameters a claim may give: the tiniest models in the news (TinyStories-1M) have a million
SMALLEST_MODEL = 10**6


DENSE_AFTER = re.compile(r"\s*(?:dense|dicht|denso)\b", re.IGNORECASE)


def _verdict(
    text: str, start: int, end: int, q: Quantity, has_param: bool, shared: bool = False
) -> bool | None:
    """True: a parameter count; False: certainly not; None: undecided."""
    if (q.high or q.value) < SMALLEST_MODEL:
        return False  # 'a 32K version is planned', '128K de contexto': no model is that small
    if q.multiplier or (
        not shared
        and (
            PER_PART_AFTER.match(text, q.end, end)
            or (PER_PART_BEFORE.search(text, start, q.start) and not ACTIVATED_AFTER.match(text, q.end, end))
        )
    ):
        return False  # 'acht Experten mit je 7 Milliarden', but not 'wobei jeweils 15 Milliarden aktiviert werden'

    if WRONG_AFTER.match(text, q.end, end):
        return False  # 'Wer acht mal sieben rechnet, kommt auf 56 Milliarden – das ist falsch'
    if q.suffix and CHIP_BEFORE.search(text, max(start, q.start - 12), q.start):
        return False  # 'auf Huawei Ascend 910B': a chip's name
    if (
        shared
        and PER_PART_AFTER.match(text, q.end, end)
        and PARAM_WORD.search(text, _context_start(text, start), end)
    ):
        return True  # 'Codestral Mamba y Mathstral, dos modelos de unos 7.000 millones cada uno'
    if _answer_option(text, q):
        return False  # a quiz's choices 'a) 17 billion b) 175 billion c) 1.5 billion': one is right, none is said
    low = article_lower(text)
    if EQUALS_BEFORE.search(low, max(start, q.start - 20), q.start) or (
        not any(ch.isdigit() for ch in text[q.start : q.end]) and DEFINES_WORD.search(low, start, end)
    ):
        return False  # 'un billón es un millón de millones', '... que equivale a mil millones': the words defined
    window = low[max(start, q.start - 70) : q.start]  # a slice: its first word starts a word
    # a negation before a colon does not reach past it: 'La noticia no está en el tamaño: el modelo sigue teniendo 24'
    window = window[max(window.rfind(": "), window.rfind("; ")) + 1 :]
    if (
        (NEGATION_LOW.search(window) or DENIAL_LOW.search(window))
        and not SINCE_ITS_BEFORE.search(text, max(start, q.start - 40), q.start)
        and not GIVEN_TO_NAME.match(text, q.end, end)
    ):
        return (
            False  # (but 'n'a plus jamais communiqué de taille depuis GPT-3 et ses 175 milliards' is GPT-3's)
        )
    if (
        FAR_FROM_BEFORE.search(text, max(start, q.start - 30), q.start)
        and not any(ch.isdigit() for ch in text[q.start : q.end])
        and not OWNER_NAMED_AFTER.match(text, q.end, end)
    ):
        return False  # 'Think-2 was "nowhere near a trillion parameters"'
    if NOBODY_NEEDS_LOW.search(low, start, end) or WHOEVER_BEFORE.search(text[start : q.start]):
        return False  # 'Personne n'a besoin d'un billion de paramètres pour ...', '„Wer mit einer Billion ...': no model's
    if THAN_A_MODEL_BEFORE.search(text, max(start, q.start - 60), q.start):
        return False  # "moins gourmand qu'un modèle de 15 milliards": an unnamed model it is compared with
    if (
        _limit_before(text, start, end, q)
        or LIMIT_AFTER.match(text, q.end, min(end, q.end + 50))
        or (
            CAPPED_BEFORE.search(text, max(start, q.start - 20), q.start)
            and REQUIRED_LOW.search(low, start, end)
        )
        or (
            UP_TO_BEFORE.search(text, max(start, q.start - 30), q.start)
            and MACHINE_WORD.search(text, start, q.start)
        )
    ):
        return False  # a limit someone set, no model's size: 'exceeds the 15-billion-parameter limit'
    if CLASS_OPENS_BEFORE.search(text[start : q.start]):
        return False  # '«Modelos con 7.000 millones de parámetros pueden ...»': a class of models, none of them named
    hypothetical = HYPOTHETICAL_LOW.search(low[start : q.start])
    if (
        hypothetical
        and not GIVEN_BEFORE.search(text, max(start, q.start - 30), q.start)
        and not (
            hypothetical.group().startswith(("hätte", "wäre"))
            and HEARSAY_BEFORE.search(low, start, start + hypothetical.start())
        )
    ):
        return False  # but 'Auf Reddit hieß es, Max hätte 1,6 Billionen': the mood of reported speech
    if WHICHEVER_LOW.search(low, start, q.start) and (
        OR_PAIR_AFTER.match(text, q.end, end)
        or OR_PAIR_BEFORE.search(text, max(start, q.start - 30), q.start)
    ):
        return False  # '„Ob das Modell sieben oder siebzig Milliarden Parameter hat, interessiert kaum'
    if NAME_SUGGESTS_BEFORE.search(text, max(start, q.start - 50), q.start):
        return False  # 'the name suggests 56 billion', 'el nombre sugiere 56.000 millones': not a count said
    if MISTAKEN_BEFORE.search(text, max(start, q.start - 60), q.start):
        return False  # a figure the article says it gave by mistake
    if VALUED_BEFORE.search(low, max(start, q.start - 40), q.start) or MARGIN_BEFORE.search(
        low, max(start, q.start - 20), q.start
    ):
        return False  # 'valued at more than 2 billion': money; 'give or take a hundred billion': a margin
    if PER_DEVICE_AFTER.match(text, q.end, end):
        return False  # 'jusqu'à 70 milliards de paramètres par carte': what a card holds
    if DIFFERENCE_AFTER.match(text, q.end, end):
        return (
            False  # 'Unterm Strich sind es rund 150 Milliarden Parameter weniger': a difference, not a size
        )
    if REMOVED_BEFORE.search(low, max(start, q.start - 30), q.start):
        return False  # 'trimmed almost a billion parameters from the original': a difference, not a size
    if BOUND_LOW.search(low, max(start, q.start - 60), q.start) or (
        MARK_AFTER.match(text, q.end, end) and MARK_SIDE_LOW.search(low, max(start, q.start - 20), q.start)
    ):
        return False  # 'les modèles de moins de 20 milliards', 'jenseits der 100-Milliarden-Grenze': a bound
    # (but two named models of a size each are the models: "Codestral Mamba y Mathstral, dos modelos de unos 7.000
    # millones cada uno")
    counted = (
        not shared
        and q.group is None
        and COUNTED_PARTS_BEFORE.search(text, max(start, q.start - 50), q.start)
    )
    if counted and (not counted.group().strip().isalnum() or COUNTED_PARTS_AFTER.match(text, q.end, end)):
        return False  # 'huit modèles de 220 milliards', 'eight 220-billion-parameter experts': a part's size
    if (
        DENSE_PART_AFTER.match(text, q.end, end)
        or DENSE_PART_BEFORE.search(text, max(start, q.start - 40), q.start)
    ) and low.find("expert", start, end) >= 0:
        return False  # 'a 10-billion-parameter dense transformer combined with 128 experts': the hybrid's dense part
    if MODULE_BEFORE.search(text, max(start, q.start - 80), q.start):
        return False  # 'ein zusätzliches Modul für Multi-Token-Prediction mit 14 Milliarden': a part's size
    if COMPONENT_LOW.search(low, max(start, q.start - 50), q.start) or (
        COMPONENT_NOUN_LOW.search(low, q.end, min(end, q.end + 70))
        and COMPONENT_AFTER.match(text, q.end, end)
    ):
        return False  # 'each expert has about 8 billion', 'un décodeur de 123 milliards': a part's size
    if (SHARE_AFTER.match(text, q.end, end) and not clauses.ACTIVE_WORD.search(text, start, end)) or (
        q.value < 10**9 and LORA_RANK.search(text, start, end)
    ):
        return False  # 'knapp 42 Millionen Parameter – rund 0,5 Prozent', '(r=64) unos 168 millones': a LoRA's share
    if IN_EMBEDDINGS_AFTER.match(text, q.end, end):
        return False  # '170 million of those parameters sit in the embeddings', '170 millions de paramètres d'embedding'
    if DISTRACTOR_LOW.match(low, q.end, end):
        return False
    if TRAINABLE_AFTER.match(text, q.end, end) or ADAPTER_BEFORE.search(
        text, max(start, q.start - 50), q.start
    ):
        return False  # 'LoRA adapters of 25 million trainable parameters': a fine-tune's added weights
    column = column_says(text, q.start)
    if column is not None:
        return column != "not"  # a table column says what its figures count
    if "|" in text[start:end] and row_not_params(text, q.start):
        return False  # 'Parámetros de embeddings | 524.288.000 | ...': the row's label says what it counts
    if (
        q.suffix or SHORT_MAGNITUDE.search(text, q.start, q.end) or _after_versioned_name(text, start, q)
    ) and _in_parenthesised_sizes(text, start, q):
        return True
    if PARAM_AFTER.match(text, q.end, min(end, q.end + 45)) or (
        q.high and PARAM_WORD.search(text, q.start, q.end)
    ):
        return (
            True  # (a range's low end may take the word: 'von 39 Millionen Parametern bis 1,55 Milliarden')
        )
    if DAVON_AFTER.match(text, q.end, end) and _parameters_just_named(text, start):
        return True  # '..., wohl aber Parameter: ... Als OpenAI GPT-3 vorstellte, hatte das Modell 175 Milliarden davon.'
    if TRAINED_ON_BEFORE.search(text, max(start, q.start - 40), q.start):
        return False  # 'Llama 3.1 was trained on more than 15 trillion': tokens, however the sentence goes on
    if spec_line(text, start, q):
        return True  # a spec box line: 'Parameter: 12 Mrd.', 'Active parameters: 3B'
    if dash_row(text, q.start, q.end) and PARAM_WORD.search(text):
        return True  # 'Grok-1 – 314 milliards – Apache 2.0' in an article about parameters
    if q.suffix and (MODEL_NOUN_AFTER.match(text, q.end, end) or DENSE_AFTER.match(text, q.end, end)):
        return True  # '70B models', and a leaker's 'Vega-2 was ~180B dense'
    if q.suffix and q.value >= 10**8 and SIZES_NOUN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'in den Varianten 3B, 12B und 56B', 'in sizes 1B and 3B'
    if q.suffix and _in_slashed_sizes(text, q):
        return True  # 'bekommt die offene Familie in 2B/9B/27B'

    if SCOPE_SOON.match(text, q.end, min(end, q.end + 40)) and (
        has_param or PARAM_WORD.search(text, _context_start(text, start), start)
    ):
        return True
    if has_param and _param_before(text, start, q):
        return True
    if ACTIVE_OPENING.fullmatch(text, _clause_start(text, start, q.start), q.start) and PARAM_WORD.search(
        text, _context_start(text, start), end
    ):
        return True  # a sentence or clause of its own after the count: 'Pro Token aktiv sind 32 Milliarden.'
    if ACTIVATES_BEFORE.search(text, max(start, q.start - 40), q.start) and PARAM_WORD.search(
        text, _context_start(text, start), end
    ):
        return True  # 'por token solo activa treinta y dos mil millones', 'it activates only about 17B'
    intro = PART_INTRO_BEFORE.search(text, max(start, q.start - 55), q.start)
    if intro and WHOLE_COUNTS_ELSE.search(text, max(start, intro.start() - 25), intro.start()):
        return False  # 'unos 900.000 millones de tokens, de los cuales 40.000 millones ...': a part of the tokens
    if (
        (intro or DAVON_AFTER.match(text, q.end))
        and PART_ACTIVE.search(text, max(start, q.start - 60), min(end, q.end + 60))
        and (has_param or PARAM_WORD.search(text, _context_start(text, start), start))
    ):
        # 'von denen pro Token 37 Milliarden arbeiten', 'of which 37 billion are used', and a sentence of
        # its own after the count: 'Davon werden pro Token 12,9 Milliarden genutzt.'
        return True
    return None


def _clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause before pos begins: after the last comma or semicolon of its sentence, else the sentence."""
    return max(start, text.rfind(",", start, pos) + 1, text.rfind(";", start, pos) + 1)


def _answer_option(text: str, q: Quantity) -> bool:
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if OPTION_LINE.match(text, line_start):
        # one of a column of choices: 'b) 314 Milliarden Parameter' under 'a) 31,4 Milliarden Parameter'
        before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if (line_start and OPTION_LINE.match(text, before)) or OPTION_LINE.match(text, line_end + 1):
            return True
    if text.find(") ", line_start, q.start) < 0:
        return False  # no 'a) ' before the figure on its line
    return (
        bool(OPTION_MARK.search(text, line_start, q.start))
        and len(OPTION_MARK.findall(text, line_start, line_end)) >= 2
    )


OPTION_LINE = re.compile(r"\(?(?:[a-dA-D]\)|[A-D]\.)[ \t]")  # (not a footnote's 'a. ')


def _in_parenthesised_sizes(text: str, start: int, q: Quantity) -> bool:
    """'GPT-J (6B)', 'the Falcon series (1.3B, 7.5B, 40B, and 180B)', 'Mixtral 8x7B (46.7B total, 12.9B active)'."""
    opening = text.rfind("(", max(start, q.start - 60), q.start)
    closing = text.find(")", q.end, q.end + 60)
    if opening < 0 or closing < 0 or "(" in text[opening + 1 : q.start] or ")" in text[opening + 1 : q.start]:
        return False
    inner = text[opening + 1 : closing]
    words = re.findall(r"[^\W\d_][\w.]*", re.sub(r"\d+(?:[.,]\d+)?\s?[BbMT]\b", " ", inner))
    return all(PAREN_WORDS.fullmatch(w) for w in words)


# a name with a letter and a digit right before a bracket: 'serrana-pro-v2 (27.000 millones)', 'J1-Large ('
VERSIONED_NAME_END = re.compile(r"(?<![\w.-])(?=[\w.-]*[^\W\d_])(?=[\w.-]*\d)[\w.-]+ ?\($")


def _after_versioned_name(text: str, start: int, q: Quantity) -> bool:
    opening = text.rfind("(", max(start, q.start - 40), q.start)
    return opening >= 0 and bool(VERSIONED_NAME_END.search(text, max(start, opening - 40), opening + 1))


def _in_slashed_sizes(text: str, q: Quantity) -> bool:
    """A family's sizes go up ('2B/9B/27B'); a falling pair is total/active ('117B/5,1B')."""
    line_start = text.rfind("\n", 0, q.start) + 1
    for m in SLASHED_SIZES.finditer(text, line_start, q.end + 40):
        if m.start() <= q.start and q.end <= m.end():
            sizes = [_slashed_size(part) for part in m.group().split("/")]
            return all(a < b for a, b in itertools.pairwise(sizes))
    return False


def _slashed_size(part: str) -> float:
    part = part.strip()
    return float(part[:-1].replace(",", ".")) * (1000 if part.endswith("B") else 1)


def _param_before(text: str, start: int, q: Quantity) -> bool:
    window = text[max(start, q.start - 70) : q.start]
    left = max(window.rfind(","), window.rfind(";"), window.rfind("("))
    return bool(PARAM_WORD.search(window[left + 1 :])) and not re.search(r"\d", window[left + 1 :])


def _named_with(text: str, start: int, end: int, q: Quantity, named_ends: frozenset[int]) -> bool:
    """'den Vorgänger Gopher mit 280 Milliarden schlug', 'mit PaLM und 540 Milliarden': a model name right
    before a bare billion-scale figure, in a text about parameters."""
    if not named_ends or q.value < 10**8 or q.value > 10**16:
        return False
    joint = NAME_AND_FIGURE.search(text, max(start, q.start - 30), q.start)
    return (
        joint is not None
        and joint.start() in named_ends
        and bool(
            PARAM_WORD.search(text, start, end) or PARAM_WORD.search(text, _context_start(text, start), start)
        )
        and not COUNTED_NOUN_AFTER.match(text, q.end)
        and not COUNTED_LATER.search(text, q.end, min(end, q.end + 15))
    )


NAME_AND_FIGURE = re.compile(
    r"(?:\s+(?:mit|with|con|avec|und|and|et|y|at|à)"
    # (or a relative clause that sizes it: 'den Vorgänger Gopher, der es auf 280 Milliarden brachte')
    r"|,\s+(?:der|die|das|which|that|qui|que)(?:\s+(?:es\s+)?(?:auf|had|has|hatte|hat|avait|a|tenía|tiene|comptait|compte))?)"
    r"\s+(?:(?:rund|etwa|about|around|roughly|environ|unos|cerca de)\s+)?$"
)


def _weak_count(text, start, end, q, qs, verdicts) -> bool:
    """A bare billion-scale figure in a sentence about parameters, e.g. 'GPT-3 jumped to 175 billion.'"""
    if q.value < 10**8 or q.value > 10**16:
        return False
    if not (
        PARAM_WORD.search(text, start, end)
        or PARAM_WORD.search(text, _context_start(text, start), start)
        or SCOPE_RIGHT_AFTER.match(text, q.end, end)
        or (
            (q.suffix or SHORT_MAGNITUDE.search(text, q.start, q.end))
            and NAMED_SIZE_BEFORE.search(text, start, q.start)
        )
        or (VERSIONED_IS_BEFORE.search(text, max(start, q.start - 60), q.start) and PARAM_WORD.search(text))
        or (q.suffix and OWN_BEFORE.search(text, max(start, q.start - 30), q.start))
        or (q.suffix and MODEL_OF_SIZE.search(text, max(start, q.start - 60), q.start))  # 'es un MoE de 400B'
        or (q.suffix and GUESS.search(text, start, q.start))  # 'je parie sur un 70B dense'
        # 'Her estimate: GPT-4o mini is "probably in the 8B range"': a size written short in an estimate
        or (q.suffix and cues.ESTIMATED.search(text, start, q.start) is not None)
        or CLITIC_COUNT.search(text, max(start, q.start - 40), q.start)
        or SIZE_OF.search(text, start, q.start)
        or _owned_count(text, start, q)
        or ("|" in text[start:end] and counts_parameters(text, q.start))  # a size in a table's notes column
        # an estimate given to a name: 'estimaba, sin datos internos, unos 200.000 millones para GPT-4o'
        or (FOR_MODEL_AFTER.match(text, q.end, end) and cues.ESTIMATED.search(text, start, q.start))
        or _version_of_name(text, start, q)
    ):
        return False
    if COUNTED_BEFORE.search(text, start, q.start):
        return False
    if TOKENS_TOPIC.match(text, start) and not PARAM_WORD.search(text, start, end):
        return False  # 'Les tokens sont les morceaux de texte ... : Llama 3 en a avalé plus de 15 000 milliards.'
    if q.start > 1 and text[q.start - 1] in "-‐‑–" and text[q.start - 2].isalnum():
        return False  # a size tag glued to a name ('llama2–13b'), not a count of its own
    if q.suffix and OWN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'Nuestro modelo de 8B está pensado para ...': a lab's own model, whatever follows
    if q.suffix and GUESS.search(text, start, q.start):
        return True  # 'je parie sur un 70B dense': a poster's guess, whatever follows
    if _owned_count(text, start, q):
        return True  # 'avec les 123 milliards de Mistral Large 2'
    if _version_of_name(text, start, q):
        return True  # 'la versión de 8.000 millones de Llama 3.1', 'the 8-billion version of Llama 3.1'
    if GIVEN_TO_NAME.match(text, q.end, end):
        return True  # 'the unconfirmed 1.8 trillion often attributed to OpenAI's GPT-4': a count given a name
    if WHOSE_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'Nébula 3, cuyos 340.000 millones hizo públicos la empresa': the name's own count
    if CLITIC_COUNT.search(text, max(start, q.start - 40), q.start):
        return (
            True  # "n'en mobilise que 13 milliards lors de l'inférence": 'en' is the parameters named before
        )
    if MODEL_OF_SIZE.search(text, max(start, q.start - 60), q.start):
        return True  # 'era un modelo denso de 34.000 millones lanzado en 2024': the size of the model named
    if CITED_FIGURE_BEFORE.search(text, max(start, q.start - 40), q.start):
        return (
            True  # 'Auch die später oft zitierten 1,76 Billionen sind nie bestätigt worden': a known figure
        )
    if NAME_WITH_BEFORE.search(text, max(start, q.start - 40), q.start):
        return True  # '... oder bei Mistral Large 2 mit 123 Milliarden kann ...': a name with its size
    if FIGURE_NOUN_AFTER.match(text, q.end, end):
        # 'the 1.76 trillion figure you'll see quoted for GPT-4', not 'the 15 trillion figure for tokens', nor one
        # the article gave before ('The 1.1 billion figure is about ...', a count already claimed) or calls wrong
        return not (
            COUNTED_LATER.search(text, q.end, end)
            or WRONG_LATER.search(text, q.end, end)
            or text.find(text[q.start : q.end], 0, start) >= 0
        )
    if ESTIMATE_NOUN_BEFORE.search(text, max(start, q.start - 60), q.start):
        # 'The most cited outside estimate, about 1.8 trillion, comes from ...', but not 'Le chiffre de 15 000
        # milliards ... correspond au nombre de jetons': what the sentence says it counts
        return not COUNTED_NOUN_AFTER.match(text, q.end) and not COUNTED_LATER.search(text, q.end, end)

    return (
        not re.match(r"\s*[^\W\d]", text[q.end : min(end, q.end + 3)])
        or bool(WEAK_FOLLOW.match(text, q.end, end))
        or bool(SCOPE_RIGHT_AFTER.match(text, q.end, end))
    )


COUNTED_LATER = re.compile(
    r"\b(?:tokens?|jetons?|palabras|words|Wörter|mots|dollars?|euros?|users?|Nutzer\w*|utilisateurs|usuarios)\b",
    re.IGNORECASE,
)
COUNTED_NOUN_AFTER = re.compile(r"\s*(?:of|de|d['’]|del|des|von)\s*[^\W\d]")


# a version of a size, then whose version it is: 'la versión de 8.000 millones de Llama 3.1'
SIZED_VERSION_BEFORE = re.compile(
    r"\b(?:the|a|la|una|le|une|die|eine|das|el|un)\s+(?:versión|variante|version|variant|Version|Variante)\s+"
    r"(?:de|d['’]|mit|à|with|of|con)\s+(?:unos?\s+|environ\s+|about\s+|rund\s+)?$"
)
# the figure, then the version: 'the 8-billion version of Llama 3.1', 'la variante à 8 milliards de'
VERSION_AFTER_FIGURE = re.compile(r"[\s-]+(?:version|variant|Version|Variante)\s+(?=of\s|von\s)")


def _version_of_name(text: str, start: int, q: Quantity) -> bool:
    """'la versión de 8.000 millones de Llama 3.1', 'the 8-billion version of Llama 3.1': a size of the named model."""
    if SIZED_VERSION_BEFORE.search(text, max(start, q.start - 40), q.start):
        return bool(OF_NAME_AFTER.match(text, q.end))
    after = VERSION_AFTER_FIGURE.match(text, q.end)
    return bool(after and OF_NAME_AFTER.match(text, after.end() - 1))


def _owned_count(text: str, start: int, q: Quantity) -> bool:
    """'the 405 billion of Llama 3.1': a definite figure owned by a name with a digit, an inner capital or all
    capitals."""
    owner = (
        OF_NAME_AFTER.match(text, q.end)
        if THE_BEFORE_FIGURE.search(text, max(start, q.start - 5), q.start)
        else None
    )
    name = owner.group("name") if owner else ""
    # (or an acronym's: 'the 176 billion of BLOOM')
    return any(ch.isdigit() for ch in name) or bool(re.search(r"[a-z][A-Z]|^[A-Z]{4,}\.?$", name))


def spec_line(text: str, start: int, q: Quantity) -> bool:
    return bool(PARAM_LABEL.search(text, max(start, text.rfind("\n", 0, q.start) + 1), q.start))
