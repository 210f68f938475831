"""SQLite storage: the only package that imports sqlite3 and sqlite_utils.

Everything the database needs lives here: opening (PRAGMAs, version check, file mode), named migrations,
writes that are one transaction per unit of work with bounded retry on "database is locked", and queries.
Query methods return plain dicts (JSON-ready: ISO text times, `approx` as bool); writes return small
frozen dataclasses or ints. Every `sqlite3.Error` is translated into `StorageError` with a one-line message.

Choices worth knowing:
- Journal mode WAL (set once, when the file is created; it is persistent) and `synchronous=NORMAL`:
  always consistent; an application crash loses nothing, a power loss or OS crash may lose the last
  committed transaction. A cron scraper re-fetches on its next run, so durability of the very last commit is
  not worth an fsync per commit.
- Writes start with `BEGIN IMMEDIATE`, so a read-then-write never fails with SQLITE_BUSY_SNAPSHOT.
- Article identity is `canonical_url`, else `url`, else `source`. Same identity and text: nothing changes.
  Same identity, new text: a new row (`version` + 1, `previous_id`), the old one kept with its claims and
  marked `is_current = 0`. New identity, text identical to a current article: no new article, an
  `appearances` row links the new URL to the existing one (syndication).
- The connection runs with `isolation_level=None`: the driver never opens a transaction behind our back;
  every transaction here is explicit.
- One `Store` per thread (sqlite3 connections are not shared across threads).

The parts, each importing only the ones before it: `rows`, `sqlite_errors`, `files` (paths, snapshot,
lock), `schema` (migrations), `connection` (`StoreBase`: opening, transactions), then one mixin per group
of `Store` methods: `gazetteer`, `feed_records`, `writes`, `reads`, `summaries`, `maintenance`,
`side_tables`. `Store` itself, below, only combines them.
"""

from __future__ import annotations

from claimwatch.store.connection import BUSY_ATTEMPTS, BUSY_TIMEOUT_S, MIN_SQLITE_VERSION
from claimwatch.store.feed_records import FEED_FIELDS, FeedRecords
from claimwatch.store.files import APP_NAME, ENV_DB, default_db_path, resolve_db_path, snapshot
from claimwatch.store.gazetteer import Gazetteer
from claimwatch.store.maintenance import Maintenance
from claimwatch.store.reads import ArticleReads
from claimwatch.store.rows import STATUSES, Row
from claimwatch.store.schema import CLAIM_COLUMNS, MIGRATIONS, Migration, MigrationFn
from claimwatch.store.side_tables import REFERENCE_FIELDS, SideTables
from claimwatch.store.summaries import DIGEST_PARTS, ModelSummaries
from claimwatch.store.writes import ArticleWrites, Outcome, SaveItem, SaveResult

__all__ = [
    "APP_NAME",
    "BUSY_ATTEMPTS",
    "BUSY_TIMEOUT_S",
    "CLAIM_COLUMNS",
    "DIGEST_PARTS",
    "ENV_DB",
    "FEED_FIELDS",
    "MIGRATIONS",
    "MIN_SQLITE_VERSION",
    "REFERENCE_FIELDS",
    "STATUSES",
    "Migration",
    "MigrationFn",
    "Outcome",
    "Row",
    "SaveItem",
    "SaveResult",
    "Store",
    "default_db_path",
    "resolve_db_path",
    "snapshot",
]


class Store(ArticleWrites, ArticleReads, ModelSummaries, Gazetteer, FeedRecords, Maintenance, SideTables):
    """A claimwatch database. Open, use, `close()` (or use as a context manager).

    Write methods are atomic and retried on "database is locked" (up to 5 attempts, jittered backoff);
    group several in one transaction with `with store.transaction():`.
    """
