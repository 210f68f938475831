"""The Context that remembers earlier sentences' subjects, and the rules that carry a subject over to a
sentence whose figure names no model."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimwatch.extract.clauses import APPROX_SLOT, scope_of
from claimwatch.extract.disclosure import SIZE_WORDS, UNDISCLOSED
from claimwatch.extract.figure_patterns import (
    CITED_FIGURE_BEFORE,
    ESTIMATE_NOUN_BEFORE,
    GUESS,
    OWN_BEFORE,
    SCOPE_RIGHT_AFTER,
    STATUS_AFTER,
)
from claimwatch.extract.figures import (
    Candidate,
    any_within,
    article_lower,
    spec_line,
    word_spans,
)
from claimwatch.extract.mentions import ModelMention, new_name
from claimwatch.extract.numbers import Quantity
from claimwatch.extract.pairing_patterns import (
    AFTER_TIME_BEFORE,
    ANAPHOR,
    ARCHITECTURE_AFTER,
    BOTH,
    BOTH_CLAUSE,
    BOTH_JOINS,
    BOTH_OPENS,
    CHANGE_BEFORE,
    CLASS_NOUN_AFTER,
    COMPARED_LOW,
    COORDINATED,
    DEFINED_MODEL,
    DEFINITE_BEFORE,
    DEFINITE_PLURAL_START,
    ESTIMATE_BEFORE,
    EXAMPLE_BEFORE,
    FAMILY_START,
    FIGURE_NOUN,
    GENERIC_PLURAL,
    GENERIC_PLURAL_BEFORE,
    HEARSAY_ABOUT,
    INDEFINITE_MODEL_BEFORE,
    ITS_SIZE_LOW,
    KINDS_OF_MODEL,
    LATTER,
    LICENCE_AFTER,
    MODAL_SOON,
    OTHER_MODEL,
    PAGE_TITLE,
    PLURAL_MODELS_AFTER,
    POSSESSIVE_PLURAL_BEFORE,
    PREDECESSOR_START,
    PREDICATIVE,
    SIBLINGS,
    SINCE_BEFORE,
    SMALLER_VERSIONS,
    SUBJECT_ANAPHOR,
    THE_BEFORE,
    THE_LATTER_WORDS,
    THRESHOLD_BEFORE,
    TIER_VARIANT,
    TRAINED_SERIES,
    UNNAMED,
    UNNAMED_BEFORE,
    WHOEVER,
)
from claimwatch.extract.tables import cell_column

# a base the makers started from ('el equipo partió de Llama 3.1 70B'); not what a product rests on ('l'assistant
# repose sur Aurore-2 Medium': the model the text goes on about)
STARTED_FROM = re.compile(
    r"\b(?:started from|starts from|start from|partió de|partieron de|est parti de)"
    r"\s+(?:[\w'’.-]+\s+){0,3}$"
)

# 'lief gar nicht Kairos Pro, sondern ein Testmodell namens Kairos-Lite. Es soll ...': the name denied is no subject
DENIED_BEFORE = re.compile(r"\b(?:nicht|not|pas|no)\s+(?:(?:der|die|das|the|le|la|el)\s+)?$", re.IGNORECASE)
BUT_RATHER = re.compile(r",?\s+(?:sondern|but|mais|sino)\b")

# a sentence about a kind of model: '«Un MoE de 300.000 o 350.000 millones con una veintena de miles de millones
# activos es exactamente lo que tiene sentido»' (its active figure is the kind's too)
INDEFINITE_KIND_START = re.compile(
    r"\s*[«\"„“]?\s*(?:A|An|Ein|Eine|Un|Une|Una)\s+(?:MoE|LLM|model|Modell|modèle|modelo)\s+(?:of|with|mit|von|de|con|avec)\s"
)
GERMAN_IT = re.compile(r"\b[Ee]s\b")
# Spanish leaves 'it' out: 'Es un modelo de 47.000 millones', 'se repite que es una mezcla de expertos', 'El consuelo es
# que ...', 'y además es un modelo de mezcla de expertos' (but not a copula after a noun: 'un billón es un millón de millones', '... activos es exactamente')
SPANISH_IT_IS = re.compile(r"^\s*[«\"„“]?\s*Es\s|\bque es\b|\bes que\b|\b(?:y|pero|además,?) es una?\b")


def _it_is(sentence: str, lang: str) -> bool:
    """A pronoun for the model before that only some languages write: German 'es' anywhere, a Spanish verb whose
    subject goes unsaid in a few set phrases."""
    return bool(GERMAN_IT.search(sentence) if lang == "de" else SPANISH_IT_IS.search(sentence))


def _successor_word(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds a successor noun at all: three finds, where the pattern tries every position."""
    sentence = text[start:end].lower()
    return any(part in sentence for part in ("nachfolge", "uccess", "sucesor"))


def _denied(text: str, mentions: list[ModelMention]) -> list[ModelMention]:
    """The names that are not denied in favour of a later one ('not X but Y')."""
    return [
        m
        for m, after in zip(mentions, [*mentions[1:], None], strict=True)
        if after is None
        or not DENIED_BEFORE.search(text, max(0, m.start - 14), m.start)
        or not BUT_RATHER.match(text, m.end, after.start)
    ]


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
    lab: str | None = None  # the lab the current sentence opens with
    new_lab: str | None = None  # else a lab nobody listed that it opens with: perhaps a new model's maker
    # the models a table's header names, by column: 'Característica | salamandra-2b | salamandra-7b'
    columns: dict[int, ModelMention] = field(default_factory=dict)
    lang: str = ""  # the article's language: German 'es' is 'it', Spanish 'es' is 'is'

    def saw(
        self,
        mentions: list[ModelMention],
        text: str = "",
        start: int = 0,
        end: int = 0,
        figures: Iterable[Quantity] = (),
    ) -> None:
        """Note a sentence's names: the first one not compared with is its subject; a sentence that names none
        but says 'the latter' ('C'est ce dernier qui concentre l'attention.') makes the model named last it, and
        one that names a figure given before with 'the' ('Die 100 Billionen geisterten ...') that figure's model."""
        self.age += 1
        if not mentions and text:
            recalled = next((self.sizes[q.value] for q in figures if self._recalled(text, start, q)), None)
            if recalled is not None:
                self.subject, self.age = recalled, 0
        self._note_columns(mentions, text, start, end)
        # 'Licence: Llama 4 Community License' under '5. Llama 4 Maverick' names the family's licence: the
        # entry is still about Maverick
        if self.subject is not None and text and mentions:
            mentions = [m for m in mentions if not self._family_licence(m, text)]
        if not mentions and self.last is not None and end > start and _says_latter(text, start, end):
            self.subject, self.age = self.last, 0
        elif not mentions and self.subject is not None and end > start and _says_size(text, start, end):
            self.age -= 1  # 'OpenAI hat die Größe nie genannt.': still about the model before, and its size
        elif (
            not mentions
            and end > start
            and _successor_word(text, start, end)
            and UNNAMED_SUCCESSOR.search(text, start, end)
        ):
            self.subject = (
                None  # 'Für 2026 ist ein Nachfolger geplant. Dieser soll ...': a model with no name yet
            )
        elif not mentions and self.carried and self.carried[0] == start and self.carried[1] is self.subject:
            self.age -= (
                1  # '... publicó que el modelo tenía un billón': a figure of the subject keeps it the subject
            )
        self.last = mentions[-1] if mentions else self.last
        self.named = mentions or self.named
        mentions = uncompared(text, start, mentions) if text and mentions else mentions
        if self.subject is not None and text and mentions:
            # 'Lía no se ha entrenado desde cero. ... el equipo partió de Llama 3.1 70B': the base the team
            # started from does not take the place of the model the article is about
            mentions = [
                m for m in mentions if not STARTED_FROM.search(text, max(start, m.start - 50), m.start)
            ]
        mentions = _denied(text, mentions) if len(mentions) > 1 and text else mentions
        if mentions:
            self.subject, self.age = mentions[0], 0
        for m in mentions:
            n, _ = self.counts.get(m.model_id, (0, m))
            self.counts[m.model_id] = (n + 1, m)

    def _recalled(self, text: str, start: int, q: Quantity) -> bool:
        return q.value in self.sizes and bool(RECALLED_BEFORE.search(text, max(start, q.start - 7), q.start))

    def _note_columns(self, mentions: list[ModelMention], text: str, start: int, end: int) -> None:
        """A table row whose cells name models ('Característica | salamandra-2b | salamandra-7b') heads the
        columns of the rows below it; a line that is no table row ends the table."""
        if text.find("|", start, end) < 0:
            self.columns = {}
            return
        columns = {cell_column(text, m.start): m for m in mentions}
        if len(columns) >= 2 and 0 not in columns:
            self.columns = columns

    def _family_licence(self, m: ModelMention, text: str) -> bool:
        canonical = self.subject.canonical  # type: ignore[union-attr]
        return (
            canonical != m.canonical
            and canonical.startswith(m.canonical)
            and bool(LICENCE_AFTER.match(text, m.end))
        )

    def first(self) -> ModelMention | None:
        """The first model the text named: a reference page's subject."""
        return next(iter(self.counts.values()))[1] if self.counts else None

    def topic(self) -> ModelMention | None:
        if not self.counts:
            return None
        return max(self.counts.values(), key=lambda pair: pair[0])[1]


UNNAMED_SUCCESSOR = re.compile(
    r"\b(?:ein|einen|a|an|un|une|uno)\s+(?:[^\W\d]+\s+)?(?:Nachfolger|Nachfolgemodell|successor|successeur|sucesor)\b",
    re.IGNORECASE,
)
# 'the' before a figure given earlier, in the plural too: 'Die 100 Billionen ...', 'Los 100 billones circularon ...'
RECALLED_BEFORE = re.compile(
    r"(?:\b(?:the|these|das|dem|den|der|die|des|diese|le|la|les|ces|el|los|las|estos|estas)\s+|\bl['’])$",
    re.IGNORECASE,
)


TEAM_BEFORE = re.compile(
    r"\b(?:equipo de|l['’]équipe(?: de)?|das Team (?:von|hinter)|the team (?:behind|at))\s+$", re.IGNORECASE
)
TEAM_AFTER = re.compile(r"(?:\s|-)(?:team|Team|équipe)\b")


def uncompared(text: str, start: int, mentions: list[ModelMention]) -> list[ModelMention]:
    """The names not compared with: after 'beats Llama 3.1 8B and Mistral 7B', neither is the subject."""
    out = []
    previous_compared = False
    for i, m in enumerate(mentions):
        compared = (
            bool(COMPARED_LOW.search(article_lower(text), max(start, m.start - 40), m.start))
            or (previous_compared and bool(COORDINATED.fullmatch(text, mentions[i - 1].end, m.start)))
            # '(Llama architecture)': a design the model borrows, not the subject
            or bool(ARCHITECTURE_AFTER.match(text, m.end))
            # a team named after its models is no model: 'El equipo de Qwen de Alibaba publicó Qwen3'
            or bool(
                TEAM_BEFORE.search(text, max(start, m.start - 20), m.start) or TEAM_AFTER.match(text, m.end)
            )
        )
        # 'OpenAI has never published the size of GPT-4': no comparison, the model the article goes on about
        compared = compared and not UNDISCLOSED.search(text, max(start, m.start - 80), m.start)
        # a landmark in time is not the subject either: 'Seis años después de GPT-2, la empresa publicó ...'
        compared = compared or bool(
            SINCE_BEFORE.search(text, max(start, m.start - 60), m.start)
            or AFTER_TIME_BEFORE.search(text, max(start, m.start - 30), m.start)
        )
        if not compared:
            out.append(m)
        previous_compared = compared
    return out


def _says_size(text: str, start: int, end: int) -> bool:
    low = article_lower(text)
    return any_within(word_spans(low, SIZE_WORDS), start, end) and bool(ITS_SIZE_LOW.search(low, start, end))


def _says_latter(text: str, start: int, end: int) -> bool:
    return any_within(word_spans(article_lower(text), THE_LATTER_WORDS), start, end)


def both_models(text: str, start: int, mentions: list[ModelMention], ctx: Context) -> list[ModelMention]:
    """The two models a sentence opening with 'Both' speaks of, when the one before named two (the family they belong
    to aside), and it names none or only those two again."""
    if ctx.age > 1 or not BOTH.match(text, start):
        return []
    distinct = list({m.model_id: m for m in ctx.named}.values())
    # (not the family the two belong to: 'two Llama 4 models: Scout, ... and Maverick, ... Both ...')
    distinct = [
        m
        for m in distinct
        if not any(o is not m and o.model_id.startswith(m.model_id + "-") for o in distinct)
    ]
    # the sentence may name the two again after: '... jeweils 17 Milliarden – Scout verteilt ..., Maverick ...'
    if len(distinct) != 2 or any(m.model_id not in {d.model_id for d in distinct} for m in mentions):
        return []
    return distinct


def both_in_clause(text: str, start: int, q: Quantity, mentions: list[ModelMention]) -> list[ModelMention]:
    """'Scout, de 109.000 millones, y Maverick, de 400 mil millones; ambos activan 17.000 millones': the two
    models the sentence named before a clause that opens with 'both'."""
    named = [m for m in mentions if m.end <= q.start]
    both = BOTH_CLAUSE.search(text, named[-1].end, q.start) if named else None
    distinct = list({m.model_id: m for m in reversed(named)}.values())[:2]  # the two named last
    return distinct[::-1] if both and len(distinct) == 2 else []


def both_named_after(text: str, q: Quantity, mentions: list[ModelMention]) -> list[ModelMention]:
    """'17 billion active parameters in both Llama 4 Scout and Llama 4 Maverick': the two names after the figure."""
    after = [m for m in mentions if m.start >= q.end]
    if len(after) < 2 or not BOTH_OPENS.fullmatch(text, q.end, after[0].start):
        return []
    return after[:2] if BOTH_JOINS.fullmatch(text, after[0].end, after[1].start) else []


def shared_pair(
    text: str, start: int, end: int, mentions: list[ModelMention]
) -> tuple[list[ModelMention], int]:
    """'Llama 4 Scout and Llama 4 Maverick each use 17 billion active parameters', 'Scout und Maverick nutzen je
    17 Mrd.', 'Grok 3 and Grok 4 were built on a base model of 3 trillion': the first two models, joined by 'and' as
    the subject, and where the distributive word or the shared base after them stands (-1 if none), with no figure
    before them."""
    if len(mentions) < 2 or mentions[0].model_id == mentions[1].model_id:
        return [], -1
    first, second = mentions[:2]
    paired = PAIR_AND.fullmatch(text, first.end, second.start)
    base = SHARED_BASE.match(text, second.end, end) if paired else None
    after = BRACKET.match(text, second.end) if paired else None
    each = EACH.search(text, after.end() if after else second.end, end) if paired else None
    at = each.start() if each is not None else base.end() if base is not None else -1
    if (
        at < 0
        or any(m.start < at for m in mentions[2:])
        or any(ch.isdigit() for ch in text[start : first.start])
    ):
        return _later_pair(text, end, mentions)
    return [first, second], at


def _later_pair(text: str, end: int, mentions: list[ModelMention]) -> tuple[list[ModelMention], int]:
    """A pair that closes the sentence with its own shared figure: '..., igual que Codestral Mamba y Mathstral,
    dos modelos de unos 7.000 millones cada uno'."""
    for first, second in itertools.pairwise(mentions[1:]):
        if first.model_id == second.model_id or not PAIR_AND.fullmatch(text, first.end, second.start):
            continue
        each = EACH.search(text, second.end, end)
        if each is not None and not any(m.start < each.start() for m in mentions if m.start > second.start):
            return [first, second], each.start()
    return [], -1


# (each may carry its own size in brackets: 'Scout (109 Mrd. insgesamt) und Maverick (400 Mrd.) nutzen beide 17 Mrd.')
PAIR_AND = re.compile(r"(?:\s?\([^()\d]{0,20}\d[^()]{0,20}\))?\s+(?:and|und|et|y|e)\s+")
# a pair that shares one base: 'Grok 3 and Grok 4 were built on a base model of 3 trillion parameters'
BRACKET = re.compile(r"\s?\(([^()]{1,40})\)")  # a short bracket right after a name, its content group 1
SHARED_BASE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:were built on|are built on|were based on|are based on|share|shared|"
    r"basieren|beruhen|teilen sich|se basan en|se basaban en|comparten|reposent sur|partagent)\b",
    re.IGNORECASE,
)
EACH = re.compile(
    r"\b(?:each|both|je|jeweils|beide|chacun|tous (?:les )?deux|cada uno|ambos)\b", re.IGNORECASE
)


def like_it(
    text: str, start: int, q: Quantity, model: ModelMention, mentions: list[ModelMention], ctx: Context
) -> list[ModelMention]:
    """The models a figure belongs to when it says 'like it' or 'it too': 'WizardLM-2 basiert auf Mixtral 8x22B
    und umfasst wie dieses 141 Milliarden' (both), '... sur Gemma 2, dont la plus grande version compte elle
    aussi 27 milliards' (Gemma 2's: the other one's was given before)."""
    first = mentions[0] if mentions else None
    if (
        first is not None
        and first.end <= q.start
        and LIKE_START.fullmatch(text, start, first.start)
        and PRONOUN_AFTER.match(text, first.end)
        and ctx.subject is not None
        and ctx.subject.model_id != first.model_id
    ):
        return [ctx.subject, first]  # 'Like Mistral Small 3, it has 24 billion': the model before's, and X's
    cue = LIKE_IT_BEFORE.search(text, max(start, q.start - 40), q.start)
    before = [m for m in mentions if m.end <= cue.start()] if cue is not None else []
    if not before:
        return []
    named = before[-1]  # 'dieses', 'elle': the model named last
    if cue.group("too"):
        return [named]
    other = next((m for m in before if m.model_id != named.model_id), None) or ctx.subject
    if other is None or other.model_id == named.model_id:
        return []
    if model.model_id == named.model_id:
        return [model, other]
    return [model, named] if model.model_id == other.model_id else []


LIKE_START = re.compile(
    r"[\W_]*(?:Like|Just like|Wie|Genau wie|Ebenso wie|Comme|Tout comme|Como|Al igual que)\s+"
)
PRONOUN_AFTER = re.compile(
    r",\s*(?:it|es|er|sie|il|elle|él|ella|este|esta)\s|\s+(?:hat|verfügt|kommt|umfasst|besitzt)\s+(?:es|er|sie)\s",
    re.IGNORECASE,
)
LIKE_IT_BEFORE = re.compile(
    r"\b(?:wie (?:dieses|dieser|diese|jenes|jener)|like it|just like it|like its (?:base|parent)|"
    r"comme (?:lui|elle|celui-ci|celle-ci)|(?:al )?igual que (?:este|esta|él|ella)|como (?:este|esta|él|ella)|"
    r"(?P<too>(?:lui|elle) aussi|(?:él|ella) también|es auch|it too))"
    r",?\s+(?:[\w~≈.]+\s+){0,2}?$",
    re.IGNORECASE,
)


# a verb of change right before 'from X to Y': the model's size changed, and Y is its new one ('The smaller one grew
# from seven billion to eight billion', 'stieg von 7 auf 8 Milliarden', 'est passé de 7 à 8 milliards')
CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:grew|grown|grows|rose|risen|rises|jumped|went|gone|climbed|increased|expanded|shrank|shrunk|fell|"
    r"dropped|wuchs|gewachsen|wächst|stieg|gestiegen|steigt|sprang|ging|schrumpfte|(?:est |sont )?pass[ée]e?s?|"
    r"passa|passait|grimp[ée]|bondi|pasó|pasa|creció|crece|saltó|subió|aumentó|bajó)\s+"
    r"(?:(?:only|just|nur|lediglich|seulement|solo|sólo)\s+)?(?=(?:from|von|de|desde)\s)",
    re.IGNORECASE,
)


def changed_to(text: str, start: int, q: Quantity) -> bool:
    """'grew from seven billion to eight billion': a change, the model's size is the range's high end."""
    if not q.high:
        return False
    found = CHANGED_FROM_BEFORE.search(text, max(start, q.start - 60), q.start + 7)
    return found is not None and found.end() == q.start  # (the range's span starts at its 'from')


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


def after_cut(
    text: str,
    start: int,
    q: Quantity,
    model: ModelMention,
    mentions: list[ModelMention],
    ctx: Context,
    found: Iterable[tuple],
) -> ModelMention | None:
    """A size a model was cut (or grown) to belongs to the model that came out, not to the one cut: 'Thinline-Q19
    was cut from Qwen2.5-32B, which has 32.5 billion parameters, down to 19.4 billion'. The model paired with the
    figure is the one cut when the sentence's claims so far (`found`: (model, value, ...), its size tags included)
    give it another size; the one that came out is then the sentence's earlier model, else a later one, else the
    article's subject; None when none is at hand. (A size from an earlier sentence does not count: 'Ñandú-2 Grande
    habría quedado reducido a unos 40.000 millones' is its own new size.)"""
    if not CUT_TO_BEFORE.search(text, max(start, q.start - 45), q.start):
        return model
    if not any(f[0].model_id == model.model_id and abs(f[1] - q.value) > 0.05 * q.value for f in found):
        return model  # 'Xaloc-14B ... se queda en 14.100 millones': the model that came out
    others = [m for m in mentions if m.model_id != model.model_id]
    before = [m for m in others if m.start < q.start]
    if before:
        return before[0]
    if others:
        return others[0]  # 'en ramenant Llama 3.1 8B à 4 milliards avec son Llama-3.1-Minitron 4B'
    for other in (ctx.subject, ctx.topic()):
        if other is not None and other.model_id != model.model_id:
            return other
    return None


# what a model was cut or grown to: 'down to 19.4 billion', 'Aus 141 werden 73', 'que se queda en 3.200 millones',
# 'en ramenant Llama 3.1 8B à 4 milliards'
CUT_TO_BEFORE = re.compile(
    r"(?:\b(?:down|cut|reduced|shrunk|pruned|trimmed|compressed|distilled|expanded|grown|scaled up) to"
    r"|\bAus\s+[\d.,]+\s+werden|\b(?:schrumpft|schrumpfen|verkleinert|reduziert|gestutzt) auf"
    r"|\bse queda(?:n)? en|\b(?:reducid|recortad|comprimid|ampliad|podad)[oa]s? a"
    r"|\b(?:ramen|rédui|réduit|élagu|compress|port)\w* à|\bramenant\b[^,;]{1,40}?\sà)"
    rf"\s+{APPROX_SLOT}$",
    re.IGNORECASE,
)


def heading_model(text: str, start: int, ctx: Context) -> ModelMention | None:
    """'Février 2019 — GPT-2' over 'OpenAI présente un modèle de 1,5 milliard': a heading names the model the
    paragraph under it describes."""
    subject = ctx.subject
    if subject is None or subject.start >= start or ctx.last is not subject:
        return None  # (a heading that names several models sets no one topic)
    line_end = text.find("\n", subject.end, start)
    # the sentence opens the paragraph right under the subject's line, or goes on its list of facts
    # ('Halcyra-2 Small' over '- Architecture: dense' and '- Parameters: 3.2B')
    right_under = line_end >= 0 and SPEC_LINES.fullmatch(text, line_end, start) is not None
    if ctx.age > 1 and not right_under:
        return None
    if line_end < 0:
        # 'Juillet – Kimi K2. Moonshot AI ouvre un modèle à mille milliards': a timeline entry's short label
        line_start = text.rfind("\n", 0, subject.start) + 1
        label = text[line_start:start].strip()
        dated = TIMELINE_DASH.search(text, line_start, subject.start)  # 'Juillet – ', 'Q3 2025 — '
        return subject if dated and len(label) <= 45 and label.endswith(".") and ". " not in label else None
    if not right_under:
        return None
    line = text[text.rfind("\n", 0, subject.start) + 1 : line_end].strip()
    return subject if len(line) <= 80 and line[-1:] not in '.!?:;,"”»' else None


# blank space and lines of a model card's facts: '- Layers: 28', '• Parámetros: 2.700 millones'
SPEC_LINES = re.compile(r"(?:\s*[-•*–][ \t]+[^\W\d][^:\n]{0,40}:[ \t]*[^\n]*\n)*\s*")
TIMELINE_DASH = re.compile(r"\s[–—-]\s|:\s")


def carried_over(
    text: str, start: int, end: int, cand: Candidate, ctx: Context, lead: int
) -> ModelMention | None:
    if PLURAL_MODELS_AFTER.match(text, cand.q.end) and not THE_BEFORE.search(
        text, max(start, lead - 20), lead
    ):
        return None  # 'Today 8B models routinely beat it': a class of models ('The 8B and 70B models' are its own)
    if CLASS_NOUN_AFTER.match(text, cand.q.end):
        return None  # 'The 70-billion-parameter class is where it gets interesting'
    if EXAMPLE_BEFORE.search(text, max(start, lead - 40), lead) or (
        UNNAMED_BEFORE.search(text, max(start, lead - 40), lead) and MODAL_SOON.match(text, cand.q.end, end)
    ):
        return None  # 'A model of, say, 10 billion parameters needs', 'a 20-billion-parameter student would'
    model = _carried_model(text, start, end, cand, ctx, lead)
    if model is not None:
        ctx.carried = (start, model)
    elif (
        ctx.carried
        and ctx.carried[0] == start
        and (
            SCOPE_RIGHT_AFTER.match(text, cand.q.end, end)
            or scope_of(text[start:end], cand.q.start - start, cand.q.end - start) == "active"
        )
    ):
        # 'Size: 671B total, 37B active', 'hat 30,5 Mrd. Parameter, rechnet pro Token aber nur mit 3,3 Mrd.':
        # the sentence's next figure, of the same model
        return ctx.carried[1]
    elif ctx.carried and ctx.carried[0] == start:
        other = OTHER_SIZE_CLAUSE.search(text, max(start, cand.q.start - 60), cand.q.start)
        if other is not None:
            # '..., das kleine etwa 20 Milliarden': the other of two sized names, else the same family's
            return _larger_or_smaller(text, "", ctx, other) or ctx.carried[1]
    return model


LARGER_START = re.compile(
    r"[\W_]*(?:(?P<big>the (?:larger|bigger|big) one|the larger|the bigger|el (?:grande|mayor|más grande)|"
    r"der (?:größere|große|grössere|grosse)|das (?:größere|große)|le (?:grand|plus grand)|la (?:grande|mayor)(?! parte))"
    r"|(?P<small>the (?:smaller|small) one|the smaller|el (?:chico|pequeño|menor|más pequeño)|"
    r"der (?:kleinere|kleine)|das (?:kleinere|kleine)|le (?:petit|plus petit)|la (?:pequeña|menor)))\b",
    re.IGNORECASE,
)
TAG_AFTER = re.compile(r"[-‑\s]?(\d+(?:\.\d+)?)\s?([bBmM])\b")
# a second clause on the other size of the model just sized: '...; the larger stayed at 70 billion'
OTHER_SIZE_CLAUSE = re.compile(
    r"[,;]\s*" + LARGER_START.pattern.removeprefix(r"[\W_]*") + r"[^,;.]{0,30}$", re.IGNORECASE
)


def _larger_or_smaller(
    text: str, sentence: str, ctx: Context, which: re.Match[str] | None = None
) -> ModelMention | None:
    """'The larger one', 'el chico': of the two models named last, the one whose name gives the larger (or
    smaller) size; `which` is a 'larger'/'smaller' word found elsewhere than at the sentence's start."""
    which = which or LARGER_START.match(sentence)
    if which is None:
        return None
    tagged = [(m, TAG_AFTER.match(text, m.end)) for m in ctx.named]
    sized = [
        (float(t.group(1)) * (1 if t.group(2) in "bB" else 0.001), m) for m, t in tagged if t is not None
    ]
    if len(sized) != 2 or sized[0][0] == sized[1][0]:
        return None
    small, big = sorted(sized, key=lambda pair: pair[0])
    return big[1] if which.group("big") else small[1]


FORMER_OR_LATTER = re.compile(
    r"\b(?:(?P<former>[Tt]he former|[Ee]rstere[rs]?)|(?P<latter>[Tt]he latter|[Ll]etztere[rs]?))\b"
)


def _former_or_latter(text: str, start: int, q: Quantity, ctx: Context) -> ModelMention | None:
    """'the former' and 'the latter' nearest before the figure: the first or second of the two models named
    in the sentence before."""
    marks = list(FORMER_OR_LATTER.finditer(text, start, q.start))
    distinct = list({m.model_id: m for m in ctx.named}.values())
    if not marks or len(distinct) != 2:
        return None
    return distinct[0] if marks[-1].group("former") else distinct[1]


def _estimate_of(text: str, start: int, q: Quantity) -> bool:
    found = ESTIMATE_NOUN_BEFORE.search(text, max(start, q.start - 60), q.start)
    return found is not None and found.group("estimate") is not None


def _carried_model(
    text: str, start: int, end: int, cand: Candidate, ctx: Context, lead: int
) -> ModelMention | None:
    """A sentence naming no model: 'It has 70B parameters', 'Total parameters are 46.7 billion'. `lead` is
    where the figure's list begins ('sus modelos de 8 y 70 mil millones')."""
    sentence = text[start:end]
    q = cand.q
    final = _final_of_preview(sentence, ctx)
    if final is not None:
        return (
            final  # 'Garbí 2 Preview, un punto de control ... El modelo definitivo tendrá 120.000 millones'
        )
    if q.suffix and q.value in ctx.sizes and DEFINITE_BEFORE.search(text, max(start, q.start - 12), q.start):
        return ctx.sizes[q.value]
    if q.value in ctx.sizes and ITS_BEFORE.search(text, max(start, q.start - 12), q.start):
        # after 'Llama 3.3 70B', '« Avec ses 70 milliards de paramètres, il coûte ... »': the model of that size
        return ctx.sizes[q.value]
    if q.value in ctx.sizes and SIZED_VERSION.search(text, start, q.start):
        # 'die kleine Version ...: Mit 8 Mia. Parametern' after 'der kleine Bruder auf 8 Mia.': the model of that size
        return ctx.sizes[q.value]
    if OWN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return ctx.topic() or ctx.subject  # a lab's 'our 8B model' is one of the models it is releasing
    if OURS_START.match(sentence):
        topic = ctx.topic()  # 'GPT-4 compterait 1,8 billion. Le nôtre en a 24 milliards': ours, not the rival
        return topic if topic is not ctx.subject else None
    lab_model = LABS_MODEL.match(sentence)
    if lab_model is not None:
        # 'Le modèle de Mistral AI compte 141 milliards' after 'un affinage maison de Mixtral 8x22B': that lab's
        made = [m for m in ctx.named if m.org and lab_model.group("lab") in m.org]
        if made:
            return made[-1]
    if TRAINED_SERIES.search(text, start, q.start):
        return None  # 'the authors trained more than 400 models ranging from 70 million to 16 billion'
    if UNNAMED.search(sentence):
        return None  # '... its first release has 1.3 billion parameters and has not been named yet'
    if PREDECESSOR_START.match(sentence):
        return None  # 'La generación anterior se ofrecía en versiones de 2B, 9B y 27B': not the model named before
    if POSSESSIVE_PLURAL_BEFORE.search(text, max(start, lead - 60), lead):
        return ctx.subject or ctx.topic()  # 'La familia incluye ... sus modelos de 8 y 70 mil millones'
    sized = _larger_or_smaller(text, sentence, ctx)
    if sized is not None:
        return sized  # 'gpt-oss-120b y gpt-oss-20b ... El grande tiene 117.000 millones ... El chico suma 21.000'
    pointed = _former_or_latter(text, start, q, ctx)
    if pointed is not None:
        return pointed  # 'Ersteres hat vier Milliarden Parameter, Letzteres 600 Millionen'
    if LATTER.search(sentence) and ctx.last is not None:
        return (
            ctx.last
        )  # 'Dieses hat 32,5 Milliarden', 'ce dernier compte 52 milliards': the model named last
    if (
        q.group is not None
        and DEFINITE_PLURAL_START.match(sentence)
        and ctx.subject is not None
        and ctx.age
        <= 2  # 'The release comes in four sizes. Two vision models, ... Two text-only models, ...'
    ):
        # '... von Gemma 3 veröffentlicht. Die Modelle mit 1, 4, 12 und 27 Mrd. Parametern': its sizes, listed
        return ctx.subject
    if GUESS.search(text, start, q.start) and not _another_lab(ctx) and not _kinds_of_model(sentence):
        # a guess about the model just named ('Zephra-4 is rumoured to be ... my guess is 600 to 700 billion'),
        # else, in a thread, about the article's model
        return ctx.subject if ctx.subject is not None and ctx.age <= 3 else ctx.topic()
    if (
        GENERIC_PLURAL_BEFORE.search(text, start, q.start)
        and not SUBJECT_ANAPHOR.search(sentence)
        and not FAMILY_START.match(sentence)
    ):
        return None  # 'its chips can run models with up to 10 billion parameters': a kind of model
    if _kinds_of_model(sentence) or THRESHOLD_BEFORE.search(text, max(start, q.start - 40), q.start):
        return None  # 'the frontier models probably sit somewhere between one and three trillion'
    if WHOEVER.match(sentence):
        return None  # 'Wer über 400 Mrd. Parameter hinausgeht, ...': anyone's model
    if DEFINED_MODEL.match(sentence) or OTHER_MODEL.search(sentence, 0, lead - start):
        return None  # 'El modelo que la empresa ejecuta en el iPhone ...': another model, defined here
    another_lab = _another_lab(ctx) and not ESTIMATE_BEFORE.search(text, max(start, q.start - 45), q.start)
    if new_lab_quoted(text, start, q.start, ctx):
        return ctx.topic()  # 'une ingénieure d'Hélios Labs ... : « 218 milliards »' after a post on Qwen2.5
    if (
        ANAPHOR.search(sentence)
        # 'Se trata de un modelo de 70.000 millones' describes the model before (not '« Le 100 milliards, c'est ...')
        or PREDICATIVE.search(sentence[: q.start - start])
        or FAMILY_START.match(sentence)
        or _it_is(sentence, ctx.lang)
        or FIGURE_NOUN.search(text, start, q.start)
        or CITED_FIGURE_BEFORE.search(
            text, max(start, q.start - 40), q.start
        )  # 'die oft zitierten 1,76 Billionen'
        # 'The most cited outside estimate, about 1.8 trillion, comes from ...' (but 'Le chiffre de 1,5 milliard
        # correspond au plus gros modèle ...' may be any model's)
        or _estimate_of(text, start, q)
    ):
        if another_lab:
            # 'DeepSeek ha llevado esa idea a otra escala, con 671.000 millones': its own model, which is the
            # article's model when that lab makes it ('Darin nennt DeepSeek für das eigentliche Modell 671 ...')
            return _topic_of_lab(ctx)
        return ctx.subject if ctx.subject is not None and ctx.age <= 3 else ctx.topic()
    if ctx.subject is not None and ctx.age <= 2 and SIBLINGS.search(text, start, q.start):
        return ctx.subject  # 'Meta la publicó junto a dos hermanas menores, de 8.000 y 70.000 millones'
    if ctx.subject is not None and TIER_VARIANT.search(text, start, q.start):
        return (
            ctx.subject
        )  # 'Unsere Mini-Variante mit rund acht Milliarden': a tier of a model before (tier_variant)
    if (
        (
            cand.strong
            or ESTIMATE_BEFORE.search(text, max(start, q.start - 45), q.start)
            or STATUS_AFTER.match(text, q.end)
            or CONTINUED.match(sentence)
            or CORRECTING.match(sentence)
            # (not the speaker's own: 'Sein eigenes Team arbeitet an einer Variante mit 1,5 Milliarden')
            or (
                VARIANT_OF_SIZE.search(text, max(start, q.start - 50), q.start)
                and not OWN_WORK.search(text, start, q.start)
            )
        )
        and ctx.subject is not None
        and ctx.age <= 1
        and not GENERIC_PLURAL.search(
            text, start, q.end
        )  # (a later clause's 'ocho modelos de 220.000 millones' is its own)
        # 'Apple setzt auf ein On-Device-Modell mit rund drei Milliarden': another model, not yet named
        and not INDEFINITE_MODEL_BEFORE.search(text, max(start, q.start - 60), q.start)
        # ('«Un MoE de 300.000 millones con una veintena activos ...': a kind of model, not the one before)
        and not INDEFINITE_KIND_START.match(sentence)
        # (a lab that estimates the figure is its source, not the maker: 'chercheurs de Microsoft l'estime à')
        and not another_lab
    ):
        return ctx.subject
    if ctx.subject is not None and ctx.age <= 4 and spec_line(text, start, q):
        return ctx.subject  # 'Technische Daten Priel-2' a few lines above 'Parameter: 12 Mrd.'
    if cand.strong and HEARSAY_ABOUT.search(sentence):
        return ctx.topic()  # 'Sur X, des comptes anonymes évoquent même 5 billions': the article's model
    if cand.strong and SMALLER_VERSIONS.search(sentence):
        # an encyclopedia's 'Des versions réduites ont été publiées : 560 millions, 1,1 milliard, ...'
        return page_subject(text, ctx)
    return None


FINAL_MODEL = re.compile(
    r"\b(?:the final (?:model|version|release)|das (?:fertige|finale|endgültige) Modell|die (?:finale|endgültige) "
    r"Version|le modèle (?:final|définitif)|la version (?:finale|définitive)|el modelo (?:final|definitivo)|"
    r"la versión (?:final|definitiva))\b",
    re.IGNORECASE,
)
PRERELEASE_END = re.compile(r"[-‑ ](?:Preview|Beta|Alpha|Checkpoint|Early)$", re.IGNORECASE)


def _final_of_preview(sentence: str, ctx: Context) -> ModelMention | None:
    """After a preview ('Garbí 2 Preview'), 'the final model' is the model it previews, when the text named it."""
    if (
        ctx.subject is None
        or not PRERELEASE_END.search(ctx.subject.surface)
        or not FINAL_MODEL.search(sentence)
    ):
        return None
    stem = PRERELEASE_END.sub("", ctx.subject.surface)
    return next((m for _, m in ctx.counts.values() if m.surface == stem), None)


LABS_MODEL = re.compile(
    r"\s*(?i:le modèle|el modelo|das Modell|the model) (?:de|von|of) (?P<lab>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)"
)
OURS_START = re.compile(
    r"\s*(?:[«\"„“]\s*)?(?:le nôtre|la nôtre|ours|el nuestro|la nuestra|unseres|unserer|unsers)\b",
    re.IGNORECASE,
)
OWN_WORK = re.compile(r"\b(?:eigene[nmrs]?|own|propi[oa]s?|propres?)\b", re.IGNORECASE)


# a variant of the model before, sized: 'Una tercera variante, de 40.000 millones, está en fase de entrenamiento'
VARIANT_OF_SIZE = re.compile(
    r"\b(?:variant\w*|version\w*|versión|Variante\w*)\b[^.;:]{0,20}?(?:de|of|with|mit|avec|con)\s+"
    rf"{APPROX_SLOT}$",
    re.IGNORECASE,
)


# a turn that finishes the one before it: '[00:00:36] Lasse: … vierhundertfünf Milliarden, genau.'
CONTINUED = re.compile(r"\s*(?:\[[\d:.]+\]\s*)?(?:[^\W\d][\w .'’-]{0,40}:\s*)?(?:…|\.\.\.)")
# a sentence that sets the one before it right: 'En réalité, OpenAI en annonçait 175 milliards', 'No: eran 175.000
# millones', 'In fact it was 175 billion'
CORRECTING = re.compile(
    r"\s*(?:in fact|actually|in reality|in truth|en réalité|en fait|en vérité|tatsächlich|in wahrheit|"
    r"in wirklichkeit|richtig ist|korrekt wäre|en realidad|de hecho|lo cierto es que|no\s*:|nein\s*:|non\s*:|"
    r"falsch\s*:|faux\s*:|wrong\s*:)",
    re.IGNORECASE,
)


SIZED_VERSION = re.compile(
    r"\b(?:small|smaller|large|larger|big|bigger|kleine|größere|grosse|große|petite|grande|pequeña)\w*\s+"
    r"(?:version|variant|Version|Variante|Ausführung|versión|variante)\b"
)
ITS_BEFORE = re.compile(rf"\b(?:its|ses|seinen|seine|sus|su)\s+{APPROX_SLOT}$", re.I)


def new_lab_quoted(text: str, start: int, figure: int, ctx: Context) -> bool:
    """The sentence opens with a lab nobody listed, in an article about a new model, and quotes someone before
    the figure: someone at the lab speaks of its own model, the article's, even after a post on a known model of
    another maker, and even as 'ein MoE mit 210 Milliarden'."""
    if not ctx.new_lab:
        return False
    topic, subject = ctx.topic(), ctx.subject
    other_maker = bool(subject and subject.known and subject.org and ctx.new_lab not in subject.org)
    return bool(
        topic is not None
        and not topic.known
        and (subject is topic or other_maker)
        and any(mark in text[start:figure] for mark in '«“"„')
    )


def _topic_of_lab(ctx: Context) -> ModelMention | None:
    topic = ctx.topic()
    return topic if topic is not None and topic.org and ctx.lab and ctx.lab in topic.org else None


def _another_lab(ctx: Context) -> bool:
    """The sentence opens with a lab that does not make the model before: after Mixtral, 'Apple, for its part,
    says the model in its phones has about 3 billion' is Apple's model."""
    maker = ctx.subject.org if ctx.subject is not None else None
    return bool(ctx.lab and maker and ctx.lab not in maker and maker not in ctx.lab)


def page_subject(text: str, ctx: Context) -> ModelMention | None:
    """The model an encyclopedia page is about, from its title ('Mirevan (modèle de langage)'): the gazetteer's
    when the page names it first, else the title's name."""
    title = PAGE_TITLE.search(text, 0, 600)
    if title is None:
        return None
    first = ctx.first()
    return (
        first
        if first and first.surface == title.group("name")
        else new_name(*title.span("name"), title.group("name"))
    )


def _kinds_of_model(sentence: str) -> bool:
    return bool(KINDS_OF_MODEL.search(sentence))
