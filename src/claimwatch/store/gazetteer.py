"""The gazetteer: models, orgs and their aliases, and merging one model into another."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from claimwatch.errors import StorageError
from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.rows import Row


class Gazetteer(StoreBase):
    """The known models and orgs."""

    def _merges(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT src_id, dst_id FROM model_merges").fetchall())

    @translated
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

    @translated
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

    @translated
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

    @translated
    def models(self) -> list[Row]:
        """All models with their aliases (a list), ordered by id."""
        rows = self._all("SELECT id, name, org, family FROM models ORDER BY id")
        aliases: dict[str, list[str]] = {}
        for alias, model_id in self._conn.execute("SELECT alias, model_id FROM model_aliases ORDER BY alias"):
            aliases.setdefault(model_id, []).append(alias)
        for row in rows:
            row["aliases"] = aliases.get(row["id"], [])
        return rows
