"""extract.literal: substring search for the words an article supplies, the same places a pattern made for
each word finds (the property tests compare the two on generated text)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from claimwatch.extract.literal import after_word, whole_words, word_starts

ALPHABET = "ab -_.,\n1é:"
texts = st.text(alphabet=ALPHABET, max_size=40)
words = st.text(alphabet=ALPHABET, min_size=1, max_size=4)


def test_word_starts_needs_no_word_character_before():
    text = "Nova, Novak and the re-Nova of _Nova"  # (what follows is the caller's to check: 'Novak' counts)
    assert word_starts(text, "Nova") == [0, 6, 23]
    assert word_starts(text, "Nova", joiners="-") == [0, 6]


def test_whole_words_skips_a_word_that_goes_on():
    text = "Kestrel-2 and Kestrel, Kestrels, Kestrel"
    assert whole_words(text, "Kestrel") == [(14, 21), (33, 40)]
    assert whole_words(text, "Kestrel", joiners="") == [(0, 7), (14, 21), (33, 40)]


def test_whole_words_counts_the_end_of_the_stretch_as_a_boundary():
    text = "Orlo Orlok"
    assert whole_words(text, "Orlo", 0, 8) == [(0, 4)]
    assert whole_words(text, "Orl", 5, 8) == [(5, 8)]


def test_after_word_gives_the_word_start_and_what_follows():
    rest = re.compile(r" (?P<size>S|M|L)\b")
    found = after_word("Kumo-2 S mit 3, Kumo-2 M und Kumo-2", "Kumo-2", rest)
    assert [(at, m.group("size")) for at, m in found] == [(0, "S"), (16, "M")]


@given(texts, words, st.integers(0, 45), st.integers(0, 45))
def test_whole_words_finds_what_the_pattern_finds(text, word, a, b):
    a, b = min(a, len(text)), min(max(a, b), len(text))
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    assert whole_words(text, word, a, b) == [m.span() for m in pattern.finditer(text, a, b)]


@given(texts, words)
def test_whole_words_without_joiners_finds_what_the_pattern_finds(text, word):
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    assert whole_words(text, word, joiners="") == [m.span() for m in pattern.finditer(text)]


@given(texts, words, st.sampled_from([r" ?[a-b]+", r"[ ,]*", r"(?=:)", r"(?:\s?\d|-)"]), st.integers(0, 45))
def test_after_word_finds_what_the_joined_pattern_finds(text, word, rest, b):
    b = min(b, len(text))
    joined = re.compile(re.escape(word) + rest)
    expected = [(m.start(), m.end()) for m in joined.finditer(text, 0, b)]
    assert [(at, m.end()) for at, m in after_word(text, word, re.compile(rest), 0, b)] == expected


def test_after_word_skips_a_word_inside_the_match_before():
    # as finditer: 'Nova Nova Pro' read as 'Nova' + ' Nova Pro' leaves no second match inside it
    rest = re.compile(r"(?: [A-Z][a-z]+)+")
    assert [(at, m.end()) for at, m in after_word("Nova Nova Pro", "Nova", rest)] == [(0, 13)]
