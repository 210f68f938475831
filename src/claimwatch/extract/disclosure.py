"""Models whose size the article says the developer has not disclosed ('OpenAI has never published
GPT-4's size', 'Google hält die Parameterzahl von Gemini Ultra geheim'). A figure for such a model that
no cue marks as a rumour, a report or an estimate is still not official: the article has just said so."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from claimwatch.extract.figures import article_lower, word_spans
from claimwatch.extract.mentions import ModelMention
from claimwatch.models import Claim

# what the developer did not give: the size, in each language's words for it
_SIZE_NOUN = (
    r"(?:(?:exact |official |model )?size|parameter counts?|number of parameters|how many parameters|how big|"
    r"Größe|Modellgröße|Parameterzahl|Parameteranzahl|Anzahl der Parameter|wie viele Parameter|wie groß|"
    r"taille|nombre de paramètres|combien de paramètres|"
    r"tamaño|número de parámetros|cuántos parámetros)"
)
_NOT_GIVEN = (
    r"(?:never|not|n't|declined to|refused to|nie|niemals|nicht|keine\w*|geheim|jamais|pas|nunca|no|"
    r"secret\w*|undisclosed|unconfirmed|unbestätigt|non (?:confirmé|communiqué)e?|sin confirmar|sin revelar)"
)
_GIVE = (
    r"(?:publish\w*|disclos\w*|confirm\w*|reveal\w*|releas\w*|shar\w*|sa(?:id|y)|comment\w*|giv\w*|stat\w*|"
    r"announc\w*|made public|bestätig\w*|veröffentlich\w*|genannt|nennt|offengelegt|offenleg\w*|verraten|verrät|"
    r"mitgeteilt|bekanntgegeben|angegeben|publi\w*|communiqu\w*|dévoil\w*|révél\w*|divulg\w*|précis\w*|"
    r"revel\w*|desvel\w*|precis\w*|hecho público)"
)
# the size nouns, for a scan of the whole text by substring search (a regex of them tries every letter)
SIZE_WORDS = (
    "size", "parameter count", "number of parameters", "how many parameters", "how big", "größe", "parameterzahl",
    "parameteranzahl", "anzahl der parameter", "wie viele parameter", "wie groß", "taille", "nombre de paramètres",
    "combien de paramètres", "tamaño", "número de parámetros", "cuántos parámetros",
)  # fmt: skip
# 'has never published GPT-4's size', 'did not disclose the number of parameters', 'hat die Größe nie
# bestätigt', "n'a jamais dévoilé la taille", 'nunca ha revelado el tamaño', 'keeps its size secret'
UNDISCLOSED = re.compile(
    rf"\b{_NOT_GIVEN}\b(?:\s+[\w'’-]+){{0,3}}?\s+{_GIVE}\b[^.;:,]{{0,40}}?\b{_SIZE_NOUN}\b|"
    rf"\b{_SIZE_NOUN}\b[^.;:,]{{0,30}}?\b{_NOT_GIVEN}\b(?:\s+[\w'’-]+){{0,3}}?\s+{_GIVE}\b|"
    rf"\b{_SIZE_NOUN}\b[^.;:]{{0,60}}?\b(?:secret\w*|geheim|secreto|undisclosed|unconfirmed|unbekannt|inconnue?)\b|"
    rf"\b(?:keeps?|kept|hält|garde|mantiene)\b[^.;:]{{0,40}}?\b{_SIZE_NOUN}\b[^.;:]{{0,40}}?\b(?:secret|geheim|secreto)\b",
    re.IGNORECASE,
)
# the size of something other than the model: 'did not disclose the size of the training set'
NOT_THE_MODEL = re.compile(
    r"\s+(?:of|de|du|des|del|von|der)\s+(?:the\s+|its\s+|la\s+|le\s+|el\s+|den\s+|des\s+|ses\s+|sus\s+)?"
    r"(?:training|data\w*|corpus|context|Trainings\w*|Daten\w*|Kontext\w*|données|corpus|contexte|datos|contexto)",
    re.IGNORECASE,
)


def undisclosed_models(
    text: str, spans: list[tuple[int, int]], models: list[ModelMention], known_in: Callable[[int, int], list]
) -> set[str]:
    """Ids of the models whose size a sentence says was not disclosed: the model named nearest the words
    that say so, or, when the sentence names none and says 'its size', the last model of the sentence before.
    `models` are the names found where figures are; `known_in(start, end)` finds known names elsewhere."""
    out: set[str] = set()
    starts = [s for s, _ in spans]
    # every UNDISCLOSED match holds a size noun: only the few sentences with one are read in full
    near = sorted(
        {bisect.bisect_right(starts, at) - 1 for at, _ in word_spans(article_lower(text), SIZE_WORDS)} - {-1}
    )
    for i in near:
        start, end = spans[i]
        hit = UNDISCLOSED.search(text, start, end)
        if hit is None or NOT_THE_MODEL.match(text, hit.end()):
            continue
        named = [m for m in models if start <= m.start < end] or known_in(start, end)
        named = [m for m in named if not SINCE.search(text, start, m.start) and not _excepted(text, hit, m)]
        if named:
            out.add(min(named, key=lambda m: _distance(m, hit.start(), hit.end())).model_id)
        elif i and POSSESSIVE.search(hit.group()):
            before = [m for m in models if spans[i - 1][0] <= m.start < start]
            out.update(m.model_id for m in before[-1:])
    return out


# 'has not published a parameter count since GPT-3': the model after 'since' is the last that had one
SINCE = re.compile(r"\b(?:since|seit|depuis|desde)\s+$", re.IGNORECASE)
# 'has never published a size for anything except Corvex-4 Mini': the exception had one
EXCEPT = re.compile(
    r"\b(?:except(?: for)?|apart from|other than|besides|außer|ausgenommen|bis auf|sauf|hormis|à part|excepto|salvo|"
    r"menos|aparte de)\b",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"\b(?:its|sa|son|su|seine|ihre|that model's|the model's)\b", re.IGNORECASE)


def _excepted(text: str, hit: re.Match, m: ModelMention) -> bool:
    return m.start >= hit.end() and EXCEPT.search(text, hit.end(), m.start) is not None


def _distance(m: ModelMention, start: int, end: int) -> int:
    return max(0, start - m.end, m.start - end)


def unofficial(claims: list[Claim], undisclosed: set[str]) -> list[Claim]:
    """A figure the article gives as the developer's own for a model whose size it says was never disclosed
    is hearsay, unless the developer itself is cited for it."""
    return [
        c.model_copy(update={"status": "rumored"})
        if c.model_id in undisclosed and c.status == "official" and not _from_developer(c)
        else c
        for c in claims
    ]


def _from_developer(c: Claim) -> bool:
    return (
        c.attributed_to is not None
        and c.org is not None
        and (c.attributed_to.lower() in c.org.lower() or c.org.lower() in c.attributed_to.lower())
    )
