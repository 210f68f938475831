"""Consistency checks for the gazetteer data files in ``data/``."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
MODELS = DATA / "models.tsv"
ORGS = DATA / "orgs.tsv"

MODEL_HEADER = ["name", "id", "org", "family", "aliases"]
ORG_HEADER = ["name", "aliases"]
SLUG = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")


def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        rows = list(reader)
    return header, rows


def _dicts(path: Path) -> list[dict[str, str]]:
    header, rows = _read(path)
    return [dict(zip(header, row, strict=True)) for row in rows]


def _norm(surface: str) -> str:
    return re.sub(r"[\s\-]+", "", surface).casefold()


def _aliases(field: str) -> list[str]:
    return [a for a in field.split("|") if a]


@pytest.fixture(scope="module")
def models() -> list[dict[str, str]]:
    return _dicts(MODELS)


@pytest.fixture(scope="module")
def orgs() -> list[dict[str, str]]:
    return _dicts(ORGS)


def test_headers_exact():
    assert MODELS.read_text(encoding="utf-8").split("\n", 1)[0] == "\t".join(MODEL_HEADER)
    assert ORGS.read_text(encoding="utf-8").split("\n", 1)[0] == "\t".join(ORG_HEADER)


@pytest.mark.parametrize(("path", "width"), [(MODELS, 5), (ORGS, 2)])
def test_every_row_has_all_fields(path: Path, width: int):
    _, rows = _read(path)
    bad = [row for row in rows if len(row) != width]
    assert not bad


@pytest.mark.parametrize("path", [MODELS, ORGS])
def test_no_tabs_or_newlines_inside_fields(path: Path):
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "file must end with a single newline"
    width = len(lines[0].split("\t"))
    for number, line in enumerate(lines[1:-1], start=2):
        assert line.count("\t") == width - 1, f"line {number}: {line!r}"
        assert "\r" not in line, f"line {number} has a carriage return"
        assert line.strip(), f"line {number} is blank"


@pytest.mark.parametrize("path", [MODELS, ORGS])
def test_fields_have_no_stray_whitespace(path: Path):
    for row in _dicts(path):
        for field in row.values():
            assert field == field.strip(), row
        if row["aliases"]:
            for alias in row["aliases"].split("|"):
                assert alias and alias == alias.strip(), row


def test_row_counts(models, orgs):
    assert len(models) >= 300
    assert len(orgs) >= 80


def test_no_empty_names(models, orgs):
    assert all(m["name"] for m in models)
    assert all(o["name"] for o in orgs)
    assert all(m["org"] for m in models)


def test_ids_unique_and_slug_shaped(models):
    ids = [m["id"] for m in models]
    assert len(ids) == len(set(ids))
    bad = [i for i in ids if not SLUG.fullmatch(i)]
    assert not bad


def test_model_orgs_exist(models, orgs):
    names = {o["name"] for o in orgs}
    # a joint model names each developer: 'Microsoft and NVIDIA'
    missing = sorted(
        {m["org"] for m in models}
        - names
        - {m["org"] for m in models if all(part in names for part in m["org"].split(" and "))}
    )
    assert not missing


def test_families_exist_and_do_not_cycle(models):
    parent = {m["id"]: m["family"] for m in models}
    dangling = sorted(f for f in parent.values() if f and f not in parent)
    assert not dangling
    for start in parent:
        seen = {start}
        node = parent[start]
        while node:
            assert node not in seen, f"family cycle through {start}"
            seen.add(node)
            node = parent[node]


def _surface_clashes(rows: list[dict[str, str]], key: str) -> list[str]:
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        for surface in [row["name"], *_aliases(row["aliases"])]:
            norm = _norm(surface)
            assert norm, f"empty surface form in {row[key]}"
            if owner.setdefault(norm, row[key]) != row[key]:
                clashes.append(f"{surface!r}: {owner[norm]} vs {row[key]}")
    return clashes


def test_model_aliases_unique(models):
    assert not _surface_clashes(models, "id")


def test_org_aliases_unique(orgs):
    assert not _surface_clashes(orgs, "name")


def test_no_lowercase_only_common_word_aliases(models):
    # Official all-lowercase names (tsuzumi, abab, cotomi) are fine as names,
    # but aliases must not be plain lower-case words.
    allowed = {"tsuzumi", "abab", "cotomi"}
    bad = [
        alias
        for m in models
        for alias in _aliases(m["aliases"])
        if re.fullmatch(r"[a-z]+", alias) and alias not in allowed
    ]
    assert not bad


def test_no_parameter_columns(models):
    assert list(models[0]) == MODEL_HEADER
