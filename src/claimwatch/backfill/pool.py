"""Prefilter and process pool, in order: records grouped into chunks, processed inline or by the workers,
and handed back in source order with their outcomes."""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

from claimwatch.backfill.prefilter import has_parameter_cue
from claimwatch.backfill.records import PREFILTERED, MiB, Outcome, Page, Record
from claimwatch.backfill.report import BackfillOptions, BackfillReport, Observer, count_record
from claimwatch.backfill.workers import (
    process_pages,
    process_task,
    start_worker_server,
    warm_up,
    worker_context,
)

CHUNK_PAGES = 8
"""Pages per chunk without a pool (prefiltered inline); with one, the size a pool's first tasks start at."""
CHUNK_SECONDS = 0.05
"""CPU time a pool task aims at: the per-task cost (~0.3 ms) stays under 1 %, and the last tasks of a
run end close together. Pages per task follow the CPU per page the workers report."""
CHUNK_BYTES = MiB
CHUNK_RECORDS = 512
START_READ_AHEAD = 32 * MiB
"""Page bytes the reading process may read ahead while the pool's workers start."""


@dataclass
class _Chunk:
    """Consecutive records; the pages among them that go to the workers (`todo`, record indices).
    `checked`: the prefilter already ran here, `todo` holds only the pages it let through."""

    checked: bool = False
    records: list[Record] = field(default_factory=list)
    todo: list[int] = field(default_factory=list)
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    size: int = 0
    future: Future[tuple[list[Outcome | None], float]] | None = None

    def full(self, pages: int) -> bool:
        return len(self.todo) >= pages or self.size >= CHUNK_BYTES or len(self.records) >= CHUNK_RECORDS

    def pages(self) -> list[Page]:
        return [self.records[i].page for i in self.todo]  # type: ignore[misc]


class _Sizer:
    """Pages per pool task: CHUNK_SECONDS of work at the CPU per page the workers last reported."""

    def __init__(self) -> None:
        self.pages = CHUNK_PAGES
        self._per_page: float | None = None

    def update(self, pages: int, seconds: float) -> None:
        if pages <= 0 or seconds <= 0:
            return
        per_page = seconds / pages
        self._per_page = per_page if self._per_page is None else 0.7 * self._per_page + 0.3 * per_page
        self.pages = max(1, min(CHUNK_RECORDS, int(CHUNK_SECONDS / self._per_page)))


def processed(
    records: Iterable[Record],
    options: BackfillOptions,
    report: BackfillReport,
    observer: Observer,
    commit: Callable[[], None],
) -> Iterator[tuple[Record, Outcome | None]]:
    """(record, outcome) in source order; pages are processed inline (1 worker) or by a process pool.

    Inline, the prefilter runs here as records are read. With a pool it runs in the workers: this process
    then only reads, hands pages over and writes, so that it is not the one core every page waits for;
    only while the pool starts, when this process has a core to itself, does it prefilter what it reads.
    `commit` writes what the consumer has been given so far (once everything is read, the writer commits
    after each chunk, while the workers still have the later ones: the commit no worker overlaps is the
    last chunk's alone).
    """
    workers = options.worker_count()
    if workers <= 1:
        for chunk in _chunks(records, report, observer, prefilter=lambda: options.prefilter):
            yield from _merged(chunk, process_pages(chunk.pages()))
        return
    yield from _pooled(records, report, observer, workers, options.prefilter, commit)


def _pooled(
    records: Iterable[Record],
    report: BackfillReport,
    observer: Observer,
    workers: int,
    prefilter: bool,
    commit: Callable[[], None],
) -> Iterator[tuple[Record, Outcome | None]]:
    """Chunks through a process pool with at most 3 x workers chunks in flight, results in order.

    The workers start in the background (the forkserver may still be loading their modules): meanwhile
    this process reads ahead, up to START_READ_AHEAD bytes of pages, and prefilters what it reads,
    instead of waiting with a core idle.
    """
    window: deque[_Chunk] = deque()
    limit = 3 * workers
    sizer = _Sizer()
    start_worker_server()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(), initializer=warm_up)
    starter = threading.Thread(
        target=_start_workers, args=(pool, workers), name="claimwatch-pool-start", daemon=True
    )
    starter.start()
    chunks = _chunks(
        records, report, observer, prefilter=lambda: prefilter and starter.is_alive(), sizer=sizer
    )
    unsent: list[_Chunk] = []
    try:
        for chunk in chunks:
            window.append(chunk)
            if chunk.todo:
                unsent.append(chunk)
            if starter.is_alive() and sum(c.size for c in unsent) < START_READ_AHEAD:
                continue
            _submit(pool, starter, unsent, prefilter)
            while len(window) > limit or (window and _ready(window[0])):
                yield from _finish(window.popleft(), sizer)
        _submit(pool, starter, unsent, prefilter)
        while window:
            yield from _finish(window.popleft(), sizer)
            commit()
    finally:
        starter.join()
        pool.shutdown(wait=True, cancel_futures=True)


def _start_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    """Have the pool start its worker processes (each submit with no idle worker starts one)."""
    with contextlib.suppress(Exception):  # a broken pool is reported by the real tasks
        for _ in range(workers):
            pool.submit(int)


def _submit(
    pool: ProcessPoolExecutor, starter: threading.Thread, unsent: list[_Chunk], prefilter: bool
) -> None:
    starter.join()
    for chunk in unsent:
        chunk.future = pool.submit(process_task, chunk.pages(), prefilter and not chunk.checked)
    unsent.clear()


def _ready(chunk: _Chunk) -> bool:
    return chunk.future.done() if chunk.future is not None else not chunk.todo


def _finish(chunk: _Chunk, sizer: _Sizer) -> Iterator[tuple[Record, Outcome | None]]:
    if chunk.future is None:
        yield from _merged(chunk, [])
        return
    results, seconds = chunk.future.result()
    if not chunk.checked:  # the CPU per page the sizer aims by includes the prefilter's
        sizer.update(len(results), seconds)
    yield from _merged(chunk, [PREFILTERED if r is None else r for r in results])


def _merged(chunk: _Chunk, results: list[Outcome]) -> Iterator[tuple[Record, Outcome | None]]:
    outcomes = dict(chunk.outcomes)
    outcomes.update(zip(chunk.todo, results, strict=True))
    for i, record in enumerate(chunk.records):
        yield record, outcomes.get(i)


def _chunks(
    records: Iterable[Record],
    report: BackfillReport,
    observer: Observer,
    *,
    prefilter: Callable[[], bool],
    sizer: _Sizer | None = None,
) -> Iterator[_Chunk]:
    """Group records into chunks, counting them and, in a chunk begun while `prefilter()` said so, applying
    the prefilter on the way. A chunk ends at `sizer.pages` pages to process (CHUNK_PAGES without a
    sizer), CHUNK_BYTES or CHUNK_RECORDS."""
    chunk = None
    for record in records:
        count_record(record, report)
        observer.advance(record.progress, report)
        chunk = chunk or _Chunk(checked=prefilter())
        index = len(chunk.records)
        chunk.records.append(record)
        if record.page is not None:
            if chunk.checked and not has_parameter_cue(record.page.body):
                chunk.outcomes[index] = PREFILTERED
            else:
                chunk.todo.append(index)
                chunk.size += len(record.page.body)
        if chunk.full(sizer.pages if sizer is not None else CHUNK_PAGES):
            yield chunk
            chunk = None
    if chunk is not None:
        yield chunk
