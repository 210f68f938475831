"""Reading Epoch AI's CSV layout, mapping names to model ids, loading into the store, and `compare`."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimwatch import analysis as an
from claimwatch.errors import UsageError
from claimwatch.extract.gazetteer import default_gazetteer
from claimwatch.reference import (
    ReferenceRow,
    compare,
    load_reference,
    match_name,
    name_index,
    parse_epoch_csv,
    parse_number,
)
from claimwatch.store import Store
from tests import answers_fixture as fx

B = fx.B
SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


@pytest.fixture(scope="module")
def index() -> dict[str, str]:
    return name_index([], (), default_gazetteer().model_index.keys)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("405000000000.0", 405 * B),
        ("1.8e+12", 1_800_000_000_000),
        ("3.14e+11", 314 * B),
        ("", None),
        ("  ", None),
        ("unknown", None),
        ("0", None),
        ("-3", None),
        ("nan", None),
        (None, None),
    ],
)
def test_parse_number(text: str | None, expected: int | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("GPT-4", ("gpt-4", None)),
        ("Llama 3-70B", ("llama-3", 70 * B)),
        ("Llama 3.1-405B", ("llama-3.1", 405 * B)),
        ("GPT-3 175B (davinci)", ("gpt-3", 175 * B)),
        ("Mixtral 8x7B", ("mixtral-8x7b", None)),
        ("Zorblax Prime", (None, None)),
        ("Nonexistent 7B", (None, 7 * B)),
    ],
)
def test_match_name(index: dict[str, str], name: str, expected: tuple[str | None, int | None]) -> None:
    assert match_name(name, index) == expected


def test_store_names_and_aliases_win_over_the_bundled_gazetteer() -> None:
    index = name_index(
        [{"id": "kestrel-7", "name": "Kestrel-7", "aliases": ["Kestrel"]}],
        [{"model": "Gobi", "model_id": "gobi"}],
        {"kestrel": "bundled-kestrel"},
    )
    assert index["kestrel"] == "kestrel-7"
    assert index["gobi"] == "gobi"


def test_parse_the_fixture_csv(index: dict[str, str]) -> None:
    rows = parse_epoch_csv(fx.REFERENCE_CSV, index)
    assert len(rows) == 9
    gpt4 = rows[0]
    assert (gpt4.model_id, gpt4.params, gpt4.confidence, gpt4.published) == (
        "gpt-4",
        None,
        "Speculative",
        "2023-03-15",
    )
    assert rows[-1].model_id is None and rows[-1].params == 135 * B


@pytest.mark.parametrize(
    "text",
    ["", "just some text\nwithout the columns\n", "Name,Size\nGPT-4,1\n"],
)
def test_not_an_epoch_table(text: str) -> None:
    with pytest.raises(UsageError, match="not an Epoch AI model table"):
        parse_epoch_csv(text)


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/reference")
def test_the_real_epoch_tables_parse(index: dict[str, str]) -> None:
    for path in sorted(SHARED.glob("epoch_*.csv")):
        rows = parse_epoch_csv(path.read_text(encoding="utf-8"), index)
        assert len(rows) > 300
        assert sum(r.params is not None for r in rows) > 200
        assert sum(r.model_id is not None for r in rows) > 50
    notable = {
        r.model: r
        for r in parse_epoch_csv(
            (SHARED / "epoch_notable_ai_models_2025-04.csv").read_text(encoding="utf-8"), index
        )
    }
    assert (notable["GPT-4"].model_id, notable["GPT-4"].params) == ("gpt-4", None)
    assert (notable["Llama 3.1-405B"].model_id, notable["Llama 3.1-405B"].params) == ("llama-3.1", 405 * B)


def test_load_reference_replaces_the_dataset(tmp_path: Path, index: dict[str, str]) -> None:
    csv_path = tmp_path / "epoch.csv"
    csv_path.write_text(fx.REFERENCE_CSV, encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        load_reference(store, csv_path, index)
        load_reference(store, csv_path, index)  # again: replaced, not doubled
        load_reference(store, csv_path, index, dataset="other")
        rows = store.reference_models()
    assert len(rows) == 18
    llama = next(r for r in rows if r["model"] == "Llama 3-70B" and r["dataset"] == "epoch.csv")
    assert (llama["model_id"], llama["size_tag"], llama["params"]) == ("llama-3", 70 * B, 70 * B)


def test_load_reference_rejects_binary_and_empty_files(tmp_path: Path) -> None:
    binary, empty = tmp_path / "x.csv", tmp_path / "empty.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe\x00")
    empty.write_text("Model,Parameters\n", encoding="utf-8")
    with Store(tmp_path / "db.sqlite") as store:
        with pytest.raises(UsageError, match="not UTF-8"):
            load_reference(store, binary, {})
        with pytest.raises(UsageError, match="no model rows"):
            load_reference(store, empty, {})


def test_compare_verdicts(tmp_path: Path, index: dict[str, str]) -> None:
    figs = an.figures(fx.claims(fx.build(tmp_path / "fx.db")), index)
    result = {
        (r.model_id, r.variant): r
        for r in compare(an.summaries(figs), parse_epoch_csv(fx.REFERENCE_CSV, index))
    }
    assert result[("grok-1", None)].verdict == "agree"
    assert (
        result[("llama-3.1", None)].reference_model == "Llama 3.1-405B"
    )  # the tagged row nearest our figure
    assert result[("llama-3", 70 * B)].verdict == "agree"
    assert (result[("llama-2", 7 * B)].verdict, result[("llama-2", 7 * B)].ratio) == ("disagree", 10.0)
    assert result[("llama-2", 13 * B)].verdict == "reference blank"  # the reference lacks that size
    assert result[("gpt-4", None)].verdict == "reference blank"  # we fill a gap
    assert result[("gpt-5", None)].verdict == "not in reference"
    assert result[("mixtral-8x7b", None)].verdict == "agree"


def test_compare_with_a_tight_tolerance() -> None:
    summary = an.summaries([{"model": "M", "model_id": "m", "params": 100, "status": "official"}])
    ref = [ReferenceRow(model="M", model_id="m", params=108)]
    assert compare(summary, ref, 0.1)[0].verdict == "agree"
    assert compare(summary, ref, 0.05)[0].verdict == "disagree"


def test_a_variant_size_matches_an_untagged_row_of_that_size() -> None:
    summary = an.summaries(
        [
            {
                "model": "Grok-1",
                "model_id": "grok-1",
                "params": 314 * B,
                "status": "official",
                "evidence": "Grok-1 314B is open.",
            }
        ]
    )
    assert summary[0].variants == [314 * B]
    [row] = compare(summary, [ReferenceRow(model="Grok-1", model_id="grok-1", params=314 * B)])
    assert (row.variant, row.verdict, row.reference_model) == (314 * B, "agree", "Grok-1")
