"""A claim's other fields once its figure and model are known: status, source, organisation,
approximation and the evidence span."""

from __future__ import annotations

import re

from claimwatch.extract import clauses, cues, speakers
from claimwatch.extract.mentions import ModelMention, slug
from claimwatch.extract.numbers import is_rounded
from claimwatch.extract.sentences import on_link_line
from claimwatch.extract.tags import tag_in_name
from claimwatch.models import Claim

MAX_EVIDENCE = 400


# a model others are measured against, whose figure is its own fact: the tense before it is not its
COMPARED_TO_BEFORE = re.compile(
    r"\b(?:comparable (?:in size )?(?:to|with)|similar (?:in size )?to|far from|comparable à|semblable à|loin de|"
    r"vergleichbar mit|ähnlich wie|weit entfernt von|comparable a|similar a|lejos de)\s+$",
    re.IGNORECASE,
)


def status_clause(text: str, start: int, end: int, f: tuple, found: list[tuple]) -> str:
    """The words whose future tense sets one claim's status. With one model, the sentence. With several, the
    lead-in before the first model named and the stretch between the neighbouring figures of other models: in
    'Lorelei-2 will have 140B, twice its predecessor Lorelei-1 with 65B', the expectation is Lorelei-2's alone."""
    model, where = f[0], f[4]
    others = [g for g in found if g[0].model_id != model.model_id]
    # 'le groupe disposera d'un modèle comparable à Mistral NeMo, le modèle de 12 milliards': from the model on
    if start <= model.start < where.start and COMPARED_TO_BEFORE.search(
        text, max(start, model.start - 40), model.start
    ):
        start = model.start
    if not others:
        return text[start:end]
    lead_end = min([g[0].start for g in found if g[0].start >= start], default=start)
    left = max([g[4].end for g in others if g[4].end <= where.start], default=start)
    # up to the next other figure, or to its model's name when that comes first
    right = min(
        [
            min(g[4].start, g[0].start) if g[0].start > where.end else g[4].start
            for g in others
            if g[4].start >= where.end
        ],
        default=end,
    )
    lead = text[start:lead_end] if lead_end < left else ""
    return lead + " " + text[left:right]


def build_claim(
    text, start, end, sentence, found, orgs, source, lang, version, labs, status_text, owned
) -> Claim:
    model, value, high, scope, where = found
    q_start = where.start - start
    approx = (
        clauses.is_approx(sentence, q_start)
        or bool(getattr(where, "plus", False))
        or is_rounded(text[where.start : where.end])
    )
    speaker = _speaker(text, start, end, model)  # a cited source or speaker is not the developer
    makers = [
        o
        for o in orgs
        if o[2] not in (source, speaker)
        and not ANALYSTS.search(o[2])
        and not ESTIMATES.match(text, o[1], end)
    ]
    org = _org_for(text, model, makers, owned, start, end)
    if source is None and org and _developer_says(text, start, end, org, orgs):
        source = org  # 'xAI has open-sourced Grok-1, a 314-billion-parameter model': the developer's own word
    # a developer cited by another of its names is still the developer ('según Ai2' for the Allen Institute)
    cited = next((o[2] for o in orgs if source and text[o[0] : o[1]] == source), source)
    status = cues.status_of(sentence, cited, org, labs)
    if status == "expected":  # a future tense belongs to its clause; hedges and estimates to the sentence
        status = cues.status_of(status_text, cited, org, labs)
    hedge = _later_hedge(sentence, where.end - start) if status == "rumored" else None
    if hedge is not None:  # '..., has 671 billion parameters, and reportedly cost under $6 million to train'
        status = cues.status_of(sentence[:hedge], cited, org, labs)
    # a named speaker is who the article cites, though not an outlet: the status stays the sentence's
    source = source or speaker
    if _rumour_before(sentence, q_start):
        status = "rumored"
    ev_start, ev_end = _evidence_span(text, start, end, where.start, where.end)
    return Claim(
        model=(shown := _display_name(model, text)),
        model_id=_coded_id(model, shown),
        org=org,
        params=value,
        params_high=high if high and high > value else None,
        scope=scope,
        status=status,
        approx=approx,
        attributed_to=source,
        evidence=text[ev_start:ev_end],
        start=ev_start,
        end=ev_end,
        lang=lang,
        extractor_version=version,
    )


# firms that size up other people's models ('Sextante Analytics') and build none
ANALYST_FIRM_WORDS = "Analytics|Consulting|Insights|Economics|Advisors|Securities"
ANALYSTS = re.compile(rf"\b(?:{ANALYST_FIRM_WORDS})$")


# an organisation that estimates the size ('researchers at the University of Edinburgh estimate that ...')
ESTIMATES = re.compile(
    r"\s+(?:\w+\s+)?(?:estimates?|estimated|calculates?|calculated|schätz\w*|berechne\w*|estime\w*|calcul\w*|"
    r"estima\w*)\b",
    re.IGNORECASE,
)


def _speaker(text: str, start: int, end: int, model: ModelMention) -> str | None:
    """Who says the sentence: named in it, by the transcript label of its paragraph ('OSTROWSKI: It's 34
    billion'), or by the paragraph whose quotation it continues ('"...," Whitfield said. "It will be ...')."""
    name = speakers.speaker(text[start:end])
    name = name or speakers.label_speaker(text, start) or speakers.quoted_speaker(text, start)
    return None if name is None or model.surface in name or name in model.surface else name


ANNOUNCES = re.compile(
    r"\s*(?:['’]s?\s+)?(?:\w+\s+)?(?:has\s+|have\s+|had\s+|hat\s+|a\s+|ha\s+)?(?:said|says|announc\w*|releas\w*|"
    r"open[‑-]?sourc\w*|introduc\w*|unveil\w*|disclos\w*|detail\w*|confirm\w*|launch\w*|publish\w*|"
    r"stellt\w*|veröffentlich\w*|kündigt\w*|präsentier\w*|bestätig\w*|annonc\w*|dévoil\w*|présent\w*|"
    r"publi\w*|lanz\w*|anunci\w*|present\w*|confirm\w*)\b",
    re.IGNORECASE,
)


def _developer_says(text: str, start: int, end: int, org: str, orgs) -> bool:
    """The developer is the subject of an announcing verb in the sentence ('When OpenAI introduced GPT-3,
    it detailed ...', 'Meta hat Llama 3 veröffentlicht')."""
    return any(
        name == org
        and (says := ANNOUNCES.match(text, o_end, end))
        and not cues.NEGATED_BEFORE.search(says.group().lower())  # 'OpenAI never disclosed the size of GPT-4'
        and not re.search(
            r"\b(?:de|del|des|du|von|of|by|par|por|di)\s+$", text[max(start, o_start - 6) : o_start]
        )
        for o_start, o_end, name in orgs
        if start <= o_start < end
    )


# an adverb that hedges the verb right after it ('reportedly cost', 'was supposedly too dangerous')
HEDGE_ADVERB = re.compile(
    r"\b(?:reportedly|supposedly|allegedly|angeblich|supuestamente|presuntamente|prétendument)\s+\w+\s+\w+",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|und|aber|et|mais|y|pero)\s")


def _later_hedge(sentence: str, figure_end: int) -> int | None:
    """Where the sentence's only hedges start, when each stands after the figure, past a clause break, before
    a verb of its own: it then hedges another statement than the figure's."""
    hedges = list(cues.RUMOR.finditer(sentence))
    if not hedges or not all(
        h.start() >= figure_end
        and HEDGE_ADVERB.match(sentence, h.start())
        and CLAUSE_BREAK.search(sentence, figure_end, h.start())
        for h in hedges
    ):
        return None
    return hedges[0].start()


def _rumour_before(sentence: str, q_start: int) -> bool:
    """'the rumour that it has 1.8T', 'la rumeur ..., qui évoquait 1,8 billion': a rumour noun earlier in
    the sentence governs the figure unless a confirmation stands between them."""
    nouns = list(cues.RUMOR_NOUN.finditer(sentence, 0, q_start))
    return (
        bool(nouns)
        and not cues.OFFICIAL_CUE.search(sentence, nouns[-1].end(), q_start)
        and not cues.LEAKED_DOCUMENT.search(sentence, 0, q_start)
    )


# size tags glued to a name by hyphens: 'Qwen2.5-72B', 'Qwen3-235B-A22B'
GLUED_TAGS = re.compile(
    r"(?:[-‑]A?\d+(?:\.\d+)?(?:[BMT]|[bmt]\d?)(?!\w|\.\d))+"
)  # and 'bloom-7b1', 'BLOOM-560m'
# a release code glued after a size tag, of capitals and digits: '-4E1T' (four epochs on one trillion tokens),
# not a count of experts ('Llama-4-Scout-17B-16E')
GLUED_CODE = re.compile(
    r"[-‑](?!A?\d+(?:\.\d+)?[BMT](?![\w-]))(?!\d{1,3}E(?![\w-]))(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{2,6}(?![\w-])"
)
CODE_AFTER_SIZE = re.compile(r"\d[BMT]" + GLUED_CODE.pattern + "$")
GLUED_MOE = re.compile(r"[-‑]MoE(?=[-‑])")
# a variant glued to a known name or its size tag: a flavour ('-Instruct', '-it', '-chat', '-reasoning'), a
# context length ('Phi-3-Medium-4k-Instruct'), a version ('-Instruct-v0.3') or a release date ('Mistral-Large-2407',
# 'GPT-4-0613', '-Instruct-2407'): leaderboards and model hubs name the variant so
GLUED_FLAVOUR = re.compile(
    r"(?:[-‑](?:Instruct|instruct|it|IT|Chat|chat|Base|base|Reasoning|reasoning|Thinking|thinking|Preview|preview|"
    r"\d{1,3}[kK]|v\d+(?:\.\d+)*|2[3-6](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[0-3]\d))+(?![\w-]|\.\d)"
)


def _coded_id(m: ModelMention, shown: str) -> str:
    """The family's id, but a release code after the size makes a model of its own: 'StableLM-3B-4E1T' is not
    the 'StableLM-Alpha' of the same 3 billion."""
    code = CODE_AFTER_SIZE.search(shown) if m.known and len(shown) > len(m.surface) else None
    return f"{m.model_id}-{slug(shown[len(m.surface) :])}" if code else m.model_id


def _display_name(m: ModelMention, text: str) -> str:
    """The name as written, without a size tag at its end ('Mistral 7B' -> 'Mistral'), but whole when the
    tag is part of the name itself ('Hunyuan-A13B', whose A13B says what is active) or is glued by a hyphen
    to a version number ('Qwen2.5-72B', 'Qwen3-235B-A22B': written as one name; model_id stays the family's)."""
    inner = tag_in_name(m.surface, 0)
    if inner is None:
        # (a known name that ends in a word shows its glued size too: 'Qwen2.5-Coder-32B-Instruct')
        # 'Qwen1.5-MoE-A2.7B': a glued '-MoE' before the tags belongs to the name
        moe = GLUED_MOE.match(text, m.end) if m.known else None
        after = moe.end() if moe and GLUED_TAGS.match(text, moe.end()) else m.end
        tail = GLUED_TAGS.match(text, after) if m.surface[-1:].isdigit() or m.known else None
        end = tail.end() if tail else m.end
        code = GLUED_CODE.match(text, end) if tail else None
        end = code.end() if code else end  # 'StableLM-3B-4E1T': a code after the size is part of the name
        flavour = GLUED_FLAVOUR.match(text, end) if m.known else None
        # 'Llama-3.1-8B-Instruct', 'Mistral-Nemo-Instruct-2407': the most specific variant, as written
        return text[m.start : flavour.end()] if flavour else text[m.start : end] if tail else m.surface
    if inner.scope == "active":
        # 'Hunyuan-A13B' names the model; a new model's 'Moxin-3-480B-A35B' shows as 'Moxin-3' (its id keeps all)
        sized = None if m.known else NEW_NAME_TAGS.search(m.surface)
        return m.surface[: sized.start()] if sized and sized.start() else m.surface
    base = m.surface[: inner.start].rstrip(" -‑–_")
    glued = m.surface[len(base) : inner.start] in ("-", "‑")
    if m.known and m.surface[inner.start] in "-‑":  # 'Mistral-7B-Instruct-v0.3': the variant as written
        rest, after = m.surface[inner.end :], GLUED_FLAVOUR.match(text, m.end)
        if after or (rest and GLUED_FLAVOUR.fullmatch(rest)):
            return text[m.start : after.end() if after else m.end]
    return m.surface if glued and base[-1:].isdigit() else base


NEW_NAME_TAGS = re.compile(r"(?<=\d)[-‑]\d+(?:\.\d+)?[BMT][-‑]A\d+(?:\.\d+)?[BMT]$")


def _org_for(text: str, model: ModelMention, orgs, owned: frozenset, start: int, end: int) -> str | None:
    """The developer: as the article names it right by the model ("Google's Gemini", 'Deepmind Chinchilla',
    'MPT by Databricks') when that agrees with the gazetteer, else the gazetteer's, else the nearest named."""
    for o_start, o_end, name in orgs:
        if o_start == model.start and o_end < model.end and not model.known:
            return name  # a new model named after its maker
        if o_start < model.end and model.start < o_end:
            continue
        before = o_end <= model.start and re.fullmatch(r"(?:['’]s)?\s{0,2}", text[o_end : model.start])
        after = re.fullmatch(
            r",?\s+(?:by|from|von|de|del|di|van|par)\s+(?:the\s+)?", text[model.end : o_start]
        )
        if (before or after) and (model.org is None or _related(name, model.org)):
            # 'Microsoft and NVIDIA's Megatron-Turing NLG': one of a joint model's developers names them all
            return model.org if model.org and " and " in model.org and name in model.org else name
    if model.org:
        return model.org
    # a new model is not made by a lab named as the owner of another, known model ('beats Meta's Llama 3'),
    # unless that lab is all its own sentence names ('Kyutai's Moshi is built on a model called Helium')
    makers = [o for o in orgs if not incidental(text, o)]
    free = [o for o in makers if (o[0], o[1]) not in owned]
    return _nearest_org(model, free or [o for o in makers if start <= o[0] < end])


# an organisation named as a chip maker or a host is not the developer: '16,000 Nvidia H100 chips',
# 'available on Hugging Face', 'auf Hugging Face verfügbar', 'via Azure'
HARDWARE_AFTER = re.compile(
    r"['’]?s?\s+(?:[A-Z]{1,3}\d{2,4}\w*|Blackwell|Hopper|Gaudi|Instinct|Ascend|Trainium|GPUs?|chips?|TPUs?|"
    r"Grafikkarten|Chips|puces|cartes graphiques|tarjetas gráficas)\b"
)


HOST_BEFORE = re.compile(
    r"\b(?:on|auf|sur|via|über|through|en|in|(?:download\w*|descarg\w*|télécharg\w*|herunterlad\w*)\s+(?:\w+\s+)?"
    r"(?:from|von|de|desde|depuis))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a partner in the work, not its maker: 'Kerbis AI hat gemeinsam mit Forschenden der Eberhard Karls Universität'
PARTNER_BEFORE = re.compile(
    r"\b(?:gemeinsam mit|zusammen mit|together with|in (?:collaboration|partnership) with|en collaboration avec|"
    r"en partenariat avec|junto con|en colaboración con|en alianza con|"
    # where a lab came from: 'a lab spun out of the University of Waterloo', 'eine Ausgründung der TU München'
    r"spun (?:out|off) (?:of|from)|spin-?off (?:of|from)|Ausgründung (?:der|des|von)|issue? de|surgid[oa] de)"
    r"\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


# where a lab's people once worked: 'fondée par d'anciens chercheurs de Naver et de Samsung', 'ex-Google'
FORMER_BEFORE = re.compile(
    r"\b(?:former|ex|ehemalig\w*|früher\w*|anciens?|anciennes?|antiguos?|antiguas?|exempleados|alumni)\b"
    r"[^.;:()\n]{0,40}$",
    re.IGNORECASE,
)


# an analyst's employer, not the developer: 'Kerrow Research analyst Dev Malhotra', 'analyste chez Sorvane'
ANALYST_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:(?:senior|chief|lead|leitende[rn]?)\s+)?(?:analysts?|Analyst\w*|analyste|analista|economist|Ökonom\w*)\b"
)
RESEARCHERS_AFTER = re.compile(
    r"\s+(?:researchers|scientists|(?:research\s+)?paper|study|Studie|Forscher\w*)\b"
)
ANALYST_BEFORE = re.compile(
    r"\b(?:analysts?|Analyst\w*|analyste|analista)\s+(?:at|of|bei|von|chez|de|del|en)\s+(?:the\s+|der\s+)?$"
)


def incidental(text: str, org: tuple[int, int, str]) -> bool:
    """A chip maker, a host, a partner, a former employer or an analyst's firm named by a model, not its
    developer; or a name in a link to another story."""
    start, end, _ = org
    return bool(
        HARDWARE_AFTER.match(text, end)
        or HOST_BEFORE.search(text, max(0, start - 12), start)
        or PARTNER_BEFORE.search(text, max(0, start - 60), start)
        or FORMER_BEFORE.search(text, max(0, start - 50), start)
        or ANALYST_AFTER.match(text, end)
        or ANALYST_BEFORE.search(text, max(0, start - 30), start)
        or on_link_line(text, start)
    )


OWNER_BEFORE = re.compile(r"(?:['’]s?)?[ \u00a0]?$")  # 'Meta's Llama 3', 'Metas Llama 3', 'Meta Llama 3'
# 'Llama 3 de Meta', 'Llama 4 Maverick, le modèle de Meta', 'Gemma 2, the open model from Google'
OWNER_AFTER = re.compile(
    r"(?:[ \u00a0-]A?\d+(?:\.\d+)?[BMT])?,?\s+(?:(?:le|la|the|das|el|its|sein)\s+(?:[\w-]+\s+){0,2}?(?:modèle|model|Modell|modelo|LLM)\s+)?"
    r"(?:de|del|von|from|by|of|par|di|d['’])\s*(?:the\s+)?"
)
# the maker in an apposition's model noun: 'GPT-2, the OpenAI model that ...', 'Llama 3.1, das große Meta-Modell'
OWNER_APPOSED = re.compile(r",\s+(?:the|an?|das|ein)\s+(?:[\w-]+\s+)?")
OWNER_NOUN_AFTER = re.compile(r"[\s-](?:model|Modell|LLM)")  # the maker written into the noun


def owners_of_known(text: str, orgs, models) -> frozenset[tuple[int, int]]:
    """The organisations named as the maker of a known model right by its name ('Meta's Llama 3', 'Qwen2.5
    72B, de Alibaba'): they stand for that model's maker, not for a new model's."""
    owned = set()
    known = [m for m in models if m.known]
    for start, end, name in orgs:
        for m in known:
            before = end <= m.start and m.start - end <= 3
            after = m.end <= start and start - m.end <= 40
            if not (before or after) or (m.org and not _related(name, m.org)):
                continue
            if (
                (before and OWNER_BEFORE.fullmatch(text, end, m.start))
                or (after and OWNER_AFTER.fullmatch(text, m.end, start))
                or (
                    after
                    and OWNER_APPOSED.fullmatch(text, m.end, start)
                    and OWNER_NOUN_AFTER.match(text, end)
                )
            ):
                owned.add((start, end))
    return frozenset(owned)


def _related(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _nearest_org(model: ModelMention, orgs) -> str | None:
    if not orgs:
        return None
    return min(orgs, key=lambda o: abs(o[0] - model.start))[2]


def _evidence_span(text: str, start: int, end: int, q_start: int, q_end: int) -> tuple[int, int]:
    """The sentence, or for a very long one the stretch of it around the figure."""
    if end - start <= MAX_EVIDENCE:
        return start, end
    a = max(start, q_start - MAX_EVIDENCE // 2)
    b = min(end, a + MAX_EVIDENCE)
    return a, b


def with_estimator(text: str, orgs: list, owned: frozenset, since: int, claims: list[Claim]) -> list[Claim]:
    """An estimate cites the firm named last in its sentence or the one before ('Das Analysehaus Ferrant
    Research ... In einer Kurzstudie schätzt es ...'), when that is not the model's developer."""
    out = []
    for c in claims:
        if c.status == "estimated" and c.attributed_to is None:
            firms = [
                o[2]
                for o in orgs
                if since <= o[0] < c.end
                and o[2] != c.org
                and (o[0], o[1]) not in owned
                and (
                    ANALYST_NAME.search(o[2])
                    or ANALYST_BEFORE.search(text, max(0, o[0] - 40), o[0])
                    or RESEARCHERS_AFTER.match(text, o[1])  # 'a paper by Microsoft researchers'
                )
            ]
            if firms:
                c = c.model_copy(update={"attributed_to": firms[-1]})
        out.append(c)
    return out


# a firm whose trade is analysis: by its name ('Harwick Analytics', 'Bastión Research') or by what the text calls it
ANALYST_NAME = re.compile(rf"\b(?:Research|{ANALYST_FIRM_WORDS})$")
ANALYST_BEFORE = re.compile(
    r"\b(?:research (?:firm|group|house)|analyst firm|analysts? at|consultancy|think tank|Analysehaus|"
    r"Marktforsch\w*|Beratungs\w*|Analysten (?:von|der|bei)|Forschungs(?:gruppe|institut)|cabinet|"
    r"analystes? (?:de|du|chez)|consultora|consultoría|analistas? de|"
    # the researchers of a firm who published the estimate: 'Forscher von Microsoft', 'investigadores de Microsoft'
    r"(?:researchers|scientists|investigador[ae]s|chercheu(?:rs|ses)|Forscher(?:innen)?|Forschende) "
    r"(?:at|from|of|de|del|von|bei))\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
