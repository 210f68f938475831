"""Turn one article's text into claims: find figures, decide which are parameter counts, pair each
with the model it belongs to, and read the status, scope, approximation and source around it."""

from __future__ import annotations

import bisect
import re

from claimwatch.extract import attribution, clauses, cues, glosses
from claimwatch.extract.article_wide import (
    developed_by,
    developer_hints,
    eponymous_labs,
    family_orgs,
    first_of_each,
    full_names,
    full_org_names,
    inherit_source,
    note_sources,
    noun_after,
    one_per_name,
    org_mentions,
    without_rounded_tags,
    without_short_names,
)
from claimwatch.extract.claim_fields import (
    build_claim,
    incidental,
    owners_of_known,
    status_clause,
    with_estimator,
)
from claimwatch.extract.corrections import without_retracted, without_taken_back
from claimwatch.extract.disclosure import undisclosed_models, unofficial
from claimwatch.extract.figure_patterns import BULLET_LINE, GIVEN_BEFORE
from claimwatch.extract.figures import (
    article_lower,
    cue_in_cell,
    german_noun_counted,
    may_claim,
    may_count_parameters,
    parameter_counts,
    part_whole_scope,
    short_scale_calque,
    with_table_units,
    without_restated,
)
from claimwatch.extract.gazetteer import Gazetteer, trie_pattern
from claimwatch.extract.mentions import ModelMention
from claimwatch.extract.names import find_all_models, find_known_models
from claimwatch.extract.numbers import Quantity, find_quantities, lower_in_place
from claimwatch.extract.orgs import article_firms, find_orgs
from claimwatch.extract.pairing import another_makers, model_for, tags_of, tier_variant
from claimwatch.extract.pairing_patterns import NOT_IDENTITY_LOW
from claimwatch.extract.sentences import link_line, split_sentences
from claimwatch.extract.subjects import (
    BRACKET,
    Context,
    after_cut,
    both_in_clause,
    both_models,
    both_named_after,
    change_successor,
    changed_to,
    heading_model,
    like_it,
    shared_pair,
)
from claimwatch.extract.tables import column_says
from claimwatch.extract.tags import Tag
from claimwatch.models import Claim

# a correction note quotes the figure it withdraws: 'An earlier version of this story said X had 48 billion'
WITHDRAWN = re.compile(
    r"\b(?:(?:an?|the) (?:earlier|previous|prior|original) version of this|(?:einer|der) (?:früheren|vorherigen|"
    r"ersten) (?:Version|Fassung)|(?:une|la) (?:première |précédente )?(?:version|précédente version) (?:précédente |antérieure )?de cet|"
    r"(?:una|la) versión (?:anterior|previa) de (?:esta|este)|una versione precedente di quest|"
    r"(?:this|the) (?:article|story|report|post) (?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported)|"
    # the newsroom quoting its own earlier text: 'Nous écrivions également que ...', 'We wrote that ...'
    r"\bwe (?:had )?(?:previously |earlier |originally |incorrectly |wrongly |mistakenly )?(?:wrote|reported|stated) that|"
    r"\bnous (?:écrivions|avions écrit|indiquions|avions indiqué)(?: également| aussi| par erreur| à tort)? que|"
    r"\bwir (?:schrieben|hatten (?:zudem |auch |fälschlich |irrtümlich )?(?:geschrieben|berichtet))|"
    r"\b(?:escribimos|publicamos|indicamos|informamos)(?: también| erróneamente| por error)? que)",
    re.IGNORECASE,
)


def _own_bracket(text: str, pair: list[ModelMention], q: Quantity) -> bool:
    """'Scout (109 Mrd. insgesamt) und Maverick (400 Mrd.) nutzen beide 17 Mrd.': a name's bracketed size is its own."""
    for m in pair:
        bracket = BRACKET.match(text, m.end)
        if bracket is not None and bracket.start(1) <= q.start < bracket.end(1):
            return True
    return False


_WITHDRAWN_LOW = cues.lowered(WITHDRAWN)

# a myth an explainer is about to refute: 'Myth 2: Mixtral 8x7B has 56 billion parameters', '« 8x7B, ça fait 56
# milliards » – FAUX'
MYTH = re.compile(
    r"(?im)^[ \t]*(?:myth|mythos|mythe|mito|idée reçue|falso mito)\s*(?:n[°º]\s*)?\d*\s*:"
    r"|[–—-]\s*(?:faux|false|falsch|falso|myth|mythe|mythos|mito)\s*$"
)
# a style guide's wrong example: 'Falsch wäre: „Mixtral hat 56 Milliarden Parameter“', 'Incorrecto: «...»'
WRONG_EXAMPLE = re.compile(
    r"[\s*_>•-]*(?:falsch wäre|incorrect[oa]?|à éviter|to avoid|zu vermeiden|a evitar|evitar)\s*:",
    re.IGNORECASE,
)

# a fact-check's claim under review, quoted whole on a line of its own: 'CLAIM 1: "GPT-3 has 1.75 trillion
# parameters."', 'Behauptung 2: „…“', '3. «…»', '« ChatGPT fonctionne avec 175 milliards de paramètres »'
QUOTED_CLAIM_LINE = re.compile(
    r"[ \t]*(?:(?:claim|behauptung|aussage|affirmation|afirmación|rumeur|rumor)\s*\d{0,2}\s*:\s*|\d{1,2}[.)]\s*)?"
    r"[„“\"«][^\n„“\"«»”]{10,}[“\"»”][ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
FACT_CHECK_LOW = re.compile(
    r"fact[- ]?check|faktencheck|faktenprüf|vrai ou faux|désintox|verificamos|verificación|bulo|infox|fake news"
)


# the rating under it says the claim is false: 'VERDICT: FALSE', 'Bewertung: Irreführend.', 'PLUTÔT FAUX'
FALSE_RATING = re.compile(
    r"\s*(?:[^\W\d]+\s*:\s*)?(?:plutôt\s+|mostly\s+|eher\s+)?(?:false|falsch|faux|falso|misleading|irreführend|"
    r"engañoso|trompeur|wrong|incorrect[oa]?)\b",
    re.IGNORECASE,
)


def _fact_checked_quote(text: str, start: int, checked: bool) -> bool:
    """A fact-check's quoted claim that its rating calls false (a true one, or an unproven rumour, stands)."""
    if not checked or not QUOTED_CLAIM_LINE.match(text, text.rfind("\n", 0, start) + 1):
        return False
    line_end = text.find("\n", start)
    return line_end >= 0 and bool(FALSE_RATING.match(text, line_end))


def extract_from_text(
    text: str, lang: str, gaz: Gazetteer, version: str, footnotes: dict[int, int] | None = None
) -> list[Claim]:
    """All claims in text, first mention of each (model, value, scope) kept. `footnotes` maps where a footnote
    line starts to where its mark stands in the text it explains."""
    low = lower_in_place(text)
    if not _RAW_HINT_LOW.search(low):
        return []  # not even a parameter word or a size: the number grammar need not read it
    quantities = without_restated(text, [q for q in find_quantities(text, lang) if not q.money])
    quantities = without_retracted(text, quantities)
    if "|" in text:
        quantities = with_table_units(text, quantities, lang)
    tags_at = tag_positions(text)  # where a size tag like 70B may stand
    if not tags_at and not may_count_parameters(text, quantities):
        return []  # most news: no sentence can be claimable, so none is split or read
    claims: list[Claim] = []
    ctx = Context(lang=lang)
    checked = bool(FACT_CHECK_LOW.search(low))  # a fact-check quotes the claims it rates
    sourced: dict[int, str] = {}
    from_tags: set[int] = set()  # ids of the claims read off a name's size tag
    spans = split_sentences(text)
    sentences = _assign(quantities, spans)
    claimable = [may_claim(text, start, end, qs, tags_at) for (start, end), qs in sentences]
    regions = _regions(text, sentences, claimable)
    all_orgs = [o for a, b in regions for o in find_orgs(text, a, b, gaz)]
    all_models = find_all_models(text, gaz, spans, all_orgs, regions, low)
    if not all_orgs and not AI_CONTEXT.search(text):
        # 'Llama wool prices depend on 7 billion parameters': in a text with no sign of being about AI, a
        # one-word name followed by a noun is the ordinary word ('Gemini has 1 trillion parameters' stays)
        all_models = [m for m in all_models if not (m.known and m.surface.isalpha() and noun_after(text, m))]
    labs = frozenset(o[2] for o in all_orgs if o[2] in gaz.orgs)
    # firms named outside the regions matter as the makers of new models, which the gazetteer cannot name
    firms = article_firms(text, gaz) if any(not m.known for m in all_models) else set()
    all_orgs = org_mentions(text, regions, all_orgs, all_models, gaz, firms)
    owned = owners_of_known(text, all_orgs, all_models)
    orgs_in = _per_sentence(spans, all_orgs, lambda o: o[0])
    models_in = _per_sentence(spans, all_models, lambda m: m.start)
    for i, (((start, end), qs), can_claim, orgs, mentions) in enumerate(
        zip(sentences, claimable, orgs_in, models_in, strict=True)
    ):
        ctx.upcoming = models_in[i + 1] if i + 1 < len(models_in) else []
        ctx.lab = _lab_opening(orgs, start, qs, gaz.makers) if orgs else None
        ctx.new_lab = None
        if ctx.lab is None and orgs:  # a lab nobody listed, perhaps the maker of the article's new model
            ctx.new_lab = _lab_opening(orgs, start, qs, frozenset(o[2] for o in orgs if o[2] not in gaz.orgs))
        item = _new_item(text, start)
        if item and not (item == "bullet" and heading_model(text, start, ctx)):
            # a bullet leaves the subject behind (unless it opens the list under a heading that names it:
            # '[19/09/2024] v2.5 — Qwen2.5' over '- Sept tailles, de 0,5 Md à 72 Md'); a live-blog entry the
            # whole article so far
            ctx.subject, ctx.age = None, 0
            if item == "entry":
                ctx.counts = {}
        if footnotes and start in footnotes:
            # '¹ 37 Md activés' is about the row marked ¹ (and so is a bulleted '- Anm. 1: ...')
            _explains(ctx, text, footnotes[start], all_models)
        # a question claims only names' sizes (read only where a claim may be: most sentences have no figure)
        asked = (
            bool(qs or mentions)
            and can_claim
            and _asks(text, start, end)
            and not _relays_rumour(low, start, end)
        )
        if (
            (qs or mentions)
            and can_claim
            and not (not mentions and link_line(text, start))  # 'ALSO READ | Krutrim open-sources 12B model
            and not _WITHDRAWN_LOW.search(low, start, end)
            and not MYTH.search(text, start, end)
            and not WRONG_EXAMPLE.match(text, start)
            and not (asked and not mentions)
        ):
            since = spans[i - 1][0] if i else start
            raw = _sentence_claims(
                text,
                start,
                end,
                qs,
                mentions,
                orgs or _orgs_before(text, all_orgs, start, all_models, mentions),
                ctx,
                lang,
                version,
                labs,
                owned,
                from_tags,
            )
            if _fact_checked_quote(text, start, checked):
                raw = [c for c in raw if id(c) in from_tags]  # (a name's own size tag is still its size)
            if asked:
                # 'What about Llama 3.3 70B?': only the name's size, and a size the question takes as given
                # ('peut-il rivaliser avec GPT-3 et ses 175 milliards de paramètres ?')
                # and one before the colon that opens the question ('Phi-3-mini at 3.8B on a phone: demo or product?'),
                # and one attached to a name ('Großmodelle wie BLOOM mit 176 Milliarden Parametern ... ?')
                colon = text.rfind(": ", start, end)
                given = {
                    q.value
                    for q in qs
                    if GIVEN_BEFORE.search(text, max(start, q.start - 30), q.start)
                    or FAMOUS_BEFORE.search(text, max(start, q.start - 30), q.start)
                    or q.end < colon
                    or any(
                        NAME_WITH.fullmatch(text, m.end, q.start)
                        and not ASKED_EXISTS.search(text, max(start, m.start - 12), m.start)
                        for m in mentions
                    )
                }
                raw = [c for c in raw if id(c) in from_tags or c.params in given]
            # a document's figures become estimates first, so that the estimator is looked up for them too
            claims += with_estimator(
                text, all_orgs, owned, since, _as_estimates(raw, low, spans, i) if raw else raw
            )
            note_sources(text[start:end], qs, mentions, gaz, sourced)
        if not link_line(text, start):  # 'Lesen Sie auch: ChatGPT verliert Nutzer' is another story
            ctx.saw(mentions, text, start, end, qs)
    claims = [
        inherit_source(c, sourced)
        for c in without_short_names(one_per_name(first_of_each(without_rounded_tags(claims, from_tags))))
    ]
    claims = full_names(text, claims, gaz)
    hints = developer_hints(text, spans, models_in, orgs_in, owned)
    claims = developed_by(text, family_orgs(claims, gaz, hints), gaz)
    claims = full_org_names(text, eponymous_labs(claims, {o[2] for o in all_orgs}, gaz), gaz)
    claims = without_taken_back(claims, text, quantities)
    hidden = undisclosed_models(text, spans, all_models, lambda a, b: find_known_models(text, gaz, a, b))
    return unofficial(claims, hidden) if hidden else claims


AI_CONTEXT = re.compile(
    r"\b(?:AI|KI|IA|LLMs?|A\.I\.|chatbots?|neural|machine learning|deep learning|open[- ]source|open weights?|"
    r"GPUs?|models?|Modell\w*|modèles?|modelos?|modell[io]|Sprachmodell\w*|language models?|benchmarks?|"
    r"inference|training|Training|entraînement|entrenamiento|tokens?|Token)\b"
)


# everything `may_count_parameters` or a size tag needs shows in the raw text as one of these
RAW_HINT = re.compile(
    r"par[aáâ]m|\d\s?(?:[BbMTKk]|bn|tn|mn|tsd|Mrd|Mio|Bio|mln|bln|trln|mld|md|mds|mi|bi|tri)\b|\||total|activ|aktiv|actif|attiv",
    re.IGNORECASE,
)


_RAW_HINT_LOW = cues.lowered(RAW_HINT)


# a sentence whose source is a document the article has named ('The paper ... lists GPT-4o at ~200B', 'Selon ce
# document, GPT-4o compterait ...', 'o1-preview soll demnach ...'); with ESTIMATES_LOW in or just before it
DOCUMENT_SOURCE = re.compile(
    r"\b(?:"
    + trie_pattern(
        "paper study table document documento estudio tabla étude tableau papier studie dokument tabelle".split()
    )
    + r")\b|"
    r"\b(?:the|this|that|same)\s+(?:report|list)\b|\b(?:ce|cette|la)\s+liste\b|\b(?:esta|la)\s+lista\b|"
    r"\b(?:die|der|diese[r]?)\s+liste\b|\bdemnach\b|\b(?:listed|put|puts|pegged)\s+(?:[\w-]+\s+){0,3}?at\b"
)
ESTIMATES_LOW = cues.lowered(cues.ESTIMATED)
OWN_DOCUMENT = re.compile(r"\b(?:own|eigene[mnrs]?|propre|propio|propia)\b")


def _as_estimates(found: list[Claim], low: str, spans: list[tuple[int, int]], i: int) -> list[Claim]:
    """The figures a document gives, which the article called estimates a few sentences before ('its authors
    stress that the numbers are only estimates'), are estimates, however the sentence words them."""
    start, end = spans[i]
    if (
        not DOCUMENT_SOURCE.search(low, start, end)
        or OWN_DOCUMENT.search(low, start, end)  # "OpenAI's own GPT-3 paper listed a size of ..."
        or not (ESTIMATES_LOW.search(low, spans[max(0, i - 3)][0], end) or _called_estimates(low, spans, i))
    ):
        return found
    return [
        c.model_copy(update={"status": "estimated"}) if c.status in ("official", "rumored") else c
        for c in found
    ]


def _called_estimates(low: str, spans: list[tuple[int, int]], i: int) -> bool:
    """The next sentence calls the document's figures estimates, with no figure of its own: 'The authors called
    these estimates.', 'Des estimations, précisent-ils.', 'Los propios autores advertían de que eran estimaciones.'"""
    if i + 1 >= len(spans):
        return False
    start, end = spans[i + 1]
    return (
        end - start < 120
        and not any(ch.isdigit() for ch in low[start:end])
        and bool(ESTIMATES_LOW.search(low, start, end))
        and bool(BACK_REFERENCE.search(low, start, end))
    )


# what points back at the figures just given: 'these', 'the authors', 'précisent-ils', 'eran'
BACK_REFERENCE = re.compile(
    r"\b(?:these|those|they|the authors|ces|ils|elles|les auteurs|estas|estos|eran|los (?:propios )?autores|"
    r"diese|die autoren|es sich|sind|waren)\b|-ils\b|-elles\b"
)


def _explains(ctx: Context, text: str, mark: int, models: list[ModelMention]) -> None:
    """A footnote's subject: the model named on the line that carries its mark, before the mark."""
    line = text.rfind("\n", 0, mark) + 1
    named = [m for m in models if line <= m.start < mark]
    if named:
        ctx.subject, ctx.age, ctx.last = named[0], 0, named[0]


CONTEXT_SENTENCES = 4


LEAD = 4  # sentences: the headline and the first paragraph


def _regions(text: str, sentences, claimable: list[bool]) -> list[tuple[int, int]]:
    """The stretches worth reading for names: each sentence with a figure (or a size tag) and the few
    sentences before it, which may introduce the model it carries over. Most of a news article is neither."""
    keep = [False] * len(sentences)
    if any(claimable):
        keep[:LEAD] = [True] * min(LEAD, len(keep))  # the headline and lead name the article's model
    for i in range(len(sentences)):
        if claimable[i]:
            # and the sentence after, which may name the model only now ('... Den Namen Brenner-3 trägt es')
            for j in range(max(0, i - CONTEXT_SENTENCES), min(len(keep), i + 2)):
                keep[j] = True
    regions: list[tuple[int, int]] = []
    for ((start, end), _), kept in zip(sentences, keep, strict=True):
        if not kept:
            continue
        if regions and _adjoins(regions, start, text):
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


TIMESTAMP = re.compile(
    r"[ \t]*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?h\s?\d{2})(?:\s?(?:h|Uhr|am|pm|a\.m\.|p\.m\.))?\b"
)


def _new_item(text: str, start: int) -> str | None:
    """'bullet' or 'entry' (a timestamped live-blog entry) for a sentence that opens such a line."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t•▸*·–-"):
        return None
    if TIMESTAMP.match(text, line):
        return "entry"
    return "bullet" if BULLET_LINE.match(text, line) else None


# a size attached to a name in a question, which the question takes as given: 'Wie schlagen sich Großmodelle wie
# BLOOM mit 176 Milliarden Parametern ... ?'
ASKED_EXISTS = re.compile(
    r"\b(?:an?|ein|eine[nm]?|une?|una?)\s+$", re.IGNORECASE
)  # 'Gibt es ein Pharia mit 30B?'
NAME_WITH = re.compile(rf"\s+(?:mit|with|con|avec)\s+{clauses.APPROX_SLOT}", re.IGNORECASE)


def _asks(text: str, start: int, end: int) -> bool:
    """'Is Sorvane-3 really a two-trillion-parameter model?': a question claims nothing, and neither does a
    reader's signed one ('"¿Es cierto que ...?" — Mariana, Guadalajara', '«...?», pregunta Raúl.')."""
    return (
        text[max(0, end - 3) : end].rstrip("\"'”»’)").endswith("?")
        or bool(SIGNED_QUESTION.search(text, max(start, end - 90), end))
        or bool(INDIRECT_QUESTION.search(text, start, end))
    )


# a figure a question takes as known: 'whether Tern-3 would be "GPT-4-sized, the famous 1.76 trillion"'
FAMOUS_BEFORE = re.compile(
    r"\b(?:the (?:famous|much-cited|oft-cited|often-cited|well-known)|die (?:berühmten|oft zitierten|bekannten)|"
    r"(?:les|le) fameux|la fameuse|(?:el|los) famosos?|(?:la|las) famosas?)\s+$",
    re.IGNORECASE,
)
# a question reported: 'A reporter asked whether Nerai 3 Grande has more than 300 billion', 'pregunta si ...'
INDIRECT_QUESTION = re.compile(
    r"\b(?:asks?|asked|asking|wonders?|wondered|fragt|fragte|fragten|wollte wissen|demande|demandait|demandé|"
    r"pregunta|preguntó|preguntaba|preguntaron)\s*,?\s+(?:whether|if|ob|si|s['’]il|s['’]ils)\b"
    # (the figure inside the question, not in an answer after it: 'Asked whether it was open, Smith said ...')
    r"[^,;:\d]*\d",
    re.IGNORECASE,
)


SIGNED_QUESTION = re.compile(
    r"\?\s*[\"'“”»’]?\s*(?:[—–]\s*[^\W\d][^.?!\n]{0,60}|,\s*(?:asks?|asked|fragt|fragte|demande|demandait|"
    r"pregunta|preguntó)\b[^.?!\n]{0,60}\.)\s*$",
    re.IGNORECASE,
)


# a question that relays what circulates ('Is Max the 1-trillion-parameter model from the August leak?',
# 'Et les 600 milliards qui circulaient sur X pour Orlaze 3 ?') still carries the rumour
_RUMOUR_ASKED_LOW = cues.lowered(
    re.compile(
        cues.RUMOR_NOUN.pattern.replace(
            "(?:",
            "(?:circul\\w*|kursier\\w*|(?:qu['’]|l['’]|dont )on (?:le |la |les )?dit|said to|reportedly|supposedly|"
            "angeblich|nachgesagt\\w*|nachsag\\w*|supuestamente|se dice|prétendument|soi-disant|",
            1,
        ),
        re.IGNORECASE,
    )
)


def _relays_rumour(low: str, start: int, end: int) -> bool:
    return bool(_RUMOUR_ASKED_LOW.search(low, start, end))


def _distilled_tag(text: str, q: Quantity | Tag) -> bool:
    """A runtime's tag ('ollama run llama3.1:70b') names a size like any tag, except near talk of distilled
    models: 'deepseek-r1:14b' is a download of a 14B student, not a size of DeepSeek-R1."""
    if text[q.start - 1 : q.start] != ":" and text[q.start : q.start + 1] != ":":
        return False
    return bool(DISTILLED.search(text, max(0, q.start - DISTILL_REACH), q.end + DISTILL_REACH))


def _loose_end(text: str, q: Quantity | Tag) -> bool:
    # a figure after ':' that no name carries is a runtime's size option ('deepseek-r1:1.5b, 7b, 8b')
    return not isinstance(q, Tag) and (text[q.start - 1 : q.start] == ":" or _cut_off(text, q))


DISTILLED = re.compile(r"(?i)disti?ll|destil")
DISTILL_REACH = 400  # characters around a runtime tag in which talk of distillation makes it a student's size


def _cut_off(text: str, q: Quantity) -> bool:
    """'... with the 1.3-billion-param' where a page extract was cut: what the figure counts is lost."""
    rest = text[q.end :]
    return text[-1:].isalnum() and len(rest) <= CUT_REACH and len(rest.split()) <= 1


CUT_REACH = 12  # characters between a figure and a text that stops mid-word, in one unfinished word


def _adjoins(regions: list[tuple[int, int]], start: int, text: str) -> bool:
    return not text[regions[-1][1] : start].strip()


def _orgs_before(text: str, orgs: list, start: int, models: list, here: list, window: int = 1500) -> list:
    """For a sentence naming no organisation: the last one named in the text shortly before it, unless that
    is a lab whose model the text named before and the sentence names none of its models ('OpenAI has never
    disclosed how large GPT-4 is' does not make OpenAI the maker of Tessera-X two paragraphs on)."""
    earlier = [o for o in orgs if start - window <= o[0] < start]
    last = [o for o in earlier if not incidental(text, o)][-1:] or earlier[-1:]
    return [o for o in last if not _maker_of_others(o[2], models, here, start)]


def _maker_of_others(org: str, models: list, here: list, start: int) -> bool:
    """The text named a model of this lab's before, and no model the sentence names is of that lab's or
    shares a word with one of its models ('Large 3' after 'Mistral Large 2', 'phi-1-small' after 'phi-1')."""
    words = {w for m in models if m.known and m.org == org and m.start < start for w in m.model_id.split("-")}
    return bool(words) and not any(m.org == org or m.model_id.split("-")[0] in words for m in here)


def _per_sentence(spans: list[tuple[int, int]], items: list, pos) -> list[list]:
    """For each sentence span, the items (sorted by pos) that start inside it."""
    out: list[list] = [[] for _ in spans]
    starts = [s for s, _ in spans]
    for item in items:
        p = pos(item)
        i = bisect.bisect_right(starts, p) - 1
        if i >= 0 and p < spans[i][1]:
            out[i].append(item)
    return out


# a digit and then B, M or T ('70B'), found from the letter: a scan for \d is slower
TAG_HINT = re.compile(r"[BbMT](?<=\d.)\b")
# a checkpoint's tag as a model hub writes it, glued to a name: 'BLOOM-7b1', 'BLOOM-560m' (found from the hyphen:
# a scan for the letter m would stop at every word)
HUB_TAG_HINT = re.compile(r"[-‑_]\d{1,4}(?:[bB]\d|m)\b")


def tag_positions(text: str) -> list[int]:
    """Where the last digit of a size tag may stand, in text order."""
    found = [m.start() - 1 for m in TAG_HINT.finditer(text)]
    if "-" in text or "_" in text or "‑" in text:
        found += [m.end() - (3 if m.group()[-2] in "bB" else 2) for m in HUB_TAG_HINT.finditer(text)]
    return sorted(found)


def _assign(quantities: list[Quantity], spans: list[tuple[int, int]]):
    out = []
    i = 0
    for s, e in spans:
        qs = []
        while i < len(quantities) and quantities[i].start < e:
            if quantities[i].start >= s:
                qs.append(quantities[i])
            i += 1
        out.append(((s, e), qs))
    return out


def _lab_opening(
    orgs: list[tuple[int, int, str]], start: int, qs: list[Quantity], makers: frozenset[str]
) -> str | None:
    """The lab a sentence opens with, before its first figure: 'DeepSeek ha llevado esa idea ... con 671.000
    millones' speaks of that lab's model (an analyst firm there is a source: 'la firma SemiAnalysis elevó')."""
    first = qs[0].start if qs else start + LAB_OPENING
    return next((name for a, _, name in orgs if a < min(first, start + LAB_OPENING) and name in makers), None)


LAB_OPENING = 60  # characters: where a sentence's subject stands


# a sentence about a lab's unnamed model: "DeepSeek's reasoning model has 671 billion", 'Metas neues Modell hat'
OWNER_MODEL_AFTER = re.compile(
    r"(?:['’]s|s)\s+(?:[a-zäöü][\w-]*\s+){0,2}(?:model|models|system|flagship|Modell|LLM)\b"
)


def _of_the_owner(text, start, model: ModelMention, orgs, ctx) -> ModelMention | None:
    """A model carried over gives way to the lab whose unnamed model the sentence opens with: after 'Tessera-32B
    ... edging out DeepSeek-R1', "DeepSeek's reasoning model has 671 billion" is DeepSeek-R1's (none, if the
    sentence before named no model of that lab)."""
    if model.start >= start:
        return model
    owner = next(
        (o[2].lower() for o in orgs if o[0] - start <= 4 and OWNER_MODEL_AFTER.match(text, o[1])), None
    )
    maker = (model.org or "").lower()
    if owner is None or (maker and (owner in maker or maker in owner)):
        return model
    named = next((m for m in reversed(ctx.named) if m.org and owner in m.org.lower()), None)
    # (a new model of unknown maker stays when the sentence before named none of that lab's)
    return named if named is not None or maker else model


def _sentence_claims(
    text, start, end, qs, mentions, orgs, ctx, lang, version, labs, owned, from_tags: set[int]
) -> list[Claim]:
    sentence = text[start:end]
    mentions = [
        m
        for m in mentions
        if not NOT_IDENTITY_LOW.search(article_lower(text), max(start, m.start - 40), m.start)
    ]
    source = attribution.attribution(sentence, [o[2] for o in orgs])
    if source and source not in attribution.OUTLETS and any(source == m.surface for m in mentions):
        source = None  # 'Laut dem Fachartikel übertraf LLaMA ...': the first name after the cue is the model
    anaphor = SOURCE_ANAPHOR.search(sentence) if source is None else None
    if anaphor:
        by_name = bool(OUTLET_NOUN.search(anaphor.group()))
        source = attribution.last_outlet(
            text, max(0, start - 1500), start, by_name
        )  # 'Laut Bloomberg ... soll demnach ...'
    found: list[tuple[ModelMention, int | None, int | None, str, Quantity | Tag]] = []
    tag_spans: list[tuple[int, int]] = []
    for m in mentions:
        for tag in tags_of(text, m, end):
            tag_spans.append((tag.start, tag.end))
            if tag.params and tag.params > CONTEXT_TAG:
                found.append((m, tag.params, None, tag.scope, tag))
        tag_spans.append((m.start, m.end))
    free = [q for q in qs if not any(q.start < e and s < q.end for s, e in tag_spans)]
    pair, each_at = shared_pair(text, start, end, mentions)
    both = both_models(text, start, mentions, ctx)  # 'Beide ... aktivieren jeweils 17 Milliarden'
    candidates = parameter_counts(
        text, start, end, free, shared=bool(pair or both), named_ends=frozenset(m.end for m in mentions)
    )
    if (
        lang == "de"
    ):  # '... mit 1,2 Millionen Produktdatenblättern nachtrainiert': German capitalises the noun counted
        candidates = [c for c in candidates if not german_noun_counted(text, c.q, end)]
    if lang in ("es", "fr", "de"):
        candidates = [short_scale_calque(text, c) for c in candidates]
    grouped: dict[int, ModelMention] = {}  # a list's model, for the members after its first
    assigned: dict[int, ModelMention] = {}  # the model each candidate went to
    for i, cand in enumerate(candidates):
        # '..., a model with 671 billion parameters, of which 37 billion are active': the part goes with its whole
        if i - 1 in assigned and PART_OF_PREVIOUS.fullmatch(text, candidates[i - 1].q.end, cand.q.start):
            model = assigned[i - 1]
        else:
            model = model_for(text, start, end, cand, free, mentions, ctx)
        if model is None and cand.q.group is not None:
            model = grouped.get(cand.q.group)  # 'versiones de 8.000 y 70.000 millones': both its model's
        if model is None or another_makers(text, cand.q, model, orgs):
            continue
        model = _of_the_owner(text, start, model, orgs, ctx)
        if model is None:
            continue
        model = _member_of_that_size(text, model, cand.q, ctx)
        model = after_cut(text, start, cand.q, model, mentions, ctx, found)
        if model is None:
            continue
        if cand.q.group is not None:
            grouped.setdefault(cand.q.group, model)
        model = tier_variant(text, start, model, cand.q, free, ctx.counts.values())
        assigned[i] = model
        prev_end = candidates[i - 1].q.end - start if i else 0
        next_start = candidates[i + 1].q.start - start if i + 1 < len(candidates) else None
        column = column_says(text, cand.q.start)
        if column in ("active", "total"):
            column = cue_in_cell(text, cand.q.end) or column  # '| 141B (22B active) |'
        scope = (
            (column if column in ("active", "total") else None)
            or glosses.gloss_scope(
                text, cand.q, free, model.start
            )  # '• 17 billion: Active parameters in ...'
            or part_whole_scope(sentence, start, candidates, i)
            or clauses.scope_of(sentence, cand.q.start - start, cand.q.end - start, prev_end, next_start)
        )
        # 'each' shares the figures of its own clause: '..., chacun 17 milliards actifs'
        shares = (
            pair
            if pair and abs(cand.q.start - each_at) <= SHARE_REACH and not _own_bracket(text, pair, cand.q)
            else both
            or both_in_clause(text, start, cand.q, mentions)
            or both_named_after(text, cand.q, mentions)
        )
        # ('Both activate 17 billion' after 'two Llama 4 models: Scout ... and Maverick': the two, not the family)
        if model in shares or (
            shares is both and both and all(b.model_id.startswith(f"{model.model_id}-") for b in both)
        ):
            found += [(m, cand.q.value, cand.q.high, scope, cand.q) for m in shares]
            continue
        alike = like_it(text, start, cand.q, model, mentions, ctx)
        if alike:
            found += [(m, cand.q.value, cand.q.high, scope, cand.q) for m in alike]
            continue
        successor = change_successor(text, start, cand.q, model, ctx)
        if successor is not None:
            # 'would raise the count from GPT-3's 175 billion to 100 trillion': two figures, two models
            found.append((model, cand.q.value, None, scope, cand.q))
            found.append((successor, cand.q.high, None, scope, cand.q))
            continue
        if changed_to(text, start, cand.q):
            found.append((model, cand.q.high, None, scope, cand.q))
            continue
        found.append((model, cand.q.value, cand.q.high, scope, cand.q))
    found = [f for f in found if not _distilled_tag(text, f[4]) and not _loose_end(text, f[4])]
    for model, value, *_ in found:
        ctx.sizes.setdefault(value, model)
    claims = []
    for f in found:
        status_text = status_clause(text, start, end, f, found)
        claim = build_claim(
            text, start, end, sentence, f, orgs, source, lang, version, labs, status_text, owned
        )
        if isinstance(f[4], Tag):
            from_tags.add(id(claim))
        claims.append(claim)
    return claims


# between a figure and the part of it the next one counts: ' parameters, of which ', ' Mrd. Parameter, von denen '
PART_OF_PREVIOUS = re.compile(
    r"\s*(?:(?:de\s+)?[\w-]*par[aáâ]m\w*)?\s*,?\s*(?:of which|of them|davon|von denen|wovon|dont|"
    r"de los cuales|de las cuales|with|mit|avec|con)\s+(?:[\w~≈.]+\s+){0,2}?",
    re.IGNORECASE,
)
# a name's '1M' is its context, not its size: 'Qwen2.5-1M verarbeitet bis zu eine Million Tokens'
CONTEXT_TAG = 10**6
SHARE_REACH = 40  # characters between a distributive 'each' and the figure it shares


def _member_of_that_size(text: str, model: ModelMention, q: Quantity, ctx: Context) -> ModelMention:
    """A family's possessive before a size one of its members was given is that member: 'Gemma's 27B' after
    'Gemma 2 comes in 2B, 9B and 27B sizes' (but 'Its predecessor, Evo, had 7 billion' is Evo's own)."""
    member = ctx.sizes.get(q.value)
    if (
        member is not None
        and q.suffix
        and member.model_id.startswith(f"{model.model_id}-")
        and FAMILY_POSSESSIVE.fullmatch(text, model.end, q.start)
    ):
        return member
    return model


FAMILY_POSSESSIVE = re.compile(r"['’]s\s+")


OUTLET_NOUN = re.compile(
    r"zeitung|blatt|magazin|medium|outlet|publication|newspaper|paper|site|média|journal|quotidien|medio|diario|"
    r"periódico",
    re.IGNORECASE,
)
# words that point back to the outlet cited before
SOURCE_ANAPHOR = re.compile(
    r"\b(?:demnach|dem Bericht zufolge|laut dem Bericht|laut (?:der|dem) (?:\w*[Zz]eitung|\w*[Bb]latt|\w*[Mm]agazin|Medium)|"
    r"(?:einem|dem) Bericht (?:der|des) (?:\w*[Zz]eitung|\w*[Bb]latte?s|\w*[Mm]agazins|Mediums)|"
    r"the (?:outlet|report|publication|newspaper|paper|site|magazine) (?:said|says|reported|added|wrote)|"
    r"according to the (?:report|outlet|newspaper|paper|magazine|publication)|"
    r"selon (?:le même|le|ce) (?:média|site|journal|quotidien|magazine)|"
    r"d['’]après (?:le même|le|ce) (?:média|site|journal|quotidien|magazine)|"
    r"précise le (?:site|média|journal)|según (?:el mismo|el|ese) (?:medio|diario|informe|reporte|periódico)|"
    r"de acuerdo con (?:el|ese|el mismo) (?:medio|informe|reporte)|según la misma (?:fuente|información)|"
    # the account cited before: 'Last year the same account claimed that ...'
    r"the (?:same )?(?:account|leaker) (?:said|says|claimed|claims|wrote|posted)|"
    r"(?:der|dieser|derselbe) (?:Account|Leaker) (?:schrieb|behauptete|postete)|"
    r"(?:la misma|esa|la) cuenta (?:aseguró|afirmó|escribió|publicó)|le (?:même )?compte (?:affirm|a affirmé|a écrit))\b",
    re.IGNORECASE,
)
