"""Tables other modules keep here: reference figures (claimwatch.reference), backfill positions (backfill)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.rows import Row

REFERENCE_FIELDS = ("model", "model_id", "size_tag", "org", "published", "params", "confidence", "link")


class SideTables(StoreBase):
    """Reference figures and backfill positions."""

    @translated
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

    @translated
    def reference_models(self) -> list[Row]:
        """All reference rows, by dataset and row order."""
        return self._all("SELECT * FROM reference_models ORDER BY dataset, id")

    # -- backfill positions

    @translated
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

    @translated
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
