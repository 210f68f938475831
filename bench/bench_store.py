"""Store write throughput: claim rows/s inside one transaction, against raw sqlite3 executemany.

    .venv/bin/python bench/bench_store.py [--quick] [--claims 100000] [--per-article 20] [--repeat 3]

Prints, for the median of --repeat runs on a fresh database each time:
  one_article    replace_claims() of N claims on one article (the claims path alone: insert_all + indexes)
  save_many      N claims spread over N/per-article articles via save_many() (articles + FTS + appearances)
  raw_floor      sqlite3.executemany of the same rows into the same schema (the Python floor)
and the ratio store/raw (PERFORMANCE.md gate: >= 0.25x; goal >= 100k claim rows/s).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import benchkit
from benchkit import Goal

from claimwatch.models import Article, Claim
from claimwatch.store import CLAIM_COLUMNS, Store

GOAL_ROWS_S = 100_000
MODELS = ["gpt-4", "llama-3", "claude-3", "gemini-1.5", "mistral-large", "qwen-2", "phi-3", "grok-1"]


def make_claims(n: int, offset: int = 0) -> list[Claim]:
    claims = []
    for i in range(offset, offset + n):
        model_id = MODELS[i % len(MODELS)]
        evidence = f"{model_id} reportedly has {i + 1} billion parameters, sources said."
        claims.append(
            Claim(
                model=model_id.upper(),
                model_id=model_id,
                org="Org",
                params=(i + 1) * 1_000_000_000,
                status="reported",
                evidence=evidence,
                start=0,
                end=len(evidence),
            )
        )
    return claims


def make_article(i: int) -> Article:
    return Article(
        url=f"https://news.example/{i}",
        title=f"Article {i} about model sizes",
        text=f"Article number {i}. " + "Some words about models and parameters. " * 100,
        source=f"https://news.example/{i}",
    )


def bench_one_article(folder: Path, claims: list[Claim]) -> float:
    with Store(folder / "one.db") as store:
        article_id = store.save_article(make_article(0), [], extractor_version="b").article_id
        started = time.perf_counter()
        store.replace_claims(article_id, claims, "b")
        return len(claims) / (time.perf_counter() - started)


def bench_save_many(folder: Path, claims: list[Claim], per_article: int) -> float:
    items = [
        (make_article(i), claims[i * per_article : (i + 1) * per_article])
        for i in range(len(claims) // per_article)
    ]
    with Store(folder / "many.db") as store:
        started = time.perf_counter()
        store.save_many(items, extractor_version="b")
        return len(claims) / (time.perf_counter() - started)


def bench_raw(folder: Path, claims: list[Claim]) -> float:
    with Store(folder / "raw.db") as store:
        article_id = store.save_article(make_article(0), [], extractor_version="b").article_id
    import sqlite3  # the floor: same schema, same rows, no library

    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")
    rows = [
        (
            article_id,
            c.model,
            c.model_id,
            c.org,
            c.params,
            c.params_high,
            c.scope,
            c.status,
            int(c.approx),
            c.attributed_to,
            c.evidence,
            c.start,
            c.end,
            c.lang,
            "b",
            "2026-01-01T00:00:00+00:00",
        )
        for c in claims
    ]
    columns = ", ".join(f'"{c}"' for c in CLAIM_COLUMNS)
    sql = f"INSERT INTO claims ({columns}) VALUES ({', '.join('?' * len(CLAIM_COLUMNS))})"
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(sql, rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return len(claims) / elapsed


def measure(n_claims: int, per_article: int, repeat: int) -> dict[str, Any]:
    """Median claim rows/s of the three ways, each on a fresh database per repeat."""
    claims = make_claims(n_claims)
    results: dict[str, list[float]] = {"one_article": [], "save_many": [], "raw_floor": []}
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            results["raw_floor"].append(bench_raw(folder, claims))
            results["one_article"].append(bench_one_article(folder, claims))
            results["save_many"].append(bench_save_many(folder, claims, per_article))
    medians = {name: statistics.median(values) for name, values in results.items()}
    return {
        "claims": n_claims,
        "per_article": per_article,
        "repeat": repeat,
        "rows_s": medians,
        "samples_rows_s": results,
        "ratio_one_article_to_raw": medians["one_article"] / medians["raw_floor"],
        "ratio_save_many_to_raw": medians["save_many"] / medians["raw_floor"],
        "save_many_ms_per_article": 1000 * per_article / medians["save_many"],
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, default=None, help="default 100000 (--quick: 20000)")
    parser.add_argument("--per-article", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    pinned = benchkit.pin()
    n_claims = args.claims or (20_000 if args.quick else 100_000)
    result = measure(n_claims, args.per_article, args.repeat)
    medians, samples = result["rows_s"], result["samples_rows_s"]
    print(f"\nstore writes: {n_claims:,} claims, median of {args.repeat} fresh databases, pinned to {pinned}")
    for name, value in medians.items():
        print(
            f"{name:12s} {value:>10,.0f} claim rows/s  (runs: {', '.join(f'{v:,.0f}' for v in samples[name])})"
        )
    print(f"ratio one_article/raw_floor {result['ratio_one_article_to_raw']:.2f}x")
    print(f"ratio save_many/raw_floor   {result['ratio_save_many_to_raw']:.2f}x")
    print(
        f"save_many per article ({args.per_article} claims, ~4 KB text, FTS): "
        f"{result['save_many_ms_per_article']:.3f} ms"
    )
    goals = [
        Goal(
            "claim rows/s in one transaction (replace_claims)",
            medians["one_article"],
            "rows/s",
            ">=",
            GOAL_ROWS_S,
            f"{result['ratio_one_article_to_raw']:.2f}x raw executemany; save_many with articles+FTS "
            f"{medians['save_many']:,.0f} rows/s",
        )
    ]
    print("\n" + benchkit.goals_text(goals))
    return {**result, "pinned": pinned, "goals": [g.as_dict() for g in goals]}


if __name__ == "__main__":
    main(sys.argv[1:])
