"""Find model and organisation names in a sentence: known ones from the gazetteer, new ones by shape."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace

from claimwatch.extract.cues import KIND_OF_FIRM, OUTLETS
from claimwatch.extract.gazetteer import Gazetteer, Mention, name_key, trie_pattern
from claimwatch.extract.numbers import is_magnitude_word, lower_in_place
from claimwatch.extract.tables import header_of

UP = "A-ZÀ-ÖØ-Þ"
LOW = "a-zß-öø-ÿ"
CAPITALISED_PATTERN = rf"(?-i:[{UP}][\w.]*(?:[-‑ ][{UP}0-9][\w.]*){{0,2}})"
NAMING_CUE = re.compile(
    r"(?:(?:internally|provisionally|tentatively)\s+)?"
    r"(?:called|named|dubbed|code-?named|codename|code name|known as|namens|genannt|mit dem namen|den namen|"
    r"they call|we call|que (?:internamente |provisionalmente )?llaman|qu['’]ils appellent|"
    r"nombre en clave|nombre clave|"
    r"nommée?|baptisée?|appelée?|nom de code|llamado|llamada|denominad[oa]|bautizad[oa]|chiamato|chiamata|"
    r"genaamd|chamado|chamada|arbeitstitel|working title|conocid[oa]|connue? sous le nom(?: de)?|s['’]appelle|"
    r"internen namen|se llama|(?:es|modell|system|assistent|intern)\s+(?:heißt|heisst)(?:\s+es)?|"
    r"(?:nombre (?:provisional|interno)|nom (?:provisoire|interne))(?: de)?|provisional name|working name|projektnamen?)"
    r"(?:\s+(?:internally|intern|en interne|internamente|in interno|provisoirement|provisionally|provisionalmente|"
    r"vorläufig))?"
    r"(?:\s+(?:como|as|comme|als|come))?\s+$",
    re.IGNORECASE,
)
# run over the lower-cased text: a case-sensitive scan is several times faster than IGNORECASE
NAMING_FORWARD = re.compile(r"(?<!\w)" + NAMING_CUE.pattern.removesuffix("$"))
# Every NAMING_FORWARD match holds one of these: a scan that starts with a letter is far faster than one that
# starts with a look-behind, and most stretches of text hold none (a property test keeps them in step).
NAMING_WORDS = re.compile(
    trie_pattern(
        "called|named|dubbed|code-named|codename|code name|known as|namen|genannt|nombre en clave|nombre clave|"
        "nommé|baptisé|appelé|nom de code|llamad|denominad|bautizad|chiamat|genaamd|chamad|arbeitstitel|"
        "working title|conocid|connu|s'appelle|s’appelle|se llama|heißt|heisst|nombre provisional|nom provisoire|"
        "nombre interno|nom interne|provisional name|working name|projektname|they call|we call|llaman|"
        "qu'ils appellent|qu’ils appellent".split("|")
    )
)
MODEL_WORD = re.compile(
    r"(?:language )?model(?:s|l|le|lo|o)?|LLMs?|\w*sprachmodell\w*|KI-Modell\w*|\w*modell|modèle|modelo|"
    r"modello|taalmodel|chatbot|foundation model|system",
    re.IGNORECASE,
)
# nouns that introduce a name set off by commas: "its successor, Velia-70, ..."
APPOSITION_NOUN = re.compile(
    r"(?:"
    + MODEL_WORD.pattern
    + r"|version|versión|versione|variant\w*|successor|successeur|sucesor|product|"
    r"Produkt|produit|producto|"
    r"successore|nachfolger|predecessor|vorgänger|prédécesseur|predecesor|sibling|flagship|famil\w+)"
    r"(?:\s+[\w'’-]+){0,4},\s*$",
    re.IGNORECASE,
)
# 'its successor, Velia-70, ...': found from the comma (rare) back to the noun (common)
APPOSITION_NAME = re.compile(r",\s*(?P<name>" + CAPITALISED_PATTERN + r")(?=\s*[,(])")
APPOSITION_HEAD = re.compile(
    r"(?<!\w)" + APPOSITION_NOUN.pattern.removesuffix(r",\s*$") + r"\Z", re.IGNORECASE
)
APPOSITION_REACH = 300  # characters before the comma where the noun may start
# ('models on MT-Bench': a name after a preposition is not the model's)
MODEL_WORD_BEFORE = re.compile(
    r"(?:"
    + MODEL_WORD.pattern
    + r")\s+(?:(?!(?:on|in|at|for|with|from|than|like|as|auf|bei|sur|en|con|para|sobre|"
    r"mit|avec|gegen|versus|vs)\s)\w+\s+)?$",
    re.IGNORECASE,
)
MODEL_WORD_AFTER = re.compile(r"[\s,-]*(?:[\w’'-]+\s+){0,3}?(?:" + MODEL_WORD.pattern + r")\b", re.IGNORECASE)
# a name right after a release verb or noun: 'launched Orion-X', 'stellt Kestrel-7 vor', 'el lanzamiento de Kodiak 3'
RELEASE_BEFORE = re.compile(
    r"(?:unveil|launch|releas|introduc|announc|debut|open-sourc|ship|present|präsentier|veröffentlich|stellt|"
    r"lanz|présent|dévoil|lanc|annonc|rilasci|lanci|publi|sort(?=\s))\w*(?:\s+(?:of|de|von|del|du|di))?"
    r"(?:\s+(?:its|their|the|a|sein\w*|ihr\w*|das|den|die|son|sa|ses|su|sus|el|la|le|il|lo))?"
    r"(?:\s+(?:new|neue\w*|nouveau|nouvelle|nuevo|nueva|nuovo))?\s+$",
    re.IGNORECASE,
)
# one scan for every cue that may stand right before a new name
INTRO_BEFORE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (NAMING_CUE, APPOSITION_NOUN, RELEASE_BEFORE, MODEL_WORD_BEFORE)),
    re.IGNORECASE,
)
# Every INTRO_BEFORE match holds one of these (lower-cased): a cheap test that skips the costly search.
# Keep it in step with the cue patterns above (tests/test_extract_parts.py checks each cue word).
INTRO_WORDS = re.compile(
    "|".join(
        """model llm modèle chatbot system version versión variant successor successeur sucesor nachfolger
        predecessor vorgänger prédécesseur predecesor sibling flagship famil unveil launch releas introduc
        announc debut open-sourc ship present präsentier veröffentlich stellt lanz présent dévoil lanc annonc publi sort
        rilasci called named dubbed code known namens genannt namen nommé baptisé appelé llamad denominad
        bautizad chiamat genaamd chamad product produkt produit producto clave arbeitstitel working conocid connu
        appelle llama heißt heisst nombre nom name projektname call""".split()
    )
)
# a family named by its models: 'the popular Kodiak models', 'die Kodiak-Modelle', 'les modèles Kodiak'
FAMILY_NAME = re.compile(
    rf"(?-i:([{UP}][{LOW}]{{2,}}))[\s-]+(?:models|model family|Modelle|Modellfamilie|family|Familie)\b"
    rf"|(?:modèles|modelos|modelli|Modelle)\s+(?-i:([{UP}][{LOW}]{{2,}}))\b",
    re.IGNORECASE,
)
# every FAMILY_NAME match holds one of these (lower-cased)
FAMILY_WORDS = re.compile(trie_pattern(["famil", "models", "modelle", "modelli", "modelos", "modèles"]))
NEW_ORG = re.compile(
    rf"[{UP}](?<![\w-].)[{UP}{LOW}0-9-]+(?: [{UP}][{UP}{LOW}0-9-]+){{0,2}} (?:AI|KI|IA|Labs?|Research|Technolog(?:y|ies)|Intelligence|Systems|Analytics|Computing|Robotics|Tech)\b"
    r"(?![-‑])"  # 'des Münchner KI-Start-ups Quellwerk': 'KI-' starts a compound noun, not a lab's name
)
NOT_FIRM_HEADS = frozenset(
    """French Big Deep High Clean Ed Fin Green Health Climate Food Legal Ad Med Agri German European Chinese American
    British Spanish Swiss Dutch Italian Israeli Korean Japanese Indian African Latin Global World Tiny Frontier
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
ACADEMIC_WORDS = re.compile(r"Univers|Institut")
ACADEMIC_ORG = re.compile(
    rf"(?:[Uu]niversität|[Uu]niversité|[Uu]niversidad|[Uu]niversidade|[Uu]niversità|University)"
    rf"(?: (?:of|de|des|du|del|de la|der|di|do|da) | )(?:(?:Nacional|National|Technique|Técnica|Politécnica)(?: de| of)? )?{_PLACE}"
    rf"|(?!(?:Die|Der|Das|The|La|Le|El|Les|Los|Las|Eine?|Une?|A|An)\b){_PLACE} (?:University|Universität|Institute of(?: [{UP}][{LOW}]+){{1,3}})(?![\w-])"
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
    rf"[{UP}][{LOW}]+er|[\w]+-[{UP}][{LOW}]+|Das|Der|Die|The|Le|La|El|Firma|Konzern|Labor|Labors|Startups?|Start-ups?|Unternehmen|"
    r"Beratung|Agentur|Analysten|Consultora|Cabinet|Consultancy|"
    # German compounds of a company noun: 'Marktforschungsunternehmen Kessler Research', 'Analysehaus X'
    rf"{KIND_OF_FIRM.pattern}|"
    # a conjunction or adverb opening the sentence: 'When Ashgrove Research released ...'
    r"When|While|After|Before|As|If|Since|Until|Then|But|And|So|Now|Today|Yesterday|Als|Wenn|Nachdem|Bevor|Dann|"
    r"Doch|Aber|Und|Heute|Quand|Lorsque|Après|Avant|Mais|Et|Alors|Cuando|Tras|Antes|Mientras|Pero|Hoy|"
    r"Seit|Seitdem|Bei|Mit|Für|Nach|Laut|Auch|Noch|Nur|Schon|Dass|Weil|Obwohl|Während|Trotz|Zudem|Damit|Dabei"
)
TIER_WORDS = (
    "Mini|Lite|Pro|Max|Ultra|Large|Small|Medium|Nano|Plus|Turbo|Flash|Instruct|Chat|Base|Coder|Vision|"
    "Grande|Gran|Pequeño|Mediano|Grand|Petit|Kompakt|Light|Groß|Klein|MoE|Standard|Compact|Edge|Core|Air|Fast|Mega|Micro|Tiny"
)
TIER = rf"(?:\s(?:{TIER_WORDS}))?"
# after a hyphen, a short, camel-case or tier-like part ('Orion-X', 'Nova-Pro', 'Tramontane-MoE'); a long one is a German
# compound noun ('Cloud-Anbieter', 'Chip-Hersteller'), not a name
NAME_TAIL = rf"(?:[{UP}]{{1,4}}|[{UP}][{LOW}]{{1,2}}|[{UP}][{LOW}]*[{UP}][{UP}{LOW}]{{0,4}}|{TIER_WORDS}|Next|Omni|Prime|Edge|Zero)"
# capitalised words with a number or a second capital: MAI-1, Kestrel-7, DeepThink-2, NovaLM
# (the first capital is read before the alternatives, so each of them starts at the second character)
NAME_SHAPE = re.compile(
    rf"[{UP}](?<![\w-].)(?:[{UP}{LOW}]*(?:[-‑][{UP}][{UP}{LOW}]*)?[-‑ .]?\d+(?:\.\d+)?(?![.,]\d)(?:[x×]\d+(?:\.\d+)?[BbMT]|[-‑]?[A-Za-z]+)?"
    rf"(?:[-‑](?:[{UP}]{{1,3}}(?![\d.])|[{UP}]\d{{1,2}}(?![\d.])|\d+(?:\.\d+)?[BMT]|A\d+(?:\.\d+)?B))*(?:[-‑][a-z]+)?"
    rf"|[{LOW}]+[{UP}][{UP}{LOW}]+|[{UP}]+[-‑][{UP}]{{2,}}|[{LOW}]{{2,}}[-‑]{NAME_TAIL}"
    # 'LTX-Video', 'Step-Video-T2V': an acronym, or several parts one of which has a digit or two capitals
    rf"|[{UP}]+[-‑][{UP}][{LOW}]+|(?=[{UP}]|[\w‑-]*(?:\d|[{UP}]{{2}}))[\w]+(?:[-‑][{UP}][\w]*){{2,}}){TIER}(?![\w-])"
)
# 'Velia-70', 'Orion-X', 'Nova-Pro': a name by its shape next to a parameter word. A long capitalised second
# part is a compound noun in German ('Cloud-Anbieter', 'Chip-Hersteller'), not a name.
HYPHEN_NUMBER = re.compile(rf"[{UP}][{UP}{LOW}]+[-‑](?:\d+(?:\.\d+)?[A-Za-z]?|{NAME_TAIL})")
# a word and a version number ('Polaris 2') next to a parameter word
SPACE_NUMBER = re.compile(rf"[{UP}][{LOW}]{{3,}} \d{{1,2}}(?:\.\d)?(?: (?:{TIER_WORDS}))?")
# words that take a number without being a model's name: 'Phase 2', 'Figure 3', 'Windows 11', 'With 13'
# a ranked list's entry heading that is a name alone: '7. Veltrane 2 Pro', '3) Strelvin 2'
LIST_HEADING = re.compile(
    rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+(?P<name>[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*){{0,3}})[ \t]*$"
)
TIER_END = re.compile(rf" (?:{TIER_WORDS})$")
NOT_VERSIONED = frozenset(
    """With Mit Avec Con About Over Under Unter Über Sobre From Until Bis Desde Phase Figure Table Tabelle Tableau
    Kapitel Chapter Version Versión Stufe Level Step Schritt Generation Runde Round Teil Part Windows Android Platz
    Rang Number Nummer Seite Page Article Artikel Artículo Paragraph Absatz Punkt Point Top Tier Gen Season Staffel
    Episode Folge Woche Week Semana Semaine Jahr Year Day Tag Month Monat Mois Mes Quarter Quartal Trimestre
    Größe Größen Variante Varianten Versionen Sizes Size Taille Tailles Tamaño Tamaños Modelle Models Modelos
    Modèles Modell Model Modelo Modèle Parameter Parametern""".split()
)
LIST_GOES_ON = re.compile(r"\s*(?:[,;/–-]|(?:und|and|et|y|e|bis|to|à|a|oder|or|ou|o)\s)\s*\d")
CAPITALISED = re.compile(CAPITALISED_PATTERN)
QUOTES = "\"'“”„«‘‚"
# 'intern „Orion“ genannt': a quoted name before a naming word
QUOTED_THEN_CUE = re.compile(
    rf"[„“\"«‚‘]\s?(?P<name>[{UP}][\w.-]*)\s?[“”\"»‘’]\s+(?:genannt|getauft|bezeichnet|heißen|heißt|surnommé|apodado)\b"
)
# a thing named that is no model: 'ein Mechanismus namens „Null-Rechen-Experten“', 'a technique called MLA'
NOT_MODEL_NOUN_BEFORE = re.compile(
    r"\b(?:mechanisms?|Mechanismus|mécanisme|mecanismo|techniques?|Technik|técnica|method|Methode|méthode|método|"
    r"approach|Ansatz|approche|enfoque|algorithm|Algorithmus|algorithme|algoritmo|benchmark|Benchmark|dataset|"
    r"Datensatz|corpus|Korpus|chips?|Chip|puce|supercomputer|Supercomputer|superordinateur|supercomputadora|"
    r"cluster|Cluster|framework|Framework|feature|Funktion|fonctionnalité|función)"
    r"(?:\s+[\w-]+){0,2}?\s*,?\s*$"
)
# 'das Ahorn-Modell', 'seine Kranich-Reihe': a German compound whose head is a model noun names a family
FAMILY_COMPOUND = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}\d*)-(?:Modell\w*|Reihe|Familie|Serie|Modellreihe|Modellfamilie)\b"
    rf"(?!\s+[{UP}][\w]*[-‑\d])"  # 'das Quanta-Modell Q-Pro': the name follows, the compound's head is the maker
)
GENERIC_COMPOUND_HEADS = frozenset(
    """Parameter Milliarden Millionen Cloud Reasoning Ultra Small Large Medium Mini Processing Device Source Weight
    Weighted Experts Experten Chat Code Bild Text Video Audio Vision Sprach Basis Spitzen Flaggschiff Konkurrenz
    Vorgänger Nachfolger Frontier Transformer Diffusion Diffusions Foundation Premium Open Edge Pro Instruct Base
    Einsteiger Top Standard Embedding Agenten Agent Einstiegs Forschungs Test Referenz Vergleichs Nischen""".split()
)

# 'das nächste Modell, intern Aurelia Prime genannt,': a name between an adverb and 'genannt'
ADVERB_THEN_GENANNT = re.compile(
    rf"\b(?:(?:intern|firmenintern|vorläufig|kurz|schlicht)(?:\s+als)?|als)\s+(?P<name>[{UP}][\w.-]*(?:\s[{UP}][\w.-]*)?)"
    r"\s+(?:genannt|bezeichnet)\w*\b"
)

# 'das Schweizer Modell Apertus', 'la familia Salamandra', 'the model Arctic': one plain word after a model noun
# (case-sensitive: in a Title Case headline, 'New Model Tops Charts' names nothing)
# ('das Kleinmodell Phi Silica', 'le modèle de synthèse vocale Kyutai TTS': a compound noun, a second word)
NOUN_THEN_NAME = re.compile(
    r"(?<![\w-])(?:model|[\w-]*Modells?|LLM|family|Familie|Modellfamilie|"
    rf"(?:modèle|modelo|modello|famille|familia|famiglia)(?:\s+(?:de|d['’]|del|di)\s*[a-zà-ÿ]{{3,}}(?:\s[a-zà-ÿ]{{3,}})?)?)[ \t\u00a0]+"
    rf"(?P<name>[{UP}][{LOW}]{{2,}}\d*(?:[-‑][{UP}][{LOW}]+)?(?:\s(?:[{UP}]{{2,}}|[{UP}][{LOW}]+)(?=[\s,.;:!?]))?)(?![\w-])"
)
# 'Maguey, un modelo de lenguaje', 'Petrel, a small model': a plain name set off before a model noun
# (each pattern here that starts with a capital letter checks the character before it only after that
# letter: a pattern that starts with a look-behind makes re try every position, several times slower)
APPOSED_NAME = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)(?:[{LOW}]{{2,}}\d*|[{LOW}]+[{UP}][\w]*)(?:\s\d+(?:\.\d+)?)?)"
    r"(?:\s+(?:ge)?[a-zäöü]+(?:t|en))?,\s+"  # 'hat Bergfink vorgestellt, ein Modell mit 12 Mrd.'"
    r"(?:a|an|the|its|un|une|uno|una|el|le|la|das|ein|eine|einem|einer|sein|ihr|son|sa|su)\s+(?:[\w.,-]+\s+){0,4}?"
    r"(?:[«\"“„]\s?)?[\w-]*(?:model|modelo|modèle|modello|Modell|modell|LLM|MoE|versi[oó]n|system|système|sistema|chatbot)s?\b"  # 'Aurora, un « modèle de ... »'
)
# German capitalises every noun: words that follow 'Modell' without being its name
NOT_NAMES_AFTER_NOUN = frozenset(
    """Start Jahr Jahres Monat Monate Woche Wochen Tag Tage Parameter Parametern Milliarden Millionen
    Billionen Nutzer Nutzern Kunden Unternehmen The This That These Those With For From And But Card Cards""".split()
)
ACRONYM_PAIR = re.compile(rf"[{UP}]{{2,}}[-‑][{UP}]{{2,}}")  # 'BSC-CNS', 'CNRS-INRIA': institutions
NOT_MODELS = frozenset(
    """H100 H200 H800 A100 A800 B100 B200 GB200 GH200 V100 TPU TPUs GPU GPUs CPU CPUs AI KI IA LLM LLMs MoE
    API APIs RAM GB TB MB USD EUR US USA EU UK CEO CTO COVID PC PCs CES IPO AGI NLP OK FLOPs FLOP PDF HTML
    RTX SOTA IT MIT IEEE ICML ICLR NeurIPS GDPR AWS DGX HBM OS VRAM Windows iPhone iOS Android Section
    Article Artikel Article Paragraph Version Phase Level Stufe Tier Gen Generation Series Serie Model Modell
    The Le La El Il Der Die Das Un Une Una Ein Eine A An Our Its Their My Your Notre Nos Nuestro Nuestra Unser
    Unsere Unseren Sein Seine Ihr Ihre Son Sa Ses Su Sus
    Ende Anfang Mitte Beginn Januar Februar März April Mai Juni Juli Oktober Dezember Montag Dienstag
    MT-Bench MMLU MMLU-Pro GSM8K HumanEval GPQA HellaSwag BIG-Bench LiveBench SWE-bench MT Arena
    Mittwoch Donnerstag Freitag Samstag Sonntag January February March June July October December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Fin Début Mi Finales Principios Mediados Apache GPL MIT BSD
    Frühjahr Sommer Herbst Winter Spring Summer Autumn Fall Printemps Été Automne Hiver Primavera Verano Otoño
    Invierno August September November May Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre
    Décembre Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre""".split()
)
PARAM_WORD = re.compile(r"par[aáâ]m", re.IGNORECASE)
# a size written like a parameter count ('in 3B, 12B and 56B variants'), which is as good as the word
SIZE_WRITTEN = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?[BT](?![\w-])")


@dataclass(frozen=True, slots=True)
class ModelMention:
    start: int
    end: int
    surface: str
    model_id: str
    canonical: str
    org: str | None
    known: bool


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
    orgs = orgs if orgs is not None else [o for a, b in regions for o in find_orgs(text, a, b, gaz)]
    taken = [(m.start, m.end) for m in found] + [(o[0], o[1]) for o in orgs]
    starts = [s for s, _ in spans]
    introduced, shaped = _new_names(text, low, spans, starts, regions, sorted(taken))
    introduced += _table_names(text, regions) if "|" in text else []
    stems = {_stem(m.surface) for m in introduced} | {
        (m.group(1) or m.group(2)).lower()
        for a, b in regions
        if FAMILY_WORDS.search(low, a, b)
        for m in FAMILY_NAME.finditer(text, a, b)
        if (m.group(1) or m.group(2)) not in NOT_MODELS
    }
    shaped = [m for m in shaped if _stem(m.surface) in stems] + _bare_stems(text, low, regions, introduced)
    shaped += _repeats(text, regions, introduced)
    org_starts = {(o[0], o[1]) for o in orgs}
    for m in sorted(introduced + shaped, key=lambda m: (m.start, -m.end)):
        # a new name may start with its maker's name ('Kyutai TTS'): it then wins over the organisation
        heads = [(s, e) for s, e in taken if s == m.start and e < m.end and (s, e) in org_starts]
        if not _overlaps(m.start, m.end, [t for t in taken if t not in heads]):
            found.append(m)
            taken.append((m.start, m.end))
    for m in _tier_siblings(text, spans, starts, found, gaz):
        if not _overlaps(m.start, m.end, taken):
            found.append(m)
            taken.append((m.start, m.end))
    short = _short_names(text, orgs, gaz)
    found = [m for m in found if not any(s.start < m.end and m.start < s.end for s in short)] + short
    return _joined(sorted(found, key=lambda m: m.start), text)


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
            new = _new(t.start("tier"), t.end("tier"), name)
            if entry is not None:
                new = ModelMention(new.start, new.end, name, entry.id, entry.name, entry.org, True)
            out.append(replace(new, org=new.org or m.org))
    return out


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
            out[-1] = replace(_new(last.start, m.end, text[last.start : m.end]), org=last.org)
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
            m = _new(m.start, tail.end(), text[m.start : tail.end()])
            until = tail.end()
        out.append(m)
    return out


# a version number after a known name that does not end in one: 'Hunyuan-Large 2', 'Mistral Large 2'
VERSION_AFTER = re.compile(
    r"[ \u00a0](?P<v>\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d|\s?[%xX×]|[\w-]|\s+(?:[\w-]*(?:billion|million|trillion|"
    r"milliard|millon|millón|billón|Mrd|Mio|Bio|years?|Jahre\w*|ans|años|months?|Monate\w*|mois|meses|weeks?|days?|"
    r"Tage\w*|jours|días|times|mal|fois|veces|percent|Prozent|pour cent|por ciento|GPUs?|parameters?|Parameter\w*|"
    r"paramètres|parámetros)\w*))",  # 'Luminous Supreme 70 Milliarden' is no 'Luminous Supreme 70'
    re.IGNORECASE,
)


# 'Mistral Large 2', and a tier glued by a hyphen, with a flavour after it or not: 'DeepSeek-Coder-V2-Lite-Instruct'
TIER_AFTER = re.compile(
    rf"[ \u00a0‑-](?P<v>{TIER_WORDS}|Super)(?=[-‑](?:Instruct|Chat|Base|it)(?![\w-])|(?![\w-]))"
)
GLUED_FLAVOUR_AFTER = re.compile(r"[-‑](?:Instruct|Chat|Base|it)(?![\w-])")


def _versions(known: list[ModelMention], text: str, gaz: Gazetteer) -> list[ModelMention]:
    """Known mentions, with 'X N' (or 'X Ultra') read as the newer model when X does not end in a number
    (or a tier) and the gazetteer does not know the longer name (it would have matched it)."""
    out = []
    for m in known:
        v = VERSION_AFTER.match(text, m.end) if not m.surface[-1:].isdigit() else None
        v = v or TIER_AFTER.match(text, m.end)
        if v:
            flavour = GLUED_FLAVOUR_AFTER.match(text, v.end("v"))
            until = flavour.end() if flavour else v.end("v")  # 'DeepSeek-Coder-V2-Lite-Instruct'
            surface = text[m.start : until]
            m = ModelMention(m.start, until, surface, f"{m.model_id}-{v.group('v')}", surface, m.org, False)
        out.append(m)
    return out


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
        and not (m.surface.isupper() and _dateline(text, m.start))  # 'POINTE-À-PITRE –' is no Point-E
    ]


# a model name that is the tail of something else: 'Raspberry Pi' is a computer, not Inflection's Pi
NOT_A_MODEL_BEFORE = re.compile(r"\bRaspberry\s$")


PROPER_WORD_BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b[{UP}][\w&-]*\s$")


FAMILY_AFTER = re.compile(r"[\s-]+(?:models|Modelle\w*|family|Familie|series|Reihe|Serie)\b")


def _bare_stems(text: str, low: str, regions, introduced: list[ModelMention]) -> list[ModelMention]:
    """Once 'Kastell-7B' (or 'Maguey') is a model, 'Kastell' alone names it too ('Das nächste Kastell wird
    ...'), unless the word is also written in lower case, as an ordinary word is."""
    found = []
    for stem in {re.split(r"[-‑ \d]", m.surface, maxsplit=1)[0] for m in introduced}:
        if len(stem) < 4 or stem in NOT_MODELS or not stem[0].isupper() or stem.lower() not in low:
            continue
        if re.search(rf"(?<!\w){re.escape(stem.lower())}(?!\w)", text) or _company_named(text, stem):
            continue
        bare = re.compile(rf"(?<![\w-]){re.escape(stem)}(?![\w-])")
        found += [
            _with_tier(text, m.start(), m.end())
            for a, b in regions
            for m in bare.finditer(text, a, b)
            # 'Atelier Lumen' is a lab, but 'das Team Lusavia Mini' a model: German capitalises its nouns
            if (
                not PROPER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or TIER_AFTER.match(text, m.end())
            )
            and not FAMILY_AFTER.match(
                text, m.end()
            )  # 'the popular Kodiak models': the family, not one model
        ]
    return found


# nouns that name a company (not 'firm', which an analyst or a law firm is), lower-cased
COMPANY_WORDS = (
    "start-up startup empresa compañía société entreprise unternehmen firma company laboratoire laboratorio labor "
    "lab tecnológica konzern anbieter pousse fabricant fabricante hersteller"
)
COMPANY_NOUN = trie_pattern(COMPANY_WORDS.split())
# a lab nobody listed, named after a company noun: 'Das Münchner KI-Start-up Alpenlogik', 'la empresa
# valenciana Albufera Intel·ligència', 'la start-up Arpège'
# 'la empresa valenciana X', 'la start-up française X', 'la startup capitalina X' (not 'the company said X')
PLACE_ADJECTIVE = (
    r"(?:an[ao]|en[ao]|eñ[ao]|in[ao]|es[ae]|és|aise|ais|ienne|ien|aine|ain|ique|ic[ao]|ale?|ense|ois|oise)"
)
# (the noun may end a compound, 'KI-Start-up'). The nouns are found in the lower-cased text by a factored
# pattern, then the name is read after each.
COMPANY_NOUNS = re.compile(COMPANY_NOUN)
# the name after a company noun, and the genitive: 'des KI-Start-ups Quellwerk'; one space only, since
# 'Start-up   Entretiens' is a site's menu
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


def _company_named(text: str, stem: str) -> bool:
    """'la start-up Arpège', 'La empresa valenciana Albufera', 'Arpège, start-up française': the word
    also names the company, so alone it is the company, not the model named after it."""
    name = re.escape(stem)
    return bool(
        re.search(rf"(?i:\b{COMPANY_NOUN})\s+(?:[a-zà-ÿ]+\s+)?{name}(?![\w-])", text)
        or re.search(
            rf"(?<![\w-]){name},\s+(?:(?:a|an|the|une?|la|el|die|das)\s+)?(?i:{COMPANY_NOUN})\b", text
        )
    )


TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|", re.MULTILINE)
CELL = re.compile(r"\|[ \t]*(?P<name>[^|\n(]*?[^\s|(])[ \t]*(?:\([^)|\n]*\))?[ \t]*(?=\|)")
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
                    found.append(_new(m.start("name"), m.end("name"), name))
    return found


def _repeats(text: str, regions, introduced: list[ModelMention]) -> list[ModelMention]:
    """Once a cue has introduced 'Arpège Pro' as a model, each later 'Arpège Pro' names it too."""
    found = []
    for name in {m.surface for m in introduced if " " in m.surface or "-" in m.surface}:
        again = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        found += [_new(m.start(), m.end(), name) for a, b in regions for m in again.finditer(text, a, b)]
    return found


def _with_tier(text: str, start: int, end: int) -> ModelMention:
    """A new name, with a tier word after it ('Ñandú Grande', 'Kastell Pro') as part of it."""
    tier = TIER_AFTER.match(text, end)
    end = tier.end("v") if tier else end
    return _new(start, end, text[start:end])


def _may_name_family(low: str, a: int, b: int) -> bool:
    """Every NOUN_THEN_NAME match but an 'LLM' one holds one of these words: most stretches of text hold none."""
    return any(low.find(word, a, b) >= 0 for word in ("model", "modèle", "famil"))


def _stem(name: str) -> str:
    return re.split(r"[-‑ \d]", name, maxsplit=1)[0].lower()


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
        if not _overlaps(at, m.end(), spans) and words[0] not in NOT_MODELS:
            new.append((at, m.end(), name))
            spans.append((at, m.end()))
    for m in ACADEMIC_ORG.finditer(text, start, end) if ACADEMIC_WORDS.search(text, start, end) else ():
        name = m.group().rstrip()
        if not _overlaps(m.start(), m.start() + len(name), spans):
            new.append((m.start(), m.start() + len(name), name))
            spans.append((m.start(), m.start() + len(name)))
    maker_cue = any(text.find(hint, start, end) >= 0 for hint in MAKER_HINTS)
    for m in MAKER_BY_ROLE.finditer(text, start, end) if maker_cue else ():
        at, until = m.span("name")
        name = m.group("name")
        if (
            not _overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not _stoplisted(name)
        ):
            new.append((at, until, name))
            spans.append((at, until))
    low = lower_in_place(text[start:end])
    leaders = _firms_of_leaders(text, start, end, low)
    for m in leaders:
        at, until = m.span(next(k for k, v in m.groupdict().items() if v))
        name = _full_lab_name(text, text[at:until], [o[2] for o in known + new])
        if (
            not _overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not NOT_ORG_WORD.fullmatch(name)
            and not _stoplisted(name)
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
            not _overlaps(at, until, spans)
            and name not in NOT_COMPANY_NAMES | NOT_MODELS
            and not NOT_ORG_WORD.fullmatch(name)
            and not _stoplisted(name)
            and not gaz.model_index.find(text, m.end(), min(end, m.end() + 40))
        ):
            new.append((at, until, name))
            spans.append((at, until))
    for m in LEGAL_ORG.finditer(text, start, end) if LEGAL_FORMS.search(text, start, end) else ():
        if (
            not _overlaps(m.start(), m.end(), spans)
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
        if not _overlaps(at, until, spans) and name.split(" ")[0] not in NOT_COMPANY_NAMES | NOT_MODELS:
            new.append((at, until, name))
    return sorted(known + new)


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


# words that end a lab's name ('Nordlicht KI', 'Veridian Labs'), and with them those that end any firm's
LAB_WORDS = "AI|KI|IA|Labs?|Research|Technologies|Systems|Intelligence|Computing|Robotics|Analytics"
ORG_NAME_END = re.compile(
    rf"\b(?:{LAB_WORDS}|Health|Technology|Technologie|Group|Gruppe|Partners|Capital|Ventures|Networks|Software|"
    r"Solutions|Dynamics|Inc|Ltd|GmbH|AG|SA|SL|SAS|Institute|Institut|Instituto)\.?$"
)


def _known(m: Mention, gaz: Gazetteer) -> ModelMention | None:
    entry = gaz.model(m.key)
    if entry is None:
        return None
    return ModelMention(m.start, m.end, m.surface, entry.id, entry.name, entry.org, True)


def _new_names(
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
    return introduced, shaped


# a news dateline: 'POINTE-À-PITRE –', 'PÉKIN, 3 juin —', 'SHANGHAI, Nov 18 (Newswire) -'
DATELINE = re.compile(rf"[{UP}][{UP}'’. -]*[{UP}]\s*(?:[–—]|-\s|\(|,\s*(?:\d|[{UP}][{LOW}]{{2,}}\.? \d))")


def _dateline(text: str, pos: int) -> bool:
    return (pos == 0 or text[pos - 1] == "\n") and bool(DATELINE.match(text, pos))


def _inside_taken(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(taken, (start, float("inf"))) - 1
    return any(s < end and start < e for s, e in taken[max(0, i - 1) : i + 2])


# '+ Runs 7B models comfortably': a word and a size before a plural model noun name a class of models
SIZE_END = re.compile(r"\s\d+(?:[.,]\d+)?[BMT]$")
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
        name = m.group().strip()
        if (
            _stoplisted(name)
            or _inside_taken(m.start(), m.start() + len(name), taken)
            or _dateline(text, m.start())
            or (SIZE_CLASS.match(text, m.start() + len(name)) and SIZE_END.search(name))
        ):
            continue
        at = max(0, bisect.bisect_right(starts, m.start()) - 1)
        start, end = spans[at] if spans else (0, len(text))
        # the count may come a few sentences on ('Technische Daten Priel-2' over 'Parameter: 12 Mrd.')
        reach = spans[min(at + 3, len(spans) - 1)][1] if spans else end
        mention = _new(m.start(), m.start() + len(name), name)
        first = re.sub(r"(?:[-‑][a-z]+)+$", "", name.split(" ")[0])  # 'Teuken-7B-instruct' -> 'Teuken-7B'

        if (
            _introduced(text, low, m.start(), m.end(), start, end)
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
        named = CAPITALISED.match(text, cue.end() + (text[cue.end() : cue.end() + 1] in QUOTES))
        if (
            named
            and not _stoplisted(named.group())
            and "\n" not in text[cue.start() : named.start()]
            and not NOT_MODEL_NOUN_BEFORE.search(text, max(a, cue.start() - 40), cue.start())
        ):
            name = re.split(r"\.\s", named.group(), maxsplit=1)[0].rstrip(
                "."
            )  # 'called Kestrel. Each' -> Kestrel
            introduced.append(_new(named.start(), named.start() + len(name), name))
    rules = [QUOTED_THEN_CUE]
    if low.find("genannt", a, b) >= 0 or low.find("bezeichnet", a, b) >= 0:
        rules.append(ADVERB_THEN_GENANNT)
    if any(low.find(head, a, b) >= 0 for head in ("-modell", "-reihe", "-familie", "-serie")):
        rules.append(FAMILY_COMPOUND)
    for rx in rules:
        for m in rx.finditer(text, a, b):
            name = m.group("name")
            if not _stoplisted(name) and name not in GENERIC_COMPOUND_HEADS:
                introduced.append(_new(m.start("name"), m.end("name"), name))
    if _may_name_family(low, a, b) or low.find("llm", a, b) >= 0:
        for m in NOUN_THEN_NAME.finditer(text, a, b):
            name = m.group("name")
            if not _stoplisted(name) and name not in NOT_NAMES_AFTER_NOUN:
                introduced.append(_new(m.start("name"), m.end("name"), name))
    for m in APPOSED_NAME.finditer(text, a, b):
        begin = _tier_head(text, m.start("name"), m.group("name"))
        if (
            not _stoplisted(m.group("name"))
            # 'aus Hangzhou, einem Hybridmodell': a place after 'from' is no model
            and not PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start())
            and not NOUN_ARTICLE_BEFORE.search(
                text, max(0, m.start() - 5), m.start()
            )  # 'Anfang des Monats, das Modell'
            # 'la catedrática Inmaculada Ruiz, el sistema ...': a person's surname before 'the system'
            and not (
                m.group().endswith(SYSTEM_NOUNS) and FIRST_NAME_BEFORE.search(text, max(0, begin - 20), begin)
            )
        ):
            introduced.append(_new(begin, m.end("name"), text[begin : m.end("name")]))
    for m in NAME_BEFORE_MODEL.finditer(text, a, b) if low.find(" model", a, b) >= 0 else ():
        if not _stoplisted(m.group("name")) and m.group("name") not in NOT_NAMES_BEFORE_MODEL:
            introduced.append(_new(m.start("name"), m.end("name"), m.group("name")))
    for m in LIST_HEADING.finditer(text, a, b) if "\n" in text[a:b] or a == 0 else ():
        if not _stoplisted(m.group("name")) and (
            re.search(r"\d", m.group("name")) or TIER_END.search(m.group("name"))
        ):
            introduced.append(_new(m.start("name"), m.end("name"), m.group("name")))
    for m in NAME_THEN_MAKER.finditer(text, a, b) if COMPANY_NOUNS.search(low, a, b) else ():
        if not _stoplisted(m.group("name")):
            introduced.append(_new(m.start("name"), m.end("name"), m.group("name")))
    for m in _appositions(text, a, b):
        name = m.group("name").rstrip(".")
        if not _stoplisted(name):
            introduced.append(_new(m.start("name"), m.start("name") + len(name), name))


# an English name between a determiner and 'model': 'its upcoming Kite model', 'the new Vega 2 model'
NAME_BEFORE_MODEL = re.compile(
    rf"\b(?:its|their|the|a|an|our|his|her)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?P<name>[{UP}][{LOW}]{{2,}}(?: \d+(?:\.\d+)?)?)\s+model\b(?!s)"  # 'the popular Kodiak models' is a family
)
# capitalised English words that describe a model rather than name it
NOT_NAMES_BEFORE_MODEL = frozenset(
    """Transformer Transformers Chinese American European French German British Spanish Japanese Korean Indian
    Canadian Israeli Arabic English Language Foundation Frontier Base Reasoning Vision Open Closed Flagship
    Diffusion Mixture Expert Experts Pro Mini Large Small Medium Frontier Instruct Chat Code Coding Video Image
    Speech Voice Audio Music World Embedding Reward Teacher Student Draft Dense Sparse""".split()
)
# a product named with its maker: 'Guadiana, de la startup sevillana Cierzo AI', 'Kestrel, from the startup X'
NAME_THEN_MAKER = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[\w.-]*(?: [{UP}\d][\w.-]*){{0,2}}),\s+(?i:de la|del|de|from|by|von|der|des|du|d['’])"
    rf"\s*(?i:la\s+|el\s+|the\s+|dem\s+|l['’])?(?i:{COMPANY_NOUN})(?![\w])"
)
TIER_ONLY = re.compile(TIER_WORDS)
HEAD_BEFORE = re.compile(rf"(?<![\w-])[{UP}][\w.-]+[ \u00a0]$")


NOUN_ARTICLE_BEFORE = re.compile(r"\b(?:des|dem|den|der)\s+$")
SYSTEM_NOUNS = ("system", "systems", "système", "systèmes", "sistema", "sistemas", "chatbot", "chatbots")
FIRST_NAME_BEFORE = re.compile(rf"(?<![.!?]\s)\b[{UP}][{LOW}]+ $")
PLACE_BEFORE = re.compile(r"\b(?:aus|nach|from|in|à|desde)\s+$")


def _tier_head(text: str, start: int, name: str) -> int:
    """'Arpège Pro, un modèle': a tier word names a model only with the word before it."""
    if not TIER_ONLY.fullmatch(name):
        return start
    head = HEAD_BEFORE.search(text, max(0, start - 30), start)
    return head.start() if head else start


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


def _stoplisted(name: str) -> bool:
    first = re.split(r"[-‑ ]", name, maxsplit=1)[0]
    return (
        name in NOT_MODELS
        or name in OUTLET_NAMES  # 'the newsletter SemiAnalysis reported that the model had ...'
        or bool(YEAR_END.search(name))  # 'im Frühjahr 2023 berichtet, das Modell ...'
        or first in NOT_MODELS
        or is_magnitude_word(first)
        or bool(PARAMETER_NOUN.search(first))  # 'Gesamtparameter 560 Milliarden' in a headline
        # 'Supuestamente, el modelo ...', 'Reportedly, the model ...'
        or (name.endswith(("mente", "ment", "ly", "weise")) and bool(ADVERB.fullmatch(name)))
    )


# and without their article: 'Según The Information, el próximo modelo ...' holds no model 'Information'
OUTLET_NAMES = frozenset(OUTLETS) | {
    o.split(" ", 1)[1] for o in OUTLETS if o.startswith(("The ", "Le ", "Les ", "La ", "El ", "Die ", "Der "))
}
PARAMETER_NOUN = re.compile(r"par[aáâ]m[eè]t(?:er|re|ro)s?n?$", re.IGNORECASE)
YEAR_END = re.compile(r"[ \u00a0](?:19[89]\d|20[0-3]\d)$")
ADVERB = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:mente|ment|ly|weise)")


def _introduced(text: str, low: str, a: int, b: int, start: int, end: int) -> bool:
    """A name right after a naming cue or a model noun, or right before a model noun."""
    lo = max(start, a - 60)
    if INTRO_WORDS.search(low, lo, a) and INTRO_BEFORE.search(text[lo:a]):
        return True
    after = text[b : min(end, b + 30)]
    return bool(MODEL_WORD_AFTER.match(after))


def _new(start: int, end: int, name: str) -> ModelMention:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    slug = re.sub(r"[^\w.]+|_", "-", folded.lower()).strip("-")  # 'Föhn-3' -> 'fohn-3', 'Ñandú' -> 'nandu'
    return ModelMention(start, end, name, slug, name, None, False)


new_name = _new  # a name nobody listed, as other modules make one


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def slug_key(name: str) -> str:
    return name_key(name)
