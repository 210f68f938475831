"""Synthetic news archives for the backfill benchmark: WARC.gz files written with warcio, Common Crawl style
(one gzip member per record, a request and a response record per page).

Most pages are ordinary news (city, sport, weather, business, culture) around a realistic page shell:
inline CSS with colour codes, analytics and consent scripts (`URLSearchParams`, hashes), JSON-LD, a nav,
a "most read" sidebar, comments and a footer. A small share of business pages say `$2B` or `€1.5bn`, and a
few use "parameters" in its ordinary sense: pages the prefilter cannot drop, as on the real web. One page
in `ai_every` is an AI-model article from `synth.py` (~17 claims each). Deterministic for a seed.

    .venv/bin/python bench/warcgen.py OUT.warc.gz --pages 20000 --ai-every 200 [--heavy]
"""

from __future__ import annotations

import argparse
import html
import io
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import synth
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SECTIONS = ("city", "sport", "weather", "business", "culture")
SUBJECTS = {
    "city": (
        "The city council",
        "Residents of the old quarter",
        "The transport authority",
        "The mayor's office",
    ),
    "sport": ("The home side", "The visiting team", "The club's new coach", "The league"),
    "weather": ("Forecasters", "The national weather service", "Farmers in the valley", "Coastal towns"),
    "business": ("The retailer", "The regional bank", "Shareholders", "The family-owned brewery"),
    "culture": ("The museum", "The festival's organisers", "The orchestra", "A local gallery"),
}
VERBS = ("said on Tuesday that", "announced that", "confirmed that", "warned that", "expects that")
CLAUSES = (
    "work on the new bridge would start after the summer holidays",
    "ticket prices would stay the same for another season",
    "the night trains would run every thirty minutes from May",
    "heavy rain could flood the lower streets by the weekend",
    "the renovation of the concert hall was ahead of schedule",
    "sales in the first quarter rose by 4 percent compared with last year",
    "the youth academy would move to a larger training ground",
    "more than 12,000 visitors came to the opening weekend",
    "the parking rules around the stadium would change in March",
    "the harvest was smaller than expected after a dry spring",
)
RARE = {  # (share of pages, sentence): cues the prefilter rightly lets through, though no claim follows
    0.04: "The deal values the company at $2B, according to two people familiar with the talks.",
    0.02: "Investors put €1.5bn into the new terminal, the airport said.",
    0.01: "Organisers said the 10K run would start at the harbour at 9 a.m.",
    0.005: "The parameters of the agreement will be published next week, a spokesperson said.",
}
NAV = (
    "Home",
    "City",
    "Sport",
    "Weather",
    "Business",
    "Culture",
    "Opinion",
    "Video",
    "Newsletters",
    "Subscribe",
)


def off_topic_html(index: int, seed: int, heavy: bool) -> bytes:
    """An ordinary news page (~10 KB; ~60 KB with `heavy`), with the chrome real pages carry."""
    rng = random.Random(seed * 7_919 + index)
    section = rng.choice(SECTIONS)
    sentences = [
        f"{rng.choice(SUBJECTS[section])} {rng.choice(VERBS)} {rng.choice(CLAUSES)}."
        for _ in range(rng.randint(45, 65))
    ]
    for share, sentence in RARE.items():
        if rng.random() < share:
            sentences.insert(rng.randint(0, len(sentences)), sentence)
    paragraphs = "".join(
        f"<p>{html.escape(' '.join(sentences[i : i + 4]))}</p>" for i in range(0, len(sentences), 4)
    )
    title = f"{section.title()}: {sentences[0][:60]}"
    return _shell(title, paragraphs, index, rng, heavy).encode()


def _shell(title: str, body: str, index: int, rng: random.Random, heavy: bool) -> str:
    colour = f"#{rng.randrange(16**6):06x}"
    nav = "".join(f'<li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    sidebar = "".join(
        f'<li><a href="/a/{rng.randrange(10**6)}.html">{html.escape(rng.choice(CLAUSES)).capitalize()}'
        "</a></li>"
        for _ in range(12)
    )
    comments = "".join(
        f'<div class="c"><b>reader{rng.randrange(999)}</b><p>{html.escape(rng.choice(CLAUSES))}.</p></div>'
        for _ in range(8)
    )
    hydration = ""
    if heavy:  # a big Next.js-style state blob and an SVG sprite, as large news sites ship
        state = ",".join(
            f'{{"id":"{rng.randrange(16**8):08x}","w":{rng.randrange(2000)},"c":"#{rng.randrange(16**6):06x}"}}'
            for _ in range(900)
        )
        hydration = (
            f'<script id="__NEXT_DATA__" type="application/json">{{"items":[{state}]}}</script>'
            + "<svg style='display:none'>"
            + "".join(
                f'<symbol id="i{i}"><path d="M{rng.randrange(99)} {rng.randrange(99)}L{rng.randrange(99)} '
                f'{rng.randrange(99)}z"/></symbol>'
                for i in range(300)
            )
            + "</svg>"
        )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'<link rel="canonical" href="https://local.example/a/{index}.html">'
        f"<style>body{{font:16px/1.5 Georgia;color:#2b2b2b}}.nav a{{color:{colour}}}.ad{{min-height:250px;"
        f"background:#f3f3b3}}.grid{{display:grid;grid-template-columns:1fr 300px;gap:24px}}</style>"
        "<script>(function(){var q=new URLSearchParams(location.search);var id=q.get('utm_campaign');"
        "window.dataLayer=window.dataLayer||[];dataLayer.push({event:'view',page:'/a/"
        + str(index)
        + "',v:'7b3e'});"
        "})();</script><script>var consent={purposes:[1,2,3,4,7,9,10],vendors:{755:true,32:true}};</script>"
        f'<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{html.escape(title)}"}}</script>'
        f'<link rel="preload" href="/static/app.{rng.randrange(16**6):06x}b.js" as="script"></head>'
        f'<body><header><nav class="nav"><ul>{nav}</ul></nav></header><div class="grid"><main><article>'
        f"<h1>{html.escape(title)}</h1>{body}</article></main><aside><h2>Most read</h2><ul>{sidebar}</ul>"
        f'<div class="ad" data-slot="side"></div></aside></div><section class="comments">{comments}</section>'
        f"{hydration}<footer><ul>{nav}</ul><p>© 2025 Local Example</p></footer></body></html>"
    )


def write_archive(
    path: Path, pages: int, *, ai_every: int = 200, seed: int = 2026, heavy: bool = False
) -> dict:
    """Write the archive; returns what is in it (pages, AI pages, bytes)."""
    ai = 0
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(pages):
            url = f"https://news{i % 97}.example/a/{i}.html"
            if i % ai_every == ai_every // 2:
                doc = synth.article(i, seed)
                body = synth.page_html(doc, url, f"news{i % 97}.example").encode()
                ai += 1
            else:
                body = off_topic_html(i, seed, heavy)
            when = (start + timedelta(seconds=37 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            _write(writer, url, body, when)
    return {"pages": pages, "ai_pages": ai, "bytes": path.stat().st_size}


def _write(writer: WARCWriter, url: str, body: bytes, when: str) -> None:
    request = StatusAndHeaders(
        f"GET {url.split('/', 3)[3]} HTTP/1.1",
        [("Host", url.split("/")[2]), ("User-Agent", "bench")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=request,
            warc_headers_dict={"WARC-Date": when},
        )
    )
    http = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": when},
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--ai-every", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--heavy", action="store_true")
    args = parser.parse_args()
    print(write_archive(args.out, args.pages, ai_every=args.ai_every, seed=args.seed, heavy=args.heavy))


if __name__ == "__main__":
    main()
