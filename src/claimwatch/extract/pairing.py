"""Which model a parameter count belongs to: a name next to the figure, a size tag in a name, the subject
carried over from earlier sentences, comparisons, successors and 'respectively' lists."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimwatch.extract import clauses, cues
from claimwatch.extract.figures import (
    OWN_BEFORE,
    PARAM_WORD,
    SCOPE_RIGHT_AFTER,
    Candidate,
    article_lower,
    spec_line,
)
from claimwatch.extract.mentions import ModelMention, new_name
from claimwatch.extract.name_patterns import NAMING_CUE, QUOTES
from claimwatch.extract.numbers import Quantity
from claimwatch.extract.tags import Tag, tag_in_name, tags_after

RESPECTIVELY = re.compile(
    r"\b(?:respectively|beziehungsweise|bzw\.|respectivement|respectivamente|rispettivamente)", re.IGNORECASE
)


ANAPHOR = re.compile(
    r"(?:^|\W)(?:it|its|the model|this model|the new model|the system|the llm|"
    r"es|er|sie|sein\w*|ihr\w*|das modell|dieses modell|das neue modell|das system|dieses system|"
    r"the flagship|its flagship|[\w’']+ flagship|le système|el sistema|the parameter count|its parameter count|"
    r"die parameter(?:zahl|anzahl)|le nombre de paramètres|el número de parámetros|la taille du modèle|"
    r"the model['’]s size|the size of the model|die größe des modells|el tamaño del modelo|das (?:erste|zweite|dritte|größere|kleinere) modell|"
    r"il|elle|le modèle|ce modèle|le nouveau modèle|celui-ci|"
    r"el modelo|este modelo|el nuevo modelo|cuenta con|tiene|tendrá|contará|contaría|tendría|"
    r"il modello|questo modello|het model)(?:\W|$)",
    re.IGNORECASE,
)


GENERIC_PLURAL = re.compile(
    r"\b(?:models|Modelle|Modellen|modèles|modelos|modelli|modellen|LLMs|systems|Systeme|systèmes|sistemas)\s+"
    r"(?:with|mit|avec|de|con|of|met|von der Größe|von der Grösse|der Größe)\b",
    re.IGNORECASE,
)


# 'the 405B model trails Orion-X': a name after a comparison word is the thing compared with
COMPARISON = re.compile(
    r"\b(?:than|behind|ahead of|hinter|vor|als|compared|versus|vs|against|gegen|que|qu['’]|contre|frente|like|wie|"
    r"comme|como|beats?|beating|outperform\w*|übertr\w+|schlägt|schlug|besiegt\w*|bat|battu|dépass\w*|surpass\w*|"
    r"supera\w*|vence\w*|rivals?|rivalis\w*|trails?)\b",
    re.IGNORECASE,
)


# a name right after a comparison word is the thing compared with: 'beats Llama 3.1 8B', 'than GPT-4'
COMPARED_BEFORE = re.compile(
    r"\b(?:than|behind|ahead of|hinter|compared (?:with|to)|versus|vs\.?|against|gegen|contre|frente a|beats?|"
    r"beating|outperform\w*|übertr\w+|schlägt|surpass\w*|supera\w*|dépass\w*|rivals?|trails?|the size of|"
    r"as (?:large|big|small) as|so groß wie|la taille de|superior a la del?|el tamaño de)\s+"
    r"(?:(?:the|la|le|el|den|die|das|dem|der|l['’])\s*)?(?:[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)


SIZE_OF_AT = re.compile(
    r"\s*(?:at|à|en|auf|bei|:)\s+(?:(?:about|around|roughly|some|approximately|environ|près de|quelque|unos|"
    r"alrededor de|cerca de|rund|etwa|circa|ca\.)\s+)?"
)


TIMES_BEFORE = re.compile(
    r"\b(?:times|fois|veces|mal|twice|double|doble|half|moitié|mitad)\b"
)  # '3 times the size of'


SIZE_OF_LOW = re.compile(
    r"\b(?:the size of|la taille de|el tamaño de|die größe von|el de|celle de|that of)\s+$"
)


# a size of the model something was made from, or of what it was cut down to: neither is the name's
DERIVED_BEFORE = re.compile(
    r"(?:(?:\bfrom\s+|à partir d['’]\s*|\baus\s+|\bdesde\s+|\bvon\s+)(?:a|an|un|une|einem|einer|uno|una)\s+(?:[\w«»\"“”]+\s+){0,2}?"
    r"(?:(?:of|de|d['’]|with|mit|avec|con|von)\s+)?"
    r"|\b(?:pruned|distilled|compressed|shrunk|quantized|quantised|reduced|trimmed|cut|beschnitten|reduziert|"
    r"destilliert|geschrumpft|réduit|distillé|compressé|élagué|podado|reducido|destilado|comprimido)\b"
    r"[^.;]{0,30}\b(?:to|auf|à|a|en|hasta)\s+(?:(?:just|only|nur|seulement|solo)\s+)?)$",
    re.IGNORECASE,
)


# between a name and the figure it owns: 'GPT-3 with its 175 billion', 'GPT-3 mit seinen 175 Milliarden'
OWNS_NEXT = re.compile(
    r"(?:['’]s\s+|\s*\(\s*|\s*,?\s*(?:with|mit|avec|con|at|bei|à|and|und)\s+)(?:(?:its|seinen|seiner|ihren|ses|sus|son|su|"
    r"their|only|nur|just|rund|etwa|about|around|roughly|environ|unos|alrededor de)\s+)*",
    re.IGNORECASE,
)


AT_ONLY = re.compile(r"\s*(?:at|à|bei)\s+(?:\w+\s+)?")  # 'three times the size of GPT-3 at 540 billion'


COORDINATED = re.compile(
    r"(?:[\s-]*\d+(?:[.,]\d+)?[BMT]\b)?\s*(?:,|and|or|und|oder|et|ou|y|o|e)\s+", re.IGNORECASE
)


MODIFIER_AFTER = re.compile(
    r"[-‑](?:Modell\w*|basiert\w*|based|class|Klasse|like|style|artig\w*|type)\b", re.IGNORECASE
)


def _modifier(text: str, m: ModelMention) -> bool:
    """'ein Llama-2-Modell', 'a GPT-4-class model', 'X is based on Qwen2.5 and has 72B': a name that says what
    another model is built on or like."""
    return bool(MODIFIER_AFTER.match(text, m.end) or BASE_BEFORE.search(text, max(0, m.start - 30), m.start))


# the model another is built on: 'based on', 'basiert auf', 'repose sur', 'basado en', 'on top of'
BASE_BEFORE = re.compile(
    r"\b(?:based on|built on(?: top of)?|on top of|fine-tuned from|derived from|basiert auf|baut auf|aufbauend auf|"
    r"auf Basis von|basé sur|repose sur|s'appuie sur|basado en|se basa en|construido sobre)\s+(?:the\s+|dem\s+|le\s+|el\s+)?$",
    re.IGNORECASE,
)


def _uncompared(text: str, start: int, mentions: list[ModelMention]) -> list[ModelMention]:
    """The names not compared with: after 'beats Llama 3.1 8B and Mistral 7B', neither is the subject."""
    out = []
    previous_compared = False
    for i, m in enumerate(mentions):
        compared = bool(_COMPARED_LOW.search(article_lower(text), max(start, m.start - 40), m.start)) or (
            previous_compared and bool(COORDINATED.fullmatch(text, mentions[i - 1].end, m.start))
        )
        if not compared:
            out.append(m)
        previous_compared = compared
    return out


DETERMINER_START = re.compile(
    r"\s*(?:a|an|the|its|un|une|uno|una|el|la|le|il|lo|ein|eine|einen|einem|der|die|das|een|het|um|uma)\b",
    re.IGNORECASE,
)


# 'a 12.9B model', 'un modèle avec moins de 3 milliards': a kind of model, not a named one
GENERIC_BEFORE = re.compile(
    r"(?:\b(?:a|an|ein|eine|einem|einen|un|une|uno|una|een|um|uma|any|other|jeder|tout)\s+(?:\w+\s+){0,2}?"
    r"(?:model|Modell|modèle|modelo|modello|LLM|network|Netz\w*|réseau|red|variant|Variante|version|versión)\b[^,.;()]{0,25}"
    r"|\b(?:other|andere[nr]?|autres|otros)\s|\b(?:one|uno|una|une|eines?|één)\s+(?:of|de|van)\s"
    # '... costs more than one with 110 billion', 'más que uno con 8.000 millones' ('two versions, one with' names)
    r"|\b(?:than|als|que|qu['’]|como)\s+(?:one|uno|una|celui|celle|eine[sm]?|einer)\s+(?:with|con|avec|mit)\s+"
    r"(?:[^\W\d]+\s+){0,2}?"
    # 'landen bei etwas mit 8 oder 9 Milliarden', 'acaban con algo de entre 8.000 y 30.000 millones': any model
    r"|\b(?:etwas|something|quelque chose|algo)\s+(?:mit|with|de|d['’]|con|of)\s+(?:entre\s+|zwischen\s+|between\s+)?"
    # 'un « professeur » de 70 milliards', 'a teacher with 70 billion'
    # (but not an approximation after the preposition 'a': 'elevó la cifra a cerca de 1,8 billones')
    r"|\b(?:a|an|un|une|ein|eine|einen|einem|uno|una)\s+[«\"“„]?\s*"
    r"(?!(?:cerca|alrededor|près|environ|about|around|más|menos|plus|moins|mehr|weniger|casi|poco)\b)[^\W\d]+"
    r"\s*[»\"”“]?\s+(?:of|de|d['’]|with|mit|avec|con|von)\s+)$",
    re.IGNORECASE,
)


# 'a well-trained 27B model', 'a 50-billion or a 500-billion-parameter network'
INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|un|une|ein|eine|einem|einen|uno|una|een|um|uma|the same|le même|la même|el mismo|la misma|"
    r"dasselbe|denselben|dieselbe|demselben)\s+(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)


MODEL_NOUN_SOON = re.compile(
    r"[^,;.]{0,45}?\b(?:model|LLM|Modell|modèle|modelo|modello|network|one)\b", re.IGNORECASE
)


# a sentence that describes the model named before: "Se trata de un modelo ...", "It is a model with ..."
PREDICATIVE = re.compile(
    r"\b(?:se trata de|il s['’]agit d\w*|es handelt sich|it is an?|this is an?|c['’]est une?|het gaat om|"
    r"si tratta di|the model is|das modell ist|le modèle est|el modelo es|"
    r"the (?:flagship|largest|smallest|biggest|new|latest|top|base) (?:\w+ )?(?:is|was) an?)\b",
    re.IGNORECASE,
)


RELATIVE_START = re.compile(
    r"\s*(?:of which|davon|wovon|von denen|dont|de los cuales|de las cuales|di cui|waarvan|which|that|who|whose|die|der|das|welche[rs]?|qui|que|lequel|laquelle|dont|cuyo|cuya|el cual|"
    r"la cual|che|il quale)\b",
    re.IGNORECASE,
)


@dataclass
class Context:
    """What earlier sentences said: the latest subject, how long ago, and the article's main model."""

    subject: ModelMention | None = None
    age: int = 0
    counts: dict[str, tuple[int, ModelMention]] = field(default_factory=dict)
    sizes: dict[int, ModelMention] = field(default_factory=dict)  # a figure -> the first model given it
    last: ModelMention | None = None  # the model named last, which 'the latter' or 'Dieses' points to
    upcoming: list[ModelMention] = field(default_factory=list)  # the next sentence's names
    named: list[ModelMention] = field(default_factory=list)  # the names of the last sentence that named any
    carried: tuple[int, ModelMention] | None = None  # (sentence start, model) of the last figure carried over

    def saw(self, mentions: list[ModelMention], text: str = "", start: int = 0, end: int = 0) -> None:
        """Note a sentence's names: the first one not compared with is its subject; a sentence that names none
        but says 'the latter' ('C'est ce dernier qui concentre l'attention.') makes the model named last it."""
        self.age += 1
        if not mentions and self.last is not None and end > start and _says_latter(text, start, end):
            self.subject, self.age = self.last, 0
        self.last = mentions[-1] if mentions else self.last
        self.named = mentions or self.named
        mentions = _uncompared(text, start, mentions) if text and mentions else mentions
        if mentions:
            self.subject, self.age = mentions[0], 0
        for m in mentions:
            n, _ = self.counts.get(m.model_id, (0, m))
            self.counts[m.model_id] = (n + 1, m)

    def first(self) -> ModelMention | None:
        """The first model the text named: a reference page's subject."""
        return next(iter(self.counts.values()))[1] if self.counts else None

    def topic(self) -> ModelMention | None:
        if not self.counts:
            return None
        return max(self.counts.values(), key=lambda pair: pair[0])[1]


# 'its model, which is not GPT-4, has 70B': the name is what the subject is not
NOT_IDENTITY_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|ist|sind|war|waren|est|es|era|è|sia|zijn)\s+(?:not|nicht|kein\w*|pas|no|non|niet)"
    r"|\b(?:isn|wasn|aren)['’]t|\bn['’](?:est|était)\s+pas|\b(?:no|non)\s+(?:es|era|è)|"
    r"\b(?:das|der|die|welche[rs]?|which|that)\s+(?:nicht|not))"
    r"\s+(?:(?:the|a|an|das|der|die|ein|eine|le|la|un|une|el|il)\s+)?$",
    re.IGNORECASE,
)


_COMPARED_LOW, NOT_IDENTITY_LOW, _DERIVED_LOW = map(
    cues.lowered, (COMPARED_BEFORE, NOT_IDENTITY_BEFORE, DERIVED_BEFORE)
)


CHANGE_BEFORE = re.compile(
    r"\b(?:increas\w*|grow\w*|grew|jump\w*|ris\w+|rose|rais\w*|boost\w*|expand\w*|scal\w*|leap\w*|go(?:es|ing)?|went|climb\w*|up|aumenta\w*|"
    r"pas(?:ar|ó|a)|creci\w*|salt\w*|steig\w*|stieg|wächst|wuchs|spr\w+|erhöh\w*|augment\w*|pass\w*|bondi\w*|"
    r"cresc\w*|aument\w*)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


# 'Both use 17 billion active parameters per token': the two models the sentence before named
BOTH = re.compile(r"\s*(?:Both|Beide|Les deux|Ambos|Ambas|Entrambi)\b")


def both_models(text: str, start: int, mentions: list[ModelMention], ctx: Context) -> list[ModelMention]:
    """The two models a sentence opening with 'Both' speaks of, when it names none and the one before named two."""
    if mentions or ctx.age > 1 or not BOTH.match(text, start):
        return []
    distinct = list({m.model_id: m for m in ctx.named}.values())
    return distinct if len(distinct) == 2 else []


def change_successor(
    text: str, start: int, q: Quantity, model: ModelMention, ctx: Context
) -> ModelMention | None:
    """For a 'range' that is really a change ('from 175 billion to 100 trillion', ratio 20 or more, after a
    verb of growth), the model the new figure belongs to: the article's subject when it is another model."""
    if not q.high or q.high < 20 * q.value or not CHANGE_BEFORE.search(text, start, q.start):
        return None
    for other in (ctx.subject, ctx.topic()):
        if other is not None and other.model_id != model.model_id:
            return other
    return None


def tags_of(text: str, m: ModelMention, limit: int) -> list[Tag]:
    inner = tag_in_name(m.surface, m.start)
    if inner:
        return [inner]
    return tags_after(text, m.end, limit)


# 'DeepSeek-Coder-V2, dont la version Lite, avec 16 milliards', 'Une déclinaison « Lite » se contente de 16 milliards'
TIER_VARIANT = re.compile(
    r"\b(?:version|variant|variante|déclinaison|Version|Variante|versión)\s+[«\"“„]?\s?"
    r"(?P<tier>Lite|Mini|Small|Medium|Large|Pro|Max|Ultra|Nano|Flash|Plus|Turbo)\b\s?[»\"”“]?"
)


def tier_variant(
    text: str, start: int, model: ModelMention, q: Quantity, figures: list[Quantity]
) -> ModelMention:
    """The variant a tier word names between the model and its figure: 'X, dont la version Lite, avec 16 ...'
    (not one that follows another figure: '24 milliards pour la version Small, 3 milliards pour la Mini')."""
    lo = model.end if model.end <= q.start else start
    tiers = list(TIER_VARIANT.finditer(text, lo, q.start))
    tier = tiers[-1] if tiers else None
    if (
        tier is None
        or model.surface.endswith(tier.group("tier"))
        or any(lo <= f.start < tier.start() for f in figures)
    ):
        return model
    name = f"{model.canonical} {tier.group('tier')}"
    return ModelMention(
        model.start, model.end, name, f"{model.model_id}-{tier.group('tier').lower()}", name, model.org, False
    )


def model_for(text, start, end, cand: Candidate, free, mentions, ctx: Context) -> ModelMention | None:
    """The model a figure belongs to, by the sentence's structure, else carried over from before."""
    q = cand.q
    if not mentions and INFOBOX_SIZE_ROW.match(text, text.rfind("\n", 0, q.start) + 1):
        return (
            _page_subject(text) or ctx.first()
        )  # 'Parameter | 0,5 Mrd. bis 180 Mrd. |' on the page 'Falcon'
    if not mentions and not text[start : q.start].strip(" \"'“”„«»") and EVALUATIVE_AFTER.match(text, q.end):
        return None  # '"Thirteen billion parameters is a sensible size," said ...': a size in general
    # a licence named after a model ('their own Qwen licence') names no model a figure could belong to
    mentions = [m for m in mentions if not LICENCE_AFTER.match(text, m.end)]
    named = [m for m in mentions if not _succeeded(text, start, m, q)]
    if mentions and not named:
        return None  # 'preparing a successor to ESM3 with as many as 400 billion parameters'
    mentions = named
    found = _respective_model(text, start, end, q, free, mentions) or _named_after(text, q, mentions, end)
    if found is not None:
        return found
    sentence = text[start:end]
    first, last = _group_span(q, free)
    c_left, c_right = (
        start + x for x in clauses.clause_around(sentence, first.start - start, last.end - start)
    )
    if (
        PLURAL_MODELS_AFTER.match(text, last.end)
        and not any(c_left <= m.start < first.start for m in mentions)
        and not THE_BEFORE.search(text, max(start, first.start - 20), first.start)
    ):
        return None  # '..., and today's 8B models routinely beat 2020's giants': a class, in its own clause
    if _DERIVED_LOW.search(article_lower(text), c_left, first.start):
        return None  # 'distilled from a model of 1,000 billion', 'pruned it to 4 billion': another model
    nearest = [m for m in mentions if m.end <= first.start][-1:]
    if (
        nearest
        and SIZE_OF_AT.fullmatch(text, nearest[0].end, first.start)
        and SIZE_OF_LOW.search(article_lower(text), max(start, nearest[0].start - 20), nearest[0].start)
        and not TIMES_BEFORE.search(article_lower(text), max(start, nearest[0].start - 35), nearest[0].start)
    ):
        return nearest[0]  # 'estimated the size of GPT-4o at about 200 billion and that of GPT-4o mini at 8'
    # a name compared with ('beats Llama 3.1 405B') is the figure's model only when no other name is
    uncompared = [m for m in _uncompared(text, start, mentions) if not _modifier(text, m)] or mentions
    if (
        nearest
        and OWNS_NEXT.fullmatch(text, nearest[0].end, first.start)
        and not (
            nearest[0] not in _uncompared(text, start, mentions)
            and AT_ONLY.fullmatch(text, nearest[0].end, first.start)
        )
    ):
        return nearest[0]  # 'than GPT-3 with its 175 billion', 'against DeepSeek-V3 (671B total)'
    in_clause = [m for m in mentions if c_left <= m.start and m.end <= q.start]
    in_clause_before = [m for m in in_clause if m in uncompared]
    if in_clause_before:
        return in_clause_before[-1]
    before = [m for m in mentions if m.end <= q.start]
    if before and RELATIVE_START.match(text, c_left, c_right):
        return ([m for m in before if not _modifier(text, m)] or before)[-1]
    head = _apposition_head(text, c_left, c_right, before)
    if head is not None:
        return head
    near_after = [
        m
        for m in mentions
        if q.end <= m.start
        and m.end <= c_right
        and m.start - last.end <= 40
        and not COMPARISON.search(text, last.end, m.start)
        and not SENTENCE_END.search(
            text, last.end, m.start
        )  # '... 7 milliards de paramètres. « Avec Cigale 3'
    ]
    if near_after:
        return near_after[0]
    opener = _subject_after_opener(text, start, c_left, c_right, mentions)
    if opener is not None:
        return opener
    if not before and PREDICATIVE.search(sentence):
        return _carried_over(text, start, end, cand, ctx, first.start)
    if before and GENERIC_PLURAL_BEFORE.search(text, c_left, first.start):
        if WITH_MODELS.match(text, c_left) and text[before[-1].end : c_left].strip() in (",", ""):
            return before[-1]  # 'Google lanzó Gemma 2, con modelos de 9.000 y 27.000 millones': its models
        return None  # a kind of model: the name is in another clause (one in this clause was taken above)
    if not before and WE_BUILT.search(text, max(start, first.start - 90), first.start):
        return ctx.topic() or ctx.subject  # 'Nous avons entraîné un modèle de 13 milliards': the lab's own
    m_left, _ = clauses.major_clause_around(sentence, first.start - start, last.end - start)
    if _generic(text, c_left, first, last) and not [m for m in before if m.start >= start + m_left]:
        # 'ein Modell mit 100 Milliarden Parametern, das den Arbeitstitel Lindwurm-4 trägt': named after
        later = _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming)
        return later or (_heading_model(text, start, ctx) if not mentions else None)
    if before:
        return _skip_apposition(text, [m for m in before if m in uncompared] or before, q)
    carried = _carried_over(text, start, end, cand, ctx, first.start)
    if carried is None and A_MODEL.search(text, start, first.start):
        return _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming)
    return carried


# an encyclopedia page's title: 'Qhawax (modelo de lenguaje)', 'Mirevan (modèle de langage) — Wikipédia'
PAGE_TITLE = re.compile(
    r"(?m)^(?P<name>[^\W\d_][\w.-]*(?: [\w.-]+){0,2}) \([^)\n]*(?:model|modelo|modèle|Modell|LLM)[^)\n]*\)"
)


def _page_subject(text: str) -> ModelMention | None:
    title = PAGE_TITLE.search(text, 0, 600)
    return new_name(title.start("name"), title.end("name"), title.group("name")) if title else None


# an encyclopedia infobox row that gives the size of the page's subject
INFOBOX_SIZE_ROW = re.compile(
    r"[ \t|]*(?:Parameters?|Parameter(?:zahl)?|Parámetros|Paramètres|Taille|Tamaño|Größe|Modellgröße|Size)[ \t]*\|"
)


# a sentence that opens with a size and judges it: 'Seventy billion parameters is a respectable model.'
EVALUATIVE_AFTER = re.compile(
    r"\s+(?:de\s+)?(?:parameters?|Parameter[n]?|paramètres|parámetros|parametri)\s*,?\s+"
    r"(?:is|are|was|would be|sounds?|seems?|sind|ist|wären|wäre|klingt|c['’]est|est|es|son|sería|parece|è)\b",
    re.IGNORECASE,
)


SENTENCE_END = re.compile(r"[.!?…]\s")
# 'Apple está desarrollando un modelo de ... medio billón de parámetros': a model still to be named
A_MODEL = re.compile(
    r"\b(?:a|an|ein|eine[nm]?|un|une|uno|una)\s+(?:[\w-]+\s+){0,2}?(?:model|Modell|modèle|modelo|modello|LLM)\b",
    re.IGNORECASE,
)


def _named_later(text: str, later: list[ModelMention]) -> ModelMention | None:
    """The first name a naming cue gives after an unnamed model ('... Den Namen Brenner-3 trägt es')."""
    for m in later:
        if NAMING_CUE.search(text[max(0, m.start - 40) : m.start]):
            return m
    return None


WITH_MODELS = re.compile(
    r"\s*(?:with|con|mit|avec|in)\s+(?:\w+\s+)?(?:models|modelos|Modellen|modèles|versions|versiones|Versionen)\b",
    re.IGNORECASE,
)


# a lab speaking of the model it made: 'we trained a 13B model', 'Entrenamos un modelo de trece mil millones'
WE_BUILT = re.compile(
    r"(?:\b(?:we|we['’]ve|we have|nous avons|hemos)\s+(?:\w+\s+)?(?:trained|built|developed|entraîné|développé|"
    r"construit|entrenado|desarrollado|construido)|\b(?:entrenamos|desarrollamos|construimos)|\bwir haben)\s+"
    r"(?:a|an|ein|eine[nm]?|un|une|uno|una)\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _subject_after_opener(text: str, start: int, c_left: int, c_right: int, mentions) -> ModelMention | None:
    """'With its 175 billion parameters, GPT-3 was ...': an opening phrase describes the subject after it."""
    if c_left != start or not text.startswith(",", c_right):
        return None
    after = [m for m in mentions if c_right < m.start <= c_right + 4]
    return after[0] if after else None


# 'models with 7B parameters', 'Modelle mit bis zu 3 Milliarden': sizes of a kind of model
GENERIC_PLURAL_BEFORE = re.compile(GENERIC_PLURAL.pattern + r"(?:\s+[^\W\d]+){0,3}\s*$", re.IGNORECASE)


def _heading_model(text: str, start: int, ctx: Context) -> ModelMention | None:
    """'Février 2019 — GPT-2' over 'OpenAI présente un modèle de 1,5 milliard': a heading names the model the
    paragraph under it describes."""
    subject = ctx.subject
    if subject is None or ctx.age > 1 or subject.start >= start or ctx.last is not subject:
        return None  # (a heading that names several models sets no one topic)
    line_end = text.find("\n", subject.end, start)
    if line_end < 0 or text[line_end:start].strip():
        return None  # the sentence does not open the paragraph right under the subject's line
    line = text[text.rfind("\n", 0, subject.start) + 1 : line_end].strip()
    return subject if len(line) <= 60 and line[-1:] not in '.!?:;,"”»' else None


def _generic(text: str, c_left: int, first: Quantity, last: Quantity) -> bool:
    """A size of some model ('a 7B model', 'un modèle de 7 milliards'), not of a named one."""
    if GENERIC_BEFORE.search(text, c_left, first.start):
        return True
    return bool(INDEFINITE_BEFORE.search(text, c_left, first.start) and MODEL_NOUN_SOON.match(text, last.end))


def _apposition_head(text: str, c_left: int, c_right: int, before: list[ModelMention]) -> ModelMention | None:
    """'Mistral NeMo, a 12-billion-parameter model': a noun phrase right after a name describes it."""
    if (
        before
        and re.fullmatch(r"\s*[,(:–—-]\s*", text[before[-1].end : c_left])
        and DETERMINER_START.match(text, c_left, c_right)
    ):
        return before[-1]
    return None


# a pronoun or noun that is the sentence's subject, not a possessive ('it', not 'its chips')
SUBJECT_ANAPHOR = re.compile(
    r"\b(?:it|the model|this model|es|er|il|elle|das modell|dieses modell|le modèle|ce modèle|el modelo|"
    r"este modelo|il modello)\b",
    re.IGNORECASE,
)


# 'the 8B model', 'das 8B-Modell', 'le modèle 8B': one of the sizes the article already gave a model
DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|das|dem|den|der|die|des|le|la|el|il|lo|het)\s+|\bl['’])$", re.IGNORECASE
)


def _carried_over(
    text: str, start: int, end: int, cand: Candidate, ctx: Context, lead: int
) -> ModelMention | None:
    if PLURAL_MODELS_AFTER.match(text, cand.q.end) and not THE_BEFORE.search(
        text, max(start, lead - 20), lead
    ):
        return None  # 'Today 8B models routinely beat it': a class of models ('The 8B and 70B models' are its own)
    model = _carried_model(text, start, end, cand, ctx, lead)
    if model is not None:
        ctx.carried = (start, model)
    elif ctx.carried and ctx.carried[0] == start and SCOPE_RIGHT_AFTER.match(text, cand.q.end, end):
        return ctx.carried[1]  # 'Size: 671B total, 37B active': the sentence's next figure, of the same model
    return model


LICENCE_AFTER = re.compile(
    r"[ -](?:Community |Research |Open |Model )?(?:[Ll]icen[cs]es?|Lizenz\w*|licencias?|licenz[ae])\b"
)
# talk that circulates, which is about the model the article is about
HEARSAY_ABOUT = re.compile(
    r"\b(?:circul\w*|kursier\w*|rumou?r\w*|gerücht\w*|rumeur\w*|rumor\w*|ist (?:teils |auch )?von .{0,60}die Rede|"
    r"évoqu\w+|in (?:den )?(?:Foren|sozialen Netzwerken)|(?:sur|on|en) (?:X|Reddit|les réseaux sociaux|redes sociales|foros)\b)",
    re.IGNORECASE,
)
PREDECESSOR_START = re.compile(
    r"\s*(?:The|Its|La|Le|Die|Der|Das|El|Su|Sa|Son|Sein|Ihr)\s+(?:(?:previous|prior|earlier|older|first|last)\s+"
    r"(?:generation|version|model)|predecessor|generación anterior|versión anterior|primera generación|"
    r"génération précédente|version précédente|première génération|prédécesseur|predecesor|"
    r"vorherige Generation|erste Generation|Vorgänger\w*)\b",
    re.IGNORECASE,
)
THE_BEFORE = re.compile(
    r"\b(?:the|these|its|their|our|both|die|diese|seine|ihre|beide|les|ces|ses|leurs|los|las|estos|sus)\s+$",
    re.IGNORECASE,
)
PLURAL_MODELS_AFTER = re.compile(r"[\s-]*(?:models|Modelle|modèles|modelos|modelli|LLMs)\b")


def _carried_model(
    text: str, start: int, end: int, cand: Candidate, ctx: Context, lead: int
) -> ModelMention | None:
    """A sentence naming no model: 'It has 70B parameters', 'Total parameters are 46.7 billion'. `lead` is
    where the figure's list begins ('sus modelos de 8 y 70 mil millones')."""
    sentence = text[start:end]
    q = cand.q
    if q.suffix and q.value in ctx.sizes and DEFINITE_BEFORE.search(text, max(start, q.start - 12), q.start):
        return ctx.sizes[q.value]
    if OWN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return ctx.topic() or ctx.subject  # a lab's 'our 8B model' is one of the models it is releasing
    if PREDECESSOR_START.match(sentence):
        return None  # 'La generación anterior se ofrecía en versiones de 2B, 9B y 27B': not the model named before
    if POSSESSIVE_PLURAL_BEFORE.search(text, max(start, lead - 60), lead):
        return ctx.subject or ctx.topic()  # 'La familia incluye ... sus modelos de 8 y 70 mil millones'
    if LATTER.search(sentence) and ctx.last is not None:
        return (
            ctx.last
        )  # 'Dieses hat 32,5 Milliarden', 'ce dernier compte 52 milliards': the model named last
    if (
        q.group is not None
        and DEFINITE_PLURAL_START.match(sentence)
        and ctx.subject is not None
        and ctx.age <= 1
    ):
        # '... von Gemma 3 veröffentlicht. Die Modelle mit 1, 4, 12 und 27 Mrd. Parametern': its sizes, listed
        return ctx.subject
    if GENERIC_PLURAL_BEFORE.search(text, start, q.start) and not SUBJECT_ANAPHOR.search(sentence):
        return None  # 'its chips can run models with up to 10 billion parameters': a kind of model
    if _kinds_of_model(sentence) or THRESHOLD_BEFORE.search(text, max(start, q.start - 40), q.start):
        return None  # 'the frontier models probably sit somewhere between one and three trillion'
    if WHOEVER.match(sentence):
        return None  # 'Wer über 400 Mrd. Parameter hinausgeht, ...': anyone's model
    if DEFINED_MODEL.match(sentence) or OTHER_MODEL.search(sentence, 0, lead - start):
        return None  # 'El modelo que la empresa ejecuta en el iPhone ...': another model, defined here
    if ANAPHOR.search(sentence) or FIGURE_NOUN.search(text, start, q.start):
        return ctx.subject if ctx.subject is not None and ctx.age <= 3 else ctx.topic()
    if cand.strong and ctx.subject is not None and ctx.age <= 1 and not GENERIC_PLURAL.search(sentence):
        return ctx.subject
    if ctx.subject is not None and ctx.age <= 4 and spec_line(text, start, q):
        return ctx.subject  # 'Technische Daten Priel-2' a few lines above 'Parameter: 12 Mrd.'
    if cand.strong and HEARSAY_ABOUT.search(sentence):
        return ctx.topic()  # 'Sur X, des comptes anonymes évoquent même 5 billions': the article's model
    return None


# the models just named, as a sentence's subject: 'The models come in 1B and 4B', 'Les modèles de 7 et 70 milliards'
DEFINITE_PLURAL_START = re.compile(
    r"\s*(?:Die|Diese|Beide|The|These|Both|Les|Ces|Deux|Los|Las|Estos|Ambos|I|Questi)\s+(?:[^\W\d]+\s+)?"
    r"(?:Modelle|models|modèles|modelos|modelli)\s+(?:with|mit|avec|de|con|of)\s+\d"
)


# the figure itself named before it: 'Laut Heise liegt die Zahl deutlich niedriger, bei knapp 700 Milliarden'
FIGURE_NOUN = re.compile(
    r"\b(?:die (?:Zahl|Größe)|seine Größe|the (?:figure|number|size)|its size|le chiffre|(?:la|sa) taille|la cifra|"
    r"(?:el|su) tamaño)\b(?! (?:total|totale|of|de|des|del|von)\b)",
    re.IGNORECASE,
)


POSSESSIVE_PLURAL_BEFORE = re.compile(
    r"\b(?:its|sus|ses|seine[n]?)\s+(?:\w+\s+){0,2}?(?:models|modelos|modèles|Modelle|versions|versiones|"
    r"variantes|Varianten)\s+(?:de|of|von|mit|with|avec|con)\s+$",
    re.IGNORECASE,
)


# a demonstrative subject: the model named last, not the topic
THE_LATTER_WORDS = ("ce dernier", "cette dernière", "the latter", "este último", "esta última", "letzteres")


def _says_latter(text: str, start: int, end: int) -> bool:
    spans = _latter_spans(article_lower(text))
    i = bisect.bisect_left(spans, (start, start))
    return i < len(spans) and spans[i][1] <= end  # spans do not overlap: the first one from start ends first


@lru_cache(maxsize=4)
def _latter_spans(low: str) -> list[tuple[int, int]]:
    """Where the article says 'the latter', found once: most sentences are asked. A substring search per
    word: a regex of them would try every 'c', 'e', 'l' and 't' of the text."""
    spans = []
    for word in THE_LATTER_WORDS:
        at = low.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = low.find(word, at + 1)
    return sorted(spans)


LATTER = re.compile(
    r"^\s*(?:Dieses|Dieser|Letzteres|Letzterer)\s+(?:hat|umfasst|besitzt|verfügt|kommt)\b"
    rf"|\b(?i:{'|'.join(THE_LATTER_WORDS)}|éste|Letzteres)\b",  # 'Ce dernier, ...' opens a sentence too
)


WHOEVER = re.compile(r"\s*(?:Wer|Whoever|Anyone who|Quien|Quienes|Celui qui|Ceux qui|Chi)\b")


# a model defined by a relative clause, not the one named before
DEFINED_MODEL = re.compile(
    r"\s*(?:the|el|le|das|der|il)\s+(?:model|modelo|modèle|Modell|modello)\s+(?:that|which|que|qui|das|den|che)\b",
    re.IGNORECASE,
)


# the same anywhere before the figure: 'the model powering one product', 'next generation model of 100 billion'
OTHER_MODEL = re.compile(
    r"\b(?:the|el|le|das|der|il)\s+(?:model|modelo|modèle|Modell|modello)\s+(?:powering|behind|used by|running)\b"
    r"|\b(?:next[- ]generation|next|nächste\w*|prochaine?|próxim[oa]|siguiente)\s+(?:[\w-]+\s+)?"
    r"(?:model|Modell|modèle|modelo|generation|Generation|génération|generación)\b"
    # 'un laboratorio estadounidense cuyo modelo ...', 'a US lab whose model ...': a lab nobody names
    r"|\b(?:un|a|an|une|einem?|einer)\s+(?:[\w-]+\s+){0,2}?(?:laborato\w+|labs?|Labor|empresa|entreprise|company|"
    r"start-?up|rival|competitor|concurrent\w*|competidor)\s+(?:[\w-]+,?\s+){0,2}?(?:cuyo|cuya|dont l[ea]|whose|"
    r"dessen|deren)\s+(?:modelo|modèle|model|Modell)\b",
    re.IGNORECASE,
)


def _succeeded(text: str, start: int, m: ModelMention, q: Quantity) -> bool:
    """'a successor to ESM3 with 400 billion': the name a new model follows, unless a relative clause gives
    the figure back to it ('Nachfolger von DeepSeek-V2.5, das 236 Milliarden Parameter hat')."""
    return bool(
        SUCCESSOR_TO.search(text, max(start, m.start - 24), m.start)
        and not (m.end <= q.start and RELATIVE_AFTER.match(text, m.end, q.start))
    )


RELATIVE_AFTER = re.compile(
    r",?\s*(?:which|that|who|das|der|die|qui|que|dont|cuyo|cuya|che)\b", re.IGNORECASE
)


# a name given as what a new model follows: 'a successor to ESM3 with 400 billion' names no model of its own
SUCCESSOR_TO = re.compile(
    r"\b(?:successor to|successor of|Nachfolger (?:von|für|des)|successeur de|sucesor de|sucesor del)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# 'below 10 billion parameters', 'unter 3 Milliarden': a bound, not one model's size
THRESHOLD_BEFORE = re.compile(
    r"\b(?:below|under|beneath|fewer than|less than|en dessous de|au-dessous de|moins de|unter|unterhalb von|"
    r"weniger als|por debajo de|menos de)\s+(?:\w+\s+){0,3}?$",
    re.IGNORECASE,
)


# 'the frontier models', 'most open models', 'les grands modèles': kinds of model ('the models' may be these)
KINDS_OF_MODEL = re.compile(
    r"\b(?:frontier|large|larger|largest|big|biggest|most|many|other|such|all|current|leading|proprietary|open|"
    r"modern|meisten|viele|andere[n]?|große[n]?|größte[n]?|moderne[n]?|grands|autres|nombreux|plupart des|"
    r"muchos|otros|grandes|mayores|modernos)\s+(?:[\w-]+\s+)?"
    r"(?:models|Modelle|modèles|modelos|modelli|LLMs|Sprachmodelle|KI-Modelle)\b"
    r"|\b(?:models|Modelle|modèles|modelos)\s+(?:in|im|dans|en|of|von|de)\s+(?:dieser|diesem|this|these|cette|ces|"
    r"esta|este|estos)\b|\b(?:unter|among|parmi|entre)\s+(?:den|the|les|los)\s+(?:Modellen|models|modèles|modelos)\b",
    re.IGNORECASE,
)


def _kinds_of_model(sentence: str) -> bool:
    return bool(KINDS_OF_MODEL.search(sentence))


def _group_span(q: Quantity, free: list[Quantity]) -> tuple[Quantity, Quantity]:
    if q.group is None:
        return q, q
    members = [r for r in free if r.group == q.group]
    return members[0], members[-1]


def _skip_apposition(text: str, before: list[ModelMention], q: Quantity) -> ModelMention:
    """'GPT-3, the basis of ChatGPT, has 175B': the figure belongs to the head, not the aside."""
    last = before[-1]
    # the aside may go on for a word or two after its name ('..., the model behind the Lodestar assistant, has')
    if not re.match(r"(?:['’]s)?(?:\s+[\w-]+){0,2}\s*,", text[last.end : q.start]):
        return last
    for head in reversed(before[:-1]):
        between = text[head.end : last.start]
        if re.fullmatch(r",\s[^,;.]*", between) and not PARAM_WORD.search(between):
            return head
    return last


LIST_LEAD = re.compile(r"[^,;.–—:(]{0,40}?\s*[–—:(]\s*")  # '... Parametern – ', ' parameters: '
LIST_JOINT = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|,\s*(?:and|und|et|y)\b)\s*")


def _names_listed_after(text: str, pos: int, end: int, mentions) -> list[ModelMention]:
    """The names listed right after a list of figures, one per figure, in order."""
    lead = LIST_LEAD.match(text, pos, end)
    if lead is None:
        return []
    names, at = [], lead.end()
    for m in [m for m in mentions if m.start >= at]:
        if m.start != at:
            break
        names.append(m)
        joint = LIST_JOINT.match(text, m.end, end)
        if joint is None:
            break
        at = joint.end()
    return names


# 'a 500B-parameter LLM called MAI-1', 'the 1.5 billion of its predecessor, GPT-2'
NAMED_AFTER = re.compile(
    r"(?:called|named|dubbed|namens|genannt|nommé|baptisé|appelé|llamado|denominado)\s*$|"
    r"^\s*(?:[\w-]*param\w*\s+)?(?:of|de|du|von|des|del|di)\s+(?:its|su|son|sa|sein\w*|ihr\w*|their|leur)\s+"
    r"(?:predecessor|successor|predecesor|sucesor|prédécesseur|successeur|vorgänger\w*|nachfolger\w*|"
    r"predecessore|successore)\s*,\s*$|"
    # 'the 671 billion parameters of DeepSeek-V3', 'les 671 milliards de paramètres de DeepSeek-V3'
    r"^\s*(?:(?:de\s+)?(?:parameters|Parameter|paramètres|parámetros|parametri)\s+)?(?:of|de|von|del|di)\s+$|"
    # 'its own 280-billion-parameter Gopher', 'das 405-Milliarden-Parameter-Modell Llama 3.1'
    r"^[-‑](?:parameters?|Parameter)(?:[-‑](?:Modell|LLM|model))?[ \u00a0]+$|"
    # 'a trimmed 13-billion-parameter variant, Heron-2 Turbo,': the name in apposition after the noun
    r"^[-‑]?(?:\s*(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:[a-z][\w-]*\s+)?"
    r"(?:variant|version|model|sibling|edition|Variante|Version|Modell|modèle|variante|versión|modelo)\s*,\s*$",
    re.IGNORECASE,
)


def _named_after(text: str, q: Quantity, mentions, end: int) -> ModelMention | None:
    """'a 500B-parameter LLM called MAI-1': the name follows the figure."""
    for m in mentions:
        if m.start >= q.end and m.start - q.end <= 60:
            between = text[q.end : m.start].rstrip(QUOTES)  # '..., internally called "Harrier"'
            if NAMED_AFTER.search(between) or NAMING_CUE.search(between) or FOR_NAME.fullmatch(between):
                return m
            if m.known and PAREN_OPEN.fullmatch(between) and PAREN_CLOSE.match(text, m.end):
                return m  # '... à 123 milliards (Mistral Large 2)': the parentheses hold the figure's model
    return None


PAREN_OPEN = re.compile(
    r"\s*(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros|parametri)\s*)?\(\s*"
)
PAREN_CLOSE = re.compile(r"\s*\)")


# a figure and the model it is given for: 'about 8B for GPT-4o-mini', 'rund 8 Mrd. für GPT-4o mini'
FOR_NAME = re.compile(
    r"\s*(?:(?:parameters?|Parameter|de paramètres|de parámetros)\s+)?(?:for|für|pour|para)\s+"
    r"(?:(?:the|le|la|l['’]|el|das|den)\s*)?",
    re.IGNORECASE,
)


def _respective_model(text, start, end, q, free, mentions) -> ModelMention | None:
    if q.group is None:
        return None
    members = [r for r in free if r.group == q.group]
    listed = _names_listed_after(text, members[-1].end, end, mentions)
    if len(listed) == len(members):
        return listed[members.index(q)]  # 'mit 3, 14 und 32 Milliarden Parametern – X Mini, X und X Pro'
    if not RESPECTIVELY.search(text, start, end):
        return None
    before = [m for m in mentions if m.end <= members[0].start]
    if len(before) < len(members):
        return None
    return before[len(before) - len(members) + members.index(q)]
