"""Hypothesis properties (RELIABILITY.md, fuzzing): the number grammar, the extractor, the feed path into a
real SQLite store, and URL canonicalisation. Every property is marked `fuzz` and runs
CLAIMWATCH_FUZZ_EXAMPLES examples (default 200, so the normal suite stays fast; `make fuzz` sets 10,000):

    CLAIMWATCH_FUZZ_EXAMPLES=10000 .venv/bin/python -m pytest -q -m fuzz -p no:cacheprovider

Generators mix the vocabularies of all seven languages the grammar reads with arbitrary Unicode (right-to-
left, CJK, combining marks, zero-width and control characters, lone surrogates where a str allows them).
The feed property also mutates the feedparser corpus (`../shared/corpora/feedparser/`) when it is present.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimwatch.extract import extract_claims, numbers
from claimwatch.feeds import ParsedFeed, parse_feed
from claimwatch.store import Store
from claimwatch.urls import canonicalize, is_tracking_param
from tests.reliability.conftest import save_parsed

EXAMPLES = int(os.environ.get("CLAIMWATCH_FUZZ_EXAMPLES", "200"))
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpora" / "feedparser"
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
pytestmark = pytest.mark.fuzz

# --------------------------------------------------------------------------- vocabularies

NUMBER_WORDS = [
    # magnitudes, en / de / fr / es / it / nl / pt, words and abbreviations
    "thousand", "million", "billion", "trillion", "quadrillion", "bn", "tn", "mn", "K", "k", "M", "B", "T", "b",
    "Tausend", "Million", "Millionen", "Milliarde", "Milliarden", "Billion", "Billionen", "Billiarde", "Mio.",
    "Mrd.", "Bio.", "Tsd.", "mille", "millions", "milliard", "milliards", "billions", "Md", "Mds", "mil",
    "millón", "millones", "millardo", "billón", "billones", "trillón", "mila", "milione", "milioni", "miliardo",
    "miliardi", "bilione", "mln", "mld", "duizend", "miljoen", "miljard", "miljarden", "biljoen", "mil",
    "milhão", "milhões", "bilhão", "bilhões", "trilhão", "mi", "bi", "tri",
    # count words and glue
    "one", "a", "half", "two", "hundred", "eine", "halbe", "zweieinhalb", "dreihundertfünfzig", "un", "demi",
    "deux", "cents", "dos", "medio", "mezzo", "duecento", "een", "half", "meio", "and", "und", "et", "y", "e",
    "to", "bis", "à", "a", "hasta", "tot", "até", "between", "zwischen", "entre", "from", "von", "de", "tra",
    "x", "×", "+", "-", "–", "—", "~", "about", "etwa", "environ", "unos", "circa", "ongeveer", "cerca de",
    "$", "€", "US$", "R$", "£", "%", "parameters", "Parameter", "paramètres", "parámetros", "parametri",
    "parâmetros", "context", "tokens", "GB", "4K", "Figure 3b", "Llama-2-70b", "Llama 3.1-8B", "H100",
]  # fmt: skip
DIGITS = st.from_regex(r"\A[0-9]{1,4}([.,' \u00a0\u202f][0-9]{1,3}){0,4}\Z", fullmatch=True)
NAMES = ["GPT-4", "GPT‑4o", "Llama 3", "Llama 3.1 405B", "Mixtral 8x7B", "Claude 3 Opus", "Gemini Ultra",
         "Mistral Large", "Qwen2", "通义千问", "DeepSeek-V3", "Grok-1", "PaLM 2", "Falcon 180B", "BLOOM", "Phi-3"]  # fmt: skip
CUES = ["reportedly", "according to", "sources say", "rumoured", "soll", "angeblich", "selon", "según",
        "secondo", "volgens", "segundo", "OpenAI said", "The Information", "is not", "n'a pas", "does not have",
        "officially", "announced", "estimated", "expected", "active", "total", "each expert", "with"]  # fmt: skip
ODD = ["\u200b", "\u200d", "\u00ad", "\u2011", "\u202e", "\ufeff", "\u0301", "\u00a0", "\n", "\t", "\r\n", "\x00",
       "\x1b[31m", "שלום", "مرحبا", "日本語", "🚀", "🇫🇷", "Ａ", "𝟕", "٣", "०", "\ud800"]  # fmt: skip

piece = st.one_of(
    st.sampled_from(NUMBER_WORDS), st.sampled_from(NAMES), st.sampled_from(CUES), st.sampled_from(ODD), DIGITS,
    st.text(max_size=6),
)  # fmt: skip
mixed_text = st.lists(piece, max_size=60).map(lambda parts: " ".join(parts))
glued_text = st.lists(piece, max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=500), mixed_text, glued_text)
langs = st.sampled_from(["en", "de", "fr", "es", "it", "nl", "pt", "de-AT", "pt-BR", "xx", None])


# --------------------------------------------------------------------------- the number grammar


@FUZZ
@given(text=any_text, lang=langs)
def test_number_grammar_never_raises_spans_and_values_sane(text: str, lang: str | None) -> None:
    found = numbers._find(text, numbers._norm_lang(lang))  # the unguarded core: a bug raises here
    assert found == numbers.find_quantities(text, lang)
    for q in found:
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start : q.end].strip(), q
        assert 0 < q.value <= 10**18, q
        assert q.high is None or q.high >= q.value, q


@FUZZ
@given(expr=st.one_of(any_text, st.lists(piece, min_size=1, max_size=4).map(" ".join)), lang=langs)
def test_parse_amount_never_raises_value_positive(expr: str, lang: str | None) -> None:
    value = numbers._parse_amount(expr, numbers._norm_lang(lang)) if expr.strip() else None
    capped = value if value is None or 0 < value <= 10**18 else None  # the public function's cap
    assert capped == numbers.parse_amount(expr, lang)


def test_parse_amount_lone_magnitude_word_over_the_cap() -> None:
    """Found by the fuzzer: a lone magnitude word skipped the 1e18 cap (German 'Quadrillion' is 1e24)."""
    assert numbers.parse_amount("QUADRILLION", "de") is None


# --------------------------------------------------------------------------- the extractor


def sentences() -> st.SearchStrategy[str]:
    """Claim-shaped sentences in any of the languages, then broken up with arbitrary pieces."""
    figure = st.tuples(DIGITS, st.sampled_from(NUMBER_WORDS)).map(" ".join)
    shaped = st.tuples(
        st.sampled_from(NAMES), st.sampled_from(CUES), figure, st.sampled_from(NUMBER_WORDS[-20:])
    )
    return st.lists(st.one_of(shaped.map(" ".join), piece), min_size=1, max_size=30).map(" ".join)


@FUZZ
@given(text=st.one_of(any_text, sentences()), lang=langs)
def test_extractor_any_text_offsets_and_params_sane(text: str, lang: str | None) -> None:
    for claim in extract_claims(text, lang):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.evidence
        assert 0 < claim.params <= 10**18
        assert claim.params_high is None or claim.params < claim.params_high <= 10**18
        assert claim.scope in ("total", "active") and claim.model_id and claim.model


# --------------------------------------------------------------------------- feeds into a real store


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".xml", ".gz", ".z"))


CORPUS_FILES = corpus_files()
INJECTIONS = [b"\x00", b"\xff\xfe", b"&", b"&amp;amp;", b"<![CDATA[", b"]]>", b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
              b"&#0;", b"&#xD800;", b"<item>", b"</item>", b"<entry>", b"\xef\xbb\xbf", b"\xc3\x28", b"<script>",
              b' href="javascript:x"', b"\x1b[2J", b"<pubDate>2016/6/29</pubDate>"]  # fmt: skip


@st.composite
def mutated_feed(draw: st.DrawFn) -> bytes:
    """A corpus feed with a few random mutations: flips, cuts, insertions, duplicated or deleted slices."""
    body = (
        bytearray(draw(st.sampled_from(CORPUS_FILES)).read_bytes()) if CORPUS_FILES else bytearray(b"<rss/>")
    )
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(body)))
        op = draw(st.sampled_from(["flip", "cut", "insert", "inject", "duplicate", "delete"]))
        if op == "flip" and body:
            body[min(at, len(body) - 1)] ^= 1 << draw(st.integers(0, 7))
        elif op == "cut":
            del body[at:]
        elif op == "insert":
            body[at:at] = draw(st.binary(max_size=16))
        elif op == "inject":
            body[at:at] = draw(st.sampled_from(INJECTIONS))
        elif op == "duplicate":
            body[at:at] = body[at : at + draw(st.integers(1, 400))]
        else:
            del body[at : at + draw(st.integers(1, 200))]
    return bytes(body)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One real store for every example; it must still pass integrity and FK checks at the end."""
    with Store(tmp_path_factory.mktemp("fuzz") / "fuzz.db") as opened:
        yield opened
        assert opened.integrity_check() == []


_NUMBER = iter(range(10**9))
_HEADERS = [{}, {"Content-Type": "application/rss+xml; charset=utf-8"}, {"Content-Type": "text/xml; charset=iso-8859-1"},
            {"Content-Type": "application/atom+xml; charset=utf-16"}, {"Content-Type": "text/html"}]  # fmt: skip


def _through_store(store: Store, body: bytes, headers: dict[str, str]) -> None:
    n = next(_NUMBER)
    url = f"https://fuzz.example/{n}/feed.xml"
    parsed = parse_feed(body, url=url, headers=headers)
    assert isinstance(parsed, ParsedFeed)
    for entry in parsed.entries:
        for value in (entry.guid, entry.link, entry.title, entry.summary, entry.content, entry.author):
            assert value is None or (isinstance(value, str) and not re.search(r"[\x00\ud800-\udfff]", value))
    feed_id = store.add_feed(url)
    save_parsed(store, feed_id, parsed, source=url)


@FUZZ
@given(body=st.binary(max_size=4096), headers=st.sampled_from(_HEADERS))
def test_random_bytes_through_parse_feed_into_the_store(
    store: Store, body: bytes, headers: dict[str, str]
) -> None:
    _through_store(store, body, headers)


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpora/feedparser is not present")
@FUZZ
@given(body=mutated_feed(), headers=st.sampled_from(_HEADERS))
def test_mutated_corpus_feeds_through_parse_feed_into_the_store(
    store: Store, body: bytes, headers: dict[str, str]
) -> None:
    _through_store(store, body, headers)


# --------------------------------------------------------------------------- URL canonicalisation

segment = st.text(
    alphabet=st.characters(blacklist_characters="%/?#", blacklist_categories=("Cs", "Cc")), max_size=10
)
safe_segment = st.text(alphabet="abcdefghijXYZ0123456789-_.~!$'()*+,;=:@éü日", min_size=1, max_size=8)
host = st.sampled_from(["example.com", "Example.COM", "bücher.example", "xn--bcher-kva.example", "[::1]", "[2001:db8::1]",
                        "127.0.0.1", "a.b.c.", "news.example.co.uk", "MAIL.example.com"])  # fmt: skip
port = st.sampled_from(["", ":80", ":443", ":8080", ":0"])
key = st.sampled_from(
    ["id", "p", "page", "Q", "a%2f", "utm_source", "utm_medium", "fbclid", "gclid", "ref", "spm"]
)
value = st.text(alphabet="abcXYZ123%/?+=&é ", max_size=6)


@st.composite
def web_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    userinfo = draw(st.sampled_from(["", "user@", "user:pw@"]))
    path = "/".join(draw(st.lists(segment, max_size=4)))
    query = "&".join(f"{k}={v}" for k, v in draw(st.lists(st.tuples(key, value), max_size=5)))
    fragment = draw(st.sampled_from(["", "#top", "#!/route", "#"]))
    return f"{scheme}://{userinfo}{draw(host)}{draw(port)}/{path}" + (f"?{query}" if query else "") + fragment


@FUZZ
@given(url=st.one_of(web_urls(), st.text(max_size=80)))
def test_canonicalize_idempotent_never_raises(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once


@FUZZ
@given(
    scheme=st.sampled_from(["http", "https"]),
    base=host,
    p1=st.lists(safe_segment, min_size=1, max_size=4).map("/".join),
    p2=st.lists(safe_segment, min_size=1, max_size=4).map("/".join),
    k1=st.sampled_from(["id", "p", "story", "v"]),
    v1=st.text(alphabet="abc123é", min_size=1, max_size=5),
    v2=st.text(alphabet="abc123é", min_size=1, max_size=5),
    tracking=st.lists(
        st.tuples(
            st.sampled_from(["utm_source", "utm_campaign", "fbclid", "gclid"]),
            st.text(alphabet="abcXYZ123-_.", max_size=6),
        ),
        max_size=3,
    ),
)
def test_canonicalize_never_merges_two_articles(
    scheme: str, base: str, p1: str, p2: str, k1: str, v1: str, v2: str, tracking: list[tuple[str, str]]
) -> None:
    root = f"{scheme}://{base}"
    noise = "".join(f"&{k}={v}" for k, v in tracking if is_tracking_param(k))
    if p1 != p2:  # different paths stay different, tracking parameters or not
        assert canonicalize(f"{root}/{p1}?x=1{noise}") != canonicalize(f"{root}/{p2}?x=1")
    assume(v1 != v2)  # a different value of a real parameter is a different article
    assert canonicalize(f"{root}/{p1}?{k1}={v1}{noise}") != canonicalize(f"{root}/{p1}?{k1}={v2}")
    # ... while tracking parameters alone never make a second article
    assert canonicalize(f"{root}/{p1}?{k1}={v1}{noise}") == canonicalize(f"{root}/{p1}?{k1}={v1}")
