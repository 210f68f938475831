"""Figures, statuses, sources and dates of the claims in bench_query.py's synthetic databases.

Realistic (the default). In news a model has a handful of figures in circulation, each repeated by many
outlets: GPT-4's leaked 1.76T (also written 1.8T, or as 8x220B), the older rumour of 1T; a release's
official sizes (Llama 3: 8B and 70B), written with the size tag ("Llama 3 70B") most of the time; the
occasional estimate. So each model gets, from a seed of its id (the same at every N), a small set of
figures per scope: an open model 1-4 official sizes that appear on its release day and maybe a rumour or
an estimate; a closed model 1-4 unofficial figures (a leak and values near it) and now and then a later
official figure. Mixture-of-experts models (~25 %) also get 1-3 active-parameter figures. A claim
repeats one of the figures already out on its article's date, most often the first; 3 % carry rounding
noise (within 2 %, 3 significant digits: 1.76T -> 1.78T), 0.5 % are outliers (any of the 13 sizes of the
adversarial mode: misreadings, wrong model). Statuses follow the figure: claims of an official size are
mostly 'official' ('expected' in the month before release), those of a leak mostly its own status
('reported', 'rumored' or 'estimated'), the rest mixed, as hedged or plain restatements are. Reported
figures cite an outlet (usually the one that broke them). Article dates cluster after the release of the
article's first model (a news wave, ~50 days on average), the rest spread over 2025.

Adversarial (`--adversarial-values`): the first generator, kept as a stress test. Every claim takes one of
13 sizes and one of five statuses at random, whatever its model, and dates are uniform over 2025: every
model has every figure under every status, so `conflicts` pairs nearly every side with every other (over a
million conflicts at 1M claims: the answer itself is a million rows) and a history lists a status change
for most claims. Its random draws are made in the same order as before, so its databases are unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

STATUSES = ("official", "reported", "rumored", "expected", "estimated")
STATUS_WEIGHTS = (0.25, 0.4, 0.2, 0.05, 0.1)  # adversarial mode
VALUES = (1.3e9, 7e9, 8e9, 13e9, 34e9, 70e9, 175e9, 180e9, 340e9, 405e9, 540e9, 1.76e12, 1.8e12)
YEAR_START = datetime(2025, 1, 1, tzinfo=UTC)
YEAR_S = 365 * 86400
B, T = 10**9, 10**12
# sizes releases come in (total parameters)
LADDER = (
    1 * B, 1.3 * B, 2 * B, 3 * B, 7 * B, 8 * B, 9 * B, 13 * B, 14 * B, 22 * B, 27 * B, 34 * B, 40 * B,
    70 * B, 72 * B, 110 * B, 141 * B, 175 * B, 236 * B, 340 * B, 405 * B, 540 * B, 671 * B, 1 * T,
)  # fmt: skip
# a few famous models' real circulating figures: (scope, value, official, weight, status, days after release)
KNOWN = {
    "gpt-4": [
        ("total", 1.76 * T, False, 0.45, "reported", 0),
        ("total", 1.8 * T, False, 0.25, "rumored", 20),
        ("total", 1 * T, False, 0.2, "rumored", -60),
        ("total", 100 * T, False, 0.02, "rumored", -120),
        ("active", 280 * B, False, 0.6, "estimated", 20),
        ("active", 220 * B, False, 0.4, "reported", 0),
    ],
    "gpt-3": [("total", 175 * B, True, 1.0, "official", 0)],
    "llama-3": [
        ("total", 8 * B, True, 0.45, "official", 0),
        ("total", 70 * B, True, 0.45, "official", 0),
        ("total", 400 * B, False, 0.1, "expected", -20),
    ],
    "mixtral-8x7b": [
        ("total", 46.7 * B, True, 0.7, "official", 0),
        ("total", 56 * B, False, 0.3, "reported", -10),
        ("active", 12.9 * B, True, 0.8, "official", 0),
        ("active", 14 * B, False, 0.2, "estimated", 5),
    ],
    "grok-1": [("total", 314 * B, True, 1.0, "official", 0), ("active", 86 * B, True, 1.0, "official", 0)],
    "deepseek-v3": [
        ("total", 671 * B, True, 1.0, "official", 0),
        ("active", 37 * B, True, 1.0, "official", 0),
    ],
}
UNOFFICIAL = ("reported", "rumored", "estimated")


@dataclass
class Figure:
    value: int
    official: bool
    weight: float
    status: str  # the status most of its claims carry
    appear: datetime  # the day it first circulates
    outlet: str | None  # who broke it (for reported figures)
    tagged: bool  # a release's size, usually written as a size tag on the name


@dataclass
class Model:
    release: datetime
    figures: dict[str, list[Figure]]  # by scope, first appearance first
    active_share: float


def round_to(value: float, digits: int) -> int:
    return int(float(f"{value:.{digits}g}"))


def _model(model_id: str, outlets: tuple[str, ...], seed: int) -> Model:
    rng = random.Random(f"{seed}:{model_id}")
    release = YEAR_START + timedelta(days=rng.uniform(-400, 300))
    by_scope: dict[str, list[Figure]] = {"total": [], "active": []}

    def add(scope: str, value: float, official: bool, weight: float, status: str, days: float) -> None:
        figure = Figure(
            round_to(value, 3), official, weight, status, release + timedelta(days=days), None, False
        )
        figure.outlet = rng.choice(outlets) if status == "reported" else None
        by_scope[scope].append(figure)

    if model_id in KNOWN:
        for row in KNOWN[model_id]:
            add(*row)
    elif rng.random() < 0.65:  # open: the release states its sizes
        start = rng.randrange(len(LADDER))
        sizes = sorted(set(LADDER[start : start + 8]))
        for value in rng.sample(sizes, min(len(sizes), rng.choice((1, 1, 1, 2, 2, 3, 4)))):
            add("total", value, True, 1.0, "official", 0)
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):  # a rumour before release or an estimate after
            before = rng.random() < 0.5
            base = rng.choice(by_scope["total"]).value
            value = base * rng.choice((0.5, 0.7, 1.5, 2, 3))
            add("total", value, False, rng.uniform(0.05, 0.3), rng.choice(UNOFFICIAL), -40 if before else 60)
    else:  # closed: leaks and estimates, sometimes an official figure later
        leak = rng.choice(LADDER[8:]) * rng.uniform(0.9, 1.4)
        add("total", round_to(leak, 2), False, 1.0, rng.choice(UNOFFICIAL), 0)
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            factor = rng.choice((1.02, 0.98, 0.57, 0.5, 2, 1.6))
            add(
                "total",
                leak * factor,
                False,
                rng.uniform(0.1, 0.5),
                rng.choice(UNOFFICIAL),
                rng.uniform(-90, 120),
            )
        if rng.random() < 0.15:
            value = leak if rng.random() < 0.5 else leak * rng.choice((0.6, 1.3))
            add("total", value, True, 1.5, "official", rng.uniform(60, 300))
    if model_id not in KNOWN and rng.random() < 0.25:  # mixture of experts: active parameters too
        total = by_scope["total"][0]
        add("active", total.value / rng.choice((4, 6, 8, 16)), total.official, 1.0, total.status, 0)
        for _ in range(rng.choice((0, 1, 2))):
            value = by_scope["active"][0].value * rng.choice((0.8, 1.25, 2))
            add("active", value, False, rng.uniform(0.1, 0.4), rng.choice(UNOFFICIAL), rng.uniform(0, 90))
    for figures in by_scope.values():
        official = [f for f in figures if f.official and f.appear == release]
        for f in official:
            f.tagged = len(official) > 1
        figures.sort(key=lambda f: f.appear)
    active = 0.25 if by_scope["active"] else 0.0
    return Model(release, {s: f for s, f in by_scope.items() if f}, active)


class ClaimValues:
    """Per claim: (value, scope, status, approx, attributed_to, size tag or ''); per article: its date."""

    def __init__(self, outlets: tuple[str, ...], adversarial: bool = False, seed: int = 7) -> None:
        self.outlets = outlets
        self.adversarial = adversarial
        self.seed = seed
        self.models: dict[str, Model] = {}

    def model(self, model_id: str) -> Model:
        if model_id not in self.models:
            self.models[model_id] = _model(model_id, self.outlets, self.seed)
        return self.models[model_id]

    def published(self, rng: random.Random, topic_id: str) -> datetime:
        if self.adversarial:
            return YEAR_START + timedelta(seconds=rng.randrange(YEAR_S))
        if rng.random() < 0.7:  # the news wave after the topic model's release, or the weeks before it
            release = self.model(topic_id).release
            lag = rng.expovariate(1 / 50) if rng.random() < 0.9 else -rng.uniform(0, 45)
            day = release + timedelta(days=lag, seconds=rng.randrange(86400))
            if YEAR_START <= day < YEAR_START + timedelta(seconds=YEAR_S):
                return day
        return YEAR_START + timedelta(seconds=rng.randrange(YEAR_S))

    def claim(
        self, rng: random.Random, model_id: str, org: str, when: datetime, status: str
    ) -> tuple[int, str, str, int, str | None, str]:
        """`status` is the adversarial mode's pre-drawn status (ignored in the realistic mode)."""
        if self.adversarial:  # the first generator's draws, in its order
            value = int(rng.choice(VALUES))
            outlet = rng.choice(self.outlets) if rng.random() < 0.4 else None
            scope = "active" if rng.random() < 0.1 else "total"
            return value, scope, status, int(rng.random() < 0.2), outlet, ""
        model = self.model(model_id)
        scope = "active" if rng.random() < model.active_share else "total"
        figures = model.figures[scope]
        out = [f for f in figures if f.appear - timedelta(days=30 if f.official else 0) <= when] or figures[
            :1
        ]
        figure = rng.choices(out, [f.weight for f in out])[0]
        value, approx = figure.value, rng.random() < 0.15
        roll = rng.random()
        if roll < 0.005:
            value = int(rng.choice(VALUES))
        elif roll < 0.035:
            value, approx = round_to(value * rng.uniform(0.98, 1.02), 3), True
        if figure.official:
            status = rng.choices(("official", "reported", "estimated", "rumored"), (0.8, 0.12, 0.05, 0.03))[0]
            if figure.appear - timedelta(days=30) <= when < figure.appear:
                status = "expected"
        elif rng.random() < 0.7:
            status = figure.status
        else:
            status = rng.choices(
                ("reported", "rumored", "estimated", "expected", "official"), (4, 3, 2, 0.5, 1)
            )[0]
        if status == "reported":
            outlet = figure.outlet if figure.outlet and rng.random() < 0.6 else rng.choice(self.outlets)
        elif status == "official":
            outlet = org if rng.random() < 0.2 else None
        else:
            outlet = rng.choice(self.outlets) if rng.random() < 0.2 else None
        tag = ""
        if figure.tagged and value == figure.value and rng.random() < 0.8:
            tag = f"{value / B:g}B"
        return value, scope, status, int(approx), outlet, tag
