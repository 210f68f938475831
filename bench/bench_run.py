"""A full collection run against a local news site, its stages on one core, and requests in flight.

    .venv/bin/python bench/bench_run.py [--quick] [--feeds 200]

The site (`newssite.py`: ThreadingHTTPServer on 127.0.0.1 in a background thread of its own process,
pinned to core 1) serves F RSS feeds x 10 summary-only entries, each linking to a ~10 KB generated
article page (nav, ad slots with scripts, JSON-LD, sidebar, comments, footer; the body from `synth`).

1. Full run: a child process pinned to core 0 subscribes to the F feeds and calls
   `claimwatch.collect.collect(db, CollectOptions(force=True, seed_defaults=False, fetch=...))` with
   allow_private, no per-host delay and 20 requests in flight; wall and CPU time, articles/s, and the
   child's peak RSS (VmHWM; `resource.getrusage` ru_maxrss would include the parent's size at fork).
2. Serial replay on one core (collect does not report stage times): fetch every feed and page with a
   sync `httpx.Client`, `feeds.parse_feed`, `articles.article_from_html`, `extract_claims`, and
   `Store.save_many` per feed, each stage timed (CPU and wall); beside trafilatura alone on the same
   pages (`trafilatura.extract(html, fast=True, favor_precision=True, include_comments=False)`), timed
   page by page in the same loop. Medians are over chunks of 20 feeds (200 articles). Each stage's first
   call (pattern compilation, lazy tables) runs once on one page before the chunks and is reported apart.
3. In flight: `fetch.Fetcher` with 20 global / 20 per-host slots, no delay, 400 GETs of a route that
   sleeps 50 ms (ideal: 400 req/s), interleaved with a bare `httpx.AsyncClient` doing the same 20 at a
   time (the in-run baseline); median of 3 rounds.

Goals: >= 150 articles/s of CPU work on one core (replay); all stages but HTML->text together <=
HTML->text; peak RSS of the run <= 150 MB; >= 90 % of the ideal rate with 20 in flight at 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import benchkit
from benchkit import Goal, median, table

HERE = Path(__file__).resolve().parent
PER_FEED = 10
CHUNK_FEEDS = 20
LATENCY_S = 0.05
IN_FLIGHT = 20
GOAL_ARTICLES_S = 150.0
GOAL_RSS_MB = 150.0
GOAL_IN_FLIGHT = 0.9
STAGES = ("fetch", "parse", "text", "extract", "store")


@contextlib.contextmanager
def news_site(feeds: int, latency_s: float = LATENCY_S) -> Iterator[str]:
    """Start newssite.py in its own process; yields its base URL; stops it on exit."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "newssite.py"), "--feeds", str(feeds), "--per-feed", str(PER_FEED),
         "--latency", str(latency_s)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        if not line or line[0] != "READY":
            raise RuntimeError("newssite.py did not start")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _settings(**wanted: Any) -> Any:
    """FetchSettings with the fields this version of claimwatch.fetch knows."""
    from claimwatch.fetch import FetchSettings

    names = {f.name for f in dataclasses.fields(FetchSettings)}
    return FetchSettings(**{k: v for k, v in wanted.items() if k in names})


FETCH = {
    "allow_private": True,
    "per_host_delay_s": 0.0,
    "per_host_concurrency": IN_FLIGHT,
    "global_concurrency": IN_FLIGHT,
}


# --------------------------------------------------------------------------- 1. the full run (child)


def peak_rss_mb() -> float:
    """This process's peak RSS: VmHWM from /proc (ru_maxrss as a fallback).

    Linux carries ru_maxrss across fork and exec, so in a child of a big parent it reports the parent's
    size at fork time; VmHWM belongs to the address space that exec made, so it is the child's own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_collect(base: str, feeds: int, db: str) -> dict[str, Any]:
    """In a fresh process: subscribe, run collect() once, report times, counts and peak RSS."""
    benchkit.pin()
    rss_start = peak_rss_mb()
    from claimwatch import collect as collect_module
    from claimwatch.store import Store

    rss_imports = peak_rss_mb()
    with Store(db) as store, store.transaction():
        for k in range(feeds):
            store.add_feed(f"{base}/feeds/{k}.xml", name=f"feed {k}")
    options_type = collect_module.CollectOptions
    names = {f.name for f in dataclasses.fields(options_type)}
    wanted = {"force": True, "seed_defaults": False, "fetch": _settings(**FETCH)}
    options = options_type(**{k: v for k, v in wanted.items() if k in names})
    wall, cpu = time.perf_counter(), time.process_time()
    summary = collect_module.collect(db, options)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    data = summary.as_dict()
    return {
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": peak_rss_mb(),
        "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_interpreter_mb": rss_start,
        "rss_after_imports_mb": rss_imports,
        "status": data.get("status"),
        "new_articles": data.get("new_articles", 0),
        "new_claims": data.get("new_claims", 0),
        "pages_fetched": data.get("pages_fetched", 0),
        "pages_failed": data.get("pages_failed", 0),
        "feeds_checked": data.get("feeds_checked", 0),
        "errors": len(data.get("errors", [])),
        "first_error": (data.get("errors") or [None])[0],
    }


def full_run(base: str, feeds: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child-collect",
                base,
                "--feeds",
                str(feeds),
                "--db",
                f"{tmp}/run.db",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode or not lines:
        raise RuntimeError(f"collect child failed ({done.returncode}): {done.stderr[-800:]}")
    return json.loads(lines[-1][len("RESULT ") :])


# --------------------------------------------------------------------------- 2. serial replay


class Stopwatch:
    """CPU and wall seconds per stage, per chunk."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = dict.fromkeys((*STAGES, "trafilatura"), 0.0)
        self.wall: dict[str, float] = dict.fromkeys((*STAGES, "trafilatura"), 0.0)

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.cpu[name] += time.process_time() - cpu
            self.wall[name] += time.perf_counter() - wall


def replay(base: str, feeds: int) -> dict[str, Any]:
    import httpx
    import trafilatura

    from claimwatch.articles import article_from_html
    from claimwatch.extract import EXTRACTOR_VERSION, extract_claims
    from claimwatch.feeds import parse_feed
    from claimwatch.store import SaveItem, Store

    now = datetime.now(UTC)
    chunks: list[Stopwatch] = []
    articles = claims = 0
    traf_chars = our_chars = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "replay.db") as store:
        with store.transaction():
            feed_ids = [store.add_feed(f"{base}/feeds/{k}.xml") for k in range(feeds)]
        with httpx.Client(timeout=30) as client:
            client.get(f"{base}/robots.txt")  # warm-up: connection, lazy imports
            first_call = _first_call(client, base, now)
            for k in range(feeds):
                if k % CHUNK_FEEDS == 0:
                    chunks.append(Stopwatch())
                watch = chunks[-1]
                url = f"{base}/feeds/{k}.xml"
                with watch.stage("fetch"):
                    response = client.get(url)
                    body, headers = response.content, dict(response.headers)
                with watch.stage("parse"):
                    parsed = parse_feed(body, url=url, headers=headers, now=now)
                items = []
                for entry in parsed.entries:
                    assert entry.link
                    with watch.stage("fetch"):
                        page = client.get(entry.link)
                        html, page_headers = page.content, dict(page.headers)
                    with watch.stage("text"):
                        article = article_from_html(
                            html, url=entry.link, source=url, headers=page_headers, fetched=now
                        )
                    with watch.stage("trafilatura"):
                        plain = trafilatura.extract(
                            html, fast=True, favor_precision=True, include_comments=False
                        )
                    with watch.stage("extract"):
                        found = extract_claims(article.text, article.lang)
                    items.append(SaveItem(article, found, feed_ids[k], entry.guid))
                    articles += 1
                    claims += len(found)
                    traf_chars += len(plain or "")
                    our_chars += len(article.text)
                with watch.stage("store"):
                    store.save_many(items, extractor_version=EXTRACTOR_VERSION)
    cpu = {s: sum(c.cpu[s] for c in chunks) for s in (*STAGES, "trafilatura")}
    wall = {s: sum(c.wall[s] for c in chunks) for s in (*STAGES, "trafilatura")}
    per_chunk_rate = [CHUNK_FEEDS * PER_FEED / sum(c.cpu[s] for s in STAGES) for c in chunks]
    ratio_traf = [c.cpu["text"] / c.cpu["trafilatura"] for c in chunks if c.cpu["trafilatura"]]
    ratio_rest = [sum(c.cpu[s] for s in STAGES if s != "text") / c.cpu["text"] for c in chunks]
    return {
        "articles": articles,
        "claims": claims,
        "cpu_s": cpu,
        "wall_s": wall,
        "ms_per_article_cpu": {s: 1000 * v / articles for s, v in cpu.items()},
        "articles_s_cpu": articles / sum(cpu[s] for s in STAGES),
        "articles_s_cpu_chunk_median": median(per_chunk_rate),
        "articles_s_wall": articles / sum(wall[s] for s in STAGES),
        "ratio_text_to_trafilatura": median(ratio_traf),
        "ratio_other_stages_to_text": median(ratio_rest),
        "text_chars_ours_vs_trafilatura": our_chars / traf_chars if traf_chars else float("nan"),
        "chunks": len(chunks),
        "first_call_ms": first_call,
    }


def _first_call(client: Any, base: str, now: datetime) -> dict[str, float]:
    """Each stage's first call on one page, outside the chunks: a process pays it once (the extractor compiles
    its ~700 patterns on first use, trafilatura and the date parser load their tables), not per article."""
    import trafilatura

    from claimwatch.articles import article_from_html
    from claimwatch.extract import extract_claims
    from claimwatch.feeds import parse_feed

    url = f"{base}/feeds/0.xml"
    response = client.get(url)
    started = time.process_time()
    entry = parse_feed(response.content, url=url, headers=dict(response.headers), now=now).entries[0]
    parsed = time.process_time()
    html = client.get(entry.link).content
    at = time.process_time()
    article = article_from_html(html, url=entry.link, source=url, fetched=now)
    trafilatura.extract(html, fast=True, favor_precision=True, include_comments=False)
    texted = time.process_time()
    extract_claims(article.text, article.lang)
    done = time.process_time()
    return {
        "parse": 1000 * (parsed - started),
        "text": 1000 * (texted - at),
        "extract": 1000 * (done - texted),
    }


# --------------------------------------------------------------------------- 3. requests in flight


async def _fetcher_round(base: str, n: int) -> float:
    from claimwatch.fetch import Fetcher

    async with Fetcher(_settings(**FETCH)) as fetcher:
        await fetcher.fetch(f"{base}/slow/warm", kind="feed")
        started = time.perf_counter()
        await asyncio.gather(*(fetcher.fetch(f"{base}/slow/{i}", kind="feed") for i in range(n)))
        return time.perf_counter() - started


async def _httpx_round(base: str, n: int) -> float:
    """The floor: a bare httpx.AsyncClient, 20 requests at a time (no guard, no politeness, no caps)."""
    import httpx

    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await client.get(f"{base}/slow/warm")
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def get(i: int) -> None:
            async with gate:
                (await client.get(f"{base}/slow/{i}")).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(get(i) for i in range(n)))
        return time.perf_counter() - started


def in_flight(base: str, n: int = 400, rounds: int = 3) -> dict[str, Any]:
    """Fetcher and bare httpx, interleaved rounds; rate, share of the ideal, and their ratio per round."""
    fetcher_s, httpx_s = [], []
    for _ in range(rounds):
        fetcher_s.append(asyncio.run(_fetcher_round(base, n)))
        httpx_s.append(asyncio.run(_httpx_round(base, n)))
    ideal = IN_FLIGHT / LATENCY_S
    rate = n / median(fetcher_s)
    return {
        "requests": n,
        "rounds": rounds,
        "seconds": fetcher_s,
        "httpx_seconds": httpx_s,
        "req_s": rate,
        "httpx_req_s": n / median(httpx_s),
        "ideal_req_s": ideal,
        "share": rate / ideal,
        "ratio_fetcher_to_httpx": median([h / f for f, h in zip(fetcher_s, httpx_s, strict=True)]),
    }


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="40 feeds (400 articles)")
    parser.add_argument("--feeds", type=int, default=None, help="feeds of 10 entries (default 200)")
    parser.add_argument("--child-collect", metavar="BASE_URL", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    feeds = args.feeds or (40 if args.quick else 200)
    if args.child_collect:
        print("RESULT " + json.dumps(child_collect(args.child_collect, feeds, args.db)), flush=True)
        return {}
    pinned = benchkit.pin()
    with news_site(feeds) as base:
        run = full_run(base, feeds)
        rep = replay(base, feeds)
        flight = in_flight(base)

    n = rep["articles"]
    print(
        f"\ncollection run: {feeds} feeds x {PER_FEED} entries, pages ~10 KB; client pinned to {pinned}, "
        f"site on core {benchkit.SERVER_CORE}"
    )
    run_rate = run["new_articles"] / run["wall_s"] if run["wall_s"] else 0.0
    print(
        table(
            "1. collect() in a child process, one core",
            ["articles", "claims", "wall s", "cpu s", "articles/s (wall)", "peak RSS MB", "status", "errors"],
            [
                [
                    run["new_articles"],
                    run["new_claims"],
                    run["wall_s"],
                    run["cpu_s"],
                    run_rate,
                    run["peak_rss_mb"],
                    run["status"],
                    run["errors"],
                ]
            ],
        )
    )
    if run["errors"]:
        print(f"first error: {run['first_error']}")
    print(
        f"RSS: interpreter {run['rss_interpreter_mb']:.0f} MB, after imports {run['rss_after_imports_mb']:.0f} MB"
    )
    rows = [
        [s, rep["cpu_s"][s], rep["ms_per_article_cpu"][s], 100 * rep["cpu_s"][s] / sum(rep["cpu_s"][x] for x in STAGES),
         rep["wall_s"][s]]
        for s in STAGES
    ]  # fmt: skip
    rows.append(["(trafilatura alone)", rep["cpu_s"]["trafilatura"], rep["ms_per_article_cpu"]["trafilatura"], "-",
                 rep["wall_s"]["trafilatura"]])  # fmt: skip
    print(
        table(
            f"2. serial replay, {n} articles, {rep['claims']} claims",
            ["stage", "cpu s", "ms/article", "% of cpu", "wall s"],
            rows,
        )
    )
    print(
        f"articles/s of CPU work: {rep['articles_s_cpu']:.0f} (median of {rep['chunks']} chunks "
        f"{rep['articles_s_cpu_chunk_median']:.0f}); wall {rep['articles_s_wall']:.0f}\n"
        f"ratio HTML->text (article_from_html) / trafilatura.extract alone: {rep['ratio_text_to_trafilatura']:.2f}x "
        f"(text length ours/trafilatura {rep['text_chars_ours_vs_trafilatura']:.2f})\n"
        f"ratio other stages / HTML->text: {rep['ratio_other_stages_to_text']:.2f}\n"
        "first calls, once per process, before the chunks: "
        + ", ".join(f"{stage} {ms:.0f} ms" for stage, ms in rep["first_call_ms"].items())
    )
    print(
        table(
            "3. 20 in flight, server sleeps 50 ms (median of interleaved rounds)",
            ["client", "requests", "median s", "req/s", "ideal req/s", "share of ideal"],
            [
                [
                    "claimwatch Fetcher",
                    flight["requests"],
                    median(flight["seconds"]),
                    flight["req_s"],
                    flight["ideal_req_s"],
                    f"{100 * flight['share']:.0f}%",
                ],
                [
                    "bare httpx.AsyncClient",
                    flight["requests"],
                    median(flight["httpx_seconds"]),
                    flight["httpx_req_s"],
                    flight["ideal_req_s"],
                    f"{100 * flight['httpx_req_s'] / flight['ideal_req_s']:.0f}%",
                ],
            ],
        )
    )
    print(f"ratio rate Fetcher / bare httpx: {flight['ratio_fetcher_to_httpx']:.2f}")
    goals = [
        Goal("articles/s of CPU work on one core (serial replay)", rep["articles_s_cpu_chunk_median"], "articles/s",
             ">=", GOAL_ARTICLES_S, f"collect() end to end: {run_rate:.0f} articles/s wall on one core"),
        Goal("other stages / HTML->text", rep["ratio_other_stages_to_text"], "x", "<=", 1.0),
        Goal("peak RSS of the collection run", run["peak_rss_mb"], "MB", "<=", GOAL_RSS_MB),
        Goal("20 in flight at 50 ms, share of the ideal 400 req/s", 100 * flight["share"], "%", ">=",
             100 * GOAL_IN_FLIGHT, f"{flight['req_s']:.0f} req/s; bare httpx.AsyncClient "
             f"{flight['httpx_req_s']:.0f} req/s, ratio {flight['ratio_fetcher_to_httpx']:.2f}"),
    ]  # fmt: skip
    print("\n" + benchkit.goals_text(goals))
    return {
        "feeds": feeds,
        "pinned": pinned,
        "collect": run,
        "collect_articles_s_wall": run_rate,
        "replay": rep,
        "in_flight": flight,
        "goals": [g.as_dict() for g in goals],
        "cpu_count": os.cpu_count(),
    }


if __name__ == "__main__":
    main(sys.argv[1:])
