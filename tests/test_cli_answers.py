"""The query commands end to end through click, on a copy of the fixture database."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claimwatch.cli import cli
from claimwatch.store import Store
from tests import answers_fixture as fx

B, T = fx.B, fx.T


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fx.build(tmp_path_factory.mktemp("cli") / "master.db")


@pytest.fixture
def db(master: Path, tmp_path: Path) -> Path:
    """A private copy of the fixture database (the alias commands write)."""
    copy = tmp_path / "claims.db"
    shutil.copy(master, copy)
    return copy


@pytest.fixture
def ref_csv(tmp_path: Path) -> Path:
    path = tmp_path / "epoch.csv"
    path.write_text(fx.REFERENCE_CSV, encoding="utf-8")
    return path


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args])


def data(db: Path, *args: str | Path) -> Any:
    result = run(*args, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def one_line_error(result: Result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert text in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


# --- listings -----------------------------------------------------------------------------------


def test_models(db: Path) -> None:
    rows = {r["model_id"]: r for r in data(db, "models")}
    assert (rows["gpt-4"]["total"], rows["gpt-4"]["status"], rows["gpt-4"]["confidence"]) == (
        1800 * B,
        "official",
        "high",
    )
    assert rows["gpt-4"]["first_seen"].startswith("2023-03-19") and rows["gpt-4"]["sources"] == 4
    assert (rows["mixtral-8x7b"]["total"], rows["mixtral-8x7b"]["active"]) == (46_700_000_000, 12_900_000_000)
    assert (rows["llama-3"]["total"], rows["llama-3"]["variants"]) == (None, [8 * B, 70 * B, 400 * B])
    assert "gpt4" not in rows


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv"])
def test_models_in_every_format(db: Path, fmt: str) -> None:
    result = run("models", "--db", db, "--format", fmt)
    assert result.exit_code == 0 and "GPT-4" in result.stdout
    if fmt == "jsonl":
        assert len(result.stdout.splitlines()) == 10
    if fmt == "csv":
        assert next(csv.reader(io.StringIO(result.stdout)))[:3] == ["model", "org", "total"]


def test_history_by_alias(db: Path) -> None:
    rows = data(db, "history", "gpt4")
    assert [(r["params"], r["first_outlet"]) for r in rows] == [
        (1760 * B, "theinformation.com"),
        (1 * T, "semafor.com"),
    ]
    assert rows[0]["status_path"].startswith("rumored (2023-03-19) → estimated (2023-05-01) → official")
    assert (len(rows[0]["changes"]), rows[0]["changes_total"]) == (3, 3)


def test_conflicts(db: Path) -> None:
    rows = data(db, "conflicts")
    assert rows[0]["kind"] == "official vs official"
    assert (rows[0]["a_sources"], rows[0]["b_sources"]) == (["x.ai"], ["newsbit.example"])
    assert (rows[0]["b_urls"], rows[0]["b_urls_total"]) == (["https://newsbit.example/grok"], 1)
    assert {r["kind"] for r in data(db, "conflicts", "Mixtral 8x7B")} == {"rumour vs official"}
    assert not [r for r in data(db, "conflicts", "--tolerance", "10") if r["model_id"] == "grok-1"]


def _reference_conflicts(db: Path, fmt: str, tolerance: float, model_id: str | None = None) -> bytes:
    """What `conflicts` printed when it made its rows from `analysis.conflicts` over every claim."""
    from claimwatch import analysis
    from claimwatch.cli_answers import CONFLICT_COLUMNS, _Data, _emit

    with Store(db, readonly=True) as store:
        found = analysis.conflicts(_Data(store).figs, tolerance)
    rows = []
    for c in found:
        if model_id is None or c.model_id == model_id:
            row = {
                "model_id": c.model_id,
                "model": c.model,
                "scope": c.scope,
                "kind": c.kind,
                "ratio": c.ratio,
            }
            for name, side in (("a", c.a), ("b", c.b)):
                row.update({f"{name}_{k}": v for k, v in side.model_dump().items()})
            rows.append(row)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        _emit(rows, fmt, CONFLICT_COLUMNS, "conflicts")
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_conflicts_output_is_unchanged(db: Path, fmt: str) -> None:
    """All conflicts (printed from the stored JSON for json and jsonl) and one model's, byte for byte as
    they were printed from `Conflict` objects; non-ASCII names included."""
    evidence = "GPT-4 hat angeblich 3 Billionen Parameter."
    article, made = fx._article(
        "https://prensa-ñ.example/gpt4",
        "prensa-ñ.example",
        "2024-02-01",
        [("GPT-4", "gpt-4", "OpenAI", 3 * T, "rumored", "Σίγμα Ünïversité", evidence, {})],
    )
    with Store(db) as store:
        store.save_article(article, made, extractor_version="test")
    for tolerance in ("0.1", "0.5"):
        expected = _reference_conflicts(db, fmt, float(tolerance))
        assert ("Σίγμα Ünïversité".encode() in expected) == (tolerance == "0.1")
        for _ in range(2):  # computed and stored, then read back
            result = run("conflicts", "--tolerance", tolerance, "--db", db, "--format", fmt)
            assert result.exit_code == 0, result.stderr
            assert result.stdout_bytes == expected
    result = run("conflicts", "GPT-4", "--db", db, "--format", fmt)
    assert result.stdout_bytes == _reference_conflicts(db, fmt, 0.1, "gpt-4")


def test_no_conflicts_prints_an_empty_list(tmp_path: Path) -> None:
    path = tmp_path / "one.db"
    evidence = "GPT-4 has 1.8 trillion parameters."
    article, made = fx._article(
        "https://a.example/1",
        "a.example",
        "2024-01-01",
        [("GPT-4", "gpt-4", "OpenAI", 1800 * B, "official", None, evidence, {})],
    )
    with Store(path) as store:
        store.save_article(article, made, extractor_version="test")
    for _ in range(2):
        assert run("conflicts", "--db", path, "--format", "json").stdout_bytes == b"[]\n"
        assert run("conflicts", "--db", path, "--format", "jsonl").stdout_bytes == b""


def test_sources(db: Path) -> None:
    rows = {(r["kind"], r["source"]): r for r in data(db, "sources")}
    assert rows[("cited", "The Information")]["summary"] == "The Information: 2 confirmed, 1 contradicted"
    assert rows[("outlet", "semafor.com")]["contradicted"] == 1


def test_search_highlights(db: Path) -> None:
    rows = data(db, "search", "trillion parameters")
    assert rows and all("[trillion]" in r["snippet"] for r in rows)
    table = run("search", "codename", "--db", db, "--format", "table")
    assert "[codename]" in table.stdout  # brackets are shown, not eaten as markup


def test_show_by_id_and_by_syndicated_url(db: Path) -> None:
    [article] = data(db, "show", fx.SYNDICATED_URL)
    assert article["site"] == "heise.de"
    assert [a["url"] for a in article["appearances"]] == ["https://www.heise.de/news/gpt4", fx.SYNDICATED_URL]
    assert article["claims"][0]["evidence"].startswith("GPT-4 soll laut The Information")
    assert "text" not in article
    table = run("show", str(article["id"]), "--db", db, "--format", "table")
    assert table.exit_code == 0 and "appeared as" in table.stdout and "1,76 Billionen" in table.stdout


def test_reference_import_and_check(db: Path, ref_csv: Path) -> None:
    result = run("reference", "import", ref_csv, "--db", db)
    assert (
        result.exit_code == 0
        and "imported 9 reference rows" in result.stdout
        and "CC BY 4.0" in result.stdout
    )
    assert len(data(db, "reference", "list")) == 9
    rows = {(r["model_id"], r["variant"]): r["verdict"] for r in data(db, "check")}
    assert rows[("llama-2", 7 * B)] == "disagree"
    assert rows[("grok-1", None)] == rows[("llama-3", 70 * B)] == "agree"
    assert rows[("gpt-4", None)] == "reference blank"
    assert rows[("gpt-5", None)] == "not in reference"
    assert data(db, "check")[0]["verdict"] == "disagree"  # disagreements first


def test_alias_add_points_a_name_at_a_model(db: Path) -> None:
    assert {"kestrel", "kestrel-7"} <= {r["model_id"] for r in data(db, "models")}
    result = run("alias", "add", "Kestrel", "Kestrel-7", "--db", db)
    assert result.exit_code == 0 and "alias 'Kestrel' -> kestrel-7" in result.stdout
    with Store(db) as store:
        [model] = store.models()
    assert (model["id"], model["name"], model["aliases"]) == ("kestrel-7", "Kestrel-7", ["Kestrel"])
    rows = {r["model_id"]: r for r in data(db, "models")}
    assert "kestrel" not in rows and rows["kestrel-7"]["claims"] == 2
    assert [r["params"] for r in data(db, "history", "kestrel")] == [7 * B]  # 7B and 7.1B agree


def test_alias_merge_rewrites_claims(db: Path) -> None:
    result = run("alias", "merge", "Gobi", "GPT-5", "--db", db)
    assert result.exit_code == 0 and "merged gobi into gpt-5: 1 claims rewritten" in result.stdout
    with Store(db) as store:
        claims = store.claims()
        models = store.models()
    assert not [c for c in claims if c["model_id"] == "gobi"]
    assert [c["model"] for c in claims if c["model_id"] == "gpt-5"].count("Gobi") == 1
    assert [(m["id"], m["aliases"]) for m in models] == [("gpt-5", ["gobi"])]
    assert "gobi" not in {r["model_id"] for r in data(db, "models")}
    assert data(db, "alias", "list")[0]["id"] == "gpt-5"


def test_report(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", "--out", out, "--db", db)
    assert result.exit_code == 0 and "27 claims" in result.stdout
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and 'id="timeline-gpt-4"' in page


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_export(db: Path, fmt: str) -> None:
    result = run("export", "--format", fmt, "--db", db)
    assert result.exit_code == 0
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
    elif fmt == "json":
        rows = json.loads(result.stdout)
    else:
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == fx.N_CLAIMS
    estimate = next(r for r in rows if r["status"] == "estimated")
    assert (estimate["model_id"], estimate["canonical_model_id"]) == ("gpt4", "gpt-4")
    assert str(estimate["params"]) == "1800000000000"  # raw numbers, not 1.8T
    assert estimate["independent_source"] == "SemiAnalysis" and estimate["url"].startswith("https://")


def test_export_filters(db: Path) -> None:
    rows = json.loads(
        run("export", "--format", "json", "--model", "GPT-4", "--since", "2024-01-01", "--db", db).stdout
    )
    assert [(r["site"], r["params"]) for r in rows] == [("openai.com", 1800 * B)]


# --- bad input ----------------------------------------------------------------------------------


def test_unknown_model_suggests_close_names(db: Path) -> None:
    one_line_error(run("history", "GTP-5", "--db", db), 1, "no claims about 'GTP-5'; did you mean 'GPT-5'")
    one_line_error(
        run("alias", "add", "x", "Lama 3", "--db", db), 2, "unknown model 'Lama 3'; did you mean 'Llama 3'"
    )


def test_bad_dates(db: Path) -> None:
    one_line_error(run("export", "--since", "May 1st", "--db", db), 2, "--since: 'May 1st' is not a date")


def test_unknown_format(db: Path) -> None:
    result = run("models", "--format", "xml", "--db", db)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "Invalid value for '--format'" in result.stderr


def test_empty_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    Store(empty).close()
    for command in (
        ["models"],
        ["history", "GPT-4"],
        ["conflicts"],
        ["sources"],
        ["check"],
        ["report", "--out", tmp_path / "r.html"],
        ["export"],
    ):
        result = run(*command, "--db", empty)
        assert result.exit_code == 1, (command, result.output)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    one_line_error(run("search", "anything", "--db", empty), 1, "no articles match")
    one_line_error(run("show", "1", "--db", empty), 1, "no article '1'")


def test_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    one_line_error(run("models", "--db", junk), 2, "is not a claimwatch database")
    one_line_error(run("models", "--db", tmp_path / "missing.db"), 2, "no database at")


def test_bad_reference_files(db: Path, tmp_path: Path) -> None:
    not_csv = tmp_path / "notes.csv"
    not_csv.write_text("hello\nworld\n", encoding="utf-8")
    one_line_error(run("reference", "import", not_csv, "--db", db), 2, "not an Epoch AI model table")
    one_line_error(run("check", "--db", db), 1, "no reference data")


def test_report_to_a_missing_folder(db: Path, tmp_path: Path) -> None:
    one_line_error(run("report", "--out", tmp_path / "nope" / "r.html", "--db", db), 2, "cannot write")


# --- import hygiene -----------------------------------------------------------------------------

PROBE = """
import sys
from click.testing import CliRunner
from claimwatch.cli import cli
for args in (["models"], ["history", "GPT-4"], ["conflicts"], ["sources"], ["search", "GPT"], ["show", "1"],
             ["check"], ["export"], ["report", "--out", sys.argv[2]]):
    result = CliRunner().invoke(cli, [*args, "--db", sys.argv[1]])
    assert result.exit_code in (0, 1), (args, result.output)
print(sorted(m for m in ("httpx", "httpcore", "trafilatura", "feedparser") if m in sys.modules))
"""


def test_query_commands_do_not_import_the_network_stack(db: Path, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db), str(tmp_path / "r.html")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
