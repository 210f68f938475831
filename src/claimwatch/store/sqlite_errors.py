"""sqlite3 errors as claimwatch sees them: "busy" tests and one-line StorageError messages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from claimwatch.errors import StorageError


def is_busy(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(error).lower()
    return "database is locked" in text or "database is busy" in text


def storage_error(path: Path, error: Exception) -> StorageError:
    """One-line StorageError naming the database for a sqlite3 (or binding) error."""
    message = " ".join(str(error).split()) or type(error).__name__
    if "file is not a database" in message:
        return StorageError(f"{path} is not a claimwatch database (file is not a database)")
    if "unable to open database file" in message:
        return StorageError(f"cannot open {path} (unable to open database file)")
    if "readonly database" in message:
        return StorageError(f"{path} is read-only ({message})")
    if is_busy(error):
        return StorageError(f"{path} is locked by another process ({message})")
    return StorageError(f"{path}: {message}")
