"""SQLite storage: the only module that imports sqlite3 and sqlite_utils.

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
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import random
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Concatenate, Literal, NamedTuple, ParamSpec, TypeVar
from urllib.parse import urlsplit

from claimwatch.errors import LockedError, StorageError, UsageError

if TYPE_CHECKING:  # imported where used: a query command never needs pydantic, sqlite_utils or filelock
    import sqlite_utils

    from claimwatch.models import Article, Claim

MIN_SQLITE_VERSION = (3, 37, 0)  # STRICT tables; also gives RETURNING, UPSERT, FTS5
BUSY_TIMEOUT_S = 30.0
BUSY_ATTEMPTS = 5
ENV_DB = "CLAIMWATCH_DB"
APP_NAME = "claimwatch"

Outcome = Literal["new", "unchanged", "new_version", "duplicate"]
MigrationFn = Callable[["sqlite_utils.Database"], None]
Migration = tuple[str, MigrationFn]
Row = dict[str, Any]

P = ParamSpec("P")
R = TypeVar("R")

# fmt: off
FEED_FIELDS = frozenset({
    "url", "name", "lang", "enabled", "status", "etag", "last_modified", "body_hash", "interval_s", "next_due",
    "error_count", "last_error", "last_checked", "last_ok", "redirect_url", "redirect_count",
})
CLAIM_COLUMNS = (
    "article_id", "model", "model_id", "org", "params", "params_high", "scope", "status", "approx",
    "attributed_to", "evidence", "start", "end", "lang", "extractor_version", "extracted_at",
)
# fmt: on
REFERENCE_FIELDS = ("model", "model_id", "size_tag", "org", "published", "params", "confidence", "link")
DIGEST_PARTS = ("summary", "sources", "conflicts", "history")  # the answer columns of model_digests
# = claimwatch.models.STATUSES (tests check), spelled out so that opening a store does not import pydantic
STATUSES = ("official", "reported", "rumored", "expected", "estimated")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's NOCASE


# --- paths and locking --------------------------------------------------------------------------


def default_db_path() -> Path:
    """The per-user database file (platformdirs user data dir); creates that directory (mode 0700)."""
    import platformdirs

    folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder / "claimwatch.db"


def resolve_db_path(cli_value: str | None) -> Path:
    """The database path: the CLI value if given, else $CLAIMWATCH_DB, else `default_db_path()`."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(ENV_DB, "").strip()
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def snapshot(source: Path, target: Path) -> None:
    """Copy a database, consistently, into target without writing to source (`run --dry-run` rehearses a run
    on the copy). Reads through SQLite's backup API from a read-only connection."""
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as e:
        raise _storage_error(source, e) from e


@contextlib.contextmanager
def _file_lock(path: str | Path, wait: float) -> Iterator[Path]:
    import filelock

    lock_path = Path(f"{path}.lock")
    if not lock_path.parent.is_dir():  # filelock would create missing directories
        raise StorageError(
            f"cannot create lock file {lock_path}: directory {lock_path.parent} does not exist"
        )
    # flock-based, kept on disk: the kernel drops it when the holder dies, so a killed run never blocks the next
    lock = filelock.FileLock(lock_path, timeout=wait, mode=0o600, preserve_lock_file=True)
    try:
        lock.acquire()
    except filelock.Timeout as e:
        raise LockedError(f"another claimwatch run holds {lock_path}") from e
    except OSError as e:
        raise StorageError(f"cannot create lock file {lock_path} ({e.strerror})") from e
    try:
        yield lock_path
    finally:
        lock.release()


# --- errors -------------------------------------------------------------------------------------


def _is_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text


def _storage_error(path: Path, error: Exception) -> StorageError:
    """One-line StorageError naming the database for a sqlite3 (or binding) error."""
    message = " ".join(str(error).split()) or type(error).__name__
    if "file is not a database" in message:
        return StorageError(f"{path} is not a claimwatch database (file is not a database)")
    if "unable to open database file" in message:
        return StorageError(f"cannot open {path} (unable to open database file)")
    if "readonly database" in message:
        return StorageError(f"{path} is read-only ({message})")
    if _is_busy(error):
        return StorageError(f"{path} is locked by another process ({message})")
    return StorageError(f"{path}: {message}")


def _translated(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    @functools.wraps(method)
    def wrapper(self: Store, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, OverflowError) as e:
            raise _storage_error(self.path, e) from e

    return wrapper


def _require_sqlite_version() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
        wanted = ".".join(map(str, MIN_SQLITE_VERSION))
        raise StorageError(f"SQLite {sqlite3.sqlite_version} is too old; claimwatch needs {wanted} or newer")


# --- small value helpers ------------------------------------------------------------------------


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _iso(value: datetime | None) -> str | None:
    """UTC ISO-8601 text at second precision, so stored times sort as text."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="seconds")


def _bound(value: datetime | date | str | None, *, end_of_day: bool = False) -> str | None:
    """A since/until argument as stored-time text.

    A date (or "YYYY-MM-DD") is midnight UTC of that day, or of the next day with `end_of_day`, so that
    `until=date` includes the whole day; a datetime is used as is.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = (
                date.fromisoformat(value.strip())
                if len(value.strip()) == 10
                else datetime.fromisoformat(value)
            )
        except ValueError as e:
            raise UsageError(f"not an ISO date or time: {value!r}") from e
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC) + timedelta(days=int(end_of_day))
    return _iso(value)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _identity(article: Article) -> str:
    return article.canonical_url or article.url or article.source


def _like_substring(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_quote(query: str) -> str:
    """Plain words to an FTS5 query: every word a quoted phrase (all must match); a trailing * is a prefix."""
    parts = []
    for word in query.split():
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if prefix else word
        if not re.search(r"\w", word):
            continue
        parts.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts)


def _claim_dict(row: Row) -> Row:
    row["approx"] = bool(row["approx"])
    return row


def _sql_list(values: Iterable[str]) -> str:
    """Trusted constants only (never input) rendered as a SQL list of string literals."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SaveResult:
    """What `save_article` did: the article row the caller should refer to, and how many claims it wrote."""

    article_id: int
    outcome: Outcome
    claims_written: int


@dataclass(frozen=True)
class _Unit:
    """One article being saved, with what is computed once for it."""

    item: SaveItem
    identity: str
    content_hash: str
    extractor_version: str
    now: str


class SaveItem(NamedTuple):
    """One article for `save_many`; plain `(article, claims)` tuples are accepted too."""

    article: Article
    claims: Sequence[Claim]
    feed_id: int | None = None
    guid: str | None = None


# --- schema -------------------------------------------------------------------------------------

_M001_SQL = f"""
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT,
    lang TEXT,
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'gone', 'disabled')),
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    interval_s INTEGER NOT NULL DEFAULT 3600 CHECK (interval_s > 0),
    next_due TEXT,
    error_count INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0),
    last_error TEXT,
    last_checked TEXT,
    last_ok TEXT,
    added_at TEXT NOT NULL,
    redirect_url TEXT,
    redirect_count INTEGER NOT NULL DEFAULT 0 CHECK (redirect_count >= 0)
) STRICT;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    identity TEXT NOT NULL,
    url TEXT,
    canonical_url TEXT,
    title TEXT,
    author TEXT,
    site TEXT,
    source TEXT NOT NULL,
    published TEXT,
    fetched TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    previous_id INTEGER REFERENCES articles (id),
    is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),
    extractor_version TEXT,
    created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX articles_identity_version ON articles (identity, version);
CREATE UNIQUE INDEX articles_current_identity ON articles (identity) WHERE is_current = 1;
CREATE INDEX articles_current_hash ON articles (content_hash) WHERE is_current = 1;
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_previous ON articles (previous_id);
CREATE INDEX articles_date ON articles (coalesce(published, fetched));

CREATE TABLE appearances (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    source TEXT NOT NULL,
    feed_id INTEGER REFERENCES feeds (id),
    guid TEXT,
    seen_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX appearances_unique ON appearances (article_id, url, coalesce(feed_id, 0));
CREATE INDEX appearances_url ON appearances (url);
CREATE INDEX appearances_feed ON appearances (feed_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    model TEXT NOT NULL,
    model_id TEXT NOT NULL,
    org TEXT,
    params INTEGER NOT NULL CHECK (params > 0),
    params_high INTEGER CHECK (params_high IS NULL OR params_high >= params),
    scope TEXT NOT NULL CHECK (scope IN ('total', 'active')),
    status TEXT NOT NULL CHECK (status IN ({_sql_list(STATUSES)})),
    approx INTEGER NOT NULL CHECK (approx IN (0, 1)),
    attributed_to TEXT,
    evidence TEXT NOT NULL,
    "start" INTEGER NOT NULL CHECK ("start" >= 0),
    "end" INTEGER NOT NULL CHECK ("end" >= "start"),
    lang TEXT NOT NULL,
    extractor_version TEXT NOT NULL,
    extracted_at TEXT NOT NULL
) STRICT;
CREATE INDEX claims_model_time ON claims (model_id, extracted_at);
CREATE INDEX claims_model_size ON claims (model_id, scope, params);
CREATE INDEX claims_article ON claims (article_id);
CREATE INDEX claims_status ON claims (status);
CREATE INDEX claims_org ON claims (org COLLATE NOCASE);

CREATE TABLE models (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    org TEXT,
    family TEXT
) STRICT;
CREATE TABLE model_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    model_id TEXT NOT NULL REFERENCES models (id)
) STRICT;
CREATE INDEX model_aliases_model ON model_aliases (model_id);
CREATE TABLE model_merges (
    src_id TEXT PRIMARY KEY,
    dst_id TEXT NOT NULL REFERENCES models (id),
    merged_at TEXT NOT NULL
) STRICT;
CREATE INDEX model_merges_dst ON model_merges (dst_id);
CREATE TABLE orgs (
    name TEXT PRIMARY KEY COLLATE NOCASE
) STRICT;
CREATE TABLE org_aliases (
    alias TEXT PRIMARY KEY COLLATE NOCASE,
    org TEXT NOT NULL REFERENCES orgs (name)
) STRICT;
CREATE INDEX org_aliases_org ON org_aliases (org);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    url TEXT,
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    seen_at TEXT NOT NULL,
    UNIQUE (feed_id, guid)
) STRICT;
CREATE INDEX entries_article ON entries (article_id);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    feeds_checked INTEGER NOT NULL DEFAULT 0,
    feeds_not_modified INTEGER NOT NULL DEFAULT 0,
    feeds_failed INTEGER NOT NULL DEFAULT 0,
    new_articles INTEGER NOT NULL DEFAULT 0,
    new_claims INTEGER NOT NULL DEFAULT 0,
    errors_json TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE TABLE fetch_log (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs (id) ON DELETE CASCADE,
    feed_id INTEGER REFERENCES feeds (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    status_code INTEGER,
    outcome TEXT NOT NULL,
    error TEXT,
    at TEXT NOT NULL
) STRICT;
CREATE INDEX fetch_log_run ON fetch_log (run_id);
CREATE INDEX fetch_log_feed ON fetch_log (feed_id, at);
"""

# sqlite-utils' update trigger re-indexes on any UPDATE; articles only change is_current/extractor_version
# in place, so re-index only when the indexed columns change.
_FTS_UPDATE_TRIGGER = """
DROP TRIGGER articles_au;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
"""


def _m001_initial(db: sqlite_utils.Database) -> None:
    db.executescript(_M001_SQL)
    db.table("articles").enable_fts(
        ["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.executescript(_FTS_UPDATE_TRIGGER)


_M002_SQL = """
CREATE TABLE reference_models (
    id INTEGER PRIMARY KEY,
    dataset TEXT NOT NULL,
    model TEXT NOT NULL,
    model_id TEXT,
    size_tag INTEGER,
    org TEXT,
    published TEXT,
    params INTEGER CHECK (params IS NULL OR params > 0),
    confidence TEXT,
    link TEXT,
    imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX reference_models_model ON reference_models (model_id);
"""


def _m002_reference_models(db: sqlite_utils.Database) -> None:
    """Curated reference figures (Epoch AI's model table), one row per reference row and dataset."""
    db.executescript(_M002_SQL)


_M003_SQL = """
CREATE TABLE backfill_positions (
    source TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('warc', 'file', 'page')),
    byte_offset INTEGER NOT NULL DEFAULT 0 CHECK (byte_offset >= 0),
    skip INTEGER NOT NULL DEFAULT 0 CHECK (skip >= 0),
    records INTEGER NOT NULL DEFAULT 0 CHECK (records >= 0),
    stamp TEXT NOT NULL DEFAULT '',
    finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
    updated_at TEXT NOT NULL
) STRICT;
"""


def _m003_backfill_positions(db: sqlite_utils.Database) -> None:
    """Where `claimwatch backfill` stands in each archive, saved page URL and saved file (backfill.py)."""
    db.executescript(_M003_SQL)


_M004_SQL = """
ALTER TABLE claims ADD COLUMN article_date TEXT;
UPDATE claims SET article_date = (SELECT coalesce(a.published, a.fetched) FROM articles a WHERE a.id = claims.article_id);
DROP INDEX claims_model_time;
DROP INDEX claims_org;
CREATE INDEX claims_model_date ON claims (model_id, article_date);
CREATE INDEX claims_model_text ON claims (model COLLATE NOCASE, model_id, article_date);
CREATE INDEX claims_org_date ON claims (org COLLATE NOCASE, article_date);
CREATE INDEX claims_date ON claims (article_date);
CREATE INDEX articles_old ON articles (id) WHERE is_current = 0;
"""


def _m004_query_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that let `Store.claims()` read only the rows it returns, newest first.

    Claims get `article_date`, a copy of their article's `coalesce(published, fetched)` (written with the
    claim; an article's dates never change in place), so that one index gives both a model's (or an org's)
    claims and their order: (model_id, article_date) and (org, article_date) replace (model_id,
    extracted_at) and (org); (model, model_id, article_date) finds the claims by their own model text;
    (article_date) orders unfiltered listings; `articles_old` lists superseded article versions (few) for
    the current-only filter and `stats()`. ~7 s per million claims, once.
    """
    db.executescript(_M004_SQL)


_M005_SQL = """
CREATE TABLE model_counts (
    model_id TEXT NOT NULL,
    model TEXT NOT NULL,
    claims INTEGER NOT NULL CHECK (claims >= 0),
    PRIMARY KEY (model_id, model)
) STRICT, WITHOUT ROWID;
CREATE TABLE model_versions (
    model_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1)
) STRICT, WITHOUT ROWID;
CREATE TABLE model_digests (
    model_id TEXT NOT NULL,
    tolerance REAL NOT NULL,
    signature TEXT NOT NULL,
    summary TEXT NOT NULL,
    sources TEXT NOT NULL,
    conflicts TEXT NOT NULL,
    made_at TEXT NOT NULL,
    PRIMARY KEY (model_id, tolerance)
) STRICT;
CREATE TABLE digest_totals (
    answer TEXT NOT NULL,
    tolerance REAL NOT NULL,
    signature TEXT NOT NULL,
    data TEXT NOT NULL,
    made_at TEXT NOT NULL,
    PRIMARY KEY (answer, tolerance)
) STRICT;
"""


def _m005_model_summaries(db: sqlite_utils.Database) -> None:
    """Per-model summaries kept with every claim write, so whole-database answers need not read every claim.

    `model_counts`: the current claims (of current article versions) per model id and model text, kept
    in the transaction that writes, replaces, supersedes or merges claims. `model_versions`: a counter per
    model id, raised by every such write (never lowered, never reset). `model_digests`: one canonical
    model's share of the `models`, `sources` and `conflicts` answers at one tolerance, valid while its
    `signature` (its model ids' versions, display name, code) still matches; `digest_totals`: an answer
    merged from all of them, valid while the signature of all still matches. Both are written by
    `claimwatch.digests` (a cache: deleting their rows loses nothing), never by the store's own writes.
    Existing databases are counted here once (~2 s per million claims).
    """
    for statement in _statements(_M005_SQL + _COUNTS_REBUILD_SQL):  # not executescript: it would COMMIT
        db.execute(statement)


def _statements(script: str) -> list[str]:
    """A script of plain statements (no `;` inside one) as a list."""
    return [part.strip() for part in script.split(";") if part.strip()]


_COUNTS_REBUILD_SQL = """
DELETE FROM model_counts;
INSERT INTO model_counts (model_id, model, claims)
    SELECT model_id, model, count(*) FROM claims
    WHERE article_id NOT IN (SELECT id FROM articles WHERE is_current = 0) GROUP BY model_id, model;
UPDATE model_versions SET version = version + 1;
INSERT OR IGNORE INTO model_versions (model_id) SELECT DISTINCT model_id FROM claims;
"""

_M006_SQL = """
DELETE FROM model_digests;
DELETE FROM digest_totals;
ALTER TABLE model_digests ADD COLUMN history TEXT NOT NULL DEFAULT '[]'
"""


def _m006_model_histories(db: sqlite_utils.Database) -> None:
    """Model digests also hold the model's `history` answer (each figure's timeline), so that the history
    of a model with many claims is read, not computed. The stored digests are dropped: a cache, computed
    again (with their history) when next needed."""
    for statement in _statements(_M006_SQL):
        db.execute(statement)


MIGRATIONS: list[Migration] = [
    ("m001_initial", _m001_initial),
    ("m002_reference_models", _m002_reference_models),
    ("m003_backfill_positions", _m003_backfill_positions),
    ("m004_query_indexes", _m004_query_indexes),
    ("m005_model_summaries", _m005_model_summaries),
    ("m006_model_histories", _m006_model_histories),
]

_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT"
)

# the columns of a `Store.claims()` row: (table alias, column)
_CLAIM_ROW = (
    *(("c", name) for name in ("id", "article_id", *CLAIM_COLUMNS[1:])),
    *(("a", name) for name in ("url", "title", "site", "source", "published", "fetched", "is_current")),
)
_CLAIM_FIELDS = ", ".join(f'{table}."{name}"' for table, name in _CLAIM_ROW)
_CLAIM_NAMES = ", ".join(f'"{name}"' for _, name in _CLAIM_ROW)
_CLAIMS_FROM = " FROM claims c JOIN articles a ON a.id = c.article_id"
_CURRENT_CLAIM = "c.article_id NOT IN (SELECT id FROM articles WHERE is_current = 0)"

_CLAIM_INSERT = "INSERT INTO claims ({}, article_date) VALUES ({}, ?)".format(
    ", ".join(f'"{name}"' for name in CLAIM_COLUMNS), ", ".join("?" * len(CLAIM_COLUMNS))
)

_ARTICLE_INSERT = """
INSERT INTO articles (identity, url, canonical_url, title, author, site, source, published, fetched, lang,
                      text, content_hash, fingerprint, version, previous_id, is_current, extractor_version,
                      created_at)
VALUES (:identity, :url, :canonical_url, :title, :author, :site, :source, :published, :fetched, :lang,
        :text, :content_hash, :fingerprint, :version, :previous_id, 1, :extractor_version, :created_at)
"""


# --- the store ----------------------------------------------------------------------------------


class Store:
    """A claimwatch database. Open, use, `close()` (or use as a context manager).

    Write methods are atomic and retried on "database is locked" (up to 5 attempts, jittered backoff);
    group several in one transaction with `with store.transaction():`.
    """

    def __init__(
        self,
        path: str | Path,
        *,
        readonly: bool = False,
        busy_timeout: float = BUSY_TIMEOUT_S,
        clock: Callable[[], datetime] | None = None,
        migrations: Sequence[Migration] | None = None,
    ) -> None:
        """Open (creating with mode 0600 if missing, unless `readonly`) and migrate the database at `path`.

        `clock` returns "now" for every stored timestamp (default: UTC wall clock). `migrations` replaces
        `MIGRATIONS` (for tests and tooling).
        """
        self.path = Path(path)
        self.readonly = readonly
        self._busy_timeout = busy_timeout
        self._clock = clock or _utcnow
        self._depth = 0
        self._utils_db: sqlite_utils.Database | None = None
        _require_sqlite_version()
        self._conn = self._connect()
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._migrate(MIGRATIONS if migrations is None else migrations)
        except (sqlite3.Error, OverflowError) as e:
            self._conn.close()
            raise _storage_error(self.path, e) from e
        except BaseException:
            self._conn.close()
            raise

    # -- lifecycle

    def _connect(self) -> sqlite3.Connection:
        try:
            if self.readonly:
                if not self.path.is_file():
                    raise StorageError(f"{self.path} does not exist")
                uri = self.path.resolve().as_uri() + "?mode=ro"
                return sqlite3.connect(uri, uri=True, timeout=self._busy_timeout, isolation_level=None)
            self._create_private_file()
            return sqlite3.connect(self.path, timeout=self._busy_timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise _storage_error(self.path, e) from e
        except OSError as e:  # is_file()/is_dir() on a name the file system refuses (ENAMETOOLONG)
            raise StorageError(f"cannot open {self.path} ({e.strerror or e})") from e

    def _create_private_file(self) -> None:
        """Create a missing database file with mode 0600; SQLite gives -wal/-shm the same mode."""
        if self.path.is_dir():
            raise StorageError(f"{self.path} is a directory, not a database file")
        if not self.path.parent.is_dir():
            raise StorageError(f"cannot create {self.path}: directory {self.path.parent} does not exist")
        try:
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass
        except OSError as e:
            raise StorageError(f"cannot create {self.path} ({e.strerror})") from e

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, readonly={self.readonly})"

    @staticmethod
    def lock(path: str | Path, wait: float = 0) -> contextlib.AbstractContextManager[Path]:
        """Context manager: exclusive lock on `<path>.lock` (mode 0600), waiting at most `wait` seconds.

        Take it before opening the database for writing. Raises LockedError("another claimwatch run holds
        <lock path>") when another process (or another lock object) holds it. Yields the lock path.
        """
        return _file_lock(path, wait)

    # -- migrations

    @property
    def _db(self) -> sqlite_utils.Database:
        """sqlite-utils over our connection, made on first use (migrations only: its import costs ~70 ms)."""
        if self._utils_db is None:
            import sqlite_utils

            self._utils_db = sqlite_utils.Database(self._conn, execute_plugins=False)
        return self._utils_db

    def _user_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @_translated
    def schema_version(self) -> int:
        """How many migrations this database has applied."""
        return self._user_version()

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        version = self._user_version()
        if version > len(migrations):
            raise StorageError(
                f"{self.path} was written by a newer claimwatch (schema {version}, this one knows "
                f"{len(migrations)}); upgrade claimwatch"
            )
        self._check_history(version, migrations)
        if version == len(migrations):
            return
        if self.readonly:
            raise StorageError(f"{self.path} needs migrating; open it once without read-only mode")
        if version == 0:
            self._db.enable_wal()  # persistent: set once, when the file is created
        for index in range(version, len(migrations)):
            self._apply_migration(index, migrations[index])

    def _check_history(self, version: int, migrations: Sequence[Migration]) -> None:
        tables = [
            row[0]
            for row in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        ]
        if version == 0 and tables:
            shown = ", ".join(sorted(tables)[:5])
            raise StorageError(f"{self.path} is not a claimwatch database (it has other tables: {shown})")
        if version == 0:
            return
        if "migrations" not in tables:
            raise StorageError(f"{self.path} is not a claimwatch database (no migrations table)")
        applied = [row[0] for row in self._conn.execute("SELECT name FROM migrations ORDER BY rowid")]
        expected = [name for name, _ in migrations[:version]]
        if applied != expected:
            raise StorageError(f"{self.path}: applied migrations {applied} do not match {expected}")

    def _apply_migration(self, index: int, migration: Migration) -> None:
        name, fn = migration

        def apply() -> None:
            if self._user_version() > index:  # another process migrated while we waited for the lock
                return
            self._conn.execute(_MIGRATIONS_TABLE)
            fn(self._db)
            self._conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, self._now()))
            self._conn.execute(f"PRAGMA user_version = {index + 1:d}")

        try:
            self._write(apply)
        except sqlite3.Error as e:
            raise StorageError(f"{self.path}: migration {name} failed ({e})") from e

    # -- transactions

    def _now(self) -> str:
        return _iso(self._clock()) or ""

    def _retry_busy(self, fn: Callable[[], R]) -> R:
        """Run `fn`, retrying the whole of it on SQLITE_BUSY/LOCKED with jittered exponential backoff."""
        for attempt in range(BUSY_ATTEMPTS):
            try:
                return fn()
            except sqlite3.OperationalError as e:
                if not _is_busy(e):
                    raise
                if attempt == BUSY_ATTEMPTS - 1:
                    raise StorageError(
                        f"{self.path} is locked by another process; gave up after {BUSY_ATTEMPTS} attempts"
                    ) from e
                time.sleep(0.05 * 2**attempt * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")

    def _write(self, fn: Callable[[], R]) -> R:
        """Run `fn` as one transaction (BEGIN IMMEDIATE, retried when busy), or as a savepoint if nested."""
        if self._depth:
            return self._in_savepoint(fn)
        return self._retry_busy(lambda: self._in_transaction(fn))

    def _in_transaction(self, fn: Callable[[], R]) -> R:
        self._conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            result = fn()
            self._conn.execute("COMMIT")
            return result
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._depth -= 1

    def _in_savepoint(self, fn: Callable[[], R]) -> R:
        if not self._conn.in_transaction:
            raise StorageError(f"{self.path}: the enclosing transaction was rolled back by SQLite")
        self._conn.execute("SAVEPOINT claimwatch")
        try:
            result = fn()
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK TO claimwatch")
                self._conn.execute("RELEASE claimwatch")
            raise
        self._conn.execute("RELEASE claimwatch")
        return result

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """Group write calls into one transaction (BEGIN IMMEDIATE ... COMMIT).

        Inside it each write method runs in a savepoint: if one raises, only its own changes are undone
        and the caller may catch the error and go on. Any other exception rolls everything back.
        Not nestable. Only the BEGIN is retried when busy (the body cannot be re-run).
        """
        if self._depth:
            raise StorageError("store.transaction() cannot be nested")
        try:
            self._retry_busy(lambda: self._conn.execute("BEGIN IMMEDIATE"))
        except sqlite3.Error as e:
            raise _storage_error(self.path, e) from e
        self._depth += 1
        try:
            yield self
            self._commit_outer()
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._depth -= 1

    def _commit_outer(self) -> None:
        if not self._conn.in_transaction:
            raise StorageError(f"{self.path}: the transaction was rolled back by SQLite")
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as e:
            raise _storage_error(self.path, e) from e

    # -- row helpers

    def _all(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        cursor = self._conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Row | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self._conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- articles and claims: writes

    @_translated
    def save_article(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        extractor_version: str,
        feed_id: int | None = None,
        guid: str | None = None,
    ) -> SaveResult:
        """Store one article, its claims, its appearance and (with feed_id + guid) its feed entry, atomically.

        Outcome "new" and "new_version" write the claims; "unchanged" and "duplicate" write none. Saving the
        same thing again adds no rows. Claims are stored with `extractor_version` (not Claim.extractor_version).
        """
        item = SaveItem(article, claims, feed_id, guid)
        return self._write(lambda: self._save_one(item, extractor_version, self._now()))

    @_translated
    def save_many(
        self, items: Iterable[SaveItem | tuple[Any, ...]], *, extractor_version: str
    ) -> list[SaveResult]:
        """Store many articles in one transaction (all or nothing); items are SaveItem or (article, claims)."""
        batch = [SaveItem(*item) for item in items]

        def save_all() -> list[SaveResult]:
            now = self._now()
            return [self._save_one(item, extractor_version, now) for item in batch]

        return self._write(save_all)

    def _save_one(self, item: SaveItem, extractor_version: str, now: str) -> SaveResult:
        unit = _Unit(item, _identity(item.article), item.article.content_hash, extractor_version, now)
        current = self._one(
            "SELECT id, content_hash, version FROM articles WHERE identity = ? AND is_current = 1",
            (unit.identity,),
        )
        if current is None:
            result = self._save_new_identity(unit)
        elif current["content_hash"] == unit.content_hash:
            result = SaveResult(current["id"], "unchanged", 0)
        else:
            self._count_claims(current["id"], -1)  # its claims stop being current
            self._conn.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (current["id"],))
            result = self._insert_with_claims(unit, "new_version", current)
        self._record_appearance(result.article_id, item, now)
        if item.feed_id is not None and item.guid:
            self._upsert_entry(item.feed_id, item.guid, item.article.url, result.article_id, now)
        return result

    def _save_new_identity(self, unit: _Unit) -> SaveResult:
        same_text = self._scalar(
            "SELECT id FROM articles WHERE content_hash = ? AND is_current = 1 ORDER BY id LIMIT 1",
            (unit.content_hash,),
        )
        if same_text is not None:
            return SaveResult(same_text, "duplicate", 0)
        return self._insert_with_claims(unit, "new", None)

    def _insert_with_claims(self, unit: _Unit, outcome: Outcome, previous: Row | None) -> SaveResult:
        article = unit.item.article
        row = {
            "identity": unit.identity,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "author": article.author,
            "site": article.site or _host(article.canonical_url or article.url),
            "source": article.source,
            "published": _iso(article.published),
            "fetched": _iso(article.fetched),
            "lang": article.lang,
            "text": article.text,
            "content_hash": unit.content_hash,
            "fingerprint": unit.content_hash,  # placeholder until a near-duplicate fingerprint exists
            "version": previous["version"] + 1 if previous else 1,
            "previous_id": previous["id"] if previous else None,
            "extractor_version": unit.extractor_version,
            "created_at": unit.now,
        }
        article_id = int(self._conn.execute(_ARTICLE_INSERT, row).lastrowid or 0)
        dated = row["published"] if row["published"] is not None else row["fetched"]
        written = self._insert_claims(article_id, unit.item.claims, unit.extractor_version, unit.now, dated)
        return SaveResult(article_id, outcome, written)

    def _insert_claims(
        self,
        article_id: int,
        claims: Sequence[Claim],
        extractor_version: str,
        now: str,
        article_date: str | None,
    ) -> int:
        """Insert claims of one article; `article_date` is the article's coalesce(published, fetched)."""
        merges = self._merges()
        rows = dict.fromkeys(  # an extractor repeating itself must not double-count
            (
                article_id,
                c.model,
                merges.get(c.model_id, c.model_id),
                c.org,
                c.params,
                c.params_high,
                c.scope,
                c.status,
                int(c.approx),
                c.attributed_to,
                c.evidence,
                c.start,
                c.end,
                c.lang,
                extractor_version,
                now,
                article_date,
            )
            for c in claims
        )
        # executemany, not insert_all: insert_all's per-value jsonify costs ~6 s per million rows, which
        # halves throughput next to the five claim indexes (bench/bench_store.py)
        self._conn.executemany(_CLAIM_INSERT, rows)
        self._count_claims(article_id, +1)
        return len(rows)

    def _count_claims(self, article_id: int, sign: int) -> None:
        """Add (+1) or take away (-1) an article's claims in `model_counts` (if the article is current) and
        raise the version of each model id they name (whether or not it is): the m005 summaries' hook,
        called in the transaction of every write that adds, removes or supersedes claims."""
        counted = (
            "SELECT model_id, model, count(*) AS n FROM claims "
            "WHERE article_id = ?1 AND (SELECT is_current FROM articles WHERE id = ?1) = 1 GROUP BY model_id, model"
        )
        if sign > 0:
            self._conn.execute(
                f"INSERT INTO model_counts (model_id, model, claims) SELECT * FROM ({counted}) WHERE true "
                "ON CONFLICT (model_id, model) DO UPDATE SET claims = claims + excluded.claims",
                (article_id,),
            )
        else:
            self._conn.execute(
                f"UPDATE model_counts SET claims = claims - d.n FROM ({counted}) AS d "
                "WHERE model_counts.model_id = d.model_id AND model_counts.model = d.model",
                (article_id,),
            )
        self._conn.execute(
            "INSERT INTO model_versions (model_id) SELECT DISTINCT model_id FROM claims WHERE article_id = ? "
            "AND true ON CONFLICT (model_id) DO UPDATE SET version = version + 1",
            (article_id,),
        )

    def _record_appearance(self, article_id: int, item: SaveItem, now: str) -> None:
        article = item.article
        self._conn.execute(
            "INSERT OR IGNORE INTO appearances (article_id, url, source, feed_id, guid, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, article.url or _identity(article), article.source, item.feed_id, item.guid, now),
        )

    @_translated
    def replace_claims(self, article_id: int, claims: Sequence[Claim], extractor_version: str) -> int:
        """Replace an article's claims and set its extractor_version, atomically; returns claims written."""

        def replace() -> int:
            found = self._conn.execute(
                "SELECT coalesce(published, fetched) FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if found is None:
                raise StorageError(f"no article with id {article_id}")
            self._count_claims(article_id, -1)
            self._conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
            self._conn.execute(
                "UPDATE articles SET extractor_version = ? WHERE id = ?", (extractor_version, article_id)
            )
            return self._insert_claims(article_id, claims, extractor_version, self._now(), found[0])

        return self._write(replace)

    # -- articles and claims: reads

    @_translated
    def articles_needing_reextract(
        self, extractor_version: str | None
    ) -> Iterator[tuple[int, str, str | None]]:
        """(article_id, text, lang) of current articles extracted by another version (None: all of them).

        The ids are read up front and texts in small batches, so no cursor stays open while the caller
        writes (e.g. `replace_claims`) between items.
        """
        ids = [
            row[0]
            for row in self._conn.execute(
                "SELECT id FROM articles WHERE is_current = 1 AND (?1 IS NULL OR extractor_version IS NOT ?1) "
                "ORDER BY id",
                (extractor_version,),
            ).fetchall()
        ]
        return self._texts(ids)

    def _texts(self, ids: list[int], batch: int = 200) -> Iterator[tuple[int, str, str | None]]:
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            marks = ", ".join("?" * len(chunk))
            try:
                rows = self._conn.execute(
                    f"SELECT id, text, lang FROM articles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
            except sqlite3.Error as e:
                raise _storage_error(self.path, e) from e
            yield from ((row[0], row[1], row[2]) for row in rows)

    @_translated
    def claims(
        self,
        model: str | None = None,
        org: str | None = None,
        status: str | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        lang: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        *,
        include_old: bool = False,
    ) -> list[Row]:
        """Claims joined with their article (url, title, site, source, published, fetched), newest first.

        Newest first means by the article's date (published, else fetched; stored on the claim as
        `article_date`), then by claim id, both descending; claims of undated articles come last.
        `model` matches a model id, a model name, an alias or the claim's own model text (any case);
        `org` matches the org or any alias of it; `since <= COALESCE(published, fetched) < until`, where a
        date `until` includes that whole day; `source` is a substring of the site or URL. Only current
        article versions unless `include_old`.

        The model (else the org) is first resolved to the model ids (org names) it can match; each is read
        newest first from its own index range, so `limit=20` reads ~20 rows per id however many match.
        """
        where: list[str] = []
        params: list[Any] = []
        if status:
            if status.lower() not in STATUSES:
                raise UsageError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
            where.append("+c.status = ?")  # unary +: five values, never worth the index in this listing
            params.append(status.lower())
        lower, upper = _bound(since), _bound(until, end_of_day=True)
        arms = self._model_arms(model) if model else None
        names = self._org_names(org) if org else []
        if arms is None and names:
            arms = [("c.org = ? COLLATE NOCASE", [name]) for name in names]
        elif names:
            where.append(f"c.org COLLATE NOCASE IN ({', '.join('?' * len(names))})")
            params.extend(names)
        if arms == []:
            return []
        # with only article filters, walk the articles by date (as `articles_date` orders them); else the claims
        by_article = arms is None and bool(source)
        when = "COALESCE(a.published, a.fetched)" if by_article else "c.article_date"
        if not include_old:
            where.append("a.is_current = 1" if by_article else _CURRENT_CLAIM)
        for bound, op in ((lower, ">="), (upper, "<")):
            if bound is not None:
                where.append(f"{when} {op} ?")
                params.append(bound)
        if lang:
            where.append("c.lang = ?")
            params.append(lang)
        if source:
            if by_article:
                where.append("(a.site LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\')")
            else:  # a lookup per claim: as a join filter it makes SQLite scan all articles for a Bloom filter first
                where.append(
                    "EXISTS (SELECT 1 FROM articles s WHERE s.id = c.article_id "
                    "AND (s.site LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\'))"
                )
            params.extend([_like_substring(source)] * 2)
        order = f" ORDER BY {when} DESC, c.id DESC" + (" LIMIT ?" if limit is not None else "")
        tail = [int(limit)] if limit is not None else []
        if arms is None or len(arms) == 1:
            conditions = [arms[0][0], *where] if arms else where
            sql = "SELECT " + _CLAIM_FIELDS + _CLAIMS_FROM
            sql += (" WHERE " + " AND ".join(conditions) if conditions else "") + order
            args = [*(arms[0][1] if arms else []), *params, *tail]
        else:  # one newest-first index range per arm, merged
            parts, args = [], []
            for condition, values in arms:
                parts.append(
                    f"SELECT * FROM (SELECT {_CLAIM_FIELDS}, c.article_date AS sort_date{_CLAIMS_FROM} "
                    f"WHERE {' AND '.join([condition, *where])}{order})"
                )
                args += [*values, *params, *tail]
            sql = f"SELECT {_CLAIM_NAMES} FROM ({' UNION ALL '.join(parts)}) ORDER BY sort_date DESC, id DESC"
            sql += " LIMIT ?" if limit is not None else ""
            args += tail
        return [_claim_dict(row) for row in self._all(sql, args)]

    def _model_arms(self, model: str) -> list[tuple[str, list[Any]]]:
        """Conditions, one per index range, that together match the claims about `model`.

        The ids it names (itself, lower case, a model id or name, an alias, a merged-away id) that have claims,
        then, for claims whose own model text is `model` (any case) under another id, that text with each
        such id (read from `claims_model_text` by skipping from id to id).
        """
        ids = {model, model.lower()}
        ids.update(
            row[0]
            for row in self._conn.execute(
                "SELECT id FROM models WHERE id = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE "
                "UNION SELECT model_id FROM model_aliases WHERE alias = ?1 "
                "UNION SELECT dst_id FROM model_merges WHERE src_id = ?1 COLLATE NOCASE",
                (model,),
            ).fetchall()
        )
        arms: list[tuple[str, list[Any]]] = [
            ("c.model_id = ?", [model_id])
            for model_id in sorted(ids)
            if self._scalar("SELECT 1 FROM claims WHERE model_id = ? LIMIT 1", (model_id,)) is not None
        ]
        by_text = self._conn.execute(
            "WITH RECURSIVE ids (id) AS ("
            " SELECT (SELECT min(model_id) FROM claims WHERE model = ?1 COLLATE NOCASE)"
            " UNION ALL SELECT (SELECT min(model_id) FROM claims WHERE model = ?1 COLLATE NOCASE AND model_id > ids.id)"
            " FROM ids WHERE ids.id IS NOT NULL"
            ") SELECT id FROM ids WHERE id IS NOT NULL",
            (model,),
        ).fetchall()
        arms += [
            ("c.model = ? COLLATE NOCASE AND c.model_id = ?", [model, model_id])
            for (model_id,) in by_text
            if model_id not in ids
        ]
        return arms

    def _org_names(self, org: str) -> list[str]:
        """`org`, its canonical name and that name's aliases, one of each spelling that NOCASE tells apart."""
        canonical = self._scalar("SELECT org FROM org_aliases WHERE alias = ?", (org,)) or org
        names = {org, canonical}
        names.update(
            row[0]
            for row in self._conn.execute(
                "SELECT alias FROM org_aliases WHERE org = ?", (canonical,)
            ).fetchall()
        )
        return list({name.translate(_ASCII_LOWER): name for name in sorted(names)}.values())

    @_translated
    def article(self, id_or_url: int | str) -> Row | None:
        """One article row (any version) with its `claims` and `appearances`, by id or URL; None if unknown.

        A URL finds the current version by canonical URL/URL, else the article it appeared as a copy of.
        """
        row = self._find_article(id_or_url)
        if row is None:
            return None
        row["claims"] = [
            _claim_dict(c)
            for c in self._all(
                "SELECT id, model, model_id, org, params, params_high, scope, status, approx, attributed_to, "
                'evidence, "start", "end", lang, extractor_version, extracted_at FROM claims '
                "WHERE article_id = ? ORDER BY id",
                (row["id"],),
            )
        ]
        row["appearances"] = self._all(
            "SELECT url, source, feed_id, guid, seen_at FROM appearances WHERE article_id = ? ORDER BY id",
            (row["id"],),
        )
        return row

    def _find_article(self, id_or_url: int | str) -> Row | None:
        if isinstance(id_or_url, int) or id_or_url.strip().isdigit():
            return self._one("SELECT * FROM articles WHERE id = ?", (int(id_or_url),))
        for sql in (
            "SELECT * FROM articles WHERE identity = ? AND is_current = 1",
            "SELECT * FROM articles WHERE url = ? OR canonical_url = ? ORDER BY is_current DESC, id DESC LIMIT 1",
            "SELECT a.* FROM appearances p JOIN articles a ON a.id = p.article_id WHERE p.url = ? "
            "ORDER BY a.is_current DESC, p.id DESC LIMIT 1",
        ):
            row = self._one(sql, [id_or_url] * sql.count("?"))
            if row is not None:
                return row
        return None

    @_translated
    def search(self, query: str, limit: int = 20, *, raw: bool = False) -> list[Row]:
        """Full-text search over current articles' title and text, best first, with a [highlighted] snippet.

        By default every word must match (words are quoted, so punctuation like "gpt-4" is safe; `word*`
        is a prefix). `raw=True` passes FTS5 query syntax through; a syntax error raises StorageError.
        """
        match = query if raw else _fts_quote(query)
        if not match.strip():
            return []
        sql = (
            "SELECT a.id, a.title, a.url, a.site, a.published, "
            "snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? AND a.is_current = 1 ORDER BY articles_fts.rank LIMIT ?"
        )
        try:
            return self._all(sql, (match, int(limit)))
        except sqlite3.OperationalError as e:
            if _is_busy(e):
                raise
            raise StorageError(f"invalid search query {query!r} ({e})") from e

    @_translated
    def stats(self) -> dict[str, int]:
        """Row counts: current articles and their claims, all versions, feeds, models, runs..."""
        # current = all minus the superseded versions (few, indexed by `articles_old`): counting the current
        # ones directly walks every article, and every claim through a join
        old = "SELECT id FROM articles WHERE is_current = 0"
        counts = {
            "articles": f"SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM ({old}))",
            "article_versions": "SELECT count(*) FROM articles",
            "claims": f"SELECT (SELECT count(*) FROM claims) - "
            f"(SELECT count(*) FROM claims WHERE article_id IN ({old}))",
            "claims_all_versions": "SELECT count(*) FROM claims",
            "appearances": "SELECT count(*) FROM appearances",
            "feeds": "SELECT count(*) FROM feeds",
            "feeds_active": "SELECT count(*) FROM feeds WHERE enabled = 1 AND status = 'active'",
            "entries": "SELECT count(*) FROM entries",
            "models": "SELECT count(*) FROM models",
            "model_aliases": "SELECT count(*) FROM model_aliases",
            "orgs": "SELECT count(*) FROM orgs",
            "runs": "SELECT count(*) FROM runs",
        }
        result = {name: int(self._scalar(sql)) for name, sql in counts.items()}
        result["schema_version"] = self._user_version()
        return result

    # -- per-model summaries (m005)

    @_translated
    def model_counts(self) -> list[Row]:
        """Current claims per model id and model text (`model_id`, `model`, `claims` > 0), by id and text."""
        return self._all(
            "SELECT model_id, model, claims FROM model_counts WHERE claims > 0 ORDER BY model_id, model"
        )

    @_translated
    def claims_of_models(self, model_ids: Iterable[str]) -> tuple[dict[str, int], list[Row]]:
        """The versions of `model_ids` (from `model_versions`) and their current claims, read in one snapshot.

        The claims are `claims()` rows in `claims()` order (newest first), so that they are exactly the
        rows of those model ids in the unfiltered `claims()`, in the same order.
        """
        ids = sorted(set(model_ids))
        marks = ", ".join("?" * len(ids))
        with self._snapshot():
            versions = dict(
                self._conn.execute(
                    f"SELECT model_id, version FROM model_versions WHERE model_id IN ({marks})", ids
                ).fetchall()
            )
            rows = self._all(
                f"SELECT {_CLAIM_FIELDS}{_CLAIMS_FROM} WHERE c.model_id IN ({marks}) AND {_CURRENT_CLAIM} "
                "ORDER BY c.article_date DESC, c.id DESC",
                ids,
            )
        return versions, [_claim_dict(row) for row in rows]

    @_translated
    def model_versions(self) -> dict[str, int]:
        """Every model id's version (raised by each write that touches its claims)."""
        return dict(self._conn.execute("SELECT model_id, version FROM model_versions").fetchall())

    @_translated
    def claim_position(
        self, model_id: str, model: str | None = None, *, last: bool = False
    ) -> tuple[str | None, int] | None:
        """(article_date, id) of the first (or, with `last`, the last) current claim of `model_id` (with
        model text `model`, if given) in `claims()` order; None if it has none."""
        order = "ASC" if last else "DESC"
        text = "c.model = ?2 COLLATE NOCASE AND c.model = ?2 AND " if model is not None else ""
        row = self._conn.execute(
            f"SELECT c.article_date, c.id FROM claims c WHERE {text}c.model_id = ?1 AND {_CURRENT_CLAIM} "
            f"ORDER BY c.article_date {order}, c.id {order} LIMIT 1",
            (model_id, model) if model is not None else (model_id,),
        ).fetchone()
        return (row[0], int(row[1])) if row else None

    @_translated
    def model_digests(
        self,
        tolerance: float,
        part: Literal["summary", "sources", "conflicts", "history"],
        model_ids: Iterable[str] | None = None,
    ) -> dict[str, tuple[str, str]]:
        """Stored digests at `tolerance` (of `model_ids`, default all): canonical model id -> (signature,
        that part's JSON text)."""
        if part not in DIGEST_PARTS:
            raise UsageError(f"unknown digest part {part!r}")
        sql = f"SELECT model_id, signature, {part} FROM model_digests WHERE tolerance = ?"
        if model_ids is None:
            rows = self._conn.execute(sql, (float(tolerance),)).fetchall()
        else:
            rows = [
                row
                for model_id in dict.fromkeys(model_ids)
                for row in self._conn.execute(sql + " AND model_id = ?", (float(tolerance), model_id))
            ]
        return {row[0]: (row[1], row[2]) for row in rows}

    @_translated
    def digest_total(self, answer: str, tolerance: float) -> tuple[str, str] | None:
        """(signature, JSON text) of a stored merged answer at `tolerance`, or None."""
        row = self._conn.execute(
            "SELECT signature, data FROM digest_totals WHERE answer = ? AND tolerance = ?",
            (answer, float(tolerance)),
        ).fetchone()
        return (row[0], row[1]) if row else None

    @_translated
    def copy_digest_total(
        self, answer: str, tolerance: float, signature: str, out: BinaryIO | None, chunk: int = 1 << 20
    ) -> bool:
        """If the merged answer stored at `tolerance` has `signature`, write its text to `out` (if given) as
        stored (UTF-8) and return True, else False. Read in chunks (`blobopen`): 63 MB (conflicts at 1M
        claims) take ~15 ms so, ~70 ms as one value."""
        with self._snapshot():
            row = self._conn.execute(
                "SELECT rowid, signature FROM digest_totals WHERE answer = ? AND tolerance = ?",
                (answer, float(tolerance)),
            ).fetchone()
            if row is None or row[1] != signature:
                return False
            if out is not None:
                with self._conn.blobopen("digest_totals", "data", row[0], readonly=True) as blob:
                    while data := blob.read(chunk):
                        out.write(data)
        return True

    @_translated
    def save_digests(
        self,
        tolerance: float,
        models: Mapping[str, tuple[str, Mapping[str, str]]],
        totals: Mapping[str, tuple[str, str]] | None = None,
    ) -> bool:
        """Store digests (canonical model id -> (signature, {part: JSON text})) and merged answers (answer ->
        (signature, JSON text)) at `tolerance`, only if the database is free right now: a query never waits
        for a running collection. True if they were stored."""
        if not (models or totals):
            return False
        now, tolerance = self._now(), float(tolerance)
        digest_rows = [
            (model_id, tolerance, sig, *(parts[p] for p in DIGEST_PARTS), now)
            for model_id, (sig, parts) in models.items()
        ]
        total_rows = [(answer, tolerance, sig, data, now) for answer, (sig, data) in (totals or {}).items()]

        def save() -> None:
            self._conn.executemany(
                f"INSERT OR REPLACE INTO model_digests (model_id, tolerance, signature, {', '.join(DIGEST_PARTS)}, "
                f"made_at) VALUES ({', '.join('?' * (len(DIGEST_PARTS) + 4))})",
                digest_rows,
            )
            self._conn.executemany(
                "INSERT OR REPLACE INTO digest_totals (answer, tolerance, signature, data, made_at) "
                "VALUES (?, ?, ?, ?, ?)",
                total_rows,
            )

        return self._write_now(save)

    @_translated
    def prune_model_digests(self, keep: Iterable[str]) -> bool:
        """Delete the digests of model ids not in `keep` (models merged or renamed away), if the database is
        free right now; True if done."""
        keep = sorted(set(keep))

        def prune() -> None:
            marks = ", ".join("?" * len(keep))
            self._conn.execute(f"DELETE FROM model_digests WHERE model_id NOT IN ({marks})", keep)

        return self._write_now(prune)

    def _write_now(self, fn: Callable[[], None]) -> bool:
        """Run `fn` as a write transaction only if no other connection is writing (never waits): for caches
        that a query may fill. False if the database was busy or read-only."""
        if self.readonly:
            return False
        if self._depth:
            self._in_savepoint(fn)
            return True
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            self._in_transaction(fn)
        except sqlite3.OperationalError as e:
            if not _is_busy(e) and "readonly" not in str(e):
                raise
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000):d}")
        return True

    @_translated
    def rebuild_model_counts(self) -> None:
        """Recount `model_counts` from the claims and raise every version (for databases filled around the
        store, e.g. by a bulk load; the store's own writes keep them exact)."""

        def rebuild() -> None:
            for statement in _statements(_COUNTS_REBUILD_SQL):
                self._conn.execute(statement)

        self._write(rebuild)

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Reads that see one state of the database (a read transaction, unless one is open already)."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    # -- gazetteer

    def _merges(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT src_id, dst_id FROM model_merges").fetchall())

    @_translated
    def load_gazetteer(
        self, models: Sequence[Mapping[str, Any]], orgs: Sequence[Mapping[str, Any]] = ()
    ) -> None:
        """Upsert models `{"id", "name", "org"?, "family"?, "aliases"?: [..]}` and orgs `{"name", "aliases"?}`.

        Idempotent. Curation wins: an existing alias is never re-pointed, and a model merged away by
        `merge_models` is not re-created (its aliases go to the model it was merged into).
        """
        self._write(lambda: self._load_gazetteer(models, orgs))

    def _load_gazetteer(self, models: Sequence[Mapping[str, Any]], orgs: Sequence[Mapping[str, Any]]) -> None:
        for org in orgs:
            self._conn.execute("INSERT INTO orgs (name) VALUES (?) ON CONFLICT DO NOTHING", (org["name"],))
            self._conn.executemany(
                "INSERT INTO org_aliases (alias, org) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(alias, org["name"]) for alias in org.get("aliases", ())],
            )
        merges = self._merges()
        for model in models:
            model_id = merges.get(model["id"], model["id"])
            if model_id == model["id"]:
                self._upsert_model(model)
            self._conn.executemany(
                "INSERT INTO model_aliases (alias, model_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [(alias, model_id) for alias in model.get("aliases", ())],
            )

    def _upsert_model(self, model: Mapping[str, Any]) -> None:
        self._conn.execute(
            "INSERT INTO models (id, name, org, family) VALUES (:id, :name, :org, :family) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, org = excluded.org, family = excluded.family "
            "WHERE (name, org, family) IS NOT (excluded.name, excluded.org, excluded.family)",
            {
                "id": model["id"],
                "name": model.get("name") or model["id"],
                "org": model.get("org"),
                "family": model.get("family"),
            },
        )

    @_translated
    def add_alias(self, alias: str, model_id: str) -> None:
        """Point `alias` (any case) at `model_id`, replacing an earlier target. The model must exist."""

        def add() -> None:
            target = self._merges().get(model_id, model_id)
            if self._scalar("SELECT 1 FROM models WHERE id = ?", (target,)) is None:
                raise StorageError(f"unknown model {model_id!r}")
            self._conn.execute(
                "INSERT INTO model_aliases (alias, model_id) VALUES (?, ?) "
                "ON CONFLICT (alias) DO UPDATE SET model_id = excluded.model_id",
                (alias, target),
            )

        self._write(add)

    @_translated
    def merge_models(self, src_id: str, dst_id: str) -> int:
        """Merge model `src_id` into `dst_id` in one transaction; returns the number of claims rewritten.

        Moves src's aliases, adds src's id and name as aliases, rewrites claims.model_id, records the merge
        (so later saves and gazetteer loads follow it) and deletes the src model row.
        """
        if src_id == dst_id:
            raise StorageError(f"cannot merge {src_id!r} into itself")
        return self._write(lambda: self._merge(src_id, dst_id))

    def _merge(self, src_id: str, dst_id: str) -> int:
        if self._scalar("SELECT 1 FROM models WHERE id = ?", (dst_id,)) is None:
            raise StorageError(f"unknown model {dst_id!r}")
        src_name = self._scalar("SELECT name FROM models WHERE id = ?", (src_id,))
        self._conn.execute("UPDATE model_aliases SET model_id = ? WHERE model_id = ?", (dst_id, src_id))
        self._conn.executemany(
            "INSERT INTO model_aliases (alias, model_id) VALUES (?, ?) "
            "ON CONFLICT (alias) DO UPDATE SET model_id = excluded.model_id",
            [(alias, dst_id) for alias in {src_id, src_name} if alias],
        )
        rewritten = self._conn.execute("UPDATE claims SET model_id = ? WHERE model_id = ?", (dst_id, src_id))
        self._move_counts(src_id, dst_id)
        self._conn.execute("UPDATE model_merges SET dst_id = ? WHERE dst_id = ?", (dst_id, src_id))
        self._conn.execute(
            "INSERT OR REPLACE INTO model_merges (src_id, dst_id, merged_at) VALUES (?, ?, ?)",
            (src_id, dst_id, self._now()),
        )
        self._conn.execute("DELETE FROM models WHERE id = ?", (src_id,))
        return rewritten.rowcount

    def _move_counts(self, src_id: str, dst_id: str) -> None:
        """`model_counts` after claims of `src_id` became `dst_id`'s; both versions raised (m005 hook)."""
        self._conn.execute(
            "INSERT INTO model_counts (model_id, model, claims) SELECT ?2, model, claims FROM model_counts "
            "WHERE model_id = ?1 AND true ON CONFLICT (model_id, model) DO UPDATE SET claims = claims + excluded.claims",
            (src_id, dst_id),
        )
        self._conn.execute("DELETE FROM model_counts WHERE model_id = ?", (src_id,))
        self._conn.executemany(
            "INSERT INTO model_versions (model_id) VALUES (?) "
            "ON CONFLICT (model_id) DO UPDATE SET version = version + 1",
            [(src_id,), (dst_id,)],
        )

    @_translated
    def models(self) -> list[Row]:
        """All models with their aliases (a list), ordered by id."""
        rows = self._all("SELECT id, name, org, family FROM models ORDER BY id")
        aliases: dict[str, list[str]] = {}
        for alias, model_id in self._conn.execute("SELECT alias, model_id FROM model_aliases ORDER BY alias"):
            aliases.setdefault(model_id, []).append(alias)
        for row in rows:
            row["aliases"] = aliases.get(row["id"], [])
        return rows

    # -- feeds, entries, runs

    @_translated
    def add_feed(
        self,
        url: str,
        *,
        name: str | None = None,
        lang: str | None = None,
        interval_s: int = 3600,
        enabled: bool = True,
    ) -> int:
        """Register a feed by URL (idempotent: an existing URL keeps its settings); returns its id."""

        def add() -> int:
            self._conn.execute(
                "INSERT INTO feeds (url, name, lang, interval_s, enabled, added_at) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (url) DO NOTHING",
                (url, name, lang, int(interval_s), int(enabled), self._now()),
            )
            return int(self._scalar("SELECT id FROM feeds WHERE url = ?", (url,)))

        return self._write(add)

    @_translated
    def get_feed(self, id_or_url: int | str) -> Row | None:
        """One feed as a dict, by id or URL; None if unknown."""
        if isinstance(id_or_url, int):
            return self._one("SELECT * FROM feeds WHERE id = ?", (id_or_url,))
        return self._one("SELECT * FROM feeds WHERE url = ?", (id_or_url,))

    @_translated
    def list_feeds(self, *, due_at: datetime | None = None) -> list[Row]:
        """All feeds by id; with `due_at`, only enabled active feeds whose next_due is unset or <= due_at."""
        if due_at is None:
            return self._all("SELECT * FROM feeds ORDER BY id")
        return self._all(
            "SELECT * FROM feeds WHERE enabled = 1 AND status = 'active' "
            "AND (next_due IS NULL OR next_due <= ?) ORDER BY next_due IS NOT NULL, next_due, id",
            (_iso(due_at),),
        )

    @_translated
    def update_feed(self, feed_id: int, /, **fields: Any) -> None:
        """Set feed columns (names from FEED_FIELDS only; datetimes stored as UTC ISO text, bools as 0/1)."""
        unknown = set(fields) - FEED_FIELDS
        if unknown:
            raise StorageError(f"unknown feed field(s): {', '.join(sorted(unknown))}")
        if not fields:
            return
        names = sorted(fields)  # every name is one of FEED_FIELDS, never caller text
        values = [
            _iso(v) if isinstance(v, datetime) else int(v) if isinstance(v, bool) else v
            for v in (fields[n] for n in names)
        ]
        assignments = ", ".join(f'"{name}" = ?' for name in names)

        def update() -> None:
            cursor = self._conn.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", [*values, feed_id])
            if cursor.rowcount == 0:
                raise StorageError(f"no feed with id {feed_id}")

        self._write(update)

    @_translated
    def remove_feed(self, feed_id: int) -> bool:
        """Delete a feed with its entries and fetch log, atomically; True if it existed.

        Articles and claims stay: their appearances keep the URL and lose only the link to the feed
        (an appearance that would then repeat a feed-less one for the same article and URL is dropped).
        """

        def remove() -> bool:
            self._conn.execute(
                "DELETE FROM appearances WHERE feed_id = ?1 AND EXISTS (SELECT 1 FROM appearances b "
                "WHERE b.article_id = appearances.article_id AND b.url = appearances.url AND b.feed_id IS NULL)",
                (feed_id,),
            )
            self._conn.execute("UPDATE appearances SET feed_id = NULL WHERE feed_id = ?", (feed_id,))
            return self._conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount > 0

        return self._write(remove)

    @_translated
    def record_entry(self, feed_id: int, guid: str, url: str | None, article_id: int | None = None) -> int:
        """Remember a feed entry by (feed_id, guid) (idempotent; a known article_id is kept); returns its id."""
        return self._write(lambda: self._upsert_entry(feed_id, guid, url, article_id, self._now()))

    def _upsert_entry(
        self, feed_id: int, guid: str, url: str | None, article_id: int | None, now: str
    ) -> int:
        self._conn.execute(
            "INSERT INTO entries (feed_id, guid, url, article_id, seen_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (feed_id, guid) DO UPDATE SET url = excluded.url, "
            "article_id = COALESCE(excluded.article_id, entries.article_id) "
            "WHERE entries.url IS NOT excluded.url "
            "OR (excluded.article_id IS NOT NULL AND entries.article_id IS NOT excluded.article_id)",
            (feed_id, guid, url, article_id, now),
        )
        return int(self._scalar("SELECT id FROM entries WHERE feed_id = ? AND guid = ?", (feed_id, guid)))

    @_translated
    def seen_guids(self, feed_id: int) -> set[str]:
        """GUIDs already recorded for a feed (to skip fetching pages of known entries)."""
        return {
            row[0] for row in self._conn.execute("SELECT guid FROM entries WHERE feed_id = ?", (feed_id,))
        }

    @_translated
    def start_run(self) -> int:
        """Record the start of a run (status 'running'); returns the run id."""
        return self._write(
            lambda: int(
                self._conn.execute("INSERT INTO runs (started) VALUES (?)", (self._now(),)).lastrowid or 0
            )
        )

    @_translated
    def finish_run(
        self,
        run_id: int,
        *,
        status: str,
        feeds_checked: int = 0,
        feeds_not_modified: int = 0,
        feeds_failed: int = 0,
        new_articles: int = 0,
        new_claims: int = 0,
        errors: Sequence[Any] = (),
    ) -> None:
        """Record a run's end: status (e.g. 'ok', 'partial', 'failed'), counters and errors (stored as JSON)."""
        values = (
            self._now(),
            status,
            feeds_checked,
            feeds_not_modified,
            feeds_failed,
            new_articles,
            new_claims,
            json.dumps(list(errors), ensure_ascii=False, default=str),
            run_id,
        )
        self._write(
            lambda: self._conn.execute(
                "UPDATE runs SET finished = ?, status = ?, feeds_checked = ?, feeds_not_modified = ?, "
                "feeds_failed = ?, new_articles = ?, new_claims = ?, errors_json = ? WHERE id = ?",
                values,
            )
        )

    @_translated
    def list_runs(self, limit: int = 20) -> list[Row]:
        """The latest runs, newest first."""
        return self._all("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (int(limit),))

    @_translated
    def log_fetch(
        self,
        run_id: int | None,
        feed_id: int | None,
        url: str,
        *,
        outcome: str,
        status_code: int | None = None,
        error: str | None = None,
    ) -> None:
        """Append one fetch attempt (outcome e.g. 'ok', 'not_modified', 'error') to fetch_log."""
        values = (run_id, feed_id, url, status_code, outcome, error, self._now())
        self._write(
            lambda: self._conn.execute(
                "INSERT INTO fetch_log (run_id, feed_id, url, status_code, outcome, error, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        )

    @_translated
    def fetch_log(
        self, *, feed_id: int | None = None, run_id: int | None = None, limit: int = 100
    ) -> list[Row]:
        """Latest fetch_log rows, newest first, optionally for one feed or run."""
        where, params = [], []
        for column, value in (("feed_id", feed_id), ("run_id", run_id)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = "SELECT * FROM fetch_log" + (" WHERE " + " AND ".join(where) if where else "")
        return self._all(sql + " ORDER BY id DESC LIMIT ?", [*params, int(limit)])

    # -- maintenance

    @_translated
    def quick_check(self) -> list[str]:
        """PRAGMA quick_check problems (empty when fine); cheap enough for the start of every run."""
        return [row[0] for row in self._conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]

    @_translated
    def integrity_check(self) -> list[str]:
        """Problems found by integrity_check, foreign_key_check and the FTS index check; empty when fine."""
        problems = [
            row[0] for row in self._conn.execute("PRAGMA integrity_check").fetchall() if row[0] != "ok"
        ]
        for table, rowid, parent, _ in self._conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        problems.extend(self._fts_check())
        return problems

    def _fts_check(self) -> list[str]:
        if self.readonly:
            return []
        try:
            self._conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as e:
            if _is_busy(e):
                raise
            return [f"full-text index does not match articles ({e}); run rebuild_search_index()"]
        return []

    @_translated
    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index from the articles table."""
        self._write(lambda: self._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"))

    @_translated
    def checkpoint(self) -> None:
        """End-of-run upkeep: ANALYZE, PRAGMA optimize, then wal_checkpoint(TRUNCATE); busy is skipped.

        Statistics first because they write and the checkpoint should leave the -wal file empty. Without
        them the planner trusts low-selectivity indexes (org, status) and `claims(limit=20)` over 1M claims
        takes ~300 ms instead of < 1 ms; a full ANALYZE costs ~0.25 s per million claims (sampled ones
        misjudge exactly those indexes). Does nothing on a read-only store.
        """
        if self.readonly:
            return
        self._conn.execute("PRAGMA busy_timeout = 1000")
        try:
            self._unless_busy("ANALYZE")
            self._unless_busy("PRAGMA optimize")
            self._unless_busy("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000):d}")

    def _unless_busy(self, sql: str) -> None:
        try:
            self._conn.execute(sql).fetchall()
        except sqlite3.OperationalError as e:
            if not _is_busy(e):
                raise

    # -- reference figures

    @_translated
    def replace_reference(self, dataset: str, rows: Sequence[Mapping[str, Any]]) -> int:
        """Replace the reference rows of `dataset` with `rows` (keys of REFERENCE_FIELDS), atomically."""
        values = [(dataset, *(row.get(name) for name in REFERENCE_FIELDS), self._now()) for row in rows]
        columns = ", ".join(("dataset", *REFERENCE_FIELDS, "imported_at"))
        marks = ", ".join("?" * (len(REFERENCE_FIELDS) + 2))

        def replace() -> int:
            self._conn.execute("DELETE FROM reference_models WHERE dataset = ?", (dataset,))
            self._conn.executemany(f"INSERT INTO reference_models ({columns}) VALUES ({marks})", values)
            return len(values)

        return self._write(replace)

    @_translated
    def reference_models(self) -> list[Row]:
        """All reference rows, by dataset and row order."""
        return self._all("SELECT * FROM reference_models ORDER BY dataset, id")

    # -- backfill positions

    @_translated
    def backfill_positions(self, sources: Sequence[str]) -> dict[str, Row]:
        """The saved backfill position of each of `sources` that has one (source -> row)."""
        found: dict[str, Row] = {}
        keys = list(dict.fromkeys(sources))
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self._all(f"SELECT * FROM backfill_positions WHERE source IN ({marks})", chunk):
                row["finished"] = bool(row["finished"])
                found[row["source"]] = row
        return found

    @_translated
    def save_backfill_positions(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Upsert backfill positions (source, kind, byte_offset, skip, records, stamp, finished), atomically.

        Call it inside the `transaction()` that saves the batch the positions account for, so a killed
        backfill never skips or repeats a record.
        """
        columns = ("source", "kind", "byte_offset", "skip", "records", "stamp", "finished")
        values = [(*(row.get(c, 0 if c != "stamp" else "") for c in columns), self._now()) for row in rows]
        values = [(*v[:6], int(bool(v[6])), v[7]) for v in values]
        sql = (
            f"INSERT INTO backfill_positions ({', '.join(columns)}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source) DO UPDATE SET kind = excluded.kind, byte_offset = excluded.byte_offset, "
            "skip = excluded.skip, records = excluded.records, stamp = excluded.stamp, "
            "finished = excluded.finished, updated_at = excluded.updated_at"
        )
        self._write(lambda: self._conn.executemany(sql, values))
