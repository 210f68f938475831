"""The command line: each command parses arguments, opens the store, makes one library call, renders.

Exit codes: 0 all fine, 1 some inputs failed, 2 nothing worked or bad usage.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from claimwatch import __version__
from claimwatch.cli_options import DB_OPTION, FORMAT_OPTION, TEXT
from claimwatch.errors import Error
from claimwatch.output import default_format, render

CLAIM_COLUMNS = [
    "model",
    "params",
    "params_high",
    "scope",
    "status",
    "approx",
    "org",
    "attributed_to",
    "source",
]
TABLE_LIMIT = 100  # claims shown by default in a table on a terminal


def fail(message: str, code: int = 2) -> None:
    click.echo(f"claimwatch: {message}", err=True)
    sys.exit(code)


@contextmanager
def open_store(db_path: str | None, *, must_exist: bool = False):
    """The store, with storage errors turned into one line and exit 2."""
    from claimwatch.store import Store, resolve_db_path

    path = resolve_db_path(db_path)
    try:
        exists = path.exists()
    except OSError as e:  # e.g. a name longer than the file system allows (ENAMETOOLONG)
        fail(f"cannot open {path} ({e.strerror or e})")
    if must_exist and not exists:
        fail(f"no database at {path} (run 'claimwatch ingest' or 'claimwatch run' first)")
    try:
        store = Store(path)
    except Error as e:
        fail(str(e))
    try:
        yield store
    except Error as e:
        fail(str(e))
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimwatch")
def cli() -> None:
    """Track who claimed what about which AI model's parameter count, when, and whether it held up."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--lang", type=TEXT, help="Language of the inputs (en, de, fr, es, ...); detected when absent.")
@FORMAT_OPTION
def extract(inputs: tuple[str, ...], lang: str | None, fmt: str | None) -> None:
    """Print the claims in articles: files, folders, '-' for stdin, or http(s) URLs."""
    from claimwatch.pipeline import Failure, claims_of, read_inputs

    rows, failed, ok = [], 0, 0
    for item in read_inputs(inputs, lang):
        if isinstance(item, Failure):
            click.echo(f"claimwatch: {item}", err=True)
            failed += 1
            continue
        ok += 1
        rows += [{**c.model_dump(), "source": item.source} for c in claims_of(item)]
    fmt = fmt or default_format()
    render(rows, fmt, CLAIM_COLUMNS if fmt == "table" else None)
    sys.exit(0 if not failed else (1 if ok else 2))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--lang", type=TEXT, help="Language of the inputs; detected when absent.")
@DB_OPTION
def ingest(inputs: tuple[str, ...], lang: str | None, db_path: str | None) -> None:
    """Store articles (files, folders, '-', URLs) and their claims, idempotently."""
    from claimwatch.pipeline import ingest as run_ingest

    with open_store(db_path) as store:
        report = run_ingest(inputs, store, lang)
    for failure in report.failures:
        click.echo(f"claimwatch: {failure}", err=True)
    click.echo(
        f"{report.articles} articles: {report.new} new, {report.new_versions} new versions, "
        f"{report.duplicates} duplicates, {report.unchanged} unchanged; {report.claims} claims written; "
        f"{len(report.failures)} failed"
    )
    sys.exit(0 if not report.failures else (1 if report.articles else 2))


@cli.command()
@click.argument("model", type=TEXT, required=False)
@click.option("--org", type=TEXT)
@click.option("--status", type=click.Choice(["official", "reported", "rumored", "expected", "estimated"]))
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--lang", type=TEXT)
@click.option("--source", type=TEXT, help="Outlet host or URL fragment.")
@click.option(
    "--limit",
    type=click.IntRange(0),
    default=None,
    help=f"Show at most this many claims, newest first; 0 for all. Default: {TABLE_LIMIT} for a table "
    "on a terminal (a note on stderr says when more matched), all for json, jsonl and csv.",
)
@DB_OPTION
@FORMAT_OPTION
def claims(model, org, status, since, until, lang, source, limit, db_path, fmt) -> None:
    """What has been claimed (about MODEL), newest article first."""
    since_d, until_d = _parse_date(since, "--since"), _parse_date(until, "--until")
    fmt = fmt or default_format()
    default = limit is None and fmt == "table" and _on_terminal()
    shown = TABLE_LIMIT if default else limit or None
    with open_store(db_path, must_exist=True) as store:
        rows = store.claims(
            model=model,
            org=org,
            status=status,
            since=since_d,
            until=until_d,
            lang=lang,
            source=source,
            limit=shown + 1 if default else shown,
        )
    if not rows and model:
        fail(f"no claims about {model!r}", 1)
    if default and len(rows) > TABLE_LIMIT:
        rows = rows[:TABLE_LIMIT]
        click.echo(
            f"claimwatch: showing the newest {TABLE_LIMIT} claims; --limit N shows more, --limit 0 all",
            err=True,
        )
    cols = [
        "model",
        "params",
        "params_high",
        "scope",
        "status",
        "approx",
        "attributed_to",
        "site",
        "published",
    ]
    render(rows, fmt, cols if fmt == "table" else None, title=f"claims about {model}" if model else "claims")


def _on_terminal() -> bool:
    return sys.stdout.isatty()


@cli.command()
@click.option("--all", "force", is_flag=True, help="Re-derive every article, not only older extractions.")
@DB_OPTION
def reextract(force: bool, db_path: str | None) -> None:
    """Re-derive claims from stored article text with this extractor version (no refetching)."""
    from claimwatch.pipeline import reextract as run_reextract

    with open_store(db_path, must_exist=True) as store:
        n_articles, n_claims = run_reextract(store, force=force)
    click.echo(f"re-extracted {n_articles} articles: {n_claims} claims")


def _parse_date(value: str | None, option: str):
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date like 2024-05-01")


def main() -> None:
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        fail("interrupted", 2)


def _register_more() -> None:
    """Commands that live in their own modules, to keep this one thin."""
    from claimwatch import cli_answers, cli_collect

    cli_collect.register(cli)
    cli_answers.register(cli)
    __import__("claimwatch.cli_backfill", fromlist=["register"]).register(cli)
    __import__("claimwatch.cli_serve", fromlist=["register"]).register(cli)


_register_more()

if __name__ == "__main__":
    main()
