"""The bundled demo site's pages, read as a run reads them (HTML -> text -> claims), give the claims its
README promises (data/demo/expected.json)."""

import json
from pathlib import Path

import pytest

from claimwatch.extract import extract_claims
from claimwatch.pipeline import read_one
from tests.test_extract_corpus import matches

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
PAGES = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("path", sorted(PAGES), ids=lambda p: p.strip("/"))
def test_demo_page_claims(path: str) -> None:
    article = read_one(str(DEMO / path.lstrip("/")))
    claims = extract_claims(article.text, article.lang)
    expected = PAGES[path].get("claims", [])
    unmatched = list(claims)
    missing = []
    for gold in expected:
        hit = next((c for c in unmatched if matches(gold, c)), None)
        if hit is not None:
            unmatched.remove(hit)
        elif not gold.get("optional"):
            missing.append((gold["model"], gold["params"], gold.get("scope")))
    extra = [
        (c.model, c.params, c.scope)
        for c in unmatched
        if not any(g.get("optional") and matches(g, c) for g in expected)
    ]
    assert not missing and not extra, f"missing {missing}, extra {extra}"
