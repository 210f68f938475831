"""Options and parameter types every command module shares (kept apart from cli.py so command modules can
import them at load)."""

import math
from typing import Any

import click

from claimwatch.output import FORMATS, SURROGATE


class FiniteRange(click.FloatRange):
    """click's FloatRange lets "nan" through (every comparison with NaN is false): refuse it and inf."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return number


class Utf8Text(click.ParamType):
    """Free text (a name, a query, a title): undecodable bytes in argv reach Python as lone surrogates,
    which SQLite and UTF-8 output refuse; say so at once (usage error, exit 2) instead of dying later.
    File names are not this type: a path with undecodable bytes is a valid path."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and SURROGATE.search(value):
            self.fail(f"{value!r} is not valid UTF-8 text (undecodable bytes).", param, ctx)
        return value


TEXT = Utf8Text()

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
