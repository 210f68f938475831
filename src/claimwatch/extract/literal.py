"""Where a word the article itself supplies stands in the text, found by substring search.

A pattern compiled for each such word ('(?<![\\w-])Kestrel(?![\\w-])') costs its compilation once per
article, as names differ from one article to the next (0.1-1 ms each for the long ones), and one that
opens with a lookbehind tries every position of the text. `str.find` skips ahead in C; what must stand
before or after the word is checked at each place it occurs, with patterns compiled once.
"""

from __future__ import annotations

import re


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what `\w` matches in a str pattern


def word_starts(text: str, word: str, start: int = 0, end: int | None = None, joiners: str = "") -> list[int]:
    """Where `word` stands in text[start:end] with no word character (nor one of `joiners`) right before
    it, in text order. What comes after it is the caller's to check."""
    end = len(text) if end is None else end
    found: list[int] = []
    at = text.find(word, start, end) if word else -1
    while at >= 0:
        before = text[at - 1] if at else ""
        if not (before and (_word_char(before) or before in joiners)):
            found.append(at)
        at = text.find(word, at + 1, end)
    return found


def whole_words(
    text: str, word: str, start: int = 0, end: int | None = None, joiners: str = "-"
) -> list[tuple[int, int]]:
    """(start, end) of each `word` in text[start:end] with no word character nor joiner on either side, as
    `(?<![\\w-])word(?![\\w-])` finds it there (the stretch's end counts as a boundary, as for a pattern's endpos)."""
    end = len(text) if end is None else end
    found: list[tuple[int, int]] = []
    for at in word_starts(text, word, start, end, joiners):
        stop = at + len(word)
        after = text[stop] if stop < end else ""
        if not (after and (_word_char(after) or after in joiners)) and not (found and at < found[-1][1]):
            found.append((at, stop))
    return found


def after_word(
    text: str, word: str, rest: re.Pattern[str], start: int = 0, end: int | None = None
) -> list[tuple[int, re.Match[str]]]:
    """(where `word` starts, the match of `rest` right after it) for each place `re.finditer(re.escape(word) +
    rest.pattern, text, start, end)` would find: leftmost first, none overlapping."""
    end = len(text) if end is None else end
    found: list[tuple[int, re.Match[str]]] = []
    at = text.find(word, start, end) if word else -1
    while at >= 0:
        m = rest.match(text, at + len(word), end)
        if m:
            found.append((at, m))
        at = text.find(word, m.end() if m else at + 1, end)
    return found
