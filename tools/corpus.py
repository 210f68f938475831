"""Score the extractor on the fixture corpus, set by set, the way ../shared/eval/score.py scores the dev set.

Kept in the repository so a new session does not rebuild it. Usage (from the project root, inside .venv):

    python tools/corpus.py score OUT [--sets rt165,rt166]   # OUT.txt (per set), OUT.docs.json (per article)
    python tools/corpus.py delta A B                         # articles whose score moved between two runs
    python tools/corpus.py gaps rt165 rt166                  # KNOWN_GAPS lines for failing articles
    python tools/corpus.py xpass [--drop]                    # gaps that now pass; --drop removes them
    python tools/corpus.py try de "Der Text …"               # claims in one text (or @file)
    python tools/corpus.py row OUT                           # the README's sets-now row: each rt set's F1
    python tools/corpus.py fields A B [--field org]          # matched claims whose org/status/attribution moved

To score another checkout, run it with PYTHONPATH=OTHER/src. Set names: `xx-rtNMM-…` belongs to set rtN
(the last two digits number the article), `xx-rtNM.txt` to rtN, the handwritten articles to `base`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extract"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CORPUS_TEST = ROOT / "tests" / "test_extract_corpus.py"


def set_of(stem: str) -> str:
    found = re.match(r"[a-z]+-rt(\d+)", stem)
    if not found:
        return "base"
    digits = found.group(1)
    return "rt" + (digits[:-2] if len(digits) >= 3 else digits[:-1])


def fixtures(sets: set[str] | None = None) -> list[Path]:
    paths = sorted(FIXTURES.glob("*.txt"))
    return [p for p in paths if sets is None or set_of(p.stem) in sets]


def scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(paths: list[Path]) -> dict[str, list[dict]]:
    from claimwatch.extract import extract_claims

    out = {}
    for path in paths:
        claims = extract_claims(path.read_text(encoding="utf-8"), path.name.split("-")[0])
        out[path.stem] = [c.model_dump(mode="json") | {"source": path.name} for c in claims]
    return out


def gold_of(path: Path) -> list[dict]:
    rows = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return [row | {"doc": path.stem} for row in rows]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_run(out: str, sets: set[str] | None) -> None:
    score = scorer().score
    paths = fixtures(sets)
    preds = predict(paths)
    per_doc, groups = {}, defaultdict(list)
    for path in paths:
        doc = [{"doc": path.stem, "file": str(path), "lang": path.name.split("-")[0]}]
        result, report = score(doc, gold_of(path), preds[path.stem], verbose=True)
        total = result.get("all", {"tp": 0, "fp": 0, "fn": 0})
        per_doc[path.stem] = {k: total[k] for k in ("tp", "fp", "fn")} | {"report": report}
        groups[set_of(path.stem)].append(path)
    lines = []
    for name in sorted(groups, key=lambda s: (s != "base", int(s[2:]) if s != "base" else 0)):
        docs = [{"doc": p.stem, "file": str(p), "lang": p.name.split("-")[0]} for p in groups[name]]
        gold = [g for p in groups[name] for g in gold_of(p)]
        pred = [c for p in groups[name] for c in preds[p.stem]]
        result, _ = score(docs, gold, pred)
        a = result["all"]
        sec = result["secondary"]
        lines.append(
            f"{name:>6} docs={len(docs):3d} P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}"
            f"  org={sec.get('org')} status={sec.get('status')} attr={sec.get('attributed_to')}"
        )
    tp, fp, fn = (sum(d[k] for d in per_doc.values()) for k in ("tp", "fp", "fn"))
    p, r, f = prf(tp, fp, fn)
    lines.append(f"   all docs={len(paths)} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})")
    Path(out + ".txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    Path(out + ".docs.json").write_text(json.dumps(per_doc, ensure_ascii=False, indent=0), encoding="utf-8")
    Path(out + ".jsonl").write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for cs in preds.values() for c in cs),
        encoding="utf-8",
    )
    print("\n".join(lines[-12:]))


def delta(a: str, b: str) -> None:
    before = json.loads(Path(a + ".docs.json").read_text(encoding="utf-8"))
    after = json.loads(Path(b + ".docs.json").read_text(encoding="utf-8"))
    for doc in sorted(set(before) & set(after)):
        x, y = before[doc], after[doc]
        if (x["tp"], x["fp"], x["fn"]) == (y["tp"], y["fp"], y["fn"]):
            continue
        better = y["tp"] - y["fp"] - y["fn"] > x["tp"] - x["fp"] - x["fn"]
        print(
            f"{'GOOD' if better else 'BAD '} {doc}: tp {x['tp']}->{y['tp']} fp {x['fp']}->{y['fp']} fn {x['fn']}->{y['fn']}"
        )
        if not better:
            gone = set(y["report"]) - set(x["report"])
            for line in sorted(gone):
                print("    " + line.strip()[:200])


def row(out: str) -> None:
    """Each rt set's F1 from a score run, in set order, as the README's 'the sets now' row shows them."""
    scores = re.findall(
        r"^\s*rt(\d+) docs=.*? F1=([\d.]+)", Path(out + ".txt").read_text(encoding="utf-8"), re.M
    )
    print(" / ".join(f1 for _, f1 in sorted(scores, key=lambda s: int(s[0]))))


def matched_fields(out: str, field: str) -> dict[tuple, tuple[bool, object, object]]:
    """For each gold claim a run matched: (article, model, params, scope, evidence) -> (right, gold, predicted)."""
    score = scorer()
    preds: dict[str, list[dict]] = defaultdict(list)
    for line in Path(out + ".jsonl").read_text(encoding="utf-8").splitlines():
        claim = json.loads(line)
        preds[Path(claim["source"]).stem].append(claim)
    found = {}
    for path in fixtures(None):
        golds, guesses = score.dedupe(gold_of(path)), score.dedupe(preds.get(path.stem, []))
        used: set[int] = set()
        for g in sorted(golds, key=lambda g: bool(g.get("optional"))):
            hit = next(
                (i for i, p in enumerate(guesses) if i not in used and score.claim_matches(g, p)), None
            )
            if hit is None:
                continue
            used.add(hit)
            if not g.get("optional") and (field == "attributed_to" or g.get(field)):
                right = score.field_eq(g, guesses[hit], field)
                key = (path.stem, g["model"], g["params"], score.scope_of(g), g.get("evidence", ""))
                found[key] = (right, g.get(field), guesses[hit].get(field))
    return found


def fields(a: str, b: str, field: str) -> None:
    """The matched claims whose `field` became right or wrong between two runs, and each run's accuracy."""
    before, after = matched_fields(a, field), matched_fields(b, field)
    for name, run in ((a, before), (b, after)):
        right = sum(1 for r, _, _ in run.values() if r)
        print(
            f"{name}: {field} right on {right} of {len(run)} matched claims ({right / max(len(run), 1):.4f})"
        )
    for key in sorted(set(before) & set(after)):
        if before[key][0] != after[key][0]:
            right, gold, guess = after[key]
            print(
                f"{'FIXED' if right else 'BROKE'} {key[0]}: {key[1]} gold={gold!r} now={guess!r} | {key[4][:100]}"
            )


def corpus_test():
    sys.path.insert(0, str(ROOT))
    from tests import test_extract_corpus

    return test_extract_corpus


def failures(path: Path, module) -> tuple[list[dict], list]:
    from claimwatch.extract import extract_claims

    claims = extract_claims(path.read_text(encoding="utf-8"), path.name.split("-")[0])
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    unmatched, missing = list(claims), []
    for gold in expected:
        hit = next((c for c in unmatched if module.matches(gold, c)), None)
        if hit is not None:
            unmatched.remove(hit)
        elif not gold.get("optional"):
            missing.append(gold)
    extra = [c for c in unmatched if not any(g.get("optional") and module.matches(g, c) for g in expected)]
    return missing, extra


def gap_message(missing: list[dict], extra: list) -> str:
    parts = []
    if missing:
        g = missing[0]
        text = f"'{g.get('evidence', '')[:70]}' ({g['model']}, {g['params']:.3g} {g.get('scope', 'total')}) is missed"
        parts.append(text + (f", and {len(missing) - 1} more" if len(missing) > 1 else ""))
    if extra:
        c = extra[0]
        text = f"{c.model} {c.params:.3g} {c.scope} is read from '{c.evidence[:60]}'"
        parts.append(text + (f", and {len(extra) - 1} more" if len(extra) > 1 else ""))
    return "; ".join(parts)


def gaps(sets: list[str]) -> None:
    module = corpus_test()
    for path in fixtures(set(sets)):
        missing, extra = failures(path, module)
        if missing or extra:
            print(
                f"    {json.dumps(path.stem)}: {json.dumps(gap_message(missing, extra), ensure_ascii=False)},"
            )


def xpass(drop: bool) -> None:
    module = corpus_test()
    passing = []
    for stem in sorted(module.KNOWN_GAPS):
        path = FIXTURES / f"{stem}.txt"
        if path.exists() and failures(path, module) == ([], []):
            passing.append(stem)
            print("XPASS", stem)
    print(f"{len(passing)} of {len(module.KNOWN_GAPS)} gaps now pass")
    if drop and passing:
        lines = CORPUS_TEST.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = [line for line in lines if not any(line.startswith(f'    "{stem}":') for stem in passing)]
        CORPUS_TEST.write_text("".join(keep), encoding="utf-8")
        print(
            f"dropped {len(lines) - len(keep)} lines (a gap whose message spans lines needs ruff format after)"
        )


def try_text(lang: str, text: str) -> None:
    from claimwatch.extract import extract_claims

    if text.startswith("@"):
        text = Path(text[1:]).read_text(encoding="utf-8")
    for c in extract_claims(text, lang):
        high = f"-{c.params_high:.3g}" if c.params_high else ""
        print(
            f"{c.model!r} ({c.org}) {c.params:.3g}{high} {c.scope} {c.status} approx={c.approx} attr={c.attributed_to}"
        )
        print(f"    | {c.evidence[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("out")
    s.add_argument("--sets", default=None, help="comma-separated set names, e.g. base,rt165")
    d = sub.add_parser("delta")
    d.add_argument("a")
    d.add_argument("b")
    g = sub.add_parser("gaps")
    g.add_argument("sets", nargs="+")
    x = sub.add_parser("xpass")
    x.add_argument("--drop", action="store_true")
    t = sub.add_parser("try")
    t.add_argument("lang")
    t.add_argument("text")
    r = sub.add_parser("row")
    r.add_argument("out")
    f = sub.add_parser("fields")
    f.add_argument("a")
    f.add_argument("b")
    f.add_argument("--field", default="org", choices=["org", "status", "attributed_to"])
    args = parser.parse_args()
    if args.command == "score":
        score_run(args.out, set(args.sets.split(",")) if args.sets else None)
    elif args.command == "delta":
        delta(args.a, args.b)
    elif args.command == "gaps":
        gaps(args.sets)
    elif args.command == "xpass":
        xpass(args.drop)
    elif args.command == "row":
        row(args.out)
    elif args.command == "fields":
        fields(args.a, args.b, args.field)
    else:
        try_text(args.lang, args.text)


if __name__ == "__main__":
    main()
