"""Which figures in a sentence are parameter counts: the parameter word or model noun next to a figure,
the distractors (money, tokens, users), negations, hypotheticals and parts of a model, and which sentences
can hold a claim at all."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from claimwatch.extract import clauses, cues
from claimwatch.extract.numbers import Quantity, lower_in_place, parse_amount
from claimwatch.extract.tables import bare_figures, column_says

PARAM_WORD = re.compile(r"par[aáâ]m", re.IGNORECASE)


# after a figure: optional words, then a parameter noun ("70 billion parameters", "2 Bio. Gesamtparametern")
PARAM_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:of|de|d['’]|di|van|an|von)\s*)?(?:[^\W\d][\w’'-]*\s+){0,2}?[\w-]*par[aáâ]m",
    re.IGNORECASE,
)


SIZES_NOUN_BEFORE = re.compile(
    r"\b(?:variants?|versions?|sizes?|Varianten|Versionen|Größen?|variantes?|tailles?|versi[oó]n(?:es)?|tamaños?|"
    r"taglie|versioni|models|Modelle|modèles|modelos)(?:\s+[^\W\d]+)?(?:\s+(?:of|von|de|di|mit|with|en|in))?"
    r"\s*[,–—:-]?\s+$"  # 'in sizes 1B and 3B', 'trois tailles denses – 1B, 3B et 8B', 'modelos densos de 2B/7B'
    r"|\b(?:available|disponibles?|erhältlich|verfügbar)\s+(?:in|en)\s+$",  # 'disponible en 7B, 13B et 34B'
    re.IGNORECASE,
)


MODEL_NOUN_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:parameter|Parameter)[\s\-‑–]*)?(?:(?:language|foundation|reasoning|vision|base|dense|open)\s+)?"
    r"(?:[\w-]*model\w*|LLMs?|MoEs?|transformers?|modèles?|modelos?|modell[io]|versions?|"
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


# a figure inside an if-clause or a rhetorical question is not a claim: "Hätte GPT-4 nur 100 Milliarden ..."
# German hearsay, after which 'hätte' and 'wäre' report what was said rather than suppose
HEARSAY_BEFORE = re.compile(
    r"\b(?:hieß es|heißt es|behauptet\w*|berichtet\w*|gemunkelt|spekuliert\w*|gerücht\w*|angeblich|"
    r"schrieb\w*|sagte\w*|meinte\w*)\b"
)
HYPOTHETICAL = re.compile(
    r"(?:\b(?:if|even if|wenn|falls|hätte|hätten|wäre|wären|et si)\b|(?:^|[,;:«\"„“]\s*)si\s"
    # Dutch 'als' is 'if' before a subject; German 'Als Maß der Dinge galt ...' is 'as'
    r"|(?:^|[,;:«\"„“]\s*)als\s(?=(?:het|de|een|we|wij|je|jij|u|hij|zij|ze|men|er)\b)"
    r"|^\s*(?:would|could)\b"
    # 'Un hypothétique GPT-6 de 50 000 milliards', 'a hypothetical 10-trillion-parameter model'
    r"|\b(?:hypothetical|hypothetisch\w*|hypothétiques?|hipotétic[oa]s?|imaginary|imaginaire|imaginari[oa]|fictional|"
    r"fiktiv\w*|fictif|ficticio)\b)[^,;:]*$",
    re.IGNORECASE,
)


PER_PART_AFTER = re.compile(
    r"[^,.;–—]{0,30}\b(?:each|apiece|jeweils|je|chacun\w*|cada uno|ciascuno|per expert)\b"
    r"(?!\s+(?:incoming |processed )?(?:token|Token|input|request|word|Wort|palabra|mot)\b)",
    re.IGNORECASE,
)


PER_PART_BEFORE = re.compile(
    r"(?:\bje|\bjeweils|\beach|\b(?:each of (?:which|them|these)|jede[rs]? davon|chacun d['’](?:eux|entre eux)|"
    r"cada uno de (?:ellos|estos))\b[^,.;]{0,40})\s+$",
    re.IGNORECASE,
)


# 'eight models of 220 billion', 'huit modèles de 220 milliards', 'eight 220-billion-parameter experts': a part
_COUNT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|zwei|drei|vier|fünf|sechs|sieben|"
    r"acht|neun|zehn|zwölf|sechzehn|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|seize|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|diez|doce|dieciséis)"
)
_PARTS = r"(?:models?|Modell\w*|modèles|modelos|experts?|Experte\w*|expertos|sub-?models?|Teilmodell\w*)"
COUNTED_PARTS_BEFORE = re.compile(
    rf"\b{_COUNT}\s+(?:[\w-]+\s+)?{_PARTS}\s+(?:of|with|mit|de|con|à|von)\s+(?:je\s+|cada uno\s+)?$"
    rf"|\b{_COUNT}\s+$",
    re.IGNORECASE,
)
COUNTED_PARTS_AFTER = re.compile(rf"[\s-]*(?:(?:parameters?|Parameter)[\s-]+)?{_PARTS}\b", re.IGNORECASE)


_EQUALS_BEFORE = re.compile(
    r"\b(?:equivale a|equivalen a|equals|is equal to|entspricht|entsprechen|équivaut à|es igual a)\s+$"
    r"|\d\s?[×x*·]\s?\d+(?:[.,]\d+)?\s?[a-zA-Z]{0,2}\s?=\s?$"  # '8 × 7 = 56 billion': a sum, not a claim
)


_DEFINES_WORD = re.compile(
    r"\b(?:un|a|one|eine?|ein)\s+['‘’\"«]?(?:billón|billion|trillion|milliard|milliarde|billion)['‘’\"»]?\s+"
    r"(?:es|is|est|ist|equivale|entspricht|équivaut|means|significa|bedeutet|signifie)\b"
)


PARAM_LABEL = re.compile(
    r"(?:^|\|)[ \t•*·-]*(?:(?:total|totale?s?|aktive|active|activos?|actifs?|gesamte?)\s+)?"
    r"(?:parameters?|parameter(?:zahl|anzahl)?|params|paramètres|parámetros|parametri|"
    r"(?:model )?size|(?:modell)?größe|taille|tamaño)"
    r"(?:\s+(?:total|totales|actifs?|activos?|aktiv|\(\w+\)))?\s*[:：]\s*(?:ca\.|~|≈|about|etwa|rund|environ|unos)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


ACTIVATED_AFTER = re.compile(
    r"\s*(?:(?:Parameter\w*|parameters|paramètres|parámetros)\s+)?(?:aktiv\w*|activ\w*|actifs?)\b", re.I
)


# '6 billion are active per token', '12,9 milliards seulement actifs', '13.000 millones están activos'
SCOPE_SOON = re.compile(
    r"\s*(?:[\w’']+\s+){0,3}?(?:activ|aktiv|actif|attiv|per token|pro token|par token|por token|je token|"
    r"par jeton|(?:à|pour) chaque (?:token|jeton|requête|mot)|(?:por|en) cada (?:token|palabra)|en cada paso|bei jeder Berechnung|"
    r"(?:für|bei) jede[mns]? (?:Token|Anfrage|Wort)|"
    r"(?:for|on) (?:any|each|every) (?:given )?token|sollicit|mobilis|"
    r"à chaque étape|(?:per|at each|in each) step|zum Einsatz|au total|"
    r"en total|in total|insgesamt|total)",
    re.IGNORECASE,
)


# the part a 'davon/of which' figure names is the active one, not embeddings or an encoder
PART_ACTIVE = re.compile(
    r"activ|aktiv|actif|token|arbeiten|genutzt|eingesetzt|zum Einsatz|used|in use|utilis|sollicit|mobilis|utiliz|"
    r"usad|usan|usa\b|uses\b|emplea|en cada paso|procesar cada|para cada|bei jeder|für jede|à chaque|pour chaque|"
    r"for each|per word",
    re.IGNORECASE,
)


RESTATED = re.compile(
    rf"(?:{clauses.RESTATE_WORDS}|up from|down from|compared (?:with|to)|versus|vs\.?|gegenüber|statt|nach zuvor|"
    r"contre|au lieu de|frente a|en lugar de)\s*,?\s*$",  # '18 trillion tokens, up from 7 trillion': tokens again
    re.IGNORECASE,
)


# a part of a model named as such ('each expert', 'un décodeur', 'ein Encoder'), not 'mixture-of-experts'
COMPONENT_BEFORE = re.compile(
    r"\b(?:each|every|jede[rsmn]?|chaque|cada|an?|une?|uno|una|ein(?:e[nmr]?)?|the|its|der|die|das|dem|den|le|la|el|"
    r"l['’]|su|son|sa|sein\w*)\s+(?:[\w-]+\s+){0,2}?(?<!of )(?<!de )(?<!aus )(?<!d['’])"
    r"(?:\w+[-‑])?(?:experts?|Experte[n]?|experto|encoders?|encodeur|codificador|"
    r"decoders?|décodeur|decodificador|backbone|vision tower)\b[^,.;:]{0,25}$",
    re.IGNORECASE,
)


DAVON_AFTER = re.compile(
    r"\s+(?:davon|de ceux-ci|d['’]entre eux|de ellos|of them|of those)\b", re.IGNORECASE
)  # '... nur 37 Milliarden davon'


PART_INTRO_BEFORE = re.compile(
    r"\b(?:davon|von denen|of which|dont|de los cuales|de las cuales|de ellos|di cui|waarvan)\b[^,.;]{0,30}$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def article_lower(text: str) -> str:
    """The article lower-cased at the same offsets, made once: case-insensitive cues scan it faster."""
    return lower_in_place(text)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A figure judged to be a parameter count, before it is paired with a model."""

    q: Quantity
    strong: bool  # a parameter noun or a model noun next to it


def may_count_parameters(text: str, quantities: list[Quantity]) -> bool:
    """The article-wide form of `may_claim`: a parameter word, a size like 70B, a digest-style 'total'
    or 'active' right after a figure, or a table; without any of these no sentence can hold a claim."""
    if not quantities:
        return False
    return (
        bool(PARAM_WORD.search(text))
        or "|" in text
        or any(q.suffix or SCOPE_RIGHT_AFTER.match(text, q.end) for q in quantities)
    )


def with_table_units(text: str, quantities: list[Quantity], lang: str) -> list[Quantity]:
    """The bare figures of a table column whose header gives their unit ('Parameter (Mrd.)' over '9,2'),
    read as amounts beside the others."""
    taken = {(q.start, q.end) for q in quantities}
    added = []
    for start, end, unit in bare_figures(text):
        value = parse_amount(f"{text[start:end]} {unit}", lang)
        if value is not None and (start, end) not in taken:
            added.append(Quantity(start, end, value))
    return sorted(quantities + added, key=lambda q: q.start) if added else quantities


def may_claim(text: str, start: int, end: int, qs: list[Quantity], tags_at: list[int]) -> bool:
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


_NEGATION_LOW, _DENIAL_LOW, _HYPOTHETICAL_LOW, _COMPONENT_LOW, _DISTRACTOR_LOW = map(
    cues.lowered, (NEGATION_BEFORE, DENIAL_BEFORE, HYPOTHETICAL, COMPONENT_BEFORE, DISTRACTOR_AFTER)
)


def cue_in_cell(text: str, pos: int) -> str | None:
    """'active' or 'total' written after a figure in its own table cell, before any other figure."""
    cell = re.match(r"[^|\n\d]*", text[pos : pos + 60])
    return clauses.first_cue(cell.group()) if cell else None


def part_whole_scope(sentence: str, start: int, candidates: list[Candidate], i: int) -> str | None:
    """'39 billion of its 141 billion': the smaller figure is the active part, the larger the total."""
    q = candidates[i].q
    if i + 1 < len(candidates):
        nxt = candidates[i + 1].q
        if nxt.value > q.value and clauses.part_and_whole(sentence, q.end - start, nxt.start - start):
            return "active"
        if nxt.value < q.value and WHOLE_OPENER.search(sentence, 0, q.start - start):
            return "total"  # 'Von 671 Milliarden Parametern sind pro Token 37 Milliarden aktiv'

    if i > 0:
        prev = candidates[i - 1].q
        if prev.value < q.value and clauses.part_and_whole(sentence, prev.end - start, q.start - start):
            return "total"
        if prev.value > q.value and DAVON_AFTER.match(sentence, q.end - start):
            return "active"  # '72 billion in total while routing every token through 9 billion of them'
    return None


WHOLE_OPENER = re.compile(
    r"(?:^|[,;:]\s*)(?:von|of|out of|de|sur|di|van)\s+(?:(?:den|the|its|ses|sus|los|les|insgesamt|seinen|ihren)\s+)?$",
    re.IGNORECASE,
)


def parameter_counts(text: str, start: int, end: int, qs: list[Quantity]) -> list[Candidate]:
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
    for i, q in enumerate(
        qs[:-1]
    ):  # '608 Milliarden, von denen pro Token 45 Milliarden aktiv sind': the whole
        if verdicts[i] is None and verdicts[i + 1] and _whole_of_next(text, q, qs[i + 1]):
            verdicts[i] = True
    for i, q in enumerate(qs):  # '14 billions de jetons, c'est-à-dire 14 000 milliards': the same tokens
        if (
            i
            and verdicts[i - 1] is False
            and RESTATED.search(text, max(start, q.start - 20), q.start)
            and not TOTAL_AFTER.match(
                text, q.end, end
            )  # '... de 220 milliards, soit 1 760 milliards au total'
        ):
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


# a bound of a class of models: 'des modèles de moins de 20 milliards', 'models under 10B', 'Modelle unter 100 Mrd.'
BOUND_BEFORE = re.compile(
    r"\b(?:models|modèles|modelos|Modelle\w*|LLMs|class|category|catégorie|categoría|Klasse|bracket|tier)\s+"
    r"(?:(?:de|with|mit|con|avec|of|having|comptant|ayant|que tengan|que cuentan con)\s+)?"
    r"(?:below|under|fewer than|less than|moins de|unter|weniger als|menos de|por debajo de|en dessous de|"
    r"at least|au moins|mindestens|al menos|more than|plus de|mehr als|más de|over|über|above|exceeding|"
    r"larger than|bigger than|au-delà de|au-dessus de|por encima de|superiores? a|oberhalb von|jenseits von)\s+$"
    r"|[\"“«]\s*(?:under|below|unter|moins de|menos de)[\s-]+$",
    re.IGNORECASE,
)
_BOUND_LOW = cues.lowered(BOUND_BEFORE)


WHOLE_COUNTS_ELSE = re.compile(
    r"\b(?:tokens?|Token|jetons?|words|Wörter|mots|palabras|users|Nutzer\w*|utilisateurs|usuarios|dollars?|"
    r"Dollar|euros?|dólares)\b\W*$",
    re.IGNORECASE,
)


TRAINED_ON_BEFORE = re.compile(
    r"\b(?:trained on|entraîné sur|entraînée sur|trainiert auf|trainiert mit|entrenado (?:con|en|sobre))\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _whole_of_next(text: str, q: Quantity, part: Quantity) -> bool:
    """The next figure is a part of this one: '608 Milliarden, von denen ... 45', '671B, of which 37B'."""
    intro = PART_INTRO_BEFORE.search(text, q.end, part.start)
    return intro is not None and not text[q.end : intro.start()].strip(" ,")


TOTAL_AFTER = re.compile(
    r"\s*(?:de paramètres\s+|parameters\s+|Parameter\s+|de parámetros\s+)?(?:au total|in total|in all|insgesamt|en total)\b"
)


def _verdict(text: str, start: int, end: int, q: Quantity, has_param: bool) -> bool | None:
    """True: a parameter count; False: certainly not; None: undecided."""
    if (
        q.multiplier
        or PER_PART_AFTER.match(text, q.end, end)
        or (PER_PART_BEFORE.search(text, start, q.start) and not ACTIVATED_AFTER.match(text, q.end, end))
    ):
        return False  # 'acht Experten mit je 7 Milliarden', but not 'wobei jeweils 15 Milliarden aktiviert werden'

    low = article_lower(text)
    if _EQUALS_BEFORE.search(low, max(start, q.start - 20), q.start) or (
        not any(ch.isdigit() for ch in text[q.start : q.end]) and _DEFINES_WORD.search(low, start, end)
    ):
        return False  # 'un billón es un millón de millones', '... que equivale a mil millones': the words defined
    window = low[max(start, q.start - 70) : q.start]  # a slice: its first word starts a word
    if _NEGATION_LOW.search(window) or _DENIAL_LOW.search(window):
        return False
    hypothetical = _HYPOTHETICAL_LOW.search(low[start : q.start])
    if hypothetical and not (
        hypothetical.group().startswith(("hätte", "wäre"))
        and HEARSAY_BEFORE.search(low, start, start + hypothetical.start())
    ):
        return False  # but 'Auf Reddit hieß es, Max hätte 1,6 Billionen': the mood of reported speech
    if _BOUND_LOW.search(low, max(start, q.start - 30), q.start):
        return False  # 'les modèles de moins de 20 milliards', 'the under-10B bracket': a bound, not a size
    counted = q.group is None and COUNTED_PARTS_BEFORE.search(text, max(start, q.start - 50), q.start)
    if counted and (not counted.group().strip().isalnum() or COUNTED_PARTS_AFTER.match(text, q.end, end)):
        return False  # 'huit modèles de 220 milliards', 'eight 220-billion-parameter experts': a part's size
    if _COMPONENT_LOW.search(low, max(start, q.start - 50), q.start):
        return False  # 'each expert has about 8 billion', 'un décodeur de 123 milliards': a part's size
    if _DISTRACTOR_LOW.match(low, q.end, end):
        return False
    column = column_says(text, q.start)
    if column is not None:
        return column != "not"  # a table column says what its figures count
    if (q.suffix or SHORT_MAGNITUDE.search(text, q.start, q.end)) and _in_parenthesised_sizes(text, start, q):
        return True
    if PARAM_AFTER.match(text, q.end, min(end, q.end + 45)):
        return True
    if TRAINED_ON_BEFORE.search(text, max(start, q.start - 40), q.start):
        return False  # 'Llama 3.1 was trained on more than 15 trillion': tokens, however the sentence goes on
    if spec_line(text, start, q):
        return True  # a spec box line: 'Parameter: 12 Mrd.', 'Active parameters: 3B'
    if q.suffix and MODEL_NOUN_AFTER.match(text, q.end, end):
        return True
    if q.suffix and q.value >= 10**8 and SIZES_NOUN_BEFORE.search(text, max(start, q.start - 30), q.start):
        return True  # 'in den Varianten 3B, 12B und 56B', 'in sizes 1B and 3B'

    if SCOPE_SOON.match(text, q.end, min(end, q.end + 40)) and (
        has_param or PARAM_WORD.search(text, _context_start(text, start), start)
    ):
        return True
    if has_param and _param_before(text, start, q):
        return True
    intro = PART_INTRO_BEFORE.search(text, max(start, q.start - 40), q.start)
    if intro and WHOLE_COUNTS_ELSE.search(text, max(start, intro.start() - 25), intro.start()):
        return False  # 'unos 900.000 millones de tokens, de los cuales 40.000 millones ...': a part of the tokens
    if (
        (intro or DAVON_AFTER.match(text, q.end))
        and PART_ACTIVE.search(text, max(start, q.start - 40), min(end, q.end + 40))
        and (has_param or PARAM_WORD.search(text, _context_start(text, start), start))
    ):
        # 'von denen pro Token 37 Milliarden arbeiten', 'of which 37 billion are used', and a sentence of
        # its own after the count: 'Davon werden pro Token 12,9 Milliarden genutzt.'
        return True
    return None


_PAREN_WORDS = re.compile(
    r"(?:and|und|et|y|e|or|oder|ou|o|total|totals?|totales?|insgesamt|gesamt|au total|active|activated|aktiv\w*|"
    r"actifs?|activos?|attivi|params?|parameters?|parameter|paramètres|parámetros|parametri|vs\.?|bzw\.?|"
    r"Mrd\.?|Mds?|bn|Mio\.?|billions?|trillions?|millions?|Milliarden?|Millionen|Billionen|milliards?|millones|mil)",
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
    r"\s*(?:total(?:es|e|i)?|in total|insgesamt|au total|en total|active|activated|activ[oa]s?|attiv[ie]|aktiv|actifs?)"
    r"(?:\s+(?:per|pro|par|por|je) token)?"
    r"[ \t]*(?:[,;.)|/\n]|$)",  # then punctuation, a table cell's end or the line's
    re.IGNORECASE,
)


# a size right after a name and a colon, dash or verb of range: 'Hunyuan-A13B: 80B', 'the family spans 0.5B'
NAMED_SIZE_BEFORE = re.compile(
    r"(?:\d[A-Za-z]?|[A-Z][\w.]*)\s*(?:[:—–-]|\s(?:family\s)?(?:spans|ranges from|comes in|is|at))\s*(?:from\s)?$"
    # a name and an approximation word, as a forum post lists sizes: 'GPT-4o-mini ca. 8B', 'o1-preview ~300B'
    r"|(?<![\w.-])[\w.-]*(?:\d|[A-Z])[\w.-]*\s+(?:ca\.|circa|approx\.|about|around|roughly|~|etwa|rund|knapp|environ|env\.|"
    r"unos|aprox\.)\s*$"
)


# what may follow a bare figure that still counts parameters: a function word, not a counted noun
# ('3 trillion for Grok 4', '270B in a report', '12 milliards pour Lumen-1', '1.500 millones de su predecesor')
WEAK_FOLLOW = re.compile(
    r"\s*(?:and|und|et|y|e|en|or|across|spread|spanning|distributed|verteilt|répartis|repartidos|oder|ou|o|for|in|at|on|with|without|than|from|by|as|against|versus|vs|"
    r"compared|when|while|which|that|but|so|is|are|was|were|has|had|would|will|could|might|may|"
    r"für|bei|mit|ohne|als|gegen|im|auf|laut|aber|während|sind|ist|war|hat|haben|habe|hätte|wäre|soll|sollen|"
    r"liegt|zu|pour|avec|sans|contre|que|chez|dans|selon|mais|sont|est|ont|au|aux|soit|para|con|sin|contra|"
    r"según|pero|son|es|tiene|frente|genutzt|verwendet|eingesetzt|aktiviert|used|utilisés|mobilisés|"
    r"under|unter|sous|bajo|"  # 'Mistral Small 3.1: 24B under Apache 2.0'
    r"utilizados|usados|"
    r"(?:of|out of|de|di|von|sur)\s+(?:a total of\s+|un total de\s+)?(?=\d)|"
    r"(?-i:a|à)\s+(?=[\w.-]*\d|[A-Z])|"  # 'atribuye unos 300.000 millones a o1-preview': the model it is given to
    r"(?:of|de|di|del|von|des|du)\s+(?:its|their|the|his|her|a|an|su|sus|son|sa|ses|leur|leurs|la|le|les|el|"
    r"los|las|l['’]|un|une|una|seine[mnrs]?|ihre[mnrs]?|dem|der|den|einem|einer))\b",
    re.IGNORECASE,
)


# a magnitude written short, as a size tag is: 'Mistral Small 3.1 : 24 Md sous Apache 2.0'
SHORT_MAGNITUDE = re.compile(r"\s?(?:Md|Mds|Mrd\.?|bn|Bn|Mio\.?)$")


def _weak_count(text, start, end, q, qs, verdicts) -> bool:
    """A bare billion-scale figure in a sentence about parameters, e.g. 'GPT-3 jumped to 175 billion.'"""
    if q.value < 10**8 or q.value > 10**16:
        return False
    if not (
        PARAM_WORD.search(text, start, end)
        or PARAM_WORD.search(text, _context_start(text, start), start)
        or SCOPE_RIGHT_AFTER.match(text, q.end, end)
        or (
            (q.suffix or SHORT_MAGNITUDE.search(text, q.start, q.end))
            and NAMED_SIZE_BEFORE.search(text, start, q.start)
        )
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
    if MODEL_OF_SIZE.search(text, max(start, q.start - 60), q.start):
        return True  # 'era un modelo denso de 34.000 millones lanzado en 2024': the size of the model named
    return (
        not re.match(r"\s*[^\W\d]", text[q.end : min(end, q.end + 3)])
        or bool(WEAK_FOLLOW.match(text, q.end, end))
        or bool(SCOPE_RIGHT_AFTER.match(text, q.end, end))
    )


# a model or a version of so much, in a text about parameters: 'un modelo denso de 34.000 millones lanzado en 2024',
# 'una versión densa de 22.000 millones pensada para móviles', 'a dense model of 9 billion'
MODEL_OF_SIZE = re.compile(  # (after a copula or a comma: 'un modelo de 8.000 millones' alone is any such model)
    r"(?:\b(?:is|was|era|es|est|était|ist|war|as|como|comme|als)\s+|\d[\w.-]*(?:\s[A-Z][\w-]*)?,\s+)(?:an?|un|une|una|ein|eine[nm]?)\s+"
    r"(?:[^\W\d]+\s+)?(?:model|modèle|modelo|modello|version|versión|Version|variant|variante|Variante)\s+(?:[^\W\d]+\s+)?"
    r"(?:of|de|mit|with|con|avec|di)\s+(?:(?:about|around|roughly|unos|unas|environ|rund|etwa|près de|cerca de)\s+)?$",
    re.IGNORECASE,
)
OWN_BEFORE = re.compile(
    r"\b(?:our|notre|nos|nuestro|nuestra|nuestros|unser\w*)\s+(?:(?:new|newest|nouveau|nouvelle|nuevo|nueva|neue\w*|"
    r"model|modèle|modelo|Modell|de)\s+)*$",
    re.IGNORECASE,
)


def spec_line(text: str, start: int, q: Quantity) -> bool:
    return bool(PARAM_LABEL.search(text, max(start, text.rfind("\n", 0, q.start) + 1), q.start))
