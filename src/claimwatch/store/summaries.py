"""Per-model summaries (migration m005): claim counts, model versions and the stored digests of answers."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import BinaryIO, Literal

from claimwatch.errors import UsageError
from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.rows import Row, claim_dict
from claimwatch.store.schema import CLAIM_FIELDS, CLAIMS_FROM, COUNTS_REBUILD_SQL, CURRENT_CLAIM, statements
from claimwatch.store.sqlite_errors import is_busy

DIGEST_PARTS = ("summary", "sources", "conflicts", "history")  # the answer columns of model_digests


class ModelSummaries(StoreBase):
    """Reads and writes of the per-model summaries that whole-database answers start from."""

    @translated
    def model_counts(self) -> list[Row]:
        """Current claims per model id and model text (`model_id`, `model`, `claims` > 0), by id and text."""
        return self._all(
            "SELECT model_id, model, claims FROM model_counts WHERE claims > 0 ORDER BY model_id, model"
        )

    @translated
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
                f"SELECT {CLAIM_FIELDS}{CLAIMS_FROM} WHERE c.model_id IN ({marks}) AND {CURRENT_CLAIM} "
                "ORDER BY c.article_date DESC, c.id DESC",
                ids,
            )
        return versions, [claim_dict(row) for row in rows]

    @translated
    def model_versions(self) -> dict[str, int]:
        """Every model id's version (raised by each write that touches its claims)."""
        return dict(self._conn.execute("SELECT model_id, version FROM model_versions").fetchall())

    @translated
    def claim_position(
        self, model_id: str, model: str | None = None, *, last: bool = False
    ) -> tuple[str | None, int] | None:
        """(article_date, id) of the first (or, with `last`, the last) current claim of `model_id` (with
        model text `model`, if given) in `claims()` order; None if it has none."""
        order = "ASC" if last else "DESC"
        text = "c.model = ?2 COLLATE NOCASE AND c.model = ?2 AND " if model is not None else ""
        row = self._conn.execute(
            f"SELECT c.article_date, c.id FROM claims c WHERE {text}c.model_id = ?1 AND {CURRENT_CLAIM} "
            f"ORDER BY c.article_date {order}, c.id {order} LIMIT 1",
            (model_id, model) if model is not None else (model_id,),
        ).fetchone()
        return (row[0], int(row[1])) if row else None

    @translated
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

    @translated
    def digest_total(self, answer: str, tolerance: float) -> tuple[str, str] | None:
        """(signature, JSON text) of a stored merged answer at `tolerance`, or None."""
        row = self._conn.execute(
            "SELECT signature, data FROM digest_totals WHERE answer = ? AND tolerance = ?",
            (answer, float(tolerance)),
        ).fetchone()
        return (row[0], row[1]) if row else None

    @translated
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

    @translated
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

    @translated
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
            if not is_busy(e) and "readonly" not in str(e):
                raise
            return False
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout * 1000):d}")
        return True

    @translated
    def rebuild_model_counts(self) -> None:
        """Recount `model_counts` from the claims and raise every version (for databases filled around the
        store, e.g. by a bulk load; the store's own writes keep them exact)."""

        def rebuild() -> None:
            for statement in statements(COUNTS_REBUILD_SQL):
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
