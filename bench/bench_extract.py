"""Extraction throughput on one core, against a plain regex scan of the same text in the same rounds.

    .venv/bin/python bench/bench_extract.py [--quick] [--articles 1000] [--rounds 5] [--profile]

Corpus: `synth.corpus(n)`, deterministic ~600-word articles in en/de/fr/es (55/20/15/10 %), mostly
ordinary prose with a few claim sentences, model mentions and money/token/user distractors.

Per round, in this order: the regex floor, `extract_claims` with the bundled gazetteer, and
`extract_claims` with a gazetteer 4x larger (every model name and alias gets 3 invented variants: two
suffix forms and one glued prefix, so both the keys and the first tokens grow). Ratios are per round.

Goals: >= 8 MB/s of plain text through `extract_claims`; 4x gazetteer slowdown <= 1.25x.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import sys
from collections import defaultdict
from typing import Any

import benchkit
import synth
from benchkit import Goal, median, spread, table

from claimwatch.extract import extract_claims
from claimwatch.extract.gazetteer import Gazetteer, build_gazetteer, data_dir, default_gazetteer, read_tsv

FLOOR = re.compile(r"\d+(?:[.,]\d+)?\s*(?:billion|B|Milliarden|milliards|mil millones)")
GOAL_MB_S = 8.0
GOAL_SCALING = 1.25
SYLLABLES = ("ka", "vo", "ri", "zen", "tal", "mo", "qu", "xe", "lu", "dra", "pi", "sor")


def bigger_gazetteer(seed: int = 5) -> tuple[Gazetteer, dict[str, int]]:
    """The bundled rows with 3 invented variants of every name and alias ('X Nova', 'X-Quill', 'VokaX')."""
    folder = data_dir()
    models = read_tsv((folder / "models.tsv").read_text(encoding="utf-8"))
    orgs = read_tsv((folder / "orgs.tsv").read_text(encoding="utf-8"))
    rng = random.Random(seed)
    grown = []
    for row in models:
        names = [row["name"], *[a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]]
        extra = []
        for name in names:
            prefix = "".join(rng.choice(SYLLABLES) for _ in range(2)).title()
            extra += [f"{name} Nova", f"{name}-Quill", f"{prefix}{name}"]
        grown.append({**row, "aliases": "|".join(names[1:] + extra)})
    base, big = default_gazetteer(), build_gazetteer(grown, orgs)
    sizes = {
        "keys_base": len(base.model_index.keys),
        "keys_4x": len(big.model_index.keys),
        "first_tokens_base": len(base.model_index.first_tokens),
        "first_tokens_4x": len(big.model_index.first_tokens),
    }
    return big, sizes


def hotspots(docs: list[synth.Doc], top: int = 14) -> list[dict[str, Any]]:
    """cProfile of one pass: the functions with the most own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for d in docs:
        extract_claims(d.text, d.lang)
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (path, line, name), (_, calls, own, cumulative, _) in sorted(
        stats.stats.items(),  # type: ignore[attr-defined]
        key=lambda kv: kv[1][2],
        reverse=True,
    )[:top]:
        where = path.split("/src/")[-1] if "/src/" in path else path.rsplit("/", 1)[-1]
        rows.append(
            {
                "function": f"{where}:{line}({name})",
                "calls": calls,
                "own_s": own,
                "own_pct": 100 * own / total if total else 0.0,
                "cum_s": cumulative,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="200 articles, 3 rounds")
    parser.add_argument("--articles", type=int, default=None, help="corpus size (200-2000; default 1000)")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--profile", action="store_true", help="print the cProfile hot spots")
    args = parser.parse_args(argv)
    pinned = benchkit.pin()
    n = args.articles or (200 if args.quick else 1000)
    rounds = args.rounds or (3 if args.quick else 5)

    docs = synth.corpus(n)
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    words = sum(len(d.text.split()) for d in docs)
    base = default_gazetteer()
    big, sizes = bigger_gazetteer()
    for d in docs[:20]:  # warm-up: lazy imports, regex compilation, caches
        extract_claims(d.text, d.lang, gazetteer=base)
        extract_claims(d.text, d.lang, gazetteer=big)

    def floor() -> int:
        return sum(len(FLOOR.findall(d.text)) for d in docs)

    def extract_with(gaz: Gazetteer) -> Any:
        return lambda: sum(len(extract_claims(d.text, d.lang, gazetteer=gaz)) for d in docs)

    variants = {
        "regex floor": floor,
        "extract_claims": extract_with(base),
        "extract, 4x gazetteer": extract_with(big),
    }
    times = benchkit.interleaved(variants, rounds)
    t_floor, t_ext, t_big = times["regex floor"], times["extract_claims"], times["extract, 4x gazetteer"]
    ratio_floor = median([e / f for e, f in zip(t_ext, t_floor, strict=True)])
    ratio_big = median([b / e for b, e in zip(t_big, t_ext, strict=True)])
    found_base = extract_with(base)()
    found_big = extract_with(big)()
    planted = sum(d.claims_planted for d in docs)

    # per language, one timed pass (figures per article, so noisier than the totals above)
    by_lang: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for d in docs:
        seconds, claims = benchkit.timed(lambda d=d: extract_claims(d.text, d.lang))
        row = by_lang[d.lang]
        row["articles"] += 1
        row["mb"] += len(d.text.encode("utf-8")) / 1e6
        row["s"] += seconds
        row["claims"] += len(claims)
        row["planted"] += d.claims_planted

    rows = []
    for name, values in times.items():
        m = median(values)
        rows.append([name, mb / m, n / m, words / m / 1000, m / n * 1000, f"{100 * spread(values):.0f}%"])
    print(f"\nextraction: {n} articles, {mb:.2f} MB, {words:,} words, {rounds} rounds, pinned to {pinned}")
    print(
        table(
            "throughput (median of rounds)",
            ["variant", "MB/s", "articles/s", "k words/s", "ms/article", "± in run"],
            rows,
        )
    )
    print(
        table(
            "per language (one pass)",
            ["lang", "articles", "MB/s", "articles/s", "claims/article", "planted/article"],
            [
                [
                    lang,
                    int(r["articles"]),
                    r["mb"] / r["s"],
                    r["articles"] / r["s"],
                    r["claims"] / r["articles"],
                    r["planted"] / r["articles"],
                ]
                for lang, r in sorted(by_lang.items())
            ],
        )
    )
    print(
        f"\nratio time extract_claims / regex floor: {ratio_floor:.0f}x"
        f"\ngazetteer: {sizes['keys_base']:,} -> {sizes['keys_4x']:,} model keys "
        f"({sizes['keys_4x'] / sizes['keys_base']:.2f}x), first tokens {sizes['first_tokens_base']:,} -> "
        f"{sizes['first_tokens_4x']:,}; slowdown {ratio_big:.3f}x; claims found {found_base:,} / {found_big:,} "
        f"(base / 4x), planted {planted:,}"
    )
    mb_s = mb / median(t_ext)
    goals = [
        Goal(
            "extract_claims throughput", mb_s, "MB/s", ">=", GOAL_MB_S, f"{ratio_floor:.0f}x the regex floor"
        ),
        Goal("4x gazetteer slowdown", ratio_big, "x", "<=", GOAL_SCALING),
    ]
    spots = hotspots(docs[: min(len(docs), 200)])
    if args.profile:
        print(
            table(
                "cProfile hot spots (own time)",
                ["function", "calls", "own s", "own %", "cum s"],
                [[h["function"], h["calls"], h["own_s"], h["own_pct"], h["cum_s"]] for h in spots],
            )
        )
    print("\n" + benchkit.goals_text(goals))
    return {
        "articles": n,
        "mb": mb,
        "words": words,
        "rounds": rounds,
        "pinned": pinned,
        "variants": {
            name: {"median_s": median(v), "mb_s": mb / median(v), "articles_s": n / median(v), "samples_s": v}
            for name, v in times.items()
        },
        "ratio_extract_to_floor": ratio_floor,
        "gazetteer": {**sizes, "slowdown_4x": ratio_big, "claims_base": found_base, "claims_4x": found_big},
        "claims_planted": planted,
        "by_lang": {k: dict(v) for k, v in by_lang.items()},
        "hotspots": spots,
        "goals": [g.as_dict() for g in goals],
    }


if __name__ == "__main__":
    main(sys.argv[1:])
