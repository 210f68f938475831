"""Model names nobody listed yet, in a stretch of text: those a cue introduces ('called X', 'the model X',
'its successor, X,') and other words shaped like names."""

from __future__ import annotations

import bisect
import itertools
import re

from claimwatch.extract.attribution import ATTRIBUTION
from claimwatch.extract.clauses import APPROX_SLOT, APPROX_WORDS
from claimwatch.extract.cues import FORMER_NAME
from claimwatch.extract.mentions import ModelMention, new_name
from claimwatch.extract.name_patterns import (
    ACRONYM_PAIR,
    ADVERB_THEN_GENANNT,
    APPOSED_ACRONYM,
    APPOSED_JOINED,
    APPOSED_NAME,
    APPOSITION_HEAD,
    APPOSITION_NAME,
    APPOSITION_REACH,
    CAPITALISED,
    COMPANY_NOUN,
    COMPANY_NOUNS,
    FAMILY_COMPOUND,
    GENERIC_COMPOUND_HEADS,
    HYPHEN_NUMBER,
    INTRO_BEFORE,
    INTRO_WORDS,
    LIST_GOES_ON,
    LIST_HEADING,
    LOW,
    MAKER_HEADING,
    MODEL_WORD_AFTER,
    NAME_SHAPE,
    NAMING_FORWARD,
    NAMING_PARTICIPLE,
    NAMING_WORDS,
    NOT_MODEL_NOUN_BEFORE,
    NOT_NAMES_AFTER_NOUN,
    NOT_VERSIONED,
    NOUN_THEN_NAME,
    ORG_NOUN_BEFORE,
    PARAM_WORD,
    QUOTED_RELEASE,
    QUOTED_THEN_CUE,
    QUOTES,
    SIZE_WRITTEN,
    SPACE_NUMBER,
    TIER_END,
    TIER_WORDS,
    UP,
    VERSION_AFTER,
    dateline,
    stoplisted,
)
from claimwatch.extract.numbers import find_quantities, scales_a_number
from claimwatch.extract.tables import DASH_CELL, LIST_MARK


def new_names(
    text: str,
    low: str,
    spans: list[tuple[int, int]],
    starts: list[int],
    regions: list[tuple[int, int]],
    taken: list[tuple[int, int]],
) -> tuple[list[ModelMention], list[ModelMention]]:
    """(names a cue introduces, other name-shaped words) in the regions of the text, skipping words that
    are already known names (`taken`, sorted spans)."""
    introduced: list[ModelMention] = []
    shaped: list[ModelMention] = []
    for a, b in regions:
        _new_names_in(text, low, spans, starts, a, b, introduced, shaped, taken)
    introduced += listed_names(text, taken)
    if text.find(" heißen", 0) >= 0 or text.find(" heissen") >= 0:
        # 'Es soll Walze heißen': German names it before the verb
        introduced += [
            new_name(m.start("name"), m.end("name"), m.group("name"))
            for m in NAMED_BEFORE_HEISSEN.finditer(text)
            if not stoplisted(m.group("name")) and not _inside_taken(m.start("name"), m.end("name"), taken)
        ]
    introduced += labelled_names(text, taken) if text.find(":") >= 0 else []
    return [m for m in introduced if not _person_or_firm(text, m)], shaped


# a person by the post before the name ('El analista Héctor Villaseñor, de la firma ...'), a firm by its shape
# ('• Bankhaus Lennartz (Frankfurt): 400 bis 700 Mrd.', 'Helvetia Research Partners'): no model
POST_BEFORE = re.compile(
    r"\b(?:analysts?|analyste|analista|Analyst|Analystin|researcher|chercheuse|chercheur|Forscher|Forscherin|"
    r"investigador|investigadora|professor|Professor|Professorin|professeur|profesor|profesora|CEO|spokesperson|"
    r"Sprecher|Sprecherin|porte-parole|portavoz)\s+$"
)
FIRM_SHAPED = re.compile(
    r"(?:Bankhaus|Bank|Banco|Banque|Kanzlei|Cabinet|Analysehaus|Investmenthaus) .+|"
    r".+ (?:Research|Partners|Capital|Securities|Consulting|Advisors|Associates|Bank|Holdings|Investments)"
)


def _person_or_firm(text: str, m: ModelMention) -> bool:
    return bool(POST_BEFORE.search(text, max(0, m.start - 30), m.start) or FIRM_SHAPED.fullmatch(m.surface))


NAMED_BEFORE_HEISSEN = re.compile(
    rf"\b(?:soll|sollte|wird|würde|könnte|dürfte)\s+(?P<name>[{UP}][\w-]*(?: \d+(?:\.\d+)?)?)\s+hei(?:ß|ss)en\b"
)
# a fact line that labels a model: '- Modell: EVA-Schaden 3 (Eigenentwicklung)', 'Base model: Harrow 2 of ...'
MODEL_LABEL = re.compile(
    r"^[ \t]*(?:[-•*–][ \t]+)?(?:Modell|Model|Modèle|Modelo|Modello|Basismodell|Base model|Modèle de base|"
    r"Modelo base|Sprachmodell|Language model|Modèle de langue|Modelo de lenguaje)[ \t]?:[ \t]+"
    rf"(?P<name>[{UP}][\w.+-]*(?: (?:[{UP}][\w.+-]*|\d[\w.]*)){{0,3}})",
    re.MULTILINE,
)


def labelled_names(text: str, taken: list[tuple[int, int]]) -> list[ModelMention]:
    """The name after a fact line's 'Modell:' label, up to a maker's 'von', a bracket or the line's end."""
    found = []
    for m in MODEL_LABEL.finditer(text):
        name = m.group("name")
        start, end = m.start("name"), m.end("name")
        if stoplisted(name.split(" ")[0]) or _inside_taken(start, end, taken):
            continue
        found.append(new_name(start, end, name))
    return found


# a list of plain words after a colon that ends a clause about a family's models: 'which it calls the Orlessa
# Everyday family: Pebble, Lantern and Anchor.', 'die aus drei Sprachmodellen besteht: Spaten, Pflug und Egge.'
LIST_AFTER_COLON = re.compile(
    rf"\s?:\s+(?P<list>[{UP}][{LOW}]{{2,}}(?:,\s+[{UP}][{LOW}]{{2,}})*,?\s+(?:and|und|et|y|e|en)\s+[{UP}][{LOW}]{{2,}})"
    r"\s*(?:[.;\n]|$)"
)
MODELS_BEFORE_COLON = re.compile(
    r"\b(?:famil(?:y|ia|le|ie)|Modellfamilie|models|modelos|modèles|Modelle|Sprachmodell(?:e|en)|language models)\b"
    r"[^.:;\n]{0,60}$",
    re.IGNORECASE,
)
LISTED_WORD = re.compile(rf"[{UP}][{LOW}]{{2,}}")


def listed_names(text: str, taken: list[tuple[int, int]]) -> list[ModelMention]:
    """The plain words a family's list names ('Pebble, Lantern and Anchor'), but no tier word (a model's
    'Ultra, Pro und Nano'), no known name and no maker."""
    words = set()
    at = text.find(":")
    while at >= 0:
        listed = LIST_AFTER_COLON.match(text, at - 1 if at and text[at - 1] == " " else at)
        if listed and MODELS_BEFORE_COLON.search(text, max(0, at - 120), at):
            for w in LISTED_WORD.finditer(text, listed.start("list"), listed.end("list")):
                if not (
                    re.fullmatch(TIER_WORDS, w.group())
                    or stoplisted(w.group())
                    or _inside_taken(w.start(), w.end(), taken)
                ):
                    words.add(w.group())
        at = text.find(":", at + 1)
    # (and each later use of the word, which names the model too: 'Ola se ocupa de la mayoría de las conversaciones')
    return [
        new_name(m.start(), m.end(), m.group())
        for word in words
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
        if not _inside_taken(m.start(), m.end(), taken)
    ]


def _inside_taken(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(taken, (start, float("inf"))) - 1
    return any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 2])


ARTICLE_BEFORE = re.compile(
    r"\b(?:the|des|les|le|la|du|aux|los|las|el|del|die|der|den|dem)\s+$", re.IGNORECASE
)
# a magnitude after a number's digits: '7500 millones', '1.8B', '12 Mrd.'
MAGNITUDE_AFTER = r"(?:[BMT]\b|billion|million|Mrd|Mds?\b|Mio|milliards?|millions?|mil millones|millones|Milliarden|Millionen)"
# a name and its former one: 'Tessel, formerly known as Corvane', 'Ardelis (anciennement Fourvière)'
FORMER_NAME_CUE = re.compile(rf"\s*[,(–—]\s*(?:{FORMER_NAME})\b")
NAME_RIGHT_BEFORE = re.compile(rf"(?<![\w-])[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*)?$")
# a size in brackets right after a name-shaped word: 'J1-Large (7500 millones)', 'Nano-1 (1.8B)'
SIZE_IN_PARENS_AFTER = re.compile(
    rf"\s?\((?:ca\.\s?|~\s?|about\s|approx\.\s?|env\.\s?|etwa\s)?\d[\d.,\s]*\s?{MAGNITUDE_AFTER}"
)
COMPOUND_NOUN_END = re.compile(r"[-‑](?:Version|Variante|Modell|Model)$")
# a person's hyphenated given names and surname: 'La startup de Kai-Fu Lee', 'Jean-Luc Moreau'
GIVEN_NAMES = re.compile(r"[A-Z][a-z]{1,7}[-‑][A-Z][a-z]{1,7}")
SURNAME_AFTER = re.compile(rf" (?!(?:{TIER_WORDS})\b)[A-Z][a-zà-ÿ]+(?![\w-])")
# a number before a magnitude word, which counts and is no version: 'umfasst Norvik 96 Milliarden'
SPACED_NUMBER_END = re.compile(r" \d+(?:[.,]\d+)?$")
NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+\.?)")
# '+ Runs 7B models comfortably': a word and a size before a plural model noun name a class of models
# (a scan for a quote mark is far faster than one for QUOTED_RELEASE, and most stretches hold none)
QUOTE_MARK = re.compile(r"[„“\"«]")
SIZE_END = re.compile(r"\s\d+(?:[.,]\d+)?[BMT]$")
SIZE_TAG_END = re.compile(rf"^[{UP}][{LOW}]{{2,}}(?:[-‑][{UP}][{LOW}]+)?[ \-‑]\d+(?:\.\d+)?B$")
# before a word that a size tag names: inside a sentence, after a lower-case word or a comma
INSIDE_BEFORE = re.compile(rf"(?:[{LOW}],?|,) $")
# after it: more sizes ('in den Gewichtsklassen 8B und 70B', 'Smaller 3B and 7B versions') or a chip ('Ascend 910B chips')
NO_NAME_AFTER = re.compile(
    r"\s*(?:,|/|\b(?:and|und|et|y|or|oder|ou|o)\b)\s*\d|\s+(?:chips?|Chips?|GPUs?|puces?|accelerators?|processors?|"
    r"Beschleuniger\w*|NPUs?)\b"
)


CHIP_BEFORE = re.compile(
    r"\b(?:chips?|Chips?|puces?|GPUs?|accelerators?|Beschleuniger\w*)\s+(?:[\w-]+\s+){0,2}$"
)
CHIP_FAMILIES = frozenset(
    "Ascend Gaudi Trainium Inferentia Instinct Blackwell Hopper Ampere Maia Kunlun".split()
)


def _tagged_name(text: str, start: int, end: int, name: str) -> bool:
    """'Irwell Labs is demonstrating Quaymind 7B, an assistant for ...': a word with a size tag, inside a
    sentence, names a model (not the sizes a noun lists, 'Smaller 3B and 7B versions', nor a chip)."""
    return bool(
        SIZE_TAG_END.search(name)
        and INSIDE_BEFORE.search(text, max(0, start - 3), start)
        and not NO_NAME_AFTER.match(text, end)
        and not CHIP_BEFORE.search(text, max(0, start - 40), start)
        and name.split(" ")[0] not in CHIP_FAMILIES
        and name.split(" ")[0] not in NOT_VERSIONED
        and not re.fullmatch(TIER_WORDS + "|Basis", re.split(r"[ \-‑]", name)[0])
    )


# a news agency's dateline: 'Pékin (AFP) –', 'HANGZHOU (dpa) –'
AGENCY_IN_BRACKETS = re.compile(
    r"[ \t]+\((?:AFP|dpa|DPA|Reuters|AP|EFE|Europa Press|ANSA|Xinhua|Bloomberg|APA|SDA|KNA|epd|Belga|Kyodo|Yonhap)\b"
)
# a name that opens a dash-separated line with its size: 'Kelpie-2 – 14 milliards – Apache 2.0'
LINE_OPEN_BEFORE = re.compile(rf"(?:^|\n)[ \t]*{LIST_MARK}$")
DASH_SIZE_AFTER = re.compile(
    rf"(?:[ \t]*\([^)\n]{{1,40}}\))?{DASH_CELL}(?:[^\n–—]{{1,30}}?{DASH_CELL})?(?:~[ \t]?)?\d[\d.,]*[ \t]?"
    + MAGNITUDE_AFTER
)
# the count of a named model: 'estime à environ 30 milliards le nombre de paramètres de Scolaris', 'the parameter
# count of Tessel', 'die Parameterzahl von Kompass', 'el número de parámetros de Lince' (found in the lower-cased text)
COUNT_OF_NAME = re.compile(
    r"(?:nombre de paramètres|number of parameters|parameter count|número de parámetros|parameterzahl|"
    r"anzahl der parameter|zahl der parameter) (?:de |d['’]|of |del |von |des )"
)
# (not a firm before its model: 'the parameter count of Lumen Dynamics' Vesper-5')
COUNTED_NAME = re.compile(rf"[{UP}][{LOW}]{{2,}}(?:[-‑ ][{UP}0-9][\w.]*)?(?![\w'’-])(?!\s[{UP}][\w.-]*['’])")
MAKER_PHRASE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>[{UP}][\w.-]*),?\s+"
    rf"(?:de la|del|von den|von der|from|by)\s+(?:[a-zà-ÿ]+\s+){{0,2}}(?:[{UP}][\w.&-]*\s+){{0,2}}$"
)
# a plain word with a size tag alone in brackets: 'Heron (12B) to Heron-Slim (7.4B)'
PLAIN_TAGGED = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}) \((?:~ ?)?\d{{1,4}}(?:[.,]\d{{1,2}})?[BMT]\)"
)
# a member of a list of models, each with its maker and its size, after a semicolon: '; Rialta, desarrollado en
# Vigo por Marea Labs, alcanza los 27.000 millones', '; y Pampix, de la argentina Austral Datos, se queda en unos'
LISTED_WITH_MAKER = re.compile(
    rf"; (?:(?:and|y|et|und) )?(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}),"
    r" (?=[^,;]{0,40}\b(?:de|del|d['’]|by|from|von|vom|par|por)\b)[^,;]{3,60}, (?:[\w'’]+ ){0,4}?\d"
)
SIZE_CLASS = re.compile(r"\s+(?:models|Modelle|modèles|modelos|modelli|LLMs)\b")


def _new_names_in(
    text: str,
    low: str,
    spans,
    starts,
    a: int,
    b: int,
    introduced: list,
    shaped: list,
    taken: list[tuple[int, int]],
) -> None:
    for m in NAME_SHAPE.finditer(text, a, b):
        name = COMPOUND_NOUN_END.sub("", m.group().strip())  # 'eine Alpin-4-Version': Alpin-4
        if (
            stoplisted(name)
            or _inside_taken(m.start(), m.start() + len(name), taken)
            or dateline(text, m.start())
            or (SIZE_CLASS.match(text, m.start() + len(name)) and SIZE_END.search(name))
            or (GIVEN_NAMES.fullmatch(name) and SURNAME_AFTER.match(text, m.start() + len(name)))
        ):
            continue
        name_end = m.end()
        if SPACED_NUMBER_END.search(name) and _magnitude_next(text, m.start() + len(name)):
            # 'Arkon-Mega 600 Mrd. Parameter', 'umfasst Norvik 96 Milliarden': the number is the count, not a version
            name = SPACED_NUMBER_END.sub("", name)
            name_end = m.start() + len(name)
            if not NAME_SHAPE.fullmatch(name):
                continue
        at = max(0, bisect.bisect_right(starts, m.start()) - 1)
        start, end = spans[at] if spans else (0, len(text))
        # the count may come a few sentences on ('Technische Daten Priel-2' over 'Parameter: 12 Mrd.')
        reach = spans[min(at + 3, len(spans) - 1)][1] if spans else end
        mention = new_name(m.start(), m.start() + len(name), name)
        first = re.sub(r"(?:[-‑][a-z]+)+$", "", name.split(" ")[0])  # 'Teuken-7B-instruct' -> 'Teuken-7B'

        if (
            _introduced(text, low, m.start(), name_end, start, end)
            or SIZE_IN_PARENS_AFTER.match(text, m.start() + len(name))  # 'También J1-Large (7500 millones)'
            or (
                DASH_SIZE_AFTER.match(text, m.start() + len(name))
                and LINE_OPEN_BEFORE.search(text, max(0, m.start() - 8), m.start())
            )
            # a size tag after a word: 'Irwell Labs is demonstrating Quaymind 7B, an assistant for ...'
            or _tagged_name(text, m.start(), m.start() + len(name), name)
            or (
                SPACE_NUMBER.fullmatch(name)  # 'Polaris 2 soll ... 70 Milliarden Parameter haben'
                and name.split(" ")[0] not in NOT_VERSIONED
                and VERSION_AFTER.match(text, m.start() + name.index(" "))
                and not LIST_GOES_ON.match(text, m.start() + len(name))  # 'in den Größen 7, 13 und 70'
                and PARAM_WORD.search(text, start, end)
            )
        ) or (
            HYPHEN_NUMBER.fullmatch(first)
            and not ACRONYM_PAIR.fullmatch(first)
            and (PARAM_WORD.search(text, start, reach) or SIZE_WRITTEN.search(text, start, reach))
        ):
            introduced.append(mention)
        else:
            shaped.append(mention)
    naming_cues = NAMING_FORWARD.finditer(low, a, b) if NAMING_WORDS.search(low, a, b) else ()
    for cue in naming_cues:
        named = CAPITALISED.match(text, past_quote(text, cue.end()))
        if (
            named
            and not stoplisted(named.group())
            and "\n" not in text[cue.start() : named.start()]
            and not NOT_MODEL_NOUN_BEFORE.search(text, max(a, cue.start() - 40), cue.start())
            and not (
                NAMING_PARTICIPLE.match(cue.group())
                and ORG_NOUN_BEFORE.search(text, max(a, cue.start() - 40), cue.start())
            )
        ):
            name = re.split(r"\.\s", named.group(), maxsplit=1)[0].rstrip(
                "."
            )  # 'called Kestrel. Each' -> Kestrel
            introduced.append(new_name(named.start(), named.start() + len(name), name))
    for m in LISTED_WITH_MAKER.finditer(text, a, b) if text.find("; ", a, b) >= 0 else ():
        # '...; Bréhat, conçu à Rennes par Armor Data, monte à 40 milliards ; Aigoual, d'Occitanie Labs, ...'
        if (
            not stoplisted(m.group("name"))
            and not _inside_taken(m.start("name"), m.end("name"), taken)
            and PARAM_WORD.search(low, max(a, text.rfind(". ", a, m.start()) + 1), m.start())
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in (
        LISTED_WITH_BRACKET.finditer(text, a, b)
        if text.find(") :", a, b) >= 0 or text.find("):", a, b) >= 0
        else ()
    ):
        if (
            not stoplisted(m.group("name"))
            and not _inside_taken(m.start("name"), m.end("name"), taken)
            and PARAM_WORD.search(low, a, b)
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for cue in FORMER_NAME_CUE.finditer(text, a, b):
        named = NAME_RIGHT_BEFORE.search(text, max(a, cue.start() - 40), cue.start())
        if (
            named
            and not stoplisted(named.group())
            and not _inside_taken(named.start(), named.end(), taken)
            and not any(m.start == named.start() for m in introduced)
        ):
            introduced.append(new_name(named.start(), named.end(), named.group()))
    for m in PLAIN_TAGGED.finditer(text, a, b) if text.find("(", a, b) >= 0 else ():
        if not stoplisted(m.group("name")) and not _inside_taken(m.start(), m.end("name"), taken):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in LOWER_ID_SIZED.finditer(text, a, b) if text.find("(", a, b) >= 0 else ():
        if any(c.isdigit() for c in m.group("name")) and not _inside_taken(m.start(), m.end(), taken):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in REPO_ID.finditer(text, a, b) if text.find("/", a, b) >= 0 else ():
        # 'janhq/Jan-v1-4B', 'isarwerk/Lindwurm-12B-Instruct': a model hub's id names the model after the slash
        if not stoplisted(m.group("name")) and not any(
            s < m.end("name") and m.start("name") < e for s, e in taken
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    rules = [QUOTED_THEN_CUE]
    if low.find("genannt", a, b) >= 0 or low.find("bezeichnet", a, b) >= 0:
        rules.append(ADVERB_THEN_GENANNT)
    if any(low.find(head, a, b) >= 0 for head in ("-modell", "-reihe", "-familie", "-serie")):
        rules.append(FAMILY_COMPOUND)
    for rx in rules:
        for m in rx.finditer(text, a, b):
            name = m.group("name")
            if not stoplisted(name) and name not in GENERIC_COMPOUND_HEADS:
                introduced.append(new_name(m.start("name"), m.end("name"), name))
    for m in QUOTED_RELEASE.finditer(text, a, b) if QUOTE_MARK.search(text, a, b) else ():
        group = "name" if m.group("name") else "name2"
        if not stoplisted(m.group(group)):
            introduced.append(new_name(m.start(group), m.end(group), m.group(group)))
    if _may_name_family(low, a, b) or low.find("llm", a, b) >= 0:
        for m in NOUN_THEN_NAME.finditer(text, a, b):
            name = m.group("name")
            if not stoplisted(name) and name not in NOT_NAMES_AFTER_NOUN:
                introduced.append(new_name(m.start("name"), m.end("name"), name))
    counted = low.find("param", a, b) >= 0 or low.find("parám", a, b) >= 0
    for m in COUNT_OF_NAME.finditer(low, a, b) if counted else ():
        named = COUNTED_NAME.match(text, m.end())
        if named and not stoplisted(named.group()):
            introduced.append(new_name(named.start(), named.end(), named.group()))
    for m in APPOSED_NAME.finditer(text, a, b):
        begin = _tier_head(text, m.start("name"), m.group("name"))
        if (
            not stoplisted(m.group("name"))
            # 'aus Hangzhou, einem Hybridmodell': a place after 'from' is no model
            and not PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            # 'Dazu sagte Huang, das neueste OpenAI-Spitzenmodell habe ...': the speaker, named after the verb
            and not SAID_BEFORE.search(text, max(0, m.start() - 30), m.start())
            # 'Según el diario La Gaceta Digital, el modelo ...', 'Según Lolabs, el modelo ...': the source
            and not SOURCE_BEFORE.search(text, max(0, begin - 60), begin)
            # 'Die Chance, ein 70-Milliarden-Modell mitzugestalten': a German noun after its article
            and not GERMAN_ARTICLE_BEFORE.search(text, max(0, begin - 5), begin)
            and not NOUN_ARTICLE_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            )  # 'Anfang des Monats, das Modell', 'die Hochschulen angekündigt, das Modell', '13 Billionen Token, das'
            # 'Fachleute schätzen, das Modell könnte ...': reported speech opens there, no apposition
            and not REPORTED_CLAUSE_AFTER.match(text, m.end())
            # 'la catedrática Inmaculada Ruiz, el sistema ...': a person's surname before 'the system'
            and not (
                m.group().endswith(SYSTEM_NOUNS) and FIRST_NAME_BEFORE.search(text, max(0, begin - 20), begin)
            )
        ):
            # 'Almirax, de la sevillana Quásar Cómputo, un modelo de ...': the maker ends before the comma, the
            # model is named before it
            maker = MAKER_PHRASE_BEFORE.search(text, max(0, begin - 80), begin)
            if maker and not stoplisted(maker.group("name")):
                introduced.append(new_name(maker.start("name"), maker.end("name"), maker.group("name")))
            else:
                introduced.append(new_name(begin, m.end("name"), text[begin : m.end("name")]))
    for m in APPOSED_JOINED.finditer(text, a, b):
        if not stoplisted(m.group("name")):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in APPOSED_ACRONYM.finditer(text, a, b):
        # ('Pour la plupart des PME, un modèle entre 7 et 30 milliards': a common noun's acronym)
        if not stoplisted(m.group("name")) and not ARTICLE_BEFORE.search(
            text, max(0, m.start() - 6), m.start()
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in NAME_BEFORE_MODEL.finditer(text, a, b) if low.find(" model", a, b) >= 0 else ():
        # ('the Arabic-English model' is no name)
        if (
            not stoplisted(m.group("name"))
            and not NOT_NAMES_BEFORE_MODEL.intersection(m.group("name").split("-"))
            # ('the first Varden model to ship' after 'Varden Automotive': a firm outside AI, by its full name)
            and not re.search(rf"(?<![\w-]){re.escape(m.group('name'))} {NON_AI_FIRM}", text)
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    owned = any(text.find(mark, a, b) >= 0 for mark in ("'s ", "’s ", "s' ", "s’ "))  # substring scans first
    for m in OWNED_NAME_PARTICIPLE.finditer(text, a, b) if owned else ():
        # "Unbabel's Tower, released in 7bn and 13bn flavours", "Microsoft's Aurora, pitched as a foundation model"
        if not stoplisted(m.group("name")):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in PLAIN_TIER_SIZED.finditer(text, a, b) if PARAM_WORD.search(low, a, b) else ():
        # 'un Copihue Pro de unos 30.000 millones de parámetros': a plain word and a tier, with a count right after
        word = m.group("name").split(" ")[0]
        if (
            m.start()
            and text[m.start() - 1] == " "
            and not SENTENCE_END_BEFORE.match(text, m.start() - 2)
            and not stoplisted(word)
            and not _inside_taken(m.start(), m.end("name"), taken)
        ):
            introduced.append(new_name(m.start(), m.end("name"), m.group("name")))
    plain = (
        itertools.chain(
            PLAIN_NAME_HAS.finditer(text, a, b),
            PLAIN_NAME_WHICH.finditer(text, a, b),
            PLAIN_NAME_WHICH_DE.finditer(text, a, b) if low.find(" parameter", a, b) >= 0 else (),
        )
        if PARAM_WORD.search(low, a, b)
        else ()
    )
    for m in plain:
        # 'Lark had 40m parameters': a plain word that opens a sentence and has a parameter count, or one a
        # relative clause gives it ('Seedling, which had just under 4 million parameters')
        # (not a tier that stands for its model, 'Max has 72 billion', nor a quantifier, 'Each has 340 billion')
        word = m.group("name")
        opens = (
            # (a word alone: 'Larkspur Clinical, which has 13bn parameters' is the firm behind the model)
            (
                m.re in (PLAIN_NAME_WHICH, PLAIN_NAME_WHICH_DE)
                and not HEAD_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            )
            or m.start() == 0
            or text[m.start() - 1] == "\n"
            or SENTENCE_END_BEFORE.match(text, m.start() - 2)
            or (
                m.re is PLAIN_NAME_HAS
                and SOURCE_OPENS_BEFORE.search(text, max(0, m.start() - 100), m.start())
            )
            # a member of a list of models and their makers: 'Die Eckdaten: Orvanto von der Kölner Firma ...'
            or (
                m.re is PLAIN_NAME_HAS
                and m.group("maker")
                and text[m.start() - 2 : m.start()] in (": ", "; ")
            )
        )
        if (
            opens
            and _counts_parameters(text, m)
            and not (
                stoplisted(word)
                or word in NOT_NAMES_AFTER_NOUN
                or word in NOT_PLAIN_NAMES
                or TIER_ONLY.fullmatch(word)
            )
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), word))
    tiered = any(text.find(f" {tier}", a, b) >= 0 for tier in TIERED_WORDS)  # a few substring scans first
    for m in TIERED_NAME.finditer(text, a, b) if tiered else ():
        # 'Ember Lite has 1.5bn parameters', 'Atlas Ultra would have five trillion': a plain word and a tier
        # (or two: 'Pulse Mind Lite, an 800M-parameter version', unless the first opens the sentence: 'Then')
        found = HEAD_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())  # a proper word right before
        head = found.group().strip() if found else ""
        opens = not head or (
            stoplisted(head)
            # (a sentence's first word, unless a brand the text names alone too: 'Larkspur Reason Mini, ...')
            or (
                SENTENCE_OPEN.search(text, max(0, found.start() - 4), found.start())
                and not _named_alone(text, head, m.group("name"))
            )
            or HEAD_NOUN.fullmatch(head)  # 'Beim Vorgänger Valkyra Pro'
        )
        start = m.start("name") if opens else found.start()
        name = text[start : m.end("name")]
        if not stoplisted(name.split()[0]) and not stoplisted(name):
            introduced.append(new_name(start, m.end("name"), name))
    copula = any(low.find(w, a, b) >= 0 for w in (" es un", " is a", " ist ein", " est un"))
    for m in COPULA_NAME.finditer(text, a, b) if copula else ():
        # 'Lumbre Magno es un modelo de mezcla de expertos': two plain words, defined as a model
        if not any(stoplisted(word) for word in m.group("name").split()):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in LIST_HEADING.finditer(text, a, b) if "\n" in text[a:b] or a == 0 else ():
        if not stoplisted(m.group("name")) and (
            re.search(r"\d", m.group("name")) or TIER_END.search(m.group("name"))
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in MAKER_HEADING.finditer(text, a, b) if "\n" in text[a:b] or a == 0 else ():
        name = m.group("name")
        if (
            not stoplisted(name)
            # (a dateline: 'Pékin (AFP) – Le modèle ...', 'HANGZHOU (KI-Ticker) – Das ...')
            and not AGENCY_IN_BRACKETS.match(text, m.end("name"))
            and not (name.isupper() and m.group("rest").lstrip()[:1] in "–—-")
            and not stoplisted(name.split()[0])
            # a one-word name only on a line that goes on to its parameters
            and (" " in name or re.search(r"[\d-]", name) or PARAM_WORD.search(m.group("rest")))
        ):
            introduced.append(new_name(m.start("name"), m.end("name"), name))
    for m in NAME_THEN_MAKER.finditer(text, a, b) if COMPANY_NOUNS.search(low, a, b) else ():
        if not stoplisted(m.group("name")):
            introduced.append(new_name(m.start("name"), m.end("name"), m.group("name")))
    for m in _appositions(text, a, b):
        name = m.group("name").rstrip(".")
        if not stoplisted(name):
            introduced.append(new_name(m.start("name"), m.start("name") + len(name), name))


# an English name between a determiner and 'model': 'its upcoming Kite model', 'the new Vega 2 model'
NAME_BEFORE_MODEL = re.compile(
    # (or a firm's possessive: 'Corvid Systems' forthcoming Apex model')
    rf"\b(?:(?i:its|their|the|a|an|our|his|her)|[{UP}][\w-]*(?:['’]s|s['’]))\s+(?:[a-z][\w-]*\s+){{0,2}}"
    # (two capitalised words joined too: 'its Halden-Lark model')
    # (or two words: "CivicWire's Ballot Buddy model")
    rf"(?P<name>[{UP}][{LOW}]{{2,}}(?:[-‑ ][{UP}][{LOW}]{{2,}})?(?: \d+(?:\.\d+)?)?)\s+model\b(?!s)"  # 'the popular Kodiak models' is a family
)
# German nouns for a model's kin, capitalised as any noun: 'das kleinere Schwestermodell Corvus Flash'
HEAD_NOUN = re.compile(
    r"(?:Vorgänger|Nachfolger|Schwester|Bruder|Version|Variante|Ableger|Modell)\w*|\w+modell\w*"
)
OWNED_NAME_PARTICIPLE = re.compile(
    rf"[{UP}][\w-]*(?:['’]s|s['’]) (?P<name>[{UP}][{LOW}]{{2,}}), (?:released|launched|unveiled|introduced|announced|"
    r"pitched|billed|trained|built|designed|developed|described|touted|marketed)\b"
)
# quantifiers and pronouns open sentences too: 'Each has 340 billion', 'Sie hatte 1,5 Milliarden Parameter'
NOT_PLAIN_NAMES = frozenset(
    """Each Both All Every Jedes Jeder Beide Alle Chacun Chacune Tous Cada Ambos Todos She Sie Er Es Ihr Elle Lui Ella
    Este Esta Ese Esa Aquel Aquella Dieses Dieser Diese Jenes Cela Ceci Celui Celle Everyone Everything Someone
    Nobody Jemand Niemand Alles Personne Quelqu Nadie Alguien
    Aunque Pero También Además Ahora Hoy Solo Sólo Ya Todavía Aún Así Entonces Mientras Juntos Quien Mais Pourtant
    Aussi Ainsi Seulement Désormais Ensemble Aujourd Zusammen Heute Jetzt Nun Trotzdem Dennoch Auch Nur Insgesamt
    Although Though But Also Now Today Together Still Yet Only Overall Combined Altogether""".split()
)
HEAD_WORD_BEFORE = re.compile(rf"(?<![\w-])[{UP}][{LOW}]{{2,}} $")
SENTENCE_END_BEFORE = re.compile(r"[.!?] ")
# a source named before the sentence's subject: 'According to two people familiar with the project, Thessaly has ...'
SOURCE_OPENS_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:According to|Selon|D['’]après|Según|De acuerdo con|Citing)\b[^.;:!?\n]{1,80}, $"
)


# (the sentence start is checked after the match: a pattern that starts with a look-behind is slow)
def _counts_parameters(text: str, m: re.Match[str]) -> bool:
    """Whether the words between PLAIN_NAME_HAS's verb and its parameter word are one amount, perhaps hedged
    ('40m', 'rund 1,5 Milliarden', 'zehn Milliarden'): the number grammar reads it, with the parameter word after."""
    window = text[m.start("amount") : m.end()]
    amount_end = m.end("amount") - m.start("amount")
    return any(
        not q.money and q.end == amount_end and AMOUNT_LEAD.fullmatch(window, 0, q.start)
        for q in find_quantities(window)
    )


HEDGE = (
    r"(?:allegedly|reportedly|reputedly|supposedly|apparently|angeblich|offenbar|supuestamente|aparentemente|"
    r"prétendument|apparemment)"
)
AMOUNT_LEAD = re.compile(
    rf"(?:{HEDGE}\s+)?"  # (a hedge after the verb first: 'Quetzal hat angeblich 480 Milliarden')
    r"(?:(?:about|roughly|around|some|nearly|almost|only|just(?: under| over)?|under|over|more than|less than|rund|"
    r"etwa|knapp|fast|über|unter|unos|casi|cerca de|más de|menos de|environ|près de|presque|plus de|moins de)\s+)?"
)
# (the amount between the verb and the parameter word is left to the number grammar, `find_quantities`)
# the source named after an attribution cue: 'Según el diario La Gaceta Digital, el modelo ...'
SOURCE_BEFORE = re.compile(rf"\b{ATTRIBUTION.pattern}(?:[\w'’.-]+\s+){{0,5}}$", re.IGNORECASE)
GERMAN_ARTICLE_BEFORE = re.compile(r"(?:^|[\s•*-])(?:Die|Der|Das) $")
PLAIN_TIER_SIZED = re.compile(
    rf"(?P<name>[{UP}][{LOW}]{{2,}} (?:Pro|Max|Ultra|Mini|Nano|Lite|Plus|Large|Small|Medium))"
    rf",? (?:de|with|mit|avec|con|at|à|of) {APPROX_SLOT}\d[\d.,]*\s?{MAGNITUDE_AFTER}"
)
PLAIN_NAME_HAS = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}})"
    # (and its maker set in between: 'Orvanto von der Kölner Firma Lumetra hat', 'Candelia, de la barcelonesa
    # Tessera AI, tiene', 'Aigoual, d'Occitanie Labs, compte')
    rf"(?P<maker>(?: (?:von der|von|vom) |, (?:(?:de la|del|de|from|by|of) |d['’]))[^,;:.!?\n]{{0,30}}?[{UP}][\w&-]+,?)?"
    # (a hedge between: 'Quetzal reportedly has', 'Quetzal allegedly holds 480 billion parameters', where a bare
    # 'holds' would make a model of 'Memory holds 480 billion parameters at most')
    rf"(?: {HEDGE} (?:holds|packs|boasts)| (?:{HEDGE} )?(?:has|had|hat|hatte|tiene|tenía|compte|"
    r"comptait|umfasst|umfasste|besitzt|possède|totalise|suma|sumaba|posee)) "
    r"(?P<amount>(?:[^.;:!?\n]|(?<=\d)\.(?=\d)|(?<=Mrd|Mio|Bio)\.){1,40}?)\s+(?:de\s+)?[Pp]ar[aáâ]m\w*"
)
PLAIN_NAME_WHICH = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}(?: (?:{TIER_WORDS}))?), (?:which|that|der|die|das) "
    r"(?:[a-zäöüéèàíóúñ]+ ){0,2}?(?:has|had|hat|hatte|besitzt|compte|comptait|possède|tiene|tenía|posee|cuenta con) "
    r"(?P<amount>(?:[^.;:!?\n]|(?<=\d)\.(?=\d)|(?<=Mrd|Mio|Bio)\.){1,40}?)\s+(?:de\s+)?[Pp]ar[aáâ]m\w*"
)
# a line of a list that gives a model, its maker in brackets and its size: '• Ondine Ultra (Brume Labs, Royaume-Uni) :
# environ 250 milliards', 'Tessin Pro (Lumenfeld, Schweiz): rund 300 Mrd. Parameter' (a maker and a place: a source
# alone in brackets gives its estimate, '- LIRMA (Grenoble) : près de 1 000 milliards', '- Foro (NeuronaLoca): 70B')
LISTED_WITH_BRACKET = re.compile(
    rf"^[ \t]*(?:[-•*–·][ \t]*)?(?P<name>[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*){{0,2}}) \([^()\n,]{{2,40}},[^()\n]{{2,30}}\)[ \t]?:[ \t]*"
    rf"(?:(?:{APPROX_WORDS}|entre|between|zwischen|de|von|from)[ \t]+)?\d",
    re.MULTILINE,
)
# the German relative clause ends on its verb: 'Teckla Mini, das nach Herstellerangaben knapp 3 Milliarden Parameter hat'
PLAIN_NAME_WHICH_DE = re.compile(
    # (a German noun is no name: 'in der größten Ausführung, die 27 Milliarden Parameter umfasst')
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}(?<!ung|eit|aft|ion|tät|nte|sse)(?: (?:{TIER_WORDS}))?), (?:der|die|das) "
    r"(?:(?:nach|laut) [A-ZÄÖÜ][\w-]+ )?(?P<amount>[^.;:!?\n,]{1,40}?)\s+Parameter\w* (?:hat|hatte|besitzt|umfasst)\b"
)
SENTENCE_OPEN = re.compile(r"(?:^|[.!?:]\s+|\n\s*)[„“\"'«]?\s*$")
# capitalised English words that describe a model rather than name it
TIERED_WORDS = (
    "Mini",
    "Lite",
    "Pro",
    "Max",
    "Ultra",
    "Nano",
    "Flash",
    "Turbo",
    "Micro",
    "Tiny",
    "Edge",
    "Klein",
    "Plus",
)
TIERED_NAME = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}} (?:{'|'.join(TIERED_WORDS)}))"
    r"(?= (?:has|had|would|will|is|was|hat|hatte|soll|sollte|wird|ist|a|aura|aurait|compte|compterait|est|"
    r"tiene|tendrá|tendría|cuenta|es|revendique|affiche|totalise|umfasst|kommt|comes|packs|weighs)\b"
    r"|,\s+(?:a|an|un|une|una|ein|eine)\s)"
)
# a name of two or three plain words that opens a sentence defining it as a model
COPULA_NAME = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?] ))(?P<name>[{UP}][{LOW}]{{2,}}(?: [{UP}][{LOW}]{{2,}}){{1,2}}) "
    r"(?:es|is|ist|est) (?:un|a|an|ein|eine|une|una) (?:[\w-]+ ){0,3}?(?:[\w-]*model\w*|modelo|modèle|[\w-]*Modell|LLM)\b",
    re.MULTILINE,
)
NON_AI_FIRM = (
    r"(?:Automotive|Motors|Motor|Auto|Group|Gruppe|Groupe|Grupo|Holding|Bank|Banco|Banque|Airlines|Telecom|"
    r"Energy|Insurance|Versicherung|Pharma|Retail|Media|Médias|Medien)\b"
)
NOT_NAMES_BEFORE_MODEL = frozenset(
    """Transformer Transformers Chinese American European French German British Spanish Japanese Korean Indian
    Canadian Israeli Arabic English Language Foundation Frontier Base Reasoning Vision Open Closed Flagship
    Diffusion Mixture Expert Experts Pro Mini Large Small Medium Frontier Instruct Chat Code Coding Video Image
    Speech Voice Audio Music World Embedding Reward Teacher Student Draft Dense Sparse
    Multilingual Bilingual Medical Legal Clinical Financial Italian Portuguese Dutch Russian Ukrainian Polish
    Turkish Persian Hebrew Greek Swedish Norwegian Danish Finnish Hungarian Czech Romanian Thai Vietnamese
    Indonesian Malay Filipino Tagalog Hindi Bengali Tamil Telugu Urdu Marathi Punjabi Gujarati Kannada Malayalam
    Swahili Yoruba Hausa Igbo Zulu Xhosa Amharic Somali Wolof Oromo Tigrinya Kinyarwanda Afrikaans Quechua Aymara
    Guarani Guaraní Nahuatl Mapudungun Cree Inuktitut Navajo Cherokee Maori Māori Basque Catalan Galician Welsh
    Irish Breton Icelandic""".split()
)
# a product named with its maker: 'Guadiana, de la startup sevillana Cierzo AI', 'Kestrel, from the startup X'
NAME_THEN_MAKER = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[\w.-]*(?: [{UP}\d][\w.-]*){{0,2}}),\s+(?i:de la|del|de|from|by|von|der|des|du|d['’])"
    rf"\s*(?i:la\s+|el\s+|the\s+|dem\s+|l['’])?(?i:{COMPANY_NOUN})(?![\w])"
)
TIER_ONLY = re.compile(TIER_WORDS)
HEAD_BEFORE = re.compile(rf"(?<![\w-])[{UP}][\w.-]+[ \u00a0]$")


NOUN_ARTICLE_BEFORE = re.compile(
    r"\b(?:des|dem|den|der|die|einem|einer|eines)\s+$|\b(?:Billionen|Milliarden|Millionen|Mrd\.|Mio\.|Bio\.)\s+$"
)
REPORTED_CLAUSE_AFTER = re.compile(
    r"\s+(?:habe|hätte|sei|wäre|bestehe|könne|könnte|werde|würde|solle|verfüge|komme|umfasse|nutze|besitze)\b"
)
SYSTEM_NOUNS = ("system", "systems", "système", "systèmes", "sistema", "sistemas", "chatbot", "chatbots")
FIRST_NAME_BEFORE = re.compile(rf"(?<![.!?]\s)\b[{UP}][{LOW}]+ $")
PLACE_BEFORE = re.compile(r"\b(?:aus|nach|from|in|à|desde)\s+$")
SAID_BEFORE = re.compile(
    rf"\b(?:sagte|sagt|erklärte|betonte|meinte|said|says|told|added|explained|dijo|afirmó|explicó|añadió|"
    rf"a dit|a déclaré|explique|déclare|ajoute|a ajouté)\s+(?:[{UP}][{LOW}]+\s+)?$"
)


def _tier_head(text: str, start: int, name: str) -> int:
    """'Arpège Pro, un modèle': a tier word names a model only with the word before it; and a proper word
    before a name is part of it ('released Larkspur Reason, a model', 'OlivIA Campo, una versión'), unless it
    opens the sentence or follows a German article, where nouns are capitalised too ('der Konzern Kondor')."""
    head = HEAD_BEFORE.search(text, max(0, start - 30), start)
    if TIER_ONLY.fullmatch(name):
        return head.start() if head else start
    word = head.group().strip() if head else ""
    if (
        head
        and not re.search(
            r"[-‑]\d", name
        )  # a name with its size is whole: 'en Sevilla Giralda-20B, un modelo'
        and not stoplisted(word)
        and word not in NOT_NAMES_AFTER_NOUN  # 'hat vergangene Woche Bergfink vorgestellt'
        and not HEAD_NOUN.fullmatch(word)
        and not SENTENCE_OPEN.search(text, max(0, head.start() - 4), head.start())
        and not ARTICLE_OR_PLACE_BEFORE.search(text, max(0, head.start() - 8), head.start())
        and _named_alone(text, word, name)  # a brand ('Larkspur says'), not a person's first name
    ):
        return head.start()
    return start


def _named_alone(text: str, word: str, name: str) -> bool:
    """Whether the text has `word` somewhere without `name`'s first word after it ('Larkspur says', 'OlivIA
    funciona' beside 'Larkspur Reason', 'OlivIA Campo'): a brand of its own, not a person's first name."""
    return bool(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?! {re.escape(name.split()[0])})", text))


# German capitalises its nouns ('der Konzern Kondor'); a place is no brand ('présente à Paris Ysengrin 2')
ARTICLE_OR_PLACE_BEFORE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|im|am|vom|zum|à|desde|aus|nach)\s$"
    # (or a German adjective: 'das zwölfköpfige Team Stutzer-9B')
    r"|\b[a-zäöüß]{3,}(?:ige|ische|liche)[nmrs]?\s$"
)


# a model hub's repository id with a size tag in the model's part
REPO_ID = re.compile(
    r"(?<![\w/.@-])[A-Za-z0-9][\w.-]*/(?P<name>[A-Z][\w.]*(?:-[\w.]+)*?-\d+(?:\.\d+)?[BbMm](?:-[A-Za-z](?:[\w.]*\w)?)*)(?![\w/-])"
)


# an API's model id, lower case, with its size in brackets: 'ardent-core-0722 (32B)', 'serrana-pro-v2 (27.000
# millones)', 'brennwald-gross-2406 (MoE; 120 Mrd. gesamt, 18 Mrd. aktiv)' (hyphenated, with a digit somewhere;
# the bracket opens with the size or a short label before it)
LOWER_ID_SIZED = re.compile(
    r"(?<![\w/.@-])(?P<name>[a-z][a-z0-9]*(?:[-.][a-z0-9]+){1,4})(?![\w/-])"
    rf"(?=\s?\((?:[A-Za-z]{{2,6}}[;:,]\s?)?(?:~\s?|(?:{APPROX_WORDS}|approx\.|env\.)\s?)?"
    rf"\d[\d.,]*\s?{MAGNITUDE_AFTER}\.?"
    # (the size of the model, not of something it counts: 'kelpie-base-0911 (7 million downloads)')
    r"(?=\s?[),;]|\s+(?:de\s+)?(?:param|Param|total|gesamt|active|aktiv|actif|activo|en total)))"
)


def _appositions(text: str, a: int, b: int) -> list[re.Match[str]]:
    """Names set off by commas after a model noun: 'its successor, Velia-70, ...'."""
    found = []
    taken_until = a
    for m in APPOSITION_NAME.finditer(text, a, b):
        head = APPOSITION_HEAD.search(text, max(taken_until, m.start() - APPOSITION_REACH), m.start())
        if head:
            found.append(m)
            taken_until = m.end()
    return found


def _introduced(text: str, low: str, a: int, b: int, start: int, end: int) -> bool:
    """A name right after a naming cue or a model noun, or right before a model noun."""
    lo = max(start, a - 60)
    if INTRO_WORDS.search(low, lo, a) and INTRO_BEFORE.search(text[lo:a]):
        return True
    after = text[b : min(end, b + 30)]
    return bool(MODEL_WORD_AFTER.match(after) or MADE_BY_AFTER.match(text, b, end))


# a product and who made it: 'AstroLLaMA, released in 2023 by the UniverseTBD collaboration'
MADE_BY_AFTER = re.compile(
    r",\s+(?:released|published|developed|built|trained|created|launched|veröffentlicht|entwickelt|trainiert|"
    r"publié|développé|entraîné|lancé|publicado|desarrollado|entrenado|lanzado)\b[^.;,]{0,30}?\s(?:by|von|par|por)\s"
    r"(?:the\s|der\s|dem\s|la\s|le\s|l['’]|el\s)?[A-Z]"
)


def _may_name_family(low: str, a: int, b: int) -> bool:
    """Every NOUN_THEN_NAME match but an 'LLM' one holds one of these words: most stretches of text hold none."""
    return any(low.find(word, a, b) >= 0 for word in FAMILY_HINTS)


FAMILY_HINTS = ("model", "modèle", "famil", "serie", "série", "assist", "asist", "klassifik", "classifier")


def past_quote(text: str, pos: int) -> int:
    """Where a name after a naming cue starts: past an opening quote, and the space French puts inside one
    ('nom de code « Cirrus »')."""
    if text[pos : pos + 1] not in QUOTES:
        return pos
    pos += 1
    while text[pos : pos + 1] in (" ", "\u00a0", "\u202f"):
        pos += 1
    return pos


def _magnitude_next(text: str, pos: int) -> bool:
    word = NEXT_WORD.match(text, pos)
    return word is not None and scales_a_number(word.group(1))
