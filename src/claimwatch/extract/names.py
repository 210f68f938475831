"""Find model and organisation names in a sentence: known ones from the gazetteer, new ones by shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimwatch.extract.gazetteer import Gazetteer, Mention, name_key

NAMING_CUE = re.compile(
    r"(?:called|named|dubbed|code-?named|known as|namens|genannt|mit dem namen|nommée?|baptisée?|appelée?|"
    r"llamado|llamada|denominad[oa]|bautizad[oa]|chiamato|chiamata|genaamd|chamado|chamada)\s+$",
    re.IGNORECASE,
)
NAMING_FORWARD = re.compile(r"(?<!\w)" + NAMING_CUE.pattern.removesuffix("$"), re.IGNORECASE)
MODEL_WORD = re.compile(
    r"(?:language )?model(?:s|l|le|lo|o)?|LLMs?|Sprachmodell\w*|KI-Modell\w*|modèle|modelo|modello|"
    r"chatbot|foundation model|system",
    re.IGNORECASE,
)
# capitalised words with a number or a second capital: MAI-1, Kestrel-7, DeepThink-2, NovaLM
NAME_SHAPE = re.compile(
    r"(?<![\w-])(?:[A-Z][A-Za-z]*(?:[-‑][A-Z][A-Za-z]*)?[-‑ ]?\d+(?:\.\d+)?(?:[-‑]?[A-Za-z]+)?"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]+)(?![\w-])"
)
CAPITALISED = re.compile(r"[A-Z][\w.]*(?:[-‑ ][A-Z0-9][\w.]*){0,2}")
NOT_MODELS = frozenset(
    """H100 H200 H800 A100 A800 B100 B200 GB200 GH200 V100 TPU TPUs GPU GPUs CPU CPUs AI KI IA LLM LLMs MoE
    API APIs RAM GB TB MB USD EUR US USA EU UK CEO CTO COVID PC PCs CES IPO AGI NLP OK FLOPs FLOP PDF HTML
    RTX SOTA IT GPT MIT IEEE ICML ICLR NeurIPS GDPR AWS DGX HBM OS VRAM""".split()
)
POSSESSIVE_AFTER = re.compile(r"^(?:['’]s?|s)?\s", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ModelMention:
    start: int
    end: int
    surface: str
    model_id: str
    canonical: str
    org: str | None
    known: bool


def find_models(text: str, start: int, end: int, gaz: Gazetteer) -> list[ModelMention]:
    """Known and new model names in text[start:end], in text order, not overlapping."""
    found = [_known(m, gaz) for m in gaz.model_index.find(text, start, end)]
    found = [m for m in found if m is not None]
    taken = [(m.start, m.end) for m in found]
    org_spans = [(m.start, m.end) for m in gaz.org_index.find(text, start, end)]
    for m in _new_names(text, start, end):
        if not _overlaps(m.start, m.end, taken) and not _overlaps(m.start, m.end, org_spans):
            found.append(m)
            taken.append((m.start, m.end))
    return sorted(found, key=lambda m: m.start)


def find_orgs(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, canonical org) for organisation names in text[start:end]."""
    return [(m.start, m.end, gaz.org_index.keys[m.key]) for m in gaz.org_index.find(text, start, end)]


def _known(m: Mention, gaz: Gazetteer) -> ModelMention | None:
    entry = gaz.model(m.key)
    if entry is None:
        return None
    return ModelMention(m.start, m.end, m.surface, entry.id, entry.name, entry.org, True)


def _new_names(text: str, start: int, end: int) -> list[ModelMention]:
    out = []
    for m in NAME_SHAPE.finditer(text, start, end):
        name = m.group().strip()
        if name.split("-")[0].split(" ")[0] in NOT_MODELS or name in NOT_MODELS:
            continue
        if _named_or_next_to_model_word(text, m.start(), m.end(), start, end):
            out.append(_new(m.start(), m.start() + len(name), name))
    for cue_end in _naming_cue_ends(text, start, end):
        m = CAPITALISED.match(text, cue_end)
        if m and m.group() not in NOT_MODELS:
            out.append(_new(m.start(), m.end(), m.group().rstrip(".")))
    return out


def _naming_cue_ends(text: str, start: int, end: int) -> list[int]:
    return [m.end() for m in NAMING_FORWARD.finditer(text, start, end)]


def _named_or_next_to_model_word(text: str, a: int, b: int, start: int, end: int) -> bool:
    before = text[max(start, a - 30) : a]
    after = text[b : min(end, b + 30)]
    if NAMING_CUE.search(before):
        return True
    if re.search(r"(?:" + MODEL_WORD.pattern + r")\s+(?:\w+\s+)?$", before, re.IGNORECASE):
        return True
    return bool(re.match(r"^[\s-]*(?:\w+\s+)?(?:" + MODEL_WORD.pattern + r")\b", after, re.IGNORECASE))


def _new(start: int, end: int, name: str) -> ModelMention:
    slug = re.sub(r"[^a-z0-9.]+", "-", name.lower()).strip("-")
    return ModelMention(start, end, name, slug, name, None, False)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def slug_key(name: str) -> str:
    return name_key(name)
