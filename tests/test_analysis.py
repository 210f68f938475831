"""Consensus, conflicts, reliability and history over a fixture database whose answers are known."""

from __future__ import annotations

import random
from typing import Any

import pytest

from claimwatch import analysis as an
from claimwatch.extract.gazetteer import default_gazetteer
from claimwatch.models import Claim
from claimwatch.reference import name_index
from tests import answers_fixture as fx

B, T = fx.B, fx.T


@pytest.fixture(scope="module")
def figs(tmp_path_factory: pytest.TempPathFactory) -> list[an.Figure]:
    path = fx.build(tmp_path_factory.mktemp("answers") / "fixture.db")
    gaz = default_gazetteer()
    names = {model_id: entry.name for model_id, entry in gaz.models.items()}
    return an.figures(fx.claims(path), name_index([], (), gaz.model_index.keys), names)


def by_model(rows: list[Any], model_id: str) -> list[Any]:
    return [r for r in rows if r.model_id == model_id]


def claim(model_id: str, params: int, status: str = "official", **extra: Any) -> dict[str, Any]:
    """A claim dict shaped like a Store.claims() row."""
    row = {
        "id": None,
        "article_id": None,
        "model": model_id.upper(),
        "model_id": model_id,
        "org": None,
        "params": params,
        "params_high": None,
        "scope": "total",
        "status": status,
        "attributed_to": None,
        "evidence": f"{model_id} has {params} parameters.",
        "site": "a.example",
        "url": None,
        "published": "2024-01-01T00:00:00+00:00",
    }
    return {**row, **extra}


# --- figures: canonical ids, sources, variants -----------------------------------------------------


def test_the_syndicated_copy_is_stored_once(figs: list[an.Figure]) -> None:
    assert len(figs) == fx.N_CLAIMS
    assert not any(f.outlet == "msn.com" for f in figs)


def test_spelling_variant_slug_joins_its_model(figs: list[an.Figure]) -> None:
    estimate = next(f for f in figs if f.status == "estimated")
    assert (estimate.model_id, estimate.model) == ("gpt-4", "GPT-4")
    assert not [f for f in figs if f.model_id == "gpt4"]


def test_versions_stay_apart(figs: list[an.Figure]) -> None:
    assert {f.low for f in by_model(figs, "llama-3.1")} == {405 * B}
    assert 405 * B not in {f.low for f in by_model(figs, "llama-3")}


def test_source_keys_join_outlet_and_cited_names() -> None:
    assert an.source_key("The Information") == an.source_key("www.theinformation.com") == "theinformation"
    assert an.source_key("bbc.co.uk") == "bbc"
    assert an.source_key("https://blog.openai.com/x") == "openai"


def test_size_variants_are_flagged(figs: list[an.Figure]) -> None:
    llama = by_model(figs, "llama-3")
    assert all(f.variant for f in llama)  # tags, a listed sentence, a family range, a tagged rumour
    assert not any(f.variant for f in by_model(figs, "mixtral-8x7b"))  # total + active in one sentence
    assert not any(f.variant for f in by_model(figs, "gpt-4"))


def test_a_contrasted_sentence_is_not_a_variant_listing() -> None:
    text = "X-1 has 10 billion parameters, not 20 billion."
    figs = an.figures(
        [claim("x-1", 10 * B, evidence=text, article_id=1), claim("x-1", 20 * B, evidence=text, article_id=1)]
    )
    assert not any(f.variant for f in figs)


def test_pydantic_claims_are_accepted() -> None:
    made = Claim(
        model="Llama 3", model_id="llama-3", params=70 * B, evidence="Llama 3 70B is out.", start=0, end=19
    )
    [fig] = an.figures([made])
    assert fig.variant and fig.outlet == "unknown"


# --- agreement ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "tolerance", "expected"),
    [
        ((1760 * B, 1760 * B), (1800 * B, 1800 * B), 0.1, True),
        ((1 * T, 1 * T), (1760 * B, 1760 * B), 0.1, False),
        ((100, 100), (111, 111), 0.1, True),  # gap 11 <= 0.1 * 111
        ((100, 100), (112, 112), 0.1, False),
        ((8 * B, 70 * B), (70 * B, 70 * B), 0.1, True),  # a range holds its member
        ((100, 100), (104, 104), 0.0, False),
    ],
)
def test_agree(a: tuple[int, int], b: tuple[int, int], tolerance: float, expected: bool) -> None:
    assert an.agree(a, b, tolerance) is expected
    assert an.agree(b, a, tolerance) is expected


def test_clusters_never_chain_beyond_the_tolerance() -> None:
    figs = an.figures([claim("m", v) for v in (100, 109, 118, 127)])
    groups = an.clusters(figs, 0.1)
    assert [[f.low for f in g] for g in groups] == [[100, 109], [118, 127]]


# --- consensus ----------------------------------------------------------------------------------


def test_official_outranks_rumours(figs: list[an.Figure]) -> None:
    [row] = by_model(an.consensus(figs), "gpt-4")
    assert (row.params, row.status, row.confidence, row.sources) == (1800 * B, "official", "high", 1)
    assert row.basis == "official, 1 source; lower-ranked figures differ"
    assert row.first_seen.startswith("2023-03-19")


def test_official_disagreement_lowers_confidence(figs: list[an.Figure]) -> None:
    [row] = by_model(an.consensus(figs), "grok-1")
    assert (row.params, row.confidence) == (314 * B, "medium")  # tie on sources: the rumour agreeing decides
    assert "sources disagree" in row.basis


def test_rumours_only(figs: list[an.Figure]) -> None:
    [row] = by_model(an.consensus(figs), "gpt-5")
    assert (row.params, row.status, row.confidence) == (10 * T, "expected", "low")
    assert row.basis.startswith("expected only, 1 source; sources disagree")


def test_most_independent_sources_win_within_a_rank() -> None:
    rows = [
        claim("m", 100 * B, "rumored", site="a.example"),
        claim("m", 102 * B, "rumored", site="b.example"),
        claim("m", 300 * B, "rumored", site="c.example", attributed_to="Insider"),
        claim("m", 300 * B, "rumored", site="d.example", attributed_to="Insider"),
    ]  # one source, cited twice
    [row] = an.consensus(rows)
    assert (row.params, row.sources, row.confidence) == (100 * B, 2, "low")
    assert row.source_names == ["a.example", "b.example"]


def test_reports_agreeing_give_medium_confidence() -> None:
    rows = [claim("m", 7 * B, "reported", site="a.example"), claim("m", 7 * B, "reported", site="b.example")]
    assert an.consensus(rows)[0].confidence == "medium"


def test_total_and_active_are_never_mixed(figs: list[an.Figure]) -> None:
    [summary] = by_model(an.summaries(figs), "mixtral-8x7b")
    assert summary.total and summary.total.params == 46_700_000_000
    assert summary.active and summary.active.params == 12_900_000_000


def test_variant_only_models_have_variants_and_no_consensus(figs: list[an.Figure]) -> None:
    [summary] = by_model(an.summaries(figs), "llama-3")
    assert summary.total is None
    assert summary.variants == [8 * B, 70 * B, 400 * B]
    assert summary.sources == 4  # theinformation, meta, heise, venturebeat


# --- conflicts ----------------------------------------------------------------------------------


def test_conflict_kinds(figs: list[an.Figure]) -> None:
    found = {(c.model_id, c.kind, c.a.params, c.b.params) for c in an.conflicts(figs)}
    assert found == {
        ("grok-1", "official vs official", 314 * B, 400 * B),
        ("grok-1", "rumour vs official", 300 * B, 400 * B),
        ("gpt-4", "rumour vs official", 1 * T, 1800 * B),
        ("gpt-4", "rumour vs estimate", 1 * T, 1800 * B),
        ("gpt-4", "rumour vs rumour", 1 * T, 1760 * B),
        ("mixtral-8x7b", "rumour vs official", 56 * B, 46_700_000_000),
        ("gpt-5", "expectation vs rumour", 10 * T, 50 * T),
    }


def test_official_vs_official_comes_first_with_its_sources(figs: list[an.Figure]) -> None:
    first = an.conflicts(figs)[0]
    assert first.kind == "official vs official"
    assert (first.a.sources, first.b.sources) == (["x.ai"], ["newsbit.example"])
    assert (first.b.urls, first.b.urls_total) == (["https://newsbit.example/grok"], 1)
    assert first.ratio == pytest.approx(400 / 314, abs=1e-3)


def test_a_side_with_many_sources_shows_its_five_earliest_urls_and_the_total() -> None:
    rows = [claim("m", 100 * B, "official", url="https://m.example/spec", published="2024-01-01")]
    for i in range(40):  # 40 outlets, 38 distinct URLs (two articles repeat a URL), newest first
        day = f"2024-02-{28 - i % 28:02d}T{i // 28:02d}:00:00"
        url = f"https://n{min(i, 37)}.example/leak"
        rows.append(claim("m", 300 * B, "rumored", site=f"n{i}.example", url=url, published=day))
    [c] = an.conflicts(rows)
    assert c.a.status == "rumored" and len(c.a.sources) == 40
    assert c.a.urls == [f"https://n{i}.example/leak" for i in (27, 26, 25, 24, 23)]
    assert (c.a.urls_total, c.a.claims) == (38, 40)
    assert (c.b.urls, c.b.urls_total) == (["https://m.example/spec"], 1)


def test_history_lists_each_status_once_and_counts_every_change() -> None:
    statuses = ["rumored", "reported", "rumored", "reported", "official", "rumored", "official"]
    rows = [
        claim(
            "m",
            100 * B,
            status,
            site=f"s{i}.example",
            url=f"https://s{i}.example/",
            published=f"2024-01-0{i + 1}",
        )
        for i, status in enumerate(statuses)
    ]
    [entry] = an.history(rows)
    assert [(c.status, c.date[:10], c.url) for c in entry.changes] == [
        ("rumored", "2024-01-01", "https://s0.example/"),
        ("reported", "2024-01-02", "https://s1.example/"),
        ("official", "2024-01-05", "https://s4.example/"),
    ]
    assert entry.changes_total == 7


def test_size_variants_and_family_ranges_are_not_conflicts(figs: list[an.Figure]) -> None:
    assert not [c for c in an.conflicts(figs) if c.model_id in ("llama-3", "llama-2")]


def test_a_wider_tolerance_removes_conflicts(figs: list[an.Figure]) -> None:
    assert not [c for c in an.conflicts(figs, 0.3) if c.model_id == "grok-1"]


# --- reliability --------------------------------------------------------------------------------


def test_rumours_confirmed_and_contradicted(figs: list[an.Figure]) -> None:
    verdicts = {(f.model_id, f.low, f.outlet): v for f, v, _ in an.resolve(figs)}
    assert verdicts[("gpt-4", 1760 * B, "theinformation.com")] == "confirmed"
    assert verdicts[("gpt-4", 1 * T, "semafor.com")] == "contradicted"
    assert verdicts[("mixtral-8x7b", 56 * B, "rumours.example")] == "contradicted"
    assert verdicts[("grok-1", 300 * B, "heise.de")] == "confirmed"
    assert verdicts[("gpt-5", 10 * T, "example-ai-daily.com")] == "pending"


def test_reliability_per_outlet_and_cited_source(figs: list[an.Figure]) -> None:
    rows = {(r.kind, r.source): r for r in an.reliability(figs)}
    cited = rows[("cited", "The Information")]
    assert (cited.confirmed, cited.contradicted, cited.pending) == (2, 1, 0)
    assert cited.summary == "The Information: 2 confirmed, 1 contradicted"
    heise = rows[("outlet", "heise.de")]
    assert (heise.claims, heise.official, heise.confirmed, heise.contradicted) == (4, 2, 2, 0)
    assert (rows[("outlet", "semafor.com")].contradicted, rows[("cited", "SemiAnalysis")].confirmed) == (1, 1)


def test_only_later_official_figures_decide() -> None:
    rows = [
        claim("m", 100 * B, "official", published="2024-01-01"),
        claim("m", 200 * B, "rumored", published="2024-02-01"),
    ]
    [(_, verdict, _)] = an.resolve(rows)
    assert verdict == "pending"


def test_an_outlet_repeating_a_figure_counts_once() -> None:
    rows = [
        claim("m", 100 * B, "rumored", published="2024-01-01", article_id=1),
        claim("m", 100 * B, "rumored", published="2024-01-05", article_id=2),
        claim("m", 100 * B, "official", published="2024-03-01", site="m.example"),
    ]
    outlet = next(r for r in an.reliability(rows) if r.source == "a.example")
    assert (outlet.claims, outlet.unofficial, outlet.confirmed) == (2, 1, 1)


# --- history ------------------------------------------------------------------------------------


def test_history_order_repeats_and_status_changes(figs: list[an.Figure]) -> None:
    first, second = an.history(figs, "gpt-4")
    assert (first.params, first.first_outlet, first.first_status) == (
        1760 * B,
        "theinformation.com",
        "rumored",
    )
    assert first.first_date.startswith("2023-03-19")
    assert first.repeated_by == ["heise.de", "the-decoder.de", "example-ai-daily.com", "openai.com"]
    assert first.cited == ["The Information", "SemiAnalysis"]
    assert [c.status for c in first.changes] == ["rumored", "estimated", "official"]
    assert first.changes_total == 3
    assert first.values == [1760 * B, 1800 * B]
    assert first.sources == 3  # The Information, SemiAnalysis, openai.com
    assert (second.params, second.first_outlet, second.repeated_by) == (1 * T, "semafor.com", [])


def test_history_marks_variant_figures(figs: list[an.Figure]) -> None:
    entries = an.history(figs, "llama-3")
    assert all(e.variant for e in entries)
    assert [e.params for e in entries] == [400 * B, 8 * B, 70 * B]  # by first appearance


def test_empty_input_gives_empty_answers() -> None:
    assert (
        an.consensus([]) == an.conflicts([]) == an.reliability([]) == an.history([]) == an.summaries([]) == []
    )


def test_size_variants_are_confirmed_but_never_contradicted(figs: list[an.Figure]) -> None:
    verdicts = {(f.model_id, f.low): v for f, v, _ in an.resolve(figs)}
    assert verdicts[("llama-3", 400 * B)] == "pending"  # 8B and 70B came out; 400B is not contradicted
    rows = [
        claim("x", 400 * B, "rumored", model="X", evidence="X 400B is in training.", published="2024-01-01"),
        claim("x", 405 * B, "official", model="X", evidence="X 405B is out.", published="2024-07-01"),
        claim(
            "x",
            300 * B,
            "rumored",
            model="X",
            evidence="X has 300 billion parameters.",
            published="2024-02-01",
        ),
    ]
    result = {f.low: (f.variant, v) for f, v, _ in an.resolve(rows)}
    assert result == {400 * B: (True, "confirmed"), 300 * B: (False, "pending")}


def test_contrast_words_keep_two_figures_of_one_sentence_apart() -> None:
    text = "X-2 was rumoured at 1 trillion, now reports say 1.76 trillion."
    figs = an.figures(
        [
            claim("x-2", 1 * T, "rumored", evidence=text, article_id=1),
            claim("x-2", 1760 * B, "rumored", evidence=text, article_id=1),
        ]
    )
    assert not any(f.variant for f in figs)
    assert [c.kind for c in an.conflicts(figs)] == ["rumour vs rumour"]


def test_a_tie_between_officials_goes_to_the_figure_others_support() -> None:
    rows = [
        claim("m", 7 * B, site="a.example"),
        claim("m", 1800 * B, site="b.example"),
        claim("m", 1800 * B, "rumored", site="c.example"),
    ]
    [row] = an.consensus(rows)
    assert (row.params, row.confidence) == (1800 * B, "medium")


# --- the near-linear algorithms equal their definitions ------------------------------------------


def _random_figures(seed: int, n: int) -> list[an.Figure]:
    rng = random.Random(seed)
    values = rng.choice([[100, 109, 118, 127], [7 * B, 8 * B, 70 * B, 175 * B, 180 * B, 1760 * B, 1800 * B]])
    rows = []
    for i in range(n):
        low = rng.choice(values)
        tagged = rng.random() < 0.2  # named with a size tag: a size variant
        rows.append(
            claim(
                rng.choice(["m", "n"]),
                low,
                rng.choice(["official", "official", "reported", "rumored", "estimated"]),
                id=i + 1,
                article_id=rng.randrange(n // 2 + 1),
                params_high=low * rng.choice([2, 10]) // 9 if rng.random() < 0.15 else None,
                scope=rng.choice(["total", "total", "active"]),
                site=rng.choice(["a.example", "b.example", "c.example"]),
                attributed_to=rng.choice([None, None, "The Information"]),
                published=rng.choice(["", f"2024-0{rng.randint(1, 4)}-0{rng.randint(1, 3)}T0{i % 10}:00:00"]),
                model="Nova",
                evidence=f"Nova {low // B}B is out." if tagged else "Nova is out.",
            )
        )
    return an.figures(rows)


def _defined_clusters(figs: list[an.Figure], tolerance: float) -> list[list[an.Figure]]:
    """`clusters` as defined: sorted by size, each figure joins the first cluster all of whose members agree."""
    groups: list[list[an.Figure]] = []
    for f in sorted(figs, key=lambda f: (f.low, f.high, f.date)):
        home = next((g for g in groups if all(an.agree(f.span, m.span, tolerance) for m in g)), None)
        if home is None:
            groups.append([f])
        else:
            home.append(f)
    return groups


@pytest.mark.parametrize("seed", range(40))
def test_clusters_equal_their_definition_in_any_input_order(seed: int) -> None:
    figs = _random_figures(seed, 60)
    shuffled = figs[:]
    random.Random(seed).shuffle(shuffled)
    for tolerance in (0.0, 0.05, 0.1, 0.5, 2.0):
        expected = [[f.claim_id for f in g] for g in _defined_clusters(figs, tolerance)]
        assert [[f.claim_id for f in g] for g in an.clusters(figs, tolerance)] == expected
        again = [sorted(f.claim_id for f in g) for g in an.clusters(shuffled, tolerance)]
        assert again == [sorted(ids) for ids in expected]


@pytest.mark.parametrize("seed", range(40))
def test_resolve_equals_deciding_each_figure_on_its_own(seed: int) -> None:
    figs = _random_figures(seed, 80)
    for tolerance in (0.0, 0.1, 0.5):
        expected = []
        for f in figs:
            if f.status != "official":
                later = [
                    o
                    for o in figs
                    if o.status == "official" and (o.model_id, o.scope) == (f.model_id, f.scope)
                    and f.date and o.date[:10] > f.date[:10]
                ]  # fmt: skip
                expected.append((f, *an._verdict(f, later, tolerance)))
        assert an.resolve(figs, tolerance) == expected
