"""Whole-database answers (`models`, `conflicts`, `sources`) and one model's `history` from per-model digests.

`claimwatch.analysis` answers from every claim; over a million claims that is seconds of reading and
computing. Yet each of its answers splits by canonical model: a model's consensus, conflicts, history and
the verdicts on its unofficial figures depend only on that model's claims (its canonical id's name-key
classes, see `analysis.figures`), in their `Store.claims()` order. So:

- The store keeps, in the transaction of every claim write (migration m005), the current claims per model
  id and model text (`model_counts`) and a version per model id that every write touching it raises.
- From those counts, the store's models and aliases and the bundled gazetteer, `Groups` finds each
  canonical model and the raw model ids it gathers, exactly as `analysis.figures` would over all claims.
- A *digest* is one canonical model's share of the answers at one tolerance: its `ModelSummary`, its
  conflicts, per outlet and cited source its part of the reliability tally, and its history (migration
  m006: a model with 100k claims takes seconds to cluster and walk in date order). It
  is computed by the `analysis` functions themselves over that model's claims only, and stored
  (`model_digests`) with a signature: the versions of its model ids, its display name, the tolerance and
  a hash of the code that computes it. A digest whose signature no longer matches is computed again, never used.
- The answers merge the digests (a sort, sums): `models` and `sources` read ~1 small row per model,
  `history MODEL` and `conflicts MODEL` one row. The merged `sources` answer, and `conflicts` over all
  models as the JSON the command prints (tens of MB at a million claims: merging and rendering it takes
  ~1 s), are stored too (`digest_totals`), valid while the signatures of all models match.

Digests that are missing or stale are computed when a query needs them (and saved if the database is free:
a query never waits for a writer), or ahead of queries by `refresh` (the end of a collection run).
Results are identical to `analysis.summaries / conflicts / reliability / history` over `Store.claims()`
(tests/test_digests.py compares them).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import TypeAdapter

from claimwatch.analysis import (
    DEFAULT_TOLERANCE,
    Conflict,
    Figure,
    HistoryEntry,
    ModelSummary,
    Reliability,
    Side,
    _gc_paused,
    conflicts,
    figures,
    history,
    resolve,
    source_key,
    summaries,
)
from claimwatch.extract.gazetteer import name_key
from claimwatch.output import render

DIGEST_FORMAT = 3  # 3: bounded answers (a side's 5 earliest URLs and `urls_total`, one change per status)
# the code a digest depends on: a change to any of these files makes every stored digest stale
_CODE_FILES = (
    "analysis.py",
    "digests.py",
    "reference.py",
    "extract/tags.py",
    "extract/gazetteer.py",
    "output.py",  # renders the stored `conflicts` JSON
)
Position = tuple[bool, str, int]  # a claim's place in `Store.claims()` order: larger comes first


@functools.cache
def code_hash() -> str:
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(str(DIGEST_FORMAT).encode())
    for name in _CODE_FILES:
        path = root / name
        digest.update(path.read_bytes() if path.is_file() else b"-")
    return digest.hexdigest()[:16]


def position(claim: Mapping[str, Any]) -> Position:
    """Where a `Store.claims()` row sorts: by article date (published, else fetched) newest first, undated
    last, then by claim id, newest first. The larger position comes first."""
    dated = claim["published"] if claim["published"] is not None else claim["fetched"]
    return (dated is not None, dated or "", int(claim["id"]))


def _stored_position(found: tuple[str | None, int] | None) -> Position | None:
    return None if found is None else (found[0] is not None, found[0] or "", found[1])


# --- canonical models -----------------------------------------------------------------------------


@dataclass
class Groups:
    """The canonical models of a store and the model ids each gathers, as `analysis.figures` decides them."""

    store: Any
    names: dict[str, str]  # display name by model id (bundled gazetteer, then the store's models)
    aliases: dict[str, str]  # name key -> model id (`figures`' aliases)
    bundled: Mapping[str, str]  # the gazetteer's name keys
    models: list[dict[str, Any]]  # `Store.models()`
    texts: list[dict[str, Any]]  # `Store.model_counts()`
    counts: dict[str, int] = field(default_factory=dict)  # current claims per model id
    canonical: dict[str, str] = field(default_factory=dict)  # model id -> canonical id
    members: dict[str, list[str]] = field(default_factory=dict)  # canonical id -> model ids, sorted

    @classmethod
    def of(cls, store: Any) -> Groups:
        from claimwatch.extract.gazetteer import default_gazetteer
        from claimwatch.reference import name_index

        gazetteer = default_gazetteer()
        models = store.models()
        names = {m_id: entry.name for m_id, entry in gazetteer.models.items()}
        names.update({m["id"]: m["name"] for m in models})
        aliases = name_index(models, (), gazetteer.model_index.keys)
        groups = cls(store, names, aliases, gazetteer.model_index.keys, models, store.model_counts())
        groups._canonicalize()
        return groups

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def _canonicalize(self) -> None:
        """`analysis.figures`' canonical ids: per name key the most used model id (ties: the one whose
        claim comes first in `Store.claims()` order), unless an alias names the key's model."""
        for row in self.texts:
            self.counts[row["model_id"]] = self.counts.get(row["model_id"], 0) + row["claims"]
        by_key: dict[str, list[str]] = {}
        for model_id in self.counts:
            by_key.setdefault(name_key(model_id), []).append(model_id)
        for key, ids in by_key.items():
            target = self.aliases.get(key) or self._most_used(ids)
            for model_id in ids:
                self.canonical[model_id] = target
        for model_id, target in sorted(self.canonical.items()):
            self.members.setdefault(target, []).append(model_id)

    def _most_used(self, ids: list[str]) -> str:
        if len(ids) == 1:
            return ids[0]
        top = max(self.counts[i] for i in ids)
        tied = [i for i in ids if self.counts[i] == top]
        if len(tied) == 1:
            return tied[0]
        return max(tied, key=lambda i: _stored_position(self.store.claim_position(i)) or (False, "", 0))

    def signature(self, model_id: str, versions: Mapping[str, int], tolerance: float) -> str:
        members = self.members[model_id]
        return json.dumps(
            [
                code_hash(),
                float(tolerance),
                self.names.get(model_id),
                [[m, versions.get(m, 0)] for m in members],
            ]
        )

    def claims(self, model_id: str) -> tuple[dict[str, int], list[dict[str, Any]]]:
        """The versions of a canonical model's ids and its claims (in `Store.claims()` order)."""
        return self.store.claims_of_models(self.members[model_id])

    def figures(self, claims: Sequence[Mapping[str, Any]]) -> list[Figure]:
        """Claims of one canonical model as `analysis.figures` makes them over all claims."""
        return figures(claims, self.aliases, self.names)

    # -- names

    def index_value(self, key: str) -> str | None:
        """`reference.name_index(store models, all claims, gazetteer keys)[key]`, read from the counts."""
        if not key:
            return None
        winner = None
        for model in self.models:  # the store's models come last there: they win
            for name in (model["id"], model.get("name"), *model.get("aliases", ())):
                if name and name_key(name) == key:
                    winner = model["id"]
        if winner is not None:
            return winner
        by_id = [m for m in self.counts if name_key(m) == key]
        if by_id:  # every claim sets its id's key: the last claim (in claims() order) wins
            if len(by_id) == 1:
                return by_id[0]
            return min(by_id, key=lambda m: _stored_position(self.store.claim_position(m, last=True)))
        if key in self.bundled:
            return self.bundled[key]
        by_text = [(r["model_id"], r["model"]) for r in self.texts if name_key(r["model"]) == key]
        if not by_text:  # else the first claim whose text has the key
            return None
        if len(by_text) == 1:
            return by_text[0][0]
        return max(by_text, key=lambda p: _stored_position(self.store.claim_position(p[0], p[1])))[0]

    def model_id(self, name: str) -> str | None:
        """The canonical model `name` refers to (as the answer commands resolve names), or None."""
        model_id = self.index_value(name_key(name))
        model_id = self.canonical.get(model_id or "", model_id)
        return model_id if model_id in self.members else None


# --- digests ------------------------------------------------------------------------------------


def digest(groups: Groups, model_id: str, claims: Sequence[Mapping[str, Any]], tolerance: float) -> dict:
    """One canonical model's share of `models`, `sources` and `conflicts`, and its `history` (JSON-ready,
    by DIGEST_PARTS)."""
    figs = groups.figures(claims)
    (summary,) = summaries(figs, tolerance)
    sides: dict[int, int] = {}
    side_rows: list[dict[str, Any]] = []
    pairs = []
    for c in conflicts(figs, tolerance):
        refs = []
        for side in (c.a, c.b):
            if id(side) not in sides:
                sides[id(side)] = len(side_rows)
                side_rows.append(side.model_dump())
            refs.append(sides[id(side)])
        pairs.append([c.scope, c.kind, refs[0], refs[1], c.ratio, c.model])
    return {
        "summary": summary.model_dump(),
        "sources": _tally_parts(figs, [position(c) for c in claims], tolerance),
        "conflicts": {"sides": side_rows, "pairs": pairs},
        "history": [entry.model_dump() for entry in history(figs, model_id, tolerance)],
    }


def _tally_parts(figs: list[Figure], places: list[Position], tolerance: float) -> dict[str, dict]:
    """`analysis.reliability`'s tally of these figures per outlet and cited source, in parts that add up
    over models: claims, officials, the verdicts of distinct unofficial figures, and each name's count
    with the place of its first claim (for the name shown)."""
    verdicts = {id(f): v for f, v, _ in resolve(figs, tolerance)}
    out: dict[str, dict] = {}
    for kind in ("outlet", "cited"):
        groups: dict[str, list[int]] = {}
        for i, f in enumerate(figs):
            name = f.outlet if kind == "outlet" else f.attributed_to
            if name:
                groups.setdefault(source_key(name), []).append(i)
        parts = {}
        for key, members in groups.items():
            names: dict[str, list[Any]] = {}
            for i in members:
                name = figs[i].outlet if kind == "outlet" else figs[i].attributed_to
                if name in names:
                    names[name][0] += 1
                    names[name][1] = max(names[name][1], places[i])
                else:
                    names[name] = [1, places[i]]
            counted: dict[tuple[Any, ...], str] = {}
            for i in sorted(members, key=lambda i: figs[i].date):
                f = figs[i]
                if id(f) in verdicts:
                    counted.setdefault((f.model_id, f.scope, f.low, f.high), verdicts[id(f)])
            tally = Counter(counted.values())
            parts[key] = {
                "names": {name: [n, list(place)] for name, (n, place) in names.items()},
                "counts": [
                    len(members),
                    sum(figs[i].status == "official" for i in members),
                    len(counted),
                    tally["confirmed"],
                    tally["contradicted"],
                    tally["pending"],
                ],
            }
        out[kind] = parts
    return out


def signatures(groups: Groups, tolerance: float) -> dict[str, str]:
    """The current signature of every canonical model's digest at `tolerance`, by model id."""
    versions = groups.store.model_versions()
    return {m: groups.signature(m, versions, tolerance) for m in sorted(groups.members)}


def load(
    groups: Groups,
    tolerance: float,
    part: str,
    signed: Mapping[str, str] | None = None,
    only: Sequence[str] | None = None,
    raw: bool = False,
) -> dict[str, Any]:
    """One part (`summary`, `sources`, `conflicts` or `history`) of every canonical model's digest (or of
    the models `only`) at `tolerance`: stored ones whose signature matches, the others computed from their
    claims (all parts) and stored if the database is free. With `raw`, each part as its JSON text."""
    tolerance = float(tolerance)
    if signed is None:
        versions = groups.store.model_versions()
        signed = {
            m: groups.signature(m, versions, tolerance)
            for m in (sorted(groups.members) if only is None else only)
        }
    elif only is not None:
        signed = {m: signed[m] for m in only}
    stored = groups.store.model_digests(tolerance, part, only)
    out: dict[str, Any] = {}
    fresh: dict[str, tuple[str, dict[str, str]]] = {}
    for model_id, signature in signed.items():
        found = stored.get(model_id)
        if found is not None and found[0] == signature:
            out[model_id] = found[1] if raw else json.loads(found[1])
            continue
        now, claims = groups.claims(model_id)  # versions and claims of one snapshot
        made = digest(groups, model_id, claims, tolerance)
        texts = {name: json.dumps(value, separators=(",", ":")) for name, value in made.items()}
        out[model_id] = texts[part] if raw else made[part]
        fresh[model_id] = (groups.signature(model_id, now, tolerance), texts)
    if fresh:
        groups.store.save_digests(tolerance, fresh)
    return out


def _total_signature(signed: Mapping[str, str]) -> str:
    return hashlib.sha256(json.dumps(signed, sort_keys=True).encode()).hexdigest()


def refresh(store: Any, tolerance: float = DEFAULT_TOLERANCE) -> int:
    """Compute and store the digests (and the merged `sources` answer) that are missing or stale, e.g. at
    the end of a run, so that the next query reads them; returns how many models were computed. The merged
    `conflicts` JSON is left to the first query that asks for it: rendering it holds every conflict in
    memory at once (160 MB at the end of a 2,000-article bench run), more than a cron run may use."""
    groups = Groups.of(store)
    signed = signatures(groups, tolerance)
    stored = store.model_digests(float(tolerance), "summary")
    stale = sum(stored.get(m, ("",))[0] != sig for m, sig in signed.items())
    source_rows(groups, tolerance, signed)
    if set(stored) - set(signed):
        store.prune_model_digests(signed)
    return stale


# --- answers ------------------------------------------------------------------------------------


def model_summaries(groups: Groups, tolerance: float = DEFAULT_TOLERANCE) -> list[ModelSummary]:
    """= `analysis.summaries(figures of all claims)`."""
    parts = load(groups, tolerance, "summary")
    return [ModelSummary.model_validate(parts[m]) for m in sorted(parts)]


def all_conflicts(
    groups: Groups, tolerance: float = DEFAULT_TOLERANCE, model_id: str | None = None
) -> list[Conflict]:
    """= `analysis.conflicts(figures of all claims)` (those of `model_id`, if given): each model's
    conflicts (in its own order), then the same stable sort."""
    parts = load(groups, tolerance, "conflicts", only=None if model_id is None else [model_id])
    out: list[Conflict] = []
    with _gc_paused():
        for model_id in sorted(parts):
            out += model_conflicts(model_id, parts[model_id])
        out.sort(
            key=lambda c: (-(c.a.status == "official") - (c.b.status == "official"), -c.ratio, c.model_id)
        )
    return out


def model_conflicts(model_id: str, part: Mapping[str, Any]) -> list[Conflict]:
    """A model's stored conflicts as objects. Not validated again: the JSON is `model_dump()` of objects
    that were (same code, by the signature), and objects equal by their fields."""
    sides = [Side.model_construct(**row) for row in part["sides"]]
    return [
        Conflict.model_construct(
            model_id=model_id, model=model, scope=scope, kind=kind, a=sides[a], b=sides[b], ratio=ratio
        )
        for scope, kind, a, b, ratio, model in part["pairs"]
    ]


def conflict_rows(
    groups: Groups,
    tolerance: float = DEFAULT_TOLERANCE,
    model_id: str | None = None,
    signed: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The `conflicts` command's rows: each of `all_conflicts(groups, tolerance, model_id)` as its fields,
    then each side's fields prefixed `a_`, `b_`; made from the stored sides and pairs without the objects."""
    parts = load(groups, tolerance, "conflicts", signed, only=None if model_id is None else [model_id])
    rows: list[dict[str, Any]] = []
    with _gc_paused():
        for m in sorted(parts):
            sides = [
                tuple({f"{name}_{k}": v for k, v in side.items()} for name in ("a", "b"))
                for side in parts[m]["sides"]
            ]
            rows += [
                {"model_id": m, "model": model, "scope": scope, "kind": kind, "ratio": ratio}
                | sides[a][0]
                | sides[b][1]
                for scope, kind, a, b, ratio, model in parts[m]["pairs"]
            ]
        rows.sort(
            key=lambda r: (
                -(r["a_status"] == "official") - (r["b_status"] == "official"),
                -r["ratio"],
                r["model_id"],
            )
        )
    return rows


def write_conflicts_json(
    groups: Groups,
    out: BinaryIO | None,
    tolerance: float = DEFAULT_TOLERANCE,
    signed: Mapping[str, str] | None = None,
) -> None:
    """Write the conflicts of all models as `claimwatch conflicts --format json` prints them (`output.render`
    of `conflict_rows`, UTF-8) to `out`: the stored merged answer, streamed from the database, or, when a
    model's digest changed, merged again (~1 s at a million claims) and stored. With `out` None, only make
    sure that it is stored."""
    signed = signed if signed is not None else signatures(groups, tolerance)
    total = _total_signature(signed)
    if groups.store.copy_digest_total("conflicts", tolerance, total, out):
        return
    text = io.StringIO()
    render(conflict_rows(groups, tolerance, signed=signed), "json", stream=text)
    data = text.getvalue()
    groups.store.save_digests(tolerance, {}, {"conflicts": (total, data)})
    if out is not None:
        out.write(data.encode("utf-8"))


def source_rows(
    groups: Groups, tolerance: float = DEFAULT_TOLERANCE, signed: Mapping[str, str] | None = None
) -> list[Reliability]:
    """= `analysis.reliability(figures of all claims)`: the models' tallies added up per source (the sum
    itself stored too, and read back while no model's digest changed)."""
    signed = signed if signed is not None else signatures(groups, tolerance)
    total = _total_signature(signed)
    found = groups.store.digest_total("sources", tolerance)
    if found is not None and found[0] == total:
        return [Reliability.model_validate(row) for row in json.loads(found[1])]
    rows = _merge_sources(load(groups, tolerance, "sources", signed))
    data = json.dumps([row.model_dump() for row in rows], separators=(",", ":"))
    groups.store.save_digests(tolerance, {}, {"sources": (total, data)})
    return rows


def _merge_sources(parts: Mapping[str, dict]) -> list[Reliability]:
    rows = []
    for kind in ("outlet", "cited"):
        names: dict[str, dict[str, list[Any]]] = {}
        counts: dict[str, list[int]] = {}
        for part in parts.values():
            for key, entry in part[kind].items():
                if key not in counts:
                    counts[key] = list(entry["counts"])
                    names[key] = {n: list(v) for n, v in entry["names"].items()}
                    continue
                counts[key] = [a + b for a, b in zip(counts[key], entry["counts"], strict=True)]
                seen = names[key]
                for name, (n, place) in entry["names"].items():
                    if name in seen:
                        seen[name] = [seen[name][0] + n, max(seen[name][1], place)]
                    else:
                        seen[name] = [n, place]
        for key, (claims, official, unofficial, confirmed, contradicted, pending) in counts.items():
            shown = max(names[key].items(), key=lambda item: (item[1][0], item[1][1]))[0]
            rows.append(
                Reliability(
                    source=shown,
                    kind=kind,
                    claims=claims,
                    official=official,
                    unofficial=unofficial,
                    confirmed=confirmed,
                    contradicted=contradicted,
                    pending=pending,
                )
            )
    return sorted(rows, key=lambda r: (r.kind != "outlet", -(r.confirmed + r.contradicted), r.source.lower()))


def model_history(groups: Groups, model_id: str, tolerance: float = DEFAULT_TOLERANCE) -> list[HistoryEntry]:
    """= `analysis.history(figures of all claims, model_id, tolerance)`, from the model's digest."""
    text = load(groups, tolerance, "history", only=[model_id], raw=True)[model_id]
    with _gc_paused():  # many nested objects for a model with many figures
        return _history_adapter().validate_json(text)


@functools.cache
def _history_adapter() -> TypeAdapter[list[HistoryEntry]]:
    return TypeAdapter(list[HistoryEntry])


def history_rows(groups: Groups, model_id: str, tolerance: float = DEFAULT_TOLERANCE) -> list[dict[str, Any]]:
    """= `[entry.model_dump() for entry in model_history(...)]`, without making the objects (the CLI's rows)."""
    return json.loads(load(groups, tolerance, "history", only=[model_id], raw=True)[model_id])


def model_figures(groups: Groups, model_id: str) -> list[Figure]:
    """One canonical model's figures, as `analysis.figures` makes them over all claims."""
    return groups.figures(groups.claims(model_id)[1])
