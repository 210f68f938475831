"""SIGKILL in the middle of a run, then a rerun: the database stays sound and nothing is half-written.

A subprocess runs the real CLI (`python -m claimwatch.cli run --all`) against a local site with many feeds
and pages (one page slow); it is killed after a random short delay. Then a normal run completes the work.
Checked afterwards: `PRAGMA integrity_check` and `foreign_key_check`, every article has all of its claims
or none, no article is stored twice, no run is left 'running'. A few iterations run in the normal suite;
`-m slow` runs 200.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimwatch.extract import extract_claims
from claimwatch.store import Store
from tests.localserver import LocalServer, Reply
from tests.test_collect import feed_reply, item, page_html

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 5
PAGES_PER_FEED = 4
MODELS = [
    ("Llama 3", "70 billion"),
    ("GPT-3", "175 billion"),
    ("Llama 2", "13 billion"),
    ("Falcon", "40 billion"),
]
RUN = ["run", "--allow-private", "--all", "--delay", "0", "--timeout", "5"]


def story(feed: int, n: int) -> list[str]:
    model, size = MODELS[(feed + n) % len(MODELS)]
    return [
        f"Dispatch {feed}-{n} of the invented Quayside Wire: AI researchers said {model} has {size} parameters, "
        "and they compared it with older systems on a set of reading and coding tasks.",
        f"In note {feed}-{n} the authors added that the evaluation used public data only, and that the "
        "results would be published with the code and the prompts before the end of the month.",
    ]


def build_site(server: LocalServer) -> list[str]:
    """FEEDS feeds of PAGES_PER_FEED pages each; one page answers slowly so kills land mid-run."""
    urls = []
    for f in range(FEEDS):
        items = []
        for n in range(PAGES_PER_FEED):
            path = f"/w{f}/p{n}.html"
            delay = 0.4 if (f, n) == (FEEDS - 1, 0) else 0.0
            body = page_html(f"Dispatch {f}-{n}", story(f, n)).encode()
            server.route(path, Reply(body=body, headers={"Content-Type": "text/html"}, delay_s=delay))
            items.append(item(f"w{f}:{n}", server.url(path)))
        server.route(f"/w{f}/feed.xml", feed_reply(*items, title=f"Quayside {f}"))
        urls.append(server.url(f"/w{f}/feed.xml"))
    return urls


def cli(db: Path) -> list[str]:
    return [sys.executable, "-m", "claimwatch.cli", *RUN, "--db", str(db)]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def check(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        articles = conn.execute("SELECT id, text, lang FROM articles").fetchall()
        for article_id, text, lang in articles:
            stored = conn.execute(
                'SELECT model_id, params, "start", "end" FROM claims WHERE article_id = ?', (article_id,)
            ).fetchall()
            expected = {(c.model_id, c.params, c.start, c.end) for c in extract_claims(text, lang or "en")}
            assert sorted(stored) == sorted(expected), f"article {article_id}: claims not all-or-nothing"
        assert len(articles) == FEEDS * PAGES_PER_FEED
        assert conn.execute(
            "SELECT count(DISTINCT content_hash), count(DISTINCT identity) FROM articles"
        ).fetchone() == (
            FEEDS * PAGES_PER_FEED,
            FEEDS * PAGES_PER_FEED,
        )
        assert conn.execute("SELECT count(*) FROM entries").fetchone() == (FEEDS * PAGES_PER_FEED,)
        assert conn.execute("SELECT count(*) FROM appearances").fetchone() == (FEEDS * PAGES_PER_FEED,)
        assert conn.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone() == (0,)
    finally:
        conn.close()


def kill_and_rerun(server: LocalServer, tmp_path: Path, seed: int) -> None:
    db = tmp_path / f"crash-{seed}.db"
    with Store(db) as store:
        for i, url in enumerate(build_site(server)):
            store.add_feed(url, name=f"Quayside {i}")
    victim = subprocess.Popen(cli(db), env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(random.Random(seed).uniform(0.3, 2.2))
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    assert victim.stderr is not None
    victim.stderr.close()
    rerun = subprocess.run(cli(db), env=env(), capture_output=True, text=True, timeout=60)
    assert rerun.returncode == 0, rerun.stderr
    check(db)


@pytest.mark.parametrize("seed", range(3))
def test_sigkill_mid_run_then_rerun(local_server: LocalServer, tmp_path: Path, seed: int) -> None:
    kill_and_rerun(local_server, tmp_path, seed)


@pytest.fixture
def slow_selected(request: pytest.FixtureRequest) -> None:
    """The 200 iterations (~10 min) run only when asked: `pytest -m slow` or CLAIMWATCH_SLOW=1."""
    expr = str(request.config.getoption("markexpr") or "")
    if "slow" not in expr.replace("not slow", "") and not os.environ.get("CLAIMWATCH_SLOW"):
        pytest.skip("200 kill-and-rerun iterations: run with -m slow")


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(200))
def test_sigkill_mid_run_then_rerun_many(
    slow_selected: None, local_server: LocalServer, tmp_path: Path, seed: int
) -> None:
    kill_and_rerun(local_server, tmp_path, 1000 + seed)
