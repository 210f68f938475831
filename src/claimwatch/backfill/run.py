"""The run: every input's records in order (resuming from the stored marks), through the pool, into the
writer."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from claimwatch.backfill.folders import HTML_SUFFIXES, folder_files, read_folder
from claimwatch.backfill.pool import processed
from claimwatch.backfill.records import Kind, Mark, Record
from claimwatch.backfill.report import BackfillOptions, BackfillReport, Observer
from claimwatch.backfill.sitemaps import read_sitemap
from claimwatch.backfill.warc import archive_stamp, is_archive, read_warc
from claimwatch.backfill.workers import start_worker_server
from claimwatch.backfill.writer import Writer
from claimwatch.errors import Error, InputError


def backfill(
    store: Any,
    inputs: Sequence[str],
    *,
    sitemaps: Sequence[str] = (),
    options: BackfillOptions | None = None,
    observer: Observer | None = None,
) -> BackfillReport:
    """Read archives, folders and sitemaps into `store`; resumable; see the module docstring."""
    options = options or BackfillOptions()
    observer = observer or Observer()
    report = BackfillReport(inputs=len(inputs) + len(sitemaps), workers=options.worker_count())
    started = time.monotonic()
    if report.workers > 1:
        start_worker_server()  # loads the worker modules while the inputs are opened and read
    observer.begin(_total_bytes(inputs))
    records = _all_records(store, inputs, sitemaps, options, report)
    writer = Writer(store, options.batch_articles, report)
    try:
        for record, outcome in processed(records, options, report, observer, writer.flush):
            writer.add(record, outcome)
        writer.flush()
    except KeyboardInterrupt:
        writer.flush()  # what is complete is stored with its marks; the rest is read again next time
        raise
    finally:
        report.seconds = time.monotonic() - started
    return report


def _total_bytes(inputs: Sequence[str]) -> int:
    total = 0
    for spec in inputs:
        with contextlib.suppress(OSError):
            path = Path(spec)
            total += (
                path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in folder_files(spec))
            )
    return total


def _all_records(
    store: Any,
    inputs: Sequence[str],
    sitemaps: Sequence[str],
    options: BackfillOptions,
    report: BackfillReport,
) -> Iterator[Record]:
    """The records of every input in order; an input that cannot be opened counts as failed."""
    for spec in inputs:
        try:
            yield from _input_records(store, spec, options, report)
        except OSError as e:
            report.inputs_failed += 1
            report.errors.append(f"{spec}: {e.strerror or e}")
        except InputError as e:
            report.inputs_failed += 1
            report.errors.append(f"{spec}: {e}")
    for root in sitemaps:
        try:
            yield from _sitemap_records(store, root, options, report)
        except Error as e:
            report.inputs_failed += 1
            report.errors.append(str(e))


def _input_records(
    store: Any, spec: str, options: BackfillOptions, report: BackfillReport
) -> Iterator[Record]:
    path = Path(spec)
    if not path.exists():
        raise InputError("no such file or folder")
    if path.is_dir() or (path.suffix.lower() in HTML_SUFFIXES and path.is_file()):
        keys = [str(p.resolve()) for p in folder_files(spec)]
        known = _known(store, keys, options, kind="file")
        report.already_done += len(known)
        yield from read_folder(spec, known, max_page_bytes=options.max_page_bytes)
        return
    if not is_archive(path):
        raise InputError("not a WARC file (.warc, .warc.gz) or a folder of HTML files")
    start = (
        store.backfill_positions([str(path.resolve())]).get(str(path.resolve())) if options.resume else None
    )
    mark = _mark_of(start) if start else None
    if mark and mark.finished and mark.stamp == archive_stamp(path):
        report.already_done += 1
        return
    first = True
    for record in read_warc(spec, mark, max_page_bytes=options.max_page_bytes):
        if first and record.skip == "corrupt" and record.mark.records == 0 and not mark:
            raise InputError(
                f"not a WARC archive ({record.error.split(': ', 1)[-1] if record.error else ''})"
            )
        first = False
        yield record


def _sitemap_records(
    store: Any, root: str, options: BackfillOptions, report: BackfillReport
) -> Iterator[Record]:
    from claimwatch.fetch import FetchSettings

    def done(urls: list[str]) -> Mapping[str, str]:
        known = _known(store, urls, options, kind="page")
        report.already_done += sum(1 for url in urls if url in known)
        return known

    yield from read_sitemap(root, since=options.since, settings=options.fetch or FetchSettings(), done=done)


def _known(store: Any, keys: list[str], options: BackfillOptions, *, kind: Kind) -> dict[str, str]:
    """key -> stamp of the keys already stored (finished) by an earlier backfill."""
    if not options.resume or not keys:
        return {}
    rows = store.backfill_positions(keys)
    return {key: row["stamp"] for key, row in rows.items() if row["finished"] and row["kind"] == kind}


def _mark_of(row: Mapping[str, Any]) -> Mark:
    return Mark(
        row["source"],
        row["kind"],
        row["byte_offset"],
        row["skip"],
        row["records"],
        row["stamp"],
        bool(row["finished"]),
    )
