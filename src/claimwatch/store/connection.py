"""The connection under every Store: opening, migrating, transactions with busy retry, and row helpers."""

from __future__ import annotations

import contextlib
import functools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Self, TypeVar

from claimwatch.errors import StorageError
from claimwatch.store.files import file_lock
from claimwatch.store.rows import Row, iso
from claimwatch.store.schema import MIGRATIONS, MIGRATIONS_TABLE, Migration
from claimwatch.store.sqlite_errors import is_busy, storage_error

if TYPE_CHECKING:
    import sqlite_utils

MIN_SQLITE_VERSION = (3, 37, 0)  # STRICT tables; also gives RETURNING, UPSERT, FTS5
BUSY_TIMEOUT_S = 30.0
BUSY_ATTEMPTS = 5

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound="StoreBase")


def translated(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, OverflowError) as e:
            raise storage_error(self.path, e) from e

    return wrapper


def _require_sqlite_version() -> None:
    if sqlite3.sqlite_version_info < MIN_SQLITE_VERSION:
        wanted = ".".join(map(str, MIN_SQLITE_VERSION))
        raise StorageError(f"SQLite {sqlite3.sqlite_version} is too old; claimwatch needs {wanted} or newer")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class StoreBase:
    """What every part of `Store` stands on: the connection, its migrations, transactions and row helpers."""

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
            raise storage_error(self.path, e) from e
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
            raise storage_error(self.path, e) from e
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

    def __enter__(self) -> Self:
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
        return file_lock(path, wait)

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

    @translated
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
            self._conn.execute(MIGRATIONS_TABLE)
            fn(self._db)
            self._conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, ?)", (name, self._now()))
            self._conn.execute(f"PRAGMA user_version = {index + 1:d}")

        try:
            self._write(apply)
        except sqlite3.Error as e:
            raise StorageError(f"{self.path}: migration {name} failed ({e})") from e

    # -- transactions

    def _now(self) -> str:
        return iso(self._clock()) or ""

    def _retry_busy(self, fn: Callable[[], R]) -> R:
        """Run `fn`, retrying the whole of it on SQLITE_BUSY/LOCKED with jittered exponential backoff."""
        for attempt in range(BUSY_ATTEMPTS):
            try:
                return fn()
            except sqlite3.OperationalError as e:
                if not is_busy(e):
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
    def transaction(self) -> Iterator[Self]:
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
            raise storage_error(self.path, e) from e
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
            raise storage_error(self.path, e) from e

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
