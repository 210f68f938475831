"""Upkeep: integrity checks, rebuilding the search index, statistics and the WAL checkpoint."""

from __future__ import annotations

import sqlite3

from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.sqlite_errors import is_busy


class Maintenance(StoreBase):
    """Checks and end-of-run upkeep."""

    @translated
    def quick_check(self) -> list[str]:
        """PRAGMA quick_check problems (empty when fine); cheap enough for the start of every run."""
        return [row[0] for row in self._conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]

    @translated
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
            if is_busy(e):
                raise
            return [f"full-text index does not match articles ({e}); run rebuild_search_index()"]
        return []

    @translated
    def rebuild_search_index(self) -> None:
        """Rebuild the full-text index from the articles table."""
        self._write(lambda: self._conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"))

    @translated
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
            if not is_busy(e):
                raise
