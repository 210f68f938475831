"""Docs stay true: every command has help text and appears in the README."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimwatch.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_and_is_in_readme(name: str) -> None:
    command = cli.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"claimwatch {name}" in README, f"README does not show 'claimwatch {name}'"
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_readme_starts_with_the_two_commands() -> None:
    head = README[:600]
    assert head.index("make demo") < head.index("make test")
