"""The fast answers (`claimwatch.digests`, migration m005) equal the full-scan answers they replace.

The full scan is what the answer commands did before: every current claim through `analysis.figures`
(`cli_answers._Data`), then `analysis.summaries / conflicts / reliability` (and `history` of each model), and the
`conflicts` command's rows and JSON made from those conflicts. The fast path reads
per-model counts kept by the store's writes and per-model digests (and the stored JSON of all conflicts). They are compared on the fixture database and on
random databases, after re-extraction, alias merges, aliases, gazetteer loads and re-ingested articles,
with digests stored in between (so that a stale digest would show).
"""

from __future__ import annotations

import io
import os
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimwatch import analysis, digests
from claimwatch.cli_answers import _Data
from claimwatch.models import Article, Claim
from claimwatch.output import render
from claimwatch.store import MIGRATIONS, Store
from tests import answers_fixture as fx

EXAMPLES = int(os.environ.get("CLAIMWATCH_DIGEST_EXAMPLES", "25"))
TOLERANCES = (0.1, 0.0, 0.5)
B = 10**9


def conflict_row(c: analysis.Conflict) -> dict[str, Any]:
    """A conflict as the `conflicts` command listed it when it made the rows from `Conflict` objects."""
    row = {"model_id": c.model_id, "model": c.model, "scope": c.scope, "kind": c.kind, "ratio": c.ratio}
    for name, side in (("a", c.a), ("b", c.b)):
        row.update({f"{name}_{k}": v for k, v in side.model_dump().items()})
    return row


def as_json(rows: list[dict[str, Any]]) -> bytes:
    """What `claimwatch conflicts --format json` printed: `output.render` of the rows, UTF-8."""
    out = io.StringIO()
    render(rows, "json", stream=out)
    return out.getvalue().encode("utf-8")


def full_scan(store: Store, tolerance: float) -> tuple[Any, ...]:
    data = _Data(store)
    conflicts = analysis.conflicts(data.figs, tolerance)
    rows = [conflict_row(c) for c in conflicts]
    return (
        analysis.summaries(data.figs, tolerance),
        conflicts,
        analysis.reliability(data.figs, tolerance),
        rows,
        as_json(rows),
    )


def fast(store: Store, tolerance: float) -> tuple[Any, ...]:
    groups = digests.Groups.of(store)
    out = io.BytesIO()
    digests.write_conflicts_json(groups, out, tolerance)
    return (
        digests.model_summaries(groups, tolerance),
        digests.all_conflicts(groups, tolerance),
        digests.source_rows(groups, tolerance),
        digests.conflict_rows(groups, tolerance),
        out.getvalue(),
    )


def recount(store: Store) -> dict[tuple[str, str], int]:
    """model_counts as a recount from the claims would make it."""
    counts: dict[tuple[str, str], int] = {}
    for claim in store.claims():
        key = (claim["model_id"], claim["model"])
        counts[key] = counts.get(key, 0) + 1
    return counts


def assert_same_history(store: Store, tolerances: tuple[float, ...]) -> None:
    """`history MODEL` of every model from its digest = `analysis.history` over all claims: computed where
    the digest is missing or stale (and stored), then read back."""
    data = _Data(store)
    ids = sorted({f.model_id for f in data.figs})
    for tolerance in tolerances:
        expected = {m: analysis.history(data.figs, m, tolerance) for m in ids}
        for _ in range(2):
            groups = digests.Groups.of(store)
            assert sorted(groups.members) == ids
            got = {m: digests.model_history(groups, m, tolerance) for m in ids}
            assert got == expected, f"history at {tolerance}"
            rows = {m: [e.model_dump() for e in expected[m]] for m in ids}
            assert {m: digests.history_rows(groups, m, tolerance) for m in ids} == rows


def assert_same(store: Store, tolerances: tuple[float, ...] = TOLERANCES) -> None:
    assert {(r["model_id"], r["model"]): r["claims"] for r in store.model_counts()} == recount(store)
    assert_same_history(store, tolerances[:1])
    for tolerance in tolerances:
        expected = full_scan(store, tolerance)
        for _ in range(2):  # computed (and stored), then read back
            got = fast(store, tolerance)
            assert got[0] == expected[0], f"models at {tolerance}"
            assert got[1] == expected[1], f"conflicts at {tolerance}"
            assert got[2] == expected[2], f"sources at {tolerance}"
            assert got[3] == expected[3], f"conflict rows at {tolerance}"
            assert got[4] == expected[4], f"conflicts JSON at {tolerance}"
    assert_same_history(store, tolerances)
    data, groups = _Data(store), digests.Groups.of(store)
    names = {c["model"] for c in data.claims} | {c["model_id"] for c in data.claims}
    names |= {m["name"] for m in store.models()} | {"GPT-4", "gpt4", "Gpt 4", "nothing at all"}
    for name in sorted(names):
        try:
            expected_id = data.model_id(name)
        except SystemExit:
            expected_id = None
        assert groups.model_id(name) == expected_id, name
        if expected_id is not None:
            figs = digests.model_figures(groups, expected_id)
            assert analysis.history(figs, expected_id) == analysis.history(data.figs, expected_id), name
            assert digests.model_history(groups, expected_id) == analysis.history(data.figs, expected_id)
            expected_conflicts = [c for c in analysis.conflicts(data.figs) if c.model_id == expected_id]
            assert digests.all_conflicts(groups, 0.1, expected_id) == expected_conflicts
            assert digests.conflict_rows(groups, 0.1, expected_id) == [
                conflict_row(c) for c in expected_conflicts
            ]


# --- the fixture database -------------------------------------------------------------------------


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    return fx.build(tmp_path / "answers.db")


def test_fixture_answers_are_identical(fixture_db: Path) -> None:
    with Store(fixture_db) as store:
        assert_same(store)


def test_identical_after_reextraction_merge_alias_and_reingest(fixture_db: Path) -> None:
    with Store(fixture_db) as store:
        assert_same(store, (0.1,))
        # re-extraction: an article's claims replaced (one figure changes, one model is new)
        article = store.article("https://www.semafor.com/gpt4")
        assert article is not None
        evidence = "GPT-4 is rumored to have 1.7 trillion parameters, and Kestrel 9B too."
        store.replace_claims(
            article["id"],
            [
                Claim(
                    model="GPT-4",
                    model_id="gpt-4",
                    params=1700 * B,
                    status="rumored",
                    evidence=evidence,
                    start=0,
                    end=9,
                ),
                Claim(
                    model="Kestrel",
                    model_id="kestrel",
                    params=9 * B,
                    status="official",
                    evidence=evidence,
                    start=0,
                    end=9,
                ),
            ],
            "test-2",
        )
        assert_same(store, (0.1,))
        # a gazetteer load names models (display names change), then a merge moves claims
        store.load_gazetteer(
            [
                {"id": "kestrel-7", "name": "Kestrel Seven"},
                {"id": "gobi", "name": "Gobi"},
                {"id": "gpt-4", "name": "GPT-4"},
            ]
        )
        assert_same(store, (0.1,))
        store.merge_models("gobi", "gpt-4")
        assert_same(store, (0.1,))
        store.add_alias("Kestrel", "kestrel-7")
        assert_same(store, (0.1,))
        # re-ingest of a changed article: a new version supersedes the old one and its claims
        old = store.article("https://x.ai/blog/grok-os")
        assert old is not None
        text = "Grok-1 has 316 billion parameters, xAI now says."
        changed = Article(
            url=old["url"], site="x.ai", source=old["url"], published=old["published"], text=text
        )
        result = store.save_article(
            changed,
            [
                Claim(
                    model="Grok-1",
                    model_id="grok-1",
                    params=316 * B,
                    status="official",
                    evidence=text,
                    start=0,
                    end=len(text),
                )
            ],
            extractor_version="test",
        )
        assert result.outcome == "new_version"
        assert_same(store)


def test_a_stale_digest_is_never_used(fixture_db: Path) -> None:
    with Store(fixture_db) as store:
        before = fast(store, 0.1)
        article = store.article("https://openai.com/gpt4-card")
        assert article is not None
        evidence = "GPT-4 has 2 trillion parameters."
        claim = Claim(
            model="GPT-4",
            model_id="gpt-4",
            params=2000 * B,
            status="official",
            evidence=evidence,
            start=0,
            end=5,
        )
        groups = digests.Groups.of(store)
        history_before = digests.model_history(groups, "gpt-4")
        store.replace_claims(article["id"], [claim], "test-2")
        assert_same_history(store, (0.1,))  # before any other answer recomputes the digest
        assert digests.model_history(digests.Groups.of(store), "gpt-4") != history_before
        after = fast(store, 0.1)
        assert after != before
        assert after == full_scan(store, 0.1)


def test_a_query_does_not_wait_for_a_writer(fixture_db: Path) -> None:
    """With another connection holding the write lock, answers are computed and not stored."""
    with Store(fixture_db) as store:
        expected = full_scan(store, 0.1)
    writer = sqlite3.connect(fixture_db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        with Store(fixture_db, busy_timeout=5) as store:
            started = datetime.now(UTC)
            assert fast(store, 0.1) == expected
            assert datetime.now(UTC) - started < timedelta(seconds=3)
            assert store.model_digests(0.1, "summary") == {}
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    with Store(fixture_db) as store:
        assert fast(store, 0.1) == expected
        assert store.model_digests(0.1, "summary")


def test_migration_counts_an_existing_database(tmp_path: Path) -> None:
    """A database written before m005 (made here by taking m005 away again) gets its counts on opening."""
    path = fx.build(tmp_path / "old.db")
    conn = sqlite3.connect(path, isolation_level=None)
    for table in ("model_counts", "model_versions", "model_digests", "digest_totals"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM migrations WHERE name IN ('m005_model_summaries', 'm006_model_histories')")
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert_same(store, (0.1,))


def test_empty_database_has_no_groups(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        groups = digests.Groups.of(store)
        assert groups.total == 0 and groups.members == {}
        assert fast(store, 0.1) == ([], [], [], [], b"[]\n")


# --- random databases ---------------------------------------------------------------------------

MODELS = [
    ("GPT-4", "gpt-4", "OpenAI"),
    ("GPT4", "gpt4", "OpenAI"),  # the same name key as gpt-4
    ("Gpt 4", "GPT-4", None),  # and again
    ("Llama 3", "llama-3", "Meta"),
    ("Llama 3 70B", "llama-3", "Meta"),
    ("Kestrel", "kestrel", None),
    ("Kestrel-7", "kestrel-7", None),
    ("Gobi", "gobi", "OpenAI"),
]
VALUES = [7 * B, 8 * B, 70 * B, 75 * B, 175 * B, 180 * B, 1000 * B, 1760 * B, 1800 * B]
SITES = ["theinformation.com", "www.heise.de", "semafor.com", "example.org", None]
CITED = [None, None, "The Information", "the information", "SemiAnalysis", "Reuters"]

claim_st = st.tuples(
    st.sampled_from(range(len(MODELS))),
    st.sampled_from(VALUES),
    st.sampled_from([None, *VALUES]),
    st.sampled_from(["total", "total", "active"]),
    st.sampled_from(list(analysis.RANK)),
    st.sampled_from(CITED),
    st.integers(0, 2),  # which sentence of the article
)
article_st = st.tuples(
    st.integers(0, 11),  # url number (repeats: new versions)
    st.sampled_from(SITES),
    st.one_of(st.none(), st.integers(0, 30)),  # published day (None: fetched only)
    st.lists(claim_st, min_size=0, max_size=5),
)
operation_st = st.one_of(
    st.tuples(st.just("save"), article_st),
    st.tuples(st.just("reextract"), st.integers(0, 40), st.lists(claim_st, max_size=4)),
    st.tuples(
        st.just("merge"),
        st.sampled_from(["kestrel", "gobi", "gpt4"]),
        st.sampled_from(["kestrel-7", "gpt-4"]),
    ),
    st.tuples(
        st.just("alias"),
        st.sampled_from(["Kestrel", "GPT4", "Gobi"]),
        st.sampled_from(["kestrel-7", "gpt-4"]),
    ),
)


def _claims(specs: list[tuple[Any, ...]], text_of: dict[int, str]) -> list[Claim]:
    made = []
    for model_index, low, high, scope, status, cited, sentence in specs:
        text, model_id, org = MODELS[model_index]
        evidence = text_of.get(sentence) or f"{text} has {low // B}B parameters."
        made.append(
            Claim(
                model=text,
                model_id=model_id,
                org=org,
                params=low,
                params_high=high if high is not None and high > low else None,
                scope=scope,
                status=status,
                attributed_to=cited,
                evidence=evidence,
                start=0,
                end=len(evidence),
            )
        )
    return made


def _save(store: Store, spec: tuple[Any, ...], serial: int) -> None:
    number, site, day, specs = spec
    url = f"https://{site or 'nosite.example'}/story/{number}"
    sentences = {
        0: "Meta released Llama 3 8B and Llama 3 70B.",
        1: "GPT-4 has 1.76T or 1.8T parameters, not 1T.",
    }
    text = f"Story {number} version {serial}. " + " ".join(sentences.values())
    when = datetime(2024, 1, 1, 9, tzinfo=UTC) + timedelta(days=day) if day is not None else None
    fetched = datetime(2024, 3, 1, 9, tzinfo=UTC) + timedelta(hours=serial)
    article = Article(url=url, site=site, source=url, published=when, fetched=fetched, text=text)
    store.save_article(article, _claims(specs, sentences), extractor_version="test")


@pytest.mark.fuzz
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article_st, min_size=1, max_size=14), st.lists(operation_st, max_size=6))
def test_random_databases_answer_identically(articles: list[Any], operations: list[Any]) -> None:
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "r.db") as store:
        store.load_gazetteer([{"id": "gpt-4", "name": "GPT-4"}, {"id": "kestrel-7", "name": "Kestrel-7"}])
        for serial, spec in enumerate(articles):
            _save(store, spec, serial)
        if store.stats()["claims"]:
            assert_same(store, (0.1, 0.0))
        for serial, operation in enumerate(operations, start=len(articles)):
            if operation[0] == "save":
                _save(store, operation[1], serial)
            elif operation[0] == "reextract":
                ids = [a[0] for a in store.articles_needing_reextract(None)]
                if ids:
                    store.replace_claims(ids[operation[1] % len(ids)], _claims(operation[2], {}), "test-2")
            elif operation[0] == "merge":
                store.load_gazetteer([{"id": operation[1]}, {"id": operation[2]}])
                if operation[1] != operation[2]:
                    store.merge_models(operation[1], operation[2])
            else:
                store.load_gazetteer([{"id": operation[2]}])
                store.add_alias(operation[1], operation[2])
            if store.stats()["claims"]:
                assert_same(store, (0.1,))
