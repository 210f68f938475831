"""Markdown-style tables in article text: which column a figure stands in, and what its header says.

'| Model | Parameters | Active | Training tokens |' gives each cell below it a meaning: a figure under
'Active' is an active count, one under 'Training tokens' is not a parameter count at all.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"[ \t]*\|")
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t:|-]+\|?[ \t]*$")
_RULE = re.compile(r"[ \t:=-]*-[ \t:=-]*[|+][ \t:|+=-]*")

NOT_PARAMS = re.compile(
    r"token|jeton|context|kontext|contexte|contexto|price|preis|prix|precio|cost|kosten|coût|coste|\$|€|"
    r"date|datum|year|jahr|année|(?<!\w)año|score|mmlu|benchmark|flops|gpu|memory|speicher|mémoire|memoria|vram|"
    r"layers|schichten|couches|capas|vocab|hidden|download|users|nutzer|utilisateurs|usuarios|"
    r"corpus|korpus|dataset|datensatz|datos|daten|données",  # ('Tamaño del corpus' sizes the data)
    re.IGNORECASE,
)
ACTIVE = re.compile(r"activ|aktiv|actif|attiv|per token|pro token", re.IGNORECASE)
ACTIVE_PER_TOKEN = re.compile(
    r"(?:param\w*\s+)?(?:activ\w*|aktiv\w*|actifs?|attivi)\s+(?:per|por|par|pro|je)\s+token", re.IGNORECASE
)
PARAMS = re.compile(r"par[aáâ]m|size|größe|grösse|taille|tamaño|dimension|total|gesamt", re.IGNORECASE)


def header_of(text: str, pos: int) -> str | None:
    """The header of the table column the position stands in, or None outside a table. Rows may have outer
    pipes ('| a | b |') or not ('a | b', as the dev set's extracted pages write them)."""
    found = _header_cells(text, pos)
    if found is None:
        return None
    cells, column = found
    return cells[column].strip() if 0 <= column < len(cells) else None


def counts_parameters(text: str, pos: int) -> bool:
    """Whether the table the position stands in has a column of parameter counts ('Parameters', 'Parameter',
    'Paramètres'): a figure in its notes column ('auch 7, 13 und 33 Mrd.') is then a size too."""
    found = _header_cells(text, pos)
    return found is not None and any(PARAMS.search(cell) and not NOT_PARAMS.search(cell) for cell in found[0])


def _header_cells(text: str, pos: int) -> tuple[list[str], int] | None:
    line_start = text.rfind("\n", 0, pos) + 1
    outer = bool(_ROW.match(text, line_start))
    if not outer and not _is_inner_row(text, line_start):
        return None
    column = text.count("|", line_start, pos) - outer
    line_end = text.find("\n", line_start)
    cells = text.count("|", line_start, line_end if line_end >= 0 else len(text))
    start = line_start
    while start > 0:  # walk up to the table's first row
        previous = text.rfind("\n", 0, start - 1) + 1
        if _RULE.fullmatch(text, previous, start - 1):
            start = previous  # '-----|-----', '-----+-----': a rule under the header, without outer pipes too
            continue
        if not (_ROW.match(text, previous) if outer else _is_inner_row(text, previous)):
            break
        if not outer and text.count("|", previous, start) < cells - 1:
            break  # a line above with fewer cells is no row of this table ('Übersicht[Bearbeiten | Quelltext]')
        start = previous
    caption = _caption_columns(text, start)
    if caption is not None:
        return caption, column
    line_end = text.find("\n", start)
    header_line = text[start : line_end if line_end >= 0 else len(text)]
    if start == line_start or _SEPARATOR.fullmatch(header_line):
        return None
    cells = (header_line.strip().strip("|") if outer else header_line).split("|")
    return cells, column


# a caption that names the columns after the first: 'Table 1: Baselines (params / training tokens / FLOPs).'
CAPTION_COLUMNS = re.compile(
    r"[ \t]*(?:Table|Tab\.|Tabelle|Tableau|Tabla|Tabella)\s*\d+\b[^\n]*\(([^()\n]*/[^()\n]*)\)[ \t.:]*$",
    re.IGNORECASE,
)


def _caption_columns(text: str, first_row: int) -> list[str] | None:
    """The column names a caption right above a table gives, with an empty first cell for the row's name."""
    if first_row == 0:
        return None
    previous = text.rfind("\n", 0, first_row - 1) + 1
    found = CAPTION_COLUMNS.match(text, previous, first_row - 1)
    return ["", *found.group(1).split("/")] if found else None


def _is_inner_row(text: str, line_start: int) -> bool:
    """A line of cells without outer pipes: two or more cells, each a short run of text."""
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (an encyclopedia's list has long rows, whose last cell is a note: more cells then, and a longer line)
    return line.count(" | ") >= (1 if len(line) <= 200 else 3) and len(line) <= 800


def column_says(text: str, pos: int) -> str | None:
    """'active', 'total' or 'not' (not a parameter count) for a figure in a table column, else None."""
    header = header_of(text, pos)
    if header is None:
        return None
    if NOT_PARAMS.search(header) and not ACTIVE_PER_TOKEN.fullmatch(header):
        return "not"  # but 'Activos por token', 'Actifs par token' count the active parameters
    split = SPLIT_HEADER.search(header)
    if split:
        # 'Paramètres (total / actifs)': the figures of a cell, in order; one figure alone is the first kind
        kinds = [part.strip() for part in split.group(1).split("/")]
        cell_start = text.rfind("|", 0, pos) + 1
        kind = kinds[min(text.count("/", cell_start, pos), len(kinds) - 1)]
        return "active" if ACTIVE.search(kind) else "total"
    if ACTIVE.search(header):
        return "active"
    return "total" if PARAMS.search(header) else None


SPLIT_HEADER = re.compile(r"\(([^()]*/[^()]*)\)")
# the unit a parameter column gives its bare figures: 'Parameter (Mrd.)', 'Params (B)', 'Paramètres (en milliards)'
HEADER_UNIT = re.compile(
    r"\((?:in |en |en el |in the )?(Mrd\.?|Milliarden|B|bn|billions?|Md|Mds|milliards|mil millones|miles de millones|"
    r"M|Mio\.?|Millionen|millions?|millones)\)",
    re.IGNORECASE,
)
# '| 9,2 |', and '| 141 (17 activos) |': a total with the active part in brackets
# (a footnote mark may follow: '| 175[1] |', '| 46,7 (12,9)[4] |', whose bare bracket is left unread)
_MARKS = r"(?:\[[^\]|\n]{1,10}\])*"
# (an approximate one too, '| c. 22 |', and a total and its active part side by side: '| 46.7 total / 12.9 active |')
BARE_CELL = re.compile(
    r"\|[ \t]*(?:(?:c\.|ca\.|~|≈|approx\.|env\.)[ \t]*)?"
    rf"(\d{{1,4}}(?:[.,]\d{{1,3}})?){_MARKS}[ \t]*(?:\([ \t]*(\d{{1,4}}(?:[.,]\d{{1,3}})?)[ \t]+[^\d|()]{{1,20}}\)"
    rf"|\([ \t]*\d{{1,4}}(?:[.,]\d{{1,3}})?[ \t]*\)"
    rf"|(?:total|gesamt|totale?s?)[ \t]*/[ \t]*(\d{{1,4}}(?:[.,]\d{{1,3}})?)[ \t]+(?:active|aktiv|actifs?|activos?))?"
    rf"{_MARKS}[ \t]*(?=\|)"
)


# '| 0,5–72 |': the sizes of a family, from the smallest to the largest
BARE_RANGE_CELL = re.compile(
    r"\|[ \t]*(\d{1,4}(?:[.,]\d{1,3})?)[ \t]*[–-][ \t]*(\d{1,4}(?:[.,]\d{1,3})?)[ \t]*(?=\|)"
)


def bare_ranges(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, unit, low, high) for each bare range in a column whose header names the unit."""
    found = []
    for cell in BARE_RANGE_CELL.finditer(text):
        unit = _column_unit(text, cell.start(1))
        if unit is not None:
            found.append((cell.start(1), cell.end(2), unit, cell.group(1), cell.group(2)))
    return found


def _column_unit(text: str, pos: int) -> str | None:
    """The unit a parameter column's header names ('Parámetros (miles de millones)' -> 'mil millones')."""
    header = header_of(text, pos)
    unit = HEADER_UNIT.search(header) if header and PARAMS.search(header) else None
    # 'miles de millones' is how a header says 'mil millones' (10^9) in the plural
    return re.sub(r"(?i)miles de millones", "mil millones", unit.group(1)) if unit else None


def bare_figures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) for each bare number in a table column whose header names the unit of its
    figures ('| Parameter (Mrd.) |' over '| 9,2 |'); the caller reads number and unit together."""
    found = []
    for cell in BARE_CELL.finditer(text):
        unit = _column_unit(text, cell.start(1))
        if unit is not None:
            found += [(cell.start(g), cell.end(g), unit) for g in (1, 2, 3) if cell.group(g)]
    return found


SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_LINE = re.compile(rf"^[ \t]*([{SUPERSCRIPTS}]+)[ \t]", re.MULTILINE)


def footnote_referents(text: str) -> dict[int, int]:
    """Where each footnote line ('¹ Mixture of experts: 37B active') starts -> where the mark it explains
    first stands glued to a cell or word before it ('| DeepSeek-V3 | 671 Md¹ |')."""
    found = {}
    for line in FOOTNOTE_LINE.finditer(text):
        mark = re.compile(rf"(?<=[^\W\d_]|[).]){line.group(1)}(?![{SUPERSCRIPTS}])")
        glued = mark.search(text, 0, line.start())
        if glued:
            found[line.start(1)] = glued.start()
    return found


# an encyclopedia's lettered or numbered notes: '[n. 1] OpenAI no ha publicado la cifra. ...', '[c] ...', and
# without brackets: 'd. According to rumors: ...', '- Anm. 1: Gerüchten zufolge ...' (marked '[d]', '[Anm. 1]')
NOTE_LINE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?:\[(?P<bracketed>(?:n\.\s?)?(?:\d{1,2}|[a-z]))\]"
    r"|(?P<bare>(?:Anm\.|Note|Nota|n\.)\s?\d{1,2}|[a-z])[.:])[ \t]+(?=\S)",
    re.MULTILINE,
)


def note_referents(text: str) -> dict[int, int]:
    """Where the text of each note line begins -> where its mark first stands in a row or sentence before it
    ('| GPT-4 | OpenAI | Desconocido[n. 1] |'), as footnote_referents does for superscripts."""
    found = {}
    for line in NOTE_LINE.finditer(text):
        at = text.find(f"[{line.group('bracketed') or line.group('bare')}]", 0, line.start())
        if at >= 0:  # (the note's sentence may start at its mark or after it)
            found[line.start() + len(line.group()) - len(line.group().lstrip())] = at
            found[line.end()] = at
    return found


# a row that counts parameters when the models head the columns: 'Parámetros totales | 2.253.490.176 | 7.768.117.248'
PARAM_ROW_LABEL = re.compile(
    r"[ \t|]*(?:total\w*\s+)?par[aáâ]m\w*(?:\s+(?:total\w*|gesamt|\(total\)))?[ \t]*\|", re.I
)


def cell_column(text: str, pos: int) -> int:
    """The index of the table cell the position stands in, counted from the row's first cell."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count("|", line_start, pos) - bool(_ROW.match(text, line_start))


def row_not_params(text: str, pos: int) -> bool:
    """Whether the position stands in a row whose label cell says it counts something else ('Capas | 24 | 32',
    'Parámetros de embeddings | 524.288.000 | ...'), as a table with the models in its header writes it."""
    if cell_column(text, pos) <= 0 or _header_cells(text, pos) is None:
        return False  # (a table's first row is its header: 'Benchmark | X | Phi-4 (14B)')
    line_start = text.rfind("\n", 0, pos) + 1
    outer = _ROW.match(text, line_start)
    first = outer.end() if outer else line_start  # '| Layers | 16 | 32 |' and 'Layers | 16 | 32' alike
    return bool(NOT_PARAMS_LABEL.search(text, first, text.find("|", first, pos)))


# what a row's label may say it counts instead, from a word's start ('Tamaño' holds no 'año')
NOT_PARAMS_LABEL = re.compile(
    rf"(?<![^\W\d_])(?:{NOT_PARAMS.pattern}|embedding|einbettung|incrustaci|plongement)", re.IGNORECASE
)


def in_parameter_row(text: str, pos: int) -> bool:
    """Whether the position stands in a cell of a row labelled as a parameter count ('Total parameters | ...')."""
    line_start = text.rfind("\n", 0, pos) + 1
    return cell_column(text, pos) > 0 and bool(PARAM_ROW_LABEL.match(text, line_start))


# a comparison written as dash-separated lines, a name first: 'Grok-1 – 314 milliards – Apache 2.0', 'Vetón-2
# (Alcántara Labs) – 14.000 millones – Apache 2.0', '2. Turia 2 (Llevant AI) – 1.224 puntos – 90.000 millones en
# total, 15.000 millones activos'
DASH_CELL = r"[ \t]+[–—-][ \t]+"
LIST_MARK = r"(?:[•*–-][ \t]+|\d{1,2}[.)][ \t]+)?"  # a bullet or a number that opens a list's line
_DASH_ROW_HEAD = re.compile(
    rf"[ \t]*{LIST_MARK}[A-Z][^\n–—]{{0,60}}?(?:{DASH_CELL}[^\n–—]{{1,30}}?)?{DASH_CELL}"
    r"(?:[^\n–—]*?,[ \t]*)?"
)
_DASH_ROW_TAIL = re.compile(
    r"(?:[ \t]+(?:de[ \t]+)?(?:Parameter\w*|parameters?|paramètres|parámetros|en total|au total|insgesamt|gesamt|"
    r"total|activ\w*|aktiv\w*|actifs?))*(?:[ \t]*\([^)\n]{0,60}\))?[ \t]*(?:,|[ \t]+[–—-][ \t]|$)",
    re.MULTILINE,
)


def dash_row(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is a cell of a dash-separated line that a name opens."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return bool(
        _DASH_ROW_HEAD.fullmatch(text, line_start, start)
        and _DASH_ROW_TAIL.match(text, end, len(text) if line_end < 0 else line_end)
    )
