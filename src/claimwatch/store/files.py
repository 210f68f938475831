"""Database files: where they live, consistent copies of them and the lock that one writer holds."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from claimwatch.errors import LockedError, StorageError
from claimwatch.store.sqlite_errors import storage_error

ENV_DB = "CLAIMWATCH_DB"
APP_NAME = "claimwatch"


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
        raise storage_error(source, e) from e


@contextlib.contextmanager
def file_lock(path: str | Path, wait: float) -> Iterator[Path]:
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
