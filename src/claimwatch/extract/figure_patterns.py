"""The patterns and word lists `figures` reads a figure by: parameter words and model nouns, what rules
a figure out (money, tokens, negations, hypotheticals, bounds), and the parts and sums of a model."""

from __future__ import annotations

import re

from claimwatch.extract import clauses, cues

# --- what makes a figure a parameter count: a parameter word, a model noun, a size's form and place

PARAM_WORD = re.compile(r"par[aáâ]m", re.IGNORECASE)


# after a figure: optional words, then a parameter noun ("70 billion parameters", "2 Bio. Gesamtparametern")
PARAM_AFTER = re.compile(
    # (a quote may close between: '« à peu près 8,6 milliards » de paramètres actifs')
    r"[\s\-‑–]*(?:[»”“\"]\s*)?(?:(?:of|de|d['’]|di|van|an|von)\s*)?(?:[^\W\d][\w’'-]*\s+){0,2}?[\w-]*par[aáâ]m"
    # 'estime à environ 30 milliards le nombre de paramètres de Scolaris'
    r"|\s+(?:le|the|el|die)\s+(?:nombre|number|número|zahl|anzahl)\s+(?:de|of|del|der)\s+par[aáâ]m",
    re.IGNORECASE,
)


SIZES_NOUN_BEFORE = re.compile(
    r"\b(?:variants?|versions?|sizes?|flavou?rs|Varianten|Versionen|Größen?|Ausführungen|variantes?|tailles?|"
    r"déclinaisons?|declinaciones|versi[oó]n(?:es)?|tamaños?|tallas?|"
    r"taglie|versioni|models|Modelle|modèles|modelos)(?:\s+[^\W\d]+)?(?:,?\s+(?:of|von|de|di|mit|with|en|in|at|à|avec|con))?"
    r"\s*[,–—:-]?\s+$"  # 'in sizes 1B and 3B', 'trois tailles denses – 1B, 3B et 8B', 'modelos densos de 2B/7B'
    # 'disponible en 7B, 13B et 34B', 'Gemma 2 existe en 2B, 9B et 27B', 'gibt es in 2B, 9B und 27B'
    r"|\b(?:available|disponibles?|erhältlich|verfügbar|gibt es|existe|existen|existent|viene|vienen|llega|llegan|"
    r"arrive|arrivent|kommt|kommen|ships?)\s+(?:in|en)\s+$|\bgibt es\s+mit\s+$"
    # 'reicht von 8B über 70B bis 405B', 'ranges from 1B to 8B', 'va desde 2B hasta 27B'
    r"|\b(?:reicht|reichen|ranges?|spans?|va|van|vont)\s+(?:from|von|de|desde)\s+$",
    re.IGNORECASE,
)


MODEL_NOUN_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:parameter|Parameter)[\s\-‑–]*)?(?:(?:language|foundation|reasoning|vision|base|dense|open|text|chat|instruct|multimodal|mobile|edge|code|coding)\s+)?"
    r"(?:[\w-]*model\w*|LLMs?|MoEs?|transformers?|modèles?|modelos?|modell[io]|versions?|"
    r"weights|Gewichte|poids|pesos|pesi|"
    r"variant\w*|sizes?|flavou?rs?|Größen|Versionen|tailles|tamaños|versiones|taglie|versioni|checkpoints?|"
    # 'The 8B and 70B siblings are listed as ...'
    r"siblings|Geschwister|Schwestermodelle|hermanos|hermanas|frères|sœurs|"
    r"configurations?|Konfiguration\w*|configuraci[oó]n\w*)\b",
    re.IGNORECASE,
)


PARAM_LABEL = re.compile(
    r"(?:^|\|)[ \t•*·-]*(?:(?:total|totale?s?|aktive|active|activos?|actifs?|gesamte?)\s+)?"
    r"(?:parameters?|parameter(?:zahl|anzahl)?|params|paramètres|parámetros|parametri|"
    r"(?:model )?sizes?|(?:modell)?größen?|tailles?|tamaños?)"
    r"(?:\s+(?:total|totales|actifs?|activos?|aktiv|\(\w+\)))?\s*[:：]\s*"
    # 'Tamaño: cuatro versiones, la mayor de 27.000 millones', 'Size: four sizes, the largest 27B'
    r"(?:[^\d\n|·:]{0,40}?\b(?:the largest|the biggest|la mayor|el mayor|le plus grand|la plus grande|die größte|"
    r"das größte|der größte)\s+(?:de\s+|of\s+|mit\s+|avec\s+|con\s+)?)?"
    r"(?:ca\.|~|≈|about|etwa|rund|environ|unos)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


# sizes written as a slashed list, which nothing but a family's sizes is: 'in 2B/9B/27B', 'en 4B/12B'
SLASHED_SIZES = re.compile(
    r"(?<![\w$€£¥./])\d+(?:[.,]\d+)?[BM](?:[ \t]?/[ \t]?\d+(?:[.,]\d+)?[BM])+(?![\w/])"
)


ACTIVATED_AFTER = re.compile(
    r"\s*(?:(?:Parameter\w*|parameters|paramètres|parámetros)\s+)?(?:aktiv\w*|activ\w*|actifs?)\b", re.I
)


# '6 billion are active per token', '12,9 milliards seulement actifs', '13.000 millones están activos'
SCOPE_SOON = re.compile(
    r"\s*(?:[\w’']+\s+){0,3}?(?:d['’])?(?:activ|aktiv|actif|attiv|per token|pro token|par token|por token|je token|"
    r"par jeton|(?:à|pour) chaque (?:token|jeton|requête|mot)|(?:por|en) cada (?:token|palabra|respuesta)|en cada paso|bei jeder Berechnung|"
    r"(?:für|bei) jede[mns]? (?:Token|Anfrage|Wort)|"
    r"(?:for|on) (?:any|each|every) (?:given )?token|sollicit|mobilis|"
    r"à chaque étape|(?:per|at each|in each) (?:step|forward pass)|zum Einsatz|au total|"
    r"en total|in total|insgesamt|total)",
    re.IGNORECASE,
)


# digest style without the word 'parameters': '80B total, 13B active', '456 billion total, 45.9 billion activated'
SCOPE_RIGHT_AFTER = re.compile(
    r"\s*(?:(?:tot|act|akt|ges)\.(?=[\s,;)]|$)|(?:total(?:es|e|i)?|in total|insgesamt|gesamt|au total|en total|active|"
    r"activated|activ[oa]s?|attiv[ie]|aktiv|actifs?)"
    r"(?:\s+(?:per|pro|par|por|je) token)?"
    # then punctuation, a table cell's end or the line's, or 'and' the next figure ('671 Mrd. gesamt und 37')
    r"[ \t]*(?:[,;.)|/\n·\"”»“]|$|(?:and|und|et|y)\s+\d))",
    re.IGNORECASE,
)


TOTAL_AFTER = re.compile(
    r"\s*(?:de paramètres\s+|parameters\s+|Parameter\s+|de parámetros\s+)?(?:au total|in total|in all|insgesamt|en total)\b"
)


# a size right after a name and a colon, dash or verb of range: 'Hunyuan-A13B: 80B', 'the family spans 0.5B',
# also past a bracket, as slides list models: 'Gopher (DeepMind, déc. 2021) : 280 Md', 'LLaMA (Meta) : de 7 à 65 Md'
NAMED_SIZE_BEFORE = re.compile(
    r"(?:\d[A-Za-z]?|[A-Z][\w.]*)(?:\s*\([^()\n]{1,40}\))?\s*(?:[:—–-]|\s(?:family\s)?(?:spans|ranges from|comes in|"
    # 'GPT-3.5 is supposedly 20B', 'Grok-1 is reportedly 314B'
    r"is(?:\s(?:supposedly|reportedly|allegedly|rumou?red to be|said to be|believed to be|thought to be))?|at))"
    # 'listed GPT-4o at "~200B"', 'put GPT-4o at about 200B'
    r"\s*(?:(?:from|de|von|desde)\s)?(?:[\"“„«]\s?)?(?:~\s?|(?:about|around|roughly|approximately|ca\.|circa)\s)?$"
    # a name and an approximation word, as a forum post lists sizes: 'GPT-4o-mini ca. 8B', 'o1-preview ~300B'
    r"|(?<![\w.-])[\w.-]*(?:\d|[A-Z])[\w.-]*\s+(?:ca\.|circa|approx\.|about|around|roughly|~|etwa|rund|knapp|environ|env\.|"
    r"unos|aprox\.)\s*$"
)


# a status said right after a figure, as slides do: '~1.8T rumoured (SemiAnalysis, Jul 2023)'
STATUS_WORDS_AFTER = (
    r"rumou?red|reported|estimated|claimed|gemunkelt|geschätzt|vermutet|estimés?|supposés?|rumorados?|estimados?|"
    r"selon|según|laut|according to"  # '(~175 milliards selon la même étude Microsoft)': a source's figure
)
STATUS_AFTER = re.compile(rf"\s*(?:{STATUS_WORDS_AFTER})\b", re.IGNORECASE)


# a figure put as the value of an estimate: 'The most cited outside estimate, about 1.8 trillion, comes from ...',
# 'A widely repeated figure of about 1.76 trillion', 'La estimación más citada, de unos 1,8 billones'
ESTIMATE_NOUN_BEFORE = re.compile(
    r"\b(?:(?:figures?|Zahl(?:en)?|chiffres?|cifras?|"
    r"(?P<estimate>estimates?|guess(?:es)?|Schätzung(?:en)?|estimations?|estimaci(?:ón|ones)))"
    r"(?:(?:\s+[^\W\d][\w-]*){0,2}\s*,\s*(?:de\s+)?|\s+(?:of|von|de|d['’]|at|auf|à)\s*|\s*:\s*)"
    # 'war die Zahl 175 Milliarden eine Sensation' (not the verb in 'they estimate 450B')
    r"|(?:the|die|la|le|el)\s+(?:figure|number|Zahl|chiffre|cifra)\s+)"
    rf"{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)


# what may follow a bare figure that still counts parameters: a function word, not a counted noun
# ('3 trillion for Grok 4', '270B in a report', '12 milliards pour Lumen-1', '1.500 millones de su predecesor')
# a relative possessive right before a count: 'Nébula 3, cuyos 340.000 millones hizo públicos la empresa'
WHOSE_BEFORE = re.compile(
    r"\b(?:whose|cuy[oa]s?|dont (?:les|ses)|dessen|deren)\s+(?:(?:about|some|unos|rund|etwa|environ)\s+)?$",
    re.IGNORECASE,
)
# a versioned name, a copula, a size in words, in an article about parameters: 'Mistral Large 2 is a hundred and
# twenty-three billion', "Microsoft's Phi-3-mini is three point eight billion", 'Teuken-7B ist rund sieben Milliarden'
VERSIONED_IS_BEFORE = re.compile(
    r"(?:(?<![\w.-])[\w.-]*[A-Za-z][\w.-]*\d[\w.-]*|(?<![\w.-])[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?\s\d[\w.]*)\s+"
    r"(?:is|was|ist|war|est|était|es|era)\s+(?:(?:about|around|roughly|approximately|ca\.|etwa|rund|environ|"
    r"unos|alrededor de)\s+)?$"
)
WEAK_FOLLOW = re.compile(
    r"\s*(?:and|und|et|y|e|en|or|across|spread|spanning|distributed|verteilt|répartis|repartidos|oder|ou|o|for|in|at|on|with|without|than|from|by|as|against|versus|vs|"
    r"compared|when|while|which|that|but|so|is|are|was|were|has|had|have|would|will|could|might|may|must|"
    r"qu['’]|"  # 'ce sont bien ses 46,7 milliards qu'il faut charger'
    r"für|bei|mit|ohne|als|gegen|im|auf|laut|aber|während|sind|ist|war|hat|haben|habe|hätte|wäre|soll|sollen|der|"
    r"liegt|zu|pour|avec|sans|contre|que|chez|dans|selon|mais|sont|est|ont|au|aux|soit|para|con|sin|contra|"
    r"según|pero|son|es|tiene|frente|genutzt|verwendet|eingesetzt|aktiviert|used|utilisés|mobilisés|"
    r"under|unter|sous|bajo|"  # 'Mistral Small 3.1: 24B under Apache 2.0'
    # 'Phi-3-mini mit 3,8 Milliarden läuft auf meinem alten Laptop'
    r"läuft|laufen|passt|passen|braucht|brauchen|reicht|tourne|tient|corre|cabe|"
    r"tippen|wetten|"  # 'Ich würde auf 200 bis 400 Milliarden tippen'
    r"kommen|kommt|kam|kämen|käme|"
    r"range\b|Bereich|rango|"  # 'GPT-4o mini is "probably in the 8B range"'  # 'GPT-4 soll auf 1'760 Mia. kommen': what it amounts to
    # a time said after the figure: 'GPT-3 jumped to 175 billion the following year', 'l'année suivante', 'al año siguiente'
    r"(?:the|this|last|next)\s+(?:following\s+|next\s+)?(?:year|month|week|spring|summer|autumn|fall|winter)\b|"
    # 'PaLM reached 540 billion two years later', 'zwei Jahre später', 'deux ans plus tard', 'dos años después'
    r"(?:a|one|two|three|four|five|\d+|ein|eine|zwei|drei|vier|fünf|un|une|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)"
    r"\s+(?:years?|months?|Jahre?n?|Monate?n?|ans?|années?|mois|años?|meses?)\s+"
    r"(?:later|earlier|after|before|später|zuvor|davor|plus tard|plus tôt|auparavant|después|más tarde|antes)\b|"
    r"(?:l['’]année|l['’]an|le mois)\s+(?:suivante?|d['’]après|dernier|dernière)|(?:al|el)\s+año\s+(?:siguiente|pasado)|"
    r"(?:ein|im)\s+Jahr\s+(?:später|darauf)|"
    r"an(?=\s*[,.;])|"  # a separable verb's particle: 'OpenAI gibt für gpt-oss-120b insgesamt 117 Milliarden an,'
    r"utilizados|usados|"
    r"gewesen|geworden|been|été|sido|wird|werden|wurde|wurden|"  # 'Gerüchten zufolge sollen es 1,76 Billionen gewesen sein'
    # a slide's '~1.8T rumoured (SemiAnalysis)': the figure's status, said right after it
    rf"{STATUS_WORDS_AFTER}|"
    r"corresponde|correspond|corresponds|belongs|gehört|entspricht|pertenece|appartient|"  # '... corresponde a X'
    # 'the 1.8 trillion figure for GPT-4', 'les 1 760 milliards prêtés à GPT-4': the figure given to a model
    r"(?:figure|number|estimate|Zahl|chiffre|cifra)\s+(?:for|of|für|pour|de|para)\b|"
    r"(?:prêtés?|attribués?|atribuidos?|attributed|ascribed)\s+(?:to|à|a|au)\b|"
    r"(?:of|out of|de|di|von|sur)\s+(?:a total of\s+|un total de\s+)?(?=\d)|"
    r"(?-i:a|à)\s+(?=[\w.-]*\d|[A-Z])|"
    r"(?:of|du|del|des|von)\s+(?:the\s+|le\s+|el\s+|dem\s+)?(?:plus grand|largest|biggest|größten|mayor|más grande)\b|"  # 'atribuye unos 300.000 millones a o1-preview': the model it is given to
    r"(?:of|de|di|del|von|des|du)\s+(?:its|their|the|his|her|a|an|su|sus|son|sa|ses|leur|leurs|la|le|les|el|"
    r"los|las|l['’]|un|une|una|seine[mnrs]?|ihre[mnrs]?|dem|der|den|einem|einer))\b",
    re.IGNORECASE,
)


# a magnitude written short, as a size tag is: 'Mistral Small 3.1 : 24 Md sous Apache 2.0'
SHORT_MAGNITUDE = re.compile(r"\s?(?:Md|Mds|Mrd\.?|Mia\.?|bn|Bn|Mio\.?)$")  # (and the Swiss '1'760 Mia.')


# a model or a version of so much, in a text about parameters: 'un modelo denso de 34.000 millones lanzado en 2024',
# 'una versión densa de 22.000 millones pensada para móviles', 'a dense model of 9 billion', 'es un MoE de 400B'
MODEL_OF_SIZE = re.compile(  # (after a copula or a comma: 'un modelo de 8.000 millones' alone is any such model)
    r"(?:(?:\b(?:is|was|era|es|est|était|ist|war|as|como|comme|als)\s+|\d[\w.-]*(?:\s[A-Z][\w-]*)?,\s+)(?:an?|un|une|una|ein|eine[nm]?)\s+"
    # or a name's apposition with the definite article: 'Salamandra, el modelo de 7.000 millones del BSC'
    # (not a source: 'Según las pruebas publicadas por Meta, el modelo de 3B ...')
    r"|(?<!según )(?<!selon )(?<!laut )(?<!por )(?<!par )(?<!by )(?<!von )(?<!to )"
    r"\b(?-i:[A-Z])[\w.-]+,\s+(?:the|el|la|le|das|der)\s+"
    # (and an indefinite one after two capitalised words: 'Mistral NeMo, un modèle de 12 milliards')
    r"|(?<!según )(?<!selon )(?<!laut )(?<!por )(?<!par )(?<!by )(?<!von )(?<!to )"
    r"\b(?-i:[A-Z])[\w.-]+ (?-i:[A-Z])[\w.-]+,\s+(?:an?|un|une|una|ein|eine[nm]?)\s+"
    # or a possessive: 'su versión de 32.000 millones', 'sa version de 8 milliards': a version of the model before
    r"|\b(?:its|their|su|sus|sa|son|seine[mr]?|ihre[mr]?)\s+)"
    r"(?:[^\W\d]+\s+)?(?:model|modèle|modelo|modello|version|versión|Version|variant|variante|Variante|MoE)\s+(?:[^\W\d]+\s+)?"
    # (its maker named between: 'Grok-1, el modelo de xAI de 314.000 millones')
    r"(?:(?:de|von|of|d['’])\s*(?-i:[\w.-]*[A-Z][\w.-]*)\s+)?"
    rf"(?:of|de|mit|with|con|avec|di)\s+{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)


OWN_BEFORE = re.compile(
    r"\b(?:our|notre|nos|nuestro|nuestra|nuestros|unser\w*)\s+(?:(?:new|newest|nouveau|nouvelle|nuevo|nueva|neue\w*|"
    r"model|modèle|modelo|Modell|de)\s+)*$",
    re.IGNORECASE,
)


# 'OpenAI nunca confirmó el tamaño de GPT-4, aunque ... rondaba los 1,8 billones': the size of a model
# 'the 405 billion of Llama 3.1', 'les 123 milliards de Mistral Large 2': a count that a name owns
# (or an approximation: 'frente a unos 200.000 millones de GPT-4o', 'some 200 billion of GPT-4o')
THE_BEFORE_FIGURE = re.compile(
    r"\b(?:the|les|des|los|las|die|den|unos|unas|quelque|environ)\s+$", re.IGNORECASE
)
OF_NAME_AFTER = re.compile(
    # (a lower-case name with a hyphen and a digit too: 'los 21.000 millones de gpt-oss-20b')
    r"\s+(?:of|de|del|des|du|von)\s+(?P<name>(?:[A-Z][\w.-]*|[a-z][\w.]*-[\w.-]*\d[\w.-]*)"
    r"(?:\s(?:[A-Z][\w.-]*|\d[\w.]*)){0,3})"
)
SIZE_OF = re.compile(
    r"\b(?:the size of|el tamaño de|la taille de|die Größe von|la dimensione di)\b", re.IGNORECASE
)


# French 'en' stands for the noun counted before: '..., en avait 175 milliards', 'il en compte 24 milliards'
CLITIC_COUNT = re.compile(
    r"\b(?:n['’])?en\s+(?:a|avait|aurait|aura|compte|comptait|compterait|possède|possédait|affiche|affichait|totalise|"
    # the part at work: "n'en mobilise que 13 milliards", "n'en active que 17 milliards"
    r"active|activait|mobilise|mobilisait|utilise|utilisait|sollicite|sollicitait|emploie)\s+(?:que\s+)?"
    r"(?:(?:environ|près de|plus de|quelque|seulement|déjà|désormais)\s+)?$"
)


PAREN_WORDS = re.compile(
    r"(?:and|und|et|y|e|or|oder|ou|o|total|totals?|totales?|insgesamt|gesamt|au total|active|activated|aktiv\w*|"
    r"actifs?|activos?|attivi|params?|parameters?|parameter|paramètres|parámetros|parametri|vs\.?|bzw\.?|"
    r"Mrd\.?|Mds?|bn|Mio\.?|billions?|trillions?|millions?|Milliarden?|Millionen|Billionen|milliards?|millones|mil|"
    # the active part said inside: '(46,7 Mrd., davon 12,9 Mrd. aktiv)', '(220 Md, dont 30 Md actifs)'
    r"davon|dont|of|which|de|los|cuales|"
    # a label or an approximation inside: '(MoE: 40.000 millones activos de unos 400.000 millones en total)'
    r"MoE|dense|denso|dicht|unos|about|around|environ|etwa|rund|ca\.?|en)",
    re.IGNORECASE,
)


BULLET_MARKS = "-•*·–▸►▪"  # the marks a list item may open with
BULLET_LINE = re.compile(rf"[ \t]*(?:[{BULLET_MARKS}]|\d{{1,2}}[.)])\s")


# --- what rules a figure out: other counted things, negations, denials, hypotheticals, definitions, bounds

# the nouns of things counted that are not parameters
DISTRACTOR_NOUNS = (
    r"(?:tokens?|token|jetons?|wörter|words?|mots|palabras|users?|nutzer\w*|"
    r"utilisateurs?|usuarios?|downloads?|dollars?|euros?|dólares|yuan|yen|pounds|gpus?|chips?|flops?|"
    r"images?|bilder|hours?|stunden|heures|horas|requests?|anfragen|suchanfragen|requêtes|consultas|"
    r"pages?|seiten|documents?|dokumente|examples?|beispiele|people|menschen|personnes|personas|"
    r"bytes?|[kmgt]b\b|sequences?|steps?|schritte|étapes|lines?|zeilen|samples?|queries|devices?|geräte\w*|"
    r"appareils?|dispositi\w+|apparaten|smartphones?|phones?|teléfonos|subscribers?|abonnenten|abonnés|"
    r"suscriptores|customers?|kunden|clients?|clientes|views|aufrufe|vues|visitas|messages?|nachrichten|"
    r"employees|mitarbeiter\w*|salariés|empleados|cars|autos|voitures|coches|times|mal|fois|veces|"
    r"operations|opérations|operaciones|operationen|rechenoperationen|synap\w+|sinapsis|neur\w+|stars|sterne|étoiles|"
    r"estrellas)"
)
DISTRACTOR_AFTER = re.compile(
    r"[\s\-‑–]*(?:(?:of|de|di|an)\s+|d['’]\s*)?(?:(?!par[aáâ]m|Par[aáâ]m|(?:per|par|por|pro|pour|je|for|each|every|cada|"
    r"chaque|jede[mnrs]?|für|para|and|und|but|aber|mais|pero)\s)[^\W\d]{3,}\s+){0,2}" + DISTRACTOR_NOUNS,
    re.IGNORECASE,
)


NEGATION_BEFORE = re.compile(
    # ('n'a rien d'un modèle à 7 milliards', but not 'rien que 7 milliards', which means 'only')
    r"(?:\bnot|n't|\bnever|\bno|\bnicht|\bkein\w*|\bpas|\bjamais|\bni|\bnunca|\btampoco es (?:cierto|verdad)|\bnon|\bniet|"
    r"\bgeen|\brien(?!\s+que))\b"
    r"(?!\s?:)"  # 'No: eran 175.000 millones', 'Non : Mistral Small 3 fait 24 milliards': the answer to a mistake
    # 'pas moins de 1,75 billion', 'no less than 1.75 trillion': a lower bound, not a denial
    r"(?!\s+(?:moins|less|weniger|menos)\b)"
    # 'the never-confirmed 1.76 trillion figure', 'die nie bestätigten 1,8 Billionen': a rumour, not a denial
    r"(?![\s-](?:confirmed|officially confirmed|bestätigt\w*|confirmée?s?|confirmad[oa]s?)\b)"
    # 'size is not everything: Chinchilla, with 70 billion, ...' negates no figure
    r"(?!\s+(?:(?:lo|es|is|ist)\s+)?(?:alles|everything|todo|tout)\b)"
    # 'I never believed the 1.8 trillion figure': doubt of a figure that goes round, which stays a rumour
    r"(?!\s+(?:(?:really|ever|wirklich)\s+)?(?:believed?|bought|glaubte?|cru|creí|creyó|creo|crois|croyais)\b)"
    # 'he "wouldn't bet against" the 1.8 trillion figure': a guess that endorses it
    r"(?![\s\"“”]+(?:bet against|dagegen wetten|gegen \w+ wetten|parierais contre|parier contre|"
    r"apostaría en contra|apostar en contra)\b)"
    # 'nicht das echte DeepSeek-R1 mit 671 Milliarden', 'pas ... le vrai R1 et ses 671 milliards': another model
    r"(?!\s+(?:[\w']+\s+){0,4}?(?:the (?:real|full|actual)|das echte|den echten|dem echten|le vrai|la vraie|"
    r"el verdadero|la verdadera)\b)"
    # 'No siempre fue así: GPT-2 tenía 1.500 millones': 'not always' negates no figure
    r"(?!\s+(?:siempre|always|immer|toujours)\b)"
    # a table's cell ends a negation ('nicht kommerziell |'), and so does a bracket's end ('sous licence non
    # commerciale) : Command R+ compte 104 milliards')
    # and 'not X but Y' affirms Y: 'il ne compte pas 56 milliards mais 46,7 milliards'
    r"(?:(?!\b(?:but|sondern|mais|sino)\b)[^,.;|()]){0,45}$",
    re.IGNORECASE,
)


# a round figure the text puts the model far from: 'nowhere near a trillion parameters', 'loin du billion',
# 'Nada de un billón', 'weit entfernt von einer Billion' (a figure in digits there may be another model's own)
FAR_FROM_BEFORE = re.compile(
    r"\b(?:nowhere near|not even close to|far from|loin d[ue]s?|lejos de(?:l| los| las)?|nada de|ni de lejos|"
    r"(?:weit|meilenweit) entfernt von|weit weg von)\s+$",
    re.IGNORECASE,
)
# ... unless the figure is another model's, named after it: 'On est loin des 1 600 milliards de paramètres du Switch
# Transformer'
OWNER_NAMED_AFTER = re.compile(
    r"(?:\s+(?:de\s+)?(?:paramètres|parameters|Parameter\w*|parámetros))?\s+(?:du|de la|des|of|von|vom|del|de)\s+"
    r"(?:[a-zà-ÿ]+\s+){0,2}?[A-Z]"
)


DENIAL_BEFORE = re.compile(
    r"\b(?:denied|denies|ruled out|rules out|dementi\w*|dément|démentent|démentait|bestr(?:eitet|itt|itten)|negó|niega|niegan|descart\w+|"
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
    # 'Imaginez qu'il en compte dix billions', 'Imagine GPT-5 had 10 trillion', 'Stell dir vor, ...'
    r"|\b(?:imagine|imaginez|imaginons|imagina|imaginemos|stell dir vor|stellen sie sich vor|stellen wir uns vor)\b"
    # whichever it is: '«Que el modelo tenga 7.000 o 70.000 millones no cambia nada»', 'no matter whether ...'
    r"|\b(?:no matter|regardless of|egal ob|ganz gleich ob|peu importe|da igual)\b"
    r"|(?:^|(?<=[«\"“„]))\s*(?:que (?:\w+\s){0,3}(?:tenga|tuviera)|qu['’](?:il|elle) ait)\b"
    # 'Un hypothétique GPT-6 de 50 000 milliards', 'a hypothetical 10-trillion-parameter model'
    r"|\b(?:hypothetical|hypothetisch\w*|hypothétiques?|hipotétic[oa]s?|imaginary|imaginaire|imaginari[oa]|fictional|"
    r"fiktiv\w*|fictif|ficticio)\b)[^,;:]*$",
    re.IGNORECASE,
)


# what nobody needs is no model's size: 'Nobody needs a trillion parameters to draft a letter', 'Eine Billion
# Parameter braucht im Mietrecht niemand', 'Personne n'a besoin d'un billion de paramètres', 'Nadie necesita un billón'
NOBODY_NEEDS_LOW = re.compile(
    r"\b(?:nobody|no one|no-one)\s+(?:really\s+)?needs\b|\bniemand\s+braucht\b|\bbraucht\b[^.;:!?]{0,40}\bniemand\b|"
    r"\bbraucht kein mensch\b|\b(?:personne|nul)\s+n['’]a\s+besoin\b|\bnadie\s+necesita\b|\bno\s+(?:lo\s+)?necesita\s+nadie\b"
)


# German 'whoever' opens a clause about anyone: '„Wer mit einer Billion Parameter wirbt, muss sie auch betreiben
# können“' (but whoever runs a named model runs its size: 'Wer Llama 3.1 in der 70-Milliarden-Variante betreiben will')
WHOEVER_BEFORE = re.compile(r"(?:^|[«\"„“]\s*)Wer\s(?![^,;:]*?[A-Z][\w.-]*\s?\d)[^,;:]*$")


DEFINES_WORD = re.compile(
    r"\b(?:un|a|one|eine?|ein|el|the|le|der|die|das)\s+['‘’\"«]?(?:billón|billion|trillion|milliard|milliarde|billion)"
    # ('el "billón" castellano es un millón de millones': the word in one language, defined)
    r"['‘’\"»]?\s+(?:[^\W\d]+\s+){0,2}?(?:es|is|est|ist|equivale|entspricht|équivaut|vaut|means|significa|bedeutet|signifie)\b"
)


# a bound of a class of models: 'des modèles de moins de 20 milliards', 'models under 10B', 'Modelle unter 100 Mrd.'
BOUND_BEFORE = re.compile(
    # ('Anything above 70 billion parameters still belongs on a desktop', 'Modelle um 30 Milliarden': a class)
    r"\b(?:models|modèles|modelos|Modelle\w*|LLMs|class|category|catégorie|categoría|Klasse|bracket|tier|"
    r"anything|everything|alles|todo lo que)\s+"
    r"(?:(?:de|with|mit|con|avec|of|having|comptant|ayant|que tengan|que cuentan con)\s+)?"
    r"(?:[„“\"«]\s*)?"  # (quoted: 'von Modellen „ab etwa 30 Milliarden Parametern“')
    r"(?:(?:um|around|rund um|autour de|en torno a|ab|"
    r"below|under|fewer than|less than|moins de|unter|weniger als|menos de|por debajo de|en dessous de|"
    r"at least|au moins|mindestens|al menos|more than|plus de|mehr als|más de|over|über|above|exceeding|"
    r"larger than|bigger than|au-delà de|au-dessus de|por encima de|superiores? a|oberhalb von|jenseits von|"
    # what a machine can hold: 'models with up to 24 trillion parameters', 'Modelle mit bis zu 24 Billionen'
    rf"up to|bis zu|jusqu['’]à|allant jusqu['’]à|hasta)\s+{clauses.APPROX_SLOT}$)"
    r"|[\"“«]\s*(?:under|below|unter|moins de|menos de)[\s-]+$"
    # any model from a size up: 'lohnt sich ein Vision-Modell ab etwa 10 Milliarden Parametern'
    rf"|\b[\w-]*(?:Modell|model)\w*\s+ab\s+{clauses.APPROX_SLOT}$"
    # the best of a class: 'Phi-4 sigue siendo imbatible por debajo de 15.000 millones', 'the best model under 10B'
    r"|\b(?:imbatible|invicto|unbeaten|unbeatable|imbattable|unschlagbar|the best|le meilleur|la meilleure|"
    r"el mejor|la mejor|der beste|die beste|das beste)(?:-\w+)?\s+(?:[^\W\d]+\s+){0,2}?"  # ('the best-rated')
    r"(?:por debajo de|under|below|sous|en dessous de|unter|unterhalb von|bajo|de moins de|with fewer than|"
    r"with less than|mit weniger als|unter den|de menos de|con menos de)\s+$"
    # what serves any models up to a bound: 'für Modelle bis etwa 30 Mrd. Parameter ausgelegt' (but not 'Die drei
    # kleinsten Modelle bis vier Milliarden Parameter', a family's own)
    r"|\b(?:for|für|pour|para)\s+(?:\w+\s+)?(?:models|Modelle|modèles|modelos|LLMs)\s+(?:of\s+)?"
    rf"(?:up to|bis(?: zu)?|jusqu['’]à|de hasta|hasta)\s+{clauses.APPROX_SLOT}$"
    # a mark to pass: 'la barre des 100 milliards de paramètres n'impressionne plus', 'die Schwelle von 100 Mrd.'
    # (as the subject of its clause: 'Kimi K2 franchit la barre des 1 000 milliards' is Kimi K2's size)
    r"|(?:(?<=[:;,.—–] )|(?<=\n))(?:la barre (?:symbolique )?(?:des|de)|le cap (?:symbolique )?des|"
    r"la barrera de(?: los)?|la marca de(?: los)?|die (?:Marke|Schwelle|Grenze) von|the threshold of)\s+$"
    # a mark a model stays under or above: 'le mieux classé sous la barre des 30 milliards'
    r"|\b(?:sous|au-dessous de|en dessous de|au-dessus de|unter|über|unterhalb|oberhalb|bajo|por debajo de|"
    r"por encima de|under|below|above)\s+(?:la barre (?:symbolique )?(?:des|de)|le seuil (?:des|de)|"
    r"der (?:Marke|Schwelle|Grenze) von|la barrera de(?: los)?|el umbral de(?: los)?|la marca de(?: los)?|"
    r"the (?:threshold|mark) of)\s+$"
    # 'das erste Modell der Familie mit mehr als 100 Mrd.', 'premier modèle au-delà de la barre des 100 Md': the
    # mark its first member passed, not a size
    r"|\b(?:first|erste\w*|premier|première|primer|primera)\s+(?:[\w-]+\s+){0,4}?(?:(?:with|mit|avec|con|de|à)\s+"
    r"(?:more than|mehr als|plus de|más de|over|über)|au-delà (?:de la barre )?des|beyond|jenseits von|"
    # 'le premier modèle financier chinois à dépasser les 100 milliards', 'the first to pass 100 billion'
    r"(?:à|to|en)\s+(?:dépasser|franchir|passer|exceed|pass|cross|superar)(?:\s+(?:les|la barre des|the|los))?|"
    r"zu (?:überschreiten|knacken)|"
    r"por encima de(?: los)?)\s+$"
    # a statistic of many models: 'Der Median liegt bei 7,2 Milliarden', 'the average open model has 7 billion'
    r"|\b(?:the median|the average|der median|der durchschnitt|im (?:mittel|schnitt)|la médiane|la moyenne|"
    r"la mediana|la media|el promedio|en promedio|en moyenne|on average)\b[^.;:\d]{0,40}$",
    re.IGNORECASE,
)


BOUND_LOW = cues.lowered(BOUND_BEFORE)
# a mark named after its figure: 'Modelle jenseits der 100-Milliarden-Grenze', 'models beyond the 100-billion mark'
MARK_AFTER = re.compile(
    r"[\s-]*(?:Parameter-)?(?:Grenze|Marke|Schwelle)\b|[\s-]+(?:parameters?[\s-]+)?(?:mark|threshold)\b"
)
MARK_SIDE_LOW = cues.lowered(
    re.compile(
        r"\b(?:jenseits|über|unter|unterhalb|oberhalb|beyond|above|below|under|past)\s+(?:der|die|the)\s+$",
        re.IGNORECASE,
    )
)


# a count of something else as the sentence's subject: 'las llamadas diarias a la API superan los 1.650 millones'
COUNTED_BEFORE = re.compile(
    r"\b(?:calls|requests|queries|users|downloads|subscribers|customers|visits|llamadas|consultas|usuarios|"
    r"descargas|clientes|Anfragen|Nutzer|Downloads|Kunden|Aufrufe|appels|requêtes|utilisateurs|"
    r"téléchargements|clients|people using|people who use|Menschen nutzen|personnes utilisent|personas usan|"
    r"personas que usan)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


WHOLE_COUNTS_ELSE = re.compile(
    r"\b(?:tokens?|Token|jetons?|words|Wörter|mots|palabras|users|Nutzer\w*|utilisateurs|usuarios|dollars?|"
    # (and a verb after the noun: '700 Milliarden Tokens trainiert, davon 363 Milliarden')
    r"Dollar|euros?|dólares)\b(?:\s+(?:trainiert|trained|entraîné|entrenado)\w*)?\W*$",
    re.IGNORECASE,
)


TRAINED_ON_BEFORE = re.compile(
    r"\b(?:trained on|entraîné sur|entraînée sur|trainiert auf|trainiert mit|entrenado (?:con|en|sobre))\s+"
    r"(?:[\w-]+\s+){0,3}$"
    # 'pushed training sets to 1T', 'den Trainingsdatensatz auf 2 Billionen': the data's size
    r"|\b(?:training (?:sets?|data|corpus|corpora)|Trainingsdat\w*|Trainingskorpus|corpus d['’]entraînement|"
    r"données d['’]entraînement|datos de entrenamiento|corpus de entrenamiento)\b[^.;:]{0,15}?\b"
    r"(?:to|of|at|auf|von|à|de|a)\s+(?:(?:about|around|over|rund|etwa|über|environ|plus de|unos|más de)\s+)?$",
    re.IGNORECASE,
)


# --- parts and sums: a part's size, a part and its whole, a sum, a restatement

PER_PART_AFTER = re.compile(
    r"[^,.;:–—]{0,30}\b(?:each|apiece|jeweils|je|chacun\w*|cada uno|ciascuno|per expert)\b"
    r"(?!\s+(?:incoming |processed )?(?:token|Token|input|request|word|Wort|palabra|mot)\b)"
    # 'mit 14 Mrd. Parametern belegen je rund 9 GB': 'each' of another figure
    r"(?!\s+(?:rund |etwa |ca\. |about |around |roughly |environ |unos |alrededor de )?\d)",
    re.IGNORECASE,
)


PER_PART_BEFORE = re.compile(
    # ('aktiv seien jeweils 36 Mrd.' is the active part at any one time)
    r"(?:(?:\bje|(?<!denen )(?<!aktiv sind )(?<!aktiv seien )(?<!aktiv werden )\bjeweils|\beach)(?:\s+(?:rund|etwa|ca\.|about|around|roughly|some|approximately))?|\b(?:each of (?:which|them|these)|jede[rs]? davon|chacun d['’](?:eux|entre eux)|"
    r"cada uno de (?:ellos|estos))\b[^,.;]{0,40}"
    # 'eight experts times seven billion is 56': the arithmetic of a mistake, per expert
    r"|\b(?:experts?|Experten|expertos)\s+(?:times|mal|fois|por|x|×))\s+$",
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
    rf"\b{_COUNT}\s+(?:[\w-]+\s+)?{_PARTS}\s+(?:of|with|mit|de|con|à|von|×|x)\s+(?:je\s+|cada uno\s+)?$"
    # experts counted in digits: '8 experts de 220 Md', '8 expertos × 220.000 millones'
    r"|(?<![\w.-])\d{1,2}\s+(?:experts?|Experten|expertos)\s+(?:of|with|mit|de|con|à|von|×|x)\s+(?:je\s+|cada uno\s+)?$"
    rf"|\b{_COUNT}\s+$",
    re.IGNORECASE,
)


COUNTED_PARTS_AFTER = re.compile(rf"[\s-]*(?:(?:parameters?|Parameter)[\s-]+)?{_PARTS}\b", re.IGNORECASE)


# a part of a model named as such ('each expert', 'un décodeur', 'ein Encoder'), not 'mixture-of-experts'
COMPONENT_BEFORE = re.compile(
    r"\b(?:each|every|jede[rsmn]?|chaque|cada|an?|une?|uno|una|ein(?:e[nmr]?)?|the|its|der|die|das|dem|den|le|la|el|"
    r"l['’]|su|son|sa|sein\w*)\s+(?:[\w-]+\s+){0,2}?(?<!of )(?<!de )(?<!aus )(?<!d['’])"
    # (a German compound too: 'ein eigens trainierter Bildencoder mit 400 Millionen')
    r"(?:\w+[-‑]|[a-zäöüß]+(?=encoder|decoder|experte|modul))?(?:experts?|Experte[n]?|experto|encoders?|encodeur|"
    r"codificador|decoders?|décodeur|decodificador|backbone|vision tower|modul|module|módulo)\b"
    # (or set off by a comma: 'correspond à la taille d'un expert, environ 22 milliards')
    rf"(?:[^,.;:]{{0,25}}|,\s*(?:{clauses.APPROX_WORDS}|soit|i\.e\.|d\.h\.)?\s*)$",
    re.IGNORECASE,
)


# a figure followed by the part it sizes: '14B Gewichte von Multi-Token-Vorhersage-Modul', '14B of MTP module
# weights', '2B for the vision encoder' (not embeddings: '8.54 billion including embedding parameters' is a size)
# an added module and what it holds: 'ein zusätzliches Modul für Multi-Token-Prediction mit 14 Milliarden'
MODULE_BEFORE = re.compile(
    r"\b(?:ein|an?|un|une|una)\s+(?:[\w-]+\s+){0,2}?(?:Modul|module|módulo)\b[^,.;:]{0,40}$", re.IGNORECASE
)
# the dense half of a dense-MoE hybrid: 'a 10-billion-parameter dense transformer combined with 128 experts',
# 'einen dichten Transformer mit 10 Milliarden Parametern mit ... 128 Experten'
DENSE_PART_BEFORE = re.compile(
    r"(?:\b(?:dichte[nmrs]?|dense|denso)\s+transformer|\btransformer\s+(?:denso|dense))\s+(?:mit|de|with|of|von)\s+"
    + clauses.APPROX_SLOT
    + "$",
    re.IGNORECASE,
)
DENSE_PART_AFTER = re.compile(
    r"(?:[-‑ ](?:parameters?|Parameter))?[-‑ ]dense[-‑ ](?:transformer|backbone|trunk|component|part)\b",
    re.IGNORECASE,
)
COMPONENT_AFTER = re.compile(
    r"[\s-]*(?:(?:Gewichte|weights|poids|pesos|parameters?|Parameter\w*|paramètres|parámetros)\s+)?"
    r"(?:(?:des|der|von|vom|of the|of|for the|for|du|de la|du|del|de|für das|für den)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:[\w‑-]+[-‑])?(?:Modul|Moduls|module|modules|módulo|heads?|encoder|Encoder\w*|encodeur|decoder|décodeur)\b"
)


# a fine-tune's own weights: 'LoRA adapters of just 25 million trainable parameters', 'per LoRA ... nur rund 55
# Millionen zusätzliche Parameter', 'un adaptateur de 40 millions de paramètres': not the model's size (but 'LoRA
# sobre Salamandra, el modelo de 7.000 millones' is the base model's)
ADAPTER_BEFORE = re.compile(
    r"\b(?:Q?LoRA|[Aa]dapt(?:er|ers|ateurs?|adores?))(?:[\s-]+(?:adapters?|Adapter[n]?|LoRA))?\s+"
    r"(?:of|de|mit|with|con|avec|von|à)\s+(?:[^\W\d]+\s+){0,2}$"
    # a training log's line: 'trainable params: 41,943,040 || all params: 8,072,204,288'
    r"|(?i:trainable params|all params|trainierbare Parameter)\s*[:=]\s*$"
    # 'un adaptador LoRA ... sobre Mistral 7B entrena unos 42 millones': what the adapter trains
    r"|\b(?:Q?LoRA|[Aa]dapt(?:er|ers|ateurs?|adores?))\b[^.;:]{0,50}\b(?:entrena|trains|trainiert|entraîne)\s+"
    r"(?:(?:unos|about|around|rund|etwa|environ|only|solo|nur|seulement)\s+)?$"
)
TRAINABLE_AFTER = re.compile(
    r"[\s-]*(?:(?:of|de)\s+)?(?:(?:parameters?|Parameter|paramètres|parámetros)\s+)?"
    r"(?:trainable|trainierbare[n]?|entra[îi]nables|entrenables|zusätzliche[n]?|additional|supplémentaires|adicionales)\b",
    re.IGNORECASE,
)

# the part a 'davon/of which' figure names is the active one, not embeddings or an encoder
PART_ACTIVE = re.compile(
    r"activ|aktiv|actif|token|arbeiten|genutzt|eingesetzt|zum Einsatz|used|in use|utilis|sollicit|mobilis|utiliz|"
    r"usad|usan|usa\b|uses\b|emplea|en cada paso|procesar cada|para cada|bei jeder|für jede|à chaque|pour chaque|"
    r"for each|per word|gleichzeitig|rechne|pro Wort|at once|simultan|a la vez|en même temps|switched on|turned on|"
    r"nutzt|nutzen",
    re.IGNORECASE,
)


DAVON_AFTER = re.compile(
    r"\s+(?:davon|de ceux-ci|d['’]entre eux|de ellos|of them|of those)\b", re.IGNORECASE
)  # '... nur 37 Milliarden davon'


PART_INTRO_BEFORE = re.compile(
    r"\b(?:davon|von denen|of which|dont|de los cuales|de las cuales|de los que|de las que|de ellos|di cui|waarvan)\b[^,.;]{0,45}$",
    re.IGNORECASE,
)


WHOLE_OPENER = re.compile(
    r"(?:^|[,;:]\s*)(?:von|of|out of|de|sur|di|van)\s+"
    # ('Von dessen insgesamt 46,7 Milliarden', 'Von der halben Billion sind ... aktiv')
    r"(?:(?:den|der|dem|the|its|ses|sus|los|les|insgesamt|seinen|ihren|dessen|deren)\s+){0,2}$",
    re.IGNORECASE,
)


EQUALS_BEFORE = re.compile(
    r"\b(?:equivale a|equivalen a|equals|is equal to|entspricht|entsprechen|équivaut à|vaut|es igual a)\s+"
    r"(?:(?:our|unseren|unserer|nos|nuestros|nuestro|nuestra)\s+)?$"
    r"|\d\s?[×x*·]\s?\d+(?:[.,]\d+)?\s?[a-zA-Z]{0,2}\s?=\s?$"  # '8 × 7 = 56 billion': a sum, not a claim
)


# between a figure and the same figure restated in brackets: ' de tokens (', ' Token (d. h. '
RESTATED_IN_PARENS = re.compile(
    r"\s*(?:(?:de|d['’]|of)\s*)?(?:[^\W\d][\w-]*\s*){0,2}[(（\[]\s*(?:(?:soit|i\.e\.|d\.\s?h\.|es decir|o sea)\s+)?"
    rf"(?:~\s?|≈\s?)?{clauses.APPROX_SLOT}",
    re.IGNORECASE,
)


RESTATED = re.compile(
    rf"(?:{clauses.RESTATE_WORDS}|up from|down from|compared (?:with|to)|versus|vs\.?|gegenüber|statt|nach zuvor|"
    r"contre|au lieu de|frente a|en lugar de|nach|après|tras|after)"
    r"(?:\s+(?:the|its|den|seinen|ihren|les|ses|los|las|sus))?\s*,?\s*$",  # '18 trillion tokens, up from 7 trillion'
    # (tokens again; 'frente a los 7 billones de Qwen2', 'nach 7 Billionen bei Qwen2')
    re.IGNORECASE,
)


# the lower-cased forms `figures` searches `article_lower` text with
NEGATION_LOW, DENIAL_LOW, HYPOTHETICAL_LOW, COMPONENT_LOW, DISTRACTOR_LOW = map(
    cues.lowered, (NEGATION_BEFORE, DENIAL_BEFORE, HYPOTHETICAL, COMPONENT_BEFORE, DISTRACTOR_AFTER)
)


# a verb of activation right before a count: 'solo activa 32.000 millones', 'activates only about 17B'
ACTIVATES_BEFORE = re.compile(
    r"\b(?:activ(?:a|an|ará|arán|aría|ates?|ated|ent|e)|aktiviert|n['’](?:en )?active que)\s+"
    # 'aktiviert pro Token aber nur 21 Milliarden', 'activates per token only 21 billion'
    r"(?:(?:pro|per|par|por|je) token\s+)?(?:(?:aber|but|mais|pero|jedoch)\s+)?"
    rf"(?:(?:solo|sólo|solamente|only|just|nur|que|{clauses.APPROX_WORDS})\s+)*$",
    re.IGNORECASE,
)


ACTIVE_OPENING = re.compile(
    r"[\W_]*(?:(?:pro|per|par|por|je) token\s+)?(?:aktiv|active|activos?|activas?|actifs?|activés?)"
    r"(?:\s+(?:pro|per|par|por|je) token)?\s*(?:sind|sein|are|is|:|son|sont|werden)?\s*"
    # 'Aktiv sind pro Token aber nur 32 Milliarden'
    r"(?:(?:pro|per|par|por|je) token\s+)?(?:(?:aber|jedoch|but|mais|pero|only|nur|lediglich|just|seulement|"
    # 'aktiv sind deshalb lediglich 12,9 Milliarden'
    r"solo|sólo|deshalb|daher|also|therefore|thus|so|donc|ainsi|por eso|por tanto|así que)\s+){0,2}"
    + clauses.APPROX_SLOT,
    re.IGNORECASE,
)


OPTION_MARK = re.compile(r"(?:^|(?<=\s))[a-dA-D]\)\s")


# a named model 'with its' size, which a question or a conditional takes as given: 'rivaliser avec GPT-3 et ses
# 175 milliards ?', '1,8 Billionen wären das Zehnfache von GPT-3 mit seinen 175 Milliarden Parametern'
GIVEN_BEFORE = re.compile(
    r"\w\s+(?:and|with|et|avec|y|con|und|mit)\s+(?:its|their|ses|leurs|sus|seine[nm]?|ihre[nm]?)\s+"
    rf"{clauses.APPROX_SLOT}$"
)


COMPONENT_NOUN_LOW = re.compile(r"modul|módulo|head|encod|decod|codeur")  # what COMPONENT_AFTER ends in


# a sentence about training data, whose bare figures count it
TOKENS_TOPIC = re.compile(
    r"[\W_]*(?:(?:les|the|die|los|las|des|ces|these|diese)\s+)?(?:tokens?|Token|jetons|datos de entrenamiento|"
    r"training data|Trainingsdaten|données d['’]entraînement)\b",
    re.IGNORECASE,
)


# a speaker correcting a figure just said: '22.000 millones de parámetros... bueno, 22.400', '70 billion, sorry, 72'
SELF_CORRECTION = re.compile(
    r"\s*(?:(?:de\s+)?[\w-]*par[aáâ]m\w*)?\s*[.…,;:!—–-]*\s*"
    r"(?:(?:bueno|perdón|mejor dicho|o sea|sorry|I mean|or rather|rather|nee|Quatsch|pardon|enfin|plutôt|"
    r"genauer gesagt|besser gesagt)\b[\s.…,;:!—–-]*){1,3}(?:(?:exactly|genau|exactement|exactamente)\b[\s,]*)?",
    re.IGNORECASE,
)


# between two figures of one list, each after the same word: ' de parámetros, tipo ligero de ', ' y tipo de alto
# rendimiento de ', ' parameters, the medium one with '
PARALLEL_BETWEEN = (
    re.compile(  # (not a contrast: 'un modelo de 70.000 millones ..., mientras que los de entre')
        r"(?![^.;]*\b(?:mientras|while|whereas|während|wohingegen|tandis|alors que|pero|but|aber|mais)\b)"
        r"[^.;:()|]{0,60}?(?:[,;]|\s(?:y|and|und|et|e|o|or|oder|ou))\s+[^.;:()|\d]{0,40}?"
        r"(?:de|of|von|mit|with|con|avec|à|at|auf|sur|en|on)\s+",
        re.IGNORECASE,
    )
)


# a sum the sentence says is misleading: 'Son nom laisse croire à huit experts de 7 milliards, soit 56 milliards'
MISLEADS = re.compile(
    r"\b(?:laisse(?:nt)? (?:à )?croire|suggère à tort|misleading|suggests?|makes? (?:it )?(?:sound|look)|"
    r"glauben lassen|lässt vermuten|irreführend|hace pensar|da a entender|engañoso)\b",
    re.IGNORECASE,
)


# a figure then a clause that gives it to a name: '..., die seit 2023 für GPT-4 kursieren', '... como el que se
# atribuye a GPT-4', '... attributed to GPT-4', '... que l'on prête à GPT-4'
GIVEN_TO_AFTER = re.compile(
    r"(?:\s*(?:de\s+)?[\w-]*par[aáâ]m\w*)?\s*"
    r"(?:,\s*(?:die|that|which)\s+[^.;:,()]{0,30}?\b(?:für|for)"
    # (not a multiple of it: 'dos billones, el doble de lo que entonces se atribuía a GPT-4')
    r"|(?![^.;:()]{0,30}?\b(?:doble|double|twice|triple|half|mitad|moitié|halb|doppelt|veces|fois|times|mal)\b)"
    r"[^.;:()]{0,30}?\b(?:attributed to|credited to|ascribed to|zugeschrieben\w*|zugeschriebenen|"
    # (an aside may come between: 'que se atribuyen, sin confirmación oficial, a GPT-4')
    r"(?:se |le |les )?atribu\w+(?:\s*,[^,.;:()]{0,40},)?\s+a|"
    r"(?:l['’]on |qu['’]on )?(?:attribu|prêt)\w*(?:\s*,[^,.;:()]{0,40},)?\s+à))\s+"
    # (its maker's possessive may come first: 'often attributed to OpenAI's GPT-4')
    r"(?:(?:the|el|le|la|dem|den|al)\s+)?(?:[A-Z][\w-]*['’]s\s+)?$",
    re.IGNORECASE,
)
# the name inside the relative clause that gives it the figure: 'Die 1,8 Billionen Parameter, die GPT-4
# zugeschrieben werden', 'los 1,76 billones de parámetros que, según filtraciones, tendría GPT-4'
GIVEN_IN_RELATIVE = re.compile(
    r"(?:\s*(?:de\s+)?[\w-]*par[aáâ]m\w*)?\s*,?\s*(?:die|que|that)(?:\s*,\s*[^.;:()]{0,50}?,)?\s+"
    r"(?:(?P<verb>tendría|tiene|tenía|tendrá|aurait|avait|would have|supposedly has|has)\s+)?(?:dem\s+|der\s+)?$",
    re.IGNORECASE,
)
# (without a verb before the name, a German participle after it: 'die GPT-4 zugeschrieben werden')
ASCRIBED_AFTER_NAME = re.compile(r"\s+(?:zugeschrieben|nachgesagt)\w*\b", re.IGNORECASE)
# the same, up to a capitalised name: a negation before the figure does not deny it ('No necesitamos un gigante de
# 1,8 billones como el que se atribuye a GPT-4')
GIVEN_TO_NAME = re.compile(GIVEN_TO_AFTER.pattern.removesuffix("$") + r"(?=[A-Z])", re.IGNORECASE)


# the sum parts would make, said in the conditional: 'huit experts de 7 milliards feraient 56 milliards'
WOULD_MAKE_BEFORE = re.compile(
    r"\b(?:feraient|ferait|donneraient|would (?:make|give|be|total|add up to)|würden|wären|ergäben|serían|darían|"
    r"sumarían|sumaría)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)


WRONG_WORDS = r"falsch|wrong|false|faux|falso|incorrect[oae]?|erroné"
# ... or anywhere after it in the sentence, for a figure named as a figure: 'The 1.2-trillion figure was wrong'
WRONG_LATER = re.compile(rf"\b(?:{WRONG_WORDS}|mistaken|misplaced|debunked|an error)\b")
# a figure the sentence calls wrong right after it: '56 Milliarden – das ist falsch', '56 billion, which is wrong'
WRONG_AFTER = re.compile(
    r"\s*(?:(?:de\s+)?[\w-]*par[aáâ]m\w*\s*)?(?:[–—-]|,\s*(?:was|which|ce qui|lo que|lo cual))\s*"
    r"(?:(?:das|that|this|c['’]|ce|eso|esto)\s*(?:ist|is|est|es)\s+|(?:ist|is|est|es)\s+)?"
    rf"(?:(?:aber|but|mais|pero|jedoch)\s+)?(?:{WRONG_WORDS})\b"
    # a quoted figure the sentence would call wrong: 'Écrire qu'il « pèse 176 milliards » serait faux'
    r"|\s*(?:[\w-]*par[aáâ]m\w*\s*)?[»“”\"]\s*(?:serait|wäre|would be|sería)\s+(?:\w+\s+)?"
    rf"(?:{WRONG_WORDS})\b"
    # a denial in the next clause: '... had a trillion parameters; Veltrix denied it', '...; Orrery told The Signal
    # that is wrong', '..., was Kerlabs dementierte'
    r"|\s*(?:(?:de\s+)?[\w-]*par[aáâ]m\w*\s*)?[;,]\s*(?:(?:but|aber|mais|pero|which|was|ce que|lo que)\s+)?"
    r"(?:[\w&.'’-]+\s+){1,3}?(?:denied|denies|dementierte|dementiert|a démenti|dément|démentait|desmintió|desmiente|"
    r"negó|niega|told\s+(?:[\w.'’-]+\s+){1,4}?that\s+(?:this|that|it|the figure)\s+(?:is|was)\s+"
    r"(?:wrong|false|incorrect|untrue))\b",
    re.IGNORECASE,
)


# the steps of a chain of names with their figures: 'von Luminous-base mit 13 Milliarden über Luminous-extended mit
# 30 Milliarden bis zu Luminous-supreme mit 70 Milliarden Parametern'
PARALLEL_CHAIN = re.compile(
    r"\s+(?:über|bis zu|bis hin zu|through|via|up to|hasta|pasando por|jusqu['’]à|en passant par)\s+"
    rf"[^.;:()|\d]{{1,40}}?\s(?:mit|with|con|avec|de|of)\s+{clauses.APPROX_SLOT}",
    re.IGNORECASE,
)


# a poster's own guess or what they were told, in a thread about the article's model: 'My bet: MoE, 400B total,
# 20B active', 'je parie sur un 70B dense', 'Me dicen desde dentro que es un MoE de 400B'
GUESS = re.compile(
    r"\b(?:my (?:own |best )?(?:bet|guess)|I(?:['’]d| would)? (?:bet|guess)|guessed|I['’]m (?:told|hearing|betting)|I hear|I['’]ve heard|"
    r"je (?:parie|mise|parierais|miserais)|mon pari|on me dit|on m['’]a dit|ich (?:tippe|wette)|mein Tipp|mir wurde gesagt|"
    r"apuesto|apostaría|mi apuesta|me (?:dicen|han dicho|cuentan)|(?:yo )?diría que|je dirais|I['’]d say|"
    r"ich würde (?:\w+ ){0,4}?(?:tippen|wetten|schätzen)|ich würde (?:eher |mal )?auf)\b",
    re.IGNORECASE,
)


# a part of what the figure before counts: '395 billion tokens, 116 billion of them Arabic'
OF_THEM_AFTER = re.compile(
    r"\s+(?:of them|of which|of these|davon|dont|d['’]entre eux|de ellos|de ellas|de los cuales|de las cuales)\b",
    re.IGNORECASE,
)


FOR_MODEL_AFTER = re.compile(r"\s+(?:for|für|bei|pour|para)\s+(?:[A-Z][\w-]*['’]s?\s+)?[A-Z][\w.-]*\d")


CITED_FIGURE_BEFORE = re.compile(
    r"\b(?:the|die|den|les|las|los)\s+(?:[\w-]+\s+){0,3}?(?:(?:often|widely|much|oft|viel)[\s-]+)?"
    r"(?:cited|quoted|circulating|rumou?red|zitierten|genannten|kursierenden|cités|citées|évoqués|citados|citadas|"
    r"mencionados)\s+(?:(?:about|around|rund|etwa|environ|unos)\s+)?$",
    re.IGNORECASE,
)
# the figure itself as a noun's modifier: 'the never-confirmed 1.76 trillion figure that still circulates'
FIGURE_NOUN_AFTER = re.compile(r"\s+(?:figure|number|estimate|claim)\b(?!\s+of\b)")

NAME_WITH_BEFORE = re.compile(
    # (and its possessive: 'übertrifft damit GPT-3 mit seinen 175 Milliarden knapp')
    r"(?:\b[A-Z][\w.-]*(?:\s[\w.-]+){0,2}?[\s-]\d[\w.-]*\s+(?:mit|with|con|avec|de)\s+"
    r"(?:(?:seinen|ihren|its|their|ses|sus)\s+)?"
    # a name made definite by its size: 'el Pehuén de 1.300 millones', 'al Pythia de 6.900 millones'
    r"|\b(?:el|al|del|le|au|du)\s+[A-Z][\w.-]*[a-z][\w.-]*\s+de\s+)"
    r"(?:(?:rund|etwa|about|around|roughly|environ|unos|cerca de)\s+)?$"
)

SINCE_ITS_BEFORE = re.compile(
    r"\b(?:since|seit|depuis|desde)\s+[\w.-]+(?:\s[\w.-]+)?\s+(?:and its|with its|et ses|et son|avec ses|mit seinen|"
    r"und seinen|y sus|con sus)\s+$",
    re.IGNORECASE,
)

PART_OF_NEXT = re.compile(
    r"\s+(?:of|von|de|sur)\s+(?:its|their|the|seinen|ihren|den|ses|leurs|les|sus|los|las)\s+"
    r"(?:(?:roughly|about|around|some|rund|etwa|environ|quelque|unos|cerca de)\s+)?"
)

IN_EMBEDDINGS_AFTER = re.compile(
    r"\s+(?:(?:of (?:those|them|these|its)|davon|de ellos|d['’]entre eux)\s+)?"
    r"(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros)\s+)?"
    r"(?:(?:sit|are|lie|liegen|stecken|entfallen auf|sont|se trouvent|están|se encuentran)\s+(?:in|im|auf die|dans|en)\s+"
    r"(?:the\s+|den\s+|die\s+|les\s+|los\s+|las\s+|la\s+)?|d['’]|de\s+|des\s+|"
    r"auf\s+(?:die\s+|den\s+)?)"  # (the verb before: 'davon entfallen allein 170 Millionen auf die Embeddings')
    r"(?:embeddings?|Embedding\w*|plongements?|vocabul\w*|Vokabular)",
    re.IGNORECASE,
)

CHIP_BEFORE = re.compile(r"\b(?:Ascend|Kunlun\w*|Snapdragon|Dimensity|Exynos|Gaudi)[ -]?$")

WHOLE_SUM_BEFORE = clauses.TOTAL_RIGHT_BEFORE


# 'Aunque el nombre sugiere 56.000 millones': what a name seems to say, not a count
NAME_SUGGESTS_BEFORE = re.compile(
    r"\b(?:the name|its name|der Name|le nom|son nom|el nombre|su nombre)\s+(?:\w+\s+){0,2}?"
    r"(?:suggests?|implies|implied|suggested|nahelegt|suggeriert|suggère|laisse penser|sugiere|hace pensar en)"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# a part given as a share of the whole right after it: '41.943.040 parámetros, apenas un 0,52 % del total'
SHARE_AFTER = re.compile(
    r"\s*(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros)\s*)?[,(–—-]\s*"
    r"(?:(?:rund|etwa|about|roughly|just|only|apenas|environ|à peine|nur|knapp|gerade|un|une|some)\s+){0,2}"
    r"\d+(?:[.,]\d+)?\s?(?:%|Prozent|percent|por ciento|pour cent)"
    # (not a comparison: 'DistilBERT, con 66 millones de parámetros, un 40 % menos que BERT')
    r"(?!\s*(?:menos|más|fewer|more|less|smaller|larger|weniger|mehr|kleiner|größer|moins|plus)\b)",
    re.IGNORECASE,
)
# a LoRA's rank: 'Mit Rang r = 16', 'Con r=64'
LORA_RANK = re.compile(r"\b(?:r|rank|Rang)\s?=\s?\d{1,3}\b")


# what a change takes away: 'a change that trimmed almost a billion parameters from the original'
# what a chip or a card can hold, not a model's size: 'jusqu'à 70 milliards de paramètres par carte'
PER_DEVICE_AFTER = re.compile(
    r"\s+(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros)\s+)?"
    r"(?:par|per|pro|por)\s+(?:carte|card|chip|puce|Karte|Chip|tarjeta|GPU|accelerator|accélérateur|acelerador|device)\b",
    re.IGNORECASE,
)
# a difference: 'rund 150 Milliarden Parameter weniger', '100 billion fewer parameters', '150 milliards de moins'
# (not 'more or less', 'plus ou moins': an approximation)
DIFFERENCE_AFTER = re.compile(
    r"\s+(?:(?:parameters?|Parameter\w*|paramètres|parámetros)\s+)?"
    r"(?:weniger|mehr|fewer|more|less|menos|más|de moins|de plus)\b"
    r"(?!\s+(?:or less|or fewer|oder weniger|o menos|ou moins)\b)"
    # 'war mit 175 Milliarden Parametern mehr als dreizehnmal so groß': a ratio follows, the figure is the size
    r"(?!\s+(?:als|than|que)\s+(?:\w+\s+)?\w*(?:mal|times|fois|veces)\b)",
    re.IGNORECASE,
)
REMOVED_BEFORE = re.compile(
    # (a verb, not 'a trimmed 13-billion-parameter version', nor 'added 1 billion ... models': released)
    r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:trimm(?:ed|ing|s)|shav(?:ed|es|ing)|remov(?:ed|es|ing)|strip(?:ped|s)|"
    r"eingespart|gespart|entfernt|spart|économis\w*|retir\w*|supprim\w*|ahorr\w*|elimin\w*|"
    # or gained: 'the newer core model gained two billion parameters', 'wuchs um 2 Milliarden', 'ganó 2.000 millones'
    r"gain(?:ed|s|ing)|gr[eo]w(?:n|s)? by|wuchs um|gewachsen um|(?:a )?gagn[ée]|gan[óa]|creci[óo] en)"
    rf"\s+(?:(?:{clauses.APPROX_WORDS}|almost|nearly|some|over|more than|fast|knapp|presque|casi)\s+)?$"
)


# a sentence or a quotation that opens on a plural class of models and its size
CLASS_OPENS_BEFORE = re.compile(
    r"(?:^|[«\"„“:]\s*)(?:(?:los|les|die|the|des)\s+)?(?:[Mm]odels|[Mm]odelos|[Mm]odèles|Modelle|LLMs)\s+"
    rf"(?:with|con|de|avec|mit|of|von)\s+{clauses.APPROX_SLOT}$"
    # a sentence that opens on a bound: 'Past roughly 100 billion parameters, data matters more', 'Au-delà de 100
    # milliards de paramètres, il faut un petit centre de calcul'
    rf"|^\s*[«\"„“]?\s*Au-delà d['’]\s*{clauses.APPROX_SLOT}$"  # '« Au-delà d'une vingtaine de milliards'
    r"|^\s*[«\"„“]?\s*(?:Au-delà d(?:e|es)|Au-dessus de|En dessous de|En deçà de|Passé|Jenseits von|Oberhalb von|Unterhalb von|Ab|"
    rf"Beyond|Past|Más allá de|Por encima de|Por debajo de|A partir de)\s+{clauses.APPROX_SLOT}$"
)
# a rule's or a tender's limit, no model's size: 'sous le plafond de 10 milliards', 'the 15-billion-parameter
# limit', '13 Milliarden – Parameter beträgt die Obergrenze' (not the French milestone 'franchir le cap des')
LIMIT_BEFORE = re.compile(
    r"\b(?:Obergrenze|Höchstgrenze|limit|ceiling|plafond|límite|tope|threshold|seuil|Schwelle|Schwellenwert|umbral)"
    r"\s+(?:von|bei|of|at|de|des|du|del|à|en)\s+"
    rf"{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)
LIMIT_AFTER = re.compile(
    r"[\s–—:-]*(?:(?:Parameter\w*|parameters?|paramètres|parámetros)[\s-]+)?(?:(?:beträgt|is|was|est|es)\s+)?"
    r"(?:(?:die|the|le|la|el)\s+)?(?:Obergrenze|Höchstgrenze|limit|cap|ceiling|plafond|límite|tope|threshold|seuil|"
    r"Schwelle|umbral)\b",
    re.IGNORECASE,
)
# 'at most' or 'at least' before a figure a tender or a rule asks for: 'das Modell dürfe höchstens 7 Mrd. Parameter haben'
CAPPED_BEFORE = re.compile(
    r"\b(?:höchstens|maximal|at most|no more than|au plus|au maximum|como máximo|no más de|un máximo de|"
    # or at least: 'a consortium's flagship must have at least 100 billion parameters to qualify'
    r"at least|mindestens|au moins|al menos|como mínimo)\s+$",
    re.IGNORECASE,
)
# 'up to' a figure in a sentence on what hardware can run: 'soll Modelle bis 70 Milliarden Parameter stemmen', 'peut
# exécuter des modèles comptant jusqu'à 180 milliards', 'will push the single-rack limit to one trillion'
UP_TO_BEFORE = re.compile(
    rf"\b(?:bis(?: zu)?|up to|jusqu['’]à|hasta|limit to|Grenze auf|limite à|límite a)\s+{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)
# (the machine that holds the model, so not the model's own 'bis zu acht Milliarden', which 'bewältigt' talks, nor a
# family that 'runs from 135M up to 1.7B'; German compounds too: 'Nachfolgechip', 'Grafikkarte')
MACHINE_WORD = re.compile(
    r"\b(?:racks?|chips?|puces?|accelerators?|accélérateurs?|aceleradores?|servers?|serveurs?|servidores?|GPUs?|"
    r"cards?|cartes?|tarjetas?)\b|\b\w*(?:chips?|Chips?|[bB]eschleuniger\w*|[kK]arten?|Server\w*)\b"
)
REQUIRED_LOW = re.compile(
    r"\b(?:dürfe|darf|dürfen|verlang\w*|gefordert\w*|ausschreibung\w*|vorgabe\w*|must|required?|requirement\w*|"
    r"tender\w*|specification|doit|devra|exig\w*|requis\w*|appel d'offres|cahier des charges|debe|deberá|pliego|"
    r"licitación)\b"
)
# a model of some size that a named one is compared with, itself unnamed: 'ten times less hungry than a model of
# 15 billion', 'sparsamer als ein Modell mit 15 Milliarden', "moins gourmand qu'un modèle de 15 milliards"
THAN_A_MODEL_BEFORE = re.compile(
    # (a comparative before 'als', 'que': not "montre qu'un modèle de 70 milliards ...", a clause it opens)
    r"(?:\bthan|\b[^\W\d]{3,}er\s+als|\b(?:mehr|weniger)\s+als|\b(?:plus|moins|mieux|pire|más|menos|mejor|peor|"
    r"mayor|menor)\b[^.;:]{0,40}?(?:\bque|\bqu['’])|\bdan)\s*(?:an?|ein|eine[mnrs]?|une?|uno?|una|een)\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:model|Modell|modèle|modelo|LLM)\s+(?:of|with|mit|von|de|con|à|van)\s+"
    r"(?:(?:about|around|rund|etwa|environ|unos|some)\s+)?$",
    re.IGNORECASE,
)
# what sets a figure against the one before in the same terms: 'rather than 300bn', 'against roughly 300 billion'
CONTRAST_BETWEEN = re.compile(
    r"[^.;:()|\d]{0,50}?\b(?:rather than|instead of|against|versus|vs\.?|compared with|compared to|statt|anstatt|"
    r"gegenüber|plutôt que|contre|au lieu de|en lugar de|frente a|en vez de)\s+(?:(?:the|los|las|les|die|den)\s+)?"
    + clauses.APPROX_SLOT,
    re.IGNORECASE,
)
TOKENS_NOUN = re.compile(r"\b(?:tokens?|Token\w*|jetons?|palabras|words|Wörter\w*|mots)\b", re.IGNORECASE)

# whichever of two sizes: 'ob nun 7 oder 700 Milliarden', 'whether it has 8 or 80 billion', 'qu'il fasse 7 ou 700
# milliards' (lower-case, for the lowered text): no model's size, though a question ('whether GPT-4 really has
# 1.8 trillion') still names one
WHICHEVER_LOW = re.compile(
    # (a decimal comma is no clause's end: 'Ob das Ding 2,4 oder 24 Milliarden Parameter hat')
    r"\b(?:whether|ob|qu['’](?:il|elle)s?\s+(?:y\s+)?(?:ait|aient|fasse|fassent))\b(?:[^,;:]|(?<=\d),(?=\d))*$"
)
OR_PAIR_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+)?(?:oder|or|ou|o)\s+(?:\d|[^\W\d]+\s+(?:Milliarden|Millionen|billion|million|milliards|"
    r"millions|mil millones|millones)\b)",
    re.IGNORECASE,
)
OR_PAIR_BEFORE = re.compile(r"(?:\d|\b[^\W\d]+)\s+(?:oder|or|ou|o)\s+$", re.IGNORECASE)
