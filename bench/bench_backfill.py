"""Backfill cost curves: pages/s per core with the prefilter, articles/s with 1 and 2 workers, peak memory,
and a projection for a year of Common Crawl News.

    .venv/bin/python bench/bench_backfill.py [--quick] [--json OUT.json]

Archives are generated first by `warcgen.py` (WARC.gz, a request and a response record per page) in a
temporary folder, never checked in:
  realistic   20,000 pages (~9 KB), 1 in 200 about AI models (the rest ordinary news, ~8 % of which
              carry a cue the prefilter must let through: "$2B", "€1.5bn", "10K run", "parameters")
  heavy       4,000 pages of ~56 KB (big hydration JSON and SVG sprites, as large news sites ship)
  sample      2,000 pages of the realistic mix, for the run without the prefilter
  ai          800 AI-model pages (every page is an article: the expensive part alone)

Measured, each a median of --rounds runs of `backfill()` into a fresh database (writes and FTS included):
  * pages/s on one core (process pinned to core 0, workers=1: reading, prefilter, parsing and writing in
    one process), realistic and heavy mixes, with the prefilter; the sample without it;
  * articles/s on the AI archive with workers=1 (one core) and workers=2 (both cores), interleaved;
    the pool's start-up (spawn + imports, paid once per run) is timed apart and also reported;
  * peak RSS of the largest process of `claimwatch backfill --workers 2` on 5,000 and 20,000 pages
    (flat memory means both are the same);
  * CPU-hours for a year of Common Crawl News, assuming 50 M pages/year (the public CC-NEWS crawl has
    grown from ~20 M to ~60 M+ pages a year), from the per-core rates of both page sizes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import benchkit
import warcgen
from benchkit import Goal

from claimwatch.backfill import BackfillOptions, Observer, backfill
from claimwatch.store import Store

PAGES_PER_YEAR = 50_000_000
GOAL_SCALING = 1.7


def build(folder: Path, quick: bool) -> dict[str, tuple[Path, dict]]:
    """Write the archives (smaller with --quick)."""
    scale = 4 if quick else 1
    specs = {
        "realistic": dict(pages=20_000 // scale, ai_every=200),
        "heavy": dict(pages=4_000 // scale, ai_every=200, heavy=True),
        "sample": dict(pages=2_000 // scale, ai_every=200, seed=7),
        "ai": dict(pages=800 // scale, ai_every=1, seed=11),
        "rss_small": dict(pages=5_000 // scale, ai_every=200, seed=5),
    }
    out = {}
    for name, spec in specs.items():
        path = folder / f"{name}.warc.gz"
        out[name] = (path, warcgen.write_archive(path, **spec))
    out["rss_large"] = (out["realistic"][0], out["realistic"][1])
    return out


def busy_share(seconds: float = 1.0) -> float:
    """Share of all CPU time spent by anything while this process sleeps: other load skews the figures."""

    def sample() -> tuple[int, int]:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        return sum(fields), fields[3] + fields[4]

    total0, idle0 = sample()
    time.sleep(seconds)
    total1, idle1 = sample()
    return 1 - (idle1 - idle0) / max(total1 - total0, 1)


class Timeline(Observer):
    """(seconds since start, articles committed) each time the committed count moves."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.marks: list[tuple[float, int]] = []

    def advance(self, progress: int, report: Any) -> None:
        if report.articles and (not self.marks or report.articles > self.marks[-1][1]):
            self.marks.append((time.perf_counter() - self.started, report.articles))

    def steady_rate(self) -> float:
        """Articles/s between the first and the last commit: the pool's start-up left out."""
        if len(self.marks) < 2:
            return float("nan")
        (t0, a0), (t1, a1) = self.marks[0], self.marks[-1]
        return (a1 - a0) / max(t1 - t0, 1e-9)


def one_run(archive: Path, folder: Path, *, workers: int, prefilter: bool = True) -> dict[str, Any]:
    """One backfill into a fresh database: wall seconds, CPU seconds of this process and of the pool's
    workers (reaped when the pool shuts down), and the summary."""
    db = Path(tempfile.mkstemp(suffix=".db", dir=folder)[1])
    db.unlink()
    self0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    wall0 = time.perf_counter()
    timeline = Timeline()
    with Store(db) as store:
        options = BackfillOptions(workers=workers, prefilter=prefilter)
        report = backfill(store, [str(archive)], options=options, observer=timeline)
    wall = time.perf_counter() - wall0
    main_cpu, kids_cpu = _cpu(resource.RUSAGE_SELF) - self0, _cpu(resource.RUSAGE_CHILDREN) - kids0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {
        "wall": wall,
        "main_cpu": main_cpu,
        "workers_cpu": kids_cpu,
        "steady": timeline.steady_rate(),
        **report.as_dict(),
    }


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def on_cores(cores: set[int], fn: Any) -> Any:
    """Run fn with this process (and the workers it spawns) allowed on `cores` only."""
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, cores & before or before)
    try:
        return fn()
    finally:
        os.sched_setaffinity(0, before)


def pool_startup() -> tuple[float, float]:
    """(wall s, CPU s of the workers) to start a 2-process spawn pool and warm both workers up: paid once
    per backfill (imports, the gazetteer, one warm-up page each)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from claimwatch.backfill import warm_up

    kids0, started = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up) as pool:
        list(pool.map(abs, [1, 2]))
    return time.perf_counter() - started, _cpu(resource.RUSAGE_CHILDREN) - kids0


def peak_rss_mb(archive: Path, folder: Path) -> float:
    """Peak RSS (MB) of the largest process of `claimwatch backfill --workers 2` (a fresh wrapper process)."""
    db = folder / f"rss-{archive.stem}.db"
    cmd = [
        sys.executable,
        "-m",
        "claimwatch.cli",
        "backfill",
        str(archive),
        "--db",
        str(db),
        "--workers",
        "2",
    ]
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def measure(archives: dict[str, tuple[Path, dict]], folder: Path, rounds: int) -> dict[str, Any]:
    res: dict[str, Any] = {"archives": {k: v[1] for k, v in archives.items()}}
    core = {benchkit.BENCH_CORE}
    for name in ("realistic", "heavy"):
        runs = [
            on_cores(core, lambda n=name: one_run(archives[n][0], folder, workers=1)) for _ in range(rounds)
        ]
        res[name] = _summary(runs)
    runs = [
        on_cores(core, lambda: one_run(archives["sample"][0], folder, workers=1, prefilter=False))
        for _ in range(max(1, rounds - 1))
    ]
    res["sample_no_prefilter"] = _summary(runs)
    runs_p = [
        on_cores(core, lambda: one_run(archives["sample"][0], folder, workers=1)) for _ in range(rounds)
    ]
    res["sample_prefilter"] = _summary(runs_p)
    one, two = [], []
    for _ in range(rounds):  # interleaved: the ratio holds better than either figure
        one.append(on_cores(core, lambda: one_run(archives["ai"][0], folder, workers=1)))
        two.append(one_run(archives["ai"][0], folder, workers=2))
    res["ai_1_worker"], res["ai_2_workers"] = _summary(one), _summary(two)
    res["realistic_2_workers"] = _summary([one_run(archives["realistic"][0], folder, workers=2)])
    startups = [pool_startup() for _ in range(rounds)]
    res["pool_startup_s"] = benchkit.median([wall for wall, _ in startups])
    res["pool_startup_cpu_s"] = benchkit.median([cpu for _, cpu in startups])
    res["rss_mb"] = {name: peak_rss_mb(archives[name][0], folder) for name in ("rss_small", "rss_large")}
    return res


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def med(key: str) -> float:
        return benchkit.median([r[key] for r in runs])

    wall, main_cpu, workers_cpu = med("wall"), med("main_cpu"), med("workers_cpu")
    last = runs[-1]
    cpu = main_cpu + workers_cpu
    return {
        "wall_s": wall, "spread": benchkit.spread([r["wall"] for r in runs]), "main_cpu_s": main_cpu,
        "workers_cpu_s": workers_cpu, "pages": last["pages"], "prefiltered": last["prefiltered"],
        "parsed": last["parsed"], "articles": last["articles"], "claims": last["claims"],
        "steady_articles_per_s": med("steady"),
        "pages_per_s": last["pages"] / wall, "articles_per_s": last["articles"] / wall,
        "pages_per_cpu_s": last["pages"] / cpu, "articles_per_cpu_s": last["articles"] / cpu,
    }  # fmt: skip


def derive(res: dict[str, Any]) -> dict[str, Any]:
    """Ratios and the projection. CPU-based figures hold when other processes share the machine; the
    2-core bound is what two idle cores allow: the main process and half of all CPU must both fit."""
    ai1, ai2 = res["ai_1_worker"], res["ai_2_workers"]
    startup = res["pool_startup_cpu_s"]
    bound2 = max(ai2["main_cpu_s"], (ai2["main_cpu_s"] + ai2["workers_cpu_s"]) / 2)
    steady2 = max(ai2["main_cpu_s"], (ai2["main_cpu_s"] + ai2["workers_cpu_s"] - startup) / 2)
    real1, real2 = res["realistic"], res["realistic_2_workers"]
    bound_real2 = max(real2["main_cpu_s"], (real2["main_cpu_s"] + real2["workers_cpu_s"]) / 2)
    sample_on, sample_off = res["sample_prefilter"], res["sample_no_prefilter"]
    d = {
        "scaling_measured": ai2["articles_per_s"] / ai1["articles_per_s"],
        "scaling_steady_measured": ai2["steady_articles_per_s"] / ai1["steady_articles_per_s"],
        "scaling_cpu_bound": (ai1["main_cpu_s"] + ai1["workers_cpu_s"]) / bound2,
        "scaling_cpu_bound_steady": (ai1["main_cpu_s"] + ai1["workers_cpu_s"]) / steady2,
        "cpu_per_article_2_vs_1_steady": (ai2["main_cpu_s"] + ai2["workers_cpu_s"] - startup)
        / (ai1["main_cpu_s"] + ai1["workers_cpu_s"]),
        "scaling_realistic_measured": real2["pages_per_s"] / real1["pages_per_s"],
        "scaling_realistic_cpu_bound": (real1["main_cpu_s"] + real1["workers_cpu_s"]) / bound_real2,
        "cpu_per_article_2_vs_1": (ai2["main_cpu_s"] + ai2["workers_cpu_s"]) / (ai1["main_cpu_s"] + ai1["workers_cpu_s"]),
        "prefilter_dropped_share": sample_on["prefiltered"] / sample_on["pages"],
        "prefilter_speedup": sample_on["pages_per_cpu_s"] / sample_off["pages_per_cpu_s"],
    }  # fmt: skip
    for name in ("realistic", "heavy"):
        d[f"cpu_hours_per_year_{name}"] = PAGES_PER_YEAR / res[name]["pages_per_cpu_s"] / 3600
    d["cpu_hours_per_year_no_prefilter"] = PAGES_PER_YEAR / sample_off["pages_per_cpu_s"] / 3600
    return d


def report(res: dict[str, Any], d: dict[str, Any]) -> list[Goal]:
    runs = [
        ("realistic 9 KB, prefilter, 1 worker", "realistic"),
        ("heavy 56 KB, prefilter, 1 worker", "heavy"),
        ("sample 9 KB, prefilter, 1 worker", "sample_prefilter"),
        ("sample 9 KB, no prefilter, 1 worker", "sample_no_prefilter"),
        ("realistic 9 KB, prefilter, 2 workers", "realistic_2_workers"),
        ("AI pages only, 1 worker", "ai_1_worker"),
        ("AI pages only, 2 workers", "ai_2_workers"),
    ]
    rows = [
        [
            label,
            r["pages"],
            r["prefiltered"],
            r["articles"],
            r["pages_per_s"],
            r["articles_per_s"],
            r["pages_per_cpu_s"],
            r["main_cpu_s"],
            r["workers_cpu_s"],
            r["wall_s"],
        ]
        for label, r in ((label, res[key]) for label, key in runs)
    ]
    header = [
        "run",
        "pages",
        "prefiltered",
        "articles",
        "pages/s",
        "articles/s",
        "pages/CPU-s",
        "main CPU s",
        "workers CPU s",
        "wall s",
    ]
    print(benchkit.table("backfill runs (medians)", header, rows))
    print(
        f"\nbusy share of the machine before / after: {100 * res['busy_before']:.0f} % / "
        f"{100 * res['busy_after']:.0f} %"
    )
    print(
        f"pool start-up (spawn 2 workers, imports, warm-up): {benchkit.fmt(res['pool_startup_s'])} s wall, "
        f"{benchkit.fmt(res['pool_startup_cpu_s'])} CPU-s"
    )
    print(
        f"2 vs 1 worker, AI pages: {benchkit.fmt(d['scaling_measured'])}x measured (wall), "
        f"{benchkit.fmt(d['scaling_cpu_bound'])}x allowed by the CPU it takes (two idle cores); "
        f"CPU per article 2 workers / 1: {benchkit.fmt(d['cpu_per_article_2_vs_1'])}x"
    )
    print(
        f"  after the pool's start-up ({benchkit.fmt(res['ai_1_worker']['steady_articles_per_s'])} vs "
        f"{benchkit.fmt(res['ai_2_workers']['steady_articles_per_s'])} articles/s): "
        f"{benchkit.fmt(d['scaling_steady_measured'])}x measured, {benchkit.fmt(d['scaling_cpu_bound_steady'])}x "
        f"allowed by CPU; CPU per article 2 workers / 1: {benchkit.fmt(d['cpu_per_article_2_vs_1_steady'])}x"
    )
    print(
        f"2 vs 1 worker, realistic mix: {benchkit.fmt(d['scaling_realistic_measured'])}x measured, "
        f"{benchkit.fmt(d['scaling_realistic_cpu_bound'])}x allowed by CPU"
    )
    print(
        f"prefilter: drops {100 * d['prefilter_dropped_share']:.1f} % of pages; "
        f"{benchkit.fmt(d['prefilter_speedup'])}x pages per CPU-second"
    )
    print(
        f"peak RSS of the largest process: {benchkit.fmt(res['rss_mb']['rss_small'])} MB "
        f"({res['archives']['rss_small']['pages']} pages), {benchkit.fmt(res['rss_mb']['rss_large'])} MB "
        f"({res['archives']['realistic']['pages']} pages)"
    )
    print(
        f"a year of CC-News ({PAGES_PER_YEAR / 1e6:.0f} M pages): "
        f"{benchkit.fmt(d['cpu_hours_per_year_realistic'])} CPU-hours at 9 KB/page, "
        f"{benchkit.fmt(d['cpu_hours_per_year_heavy'])} at 56 KB/page, "
        f"{benchkit.fmt(d['cpu_hours_per_year_no_prefilter'])} without the prefilter (9 KB)"
    )
    quiet = max(res["busy_before"], res["busy_after"]) <= 0.1
    note = "" if quiet else "; machine busy: not meaningful"
    return [
        Goal("articles/s, 2 workers / 1 worker, after start-up", d["scaling_steady_measured"], "x", ">=",
             GOAL_SCALING, "measured, wall clock" + note),
        Goal("articles/s, 2 workers / 1 worker, end to end", d["scaling_measured"], "x", ">=", GOAL_SCALING,
             f"a {res['archives']['ai']['pages']}-page run pays the pool start-up once{note}"),
        Goal("articles/s, 2 workers / 1 worker, CPU bound", d["scaling_cpu_bound_steady"], "x", ">=",
             GOAL_SCALING, "what two idle cores allow, start-up excluded"),
        Goal("peak RSS, 20,000 / 5,000 pages", res["rss_mb"]["rss_large"] / res["rss_mb"]["rss_small"], "x",
             "<=", 1.2, "flat memory"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="quarter-size archives, one round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the raw results here")
    args = parser.parse_args()
    rounds = 1 if args.quick else args.rounds
    with tempfile.TemporaryDirectory(prefix="claimwatch-bench-backfill-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        archives = build(folder, args.quick)
        print(
            f"archives generated in {time.perf_counter() - started:.1f} s: "
            + ", ".join(
                f"{k} {v[1]['pages']} pages / {v[1]['bytes'] / 2**20:.1f} MiB" for k, v in archives.items()
            )
        )
        busy_before = busy_share()
        res = measure(archives, folder, rounds)
        res["busy_before"], res["busy_after"] = busy_before, busy_share()
        if max(busy_before, res["busy_after"]) > 0.1:
            print(
                f"WARNING: other processes used {100 * busy_before:.0f} % / {100 * res['busy_after']:.0f} % of "
                "the CPU before / after: the figures are low and the scaling ratio is meaningless"
            )
    d = derive(res)
    goals = report(res, d)
    print("\n" + benchkit.goals_text(goals))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "results": res,
                    "derived": d,
                    "goals": [g.as_dict() for g in goals],
                    "machine": {
                        "cores": os.cpu_count(),
                        "python": sys.version.split()[0],
                        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                    },
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
