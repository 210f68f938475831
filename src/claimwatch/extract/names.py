"""Find model names in a sentence: known ones from the gazetteer, with the compounds, versions and tiers built
on them, and new ones (new_names.py), as ModelMentions in text order."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace

from claimwatch.extract.gazetteer import Gazetteer, Mention, name_key
from claimwatch.extract.literal import after_word, whole_words, word_starts
from claimwatch.extract.mentions import ModelMention, new_name, overlaps, slug
from claimwatch.extract.name_patterns import (
    CAPITALISED,
    COMPANY_NOUN,
    FAMILY_NAME,
    FAMILY_WORDS,
    LOW,
    NAMING_FORWARD,
    NAMING_WORDS,
    NOT_MODELS,
    TIER_END,
    TIER_WORDS,
    UP,
    VERSION_AFTER,
    dateline,
    stoplisted,
)
from claimwatch.extract.new_names import SURNAME_AFTER, new_names, past_quote
from claimwatch.extract.numbers import lower_in_place
from claimwatch.extract.orgs import article_firms, find_orgs
from claimwatch.extract.tables import header_of

NAMESPACE_AFTER = re.compile(r"/[A-Za-z]")


def _naming_sentences(
    text: str, low: str, spans: list[tuple[int, int]], starts: list[int], regions: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences outside `regions` that give a model its name ('Es heißt ab sofort Auristo Meridia'):
    the figure may come many paragraphs on, under that name alone. (Not 'heißt es aus Branchenkreisen'.)"""
    found: list[tuple[int, int]] = []
    gaps = zip(
        [0] + [b for _, b in sorted(regions)], [a for a, _ in sorted(regions)] + [len(low)], strict=True
    )
    for a, b in gaps:
        for m in NAMING_WORDS.finditer(low, a, b) if spans and a < b else ():
            span = spans[max(0, bisect.bisect_right(starts, m.start()) - 1)]
            cue = NAMING_FORWARD.search(low, max(span[0], m.start() - 40), span[1])
            if cue and span not in found and CAPITALISED.match(text, past_quote(text, cue.end())):
                found.append(span)
    return found


def find_all_models(
    text: str,
    gaz: Gazetteer,
    spans: list[tuple[int, int]],
    orgs: list[tuple[int, int, str]] | None = None,
    regions: list[tuple[int, int]] | None = None,
    low: str | None = None,
) -> list[ModelMention]:
    """Known and new model names in the text (or only in `regions` of it), in text order, not overlapping.

    Known names come from one gazetteer scan. New names are those introduced by a cue ('called X', 'the
    model X', 'its successor, X,'), then any name sharing the stem of one so introduced ('Vireo-1' once
    'Vireo-2' is known to be a model). `spans` are the sentences, which bound the cue windows.
    """
    regions = regions if regions is not None else [(0, len(text))]
    low = low if low is not None else lower_in_place(text)
    found = _versions(
        _compounds([m for a, b in regions for m in find_known_models(text, gaz, a, b)], text), text, gaz
    )
    found = _unlisted_versions(text, gaz, regions, found)
    # a repository's namespace is its owner, not a model: 'Qwen/Qwen3-Coder-480B-A35B-Instruct'
    found, tuned = _fine_tunes([m for m in found if not NAMESPACE_AFTER.match(text, m.end)], text, gaz)
    orgs = orgs if orgs is not None else [o for a, b in regions for o in find_orgs(text, a, b, gaz)]
    taken = [(m.start, m.end) for m in found] + [(o[0], o[1]) for o in orgs]
    starts = [s for s, _ in spans]
    named = _naming_sentences(text, low, spans, starts, regions)
    introduced, shaped = new_names(text, low, spans, starts, sorted(regions + named), sorted(taken))
    introduced += _table_names(text, regions) if "|" in text else []
    stems = {_stem(m.surface) for m in introduced} | {
        (m.group(1) or m.group(2)).lower()
        for a, b in regions
        if FAMILY_WORDS.search(low, a, b)
        for m in FAMILY_NAME.finditer(text, a, b)
        if (m.group(1) or m.group(2)) not in NOT_MODELS
    }
    firm_names = {o[2] for o in orgs}
    shaped = [m for m in shaped if _stem(m.surface) in stems] + _bare_stems(
        text, low, regions, introduced + tuned, lambda: firm_names | article_firms(text, gaz)
    )
    shaped += _repeats(text, regions, introduced) + _products(text, regions, introduced)
    org_starts = {(o[0], o[1]) for o in orgs}
    cued = {(m.start, m.end) for m in introduced}
    for m in sorted(introduced + shaped, key=lambda m: (m.start, -m.end)):
        # a new name may start with its maker's name ('Kyutai TTS'): it then wins over the organisation
        heads = [(s, e) for s, e in taken if s == m.start and e < m.end and (s, e) in org_starts]
        # a name a cue introduces may end in a known one ('Codename „Little Llama“'): it wins over that
        tails = [
            (s, e)
            for s, e in taken
            if (m.start, m.end) in cued and m.start < s and e == m.end and (s, e) not in org_starts
        ]
        if not overlaps(m.start, m.end, [t for t in taken if t not in heads and t not in tails]):
            found = [k for k in found if (k.start, k.end) not in tails]
            found.append(m)
            taken.append((m.start, m.end))
    for m in _size_letters(text, found):
        inside = [k for k in found if not k.known and m.start <= k.start and k.end <= m.end]
        found = [k for k in found if k not in inside]
        taken = [t for t in taken if t not in {(k.start, k.end) for k in inside}]
        if not overlaps(m.start, m.end, taken):
            found.append(m)
            taken.append((m.start, m.end))
    for m in [*_tier_siblings(text, spans, starts, found, gaz), *_brand_tiers(text, orgs, regions, gaz)]:
        # ('Lumen Small 2' wins over the 'Small 2' a cue found inside it)
        inside = [k for k in found if not k.known and m.start < k.start and k.end == m.end]
        found = [k for k in found if k not in inside]
        taken = [t for t in taken if t not in {(k.start, k.end) for k in inside}]
        if not overlaps(m.start, m.end, taken):
            found.append(m)
            taken.append((m.start, m.end))
    for m in [
        *_bare_tiers(text, found),
        *_bare_codes(text, found, gaz),
        *_listed_tiers(text, found),
        *_suspended_tails(text, found),
    ]:
        if not overlaps(m.start, m.end, taken):
            found.append(m)
            taken.append((m.start, m.end))
    found = _with_siblings(text, found, regions)
    short = _short_names(text, orgs, gaz)
    found = [m for m in found if not any(s.start < m.end and m.start < s.end for s in short)] + short
    # "l'équipe Qwen", 'the Qwen team' are people, whichever rule found the name
    found = [
        m
        for m in found
        if m.known
        or (
            not NOT_A_MODEL_BEFORE.search(text, max(0, m.start - 12), m.start)
            and len(_untagged(m.surface)) > 1
            and not _a_person(text, m)
        )
    ]  # (nor is a letter and a size: 'Gemma 3n E2B and E4B', where 'E' stands for effective)
    found = _with_brand(text, found, orgs, gaz)
    return _joined(_completed_siblings(sorted(found, key=lambda m: m.start), text, gaz), text)


def _with_brand(
    text: str, found: list[ModelMention], orgs: list[tuple[int, int, str]], gaz: Gazetteer
) -> list[ModelMention]:
    """'Motrix Robotics says its new Motrix VLA-2 has ...': a new name written after its maker's first word, a
    firm nobody listed, carries that word (the gazetteer's labs stay apart: 'Google Foo-2' is Google's Foo-2)."""
    brands = {
        first
        for *_, name in orgs
        if name not in gaz.orgs and (first := name.split(" ")[0]).isalpha() and first[0].isupper()
    }
    if not brands:
        return found
    out = []
    for m in found:
        word = BRAND_BEFORE.search(text, max(0, m.start - 30), m.start)
        if (
            not m.known
            and word
            and word.group(1) in brands
            and not m.surface.startswith(word.group(1))
            # (not where the text also writes the name alone: 'Aurelian Vega-4' beside 'Vega-4')
            and all(text.endswith(word.group(), 0, at) for at in word_starts(text, m.surface, joiners="-"))
        ):
            m = new_name(word.start(1), m.end, text[word.start(1) : m.end])
        out.append(m)
    return out


BRAND_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]+) $")


def _a_person(text: str, m: ModelMention) -> bool:
    """A plain capitalised word that is a person's name: given name before a surname ('el filtrador conocido
    como Jimmy Apples'), a surname after a role and a given name ('le hacker George Hotz'), or a transcript's
    speaker."""
    if not m.surface.isalpha():
        return False
    if ROLE_AND_GIVEN_NAME_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True
    # a transcript's speaker ('Julien, le plus gros modèle ...' where '[00:02:21] Julien Marchetti :' speaks)
    # (not a spec line's tier: 'Brume Mini: 3 Mrd.')
    for at, _ in after_word(text, m.surface, SPEAKER_SURNAME):
        line = text.rfind("\n", 0, at) + 1
        if TIMESTAMP_LABEL.fullmatch(text, line, at):
            return True
    # a given name before a surname, but not a model's two words, numbered elsewhere: 'Garuda Maha 2'
    surname = SURNAME_AFTER.match(text, m.end)
    if surname:
        return not after_word(text, text[m.start : surname.end()], NUMBER_AFTER)
    return False


SPEAKER_SURNAME = re.compile(SURNAME_AFTER.pattern + " ?:")
TIMESTAMP_LABEL = re.compile(r"(?:\[[\d:.]+\] *)?")
NUMBER_AFTER = re.compile(r"[\s-]+\d")


ROLE_AND_GIVEN_NAME_BEFORE = re.compile(
    r"\b(?:hacker|leaker|filtrador|filtreur|investor|inversor|investisseur|Investor|analyst|analista|analyste|"
    r"Analyst|engineer|ingeniero|ingénieur|Ingenieur|researcher|investigador|chercheur|Forscher|journalist|"
    r"periodista|journaliste|Journalist|blogger|Blogger|bloguero|founder|fundador|fondateur|Gründer)\s+"
    r"[A-Z][a-zà-ÿ]+ $"
)


# a fine-tune's name that embeds its base's: 'AstroSage-Llama-3.1-8B', 'Dolphin-2.9-Llama-3-8B' (a name of its
# own: a digit or an inner capital, not a maker as in 'Meta-Llama-3-8B' nor a compound as in 'Open-Source-Llama')
FINE_TUNE_PREFIX = re.compile(r"(?<![\w.‑-])[A-Z][\w.]*(?:[-‑][\w.]+)*[-‑]$")
NAME_TAIL_PARTS = re.compile(r"(?:[-‑][\w.]+)*")


def _fine_tunes(
    found: list[ModelMention], text: str, gaz: Gazetteer
) -> tuple[list[ModelMention], list[ModelMention]]:
    """The mentions with each fine-tune's name in place of its base's, and those names."""
    out, tuned = [], []
    for m in found:
        prefix = FINE_TUNE_PREFIX.search(text, max(0, m.start - 40), m.start) if m.known and m.start else None
        head = prefix.group()[:-1] if prefix else ""
        if (
            prefix is None
            # (a digit, an inner capital, or a word that makes a name of the base: 'Sheared-LLaMA', 'Chinese-LLaMA')
            or not re.search(r"\d|[a-z][A-Z]|^[A-Z][a-z]{3,}$", head)
            or stoplisted(head)
            or gaz.org_index.find(head, 0, len(head))
            or gaz.model_index.find(head, 0, len(head))
        ):
            out.append(m)
            continue
        end = NAME_TAIL_PARTS.match(text, m.end).end()
        tuned.append(new_name(prefix.start(), end, text[prefix.start() : end]))
        out.append(tuned[-1])
    return out, tuned


def _brand_tiers(
    text: str, orgs: list[tuple[int, int, str]], regions: list[tuple[int, int]], gaz: Gazetteer
) -> list[ModelMention]:
    """A lab nobody listed names its models by its brand and a tier: 'Quipu Labs' ... 'Quipu Nano', 'Quipu Pro'."""
    brands = {text[s:e].split()[0] for s, e, org in orgs if org not in gaz.orgs}
    brands = {b for b in brands if len(b) >= 3 and b[0].isupper() and b.isalpha() and b not in NOT_MODELS}
    if not brands:
        return []
    found = sorted(
        (at, tier.end())
        for a, b in regions
        for brand in brands
        for at in word_starts(text, brand, a, b, "-")
        if (tier := BRAND_TIER_AFTER.match(text, at + len(brand), b))
    )
    kept: list[tuple[int, int]] = []
    for at, end in found:
        if not (kept and at < kept[-1][1]):
            kept.append((at, end))
    return [new_name(at, end, text[at:end]) for at, end in kept]


BRAND_TIER_AFTER = re.compile(rf" (?:{TIER_WORDS})(?: \d{{1,2}}(?:\.\d)?)?(?![\w-]|\.\d)")


def _untagged(name: str) -> str:
    return SIZE_TAIL.sub("", name)


SIZE_TAIL = re.compile(r"[-‑ ]?\d+(?:\.\d+)?[BMT]$")


SIBLING = re.compile(r"(?P<stem>[A-Z][a-z]+)[-‑ ]\d+(?:\.\d+)?")
SIBLING_REACH = 120  # characters between a full name and its sibling written short


def _completed_siblings(found: list[ModelMention], text: str, gaz: Gazetteer) -> list[ModelMention]:
    """'Gemini Nano-1 has 1.8 billion parameters and Nano-2 has 3.25 billion': a new name that is the last word of
    a known name just before it, with another number, is that name's sibling, when the gazetteer knows it."""
    out = []
    for i, m in enumerate(found):
        sibling = SIBLING.fullmatch(m.surface) if not m.known else None
        full = None
        for k in reversed(found[max(0, i - 3) : i]) if sibling else ():
            head = k.surface.rsplit(" ", 1)
            if (
                k.known
                and m.start - k.end <= SIBLING_REACH
                and len(head) == 2
                and head[1].startswith(sibling["stem"])
            ):
                full = f"{head[0]} {m.surface}"
                break
        entry = gaz.model(name_key(full)) if full else None
        if entry is not None:
            m = ModelMention(m.start, m.end, full, entry.id, entry.name, entry.org, True)
        out.append(m)
    return out


# a known model by its maker and a short version: "DeepSeek's 671B-parameter R1", 'DeepSeek released V3'
SHORT_VERSION = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{1,2}(?:\.\d)?(?![\w-])")
SHORT_REACH = 45


def _short_names(text: str, orgs: list[tuple[int, int, str]], gaz: Gazetteer) -> list[ModelMention]:
    out = []
    for a, b, org in orgs:
        stop = text.find(".", b, b + SHORT_REACH)
        for m in SHORT_VERSION.finditer(text, b, b + SHORT_REACH if stop < 0 else stop):
            key = next(
                (
                    k
                    for k in (name_key(text[a:b] + m.group()), name_key(org + m.group()))
                    if k in gaz.model_index.keys
                ),
                None,
            )
            entry = gaz.model(key) if key else None
            if entry is not None and entry.org == org:
                out.append(
                    ModelMention(m.start(), m.end(), entry.name, entry.id, entry.name, entry.org, True)
                )
                break
    return out


# another tier of the model just named: 'MusicGen Small, con 300 millones; Medium, con 1.500 millones, y Large, ...'
SIBLING_TIER = re.compile(
    rf"(?:[,;]|\s(?:and|or|und|oder|et|ou|y|o|e))\s+(?P<tier>{TIER_WORDS})(?=\s*[,:(]|\s+(?:with|con|avec|mit|de|at)\b)"
)


def _tier_siblings(
    text: str, spans: list[tuple[int, int]], starts: list[int], found: list[ModelMention], gaz: Gazetteer
) -> list[ModelMention]:
    """The bare tier words after a name ending in a tier, in its sentence, as names of that family's tiers."""
    out = []
    for m in found:
        head, _, tier = m.surface.rpartition(" ")
        if not head or not re.fullmatch(TIER_WORDS, tier):
            continue
        i = bisect.bisect_right(starts, m.start) - 1
        end = spans[i][1] if 0 <= i < len(spans) else len(text)
        for t in SIBLING_TIER.finditer(text, m.end, end):
            if t.group("tier") == tier:
                continue
            name = f"{head} {t.group('tier')}"
            entry = gaz.model(name_key(name))
            new = new_name(t.start("tier"), t.end("tier"), name)
            if entry is not None:
                new = ModelMention(new.start, new.end, name, entry.id, entry.name, entry.org, True)
            out.append(replace(new, org=new.org or m.org))
    return out


def _size_letters(text: str, found: list[ModelMention]) -> list[ModelMention]:
    """'Kumo-2 S mit 3 Mrd., Kumo-2 M mit 34 Mrd. und Kumo-2 L': a name that takes two or more size letters
    in the article names that many models."""
    out = []
    for surface in {m.surface for m in found if not m.known}:
        hits = after_word(text, surface, SIZE_LETTER_AFTER)
        if len({h.group("size") for _, h in hits}) < 2:
            continue
        org = next((m.org for m in found if m.surface == surface and m.org), None)
        out += [replace(new_name(at, h.end(), text[at : h.end()]), org=org) for at, h in hits]
    return out


SIZE_LETTER_AFTER = re.compile(r" (?P<size>XXS|XS|S|M|L|XL|XXL)(?![\w-]|\.\w)")


# after a tier word standing alone: 'Max hätte 1,6 Billionen', 'she estimated that Ultra has', 'el Ultra tendrá'
BARE_TIER_AFTER = re.compile(
    r"(?![\w-])(?!\s+[A-Z][a-z])"  # not a first name ('Max Planck') nor a title's first word
    # as the subject of a verb that gives a size: not 'the Mini comes in at 15 cents', 'Max runs at the speed of'
    r"(?=\s+(?:has|had|hat|hätte|hatte|habe|tiene|tendrá|tendría|tenía|compte|compterait|aurait|possède|is|was|"
    r"ist|wäre|war|sei|es|est|serait|sería|would|will|soll|sollte|could|might|with|mit|con|avec)\b"
    # or the object of an estimate, with its figure: 'she puts Ultra at about 45B', 'sitúa a Ultra en unos 45.000'
    r"|\s+(?:at|en|à|auf|bei)\s+(?:about|around|roughly|some|unos|environ|rund|etwa|~)?\s*\d[\d.,]*\s?"
    r"(?:[BT]\b|billion|trillion|Mrd|Milliarde|milliard|mil millones|millones))"
)
CAPITALISED_BEFORE = re.compile(r"[A-Z0-9][\w.-]*\s$")


# the second word of a new family's sibling: 'Txingudi Handi' beside 'Txingudi Base', 'Sol Cloud' beside 'Sol Edge'
SIBLING_WORD = re.compile(rf" (?P<w>[{UP}][{LOW}]{{2,}}|[A-Z]{{2,4}})(?![\w-])")
NOT_SIBLING_WORDS = frozenset(
    """The And But For With From This That Labs Lab Research Technologies Systems Inc Team Group GmbH Modell
    Modelle Familie Reihe Serie Model Models Family Series Según Selon Laut Und Les Los Las Der Die Das AI KI IA
    LLM MoE API GPU Data Datos Daten Données Analytics Intelligence Inteligencia Studio Tecnologías Tecnología
    Technologie Technologies Sistemas Systèmes Systeme Laboratorios Laboratoires Grupo Groupe Group Holding""".split()
)


def _with_siblings(text: str, found: list[ModelMention], regions) -> list[ModelMention]:
    """Once a new family has a two-word model ('Txingudi Base', 'Sol Edge', 'Kestrel 3'), its stem and another
    capitalised word name another of its models ('Txingudi Handi', 'Sol Cloud', 'Kestrel Sparse'), in place of
    the stem alone."""
    stems = {}
    for m in found:
        head, _, tail = m.surface.rpartition(" ")
        if not m.known and head and " " not in head and (re.fullmatch(TIER_WORDS, tail) or tail.isdigit()):
            stems.setdefault(head, m)
    variants: dict[str, set[str]] = {}  # stems whose siblings only the words seen in apposition name
    for surface, m in {m.surface: m for m in found if not m.known}.items():
        # (or a new name that two or more different words follow: 'Ágora Local' and 'Ágora Nube')
        if surface not in stems and len(_sibling_words(text, surface)) >= 2:
            stems[surface] = m
        elif (
            surface not in stems and VERSION_END.search(surface) and (words := _variant_words(text, surface))
        ):
            # (or a versioned one with a word set off after it: 'Medira-3 Pocket, distilled from ...')
            stems[surface], variants[surface] = m, words
    hyphened = _hyphen_siblings(text, found, regions)
    if not stems and not hyphened:
        return found
    extra = hyphened
    for stem, sibling in stems.items():
        for a, b in regions:
            at = text.find(stem + " ", a, b)
            while at >= 0:
                w = SIBLING_WORD.match(text, at + len(stem))
                if (
                    w
                    and w.group("w") not in NOT_SIBLING_WORDS
                    and not (at and text[at - 1].isalnum())
                    and (stem not in variants or w.group("w") in variants[stem])
                ):
                    name = text[at : w.end()]
                    extra.append(replace(new_name(at, w.end(), name), org=sibling.org))
                at = text.find(stem + " ", at + 1, b)
    out = list(found)
    for x in extra:
        inside = [m for m in out if x.start <= m.start and m.end <= x.end]
        # (not when already named so or within a longer name, across another name ('Garuda Maha 2' and its
        # 'Maha 2'), or over a known one)
        within = any(m.start <= x.start and x.end <= m.end for m in out)
        across = any(m not in inside for m in out if m.start < x.end and x.start < m.end)
        if within or across or any(m.known for m in inside):
            continue
        out = [m for m in out if m not in inside] + [x]
    return sorted(out, key=lambda m: m.start)


# a family's name written with a hyphen and a word: 'Xaloc-Mini' beside 'Xaloc-Expert', 'Frioul-If' beside 'Frioul-Planier'
HYPHEN_SIBLING = re.compile(rf"(?P<stem>[{UP}][{LOW}]{{2,}})[-‑](?P<w>[{UP}][{LOW}]+)")
# (the heads of German compounds on a model's name: 'Feldberg-Modelle', 'Xaloc-Nutzer')
COMPOUND_HEADS = re.compile(
    r"Modell\w*|Model\w*|Famil\w*|Reihe\w*|Serie\w*|Version\w*|Variante\w*|Nutzer\w*|Entwickler\w*|Team\w*|"
    r"Gewichte\w*|Update\w*|Release\w*|Launch\w*|Start\w*|Training\w*|Paper\w*|Bericht\w*|Karte\w*|Anbieter\w*|"
    r"Hersteller\w*|Nachfolger\w*|Vorgänger\w*|Architektur\w*|Benchmark\w*|Gewicht\w*|Chef\w*|Projekt\w*|"
    r"Lizenz\w*|Entwicklung\w*|Forscher\w*|App\w*|Chatbot\w*|Assistent\w*|Kunden\w*|Effekt\w*|\w+(?:ung|heit|keit|schaft)"
)


def _hyphen_siblings(text: str, found: list[ModelMention], regions) -> list[ModelMention]:
    """Once a new name is a word, a hyphen and another ('Xaloc-Mini', 'Frioul-If'), that word and a hyphen
    before another capitalised word name a sibling ('Xaloc-Expert', 'Frioul-Planier')."""
    stems = {}
    for m in found:
        hyphen = HYPHEN_SIBLING.fullmatch(m.surface) if not m.known else None
        if hyphen and hyphen["w"] not in NOT_SIBLING_WORDS:
            stems.setdefault(hyphen["stem"], m)
    out = []
    for stem, sibling in stems.items():
        for a, b in regions:
            at = text.find(stem + "-", a, b)
            while at >= 0:
                w = HYPHEN_SIBLING.match(text, at)
                if (
                    w
                    and w["stem"] == stem
                    and not (at and (text[at - 1].isalnum() or text[at - 1] in "-‑"))
                    and not re.match(r"[\w‑-]", text[w.end() : w.end() + 1])
                    and w["w"] not in NOT_SIBLING_WORDS
                    and not COMPOUND_HEADS.fullmatch(w["w"])
                ):
                    out.append(replace(new_name(at, w.end(), w.group()), org=sibling.org))
                at = text.find(stem + "-", at + 1, b)
    return out


# a new name that ends in its version: 'Nérée-2', 'Sorlen 3', 'Zoetra VI'
VERSION_END = re.compile(r"[-‑ ](?:\d+(?:\.\d+)?|I{1,3}|IV|VI{0,3}|IX|X)$")
# a word set off after a versioned name, as its variant's: 'Tairona-2 Enjambre, una variante', 'Orméa-2 Delta ?',
# 'Nérée-2 Plume ne pèse que'
VARIANT_WORD = re.compile(
    rf" (?P<w>[{UP}][{LOW}]{{2,}})(?:\s?[,:;?(–—]|\s(?:ne|n'|se|has|is|was|est|es|tiene|pèse|compte|cuenta)\b)"
)


def _variant_words(text: str, stem: str) -> set[str]:
    return {
        w.group("w")
        for at, w in after_word(text, stem, VARIANT_WORD)
        if w.group("w") not in NOT_SIBLING_WORDS and not (at and text[at - 1].isalnum())
    }


def _sibling_words(text: str, stem: str) -> set[str]:
    return {
        w.group("w") for _, w in after_word(text, stem, SIBLING_WORD) if w.group("w") not in NOT_SIBLING_WORDS
    }


def _bare_tiers(text: str, found: list[ModelMention]) -> list[ModelMention]:
    """A tier word on its own, after the article named a model ending in it ('Gemini Ultra ... Ultra has'):
    that model, written short. (A substring search per tier named: a pattern of all tiers would try every
    capital letter of the text.)"""
    named: dict[str, list[ModelMention]] = {}
    for m in sorted(found, key=lambda m: m.start):
        head, _, tier = m.surface.replace("-", " ").rpartition(" ")
        if head and tier in BARE_TIERS:
            named.setdefault(tier, []).append(m)
    out = []
    for tier, models in named.items():
        at = text.find(tier, models[0].end)
        while at >= 0:
            end = at + len(tier)
            earlier = [m for m in models if m.end <= at]
            if (
                earlier
                and not (at and (text[at - 1].isalnum() or text[at - 1] in ".-"))
                and BARE_TIER_AFTER.match(text, end)
                and not CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
            ):
                m = earlier[-1]
                out.append(ModelMention(at, end, m.surface, m.model_id, m.canonical, m.org, m.known))
            at = text.find(tier, end)
    return out


# a family's variants listed by their tier after a colon, each with its size: 'ofrece su familia Quetzal 2 en dos
# variantes: Mini, de 3.000 millones de parámetros, ..., y Max, de 14.000 millones'
VARIANTS_COLON = re.compile(
    r"\b(?:variants?|versions?|sizes?|variantes|versiones|tamaños|Varianten|Versionen|Größen|déclinaisons|tailles)"
    r"\s?:\s"
)
LISTED_TIER = re.compile(
    r"(?:(?<=[:,;] )|(?<= and )|(?<= und )|(?<= et )|(?<= y )|(?<= e ))(?P<t>Ultra|Max|Pro|Nano|Mini|Lite|Large|Medium|Small|Flash|Plus|"
    r"Base|Grande|Pequeño|Mediano|Groß|Klein)(?=,? (?:de|with|mit|avec|con|at|à|of) )"
)


def _listed_tiers(text: str, found: list[ModelMention]) -> list[ModelMention]:
    """The tiers a family's variant list names after its colon, each as the family and the tier ('Quetzal 2
    Mini'), when the sentence named the family just before the colon."""
    out = []
    at = text.find(":")
    while at >= 0:
        colon = VARIANTS_COLON.search(text, max(0, at - 16), at + 2)
        family = [m for m in found if colon and at - 120 <= m.end <= colon.start()] if colon else []
        if family and "\n" not in text[family[-1].end : at]:
            stop = min(x for x in (text.find(". ", at), text.find("\n", at), len(text)) if x >= 0)
            for t in LISTED_TIER.finditer(text, colon.end(), stop):
                name = f"{family[-1].surface} {t.group('t')}"
                out.append(replace(new_name(t.start("t"), t.end("t"), name), org=family[-1].org))
        at = text.find(":", at + 1)
    return out


# the hyphened tails a list leaves hanging after a full name: 'Spreewald-S, -M und -L mit 1, 8 und 34 Milliarden'
SUSPENDED_TAILS = re.compile(
    r"(?:,\s*-[A-Z][\w.]*)*,?\s+(?:und|and|et|y|oder|or|ou|o)\s+-[A-Z][\w.]*(?![\w-])"
)
SUSPENDED_TAIL = re.compile(r"-(?P<t>[A-Z][\w.]*)")


def _suspended_tails(text: str, found: list[ModelMention]) -> list[ModelMention]:
    """Each tail a list writes short after a hyphened name names the stem with that tail ('Spreewald-M',
    'Spreewald-L' after 'Spreewald-S, -M und -L'); a size tag's list ('Kranich-85M, -220M') is read elsewhere."""
    out = []
    for m in found:
        listed = (
            SUSPENDED_TAILS.match(text, m.end)
            if text.startswith(",", m.end) or text[m.end : m.end + 1] == " "
            else None
        )
        if listed is None or "-" not in m.surface:
            continue
        stem = m.surface.rsplit("-", 1)[0]
        for t in SUSPENDED_TAIL.finditer(text, m.end, listed.end()):
            out.append(replace(new_name(t.start(), t.end(), f"{stem}-{t.group('t')}"), org=m.org))
    return out


def _bare_codes(text: str, found: list[ModelMention], gaz: Gazetteer) -> list[ModelMention]:
    """A model's short code on its own after the article named its brand with a code ('DeepSeek-R2' ...
    'Demnach soll R2 auf 1,2 Billionen kommen', '... dass der Vorgänger R1 ...'): the brand's model of that code,
    if the gazetteer knows it."""
    brands = {}
    for m in found:
        coded = BRAND_CODE.fullmatch(m.surface) if m.known else None
        if coded is not None:
            brands.setdefault(coded.group(1), m.start)
    out = []
    for brand, first in brands.items():
        for code in SHORT_VERSION.finditer(text, first):
            entry = gaz.model(name_key(f"{brand}-{code.group()}"))
            if entry is not None and not OBJECT_BEFORE.search(text, max(0, code.start() - 12), code.start()):
                out.append(
                    ModelMention(code.start(), code.end(), entry.name, entry.id, entry.name, entry.org, True)
                )
    return out


# (a code after a preposition or an article is mostly some other thing's, or the base a model comes from:
# 'post-trained from K2', 'il sert de base à R1', 'el R1 que puso nerviosos a los inversores')
OBJECT_BEFORE = re.compile(
    r"\b(?:from|on|of|to|à|de|du|sur|von|auf|aus|zu|el|la|le|l['’]|the|a|an|un|une|ein|eine)\s+$",
    re.IGNORECASE,
)
BRAND_CODE = re.compile(r"([A-Z][A-Za-z]{2,})[- ][A-Z]{1,2}\d{1,2}(?:\.\d)?")
BARE_TIERS = frozenset("Ultra Max Pro Nano Super Mini Lite Large Medium Small Flash Plus Turbo".split())


def _joined(found: list[ModelMention], text: str) -> list[ModelMention]:
    """A new name right after a model's name is a variant of it: 'Albor 3' + 'Voz' is 'Albor 3 Voz', 'Garuda'
    + 'Maha 2' is 'Garuda Maha 2' (the cue found only the second part)."""
    out: list[ModelMention] = []
    for m in found:
        last = out[-1] if out else None
        if (
            last is not None
            and not m.known
            and text[last.end : m.start] == " "
            and (not last.known or last.surface[-1:].isdigit())
            and re.fullmatch(rf"[{UP}][{LOW}]+(?: \d+(?:\.\d+)?)?", m.surface)
        ):
            out[-1] = replace(new_name(last.start, m.end, text[last.start : m.end]), org=last.org)
            continue
        out.append(m)
    return out


# a known name that goes on in more hyphenated words and a size is a new model built on it:
# 'DeepSeek-R1-Distill-Qwen-1.5B', 'Llama-3.1-Nemotron-70B' (not 'Llama-3-70B', which is Llama 3 at 70B)
COMPOUND_TAIL = re.compile(
    r"(?:[-‑][A-Za-z][\w.]*)+[-‑]\d+(?:\.\d+)?[BMK](?:[-‑]A\d+(?:\.\d+)?B)?(?![\w-])"
    r"|[-‑]Distill(?:[-‑][A-Z][\w.]*)*(?![\w-])"  # 'the DeepSeek-R1-Distill series': distilled models, not R1
    # 'Granite-4.0-H-Small': more parts ending in a size tier name a variant the gazetteer does not list
    r"|(?:[-‑][A-Z][\w.]*)*[-‑](?:[Ss]mall|[Mm]edium|[Ll]arge|[Mm]ini|[Nn]ano|[Tt]iny|[Mm]icro)(?![\w-])"
    # 'Llama 3.1 Swallow 8B': a plain word and a size after a known name make a model built on it
    rf"|(?: (?!(?:{TIER_WORDS}|And|Und|Et|Y|Or|Oder|Ou|O)\b)[A-Z][a-z]{{3,}})+(?= \d+(?:\.\d+)?[BM]\b)"
)


def _compounds(known: list[ModelMention], text: str) -> list[ModelMention]:
    """Known mentions, with each one that heads a compound name replaced by the whole compound, and the
    known names inside that compound ('Qwen' in '...-Distill-Qwen-1.5B') dropped."""
    out: list[ModelMention] = []
    until = -1
    for m in known:
        if m.start < until:
            continue
        tail = COMPOUND_TAIL.match(text, m.end)
        if tail:
            m = new_name(m.start, tail.end(), text[m.start : tail.end()])
            until = tail.end()
        out.append(m)
    return out


# 'Mistral Large 2', and a tier glued by a hyphen, with a flavour after it or not: 'DeepSeek-Coder-V2-Lite-Instruct'
TIER_AFTER = re.compile(
    rf"[ \u00a0‑-](?P<v>{TIER_WORDS}|Super)(?=[-‑](?:Instruct|Chat|Base|it)(?![\w-])|(?![\w-]))"
)
SECOND_TIER_AFTER = re.compile(r" (?P<v>Plus|Pro|Max|Ultra|Lite)(?![\w-])")
GLUED_FLAVOUR_AFTER = re.compile(r"[-‑](?:Instruct|Chat|Base|it)(?![\w-])")
# 'GLM-5', 'Gemma-9': a hyphen and a short number after a family name (not 'Llama-70B', 'Mixtral-8x7B', 'GPT-4-2024')
HYPHEN_VERSION_AFTER = re.compile(r"[-‑](?P<v>\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d|[\w%×]|-\d)")


def _version_after(text: str, end: int) -> re.Match[str] | None:
    """A version number right after a name: 'Llama 7', 'GLM-5'."""
    return VERSION_AFTER.match(text, end) or HYPHEN_VERSION_AFTER.match(text, end)


# (two letters or more: a lone 'V' or 'X' after a name is as often a letter or a tier)
ROMAN_AFTER = re.compile(r" (?P<v>II|III|IV|VI|VII|VIII|IX)(?![\w-])")


_ORDINALS = {
    2: "second zweite zweiten deuxième seconde segunda",
    3: "third dritte dritten troisième tercera",
    4: "fourth vierte vierten quatrième cuarta",
    5: "fifth fünfte fünften cinquième quinta",
}
ORDINALS = {word: n for n, words in _ORDINALS.items() for word in words.split()}
# 'the third generation of its open Gemma models', 'die dritte Generation seiner offenen Modellfamilie Gemma'
GENERATION_BEFORE = re.compile(
    rf"\b(?P<ord>(?i:{'|'.join(ORDINALS)}))\s+(?:generation|Generation|génération|generación)\b[^.!?\n]{{0,80}}$"
)


def _versions(known: list[ModelMention], text: str, gaz: Gazetteer) -> list[ModelMention]:
    """Known mentions, with 'X N' (or 'X Ultra') read as the newer model when X does not end in a number
    (or a tier) and the gazetteer does not know the longer name (it would have matched it)."""
    out = []
    for m in known:
        v = _version_after(text, m.end) if not m.surface[-1:].isdigit() else None
        v = v or TIER_AFTER.match(text, m.end)
        window = text[max(0, m.start - 100) : m.start]
        generation = None
        if not v and ("nerat" in window or "nérat" in window or "nerac" in window):  # a substring scan first
            generation = GENERATION_BEFORE.search(text, max(0, m.start - 100), m.start)
        entry = generation and gaz.model(name_key(f"{m.canonical} {ORDINALS[generation['ord'].lower()]}"))
        if entry:  # 'la troisième génération de ses modèles ouverts Gemma': Gemma 3
            m = ModelMention(m.start, m.end, m.surface, entry.id, entry.name, entry.org, True)
        elif v:
            flavour = GLUED_FLAVOUR_AFTER.match(text, v.end("v"))
            until = flavour.end() if flavour else v.end("v")  # 'DeepSeek-Coder-V2-Lite-Instruct'
            surface = text[m.start : until]
            m = ModelMention(m.start, until, surface, f"{m.model_id}-{v.group('v')}", surface, m.org, False)
        out.append(m)
    return out


def _unlisted_versions(text: str, gaz: Gazetteer, regions, known: list[ModelMention]) -> list[ModelMention]:
    """The known mentions, and a listed family's versions nobody listed yet: 'DeepSeek-V4' beside DeepSeek-V3,
    'Qwen5' (which wins over the 'Qwen' it starts with), 'Kimi K3'."""
    pattern, stems = gaz.versioned_stems
    out = list(known)
    for a, b in regions:
        for m in pattern.finditer(text, a, b):
            inside = [k for k in out if k.start < m.end() and m.start() < k.end]
            if gaz.model(name_key(m.group())) or any(
                k.start != m.start() or k.end >= m.end() for k in inside
            ):
                continue
            out = [k for k in out if k not in inside]
            out.append(
                ModelMention(
                    m.start(), m.end(), m.group(), slug(m.group()), m.group(), stems[m["stem"]], False
                )
            )
    return sorted(out, key=lambda k: k.start)


def find_models(text: str, start: int, end: int, gaz: Gazetteer) -> list[ModelMention]:
    """Known and new model names in text[start:end] (a convenience over find_all_models)."""
    return [m for m in find_all_models(text[:end], gaz, [(start, end)]) if m.start >= start]


def find_known_models(
    text: str, gaz: Gazetteer, start: int = 0, end: int | None = None
) -> list[ModelMention]:
    """The gazetteer's model names in text[start:end]."""
    found = [_known(m, gaz) for m in gaz.model_index.find(text, start, end)]
    return [
        m
        for m in found
        if m is not None
        and not NOT_A_MODEL_BEFORE.search(text, max(0, m.start - 12), m.start)
        and not TEAM_AFTER.match(text, m.end)
        and not (m.surface.isupper() and dateline(text, m.start))  # 'POINTE-À-PITRE –' is no Point-E
        and not (CAPTION_LABEL.fullmatch(m.surface) and text.startswith(":", m.end))  # 'Imagen: cedida'
    ]


# a model name that is the tail of something else: 'Raspberry Pi' is a computer, not Inflection's Pi
NOT_A_MODEL_BEFORE = re.compile(r"\bRaspberry\s$|\b(?:équipe|equipo)\s$")
# a caption's label that is also a model's name: 'Imagen: Reuters' (Spanish for 'image')
CAPTION_LABEL = re.compile(r"Imagen|Image")
# ... or the people who make it: "Alibaba's Qwen team", 'das Qwen-Team', "l'équipe Qwen"
TEAM_AFTER = re.compile(r"[ \u00a0-](?:team|Team|teams)\b")


PROPER_WORD_BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b[{UP}][\w&-]*\s$")
# German nouns that name what the next word is: 'Der Vorgänger Tessaro', 'das Modell Lumen'
MODEL_NOUN_BEFORE = re.compile(
    r"\b(?:Vorgänger\w*|Nachfolger\w*|\w*[Mm]odell|Version|Variante|Schwestermodell)\s$"
)


FAMILY_AFTER = re.compile(r"[\s-]+(?:models|Modelle\w*|family|Familie|series|Reihe|Serie)\b")


def _bare_stems(
    text: str, low: str, regions, introduced: list[ModelMention], firms: Callable[[], set[str]]
) -> list[ModelMention]:
    """Once 'Kastell-7B' (or 'Maguey') is a model, 'Kastell' alone names it too ('Das nächste Kastell wird
    ...'), unless the word is also written in lower case, as an ordinary word is, or names the firm
    ('Valoris' beside its model 'Valoris Atlas'); `firms` gives the firms the text names, when asked."""
    found = []
    known_firms: set[str] | None = None
    for stem in {re.split(r"[-‑ \d]", m.surface, maxsplit=1)[0] for m in introduced}:
        if len(stem) < 4 or stem in NOT_MODELS or not stem[0].isupper() or stem.lower() not in low:
            continue
        if whole_words(text, stem.lower(), joiners="") or _company_named(text, stem):
            continue
        known_firms = firms() if known_firms is None else known_firms
        if stem in known_firms or _brand(text, stem, introduced):
            continue
        found += [
            _with_tier(text, _firm_before(text, at, known_firms), stop)
            for a, b in regions
            for at, stop in whole_words(text, stem, a, b)
            # 'Atelier Lumen' is a lab, but 'das Team Lusavia Mini' a model: German capitalises its nouns
            if (
                not PROPER_WORD_BEFORE.search(text, max(0, at - 30), at)
                or TIER_AFTER.match(text, stop)
                or MODEL_NOUN_BEFORE.search(text, max(0, at - 30), at)
            )
            and not FAMILY_AFTER.match(text, stop)  # 'the popular Kodiak models': the family, not one model
        ]
    return found


BRAND_AND_PRODUCT = re.compile(rf"(?P<brand>[{UP}][{LOW}]{{2,}}) (?P<product>[{UP}][{LOW}]{{2,}})")


# the second words of names that are a service more than a model's own name ('Kompass Cloud')
NOT_PRODUCTS = NOT_MODELS | frozenset(
    "Cloud Assistant Agent Studio Search Online Web Mobile Auto Home Office Enterprise Business Team Labs Lab".split()
)


def _brand(text: str, stem: str, introduced: list[ModelMention]) -> bool:
    """'Tabline Sage', 'Grindel Apex': a new name of two proper words, the second no tier or version, is a
    product after its maker's brand, so the first word alone is the maker ('Tabline runs its own model')."""
    if any(m.surface == stem for m in introduced):
        return False  # 'Das Herzstück heißt „Kompass“' beside 'Kompass Cloud': a model, not a brand
    at = text.find(stem + " ")
    while at >= 0:
        if TIER_AFTER.match(text, at + len(stem)) or _version_after(text, at + len(stem)):
            return False  # 'Kompass 2': the word names a family of models
        at = text.find(stem + " ", at + 1)
    pairs = [BRAND_AND_PRODUCT.fullmatch(m.surface) for m in introduced if m.surface.startswith(stem + " ")]
    return bool(pairs) and all(
        p and p["brand"] == stem and not re.fullmatch(TIER_WORDS, p["product"]) for p in pairs
    )


def _products(text: str, regions, introduced: list[ModelMention]) -> list[ModelMention]:
    """'Tabline Sage' once introduced, a later 'Sage' alone names it ('estimates that Sage has roughly 70
    billion'), and 'Sage Pro' or 'Sage 2' its sibling, unless the word is also written in lower case, as an
    ordinary word is."""
    found = []
    for name in {m.surface for m in introduced}:
        pair = BRAND_AND_PRODUCT.fullmatch(name)
        if not pair or re.fullmatch(TIER_WORDS, pair["product"]) or pair["product"] in NOT_PRODUCTS:
            continue
        product = pair["product"]
        if len(product) < 4 or whole_words(text, product.lower(), joiners=""):
            continue
        for at, stop in (w for a, b in regions for w in whole_words(text, product, a, b)):
            if text.endswith(pair["brand"] + " ", 0, at):
                continue
            sibling = TIER_AFTER.match(text, stop) or _version_after(text, stop)
            if sibling:  # 'Atlas Lite', 'Atlas 2': a sibling of 'Valoris Atlas', by its own name
                found.append(new_name(at, sibling.end("v"), text[at : sibling.end("v")]))
            else:
                found.append(ModelMention(at, stop, product, slug(name), name, None, False))
    return found


def _company_named(text: str, stem: str) -> bool:
    """'la start-up Arpège', 'La empresa valenciana Albufera', 'Arpège, start-up française': the word
    also names the company, so alone it is the company, not the model named after it."""
    if any(
        text[at - 1 : at].isspace() and COMPANY_BEFORE.search(text, max(0, at - 120), at)
        for at, _ in whole_words(text, stem)
    ):
        return True
    return any(
        # 'Valkyra Labs' names the lab: 'Valkyra' alone is then the lab, not its model Valkyra Ultra
        # (also 'Orlessa, the Portland company behind the app')
        LAB_SUFFIX.match(text, at + len(stem)) or COMPANY_AFTER_COMMA.match(text, at + len(stem))
        for at in word_starts(text, stem, joiners="-")
    )


COMPANY_BEFORE = re.compile(rf"(?i:\b{COMPANY_NOUN})\s+(?:[a-zà-ÿ]+\s+)?$")
LAB_SUFFIX = re.compile(r" (?:Labs?|Technologies|Systems|Research|Inc\.?|GmbH|SAS|SA|S\.L\.)(?![\w-])")
COMPANY_AFTER_COMMA = re.compile(
    rf",\s+(?:(?:a|an|the|une?|una|la|el|die|das|eine?)\s+(?:[\w-]+\s+){{0,2}}?)?(?i:{COMPANY_NOUN})\b"
)


TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|", re.MULTILINE)
CELL = re.compile(r"\|[ \t]*(?P<name>[^|\n(]*?[^\s|(])[ \t]*(?:\([^)|\n]*\))?[ \t]*(?=\|)")
# the first cell of a row without outer pipes, less a reference mark or a note in brackets
INNER_ROW_NAME = re.compile(
    r"^(?P<name>[^|\n\[(]*?[^\s|\[(])[ \t]*(?:\[[^\]\n]{1,6}\][ \t]*)?(?:\([^)|\n]*\)[ \t]*)?\|(?= )",
    re.MULTILINE,
)
MODEL_HEADER = re.compile(r"models?|modell|modèle|modelo|modello|llm|name", re.IGNORECASE)


def _table_names(text: str, regions) -> list[ModelMention]:
    """The cells of a table column headed 'Model' ('| Modell | Parameter |', '| Rank | Model | ... |')."""
    found = []
    for a, b in regions:
        for row in TABLE_ROW.finditer(text, a, b):
            for m in CELL.finditer(text, row.start(), row.end()):
                name = m.group("name")
                header = header_of(text, m.start("name"))
                if header and MODEL_HEADER.fullmatch(header) and name[0].isupper() and len(name) <= 40:
                    found += _cell_names(m.start("name"), name)
        for m in INNER_ROW_NAME.finditer(
            text, a, b
        ):  # a row without outer pipes: 'LeoLM 13B [17] | 13 Mrd. |'
            name, header = m.group("name"), header_of(text, m.start("name"))
            if header is None:
                continue
            if MODEL_HEADER.fullmatch(header.strip()) and name[0].isupper() and len(name) <= 40:
                found.append(new_name(m.start("name"), m.end("name"), name))
                continue
            # (or a later cell: 'Ondaro Systems | Ondaro Flux 2 | ~20B' under 'Maker | Model | Parameters', whose
            # maker is the row's maker)
            line_end = text.find("\n", m.end())
            cells = [m, *CELL.finditer(text, m.end() - 1, len(text) if line_end < 0 else line_end)]
            headers = [(header_of(text, c.start("name")) or "").strip() for c in cells]
            maker = next(
                (c.group("name") for c, h in zip(cells, headers, strict=True) if MAKER_HEADER.fullmatch(h)),
                None,
            )
            for cell, header in zip(cells[1:], headers[1:], strict=True):
                name = cell.group("name")
                if MODEL_HEADER.fullmatch(header) and name[0].isupper() and len(name) <= 40:
                    found += [replace(n, org=maker) for n in _cell_names(cell.start("name"), name)]
                    break
    return found


def _cell_names(start: int, cell: str) -> list[ModelMention]:
    """The names in a cell: 'Lantern-S / Lantern-M' holds two, in the order of its row's '350M / 800M'."""
    if " / " not in cell:
        return [new_name(start, start + len(cell), cell)]
    out, at = [], start
    for part in cell.split(" / "):
        if part[:1].isupper():
            out.append(new_name(at, at + len(part), part))
        at += len(part) + 3
    return out


MAKER_HEADER = re.compile(
    r"makers?|developers?|vendors?|providers?|hersteller|anbieter|entwickler|éditeur|fabricant|développeur|"
    r"fournisseur|empresa|desarrollador|fabricante|proveedor",
    re.IGNORECASE,
)


def _repeats(text: str, regions, introduced: list[ModelMention]) -> list[ModelMention]:
    """Once a cue has introduced 'Arpège Pro' as a model, each later 'Arpège Pro' names it too, a later
    'Arpège Pro 2' its next version and 'Larkspur Reason Mini' (after 'Larkspur Reason') its smaller sibling."""
    found = []
    for name in {m.surface for m in introduced if " " in m.surface or "-" in m.surface}:
        for at, stop in (w for a, b in regions for w in whole_words(text, name, a, b)):
            v = None if name[-1].isdigit() else _version_after(text, stop)
            # (after a tier, only a second tier that grades it: 'Ardent Nano Plus', 'Lumo Mini Pro')
            v = v or (SECOND_TIER_AFTER if TIER_END.search(name) else TIER_AFTER).match(text, stop)
            end = v.end("v") if v else stop
            found.append(new_name(at, end, text[at:end]))
    return found


def _firm_before(text: str, start: int, firms: set[str]) -> int:
    """Where the name starts when the firm that makes it stands right before it and opens the sentence:
    'Halcyon Forge, which the company launched in March' is the model's whole name."""
    word = FIRM_WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None or stoplisted(word.group(1)) or word.group(1) in NOT_MODELS:
        return start
    # a firm the text names, or a word it keeps using ("Halcyon's own model", 'Halcyon said', 'Pulse 9')
    uses = whole_words(text, word.group(1))
    return word.start() if word.group(1) in firms or len(uses) >= 4 else start


FIRM_WORD_BEFORE = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n)|^)([{UP}][\w&-]+) $")


def _with_tier(text: str, start: int, end: int) -> ModelMention:
    """A new name, with a tier word after it ('Ñandú Grande', 'Kastell Pro') or a version in roman numerals
    ('Zoetra VI') as part of it."""
    tier = TIER_AFTER.match(text, end) or ROMAN_AFTER.match(text, end)
    end = tier.end("v") if tier else end
    version = VERSION_AFTER.match(text, end) if tier else None  # 'Sérac Max 2'
    end = version.end("v") if version else end
    return new_name(start, end, text[start:end])


def _stem(name: str) -> str:
    return re.split(r"[-‑ \d]", name, maxsplit=1)[0].lower()


def _known(m: Mention, gaz: Gazetteer) -> ModelMention | None:
    entry = gaz.model(m.key)
    if entry is None:
        return None
    return ModelMention(m.start, m.end, m.surface, entry.id, entry.name, entry.org, True)


def slug_key(name: str) -> str:
    return name_key(name)
