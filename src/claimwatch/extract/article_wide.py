"""What is settled over the whole article once its sentences are read: the first claim of each
(model, value, scope), sources lent between sentences, full names and developers."""

from __future__ import annotations

import re

from claimwatch.extract import attribution, speakers
from claimwatch.extract.claim_fields import ANALYSTS, incidental
from claimwatch.extract.gazetteer import NUMBERED_NAME, Gazetteer, name_key
from claimwatch.extract.literal import whole_words
from claimwatch.extract.mentions import ModelMention
from claimwatch.extract.numbers import Quantity
from claimwatch.extract.orgs import LAB_WORDS
from claimwatch.models import Claim

# 'Tejo es una familia de modelos ... desarrollada por Arbórea AI', an infobox's 'Developer: X'
DEVELOPED_BY = re.compile(
    r"(?:\b(?:developed|built|created|made|trained) by|\bdesarrollad[oa]s? por|\bcread[oa]s? por|\bentwickelt von|"
    r"\bdévelopp[ée]e?s? par|\bcréée?s? par|\bconçue?s? par|\b(?:Entwickler|Developer|Desarrollador|Développeur)\s?:)"
    r"\s+(?:the\s+|la\s+|el\s+|le\s+|l['’]|der\s+|dem\s+)?"
    r"(?P<org>[A-ZÀ-Ý][\w&'’.-]*(?: (?:(?:of|for|de|du|des|del|für) )?[A-ZÀ-Ý][\w&'’.-]*){0,4})"
)


ORG_WORD_END = re.compile(
    r"\b(?:AI|KI|IA|Labs?|Research|Technologies|Systems|Health|Inc|GmbH|SA|SL|Institute|Center|"
    r"Centre|University|Universität|Université|Universidad)\.?$"
)


def developed_by(text: str, claims: list[Claim], gaz: Gazetteer) -> list[Claim]:
    """A new model's developer as the article states it ('... desarrollada por Arbórea AI', an infobox's
    'Developer: X'), whatever lab stands nearest to its claims. The statement is about the family named last
    before it in its sentence ('Hikari-2 beat Llama 3.1 Swallow 8B, which was developed by ...')."""
    families = {
        c.model_id: word
        for c in claims
        if c.model_id not in gaz.models and len(word := c.model.split()[0].split("-")[0]) > 2
    }
    if not families:
        return claims
    makers: dict[str, str] = {}
    for m in DEVELOPED_BY.finditer(text):
        words = re.sub(r"['’]s$", "", m.group("org")).rstrip(".").split(" ")
        while len(words) > 1 and words[0].endswith(("-based", "-born")):
            words.pop(0)
        org = " ".join(words)
        known = gaz.org_of_key(name_key(org))
        if known is None and len(words) < 2 and not ORG_WORD_END.search(org):
            continue  # 'built by Dublin ...': one unknown word may be a place
        before = text[max(0, m.start() - 250) : m.start()]
        before = before[before.rfind(". ") + 1 :]  # the same sentence, or an infobox's lines
        where = {model_id: before.rfind(word) for model_id, word in families.items()}
        last = max(where.values())
        for model_id, pos in where.items():
            if pos >= 0 and pos == last:
                makers.setdefault(model_id, known or org)
    return [c.model_copy(update={"org": makers[c.model_id]}) if c.model_id in makers else c for c in claims]


NOT_A_NOUN = re.compile(
    r"(?:[a-z]+(?:s|ed|ing|ly)|has|had|have|is|was|are|were|be|can|could|will|would|may|might|must|should|does|"
    r"did|to|of|in|on|at|by|for|with|from|as|than|that|which|who|now|also|still|only|just|and|or|but|hat|ist|war|"
    r"wird|soll|kann|und|oder|mit|von|für|a|est|et|ou|avec|de|du|es|y|o|con|tiene|cuenta|tendrá)"
)


def noun_after(text: str, m: ModelMention) -> bool:
    after = re.match(r" ([a-zäöüßéèàç]+)\b", text[m.end : m.end + 30])
    return after is not None and not NOT_A_NOUN.fullmatch(after.group(1))


LAB_WORD_AFTER = re.compile(rf" (?:{LAB_WORDS})\b")


def org_mentions(
    text: str, regions, orgs: list, models: list[ModelMention], gaz: Gazetteer, firms: set[str] = frozenset()
) -> list:
    """The organisations named, as developers may be: not the 'DeepSeek' inside 'DeepSeek-R1', and a new
    lab ('Stratacloud Inc.') wherever its name stands again ('Stratacloud's comparison'), as do the `firms` the
    article names elsewhere."""
    # (an organisation that starts a new model's name stays: 'DeepSeek-R1-Distill-Qwen', 'Kyutai TTS')
    found = [
        o
        for o in orgs
        if not any(o[0] < m.end and m.start < o[1] and (m.known or m.start != o[0]) for m in models)
    ]
    tails = {
        word for o in found for word in o[2].split(" ")[1:]
    }  # 'Data' of 'Aubrac Data' is no firm of its own
    names = {o[2] for o in found if o[2] not in gaz.orgs and len(o[2]) > 3} | (firms - tails)
    for name in names:
        found += [(at, stop, name) for a, b in regions for at, stop in whole_words(text, name, a, b)]
        head = _short_name(name, gaz)
        if head:  # 'Nebelhorn weist darauf hin' after 'Nebelhorn AI hat ... veröffentlicht'
            found += [
                (at, stop, name)
                for a, b in regions
                for at, stop in whole_words(text, head, a, b)
                if not LAB_WORD_AFTER.match(text, stop, b)
                and not any(at < x.end and x.start < stop for x in models)
            ]
    spans = sorted(set(found))
    return [o for i, o in enumerate(spans) if not any(p[0] < o[1] and o[0] < p[1] for p in spans[:i])]


def eponymous_labs(claims: list[Claim], orgs: set[str], gaz: Gazetteer) -> list[Claim]:
    """A new model named like a lab the article names is that lab's: 'Sable-5' is Sable Labs', 'Tiberon-2'
    Tiberon Labs', whoever else a sentence about it mentions."""
    out = []
    for c in claims:
        stem = re.match(r"[^\W\d_]{3,}", c.model)
        if stem and c.model_id not in gaz.models:
            makers = [o for o in orgs if o.split(" ")[0] == stem.group() and o != c.model and " " in o]
            if len(makers) == 1:
                c = c.model_copy(update={"org": makers[0]})
        out.append(c)
    return out


def _short_name(name: str, gaz: Gazetteer) -> str | None:
    """'Nebelhorn' for the new lab 'Nebelhorn AI': the one distinctive word a lab's full name adds a lab word to."""
    words = name.split(" ")
    if (
        len(words) != 2
        or not re.fullmatch(LAB_WORDS, words[1])
        or len(words[0]) < 4
        or not words[0][0].isupper()
    ):
        return None
    head = words[0]
    known = name_key(head) in gaz.org_index.keys or name_key(head) in gaz.model_index.keys
    return None if known or head.upper() == head else head


def full_org_names(text: str, claims: list[Claim], gaz: Gazetteer) -> list[Claim]:
    """A new lab the article also names in full is given its full name: 'Nordlicht' -> 'Nordlicht KI' when the
    article says 'Nordlicht KI' somewhere ('Karwendel' -> 'Karwendel AI'); a listed organisation keeps its own."""
    longer: dict[str, str] = {}
    for org in {c.org for c in claims if c.org and c.org not in gaz.orgs and " " not in c.org}:
        full = re.search(rf"(?<![\w-]){re.escape(org)} (?:{LAB_WORDS})(?![\w-])", text)
        if full:
            longer[org] = full.group()
    return [c.model_copy(update={"org": longer[c.org]}) if c.org in longer else c for c in claims]


def full_names(text: str, claims: list[Claim], gaz: Gazetteer) -> list[Claim]:
    """A person cited by surname ('Whitcombe says') under the full name the article gave ('Dana Whitcombe')."""
    out = []
    for c in claims:
        name = c.attributed_to
        if name and name.isalpha() and name[0].isupper() and not _known_name(name, gaz):
            full = re.search(rf"\b((?:[A-ZÀ-Ý][\w'’-]+ ){{1,2}}){re.escape(name)}\b", text)
            given = full.group(1).split() if full else []
            if given and speakers.is_role(given[0]):
                given = given[1:]  # 'Vorstandschef Tobias Reimer' is Tobias Reimer
            if given and not any(w in NOT_FIRST_NAMES for w in given):
                c = c.model_copy(update={"attributed_to": " ".join([*given, name])})
        out.append(c)
    return out


def _known_name(name: str, gaz: Gazetteer) -> bool:
    return (
        name in attribution.OUTLETS
        or name_key(name) in gaz.org_index.keys
        or name_key(name) in gaz.model_index.keys
    )


# capitalised words before a surname that are no first name
NOT_FIRST_NAMES = frozenset(
    """The A An Der Die Das Le La Les El Los Las Dr Prof CEO CTO Chef Chefin Mr Mrs Ms Sr Sra Mme M Herr Frau
    Analyst Analystin Professor Professorin President Präsident Director Laut Según Selon According How What Why
    When Where Who With For From In On At By And But Or Wie Was Warum Wann Wo Mit Für Von Und Aber Comment Pourquoi
    Quand Avec Pour Et Mais Cómo Qué Por Con Para Y Pero""".split()
)


def developer_hints(
    text: str,
    spans: list[tuple[int, int]],
    models_in: list[list],
    orgs_in: list[list],
    owned: frozenset,
) -> dict[str, str]:
    """For new models: the organisation named nearest to them the first time a sentence names both
    ('Northstar AI will present Orion-X Mini ...'), wherever that sentence is; a cited source is not it."""
    hints: dict[str, str] = {}
    for (start, end), here, models in zip(spans, orgs_in, models_in, strict=True):
        new = [m for m in models if not m.known and m.model_id not in hints]
        if not here or not new:
            continue
        source = attribution.attribution(text[start:end], [])
        here = [
            o
            for o in here
            if o[2] != source
            and not incidental(text, o)
            and (o[0], o[1]) not in owned
            and not RIVAL_BEFORE.search(text, max(start, o[0] - 60), o[0])
            and not ANALYSTS.search(o[2])
            and not OTHER_MODEL_COMPOUND.match(text, o[1])  # 'des großen Meta-Modells': a model of that lab's
        ]
        if not here:
            continue
        for m in new:
            hints.setdefault(m.model_id, min(here, key=lambda o: abs(o[0] - m.start))[2])
    return hints


OTHER_MODEL_COMPOUND = re.compile(r"-Modell\w*")
# 'claims parity with DeepSeek', 'plus petit que celui de Mistral AI': an organisation compared with is a rival
RIVAL_BEFORE = re.compile(
    r"\b(?:parity with|rivals?|than|vs\.?|versus|against|compared (?:with|to)|outperforms?|beats?|als|gegenüber|"
    r"que|contre|frente a|comparado con)\s+(?:(?:the|that of|those of|die von|das von|celui de|celle de|el de|"
    r"la de|de)\s+)?(?:[\w.-]+(?:,|\s+(?:and|or|und|oder|et|ou|y|o|e))\s+){0,3}$"  # 'frente a OpenAI y Google'
)


def family_orgs(claims: list[Claim], gaz: Gazetteer, hints: dict[str, str]) -> list[Claim]:
    """New models of one family share a developer: 'Orion-X Mini' in a sentence that names an analyst
    firm still belongs to whoever makes Orion-X (the organisation most of the family's claims name)."""
    claims = [c.model_copy(update={"org": hints[c.model_id]}) if c.model_id in hints else c for c in claims]
    claims = [_next_version_org(c, gaz) for c in claims]
    votes: dict[str, dict[str, int]] = {}
    for c in claims:
        if (
            c.org and c.model_id not in gaz.models and c.org != c.attributed_to and not ANALYSTS.search(c.org)
        ):  # a cited firm is not the maker
            tally = votes.setdefault(_family(c.model_id), {})
            tally[c.org] = tally.get(c.org, 0) + (2 if c.model_id in hints else 1)  # a hint is firmer
    out = []
    for c in claims:
        counted = votes.get(_family(c.model_id))
        if c.model_id not in gaz.models and counted:
            best = max(counted, key=lambda org: counted[org])
            if counted[best] > counted.get(c.org or "", 0):
                c = c.model_copy(update={"org": best})
        elif c.org is None and c.model_id not in gaz.models:
            c = c.model_copy(update={"org": _known_head_org(c.model, gaz)})
        out.append(c)
    return out


def _next_version_org(claim: Claim, gaz: Gazetteer) -> Claim:
    """'GPT-6', 'Gemini 4': an unlisted version number of a listed family is its maker's, whatever lab the
    sentence names beside it ('Meta und xAI bauen Rechenzentren, GPT-6 wird ...')."""
    numbered = NUMBERED_NAME.fullmatch(claim.model) if claim.model_id not in gaz.models else None
    org = gaz.numbered_families.get(numbered.group(1).lower()) if numbered else None
    return claim.model_copy(update={"org": org}) if org and org != claim.org else claim


def _known_head_org(model: str, gaz: Gazetteer) -> str | None:
    """'BERT-Large', a variant the gazetteer does not list, is made by whoever makes BERT."""
    head = re.split(r"[-‑\s]", model, maxsplit=1)[0]
    entry = gaz.models.get(gaz.model_index.keys.get(name_key(head), "")) if head != model else None
    return entry.org if entry else None


def _family(model_id: str) -> str:
    return re.split(r"[-.\d]", model_id, maxsplit=1)[0]


def note_sources(
    sentence: str, qs: list[Quantity], mentions: list[ModelMention], gaz: Gazetteer, sourced: dict[int, str]
) -> None:
    """Figures a sentence attributes to an outlet: 'a model with about 500 billion parameters, as reported
    by The Information' lends its source to a later sentence that names the model with the same figure."""
    source = attribution.attribution(sentence, []) if qs else None
    named_model = source not in attribution.OUTLETS and any(source == m.surface for m in mentions)
    if source and source not in gaz.orgs and not named_model:
        for q in qs:
            sourced.setdefault(q.value, source)


def inherit_source(claim: Claim, sourced: dict[int, str]) -> Claim:
    source = sourced.get(claim.params)
    if claim.attributed_to or source is None or claim.status != "official":
        return claim
    return claim.model_copy(update={"attributed_to": source, "status": "reported"})


def first_of_each(claims: list[Claim]) -> list[Claim]:
    """One claim per (model, value, range, scope): the first mention's sentence, with the framing of the
    mention that frames it most ('an estimate by X' in the body beats a bare headline)."""
    firsts: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.model_id, c.params, c.params_high, c.scope)
        first = firsts.setdefault(key, c)
        if (
            _framing(c) <= _framing(first)
            and c.attributed_to
            and not first.attributed_to
            and c.status == first.status
        ):
            firsts[key] = first.model_copy(
                update={"attributed_to": c.attributed_to}
            )  # the source, named later
        elif _framing(c) > _framing(first):
            firsts[key] = first.model_copy(
                update={
                    "status": c.status,
                    "attributed_to": c.attributed_to or first.attributed_to,
                    "approx": first.approx or c.approx,
                }
            )
    return list(firsts.values())


def _framing(c: Claim) -> int:
    """How explicitly a mention frames its figure: a hedge or an estimate, then a named source, then a
    future tense ('wird ... sein' is often just prose), then nothing."""
    if c.status in ("estimated", "rumored"):
        return 3
    if c.attributed_to or c.status == "reported":
        return 2  # a named source, or a document the article has seen
    return 1 if c.status == "expected" else 0


def without_short_names(claims: list[Claim]) -> list[Claim]:
    """'Nano-2 has 3.25 billion' after the table's 'Gemini Nano-2 | 3.25B': a name that ends another name
    claimed with the same figure is that model, written short."""
    full = {(c.params, c.params_high, c.scope): [] for c in claims}
    for c in claims:
        full[(c.params, c.params_high, c.scope)].append(c.model)
    return [
        c
        for c in claims
        if not any(
            other != c.model and other.endswith(" " + c.model)
            for other in full[(c.params, c.params_high, c.scope)]
        )
    ]


def one_per_name(claims: list[Claim]) -> list[Claim]:
    """'Moxin-3' and the 'Moxin-3-480B-A35B' it is published as, both with 35 billion active: one claim; and
    a count and its rounding ('176 Mrd.' in the infobox, '176.247.271.424' in the text): the first."""
    seen: dict[tuple, list[int]] = {}
    out = []
    for c in claims:
        name = NAME_JOINS.sub("", TAGS_AT_END.sub("", c.model).lower())
        values = seen.setdefault((name, c.params_high, c.scope), [])
        if not any(abs(v - c.params) <= SAME_COUNT * max(v, c.params) for v in values):
            values.append(c.params)
            out.append(c)
    return out


NAME_JOINS = re.compile(r"[-‑ ]")  # 'Darae-2 Max' and 'Darae-2-Max' are one name
TAGS_AT_END = re.compile(r"[-‑]\d+(?:\.\d+)?[BMT][-‑]A\d+(?:\.\d+)?[BMT]$")  # ... and 'Darae-2-Max-312B-A21B'
SAME_COUNT = 0.005  # half a percent: one figure written exactly and rounded, never two sizes of a family


def without_rounded_tags(claims: list[Claim], from_tags: set[int]) -> list[Claim]:
    """'Merovin-2-32B mit 32,4 Milliarden', 'Qwen3-30B-A3B, das 30,5 Milliarden hat, von denen 3,3 aktiv sind':
    a name's size tag rounds the count the article states for the model, which is the claim (however the
    name is cased: 'open-mistral-7b — Mistral 7B, ... con 7,3 mil millones')."""
    stated = [(c.model_id, c.model.lower(), c.scope, c.params) for c in claims if id(c) not in from_tags]
    beside: dict[int, list[tuple[str, str, str, int]]] = {}  # the counts stated in each tag's sentence
    tags: dict[tuple[int, str], int] = {}  # how many tags each name has in a sentence
    for c in claims:
        if id(c) not in from_tags:
            beside.setdefault(c.start, []).append((c.model_id, c.model.lower(), c.scope, c.params))
        else:
            tags[c.start, c.model.lower()] = tags.get((c.start, c.model.lower()), 0) + 1
    return [
        c
        for c in claims
        if id(c) not in from_tags
        or not (
            # (not 'Granite 3.0 3B-A800M ... et Granite 3.0 1B-A400M': names whose tags say both sizes)
            (tags[c.start, c.model.lower()] == 1 and _names_active_size(c, beside.get(c.start, [])))
            or any(
                (model_id, scope) == (c.model_id, c.scope)
                and (
                    model == c.model.lower()
                    or c.model.lower().startswith(model)
                    or model.startswith(c.model.lower())
                )
                and value != c.params
                and abs(value - c.params) <= ROUNDED_TAG * c.params
                for model_id, model, scope, value in stated
            )
        )
    ]


def _names_active_size(tag: Claim, stated: list[tuple[str, str, str, int]]) -> bool:
    """'MolmoE-1B ... con 7.200 millones de parámetros totales y 1.500 millones activos': a mixture of experts'
    tag that is far below the total its sentence states for it names about its active size, stated too."""
    name = tag.model.lower()
    return (
        tag.scope == "total"
        and any(
            model == name and scope == "total" and value > 2 * tag.params for _, model, scope, value in stated
        )
        and any(
            model == name and scope == "active" and tag.params / 2 <= value <= 2 * tag.params
            for _, model, scope, value in stated
        )
    )


ROUNDED_TAG = 0.25  # 'Virelo-1B' for 1.24 billion; a farther count is another figure
