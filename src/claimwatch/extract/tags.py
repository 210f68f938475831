"""Size tags written into model names: 'Llama 3 70B', 'Chinchilla70B', 'PaLM-540B', 'Qwen3-30B-A3B'."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALE = {"m": 10**6, "b": 10**9, "t": 10**12}
# right after a name: optional separator, a number and a B/M/T suffix, not followed by letters
SIZE_AFTER = re.compile(
    r"(?:[ \-‑–_]|:(?=[\d.]+[bm]\b))?(\d{1,4}(?:[.,]\d{1,3})?)\s?([BbMT])(?![\w])(?!\s*-?(?:[Tt]okens?|GPUs?|[Dd]ollars?|USD))"
)
MOE_AFTER = re.compile(r"[ \-‑–_]?(\d{1,3})\s?[x×]\s?(\d{1,4}(?:[.,]\d{1,3})?)([BbT])(?![\w])")
ACTIVE_AFTER = re.compile(r"[-‑_]A(\d{1,3}(?:\.\d{1,2})?)B(?![\w])")
EXPERTS_AFTER = re.compile(r"[-‑_]\d{1,3}[Ee](?![\w])")  # (an API id writes it small: '-17b-16e-instruct')
# a checkpoint's tag as a model hub writes it: 'BLOOM-7b1' (7.1 billion), 'BLOOM-1b7', 'BLOOM-560m'
CHECKPOINT_AFTER = re.compile(r"[-‑_](\d{1,4})(?:[bB](\d)|(m))(?!\w|\.\d)")
SIZE_AT_END = re.compile(r"[ \-‑–_]?(\d{1,4}(?:[.,]\d{1,3})?)\s?([BbMT])$")


@dataclass(frozen=True, slots=True)
class Tag:
    start: int
    end: int
    params: int | None  # None for an expert tag like 8x7B, which is not a count
    scope: str


def _value(number: str, suffix: str) -> int:
    return round(float(number.replace(",", ".")) * _SCALE[suffix.lower()])


def tags_after(text: str, name_end: int, limit: int) -> list[Tag]:
    """The size tags glued to or following a name that ends at name_end."""
    tags: list[Tag] = []
    pos = name_end
    moe = MOE_AFTER.match(text, pos, limit)
    if moe:
        tags.append(Tag(moe.start(), moe.end(), None, "total"))
        pos = moe.end()
    else:
        size = SIZE_AFTER.match(text, pos, limit)
        checkpoint = None if size else CHECKPOINT_AFTER.match(text, pos, limit)
        if size and not _is_version_like(text, size):
            # 'Llama-4-Maverick-17B-128E': before the number of experts, the size is the active count
            scope = "active" if EXPERTS_AFTER.match(text, size.end(), limit) else "total"
            tags.append(Tag(size.start(), size.end(), _value(size.group(1), size.group(2)), scope))
            pos = size.end()
        elif checkpoint:
            whole, tenth, million = checkpoint.groups()
            value = _value(whole, "m") if million else _value(f"{whole}.{tenth}", "b")
            tags.append(Tag(checkpoint.start(), checkpoint.end(), value, "total"))
            pos = checkpoint.end()
    active = ACTIVE_AFTER.match(text, pos, limit)
    if active and tags:
        tags.append(Tag(active.start(), active.end(), _value(active.group(1), "b"), "active"))
    elif tags and tags[-1].params:
        tags += more_sizes(text, pos, limit)  # 'Llama 3.1 8B and 70B', 'Gemma 2 2B, 9B und 27B'
    return tags


def more_sizes(text: str, pos: int, limit: int) -> list[Tag]:
    """More sizes of the same name listed after one of its tags: ', 9B und 27B'."""
    tags = []
    while more := MORE_SIZES.match(text, pos, limit):
        tags.append(Tag(more.start(1), more.end(), _value(more.group(1), more.group(2)), "total"))
        pos = more.end()
    return tags


MORE_SIZES = re.compile(
    r"(?:,\s*|\s*/\s*|,?\s+(?:and|und|et|y|e|or|oder|ou|o|&)\s+)(\d{1,4}(?:[.,]\d{1,3})?)([BMT])(?![\w-]|[.,]\d)"
)


FLAVOUR_AT_END = re.compile(r"(?:[ _-](?:Instruct|Chat|Base|Preview))+$")


def tag_in_name(surface: str, start: int) -> Tag | None:
    """A size written inside a known name itself, such as the 7B of 'Mistral 7B'."""
    m = SIZE_AT_END.search(FLAVOUR_AT_END.sub("", surface))  # 'Mistral 7B Instruct' still carries 7B
    if not m or m.start() == 0:
        return None
    size_before = SIZE_AT_END.search(surface, 0, m.start()) if m.group(2) == "T" else None
    if size_before is not None and size_before.group(2) in "BbM" and size_before.start() > 0:
        m = size_before  # 'Weald-7B-2T': after a size, a trillion counts the tokens seen
    if re.search(r"\d\s?[x×]\s?$", surface[: m.start(1)]):
        return None
    if surface[m.end(1) : m.end(1) + 1] == " " and surface[m.start(1) - 1] in "-‑":
        return None  # 'Kumo-2 M': a version and a size letter, not 2 million
    scope = "active" if re.search(r"[-‑_]A$", surface[: m.start(1)]) else "total"  # 'Hunyuan-A13B'
    if m.start() == m.start(1) and surface[m.start() - 1].isupper() and scope == "total":
        return None  # 'SeamlessM4T': the digit glued to a capital is part of the name, not 4 trillion
    return Tag(start + m.start(), start + m.end(), _value(m.group(1), m.group(2)), scope)


def _is_version_like(text: str, m: re.Match[str]) -> bool:
    """'GPT-4 1.76T' is a figure after a name, not a tag: a tag needs no space before a decimal."""
    return text[m.start()] == " " and ("." in m.group(1) or "," in m.group(1)) and m.group(2) in "T"
