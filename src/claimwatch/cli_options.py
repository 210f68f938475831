"""Options every command module shares (kept apart from cli.py so command modules can import them at load)."""

import click

from claimwatch.output import FORMATS

DB_OPTION = click.option(
    "--db",
    "db_path",
    envvar="CLAIMWATCH_DB",
    type=click.Path(dir_okay=False),
    help="SQLite database (default: user data dir; env CLAIMWATCH_DB).",
)
FORMAT_OPTION = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (table on a terminal, else jsonl).",
)
