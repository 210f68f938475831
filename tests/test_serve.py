"""`claimwatch serve`: Datasette on 127.0.0.1 with the canned queries; one clear line without Datasette."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from claimwatch.cli import cli
from claimwatch.cli_serve import INSTALL_HINT
from tests import answers_fixture as fx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return fx.build(tmp_path / "claims.db")


def cli_json(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def get_json(client: httpx.Client, url: str, deadline: float) -> list[dict]:
    """GET url as JSON, retrying while the server is starting."""
    while True:
        try:
            response = client.get(url)
            response.raise_for_status()
            return response.json()
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_serve_answers_canned_queries_over_http(db: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "claimwatch.cli", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}/{db.stem}"
        with httpx.Client(timeout=10) as client:
            deadline = time.monotonic() + 60
            conflicts = get_json(client, f"{base}/conflicts.json?_shape=array", deadline)
            models = get_json(client, f"{base}/models.json?_shape=array", deadline)
            timeline = get_json(client, f"{base}/timeline.json?_shape=array&model=grok-1", deadline)
            one = get_json(client, f"{base}/conflicts.json?_shape=array&model=grok-1", deadline)
            claims_table = client.get(f"{base}/claims.json?_shape=array&_size=2").json()
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert server.returncode is not None
    assert "serving" in stderr
    expected = cli_json("conflicts", "--db", str(db))
    keys = ("model_id", "scope", "kind", "a_status", "a_params", "b_status", "b_params", "ratio")
    assert [{k: row[k] for k in keys} for row in conflicts] == [{k: row[k] for k in keys} for row in expected]
    assert [json.loads(row["a_sources"]) for row in conflicts] == [row["a_sources"] for row in expected]
    assert len(one) == sum(row["model_id"] == "grok-1" for row in expected) > 0
    assert {row["model_id"] for row in one} == {"grok-1"}
    cli_models = {row["model_id"]: row for row in cli_json("models", "--db", str(db))}
    assert {row["model_id"]: (row["total"], row["status"]) for row in models} == {
        m: (row["total"], row["status"]) for m, row in cli_models.items()
    }
    assert [row["params"] for row in timeline] == [300 * fx.B, 314 * fx.B, 400 * fx.B]
    assert len(claims_table) == 2


def test_serve_without_datasette_says_how_to_install(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)
    monkeypatch.setitem(sys.modules, "datasette.app", None)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"claimwatch: {INSTALL_HINT}"]
    assert "pip install" in result.stderr


def test_query_commands_do_not_import_datasette(db: Path) -> None:
    probe = (
        "import sys\nfrom click.testing import CliRunner\nfrom claimwatch.cli import cli\n"
        "for args in (['models'], ['conflicts'], ['sources']):\n"
        "    assert CliRunner().invoke(cli, [*args, '--db', sys.argv[1]]).exit_code == 0\n"
        "print(sorted(m for m in ('datasette', 'uvicorn') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
