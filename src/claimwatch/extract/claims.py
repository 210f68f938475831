"""Turn one article's text into claims: find figures, decide which are parameter counts, pair each
with the model it belongs to, and read the status, scope, approximation and source around it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimwatch.extract import cues
from claimwatch.extract.gazetteer import Gazetteer, name_key
from claimwatch.extract.names import NAMING_CUE, QUOTES, ModelMention, find_all_models, find_orgs
from claimwatch.extract.numbers import Quantity, find_quantities, is_rounded, lower_in_place, parse_amount
from claimwatch.extract.sentences import split_sentences
from claimwatch.extract.tables import bare_figures, column_says
from claimwatch.extract.tags import Tag, tag_in_name, tags_after
from claimwatch.models import Claim

PARAM_WORD = re.compile(r"par[aáâ]m", re.IGNORECASE)
# after a figure: optional words, then a parameter noun ("70 billion parameters", "2 Bio. Gesamtparametern")
PARAM_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:of|de|d['’]|di|van|an|von)\s*)?(?:[^\W\d][\w’'-]*\s+){0,2}?[\w-]*par[aáâ]m",
    re.IGNORECASE,
)
SIZES_NOUN_BEFORE = re.compile(
    r"\b(?:variants?|versions?|sizes?|Varianten|Versionen|Größen?|variantes?|tailles?|versi[oó]n(?:es)?|tamaños?|"
    r"taglie|versioni)(?:\s+(?:of|von|de|di))?\s+$",
    re.IGNORECASE,
)
MODEL_NOUN_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:parameter|Parameter)[\s\-‑–]*)?(?:(?:language|foundation|reasoning|vision|base|dense|open)\s+)?"
    r"(?:[\w-]*model\w*|LLMs?|modèles?|modelos?|modell[io]|versions?|"
    r"weights|Gewichte|poids|pesos|pesi|"
    r"variant\w*|sizes?|flavou?rs?|Größen|Versionen|tailles|tamaños|versiones|taglie|versioni|checkpoints?)\b",
    re.IGNORECASE,
)
DISTRACTOR_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:of|de|di|an)\s+|d['’]\s*)?(?:(?!param|Param|(?:per|par|por|pro|pour|je)\s)[^\W\d]{3,}\s+){0,2}(?:tokens?|token|jetons?|wörter|words?|mots|palabras|users?|nutzer\w*|"
    r"utilisateurs?|usuarios?|downloads?|dollars?|euros?|dólares|yuan|yen|pounds|gpus?|chips?|flops?|"
    r"images?|bilder|hours?|stunden|heures|horas|requests?|anfragen|suchanfragen|requêtes|consultas|"
    r"pages?|seiten|documents?|dokumente|examples?|beispiele|people|menschen|personnes|personas|"
    r"bytes?|[kmgt]b\b|sequences?|steps?|schritte|étapes|lines?|zeilen|samples?|queries|devices?|geräte\w*|"
    r"appareils?|dispositi\w+|apparaten|smartphones?|phones?|teléfonos|subscribers?|abonnenten|abonnés|"
    r"suscriptores|customers?|kunden|clients?|clientes|views|aufrufe|vues|visitas|messages?|nachrichten|"
    r"employees|mitarbeiter\w*|salariés|empleados|cars|autos|voitures|coches|times|mal|fois|veces|"
    r"operations|opérations|operaciones|operationen|rechenoperationen)",
    re.IGNORECASE,
)
NEGATION_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno|\bnicht|\bkein\w*|\bpas|\bjamais|\bni|\bnunca|\bnon|\bniet|\bgeen)\b[^,.;]{0,45}$",
    re.IGNORECASE,
)
DENIAL_BEFORE = re.compile(
    r"\b(?:denied|denies|ruled out|rules out|dementi\w*|bestr(?:eitet|itt|itten)|negó|niega|niegan|descart\w+|"
    r"smenti\w*|ontkent|ontkende|démenti\w*|rejected|dismissed|wies\w* zurück)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# a correction note quotes the figure it withdraws: 'An earlier version of this story said X had 48 billion'
WITHDRAWN = re.compile(
    r"\b(?:(?:an?|the) (?:earlier|previous|prior|original) version of this|(?:einer|der) (?:früheren|vorherigen|"
    r"ersten) (?:Version|Fassung)|(?:une|la) (?:première |précédente )?(?:version|précédente version) (?:précédente |antérieure )?de cet|"
    r"(?:una|la) versión (?:anterior|previa) de (?:esta|este)|una versione precedente di quest|"
    r"(?:this|the) (?:article|story|report|post) (?:incorrectly|wrongly|mistakenly|erroneously) (?:said|stated|reported))",
    re.IGNORECASE,
)
_WITHDRAWN_LOW = cues.lowered(WITHDRAWN)
# a figure inside an if-clause or a rhetorical question is not a claim: "Hätte GPT-4 nur 100 Milliarden ..."
HYPOTHETICAL = re.compile(
    r"(?:\b(?:if|even if|wenn|falls|hätte|hätten|wäre|wären|et si)\b|(?:^|[,;:«\"„“]\s*)(?:si|als)\s"
    r"|^\s*(?:would|could)\b)[^,;:]*$",
    re.IGNORECASE,
)
PER_PART_AFTER = re.compile(
    r"[^,.;]{0,30}\b(?:each|apiece|jeweils|je|chacun\w*|cada uno|ciascuno|per expert)\b"
    r"(?!\s+(?:incoming |processed )?(?:token|Token|input|request))",
    re.IGNORECASE,
)
PER_PART_BEFORE = re.compile(
    r"(?:\bje|\bjeweils|\beach|\b(?:each of (?:which|them|these)|jede[rs]? davon|chacun d['’](?:eux|entre eux)|"
    r"cada uno de (?:ellos|estos))\b[^,.;]{0,40})\s+$",
    re.IGNORECASE,
)
_EQUALS_BEFORE = re.compile(
    r"\b(?:equivale a|equivalen a|equals|is equal to|entspricht|entsprechen|équivaut à|es igual a)\s+$"
)
_DEFINES_WORD = re.compile(
    r"\b(?:un|a|one|eine?|ein)\s+['‘’\"«]?(?:billón|billion|trillion|milliard|milliarde|billion)['‘’\"»]?\s+"
    r"(?:es|is|est|ist|equivale|entspricht|équivaut|means|significa|bedeutet|signifie)\b"
)
PARAM_LABEL = re.compile(
    r"^[ \t•*·-]*(?:(?:total|totale?s?|aktive|active|activos?|actifs?|gesamte?)\s+)?"
    r"(?:parameters?|parameter(?:zahl|anzahl)?|params|paramètres|parámetros|parametri)"
    r"(?:\s+(?:total|totales|actifs?|activos?|aktiv|\(\w+\)))?\s*[:：]\s*(?:ca\.|~|≈|about|etwa|rund|environ|unos)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
ACTIVATED_AFTER = re.compile(
    r"\s*(?:(?:Parameter\w*|parameters|paramètres|parámetros)\s+)?(?:aktiv\w*|activ\w*|actifs?)\b", re.I
)
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
MAX_EVIDENCE = 400
GENERIC_PLURAL = re.compile(
    r"\b(?:models|Modelle|Modellen|modèles|modelos|modelli|modellen|LLMs|systems|Systeme|systèmes|sistemas)\s+"
    r"(?:with|mit|avec|de|con|of|met|von der Größe|von der Grösse|der Größe)\b",
    re.IGNORECASE,
)
# '6 billion are active per token', '12,9 milliards seulement actifs', '13.000 millones están activos'
SCOPE_SOON = re.compile(
    r"\s*(?:[\w’']+\s+){0,3}?(?:activ|aktiv|actif|attiv|per token|pro token|par token|por token|je token|"
    r"par jeton|(?:à|pour) chaque (?:token|jeton|requête|mot)|por cada (?:token|palabra)|en cada paso|bei jeder Berechnung|"
    r"(?:für|bei) jede[mns]? (?:Token|Anfrage|Wort)|"
    r"(?:for|on) (?:any|each|every) (?:given )?token|sollicit|mobilis|"
    r"à chaque étape|(?:per|at each|in each) step|zum Einsatz|au total|"
    r"en total|in total|insgesamt|total)",
    re.IGNORECASE,
)
# 'the 405B model trails Orion-X': a name after a comparison word is the thing compared with
COMPARISON = re.compile(
    r"\b(?:than|behind|ahead of|hinter|vor|als|compared|versus|vs|against|gegen|que|qu['’]|contre|frente|like|wie|"
    r"comme|como|beats?|outperform\w*|übertr\w+|surpass\w*|supera\w*|rivals?|rivalis\w*|trails?)\b",
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
# the part a 'davon/of which' figure names is the active one, not embeddings or an encoder
PART_ACTIVE = re.compile(
    r"activ|aktiv|actif|token|arbeiten|genutzt|eingesetzt|zum Einsatz|used|in use|utilis|sollicit|mobilis|utiliz|"
    r"usad|usan|emplea|en cada paso|procesar cada|bei jeder|für jede|à chaque|pour chaque",
    re.IGNORECASE,
)
RESTATED = re.compile(rf"(?:{cues.RESTATE_WORDS})\s*,?\s*$", re.IGNORECASE)
# a part of a model named as such ('each expert', 'un décodeur', 'ein Encoder'), not 'mixture-of-experts'
COMPONENT_BEFORE = re.compile(
    r"\b(?:each|every|jede[rsmn]?|chaque|cada|an?|une?|uno|una|ein(?:e[nmr]?)?|the|its|der|die|das|dem|den|le|la|el|"
    r"l['’]|su|son|sa|sein\w*)\s+(?:[\w-]+\s+){0,2}?(?<!of )(?<!de )(?<!aus )(?<!d['’])"
    r"(?:\w+[-‑])?(?:experts?|Experte[n]?|experto|encoders?|encodeur|codificador|"
    r"decoders?|décodeur|decodificador|backbone|vision tower)\b[^,.;:]{0,25}$",
    re.IGNORECASE,
)
DAVON_AFTER = re.compile(
    r"\s+(?:davon|de ceux-ci|d['’]entre eux|de ellos)\b", re.IGNORECASE
)  # '... nur 37 Milliarden davon'
PART_INTRO_BEFORE = re.compile(
    r"\b(?:davon|von denen|of which|dont|de los cuales|de las cuales|de ellos|di cui|waarvan)\b[^,.;]{0,30}$",
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


@lru_cache(maxsize=4)
def _low(text: str) -> str:
    """The article lower-cased at the same offsets, made once: case-insensitive cues scan it faster."""
    return lower_in_place(text)


def _uncompared(text: str, start: int, mentions: list[ModelMention]) -> list[ModelMention]:
    """The names not compared with: after 'beats Llama 3.1 8B and Mistral 7B', neither is the subject."""
    out = []
    previous_compared = False
    for i, m in enumerate(mentions):
        compared = bool(_COMPARED_LOW.search(_low(text), max(start, m.start - 40), m.start)) or (
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
    r"(?:model|Modell|modèle|modelo|modello|LLM|network|Netz\w*|réseau|red)\b[^,.;()]{0,25}"
    r"|\b(?:other|andere[nr]?|autres|otros)\s|\b(?:one|uno|una|une|eines?|één)\s+(?:of|de|van)\s"
    # 'un « professeur » de 70 milliards', 'a teacher with 70 billion'
    r"|\b(?:a|an|un|une|ein|eine|einen|einem|uno|una)\s+[«\"“„]?\s*[^\W\d]+\s*[»\"”“]?\s+"
    r"(?:of|de|d['’]|with|mit|avec|con|von)\s+)$",
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


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure judged to be a parameter count, before it is paired with a model."""

    q: Quantity
    strong: bool  # a parameter noun or a model noun next to it


@dataclass
class Context:
    """What earlier sentences said: the latest subject, how long ago, and the article's main model."""

    subject: ModelMention | None = None
    age: int = 0
    counts: dict[str, tuple[int, ModelMention]] = field(default_factory=dict)
    sizes: dict[int, ModelMention] = field(default_factory=dict)  # a figure -> the first model given it
    last: ModelMention | None = None  # the model named last, which 'the latter' or 'Dieses' points to
    upcoming: list[ModelMention] = field(default_factory=list)  # the next sentence's names

    def saw(self, mentions: list[ModelMention], text: str = "", start: int = 0) -> None:
        """Note a sentence's names: the first one not compared with is its subject."""
        self.age += 1
        self.last = mentions[-1] if mentions else self.last
        mentions = _uncompared(text, start, mentions) if text and mentions else mentions
        if mentions:
            self.subject, self.age = mentions[0], 0
        for m in mentions:
            n, _ = self.counts.get(m.model_id, (0, m))
            self.counts[m.model_id] = (n + 1, m)

    def topic(self) -> ModelMention | None:
        if not self.counts:
            return None
        return max(self.counts.values(), key=lambda pair: pair[0])[1]


def extract_from_text(text: str, lang: str, gaz: Gazetteer, version: str) -> list[Claim]:
    """All claims in text, first mention of each (model, value, scope) kept."""
    low = lower_in_place(text)
    if not _RAW_HINT_LOW.search(low):
        return []  # not even a parameter word or a size: the number grammar need not read it
    quantities = [q for q in find_quantities(text, lang) if not q.money]
    if "|" in text:
        quantities = _with_table_units(text, quantities, lang)
    tags_at = [m.start() - 1 for m in TAG_HINT.finditer(text)]  # where a size tag like 70B may stand
    if not tags_at and not _may_count_parameters(text, quantities):
        return []  # most news: no sentence can be claimable, so none is split or read
    claims: list[Claim] = []
    ctx = Context()
    sourced: dict[int, str] = {}
    spans = split_sentences(text)
    sentences = _assign(quantities, spans)
    claimable = [_may_claim(text, start, end, qs, tags_at) for (start, end), qs in sentences]
    regions = _regions(text, sentences, claimable)
    all_orgs = [o for a, b in regions for o in find_orgs(text, a, b, gaz)]
    all_models = find_all_models(text, gaz, spans, all_orgs, regions, low)
    if not all_orgs and not AI_CONTEXT.search(text):
        # 'Llama wool prices depend on 7 billion parameters': in a text with no sign of being about AI, a
        # one-word name followed by a noun is the ordinary word ('Gemini has 1 trillion parameters' stays)
        all_models = [m for m in all_models if not (m.known and m.surface.isalpha() and _noun_after(text, m))]
    labs = frozenset(o[2] for o in all_orgs if o[2] in gaz.orgs)
    all_orgs = _org_mentions(text, regions, all_orgs, all_models, gaz)
    orgs_in = _per_sentence(spans, all_orgs, lambda o: o[0])
    models_in = _per_sentence(spans, all_models, lambda m: m.start)
    for i, (((start, end), qs), can_claim, orgs, mentions) in enumerate(
        zip(sentences, claimable, orgs_in, models_in, strict=True)
    ):
        ctx.upcoming = models_in[i + 1] if i + 1 < len(models_in) else []
        item = _new_item(text, start)
        if item:
            # a bullet leaves the subject behind; a live-blog entry the whole article so far
            ctx.subject, ctx.age = None, 0
            if item == "entry":
                ctx.counts = {}
        if (qs or mentions) and can_claim and not _WITHDRAWN_LOW.search(low, start, end):
            claims += _sentence_claims(
                text,
                start,
                end,
                qs,
                mentions,
                orgs or _orgs_before(all_orgs, start),
                ctx,
                lang,
                version,
                labs,
            )
            _note_sources(text[start:end], qs, mentions, gaz, sourced)
        ctx.saw(mentions, text, start)
    claims = [_inherit_source(c, sourced) for c in _first_of_each(claims)]
    claims = _full_names(text, claims, gaz)
    hints = _developer_hints(text, spans, models_in, orgs_in)
    return _developed_by(text, _family_orgs(claims, gaz, hints), gaz)


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


def _developed_by(text: str, claims: list[Claim], gaz: Gazetteer) -> list[Claim]:
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


AI_CONTEXT = re.compile(
    r"\b(?:AI|KI|IA|LLMs?|A\.I\.|chatbots?|neural|machine learning|deep learning|open[- ]source|open weights?|"
    r"GPUs?|models?|Modell\w*|modèles?|modelos?|modell[io]|Sprachmodell\w*|language models?|benchmarks?|"
    r"inference|training|Training|entraînement|entrenamiento|tokens?|Token)\b"
)


# everything `_may_count_parameters` or a size tag needs shows in the raw text as one of these
RAW_HINT = re.compile(
    r"par[aáâ]m|\d\s?(?:[BbMTKk]|bn|tn|mn|tsd|Mrd|Mio|Bio|mln|mld|md|mds|mi|bi|tri)\b|\||total|activ|aktiv|actif|attiv",
    re.IGNORECASE,
)
_RAW_HINT_LOW = cues.lowered(RAW_HINT)


NOT_A_NOUN = re.compile(
    r"(?:[a-z]+(?:s|ed|ing|ly)|has|had|have|is|was|are|were|be|can|could|will|would|may|might|must|should|does|"
    r"did|to|of|in|on|at|by|for|with|from|as|than|that|which|who|now|also|still|only|just|and|or|but|hat|ist|war|"
    r"wird|soll|kann|und|oder|mit|von|für|a|est|et|ou|avec|de|du|es|y|o|con|tiene|cuenta|tendrá)"
)


def _noun_after(text: str, m: ModelMention) -> bool:
    after = re.match(r" ([a-zäöüßéèàç]+)\b", text[m.end : m.end + 30])
    return bool(after) and not NOT_A_NOUN.fullmatch(after.group(1))


def _may_count_parameters(text: str, quantities: list[Quantity]) -> bool:
    """The article-wide form of `_may_claim`: a parameter word, a size like 70B, a digest-style 'total'
    or 'active' right after a figure, or a table; without any of these no sentence can hold a claim."""
    if not quantities:
        return False
    return (
        bool(PARAM_WORD.search(text))
        or "|" in text
        or any(q.suffix or SCOPE_RIGHT_AFTER.match(text, q.end) for q in quantities)
    )


def _org_mentions(text: str, regions, orgs: list, models: list[ModelMention], gaz: Gazetteer) -> list:
    """The organisations named, as developers may be: not the 'DeepSeek' inside 'DeepSeek-R1', and a new
    lab ('Stratacloud Inc.') wherever its name stands again ('Stratacloud's comparison')."""
    # (an organisation that starts a new model's name stays: 'DeepSeek-R1-Distill-Qwen', 'Kyutai TTS')
    found = [
        o
        for o in orgs
        if not any(o[0] < m.end and m.start < o[1] and (m.known or m.start != o[0]) for m in models)
    ]
    names = {o[2] for o in found if o[2] not in gaz.orgs and len(o[2]) > 3}
    for name in names:
        again = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        found += [(m.start(), m.end(), name) for a, b in regions for m in again.finditer(text, a, b)]
    spans = sorted(set(found))
    return [o for i, o in enumerate(spans) if not any(p[0] < o[1] and o[0] < p[1] for p in spans[:i])]


def _with_table_units(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """The bare figures of a table column whose header gives their unit ('Parameter (Mrd.)' over '9,2'),
    read as amounts beside the others."""
    taken = {(q.start, q.end) for q in quantities}
    added = []
    for start, end, unit in bare_figures(text):
        value = parse_amount(f"{text[start:end]} {unit}", lang)
        if value is not None and (start, end) not in taken:
            added.append(Quantity(start, end, value))
    return sorted(quantities + added, key=lambda q: q.start) if added else quantities


def _full_names(text: str, claims: list[Claim], gaz: Gazetteer) -> list[Claim]:
    """A person cited by surname ('Whitcombe says') under the full name the article gave ('Dana Whitcombe')."""
    out = []
    for c in claims:
        name = c.attributed_to
        if name and name.isalpha() and name[0].isupper() and not _known_name(name, gaz):
            full = re.search(rf"\b((?:[A-ZÀ-Ý][\w'’-]+ ){{1,2}}){re.escape(name)}\b", text)
            if full and not any(w in NOT_FIRST_NAMES for w in full.group(1).split()):
                c = c.model_copy(update={"attributed_to": full.group(1) + name})
        out.append(c)
    return out


def _known_name(name: str, gaz: Gazetteer) -> bool:
    return (
        name in cues.OUTLETS or name_key(name) in gaz.org_index.keys or name_key(name) in gaz.model_index.keys
    )


# capitalised words before a surname that are no first name
NOT_FIRST_NAMES = frozenset(
    """The A An Der Die Das Le La Les El Los Las Dr Prof CEO CTO Chef Chefin Mr Mrs Ms Sr Sra Mme M Herr Frau
    Analyst Analystin Professor Professorin President Präsident Director Laut Según Selon According How What Why
    When Where Who With For From In On At By And But Or Wie Was Warum Wann Wo Mit Für Von Und Aber Comment Pourquoi
    Quand Avec Pour Et Mais Cómo Qué Por Con Para Y Pero""".split()
)


def _developer_hints(
    text: str, spans: list[tuple[int, int]], models_in: list[list], orgs_in: list[list]
) -> dict[str, str]:
    """For new models: the organisation named nearest to them the first time a sentence names both
    ('Northstar AI will present Orion-X Mini ...'), wherever that sentence is; a cited source is not it."""
    hints: dict[str, str] = {}
    for (start, end), here, models in zip(spans, orgs_in, models_in, strict=True):
        new = [m for m in models if not m.known and m.model_id not in hints]
        if not here or not new:
            continue
        source = cues.attribution(text[start:end], [])
        here = [o for o in here if o[2] != source and not _incidental(text, o)]
        if not here:
            continue
        for m in new:
            hints.setdefault(m.model_id, min(here, key=lambda o: abs(o[0] - m.start))[2])
    return hints


def _family_orgs(claims: list[Claim], gaz: Gazetteer, hints: dict[str, str]) -> list[Claim]:
    """New models of one family share a developer: 'Orion-X Mini' in a sentence that names an analyst
    firm still belongs to whoever makes Orion-X (the organisation most of the family's claims name)."""
    claims = [c.model_copy(update={"org": hints[c.model_id]}) if c.model_id in hints else c for c in claims]
    votes: dict[str, dict[str, int]] = {}
    for c in claims:
        if (
            c.org and c.model_id not in gaz.models and c.org != c.attributed_to
        ):  # a cited firm is not the maker
            tally = votes.setdefault(_family(c.model_id), {})
            tally[c.org] = tally.get(c.org, 0) + (2 if c.model_id in hints else 1)  # a hint is firmer
    out = []
    for c in claims:
        tally = votes.get(_family(c.model_id))
        if c.model_id not in gaz.models and tally:
            best = max(tally, key=lambda org: tally[org])
            if tally[best] > tally.get(c.org or "", 0):
                c = c.model_copy(update={"org": best})
        out.append(c)
    return out


def _family(model_id: str) -> str:
    return re.split(r"[-.\d]", model_id, maxsplit=1)[0]


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


def _may_claim(text: str, start: int, end: int, qs: list[Quantity], tags_at: list[int]) -> bool:
    """Whether a sentence can hold a claim at all: every rule needs a parameter word near a figure, a
    size written like 70B, or a size tag. Money, users and tokens alone never make one."""
    i = bisect.bisect_left(tags_at, start)
    if i < len(tags_at) and tags_at[i] < end:
        return True
    if not qs:
        return False
    return (
        any(q.suffix or SCOPE_RIGHT_AFTER.match(text, q.end, end) for q in qs)
        or bool(PARAM_WORD.search(text, _context_start(text, start), end))
        or any(column_says(text, q.start) in ("active", "total") for q in qs)
        or any(CLITIC_COUNT.search(text, max(start, q.start - 40), q.start) for q in qs)
        or bool(SIZE_OF.search(text, start, end))
    )


# 'OpenAI nunca confirmó el tamaño de GPT-4, aunque ... rondaba los 1,8 billones': the size of a model
SIZE_OF = re.compile(
    r"\b(?:the size of|el tamaño de|la taille de|die Größe von|la dimensione di)\b", re.IGNORECASE
)


# French 'en' stands for the noun counted before: '..., en avait 175 milliards', 'il en compte 24 milliards'
CLITIC_COUNT = re.compile(
    r"\ben\s+(?:a|avait|aurait|aura|compte|comptait|compterait|possède|possédait|affiche|affichait|totalise)\s+"
    r"(?:(?:environ|près de|plus de|quelque|seulement|déjà|désormais)\s+)?$"
)


BULLET_LINE = re.compile(r"[ \t]*(?:[-•*·–▸►]|\d{1,2}[.)])\s")


def _context_start(text: str, start: int) -> int:
    """Where the words that may set a sentence's topic begin: 300 characters back, or, for an item of a
    bulleted list, the line that introduces the list ('Die Modelle und ihre Parameter:' then '- X: 7 Mrd.')."""
    line = text.rfind("\n", 0, start) + 1
    if not BULLET_LINE.match(text, line):
        return max(0, start - 300)
    while line > 0:
        previous = text.rfind("\n", 0, line - 1) + 1
        if not text[previous : line - 1].strip():
            line = previous
            continue
        line = previous
        if not BULLET_LINE.match(text, line):
            break
    return min(line, max(0, start - 300))


# a count of something else as the sentence's subject: 'las llamadas diarias a la API superan los 1.650 millones'
COUNTED_BEFORE = re.compile(
    r"\b(?:calls|requests|queries|users|downloads|subscribers|customers|visits|llamadas|consultas|usuarios|"
    r"descargas|clientes|Anfragen|Nutzer|Downloads|Kunden|Aufrufe|appels|requêtes|utilisateurs|"
    r"téléchargements|clients)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


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


def _adjoins(regions: list[tuple[int, int]], start: int, text: str) -> bool:
    return not text[regions[-1][1] : start].strip()


def _orgs_before(orgs: list, start: int, window: int = 1500) -> list:
    """For a sentence naming no organisation: the last one named in the text shortly before it."""
    earlier = [o for o in orgs if start - window <= o[0] < start]
    return earlier[-1:]


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


def _note_sources(
    sentence: str, qs: list[Quantity], mentions: list[ModelMention], gaz: Gazetteer, sourced: dict[int, str]
) -> None:
    """Figures a sentence attributes to an outlet: 'a model with about 500 billion parameters, as reported
    by The Information' lends its source to a later sentence that names the model with the same figure."""
    source = cues.attribution(sentence, []) if qs else None
    named_model = source not in cues.OUTLETS and any(source == m.surface for m in mentions)
    if source and source not in gaz.orgs and not named_model:
        for q in qs:
            sourced.setdefault(q.value, source)


def _inherit_source(claim: Claim, sourced: dict[int, str]) -> Claim:
    source = sourced.get(claim.params)
    if claim.attributed_to or source is None or claim.status != "official":
        return claim
    return claim.model_copy(update={"attributed_to": source, "status": "reported"})


# a digit and then B, M or T ('70B'), found from the letter: a scan for \d is slower
TAG_HINT = re.compile(r"[BbMT](?<=\d.)\b")


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


# 'its model, which is not GPT-4, has 70B': the name is what the subject is not
NOT_IDENTITY_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|ist|sind|war|waren|est|es|era|è|sia|zijn)\s+(?:not|nicht|kein\w*|pas|no|non|niet)"
    r"|\b(?:isn|wasn|aren)['’]t|\bn['’](?:est|était)\s+pas|\b(?:no|non)\s+(?:es|era|è)|"
    r"\b(?:das|der|die|welche[rs]?|which|that)\s+(?:nicht|not))"
    r"\s+(?:(?:the|a|an|das|der|die|ein|eine|le|la|un|une|el|il)\s+)?$",
    re.IGNORECASE,
)


_COMPARED_LOW, _NOT_IDENTITY_LOW, _DERIVED_LOW = map(
    cues.lowered, (COMPARED_BEFORE, NOT_IDENTITY_BEFORE, DERIVED_BEFORE)
)
_NEGATION_LOW, _DENIAL_LOW, _HYPOTHETICAL_LOW, _COMPONENT_LOW, _DISTRACTOR_LOW = map(
    cues.lowered, (NEGATION_BEFORE, DENIAL_BEFORE, HYPOTHETICAL, COMPONENT_BEFORE, DISTRACTOR_AFTER)
)


def _cue_in_cell(text: str, pos: int) -> str | None:
    """'active' or 'total' written after a figure in its own table cell, before any other figure."""
    cell = re.match(r"[^|\n\d]*", text[pos : pos + 60]).group()
    return cues.first_cue(cell)


def _sentence_claims(text, start, end, qs, mentions, orgs, ctx, lang, version, labs) -> list[Claim]:
    sentence = text[start:end]
    mentions = [
        m for m in mentions if not _NOT_IDENTITY_LOW.search(_low(text), max(start, m.start - 40), m.start)
    ]
    source = cues.attribution(sentence, [o[2] for o in orgs])
    if source and source not in cues.OUTLETS and any(source == m.surface for m in mentions):
        source = None  # 'Laut dem Fachartikel übertraf LLaMA ...': the first name after the cue is the model
    if source is None and SOURCE_ANAPHOR.search(sentence):
        source = cues.last_outlet(text, max(0, start - 1500), start)  # 'Laut Bloomberg ... soll demnach ...'
    found: list[tuple[ModelMention, int, int | None, str, Quantity | Tag]] = []
    tag_spans: list[tuple[int, int]] = []
    for m in mentions:
        for tag in _tags_of(text, m, end):
            tag_spans.append((tag.start, tag.end))
            if tag.params:
                found.append((m, tag.params, None, tag.scope, tag))
        tag_spans.append((m.start, m.end))
    free = [q for q in qs if not any(q.start < e and s < q.end for s, e in tag_spans)]
    candidates = _parameter_counts(text, start, end, free)
    for i, cand in enumerate(candidates):
        model = _model_for(text, start, end, cand, free, mentions, ctx)
        if model is None:
            continue
        model = _tier_variant(text, start, model, cand.q, free)
        prev_end = candidates[i - 1].q.end - start if i else 0
        next_start = candidates[i + 1].q.start - start if i + 1 < len(candidates) else None
        column = column_says(text, cand.q.start)
        if column in ("active", "total"):
            column = _cue_in_cell(text, cand.q.end) or column  # '| 141B (22B active) |'
        scope = (
            (column if column in ("active", "total") else None)
            or _part_whole_scope(sentence, start, candidates, i)
            or cues.scope_of(sentence, cand.q.start - start, cand.q.end - start, prev_end, next_start)
        )
        successor = _change_successor(text, start, cand.q, model, ctx)
        if successor is not None:
            # 'would raise the count from GPT-3's 175 billion to 100 trillion': two figures, two models
            found.append((model, cand.q.value, None, scope, cand.q))
            found.append((successor, cand.q.high, None, scope, cand.q))
            continue
        found.append((model, cand.q.value, cand.q.high, scope, cand.q))
    for model, value, *_ in found:
        ctx.sizes.setdefault(value, model)
    return [
        _claim(
            text,
            start,
            end,
            sentence,
            f,
            orgs,
            source,
            lang,
            version,
            labs,
            _status_text(text, start, end, f, found),
        )
        for f in found
    ]


def _status_text(text: str, start: int, end: int, f: tuple, found: list[tuple]) -> str:
    """The words whose future tense sets one claim's status. With one model, the sentence. With several, the
    lead-in before the first model named and the stretch between the neighbouring figures of other models: in
    'Lorelei-2 will have 140B, twice its predecessor Lorelei-1 with 65B', the expectation is Lorelei-2's alone."""
    model, where = f[0], f[4]
    others = [g for g in found if g[0].model_id != model.model_id]
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


def _part_whole_scope(sentence: str, start: int, candidates: list[Candidate], i: int) -> str | None:
    """'39 billion of its 141 billion': the smaller figure is the active part, the larger the total."""
    q = candidates[i].q
    if i + 1 < len(candidates):
        nxt = candidates[i + 1].q
        if nxt.value > q.value and cues.part_and_whole(sentence, q.end - start, nxt.start - start):
            return "active"
        if nxt.value < q.value and WHOLE_OPENER.search(sentence, 0, q.start - start):
            return "total"  # 'Von 671 Milliarden Parametern sind pro Token 37 Milliarden aktiv'

    if i > 0:
        prev = candidates[i - 1].q
        if prev.value < q.value and cues.part_and_whole(sentence, prev.end - start, q.start - start):
            return "total"
    return None


WHOLE_OPENER = re.compile(
    r"(?:^|[,;:]\s*)(?:von|of|out of|de|sur|di|van)\s+(?:(?:den|the|its|ses|sus|los|les|insgesamt|seinen|ihren)\s+)?$",
    re.IGNORECASE,
)


CHANGE_BEFORE = re.compile(
    r"\b(?:increas\w*|grow\w*|grew|jump\w*|ris\w+|rose|rais\w*|boost\w*|expand\w*|scal\w*|leap\w*|go(?:es|ing)?|went|climb\w*|up|aumenta\w*|"
    r"pas(?:ar|ó|a)|creci\w*|salt\w*|steig\w*|stieg|wächst|wuchs|spr\w+|erhöh\w*|augment\w*|pass\w*|bondi\w*|"
    r"cresc\w*|aument\w*)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


def _change_successor(
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


def _tags_of(text: str, m: ModelMention, limit: int) -> list[Tag]:
    inner = tag_in_name(m.surface, m.start)
    if inner:
        return [inner]
    return tags_after(text, m.end, limit)


def _parameter_counts(text: str, start: int, end: int, qs: list[Quantity]) -> list[Candidate]:
    """The figures in a sentence that count parameters."""
    sentence_has_param = bool(PARAM_WORD.search(text, start, end))
    verdicts: dict[int, bool | None] = {}
    for i, q in enumerate(qs):
        verdicts[i] = _verdict(text, start, end, q, sentence_has_param)
    # a list or range member inherits a clear verdict from its group
    for i, q in enumerate(qs):
        if (
            verdicts[i] is None
            and q.group is not None
            and any(verdicts[j] for j, r in enumerate(qs) if r.group == q.group)
        ):
            verdicts[i] = True
    for i, q in enumerate(qs):  # '14 billions de jetons, c'est-à-dire 14 000 milliards': the same tokens
        if i and verdicts[i - 1] is False and RESTATED.search(text, max(start, q.start - 20), q.start):
            verdicts[i] = False
    weak = {
        i for i, q in enumerate(qs) if verdicts[i] is None and _weak_count(text, start, end, q, qs, verdicts)
    }
    # '11 et 90 milliards capables de ...': a list is counted whole when one member counts
    weak_groups = {qs[i].group for i in weak if qs[i].group is not None}
    weak |= {
        i for i, q in enumerate(qs) if verdicts[i] is None and q.group is not None and q.group in weak_groups
    }
    out = []
    for i, q in enumerate(qs):
        if verdicts[i]:
            out.append(Candidate(q, True))
        elif i in weak:
            out.append(Candidate(q, False))
    return out


def _verdict(text: str, start: int, end: int, q: Quantity, has_param: bool) -> bool | None:
    """True: a parameter count; False: certainly not; None: undecided."""
    if (
        q.multiplier
        or PER_PART_AFTER.match(text, q.end, end)
        or (PER_PART_BEFORE.search(text, start, q.start) and not ACTIVATED_AFTER.match(text, q.end, end))
    ):
        return False  # 'acht Experten mit je 7 Milliarden', but not 'wobei jeweils 15 Milliarden aktiviert werden'

    low = _low(text)
    if _EQUALS_BEFORE.search(low, max(start, q.start - 20), q.start) or (
        not any(ch.isdigit() for ch in text[q.start : q.end]) and _DEFINES_WORD.search(low, start, end)
    ):
        return False  # 'un billón es un millón de millones', '... que equivale a mil millones': the words defined
    window = low[max(start, q.start - 70) : q.start]  # a slice: its first word starts a word
    if _NEGATION_LOW.search(window) or _DENIAL_LOW.search(window):
        return False
    if _HYPOTHETICAL_LOW.search(low[start : q.start]):
        return False
    if _COMPONENT_LOW.search(low, max(start, q.start - 50), q.start):
        return False  # 'each expert has about 8 billion', 'un décodeur de 123 milliards': a part's size
    if _DISTRACTOR_LOW.match(low, q.end, end):
        return False
    column = column_says(text, q.start)
    if column is not None:
        return column != "not"  # a table column says what its figures count
    if q.suffix and _in_parenthesised_sizes(text, start, q):
        return True
    if PARAM_AFTER.match(text, q.end, min(end, q.end + 45)):
        return True
    if _spec_line(text, start, q):
        return True  # a spec box line: 'Parameter: 12 Mrd.', 'Active parameters: 3B'
    if q.suffix and MODEL_NOUN_AFTER.match(text, q.end, end):
        return True
    if q.suffix and SIZES_NOUN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'in den Varianten 3B, 12B und 56B', 'in sizes 1B and 3B'

    if SCOPE_SOON.match(text, q.end, min(end, q.end + 40)) and (
        has_param or PARAM_WORD.search(text, _context_start(text, start), start)
    ):
        return True
    if has_param and _param_before(text, start, q):
        return True
    if (
        has_param
        and (
            PART_INTRO_BEFORE.search(text, max(start, q.start - 40), q.start)
            or DAVON_AFTER.match(text, q.end)
        )
        and PART_ACTIVE.search(text, max(start, q.start - 40), min(end, q.end + 40))
    ):
        return True  # 'von denen pro Token 37 Milliarden arbeiten', 'of which 37 billion are used'
    return None


_PAREN_WORDS = re.compile(
    r"(?:and|und|et|y|e|or|oder|ou|o|total|totals?|totales?|insgesamt|gesamt|au total|active|activated|aktiv\w*|"
    r"actifs?|activos?|attivi|params?|parameters?|parameter|paramètres|parámetros|parametri|vs\.?|bzw\.?)",
    re.IGNORECASE,
)


def _in_parenthesised_sizes(text: str, start: int, q: Quantity) -> bool:
    """'GPT-J (6B)', 'the Falcon series (1.3B, 7.5B, 40B, and 180B)', 'Mixtral 8x7B (46.7B total, 12.9B active)'."""
    opening = text.rfind("(", max(start, q.start - 60), q.start)
    closing = text.find(")", q.end, q.end + 60)
    if opening < 0 or closing < 0 or "(" in text[opening + 1 : q.start] or ")" in text[opening + 1 : q.start]:
        return False
    inner = text[opening + 1 : closing]
    words = re.findall(r"[^\W\d_][\w.]*", re.sub(r"\d+(?:[.,]\d+)?\s?[BbMT]\b", " ", inner))
    return all(_PAREN_WORDS.fullmatch(w) for w in words)


def _param_before(text: str, start: int, q: Quantity) -> bool:
    window = text[max(start, q.start - 70) : q.start]
    left = max(window.rfind(","), window.rfind(";"), window.rfind("("))
    return bool(PARAM_WORD.search(window[left + 1 :])) and not re.search(r"\d", window[left + 1 :])


# digest style without the word 'parameters': '80B total, 13B active', '456 billion total, 45.9 billion activated'
SCOPE_RIGHT_AFTER = re.compile(
    r"\s*(?:total|in total|insgesamt|au total|en total|active|activated|activos?|aktiv|actifs?)(?:\s+per token)?"
    r"\s*(?:[,;.)]|$)",
    re.IGNORECASE,
)
# a size right after a name and a colon, dash or verb of range: 'Hunyuan-A13B: 80B', 'the family spans 0.5B'
NAMED_SIZE_BEFORE = re.compile(
    r"(?:\d[A-Za-z]?|[A-Z][\w.]*)\s*(?:[:—–-]|\s(?:family\s)?(?:spans|ranges from|comes in|is|at))\s*(?:from\s)?$"
)
# what may follow a bare figure that still counts parameters: a function word, not a counted noun
# ('3 trillion for Grok 4', '270B in a report', '12 milliards pour Lumen-1', '1.500 millones de su predecesor')
WEAK_FOLLOW = re.compile(
    r"\s*(?:and|und|et|y|e|en|or|oder|ou|o|for|in|at|on|with|without|than|from|by|as|against|versus|vs|"
    r"compared|when|while|which|that|but|so|is|are|was|were|has|had|would|will|could|might|may|"
    r"für|bei|mit|ohne|als|gegen|im|auf|laut|aber|während|sind|ist|war|hat|haben|habe|hätte|wäre|soll|sollen|"
    r"liegt|zu|pour|avec|sans|contre|que|chez|dans|selon|mais|sont|est|ont|au|aux|soit|para|con|sin|contra|"
    r"según|pero|son|es|tiene|frente|genutzt|verwendet|eingesetzt|aktiviert|used|utilisés|mobilisés|"
    r"utilizados|usados|"
    r"(?:of|out of|de|di|von|sur)\s+(?:a total of\s+|un total de\s+)?(?=\d)|"
    r"(?:of|de|di|del|von|des|du)\s+(?:its|their|the|his|her|a|an|su|sus|son|sa|ses|leur|leurs|la|le|les|el|"
    r"los|las|l['’]|un|une|una|seine[mnrs]?|ihre[mnrs]?|dem|der|den|einem|einer))\b",
    re.IGNORECASE,
)


def _weak_count(text, start, end, q, qs, verdicts) -> bool:
    """A bare billion-scale figure in a sentence about parameters, e.g. 'GPT-3 jumped to 175 billion.'"""
    if q.value < 10**8 or q.value > 10**16:
        return False
    if not (
        PARAM_WORD.search(text, start, end)
        or PARAM_WORD.search(text, _context_start(text, start), start)
        or SCOPE_RIGHT_AFTER.match(text, q.end, end)
        or (q.suffix and NAMED_SIZE_BEFORE.search(text, start, q.start))
        or (q.suffix and OWN_BEFORE.search(text, max(start, q.start - 30), q.start))
        or CLITIC_COUNT.search(text, max(start, q.start - 40), q.start)
        or SIZE_OF.search(text, start, q.start)
    ):
        return False
    if COUNTED_BEFORE.search(text, start, q.start):
        return False
    if q.start > 1 and text[q.start - 1] in "-‐‑–" and text[q.start - 2].isalnum():
        return False  # a size tag glued to a name ('llama2–13b'), not a count of its own
    if q.suffix and OWN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'Nuestro modelo de 8B está pensado para ...': a lab's own model, whatever follows
    return (
        not re.match(r"\s*[^\W\d]", text[q.end : min(end, q.end + 3)])
        or bool(WEAK_FOLLOW.match(text, q.end, end))
        or bool(SCOPE_RIGHT_AFTER.match(text, q.end, end))
    )


# 'DeepSeek-Coder-V2, dont la version Lite, avec 16 milliards', 'Une déclinaison « Lite » se contente de 16 milliards'
TIER_VARIANT = re.compile(
    r"\b(?:version|variant|variante|déclinaison|Version|Variante|versión)\s+[«\"“„]?\s?"
    r"(?P<tier>Lite|Mini|Small|Medium|Large|Pro|Max|Ultra|Nano|Flash|Plus|Turbo)\b\s?[»\"”“]?"
)


def _tier_variant(
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


def _model_for(text, start, end, cand: Candidate, free, mentions, ctx: Context) -> ModelMention | None:
    """The model a figure belongs to, by the sentence's structure, else carried over from before."""
    q = cand.q
    named = [m for m in mentions if not _succeeded(text, start, m, q)]
    if mentions and not named:
        return None  # 'preparing a successor to ESM3 with as many as 400 billion parameters'
    mentions = named
    found = _respective_model(text, start, end, q, free, mentions) or _named_after(text, q, mentions, end)
    if found is not None:
        return found
    sentence = text[start:end]
    first, last = _group_span(q, free)
    c_left, c_right = (start + x for x in cues.clause_around(sentence, first.start - start, last.end - start))
    if _DERIVED_LOW.search(_low(text), c_left, first.start):
        return None  # 'distilled from a model of 1,000 billion', 'pruned it to 4 billion': another model
    nearest = [m for m in mentions if m.end <= first.start][-1:]
    if (
        nearest
        and SIZE_OF_AT.fullmatch(text, nearest[0].end, first.start)
        and SIZE_OF_LOW.search(_low(text), max(start, nearest[0].start - 20), nearest[0].start)
        and not TIMES_BEFORE.search(_low(text), max(start, nearest[0].start - 35), nearest[0].start)
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
    m_left, _ = cues.major_clause_around(sentence, first.start - start, last.end - start)
    if _generic(text, c_left, first, last) and not [m for m in before if m.start >= start + m_left]:
        # 'ein Modell mit 100 Milliarden Parametern, das den Arbeitstitel Lindwurm-4 trägt': named after
        return _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming)
    if before:
        return _skip_apposition(text, [m for m in before if m in uncompared] or before, q)
    carried = _carried_over(text, start, end, cand, ctx, first.start)
    if carried is None and A_MODEL.search(text, start, first.start):
        return _named_later(text, [m for m in mentions if m.start >= last.end] + ctx.upcoming)
    return carried


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


OWN_BEFORE = re.compile(
    r"\b(?:our|notre|nos|nuestro|nuestra|nuestros|unser\w*)\s+(?:(?:new|newest|nouveau|nouvelle|nuevo|nueva|neue\w*|"
    r"model|modèle|modelo|Modell|de)\s+)*$",
    re.IGNORECASE,
)
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
    """A sentence naming no model: 'It has 70B parameters', 'Total parameters are 46.7 billion'. `lead` is
    where the figure's list begins ('sus modelos de 8 y 70 mil millones')."""
    sentence = text[start:end]
    q = cand.q
    if q.suffix and q.value in ctx.sizes and DEFINITE_BEFORE.search(text, max(start, q.start - 12), q.start):
        return ctx.sizes[q.value]
    if OWN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return ctx.topic() or ctx.subject  # a lab's 'our 8B model' is one of the models it is releasing
    if POSSESSIVE_PLURAL_BEFORE.search(text, max(start, lead - 60), lead):
        return ctx.subject or ctx.topic()  # 'La familia incluye ... sus modelos de 8 y 70 mil millones'
    if LATTER.search(sentence) and ctx.last is not None:
        return (
            ctx.last
        )  # 'Dieses hat 32,5 Milliarden', 'ce dernier compte 52 milliards': the model named last
    if GENERIC_PLURAL_BEFORE.search(text, start, q.start) and not SUBJECT_ANAPHOR.search(sentence):
        return None  # 'its chips can run models with up to 10 billion parameters': a kind of model
    if _kinds_of_model(sentence) or THRESHOLD_BEFORE.search(text, max(start, q.start - 40), q.start):
        return None  # 'the frontier models probably sit somewhere between one and three trillion'
    if WHOEVER.match(sentence):
        return None  # 'Wer über 400 Mrd. Parameter hinausgeht, ...': anyone's model
    if DEFINED_MODEL.match(sentence) or OTHER_MODEL.search(sentence, 0, lead - start):
        return None  # 'El modelo que la empresa ejecuta en el iPhone ...': another model, defined here
    if ANAPHOR.search(sentence):
        return ctx.subject if ctx.subject is not None and ctx.age <= 3 else ctx.topic()
    if cand.strong and ctx.subject is not None and ctx.age <= 1 and not GENERIC_PLURAL.search(sentence):
        return ctx.subject
    if ctx.subject is not None and ctx.age <= 4 and _spec_line(text, start, q):
        return ctx.subject  # 'Technische Daten Priel-2' a few lines above 'Parameter: 12 Mrd.'
    return None


def _spec_line(text: str, start: int, q: Quantity) -> bool:
    return bool(PARAM_LABEL.search(text, max(start, text.rfind("\n", 0, q.start) + 1), q.start))


POSSESSIVE_PLURAL_BEFORE = re.compile(
    r"\b(?:its|sus|ses|seine[n]?)\s+(?:\w+\s+){0,2}?(?:models|modelos|modèles|Modelle|versions|versiones|"
    r"variantes|Varianten)\s+(?:de|of|von|mit|with|avec|con)\s+$",
    re.IGNORECASE,
)
# a demonstrative subject: the model named last, not the topic
LATTER = re.compile(
    r"^\s*(?:Dieses|Dieser|Letzteres|Letzterer)\s+(?:hat|umfasst|besitzt|verfügt|kommt)\b|\b(?:ce dernier|cette dernière|"
    r"the latter|este último|esta última|éste|Letzteres|letzteres)\b",
)
WHOEVER = re.compile(r"\s*(?:Wer|Whoever|Anyone who|Quien|Quienes|Celui qui|Ceux qui|Chi)\b")
# words that point back to the outlet cited before
SOURCE_ANAPHOR = re.compile(
    r"\b(?:demnach|dem Bericht zufolge|laut dem Bericht|laut (?:der|dem) (?:Zeitung|Blatt|Magazin|Medium)|"
    r"the (?:outlet|report|publication|newspaper|paper|site) (?:said|says|reported|added)|according to the (?:report|outlet)|"
    r"selon (?:le même|le|ce) (?:média|site|journal|quotidien)|d['’]après (?:le même|le|ce) (?:média|site|journal)|"
    r"précise le (?:site|média|journal)|según (?:el mismo|el|ese) (?:medio|diario|informe|reporte|periódico)|"
    r"de acuerdo con (?:el|ese|el mismo) (?:medio|informe|reporte)|según la misma (?:fuente|información))\b",
    re.IGNORECASE,
)


# a model defined by a relative clause, not the one named before
DEFINED_MODEL = re.compile(
    r"\s*(?:the|el|le|das|der|il)\s+(?:model|modelo|modèle|Modell|modello)\s+(?:that|which|que|qui|das|den|che)\b",
    re.IGNORECASE,
)
# the same anywhere before the figure: 'the model powering one product', 'next generation model of 100 billion'
OTHER_MODEL = re.compile(
    r"\b(?:the|el|le|das|der|il)\s+(?:model|modelo|modèle|Modell|modello)\s+(?:powering|behind|used by|running)\b"
    r"|\b(?:next[- ]generation|next|nächste\w*|prochaine?|próxim[oa]|siguiente)\s+(?:[\w-]+\s+)?"
    r"(?:model|Modell|modèle|modelo|generation|Generation|génération|generación)\b",
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
    if not text[last.end : q.start].lstrip(" ’'s").startswith(","):
        return last
    for head in reversed(before[:-1]):
        between = text[head.end : last.start]
        if re.fullmatch(r",\s[^,;.]*", between) and not PARAM_WORD.search(between):
            return head
    return last


# 'a 500B-parameter LLM called MAI-1', 'the 1.5 billion of its predecessor, GPT-2'
NAMED_AFTER = re.compile(
    r"(?:called|named|dubbed|namens|genannt|nommé|baptisé|appelé|llamado|denominado)\s*$|"
    r"^\s*(?:[\w-]*param\w*\s+)?(?:of|de|du|von|des|del|di)\s+(?:its|su|son|sa|sein\w*|ihr\w*|their|leur)\s+"
    r"(?:predecessor|successor|predecesor|sucesor|prédécesseur|successeur|vorgänger\w*|nachfolger\w*|"
    r"predecessore|successore)\s*,\s*$|"
    # 'the 671 billion parameters of DeepSeek-V3', 'les 671 milliards de paramètres de DeepSeek-V3'
    r"^\s*(?:(?:de\s+)?(?:parameters|Parameter|paramètres|parámetros|parametri)\s+)?(?:of|de|von|del|di)\s+$",
    re.IGNORECASE,
)


def _named_after(text: str, q: Quantity, mentions, end: int) -> ModelMention | None:
    """'a 500B-parameter LLM called MAI-1': the name follows the figure."""
    for m in mentions:
        if m.start >= q.end and m.start - q.end <= 60:
            between = text[q.end : m.start].rstrip(QUOTES)  # '..., internally called "Harrier"'
            if NAMED_AFTER.search(between) or NAMING_CUE.search(between):
                return m
    return None


def _respective_model(text, start, end, q, free, mentions) -> ModelMention | None:
    if q.group is None or not RESPECTIVELY.search(text, start, end):
        return None
    members = [r for r in free if r.group == q.group]
    before = [m for m in mentions if m.end <= members[0].start]
    if len(before) < len(members):
        return None
    return before[len(before) - len(members) + members.index(q)]


def _claim(text, start, end, sentence, found, orgs, source, lang, version, labs, status_text) -> Claim:
    model, value, high, scope, where = found
    q_start = where.start - start
    approx = (
        cues.is_approx(sentence, q_start)
        or bool(getattr(where, "plus", False))
        or is_rounded(text[where.start : where.end])
    )
    speaker = _speaker(text, start, end, model)  # a cited source or speaker is not the developer
    org = _org_for(text, model, [o for o in orgs if o[2] not in (source, speaker)])
    if source is None and org and _developer_says(text, start, end, org, orgs):
        source = org  # 'xAI has open-sourced Grok-1, a 314-billion-parameter model': the developer's own word
    status = cues.status_of(sentence, source, org, labs)
    if status == "expected":  # a future tense belongs to its clause; hedges and estimates to the sentence
        status = cues.status_of(status_text, source, org, labs)
    # a named speaker is who the article cites, though not an outlet: the status stays the sentence's
    source = source or speaker
    if _rumour_before(sentence, q_start):
        status = "rumored"
    ev_start, ev_end = _evidence_span(text, start, end, where.start, where.end)
    return Claim(
        model=_display_name(model),
        model_id=model.model_id,
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


def _speaker(text: str, start: int, end: int, model: ModelMention) -> str | None:
    """Who says the sentence: named in it, by the transcript label of its paragraph ('OSTROWSKI: It's 34
    billion'), or by the paragraph whose quotation it continues ('"...," Whitfield said. "It will be ...')."""
    name = cues.speaker(text[start:end])
    name = name or cues.label_speaker(text, start) or cues.quoted_speaker(text, start)
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
        and ANNOUNCES.match(text, o_end, end)
        and not re.search(
            r"\b(?:de|del|des|du|von|of|by|par|por|di)\s+$", text[max(start, o_start - 6) : o_start]
        )
        for o_start, o_end, name in orgs
        if start <= o_start < end
    )


def _rumour_before(sentence: str, q_start: int) -> bool:
    """'the rumour that it has 1.8T', 'la rumeur ..., qui évoquait 1,8 billion': a rumour noun earlier in
    the sentence governs the figure unless a confirmation stands between them."""
    nouns = list(cues.RUMOR_NOUN.finditer(sentence, 0, q_start))
    return bool(nouns) and not cues.OFFICIAL_CUE.search(sentence, nouns[-1].end(), q_start)


def _display_name(m: ModelMention) -> str:
    """The name as written, without a size tag at its end ('Mistral 7B' -> 'Mistral'), but whole when the
    tag is part of the name itself ('Hunyuan-A13B', whose A13B says what is active)."""
    inner = tag_in_name(m.surface, 0)
    if inner is None or inner.scope == "active":
        return m.surface
    return m.surface[: inner.start].rstrip(" -‑–_")


def _org_for(text: str, model: ModelMention, orgs) -> str | None:
    """The developer: as the article names it right by the model ("Google's Gemini", 'Deepmind Chinchilla',
    'MPT by Databricks') when that agrees with the gazetteer, else the gazetteer's, else the nearest named."""
    for start, end, name in orgs:
        if start == model.start and end < model.end and not model.known:
            return name  # a new model named after its maker
        if start < model.end and model.start < end:
            continue
        before = end <= model.start and re.fullmatch(r"(?:['’]s)?\s{0,2}", text[end : model.start])
        after = re.fullmatch(r",?\s+(?:by|from|von|de|del|di|van|par)\s+(?:the\s+)?", text[model.end : start])
        if (before or after) and (model.org is None or _related(name, model.org)):
            return name
    return model.org or _nearest_org(model, [o for o in orgs if not _incidental(text, o)])


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


def _incidental(text: str, org: tuple[int, int, str]) -> bool:
    start, end, _ = org
    return bool(HARDWARE_AFTER.match(text, end) or HOST_BEFORE.search(text, max(0, start - 12), start))


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


def _first_of_each(claims: list[Claim]) -> list[Claim]:
    """One claim per (model, value, range, scope): the first mention's sentence, with the framing of the
    mention that frames it most ('an estimate by X' in the body beats a bare headline)."""
    firsts: dict[tuple, Claim] = {}
    for c in claims:
        key = (c.model_id, c.params, c.params_high, c.scope)
        first = firsts.setdefault(key, c)
        if _framing(c) > _framing(first):
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
    if c.attributed_to:
        return 2
    return 1 if c.status == "expected" else 0
