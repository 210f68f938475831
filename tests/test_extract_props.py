"""Properties of the extractor on any text: never raises, offsets slice to evidence, params sane."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch.extract import extract_claims

EXAMPLES = int(os.environ.get("CLAIMWATCH_FUZZ_EXAMPLES", "200"))
WORDS = [
    "GPT-4",
    "Llama 3",
    "70B",
    "1,76T",
    "parameters",
    "Parameter",
    "paramètres",
    "parámetros",
    "billion",
    "Milliarden",
    "milliards",
    "mil millones",
    "reportedly",
    "according to",
    "The Information",
    "$",
    "€",
    "8x7B",
    "active",
    "about",
    "etwa",
    ",",
    ".",
    "\n",
    " ",
    "(",
    ")",
    "-",
    "bis",
    "to",
    "MAI-1",
    "model",
    "Mrd.",
    "Bio.",
    "Billionen",
    "billones",
    "175.000",
    "3.8",
    "7B,",
    "13B",
    "and",
]
text_strategy = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=60).map("".join),
)


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=text_strategy, lang=st.sampled_from(["en", "de", "fr", "es", "it", None]))
def test_any_text(text: str, lang: str | None) -> None:
    for c in extract_claims(text, lang):
        assert text[c.start : c.end] == c.evidence
        assert 0 < c.params < 10**18
        assert c.params_high is None or c.params_high > c.params
        assert c.scope in ("total", "active")
