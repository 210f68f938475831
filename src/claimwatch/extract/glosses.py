"""Fact-box items: a figure that opens its line, then a gloss that says what it counts and whose it is
('• 671 billion: Total parameters in DeepSeek-V3', '• 1 000 milliards. C'est le nombre total de paramètres
de Kimi K2', '• 314 Mrd. – Parameter umfasst Grok-1 von xAI'). The gloss, not the figure's own sentence,
decides whether the figure is a parameter count and which model it belongs to."""

from __future__ import annotations

import re

from claimwatch.extract.figure_patterns import BULLET_MARKS, DISTRACTOR_NOUNS
from claimwatch.extract.numbers import Quantity

# a bullet and a hedge may come before the figure: '• ca. 1,8 Bio. – ...', '• Más de 15 billones. ...'
# (or a list's number: '1. 175 milliards', a numbered heading whose gloss is the next line)
LEAD = re.compile(
    rf"[ \t]*(?:[{BULLET_MARKS}][ \t]*)?(?:\d{{1,2}}[.)][ \t]+)?(?:(?:ca\.|approx\.|about|around|roughly|nearly|almost|over|more than|"
    r"rund|etwa|über|knapp|fast|mehr als|environ|près de|plus de|presque|unos|cerca de|más de|casi|"
    r"entre|zwischen|between)\s+)?",
    re.IGNORECASE,
)
# between the members of a run of figures: '671 Md / 37 Md', '8B, 70B, 405B', '141 Mrd. / 39 Mrd.'
JOIN = re.compile(r"[ \t]*(?:[/,&+]|and|und|et|y|e)[ \t]*", re.IGNORECASE)
SEPARATOR = re.compile(r"[ \t]*(?:[.:=]|[ \t][–—-])[ \t]+(?=\S)")
# a figure alone on its line (a heading), glossed by the next line: '3. 1.5 billion\n\nThat was GPT-2, ...'
LINE_ALONE = re.compile(r"[ \t]*[.:]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\S)")
# an abbreviation's dot ends the figure and the item's first sentence at once: '671 Md / 37 Md. Le duo ...'
AFTER_DOT = re.compile(r"[ \t]+(?=[^\W\d_])")
# what a gloss about a model's size says before the name: 'Total parameters in', 'so viele Parameter hat',
# 'La taille annoncée par Meta pour', 'Gesamt- und aktive Parameter von', 'Le duo total/actif de'
SIZE_WORDS = re.compile(
    r"par[aáâ]m|\bsizes?\b|größe|\btailles?\b|\btamaños?\b|\btotal|\bactiv|\baktiv|\bactif|\bgesamt",
    re.IGNORECASE,
)
PARAM = re.compile(r"par[aáâ]m", re.IGNORECASE)
NOT_PARAMETERS = re.compile(r"\b(?:not|nicht|keine|pas|no son|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
# what a gloss about something else counts: 'Tokens de texto con los que ...', 'Le nombre de jetons ...'
COUNTED_ELSE = re.compile(rf"(?<!\w){DISTRACTOR_NOUNS}(?!\w)", re.IGNORECASE)
# a gloss's order of scope words gives a run's members theirs: 'Total and active parameters in ...'
SCOPE_WORDS = re.compile(
    r"\b(?:(?P<active>activ\w*|aktiv\w*|actif\w*|actifs)|(?P<total>total\w*|gesamt\w*|insgesamt))",
    re.IGNORECASE,
)
REACH = 200
WINDOW = 80  # how far into the gloss its words say what the figure counts


def run_of(text: str, q: Quantity, qs: list[Quantity]) -> list[Quantity]:
    """The figures joined to q by '/', ',' or 'and' on its line, q among them."""
    i = next((k for k, r in enumerate(qs) if r.start == q.start), None)
    if i is None:
        return [q]
    lo = hi = i
    while lo > 0 and JOIN.fullmatch(text, qs[lo - 1].end, qs[lo].start):
        lo -= 1
    while hi + 1 < len(qs) and JOIN.fullmatch(text, qs[hi].end, qs[hi + 1].start):
        hi += 1
    return qs[lo : hi + 1]


def gloss_span(text: str, q: Quantity, qs: list[Quantity]) -> tuple[int, int] | None:
    """Where the gloss of a fact-box figure runs (to its line's end), or None when q opens no such item."""
    run = run_of(text, q, qs)
    first, last = run[0], run[-1]
    line = text.rfind("\n", 0, first.start) + 1
    if not LEAD.fullmatch(text, line, first.start):
        return None
    sep = SEPARATOR.match(text, last.end)
    if sep is None and text[last.end - 1 : last.end] == ".":
        sep = AFTER_DOT.match(text, last.end)
    # (a range alone on its line is a section's title, 'De 1.500 millones a 175.000 millones', no fact)
    if sep is None and first.high is None:
        sep = LINE_ALONE.match(text, last.end)
    if sep is None:
        return None
    line_end = text.find("\n", sep.end())
    return sep.end(), min(line_end if line_end >= 0 else len(text), sep.end() + REACH)


def gloss_verdict(text: str, q: Quantity, qs: list[Quantity]) -> bool | None:
    """A fact-box figure counts what its gloss says first: tokens, users, dollars (False) or parameters (True)."""
    span = gloss_span(text, q, qs)
    if span is None:
        return None
    end = min(span[1], span[0] + WINDOW)
    size = SIZE_WORDS.search(text, span[0], end)
    # a scope word alone may count something else ('Wöchentlich aktive Nutzer'), and parameters denied do
    # ('Not parameters this time, but tokens')
    denied = size is not None and NOT_PARAMETERS.search(text, max(span[0], size.start() - 12), size.start())
    weak = size is not None and not PARAM.match(size.group())
    other = COUNTED_ELSE.search(text, span[0], size.start() if size else end) or (
        (denied or weak)
        and COUNTED_ELSE.search(text, size.end(), end if denied else min(end, size.end() + 20))
    )
    if other:
        return False
    return True if size else None


def gloss_scope(text: str, q: Quantity, qs: list[Quantity], model_start: int) -> str | None:
    """The scope a fact-box gloss gives a figure before the model's name: one word for the whole run ('Active
    parameters in ...'), or one per member in order ('Gesamt- und aktive Parameter von ...')."""
    span = gloss_span(text, q, qs)
    if span is None or not span[0] <= model_start <= span[1]:
        return None
    said = [m.lastgroup for m in SCOPE_WORDS.finditer(text, span[0], model_start)]
    run = run_of(text, q, qs)
    if len(said) == len(run) >= 2:
        return said[[r.start for r in run].index(q.start)]
    return said[0] if len(set(said)) == 1 else None
