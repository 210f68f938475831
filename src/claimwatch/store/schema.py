"""The schema: named migrations that create and change the tables, and the SQL that names claim columns."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from claimwatch.store.rows import STATUSES

if TYPE_CHECKING:
    import sqlite_utils

MigrationFn = Callable[["sqlite_utils.Database"], None]
Migration = tuple[str, MigrationFn]

# fmt: off
CLAIM_COLUMNS = (
    "article_id", "model", "model_id", "org", "params", "params_high", "scope", "status", "approx",
    "attributed_to", "evidence", "start", "end", "lang", "extractor_version", "extracted_at",
)
# fmt: on


def _sql_list(values: Iterable[str]) -> str:
    """Trusted constants only (never input) rendered as a SQL list of string literals."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


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
    for statement in statements(_M005_SQL + COUNTS_REBUILD_SQL):  # not executescript: it would COMMIT
        db.execute(statement)


def statements(script: str) -> list[str]:
    """A script of plain statements (no `;` inside one) as a list."""
    return [part.strip() for part in script.split(";") if part.strip()]


COUNTS_REBUILD_SQL = """
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
    for statement in statements(_M006_SQL):
        db.execute(statement)


MIGRATIONS: list[Migration] = [
    ("m001_initial", _m001_initial),
    ("m002_reference_models", _m002_reference_models),
    ("m003_backfill_positions", _m003_backfill_positions),
    ("m004_query_indexes", _m004_query_indexes),
    ("m005_model_summaries", _m005_model_summaries),
    ("m006_model_histories", _m006_model_histories),
]

MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL) STRICT"
)

# the columns of a `Store.claims()` row: (table alias, column)
_CLAIM_ROW = (
    *(("c", name) for name in ("id", "article_id", *CLAIM_COLUMNS[1:])),
    *(("a", name) for name in ("url", "title", "site", "source", "published", "fetched", "is_current")),
)
CLAIM_FIELDS = ", ".join(f'{table}."{name}"' for table, name in _CLAIM_ROW)
CLAIM_NAMES = ", ".join(f'"{name}"' for _, name in _CLAIM_ROW)
CLAIMS_FROM = " FROM claims c JOIN articles a ON a.id = c.article_id"
CURRENT_CLAIM = "c.article_id NOT IN (SELECT id FROM articles WHERE is_current = 0)"

CLAIM_INSERT = "INSERT INTO claims ({}, article_date) VALUES ({}, ?)".format(
    ", ".join(f'"{name}"' for name in CLAIM_COLUMNS), ", ".join("?" * len(CLAIM_COLUMNS))
)

ARTICLE_INSERT = """
INSERT INTO articles (identity, url, canonical_url, title, author, site, source, published, fetched, lang,
                      text, content_hash, fingerprint, version, previous_id, is_current, extractor_version,
                      created_at)
VALUES (:identity, :url, :canonical_url, :title, :author, :site, :source, :published, :fetched, :lang,
        :text, :content_hash, :fingerprint, :version, :previous_id, 1, :extractor_version, :created_at)
"""
