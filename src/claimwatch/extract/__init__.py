"""Text in, claims out: pure, deterministic, offline. No network, no database, no clock."""

from __future__ import annotations

import re

from claimwatch.extract.gazetteer import Gazetteer, default_gazetteer
from claimwatch.models import Claim

# 0.4.0: session 3 rules (corrections, tables, developers, sources); new-model ids fold accents
# 0.5.0: sessions 4-6 rules (names as written with tags and flavours, rounded tags, accounts and newsletters as
# sources, universities and makers as organisations, web-page reference marks); 'reextract' re-derives older claims
# 0.6.0: sessions 7-9 rules (footnotes, hub tags, release codes, counted members; sizes the article says were never
# disclosed are not official; estimators named as the subject of their verb; German verb-second speakers)
# 0.7.0: sessions 10-11 rules (glued variants, corrections, quiz options, bracketed notes, Chinese units and figures
# restated in parentheses, scope words on slides, tiers named first, rumours about a named model)
EXTRACTOR_VERSION = "0.7.0"


def extract_claims(text: str, lang: str | None = None, *, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """The parameter-count claims an article makes, in text order of first mention."""
    from claimwatch.extract.claims import extract_from_text
    from claimwatch.extract.normalise import normalise
    from claimwatch.extract.tables import footnote_referents, note_referents

    norm = normalise(text)
    footnotes = {}
    read = norm.text
    if "[" in read:
        footnotes = note_referents(read)  # '[n. 1] ...' explains the row marked '[n. 1]'
        # an encyclopedia's reference marks ('24 billion[5] are active') are read as blanks of their length
        read = CITATION.sub(_blank, read)
    if any(mark in read for mark in SUPERSCRIPTS):  # a few substring scans: far faster than a class search
        footnotes.update(footnote_referents(read))
        read = FOOTNOTE_MARK.sub(_blank, read)
    claims = extract_from_text(
        read, lang or "en", gazetteer or default_gazetteer(), EXTRACTOR_VERSION, footnotes
    )
    if norm.starts is None and read is norm.text:
        return claims
    remapped = []
    for claim in claims:
        start, end = norm.original_span(claim.start, claim.end)
        remapped.append(claim.model_copy(update={"start": start, "end": end, "evidence": text[start:end]}))
    return remapped


CITATION = re.compile(
    r"\[(?:\d{1,3}|[a-z]|n\.\s?\d{1,3}|citation needed|edit|editar|modifier|modifier le code|bearbeiten|Bearbeiten|"
    r"Quelltext bearbeiten|cita requerida|réf\. nécessaire)\]"
)

# a footnote marker glued to a word or a figure's unit ('671 Md¹', '72.700 M²', 'active¹'), not an exponent ('10²³')
SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
FOOTNOTE_MARK = re.compile(rf"(?<=[^\W\d_]|[).])[{SUPERSCRIPTS}]+")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


__all__ = ["EXTRACTOR_VERSION", "extract_claims"]
