"""The Dask path: the same pure functions on a LocalCluster (2 worker processes on 127.0.0.1), Parquet
shards, and import-parquet giving the database a local backfill gives; twice adds nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_backfill import ROOT, mixed_archive, rows, run

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pytest.importorskip("pyarrow", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as local:
        yield local


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("crawl")
    paths = []
    for n, (count, start) in enumerate(
        [(60, 0), (40, 30), (30, 500)]
    ):  # the second repeats pages of the first
        path = folder / f"crawl-{n}.warc.gz"
        mixed_archive(count, ai_every=3, start=start).write(path)
        paths.append(str(path))
    return paths


def test_dask_shards_import_to_what_a_local_backfill_stores(
    cluster, archives: list[str], tmp_path: Path
) -> None:
    from claimwatch.distributed import import_parquet, run_on_dask
    from claimwatch.store import Store

    out = tmp_path / "claims-parquet"
    report = run_on_dask(archives, cluster.scheduler_address, str(out))
    assert report.exit_code == 0 and report.shards == 3, report.errors
    assert report.totals.pages == 130 and report.totals.prefiltered == 86
    assert len(list((out / "claims").glob("*.parquet"))) == 3

    db = tmp_path / "merged.db"
    with Store(db) as store:
        first = import_parquet(store, str(out))
        second = import_parquet(store, str(out))
    assert first.exit_code == 0 and first.articles == 44 and first.unchanged == 10  # crawl-1 repeats 10 pages
    assert second.articles == 0 and second.already_done == 3
    local = run(tmp_path / "local.db", archives, workers=1)
    assert rows(db) == rows(tmp_path / "local.db")
    assert local["claims"] == first.claims

    again = run_on_dask(archives, cluster.scheduler_address, str(out))  # resumable: shards exist
    assert again.shards == 0 and again.already_done == 3


def test_claim_shards_are_plain_parquet(cluster, archives: list[str], tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from claimwatch.distributed import run_on_dask

    out = tmp_path / "out"
    run_on_dask(archives[:1], cluster.scheduler_address, str(out))
    table = pq.read_table(next((out / "claims").glob("*.parquet")))
    assert {"model", "params", "status", "evidence", "url", "archive", "record"} <= set(table.column_names)
    assert table.num_rows == 20


def test_cli_import_parquet_twice_adds_nothing(cluster, archives: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    db = str(tmp_path / "db.sqlite")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimwatch.cli",
            "backfill",
            *archives[:2],
            "--dask",
            cluster.scheduler_address,
            "--out",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["shards_written"] == 2
    counts = []
    for _ in range(2):
        merged = subprocess.run(
            [sys.executable, "-m", "claimwatch.cli", "import-parquet", str(out), "--db", db, "--json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert merged.returncode == 0, merged.stderr
        counts.append(json.loads(merged.stdout))
    assert counts[0]["new"] == 24 and counts[1]["articles"] == 0
    assert (
        subprocess.run(
            [sys.executable, "-m", "claimwatch.cli", "backfill", archives[0], "--out", str(out)],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
        ).returncode
        == 2
    )
