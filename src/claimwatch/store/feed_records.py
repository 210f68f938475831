"""What collection keeps: feeds, their entries, runs and the fetch log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from claimwatch.errors import StorageError
from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.rows import Row, iso

# fmt: off
FEED_FIELDS = frozenset({
    "url", "name", "lang", "enabled", "status", "etag", "last_modified", "body_hash", "interval_s", "next_due",
    "error_count", "last_error", "last_checked", "last_ok", "redirect_url", "redirect_count",
})
# fmt: on


class FeedRecords(StoreBase):
    """Feeds, feed entries, runs and fetch attempts."""

    @translated
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

    @translated
    def get_feed(self, id_or_url: int | str) -> Row | None:
        """One feed as a dict, by id or URL; None if unknown."""
        if isinstance(id_or_url, int):
            return self._one("SELECT * FROM feeds WHERE id = ?", (id_or_url,))
        return self._one("SELECT * FROM feeds WHERE url = ?", (id_or_url,))

    @translated
    def list_feeds(self, *, due_at: datetime | None = None) -> list[Row]:
        """All feeds by id; with `due_at`, only enabled active feeds whose next_due is unset or <= due_at."""
        if due_at is None:
            return self._all("SELECT * FROM feeds ORDER BY id")
        return self._all(
            "SELECT * FROM feeds WHERE enabled = 1 AND status = 'active' "
            "AND (next_due IS NULL OR next_due <= ?) ORDER BY next_due IS NOT NULL, next_due, id",
            (iso(due_at),),
        )

    @translated
    def update_feed(self, feed_id: int, /, **fields: Any) -> None:
        """Set feed columns (names from FEED_FIELDS only; datetimes stored as UTC ISO text, bools as 0/1)."""
        unknown = set(fields) - FEED_FIELDS
        if unknown:
            raise StorageError(f"unknown feed field(s): {', '.join(sorted(unknown))}")
        if not fields:
            return
        names = sorted(fields)  # every name is one of FEED_FIELDS, never caller text
        values = [
            iso(v) if isinstance(v, datetime) else int(v) if isinstance(v, bool) else v
            for v in (fields[n] for n in names)
        ]
        assignments = ", ".join(f'"{name}" = ?' for name in names)

        def update() -> None:
            cursor = self._conn.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", [*values, feed_id])
            if cursor.rowcount == 0:
                raise StorageError(f"no feed with id {feed_id}")

        self._write(update)

    @translated
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

    @translated
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

    @translated
    def seen_guids(self, feed_id: int) -> set[str]:
        """GUIDs already recorded for a feed (to skip fetching pages of known entries)."""
        return {
            row[0] for row in self._conn.execute("SELECT guid FROM entries WHERE feed_id = ?", (feed_id,))
        }

    @translated
    def start_run(self) -> int:
        """Record the start of a run (status 'running'); returns the run id."""
        return self._write(
            lambda: int(
                self._conn.execute("INSERT INTO runs (started) VALUES (?)", (self._now(),)).lastrowid or 0
            )
        )

    @translated
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

    @translated
    def list_runs(self, limit: int = 20) -> list[Row]:
        """The latest runs, newest first."""
        return self._all("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (int(limit),))

    @translated
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

    @translated
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
