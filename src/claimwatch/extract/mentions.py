"""A model's name as found in the text (ModelMention), how a name nobody listed becomes one, and the test
for overlapping spans."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ModelMention:
    start: int
    end: int
    surface: str
    model_id: str
    canonical: str
    org: str | None
    known: bool


def new_name(start: int, end: int, name: str) -> ModelMention:
    """A name nobody listed, as a mention: its id is the name folded to a slug."""
    return ModelMention(start, end, name, slug(name), name, None, False)


def slug(name: str) -> str:
    """A name as an id: accents folded, lower case, runs of other characters as one hyphen ('Föhn-3' -> 'fohn-3')."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^\w.]+|_", "-", folded.lower()).strip("-")


def overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)
