"""Known model and organisation names, matched by token keys.

Text is cut into word tokens at spaces, hyphens and letter/digit boundaries ("GPT-4o" ->
GPT | 4 | o, "Llama3" -> Llama | 3), and a name is found when the lower-cased tokens of a
run of adjacent tokens, joined, equal the key of a known alias. Only tokens that can start
a name are tried, so the cost is about one set lookup per token whatever the gazetteer size.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

TOKEN = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+")
# characters allowed between the tokens of one name
JOINERS = frozenset(" -‑–_.\u00a0")  # '.' for 'A.X 4.0', 'FLUX.1'; sentence ends have a space too
MAX_TOKENS = 8


@dataclass(frozen=True, slots=True)
class ModelEntry:
    id: str
    name: str
    org: str | None
    family: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in text: text[start:end] is the surface form."""

    start: int
    end: int
    surface: str
    key: str


def name_key(name: str) -> str:
    """The matching key of a name: its tokens, lower-cased, joined."""
    return "".join(t.lower() for t in TOKEN.findall(name))


def _surface_allowed(alias: str, surface: str) -> bool:
    """Case rules: ordinary-word aliases (Falcon, Gemini) match only as written or in capitals; other
    aliases need the same case on their first letter, except acronym names with a digit ('gpt-4')."""
    if surface == alias or surface == alias.upper():
        return True
    if alias.isalpha() and alias.isupper() and len(alias) <= 4:
        return False  # a short acronym only in capitals: 'Fair question' is no FAIR ('Nvidia' is NVIDIA)
    if alias.isalpha():
        # 'LLaMA' may be written 'Llama', but a plain word alias ('Falcon') only as written
        return alias != alias.title() and surface == alias.title()
    letters = "".join(c for c in alias if c.isalpha())
    if letters.isupper() and any(c.isdigit() for c in alias):
        return True
    return surface[:1].isupper() == alias[:1].isupper()


@dataclass
class NameIndex:
    """Aliases -> values, matched over token runs."""

    keys: dict[str, str] = field(default_factory=dict)  # key -> value
    aliases: dict[str, list[str]] = field(default_factory=dict)  # key -> aliases as written
    first_tokens: set[str] = field(default_factory=set)
    first_surfaces: set[str] = field(default_factory=set)  # first tokens in every case they may be written
    _regex: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = field(default=None, repr=False)
    _prefixes: frozenset[str] | None = field(default=None, repr=False)

    def add(self, alias: str, value: str) -> None:
        key = name_key(alias)
        if not key or (key in self.keys and self.keys[key] != value):
            return
        self.keys[key] = value
        self.aliases.setdefault(key, []).append(alias)
        first = TOKEN.findall(alias)[0]
        self.first_tokens.add(first.lower())
        self.first_surfaces.update(_first_token_cases(alias, first))
        self._regex = self._prefixes = None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Longest non-overlapping matches in text[start:end], left to right.

        Trie regexes find where a known first token stands, so the cost is a regex scan, flat in the
        number of names; only those places are tokenised and looked up.
        """
        end = len(text) if end is None else end
        found: list[Mention] = []
        taken_until = start
        for pos in self._candidates(text, start, end):
            if pos < taken_until or (pos > 0 and text[pos - 1].isalnum() and not _boundary(text, pos)):
                continue
            first = TOKEN.match(text, pos, end)
            if first is None:
                continue
            tokens = [first]
            hit = self._longest_at(text, tokens, 0, end)
            if hit is None:
                continue
            mention, _ = self._prefer_longer_inside(text, tokens, 0, hit, end)
            found.append(mention)
            taken_until = mention.end
        if ":" in text or "|" in text:
            found = self._runtime_names(text, start, end, found)
        return found

    def _runtime_names(self, text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
        """Known names as a local runtime or a model hub writes them, in lower case: a tag ('llama3.2:3b',
        'qwen2.5-coder:32b') or a table cell ('mistral-nemo | 12.2B |')."""
        extra = []
        for at, name in _runtime_spellings(text, start, end):
            key = name_key(name)
            if key in self.keys and not any(f.start < at + len(name) and at < f.end for f in found):
                extra.append(Mention(at, at + len(name), name, key))
        return sorted(found + extra, key=lambda m: m.start) if extra else found

    def _candidates(self, text: str, start: int, end: int) -> list[int]:
        """Where a known first token stands as a whole word, in text order.

        Two scans, each starting with a character class so that re skips ahead in C: first tokens that
        start with a capital, digit or other non-ASCII-lower-case character (rare in text), and those
        that start with a lower-case ASCII letter, found from the non-letter before them. A lookbehind
        at the front would make re try every position (about 1.6x slower).
        """
        if self._regex is None:
            self._regex = _first_token_regexes(self.first_surfaces)
        upper_rx, lower_rx, lower_head = self._regex
        found = [m.start() for m in upper_rx.finditer(text, start, end)]
        if start:
            found += [m.start(1) for m in lower_rx.finditer(text, start - 1, end)]
        else:  # the lower-case scan reads the character before a word: the text's first word has none
            found += [m.start(1) for m in lower_rx.finditer(text, 0, end)]
            if lower_head.match(text, 0, end):
                found.append(0)
        found.sort()
        return found

    def _key_prefixes(self) -> frozenset[str]:
        """Every leading part of every key: a run of tokens whose joined key is not one can stop."""
        if self._prefixes is None:
            self._prefixes = frozenset(k[:n] for k in self.keys for n in range(1, len(k) + 1))
        return self._prefixes

    def _prefer_longer_inside(
        self, text: str, tokens: list[re.Match[str]], i: int, hit: tuple[Mention, int], end: int
    ) -> tuple[Mention, int]:
        """'Google Gemini 2.5 Pro': a name starting inside a match and ending after it wins."""
        mention, used = hit
        for k in range(i + 1, i + used):
            if tokens[k].group().lower() not in self.first_tokens:
                continue
            inner = self._longest_at(text, tokens, k, end)
            if inner and inner[0].end > mention.end:
                return inner[0], (k - i) + inner[1]
        return hit

    def _longest_at(
        self, text: str, tokens: list[re.Match[str]], i: int, end: int
    ) -> tuple[Mention, int] | None:
        """The longest name starting at tokens[i]; tokens holds a run of adjacent tokens and is
        extended only as far as a lookup needs."""
        start = tokens[i].start()
        if i > 0 and tokens[i - 1].end() == start and not _boundary(text, start):
            return None
        best = None
        key = ""
        prefixes = self._key_prefixes()
        for j in range(i, i + MAX_TOKENS):
            if j == len(tokens) and not _extend(text, tokens, end):
                break
            key += tokens[j].group().lower()
            if key not in prefixes:
                break
            if key in self.keys and _ends_cleanly(text, tokens[j].end()):
                surface = text[start : tokens[j].end()]
                if any(_surface_allowed(a, surface) for a in self.aliases[key]):
                    best = (Mention(start, tokens[j].end(), surface, key), j - i + 1)
        return best


# found from the colon or the bar, which re skips to fast, then the name before it
TAG_COLON = re.compile(r":(?=[0-9a-z][\w.-]*(?![\w:/]))")
NAME_BEFORE_COLON = re.compile(r"(?<![\w./-])[a-z][a-z0-9.-]*[0-9a-z]$")
# a lower-case name alone in a table cell: 'mistral-nemo | 12.2B |', 'Característica | salamandra-2b | salamandra-7b'
ROW_CELL = re.compile(r"(?m)(?:^|\|)[ \t]*([a-z][a-z0-9.-]*[0-9a-z])[ \t]*(?=\||$)")


def _runtime_spellings(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, name) of each lower-case name before a runtime tag's colon or alone in a table cell."""
    found = []
    for colon in TAG_COLON.finditer(text, start, end):
        name = NAME_BEFORE_COLON.search(text, max(start, colon.start() - 40), colon.start())
        if name:
            found.append((name.start(), name.group()))
    if "|" in text:
        found += [(m.start(1), m.group(1)) for m in ROW_CELL.finditer(text, start, end)]
    return found


def _extend(text: str, tokens: list[re.Match[str]], end: int) -> bool:
    """Append the token after the last one if it is adjacent to it (nothing or one joiner between)."""
    gap = tokens[-1].end()
    token = TOKEN.match(text, gap, end)
    if token is None and gap < end and text[gap] in JOINERS:
        token = TOKEN.match(text, gap + 1, end)
    if token is None:
        return False
    tokens.append(token)
    return True


def _first_token_regexes(surfaces: set[str]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """NameIndex._candidates' scans: (not lower-case first, lower-case first, lower-case first at 0)."""
    upper: dict[str, list[str]] = {}
    lower = []
    for surface in sorted(surfaces):
        if "a" <= surface[0] <= "z":
            lower.append(surface)
        else:
            upper.setdefault(surface[0], []).append(surface[1:])
    # the lookbehind sits after each branch's first character, so every branch still starts with it
    branches = [re.escape(c) + r"(?<![^\W\d_].)" + trie_pattern(rest) for c, rest in upper.items()]
    upper_words = "|".join(branches) or "(?!)"
    lower_words = trie_pattern(lower) if lower else "(?!)"
    after = r"(?![^\W\d_])"
    return (
        re.compile(f"(?:{upper_words}){after}"),
        re.compile(rf"[^a-zA-Z](?<=[\W\d_])({lower_words}){after}"),
        re.compile(f"(?:{lower_words}){after}"),
    )


def _first_token_cases(alias: str, first: str) -> set[str]:
    """The spellings of an alias's first token that _surface_allowed can accept."""
    cases = {first, first.upper()}
    if alias.isalpha():
        if alias != alias.title():
            cases.add(first.title())
        return cases
    letters = "".join(c for c in alias if c.isalpha())
    if letters.isupper() and any(c.isdigit() for c in alias):
        cases.update({first.lower(), first.title()})
    if first[:1].isupper():
        cases.add(first.title())
    else:
        cases.add(first.lower())
    return cases


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of words factored as a prefix trie (scans at the speed of one literal)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _boundary(text: str, pos: int) -> bool:
    """A letter/digit change inside one word counts as a boundary (Chinchilla70B)."""
    return text[pos - 1].isdigit() != text[pos].isdigit()


# a capitalised word and a version joined to a listed name: a model of its own ('Minerva-Edu 3', 'Gemma-Trim 2')
# (not a German compound before a count: 'die Jais-Familie 20 Modelle')
DERIVED_NAME_AFTER = re.compile(
    r"[-‑](?!(?:Famil|Modell|Serie|Reihe|Variante|Version|Generation|Team|Nutzer|Update)\w*)[A-Z][a-z]+ \d"
)


def _ends_cleanly(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    if text[end] in "-‑" and DERIVED_NAME_AFTER.match(text, end):
        return False  # 'Minerva-Edu 3' is another model than Minerva
    if not text[end].isalnum():
        return True
    # a name may be glued to a size tag ("Chinchilla70B") but not to more letters ("GPT-4o" for "GPT-4")
    return text[end - 1].isalpha() and text[end].isdigit()


# a name that is a stem and a version number: 'GPT-4', 'Gemini 2', 'Qwen3', 'Claude 3.5'
# a listed name that ends in its version: 'DeepSeek-V3', 'Qwen2', 'GPT-4', 'Llama 3' (a letter or a hyphen, or a
# single capital version letter, before the number)
VERSIONED_NAME = re.compile(r"([A-Za-z][\w.]*?[A-Za-z](?:[-‑ ][A-Z]?|[A-Z])?)(\d{1,2}(?:\.\d)?)")
NUMBERED_NAME = re.compile(r"([A-Za-z][A-Za-z]+)[-\s]?(\d+(?:\.\d+)?)")


@dataclass
class Gazetteer:
    """Model and organisation names with their aliases."""

    models: dict[str, ModelEntry]
    model_index: NameIndex
    orgs: dict[str, str]  # canonical org name -> itself (kept for listing)
    org_index: NameIndex

    def model(self, key: str) -> ModelEntry | None:
        model_id = self.model_index.keys.get(key)
        return self.models.get(model_id) if model_id else None

    def org_of_key(self, key: str) -> str | None:
        return self.org_index.keys.get(key)

    @cached_property
    def numbered_families(self) -> dict[str, str]:
        """Name stems whose listed numbered versions all come from one maker: 'gpt' (GPT-2 ... GPT-5) -> OpenAI."""
        orgs: dict[str, set[str | None]] = {}
        for m in self.models.values():
            numbered = NUMBERED_NAME.fullmatch(m.name)
            if numbered:
                orgs.setdefault(numbered.group(1).lower(), set()).add(m.org)
        return {
            stem: next(iter(found)) for stem, found in orgs.items() if len(found) == 1 and None not in found
        }

    @cached_property
    def versioned_stems(self) -> tuple[re.Pattern[str], dict[str, str | None]]:
        """The stems of listed numbered names with their maker ('DeepSeek-V' of DeepSeek-V3, 'Qwen' of Qwen2),
        and a pattern that finds a stem with a version number in text, to catch the versions nobody listed yet
        ('DeepSeek-V4', 'Qwen5')."""
        makers: dict[str, set[str | None]] = {}
        for m in self.models.values():
            numbered = VERSIONED_NAME.fullmatch(m.name)
            if numbered and sum(ch.isalpha() for ch in numbered.group(1)) >= 3:
                makers.setdefault(numbered.group(1), set()).add(m.org)
        stems = {stem: next(iter(orgs)) if len(orgs) == 1 else None for stem, orgs in makers.items()}
        pattern = re.compile(
            rf"(?<![\w.-])(?P<stem>{trie_pattern(stems)})(?P<v>\d{{1,2}}(?:\.\d)?)(?![\w-]|[.,]\d)"
        )
        return pattern, stems

    @cached_property
    def makers(self) -> frozenset[str]:
        """The organisations that develop a listed model (not analysts, outlets or investors)."""
        return frozenset(m.org for m in self.models.values() if m.org)


def build_gazetteer(model_rows: Iterable[dict[str, str]], org_rows: Iterable[dict[str, str]]) -> Gazetteer:
    """Build a gazetteer from rows shaped like data/models.tsv and data/orgs.tsv."""
    models: dict[str, ModelEntry] = {}
    model_index = NameIndex()
    for row in model_rows:
        entry = ModelEntry(row["id"], row["name"], row.get("org") or None, row.get("family") or None)
        models[entry.id] = entry
        aliases = [entry.name, *_split_aliases(row.get("aliases"))]
        for alias in aliases:
            model_index.add(alias, entry.id)
        if any(ch.isdigit() for ch in entry.id) and entry.id not in aliases:
            # the API's lower-case spelling, as benchmarks and papers write it: 'gpt-4o-mini', 'claude-3-opus'
            model_index.add(entry.id, entry.id)
        if entry.org:
            # "Google Gemini 2.5 Pro", "Meta Llama 3": the developer's name written before the model's
            for alias in aliases[:1]:
                model_index.add(f"{entry.org} {alias}", entry.id)
    orgs: dict[str, str] = {}
    org_index = NameIndex()
    org_rows_list = list(org_rows)
    for row in org_rows_list:
        name = row["name"]
        orgs[name] = name
        for alias in [name, *_split_aliases(row.get("aliases"))]:
            org_index.add(alias, name)
            if alias[-1:].isalpha() and not alias.endswith("s"):
                org_index.add(alias + "s", name)  # German genitive: Microsofts, Googles, Metas
    return Gazetteer(models, model_index, orgs, org_index)


def _split_aliases(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split("|") if a.strip()]


def read_tsv(data: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data), delimiter="\t", quoting=csv.QUOTE_NONE))


def data_dir() -> Path:
    """The bundled data folder: inside the installed package, else the repository's data/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "models.tsv").exists():
            return candidate
    raise FileNotFoundError("claimwatch data folder with models.tsv not found")


@cache
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer (read once per process)."""
    folder = data_dir()
    models = read_tsv((folder / "models.tsv").read_text(encoding="utf-8"))
    orgs = read_tsv((folder / "orgs.tsv").read_text(encoding="utf-8"))
    return build_gazetteer(models, orgs)
