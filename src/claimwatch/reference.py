"""Reference figures from Epoch AI's public model table, and our consensus checked against them.

Epoch AI, 'Data on AI Models', https://epoch.ai/data/ai-models, CC BY 4.0 (credit Epoch AI when
redistributing figures taken from it). The CSV layout (all three of Epoch's tables share it) has the
columns `Model`, `Organization`, `Publication date`, `Parameters`, `Confidence` and `Link`, among others;
numbers are written as floats or in scientific notation (`405000000000.0`, `1.8e+12`) and an unknown
figure is blank.

Parsing and comparing are pure; only `load_reference` touches the store (through `Store.replace_reference`).
Names map to our model ids by name key (lower case, tokens joined: `Llama 3-70B` -> `llama370b`): first the
whole name, then without a bracketed note (`GPT-3 175B (davinci)`), then without a trailing size tag,
which becomes the row's `size_tag` (`Llama 3-70B` is model `llama-3` at 70B).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from claimwatch.analysis import DEFAULT_TOLERANCE, ModelSummary, agree
from claimwatch.errors import UsageError
from claimwatch.extract.gazetteer import name_key

ATTRIBUTION = "Epoch AI, 'Data on AI Models', https://epoch.ai/data/ai-models, CC BY 4.0"
REQUIRED_COLUMNS = ("Model", "Parameters")
OPTIONAL_COLUMNS = ("Organization", "Publication date", "Confidence", "Link")
BRACKETED = re.compile(r"\s*\([^)]*\)\s*$")
SIZE_TAG = re.compile(r"[\s\-‑–_]*(\d{1,4}(?:\.\d{1,3})?)\s?([BbMT])$")
_SCALE = {"m": 10**6, "b": 10**9, "t": 10**12}
Verdict = Literal["agree", "disagree", "reference blank", "not in reference"]


class ReferenceRow(BaseModel):
    """One row of the reference table, mapped to our model id where the name is known."""

    model_config = ConfigDict(frozen=True)

    model: str
    model_id: str | None = None
    size_tag: int | None = None
    org: str | None = None
    published: str | None = None
    params: int | None = None
    confidence: str | None = None
    link: str | None = None


class CheckRow(BaseModel):
    """Our figure for a model beside the reference's."""

    model_config = ConfigDict(frozen=True)

    model_id: str
    model: str
    variant: int | None
    ours: int
    ours_high: int | None
    our_status: str
    our_basis: str
    reference: int | None
    reference_model: str | None
    reference_confidence: str | None
    verdict: Verdict
    ratio: float | None


# --- parsing ------------------------------------------------------------------------------------


def parse_epoch_csv(text: str, index: Mapping[str, str] | None = None) -> list[ReferenceRow]:
    """Rows of an Epoch-layout CSV, model names mapped by `index` (name key -> model id).

    Raises UsageError when the text is not such a CSV (no header with `Model` and `Parameters`).
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = reader.fieldnames or []
    except csv.Error as e:
        raise UsageError(f"not a CSV file ({e})") from e
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise UsageError(
            f"not an Epoch AI model table: no {', '.join(missing)} column (has {len(header)} columns)"
        )
    try:
        return [_row(record, index or {}) for record in reader if (record.get("Model") or "").strip()]
    except csv.Error as e:
        raise UsageError(f"malformed CSV at line {reader.line_num} ({e})") from e


def _row(record: Mapping[str, str | None], index: Mapping[str, str]) -> ReferenceRow:
    name = " ".join((record.get("Model") or "").split())
    model_id, tag = match_name(name, index)
    return ReferenceRow(
        model=name,
        model_id=model_id,
        size_tag=tag,
        org=_text(record.get("Organization")),
        published=_text(record.get("Publication date")),
        params=parse_number(record.get("Parameters")),
        confidence=_text(record.get("Confidence")),
        link=_text(record.get("Link")),
    )


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def parse_number(value: str | None) -> int | None:
    """'405000000000.0' or '1.8e+12' as an int; blank, zero, negative or not a number as None."""
    try:
        number = float((value or "").strip().replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(number) or number < 1:
        return None
    return round(number)


def match_name(name: str, index: Mapping[str, str]) -> tuple[str | None, int | None]:
    """(model id, size tag) for a reference model name; (None, tag) when the name is unknown."""
    bare = BRACKETED.sub("", name).strip() or name
    for candidate in (name, bare):
        if name_key(candidate) in index:
            return index[name_key(candidate)], None
    m = SIZE_TAG.search(bare)
    if m is None or m.start() == 0:
        return None, None
    tag = round(float(m.group(1)) * _SCALE[m.group(2).lower()])
    return index.get(name_key(bare[: m.start()])), tag


def name_index(
    models: Iterable[Mapping[str, Any]],
    claims: Iterable[Mapping[str, Any]] = (),
    bundled: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Name key -> model id from (lowest priority first) the bundled gazetteer keys, claims' model
    texts and ids, and the store's models with their aliases (`Store.models()` rows)."""
    index = dict(bundled or {})
    for claim in claims:
        index[name_key(claim["model_id"])] = claim["model_id"]
        index.setdefault(name_key(claim["model"]), claim["model_id"])
    for model in models:
        for name in (model["id"], model.get("name"), *model.get("aliases", ())):
            if name:
                index[name_key(name)] = model["id"]
    index.pop("", None)
    return index


def load_reference(
    store: Any, path: str | Path, index: Mapping[str, str], dataset: str | None = None
) -> list[ReferenceRow]:
    """Read an Epoch CSV file and replace that dataset's rows in the store; returns the rows."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise UsageError(f"{path} is not UTF-8 text ({e.reason})") from e
    except OSError as e:
        raise UsageError(f"cannot read {path} ({e.strerror})") from e
    rows = parse_epoch_csv(text, index)
    if not rows:
        raise UsageError(f"{path} has no model rows")
    store.replace_reference(dataset or path.name, [row.model_dump() for row in rows])
    return rows


# --- checking -----------------------------------------------------------------------------------


def compare(
    summaries: Sequence[ModelSummary], reference: Sequence[ReferenceRow], tolerance: float = DEFAULT_TOLERANCE
) -> list[CheckRow]:
    """Our total-parameter consensus (and variant sizes) beside the reference, one row per figure.

    Verdicts: agree (within tolerance), disagree, reference blank (the reference has the model but no
    figure: we fill a gap), not in reference.
    """
    by_model: dict[str, list[ReferenceRow]] = {}
    for row in reference:
        if row.model_id:
            by_model.setdefault(row.model_id, []).append(row)
    out: list[CheckRow] = []
    for summary in summaries:
        rows = by_model.get(summary.model_id, [])
        if summary.total is not None:
            ours = (summary.total.params, summary.total.params_high or summary.total.params)
            out.append(_check(summary, None, ours, _best_match(rows, ours), bool(rows), tolerance))
        for size in summary.variants:
            match = _variant_match(rows, size, tolerance)
            out.append(_check(summary, size, (size, size), match, bool(rows), tolerance))
    return out


def _variant_match(rows: Sequence[ReferenceRow], size: int, tolerance: float) -> ReferenceRow | None:
    """The row tagged with this size, else an untagged row whose figure is this size ('Grok-1', 314B)."""
    tagged = [r for r in rows if r.size_tag and agree((r.size_tag, r.size_tag), (size, size), 0.05)]
    plain = [
        r
        for r in rows
        if not r.size_tag and r.params and agree((r.params, r.params), (size, size), tolerance)
    ]
    return (tagged or plain or [None])[0]


def _best_match(rows: Sequence[ReferenceRow], ours: tuple[int, int]) -> ReferenceRow | None:
    """A row without a size tag (one with a figure first), else the tagged row nearest our figure."""
    plain = sorted((r for r in rows if r.size_tag is None), key=lambda r: r.params is None)
    if plain:
        return plain[0]
    tagged = [r for r in rows if r.size_tag]
    return min(tagged, key=lambda r: abs(math.log(r.size_tag or 1) - math.log(ours[0])), default=None)


def _check(
    summary: ModelSummary,
    variant: int | None,
    ours: tuple[int, int],
    ref: ReferenceRow | None,
    known: bool,
    tolerance: float,
) -> CheckRow:
    consensus = summary.total
    verdict: Verdict
    if ref is None:
        verdict = "reference blank" if known else "not in reference"
    elif ref.params is None:
        verdict = "reference blank"
    else:
        verdict = "agree" if agree(ours, (ref.params, ref.params), tolerance) else "disagree"
    ratio = round(ref.params / ours[0], 3) if ref is not None and ref.params else None
    return CheckRow(
        model_id=summary.model_id,
        model=summary.model,
        variant=variant,
        ours=ours[0],
        ours_high=ours[1] if ours[1] > ours[0] else None,
        our_status=consensus.status if consensus and variant is None else "variant",
        our_basis=consensus.basis if consensus and variant is None else "stated as a size variant",
        reference=ref.params if ref else None,
        reference_model=ref.model if ref else None,
        reference_confidence=ref.confidence if ref else None,
        verdict=verdict,
        ratio=ratio,
    )
