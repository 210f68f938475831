"""Split article text into sentences, keeping character offsets.

A sentence ends at . ! ? … followed by white space and an upper-case letter, digit, quote (also „),
bracket or a name written in camel case ('xAI', 'iPhone'), like 'o3' or like 'gpt-oss-20b', or at a line break (but a single break before a lower-case letter is a wrapped line). Abbreviations common in the supported languages
(`Mrd.`, `bzw.`, `ca.`, `z. B.`, `Dr.`, `U.S.`) and decimal points never end a sentence.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """
    mrd mia mio bio mld md mds bzw ca z zb b d h u k n usw vgl etc inkl evtl ggf sog nr dr prof mr mrs ms st vs
    jr sr inc ltd co corp dept gen gov approx est no fig al e g i ie eg resp av apr aug dez feb jan jul anm
    jun mar nov okt oct sep sept mme mlle cf env art núm pág sra sr sres ud uds p ex
    dec déc janv fév févr avr juil ene abr dic
    """.split()
)
_LONGEST = max(map(len, _ABBREVIATIONS))
_MAGNITUDES = frozenset({"mrd", "mia", "mio", "bio", "mld", "md", "mds"})
# words that start a sentence but are never the noun a magnitude counts ('175 Mrd. Parameter' goes on)
_OPENER = re.compile(
    r"\s+(?:Die|Der|Das|Den|Dem|Ein|Eine|Es|Er|Sie|Wir|Ich|Auch|Doch|Aber|Und|Im|Mit|Nach|Laut|Zudem|Damit|Noch|"
    r"Dagegen|Dann|Deshalb|Trotzdem|Allerdings|Immerhin|Selbst|Nur|So|Wie|Was|Wer|Als|Seit|Von|Bis|"
    r"Dabei|Dies|Diese|Dieser|Dieses|Zum|Zur|Bei|Für|Beide|Beides|The|This|It|Its|A|An|But|In|They|We|Le|La|Les|Il|Elle|Ils|"
    r"Un|Une|Des|Ce|Cette|Ces|Son|Sa|Ses|On|Nous|Mais|El|Los|Las|Un|Una|Unos|Unas|Este|Esta|Estos|Su|Sus|Pero)\b"
)

# German closes a quotation with “ (and ‘): '... der Gemini-Basis.“ Sein eigenes Team ...' is two sentences, and
# French sets its quotation marks off with a space: 'assume ce choix. « GPT-4 ...', '... 1,8 billion. » Puis';
# a single line break followed by a lower-case letter is a hard-wrapped line, not a sentence end (but a quiz's
# choices 'a) ...' and a footnote 'b. ...' start one); a transcript's
# stage note ('[interrupción]', '[laughs]') after a full stop starts a sentence. The
# pattern starts with one character class, so re skips to the next candidate in C (about 2x faster).
_END = re.compile(
    r"[.!?…\n](?:"
    r"(?<=[.!?…])[.!?…]*(?:[\"'”“‘»)\]]|[ \u00a0\u202f]»)*(?=\s+(?:(?:[\"'“„‚(\[«]|(?<=\.\s)«[ \u00a0\u202f])?(?:[A-ZÀ-ÖØ-Þ0-9¿¡]|[a-z]{1,3}[A-Z]|o\d|[a-z][a-z0-9]*-[\w.-]*?\d)|\[[^\]\n\d]{2,30}\]))"
    r"|(?<=\n)\s*\n\s*"
    r"|(?<=\n)(?![ \t]*[a-zß-ÿ](?![).]\s))"  # but a line 'a) 17 billion b) ...' or a footnote 'b. The ...' starts one
    r"|(?<=\.\n)"  # and so does a line after a full stop: '... for $0.18.\ngpt-oss-120b: ...'
    r"|(?<=\|\n)|(?<=\| \n))"  # a table row ends its line, whatever the next begins with
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans of the sentences in text, white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        dot = m.start() - 1 if _dot_then_lower_line(text, m.start()) else m.start()
        if text[dot] == "." and (_is_abbreviation(text, dot) or _ordinal(text, dot)):
            continue
        _append(text, start, m.end(), spans)
        start = m.end()
    _append(text, start, len(text), spans)
    return _rows_apart(text, spans) if "|" in text or "·" in text else spans


def _dot_then_lower_line(text: str, newline: int) -> bool:
    """'... for $0.18.\ngpt-oss-120b: ...': a full stop, a line break and a lower-case line (unless the full stop
    is an abbreviation's, as in a hard-wrapped 'z. B.\ndas Modell')."""
    if text[newline] != "\n" or text[newline - 1 : newline] != ".":
        return False
    rest = text[newline + 1 : newline + 4].lstrip(" \t")
    return rest[:1].islower()


def _rows_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A table row ends its line even without a closing pipe: 'DeepSeek-V3 | DeepSeek | 671B total, 37B active'
    is not continued by a next row that starts in lower case ('gpt-oss-120b | Groq | ...'); nor is a list line
    whose fields are set apart by middle dots ('contexto: 64 000 tokens · parámetros: 671 000 millones')."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        line = start
        while (cut := text.find("\n", line, end)) >= 0:
            if text.count("|", line, cut) >= 2 or " · " in text[line:cut]:
                _append(text, start, cut, out)
                start = cut + 1
            line = cut + 1
        _append(text, start, end, out)
    return out


# a German ordinal: 'am 12. März', 'im 3. Quartal', 'zum 2. Mal' (a day or a rank, not a sentence end)
_DAY_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}$")
_MONTH_AFTER = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b"
)
_RANK_BEFORE = re.compile(r"\b(?:am|im|vom|zum|zur|beim)\s+\d{1,2}$")
_CAPITAL_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


def _ordinal(text: str, dot: int) -> bool:
    if not text[dot - 1 : dot].isdigit():
        return False  # most full stops follow a letter
    before = text[max(0, dot - 10) : dot]
    return bool(
        (_DAY_BEFORE.search(before) and _MONTH_AFTER.match(text, dot + 1))
        or (_RANK_BEFORE.search(before) and _CAPITAL_AFTER.match(text, dot + 1))
    )


def _is_abbreviation(text: str, dot: int) -> bool:
    if dot > _LONGEST and text[dot - _LONGEST - 1 : dot].isalpha():
        return False  # a word longer than every abbreviation
    start = dot
    while start > 0 and dot - start < 12 and text[start - 1].isalpha():
        start -= 1
    token = text[start:dot]
    if not token or (start > 0 and text[start - 1].isdigit()):
        return False  # a size ending a sentence ("... Mistral 7B."), not "z. B." or an initial
    if token.lower() in _ABBREVIATIONS:
        # '... etwa 175 Mrd. Die Autoren ...': a magnitude abbreviation before a sentence opener ends it
        return not (token.lower() in _MAGNITUDES and _OPENER.match(text, dot + 1))
    # single capital letters: initials and "U.S."
    return len(token) == 1 and token.isupper()


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.lstrip()
    start += len(chunk) - len(stripped)
    end = start + len(stripped.rstrip())
    if end > start:
        spans.append((start, end))


# a link to another story, whose names are not this article's subject
LINK_LINE = re.compile(
    r"[ \t]*(?:Read more|Read also|Related|See also|Also read|More on this|Lesen Sie auch|Lesen Sie mehr|Auch interessant|"
    r"Mehr zum Thema|Weiterlesen|À lire aussi|A lire aussi|Lire aussi|Lire la suite|Voir aussi|Lee también|Leer más|"
    r"Te puede interesar|Más información|Relacionado)\b\s*[:›»>|–-]",
    re.IGNORECASE,
)


def link_line(text: str, start: int) -> bool:
    """Whether text[start:] opens a line that links to another story."""
    return (start == 0 or text[start - 1] == "\n") and bool(LINK_LINE.match(text, start))


def on_link_line(text: str, pos: int) -> bool:
    """Whether text[pos] stands on a line that links to another story ('Read more: Canadian AI startups ...')."""
    return link_line(text, text.rfind("\n", 0, pos) + 1)
