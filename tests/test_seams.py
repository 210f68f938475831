"""The shape of the package: each third-party library behind one module, the extractor pure."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "claimwatch"

# library -> the only module(s) allowed to import it, by path under src/claimwatch (a package's files stand together)
OWNERS = {
    "httpx": {
        "fetch/http_helpers.py",
        "fetch/bodies.py",
        "fetch/transport.py",
        "fetch/pools.py",
        "fetch/fetcher.py",
    },
    "feedparser": {"feeds.py"},
    "trafilatura": {"articles.py"},
    "sqlite_utils": {"store/schema.py", "store/connection.py"},
    "sqlite3": {
        "store/sqlite_errors.py",
        "store/files.py",
        "store/connection.py",
        "store/reads.py",
        "store/summaries.py",
        "store/maintenance.py",
    },
    "pycld2": {"articles.py"},
    "warcio": {"backfill/warc.py"},
    "dask": {"distributed.py"},
    "distributed": {"distributed.py"},
    "pyarrow": {"distributed.py"},
    "httpcore": {"fetch/transport.py"},
    "protego": {"fetch/robots.py"},
    "datasette": {"cli_serve.py"},
    "uvicorn": {"cli_serve.py"},
}
# modules the pure extractor may import
EXTRACT_ALLOWED = {
    "re",
    "regex",
    "csv",
    "io",
    "dataclasses",
    "functools",
    "pathlib",
    "collections",
    "typing",
    "__future__",
    "unicodedata",
    "bisect",
    "itertools",
    "fractions",
    "math",
    "decimal",
    "claimwatch",
}
EXTRACT_FORBIDDEN_INTERNAL = {
    "claimwatch.store",
    "claimwatch.fetch",
    "claimwatch.feeds",
    "claimwatch.articles",
    "claimwatch.pipeline",
    "claimwatch.cli",
    "claimwatch.analysis",
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_third_party_library_stays_behind_its_module(path: Path) -> None:
    for name in imports_of(path):
        top = name.split(".")[0]
        if top in OWNERS:
            where = path.relative_to(SRC).as_posix()
            assert where in OWNERS[top], f"{where} imports {top}, owned by {OWNERS[top]}"


@pytest.mark.parametrize("path", sorted((SRC / "extract").glob("*.py")), ids=lambda p: p.name)
def test_extractor_is_pure(path: Path) -> None:
    for name in imports_of(path):
        assert name.split(".")[0] in EXTRACT_ALLOWED, f"extract/{path.name} imports {name}"
        # a package's submodules too: 'claimwatch.store.reads' is the store
        assert not any(name == x or name.startswith(x + ".") for x in EXTRACT_FORBIDDEN_INTERNAL), (
            f"extract/{path.name} imports {name}"
        )


@pytest.mark.parametrize("name", ["models.py", "errors.py"])
def test_vocabulary_imports_nothing_internal(name: str) -> None:
    assert not any(n.startswith("claimwatch") for n in imports_of(SRC / name))
