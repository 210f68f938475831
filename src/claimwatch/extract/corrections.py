"""Corrections a newsroom appends to a story ('Correction: ... It has 405 billion parameters, not 450 billion',
'Korrektur: ... 405 Milliarden Parameter, nicht 450 Milliarden'). The figure the correction takes back was never
a claim: the body's sentence that gave it is not read as one."""

from __future__ import annotations

import re

from claimwatch.extract.figures import article_lower
from claimwatch.extract.numbers import Quantity
from claimwatch.models import Claim

# a line that opens a correction or an editor's note, found from the newline before it (a pattern that opens
# with a literal skips from newline to newline; one that opens with a line anchor tries every position)
CORRECTION_LINE_LOW = re.compile(
    r"(?:\n|^)[ \t*_>•-]*(?:corrections?|clarification|update[ds]?|editor['’]s note|korrektur|berichtigung|"
    r"richtigstellung|(?:anmerkung|hinweis) der redaktion|corrección|fe de erratas|aclaración|actualización|"
    r"nota de la redacción|correctif|rectificatif|erratum|mise à jour|note de la rédaction)\b[^\n]*"
)
NEWLINE_LOW = re.compile(r"\n" + CORRECTION_LINE_LOW.pattern.removeprefix(r"(?:\n|^)"))
# the figure a correction takes back: 'not 450 billion', 'nicht 450 Milliarden', 'et non sur la version de 22
# milliards', 'y no 450.000 millones', 'rather than 450', 'statt 450'
TAKEN_BACK = re.compile(
    r"(?:\bnot|\bnicht|\bnon|\bno|\bstatt|\banstatt|\binstead of|\brather than|\bau lieu de|\ben lugar de|"
    r"\ben vez de)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
SAME_VALUE = 0.005


def taken_back(text: str, quantities: list[Quantity]) -> list[tuple[int, str, int]]:
    """(where the correction starts, its line in lower case, the value it takes back) for each figure a
    correction line negates."""
    low = article_lower(text)
    first = CORRECTION_LINE_LOW.match(low)
    lines = ([(0, first.end())] if first else []) + [
        (m.start() + 1, m.end()) for m in NEWLINE_LOW.finditer(low)
    ]
    found = []
    for start, end in lines:
        for q in quantities:
            if start <= q.start < end and TAKEN_BACK.search(text, max(start, q.start - 40), q.start):
                found.append((start, low[start:end], q.value))
    return found


def without_taken_back(claims: list[Claim], text: str, quantities: list[Quantity]) -> list[Claim]:
    """The claims the body made before a correction took their figure back, for a model of the family the
    correction names ('Halyard-2 ... not 72 billion' leaves the story's 'Qwen2.5 72B' alone)."""
    back = taken_back(text, quantities)
    if not back:
        return claims
    return [c for c in claims if not any(_takes_back(c, *b) for b in back)]


def _takes_back(c: Claim, at: int, line: str, value: int) -> bool:
    family = re.split(r"[\s-]", c.model.lower(), maxsplit=1)[0]
    return c.start < at and abs(c.params - value) <= SAME_VALUE * value and family in line
