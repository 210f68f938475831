"""Organisation names in the text: the gazetteer's, and labs nobody listed yet by their shape, legal form,
leaders, makers, possessives or a company noun before them."""

from __future__ import annotations

import re

from claimwatch.extract.cues import KIND_OF_FIRM
from claimwatch.extract.gazetteer import Gazetteer, trie_pattern
from claimwatch.extract.literal import whole_words
from claimwatch.extract.mentions import overlaps
from claimwatch.extract.name_patterns import COMPANY_NOUN, COMPANY_NOUNS, LOW, NOT_MODELS, UP, stoplisted
from claimwatch.extract.numbers import lower_in_place

NEW_ORG = re.compile(
    rf"[{UP}](?<![\w-].)[{UP}{LOW}0-9-]+(?: [{UP}][{UP}{LOW}0-9-]+){{0,2}} (?:AI|KI|IA|Labs?|Research|Technolog(?:y|ies)|Intelligence|Systems|Analytics|Computing|Robotics|Tech)\b"
    r"(?![-‑])"  # 'des Münchner KI-Start-ups Quellwerk': 'KI-' starts a compound noun, not a lab's name
    # 'AI startups raised a record', 'AI companies': a sector, not a firm
    r"(?! (?:start-?ups|companies|firms|labs|sector|industry|ecosystem|scene|market|talent|funding)\b)"
)
NOT_FIRM_HEADS = frozenset(
    """French Big Deep High Clean Ed Fin Green Health Climate Food Legal Ad Med Agri German European Chinese American
    British Spanish Swiss Dutch Italian Israeli Korean Japanese Indian African Latin Global World Tiny Frontier
    Canadian Australian Brazilian Mexican Russian Swedish Finnish Norwegian Danish Polish Austrian Belgian Irish
    Portuguese Singaporean Emirati Saudi Taiwanese Vietnamese Indonesian Turkish Asian Arab Nordic Western
    Consumer Enterprise Web Defense Defence Gov Civic Generative Open Sovereign Responsible Conversational
    Chinesische Französische Deutsche Europäische Amerikanische Souveräne Generative
    Loading Trending Featured Sponsored Latest Popular Related Explore Exploring Introducing Understanding Why How
    What More Top Best New About Subscribe Follow Share Read Menu Home Newsletter Podcast Video Events Jobs""".split()
)  # and a page's menu or section words: 'Loading AI tools', 'Newsletter Tech'
SHARE_WORD = re.compile(
    r"Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Threads|Bluesky|E-?[Mm]ail|Teilen|Partager|Compartir|Share|"
    r"Flipboard|Telegram|Copy link|Link kopieren|Copier le lien|Copiar enlace"
)
# a line of share buttons: 'Facebook   X   LinkedIn   E-mail', 'Teilen: WhatsApp | Facebook'
SHARE_LINE = re.compile(
    r"(?m)^.*\b(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Threads|Bluesky|E-?[Mm]ail|Teilen|Partager|Compartir|"
    r"Share)\b.*\b(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Threads|Bluesky|E-?[Mm]ail|Flipboard|Telegram)\b.*$"
)
# a university or institute by its name: 'Universität Leipzig', 'université des Antilles', 'Universidad Nacional de
# Asunción', 'Kyoto University', 'Visayas Institute of Health Informatics'
_PLACE = rf"[{UP}][{LOW}]+(?:[ -][{UP}][{LOW}]+){{0,2}}"
ACADEMIC_WORDS = re.compile(r"Univers|Institut|Centro|Centre|Zentrum")
ACADEMIC_ORG = re.compile(
    rf"(?:[Uu]niversität|[Uu]niversité|[Uu]niversidad|[Uu]niversidade|[Uu]niversità|University)"
    rf"(?: (?:of|de|des|du|del|de la|der|di|do|da) | )(?:(?:Nacional|National|Technique|Técnica|Politécnica)(?: de| of)? )?{_PLACE}"
    rf"|(?!(?:Die|Der|Das|The|La|Le|El|Les|Los|Las|Eine?|Une?|A|An)\b){_PLACE} (?:University|Universität|Institute of(?: [{UP}][{LOW}]+){{1,3}})(?![\w-])"
    # 'Heidelberger Institut für Lernende Systeme', 'Centro Austral de Inteligencia Artificial', 'Instituto de ...'
    rf"|(?:[{UP}][{LOW}]+er )?(?:Institut|Instituto|Institute|Centro|Centre|Zentrum)(?: [{UP}][{LOW}]+)? "
    rf"(?:für|for|of|de|del|des|du|d['’])(?: la| l['’]| las| los)? ?[{UP}][{LOW}]+(?: (?:[{UP}][{LOW}]+|y|et|und|and)){{0,3}}"
    rf"(?<! y)(?<! et)(?<! und)(?<! and)(?![\w-])"
)
# every MAKER_BY_ROLE match holds one of these: a substring search skips most text far faster than the regex
MAKER_HINTS = (
    "ed by ",
    "lt by ",
    "de by ",
    "t von ",
    "t vom ",
    "é par ",
    "ée par ",
    "çu par ",
    "çue par ",
    "o por ",
    "a por ",
)
# a company by its legal form: 'Stratacloud Inc.', 'Rheinblick GmbH', 'Nubex Cloud S.A.' (the form is not the name)
LEGAL_ORG = re.compile(
    rf"[{UP}](?<![\w-].)[{UP}{LOW}0-9&-]+(?: [{UP}][{UP}{LOW}0-9&-]+){{0,2}}(?=,? (?:Inc\.?|Corp\.?|Ltd\.?|LLC|PLC|"
    r"GmbH|AG|SE|S\.A\.|SA|SAS|S\.L\.|SL|S\.p\.A\.|B\.V\.|Co\., Ltd\.?)(?![\w]))"
)
# Every LEGAL_ORG match holds one of these: most stretches of text hold none, and this scan costs a fraction of
# that one (a property test keeps them in step)
LEGAL_FORMS = re.compile(r"Inc|Corp|Ltd|LLC|PLC|GmbH|AG|SE|S\.A\.|SA|S\.L\.|SL|S\.p\.A\.|B\.V\.")
# words a German sentence capitalises before a lab's name: 'Kölner KI-Unternehmen Rheinwerk AI'
NOT_ORG_WORD = re.compile(
    rf"[{UP}][{LOW}]+er|[{UP}][{LOW}]+isch(?:e[nmrs]?)?|[\w]+-[{UP}][{LOW}]+|Das|Der|Die|The|Le|La|El|Firma|Konzern|Labor|Labors|Startups?|Start-ups?|Unternehmen|"
    r"Beratung|Agentur|Analysten|Consultora|Cabinet|Consultancy|"
    # German compounds of a company noun: 'Marktforschungsunternehmen Kessler Research', 'Analysehaus X'
    rf"{KIND_OF_FIRM.pattern}|"
    # a conjunction or adverb opening the sentence: 'When Ashgrove Research released ...'
    r"When|While|After|Before|As|If|Since|Until|Then|But|And|So|Now|Today|Yesterday|Als|Wenn|Nachdem|Bevor|Dann|"
    r"Doch|Aber|Und|Heute|Quand|Lorsque|Après|Avant|Mais|Et|Alors|Cuando|Tras|Antes|Mientras|Pero|Hoy|"
    r"Seit|Seitdem|Bei|Mit|Für|Nach|Laut|Auch|Noch|Nur|Schon|Dass|Weil|Obwohl|Während|Trotz|Zudem|Damit|Dabei|"
    # a preposition opening the sentence: 'Chez Altitude Research, on table sur ...', 'Según Kestrel Analytics'
    r"Chez|Selon|Pour|Avec|Según|Para|Desde|Con|Sin|Per|With|For|From|At|By|Without"
)

# words that end a lab's name ('Nordlicht KI', 'Veridian Labs'), and with them those that end any firm's
LAB_WORDS = "AI|KI|IA|Labs?|Research|Technologies|Systems|Intelligence|Computing|Robotics|Analytics"
ORG_NAME_END = re.compile(
    rf"\b(?:{LAB_WORDS}|Health|Technology|Technologie|Group|Gruppe|Partners|Capital|Ventures|Networks|Software|"
    r"Solutions|Dynamics|Inc|Ltd|GmbH|AG|SA|SL|SAS|Institute|Institut|Instituto)\.?$"
)

# a lab nobody listed, named after a company noun: 'Das Münchner KI-Start-up Alpenlogik', 'la empresa
# valenciana Albufera Intel·ligència', 'la start-up Arpège'
# 'la empresa valenciana X', 'la start-up française X', 'la startup capitalina X' (not 'the company said X')
PLACE_ADJECTIVE = (
    r"(?:an[ao]|en[ao]|eñ[ao]|in[ao]|es[ae]|és|aise|ais|ienne|ien|aine|ain|ique|ic[ao]|ale?|ense|ois|oise)"
)

# the name read after each company noun (COMPANY_NOUNS), and the genitive: 'des KI-Start-ups Quellwerk'; one
# space only, since 'Start-up   Entretiens' is a site's menu
COMPANY_NAME_AFTER = re.compile(
    rf"(?:s|es)?[ \u00a0](?:[a-zà-ÿ]+{PLACE_ADJECTIVE}[ \u00a0])?"
    rf"(?P<name>[{UP}][\w&'’-]+(?:·\w+)?(?: [{UP}][\w&'’-]*(?:·\w+)?){{0,2}})(?![\w·-])"
)
# a maker by what it did: 'developed by Ulveno', 'desarrollado por la propia Ulveno', 'entwickelt von Koryon',
# 'le modèle maison de Kelvo' (one capitalised word; a second would make it a person's name)
MAKER_BY_ROLE = re.compile(
    rf"\b(?:(?:developed|built|trained|made) by(?: the)?|(?:entwickelt|trainiert|gebaut) (?:von|vom)|"
    rf"(?:développée?|conçue?|entraînée?) par|(?:desarrollad|entrenad|cread)[oa] por(?: la propia| el propio)?)"
    rf"\s+(?P<name>[{UP}][{LOW}]{{3,}})(?![\w-]| [{UP}]| (?i:{COMPANY_NOUN}))"  # not 'the Dublin start-up X'
)
# a firm by its people: 'Zerevan CEO Dara Vennholt', 'le directeur technique de Sorvalis', 'Gründerin von Alpvia'
_LEADER = (
    r"CEO|CTO|CSO|COO|chief (?:executive|technology officer|scientist)|co-?founder|founder|president|"
    r"PDG|directeur (?:technique|général|scientifique)|directrice (?:technique|générale|scientifique)|"
    r"co-?fondat(?:eur|rice)|fondat(?:eur|rice)|présidente?|consejer[oa] delegad[oa]|director[a]? (?:técnic[oa]|general|"
    r"ejecutiv[oa]|de tecnología)|co-?fundador[a]?|fundador[a]?|Chef|Chefin|Gründer|Gründerin|Mitgründer|Mitgründerin|"
    r"Technikchef|Technikchefin|Geschäftsführer|Geschäftsführerin|Forschungschef|Forschungschefin"
)
_OF_WORD = r" (?:for|of|on|de|del|des|du|für|der|di)\b"  # 'the Dublin-based Institute for ...' is no name
FIRM_OF_LEADER = re.compile(
    rf"(?<![\w-])(?P<before>[{UP}][{LOW}]{{3,}})(?:['’]s)? (?:{_LEADER}|head of [\w-]+) [{UP}][{LOW}]+ [{UP}]|"
    rf"(?<![\w-])(?P<glued>[{UP}][{LOW}]{{3,}})-(?:{_LEADER}|Sprecher|Sprecherin|Keynote) [{UP}]|"
    rf"\b(?:{_LEADER}) (?:of|at|de|von|bei|chez|du|del) (?P<after>[{UP}][{LOW}]{{3,}})(?![\w-]| [{UP}]|{_OF_WORD})|"
    rf"\b[{UP}][{LOW}]+-based (?P<based>[{UP}][{LOW}]{{3,}})(?![\w-]| [{UP}]|{_OF_WORD})"
)
# every FIRM_OF_LEADER match holds one of these as a whole word ('sprecher' and 'keynote' after a hyphen): a
# scan that starts with a letter skips most text fast, and the few hits are checked for their boundaries
LEADER_HINT = re.compile(
    trie_pattern(
        "ceo|cto|cso|coo|chief|founder|cofounder|co-founder|president|presidente|head|pdg|directeur|directrice|"
        "director|directora|fondateur|fondatrice|cofondateur|cofondatrice|président|présidente|consejero|consejera|"
        "fundador|fundadora|cofundador|cofundadora|chef|chefin|gründer|gründerin|mitgründer|mitgründerin|"
        "technikchef|technikchefin|geschäftsführer|geschäftsführerin|forschungschef|forschungschefin|based|"
        "sprecher|sprecherin|keynote".split("|")
    )
)
AFTER_HYPHEN_ONLY = frozenset(("based", "sprecher", "sprecherin", "keynote"))


def _leader_words(low: str) -> list[int]:
    """Where the leader words standing as words start in low."""
    found = []
    for m in LEADER_HINT.finditer(low):
        a, b = m.span()
        before = low[a - 1] if a else " "
        if (b == len(low) or not low[b].isalpha()) and (
            before == "-" if m.group() in AFTER_HYPHEN_ONLY else not before.isalpha()
        ):
            found.append(a)
    return found


def _firms_of_leaders(text: str, start: int, end: int, low: str) -> list[re.Match[str]]:
    """FIRM_OF_LEADER's matches, read only around the leader words (the pattern is slow to scan with)."""
    seen: dict[tuple[int, int], re.Match[str]] = {}
    for at in _leader_words(low):
        for m in FIRM_OF_LEADER.finditer(
            text, max(start, start + at - LEADER_REACH), min(end, start + at + LEADER_REACH)
        ):
            seen.setdefault(m.span(), m)
    return [seen[span] for span in sorted(seen)]


LEADER_REACH = 60  # characters around a leader word where its firm's name stands


# a firm by the new model it owns: "Is Nimbrel's Drovak-3 really ...", "Qorvane's Sephryn 2"; found from the
# possessive, which starts with a quote sign re can skip to, then the owner's word before it
POSSESSIVE_NAME = re.compile(rf"['’]s (?=[{UP}][\w.]*[-‑ ]?\d)")
OWNER_BEFORE = re.compile(rf"(?<![\w-])[{UP}][{LOW}]{{3,}}$")
NOT_COMPANY_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Montag Dienstag Mittwoch Donnerstag Freitag Anfang Ende Mitte Jahr The This
    That Its It In On At For And But Ein Eine Der Die Das Le La Les El Los Las Un Una""".split()
)


def find_orgs(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, canonical org) for organisation names in text[start:end]: the gazetteer's, and
    labs nobody listed yet by their shape ('Northstar AI', 'Polaris Labs')."""
    known = [
        (m.start, m.end, gaz.org_index.keys[m.key])
        for m in gaz.org_index.find(text, start, end)
        if not re.match(r"·\w", text[m.end : m.end + 2])  # 'Intel·ligència' is not Intel
        and not _share_button(text, m.start)
    ]
    spans = [(a, b) for a, b, _ in known]
    new = []
    for m in NEW_ORG.finditer(text, start, end):
        words = m.group().split(" ")
        while len(words) > 2 and (
            NOT_ORG_WORD.fullmatch(words[0])
            or words[0].endswith(("-based", "-born"))
            or words[0].startswith(("KI-", "AI-", "IA-"))
        ):
            words.pop(0)  # 'Lisbon-based Veridian Labs' is Veridian Labs, 'KI-Start-up Karst AI' Karst AI
        name = " ".join(words)
        at = m.end() - len(name)
        if len(words) == 2 and words[0] in NOT_FIRM_HEADS:
            continue  # 'La French Tech', 'Big Tech', 'Chinese AI': a sector, not a firm
        if not overlaps(at, m.end(), spans) and words[0] not in NOT_MODELS:
            new.append((at, m.end(), name))
            spans.append((at, m.end()))
    for m in ACADEMIC_ORG.finditer(text, start, end) if ACADEMIC_WORDS.search(text, start, end) else ():
        name = m.group().rstrip()
        if not overlaps(m.start(), m.start() + len(name), spans):
            new.append((m.start(), m.start() + len(name), name))
            spans.append((m.start(), m.start() + len(name)))
    maker_cue = any(text.find(hint, start, end) >= 0 for hint in MAKER_HINTS)
    for m in MAKER_BY_ROLE.finditer(text, start, end) if maker_cue else ():
        at, until = m.span("name")
        name = m.group("name")
        if (
            not overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not stoplisted(name)
        ):
            new.append((at, until, name))
            spans.append((at, until))
    low = lower_in_place(text[start:end])
    leaders = _firms_of_leaders(text, start, end, low)
    for m in leaders:
        at, until = m.span(next(k for k, v in m.groupdict().items() if v))
        name = _full_lab_name(text, text[at:until], [o[2] for o in known + new])
        if (
            not overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not NOT_ORG_WORD.fullmatch(name)
            and not stoplisted(name)
        ):
            new.append((at, until, name))
            spans.append((at, until))
    for m in POSSESSIVE_NAME.finditer(text, start, end):
        owner = OWNER_BEFORE.search(text, max(start, m.start() - 30), m.start())
        if owner is None:
            continue
        at, until = owner.span()
        name = _full_lab_name(text, owner.group(), [o[2] for o in known + new])
        if (
            not overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not NOT_ORG_WORD.fullmatch(name)
            and not stoplisted(name)
            and not gaz.model_index.find(text, m.end(), min(end, m.end() + 40))
        ):
            new.append((at, until, name))
            spans.append((at, until))
    for m in LEGAL_ORG.finditer(text, start, end) if LEGAL_FORMS.search(text, start, end) else ():
        if (
            not overlaps(m.start(), m.end(), spans)
            and m.group().split(" ")[0] not in NOT_COMPANY_NAMES | NOT_MODELS
        ):
            new.append((m.start(), m.end(), m.group()))
            spans.append(m.span())
    for noun in COMPANY_NOUNS.finditer(low):
        named = COMPANY_NAME_AFTER.match(text, start + noun.end(), end)
        # 'Aurora Labs Dev Day': a capitalised 'Labs' ends a lab's name, it is not the noun 'the lab X'
        if named is None or (noun.group() == "lab" and text[start + noun.start()].isupper()):
            continue
        at, until = named.span("name")
        name = _as_named_again(text, named.group("name"))
        until = at + len(name)
        if not overlaps(at, until, spans) and name.split(" ")[0] not in NOT_COMPANY_NAMES | NOT_MODELS:
            new.append((at, until, name))
    return sorted(known + new)


# a maker by what it releases: 'Nuvarek dropped Ostrell-4', 'Kaeon publie Solvyn-2-Dense', 'Astrelle lanzó
# Vireon-2', 'Dravenne hat gestern Ostrix 3 freigeschaltet' (a capitalised word, then a name with a number).
# Read only around the verbs: the words before one and the name after it are short matches.
_RELEASED = (
    "released dropped launched unveiled shipped open-sourced introduced debuted publie publié dévoile dévoilé "
    "lance lancé présente présenté lanza lanzó presenta presentó publica publicó libera liberó veröffentlicht "
    "präsentiert lanciert stellt bringt"
).split()
_RELEASED += ["trains", "entraîne", "entrena", "trainiert", "l'entraînement de", "el entrenamiento de"]
_PARTICIPLES = "veröffentlicht freigeschaltet vorgestellt präsentiert gestartet lanciert".split()
RELEASE_VERB = re.compile(rf"(?<![\w-])(?:{trie_pattern(set(_RELEASED + _PARTICIPLES))})(?![\w-])")
_ADVERBS = r"(?:has|have|hat|a|ha|just|quietly|finally|officially|now|today|heute|gestern|hier|ayer|hoy)"
_ITS = r"(?:its|their|the|new|sein\w*|ihr\w*|neue\w*|das|den|die|son|sa|ses|nouveau|nouvelle|le|la|su|sus|nuevo|nueva|el)"
MAKER_BEFORE_VERB = re.compile(
    rf"(?<![\w-])(?P<name>[{UP}][{LOW}]{{3,}}) (?:{_ADVERBS} ){{0,2}}(?:(?:achève|termine|finalise|completes|finishes|"
    rf"termina|completa) )?$"
)
# a firm by its model: 'le prochain modèle de Brennakai', 'the new model from Nuvarek', 'das neue Modell von Dravenne'
MODEL_OF_FIRM = re.compile(
    rf"\b(?:modèle|model|modelo|Modell|LLM)\s+(?:de|d['’]|von|of|from|del|by|par|por)\s+(?P<name>[{UP}][{LOW}]{{3,}})(?![\w-]| [{UP}])"
)
NAME_AFTER_VERB = re.compile(rf" (?:{_ITS} ){{0,2}}[{UP}][\w.]*[-‑ ]?\d")
MAKER_BEFORE_PARTICIPLE = re.compile(  # 'Dravenne hat gestern Ostrix 3 freigeschaltet'
    rf"(?<![\w-])(?P<name>[{UP}][{LOW}]{{3,}}) hat (?:\w+ ){{0,2}}[{UP}][\w.]*[-‑ ]?\d[\w.-]* (?:\w+ ){{0,3}}$"
)


def _releasers(text: str) -> list[tuple[int, str]]:
    """(start, name) of the firms that release a model by name."""
    found = []
    for verb in RELEASE_VERB.finditer(text):
        at = verb.start()
        maker = NAME_AFTER_VERB.match(text, verb.end()) and MAKER_BEFORE_VERB.search(
            text, max(0, at - 40), at
        )
        if not maker and verb.group() in _PARTICIPLES:
            maker = MAKER_BEFORE_PARTICIPLE.search(text, max(0, at - 100), at)
        if maker:
            found.append((maker.start(), maker.group("name")))
    return found


def article_firms(text: str, gaz: Gazetteer) -> set[str]:
    """New firms the whole article names by strong signs, wherever they stand: by their people ('Norvantic CEO
    Maren Holtgrave'), a legal form ('Korvessa AG') or what they release ('Nuvarek dropped Ostrell-4'). A
    sentence that holds a figure may then name one alone ('which Norvantic hosts itself')."""
    found = {
        m.group(next(k for k, v in m.groupdict().items() if v))
        for m in _firms_of_leaders(text, 0, len(text), text.lower())
    }
    if LEGAL_FORMS.search(text):
        found |= {m.group() for m in LEGAL_ORG.finditer(text)}
    found |= {_whole_name(text, at, name) for at, name in _releasers(text)}
    found |= {m.group("name") for m in MODEL_OF_FIRM.finditer(text)}
    return {
        _full_lab_name(text, name, [])
        for name in found
        if name not in gaz.orgs
        and not re.fullmatch(LAB_WORDS, name)
        and name.split(" ")[0] not in NOT_COMPANY_NAMES | NOT_MODELS
        and not NOT_ORG_WORD.fullmatch(name)
        and not stoplisted(name)
        and not gaz.model_index.find(name, 0, len(name))
        and len(whole_words(text, name)) > 1  # a firm recurs
    }


def _whole_name(text: str, start: int, name: str) -> str:
    """The firm's name with the capitalised words right before it ('Aubrac Data présente ...')."""
    line = max(start - 40, text.rfind("\n", 0, start) + 1, 0)
    words = text[line:start].split(" ")[:-1]
    while words and re.fullmatch(rf"[{UP}][\w&-]+", words[-1]) and not NOT_ORG_WORD.fullmatch(words[-1]):
        name = f"{words.pop()} {name}"
    return name


def _full_lab_name(text: str, word: str, found: list[str]) -> str:
    """'Parallax' (as in 'Parallax CEO Dana Ruiz') is the 'Parallax Labs' the text names elsewhere."""
    longer = [name for name in found if word in name.split(" ")]
    if longer:
        return longer[0]
    full = re.search(rf"(?<![\w-]){re.escape(word)} (?:{LAB_WORDS}|Tech)\b", text)
    return full.group() if full else word


def _share_button(text: str, pos: int) -> bool:
    """'Facebook' in a line of share buttons, or alone on a line beside another, is no mention of Meta."""
    line = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop < 0 else stop
    if stop - line > 120:
        return False  # a paragraph, not a row of buttons
    if SHARE_LINE.fullmatch(text, line, stop):
        return True
    if not SHARE_WORD.fullmatch(text[line:stop].strip()):
        return False
    before = text[text.rfind("\n", 0, max(0, line - 1)) + 1 : max(0, line - 1)]
    after = text[stop + 1 : (text.find("\n", stop + 1) + 1 or len(text) + 1) - 1]
    return bool(SHARE_WORD.fullmatch(before.strip()) or SHARE_WORD.fullmatch(after.strip()))


def _as_named_again(text: str, name: str) -> str:
    """'Dünenwerk Klarheit' (a German noun after the name) is 'Dünenwerk' when only that recurs in the text."""
    words = name.split(" ")
    for n in range(len(words), 1, -1):
        if len(re.findall(rf"(?<![\w-]){re.escape(' '.join(words[:n]))}(?![\w])", text)) > 1:
            return " ".join(words[:n])
    short = re.findall(rf"(?<![\w-]){re.escape(words[0])}(?![\w])", text)
    if len(words) < 2 or len(short) < 2 or ORG_NAME_END.search(name):
        return name  # 'Sternwarte Analytics' stays whole though 'Sternwarte' recurs
    return words[0]
