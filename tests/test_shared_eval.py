"""The founding article and the dev set in ../shared, scored by the project's own scorer (skipped without them)."""

import importlib.util
import json
from pathlib import Path

import pytest

from claimwatch.extract import extract_claims

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval not present"),
]


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(folder: Path) -> tuple[list, list, list]:
    docs = [json.loads(line) for line in (folder / "docs.jsonl").read_text().splitlines() if line.strip()]
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]
    pred = []
    for d in docs:
        path = folder / d["file"]
        for c in extract_claims(path.read_text(encoding="utf-8"), d.get("lang")):
            pred.append({**c.model_dump(), "source": str(path)})
    return docs, gold, pred


def test_founding_article_is_extracted_exactly() -> None:
    docs, gold, pred = predictions(SHARED / "seed")
    out, report = scorer().score(docs, gold, pred)
    assert out["all"]["f1"] == 1.0, "\n".join(report)
    assert out["secondary"] == {"org": 1.0, "status": 1.0, "attributed_to": 1.0}


def test_dev_set_meets_floor() -> None:
    floor = float((Path(__file__).resolve().parents[1] / "eval-floor.txt").read_text())
    docs, gold, pred = predictions(SHARED / "eval" / "dev")
    out, report = scorer().score(docs, gold, pred)
    assert out["all"]["f1"] >= floor, "\n".join(report)
