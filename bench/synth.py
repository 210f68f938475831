"""Deterministic synthetic AI news in en/de/fr/es: plain articles, article pages and RSS feeds.

Nothing is read from disk except the gazetteer's model and organisation names (so claim sentences name
models the extractor knows). The same seed and index always give the same article, in any process.

An article is ~600 words (480-720): a title and paragraphs of mostly ordinary news prose (industry,
markets, regulation, people, products), with a few claim sentences ("GPT-4 has 1.8 trillion
parameters", "Llama 3 verfügt über 70 Milliarden Parameter", "175 milliards de paramètres",
"405.000 millones de parámetros", size tags like "Llama 3 70B"), some model mentions without a figure,
and distractor figures (money, tokens, users, GPUs) written the way each language writes them.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import cache

from claimwatch.extract.gazetteer import default_gazetteer

LANGS = ("en", "de", "fr", "es")
LANG_WEIGHTS = (0.55, 0.2, 0.15, 0.1)
# famous models first: they carry most of the claims in news text
FAMOUS = (
    "gpt-4", "llama-3", "gpt-3", "gpt-4o", "claude-3-opus", "mixtral-8x7b", "gemini-1.5-pro", "llama-3.1",
    "mistral-7b", "palm", "gpt-5", "llama-2", "grok-1", "falcon", "deepseek-v3", "qwen-2.5", "phi-3",
    "gemma-2", "chinchilla", "gopher", "bloom", "opt", "dbrx", "mistral-large-2",
)  # fmt: skip
ORGS = ("OpenAI", "Google", "Meta", "Microsoft", "Anthropic", "Mistral AI", "NVIDIA", "Amazon", "xAI",
        "Alibaba", "DeepSeek", "Apple", "IBM", "Cohere")  # fmt: skip
PEOPLE = ("Sam Altman", "Dario Amodei", "Yann LeCun", "Demis Hassabis", "Arthur Mensch", "Satya Nadella",
          "Jensen Huang", "Mira Murati", "Sundar Pichai", "Mark Zuckerberg", "Ilya Sutskever")  # fmt: skip
CITIES = {
    "en": ("San Francisco", "London", "Seattle", "New York", "Austin", "Toronto", "Boston"),
    "de": ("Berlin", "München", "Hamburg", "Frankfurt", "Zürich", "Wien", "Köln"),
    "fr": ("Paris", "Lyon", "Bordeaux", "Toulouse", "Genève", "Bruxelles", "Lille"),
    "es": ("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Ciudad de México", "Buenos Aires"),
}
DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes"),
}
OUTLETS = ("The Information", "Reuters", "Bloomberg", "The Verge", "Semafor", "TechCrunch")

# ordinary news prose: no figures with a magnitude, no model names
FILLER = {
    "en": (
        "{org} said on {day} that it would open a new research office in {city} later this year.",
        "Analysts have long argued that the market for AI assistants is still in its early days.",
        "The announcement comes as regulators in Europe and the United States step up their scrutiny of the sector.",
        "Shares of the chipmaker rose {pct} percent in early trading after the news broke.",
        "{person} told reporters that the company was focused on safety and reliability rather than raw scale.",
        "Several large customers have been testing the new tools for weeks, according to people briefed on the plans.",
        "Critics warn that the rapid pace of releases leaves little time for independent evaluation.",
        "The company declined to comment on its training data or on how long the project took.",
        "Developers who signed up for early access describe the system as noticeably faster than its predecessor.",
        "In a blog post, the team wrote that the work built on years of research into efficient architectures.",
        "Competition for engineers has intensified, with start-ups in {city} offering unusually generous packages.",
        "The launch event in {city} drew hundreds of developers, investors and journalists.",
        "Some researchers question whether benchmark scores say much about how the tools behave in practice.",
        "Privacy advocates have asked for more transparency about how user conversations are stored.",
        "The firm has signed partnerships with {n} universities to study the social impact of the technology.",
        "Executives framed the release as a step toward assistants that can plan and carry out longer tasks.",
        "Energy use remains a concern, and the company said its new data centre would run on renewable power.",
        "The European AI Act sets out obligations for providers of general-purpose systems from next year.",
        "Open-source communities reacted quickly, publishing fine-tuned variants within days of the release.",
        "A spokesperson for {org} said the feature would reach all users in the coming weeks.",
        "Industry observers expect prices for access to fall further as competition heats up.",
        "The paper describing the approach has not yet been peer reviewed.",
        "Internal documents show the project was delayed twice because of hardware shortages.",
        "The company employs about {n}00 people, most of them in {city}.",
        "Teachers and students have become some of the most enthusiastic users of the chatbot.",
        "Lawmakers are expected to hold hearings on the matter before the summer recess.",
        "The startup was founded in {year} by former researchers from large technology companies.",
        "Several newspapers have sued over the use of their archives for training.",
        "Benchmarks published by the company show gains in coding, mathematics and reasoning tasks.",
        "The tool is available in {n} languages, including German, French and Spanish.",
    ),
    "de": (
        "{org} kündigte am {day} an, noch in diesem Jahr ein neues Forschungsbüro in {city} zu eröffnen.",
        "Analysten gehen davon aus, dass der Markt für KI-Assistenten noch ganz am Anfang steht.",
        "Die Ankündigung fällt in eine Zeit, in der Aufsichtsbehörden in Europa genauer hinschauen.",
        "Die Aktie des Chipherstellers legte im frühen Handel um {pct} Prozent zu.",
        "{person} sagte vor Journalisten, das Unternehmen setze auf Sicherheit und Zuverlässigkeit.",
        "Mehrere Großkunden testen die neuen Werkzeuge bereits seit Wochen, heißt es aus Branchenkreisen.",
        "Kritiker bemängeln, dass das hohe Tempo kaum Zeit für unabhängige Prüfungen lasse.",
        "Zu den Trainingsdaten wollte sich das Unternehmen auf Nachfrage nicht äußern.",
        "Entwickler mit frühem Zugang beschreiben das System als spürbar schneller als den Vorgänger.",
        "In einem Blogbeitrag schreibt das Team, die Arbeit beruhe auf jahrelanger Forschung.",
        "Der Wettbewerb um Fachkräfte hat sich verschärft, vor allem in {city}.",
        "Zur Vorstellung in {city} kamen Hunderte Entwicklerinnen, Investoren und Journalisten.",
        "Manche Forschende bezweifeln, dass Benchmark-Ergebnisse viel über den Alltag aussagen.",
        "Datenschützer fordern mehr Transparenz darüber, wie Gespräche gespeichert werden.",
        "Die Firma arbeitet mit {n} Hochschulen zusammen, um gesellschaftliche Folgen zu untersuchen.",
        "Ein Sprecher von {org} sagte, die Funktion solle in den kommenden Wochen alle Nutzer erreichen.",
        "Beobachter erwarten, dass die Preise für den Zugang weiter fallen werden.",
        "Der Fachaufsatz zu dem Verfahren wurde bislang nicht begutachtet.",
        "Interne Unterlagen zeigen, dass sich das Projekt zweimal wegen fehlender Hardware verzögerte.",
        "Das Start-up wurde {year} von ehemaligen Forschenden großer Technologiekonzerne gegründet.",
        "Der europäische AI Act sieht ab dem kommenden Jahr Pflichten für Anbieter vor.",
        "Lehrkräfte und Studierende gehören inzwischen zu den eifrigsten Nutzern des Chatbots.",
        "Mehrere Verlage haben wegen der Nutzung ihrer Archive Klage eingereicht.",
        "Das Werkzeug ist in {n} Sprachen verfügbar, darunter Deutsch, Französisch und Spanisch.",
    ),
    "fr": (
        "{org} a annoncé {day} l'ouverture d'un nouveau bureau de recherche à {city} d'ici la fin de l'année.",
        "Pour les analystes, le marché des assistants d'IA n'en est qu'à ses débuts.",
        "L'annonce intervient alors que les régulateurs européens renforcent leur surveillance du secteur.",
        "L'action du fabricant de puces a gagné {pct} % en début de séance.",
        "{person} a assuré que l'entreprise privilégiait la sécurité et la fiabilité.",
        "Plusieurs grands clients testent déjà ces outils depuis des semaines, selon nos informations.",
        "Les critiques estiment que le rythme des sorties laisse peu de temps aux évaluations indépendantes.",
        "L'entreprise n'a pas souhaité commenter la provenance de ses données d'entraînement.",
        "Les développeurs ayant eu un accès anticipé décrivent un système nettement plus rapide.",
        "Dans un billet de blog, l'équipe explique que ces travaux s'appuient sur des années de recherche.",
        "La concurrence pour attirer les ingénieurs s'est intensifiée, notamment à {city}.",
        "La présentation à {city} a attiré des centaines de développeurs, d'investisseurs et de journalistes.",
        "Certains chercheurs doutent que les scores aux tests disent grand-chose de l'usage réel.",
        "Les défenseurs de la vie privée réclament plus de transparence sur la conservation des conversations.",
        "La société collabore avec {n} universités pour étudier l'impact social de la technologie.",
        "Un porte-parole de {org} a indiqué que la fonction serait déployée dans les prochaines semaines.",
        "Les observateurs s'attendent à une nouvelle baisse des prix d'accès.",
        "L'article décrivant la méthode n'a pas encore été relu par des pairs.",
        "La jeune pousse a été fondée en {year} par d'anciens chercheurs de grands groupes technologiques.",
        "Le règlement européen sur l'IA impose de nouvelles obligations aux fournisseurs dès l'an prochain.",
        "Enseignants et étudiants comptent parmi les utilisateurs les plus assidus de l'assistant.",
        "Plusieurs éditeurs de presse ont porté plainte pour l'utilisation de leurs archives.",
        "L'outil est disponible en {n} langues, dont le français, l'allemand et l'espagnol.",
    ),
    "es": (
        "{org} anunció el {day} que abrirá una nueva oficina de investigación en {city} este año.",
        "Los analistas sostienen que el mercado de asistentes de IA está todavía en sus inicios.",
        "El anuncio llega en un momento en que los reguladores europeos vigilan más de cerca al sector.",
        "Las acciones del fabricante de chips subieron un {pct} % en las primeras horas de negociación.",
        "{person} aseguró a la prensa que la empresa prioriza la seguridad y la fiabilidad.",
        "Varios grandes clientes llevan semanas probando las nuevas herramientas, según fuentes del sector.",
        "Los críticos advierten de que el ritmo de lanzamientos deja poco tiempo para evaluaciones independientes.",
        "La compañía declinó hacer comentarios sobre sus datos de entrenamiento.",
        "Los desarrolladores con acceso anticipado describen el sistema como mucho más rápido.",
        "En una entrada de blog, el equipo explica que el trabajo se basa en años de investigación.",
        "La competencia por los ingenieros se ha intensificado, sobre todo en {city}.",
        "La presentación en {city} reunió a cientos de desarrolladores, inversores y periodistas.",
        "Algunos investigadores dudan de que las pruebas de rendimiento reflejen el uso real.",
        "Los defensores de la privacidad piden más transparencia sobre el almacenamiento de las conversaciones.",
        "La empresa colabora con {n} universidades para estudiar el impacto social de la tecnología.",
        "Un portavoz de {org} indicó que la función llegará a todos los usuarios en las próximas semanas.",
        "Los observadores esperan que los precios de acceso sigan bajando.",
        "El artículo que describe el método aún no ha sido revisado por pares.",
        "La empresa emergente fue fundada en {year} por antiguos investigadores de grandes tecnológicas.",
        "La ley europea de IA impone nuevas obligaciones a los proveedores a partir del próximo año.",
        "Profesores y estudiantes se han convertido en los usuarios más entusiastas del asistente.",
        "Varios periódicos han demandado a la empresa por el uso de sus archivos.",
        "La herramienta está disponible en {n} idiomas, entre ellos el español, el francés y el alemán.",
    ),
}

# a model named, no figure
MENTION = {
    "en": (
        "{model} is available to paying subscribers through {org}'s app and its API.",
        "Many developers still prefer {model} for coding tasks, a survey found.",
        "The new system beats {model} on most public benchmarks, the company claims.",
    ),
    "de": (
        "{model} steht zahlenden Kunden über die App und die Programmierschnittstelle zur Verfügung.",
        "Viele Entwickler bevorzugen für Programmieraufgaben weiterhin {model}.",
    ),
    "fr": (
        "{model} est accessible aux abonnés payants via l'application et l'API.",
        "Beaucoup de développeurs préfèrent encore {model} pour programmer.",
    ),
    "es": (
        "{model} está disponible para los suscriptores de pago a través de la aplicación.",
        "Muchos desarrolladores siguen prefiriendo {model} para tareas de programación.",
    ),
}

# a parameter count for a named model; {fig} is written in the language's style
CLAIM = {
    "en": (
        "{model} has {fig} parameters, {org} said in its technical report.",
        "According to {outlet}, {model} is built with roughly {fig} parameters.",
        "{model} reportedly packs {fig} parameters, people familiar with the matter said.",
        "The largest version of {model} has {fig} parameters.",
        "With {fig} parameters, {model} is one of the biggest open models released so far.",
        "{org} released {model} {tag}, its most capable model to date.",
        "Analysts estimate that {model} has about {fig} parameters.",
    ),
    "de": (
        "{model} verfügt laut {org} über {fig} Parameter.",
        "Laut einem Bericht von {outlet} soll {model} rund {fig} Parameter haben.",
        "Die größte Variante von {model} kommt auf {fig} Parameter.",
        "Mit {fig} Parametern gehört {model} zu den größten offenen Modellen.",
        "{org} hat {model} {tag} veröffentlicht, das bislang leistungsfähigste Modell des Konzerns.",
    ),
    "fr": (
        "{model} compte {fig} de paramètres, selon {org}.",
        "Selon {outlet}, {model} aurait environ {fig} de paramètres.",
        "La plus grande version de {model} totalise {fig} de paramètres.",
        "Avec ses {fig} de paramètres, {model} figure parmi les plus grands modèles ouverts.",
        "{org} a publié {model} {tag}, son modèle le plus performant à ce jour.",
    ),
    "es": (
        "{model} cuenta con {fig} de parámetros, según {org}.",
        "Según {outlet}, {model} tendría unos {fig} de parámetros.",
        "La versión más grande de {model} tiene {fig} de parámetros.",
        "Con {fig} de parámetros, {model} es uno de los mayores modelos abiertos.",
        "{org} presentó {model} {tag}, su modelo más capaz hasta la fecha.",
    ),
}

# figures that are not parameter counts
DISTRACTOR = {
    "en": (
        "{org} raised ${x} billion from investors earlier this year.",
        "The model was trained on {x} trillion tokens of text and code.",
        "The chatbot now has {m} million weekly users.",
        "{org} plans to spend {x} billion dollars on data centres next year.",
        "Training ran on {k},000 GPUs for several months.",
    ),
    "de": (
        "{org} sammelte zuletzt {xd} Milliarden Dollar bei Investoren ein.",
        "Trainiert wurde das Modell mit {xd} Billionen Token.",
        "Der Chatbot hat inzwischen {m} Millionen Nutzer pro Woche.",
        "{org} will im kommenden Jahr {xd} Milliarden Euro in Rechenzentren investieren.",
    ),
    "fr": (
        "{org} a levé {xd} milliards de dollars auprès d'investisseurs cette année.",
        "Le modèle a été entraîné sur {x} 000 milliards de tokens.",
        "L'assistant revendique {m} millions d'utilisateurs par semaine.",
        "{org} prévoit d'investir {xd} milliards d'euros dans ses centres de données.",
    ),
    "es": (
        "{org} recaudó {x}.000 millones de dólares de inversores este año.",
        "El modelo fue entrenado con {xd} billones de tokens.",
        "El asistente tiene ya {m} millones de usuarios semanales.",
        "{org} invertirá {xd} mil millones de euros en centros de datos.",
    ),
}

TITLES = {
    "en": ("{org} unveils {model} as race for bigger models heats up", "What we know about {model}",
           "{org} bets on {model} to win over businesses", "Inside the making of {model}"),
    "de": ("{org} stellt {model} vor", "Was über {model} bekannt ist", "{org} setzt auf {model}"),
    "fr": ("{org} dévoile {model}", "Ce que l'on sait de {model}", "{org} mise sur {model}"),
    "es": ("{org} presenta {model}", "Lo que se sabe de {model}", "{org} apuesta por {model}"),
}  # fmt: skip

# (value in billions, how it is written) per language
BILLIONS = (1.3, 2.7, 3.8, 7, 8, 13, 22, 34, 46.7, 70, 123, 175, 180, 314, 340, 405, 540)
TRILLIONS = (1.2, 1.6, 1.76, 1.8, 2, 10)


@dataclass(frozen=True)
class Doc:
    """One synthetic article."""

    index: int
    lang: str
    title: str
    text: str
    claims_planted: int
    published: datetime


@cache
def _models() -> tuple[list[tuple[str, str, str]], list[float]]:
    """(name, id, org) of every gazetteer model and a popularity weight (famous ones first, Zipf-like)."""
    gaz = default_gazetteer()
    ordered = [gaz.models[m] for m in FAMOUS if m in gaz.models]
    rest = sorted((e for e in gaz.models.values() if e.id not in FAMOUS), key=lambda e: e.id)
    random.Random(11).shuffle(rest)
    entries = ordered + rest
    weights = [1.0 / (rank + 1) for rank in range(len(entries))]
    return [(e.name, e.id, e.org or "OpenAI") for e in entries], weights


def _num(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


def _figure(rng: random.Random, lang: str) -> str:
    """A parameter count as the language writes it (without the noun)."""
    if rng.random() < 0.2:
        t = rng.choice(TRILLIONS)
        return {
            "en": f"{_num(t, lang)} trillion",
            "de": f"{_num(t, lang)} Billionen",
            "fr": f"{_num(t, lang)} billions",
            "es": f"{_num(t, lang)} billones",
        }[lang]
    b = rng.choice(BILLIONS)
    if lang == "en":
        return rng.choice((f"{_num(b, lang)} billion", f"{_num(b, lang)} billion"))
    if lang == "de":
        return f"{_num(b, lang)} Milliarden"
    if lang == "fr":
        return f"{_num(b, lang)} milliards"
    if b == int(b) and rng.random() < 0.5:
        return f"{int(b * 1000):,}".replace(",", ".") + " millones"
    return f"{_num(b, lang)} mil millones"


def _fill(template: str, rng: random.Random, lang: str, model: tuple[str, str, str]) -> str:
    name, _, org = model
    slots = {
        "model": name,
        "org": org if "{model}" in template else rng.choice(ORGS),
        "outlet": rng.choice(OUTLETS),
        "person": rng.choice(PEOPLE),
        "city": rng.choice(CITIES[lang]),
        "day": rng.choice(DAYS[lang]),
        "pct": _num(rng.choice((1.5, 2, 3.4, 4, 6.2, 8, 11)), lang),
        "n": str(rng.randint(3, 40)),
        "year": str(rng.randint(2015, 2024)),
        "fig": _figure(rng, lang) if "{fig}" in template else "",
        "tag": f"{rng.choice((7, 8, 13, 34, 70, 180, 405))}B",
        "x": str(rng.randint(2, 40)),
        "xd": _num(rng.choice((1.5, 2, 6, 10, 13, 40)), lang),
        "m": str(rng.randint(10, 500)),
        "k": str(rng.randint(4, 100)),
    }
    return template.format(**slots)


def article(index: int, seed: int = 2026) -> Doc:
    """Article number `index` of the corpus with this seed (the same in every process)."""
    rng = random.Random(seed * 1_000_003 + index)
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    models, weights = _models()
    topic = rng.choices(models, weights)[0]
    title = rng.choice(TITLES[lang]).format(org=topic[2], model=topic[0])
    target = rng.randint(480, 720)
    words = 0
    paragraphs: list[str] = []
    sentences: list[str] = []
    planted = 0
    while words < target:
        roll = rng.random()
        model = topic if rng.random() < 0.5 else rng.choices(models, weights)[0]
        if roll < 0.10:
            sentence = _fill(rng.choice(CLAIM[lang]), rng, lang, model)
            planted += 1
        elif roll < 0.17:
            sentence = _fill(rng.choice(DISTRACTOR[lang]), rng, lang, model)
        elif roll < 0.25:
            sentence = _fill(rng.choice(MENTION[lang]), rng, lang, model)
        else:
            sentence = _fill(rng.choice(FILLER[lang]), rng, lang, model)
        sentences.append(sentence)
        words += len(sentence.split())
        if len(sentences) >= rng.randint(3, 6):
            paragraphs.append(" ".join(sentences))
            sentences = []
    if sentences:
        paragraphs.append(" ".join(sentences))
    published = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 525_600))
    return Doc(index, lang, title, title + "\n\n" + "\n\n".join(paragraphs), planted, published)


def corpus(n: int, seed: int = 2026) -> list[Doc]:
    """The first `n` articles of the corpus."""
    return [article(i, seed) for i in range(n)]


# --------------------------------------------------------------------------- web pages and feeds

NAV = ("Home", "World", "Business", "Technology", "AI", "Science", "Markets", "Opinion", "Video",
       "Podcasts", "Newsletters", "Events", "Jobs", "Subscribe", "Log in")  # fmt: skip
COMMENTS = (
    "Great piece, thanks for the context.",
    "I doubt any of these numbers will hold up once independent researchers get access.",
    "Bigger is not always better. Data quality matters more.",
    "Does anyone know when this will be available in Europe?",
    "The pricing is what matters for my team, not the benchmarks.",
    "Interesting, but the article glosses over the energy cost.",
)


def page_html(doc: Doc, url: str, site: str) -> str:
    """A ~10 KB news page around the article: head metadata, nav, ad slots, sidebar, comments, footer."""
    rng = random.Random(doc.index)
    esc = html.escape
    paragraphs = doc.text.split("\n\n")[1:]
    nav = "".join(f'<li><a href="/section/{n.lower()}">{n}</a></li>' for n in NAV)
    ad = (
        '<div class="ad-slot" data-slot="{0}"><script>window.googletag=window.googletag||{{cmd:[]}};'
        "googletag.cmd.push(function(){{googletag.defineSlot('/1234/news/{0}',[[300,250],[728,90]],"
        "'div-gpt-{0}').addService(googletag.pubads());googletag.enableServices();}});</script>"
        '<div id="div-gpt-{0}" class="ad-label">Advertisement</div></div>'
    )
    body = []
    for i, p in enumerate(paragraphs):
        body.append(f"<p>{esc(p)}</p>")
        if i == 2:
            body.append(ad.format(f"inline{i}"))
    models, _ = _models()
    sidebar = "".join(
        f'<li><a href="/a/{rng.randint(0, 9999)}.html">'
        f"{esc(rng.choice(TITLES['en']).format(org=m[2], model=m[0]))}</a></li>"
        for m in rng.sample(models[:60], 8)
    )
    comments = "".join(
        f'<div class="comment"><span class="author">reader{rng.randint(1, 999)}</span>'
        f"<p>{esc(rng.choice(COMMENTS))}</p></div>"
        for _ in range(6)
    )
    published = doc.published.isoformat()
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": doc.title,
            "datePublished": published,
            "author": {"@type": "Person", "name": "Staff Writer"},
            "publisher": {"@type": "Organization", "name": site},
        }
    )
    return (
        f'<!DOCTYPE html><html lang="{doc.lang}"><head><meta charset="utf-8">'
        f"<title>{esc(doc.title)} | {site}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="canonical" href="{url}"><meta property="og:title" content="{esc(doc.title)}">'
        f'<meta property="og:url" content="{url}"><meta name="author" content="Staff Writer">'
        f'<meta property="article:published_time" content="{published}">'
        f'<script type="application/ld+json">{ld}</script>'
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
        "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        "j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','GTM-XXXX');</script>"
        "<style>body{font-family:sans-serif}.ad-slot{min-height:250px}.sidebar{float:right}</style></head>"
        f'<body><header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>{nav}</ul></nav>'
        f"</header>{ad.format('top')}"
        f'<main><article class="post"><h1>{esc(doc.title)}</h1>'
        f'<p class="byline">By Staff Writer · <time datetime="{published}">{doc.published:%d %b %Y}</time></p>'
        f'<div class="article-body">{"".join(body)}</div></article>'
        f'<aside class="sidebar"><h2>Most read</h2><ul>{sidebar}</ul>{ad.format("side")}</aside>'
        f'<section class="comments"><h2>Comments</h2>{comments}</section></main>'
        f"<footer><ul>{nav}</ul><p>© 2025 {site}. All rights reserved.</p></footer></body></html>"
    )


def rss_feed(feed_index: int, docs: list[Doc], base: str, site: str) -> bytes:
    """An RSS 2.0 feed of summary-only entries (the first sentence), linking to the article pages."""
    items = []
    for doc in docs:
        link = f"{base}/a/{doc.index}.html"
        first = doc.text.split("\n\n")[1].split(". ")[0] + "."
        items.append(
            f"<item><title>{html.escape(doc.title)}</title><link>{link}</link>"
            f'<guid isPermaLink="true">{link}</guid><pubDate>{format_datetime(doc.published)}</pubDate>'
            f"<description>{html.escape(first)}</description></item>"
        )
    lang = docs[0].lang if docs else "en"
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{site} feed {feed_index}</title><link>{base}/</link><description>News</description>"
        f"<language>{lang}</language>{''.join(items)}</channel></rss>"
    ).encode()
