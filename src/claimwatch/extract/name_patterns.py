"""The patterns model names are found by: cue words before a new name, name shapes, tier words, company
nouns, and the stop lists of words that name no model."""

from __future__ import annotations

import re

from claimwatch.extract.cues import OUTLETS
from claimwatch.extract.gazetteer import trie_pattern
from claimwatch.extract.numbers import is_magnitude_word

# (and Latin Extended-A capitals, which LOW's range also holds: 'Łużica', 'Škoda', 'Żubr')
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LOW = "a-zß-öø-ÿ\u0101-\u017f"  # (Latin Extended-A too: 'Nēhiyaw-350M')
# (a dot only inside a word: 'Qwen2.5', not the full stop of 'Sentry. Ahmed Farouk')
# (with a lower-case tier joined by a hyphen: 'called Wrenlet-nano')
CAPITALISED_PATTERN = (
    rf"(?-i:[{UP}](?:\w|\.(?=\w))*(?:[-‑ ][{UP}0-9](?:\w|\.(?=\w))*){{0,2}}"
    r"(?:[-‑](?:nano|mini|micro|lite|tiny|small|base|large|pro|max|plus|turbo|flash|instruct|chat)(?![\w-]))?)"
)
NAMING_CUE = re.compile(
    r"(?:(?:internally|provisionally|tentatively)\s+)?"
    r"(?:called|named|dubbed|code-?named|codenamen?|code name|decknamen?|known (?:internally |in-house )?as|namens|genannt|mit dem namen|den namen|"
    r"they call|we call|calls? it|nicknamed|apodad[oa]|surnommée?|spitznamen?|nennt (?:es|ihn)|l['’]appelle(?:nt)?|(?:lo|la) llama(?:n)?|que (?:internamente |provisionalmente )?llaman|(?:ya |internamente )?llamamos|(?:que )?nous appelons|nennen wir|qu['’]ils appellent|"
    r"nombre en clave|nombre clave|"
    r"nommée?|baptisée?|appelée?|nom de code|llamado|llamada|denominad[oa]|bautizad[oa]|chiamato|chiamata|"
    r"genaamd|chamado|chamada|arbeitstitel|working title|conocid[oa]|connue? sous le nom(?: de)?|s['’]appelle|"
    r"internen namen|se llama|se llamará|se llamaría|s['’]appellera|s['’]appellerait|unter dem namen|"
    r"bajo el nombre(?: de)?|"
    # a new name, after the old one: 'renamed Jadeite-7 as', 'a rebaptisé Gregal 3 en', 'rebautizó Copihue-2 como'
    r"(?:renamed|rebranded|rebaptisée?|rebautiz(?:ó|ad[oa])|renombr(?:ó|ad[oa])) (?:[\w.-]+ ){1,3}(?:as|to|en|como)|"
    # or alone: 'renamed as', 'umbenannt in', 'rebaptisé', 'rebautizado como'
    r"renamed(?: to| as)?|rebranded(?: as)?|umbenannt in|rebaptisée?(?: en)?|rebautizad[oa](?: como)?|"
    r"renombrad[oa](?: como)?|"
    # a headline's question about a model's size names it: 'Wie groß ist Meridian Ultra wirklich?', and so do its
    # parameters: 'Investigadores cuentan los parámetros de Pehuén'
    r"wie groß ist|how big is|how large is|quelle taille fait|qué tamaño tiene|"
    r"los parámetros del?|the parameters of|les paramètres d(?:e|u)|"
    r"(?:es|modell|system|assistent|intern|flaggschiff|produkt|ergebnis|nachfolger|variante|version)\s+(?:heißt|heisst)(?:\s+es)?|"
    r"(?:nombre (?:provisional|interno)|nom (?:provisoire|interne))(?: de)?|provisional name|working name|projektnamen?|"
    # a name announced after a colon: 'Son nom : Kéo.', 'Its name: Wren.', 'Sein Name: Spatz.', 'Su nombre: Ceibo.'
    r"(?:son nom|(?:its|his|her|their) name|(?:sein|ihr) name|su nombre) ?:)"
    r"(?:\s+(?:internally|intern|en interne|internamente|in interno|provisoirement|provisionally|provisionalmente|"
    r"vorläufig|ab sofort|künftig|fortan|nun|jetzt|désormais|ahora))?"
    r"(?:\s+(?:como|as|comme|als|come))?"
    r"(?:\s+(?:serait|sería|wäre|would be|est|es|ist|is|était|era|war))?\s+$",  # 'dont le nom de code serait « Armor »'
    re.IGNORECASE,
)
# run over the lower-cased text: a case-sensitive scan is several times faster than IGNORECASE
NAMING_FORWARD = re.compile(r"(?<!\w)" + NAMING_CUE.pattern.removesuffix("$"))
# Every NAMING_FORWARD match holds one of these: a scan that starts with a letter is far faster than one that
# starts with a look-behind, and most stretches of text hold none (a property test keeps them in step).
NAMING_WORDS = re.compile(
    trie_pattern(
        "called|named|dubbed|code-named|codename|code name|decknam|known as|known internally as|known in-house as|namen|genannt|nombre en clave|nombre clave|"
        "nommé|baptisé|appelé|nom de code|llamad|denominad|bautizad|chiamat|genaamd|chamad|arbeitstitel|"
        "working title|conocid|connu|s'appelle|s’appelle|s'appellera|s’appellera|se llama|heißt|heisst|"
        "nombre provisional|nom provisoire|"
        "nombre interno|nom interne|provisional name|working name|projektname|they call|we call|llaman|"
        "qu'ils appellent|qu’ils appellent|call it|calls it|nennt es|nennt ihn|l'appelle|l’appelle|"
        "lo llama|la llama|nicknamed|apodad|surnommé|spitzname|llamamos|appelons|nennen wir|unter dem namen|"
        "bajo el nombre|wie groß ist|how big is|how large is|quelle taille fait|"
        "qué tamaño tiene|renamed|rebranded|umbenannt|rebaptis|rebautiz|renombr|los parámetros de|"
        "the parameters of|les paramètres d|son nom|its name|his name|her name|their name|sein name|ihr name|"
        "su nombre".split("|")
    )
)
MODEL_WORD = re.compile(
    r"(?:language )?model(?:s|l|le|lo|o)?|LLMs?|\w*sprachmodell\w*|KI-Modell\w*|\w*modell|modèle|modelo|"
    r"modello|taalmodel|chatbot|foundation model|system|mixture[ -]of[ -]experts|MoE",
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
# (or ending the sentence: 'has never disclosed the size of its triage model, Sentry.')
APPOSITION_NAME = re.compile(r",\s*(?P<name>" + CAPITALISED_PATTERN + r")(?=\s*[,(]|\.(?:\s|$))")
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
# ('Tessera-V3 ist ein MoE-Modell': a hyphenated compound ends in the model word too)
MODEL_WORD_AFTER = re.compile(
    r"[\s,-]*(?:[\w’'-]+\s+){0,3}?(?:\w+-)?(?:" + MODEL_WORD.pattern + r")\b", re.IGNORECASE
)
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
        appelle llama heißt heisst nombre nom name projektname call mixture moe nennt nicknamed apodad surnomm
        spitzname nennen appelons groß big large taille tamaño renamed rebranded umbenannt rebaptis rebautiz
        renombr parámetros parameters paramètres""".split()
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

TIER_WORDS = (
    "Mini|Lite|Pro|Max|Ultra|Large|Small|Medium|Nano|Plus|Turbo|Flash|Instruct|Chat|Base|Coder|Vision|"
    "Grande|Gran|Pequeño|Mediano|Grand|Petit|Kompakt|Light|Groß|Klein|MoE|Standard|Compact|Edge|Core|Air|Fast|Mega|Micro|Tiny|"
    "XLarge|Flex|Express|Heavy|Video|Audio|Medio|Moyen|Ligero|Léger|XXL|XL|Pico|Visión|Chica|Chico|Mediana|Petite"
)
# (and a release's version after a space: 'Tessa-Instruct v2', 'Kestrel-7 v1.5')
TIER = rf"(?:\s(?:{TIER_WORDS}))?(?:\s[vV]\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}(?![\w.-]|[.,]\d))?"
# after a hyphen, a short, camel-case or tier-like part ('Orion-X', 'Nova-Pro', 'Tramontane-MoE'); a long one is a German
# compound noun ('Cloud-Anbieter', 'Chip-Hersteller'), not a name
NAME_TAIL = rf"(?:[{UP}]{{1,4}}|[{UP}][{LOW}]{{1,2}}|[{UP}][{LOW}]*[{UP}][{UP}{LOW}]{{0,4}}|{TIER_WORDS}|Next|Omni|Prime|Edge|Zero|Beta|Alpha|Preview|Code)"
# capitalised words with a number or a second capital: MAI-1, Kestrel-7, DeepThink-2, NovaLM
# (the first capital is read before the alternatives, so each of them starts at the second character)
NAME_SHAPE = re.compile(
    rf"[{UP}](?<![\w-].)(?:[{UP}{LOW}]*(?:[-‑][{UP}][{UP}{LOW}]*)?[-‑ .]?\d+(?:\.\d+)?(?![.,]\d)(?:[x×]\d+(?:\.\d+)?[BbMT]|[-‑]?[A-Za-z]+)?"
    rf"(?:[-‑](?:[{UP}]{{1,3}}(?![\d.])|[{UP}]\d{{1,2}}(?![\d.])|\d+(?:\.\d+)?[BMT]|A\d+(?:\.\d+)?B))*(?:[-‑][a-z]+)?"
    rf"|[{LOW}]+[{UP}][{UP}{LOW}]+|[{UP}]+[-‑][{UP}]{{2,}}|[{LOW}]{{2,}}[-‑]{NAME_TAIL}"
    # a word and an acronym run together: 'AstroLLaMA', 'OpenBioLLM', 'ChemDFM'
    rf"|[{LOW}]+[{UP}]{{2}}[{UP}{LOW}]*"
    # 'LTX-Video', 'Step-Video-T2V': an acronym, or several parts one of which has a digit or two capitals
    rf"|[{UP}]+[-‑][{UP}][{LOW}]+|(?=[{UP}]|[\w‑-]*(?:\d|[{UP}]{{2}}))[\w]+(?:[-‑][{UP}][\w]*){{2,}}){TIER}(?![\w-])"
)
# 'Velia-70', 'Orion-X', 'Nova-Pro': a name by its shape next to a parameter word. A long capitalised second
# part is a compound noun in German ('Cloud-Anbieter', 'Chip-Hersteller'), not a name.
HYPHEN_NUMBER = re.compile(  # (and a merge's experts and their size: 'Hydra-4x7B')
    rf"[{UP}][{UP}{LOW}]+[-‑](?:\d+(?:\.\d+)?[A-Za-z]?|\d[x×]\d+(?:\.\d+)?[BbMT]|{NAME_TAIL})"
)
# a word and a version number ('Polaris 2') next to a parameter word
SPACE_NUMBER = re.compile(rf"[{UP}][{LOW}]{{3,}} \d{{1,2}}(?:\.\d)?(?: (?:{TIER_WORDS}))?")
# words that take a number without being a model's name: 'Phase 2', 'Figure 3', 'Windows 11', 'With 13'
# a ranked list's entry heading that is a name alone: '7. Veltrane 2 Pro', '3) Strelvin 2'
LIST_HEADING = re.compile(
    rf"(?m)^[ \t]*\d{{1,2}}[.)][ \t]+(?P<name>[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*){{0,3}})[ \t]*$"
)
# a roundup's entry heading that is a name and its maker in brackets: 'Helix Code (Meridian AI)', or a list's
# entry that goes on to a figure after a colon: '- Tower (Unbabel): 7 billion and 13 billion parameters' (not a
# speaker's label: 'ANCHOR (VO): That's 175 billion')
MAKER_HEADING = re.compile(  # (or a dash-separated line: '2. Turia 2 (Llevant AI) – 1.224 puntos – 90.000 millones')
    rf"(?m)^[ \t]*(?:[-•*–][ \t]+|\d{{1,2}}[.)][ \t]+)?(?P<name>[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*){{0,3}})[ \t]+\([{UP}][\w.&-]*"
    rf"(?: [{UP}&][\w.-]*){{0,3}}\)(?P<rest>[ \t]*$|:[ \t]*\d[^\n]*|[ \t]+[–—-][ \t]+[^\n]*\d[^\n]*)"
)
TIER_END = re.compile(rf" (?:{TIER_WORDS})$")
NOT_VERSIONED = frozenset(
    """With Mit Avec Con About Over Under Unter Über Sobre From Until Bis Desde Phase Figure Table Tabelle Tableau
    Kapitel Chapter Version Versión Stufe Level Step Schritt Generation Runde Round Teil Part Windows Android Platz
    Rang Number Nummer Seite Page Article Artikel Artículo Paragraph Absatz Punkt Point Top Tier Gen Season Staffel
    Episode Folge Woche Week Semana Semaine Jahr Year Day Tag Month Monat Mois Mes Quarter Quartal Trimestre
    Größe Größen Variante Varianten Versionen Sizes Size Taille Tailles Tamaño Tamaños Modelle Models Modelos
    Modèles Modell Model Modelo Modèle Parameter Parametern Slide Folie Diapo Diapositive Diapositiva Lecture
    Vorlesung Sitzung Séance Lección Sesión Session Exhibit Anlage Anhang Annex Annexe Anexo Pièce Schedule
    Lean Python Java Coq Isabelle Solo Sólo Nur Only Just Seulement Juste Unos Unas Rund Etwa Environ Around
    About Multiplicar Multiply Multipliez Multipliziert Clause Klausel Cláusula Section Sección Abschnitt""".split()
)
LIST_GOES_ON = re.compile(r"\s*(?:[,;/–-]|(?:und|and|et|y|e|bis|to|à|a|oder|or|ou|o)\s)\s*\d")
CAPITALISED = re.compile(CAPITALISED_PATTERN)
QUOTES = "\"'“”„«‘‚"
# 'intern „Orion“ genannt': a quoted name before a naming word
QUOTED_THEN_CUE = re.compile(
    rf"[„“\"«‚‘]\s?(?P<name>[{UP}][\w.-]*)\s?[“”\"»‘’]\s+(?:genannt|getauft|bezeichnet|heißen|heißt|surnommé|apodado)\b"
)
# a quoted name a lab releases: 'hat am Dienstag „Firn Mini“ veröffentlicht', 'a lancé « Brume 2 »'
_QUOTED_NAME = rf"[„“\"«]\s?(?P<name>[{UP}][\w.-]*(?: [{UP}0-9][\w.-]*){{0,2}})\s?[“”\"»]"
QUOTED_RELEASE = re.compile(
    _QUOTED_NAME + r"\s+(?:veröffentlicht|vorgestellt|präsentiert|lanciert)\b"
    r"|\b(?:released|launched|unveiled|introduced|a lancé|a publié|a présenté|a dévoilé|lanzó|presentó|publicó|"
    r"ha lanzado|ha presentado|ha publicado)\s+(?:[\w-]+\s+){0,3}?"
    + _QUOTED_NAME.replace("(?P<name>", "(?P<name2>")
)
# a thing named that is no model: 'ein Mechanismus namens „Null-Rechen-Experten“', 'a technique called MLA'
NOT_MODEL_NOUN_BEFORE = re.compile(
    r"\b(?:mechanisms?|Mechanismus|mécanisme|mecanismo|techniques?|Technik|técnica|method|Methode|méthode|método|"
    r"approach|Ansatz|approche|enfoque|algorithm|Algorithmus|algorithme|algoritmo|benchmark|Benchmark|dataset|"
    r"Datensatz|corpus|Korpus|chips?|Chip|puce|supercomputer|Supercomputer|superordinateur|supercomputadora|"
    r"cluster|Cluster|framework|Framework|feature|Funktion|fonctionnalité|función)"
    r"(?:\s+[\w-]+){0,2}?\s*,?\s*$"
    # 'La nueva compañía se llamará Aconcagua Tecnologías': a company's new name
    r"|\b(?:compañía|empresa|company|firm|Firma|Unternehmen|entreprise|société|start-up|startup)\s+$"
)
# who made it, named right before: 'published by a three-person collective called Sundog', 'a company in
# Lexington called Brightpath', 'ein Start-up namens Kestrel' (not 'el modelo del laboratorio, que llaman X',
# nor 'a startup whose model is called X')
ORG_NOUN_BEFORE = re.compile(
    r"\b(?:collective|Kollektiv|collectif|colectivo|team|Team|équipe|equipo|group|Gruppe|groupe|grupo|startup|"
    r"start-up|Start-up|company|Firma|Unternehmen|société|entreprise|empresa|compañía|lab|Labor|laboratoire|"
    r"laboratorio|association|Verein|asociación|community|Community|communauté|comunidad|foundation|"
    r"Stiftung|fondation|fundación)(?:\s+(?!models?\b|modèles?\b|modelos?\b|Modell\w*)[\w-]+){0,3}\s+$"
)
NAMING_PARTICIPLE = re.compile(
    r"(?:called|named|dubbed|namens|genannt|mit dem namen|baptisée?|appelée?|nommée?|llamad[oa]|denominad[oa]|"
    r"bautizad[oa])\s+$",
    re.IGNORECASE,
)
# 'das Ahorn-Modell', 'seine Kranich-Reihe': a German compound whose head is a model noun names a family
FAMILY_COMPOUND = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}\d*)-(?:Modell\w*|Reihe|Familie|Serie|Modellreihe|Modellfamilie)\b"
    # 'das Quanta-Modell Q-Pro', 'ein Routing-Modell: Faro-MoE-Mini': the name follows, the compound's head is the kind
    rf"(?!:?\s+[{UP}][\w]*[-‑\d])"
)
GENERIC_COMPOUND_HEADS = frozenset(
    """Parameter Milliarden Millionen Cloud Reasoning Ultra Small Large Medium Mini Processing Device Source Weight
    Weighted Experts Experten Chat Code Bild Text Video Audio Vision Sprach Basis Spitzen Flaggschiff Konkurrenz
    Vorgänger Nachfolger Frontier Transformer Diffusion Diffusions Foundation Premium Open Edge Pro Instruct Base
    Einsteiger Top Standard Embedding Agenten Agent Einstiegs Forschungs Test Referenz Vergleichs Nischen
    Mittelklasse Oberklasse Oberklassen Einstiegsklasse Kompakt Klein Riesen Groß Mehrsprach Allzweck""".split()
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
    # ('der Sprachassistent Kompass', 'der Bildklassifikator Blattwerk': a German compound's head, found without
    # scanning the compound, which made this pattern several times slower)
    r"(?:[Mm]odells?|[Aa]ssistent|[Kk]lassifikator|"
    r"(?<![\w-])(?:model|LLM|family|Familie|Modellfamilie|"
    # 'son assistant conversationnel Hexa-Assist', 'el asistente virtual Lía'
    r"(?:assistant|asistente|assistente|classifier)(?:\s+[a-zà-ÿ]{4,})?|"
    rf"(?:modèle|modelo|modello|famille|familia|famiglia|serie|série)(?:\s+(?:de|d['’]|del|di)\s*[a-zà-ÿ]{{3,}}(?:\s[a-zà-ÿ]{{3,}})?)?))[ \t\u00a0]+"
    rf"(?P<name>[{UP}][{LOW}]{{2,}}\d*(?:[-‑][{UP}][{LOW}]+)?(?:\s(?:[{UP}]{{2,}}|[{UP}][{LOW}]+)(?=[\s,.;:!?]))?)(?![\w-])"
)
# 'Maguey, un modelo de lenguaje', 'Petrel, a small model': a plain name set off before a model noun
# (each pattern here that starts with a capital letter checks the character before it only after that
# letter: a pattern that starts with a look-behind makes re try every position, several times slower)
APPOSED_NAME = re.compile(
    # (with parts after hyphens: 'Faro-MoE-Mini, unser hauseigenes Modell')
    rf"(?P<name>[{UP}](?<![\w-].)(?:[{LOW}]{{2,}}\d*|[{LOW}]+[{UP}][\w]*)(?:[-‑][{UP}\d][\w]*){{0,3}}(?:\s\d+(?:\.\d+)?[BM]?)?)"
    r"(?:\s+(?:ge)?[a-zäöü]+(?:t|en))?"  # 'hat Bergfink vorgestellt, ein Modell mit 12 Mrd.'"
    r"(?:\s+\([^()\n]{1,40}\))?,\s+"  # (and its maker in brackets: '- Tarsier (Quillmate), a model for ...')
    # (German 'das' also opens a relative clause: 'Ein Team, das mit einem 7B-Modell ...' names no model)
    r"(?:c['’]est\s+)?"  # 'Glaneur, c'est l'assistant conversationnel lancé en mars'
    # (French 'a' before a participle is 'has': 'High-Flyer, a lancé lundi DeepSeek-V2, un modèle ...')
    r"(?:a(?!\s+\w+[éu]e?s?\b|\s+(?:mis|pris|fait|dit|acquis)\b)|an|the|its|un|une|uno|una|el|le|la|l['’]|das(?!\s+(?:mit|seit|in|im|auf|für|von|vom|aus|bei|nach|zu|zum|zur|"
    r"an|am|über|unter|vor|durch|gegen|ohne|um|sich|es|er|sie|wir|ich|man|nur|noch|schon|auch|nicht)\b)|"
    # ('Atlas, dem ersten eigenen Sprachmodell des Hauses'; not the maker: 'Falkwerk, der Entwickler des Modells')
    # (nor a relative clause: 'einen Dienstleister, der ein großes Sprachmodell betreibt')
    r"(?:dem|der|den)(?!\s+(?:Hersteller|Entwickler|Anbieter|Betreiber|Macher|Erfinder|Schöpfer)\w*)"
    r"(?!\s+(?:ein|eine|einen|einem|einer|das|die|der|den|dem|sein|seine|seinen|ihr|ihre|ihren|sich|es|er|sie|"
    r"mit|in|im|auf|für|von|vom|bei|nach|zu|zum|zur|an|am|über|unter|vor|durch|gegen|ohne|um|nur|noch|schon|auch|"
    r"nicht)\b)|"
    r"ein|eine|einem|einer|sein|ihr|son|sa|su|unser|unsere|unserem|our|notre|nuestro|nuestra)\s*(?<=\s|['’])"
    # (the words between stay in the sentence: a dot only inside a number, '3.5-billion-parameter')
    r"(?:(?:(?:[\w,'’-]|\.(?=\w))+\s+){0,4}?"
    # (a decimal comma in a compound too: 'Kora-Router, ein 1,3-Milliarden-Modell')
    r"(?:[«\"“„]\s?)?(?:\d+,\d+-)?[\w-]*(?:model|modelo|modèle|modello|Modell|modell|LLM|MoE|versi[oó]n|system|système|sistema|chatbot)s?"
    # (or what a model serves as, right after: 'Athéna, un assistant pour ...', 'Sentinel, the company's safety
    # classifier'; not 'Múnich, un proveedor alemán mostró un asistente')
    r"|(?:[\w'’-]+\s+){0,3}(?:assistant|asistente|assistente|[Aa]ssistent|classifier|classificateur|clasificador|"
    r"[Kk]lassifikator)s?)\b"
)
# an acronym set off before 'a model': 'lanzó GAIA, un modelo de 4.000 millones' (an indefinite article only:
# 'el CENIA, el centro que coordina el modelo' is an institution)
APPOSED_ACRONYM = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{UP}]{{2,}}\d*),\s+(?:a|an|un|une|una|ein|eine|einem)\s+(?:[\w-]+\s+)?"
    r"(?:language model|model|modelo|modèle|modello|Modell|[\w-]*Sprachmodell|LLM)\b"
)
# two capitalised words joined, set off before 'a ... model': 'Meridian-Clin, a clinical-notes model of ...'
APPOSED_JOINED = re.compile(
    rf"(?P<name>[{UP}](?<![\w-].)[{LOW}]{{2,}}[-‑][{UP}][{LOW}]{{2,}}),\s+(?:a|an|un|une|una|ein|eine)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?:model|modelo|modèle|Modell|LLM)s?\b"
)
# German capitalises every noun: words that follow 'Modell' without being its name
NOT_NAMES_AFTER_NOUN = frozenset(
    """Start Jahr Jahres Monat Monate Woche Wochen Tag Tage Parameter Parametern Milliarden Millionen
    Billionen Nutzer Nutzern Kunden Unternehmen The This That These Those With For From And But Card Cards""".split()
)
ACRONYM_PAIR = re.compile(rf"[{UP}]{{2,}}[-‑][{UP}]{{2,}}")  # 'BSC-CNS', 'CNRS-INRIA': institutions
NOT_MODELS = frozenset(
    """Letzteres Letzterer Letztere Ersteres Ersterer Erstere H100 H200 H800 A100 A800 B100 B200 GB200 GH200 V100 TPU TPUs GPU GPUs CPU CPUs AI KI IA LLM LLMs MoE Dense Sparse
    API APIs RAM GB TB MB USD EUR US USA EU UK CEO CTO COVID PC PCs CES IPO AGI NLP OK FLOPs FLOP PDF HTML
    RTX SOTA IT MIT IEEE ICML ICLR NeurIPS GDPR AWS DGX HBM OS VRAM Windows iPhone iPad Pixel Galaxy iOS Android Section
    Article Artikel Article Paragraph Version Phase Level Stufe Tier Gen Generation Series Serie Model Modell
    The Le La El Il Der Die Das Un Une Una Ein Eine A An Our Its Their My Your Notre Nos Nuestro Nuestra Unser
    Unsere Unseren Sein Seine Ihr Ihre Son Sa Ses Su Sus Instruct Chat Base Preview
    Ende Anfang Mitte Beginn Januar Februar März April Mai Juni Juli Oktober Dezember Montag Dienstag
    MT-Bench MMLU MMLU-Pro GSM8K HumanEval GPQA HellaSwag BIG-Bench LiveBench SWE-bench MT Arena Leaderboard
    Mini-PC Mini-PCs Mittwoch Donnerstag Freitag Samstag Sonntag January February March June July October December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Fin Début Mi Finales Principios Mediados Apache GPL MIT BSD
    Frühjahr Sommer Herbst Winter Spring Summer Autumn Fall Printemps Été Automne Hiver Primavera Verano Otoño
    Invierno August September November May Janvier Février Mars Avril Juin Juillet Août Septembre Octobre Novembre
    Décembre Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre
    Certes Toutefois Pourtant Cependant Néanmoins Ainsi Bref Enfin Donc Ensuite Puis Évidemment Zwar Allerdings
    Immerhin Dennoch Trotzdem Jedoch Also Freilich Natürlich Indeed Still Granted Yet However Nonetheless Meanwhile
    Admittedly Ciertamente Claro Además Incluso Pues Obviamente Asimismo Igualmente Luego Después Antes Après Avant
    Außerdem Zudem Danach Davor Surtout Myth Mythos Mythe Mito Fact Fakt Hecho
    Frage Question Pregunta Domanda Quiz Antwort Answer Réponse Respuesta Episode Folge Épisode Episodio Kapitel
    Chapter Chapitre Capítulo Teil Part Partie Parte Runde Round Platz Rang Slide Slides Folie Diapo Diapositive
    Diapositiva Lecture Vorlesung Sitzung Séance Lección Clase Sesión Session Lektion Übung Exercise Exercice
    Ejercicio Token Tokens Jetons Wörter Words Parameter Parameters Paramètres Parámetros Exhibit Exhibits Anlage
    Anhang Annex Annexe Anexo Pièce Schedule Docket Gerücht Gerüchte Rumour Rumours Rumor Rumors Rumeur Rumeurs
    Rumores Claim Claims Behauptung Aussage Affirmation Afirmación Verdict Urteil Veredicto Verdicto
    Fazit Bewertung Befund Finding FP4 FP8 FP16 FP32 BF16 INT4 INT8 MXFP4 NF4 GGUF GPTQ AWQ
    Bild Foto Photo Grafik Abbildung Illustration Ilustración Captura Capture That This These Those
    Ausgabe Heft Nummer Issue Numéro Número
    Hoy Ayer Mañana Ahora Entonces Así Aquí Todavía Aún Ya Tampoco Durante Mientras Pronto Heute Gestern Morgen
    Jetzt Nun Dann Damals Später Today Yesterday Tomorrow Now Then Later Hier Demain Maintenant Alors Désormais
    Dorénavant Hoje Oggi Ieri Domani Cent Cents Centimes Céntimos Euro Euros Dollar Dollars Pfund Franken
    Experten Experte Experts Expert Expertos Experto Mitglied Mitglieder Station Faktor Material Prozent
    Royaume-Uni Pays-Bas États-Unis Etats-Unis""".split()
)  # (and the connectives that open a sentence: 'Certes, le modèle de Meta totalise ...'; 'Frage 2', 'Episode 87',
# 'Diapositiva 6 — Ejercicio', court papers: 'Exhibit 47', 'Anlage K3', a fact-check's 'Behauptung 1', 'Claim 2',
# a caption's label: 'Bild: Ein mit Flux.1 erzeugtes Motiv', a newsletter's issue: 'In Ausgabe 55 hieß es', and the
# time words that open a sentence: 'Hoy, el modelo más grande de Ceibo es Quetzal-S, de 3.000 millones'; and a
# mixture's parts: 'Dicht oder Experten-Mix?' over 'arbeitet mit acht Experten')
PARAM_WORD = re.compile(r"par[aáâ]m", re.IGNORECASE)
# a size written like a parameter count ('in 3B, 12B and 56B variants'), which is as good as the word
SIZE_WRITTEN = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?[BT](?![\w-])")

# a version number after a known name that does not end in one: 'Hunyuan-Large 2', 'Mistral Large 2'
VERSION_AFTER = re.compile(
    r"[ \u00a0](?P<v>\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d|\s?[%xX×]|[\w-]|\s+(?:[\w-]*(?:billion|million|trillion|"
    r"milliard|millon|millón|billón|Mrd|Mio|Bio|years?|Jahre\w*|ans|años|months?|Monate\w*|mois|meses|weeks?|days?|"
    r"Tage\w*|jours|días|times|mal|fois|veces|percent|Prozent|pour cent|por ciento|GPUs?|parameters?|Parameter\w*|"
    r"paramètres|parámetros)\w*))",  # 'Luminous Supreme 70 Milliarden' is no 'Luminous Supreme 70'
    re.IGNORECASE,
)

# nouns that name a company (not 'firm', which an analyst or a law firm is), lower-cased
COMPANY_WORDS = (
    "start-up startup empresa compañía société entreprise unternehmen firma company laboratoire laboratorio labor "
    "lab tecnológica konzern anbieter pousse fabricant fabricante hersteller"
)
COMPANY_NOUN = trie_pattern(COMPANY_WORDS.split())

# the company nouns in the lower-cased text, by a factored pattern (the noun may end a compound, 'KI-Start-up')
COMPANY_NOUNS = re.compile(COMPANY_NOUN)

# a news dateline: 'POINTE-À-PITRE –', 'PÉKIN, 3 juin —', 'SHANGHAI, Nov 18 (Newswire) -'
DATELINE = re.compile(rf"[{UP}][{UP}'’. -]*[{UP}]\s*(?:[–—]|-\s|\(|,\s*(?:\d|[{UP}][{LOW}]{{2,}}\.? \d))")

# and without their article: 'Según The Information, el próximo modelo ...' holds no model 'Information'
OUTLET_NAMES = frozenset(OUTLETS) | {
    o.split(" ", 1)[1] for o in OUTLETS if o.startswith(("The ", "Le ", "Les ", "La ", "El ", "Die ", "Der "))
}
PARAMETER_NOUN = re.compile(r"par[aáâ]m[eè]t(?:er|re|ro)s?n?$", re.IGNORECASE)
YEAR_END = re.compile(r"[ \u00a0](?:19[89]\d|20[0-3]\d)$")
ADVERB = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:mente|ment|ally|[^a]ly|weise)")  # (not a place: Thessaly)


def dateline(text: str, pos: int) -> bool:
    """A news dateline starts at `pos`: its capitals are a place, not a name."""
    return (pos == 0 or text[pos - 1] == "\n") and bool(DATELINE.match(text, pos))


def stoplisted(name: str) -> bool:
    """A word that names no model (nor a lab): a stop word, an outlet, a date, a magnitude, an adverb."""
    first = re.split(r"[-‑ ]", name, maxsplit=1)[0]
    return (
        name in NOT_MODELS
        or name in OUTLET_NAMES  # 'the newsletter SemiAnalysis reported that the model had ...'
        or bool(YEAR_END.search(name))  # 'im Frühjahr 2023 berichtet, das Modell ...'
        or first in NOT_MODELS
        or is_magnitude_word(first)
        or bool(PARAMETER_NOUN.search(first))  # 'Gesamtparameter 560 Milliarden' in a headline
        or bool(PARAMETER_NOUN.search(name))  # '- New 24B-parameter model' in a changelog
        # 'Supuestamente, el modelo ...', 'Reportedly, the model ...'
        or (name.endswith(("mente", "ment", "ly", "weise")) and bool(ADVERB.fullmatch(name)))
        or (" " in name and first in PREPOSITIONS)  # 'In 4 Bit belegt ein 8B-Modell ...'
        or name in PREPOSITIONS  # 'For context, the model holds ...'
        or name in NOT_VERSIONED  # 'Zirko-2 in drei Größen, ein sparsames MoE': a word that takes a number
        or bool(KI_COMPOUND.fullmatch(name))  # '„Leipziger Start-up stellt Riesen-KI vor“': a giant AI
        or bool(THING_TAIL.search(name))  # 'läuft auf jedem besseren Gaming-PC', 'der Website-FAQ': a thing
    )


THING_TAIL = re.compile(
    r"[-‑](?:PCs?|Laptops?|Notebooks?|Server|GPUs?|CPUs?|Chips?|Rechner|FAQs?|PDFs?|Blog|Seite)$"
    # a benchmark, translated or not: 'Im German-MMLU kommt das 24B auf 61,7 Punkte'
    r"|[-‑](?:MMLU|GSM8K|HumanEval|HellaSwag|TruthfulQA|BBH|MMMU|GPQA|SQuAD|GLUE|SuperGLUE)$"
    # code in a language, not a coding model: 'ein Modell für Java-Code', 'Python-Code'
    r"|^(?:Python|Java|JavaScript|TypeScript|Rust|Go|Kotlin|Swift|Ruby|PHP|Perl|Scala|Haskell|Julia|Lua|Dart|"
    r"Fortran|Cobol|COBOL|SQL|Bash|Shell|HTML|CSS|Quell|Programm|Maschinen|Source|Pseudo|Open-Source|Legacy)[-‑]Code$"
)


# a German noun compounded with 'KI' ('Riesen-KI', 'Super-KI', 'Open-Source-KI') describes an AI, names none
KI_COMPOUND = re.compile(r"(?:[A-ZÄÖÜ][a-zäöüß]+[-‑])+KI")


# a capitalised preposition before a number starts a sentence, not a name: 'In 4 Bit', 'Mit 13 Milliarden'
PREPOSITIONS = frozenset(
    """In Im Bei Mit With For Für Auf On At En Dans Con Sur Von Of To Zu Um Nach Ab Bis Über Unter Zwischen Par
    Pour Avec Por Para De Del Au Aux Entre Sobre Hasta Desde From Until Under Over""".split()
)
