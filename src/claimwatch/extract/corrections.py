"""Corrections a newsroom appends to a story ('Correction: ... It has 405 billion parameters, not 450 billion',
'Korrektur: ... 405 Milliarden Parameter, nicht 450 Milliarden'). The figure the correction takes back was never
a claim: the body's sentence that gave it is not read as one, and neither is the correction's own repetition of it
('An earlier version said Nemotron-4 340B had 340 million parameters; it has 340 billion')."""

from __future__ import annotations

import re

from claimwatch.extract import cues
from claimwatch.extract.figures import article_lower
from claimwatch.extract.numbers import Quantity
from claimwatch.models import Claim

# a line that opens a correction or an editor's note, found from the newline before it (a pattern that opens
# with a literal skips from newline to newline; one that opens with a line anchor tries every position)
CORRECTION_LINE_LOW = re.compile(
    r"(?:\n|^)[ \t*_>•-]*(?:corrections?|clarification|update[ds]?|editor['’]s note|korrektur(?:en)?|berichtigung(?:en)?|"
    r"richtigstellung(?:en)?|(?:anmerkung|hinweis) der redaktion|corrección|correcciones|fe de erratas|fe de errores|"
    r"aclaración|actualización|nota de la redacción|correctifs?|rectificatifs?|erratum|mise à jour|"
    r"note de la rédaction)\b[^\n]*"
)
NEWLINE_LOW = re.compile(r"\n" + CORRECTION_LINE_LOW.pattern.removeprefix(r"(?:\n|^)"))
# the figure a correction takes back: 'not 450 billion', 'nicht 450 Milliarden', 'et non sur la version de 22
# milliards', 'y no 450.000 millones', 'rather than 450', 'statt 450'
TAKEN_BACK = re.compile(
    r"(?:\bnot|\bnicht|\bnon|\bno|\bstatt|\banstatt|\binstead of|\brather than|\bau lieu de|\ben lugar de|"
    r"\ben vez de)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
QUOTED_CORRECTION_LOW = re.compile(
    r"[\"“«„]\s*(?:correction|korrektur|berichtigung|corrección|rectificatif)\s*:"
)
SAME_VALUE = 0.005
COLUMN_TITLE = 300  # the characters a corrections column's title stands in
# a column of many corrections (not one story's 'Korrektur: ...', whose body may restate what it corrects)
COLUMN_TITLE_LOW = re.compile(
    r"(?:\n|^)[ \t*_>•-]*(?:korrekturen|berichtigungen|corrections|rectificatifs|correcciones|fe de errores y|"
    r"fe de erratas y)\b"
)


def taken_back(text: str, quantities: list[Quantity]) -> list[tuple[int, str, int]]:
    """(where the correction starts, its line in lower case, the value it takes back) for each figure a
    correction line negates."""
    low = article_lower(text)
    first = CORRECTION_LINE_LOW.match(low)
    lines = ([(0, first.end())] if first else []) + [
        (m.start() + 1, m.end()) for m in NEWLINE_LOW.finditer(low)
    ]
    if low.find("correc") >= 0 or low.find("korrektur") >= 0 or low.find("berichtigung") >= 0:
        # a correction quoted inside a paragraph: 'the online version carried a note: "Correction: ..."'
        lines += [
            (m.start(), low.find("\n", m.start()) % (len(low) + 1))
            for m in QUOTED_CORRECTION_LOW.finditer(low)
        ]
    found = []
    for start, end in lines:
        for q in quantities:
            if start <= q.start < end and TAKEN_BACK.search(text, max(start, q.start - 40), q.start):
                found.append((start, low[start:end], q.value))
    return found


def without_taken_back(claims: list[Claim], text: str, quantities: list[Quantity]) -> list[Claim]:
    """The claims the body made before a correction took their figure back, for a model of the family the
    correction names ('Halyard-2 ... not 72 billion' leaves the story's 'Qwen2.5 72B' alone)."""
    back = taken_back(text, quantities)
    if not back:
        return claims
    return [c for c in claims if not any(_takes_back(c, *b) for b in back)]


def _takes_back(c: Claim, at: int, line: str, value: int) -> bool:
    family = re.split(r"[\s-]", c.model.lower(), maxsplit=1)[0]
    return c.start < at and abs(c.params - value) <= SAME_VALUE * value and family in line


# a correction box's heading on a line of its own ('Corrections and clarifications'), whose next line is the box
BOX_HEADING_LOW = re.compile(
    r"[ \t*_>•-]*(?:corrections? and clarifications?|korrekturen und klarstellungen|corrections? et précisions|"
    r"fe de erratas|correcciones y aclaraciones)[ \t:]*$"
)
BOX_HEADING_LINE_LOW = re.compile(r"(?m)^" + BOX_HEADING_LOW.pattern)
# what a correction says the story had wrong, just before the figure it repeats
RETRACTED_BEFORE = re.compile(
    # (a corrections column's entries: 'A story on X said ...', 'nous avons écrit que ...', 'atribuimos a X ...')
    r"(?P<cue>\b(?:an?|the|our) (?:story|article|headline|report|piece|explainer|profile)\b[^.;]{0,80}?\b(?:said|stated|"
    r"described|called|misstated)\b|\bnous avons (?:écrit|indiqué|attribué|donné|affirmé|annoncé)\b|"
    r"\b(?:atribuimos|escribimos|dijimos|publicamos|afirmamos|indicamos|informamos)\b|\bwir schrieben\b|\bstand,|"
    r"\b(?:earlier|previous|first|original) version|\b(?:it|we|the article|this article|the story) (?:also |had |"
    r"previously |originally |wrongly |mistakenly |incorrectly )*(?:said|stated|wrote|reported|gave)\b|"
    r"\bfrüheren (?:Fassung|Version)|\bhieß es\b|\bhatten wir\b|\bwar zu lesen\b|\bist falsch\b|\bstand (?:dort|da)\b|"
    r"\bpremière version\b|\bversion précédente\b|\bnous (?:indiquions|écrivions|affirmions)\b|"
    r"\bnous avions (?:également |aussi )?(?:écrit|indiqué|affirmé)\b|"
    r"\bversión anterior\b|\b(?:también )?(?:decía|afirmaba|indicaba)\b|\bhabíamos (?:escrito|indicado|afirmado)\b)"
    r"(?:[^;.]|\.(?=\d)){0,110}$",  # (a version's dot is no sentence's end: 'described Qwen2.5-Max ... as')
    re.IGNORECASE,
)


# what a statement the text goes on to dispute said, outside any correction box: the original of a release or
# filing ('The original release stated that ...', 'In der ursprünglichen Fassung hieß es', 'Le communiqué initial
# indiquait', 'El comunicado original indicaba'), or a reader's letter to the paper ('Your article stated that ...',
# 'Sie schreiben, ...', 'Vous écrivez que ...', 'En su reportaje afirman que ...')
MISSTATED_BEFORE = re.compile(
    r"(?P<cue>\b(?:the|its|their|our|an?) (?:original|initial|earlier|first|previous|prior) (?:press )?(?:release|"
    r"announcement|statement|complaint|filing|draft|model card|slide|communiqué)s?\b[^.;]{0,40}?\b(?:stated|said|"
    r"claimed|described|gave|listed|put|cited|reported|indicated|announced|called)\b|"
    r"\byour (?:article|story|report|piece|caption|chart|graphic|infographic|table|headline|review|feature|column|"
    r"explainer|correspondent|reporter|columnist)\b[^.;]{0,40}?\b(?:stated|states|said|says|claimed|claims|described|"
    r"describes|gave|gives|listed|lists|put|puts|wrote|writes|called|calls)\b|"
    r"\byou (?:wrote|write|stated|state|described|describe)\b|"
    r"\bcorrect (?:your|the|their|its) (?:description|figure|claim|statement)\b|"
    r"\bwe (?:also|had|originally|previously|wrongly|mistakenly|incorrectly) (?:described|called|listed)\b|"
    r"\b(?:ursprünglichen|früheren|vorherigen) (?:Fassung|Meldung|Mitteilung|Pressemitteilung|Klageschrift|"
    r"Ausgabe)\b[^.;]{0,40}?\b(?:hieß es|stand|wurde|war)\b|"
    r"\bSie (?:schreiben|schrieben)\b|\bIn Ihre[rmns]? (?:Artikel|Beitrag|Bericht|Grafik|Tabelle|"
    r"Infografik|Ausgabe|Überschrift|Bildunterschrift)\b|"
    r"\bvous (?:écrivez|avez écrit)\b|\bvotre (?:article|infographie|graphique|tableau|papier|"
    r"dossier|titre|légende)\b[^.;]{0,40}?\b(?:présente|indique|affirme|écrit|annonce|attribue|donne)\b|"
    r"\b(?:communiqué|annonce|dépêche|note|mémoire)s? (?:initiale?|originel(?:le)?|originale?)\b[^.;]{0,40}?"
    r"\b(?:indiquait|annonçait|affirmait|mentionnait|évoquait|précisait|donnait|attribuait|parlait)\b|"
    r"\bdans la première version de (?:son|sa|leur|notre|cet|ce)\b[^.;]{0,60}?\b(?:annonçait|indiquait|affirmait|"
    r"donnait)\b|"
    r"\b(?:comunicado|nota|anuncio|texto|informe) (?:original|inicial)\b[^.;]{0,40}?\b(?:indicaba|afirmaba|decía|"
    r"señalaba|atribuía|mencionaba|hablaba|daba)\b|"
    r"\bsu (?:reportaje|artículo|crónica|gráfico|infografía|titular|columna)\b[^.;]{0,30}?\b(?:afirman|dicen|"
    r"indican|escriben|aseguran|publican|sostienen)\b|\bustedes (?:escriben|afirman|aseguran|publican)\b)"
    r"(?:[^;.]|\.(?=\d)){0,110}$",
    re.IGNORECASE,
)
# the same cues, to tell in one scan whether an article has any
_MISSTATED_ANY_LOW = cues.lowered(
    re.compile(MISSTATED_BEFORE.pattern.removesuffix(r"(?:[^;.]|\.(?=\d)){0,110}$"), re.IGNORECASE)
)
_MISSTATED_LOW = cues.lowered(MISSTATED_BEFORE)
# the newsroom's own earlier figure, outside a correction box: 'Our launch story on Kettleby AI's Vireo-L said',
# 'Our April explainer called', 'was misprinted as', 'Nous écrivions qu'Ourthe-4 comptait', 'Dans notre encadré,
# X apparaissait avec'. Each pattern opens with a literal, which a scan of the lower-cased text finds fast (an
# alternation of them, or a look-behind before them, is ten times slower); word starts are checked after.
OWN_EARLIER_LOW = [
    re.compile(rf"(?P<cue>{cue})(?:[^;.]|\.(?=\d)){{0,110}}$")
    for cue in (
        r"our (?:[\w-]+ ){0,2}(?:story|article|explainer|report|piece|column|headline|profile|review|caption|chart|"
        r"graphic|table)\b[^.;]{0,40}?\b(?:said|stated|called|described|gave|put|listed|claimed)\b",
        r"(?:was|were) (?:mis(?:printed|stated|reported)|(?:wrongly|incorrectly|mistakenly) "
        r"(?:given|stated|printed|reported))\b",
        r"nous (?:écrivions|indiquions|attribuions|annoncions|donnions)\b",
        r"dans (?:notre|nos) (?:article|encadré|infographie|tableau|graphique|papier|dossier)s?\b[^.;]{0,60}?"
        r"\b(?:apparaissai(?:t|ent)|figurai(?:t|ent))\b",
    )
]
OWN_EARLIER_ANY_LOW = [
    re.compile(rx.pattern.removesuffix(r"(?:[^;.]|\.(?=\d)){0,110}$")) for rx in OWN_EARLIER_LOW
]


def _own_earlier(low: str, start: int, end: int) -> int | None:
    """Where the first cue of the newsroom's own earlier figure ends in low[start:end], if any."""
    for rx in OWN_EARLIER_LOW:
        m = rx.search(low, start, end)
        # (a word's start: not 'your', 'four'; and not 'contrairement à ce que nous indiquions', which corrects)
        if (
            m
            and not (m.start() and low[m.start() - 1].isalnum())
            and not low.endswith("ce que ", 0, m.start())
        ):
            return m.end("cue")
    return None


def without_retracted(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """The figures outside what a correction box says the story had wrong: 'Una versión anterior de este artículo
    afirmaba que ... «9 billones de parámetros»', 'Außerdem hatten wir ... mit 44 Milliarden angegeben'; and
    outside what the text says an original or a disputed article stated ('Your article stated that ...')."""
    if not quantities:
        return quantities
    low = article_lower(text)
    own = any(rx.search(low) for rx in OWN_EARLIER_ANY_LOW)
    if own or _MISSTATED_ANY_LOW.search(low):
        quantities = [q for q in quantities if not _misstated(text, low, q, own)]
    if not CORRECTION_LINE_LOW.search(low) and not BOX_HEADING_LINE_LOW.search(low):
        return quantities  # most articles: one scan each, no line split
    return [q for q in quantities if not _retracted(text, low, q)]


def _sentence_start(low: str, line_start: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, within its line."""
    stop = low.rfind(". ", line_start, pos)
    return stop + 2 if stop >= 0 else line_start


def _misstated(text: str, low: str, q: Quantity, own: bool = False) -> bool:
    start = _sentence_start(low, low.rfind("\n", 0, q.start) + 1, q.start)
    cue = _MISSTATED_LOW.search(low, start, q.start)
    cue_end = cue.end("cue") if cue is not None else (_own_earlier(low, start, q.start) if own else None)
    return (
        cue_end is not None
        and not RIGHT_CLAUSE.search(text, cue_end, q.start)
        # ('X ne compte pas 34 milliards, mais 32': the sentence takes it back itself, with the right figure after
        # 'mais', and the rule for 'not X but Y' reads both)
        and not NEGATED_BETWEEN.search(text, cue_end, q.start)
    )


NEGATED_BETWEEN = re.compile(
    r"\b(?:pas|not|nicht|no|kein\w*|mais|but|sondern|sino)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)


def _retracted(text: str, low: str, q: Quantity) -> bool:
    line_start = low.rfind("\n", 0, q.start) + 1
    if not _in_box(low, line_start):
        return False
    cue = RETRACTED_BEFORE.search(text, _sentence_start(low, line_start, q.start), q.start)
    # ('Das ist falsch: 3,5 Billionen ist die Zahl der Tokens, das Modell selbst hat 180 Milliarden': the right one)
    if cue is None or (q.suffix and NAME_BEFORE.search(text, max(0, q.start - 30), q.start)):
        return False  # ('hieß es, Falcon 180B sei ...': the size tag of the name the correction is about)
    return not RIGHT_CLAUSE.search(text, cue.end("cue"), q.start)


NAME_BEFORE = re.compile(r"[A-Z][\w.-]*\s?$")
# a clause of its own after the wrong figure, which states the right one
RIGHT_CLAUSE = re.compile(
    r",\s+[^,]{0,40}\b(?:hat|haben|has|have|compte|comptent|tiene|tienen|son|sind|is|es|est)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _in_box(low: str, line_start: int) -> bool:
    """The line is a correction's, stands right under a correction box's heading, or is one of the two lines
    after a correction's first ("Editor's note: ... to correct two errors." then 'An earlier version ...'), or
    the whole page is a corrections column ('Korrekturen und Ergänzungen der Woche' as its title)."""
    if CORRECTION_LINE_LOW.match(low, max(0, line_start - 1)) or COLUMN_TITLE_LOW.search(
        low, 0, COLUMN_TITLE
    ):
        return True
    previous = low.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start > 0 and BOX_HEADING_LOW.fullmatch(low, previous, line_start - 1):
        return True
    for _ in range(2):
        if CORRECTION_LINE_LOW.match(low, max(0, previous - 1)):
            return True
        if previous == 0:
            return False
        previous = low.rfind("\n", 0, previous - 1) + 1
    return False
