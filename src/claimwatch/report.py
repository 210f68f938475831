"""One self-contained HTML page: parameter counts over time (inline SVG), conflicts, sources, timelines.

Pure: claims in, text out. No CDN, no fonts, no network when opened; the only script is inline and only
filters the page by model name. Every stored string is untrusted and goes through `html.escape`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape

from claimwatch.analysis import (
    DEFAULT_TOLERANCE,
    ClaimLike,
    Conflict,
    Figure,
    HistoryEntry,
    ModelSummary,
    Reliability,
    as_figures,
    conflicts,
    history,
    reliability,
    resolve,
    summaries,
)
from claimwatch.output import human_count

WIDTH, HEIGHT = 1100, 520
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 20, 50
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
)
OTHER_COLOUR = "#7f7f7f"
SHAPES = ("official", "reported", "rumored", "expected", "estimated")
STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}h3{font-size:1em;margin:1em 0 .3em}
table{border-collapse:collapse;margin:.4em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;
vertical-align:top}th{background:#f3f3f3}.num{text-align:right}.small{color:#666;font-size:.9em}
svg{border:1px solid #ddd;background:#fcfcfc}.grid{stroke:#e5e5e5}.axis{font-size:11px;fill:#444}
.link{stroke-width:1.2;stroke-dasharray:4 3;fill:none}.confirmed{stroke:#2ca02c}.contradicted{stroke:#d62728}
.range{stroke-width:2;opacity:.5}.mark{stroke:#222;stroke-width:.6;opacity:.9}.hidden{display:none}
"""
SCRIPT = """
document.getElementById('filter').addEventListener('input', function (e) {
  var q = e.target.value.toLowerCase();
  document.querySelectorAll('[data-model]').forEach(function (el) {
    var hit = !q || el.getAttribute('data-model').toLowerCase().indexOf(q) >= 0;
    el.classList.toggle('hidden', !hit);
  });
});
"""


def build_report(
    claims: Iterable[ClaimLike],
    *,
    now: datetime,
    tolerance: float = DEFAULT_TOLERANCE,
    title: str = "claimwatch report",
    attribution: str | None = None,
) -> str:
    """The whole page as text; `now` is printed as the generation time."""
    figs = as_figures(claims)
    models = summaries(figs, tolerance)
    parts = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="small">Generated {escape(now.isoformat(timespec="seconds"))} from {len(figs)} claims about '
        f"{len(models)} models; tolerance {tolerance:g}.</p>",
        '<p><label>Filter by model: <input id="filter" type="search" placeholder="e.g. GPT-4"></label></p>',
        "<h2>Parameter counts over time</h2>",
        chart(figs, tolerance),
        _models_table(models),
        _conflicts_table(conflicts(figs, tolerance)),
        _reliability_table(reliability(figs, tolerance)),
        _timelines(history(figs, tolerance=tolerance)),
    ]
    if attribution:
        parts.append(f'<p class="small">{escape(attribution)}</p>')
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n"
        f"<script>{SCRIPT}</script>\n</body></html>\n"
    )


# --- chart --------------------------------------------------------------------------------------


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def chart(figs: Sequence[Figure], tolerance: float = DEFAULT_TOLERANCE) -> str:
    """Inline SVG: one mark per dated claim (shape = status, colour = organisation) on a log scale,
    dashed lines from each rumour to the later official figure that confirmed or contradicted it."""
    dated = [(f, d) for f in figs if (d := _day(f.date)) is not None]
    if not dated:
        return '<p class="small">No dated claims to chart.</p>'
    days = [d.toordinal() for _, d in dated]
    lo_day, hi_day = min(days) - 15, max(days) + 15
    lo_exp = math.floor(math.log10(min(f.low for f, _ in dated)))
    hi_exp = math.ceil(math.log10(max(f.high for f, _ in dated)) + 1e-9)
    hi_exp = max(hi_exp, lo_exp + 1)

    def x(d: date) -> float:
        return LEFT + (d.toordinal() - lo_day) / (hi_day - lo_day) * (WIDTH - LEFT - RIGHT)

    def y(value: int) -> float:
        return TOP + (hi_exp - math.log10(value)) / (hi_exp - lo_exp) * (HEIGHT - TOP - BOTTOM)

    colours = _org_colours(f.org for f, _ in dated)
    out = [
        f'<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="parameter counts over time">'
    ]
    out += _axes(lo_exp, hi_exp, lo_day, hi_day, x, y)
    out += _links(figs, tolerance, x, y)
    for f, d in sorted(dated, key=lambda pair: (pair[1], pair[0].low)):
        colour = colours.get(f.org or "", OTHER_COLOUR)
        if f.high > f.low:
            out.append(
                f'<line class="range" data-model="{escape(f.model)}" x1="{x(d):.1f}" y1="{y(f.low):.1f}" '
                f'x2="{x(d):.1f}" y2="{y(f.high):.1f}" stroke="{colour}"/>'
            )
        out.append(_mark(f, x(d), y(f.low), colour))
    out.append("</svg>")
    out.append(_legend(colours))
    return "\n".join(out)


def _org_colours(orgs: Iterable[str | None]) -> dict[str, str]:
    ranked = [org for org, _ in Counter(o for o in orgs if o).most_common(len(PALETTE))]
    return {org: PALETTE[i] for i, org in enumerate(sorted(ranked))}


def _axes(lo_exp: int, hi_exp: int, lo_day: int, hi_day: int, x, y) -> list[str]:
    out = []
    for exp in range(lo_exp, hi_exp + 1):
        py = y(10**exp)
        out.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{py:.1f}" y2="{py:.1f}"/>')
        out.append(
            f'<text class="axis" x="{LEFT - 6}" y="{py + 4:.1f}" text-anchor="end">'
            f"{escape(human_count(10**exp))}</text>"
        )
    first, last = date.fromordinal(lo_day), date.fromordinal(hi_day)
    step = max(1, round((last.year * 12 + last.month - first.year * 12 - first.month) / 10))
    month = first.year * 12 + first.month  # ticks on the first of every `step` months
    while month <= last.year * 12 + last.month:
        tick = date((month - 1) // 12, (month - 1) % 12 + 1, 1)
        if lo_day <= tick.toordinal() <= hi_day:
            px = x(tick)
            out.append(f'<line class="grid" x1="{px:.1f}" x2="{px:.1f}" y1="{TOP}" y2="{HEIGHT - BOTTOM}"/>')
            out.append(
                f'<text class="axis" x="{px:.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                f"{tick:%Y-%m}</text>"
            )
        month += step
    return out


def _links(figs: Sequence[Figure], tolerance: float, x, y) -> list[str]:
    out = []
    for f, verdict, official in resolve(figs, tolerance):
        a, b = _day(f.date), _day(official.date) if official else None
        if official is None or a is None or b is None:
            continue
        out.append(
            f'<path class="link {verdict}" data-model="{escape(f.model)}" '
            f'd="M{x(a):.1f},{y(f.low):.1f} L{x(b):.1f},{y(official.low):.1f}">'
            f"<title>{escape(f.model)}: {escape(f.status)} {escape(human_count(f.low))} {verdict} by "
            f"official {escape(human_count(official.low))}</title></path>"
        )
    return out


def _shape(status: str, cx: float, cy: float, r: float = 5.0) -> str:
    if status == "official":
        return f"M{cx - r:.1f},{cy:.1f} a{r},{r} 0 1,0 {2 * r},0 a{r},{r} 0 1,0 {-2 * r},0 Z"
    if status == "reported":
        return f"M{cx - r:.1f},{cy - r:.1f} h{2 * r} v{2 * r} h{-2 * r} Z"
    if status == "expected":
        return f"M{cx:.1f},{cy - r - 1:.1f} l{r + 1},{r + 1} l{-r - 1},{r + 1} l{-r - 1},{-r - 1} Z"
    if status == "estimated":
        return f"M{cx - r:.1f},{cy - r:.1f} l{2 * r},0 l{-r},{2 * r} Z"
    return f"M{cx:.1f},{cy - r - 1:.1f} l{r + 1},{2 * r + 1} l{-2 * r - 2},0 Z"  # rumoured: triangle


def _mark(f: Figure, cx: float, cy: float, colour: str) -> str:
    label = (
        f"{f.model}: {human_count(f.low)}{'–' + human_count(f.high) if f.high > f.low else ''} "
        f"{f.scope}, {f.status}, {f.source} ({f.date[:10]})"
    )
    paint = (
        f'fill="{colour}"' if f.scope == "total" else f'style="fill:#fff;stroke:{colour};stroke-width:1.6"'
    )
    return (
        f'<path class="mark status-{escape(f.status)}" data-model="{escape(f.model)}" '
        f'data-status="{escape(f.status)}" data-scope="{escape(f.scope)}" d="{_shape(f.status, cx, cy)}" '
        f"{paint}><title>{escape(label)}</title></path>"
    )


def _legend(colours: dict[str, str]) -> str:
    items = [
        f'<svg width="14" height="14" viewBox="0 0 14 14"><path class="mark" d="{_shape(s, 7, 7, 4)}" '
        f'fill="#fff"/></svg> {s}'
        for s in SHAPES
    ]
    items += [f'<span style="color:{c}">&#9632;</span> {escape(org)}' for org, c in colours.items()]
    items.append(f'<span style="color:{OTHER_COLOUR}">&#9632;</span> other')
    items.append(
        "(filled: total parameters, hollow: active; dashed: rumour to the later official figure, "
        "green confirmed, red contradicted)"
    )
    return '<p class="small" id="legend">' + " &nbsp; ".join(items) + "</p>"


# --- tables -------------------------------------------------------------------------------------


def _size(low: int | None, high: int | None = None) -> str:
    if low is None:
        return ""
    return human_count(low) + (f"–{human_count(high)}" if high and high > low else "")


def _table(headers: Sequence[str], rows: Iterable[tuple[str, Sequence[str]]], table_id: str) -> str:
    """`rows` are (model name for filtering, already escaped cells)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        f"<tr{_model_attr(model)}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        for model, cells in rows
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _model_attr(model: str) -> str:
    return f' data-model="{escape(model)}"' if model else ""


def _models_table(models: Sequence[ModelSummary]) -> str:
    rows = []
    for m in models:
        total, active = m.total, m.active
        best = total or active
        rows.append(
            (
                m.model,
                [
                    escape(m.model),
                    escape(m.org or ""),
                    _size(total and total.params, total and total.params_high),
                    _size(active and active.params, active and active.params_high),
                    escape(", ".join(human_count(v) for v in m.variants)),
                    escape(best.basis if best else ""),
                    escape(best.confidence if best else ""),
                    str(m.sources),
                    escape(m.first_seen[:10]),
                ],
            )
        )
    headers = ["model", "org", "total", "active", "variants", "basis", "confidence", "sources", "first seen"]
    return "<h2>Models</h2>" + _table(headers, rows, "models")


def _side(side) -> str:
    links = " ".join(
        f'<a href="{escape(u)}" rel="noreferrer">[{i}]</a>'
        for i, u in enumerate(side.urls, 1)
        if u.startswith(("http://", "https://"))
    )
    if side.urls_total > len(side.urls):
        links += f" (of {side.urls_total:,} URLs)"
    return (
        f"{escape(side.status)} {_size(side.params, side.params_high)} — "
        f"{escape(', '.join(side.sources))} {links}"
    )


def _conflicts_table(items: Sequence[Conflict]) -> str:
    if not items:
        return "<h2>Conflicts</h2><p>No conflicts beyond the tolerance.</p>"
    rows = [
        (
            c.model,
            [escape(c.model), escape(c.scope), escape(c.kind), _side(c.a), _side(c.b), f"{c.ratio:.2f}×"],
        )
        for c in items
    ]
    return "<h2>Conflicts</h2>" + _table(
        ["model", "scope", "kind", "one side", "other side", "ratio"], rows, "conflicts"
    )


def _reliability_table(items: Sequence[Reliability]) -> str:
    rows = [
        (
            "",
            [
                escape(r.source),
                r.kind,
                str(r.claims),
                str(r.official),
                str(r.unofficial),
                str(r.confirmed),
                str(r.contradicted),
                str(r.pending),
            ],
        )
        for r in items
    ]
    headers = ["source", "kind", "claims", "official", "unofficial", "confirmed", "contradicted", "pending"]
    return "<h2>Sources</h2>" + _table(headers, rows, "sources")


def _timelines(entries: Sequence[HistoryEntry]) -> str:
    out = ["<h2>Timelines</h2>"]
    by_model: dict[str, list[HistoryEntry]] = {}
    for e in entries:
        by_model.setdefault(e.model_id, []).append(e)
    for group in by_model.values():
        rows = []
        for e in group:
            path = " → ".join(f"{c.status} ({c.date[:10]})" for c in e.changes)
            first = escape(e.first_outlet)
            if e.first_url and e.first_url.startswith(("http://", "https://")):
                first = f'<a href="{escape(e.first_url)}" rel="noreferrer">{first}</a>'
            rows.append(
                (
                    e.model,
                    [
                        escape(e.first_date[:10]),
                        escape(e.scope),
                        _size(e.params, e.params_high) + (" (variant)" if e.variant else ""),
                        first,
                        escape(path),
                        escape(", ".join(e.repeated_by)),
                        escape(", ".join(e.cited)),
                    ],
                )
            )
        out.append(
            f'<div class="timeline" data-model="{escape(group[0].model)}"><h3>{escape(group[0].model)}</h3>'
            + _table(
                ["first seen", "scope", "figure", "first outlet", "status changes", "repeated by", "cited"],
                rows,
                f"timeline-{escape(group[0].model_id)}",
            )
            + "</div>"
        )
    return "\n".join(out)
