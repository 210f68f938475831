"""Read text in one canonical form, report offsets in the original.

News text arrives with decomposed accents ('pa' + U+0301 + 'rámetros' from macOS and some CMSs), soft
hyphens and zero-width characters inside words ('Para\u00admeter', 'GPT\u200d-4'), and full-width
Latin letters and digits ('ＧＰＴ-４'). The rules are written for NFC text without those, so the
extractor reads a normalised copy and maps every offset back, so that `text[start:end] == evidence`
still holds for the text the caller gave.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM used as a zero-width no-break space
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_SUSPECT = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\u3000\uff01-\uff5e]")
_FULLWIDTH_OFFSET = 0xFEE0  # U+FF01..U+FF5E are U+0021..U+007E shifted by this


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised copy of a text and where each of its characters came from."""

    text: str
    starts: list[int] | None  # starts[i]: offset in the original of normalised character i; None = same text
    ends: list[int] | None  # ends[i]: offset just past the original characters that made character i

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that text[start:end] was made from."""
        if self.starts is None or self.ends is None or end <= start:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise(text: str) -> Normalised:
    """NFC, invisible characters removed, full-width ASCII folded to ASCII (no copy when none apply)."""
    if unicodedata.is_normalized("NFC", text) and not _SUSPECT.search(text):
        return Normalised(text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1  # a base character and the marks that follow it compose together
        for ch in _fold(unicodedata.normalize("NFC", text[i:j])):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalised("".join(out), starts, ends)


def _fold(cluster: str) -> str:
    chars = []
    for ch in cluster:
        if ch in INVISIBLE:
            continue
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - _FULLWIDTH_OFFSET)
        elif ch == "\u3000":
            ch = " "
        chars.append(ch)
    return "".join(chars)
