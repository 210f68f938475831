"""Markdown-style tables in article text: which column a figure stands in, and what its header says.

'| Model | Parameters | Active | Training tokens |' gives each cell below it a meaning: a figure under
'Active' is an active count, one under 'Training tokens' is not a parameter count at all.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"[ \t]*\|")
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t:|-]+\|?[ \t]*$")

NOT_PARAMS = re.compile(
    r"token|jeton|context|kontext|contexte|contexto|price|preis|prix|precio|cost|kosten|coût|coste|\$|€|"
    r"date|datum|year|jahr|année|año|score|mmlu|benchmark|flops|gpu|memory|speicher|mémoire|memoria|vram|"
    r"layers|schichten|couches|capas|vocab|hidden|download|users|nutzer|utilisateurs|usuarios",
    re.IGNORECASE,
)
ACTIVE = re.compile(r"activ|aktiv|actif|attiv|per token|pro token", re.IGNORECASE)
PARAMS = re.compile(r"par[aáâ]m|size|größe|grösse|taille|tamaño|dimension|total|gesamt", re.IGNORECASE)


def header_of(text: str, pos: int) -> str | None:
    """The header of the table column the position stands in, or None outside a table."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ROW.match(text, line_start):
        return None
    column = text.count("|", line_start, pos) - 1
    header = None
    start = line_start
    while start > 0:  # walk up to the table's first row
        previous = text.rfind("\n", 0, start - 1) + 1
        if not _ROW.match(text, previous):
            break
        start = previous
    line_end = text.find("\n", start)
    header_line = text[start : line_end if line_end >= 0 else len(text)]
    if start == line_start or _SEPARATOR.fullmatch(header_line):
        return None
    cells = header_line.strip().strip("|").split("|")
    if 0 <= column < len(cells):
        header = cells[column].strip()
    return header


def column_says(text: str, pos: int) -> str | None:
    """'active', 'total' or 'not' (not a parameter count) for a figure in a table column, else None."""
    header = header_of(text, pos)
    if header is None:
        return None
    if NOT_PARAMS.search(header):
        return "not"
    if ACTIVE.search(header):
        return "active"
    return "total" if PARAMS.search(header) else None
