"""The first commands end to end: extract, ingest, claims, reextract, with the rows checked in the database."""

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimwatch.cli import cli

ARTICLE_EN = """Northwind Labs releases Skylark-3

Northwind Labs on Monday released Skylark-3, a new open-weights language model. The model has 52 billion
parameters, of which 9 billion are active per token, the company said.
According to The Information, the lab is already training a successor, Skylark-4, with about 400 billion parameters.
Northwind raised $2 billion last year and its chatbot has 30 million users.
"""

ARTICLE_DE = """Das Kölner Start-up Rheinwerk stellt sein Sprachmodell Lorelei-2 vor. Es umfasst 13 Milliarden Parameter.
Gerüchten zufolge soll der Nachfolger Lorelei-3 rund 1,2 Billionen Parameter haben.
"""

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mistral présente un modèle</title>
<link rel="canonical" href="https://example.org/ia/modele"></head><body><nav>Accueil | Tech | IA</nav>
<article><h1>Mistral présente un nouveau modèle</h1>
<p>La start-up parisienne Mistral AI a dévoilé mardi Mistral NeMo, un modèle de 12 milliards de paramètres
conçu avec Nvidia. Selon l'entreprise, il surpasse les modèles de taille comparable sur plusieurs tests.</p>
<p>Le modèle est distribué sous licence Apache 2.0 et peut tourner sur une seule carte graphique.</p>
</article><footer>© Exemple</footer></body></html>"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "skylark.txt").write_text(ARTICLE_EN, encoding="utf-8")
    (d / "lorelei.txt").write_text(ARTICLE_DE, encoding="utf-8")
    (d / "nemo.html").write_text(PAGE, encoding="utf-8")
    return d


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_extract_jsonl_has_every_field_and_source(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(folder / "skylark.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    claims = [json.loads(line) for line in result.output.splitlines()]
    found = {(c["model"], c["params"], c["scope"]) for c in claims}
    assert ("Skylark-3", 52_000_000_000, "total") in found
    assert ("Skylark-3", 9_000_000_000, "active") in found
    assert ("Skylark-4", 400_000_000_000, "total") in found
    text = ARTICLE_EN
    for c in claims:
        assert c["source"].endswith("skylark.txt")
        assert text[c["start"] : c["end"]] == c["evidence"]
        assert set(c) >= {
            "model",
            "model_id",
            "org",
            "params",
            "params_high",
            "scope",
            "status",
            "approx",
            "attributed_to",
            "evidence",
            "start",
            "end",
            "lang",
            "extractor_version",
        }
    skylark4 = next(c for c in claims if c["model"] == "Skylark-4")
    assert skylark4["attributed_to"] == "The Information" and skylark4["approx"] is True


def test_extract_bad_input_is_one_line_and_others_still_run(folder: Path, tmp_path: Path) -> None:
    (tmp_path / "blob.bin").write_bytes(b"%PDF-1.7\x00\x01binary")
    result = CliRunner().invoke(
        cli,
        [
            "extract",
            str(tmp_path / "blob.bin"),
            str(tmp_path / "missing.txt"),
            str(folder / "lorelei.txt"),
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 2 and all(line.startswith("claimwatch: ") for line in errors)
    assert "Traceback" not in result.output
    models = {json.loads(line)["model"] for line in result.stdout.splitlines()}
    assert {"Lorelei-2", "Lorelei-3"} <= models


def test_extract_reads_stdin() -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "json"], input=ARTICLE_DE)
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert {c["lang"] for c in claims} == {"de"}
    rumour = next(c for c in claims if c["model"] == "Lorelei-3")
    assert rumour["status"] == "rumored" and rumour["params"] == 1_200_000_000_000


def test_ingest_stores_articles_and_claims_idempotently(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert first.exit_code == 0, first.output
    articles = rows(db, "select count(*) from articles")[0][0]
    claims = rows(db, "select count(*) from claims")[0][0]
    assert articles == 3 and claims >= 6
    assert rows(db, "select count(*) from models")[0][0] >= 300  # the gazetteer, loaded once
    assert rows(db, "select model_id from model_aliases where alias = 'GPT4'") == [("gpt-4",)]
    second = runner.invoke(cli, ["ingest", str(folder), "--db", str(db)])
    assert second.exit_code == 0 and "3 unchanged" in second.output
    assert rows(db, "select count(*) from articles")[0][0] == articles
    assert rows(db, "select count(*) from claims")[0][0] == claims
    page = rows(db, "select canonical_url, lang, title from articles where source like '%nemo.html'")[0]
    assert page[0] == "https://example.org/ia/modele" and page[1] == "fr"
    nemo = rows(db, "select model, params, org from claims where model like 'Mistral NeMo%'")
    assert nemo == [("Mistral NeMo", 12_000_000_000, "Mistral AI")]


def test_changed_text_becomes_a_new_version(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder / "lorelei.txt"), "--db", str(db)]).exit_code == 0
    (folder / "lorelei.txt").write_text(
        ARTICLE_DE.replace("13 Milliarden", "14 Milliarden"), encoding="utf-8"
    )
    result = runner.invoke(cli, ["ingest", str(folder / "lorelei.txt"), "--db", str(db)])
    assert "1 new versions" in result.output
    versions = rows(db, "select version, is_current from articles order by version")
    assert versions == [(1, 0), (2, 1)]
    assert (
        rows(db, "select count(*) from claims where params = 13000000000")[0][0] == 1
    )  # kept with version 1


def test_claims_query_and_env_database(folder: Path, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "env.db"
    monkeypatch.setenv("CLAIMWATCH_DB", str(db))
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder)]).exit_code == 0
    result = runner.invoke(cli, ["claims", "Skylark-3", "--format", "json"])
    assert result.exit_code == 0, result.output
    values = sorted((c["params"], c["scope"]) for c in json.loads(result.stdout))
    assert values == [(9_000_000_000, "active"), (52_000_000_000, "total")]
    rumours = json.loads(runner.invoke(cli, ["claims", "--status", "rumored", "--format", "json"]).stdout)
    assert {c["model"] for c in rumours} == {"Lorelei-3"}
    bad = runner.invoke(cli, ["claims", "--since", "yesterday"])
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_claims_on_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    result = CliRunner().invoke(cli, ["claims", "--db", str(junk)])
    assert result.exit_code == 2
    assert "not" in result.stderr and "Traceback" not in result.output


def test_reextract_rederives_claims_from_stored_text(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", str(db)]).exit_code == 0
    before = rows(db, "select article_id, model, params, scope from claims order by 1, 2, 3")
    with sqlite3.connect(db) as conn:
        conn.execute("update articles set extractor_version = 'old'")
        conn.execute("delete from claims")
    result = runner.invoke(cli, ["reextract", "--db", str(db)])
    assert result.exit_code == 0 and "re-extracted 3 articles" in result.output
    assert rows(db, "select article_id, model, params, scope from claims order by 1, 2, 3") == before


def test_claims_table_on_a_terminal_has_a_default_limit(folder: Path, tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "t.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", str(db)]).exit_code == 0
    total = rows(db, "select count(*) from claims")[0][0]
    monkeypatch.setattr("claimwatch.cli.TABLE_LIMIT", 2)
    monkeypatch.setattr("claimwatch.cli._on_terminal", lambda: True)

    def table_rows(*args: str) -> tuple[int, str]:
        result = runner.invoke(cli, ["claims", "--db", str(db), "--format", "table", *args])
        assert result.exit_code == 0, result.output
        return sum(line.startswith("│") for line in result.stdout.splitlines()), result.stderr  # data rows

    assert table_rows() == (
        2,
        "claimwatch: showing the newest 2 claims; --limit N shows more, --limit 0 all\n",
    )
    assert table_rows("--limit", "0") == (total, "")  # 0: all
    assert table_rows("--limit", "3") == (3, "")  # asked for: no note
    as_json = runner.invoke(cli, ["claims", "--db", str(db), "--format", "json"])
    assert len(json.loads(as_json.stdout)) == total and as_json.stderr == ""  # scripts get everything
    monkeypatch.setattr("claimwatch.cli._on_terminal", lambda: False)
    assert table_rows() == (total, "")  # a table written to a file or pipe is not cut
