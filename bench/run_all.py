"""`make bench`: every benchmark in sequence, one report, and bench/results/latest.json.

    .venv/bin/python bench/run_all.py [--quick] [--only extract,store,query,run,backfill] [--out PATH]

--quick is a smoke run (under a minute): smaller corpus, fewer rounds, no 1M-claim database, 40 feeds;
it writes bench/results/latest-quick.json so that the full results in latest.json stay.
The full run takes about 4-6 minutes, most of it building the 1M-claim database and the collection run.

Every benchmark pins itself to core 0 (servers run on core 1); figures are medians of several samples;
absolute times on a shared 2-vCPU VM move by up to +-35 % between runs, so read the ratios first.
A goal that is missed prints FAIL but the exit status stays 0 (this is a report, CI does not run it);
the exit status is 1 only when a benchmark itself crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bench_extract
import bench_query
import bench_run
import bench_store
import benchkit
from benchkit import Goal

HERE = Path(__file__).resolve().parent


def _backfill(argv: list[str]) -> dict[str, Any]:
    """bench_backfill.py prints its own report; run it as a process so its worker pool starts clean."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "backfill.json"
        done = subprocess.run(
            [sys.executable, str(HERE / "bench_backfill.py"), *argv, "--json", str(out)], check=False
        )
        result = json.loads(out.read_text()) if out.exists() else {}
    return {"returncode": done.returncode, **result}


BENCHMARKS = {
    "extract": bench_extract.main,
    "store": bench_store.main,
    "query": bench_query.main,
    "run": bench_run.main,
    "backfill": _backfill,
}


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=HERE, capture_output=True, text=True, check=False)
    except OSError:
        return ""
    return done.stdout.strip()


def environment() -> dict[str, Any]:
    import claimwatch

    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "claimwatch": getattr(claimwatch, "__version__", "?"),
        "git_commit": _git("rev-parse", "--short", "HEAD"),
        "git_dirty_files": len(_git("status", "--porcelain", "--", "src").splitlines()),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_model(),
        "loadavg_start": os.getloadavg(),
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def jsonable(value: Any) -> Any:
    """NaN and infinities (skipped or failed figures) as null, so the file is strict JSON."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fast smoke run")
    parser.add_argument("--only", help="comma-separated subset of: " + ", ".join(BENCHMARKS))
    parser.add_argument(
        "--out", type=Path, help="default bench/results/latest.json (--quick: latest-quick.json)"
    )
    args = parser.parse_args(argv)
    args.out = args.out or HERE / "results" / ("latest-quick.json" if args.quick else "latest.json")
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    report: dict[str, Any] = {
        "environment": environment(),
        "quick": args.quick,
        "benchmarks": {},
        "errors": {},
    }
    env = report["environment"]
    print(
        f"claimwatch benchmarks {'(quick) ' if args.quick else ''}{env['date']}: Python {env['python']}, "
        f"SQLite {env['sqlite']}, {env['cpu']} x{env['cpu_count']}, commit {env['git_commit']} "
        f"({env['git_dirty_files']} changed files under src), load average {env['loadavg_start'][0]:.2f}"
    )
    print(f"pinned to {benchkit.pin()}")
    started = time.perf_counter()
    for name in chosen:
        print(f"\n{'=' * 100}\n{name}\n{'=' * 100}", flush=True)
        bench_started = time.perf_counter()
        try:
            result = BENCHMARKS[name](["--quick"] if args.quick else [])
        except Exception:
            traceback.print_exc()
            report["errors"][name] = traceback.format_exc(limit=5)
            continue
        result["elapsed_s"] = time.perf_counter() - bench_started
        report["benchmarks"][name] = result
        print(f"\n({name}: {result['elapsed_s']:.0f} s)", flush=True)
    report["elapsed_s"] = time.perf_counter() - started
    env["loadavg_end"] = os.getloadavg()

    goals = [
        Goal(**{k: v for k, v in g.items() if k != "passed"})
        for result in report["benchmarks"].values()
        for g in result.get("goals", [])
    ]
    report["goals"] = [g.as_dict() for g in goals]
    passed = sum(g.passed for g in goals)
    print(f"\n{'=' * 100}\nsummary: {passed} of {len(goals)} goals met, {report['elapsed_s']:.0f} s in all")
    print(benchkit.goals_text(goals))
    for name in report["errors"]:
        print(f"ERROR  benchmark {name} crashed (see the traceback above)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(jsonable(report), indent=2, default=str, allow_nan=False) + "\n", encoding="utf-8"
    )
    print(f"results: {args.out}")
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
