"""The prefilter: a bytes regex that drops pages without a parameter cue before trafilatura sees them."""

from __future__ import annotations

import re
from collections.abc import Iterator

MAX_CANDIDATES = 2000
"""Cue matches examined per page before the prefilter gives up and lets the page through."""

# Between the letters of a cue word, what trafilatura drops from the text: soft hyphens, <wbr>, zero-width
# characters and joiners, a BOM (as UTF-8, as windows-1252, or as an entity). "Para&shy;meter" is
# "Parameter" in the text the extractor sees.
_INVISIBLE = (
    rb"&(?:shy|zwj|zwnj|#173|#x0*ad|#820[3-5]|#8288|#x200[b-d]|#x2060|#65279|#xfeff);"
    rb"|<wbr\s*/?>|\xc2\xad|\xad|\xe2\x80[\x8b-\x8f]|\xe2\x81[\xa0-\xa4]|\xef\xbb\xbf"
)
_FILL = rb"(?:" + _INVISIBLE + rb")*"
# a, á, â in any case, as UTF-8, windows-1252 or an entity (the extractor's PARAM_WORD is par[aáâ]m)
_A = rb"(?:a|\xc3[\xa1\xa2\x81\x82]|[\xe1\xe2\xc1\xc2]|&a(?:acute|circ);|&#(?:225|226|193|194);|&#x(?:e1|e2|c1|c2);)"
_PARAM_CUE = re.compile(
    rb"(?i:p(?=[a&<\xc2\xad\xe2\xef])" + _FILL + rb"a" + _FILL + rb"r" + _FILL + _A + _FILL + rb"m)"
)
# What the text may hold between a figure and its size letter: spaces of every kind (trafilatura turns
# them into a plain space) and invisible characters.
_SPACE = (
    rb"(?:[ \t\r\n\f\v]|\xc2\xa0|\xa0|\xe2\x80[\x80-\x8a\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
    rb"|&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#819[2-9]|#820[0-2]|#8239|#x200[0-9a]|#x202f);|"
    + _INVISIBLE
    + rb")"
)
# '70B', '1.8T', '8x7B', '340M', '7 b', '3.8bn', '2Mrd.': a figure with a size letter (the extractor's tags
# and suffixed quantities, number_words._LETTERS and its abbreviations), not glued to more letters or digits.
_SIZE_CUE = re.compile(
    rb"[0-9](?=[KkMBbTtm \t\r\n\f\v\xc2\xa0&<\xe2\xe3\xad\xef])(?:" + _SPACE + rb"{0,3}[KkMBbT]"
    rb"|(?i:bn|tn|mn|tsd|mio|mrd|bio|mds?|mln|mld|bi|mi|tri))(?![A-Za-z0-9])"
)
_CODE_OPEN = re.compile(rb"<(script|style)\b", re.IGNORECASE)
_CODE_CLOSE = {
    b"script": re.compile(rb"</script", re.IGNORECASE),
    b"style": re.compile(rb"</style", re.IGNORECASE),
}
_TAG_START = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")


def has_parameter_cue(body: bytes) -> bool:
    """True if raw page bytes may hold a parameter-count claim: the cheap test before trafilatura.

    A cue is a parameter word (`parameter`, `Parameter`, `paramètres`, `parámetros`, `parametri`,
    `parâmetros`, `params`: any `par[aáâ]m`, the extractor's own test) or a figure with a size letter
    (`70B`, `1.8T`, `8x7B`, `340M`, `3.8bn`, `2Mrd.`), written as UTF-8, windows-1252 or entities, with
    soft hyphens or zero-width characters anywhere in it. <script> and <style> elements are not searched
    and cues inside a tag (attribute values, URLs) do not count: trafilatura never puts them in the text.
    Pages in UTF-16/32 are always let through. No decoding: regexes over the bytes.
    """
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:1024]:
        return True
    seen = 0
    for start, end in _text_spans(body):
        for pattern in (_PARAM_CUE, _SIZE_CUE):
            for match in pattern.finditer(body, start, end):
                seen += 1
                if seen > MAX_CANDIDATES or not _in_tag(body, match.start()):
                    return True
    return False


def _text_spans(body: bytes) -> Iterator[tuple[int, int]]:
    """The stretches between <script> and <style> elements (an unclosed one runs to the end)."""
    pos = 0
    while (opening := _CODE_OPEN.search(body, pos)) is not None:
        yield pos, opening.start()
        closing = _CODE_CLOSE[opening.group(1).lower()].search(body, opening.end())
        if closing is None:
            return
        pos = closing.end()
    yield pos, len(body)


def _in_tag(body: bytes, pos: int) -> bool:
    """Whether `pos` is inside a tag (after a `<` that opens one, with no `>` since)."""
    lt = body.rfind(b"<", 0, pos)
    return lt >= 0 and body.find(b">", lt, pos) < 0 and lt + 1 < len(body) and body[lt + 1] in _TAG_START
