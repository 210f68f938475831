"""Pages -> articles in the pool's worker processes (pure), and how those processes are started."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from claimwatch.backfill.prefilter import has_parameter_cue
from claimwatch.backfill.records import Extracted, Outcome, Page, Skipped
from claimwatch.errors import InputError


def process_page(page: Page) -> Outcome:
    """HTML bytes -> Article -> claims, or the reason there is no article. Pure; safe in any process."""
    from claimwatch.articles import article_from_html
    from claimwatch.pipeline import claims_of

    headers = {"Content-Type": page.content_type} if page.content_type else None
    try:
        article = article_from_html(
            page.body, url=page.url, source=page.source, headers=headers, fetched=page.fetched
        )
    except InputError as e:
        return Skipped("no_article", str(e))
    return Extracted(article, claims_of(article))


def process_pages(pages: Sequence[Page]) -> list[Outcome]:
    """`process_page` over a chunk, in order."""
    return [process_page(page) for page in pages]


def process_task(pages: Sequence[Page], prefilter: bool) -> tuple[list[Outcome | None], float]:
    """One task of a pool worker: the prefilter (None for a page it drops) and `process_page` over a
    chunk, in order, with the CPU seconds the chunk took (the pool sizes later tasks by it)."""
    started = time.process_time()
    outcomes = [None if prefilter and not has_parameter_cue(p.body) else process_page(p) for p in pages]
    return outcomes, time.process_time() - started


def warm_up() -> None:
    """Worker start: exit with the parent, and load what every page needs (trafilatura, the gazetteer,
    compiled patterns) before the first real page. Under the forkserver most of it is already loaded."""
    threading.Thread(target=_exit_with_parent, name="claimwatch-orphan-check", daemon=True).start()
    page = Page(
        b"<html><body><p>"
        + b"Warm-up text about Llama 3 70B with 70 billion parameters. " * 4
        + b"</p></body></html>",
        url=None,
        source="warm-up",
    )
    process_page(page)


def _exit_with_parent() -> None:
    """A killed backfill (SIGKILL, OOM) leaves its pool workers waiting for ever: they leave too.

    The process that started the pool, not the OS parent: a forkserver's workers are the server's
    children, and the server lives on while they do. Its sentinel is readable once that process is gone.
    """
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()
    os._exit(0)


WORKER_MODULES = (
    "claimwatch.backfill",
    "claimwatch.articles",
    "claimwatch.pipeline",
    "claimwatch.extract.claims",
)
"""What a worker imports to process a page (trafilatura, lxml, the extractor): loaded once by the
forkserver, so that each worker starts as a fork of a process that has them, not as a fresh interpreter."""


def worker_context() -> Any:
    """The multiprocessing context for the pool: the forkserver where there is one (Linux, macOS), with
    the worker's modules preloaded; spawn elsewhere. Not fork: the writer's process has threads (the
    sitemap fetcher, the executor's own) and an open database.

    The server is started once per process (`multiprocessing`'s own singleton) and starts the workers of
    every later pool in milliseconds; it exits with this process. If something else started it first
    without these modules, the workers import them themselves (slower start, same results).
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_MODULES))
    return context


def start_worker_server() -> None:
    """Start the forkserver now (it loads the worker modules in the background) so that the pool does not
    wait for it later; does nothing without a forkserver, or when it already runs.

    Python 3.11 starts the server with `python -c` and does not give it this process's sys.path, so the
    current directory would come first there and a `trafilatura.py` lying in it would be preloaded into
    every worker. PYTHONSAFEPATH (Python's -P) keeps it off (spawn's workers took this process's path).
    """
    context = worker_context()
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        with _stdout_as_stderr():
            forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = saved


@contextlib.contextmanager
def _stdout_as_stderr() -> Iterator[None]:
    """File descriptor 1 is a copy of 2 inside: a process started here (the forkserver, and so every
    worker) does not hold stdout open, and `claimwatch backfill --json | ...` gets its end of file when
    this process exits, not when the server has torn its modules down after it (~0.07 s later)."""
    try:
        saved = os.dup(1)
    except OSError:  # no stdout: nothing to keep open
        yield
        return
    try:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(OSError):  # no stderr: the server holds stdout as before
            os.dup2(2, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
