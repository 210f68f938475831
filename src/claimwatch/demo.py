"""`python -m claimwatch.demo` (what `make demo` runs): the real collection run against a bundled site.

It serves `data/demo/` (four invented outlets, their feeds and article pages) on 127.0.0.1 with the
standard library's ThreadingHTTPServer, subscribes a fresh database to the four feeds (`feeds.opml` with
`{host}` filled in), runs exactly the code `claimwatch run` runs, prints the claims and what the run did,
then runs again (`--all`, as if the feeds were due) to show that every feed is "not modified" and nothing
is fetched or stored twice. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import as_file
from pathlib import Path
from typing import Any

from claimwatch.collect import CollectOptions, RunSummary, collect, import_feeds, run_rows
from claimwatch.fetch import FetchSettings
from claimwatch.output import render
from claimwatch.sources import data_dir
from claimwatch.store import Store

CLAIM_COLUMNS = ["model", "params", "scope", "status", "attributed_to", "outlet", "published"]
RUN_COLUMNS = [
    "id",
    "status",
    "feeds_checked",
    "feeds_not_modified",
    "feeds_failed",
    "new_articles",
    "new_claims",
]
DEMO_SETTINGS = FetchSettings(
    allow_private=True,  # the demo site is on 127.0.0.1
    per_host_delay_s=0.01,  # one local host serves every outlet; real runs keep the polite 1 s
    connect_timeout_s=5.0,
    read_timeout_s=5.0,
    deadline_s=10.0,
)


class _QuietHandler(SimpleHTTPRequestHandler):
    """Static files with Last-Modified / If-Modified-Since (304) from the standard library; no access log."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(root: Path, port: int = 0) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 (a free port unless `port`) in a background thread; yields 'host:port'."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def demo_opml(root: Path, host: str) -> bytes:
    """The demo's feeds.opml with `{host}` replaced by where the site is served."""
    return (root / "feeds.opml").read_bytes().replace(b"{host}", host.encode("ascii"))


def claim_rows(store: Store) -> list[dict[str, Any]]:
    """Every current claim with its outlet (the feed's name) and publication date, oldest first."""
    names = {feed["url"]: feed["name"] for feed in store.list_feeds()}
    rows = []
    for claim in reversed(store.claims()):
        outlet = names.get(claim["source"]) or claim["site"]
        rows.append({**claim, "outlet": outlet, "published": (claim["published"] or "")[:10]})
    return rows


def run_demo(root: Path, db: Path, *, port: int = 0, out: Any = None) -> tuple[RunSummary, RunSummary]:
    """Serve the site, subscribe `db` to its feeds, run twice; print the claims and both runs to `out`."""
    out = out or sys.stdout
    with serve(root, port) as host:
        with Store(db) as store:
            import_feeds(store, demo_opml(root, host))
        options = CollectOptions(fetch=DEMO_SETTINGS, seed_defaults=False)
        first = collect(db, options)
        second = collect(db, CollectOptions(force=True, fetch=DEMO_SETTINGS, seed_defaults=False))
    with Store(db, readonly=True) as store:
        render(
            claim_rows(store),
            "table",
            CLAIM_COLUMNS,
            title=f"claims found by the first run ({host})",
            stream=out,
        )
        render(run_rows(store, 2)[::-1], "table", RUN_COLUMNS, title="runs", stream=out)
    _explain(first, second, out)
    return first, second


def _explain(first: RunSummary, second: RunSummary, out: Any) -> None:
    a, b = first.as_dict(), second.as_dict()
    out.write(
        f"first run: {a['feeds_checked']} feeds, {a['entries_new']} new entries, {a['pages_fetched']} pages "
        f"fetched, {a['new_articles']} new articles ({a['duplicates']} duplicate appearance(s) linked to an "
        f"existing article), {a['new_claims']} claims, {len(a['errors'])} errors\n"
    )
    verdict = (
        "every feed not modified, no new articles"
        if b["feeds_not_modified"] == b["feeds_checked"] and not b["new_articles"]
        else "UNEXPECTED: something was fetched again"
    )
    out.write(
        f"second run (--all): {b['feeds_checked']} feeds checked, {b['feeds_not_modified']} not modified, "
        f"{b['new_articles']} new articles, {b['new_claims']} new claims: {verdict}\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns 0 when both runs behaved as expected."""
    parser = argparse.ArgumentParser(prog="python -m claimwatch.demo", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--db", type=Path, help="database to use (default: a fresh one in a temporary folder)"
    )
    parser.add_argument("--port", type=int, default=0, help="port for the demo site (default: any free one)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with as_file(data_dir() / "demo") as root, tempfile.TemporaryDirectory(prefix="claimwatch-demo-") as tmp:
        db = args.db or Path(tmp) / "demo.db"
        first, second = run_demo(Path(root), db)
    print(f"database: {db if args.db else '(temporary, removed)'}; {time.monotonic() - started:.1f} s")
    ok = first.exit_code == 0 and second.feeds_not_modified == second.feeds_checked and not second.errors
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
