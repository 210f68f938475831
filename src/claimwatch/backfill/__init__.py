"""Backfill: past articles from web archives (WARC), sitemaps and folders of saved pages, in parallel.

warcio is imported by `backfill.warc` alone, and only when an archive is read: importing this package
stays cheap, so that the CLI can start the worker pool's forkserver first thing. Data flows one way, as in
`pipeline`, through one submodule each:

    sources    WARC / WARC.gz (`warc`, streamed record by record), a sitemap tree (`sitemaps`, fetched
               through `fetch.Fetcher`, politely), a folder of HTML files (`folders`)  ->  `Record`s
               (`records`) in source order, each with its resume `Mark`
    prefilter  `has_parameter_cue` (`prefilter`): a bytes regex; pages without a cue stop here
    workers    `process_task` (`workers`) in a pool of processes (`pool`) started by a forkserver that has
               the worker modules loaded (prefilter, HTML -> Article -> claims; pure); with one worker, all
               of it inline
    writer     the reading process, one SQLite connection (`writer`): `Store.save_many` + the marks, one
               transaction per batch; `run` drives it all, `report` counts it

Results come back in source order (a bounded window of chunks in flight keeps memory flat), so the
database is the same whatever the number of workers, and a mark is only saved with the batch that
holds every record before it: a killed backfill resumes without skipping or repeating a record.

Damaged input is data, never a crash: every record that cannot become a page is counted under a reason
(`non_html`, `revisit`, `truncated`, `gzip_error`, `corrupt`, `http_status`, `no_article`, ...), and the
damaged ones also give one line for stderr.
"""

from __future__ import annotations

from claimwatch.backfill.folders import HTML_SUFFIXES, file_stamp, folder_files, read_folder
from claimwatch.backfill.payload import HTML_TYPES
from claimwatch.backfill.pool import (
    CHUNK_BYTES,
    CHUNK_PAGES,
    CHUNK_RECORDS,
    CHUNK_SECONDS,
    START_READ_AHEAD,
)
from claimwatch.backfill.prefilter import MAX_CANDIDATES, has_parameter_cue
from claimwatch.backfill.records import (
    MAX_PAGE_BYTES,
    Extracted,
    KiB,
    Kind,
    Mark,
    MiB,
    Outcome,
    Page,
    Record,
    Skipped,
)
from claimwatch.backfill.report import (
    BATCH_ARTICLES,
    BackfillOptions,
    BackfillReport,
    Observer,
    count_record,
)
from claimwatch.backfill.run import backfill
from claimwatch.backfill.sitemaps import (
    SITEMAP_MAX_BYTES,
    SITEMAP_MAX_DEPTH,
    SITEMAP_MAX_DOCS,
    Sitemap,
    SitemapEntry,
    parse_sitemap,
    read_sitemap,
    sitemap_entries,
)
from claimwatch.backfill.warc import WARC_SUFFIXES, archive_stamp, is_archive, read_warc
from claimwatch.backfill.workers import (
    WORKER_MODULES,
    process_page,
    process_pages,
    process_task,
    start_worker_server,
    warm_up,
    worker_context,
)
from claimwatch.backfill.writer import BATCH_MARKS, BATCH_SECONDS

__all__ = [
    "BATCH_ARTICLES",
    "BATCH_MARKS",
    "BATCH_SECONDS",
    "CHUNK_BYTES",
    "CHUNK_PAGES",
    "CHUNK_RECORDS",
    "CHUNK_SECONDS",
    "HTML_SUFFIXES",
    "HTML_TYPES",
    "MAX_CANDIDATES",
    "MAX_PAGE_BYTES",
    "SITEMAP_MAX_BYTES",
    "SITEMAP_MAX_DEPTH",
    "SITEMAP_MAX_DOCS",
    "START_READ_AHEAD",
    "WARC_SUFFIXES",
    "WORKER_MODULES",
    "BackfillOptions",
    "BackfillReport",
    "Extracted",
    "KiB",
    "Kind",
    "Mark",
    "MiB",
    "Observer",
    "Outcome",
    "Page",
    "Record",
    "Sitemap",
    "SitemapEntry",
    "Skipped",
    "archive_stamp",
    "backfill",
    "count_record",
    "file_stamp",
    "folder_files",
    "has_parameter_cue",
    "is_archive",
    "parse_sitemap",
    "process_page",
    "process_pages",
    "process_task",
    "read_folder",
    "read_sitemap",
    "read_warc",
    "sitemap_entries",
    "start_worker_server",
    "warm_up",
    "worker_context",
]
