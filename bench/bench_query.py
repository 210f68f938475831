"""Query latency over synthetic databases of N claims on N/5 articles (N = 10k, 100k, 1M).

    .venv/bin/python bench/bench_query.py [--quick] [--sizes 10000,100000,1000000] [--adversarial-values]
        [--keep FOLDER [--reuse]]

Each database is made by `Store` (schema, migrations, gazetteer tables), filled with `executemany` in
one transaction on a plain sqlite3 connection (articles, appearances, one FTS5 'rebuild', claims),
then finished with `Store.checkpoint()` (ANALYZE, optimize, WAL checkpoint) as a real run ends.

Articles: ~800 bytes of prose from `synth` (en/de/fr/es), spread over 2025, 60 outlets; exactly 10
articles hold the rare word used for the selective search. Claims: 5 per article, the model drawn from
a Zipf-like popularity over the gazetteer models (GPT-4 first: ~14 % of all claims); figures, statuses,
scopes, attributions and dates as `claim_values` makes them: realistic (each model a handful of figures
repeated by many outlets), or with --adversarial-values uniformly random (a stress test whose conflicts
answer is a million rows at 1M claims).

Timed (median of repeated calls on an open Store, after one warm-up call):
  Store.claims(model=..., limit=20) for a popular, a mid and a rare model; by status; by org;
  Store.claims(model=GPT-4) without a limit (what the CLI asks for); Store.search() for a rare word and
  for a model name; Store.stats(); every public function of claimwatch.analysis (if the module exists)
  over the claims of one model, and up to N = 100k over all claims (as figures, the way the answer
  commands call them; `figures` itself over the rows); and the CLI process
  `claimwatch claims GPT-4 --db X --format json` (all rows, and --limit 20) from start to output
  (median of 5), beside `python -c pass` and `import claimwatch.cli`.

Also timed: the whole-database answers as the query commands get them (`claimwatch.digests`: canonical
models from the per-model counts, then each model's stored digest; the build computes every digest once,
as the end of a collection run does, and reports how long that took), the conflicts and history of a mid
model and of the biggest (GPT-4), and the CLI processes `models`, `sources`, `conflicts` (all models and
each of both) and `history` of both models, `search` (rare word) and `show` (one article). `conflicts` over
all models is what `claimwatch conflicts --format json|jsonl` reads (`digests.write_conflicts_json`: the
stored merged answer, read from the database and written to a sink that drops it; its row count is shown as
1); the same as rows (`--format table|csv`) and as `Conflict` objects is timed beside it.

--keep FOLDER keeps the databases (claims-N.db); with --reuse an existing one is used as it is, after
`digests.refresh` (what a collection run ends with: digests made stale by a code change are made again).

Goals: claims(model, limit=20) < 1 ms at 1M; selective search < 10 ms; CLI with --limit 20 < 300 ms;
each analysis function < 0.5 s over one mid model's claims (~4,700 at 1M) and < 5 s over all 100k claims;
the `models`, `sources`, `conflicts` and `history GPT-4` answers < 100 ms at 1M and every CLI process
< 300 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import inspect
import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import benchkit
import synth
from benchkit import Goal, median, table
from claim_values import STATUS_WEIGHTS, STATUSES, ClaimValues

from claimwatch import digests
from claimwatch.extract.gazetteer import data_dir, read_tsv
from claimwatch.models import content_hash
from claimwatch.store import CLAIM_COLUMNS, Store

RARE_WORD = "Quetzalcoatlus"
RARE_DOCS = 10
CLAIMS_PER_ARTICLE = 5
OUTLET_HOSTS = [f"news{i:02d}.example" for i in range(60)]
SKIP_PREDICTED_MS = 5000.0  # an analysis call predicted slower than this at the next N is not run
GOAL_LATEST_MS = 1.0
GOAL_SEARCH_MS = 10.0
GOAL_CLI_MS = 300.0
GOAL_ANSWER_MS = 100.0  # every whole-database query (models, sources, conflicts) at 1M claims
GOAL_ANALYSIS_MODEL_MS = 500.0
GOAL_ANALYSIS_ALL_MS = 5000.0
ALL_CLAIMS_MAX = 100_000  # analysis over every claim only up to this N
VENV_BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parent.parent

ARTICLE_SQL = (
    "INSERT INTO articles (id, identity, url, canonical_url, title, author, site, source, published, fetched, "
    "lang, text, content_hash, fingerprint, version, previous_id, is_current, extractor_version, created_at) "
    "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 1, NULL, 1, '0.1.0', ?)"
)
CLAIM_SQL = "INSERT INTO claims ({}, article_date) VALUES ({}, ?)".format(
    ", ".join(f'"{c}"' for c in CLAIM_COLUMNS), ", ".join("?" * len(CLAIM_COLUMNS))
)
APPEARANCE_SQL = "INSERT INTO appearances (article_id, url, source, seen_at) VALUES (?, ?, ?, ?)"


def gazetteer_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """data/models.tsv and orgs.tsv in the shape `Store.load_gazetteer` takes."""
    folder = data_dir()

    def split(value: str | None) -> list[str]:
        return [a.strip() for a in (value or "").split("|") if a.strip()]

    models = [
        {**row, "aliases": split(row.get("aliases"))}
        for row in read_tsv((folder / "models.tsv").read_text(encoding="utf-8"))
    ]
    orgs = [
        {"name": row["name"], "aliases": split(row.get("aliases"))}
        for row in read_tsv((folder / "orgs.tsv").read_text(encoding="utf-8"))
    ]
    return models, orgs


def sentence_pool(seed: int = 3) -> dict[str, list[str]]:
    """Sentences of the synthetic corpus by language (to assemble many short articles fast)."""
    pool: dict[str, list[str]] = {lang: [] for lang in synth.LANGS}
    for doc in synth.corpus(300, seed=seed):
        body = doc.text.split("\n\n", 1)[1].replace("\n\n", " ")
        pool[doc.lang] += re.split(r"(?<=[.!?])\s+", body)
    return pool


def build(path: Path, n_claims: int, seed: int = 7, adversarial: bool = False) -> dict[str, float]:
    """Create and fill the database (claim values as `claim_values` makes them: realistic, or with
    `adversarial` uniformly random); returns the seconds of each step."""
    rng = random.Random(seed)
    values = ClaimValues(synth.OUTLETS, adversarial, seed)
    steps: dict[str, float] = {}
    started = time.perf_counter()
    models_rows, orgs_rows = gazetteer_rows()
    with Store(path) as store:
        store.load_gazetteer(models_rows, orgs_rows)
    steps["schema_s"] = time.perf_counter() - started

    started = time.perf_counter()
    n_articles = n_claims // CLAIMS_PER_ARTICLE
    pool = sentence_pool()
    models, weights = synth._models()
    rare_ids = set(rng.sample(range(1, n_articles + 1), RARE_DOCS))
    articles, appearances, claims = [], [], []
    langs = rng.choices(synth.LANGS, synth.LANG_WEIGHTS, k=n_articles)
    picks = rng.choices(models, weights, k=n_claims)
    statuses = rng.choices(STATUSES, STATUS_WEIGHTS, k=n_claims)
    for i in range(1, n_articles + 1):
        lang = langs[i - 1]
        host = OUTLET_HOSTS[i % len(OUTLET_HOSTS)]
        url = f"https://{host}/2025/{i}.html"
        topic = picks[(i - 1) * CLAIMS_PER_ARTICLE]
        title = rng.choice(synth.TITLES[lang]).format(org=topic[2], model=topic[0])
        sentences = rng.sample(pool[lang], 6)
        if i in rare_ids:
            sentences.insert(3, f"Researchers compared it to a {RARE_WORD}.")
        text = title + "\n\n" + " ".join(sentences)
        published = values.published(rng, topic[1])
        pub = published.isoformat(timespec="seconds")
        fetched = (published + timedelta(minutes=rng.randrange(1, 600))).isoformat(timespec="seconds")
        digest = content_hash(text)
        articles.append(
            (i, url, url, url, title, host, url, pub, fetched, lang, text, digest, digest, fetched)
        )
        appearances.append((i, url, url, fetched))
        for k in range(CLAIMS_PER_ARTICLE):
            j = (i - 1) * CLAIMS_PER_ARTICLE + k
            name, model_id, org = picks[j]
            value, scope, status, approx, outlet, tag = values.claim(
                rng, model_id, org, published, statuses[j]
            )
            evidence = f"{name}{' ' + tag if tag else ''} has {value / 1e9:g} billion parameters" + (
                f", according to {outlet}." if outlet else "."
            )
            claims.append(
                (
                    i, name, model_id, org, value, None, scope, status, approx, outlet, evidence, 100,
                    100 + len(evidence), lang, "0.1.0", fetched, pub,
                )
            )  # fmt: skip
    steps["generate_s"] = time.perf_counter() - started

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # set-up only (the Store's own writes use synchronous=NORMAL and the default cache): a 256 MB page
        # cache keeps the five claim indexes and the FTS index in memory while they grow
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -262144")
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        # bulk load: the FTS insert trigger is dropped, the index rebuilt once, the trigger put back as it was
        (trigger_sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_ai'").fetchone()
        conn.execute("DROP TRIGGER articles_ai")
        conn.executemany(ARTICLE_SQL, articles)
        conn.executemany(APPEARANCE_SQL, appearances)
        steps["insert_articles_s"] = time.perf_counter() - started
        started = time.perf_counter()
        conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
        conn.execute(trigger_sql)
        steps["fts_rebuild_s"] = time.perf_counter() - started
        started = time.perf_counter()
        conn.executemany(CLAIM_SQL, claims)
        conn.execute("COMMIT")
        steps["insert_claims_s"] = time.perf_counter() - started
    finally:
        conn.close()
    started = time.perf_counter()
    with Store(path) as store:
        store.rebuild_model_counts()  # the bulk load went around the store's writes, which keep these
        steps["counts_s"] = time.perf_counter() - started
        started = time.perf_counter()
        store.checkpoint()
        steps["checkpoint_s"] = time.perf_counter() - started
        started = time.perf_counter()
        digests.refresh(store)  # every model's digest, as the end of a run (or the first query) makes them
        steps["digests_s"] = time.perf_counter() - started
        started = time.perf_counter()
        store.checkpoint()
        steps["checkpoint_s"] += time.perf_counter() - started
    return steps


def reuse(path: Path) -> dict[str, float]:
    """A kept database as it is, its stale digests made again (`build`'s steps, only digests timed)."""
    steps = dict.fromkeys(
        ("schema_s", "generate_s", "insert_articles_s", "fts_rebuild_s", "insert_claims_s", "counts_s"), 0.0
    )
    started = time.perf_counter()
    with Store(path) as store:
        digests.refresh(store)
        steps["digests_s"] = time.perf_counter() - started
        started = time.perf_counter()
        store.checkpoint()
        steps["checkpoint_s"] = time.perf_counter() - started
    return steps


def time_call(
    fn: Callable[[], Any], budget_s: float = 0.4, max_n: int = 25, min_n: int = 3
) -> tuple[float, Any]:
    """Median seconds of repeated calls after one warm-up call, within a time budget; and the last result.

    A call slower than the budget is timed once more after its warm-up and left at that.
    """
    first, result = benchkit.timed(fn)
    samples: list[float] = []
    spent = 0.0
    while len(samples) < max_n and (len(samples) < min_n or spent < budget_s):
        seconds, result = benchkit.timed(fn)
        samples.append(seconds)
        spent += seconds
        if first > budget_s:
            break
    return median(samples), result


def _predict(times_ms: list[float]) -> float:
    """The next size's time (10x the claims) from the growth between the last two sizes, at least 10x."""
    if not times_ms:
        return 0.0
    growth = times_ms[-1] / times_ms[-2] if len(times_ms) > 1 and times_ms[-2] > 0 else 10.0
    return times_ms[-1] * max(growth, 10.0)


def analysis_calls(
    rows: list[dict[str, Any]], label: str, figs: list[Any] | None = None
) -> dict[str, Callable[[], Any]]:
    """Every public function of claimwatch.analysis that takes only claims, over the given claim rows
    (over `figs` instead, if given, for all but `figures`)."""
    if importlib.util.find_spec("claimwatch.analysis") is None:
        return {}
    module = importlib.import_module("claimwatch.analysis")
    calls: dict[str, Callable[[], Any]] = {}
    for name, fn in inspect.getmembers(module, inspect.isfunction):
        if name.startswith("_") or fn.__module__ != module.__name__:
            continue
        params = list(inspect.signature(fn).parameters.values())
        if not params or params[0].name != "claims":
            continue
        required = [p for p in params[1:] if p.default is inspect.Parameter.empty and p.kind != p.VAR_KEYWORD]
        if required:
            continue
        given = rows if figs is None or name == "figures" else figs
        calls[f"analysis.{name}({label})"] = lambda fn=fn, given=given: fn(given)
    return calls


def figures_of(rows: list[dict[str, Any]]) -> list[Any]:
    """The rows as analysis figures, made once (as the answer commands do), if claimwatch.analysis exists."""
    if not rows or importlib.util.find_spec("claimwatch.analysis") is None:
        return []
    return importlib.import_module("claimwatch.analysis").figures(rows)


def queries(store: Store) -> dict[str, Callable[[], Any]]:
    models, _ = synth._models()
    mid, rare = models[30], models[500]
    assert mid[0] == mid_model()
    rare_org = next(m[2] for m in reversed(models) if m[2] not in synth.ORGS)
    return {
        "claims(model=GPT-4, limit=20)": lambda: store.claims(model="GPT-4", limit=20),
        f"claims(model={mid[0]}, limit=20)": lambda: store.claims(model=mid[0], limit=20),
        f"claims(model={rare[0]}, limit=20)": lambda: store.claims(model=rare[0], limit=20),
        "claims(status=rumored, limit=20)": lambda: store.claims(status="rumored", limit=20),
        "claims(org=OpenAI, limit=20)": lambda: store.claims(org="OpenAI", limit=20),
        f"claims(org={rare_org}, limit=20)": lambda: store.claims(org=rare_org, limit=20),
        "claims(model=GPT-4, status=official, limit=20)": lambda: store.claims(
            model="GPT-4", status="official", limit=20
        ),
        "claims(model=GPT-4) no limit": lambda: store.claims(model="GPT-4"),
        f"claims(model={mid[0]}) no limit": lambda: store.claims(model=mid[0]),
        f"search({RARE_WORD!r})": lambda: store.search(RARE_WORD),
        "search('Mixtral')": lambda: store.search("Mixtral"),
        "stats()": store.stats,
    }


class Discard:
    """A binary stream that drops what is written (the CLI writes to stdout instead)."""

    def write(self, data: bytes) -> int:
        return len(data)


def answer_calls(store: Store) -> dict[str, Callable[[], Any]]:
    """The whole-database answers as the query commands get them (claimwatch.digests: canonical models from
    the per-model counts, then the stored digests), and one mid model's conflicts and history."""
    mid_name, mid_id, _ = synth._models()[0][30]

    def groups() -> digests.Groups:
        return digests.Groups.of(store)

    calls: dict[str, Callable[[], Any]] = {
        "answers: Groups.of (canonical models)": groups,
        "answers: models": lambda: digests.model_summaries(groups()),
        "answers: sources": lambda: digests.source_rows(groups()),
        "answers: conflicts (all)": lambda: digests.write_conflicts_json(groups(), Discard()),
        "answers: conflicts (all, rows)": lambda: digests.conflict_rows(groups()),
        "answers: conflicts (all, objects)": lambda: digests.all_conflicts(groups()),
    }
    for name, model_id in (("GPT-4", "gpt-4"), (mid_name, mid_id)):
        calls[f"answers: conflicts {name}"] = lambda m=model_id: digests.all_conflicts(groups(), model_id=m)
        # what `claimwatch history` reads (HistoryEntry.model_dump() rows), and the same as objects
        calls[f"answers: history {name}"] = lambda m=model_id: digests.history_rows(groups(), m)
        calls[f"answers: history {name} (objects)"] = lambda m=model_id: digests.model_history(groups(), m)
    return calls


def _ms(timing: dict[str, Any]) -> float:
    """A timing's ms; a skipped or failed call counts as infinitely slow."""
    return float("inf") if timing["ms"] != timing["ms"] else timing["ms"]


def _slowest(timings: dict[str, dict[str, Any]]) -> str:
    return max(timings, key=lambda k: _ms(timings[k]))


def mid_model() -> str:
    return synth._models()[0][30][0]


def cli_ms(args: list[str], runs: int = 5) -> tuple[float, int]:
    """Median wall ms of a fresh process from start to exit, and its stdout bytes.

    `runs` runs after one warm-up run; a command slower than 2 s gets no warm-up and 3 runs.
    """
    out = b""
    samples: list[float] = []
    target = runs + 1
    while len(samples) < target:
        started = time.perf_counter()
        done = subprocess.run(args, capture_output=True, check=False, cwd=ROOT)
        elapsed = time.perf_counter() - started
        out = done.stdout
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode()[-300:]}")
        samples.append(elapsed * 1000)
        if samples[0] > 2000:
            target = 3
    return median(samples[1:] if target == runs + 1 else samples), len(out)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="10k and 100k claims only")
    parser.add_argument("--sizes", help="comma-separated claim counts (default 10000,100000,1000000)")
    parser.add_argument("--keep", help="build the databases in this folder and keep them")
    parser.add_argument("--reuse", action="store_true", help="with --keep: use a database already there")
    parser.add_argument(
        "--adversarial-values",
        action="store_true",
        help="every claim a random figure and status (stress test; see claim_values.py)",
    )
    parser.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    load_start = os.getloadavg()
    pinned = benchkit.pin()
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    )
    mode = "adversarial" if args.adversarial_values else "realistic"
    results: dict[str, Any] = {"pinned": pinned, "values": mode, "sizes": {}}
    with contextlib.ExitStack() as stack:
        folder = Path(args.keep) if args.keep else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        folder.mkdir(parents=True, exist_ok=True)
        history: dict[str, list[float]] = {}  # ms per query at each size so far
        for n in sizes:
            path = folder / f"claims-{n}.db"
            reused = bool(args.reuse and args.keep and path.exists())
            if reused:
                steps = reuse(path)
            else:
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
                steps = build(path, n, adversarial=args.adversarial_values)
            size_mb = sum(
                Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
            )
            timings: dict[str, dict[str, Any]] = {}
            with Store(path) as store:
                calls = queries(store)
                calls.update(answer_calls(store))
                rows_mid = store.claims(model=mid_model())
                calls.update(analysis_calls(rows_mid, f"{len(rows_mid):,} claims of {mid_model()}"))
                inputs = dict.fromkeys(calls, len(rows_mid))
                rows_all = store.claims() if n <= ALL_CLAIMS_MAX else []
                everything = analysis_calls(rows_all, "all claims", figures_of(rows_all))
                if rows_all:
                    calls.update(everything)
                    inputs.update(dict.fromkeys(everything, len(rows_all)))
                else:  # listed at every N all the same
                    skipped = f"all claims are measured up to N={ALL_CLAIMS_MAX:,}"
                    timings.update(
                        {name: {"ms": float("nan"), "rows": 0, "skipped": skipped} for name in everything}
                    )
                for name, fn in calls.items():
                    key = re.sub(r"\(\d[\d,]* claims of", "(claims of", name)
                    predicted = _predict(history.get(key, []))
                    if (
                        key.startswith("analysis.")
                        and name not in everything
                        and predicted > SKIP_PREDICTED_MS
                    ):
                        timings[key] = {
                            "ms": float("nan"),
                            "rows": 0,
                            "skipped": f"would take ~{predicted / 1000:,.0f} s by its growth so far",
                        }
                        continue
                    try:
                        seconds, result = time_call(fn)
                    except Exception as e:  # an analysis function may not fit our rows: report and go on
                        timings[key] = {"ms": float("nan"), "rows": 0, "error": f"{type(e).__name__}: {e}"}
                        continue
                    count = len(result) if isinstance(result, list | dict) else 1
                    timings[key] = {"ms": seconds * 1000, "rows": count, "input": inputs.get(name, n)}
            for key, t in timings.items():
                history.setdefault(key, []).append(t["ms"])
            cli = [str(VENV_BIN / "claimwatch"), "claims", "GPT-4", "--db", str(path), "--format", "json"]
            cli_full, cli_bytes = cli_ms(cli)
            cli_limited, _ = cli_ms([*cli, "--limit", "20"])
            answer_cli = {
                " ".join(args): cli_ms([str(VENV_BIN / "claimwatch"), *args, "--db", str(path)])
                for args in (
                    ["models", "--format", "json"],
                    ["sources", "--format", "json"],
                    ["conflicts", "--format", "json"],
                    ["conflicts", "GPT-4", "--format", "json"],
                    ["history", "GPT-4", "--format", "json"],
                    ["history", "GPT-4", "--format", "jsonl"],
                    ["conflicts", mid_model(), "--format", "json"],
                    ["history", mid_model(), "--format", "json"],
                    ["search", RARE_WORD, "--format", "json"],
                    ["show", "1", "--format", "json"],
                )
            }
            results["sizes"][str(n)] = {
                "claims": n,
                "articles": n // CLAIMS_PER_ARTICLE,
                "build": {**steps, "total_s": sum(steps.values())},
                "db_mb": size_mb / 1e6,
                "queries": timings,
                "cli_ms": cli_full,
                "cli_stdout_bytes": cli_bytes,
                "cli_limit20_ms": cli_limited,
                "answer_cli_ms": {name: ms for name, (ms, _) in answer_cli.items()},
                "answer_cli_bytes": {name: size for name, (_, size) in answer_cli.items()},
            }
            build_total = sum(steps.values())
            print(
                f"\nquery database ({mode} values): {n:,} claims on {n // CLAIMS_PER_ARTICLE:,} articles, "
                f"{size_mb / 1e6:,.0f} MB, {'kept, refreshed' if reused else 'built'} in {build_total:.1f} s "
                f"(generate {steps['generate_s']:.1f}, articles {steps['insert_articles_s']:.1f}, "
                f"FTS rebuild {steps['fts_rebuild_s']:.1f}, "
                f"claims {steps['insert_claims_s']:.1f}, counts {steps['counts_s']:.1f}, "
                f"ANALYZE+checkpoint {steps['checkpoint_s']:.1f}; model digests {steps['digests_s']:.1f}), "
                f"pinned to {pinned}"
            )
    floor_ms, _ = cli_ms([sys.executable, "-c", "pass"])
    import_ms, _ = cli_ms([sys.executable, "-c", "import claimwatch.cli"])
    results["process_floor_ms"] = floor_ms
    results["import_cli_ms"] = import_ms

    names = list(next(iter(results["sizes"].values()))["queries"])
    header = ["query (ms; rows at largest N)", *[f"N={int(n):,}" for n in results["sizes"]], "rows"]
    rows: list[list[Any]] = []
    largest = results["sizes"][str(sizes[-1])]
    for name in names:
        rows.append(
            [
                name,
                *[r["queries"][name]["ms"] for r in results["sizes"].values()],
                largest["queries"][name]["rows"],
            ]
        )
    rows.append(["CLI claims GPT-4 --format json", *[r["cli_ms"] for r in results["sizes"].values()], "-"])
    rows.append(["CLI ... --limit 20", *[r["cli_limit20_ms"] for r in results["sizes"].values()], 20])
    for name in largest["answer_cli_ms"]:
        rows.append(
            [
                f"CLI {name}",
                *[r["answer_cli_ms"][name] for r in results["sizes"].values()],
                f"{largest['answer_cli_bytes'][name]:,} B",
            ]
        )
    print(table("query latency (median ms)", header, rows))
    print(f"process floor: python -c pass {floor_ms:.0f} ms; import claimwatch.cli {import_ms:.0f} ms")
    for name, t in largest["queries"].items():
        if "error" in t or "skipped" in t:
            print(f"  {name}: {t.get('error') or 'skipped: ' + t['skipped']}")

    at = f"at N={sizes[-1]:,}"
    latest = {
        k: v["ms"]
        for k, v in largest["queries"].items()
        if re.fullmatch(r"claims\(model=[^,]+, limit=20\)", k)
    }
    worst = max(latest, key=lambda k: latest[k])
    goals = [
        Goal(
            f"claims(model, limit=20) {at}, worst of popular/mid/rare",
            latest[worst],
            "ms",
            "<=",
            GOAL_LATEST_MS,
            "; ".join(f"{k.split('=')[1].split(',')[0]} {v:.3g} ms" for k, v in latest.items()),
        ),
        Goal(
            f"search(rare word, {RARE_DOCS} docs) {at}",
            largest["queries"][f"search({RARE_WORD!r})"]["ms"],
            "ms",
            "<=",
            GOAL_SEARCH_MS,
        ),
        Goal(
            f"CLI `claims GPT-4 --format json --limit 20` {at}",
            largest["cli_limit20_ms"],
            "ms",
            "<=",
            GOAL_CLI_MS,
            f"without --limit (json keeps all rows): {largest['cli_ms']:,.0f} ms for "
            f"{largest['queries']['claims(model=GPT-4) no limit']['rows']:,} rows, "
            f"{largest['cli_stdout_bytes'] / 1e6:.1f} MB out; import floor {import_ms:.0f} ms",
        ),
    ]
    model_calls = {
        k: v for k, v in largest["queries"].items() if k.startswith("analysis.") and "(claims of" in k
    }
    if model_calls:
        slowest = _slowest(model_calls)
        goals.append(
            Goal(
                f"each analysis function, {model_calls[slowest].get('input', 0):,} claims of {mid_model()} {at}",
                _ms(model_calls[slowest]),
                "ms",
                "<=",
                GOAL_ANALYSIS_MODEL_MS,
                f"slowest: {slowest.split('(')[0]}",
            )
        )
    upto = [r for n, r in results["sizes"].items() if int(n) <= ALL_CLAIMS_MAX]
    all_calls = {k: v for k, v in (upto[-1]["queries"] if upto else {}).items() if k.endswith("(all claims)")}
    if all_calls:
        slowest = _slowest(all_calls)
        goals.append(
            Goal(
                f"each analysis function over all {upto[-1]['claims']:,} claims",
                _ms(all_calls[slowest]),
                "ms",
                "<=",
                GOAL_ANALYSIS_ALL_MS,
                f"slowest: {slowest.split('(')[0]} ({all_calls[slowest]['rows']:,} results)",
            )
        )
    for name in ("models", "sources", "conflicts (all)", "history GPT-4"):
        timing = largest["queries"][f"answers: {name}"]
        detail = f"{timing['rows']:,} rows"
        if name == "conflicts (all)":  # the JSON as stored; beside it the rows and objects made from digests
            made = {k: largest["queries"][f"answers: conflicts (all, {k})"] for k in ("rows", "objects")}
            detail = f"{made['rows']['rows']:,} rows as JSON; " + ", ".join(
                f"as {k} {_ms(t):,.0f} ms" for k, t in made.items()
            )
        goals.append(
            Goal(
                f"`{name.removesuffix(' (all)')}` answer {at} (claimwatch.digests, stored digests, {mode})",
                _ms(timing),
                "ms",
                "<=",
                GOAL_ANSWER_MS,
                detail,
            )
        )
    for name, ms in largest["answer_cli_ms"].items():
        goals.append(
            Goal(
                f"CLI `{name}` {at}, process start to output",
                ms,
                "ms",
                "<=",
                GOAL_CLI_MS,
                f"{largest['answer_cli_bytes'][name]:,} bytes out",
            )
        )
    print("\n" + benchkit.goals_text(goals))
    results["goals"] = [g.as_dict() for g in goals]
    if args.out:
        from run_all import environment, jsonable

        report = {"environment": environment(), "benchmarks": {"query": results}}
        report["environment"].update(loadavg_start=load_start, loadavg_end=os.getloadavg())
        args.out.write_text(json.dumps(jsonable(report), indent=2, default=str) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
