"""Answers over stored claims: consensus, conflicts, source reliability and history. Pure: no I/O, no clock.

Every function takes claims as plain dicts (the rows of `Store.claims()`) or objects with the same
attributes, turns them into `Figure`s once (`figures()`), and returns frozen pydantic results.

What the words mean (docs/answers.md says the same with examples):

- **Canonical model.** A claim belongs to its `model_id` (the extractor's gazetteer id, or a slug for a
  new name). The id is looked up by name key (lower case, tokens joined: `GPT4`, `gpt-4` and `GPT-4` are
  all `gpt4`) among the names and aliases of the gazetteer and the store (`alias add`, `alias merge`), so
  a slug such as `gpt4` or a curated codename becomes its model; ids with the same key are one model.
  The model text is not looked up: the extractor strips size tags from it, so it can name a family.
  Versions are different ids (`llama-3` vs `llama-3.1`) and stay apart.
- **Size variant.** `Llama 3 70B` is model `llama-3` at 70B. A figure is a *variant figure* when the
  model text itself ends in a size tag, when the evidence writes the name followed by a size tag equal to
  the figure ("Llama 3 70B"), or when one sentence of one article gives the same model several sizes
  (unless it contrasts them: "rather than", "not", "but", ...). A range is a *family range* when figures
  of that model were stated as variants inside it. Variant figures and family ranges never make a
  conflict and never decide a consensus; `history` lists them, `models` shows them as `variants`.
- **Agreement.** Two figures (a range is the interval low..high) agree when they overlap or the gap
  between them is at most `tolerance` (relative, default 0.1) of the larger value. Figures of one model
  and scope that all agree with each other form a *cluster* (sorted by size, a figure joins the first
  cluster all of whose members it agrees with). Total and active counts are never compared.
- **Independent source.** The claim's `attributed_to` if set (whom the article cites), else the outlet
  (site, else the URL's host). Names are compared by a key (lower case, letters and digits only, a host
  reduced to its registered name: `theinformation.com` and "The Information" are one source). One
  article counts once however many URLs or feeds it appeared under (the store keeps copies as
  `appearances` of one article), and so does an outlet repeating itself.
- **Consensus** per (model, scope): official figures outrank reports, reports outrank rumours,
  expectations and estimates. Within the best rank present, the cluster held by most independent
  sources wins (then most articles, then the one most figures of any rank agree with, then the earliest);
  its value is the figure most of its sources stated.
  Confidence: *high* = official and all official figures agree; *medium* = official but officials
  disagree, or reported by two or more sources that agree; *low* = anything else. `basis` says why.
- **Conflict**: two clusters of one model and scope, each within one status, that do not agree. Its kind
  names the two statuses, lower rank first: "rumour vs official", "official vs official", ...
- **Reliability**: a rumoured, expected, estimated or reported figure is *confirmed* when the official
  figures dated after it (published, else fetched; later by day) have a winning cluster that agrees
  with it, *contradicted* when that cluster does not agree, *pending* when no later official figure
  exists. A variant figure, or one whose model's later official figures are all variants, is confirmed
  by any later official figure that agrees and otherwise stays pending (a size nobody announced is no
  contradiction). Each figure counts once per outlet and once per cited source (`attributed_to`).
- **History** per model and scope: each cluster in order of first appearance, with its first date, outlet
  and URL, who repeated it later, who was cited, and the status path (rumored -> official): the first
  claim of each status in order, and how many times the status changed.
- **Answers are bounded**: a conflict side lists its sources and its `EXAMPLES` (5) earliest distinct URLs
  with `urls_total`; a history entry at most one status change per status, with `changes_total`. The
  claims themselves, every URL included, are what `export` is for.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict

from claimwatch.extract.gazetteer import name_key
from claimwatch.extract.tags import tag_in_name, tags_after

DEFAULT_TOLERANCE = 0.1
RANK = {"official": 3, "reported": 2, "rumored": 1, "expected": 1, "estimated": 1}
NOUN = {
    "official": "official",
    "reported": "report",
    "rumored": "rumour",
    "expected": "expectation",
    "estimated": "estimate",
}
ADJECTIVE = {
    "official": "official",
    "reported": "reported",
    "rumored": "rumoured",
    "expected": "expected",
    "estimated": "estimated",
}
CONTRAST = re.compile(
    r"\b(?:rather than|instead of|not|but|however|contrary|previously|earlier|initially|originally|now|later|"
    r"versus|vs|compared|up from|down from|statt|nicht|aber|zuvor|früher|bisher|plutôt|mais|pas|auparavant|"
    r"sino|pero|en lugar|antes)\b",
    re.IGNORECASE,
)
TAG_MATCH = 0.005  # a size tag names the figure when they differ by at most 0.5 %
EXAMPLES = 5  # URLs an answer shows per side (the earliest), beside the count of all
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu"}

ClaimLike = Mapping[str, Any] | Any


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


@dataclass(frozen=True)
class Figure:
    """One claim, normalised for analysis: canonical model id, interval, date, independent source."""

    claim_id: int | None
    article_id: int | None
    model_id: str
    model: str
    org: str | None
    low: int
    high: int
    scope: str
    status: str
    attributed_to: str | None
    outlet: str
    url: str | None
    date: str
    evidence: str
    text: str = ""  # the model name as the article wrote it
    variant: bool = False

    @property
    def source(self) -> str:
        """Whom the figure comes from: the cited source, else the outlet."""
        return self.attributed_to or self.outlet

    @property
    def source_key(self) -> str:
        return source_key(self.source)

    @property
    def rank(self) -> int:
        return RANK.get(self.status, 1)

    @property
    def span(self) -> tuple[int, int]:
        return self.low, self.high


# --- results ------------------------------------------------------------------------------------


class ConsensusRow(_Frozen):
    """The agreed figure for one model and scope, with how sure it is and why."""

    model_id: str
    model: str
    org: str | None
    scope: str
    params: int
    params_high: int | None
    status: str
    sources: int
    source_names: list[str]
    confidence: Literal["high", "medium", "low"]
    basis: str
    first_seen: str
    claims: int


class ModelSummary(_Frozen):
    """One model: consensus total and active counts, variant sizes, how many sources, first seen."""

    model_id: str
    model: str
    org: str | None
    total: ConsensusRow | None
    active: ConsensusRow | None
    variants: list[int]
    sources: int
    claims: int
    first_seen: str


class Side(_Frozen):
    """One side of a conflict: a cluster of figures with one status. `urls` are the earliest `EXAMPLES`
    of its distinct URLs, `urls_total` counts them all (`export` lists every claim's URL)."""

    status: str
    params: int
    params_high: int | None
    sources: list[str]
    urls: list[str]
    urls_total: int
    first_seen: str
    claims: int


class Conflict(_Frozen):
    model_id: str
    model: str
    scope: str
    kind: str
    a: Side
    b: Side
    ratio: float


class StatusChange(_Frozen):
    date: str
    status: str
    outlet: str
    url: str | None


class HistoryEntry(_Frozen):
    """One distinct figure (cluster) of a model: as first stated, and every value stated in it.
    `changes` holds the first claim of each status, in order; `changes_total` counts every status change
    (outlets word one figure as rumoured, reported and plain fact in turn: tens of thousands for GPT-4)."""

    model_id: str
    model: str
    scope: str
    params: int
    params_high: int | None
    values: list[int]
    variant: bool
    first_date: str
    first_outlet: str
    first_url: str | None
    first_status: str
    evidence: str
    repeated_by: list[str]
    cited: list[str]
    sources: int
    claims: int
    changes: list[StatusChange]
    changes_total: int


class Reliability(_Frozen):
    """How an outlet's (or a cited source's) unofficial figures held up against later official ones."""

    source: str
    kind: Literal["outlet", "cited"]
    claims: int
    official: int
    unofficial: int
    confirmed: int
    contradicted: int
    pending: int

    @property
    def summary(self) -> str:
        return f"{self.source}: {self.confirmed} confirmed, {self.contradicted} contradicted"


# --- figures ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def source_key(name: str) -> str:
    """Comparable key of a source name or host: 'The Information' == 'www.theinformation.com'."""
    text = name.strip().lower()
    if "://" in text:
        text = urlsplit(text).hostname or text
    if " " not in text and "." in text:
        labels = text.removeprefix("www.").split(".")[:-1]
        if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
            labels.pop()
        text = labels[-1] if labels else text
    return re.sub(r"[\W_]+", "", text)


def figures(
    claims: Iterable[ClaimLike],
    aliases: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Figure]:
    """Claims as Figures: canonical model ids, variants flagged.

    A claim's model id is looked up by its name key in `aliases` (name key -> model id: the gazetteer's
    and the store's names and aliases), else ids with the same key are one model (the most used id).
    `names` gives display names by model id (default: the claim's own model text).
    """
    claims = list(claims)
    ids = Counter(str(_get(claim, "model_id") or "") for claim in claims)
    keys = {model_id: name_key(model_id) for model_id in ids}  # each distinct id keyed once
    ids_by_key: dict[str, Counter[str]] = {}
    for model_id, n in ids.items():
        ids_by_key.setdefault(keys[model_id], Counter())[model_id] += n
    canonical = {key: ids.most_common(1)[0][0] for key, ids in ids_by_key.items()}
    canonical.update({k: v for k, v in (aliases or {}).items() if k in canonical})
    ids_to = {model_id: canonical.get(key) or model_id for model_id, key in keys.items()}
    return _flag_variants([_figure(claim, ids_to, names or {}) for claim in claims])


def _get(claim: ClaimLike, key: str) -> Any:
    return claim.get(key) if isinstance(claim, Mapping) else getattr(claim, key, None)


def _getter(claim: ClaimLike) -> Callable[[str], Any]:
    """`_get` bound to one claim (the Mapping check done once)."""
    if isinstance(claim, Mapping):
        return claim.get
    return lambda key: getattr(claim, key, None)


def _figure(claim: ClaimLike, ids_to: Mapping[str, str], names: Mapping[str, str]) -> Figure:
    """One claim as a Figure; `ids_to` maps each claim model id to its canonical id."""
    _get = _getter(claim)
    text, model_id = str(_get("model") or ""), str(_get("model_id") or "")
    model_id = ids_to.get(model_id) or model_id
    url = _get("url")
    outlet = _get("site") or (_host(url) if url else None)
    low = int(_get("params"))
    return Figure(
        claim_id=_get("id"),
        article_id=_get("article_id"),
        model_id=model_id,
        model=names.get(model_id) or text or model_id,
        org=_get("org"),
        low=low,
        high=max(low, int(_get("params_high") or low)),
        scope=str(_get("scope") or "total"),
        status=str(_get("status") or "reported"),
        attributed_to=_get("attributed_to") or None,
        outlet=str(outlet or _get("source") or "unknown"),
        url=url,
        date=_date_text(_get("published") or _get("fetched") or _get("extracted_at")),
        evidence=str(_get("evidence") or ""),
        text=text,
    )


@functools.lru_cache(maxsize=4096)
def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _date_text(value: Any) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value or "")


def _flag_variants(figs: list[Figure]) -> list[Figure]:
    variant = {i for i, f in enumerate(figs) if f.low == f.high and _tagged(f)}
    by_sentence: dict[tuple[Any, ...], list[int]] = {}
    for i, f in enumerate(figs):
        if f.low == f.high:
            by_sentence.setdefault((f.article_id, f.evidence, f.model_id, f.scope), []).append(i)
    for members in by_sentence.values():
        if len({figs[i].low for i in members}) > 1 and not CONTRAST.search(figs[members[0]].evidence):
            variant.update(members)
    found: dict[tuple[str, str], set[int]] = {}
    for i in variant:
        found.setdefault((figs[i].model_id, figs[i].scope), set()).add(figs[i].low)
    sizes = {key: sorted(values) for key, values in found.items()}
    for i, f in enumerate(figs):
        if f.low < f.high and _any_within(sizes.get((f.model_id, f.scope), []), f.low, f.high):
            variant.add(i)
    return [_with_variant(f) if i in variant else f for i, f in enumerate(figs)]


def _any_within(ordered: Sequence[int], low: int, high: int) -> bool:
    """Some value of the sorted `ordered` lies in low..high."""
    at = bisect_left(ordered, low)
    return at < len(ordered) and ordered[at] <= high


def _with_variant(f: Figure) -> Figure:
    return dataclasses.replace(f, variant=True)


def _tagged(f: Figure) -> bool:
    """The figure was written as a size tag on the name: 'Llama 3 70B'."""
    return any(_tag_in(name, f) for name in dict.fromkeys((f.text, f.model)) if name)


def _tag_in(name: str, f: Figure) -> bool:
    inner = tag_in_name(name, 0)
    if inner and inner.params and _same(inner.params, f.low):
        return True
    lowered, name = f.evidence.lower(), name.lower()
    start = lowered.find(name)
    while start >= 0:
        end = start + len(name)
        if any(t.params and _same(t.params, f.low) for t in tags_after(f.evidence, end, len(f.evidence))):
            return True
        start = lowered.find(name, end)
    return False


def _same(a: int, b: int) -> bool:
    return abs(a - b) <= TAG_MATCH * max(a, b)


# --- agreement and clusters ---------------------------------------------------------------------


def agree(a: tuple[int, int], b: tuple[int, int], tolerance: float = DEFAULT_TOLERANCE) -> bool:
    """Two figures (low, high) agree: they overlap, or the gap is at most `tolerance` of the larger end."""
    (_, a_high), (b_low, _) = sorted([a, b])
    return b_low - a_high <= tolerance * b_low


def clusters(figs: Iterable[Figure], tolerance: float = DEFAULT_TOLERANCE) -> list[list[Figure]]:
    """Group figures that all agree with each other (by size; each joins the first cluster it fits).

    One sort, then one pass (`_sweep`): O(n log n).
    """
    ordered = sorted(figs, key=lambda f: (f.low, f.high, f.date))
    return [[ordered[i] for i in group] for group in _sweep([f.span for f in ordered], tolerance)]


def _sweep(spans: Sequence[tuple[int, int]], tolerance: float) -> list[list[int]]:
    """`clusters` over spans sorted by (low, high): each cluster as the indexes of its spans.

    Every member m of a cluster sorts before the span s being placed, so `agree(s, m)` is
    `s.low - m.high <= tolerance * s.low`: s agrees with all members exactly when it agrees with the one whose
    high end is lowest (the cluster's `floor`). A cluster that s does not fit fits no larger span either (its
    floor only falls while lows grow), so only the newest cluster is tried. `closed`, the highest floor of
    the older clusters, guards that shortcut: should float rounding ever let an older cluster fit again, the
    clusters are searched in order as the definition says.
    """
    groups: list[list[int]] = []
    floors: list[int] = []
    closed: int | None = None
    for i, (low, high) in enumerate(spans):
        limit = tolerance * low
        home = None
        if closed is not None and low - closed <= limit:
            home = next((g for g in range(len(groups) - 1) if low - floors[g] <= limit), None)
        if home is None and groups and low - floors[-1] <= limit:
            home = len(groups) - 1
        if home is None:
            if floors:
                closed = floors[-1] if closed is None else max(closed, floors[-1])
            groups.append([i])
            floors.append(high)
        else:
            groups[home].append(i)
            floors[home] = min(floors[home], high)
    return groups


def _sources(group: Sequence[Figure]) -> list[str]:
    """Distinct independent sources of a cluster, in order of appearance."""
    seen: dict[str, str] = {}
    for f in sorted(group, key=lambda f: f.date):
        seen.setdefault(f.source_key, f.source)
    return list(seen.values())


def _value(group: Sequence[Figure]) -> tuple[int, int]:
    """The figure most independent sources of the cluster stated (ties: the earliest)."""
    keys: dict[tuple[int, int], set[str]] = {}
    for f in sorted(group, key=lambda f: f.date):
        keys.setdefault(f.span, set()).add(f.source_key)
    return max(keys, key=lambda span: len(keys[span]))


def _first(group: Sequence[Figure]) -> Figure:
    return min(group, key=lambda f: (f.date or "~", f.claim_id or 0))


def _winner(
    groups: Sequence[Sequence[Figure]], support: Callable[[Sequence[Figure]], int] = len
) -> Sequence[Figure]:
    """The cluster with most independent sources, then most articles, then most `support`, then the
    earliest (then the first). Each criterion is computed only for the clusters still tied."""
    return _best(
        groups,
        lambda g: len({f.source_key for f in g}),
        _articles,
        lambda g: (-support(g), _first(g).date or "~"),
    )


def _best(
    items: Sequence[Any], most: Callable[[Any], int], then: Callable[[Any], int], last: Callable
) -> Any:
    """The first of `items` with the largest `most`, then the largest `then`, then the smallest `last`."""
    for score in (most, then):
        if len(items) > 1:
            scores = [score(item) for item in items]
            top = max(scores)
            items = [item for item, s in zip(items, scores, strict=True) if s == top]
    return items[0] if len(items) == 1 else min(items, key=last)


def _support(figs: Sequence[Figure], tolerance: float) -> Callable[[Sequence[Figure]], int]:
    """How many independent sources among all `figs` (any rank) agree with a cluster's value."""
    by_span: dict[tuple[int, int], set[str]] = {}
    for f in figs:
        by_span.setdefault(f.span, set()).add(f.source_key)

    def count(group: Sequence[Figure]) -> int:
        value = _value(group)
        return len(set().union(*(keys for span, keys in by_span.items() if agree(span, value, tolerance))))

    return count


def _articles(group: Sequence[Figure]) -> int:
    return len({_article_key(f) for f in group})


def _by_model_scope(figs: Iterable[Figure]) -> dict[tuple[str, str], list[Figure]]:
    out: dict[tuple[str, str], list[Figure]] = {}
    for f in figs:
        out.setdefault((f.model_id, f.scope), []).append(f)
    return out


def as_figures(items: Iterable[ClaimLike]) -> list[Figure]:
    """Figures as they are, anything else through `figures()` (without aliases)."""
    items = list(items)
    return items if all(isinstance(i, Figure) for i in items) else figures(items)


def _display(figs: Sequence[Figure]) -> tuple[str, str | None]:
    """Most common model text and organisation."""
    model = Counter(f.model for f in figs).most_common(1)[0][0]
    orgs = Counter(f.org for f in figs if f.org)
    return model, orgs.most_common(1)[0][0] if orgs else None


# --- consensus ----------------------------------------------------------------------------------


def consensus(claims: Iterable[ClaimLike], tolerance: float = DEFAULT_TOLERANCE) -> list[ConsensusRow]:
    """The consensus figure per (model, scope) over non-variant figures, by model id then scope."""
    rows = []
    for (model_id, scope), group in sorted(_by_model_scope(as_figures(claims)).items()):
        row = _consensus_of(model_id, scope, [f for f in group if not f.variant], tolerance)
        if row is not None:
            rows.append(row)
    return rows


def _consensus_of(model_id: str, scope: str, figs: list[Figure], tolerance: float) -> ConsensusRow | None:
    if not figs:
        return None
    best = max(f.rank for f in figs)
    top = clusters([f for f in figs if f.rank == best], tolerance)
    win = _winner(top, _support(figs, tolerance))
    low, high = _value(win)
    rivals = [g for g in top if g is not win and not agree(_value(g), (low, high), tolerance)]
    lower = [f for f in figs if f.rank < best and not agree(f.span, (low, high), tolerance)]
    sources = _sources(win)
    status = Counter(f.status for f in win).most_common(1)[0][0]
    model, org = _display(figs)
    return ConsensusRow(
        model_id=model_id,
        model=model,
        org=org,
        scope=scope,
        params=low,
        params_high=high if high > low else None,
        status=status,
        sources=len(sources),
        source_names=sources,
        confidence=_confidence(best, bool(rivals), len(sources)),
        basis=_basis(best, win, sources, rivals, lower),
        first_seen=_first(figs).date,
        claims=len(figs),
    )


def _confidence(rank: int, disagree: bool, n_sources: int) -> Literal["high", "medium", "low"]:
    if rank == 3:
        return "medium" if disagree else "high"
    return "medium" if rank == 2 and n_sources >= 2 and not disagree else "low"


def _basis(rank: int, win: Sequence[Figure], sources: list[str], rivals: list, lower: list[Figure]) -> str:
    label = " or ".join(sorted({ADJECTIVE[f.status] for f in win}))
    text = f"{label}{'' if rank == 3 else ' only'}, {len(sources)} source{'s' if len(sources) != 1 else ''}"
    if rivals:
        text += f"; sources disagree ({len(rivals)} other figure{'s' if len(rivals) != 1 else ''})"
    if lower:
        text += "; lower-ranked figures differ"
    return text


def summaries(claims: Iterable[ClaimLike], tolerance: float = DEFAULT_TOLERANCE) -> list[ModelSummary]:
    """One row per model: consensus total and active, variant sizes, sources, first seen."""
    figs = as_figures(claims)
    rows = {(r.model_id, r.scope): r for r in consensus(figs, tolerance)}
    by_model: dict[str, list[Figure]] = {}
    for f in figs:
        by_model.setdefault(f.model_id, []).append(f)
    out = []
    for model_id, group in sorted(by_model.items()):
        model, org = _display(group)
        out.append(
            ModelSummary(
                model_id=model_id,
                model=model,
                org=org,
                total=rows.get((model_id, "total")),
                active=rows.get((model_id, "active")),
                variants=sorted(
                    {f.low for f in group if f.variant and f.low == f.high and f.scope == "total"}
                ),
                sources=len(_sources(group)),
                claims=len(group),
                first_seen=_first(group).date,
            )
        )
    return out


# --- conflicts ----------------------------------------------------------------------------------


def conflicts(claims: Iterable[ClaimLike], tolerance: float = DEFAULT_TOLERANCE) -> list[Conflict]:
    """Pairs of disagreeing clusters per model and scope, official vs official first, then by ratio."""
    out: list[Conflict] = []
    with _gc_paused():  # every pair of sides may disagree: the answer can be much larger than the input
        for (model_id, scope), group in sorted(_by_model_scope(as_figures(claims)).items()):
            out += _conflicts_of(model_id, scope, group, tolerance)
        out.sort(
            key=lambda c: (-(c.a.status == "official") - (c.b.status == "official"), -c.ratio, c.model_id)
        )
    return out


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while many result objects are made (they form no cycles): each
    collection walks every live object, claims and figures included, and a large answer triggers
    hundreds of them (`conflicts` over 100k claims: ~2x faster)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _conflicts_of(model_id: str, scope: str, group: list[Figure], tolerance: float) -> list[Conflict]:
    """The conflicts of one model and scope: each pair of sides (clusters per status) whose values disagree.
    Each side's value and `Side` are computed once, however many pairs it is in."""
    by_status: dict[str, list[Figure]] = {}
    for f in group:
        by_status.setdefault(f.status, [])
        if not f.variant:
            by_status[f.status].append(f)
    sides: list[tuple[str, list[Figure], tuple[int, int]]] = []
    for status in sorted(by_status, key=lambda s: (RANK[s], s)):
        sides += [(status, g, _value(g)) for g in clusters(by_status[status], tolerance)]
    model = _display(group)[0]
    made: dict[int, Side] = {}

    def side(i: int) -> Side:
        if i not in made:
            made[i] = _side(sides[i][0], sides[i][1])
        return made[i]

    out = []
    for i, (_, _, value) in enumerate(sides):
        for j in range(i + 1, len(sides)):
            if not agree(value, sides[j][2], tolerance):
                out.append(_conflict(model_id, model, scope, side(i), side(j)))
    return out


def _side(status: str, group: Sequence[Figure]) -> Side:
    low, high = _value(group)
    urls = list(dict.fromkeys(f.url for f in sorted(group, key=lambda f: f.date) if f.url))
    return Side(
        status=status,
        params=low,
        params_high=high if high > low else None,
        sources=_sources(group),
        urls=urls[:EXAMPLES],
        urls_total=len(urls),
        first_seen=_first(group).date,
        claims=len(group),
    )


def _conflict(model_id: str, model: str, scope: str, a: Side, b: Side) -> Conflict:
    if (RANK[b.status], b.params) < (RANK[a.status], a.params):
        a, b = b, a
    ratio = max(a.params, b.params) / min(a.params_high or a.params, b.params_high or b.params)
    kind = f"{NOUN[a.status]} vs {NOUN[b.status]}"
    return Conflict(model_id=model_id, model=model, scope=scope, kind=kind, a=a, b=b, ratio=round(ratio, 3))


# --- reliability --------------------------------------------------------------------------------


def resolve(
    claims: Iterable[ClaimLike], tolerance: float = DEFAULT_TOLERANCE
) -> list[tuple[Figure, str, Figure | None]]:
    """Each non-official figure with 'confirmed', 'contradicted' or 'pending' and the later official
    figure that decided it (the first of the winning later cluster, or the first later one agreeing).

    All figures of one model, scope and day face the same later officials, so per model and scope the days
    are taken newest first, each day's later officials added to tallies by size (`_Tally`), and the day
    decided once from them: O(n log n + days x sizes), not a clustering per figure.
    """
    figs = as_figures(claims)
    if not tolerance >= 0:  # the tallies below need equal sizes to agree: decide each figure on its own
        officials = _by_model_scope(f for f in figs if f.status == "official")
        out = []
        for f in figs:
            if f.status != "official":
                later = [o for o in officials.get((f.model_id, f.scope), []) if _later(o, f)]
                out.append((f, *_verdict(f, later, tolerance)))
        return out
    members: dict[tuple[str, str], list[int]] = {}
    for i, f in enumerate(figs):
        members.setdefault((f.model_id, f.scope), []).append(i)
    verdicts: dict[int, tuple[str, Figure | None]] = {}
    for indexes in members.values():
        verdicts.update(_resolve_group(figs, indexes, tolerance))
    return [(f, *verdicts[i]) for i, f in enumerate(figs) if f.status != "official"]


def _later(o: Figure, f: Figure) -> bool:
    """Official `o` is dated after figure `f` (by day)."""
    return bool(f.date) and o.date[:10] > f.date[:10]


class _Tally:
    """Later non-variant official figures of one size: what `_winner`, `_value` and `_first` read."""

    __slots__ = ("articles", "count", "earliest", "first", "sources")

    def __init__(self, f: Figure, index: int) -> None:
        self.sources = {f.source_key}
        self.articles = {_article_key(f)}
        self.count = 1
        self.earliest = f.date  # the smallest date
        self.first = (_first_order(f, index), f)  # the figure `_first` picks, with its sort key

    def add(self, f: Figure, index: int) -> None:
        self.sources.add(f.source_key)
        self.articles.add(_article_key(f))
        self.count += 1
        self.earliest = min(self.earliest, f.date)
        key = _first_order(f, index)
        if key < self.first[0]:
            self.first = (key, f)


def _article_key(f: Figure) -> int:
    return f.article_id if f.article_id is not None else id(f)


def _first_order(f: Figure, index: int) -> tuple[Any, ...]:
    """`_first`'s key, then its ties as a cluster orders them (by size, date, input order)."""
    return (f.date or "~", f.claim_id or 0, f.low, f.high, f.date, index)


def _resolve_group(
    figs: Sequence[Figure], indexes: list[int], tolerance: float
) -> dict[int, tuple[str, Figure | None]]:
    """`_verdict` for the non-official figures among `figs[indexes]` (one model and scope), by day."""
    out: dict[int, tuple[str, Figure | None]] = {}
    days: dict[str, list[int]] = {}
    officials = []
    for i in indexes:
        f = figs[i]
        if f.status == "official":
            officials.append(i)
        elif f.date:
            days.setdefault(f.date[:10], []).append(i)
        else:
            out[i] = ("pending", None)
    officials.sort(key=lambda i: figs[i].date[:10], reverse=True)
    plain: dict[tuple[int, int], _Tally] = {}  # later non-variant officials by size
    earliest: dict[tuple[int, int], tuple[tuple[Any, ...], Figure]] = {}  # first later official by size
    taken = 0
    for day in sorted(days, reverse=True):
        while taken < len(officials) and figs[officials[taken]].date[:10] > day:
            i = officials[taken]
            o = figs[i]
            taken += 1
            key = (o.date or "~", o.claim_id or 0, i)
            if o.span not in earliest or key < earliest[o.span][0]:
                earliest[o.span] = (key, o)
            if o.variant:
                continue
            if o.span in plain:
                plain[o.span].add(o, i)
            else:
                plain[o.span] = _Tally(o, i)
        decided: tuple[tuple[int, int], Figure] | None = None
        hits: dict[tuple[int, int], Figure | None] = {}
        for i in days[day]:
            f = figs[i]
            if plain and not f.variant:
                if decided is None:
                    decided = _decide(plain, tolerance)
                value, first = decided
                out[i] = ("confirmed" if agree(f.span, value, tolerance) else "contradicted"), first
                continue
            if f.span not in hits:
                found = [entry for span, entry in earliest.items() if agree(f.span, span, tolerance)]
                hits[f.span] = min(found, key=lambda entry: entry[0])[1] if found else None
            hit = hits[f.span]
            out[i] = ("confirmed", hit) if hit is not None else ("pending", None)
    return out


def _decide(plain: Mapping[tuple[int, int], _Tally], tolerance: float) -> tuple[tuple[int, int], Figure]:
    """`_value` and `_first` of `_winner(clusters(figures))` for figures tallied by size."""
    spans = sorted(plain)
    groups = [[spans[j] for j in group] for group in _sweep(spans, tolerance)]

    def union(group: list[tuple[int, int]], field: str) -> int:
        if len(group) == 1:
            return len(getattr(plain[group[0]], field))
        return len(set().union(*(getattr(plain[span], field) for span in group)))

    win = _best(
        groups,
        lambda g: union(g, "sources"),
        lambda g: union(g, "articles"),
        lambda g: (-sum(plain[span].count for span in g), min(plain[span].first[0][0] for span in g)),
    )
    value = min(win, key=lambda span: (-len(plain[span].sources), plain[span].earliest, span))
    first = min((plain[span].first for span in win), key=lambda entry: entry[0])[1]
    return value, first


def _verdict(f: Figure, later: list[Figure], tolerance: float) -> tuple[str, Figure | None]:
    """Against later non-variant officials: their winning cluster decides. A variant figure, or one whose
    later officials are all variants, is confirmed by any agreeing one and otherwise stays pending."""
    plain = [o for o in later if not o.variant]
    if plain and not f.variant:
        win = _winner(clusters(plain, tolerance))
        return ("confirmed" if agree(f.span, _value(win), tolerance) else "contradicted"), _first(win)
    hits = [o for o in later if agree(f.span, o.span, tolerance)]
    return ("confirmed", _first(hits)) if hits else ("pending", None)


def reliability(claims: Iterable[ClaimLike], tolerance: float = DEFAULT_TOLERANCE) -> list[Reliability]:
    """Per outlet and per cited source: claims, and unofficial figures confirmed or contradicted later."""
    figs = as_figures(claims)
    verdicts = {id(f): v for f, v, _ in resolve(figs, tolerance)}
    rows = [*_tally(figs, verdicts, "outlet"), *_tally(figs, verdicts, "cited")]
    return sorted(rows, key=lambda r: (r.kind != "outlet", -(r.confirmed + r.contradicted), r.source.lower()))


def _tally(
    figs: list[Figure], verdicts: dict[int, str], kind: Literal["outlet", "cited"]
) -> list[Reliability]:
    groups: dict[str, list[Figure]] = {}
    for f in figs:
        name = f.outlet if kind == "outlet" else f.attributed_to
        if name:
            groups.setdefault(source_key(name), []).append(f)
    rows = []
    for group in groups.values():
        names = Counter(f.outlet if kind == "outlet" else f.attributed_to for f in group)
        counted: dict[tuple[Any, ...], str] = {}
        for f in sorted(group, key=lambda f: f.date):
            if id(f) in verdicts:
                counted.setdefault((f.model_id, f.scope, f.low, f.high), verdicts[id(f)])
        tally = Counter(counted.values())
        rows.append(
            Reliability(
                source=str(names.most_common(1)[0][0]),
                kind=kind,
                claims=len(group),
                official=sum(f.status == "official" for f in group),
                unofficial=len(counted),
                confirmed=tally["confirmed"],
                contradicted=tally["contradicted"],
                pending=tally["pending"],
            )
        )
    return rows


# --- history ------------------------------------------------------------------------------------


def history(
    claims: Iterable[ClaimLike], model_id: str | None = None, tolerance: float = DEFAULT_TOLERANCE
) -> list[HistoryEntry]:
    """Each distinct figure of each model (or of `model_id`), per model in order of first appearance."""
    entries = []
    figs = [f for f in as_figures(claims) if model_id is None or f.model_id == model_id]
    for (mid, scope), group in _by_model_scope(figs).items():
        model = _display(group)[0]
        entries += [_entry(mid, model, scope, g) for g in clusters(group, tolerance)]
    return sorted(entries, key=lambda e: (e.model_id, e.first_date or "~", e.scope, e.params))


def _entry(model_id: str, model: str, scope: str, group: list[Figure]) -> HistoryEntry:
    ordered = sorted(group, key=lambda f: (f.date or "~", f.claim_id or 0))
    first = ordered[0]
    repeated = list(
        dict.fromkeys(f.outlet for f in ordered[1:] if source_key(f.outlet) != source_key(first.outlet))
    )
    changes, total = _changes(ordered)
    return HistoryEntry(
        model_id=model_id,
        model=model,
        scope=scope,
        params=first.low,
        params_high=first.high if first.high > first.low else None,
        values=sorted({f.low for f in group}),
        variant=all(f.variant for f in group),
        first_date=first.date,
        first_outlet=first.outlet,
        first_url=first.url,
        first_status=first.status,
        evidence=first.evidence,
        repeated_by=repeated,
        cited=list(dict.fromkeys(f.attributed_to for f in ordered if f.attributed_to)),
        sources=len(_sources(group)),
        claims=len(group),
        changes=changes,
        changes_total=total,
    )


def _changes(ordered: Sequence[Figure]) -> tuple[list[StatusChange], int]:
    """The first figure of each status (in date order) and how many times the status changed in all."""
    first: dict[str, StatusChange] = {}
    total, last = 0, None
    for f in ordered:
        if f.status != last:
            total, last = total + 1, f.status
            if f.status not in first:
                first[f.status] = StatusChange(date=f.date, status=f.status, outlet=f.outlet, url=f.url)
    return list(first.values()), total
