"""The patterns and word lists that decide which model a figure belongs to: comparisons, successors,
derivations, licences, kinds of model, anaphors, predecessors and hearsay."""

from __future__ import annotations

import re

from claimwatch.extract import clauses, cues

# ---- a name in the figure's sentence, and how it stands to the figure ----

_RESPECTIVELY_WORDS = r"respectively|respectivement|respectivamente|rispettivamente"
RESPECTIVELY = re.compile(rf"\b(?:{_RESPECTIVELY_WORDS}|beziehungsweise|bzw\.)", re.IGNORECASE)
# 'respectively' by the list it pairs: after it ('... 7 and 13 billion parameters respectively') or before it
RESPECTIVELY_AFTER = re.compile(
    rf"(?:\s*(?:de\s+|of\s+)?[\w-]*par[aáâ]m\w*(?:\s+[^\W\d]+)?)?\s*,?\s*(?:{_RESPECTIVELY_WORDS}|jeweils)\b",
    re.IGNORECASE,
)
RESPECTIVELY_BEFORE = re.compile(
    rf"\b(?:{_RESPECTIVELY_WORDS}|jeweils|beziehungsweise)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# a relative clause set off by commas before a figure: 'GPT-4, which DBRX does not beat, is rumoured to have ...'
EMBEDDED_RELATIVE = re.compile(
    r",\s*(?:which|who|whom|die|der|das|den|dem|qui|que|dont|lequel|laquelle|el cual|la cual)\s[^,.;:()]{1,60}?,"
    # (not one whose last name an apposition sizes: 'Bard, que se lanzó sobre LaMDA, un modelo de 137.000 millones')
    r"(?!\s*(?:an?|the|un|una|uno|el|la|los|las|le|les|une|ein|eine|einem|einer|der|die|das)\s)"
)


LIST_LEAD = re.compile(
    r"[^,;.–—:(]{0,40}?\s*[–—:(]\s*|"  # '... Parametern – ', ' parameters: '
    # '1.800 y 3.250 millones de parámetros en sus versiones Nano-1 y Nano-2', 'in its versions Nano-1 and Nano-2'
    r"[^,;.–—:(]{0,30}?\s(?:in|en|dans|im|in den)\s+(?:(?:its|their|sus|ses|leurs|seinen|ihren|the|les|los|las)\s+)?"
    r"(?:versions|variants|versiones|variantes|Versionen|Varianten|sizes|tailles|tamaños|Größen)\s+"
)


LIST_JOINT = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|,\s*(?:and|und|et|y)\b)\s*")


# 'a 500B-parameter LLM called MAI-1', 'the 1.5 billion of its predecessor, GPT-2'
NAMED_AFTER = re.compile(
    r"(?:called|named|dubbed|namens|genannt|nommé|baptisé|appelé|llamado|denominado)\s*$|"
    r"^\s*(?:[\w-]*param\w*\s+)?(?:of|de|du|von|des|del|di)\s+(?:its|su|son|sa|sein\w*|ihr\w*|their|leur)\s+"
    r"(?:predecessor|successor|predecesor|sucesor|prédécesseur|successeur|vorgänger\w*|nachfolger\w*|"
    r"predecessore|successore)\s*,\s*$|"
    # 'the 671 billion parameters of DeepSeek-V3', 'les 671 milliards de paramètres de DeepSeek-V3'
    r"^\s*(?:(?:de\s+)?(?:parameters|Parameter|paramètres|parámetros|parametri)\s+)?(?:of|de|von|del|di)\s+$|"
    # 'the 6.7-billion-parameter version of GPT-3', 'les 175 milliards du plus grand modèle GPT-3'
    r"^[-‑]?(?:\s*(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:version|variant|edition|Variante|"
    r"Version|versión|variante)\s+(?:of|de|von|del|des|du)\s+(?:the\s+)?$|"
    r"^\s*(?:of|du|del|des|von)\s+(?:the\s+|le\s+|el\s+|dem\s+)?(?:plus grand|largest|biggest|größten|mayor|más grande)"
    r"\s+(?:model\w*|modèle|modelo|Modells?)?\s*$|"
    # 'its own 280-billion-parameter Gopher', 'das 405-Milliarden-Parameter-Modell Llama 3.1'
    r"^[-‑](?:parameters?|Parameter)(?:[-‑](?:Modell|LLM|model))?[ \u00a0]+$|"
    # 'a trimmed 13-billion-parameter variant, Heron-2 Turbo,': the name in apposition after the noun
    r"^[-‑]?(?:\s*(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:[a-z][\w-]*\s+)?"
    r"(?:variant|version|model|sibling|edition|Variante|Version|Modell|modèle|variante|versión|modelo)\s*,\s*$|"
    # 'la cifra de 70.000 millones corresponde a Txingudi 2 Max', 'ce chiffre correspond en réalité à Codestral'
    r"^(?:\s*(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:corresponde|correspond|corresponds|"
    r"belongs|gehört|entspricht|pertenece|appartient)\s+(?:en réalité\s+|en realidad\s+|actually\s+|in fact\s+)?"
    r"(?:a|à|to|zu|al|au)\s+(?:(?:the|el|le|la|dem|der)\s+)?$|"
    # 'Un milliard de paramètres seulement : c'est la taille de Morlenn-Mini', 'that is the size of X'
    r"^(?:\s*(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros))?(?:\s+(?:only|seulement|solo|nur))?"
    r"\s*[:,–—-]?\s*(?:c['’]est|that['’]?s|that is|this is|es|ese es|das ist|so groß ist)\s+(?:la taille|the size|el tamaño|"
    r"die Größe)\s+(?:de|d['’]|of|del|von|des)\s*(?:(?:the|el|le|la|l['’])\s*)?$|"
    # 'les 1 800 milliards prêtés à GPT-4', 'the 1.8 trillion parameters attributed to GPT-4', 'au chiffre que la
    # rumeur prête à GPT-4', 'los 1,8 billones atribuidos a GPT-4'
    r"^(?:\s*(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:(?:[\w'’]+\s+){0,5}?"
    r"(?:que|that|which)\s+(?:la rumeur|the rumou?r|el rumor|rumou?rs?)\s+)?(?:attributed|ascribed|often attributed|"
    r"prêtée?s?|prête|prêtent|atribuid[oa]s?|atribuye|atribuyen)\s+(?:to|à|a|al|au)\s+(?:(?:the|el|le|la)\s+)?$|"
    # 'die Zahl von 1,76 Billionen Parametern stammt aus Gerüchten über den Vorgänger GPT-4', 'the 1.8 trillion
    # figure comes from rumours about GPT-4'
    r"^(?:\s*(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros))?\s+(?:[\w'’]+\s+){0,5}?"
    r"(?:Gerüchte\w*|rumou?rs?|rumeurs?|rumores|leaks?|fuites?|filtraciones|Spekulation\w*|speculation|"
    r"spéculations?|especulaciones)\s+(?:über|about|around|on|over|sur|autour de|sobre|acerca de|zu)\s+"
    r"(?:(?:den|die|das|dem|the|le|la|l['’]|el|los|les|its|seinen|seines|son|sa|su)\s+)?(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)


# 'La cifra de 70.000 millones, que tomamos de una diapositiva de la presentación, corresponde en realidad a X'
CORRESPONDS_PAST_CLAUSE = re.compile(
    r"^(?:\s*(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros))?\s*,[^,.;]{1,70},\s+"
    r"(?:corresponde|correspond|corresponds|belongs|gehört|entspricht|pertenece|appartient)\s+"
    r"(?:en réalité\s+|en realidad\s+|actually\s+|in fact\s+|eigentlich\s+|tatsächlich\s+)?"
    r"(?:a|à|to|zu|al|au)\s+(?:(?:the|el|le|la|dem|der)\s+)?$",
    re.IGNORECASE,
)


PAREN_OPEN = re.compile(
    r"\s*(?:(?:de\s+)?(?:parameters?|Parameter\w*|paramètres|parámetros|parametri)\s*)?\(\s*"
)


PAREN_CLOSE = re.compile(r"(?:[-‑_ ]?\d+(?:[.,]\d+)?[bBmM])?\s*\)")  # past the name's tag: '(gemma-2-9b)'


# a figure and the model it is given for: 'about 8B for GPT-4o-mini', 'rund 8 Mrd. für GPT-4o mini', 'atribuye
# unos 300.000 millones a o1-preview', 'attribue 300 milliards à o1-preview'
FOR_NAME = re.compile(
    r"\s*(?:(?:parameters?|Parameter|de paramètres|de parámetros)\s+)?"
    # 'La cifra de 1,8 billones que circula en internet para GPT-4': a short relative clause between
    r"(?:(?:figure\s+)?(?:that|which|que|qui|die|der)\s+(?:[^\W\d]+\s+){1,4}?)?(?:for|für|bei|pour|para|a|à)\s+"
    # ('about 175 billion for Anthropic's Claude 3.5 Sonnet')
    r"(?:(?:the|le|la|l['’]|el|das|den)\s*)?"
    # ('the ~1.8tn figure that circulated for the original GPT-4')
    r"(?:(?:original|first|earlier|ursprünglichen?|ersten?|premier|première|primer|primera)\s+)?"
    r"(?:[A-Z][\w-]*['’]s?\s+)?",
    re.IGNORECASE,
)


# between a name and the figure it owns: 'GPT-3 with its 175 billion', 'GPT-3 mit seinen 175 Milliarden'
OWNS_NEXT = re.compile(
    r"(?:['’]s\s+|\s*\(\s*|\s*,?\s*(?:with|mit|avec|con|at|bei|à|and|und)\s+|\s*,?\s*(?:et|y)\s+(?=(?:ses|sus|son|su)\s))"
    r"(?:(?:its|seinen|seiner|ihren|ses|sus|son|su|"
    rf"their|only|nur|just|{clauses.APPROX_WORDS})\s+)*",
    re.IGNORECASE,
)


AT_ONLY = re.compile(r"\s*(?:at|à|bei)\s+(?:\w+\s+)?")  # 'three times the size of GPT-3 at 540 billion'


SIZE_OF_AT = re.compile(rf"\s*(?:at|à|en|auf|bei|:)\s+(?:some\s+)?{clauses.APPROX_SLOT}")


TIMES_BEFORE = re.compile(
    r"\b(?:times|fois|veces|mal|twice|double|doble|half|moitié|mitad)\b"
)  # '3 times the size of'


SIZE_OF_LOW = re.compile(
    r"\b(?:the size of|la taille de|el tamaño de|die größe von|el de|celle de|that of)\s+$"
)


RELATIVE_START = re.compile(
    r"\s*(?:of which|davon|wovon|von denen|dont|de los cuales|de las cuales|di cui|waarvan|which|that|who|whose|die|der|das|welche[rs]?|qui|que|lequel|laquelle|dont|cuyo|cuya|el cual|"
    # (and the relative in another case: 'GPT-4, dem Gerüchte 1,76 Billionen zuschreiben', 'to which')
    r"la cual|che|il quale|dem|denen|dessen|deren|to which|for which|whom|auquel|à laquelle|à qui|al que|a la que|al cual|a quien)\b",
    re.IGNORECASE,
)


DETERMINER_START = re.compile(
    r"\s*(?:a|an|the|its|un|une|uno|una|el|la|le|il|lo|ein|eine|einen|einem|der|die|das|een|het|um|uma|"
    r"this|that|ce|cet|cette|este|esta|ese|esa|dieses|diese|dieser)\b",
    re.IGNORECASE,
)


# 'DeepSeek-Coder-V2, dont la version Lite, avec 16 milliards', 'Une déclinaison « Lite » se contente de 16 milliards'
_TIERS = "Lite|Mini|Small|Medium|Large|Pro|Max|Ultra|Nano|Flash|Plus|Turbo"
# 'la version Lite', and the tier first: 'unsere Mini-Variante', 'the Pro version'
TIER_VARIANT = re.compile(
    rf"\b(?:version|variant|variante|déclinaison|Version|Variante|versión)\s+[«\"“„]?\s?(?P<tier>{_TIERS})\b\s?[»\"”“]?|"
    rf"\b(?P<first>{_TIERS})[-‑ ](?:version|variant|Version|Variante)\b|"
    # the second of two tiers, bare: 'la versión Large, con 8.100 millones, y la Medium, con 2.500'
    rf"\b(?:y|and|und|et)\s+(?:la|el|die|der|das|le|the)\s+(?P<bare>{_TIERS})\b(?=\s*,)|"
    # a lower-case size word given as the variant's name: '„tiny“ genannt', 'baptisée « tiny »', 'called "tiny"'
    r"(?:\b(?:called|named|dubbed|baptisée?|appelée?|llamad[ao]|denominad[ao])\s+)[«\"“„]\s?"
    r"(?P<named>tiny|base|small|medium|large|turbo)\s?[»\"”“]|"
    r"[«\"“„]\s?(?P<quoted>tiny|base|small|medium|large|turbo)\s?[»\"”“]\s+genannt|"
    # or after 'size': 'Whisper, de OpenAI, en su tamaño medium, de 769 millones', 'in its small size'
    r"\b(?:size|tamaño|taille|Größe)\s+(?P<sized>tiny|base|small|medium|large|turbo)\b"
)


LICENCE_AFTER = re.compile(
    r"[ -](?:Community |Research |Open |Model )?(?:[Ll]icen[cs]es?|Lizenz\w*|licencias?|licenz[ae])\b"
)


# ---- a name that is not the figure's model: compared with, built on, succeeded, derived from ----

# 'the 405B model trails Orion-X': a name after a comparison word is the thing compared with
COMPARISON = re.compile(
    r"\b(?:than|behind|ahead of|hinter|vor|als|compared|versus|vs|against|gegen|que|qu['’]|contre|frente|like|wie|"
    r"comme|como|beats?|beating|outperform\w*|übertr\w+|schlägt|schlug|besiegt\w*|bat|battu|dépass\w*|surpass\w*|"
    r"supera\w*|vence\w*|rivals?|rivalis\w*|trails?|plantar cara|concurrencer|compete|konkurrieren|"
    r"above|below|ranked|ranks|devant|derrière|por encima|por debajo|"
    # 'guessed 100B to 150B, adding: "For reference, Llama 3.3 70B is slower"': a yardstick named after it
    r"for reference|zum Vergleich|(?:à titre de|par) comparaison|como referencia|en comparación|"
    r"(?:\w+mal|doppelt|halb) so (?:groß|gross|klein)e[nrs]?)\b",
    re.IGNORECASE,
)


# a name right after a comparison word is the thing compared with: 'beats Llama 3.1 8B', 'than GPT-4'
COMPARED_BEFORE = re.compile(
    r"\b(?:than|behind|ahead of|hinter|compared (?:with|to)|versus|vs\.?|against|gegen|contre|contra|frente a|beats?|"
    # a score set against another's: 'V3 obtiendrait 48,4 %, contre 45,3 % pour Claude 3.5 Sonnet'
    r"(?:against|gegen(?:über)?|contre|contra|frente a|versus|vs\.?)\s+[\d.,]+\s?(?:%|Prozent|points?|Punkte|puntos)?"
    r"\s+(?:for|pour|para|für|bei)|"
    r"beating|outperform\w*|übertr\w+|schlägt|surpass\w*|supera\w*|dépass\w*|rivals?|trails?|"
    # a size measured against another's ('a fifth the size of GPT-4'), not one misstated or never disclosed
    r"(?:times|twice|half|third|quarter|fifth|tenth|fraction of|double|triple|fois|veces|mitad del?)\s+"
    r"(?:the size of|la taille de|el tamaño de|tamaño de)|"
    r"as (?:large|big|small) as|so groß wie|superior a la del?|"
    # 'das viermal so große Gopher': a model named by how much bigger it is
    r"(?:\w+mal|doppelt|halb) so (?:groß|gross|klein)e[nrs]?\s+|"
    # the same as another: 'the same as the Llama 3 variant it is built on', 'l'architecture reste celle de V3'
    r"the same as|(?:le|la) même que|(?:el|la) mism[oa] que|(?:der|die|das)selbe wie|(?:celle|celui) de|"
    # ... with what is the same between: 'keeps the same 70 billion parameters as the Llama system it started from'
    # (a figure right after 'same': 'in the same league as Phi-3-mini (3.8B)' leaves Phi-3-mini its own figure)
    r"the same \d[\d.,]* (?:[\w.,]+ ){0,3}as(?: the)?|les mêmes \d[\d.,  ]* (?:[\w.,']+ ){0,4}que|"
    r"(?:los|las) mism[oa]s \d[\d.,]* (?:[\w.,]+ ){0,4}que|(?:dieselben|die gleichen) \d[\d.,]* (?:[\w.,]+ ){0,3}wie|"
    # a multiple of another model: 'six fois GPT-3', 'ten times GPT-3', 'seis veces GPT-3', 'zehnmal GPT-3'
    r"(?:\d+|\w+)\s?(?:times|fois|veces|mal)|"
    # the design a model borrows: 'décodeur causal (architecture Llama)', 'based on the Llama architecture'
    r"architecture|Architektur|arquitectura|architettura|"
    # whom a model is launched to take on: 'para plantar cara a Llama 3', 'pour concurrencer GPT-4o'
    r"plantar cara a|hacer frente a|competir con|rivalizar con|concurrencer|rivaliser avec|faire face à|"
    r"take on|compete with|challenge|Konkurrenz zu|konkurrieren mit|"
    # the yardstick a model is measured by: '"is what BLOOM should have been"', 'es lo que GPT-3 prometía'
    r"(?:is|was|are|were) (?:exactly |just )?what|(?:est|était) ce que|(?:es|era) lo que|(?:ist|war),? was|"
    # the base a model starts from: 'The Jais Adapted models start from Meta's Llama 2 ...; they come in 7B, 13B'
    r"start(?:s|ed)? from|fine-tuned from|derived from|basier\w* auf|reposent sur|se basan en|"
    # a model's former name: 'Kaelo – bis vergangene Woche als Nordlicht bekannt –', 'hasta ahora conocido como'
    rf"{cues.FORMER_NAME}|"
    # what a lab is famous for, as background: 'damals gefeiert für den Bildgenerator Stable Diffusion'
    r"(?:known for|famous for|bekannt (?:für|durch)|berühmt für|gefeiert für|connue? pour|célèbre pour|"
    r"conocid[oa] por|famos[oa] por)(?:\s+(?:its|their|seine[mn]?|ihre[mn]?|den|dem|the|le|la|el|su|sus|ses|son|sa)"
    r"(?:\s+[^\W\d][\w'’-]*){1,2})?)\s+"
    r"(?:(?:the|la|le|el|den|die|das|dem|der|l['’])\s*)?(?:[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)


COORDINATED = re.compile(
    r"(?:[\s-]*\d+(?:[.,]\d+)?[BMT]\b)?\s*(?:,|and|or|und|oder|et|ou|y|o|e)\s+", re.IGNORECASE
)


# 'its model, which is not GPT-4, has 70B': the name is what the subject is not
NOT_IDENTITY_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|ist|sind|war|waren|est|es|era|è|sia|zijn)\s+(?:not|nicht|kein\w*|pas|no|non|niet)"
    r"|\b(?:isn|wasn|aren)['’]t|\bn['’](?:est|était)\s+pas|\b(?:no|non)\s+(?:es|era|è)|"
    r"\b(?:das|der|die|welche[rs]?|which|that)\s+(?:nicht|not))"
    r"\s+(?:(?:the|a|an|das|der|die|ein|eine|le|la|un|une|el|il)\s+)?$",
    re.IGNORECASE,
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


# the German verb at the end: 'hat Mistral NeMo 12B auf acht Milliarden Parameter eingedampft'
AUF_BEFORE = re.compile(r"\bauf\s+(?:(?:nur|nur noch|rund|etwa|knapp|gut|ca\.)\s+)?$", re.IGNORECASE)
SHRUNK_AFTER = re.compile(
    r"\s*(?:Parameter\w*\s+)?(?:\w+\s+){0,2}?(?:eingedampft|geschrumpft|verkleinert|reduziert|gestutzt|"
    r"beschnitten|komprimiert|destilliert|abgespeckt|zusammengestrichen|zurechtgestutzt|zurechtstutzen|stutzen)\b",
    re.IGNORECASE,
)
# a named, sized model cut down to the figure, which is the size of what came out of it: "Meta's Llama 2 7B could
# be cut down to models of 1.3bn", 'reducía Llama 2 7B a 2.700', 'ramener Llama 2 de 7 milliards à 2,7'
SHRUNK_SOURCE_AFTER = re.compile(
    r"(?:[-‑ ]\d+(?:\.\d+)?[BbMm])?\s+(?:(?:could|can|was|were|is|are|has|have|had)\s+)?(?:been\s+|be\s+)?"
    r"(?:cut|pared|pruned|shrunk|shrank|reduced|compressed|trimmed|slimmed|distilled)(?:\s+(?:down|back))?\s+"
    r"(?:to|into)\s+(?:(?:models?|versions?|variants?)\s+(?:of|with)\s+)?(?:(?:just|only|around|about)\s+)?$",
    re.IGNORECASE,
)
# smaller models cut out of a named one: 'schnitten aus Llama 2 7B zwei kleinere Modelle mit 1,3 und 2,7 Milliarden'
CUT_OUT_OF_BEFORE = re.compile(r"\b(?:aus|out of)\s+$")
CUT_OUT_AFTER = re.compile(
    r"(?:[-‑ ]\d+(?:\.\d+)?[BbMm])?\s+(?:[\w-]+\s+){0,3}(?:models|Modelle|versions|Versionen|variants|Varianten)\s+"
    r"(?:mit|with|of|von)\s+(?:(?:just|only|nur|rund|etwa)\s+)?$"
)
SHRINK_VERB_BEFORE = re.compile(
    r"\b(?:reduc\w*|recort\w*|comprim\w*|ramen\w*|rédui\w*|compress\w*|shrink\w*|shrank|cut|prune[sd]?|"
    r"reduce[sd]?|trimm\w*)\s+(?:(?:a|el|la|le|les|the)\s+)?$",
    re.IGNORECASE,
)
SHRUNK_TO_AFTER = re.compile(
    r"(?:[-‑ ]\d+(?:\.\d+)?[BbMm])?\s+(?:de\s+[\d.,\s\u00a0]+(?:milliards?|mil millones|millones)\s+)?"
    # ('que recortaba Llama 2 7B hasta obtener versiones de 1.300 y 2.700 millones')
    r"(?:a|à|to|down to|hasta(?: obtener| dejarlo en)?(?: (?:versiones|modelos|variantes) de)?)\s+"
    r"(?:(?:just|only|around|about|unos|environ|seulement)\s+)?$",
    re.IGNORECASE,
)


# the model a larger one is distilled into: 'in einen 8B-Schüler destilliert', 'distilled it into an 8B student'
INTO_BEFORE = re.compile(
    r"\b(?:into|in einen|in ein|dans un|en un|vers un|auf ein|to a|hacia un)\s+(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
DISTILLED = re.compile(r"distill|destill|distillé|destilad|prun|élagu|podad", re.IGNORECASE)


COMPARED_LOW, NOT_IDENTITY_LOW, DERIVED_LOW = map(
    cues.lowered, (COMPARED_BEFORE, NOT_IDENTITY_BEFORE, DERIVED_BEFORE)
)


MODIFIER_AFTER = re.compile(
    r"[-‑](?:Modell\w*|basiert\w*|based|class|Klasse|like|style|artig\w*|type)\b", re.IGNORECASE
)


# what another model was made from: 'DALL-E was a 12-billion-parameter version of GPT-3' (but 'the 6.7-billion-
# parameter version of GPT-3' is one of GPT-3's own)
A_VERSION_OF = re.compile(
    r"\b(?:an?|eine[rn]?|une|una|un)\s+[\w.,‑-]{0,40}?[\s-]version\s+(?:of|von)\s+$"
    # 'una versión comprimida de BERT-base', 'une version allégée de Llama 3.1'
    r"|\b(?:une|una|un)\s+(?:versi[oó]n|variante)(?:\s+[\w‑-]+){0,2}?\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)


# the model another is built on: 'based on', 'basiert auf', 'repose sur', 'basado en', 'on top of'
BASE_BEFORE = re.compile(
    r"\b(?:based on|built on(?: top of)?|on top of|fine-tuned from|derived from|starts? from|started from|"
    r"basiert auf|baut auf|aufbauend auf|"
    r"auf Basis von|basée?s? sur|repos(?:e|er|era|ent|eront|erait) sur|s'appuie sur|basad[oa]s? en|se basa en|"
    r"construid[oa]s? sobre|partirá de|partiría de|partió de|partieron de|partira de|partirait de|est parti de|"
    r"bâtie?s? sur|construite?s? sur|"
    r"dérivée?s? de|derivad[oa]s? de|construit\w* à partir de|construid[oa]s? a partir de|built from|"
    # (and the second of two: 'basada en Qwen y Llama', 'dérivées de Qwen et de Llama')
    r"abgeleitet von|obtenid[oa]s? a partir de|obtenu\w* à partir de|obtained from|upcycled from|gewonnen aus|"
    # 'Das Siegermodell X ist eine Weiterentwicklung von Qwen2.5-14B', 'se construyó sobre Llama 2'
    r"Weiterentwicklung (?:von|des)|(?:se )?construyó sobre|se basó en|built upon)"
    r"\s+(?:(?:the|dem|der|des|le|la|el)\s+|l['’])?(?:[\w.-]+\s+(?:and|und|et|y|e)\s+(?:(?:de|of|von)\s+)?)?"
    # (a kind before the name: 'baut auf dem Bild-Sprach-Modell PaLI-X auf', 'built on the vision-language model X',
    # 'dérivé de l'architecture RoBERTa')
    r"(?:[\w-]*(?:Modell|model|modèle|modelo|architecture|Architektur|arquitectura)\s+)?"
    # (and its maker's possessive: 'fine-tuned from Meta's Llama 3 8B', 'baut auf Googles Gemma 2 auf')
    r"(?:(?-i:[A-Z])[\w.-]*(?:['’]s|s)\s+)?$",
    re.IGNORECASE,
)


# 'affirme battre Llama 4 avec un modèle de 24 milliards': the figure is the challenger's own model's
WITH_OWN_MODEL = re.compile(
    r"\s+(?:with|avec|mit|con)\s+(?:a|an|its|their|un|une|son|sa|leur|einem|seinem|ihrem|su|sus)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:model|modèle|Modell|modelo)\s+(?:of|with|de|d['’]|mit|von|con)\s*"
    r"(?:(?:only|just|seulement|à peine|nur|gerade|solo|apenas)\s+)?",
    re.IGNORECASE,
)
# the verbs of beating a rival that COMPARED_BEFORE leaves out, as they also tell a story's past ('battait Gopher')
BEAT_BEFORE = re.compile(
    r"\b(?:batt(?:re|ait|u|ant)|bat|surclass\w*|superar|vencer|derrotar|schlagen|besiegen)\s+(?:a\s+|al\s+)?"
    r"(?:(?:the|le|la|l['’]|el)\s*)?$",
    re.IGNORECASE,
)


# a name given as what a new model follows: 'a successor to ESM3 with 400 billion' names no model of its own
SUCCESSOR_TO = re.compile(
    r"\b(?:successor to|successor of|Nachfolger (?:von|für|des)|successeur de|sucesor de|sucesor del)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a size written short that a model follows or replaces: 'Mistral NeMo, le 12B qui veut succéder au 7B'
SUCCEEDED_SIZE_BEFORE = re.compile(
    r"\b(?:succeed|succeeds|replace|replaces|successor to|succéder (?:à|au)|succède (?:à|au)|remplacer|remplace|"
    r"successeur du|ersetzen|ersetzt|Nachfolger des|sustituir al?|sustituye al?|reemplazar al?|reemplaza al?|"
    r"sucesor del)\s+(?:(?:the|its|le|la|l['’]|den|das|el|su|seinen|sein)\s*)?$",
    re.IGNORECASE,
)


RELATIVE_AFTER = re.compile(
    r",?\s*(?:which|that|who|das|der|die|qui|que|dont|cuyo|cuya|che)\b", re.IGNORECASE
)


# ---- a kind of model, not a named one ----

GENERIC_PLURAL = re.compile(
    r"\b(?:models|Modelle|Modellen|modèles|modelos|modelli|modellen|LLMs|systems|Systeme|systèmes|sistemas|"
    r"students|Schülermodelle|élèves|estudiantes)\s+"  # a distillation's 'des élèves de 0,5 à 1,5 Md'
    r"(?:(?:with|mit|avec|de|con|of|met|von der Größe|von der Grösse|der Größe)\b|d['’]|"
    # 'for models up to about 32B parameters', 'Modelle über 100 Milliarden', 'Modellen bis maximal 2 Milliarden'
    r"(?:up to|bis zu|bis maximal|bis höchstens|jusqu['’]à|hasta|under|unter|over|über|above|around|about)\s+"
    r"(?:(?:about|around|rund|etwa|environ|unos)\s+)?\d)",
    re.IGNORECASE,
)


# 'models with 7B parameters', 'Modelle mit bis zu 3 Milliarden': sizes of a kind of model
GENERIC_PLURAL_BEFORE = re.compile(GENERIC_PLURAL.pattern + r"(?:\s+[^\W\d]+){0,3}\s*$", re.IGNORECASE)


# 'a 12.9B model', 'un modèle avec moins de 3 milliards': a kind of model, not a named one
GENERIC_BEFORE = re.compile(
    r"(?:\b(?:a|an|ein|eine|einem|einen|un|une|uno|una|een|um|uma|any|other|jeder|tout)\s+(?:\w+\s+){0,2}?"
    # ('ein NPC-Modell mit 14 Milliarden': a compound too; but 'Eine Coder-Variante mit 32 Mrd.' is a named tier)
    r"(?:(?:\w+[-‑])?(?:model|Modell|modèle|modelo|modello|LLM)|network|Netz\w*|réseau|red|variant|Variante|version|"
    r"versión)\b[^,.;()]{0,25}"
    r"|\b(?:other|andere[nr]?|autres|otros)\s|\b(?:one|uno|una|une|eines?|één)\s+(?:of|de|van)\s"
    # '... costs more than one with 110 billion', 'más que uno con 8.000 millones' ('two versions, one with' names)
    r"|\b(?:than|als|que|qu['’]|como)\s+(?:one|uno|una|celui|celle|eine[sm]?|einer)\s+(?:with|con|avec|mit)\s+"
    r"(?:[^\W\d]+\s+){0,2}?"
    # 'landen bei etwas mit 8 oder 9 Milliarden', 'acaban con algo de entre 8.000 y 30.000 millones': any model
    r"|\b(?:etwas|something|quelque chose|algo)\s+(?:mit|with|de|d['’]|con|of)\s+(?:entre\s+|zwischen\s+|between\s+)?"
    # 'un « professeur » de 70 milliards', 'a teacher with 70 billion'
    # (but not an approximation after the preposition 'a': 'elevó la cifra a cerca de 1,8 billones')
    r"|\b(?:a|an|un|une|ein|eine|einen|einem|uno|una)\s+[«\"“„]?\s*"
    # (nor a figure's own noun: 'a figure of 1.76 trillion has also circulated', 'una cifra de 1,8 billones',
    # 'Mistral da un total de 46.700 millones')
    r"(?!(?:cerca|alrededor|près|environ|about|around|más|menos|plus|moins|mehr|weniger|casi|poco|figure|number|"
    r"estimate|guess|cifra|estimación|chiffre|estimation|Zahl|Schätzung|total|Gesamt\w*)\b)[^\W\d]+"
    r"\s*[»\"”“]?\s+(?:of|de|d['’]|with|mit|avec|con|von)\s+)$",
    re.IGNORECASE,
)


# 'a well-trained 27B model', 'a 50-billion or a 500-billion-parameter network'
INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|un|une|ein|eine|einem|einen|uno|una|een|um|uma|the same|le même|la même|el mismo|la misma|"
    r"dasselbe|denselben|dieselbe|demselben|"
    # a model yet to come: 'expects the first 10-trillion-parameter model to be announced before 2027'
    r"the first|the next|le premier|la première|el primer|la primera|das erste|den ersten|der erste)"
    r"\s+(?:[\w’'-]+\s+)?$",
    re.IGNORECASE,
)


MODEL_NOUN_SOON = re.compile(
    r"[^,;.]{0,45}?\b(?:model|LLM|Modell|modèle|modelo|modello|network|one)\b", re.IGNORECASE
)


THE_BEFORE = re.compile(
    r"\b(?:the|these|its|their|our|both|die|diese|seine|ihre|beide|les|ces|ses|leurs|los|las|estos|sus)\s+$",
    re.IGNORECASE,
)


PLURAL_MODELS_AFTER = re.compile(
    r"[\s-]*(?:(?:param\w*|Param\w*)[\s-]+)?(?:models|Modelle|modèles|modelos|modelli|LLMs)\b"
)
# an unnamed model someone imagines: 'a student of around 3 billion parameters might close the gap', 'a
# 20-billion-parameter student would', 'A model of, say, 10 billion parameters needs' (before; then a modal after)
UNNAMED_BEFORE = re.compile(
    # (not what the subject is: 'It is a 20-billion-parameter model that would run on a laptop')
    r"(?<!\bis )(?<!\bwas )(?<!\bist )(?<!\bwar )(?<!\best )(?<!\bes )(?<!\bera )(?<!\bas )(?<!\bals )(?<!\bcomme )"
    r"(?<!\bcomo )\b(?:a|an|ein(?:e[mnr]?)?|une?|una?)\s+(?:[^\W\d]+\s+){0,2}?(?:(?:of|with|mit|von|de|con|à)\s+)?"
    rf"(?:,?\s*(?:say|let's say|sagen wir|disons|digamos)\s*,\s*)?{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)
MODAL_SOON = re.compile(
    r"[^.;:!?]{0,60}?\b(?:would|might|could|würde|würden|könnte|könnten|pourrait|pourraient|podría|podrían)\b",
    re.IGNORECASE,
)
EXAMPLE_BEFORE = re.compile(
    r",\s*(?:say|let's say|for example|for instance|sagen wir|zum Beispiel|beispielsweise|disons|par exemple|digamos|"
    rf"por ejemplo)\s*,\s*{clauses.APPROX_SLOT}$",
    re.IGNORECASE,
)
# 'The 70-billion-parameter class is where it gets interesting', 'die 7-Milliarden-Klasse': a class of models
CLASS_NOUN_AFTER = re.compile(
    r"[\s-]*(?:(?:param\w*|Param\w*)[\s-]+)?(?:class|Klasse|category|Kategorie|band|bracket|range|tier|segment|Segment|Bereich)\b"
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


# 'below 10 billion parameters', 'unter 3 Milliarden': a bound, not one model's size
THRESHOLD_BEFORE = re.compile(
    r"\b(?:below|under|beneath|fewer than|less than|en dessous de|au-dessous de|moins de|unter|unterhalb von|"
    r"weniger als|por debajo de|menos de"
    # any model past a size: 'anything much above 4 billion parameters', 'cualquiera por encima de los 1.000 millones'
    r"|(?:anything|any model|everything|cualquiera|cualquier modelo|tout modèle|n['’]importe quel modèle|alles|jedes Modell)"
    r"\s+(?:\w+\s+){0,2}?(?:above|over|beyond|past|por encima de(?: los| las)?|más de|au-delà de|au-dessus de|plus de|"
    r"über|oberhalb von|jenseits von)"
    # a mark crossed: 'franchir la barre symbolique des mille milliards : 1 600 milliards'
    r"|barre(?: symbolique)? d(?:es|u)|(?:the|a) (?:\w+ )?(?:mark|threshold) of|(?:die|der) (?:\w+ )?(?:Marke|Schwelle) von"
    r"|(?:la|el) (?:\w+ )?(?:barrera|umbral) de(?: los)?)\s+(?:\w+\s+){0,3}?$",
    re.IGNORECASE,
)


WHOEVER = re.compile(r"\s*(?:Wer|Whoever|Anyone who|Quien|Quienes|Celui qui|Ceux qui|Chi)\b")


# 'Apple está desarrollando un modelo de ... medio billón de parámetros': a model still to be named
A_MODEL = re.compile(
    r"\b(?:a|an|ein|eine[nm]?|un|une|uno|una)\s+(?:[\w-]+\s+){0,2}?(?:model|Modell|modèle|modelo|modello|LLM)\b",
    re.IGNORECASE,
)


WITH_MODELS = re.compile(
    r"\s*(?:with|con|mit|avec|in)\s+(?:\w+\s+)?(?:models|modelos|Modellen|modèles|versions|versiones|Versionen)\b",
    re.IGNORECASE,
)


# what a model takes from another: its architecture or its inheritance ('fondée sur l'architecture à mélange
# d'experts de DeepSeek-V3', 'Al heredar la arquitectura ... de DeepSeek-V3')
INHERITED_FROM_BEFORE = re.compile(
    r"\b(?:architecture|Architektur|arquitectura|architettura|hered\w+|inherit\w*|erb\w+|hérit\w+)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:de|of|from|von|des|d['’]|del)\s*$",
    re.IGNORECASE,
)


# a landmark in time, no model a figure could belong to: 'su primer modelo de pesos abiertos desde GPT-2'
SINCE_BEFORE = re.compile(
    r"\b(?:first|erste[sn]?|erstmals|premier|première|primer|primera)\s[^.;:]{0,40}\b(?:since|seit|depuis|desde)\s+"
    r"(?:(?:the|dem|le|la|el|l['’])\s*)?$",
    re.IGNORECASE,
)
# nor the subject of a sentence: 'Seis años después de GPT-2, la empresa publicó gpt-oss-120b' (though a size
# said of it is its own: '... después de GPT-2, aquel modelo de 1.500 millones')
# 'Trois mois après le lancement de ChatGPT', 'Tras el lanzamiento de ChatGPT': the event, dated by a model
_EVENT_OF = (
    r"(?:launch|release|arrival|debut|start|Veröffentlichung|Erscheinen|lancement|sortie|arrivée|lanzamiento|"
    r"llegada|salida)\s+(?:of|von|des|de|du|del)\s+"
)
AFTER_TIME_BEFORE = re.compile(
    r"\b(?:years?|años|Jahre\w*|ans|months?|meses|Monate\w*|mois)\s+(?:después de|after|nach|après)\s+"
    rf"(?:(?:the|dem|le|la|el|l['’])\s*)?(?:{_EVENT_OF})?$"
    rf"|\b(?:after|nach|après|tras|después de)\s+(?:the|dem|der|le|la|el|l['’])\s*{_EVENT_OF}$",
    re.IGNORECASE,
)


# a model of some size a named one is set equal to: 'Borée-2 "égale un modèle de 70 milliards"', 'matches a
# 70-billion-parameter model', 'the power of a 400-billion-parameter model'
_EQUALS = (
    r"equals?|equalled|match(?:es|ed)?|rivals?|égale\w*|vaut|valent|iguala\w*|equivale a|gleicht|entspricht|"
    r"comparable (?:to|à|a)|the power of|la puissance d['’]|la potencia de|die Leistung\s\w+"
)
EQUALS_A_MODEL_OF = re.compile(
    rf"\b(?:{_EQUALS})\s+[\"“«„]?\s*(?:a|an|un|une|einem|einen|uno|una)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:model|modèle|Modell|modelo|LLM)\s+(?:of|de|d['’]|mit|von|con|with)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
EQUALS_A = re.compile(
    rf"\b(?:{_EQUALS})\s+[\"“«„]?\s*(?:a|an|un|une|einem|einen|uno|una)\s+(?:\w+\s+)?$", re.IGNORECASE
)


# the model a figure's model starts from, named after the figure: 'Orca 2, publicado en versiones de 7.000 y
# 13.000 millones de parámetros a partir de Llama 2'
STARTS_FROM_BEFORE = re.compile(
    r"\b(?:a partir de|à partir de|ausgehend von|starting from)\s+$", re.IGNORECASE
)


# a part or tool named by a common noun after its size, set beside a model or opening a sentence: 'pairs
# PaliGemma with a 300-million-parameter "action expert"', 'and an 80-million-parameter policy', 'A
# 1-billion-parameter classifier it trained' (an apposition, 'Prompt Guard, an 86-million-parameter
# classifier', describes the name)
PART_LEAD = re.compile(
    r"(?:\b(?:with|mit|avec|con|plus|and|und|et|y|alongside|neben)\s+|[:(]\s*)"
    r"(?:a|an|ein|eine[mnr]?|un|une|uno|una)\s+(?:[^\W\d]+\s+)?$",
    re.IGNORECASE,
)
PART_OPENING = re.compile(r"(?:a|an|ein|eine[mnr]?|un|une|uno|una)\s+(?:[^\W\d]+\s+)?", re.IGNORECASE)
PART_NOUN_AFTER = re.compile(
    # (but 'comes with a 450-billion-parameter flagship', '... model', '... version' are the name's own)
    r"[-‑](?:parameters?|Parameter)\s+[\"“'«]?\s*(?!(?:version|variant|edition|size|flavou?r|checkpoint|release|"
    r"sibling|tier|option|flagship|model|Modell|LLM|one)s?\b)[a-zäöüéèáíóú]"
)


# a name listed: a comma or a conjunction after it (and its size tag)
LISTED_AFTER = re.compile(
    r"[^\s,]*\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\bor\b|\boder\b|\bou\b|\bo\b)\s", re.IGNORECASE
)


# nothing, or only the maker, between a name and the comma before its models: 'Pythia de EleutherAI,'
MAKER_THEN_COMMA = re.compile(
    r"(?:\s+(?:de|del|von|der|from|by|of|d['’]|des)\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)?\s*,?\s*"
)


# a sentence that opens with a size and judges it: 'Seventy billion parameters is a respectable model.'
EVALUATIVE_AFTER = re.compile(
    r"\s+(?:de\s+)?(?:parameters?|Parameter[n]?|paramètres|parámetros|parametri)\s*,?\s+"
    r"(?:is|are|was|would be|sounds?|seems?|sind|ist|wären|wäre|klingt|c['’]est|est|es|son|sería|parece|è)\b",
    re.IGNORECASE,
)


# a lab speaking of the model it made: 'we trained a 13B model', 'Entrenamos un modelo de trece mil millones'
WE_BUILT = re.compile(
    r"(?:\b(?:we|we['’]ve|we have|nous avons|hemos)\s+(?:\w+\s+)?(?:trained|built|developed|entraîné|développé|"
    r"construit|entrenado|desarrollado|construido)|\b(?:entrenamos|desarrollamos|construimos)|\bwir haben)\s+"
    r"(?:a|an|ein|eine[nm]?|un|une|uno|una)\s+(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


# a paper's authors speaking of their own model, which is not the one the related work named before
THIS_WORK = re.compile(
    r"\b(?:in this (?:work|paper|study)|in (?:dieser|der vorliegenden) (?:Arbeit|Studie)|"
    r"dans (?:ce|cet) (?:travail|article)|dans cette étude|en este (?:trabajo|artículo|estudio))\b",
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
    r"(?:model|Modell|modèle|modelo|generation|Generation|génération|generación)\b"
    # 'un laboratorio estadounidense cuyo modelo ...', 'a US lab whose model ...': a lab nobody names
    r"|\b(?:un|a|an|une|einem?|einer)\s+(?:[\w-]+\s+){0,2}?(?:laborato\w+|labs?|Labor|empresa|entreprise|company|"
    r"start-?up|rival|competitor|concurrent\w*|competidor)\s+(?:[\w-]+,?\s+){0,2}?(?:cuyo|cuya|dont l[ea]|whose|"
    r"dessen|deren)\s+(?:modelo|modèle|model|Modell)\b"
    # 'le modèle qui fait aujourd'hui tourner Apple Intelligence', 'the model that powers Siri': a product's model
    r"|\b(?:the|el|le|das|der|il)\s+(?:model|modelo|modèle|Modell|modello),?\s+(?:that|which|que|qui|das|den|che)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:powers|runs|drives|tourner|alimente|anime|impulsa|mueve|funcionar|antreibt|betreibt)\b"
    # "qu'Apple développe son propre modèle, qui ...": the lab's own model, another than the one named before
    r"|\b(?:son|sa|su|its|their|seine?[nm]?|ihre?[nm]?|eine?[nm]?)\s+(?:propre|propio|own|eigene[nms]?)\s+"
    r"(?:model|modelo|modèle|Modell)\b",
    re.IGNORECASE,
)


# ---- a sentence that names no model but speaks of one named before ----

ANAPHOR = re.compile(
    r"(?:^|\W)(?:it|its|the model|this model|this one|the new model|the system|the llm|"
    r"er|sie|sein\w*|ihr\w*|das modell|dieses modell|das neue modell|das system|dieses system|"
    r"the flagship|its flagship|[\w’']+ flagship|le système|el sistema|the parameter count|its parameter count|"
    r"die parameter(?:zahl|anzahl)|le nombre de paramètres|el número de parámetros|la taille du modèle|"
    r"the model['’]s size|the size of the model|die größe des modells|el tamaño del modelo|das (?:erste|zweite|dritte|größere|kleinere) modell|"
    # the model itself, as against what comes with it: 'Darin nennt DeepSeek für das eigentliche Modell 671 Milliarden'
    r"das (?:eigentliche|vollständige|komplette) modell|the (?:actual|full|main|core) model|"
    r"le modèle (?:principal|complet|lui-même)|el modelo (?:principal|completo|en sí)|"
    r"il|elle|le modèle|ce modèle|le nouveau modèle|celui-ci|"
    r"el modelo|este modelo|el nuevo modelo|cuenta con|tiene(?! sentido)|tendrá|contará|contaría|tendría|rondaría|"
    r"il modello|questo modello|het model|"
    # a clitic for the model before with a verb that sizes it: 'lo situó en torno a', 'l'estime à', 'le situe à'
    r"lo (?:sitú|situ|estim|cifr|calcul|coloc)\w* en|l['’](?:estim|évalu)\w* à|le situ\w* à|"
    # ... or that offers it in sizes: 'Google le décline aussi en 2 et 27 milliards', 'Meta lo ofrece en 8.000 y ...'
    r"l[ea] (?:décline|propose|distribue)\w* (?:aussi |également )?en|lo (?:ofrece|distribuye)\w* (?:también )?en)(?:\W|$)",
    re.IGNORECASE,
)


# a pronoun or noun that is the sentence's subject, not a possessive ('it', not 'its chips')
SUBJECT_ANAPHOR = re.compile(
    # (not 'quant à elle', which sets the sentence's own subject against another: 'Une offre ... réclame quant à elle')
    # (nor the impersonal 'heißt es', 'gibt es')
    r"\b(?:it|the model|this model|(?<!heißt )(?<!hieß )(?<!gibt )(?<!gab )es|er|il|(?<!quant à )elle|das modell|"
    r"dieses modell|le modèle|ce modèle|"
    r"el modelo|este modelo|il modello)\b",
    re.IGNORECASE,
)

# the family named before, opening the sentence: 'Die Familie umfasst drei Modelle mit 1,3, 8 und 34 Milliarden'
# (not one named here: 'La familia Tucán ...')
FAMILY_START = re.compile(
    r"\s*(?:The|This|Die|Diese|La|Cette|Esta) (?:model |Modell)?[Ff]amil(?:y|ie|ia)\b(?! [A-Z])"
)

# a sentence that describes the model named before: "Se trata de un modelo ...", "It is a model with ...", and
# where the pronoun is only in the verb, at the sentence's start: 'Es un modelo denso de 88.000 millones'
PREDICATIVE = re.compile(
    r"\b(?:se trata de|il s['’]agit d\w*|es handelt sich|handelt es sich|it is an?|it['’]s an?|this is an?|"
    r"c['’]est une?|het gaat om|si tratta di|the model is|das modell ist|le modèle est|el modelo es|es ist eine?|"
    r"the (?:flagship|largest|smallest|biggest|new|latest|top|base) (?:\w+ )?(?:is|was) an?)\b"
    r"|^\s*[«\"„“]?\s*Es una?\s",
    re.IGNORECASE,
)


# a demonstrative subject: the model named last, not the topic
THE_LATTER_WORDS = ("ce dernier", "cette dernière", "the latter", "este último", "esta última", "letzteres")


LATTER = re.compile(
    r"^\s*(?:Dieses|Dieser|Letzteres|Letzterer)\s+(?:hat|umfasst|besitzt|verfügt|kommt)\b"
    # 'That model has 671 billion parameters' after '... and 70.4% for the full DeepSeek-R1': the one named last
    r"|^\s*(?:That model|Ese modelo|Aquel modelo|Jenes Modell)\s"
    rf"|\b(?i:{'|'.join(THE_LATTER_WORDS)}|éste|Letzteres)\b"  # 'Ce dernier, ...' opens a sentence too
    # '... gegen GPT-4o mini abschneide. Jankowski schätzte dessen Größe auf ...': the noun named last
    r"|\b(?:[Dd]essen|[Dd]eren) (?:Größe|Parameterzahl|Parameteranzahl|Umfang)\b"
    # 'Mistral AI setzt bei Mixtral 8x7B auf ... Von dessen insgesamt 46,7 Milliarden Parametern sind ...'
    r"|^\s*(?:Von dessen|Von deren|Of its)\s",
)


# 'Both use 17 billion active parameters per token': the two models the sentence before named
BOTH = re.compile(r"\s*(?:Both|Beide|Les deux|Ambos|Ambas|Entrambi)\b")
BOTH_CLAUSE = re.compile(r"[;:,–—]\s*(?:both|beide|les deux|ambos|ambas|entrambi)\s", re.IGNORECASE)
# the family's other members, unnamed: 'its smaller siblings, at 8 billion and 70 billion', 'sus hermanos mayores, de
# 70.000 y 405.000 millones', 'une fratrie qui compte aussi des versions à 8 et 70 milliards', 'zu den Geschwistern mit'
SIBLINGS_BEFORE = re.compile(
    r"\b(?:siblings?|hermanos?|hermanas?|frères?|sœurs?|fratrie|Geschwister\w*|Schwestermodell\w*|Schwestern|"
    r"Brüder\w*)\b[^.;:!?()]{0,50}$",
    re.IGNORECASE,
)
# after a figure, two names it is shared by: '17 billion active in both Scout and Maverick', 'sowohl bei X
# als auch bei Y', 'à la fois X et Y', 'tanto en X como en Y'
BOTH_OPENS = re.compile(
    r"[^.;:!?\n]{0,50}?\b(?:both|sowohl|à la fois|tanto)\s+(?:(?:in|im|bei|für|chez|dans|de|du|en|para|the|dem|der)\s+)?$",
    re.IGNORECASE,
)
BOTH_JOINS = re.compile(
    r"\s+(?:and|als auch|et|como)\s+(?:(?:in|im|bei|für|chez|dans|de|du|en|para|the|dem|der)\s+)?",
    re.IGNORECASE,
)


CHANGE_BEFORE = re.compile(
    r"\b(?:increas\w*|grow\w*|grew|jump\w*|ris\w+|rose|rais\w*|boost\w*|expand\w*|scal\w*|leap\w*|go(?:es|ing)?|went|climb\w*|up|aumenta\w*|"
    r"pas(?:ar|ó|a)|creci\w*|salt\w*|steig\w*|stieg|wächst|wuchs|spr\w+|erhöh\w*|augment\w*|pass\w*|bondi\w*|"
    r"cresc\w*|aument\w*)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


PREDECESSOR_START = re.compile(
    r"\s*(?:The|Its|La|Le|Die|Der|Das|El|Su|Sa|Son|Sein|Ihr)\s+(?:(?:previous|prior|earlier|older|first|last)\s+"
    r"(?:generation|version|model)|predecessor|generación anterior|versión anterior|primera generación|"
    r"génération précédente|version précédente|première génération|prédécesseur|predecesor|"
    r"vorherige Generation|erste Generation|Vorgänger\w*)\b",
    re.IGNORECASE,
)


# 'its first release has 1.3 billion parameters and has not been named yet': a model with no name, not the one before
UNNAMED = re.compile(
    r"\b(?:has(?: still)? not (?:yet )?been named|(?:is|remains) (?:still )?unnamed|has no name yet|"
    r"(?:yet|still) to be named|(?:trägt|hat) (?:noch )?keinen Namen|noch (?:namenlos|ohne Namen)|"
    r"n['’](?:a|ont) pas encore (?:de nom|été (?:baptisé|nommé)e?s?)|encore sans nom|"
    r"(?:aún|todavía) (?:no tiene nombre|sin nombre)|sin nombre (?:aún|todavía))",
    re.IGNORECASE,
)


# talk that circulates, which is about the model the article is about
HEARSAY_ABOUT = re.compile(
    r"\b(?:circul\w*|kursier\w*|rumou?r\w*|gerücht\w*|rumeur\w*|rumor\w*|ist (?:teils |auch )?von .{0,60}die Rede|"
    r"évoqu\w+|in (?:den )?(?:Foren|sozialen Netzwerken)|(?:sur|on|en) (?:X|Reddit|les réseaux sociaux|redes sociales|foros)\b|"
    # a reporter's sources: 'citant huit sources proches du dossier', 'citing people familiar', 'unter Berufung auf'
    r"cit(?:ing|ant|ando)\s+(?:\w+\s+){0,3}(?:sources?|fuentes|personnes|people|personas|insiders?)|"
    r"unter Berufung auf|people familiar with|personnes proches|personas (?:cercanas|familiarizadas)|"
    # an outlet that spoke of a figure: 'El boletín habló de unos 1,8 billones', 'la note parlait de'
    r"\b(?:habl[óa]\w*|parl(?:ait|aient|e|é)|sprach\w*|spoke|talked)\s+(?:de|d['’]|von|of|about)\b)",
    re.IGNORECASE,
)


# 'the 8B model', 'das 8B-Modell', 'le modèle 8B': one of the sizes the article already gave a model
DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|this|that|das|dem|den|der|die|des|le|la|el|il|lo|het)\s+|\bl['’]"
    # 'El tamaño de 36B es una elección inteligente': the size just named
    r"|\b(?:size|tamaño|taille|Größe)\s+(?:of|de|du|von)\s+)$",
    re.IGNORECASE,
)


# the models just named, as a sentence's subject: 'The models come in 1B and 4B', 'Les modèles de 7 et 70 milliards'
DEFINITE_PLURAL_START = re.compile(
    r"\s*(?:Die|Diese|Beide|The|These|Both|Les|Ces|Deux|Los|Las|Estos|Ambos|I|Questi|"
    # the release's members counted: 'Two text-only models, at 1 billion and 3 billion parameters'
    r"Two|Three|Four|Zwei|Drei|Vier|Trois|Quatre|Dos|Tres|Cuatro)\s+(?:[^\W\d]+[\s-]+){0,2}?"
    r"(?:[\w-]*Modelle|models|modèles|modelos|modelli)(?:\s+(?:de|for|für|pour|para)\s+[^\W\d]+)?\s*,?\s+"
    # 'Los modelos de visión tienen 11.000 y 90.000 millones', 'The vision models have 11 and 90 billion'
    r"(?:with|mit|avec|de|con|of|at|à|have|haben|ont|tienen|comptent|cuentan con)\s+\d"
)
# 'zwei Vision-Modelle mit 11 und 90 Milliarden', 'two vision models with ...': members counted, not a kind
COUNTED_PLURAL_BEFORE = re.compile(
    r"\b(?:two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco)\s+"
    r"(?:[^\W\d]+[\s-]+){0,2}?(?:[\w-]*Modelle|models|modèles|modelos)\s*,?\s+(?:[^\W\d]+\s+){0,3}$",
    re.IGNORECASE,
)


# the figure itself named before it: 'Laut Heise liegt die Zahl deutlich niedriger, bei knapp 700 Milliarden'
# an estimator's verb right before the figure: 'SemiAnalysis estimó alrededor de 1,8 billones', 'kam auf rund 1,8
# Billionen', 'put it at roughly 1.8 trillion': the estimate is of the model the article is on
ESTIMATE_BEFORE = re.compile(
    r"\b(?:estimat\w*|estim[óa]\w*|estime\w*|a estimé|schätz\w*|calculat\w*|calcul[óa]\w*|put (?:it|them) at|"
    r"pegged (?:it|them) at|(?:kam|kommt|kommen|kamen) (?:[\w-]+ ){0,3}?auf|beziffert\w*|cifr[óa]\w*|"
    r"lo situ[óa]\w* en|lo sitú\w* en|le situ\w* à|placed it at|put it at|avanc(?:e|ent|ait|é)|avanz[óa]|"
    # a source that gives a figure: 'la consultora SemiAnalysis habló de unos 1,8 billones', 'sprach von'
    r"habl[óa]\w* de|spoke of|talked of|sprach\w* von|parl(?:ait|é|e) de|"
    # an analyst's own bet: 'qui table plutôt sur 250 à 400 milliards', 'rechnet eher mit', 'se inclina por'
    r"tabl(?:e|ent|ait) (?:plutôt |davantage )?sur|(?:rechnet|rechnen|rechnete|rechneten) (?:eher |vielmehr )?mit|reckons?|se inclin\w* por)"
    r"(?:\s+(?:at|auf|en|à|in|que|that|dass))?(?:\s+[\w-]+){0,4}?\s+$",
    re.IGNORECASE,
)
FIGURE_NOUN = re.compile(
    r"\b(?:die (?:offizielle |genaue |tatsächliche )?(?:Zahl|Größe)|seine Größe|"
    r"the (?:official |exact |real |actual )?(?:figure|number|size|count)|its size|"
    r"le chiffre(?: officiel| exact| réel)?|(?:la|sa) taille|la cifra(?: oficial| exacta| real)?|"
    r"(?:el|su) tamaño)\b(?! (?:total|totale|of|de|des|del|von)\b)",
    re.IGNORECASE,
)


# a sentence about the size of the model before: 'OpenAI hat die Größe nie genannt.', 'It never gave the size.'
# (searched in the lower-cased article: each sentence is asked)
ITS_SIZE_LOW = re.compile(
    r"(?:die größe|seine größe|die parameterzahl|the size|its size|the parameter count|la taille|sa taille|"
    r"el tamaño|su tamaño)\b(?! (?:of|de|des|del|von)\b)"
)


POSSESSIVE_PLURAL_BEFORE = re.compile(
    r"\b(?:its|sus|ses|seine[n]?)\s+(?:\w+\s+){0,2}?(?:models|modelos|modèles|Modelle|versions|versiones|"
    r"variantes|Varianten)\s+(?:de|of|von|mit|with|avec|con)\s+$",
    re.IGNORECASE,
)


SENTENCE_END = re.compile(r"[.!?…]\s")


# ---- an encyclopedia page's subject ----

# an encyclopedia page's title: 'Qhawax (modelo de lenguaje)', 'Mirevan (modèle de langage) — Wikipédia'
PAGE_TITLE = re.compile(
    r"(?m)^(?P<name>[^\W\d_][\w.-]*(?: [\w.-]+){0,2}) \([^)\n]*(?:model|modelo|modèle|Modell|LLM)[^)\n]*\)"
)


# a model the sentence brings in as one not named yet: 'auf ein On-Device-Modell mit', 'a model with'
INDEFINITE_MODEL_BEFORE = re.compile(
    r"\b(?:a|an|ein(?:em|en)?|une?|una?)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*Modell|model|modèle|modelo)\s+"
    # (an open one too: 'ByteDance puede publicar un modelo de código abierto de más de 100 mil millones')
    r"(?:(?:de código abierto|de pesos abiertos|open[- ]source|open[- ]weights?|à poids ouverts|open source)\s+)?"
    r"(?:with|of|mit|von|de|d['’]|con)\s+(?:[\w~≈]+\s+){0,2}?$",
    re.IGNORECASE,
)


# a research team's series of test models: 'the authors trained more than 400 models ranging from 70 million to
# over 16 billion parameters', 'L'équipe a entraîné plus de 400 modèles, de 70 millions à ...'
TRAINED_SERIES = re.compile(
    r"\b(?:trained|trains?|training|entraîn\w*|trainiert\w*|entren\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:\d{2,}[\d,.  ]*|dozens|hundreds|thousands|Dutzende|Hunderte|dizaines|centaines|decenas|cientos|centenares)\s+"
    r"(?:(?:of|de|d['’])\s+)?(?:[\w-]+\s+)?(?:models|Modelle|Sprachmodelle|modèles|modelos|LLMs|networks|Netze|réseaux|redes)\b"
    # (the verb after: 'hatten mehr als 400 Sprachmodelle mit 70 Millionen bis über 16 Milliarden ... trainiert'),
    # or a series: 'une série de petits modèles, de 40 millions à 16 milliards'
    r"|\b(?:\d{2,}[\d,.  ]*|dozens of|hundreds of|Dutzende|Hunderte|dizaines de|centaines de|decenas de|cientos de)\s+"
    r"(?:[\w-]+\s+)?(?:models|Modelle|Sprachmodelle|modèles|modelos|LLMs)\s+(?:with|mit|de|con|avec|ranging|from|von)\b"
    r"|\b(?:a series|une série|una serie|eine Reihe|a family)\s+(?:of|de|d['’]|von)?\s*(?:[\w-]+\s+)?"
    r"(?:small(?:er)?\s+|petits\s+|pequeños\s+|kleine[rn]?\s+)(?:models|Modelle|modèles|modelos)\b"
    # a job's scaling experiments: 'desde 1.000 millones de parámetros hasta el modelo final', '(de 100 millions à 7 Md)'
    r"|\b(?:scaling(?:-law)? (?:experiments|runs|studies|ladder)|experimentos de escalado|lois d['’]échelle|"
    r"expériences d['’]échelle|Skalierungs(?:experimente|gesetze|läufe|studien))\b",
    re.IGNORECASE,
)


# the smaller or other versions of a page's subject, listed with their sizes and no name
# the smaller members of the family just named: 'junto a dos hermanas menores, de 8.000 y 70.000 millones'
SIBLINGS = re.compile(
    r"\b(?:(?:smaller|little|younger) (?:siblings?|sisters?|brothers?)|herman[oa]s? men[oa]res|"
    r"kleinere[n]? (?:Geschwister|Schwestern?|Brüder)|petite?s? (?:sœurs?|frères?))\b",
    re.IGNORECASE,
)


SMALLER_VERSIONS = re.compile(
    r"\b(?:versions?|versiones|Versionen|variants?|variantes|Varianten|déclinaisons)\b", re.IGNORECASE
)


# an encyclopedia infobox row that gives the size of the page's subject
INFOBOX_SIZE_ROW = re.compile(
    r"[ \t|]*(?:Parameters?|Parameter(?:zahl)?|Parámetros|Paramètres|Taille|Tamaño|Größe|Modellgröße|Size)[ \t]*\|"
)


# what stands between a name and its figure on a list line: 'PaLM (Google, 2022): ', 'LLaMA (Meta) : de '
NAME_COLON = re.compile(r"[*¹²³†‡]*\s*(?:\([^()\n]{1,40}\)\s*)?:\s*(?:(?:de|von|from|desde)\s+)?(?:~\s?)?")


ARCHITECTURE_AFTER = re.compile(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:architecture|Architektur|backbone)\b", re.IGNORECASE
)


# "Meta's 405-billion-parameter flagship", 'Metas 405-Milliarden-Modell': a figure its maker owns
OWNER_THEN = re.compile(r"(?:['’]s|(?<=[a-z])s)?\s+(?:(?:own|largest|biggest|new|latest|flagship)\s+)?$")


# a relative clause that describes the name before it, after an apposition perhaps: '(-14B), publié en open
# source par le chinois Alibaba, qui compte précisément '
BASE_RELATIVE = re.compile(
    # (after a German verb's particle too: 'baut auf Googles Gemma 2 2B auf, das trotz seines Namens 2,6 Mrd. hat')
    r"(?:[-‑ ]\d+(?:\.\d+)?[BbMm])?(?:\s+auf)?(?:\s*,\s*[^,;.()\d]{1,60}?)?\s*,\s*(?:which|that|whose|qui|dont|die|das|"
    r"der|dessen|deren|que|cuyo|cuya|el cual|la cual)\s+[^,;.()\d]{0,40}$"
    # or a phrase with the figure right after the base: 'construit sur Flan-PaLM, fort de 540 milliards', 'basado
    # en Llama 3.1, de 70.000 millones'
    r"|\s*,\s*(?:fort|forte|riche|doté|dotée|de|con|with|mit|avec)\s+(?:de\s+|d['’])?"
    rf"{clauses.APPROX_SLOT}$"
    # or an apposition that sizes it: 'R1 is built on DeepSeek-V3, a mixture-of-experts model with 671 billion'
    r"|\s*,\s*(?:an?|un|une|una|ein(?:e|em)?)\s+[^,;.()\d]{0,40}?(?:model|modèle|modelo|Modell|MoE)\s+"
    rf"(?:with|of|mit|von|de|d['’]|con|avec)\s+{clauses.APPROX_SLOT}$"
    # or its version of that size, its maker between: 'construido sobre Qwen2.5, de Alibaba, en su versión de 14.700
    # millones', 'built on Qwen2.5, from Alibaba, in its 14.7-billion version'
    r"|(?:\s*,\s*[^,;.()\d]{1,40}?)?\s*,?\s*(?:en su versión de|dans sa version (?:à|de)|in its|in der Version mit|"
    rf"in seiner Version mit)\s+{clauses.APPROX_SLOT}$"
)


SIZE_TAG_AFTER = re.compile(r"[-‑ ]?(\d+(?:\.\d+)?)([BbMm])\b")
