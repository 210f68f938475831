"""Which model a parameter count belongs to: a name next to the figure, a size tag in a name, the subject
carried over from earlier sentences, comparisons, successors and 'respectively' lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from claimwatch.extract import clauses, glosses
from claimwatch.extract.figure_patterns import (
    ASCRIBED_AFTER_NAME,
    GIVEN_IN_RELATIVE,
    GIVEN_TO_AFTER,
    GUESS,
    MODEL_NOUN_AFTER,
    PARAM_WORD,
)
from claimwatch.extract.figures import Candidate, article_lower
from claimwatch.extract.mentions import ModelMention
from claimwatch.extract.name_patterns import NAMING_CUE, QUOTES, TIER_END
from claimwatch.extract.numbers import Quantity
from claimwatch.extract.pairing_patterns import (
    A_MODEL,
    A_VERSION_OF,
    AT_ONLY,
    AUF_BEFORE,
    BASE_BEFORE,
    BASE_RELATIVE,
    BEAT_BEFORE,
    COMPARISON,
    CORRESPONDS_PAST_CLAUSE,
    COUNTED_PLURAL_BEFORE,
    CUT_OUT_AFTER,
    CUT_OUT_OF_BEFORE,
    DEFINITE_BEFORE,
    DERIVED_LOW,
    DETERMINER_START,
    DISTILLED,
    EMBEDDED_RELATIVE,
    EQUALS_A,
    EQUALS_A_MODEL_OF,
    EVALUATIVE_AFTER,
    FOR_NAME,
    GENERIC_BEFORE,
    GENERIC_PLURAL,
    GENERIC_PLURAL_BEFORE,
    INDEFINITE_BEFORE,
    INFOBOX_SIZE_ROW,
    INHERITED_FROM_BEFORE,
    INTO_BEFORE,
    LICENCE_AFTER,
    LIST_JOINT,
    LIST_LEAD,
    LISTED_AFTER,
    MAKER_THEN_COMMA,
    MODEL_NOUN_SOON,
    MODIFIER_AFTER,
    NAME_COLON,
    NAMED_AFTER,
    OWNER_THEN,
    OWNS_NEXT,
    PAREN_CLOSE,
    PAREN_OPEN,
    PART_LEAD,
    PART_NOUN_AFTER,
    PART_OPENING,
    PLURAL_MODELS_AFTER,
    PREDICATIVE,
    RELATIVE_AFTER,
    RELATIVE_START,
    RESPECTIVELY,
    RESPECTIVELY_AFTER,
    RESPECTIVELY_BEFORE,
    SENTENCE_END,
    SHRINK_VERB_BEFORE,
    SHRUNK_AFTER,
    SHRUNK_SOURCE_AFTER,
    SHRUNK_TO_AFTER,
    SIBLINGS_BEFORE,
    SINCE_BEFORE,
    SIZE_OF_AT,
    SIZE_OF_LOW,
    SIZE_TAG_AFTER,
    STARTS_FROM_BEFORE,
    SUCCEEDED_SIZE_BEFORE,
    SUCCESSOR_TO,
    THE_BEFORE,
    THIS_WORK,
    TIER_VARIANT,
    TIMES_BEFORE,
    WE_BUILT,
    WITH_MODELS,
    WITH_OWN_MODEL,
)
from claimwatch.extract.subjects import (
    OWN_WORK,
    Context,
    carried_over,
    heading_model,
    new_lab_quoted,
    page_subject,
    uncompared,
)
from claimwatch.extract.tables import cell_column, in_parameter_row
from claimwatch.extract.tags import EXPERTS_AFTER, Tag, more_sizes, tag_in_name, tags_after


def tags_of(text: str, m: ModelMention, limit: int) -> list[Tag]:
    inner = tag_in_name(m.surface, m.start)
    if inner and inner.scope == "total" and EXPERTS_AFTER.match(text, m.end):
        inner = replace(inner, scope="active")  # 'llama-4-scout-17b' before '-16e': the active count
    if inner:
        # 'Salamandra 2B and 7B': more sizes after the one the known name ends in
        return (
            [inner, *more_sizes(text, m.end, limit)] if inner.params and inner.scope == "total" else [inner]
        )
    return tags_after(text, m.end, limit)


TIER_LEADS = re.compile(
    # (a short verb may come first: 'die Medium-Version begnügt sich mit', 'la version Medium se limitant à')
    r"\s*(?:,?\s*(?:[^\W\d]+\s+){0,3}?(?:auf|mit|with|at|de|con|avec|à)\s|:)?\s*"
    r"(?:(?:rund|etwa|about|around|environ|unos)\s+)?"
)


def tier_variant(
    text: str,
    start: int,
    model: ModelMention,
    q: Quantity,
    figures: list[Quantity],
    seen: Iterable[tuple[int, ModelMention]] = (),
) -> ModelMention:
    """The variant a tier word names between the model and its figure: 'X, dont la version Lite, avec 16 ...'
    (not one that follows another figure: '24 milliards pour la version Small, 3 milliards pour la Mini').
    A model carried over from before gives way to a name seen earlier that ends in the tier: after 'Kanzlei-1
    Mini' and 'Llama 3.1 8B', 'Unsere Mini-Variante mit rund acht Milliarden' is Kanzlei-1 Mini."""
    lo = model.end if model.end <= q.start else start
    tiers = list(TIER_VARIANT.finditer(text, lo, q.start))
    tier = tiers[-1] if tiers else None
    word = tier and (
        tier.group("tier")
        or tier.group("first")
        or tier.group("bare")
        or tier.group("named")
        or tier.group("quoted")
        or tier.group("sized")
    )
    # (a figure between the name and the tier leaves the tier to the figure after it only when the tier leads
    # straight to it: 'X Large kommt auf 8,1 Milliarden, die Medium-Version auf 2,5 Milliarden')
    if (
        tier is None
        or model.surface.endswith(word)
        or (
            any(lo <= f.start < tier.start() for f in figures)
            and not TIER_LEADS.fullmatch(text, tier.end(), q.start)
        )
    ):
        return model
    # a sibling tier replaces the tier the name ends in: 'Quimera-2 Base' ... 'La versión Pro' is Quimera-2 Pro
    name = f"{TIER_END.sub('', model.canonical)} {word}"
    carried = model.start < start
    earlier = [m for _, m in seen if m.canonical == name or (carried and m.canonical.endswith(f" {word}"))]
    if earlier:
        return max(earlier, key=lambda m: m.start)
    written = f"{TIER_END.sub('', model.surface)} {word}"  # 'Stable Diffusion 3.5' + 'Medium', as written
    return ModelMention(
        model.start, model.end, written, f"{model.model_id}-{word.lower()}", name, model.org, False
    )


def _sized_before(text: str, start: int, q, mentions, ctx: Context) -> bool:
    """'scores within a few points of the 405B model', 'das 32-Milliarden-Modell', 'faster than the dense 405B.':
    'the' and a size an earlier model was given, with a model noun after it or ending the clause, point back at that
    model, not at the sentence's own."""
    glued = text[q.end : q.end + 1] in ("-", "‑")  # 'die 48-Milliarden-Variante'
    earlier = ctx.sizes.get(q.value) if q.suffix or glued else None
    if earlier is None and (q.suffix or glued):
        # or a size a name said earlier in the sentence: 'started from Llama 3.1 8B ... with the 8B model as teacher'
        earlier = next((m for m in mentions if m.end <= q.start and _tagged_as(text, m, q.value)), None)
        mentions = [m for m in mentions if m is not earlier]
    return (
        earlier is not None
        # (a name of the same family with another size, 'gpt-oss-120b' beside 'das 20b-Modell', is not the one meant)
        and not any(m.model_id == earlier.model_id and _sized_as(text, m, q.value) for m in mentions)
        and (
            (
                DEFINITE_BEFORE.search(text, max(start, q.start - 12), q.start)
                and MODEL_NOUN_AFTER.match(text, q.end)
            )
            # 'faster than the dense 405B.': a written size that ends its clause names the model given it
            or (
                q.suffix
                and DEFINITE_ADJECTIVE_BEFORE.search(text, max(start, q.start - 24), q.start)
                and CLAUSE_END_AFTER.match(text, q.end)
            )
            # '(32 000 pour la version 1B)', 'the 8B version' said the other way round
            or (q.suffix and THE_VERSION_BEFORE.search(text, max(start, q.start - 24), q.start))
        )
    )


AND_ANOTHER = re.compile(
    r"[^.;]{0,30}?\s(?:and|und|et|y|sowie|ainsi que|así como|as well as)\s+(?:(?:for|für|pour|para|with|mit|avec|con)\s+)?"
    r"(?:(?:the|den|das|die|le|la|el)\s+)?",
    re.IGNORECASE,
)
DEFINITE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|das|den|dem|vom|zum|le|du|au|el|del|al)\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE
)


def _name_tag(text: str, m: ModelMention) -> Tag | None:
    return tag_in_name(m.surface, 0) or next(iter(tags_after(text, m.end, m.end + 12)), None)


def _tagged_as(text: str, m: ModelMention, value: int) -> bool:
    """The name carries this size ('Llama 3.1 8B' is tagged 8B)."""
    tag = _name_tag(text, m)
    return tag is not None and tag.params == value


def _sized_as(text: str, m: ModelMention, value: int) -> bool:
    """The name carries no size, or this one ('gpt-oss-120b' is not sized 20B)."""
    tag = _name_tag(text, m)
    return tag is None or tag.params in (None, value)


THE_VERSION_BEFORE = re.compile(
    r"\b(?:the|la|le|die|das|der|den|dem|el|del|du)\s+(?:version|variant|variante|Variante|Version|versión|modèle|model|"
    r"Modell|modelo)\s+$",
    re.IGNORECASE,
)
CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)!?\n]|$)")  # (a line's end too: a heading, a link)


# (or dashes: 'por encima de Mistral 7B —7.300 millones de parámetros— y a poca distancia de ...')
SIZE_BRACKET = re.compile(rf"\s?[(—]\s?{clauses.APPROX_SLOT}")
SIZE_BRACKET_END = re.compile(
    r"\s?(?:\)|—)|\s+(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros)\s?—"
)


# a clause that opens with the possessive of the model before: ', its 175 billion parameters were ...'
ITS_OPENS = re.compile(
    r"\s*(?:its|seine[nms]?|ihre[nms]?|ses|sus|son|sa)\s+"
    r"(?:(?:about|around|roughly|some|rund|etwa|knapp|environ|quelque|unos|cerca de)\s+)?",
    re.IGNORECASE,
)
ORIGINAL_AFTER = re.compile(
    r"\s+(?:de\s+)?(?:par[aáâ]m\w*\s+)?(?:for the original|of the original|del original|de l['’]original|du modèle original|"
    r"des Originals|des Vorbilds)\b"
)
SAME_BEFORE = re.compile(r"\b(?:same|mêmes|mism[oa]s|dieselben|gleichen)\s+$", re.IGNORECASE)


def _cell_around(text: str, pos: int) -> tuple[int, int]:
    line_start, line_end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    return text.rfind("|", line_start, pos) + 1, (text.find("|", pos, line_end) + 1 or line_end + 1) - 1


def _slashed_cell_model(text: str, q, mentions) -> ModelMention | None:
    """In a table row whose cells list two or more things with slashes, the figure's place in its cell picks
    the name in the same place of the names' cell."""
    a, b = _cell_around(text, q.start)
    if text.find(" / ", a, b) < 0:
        return None
    place = text.count(" / ", a, q.start)
    cells: dict[int, list[ModelMention]] = {}
    for m in mentions:
        cells.setdefault(_cell_around(text, m.start)[0], []).append(m)
    for names in cells.values():
        ma, mb = _cell_around(text, names[0].start)
        if len(names) >= 2 and text.count(" / ", ma, mb) == text.count(" / ", a, b) and place < len(names):
            return names[place]
    return None


def model_for(text, start, end, cand: Candidate, free, mentions, ctx: Context) -> ModelMention | None:
    """The model a figure belongs to, by the sentence's structure, else carried over from before."""
    q = cand.q
    if mentions and text.find(" / ", start, end) >= 0 and text.find("|", start, end) >= 0:
        slashed = _slashed_cell_model(text, q, mentions)
        if slashed is not None:
            return slashed  # '| Lantern-S / Lantern-M | 350M / 800M |': the names and the sizes in the same order
    if not mentions and ctx.columns and in_parameter_row(text, q.start):
        return ctx.columns.get(
            cell_column(text, q.start)
        )  # 'Parámetros totales | 2.253.490.176 | 7.768.117.248'
    if not mentions and INFOBOX_SIZE_ROW.match(text, text.rfind("\n", 0, q.start) + 1):
        return (
            page_subject(text, ctx) or ctx.first()
        )  # 'Parameter | 0,5 Mrd. bis 180 Mrd. |' on the page 'Falcon'
    if not mentions and not text[start : q.start].strip(" \"'“”„«»") and EVALUATIVE_AFTER.match(text, q.end):
        return None  # '"Thirteen billion parameters is a sensible size," said ...': a size in general
    # a licence named after a model ('their own Qwen licence') names no model a figure could belong to
    # (nor does a landmark in time: 'its first open-weight model since GPT-2')
    mentions = [
        m
        for m in mentions
        if not LICENCE_AFTER.match(text, m.end)
        and not (
            SINCE_BEFORE.search(text, max(start, m.start - 60), m.start)
            # (but a relative clause gives the figure back: '... desde GPT-2, que en 2019 tenía 1.500 millones')
            and not (
                m.end <= q.start
                and (RELATIVE_AFTER.match(text, m.end, q.start) or WITH_ITS.fullmatch(text, m.end, q.start))
            )  # (or its own: 'das erste Modell mit offenen Gewichten seit GPT-2 mit seinen 1,5 Milliarden')
        )
    ]
    named = [m for m in mentions if not _succeeded(text, start, m, q)]
    if mentions and not named:
        return None  # 'preparing a successor to ESM3 with as many as 400 billion parameters'
    mentions = _outside_relatives(text, q, named)
    glossed = _glossed_model(text, q, free, mentions, ctx)
    if glossed is not None:
        return glossed  # '• 671 billion: Total parameters in DeepSeek-V3', '• 24 milliards. La taille de ...'
    beaten = [m for m in mentions if m.end <= q.start and WITH_OWN_MODEL.fullmatch(text, m.end, q.start)]
    if beaten and (
        beaten[-1] not in uncompared(text, start, mentions)
        or BEAT_BEFORE.search(text, max(start, beaten[-1].start - 20), beaten[-1].start)
    ):
        return None  # 'affirme battre Llama 4 avec un modèle de 24 milliards': the challenger's model
    if q.suffix and SUCCEEDED_SIZE_BEFORE.search(text, max(start, q.start - 24), q.start):
        return None  # 'le 12B qui veut succéder au 7B': the size of the model it follows
    if _sized_before(text, start, q, mentions, ctx):
        return (
            None  # 'within a few points of the 405B model': the size of a model claimed before, no new claim
        )
    found = _respective_model(text, start, end, q, free, mentions, ctx) or _named_after(
        text, q, mentions, end
    )
    if found is not None:
        return None if found is UNPAIRED else found
    given_to = next(
        (
            m
            for m in mentions
            if q.end <= m.start <= q.end + 80
            and (GIVEN_TO_AFTER.fullmatch(text, q.end, m.start) or _given_in_relative(text, q, m))
        ),
        None,
    )
    # 'a compressed version of BERT-base with 66 million, against 110 million for the original': the base's
    base = (
        [m for m in mentions if m.end <= q.start and _modifier(text, m)]
        if ORIGINAL_AFTER.match(text, q.end)
        else []
    )
    if base:
        return base[-1]
    if given_to is not None:
        return given_to  # 'die rund 1,8 Billionen, die seit 2023 für GPT-4 kursieren'
    owner = next(
        (m for m in mentions if m.end <= q.start and APPOSED_WITH_ITS.fullmatch(text, m.end, q.start)), None
    )
    if owner is not None:
        # 'surpasser Gopher, pourtant quatre fois plus gros avec ses 280 milliards': Gopher's own
        return owner
    if _unnamed_part(text, start, q) or _set_equal(text, start, q):
        return None
    bracketed = next(
        (m for m in mentions if m.end <= q.start and SIZE_BRACKET.fullmatch(text, m.end, q.start)), None
    )
    if bracketed is not None and SIZE_BRACKET_END.match(text, q.end):
        return bracketed  # 'Le Chat s'appuie sur Pixtral Large (124 milliards)': the name's own bracket
    base = next(
        (m for m in mentions if m.end <= q.start and BASE_RELATIVE.fullmatch(text, m.end, q.start)), None
    )
    # (not the second of two bases: 'la serie DeepSeek-R1-Distill basada en Qwen y Llama, de entre 1.500 y ...')
    if (
        base is not None
        and _modifier(text, base)
        and not SECOND_OF_TWO.search(text, max(0, base.start - 6), base.start)
    ):
        return base  # 'dérivé de Qwen2.5-14B, publié par Alibaba, qui compte 14,7 milliards': the base's own
    if (
        not [m for m in mentions if m.start >= start]
        and ctx.subject is not None
        and SIBLINGS_BEFORE.search(text, max(start, q.start - 70), q.start)
    ):
        return ctx.subject  # 'Its smaller siblings, at 8 billion and 70 billion': the family named before
    if _only_bases(text, start, mentions, ctx):
        # 'Die große Variante basiert auf DeepSeek-V3 und aktiviert ... 37 Milliarden': the model before's
        return ctx.subject
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
    source = _shrunk_source(text, c_left, c_right, first, last, q, mentions)
    if source is not None:
        # 'with Sheared-LLaMA that Llama 2 7B could be cut down to 1.3bn': what came out, if it is named
        product = [
            m
            for m in mentions
            if start <= m.start and m.end <= source.start and m.model_id != source.model_id
        ]
        return product[-1] if product else None
    if DERIVED_LOW.search(article_lower(text), c_left, first.start) or (
        INTO_BEFORE.search(text, c_left, first.start) and DISTILLED.search(text, start, end)
    ):
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
    not_compared = [m for m in uncompared(text, start, mentions) if not _modifier(text, m)] or mentions
    if (
        nearest
        and OWNS_NEXT.fullmatch(text, nearest[0].end, first.start)
        and not (
            nearest[0] not in uncompared(text, start, mentions)
            and AT_ONLY.fullmatch(text, nearest[0].end, first.start)
        )
    ):
        return nearest[0]  # 'than GPT-3 with its 175 billion', 'against DeepSeek-V3 (671B total)'
    # 'When OpenAI unveiled GPT-3 in 2020, its 175 billion parameters were a leap over GPT-2's': the model before
    before_clause = [m for m in not_compared if m.end <= c_left]
    if before_clause and ITS_OPENS.fullmatch(text, c_left, first.start):
        return before_clause[-1]
    in_clause = [m for m in mentions if c_left <= m.start and m.end <= q.start]
    if in_clause and _other_sized_model(text, in_clause[-1], q):
        return None  # 'Llama 3.3 70B matches the old 405B model': the model it is set against, unnamed
    in_clause_before = [m for m in in_clause if m in not_compared]
    if in_clause_before:
        return in_clause_before[-1]
    before = [m for m in mentions if m.end <= q.start]
    if before and RELATIVE_START.match(text, c_left, c_right):
        return ([m for m in before if not _modifier(text, m)] or before)[-1]
    head = _apposition_head(text, c_left, c_right, before)
    # (but a headline's 'Kimi K2 contra Boreal-2: un billón de parámetros ...' is about Kimi K2, not its rival)
    if head is not None and (head in not_compared or ":" not in text[head.end : c_left]):
        return head
    # (not a name compared with: 'Kimi K2 contra Boreal-2: un billón de parámetros abiertos ...' is Kimi K2's)
    if (
        before
        and NAME_COLON.fullmatch(text, before[-1].end, first.start)
        and before[-1] in not_compared
        # (not a base named last: 'Qwen1.5-MoE-A2.7B, obtenido a partir de Qwen-1.8B: 14.300 millones')
        and not (_modifier(text, before[-1]) and any(not _modifier(text, m) for m in before[:-1]))
    ):
        return before[
            -1
        ]  # a slide's line 'PaLM (Google, 2022): 540 Mrd., 780 Mrd. Tokens → nach Chinchilla-Maßstab'
    near_after = [
        m
        for m in mentions
        if q.end <= m.start
        and m.end <= c_right
        and m.start - last.end <= 40
        and not COMPARISON.search(text, last.end, m.start)
        # 'keeps the same 70 billion parameters as the Llama system it started from': the one it equals
        and not SAME_BEFORE.search(text, max(start, first.start - 12), first.start)
        and not _modifier(text, m)  # 'The 8B and 70B are built on Llama': what they are built on
        and not STARTS_FROM_BEFORE.search(text, max(last.end, m.start - 20), m.start)
        and not SENTENCE_END.search(
            text, last.end, m.start
        )  # '... 7 milliards de paramètres. « Avec Cigale 3'
        # 'für kleine Modelle mit drei bis vier Milliarden Parametern und für Llama 3.1 8B': a kind, then another item
        and not (
            AND_ANOTHER.fullmatch(text, last.end, m.start)
            and (
                GENERIC_PLURAL_BEFORE.search(text, c_left, first.start)
                # a range that opens with its own 'de': 'les petits modèles de deux à trois milliards'
                or GENERIC_PLURAL.search(text, max(c_left, first.start - 30), first.start + 3)
            )
        )
    ]
    if near_after:
        return near_after[0]
    as_with = next(
        (m for m in mentions if q.end <= m.start and AS_WITH.fullmatch(text, last.end, m.start)), None
    )
    if as_with is not None:
        return as_with  # 'Statt 2, 9 und 27 Milliarden Parametern wie bei Gemma 2 gibt es Gemma 3 ...': Gemma 2's
    opener = _subject_after_opener(text, start, c_left, c_right, mentions)
    if opener is not None:
        return opener
    if not before and PREDICATIVE.search(sentence):
        return carried_over(text, start, end, cand, ctx, first.start)
    if (
        before
        and GENERIC_PLURAL_BEFORE.search(text, c_left, first.start)
        and not COUNTED_PLURAL_BEFORE.search(text, max(start, first.start - 60), first.start)
    ):
        if WITH_MODELS.match(text, c_left) and MAKER_THEN_COMMA.fullmatch(text, before[-1].end, c_left):
            # 'Google lanzó Gemma 2, con modelos de 9.000 y 27.000 millones', 'la suite Pythia de EleutherAI,
            # con modelos de entre 70 millones y 12.000 millones': its models
            return before[-1]
        return None  # a kind of model: the name is in another clause (one in this clause was taken above)
    if not before and WE_BUILT.search(text, max(start, first.start - 90), first.start):
        if THIS_WORK.search(text, start, first.start):
            return None  # 'En este trabajo entrenamos un modelo de 1,3B': the authors' own, unnamed
        return ctx.topic() or ctx.subject  # 'Nous avons entraîné un modèle de 13 milliards': the lab's own
    if not before and (cand.strong or q.suffix) and GUESS.search(text, start, first.start):
        return carried_over(
            text, start, end, cand, ctx, first.start
        )  # 'je parie sur un 70B dense': its model
    if not before and new_lab_quoted(text, start, first.start, ctx):
        return carried_over(text, start, end, cand, ctx, first.start)  # '„... ein MoE mit 210 Milliarden“'
    m_left, _ = clauses.major_clause_around(sentence, first.start - start, last.end - start)
    if _generic(text, c_left, first, last) and not [m for m in before if m.start >= start + m_left]:
        if (
            not [m for m in mentions if m.start >= first.start]
            and (
                A_VERSION.search(text, max(start, first.start - 40), first.start)
                # '... two sizes: a 32-billion-parameter version for servers and a 3-billion one for phones'
                or (ONE_AFTER.match(text, last.end) and VERSION_BEFORE.search(text, start, first.start))
            )
            and not OWN_WORK.search(
                text, start, first.start
            )  # 'Sein eigenes Team arbeitet an einer Variante'
        ):
            # 'Eine Version mit 65 Milliarden Parametern befinde sich noch im Training': the family's (the one
            # named in the clause before: 'Qwen2.5-Coder est publié en ... ; une version de 32 milliards suivra')
            if before:
                return ([m for m in before if not _modifier(text, m)] or before)[-1]
            return carried_over(text, start, end, cand, ctx, first.start)
        # 'ein Modell mit 100 Milliarden Parametern, das den Arbeitstitel Lindwurm-4 trägt': named after
        later = _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming, last.end)
        return later or (heading_model(text, start, ctx) if not mentions else None)
    if before:
        return _skip_apposition(text, [m for m in before if m in not_compared] or before, q)
    carried = carried_over(text, start, end, cand, ctx, first.start)
    if carried is None and A_MODEL.search(text, start, first.start):
        return _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming)
    return carried


SET_AGAINST = re.compile(
    COMPARISON.pattern + r"|\b(?:match(?:es|ed)?|equals?|erreicht|égale|iguala)\b", re.IGNORECASE
)
THE_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|das|den|dem|le|la|el|al)\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)


def _other_sized_model(text: str, named: ModelMention, q: Quantity) -> bool:
    return bool(
        q.suffix
        and MODEL_NOUN_AFTER.match(text, q.end)
        and THE_ADJECTIVE_BEFORE.search(text, max(named.end, q.start - 20), q.start)
        and SET_AGAINST.search(text, named.end, q.start)
    )


# 'ein auf Llama 2 aufbauendes Modell': the German participle after the base
BASE_PARTICIPLE_AFTER = re.compile(r"\s+(?:aufbauende|basierende|beruhende)\w*\b")


def _modifier(text: str, m: ModelMention) -> bool:
    """'ein Llama-2-Modell', 'a GPT-4-class model', 'X is based on Qwen2.5 and has 72B': a name that says what
    another model is built on or like."""
    return bool(
        MODIFIER_AFTER.match(text, m.end)
        or BASE_PARTICIPLE_AFTER.match(text, m.end)
        or BASE_BEFORE.search(text, max(0, m.start - 50), m.start)
        or A_VERSION_OF.search(text, max(0, m.start - 60), m.start)
    )


def _succeeded(text: str, start: int, m: ModelMention, q: Quantity) -> bool:
    """'a successor to ESM3 with 400 billion': the name a new model follows, unless a relative clause gives
    the figure back to it ('Nachfolger von DeepSeek-V2.5, das 236 Milliarden Parameter hat')."""
    return bool(
        SUCCESSOR_TO.search(text, max(start, m.start - 24), m.start)
        and not (m.end <= q.start and RELATIVE_AFTER.match(text, m.end, q.start))
    )


def _outside_relatives(text: str, q: Quantity, mentions: list[ModelMention]) -> list[ModelMention]:
    """'GPT-4, which DBRX does not beat, is rumoured to have 1.8 trillion': a name inside a relative clause
    that closes before the figure is not the one the figure is about."""
    for head in mentions:
        inner = EMBEDDED_RELATIVE.match(text, head.end, q.start)
        if inner is not None:
            return [m for m in mentions if not head.end < m.start < inner.end()]
    return mentions


def _given_in_relative(text: str, q: Quantity, m: ModelMention) -> bool:
    """'los 1,76 billones de parámetros que, según filtraciones, tendría GPT-4', 'Die 1,8 Billionen Parameter,
    die GPT-4 zugeschrieben werden': the relative clause after the figure gives it to the name inside it."""
    relative = GIVEN_IN_RELATIVE.fullmatch(text, q.end, m.start)
    return bool(relative and (relative.group("verb") or ASCRIBED_AFTER_NAME.match(text, m.end)))


def _glossed_model(text, q: Quantity, free, mentions, ctx: Context) -> ModelMention | None:
    """The first model a fact-box figure's gloss names, in its own sentence or the next one on its line."""
    span = glosses.gloss_span(text, q, free)
    if span is None:
        return None
    inside = [m for m in mentions + ctx.upcoming if span[0] <= m.start < span[1] and not _modifier(text, m)]
    return inside[0] if inside else None


def _group_span(q: Quantity, free: list[Quantity]) -> tuple[Quantity, Quantity]:
    if q.group is None:
        return q, q
    members = [r for r in free if r.group == q.group]
    return members[0], members[-1]


# or for a participle phrase or a relative clause: 'GPT-3, l’ancêtre de ChatGPT présenté en 2020 par OpenAI, en
# comptait 175 milliards'
PARTICIPLE_ASIDE = re.compile(
    r"\s+(?:(?:released|launched|unveiled|introduced|developed|built|trained|présentée?|publiée?|lancée?|sortie?|"
    r"dévoilée?|développée?|presentad[oa]|lanzad[oa]|publicad[oa]|desarrollad[oa]|vorgestellt|veröffentlicht|"
    r"entwickelt)\b[^,;.:()]{0,80}"
    # or a relative clause with no figure: 'DeepSeek-V3, la base del R1 que sacudió a los mercados en enero, se
    # queda en 671.000 millones'
    r"|(?:que|qui|which|that|who)\b[^,;.:()\d]{0,80}),(?!\s*(?:with|mit|avec|con)\s)"
)


RELATIVE_ASIDE = re.compile(
    r",\s+(?:the|an?|der|die|das|le|la|el)\s+(?:[\w-]+\s+){0,2}(?:that|which|who|das|der|die|qui|que)\s"
)


def _skip_apposition(text: str, before: list[ModelMention], q: Quantity) -> ModelMention:
    """'GPT-3, the basis of ChatGPT, has 175B': the figure belongs to the head, not the aside."""
    last = before[-1]
    # the aside may go on for a word or two after its name ('..., the model behind the Lodestar assistant, has'),
    # a relative aside for a few more ('GPT-4, the model that powered ChatGPT when she first signed up, is ...')
    words = 5 if len(before) > 1 and RELATIVE_ASIDE.match(text, before[-2].end, last.start) else 2
    if not re.match(
        rf"(?:['’]s)?(?:\s+[\w-]+){{0,{words}}}\s*,(?!\s*[\"“„«]?\s*(?:with|mit|avec|con)\s)",
        text[last.end : q.start],
    ) and not PARTICIPLE_ASIDE.match(text, last.end, q.start):
        return last  # (nor is '..., built the two Gemini Nano models, with 1.8 billion and 3.25 billion')
    for i in range(len(before) - 2, -1, -1):
        between = text[before[i].end : last.start]
        # (a colon opens what follows, no aside: 'Movie Gen, avec deux briques : Movie Gen Video, 30 milliards')
        if re.fullmatch(r",\s[^,;.:]*", between) and not PARAM_WORD.search(between):
            # (not past a name listed between them: '..., DeepSeek-R1, gpt-oss-120b et la famille Qwen2.5, de
            # 0,5 à 72 milliards' is a list, and its last item has the figure)
            listed = (
                i + 1 < len(before) - 1
                and re.fullmatch(r",\s*", text[before[i].end : before[i + 1].start])
                and LISTED_AFTER.match(text, before[i + 1].end)
            )
            return last if listed else before[i]
    return last


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


def _names_listed_before(text: str, pos: int, mentions) -> list[ModelMention]:
    """The distinct names listed right before a list of figures and joined to it by 'with' ('A, B und C mit')."""
    before = [m for m in mentions if m.end <= pos]
    if not before or not WITH_FIGURES.fullmatch(text, before[-1].end, pos):
        return []
    names = [before[-1]]
    for m in reversed(before[:-1]):
        if not LIST_JOINT.fullmatch(text, m.end, names[0].start):
            break
        names.insert(0, m)
    return names if len({m.model_id for m in names}) == len(names) else []


WITH_FIGURES = re.compile(
    r"\s*,?\s+(?:with|at|mit|avec|à|con|de|"
    # a plural verb of having: 'Falcon and MPT have 180B and 30B parameters', 'Falcon et MPT comptent 180 et 30'
    r"have|haben|ont|comptent|affichent|tienen|cuentan\s+con|suman)\s+"
    r"(?:(?:respectively|jeweils|respectivement|respectivamente)\s+)?"
)  # 'Phi-3-small and Phi-3-medium, at 7 billion and 14 billion', 'Phi-3-small y Phi-3-medium, de 7 y 14 mil millones'


def _named_after(text: str, q: Quantity, mentions, end: int) -> ModelMention | None:
    """'a 500B-parameter LLM called MAI-1': the name follows the figure."""
    example = next(
        (
            m
            for m in mentions
            if m.start >= q.end
            and (
                EXAMPLE_AFTER.fullmatch(text, q.end, m.start)
                or SIZED_ADJECTIVE.fullmatch(text, q.end, m.start)
            )
        ),
        None,
    )
    if example is not None:
        return example  # '70B-Modelle wie Llama 3.3', '70bn models such as Llama 3.3': the example's size
    for m in mentions:
        if KIND_NOUN_AFTER.match(text, m.end) and _apposition_head(
            text, _phrase_start(text, q.start), q.start, [b for b in mentions if b.end <= q.start]
        ):
            continue  # 'Behemoth, the roughly 2-trillion-parameter Llama 4 model': Behemoth's, a Llama 4 model
        if m.start >= q.end and m.start - q.end <= 120 and not _modifier(text, m):
            between = text[q.end : m.start].rstrip(QUOTES)  # '..., internally called "Harrier"'
            near = (
                m.start - q.end <= 80
            )  # farther only past a clause: ', que tomamos de una diapositiva, corresponde a'
            # (not past a semicolon to a name with a figure of its own: 'X has 3.1 billion parameters ...; a
            # mid-sized version called Y sits at 12bn', but '... around 40 billion; a model called Y is due')
            if (
                near
                and not (";" in between and any(ch.isdigit() for ch in text[m.end : end]))
                and (NAMED_AFTER.search(between) or NAMING_CUE.search(between) or FOR_NAME.fullmatch(between))
            ):
                return m
            if CORRESPONDS_PAST_CLAUSE.search(between):
                return m
            if m.known and PAREN_OPEN.fullmatch(between) and PAREN_CLOSE.match(text, m.end):
                return m  # '... à 123 milliards (Mistral Large 2)': the parentheses hold the figure's model
    return None


# a German figure made an adjective of the name after it: 'das 24 Milliarden Parameter große Mistral Small 3'
SIZED_ADJECTIVE = re.compile(r"\s+(?:Parameter\w*\s+)?(?:große[mnrs]?|schwere[mnrs]?|starke[mnrs]?)\s+")
EXAMPLE_AFTER = re.compile(
    r"(?:[\s-]*(?:de\s+)?(?:parameters?|Parameter|paramètres|parámetros))?[\s-]*(?:models|Modelle\w*|modèles|modelos|LLMs)"
    r"\s+(?:such as|like|wie|etwa|comme|tels que|como|tales como)\s+(?:(?:the|le|la|el|den|das)\s+)?",
    re.IGNORECASE,
)
WITH_ITS = re.compile(
    r"\s*,?\s*(?:with|mit|avec|con|and|und|et|y)\s+(?:its|seinen|seiner|ihren|ses|sus|son|su|their)\s+"
    rf"(?:(?:{clauses.APPROX_WORDS})\s+)?",
    re.IGNORECASE,
)
# an apposition after a name that ends with its own figure: ', pourtant quatre fois plus gros avec ses'
APPOSED_WITH_ITS = re.compile(
    r"(?:\s*,\s*[^,.;:()\d]{0,50}?\s(?:with|mit|avec|con)\s+(?:its|seinen|seiner|ihren|ses|sus|son|su)\s+"
    # or a noun set off after the name that it is: 'surpassait Gopher, leur propre géant de 280 milliards'
    r"|\s*,\s*(?:(?:le|la|leur|son|sa|their|its|el|su|sein|ihr)\s+)?(?:(?:propre|own|eigener?|propio)\s+)?"
    r"(?:géant|giant|gigante|Riese|monstre|colosse|mastodonte)\s+(?:de|of|von|mit|with|con)\s+"
    # or its version of that size: 'pour Llama 2 dans sa version à 70 milliards', 'Gemma 2 in its variant with 27B'
    r"|\s+(?:dans sa|en su|in its|in seiner)\s+(?:version|versión|variante|déclinaison|variant|Version|Variante)\s+"
    r"(?:à|de|mit|with|of)\s+)"
    rf"(?:(?:{clauses.APPROX_WORDS})\s+)?",
    re.IGNORECASE,
)
SECOND_OF_TWO = re.compile(r"\b(?:and|und|et|y|e)\s+$")
KIND_NOUN_AFTER = re.compile(r"[\s-]+(?:model|Modell|modèle|modelo)\b")


def _phrase_start(text: str, pos: int) -> int:
    """Where the noun phrase holding `pos` starts: after the last comma, colon or dash before it."""
    return max(text.rfind(c, 0, pos) for c in ",:–—(") + 1


UNPAIRED = ModelMention(0, 0, "", "", "", None, False)  # a figure 'respectively' pairs with a name not found


def _respective_model(text, start, end, q, free, mentions, ctx: Context) -> ModelMention | None:
    if q.group is None:
        return None
    members = [r for r in free if r.group == q.group]
    listed = _names_listed_after(text, members[-1].end, end, mentions)
    if len(listed) == len(members):
        return listed[members.index(q)]  # 'mit 3, 14 und 32 Milliarden Parametern – X Mini, X und X Pro'
    listed = _names_listed_before(text, members[0].start, mentions)
    if len(listed) == len(members) >= 2:
        # 'Luminous-base, Luminous-extended und Luminous-supreme mit 13, 30 und 70 Milliarden Parametern'
        return listed[members.index(q)]
    if not _respectively_by(text, start, end, members):
        return None
    before = [m for m in mentions if m.end <= members[0].start]
    if not mentions and len({m.model_id for m in ctx.named}) == len(ctx.named) == len(members):
        before = (
            ctx.named
        )  # 'Scout and Maverick ... Their totals are 109 billion and 400 billion, respectively.'
    if len(before) < len(members):
        # 'GraphCast, Aurora et Prithvi WxC comptent respectivement ...' with one name unknown: the figures pair
        # one to one with names, so none goes to the last one (but one family's sizes, each, are its own)
        return UNPAIRED if len({m.model_id for m in before}) >= 2 else None
    return before[len(before) - len(members) + members.index(q)]


def _respectively_by(text: str, start: int, end: int, members: list[Quantity]) -> bool:
    """'respectively' stands by the list it pairs, not by another one ('... en versions 7B et 13B, a consommé
    respectivement 4 et 5 billions de tokens' pairs the tokens)."""
    return bool(
        RESPECTIVELY.search(text, members[0].start, members[-1].end)  # '7 bzw. 13 Milliarden'
        or RESPECTIVELY_AFTER.match(text, members[-1].end, end)
        or RESPECTIVELY_BEFORE.search(text, max(start, members[0].start - 30), members[0].start)
    )


def _named_later(text: str, later: list[ModelMention], figure_end: int = -1) -> ModelMention | None:
    """The first name a naming cue gives after an unnamed model ('... Den Namen Brenner-3 trägt es'), or that
    stands in apposition right after it ('une version de 70 milliards de paramètres, Sémaphore-Mid, est ...')."""
    for m in later:
        if NAMING_CUE.search(text[max(0, m.start - 40) : m.start]):
            return m
        if (
            m.start > figure_end >= 0
            and APPOSED.fullmatch(text, figure_end, m.start)
            and text.startswith(",", m.end)
        ):
            return m
    return None


# a version of the family the article is about, not some other model
A_VERSION = re.compile(
    r"\b(?:an?|another|eine|einer|une|une autre|una|otra)\s+"  # (no adjective: 'eine kompakte Variante' is a new tier)
    r"(?:version|variant|Version|Variante|variante|versión|déclinaison)\s+(?:with|of|mit|von|de|d['’]|con)\s+"
    rf"{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)
ONE_AFTER = re.compile(r"\s+one\b")
VERSION_BEFORE = re.compile(r"\d[^.;]*\b(?:version|variant|size)s?\b")
ARTICLE_IN_FIGURE = re.compile(r"(?:an?|une?|ein|eine)\s", re.IGNORECASE)
APPOSED = re.compile(r"[^,.;:()\n]{0,30},\s*")


def _subject_after_opener(text: str, start: int, c_left: int, c_right: int, mentions) -> ModelMention | None:
    """'With its 175 billion parameters, GPT-3 was ...': an opening phrase describes the subject after it."""
    if c_left != start or not text.startswith(",", c_right):
        return None
    after = [m for m in mentions if c_right < m.start <= c_right + 4]
    return after[0] if after else None


DESCRIBED_AFTER = re.compile(
    r"[\w.-]*\s*[,(–—]\s*(?:a|an|the|its|el|la|le|les|un|une|una|uno|ein|eine|einem|der|die|das|dem|l['’]|su|son|sa|"
    # (or a relative clause: 'R1 is built on DeepSeek-V3, which has 671 billion parameters')
    r"sein\w*|ihr\w*|which|that|qui|que|el cual|welches|dessen|cuyo)\b",
    re.IGNORECASE,
)


AS_WITH = re.compile(
    r"\s*(?:(?:parameters?|Parameter\w*|de paramètres|de parámetros)\s+)?"
    r"(?:wie bei|wie in|as with|as in|comme pour|comme chez|como en|como con)\s+(?:(?:the|dem|le|el)\s+)?"
)


def _only_bases(text: str, start: int, mentions: list[ModelMention], ctx: Context) -> bool:
    """Every name of the sentence is what the model spoken of before is built on."""
    subject = ctx.subject
    if not mentions or subject is None or ctx.age > 1 or mentions[0].start == start:
        return False
    return all(
        m.model_id != subject.model_id
        and (
            BASE_BEFORE.search(text, max(start, m.start - 30), m.start)
            or INHERITED_FROM_BEFORE.search(text, max(start, m.start - 80), m.start)
        )
        # (but 'R1 is built on DeepSeek-V3, a mixture-of-experts model with 671 billion': the base described)
        and not DESCRIBED_AFTER.match(text, m.end)
        for m in mentions
    )


def _set_equal(text: str, start: int, q: Quantity) -> bool:
    """'son nouveau Borée-2 « égale un modèle de 70 milliards »': a size the named model is measured against."""
    return bool(
        EQUALS_A_MODEL_OF.search(text, max(start, q.start - 70), q.start)
        or (EQUALS_A.search(text, max(start, q.start - 40), q.start) and MODEL_NOUN_AFTER.match(text, q.end))
    )


def _unnamed_part(text: str, start: int, q: Quantity) -> bool:
    if not PART_NOUN_AFTER.match(text, q.end):
        return False
    opening = PART_OPENING.match(text, start)
    return bool(
        (opening and opening.end() == q.start) or PART_LEAD.search(text, max(start, q.start - 30), q.start)
    )


def _generic(text: str, c_left: int, first: Quantity, last: Quantity) -> bool:
    """A size of some model ('a 7B model', 'un modèle de 7 milliards'), not of a named one."""
    if GENERIC_BEFORE.search(text, c_left, first.start):
        return True
    if ARTICLE_IN_FIGURE.match(text, first.start) and MODEL_NOUN_SOON.match(text, last.end):
        return True  # 'needs a trillion-parameter model': the article is part of the figure
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


def another_makers(text: str, q: Quantity, model: ModelMention, orgs: list[tuple[int, int, str]]) -> bool:
    """The figure follows a lab's possessive ("Meta's 405-billion-parameter flagship") and the lab is not
    the model's maker: an unnamed model of that lab, not the sentence's subject (Alibaba's Qwen2.5)."""
    if model.org is None:
        return False
    for _, end, org in orgs:
        if (
            end <= q.start
            and q.start - end <= 14
            # ("Meta's", or a German genitive the organisation's span ends in: 'Metas')
            and (
                text[end : end + 1] in ("'", "’")
                or (text[end - 1 : end] == "s" and text[end : end + 1] == " ")
            )
            and OWNER_THEN.fullmatch(text, end, q.start)
        ):
            return org.lower() not in model.org.lower() and model.org.lower() not in org.lower()
    return False


def _shrunk_source(text, c_left, c_right, first, last, q, mentions) -> ModelMention | None:
    """The named model a figure's model was cut down from ('Llama 2 7B could be cut down to 1.3bn', 'dass sich
    Llama 2 7B auf 2,7 Milliarden zurechtstutzen lässt'): the figure is not its size."""
    before = [m for m in mentions if m.end <= first.start]
    if not before:
        return None
    source = before[-1]
    if (
        SHRUNK_SOURCE_AFTER.fullmatch(text, source.end, first.start)
        or (
            SHRUNK_TO_AFTER.fullmatch(text, source.end, first.start)
            and SHRINK_VERB_BEFORE.search(text, max(0, source.start - 30), source.start)
        )
        or (
            CUT_OUT_AFTER.fullmatch(text, source.end, first.start)
            and CUT_OUT_OF_BEFORE.search(text, max(0, source.start - 8), source.start)
        )
    ):
        return source
    in_clause = [m for m in before if c_left <= m.start]
    if (
        AUF_BEFORE.search(text, c_left, first.start)
        and SHRUNK_AFTER.match(text, last.end, c_right)
        and _sized_other(text, in_clause, q)
    ):
        return in_clause[-1]  # 'Mistral NeMo 12B auf acht Milliarden eingedampft': another model
    return None


def _sized_other(text: str, before: list[ModelMention], q: Quantity) -> bool:
    """The name shrunk carries another size ('Mistral NeMo 12B auf acht Milliarden eingedampft': the result is
    another model); without one the figure is its new size ('Kranich-Mini auf 2,7 Milliarden eingedampft')."""
    tag = SIZE_TAG_AFTER.match(text, before[-1].end) if before else None
    if tag is None:
        return False
    size = float(tag.group(1)) * (10**9 if tag.group(2) in "Bb" else 10**6)
    return abs(size - q.value) > q.value * 0.05
