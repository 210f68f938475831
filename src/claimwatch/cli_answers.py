"""Query commands: models, history, conflicts, sources, search, show, reference, check, alias, report, export.

Thin: open the store, read claims, call `claimwatch.analysis` / `reference` / `report`, render. Nothing here
imports the network stack. Exit codes: 0 fine, 1 nothing to show (empty database, no match), 2 bad usage or
a database problem; every failure is one line on stderr.

Like `cli_collect`, this module imports `claimwatch.cli` only inside functions (`python -m claimwatch.cli`
runs that module as `__main__`; a module-level import from here would import it a second time), so the
`--db` and `--format` options are declared here the same way as there.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import difflib
import io
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NoReturn

import click

from claimwatch.cli_options import DB_OPTION, FORMAT_OPTION, TEXT, FiniteRange
from claimwatch.output import default_format, human_count, printable_path, render

TOLERANCE_OPTION = click.option(
    "--tolerance",
    type=FiniteRange(0, 10),
    default=0.1,
    show_default=True,
    help="Relative difference below which two figures agree.",
)
MODEL_COLUMNS = [
    "model",
    "org",
    "total",
    "active",
    "variants",
    "status",
    "confidence",
    "sources",
    "first_seen",
    "basis",
]
CONFLICT_COLUMNS = [
    "model",
    "scope",
    "kind",
    "a_status",
    "a_params",
    "a_sources",
    "b_status",
    "b_params",
    "b_sources",
    "ratio",
]
HISTORY_COLUMNS = [
    "first_date",
    "scope",
    "figure",
    "first_status",
    "first_outlet",
    "status_path",
    "repeated_by",
    "cited",
]
SOURCE_COLUMNS = [
    "source",
    "kind",
    "claims",
    "official",
    "unofficial",
    "confirmed",
    "contradicted",
    "pending",
]
CHECK_COLUMNS = [
    "model",
    "variant",
    "ours",
    "our_status",
    "reference",
    "reference_model",
    "reference_confidence",
    "verdict",
    "ratio",
]
EXPORT_COLUMNS = [
    "id",
    "article_id",
    "model",
    "model_id",
    "canonical_model_id",
    "org",
    "params",
    "params_high",
    "scope",
    "status",
    "approx",
    "variant",
    "attributed_to",
    "independent_source",
    "site",
    "url",
    "title",
    "published",
    "fetched",
    "lang",
    "evidence",
    "extractor_version",
]
VERDICT_ORDER = {"disagree": 0, "agree": 1, "reference blank": 2, "not in reference": 3}


def register(group: click.Group) -> None:
    """Add the query commands to the main group."""
    for command in (
        models,
        history,
        conflicts,
        sources,
        search,
        show,
        reference,
        check,
        alias,
        report,
        export,
    ):
        group.add_command(command)


# --- helpers ------------------------------------------------------------------------------------


def _fail(message: str, code: int = 2) -> NoReturn:
    from claimwatch.cli import fail

    fail(message, code)
    raise SystemExit(code)


@contextlib.contextmanager
def _store(db_path: str | None) -> Iterator[Any]:
    from claimwatch.cli import open_store

    with open_store(db_path, must_exist=True) as store:
        yield store


def _emit(rows: Sequence[dict[str, Any]], fmt: str | None, columns: list[str], title: str) -> None:
    fmt = fmt or default_format()
    if fmt == "table":
        rows = [{k: _cell(v) for k, v in _ranges(row).items()} for row in rows]
    elif fmt == "csv":
        rows = [
            {k: " ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()} for row in rows
        ]
    render(rows, fmt, columns if fmt in ("table", "csv") else None, title=title)


def _ranges(row: dict[str, Any]) -> dict[str, Any]:
    """For a table: a count with a high end ('total' + 'total_high') shown as one range, '8B–70B'."""
    row = dict(row)
    for key, high in list(row.items()):
        base = key.removesuffix("_high")
        if key.endswith("_high") and high and isinstance(row.get(base), int):
            row[base] = f"{human_count(row[base])}–{human_count(high)}"
    return row


def _cell(value: Any) -> Any:
    """For a table: lists as comma-separated text, counts as 1.76T, ISO times as dates (output.render
    escapes rich markup in every cell: stored text is untrusted, and search snippets mark hits with [brackets])."""
    if isinstance(value, list):
        return ", ".join(human_count(v) if isinstance(v, int) else str(v) for v in value)
    if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10:11] == "T":
        return value[:10]
    return value


class _Data:
    """Claims of a store as analysis figures, with the name lookups the commands need."""

    def __init__(self, store: Any) -> None:
        from claimwatch.analysis import figures
        from claimwatch.extract.gazetteer import default_gazetteer
        from claimwatch.reference import name_index

        self.claims = store.claims()
        if not self.claims:
            _fail(
                f"no claims stored in {store.path} yet (run 'claimwatch ingest' or 'claimwatch run' first)", 1
            )
        self.models = store.models()
        gazetteer = default_gazetteer()
        names = {m_id: entry.name for m_id, entry in gazetteer.models.items()}
        names.update({m["id"]: m["name"] for m in self.models})
        self.index = name_index(self.models, self.claims, gazetteer.model_index.keys)
        self.figs = figures(self.claims, name_index(self.models, (), gazetteer.model_index.keys), names)
        self.canonical = {c["model_id"]: f.model_id for c, f in zip(self.claims, self.figs, strict=True)}

    def model_id(self, name: str) -> str:
        """The model id `name` refers to, or a one-line failure suggesting close names."""
        from claimwatch.extract.gazetteer import name_key

        known = {f.model_id for f in self.figs}
        model_id = self.index.get(name_key(name))
        model_id = self.canonical.get(model_id or "", model_id)
        if model_id in known:
            return str(model_id)
        candidates = [f.model for f in self.figs] + sorted(known)
        for m in self.models:
            candidates += [m["name"], *m["aliases"]]
        _fail(f"no claims about {name!r}{_suggest(name, candidates)}", 1)


def _groups(store: Any) -> Any:
    """The store's canonical models (`claimwatch.digests.Groups`), or the one-line failure of an empty store."""
    from claimwatch.digests import Groups

    groups = Groups.of(store)
    if not groups.total:
        _fail(f"no claims stored in {store.path} yet (run 'claimwatch ingest' or 'claimwatch run' first)", 1)
    return groups


def _model_id(store: Any, groups: Any, name: str) -> str:
    """`_Data.model_id` without reading every claim; an unknown name fails through `_Data` (suggestions)."""
    found = groups.model_id(name)
    return str(found) if found is not None else _Data(store).model_id(name)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{option}: {value!r} is not a date like 2024-05-01")


def _suggest(name: str, candidates: Iterable[str]) -> str:
    """'; did you mean ...?' with up to three close names (one spelling per name key), or ''."""
    from claimwatch.extract.gazetteer import name_key

    by_key: dict[str, str] = {}
    for candidate in candidates:
        if candidate:
            by_key.setdefault(name_key(candidate), candidate)
    lowered = {c.lower(): c for c in by_key.values()}
    close = difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.6)
    return "; did you mean " + ", ".join(repr(lowered[c]) for c in close) + "?" if close else ""


# --- models, history, conflicts, sources ----------------------------------------------------------


@click.command()
@TOLERANCE_OPTION
@DB_OPTION
@FORMAT_OPTION
def models(tolerance: float, db_path: str | None, fmt: str | None) -> None:
    """Every model: consensus size (total/active), status of the best evidence, sources, first seen."""
    from claimwatch.digests import model_summaries

    with _store(db_path) as store:
        found = model_summaries(_groups(store), tolerance)
    rows = []
    for s in found:
        best = s.total or s.active
        rows.append(
            {
                "model_id": s.model_id,
                "model": s.model,
                "org": s.org,
                "total": s.total.params if s.total else None,
                "total_high": s.total.params_high if s.total else None,
                "active": s.active.params if s.active else None,
                "active_high": s.active.params_high if s.active else None,
                "variants": s.variants,
                "status": best.status if best else None,
                "confidence": best.confidence if best else None,
                "basis": best.basis if best else "size variants only",
                "sources": s.sources,
                "claims": s.claims,
                "first_seen": s.first_seen,
            }
        )
    _emit(rows, fmt, MODEL_COLUMNS, "models")


@click.command()
@click.argument("model", type=TEXT)
@TOLERANCE_OPTION
@DB_OPTION
@FORMAT_OPTION
def history(model: str, tolerance: float, db_path: str | None, fmt: str | None) -> None:
    """MODEL's timeline: each figure, when and where it first appeared, who repeated it, status changes."""
    from claimwatch.digests import history_rows

    with _store(db_path) as store:
        groups = _groups(store)
        model_id = _model_id(store, groups, model)
        rows = history_rows(groups, model_id, tolerance)  # `HistoryEntry.model_dump()`s
    for row in rows:
        row["figure"] = (
            human_count(row["params"])
            + (f"–{human_count(row['params_high'])}" if row["params_high"] else "")
            + (" (variant)" if row["variant"] else "")
        )
        row["status_path"] = " → ".join(f"{c['status']} ({c['date'][:10]})" for c in row["changes"])
    _emit(rows, fmt, HISTORY_COLUMNS, f"history of {rows[0]['model']}")


@click.command()
@click.argument("model", type=TEXT, required=False)
@TOLERANCE_OPTION
@DB_OPTION
@FORMAT_OPTION
def conflicts(model: str | None, tolerance: float, db_path: str | None, fmt: str | None) -> None:
    """Models whose sources disagree beyond the tolerance, each side with its sources."""
    from claimwatch.digests import conflict_rows

    fmt = fmt or default_format()
    with _store(db_path) as store:
        groups = _groups(store)
        model_id = _model_id(store, groups, model) if model else None
        if model_id is None and fmt in ("json", "jsonl"):  # tens of MB at 1M claims: printed as stored
            _print_conflicts_json(groups, tolerance, fmt)
            return
        rows = conflict_rows(groups, tolerance, model_id)
    _emit(rows, fmt, CONFLICT_COLUMNS, "conflicts")


def _print_conflicts_json(groups: Any, tolerance: float, fmt: str) -> None:
    """All conflicts in `fmt` (json or jsonl) from `digests.write_conflicts_json` (`output.render`'s JSON as
    UTF-8): as json streamed from the database to stdout (63 MB at 1M claims; the read transaction stays open
    until the reader has taken it all), as JSON lines read whole first: in the JSON each row is one line and
    rows are separated by ",\n", which occurs nowhere else (JSON escapes newlines in strings)."""
    from claimwatch.digests import write_conflicts_json

    stream = sys.stdout
    utf8 = codecs.lookup(stream.encoding or "ascii").name == "utf-8" and hasattr(stream, "buffer")
    if fmt == "json" and utf8:
        stream.flush()
        write_conflicts_json(groups, stream.buffer, tolerance)
        stream.buffer.flush()
        return
    out = io.BytesIO()
    write_conflicts_json(groups, out, tolerance)
    data = out.getvalue()
    if fmt == "jsonl":
        data = data[2:-3].replace(b",\n", b"\n") + b"\n" if data != b"[]\n" else b""
    if utf8:
        stream.buffer.write(data)
        stream.buffer.flush()
    else:
        stream.write(data.decode("utf-8"))


@click.command()
@TOLERANCE_OPTION
@DB_OPTION
@FORMAT_OPTION
def sources(tolerance: float, db_path: str | None, fmt: str | None) -> None:
    """Per outlet and cited source: claims, and unofficial figures later confirmed or contradicted."""
    from claimwatch.digests import source_rows

    with _store(db_path) as store:
        found = source_rows(_groups(store), tolerance)
    rows = [{**r.model_dump(), "summary": r.summary} for r in found]
    _emit(rows, fmt, SOURCE_COLUMNS, "sources")


# --- articles -----------------------------------------------------------------------------------


@click.command()
@click.argument("query", type=TEXT)
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--raw", is_flag=True, help='Pass FTS5 query syntax through (AND, OR, NEAR, "phrases").')
@DB_OPTION
@FORMAT_OPTION
def search(query: str, limit: int, raw: bool, db_path: str | None, fmt: str | None) -> None:
    """Full-text search over stored articles, best first, with [highlighted] snippets."""
    with _store(db_path) as store:
        rows = store.search(query, limit, raw=raw)
    if not rows:
        _fail(f"no articles match {query!r}", 1)
    _emit(rows, fmt, ["id", "published", "site", "title", "snippet"], f"articles matching {query!r}")


@click.command()
@click.argument("article", type=TEXT)
@DB_OPTION
@FORMAT_OPTION
def show(article: str, db_path: str | None, fmt: str | None) -> None:
    """An article (id or URL): its metadata, claims and the sentences they came from."""
    with _store(db_path) as store:
        row = store.article(article)
    if row is None:
        _fail(f"no article {article!r} (give an id from 'claimwatch search' or a stored URL)", 1)
    row.pop("text", None)
    fmt = fmt or default_format()
    if fmt in ("json", "jsonl"):
        render([row], fmt)
        return
    claims = row.pop("claims")
    if fmt == "table":
        meta = [{"field": k, "value": _cell(v)} for k, v in row.items() if k != "appearances"]
        meta += [{"field": "appeared as", "value": a["url"]} for a in row["appearances"]]
        render(meta, "table", ["field", "value"], title=f"article {row['id']}")
    columns = ["model", "params", "params_high", "scope", "status", "attributed_to", "evidence"]
    render(claims, fmt, columns, title="claims")


# --- reference and check ------------------------------------------------------------------------


@click.group()
def reference() -> None:
    """Curated reference figures (Epoch AI, 'Data on AI Models', CC BY 4.0)."""


@reference.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--dataset",
    type=TEXT,
    help="Name for these rows (default: the file name); importing it again replaces them.",
)
@DB_OPTION
def reference_import(file: str, dataset: str | None, db_path: str | None) -> None:
    """Load Epoch AI's model table (CSV) as reference figures."""
    from claimwatch.reference import ATTRIBUTION, load_reference

    dataset = dataset or printable_path(Path(file).name)  # a file name's undecodable bytes cannot be stored
    with _store(db_path) as store:
        index = _Data(store).index if store.stats()["claims"] else _bundled_index(store)
        rows = load_reference(store, file, index, dataset)
    mapped = sum(r.model_id is not None for r in rows)
    with_params = sum(r.params is not None for r in rows)
    click.echo(
        f"imported {len(rows)} reference rows from {printable_path(file)} as {dataset}: {mapped} "
        f"matched to known models, {with_params} with a parameter count. Source: {ATTRIBUTION}"
    )


def _bundled_index(store: Any) -> dict[str, str]:
    from claimwatch.extract.gazetteer import default_gazetteer
    from claimwatch.reference import name_index

    return name_index(store.models(), (), default_gazetteer().model_index.keys)


@reference.command("list")
@DB_OPTION
@FORMAT_OPTION
def reference_list(db_path: str | None, fmt: str | None) -> None:
    """The imported reference rows."""
    with _store(db_path) as store:
        rows = store.reference_models()
    if not rows:
        _fail("no reference data (run 'claimwatch reference import FILE' first)", 1)
    _emit(
        rows,
        fmt,
        ["dataset", "model", "model_id", "size_tag", "params", "confidence", "published"],
        "reference",
    )


@click.command()
@TOLERANCE_OPTION
@DB_OPTION
@FORMAT_OPTION
def check(tolerance: float, db_path: str | None, fmt: str | None) -> None:
    """Our consensus beside the reference: agreements, disagreements, gaps, models it lacks."""
    from claimwatch.analysis import summaries
    from claimwatch.reference import ReferenceRow, compare, match_name

    with _store(db_path) as store:
        stored = store.reference_models()
        if not stored:
            _fail("no reference data (run 'claimwatch reference import FILE' first)", 1)
        data = _Data(store)
    refs = []
    for row in stored:
        model_id, tag = match_name(row["model"], data.index)
        fields = {k: row[k] for k in ReferenceRow.model_fields if k in row}
        refs.append(ReferenceRow(**{**fields, "model_id": model_id, "size_tag": tag}))
    rows = [r.model_dump() for r in compare(summaries(data.figs, tolerance), refs, tolerance)]
    rows.sort(key=lambda r: (VERDICT_ORDER[r["verdict"]], r["model"].lower(), r["variant"] or 0))
    counts = {v: sum(r["verdict"] == v for r in rows) for v in VERDICT_ORDER}
    _emit(rows, fmt, CHECK_COLUMNS, ", ".join(f"{n} {v}" for v, n in counts.items()))


# --- aliases ------------------------------------------------------------------------------------


@click.group()
def alias() -> None:
    """Curate canonical model names: aliases and merges."""


@alias.command("add")
@click.argument("name", type=TEXT)
@click.argument("model", type=TEXT)
@DB_OPTION
def alias_add(name: str, model: str, db_path: str | None) -> None:
    """Make NAME (any case) another name of MODEL."""
    with _store(db_path) as store:
        model_id = _known_model(store, model)
        store.add_alias(name, model_id)
    click.echo(f"alias {name!r} -> {model_id}")


@alias.command("merge")
@click.argument("source", type=TEXT)
@click.argument("target", type=TEXT)
@DB_OPTION
def alias_merge(source: str, target: str, db_path: str | None) -> None:
    """Merge model SOURCE into TARGET: its claims and aliases move, its name becomes an alias."""
    with _store(db_path) as store:
        src, dst = _known_model(store, source, create=False), _known_model(store, target)
        if src == dst:
            _fail(f"{source!r} and {target!r} are already the same model ({dst})")
        rewritten = store.merge_models(src, dst)
    click.echo(f"merged {src} into {dst}: {rewritten} claims rewritten")


@alias.command("list")
@DB_OPTION
@FORMAT_OPTION
def alias_list(db_path: str | None, fmt: str | None) -> None:
    """Models in the database with their aliases."""
    with _store(db_path) as store:
        rows = store.models()
    if not rows:
        _fail("no models curated yet (claimwatch alias add NAME MODEL)", 1)
    _emit(rows, fmt, ["id", "name", "org", "family", "aliases"], "models and aliases")


def _known_model(store: Any, name: str, *, create: bool = True) -> str:
    """The id `name` refers to (a curated model, a bundled one, or one that claims use); with `create`,
    a model missing from the models table is added there first (alias targets must exist)."""
    from claimwatch.extract.gazetteer import default_gazetteer, name_key
    from claimwatch.reference import name_index

    claims = store.claims()
    gazetteer = default_gazetteer()
    index = name_index(store.models(), claims, gazetteer.model_index.keys)
    model_id = index.get(name_key(name))
    if model_id is None:
        candidates = [c["model"] for c in claims] + [m.name for m in gazetteer.models.values()]
        _fail(f"unknown model {name!r}{_suggest(name, candidates)}")
    if create and model_id not in {m["id"] for m in store.models()}:
        entry = gazetteer.models.get(model_id)
        texts = [c["model"] for c in claims if c["model_id"] == model_id]
        display = entry.name if entry else max(set(texts), key=texts.count, default=model_id)
        store.load_gazetteer(
            [
                {
                    "id": model_id,
                    "name": display,
                    "org": entry.org if entry else None,
                    "family": entry.family if entry else None,
                }
            ]
        )
    return model_id


# --- report and export --------------------------------------------------------------------------


@click.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--title", type=TEXT, default="claimwatch report", show_default=True)
@TOLERANCE_OPTION
@DB_OPTION
def report(out: str, title: str, tolerance: float, db_path: str | None) -> None:
    """Write a self-contained HTML page: parameter counts over time, conflicts, sources, timelines."""
    from claimwatch.reference import ATTRIBUTION
    from claimwatch.report import build_report

    if not Path(out).name:  # '' or '/': no file name to write (and none for the temporary file beside it)
        _fail(f"--out: {out!r} is not a file name")
    with _store(db_path) as store:
        data = _Data(store)
        has_reference = bool(store.reference_models())
    page = build_report(
        data.figs,
        now=datetime.now(UTC),
        tolerance=tolerance,
        title=title,
        attribution=f"Reference figures: {ATTRIBUTION}" if has_reference else None,
    )
    path = Path(out).expanduser()
    try:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(path)
    except OSError as e:
        _fail(f"cannot write {printable_path(path)} ({e.strerror})")
    shown = f"wrote {printable_path(path)} ({len(data.figs)} claims, {len({f.model_id for f in data.figs})} models)"
    click.echo(shown)


@click.command()
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="jsonl", show_default=True
)
@click.option("--model", type=TEXT, help="Only claims about this model (id, name or alias).")
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@DB_OPTION
def export(fmt: str, model: str | None, since: str | None, until: str | None, db_path: str | None) -> None:
    """Claims with provenance (article, outlet, URL, date, sentence), for spreadsheets and notebooks."""
    since_d, until_d = _date(since, "--since"), _date(until, "--until")
    with _store(db_path) as store:
        data = _Data(store)
        model_id = data.model_id(model) if model else None
        wanted = {c["id"] for c in store.claims(since=since_d, until=until_d)}
    rows = []
    for claim, fig in zip(data.claims, data.figs, strict=True):
        if claim["id"] in wanted and (model_id is None or fig.model_id == model_id):
            rows.append(
                {
                    **claim,
                    "canonical_model_id": fig.model_id,
                    "variant": fig.variant,
                    "independent_source": fig.source,
                }
            )
    if not rows:
        _fail("no claims match", 1)
    if fmt == "csv":  # raw numbers for spreadsheets (render's CSV shows 1.76T)
        writer = csv.DictWriter(
            sys.stdout, fieldnames=EXPORT_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(rows)
    else:
        render(rows, fmt)
