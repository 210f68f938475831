"""Shared helpers for the benchmarks: core pinning, timing, medians, goals and plain-text tables.

Method (see ../shared/design/PERFORMANCE.md): every benchmark process pins itself to core 0 (local
servers run in their own process on core 1), each figure is the median of several samples, and
compared variants run interleaved in the same rounds so that their ratio holds better than the
absolute times, which vary by up to +-35 % between runs on this kind of machine.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

BENCH_CORE = 0
SERVER_CORE = 1


# the cores this process may use before anything here pins it (children inherit the pinned set)
ALLOWED = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def pin(core: int = BENCH_CORE) -> str:
    """Pin the calling thread (and the threads and processes it starts later) to one core."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    try:  # a child of a pinned process inherits one core but may still move to another
        os.sched_setaffinity(0, {core})
    except OSError:
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
    return f"core {core} of {ALLOWED}"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """(seconds, result) of one call."""
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values: Sequence[float]) -> float:
    """Half the min-max range as a fraction of the median (the noise inside one run)."""
    if len(values) < 2:
        return 0.0
    mid = median(values)
    return (max(values) - min(values)) / 2 / mid if mid else 0.0


def interleaved(variants: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """Run every variant once per round, in the same order, `rounds` times; seconds per call per variant."""
    times: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, fn in variants.items():
            times[name].append(timed(fn)[0])
    return times


@dataclass
class Goal:
    """One target from the brief: the measured value, the bound, and whether it holds."""

    name: str
    value: float
    unit: str
    op: str  # ">=" or "<="
    bound: float
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.value >= self.bound if self.op == ">=" else self.value <= self.bound

    def line(self) -> str:
        verdict = "PASS" if self.passed else "FAIL"
        note = f"  ({self.note})" if self.note else ""
        return (
            f"{verdict}  {self.name}: {fmt(self.value)} {self.unit} (goal {self.op} {fmt(self.bound)}){note}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


def fmt(value: float | int | str | None) -> str:
    """3 significant figures, thousands separated; ints as they are."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    if value != value:  # nan
        return "-"
    magnitude = abs(value)
    if magnitude >= 1000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    if magnitude >= 0.01:
        return f"{value:.3f}"
    return f"{value:.2g}"


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain-text table, numbers right-aligned, formatted with `fmt`."""
    cells = [[fmt(c) if not isinstance(c, str) else c for c in row] for row in rows]
    widths = [
        max(len(str(h)), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(header)
    ]
    numeric = [
        all(not isinstance(row[i], str) or row[i] in ("-", "") for row in rows) if rows else False
        for i in range(len(header))
    ]

    def render(row: Sequence[str]) -> str:
        parts = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(row, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    rule = "-" * (sum(widths) + 2 * (len(widths) - 1))
    lines = [f"\n== {title}", render(list(header)), rule, *(render(r) for r in cells)]
    return "\n".join(lines)


def goals_text(goals: Sequence[Goal]) -> str:
    return "\n".join(g.line() for g in goals)
