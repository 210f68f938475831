"""A database whose answers are known, for the analysis, CLI, reference and report tests.

Every claim is made by hand (no extractor), saved with `Store.save_article`. What it holds:

- GPT-4: The Information's 1.76T rumour (its own site, then heise.de and the-decoder.de citing it: one
  independent source), semafor.com's 1T rumour, a SemiAnalysis estimate under the slug `gpt4` (a spelling
  variant: name key `gpt4`), and OpenAI's official 1.8T a year later: the 1.76T rumour is confirmed, the 1T one
  contradicted. heise.de's article is also stored under an msn.com URL with the same text (syndication).
- Grok-1: official 314B (x.ai) and a misreported official 400B (newsbit.example): official vs official. A
  300B rumour citing The Information before them: confirmed.
- Mixtral 8x7B: a 56B rumour citing The Information, then official 46.7B total and 12.9B active.
- Llama 3: sizes 8B and 70B (as tags; as a list in one sentence), a family range 8B-70B and a 400B rumour
  written as a tag: size variants only, no conflict. Llama 3.1: official 405B, kept apart from Llama 3.
- Llama 2: 7B, 13B and 70B as tags (the reference CSV's 'Llama 2-7B' row says 70B: a disagreement).
- GPT-5: an expectation of 10T and a 50T rumour: expectation vs rumour, pending.
- Kestrel: an unknown model under two names (`kestrel` and `kestrel-7`) for the alias commands; Gobi: an
  unknown codename for `alias merge`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimwatch.models import Article, Claim
from claimwatch.store import Store

B, T = 10**9, 10**12

# (url, site, published, [(model, model_id, org, params, status, attributed_to, evidence, extra)])
# fmt: off
ARTICLES: list[tuple[str, str, str, list[tuple[Any, ...]]]] = [
    ("https://www.theinformation.com/gpt4", "theinformation.com", "2023-03-19", [
        ("GPT-4", "gpt-4", "OpenAI", 1760 * B, "rumored", None,
         "GPT-4 reportedly has 1.76 trillion parameters, people familiar said.", {}),
    ]),
    ("https://www.heise.de/news/gpt4", "heise.de", "2023-03-20", [
        ("GPT-4", "gpt-4", "OpenAI", 1760 * B, "rumored", "The Information",
         "GPT-4 soll laut The Information 1,76 Billionen Parameter haben.", {}),
    ]),
    ("https://the-decoder.de/gpt4", "the-decoder.de", "2023-03-22", [
        ("GPT-4", "gpt-4", "OpenAI", 1760 * B, "rumored", "The Information",
         "According to The Information, GPT-4 is said to have 1.76 trillion parameters.", {}),
    ]),
    ("https://www.semafor.com/gpt4", "semafor.com", "2023-04-01", [
        ("GPT-4", "gpt-4", "OpenAI", 1 * T, "rumored", None, "GPT-4 is rumored to have one trillion parameters.", {}),
    ]),
    ("https://example-ai-daily.com/gpt4-estimate", "example-ai-daily.com", "2023-05-01", [
        ("GPT4", "gpt4", "OpenAI", 1800 * B, "estimated", "SemiAnalysis",
         "SemiAnalysis estimates that GPT4 has 1.8 trillion parameters.", {}),
    ]),
    ("https://openai.com/gpt4-card", "openai.com", "2024-03-01", [
        ("GPT-4", "gpt-4", "OpenAI", 1800 * B, "official", None, "GPT-4 has 1.8 trillion parameters.", {}),
    ]),
    ("https://www.heise.de/news/grok", "heise.de", "2024-02-01", [
        ("Grok-1", "grok-1", "xAI", 300 * B, "rumored", "The Information",
         "Grok-1 soll laut The Information 300 Milliarden Parameter haben.", {}),
    ]),
    ("https://x.ai/blog/grok-os", "x.ai", "2024-03-17", [
        ("Grok-1", "grok-1", "xAI", 314 * B, "official", None, "Grok-1 has 314 billion parameters.", {}),
    ]),
    ("https://newsbit.example/grok", "newsbit.example", "2024-03-18", [
        ("Grok-1", "grok-1", "xAI", 400 * B, "official", None, "xAI said Grok-1 has 400 billion parameters.", {}),
    ]),
    ("https://rumours.example/mixtral", "rumours.example", "2023-12-09", [
        ("Mixtral 8x7B", "mixtral-8x7b", "Mistral AI", 56 * B, "rumored", "The Information",
         "Mixtral 8x7B reportedly has 56 billion parameters, The Information says.", {}),
    ]),
    ("https://mistral.ai/news/mixtral", "mistral.ai", "2023-12-11", [
        ("Mixtral 8x7B", "mixtral-8x7b", "Mistral AI", 46_700_000_000, "official", None,
         "Mixtral 8x7B has 46.7B total parameters and 12.9B active parameters.", {}),
        ("Mixtral 8x7B", "mixtral-8x7b", "Mistral AI", 12_900_000_000, "official", None,
         "Mixtral 8x7B has 46.7B total parameters and 12.9B active parameters.", {"scope": "active"}),
    ]),
    ("https://www.theinformation.com/llama3", "theinformation.com", "2024-04-01", [
        ("Llama 3", "llama-3", "Meta", 400 * B, "rumored", None, "Meta is reportedly training Llama 3 400B.", {}),
    ]),
    ("https://ai.meta.com/blog/llama3", "ai.meta.com", "2024-04-18", [
        ("Llama 3", "llama-3", "Meta", 8 * B, "official", None, "Meta released Llama 3 8B and Llama 3 70B.", {}),
        ("Llama 3", "llama-3", "Meta", 70 * B, "official", None, "Meta released Llama 3 8B and Llama 3 70B.", {}),
    ]),
    ("https://www.heise.de/news/llama3", "heise.de", "2024-04-19", [
        ("Llama 3", "llama-3", "Meta", 8 * B, "official", None,
         "Llama 3 gibt es mit 8 und 70 Milliarden Parametern.", {}),
        ("Llama 3", "llama-3", "Meta", 70 * B, "official", None,
         "Llama 3 gibt es mit 8 und 70 Milliarden Parametern.", {}),
    ]),
    ("https://venturebeat.com/llama3", "venturebeat.com", "2024-04-20", [
        ("Llama 3", "llama-3", "Meta", 8 * B, "official", None,
         "The Llama 3 models range from 8 billion to 70 billion parameters.", {"params_high": 70 * B}),
    ]),
    ("https://ai.meta.com/blog/llama31", "ai.meta.com", "2024-07-23", [
        ("Llama 3.1", "llama-3.1", "Meta", 405 * B, "official", None, "Llama 3.1 has 405 billion parameters.", {}),
    ]),
    ("https://ai.meta.com/blog/llama2", "ai.meta.com", "2023-07-18", [
        ("Llama 2", "llama-2", "Meta", size * B, "official", None,
         "Meta offers Llama 2 7B, Llama 2 13B and Llama 2 70B.", {})
        for size in (7, 13, 70)
    ]),
    ("https://example-ai-daily.com/gpt5", "example-ai-daily.com", "2024-01-10", [
        ("GPT-5", "gpt-5", "OpenAI", 10 * T, "expected", None, "GPT-5 is expected to have 10 trillion parameters.", {}),
    ]),
    ("https://www.theverge.com/gpt5", "theverge.com", "2024-02-01", [
        ("GPT-5", "gpt-5", "OpenAI", 50 * T, "rumored", None, "GPT-5 is rumored to have 50 trillion parameters.", {}),
        ("Gobi", "gobi", "OpenAI", 50 * T, "rumored", None, "Its codename Gobi is rumored at 50 trillion.", {}),
    ]),
    ("https://birds.example/kestrel", "birds.example", "2024-05-01", [
        ("Kestrel", "kestrel", None, 7 * B, "official", None, "Kestrel has 7 billion parameters.", {}),
    ]),
    ("https://birds.example/kestrel-7", "birds.example", "2024-05-02", [
        ("Kestrel-7", "kestrel-7", None, 7_100_000_000, "official", None, "Kestrel-7 has 7.1 billion parameters.", {}),
    ]),
]
# fmt: on
SYNDICATED_URL = "https://www.msn.com/de-de/news/gpt4"  # same text as heise.de's GPT-4 article
N_CLAIMS = sum(len(claims) for *_, claims in ARTICLES)

REFERENCE_CSV = """Model,Organization,Publication date,Domain,Parameters,Parameters notes,Confidence,Link
GPT-4,OpenAI,2023-03-15,Language,,"Not disclosed, rumours of 1.8T",Speculative,https://arxiv.org/abs/2303.08774
Llama 3-70B,Meta AI,2024-04-18,Language,70000000000.0,,Confident,https://ai.meta.com/blog/meta-llama-3/
Llama 3-8B,Meta AI,2024-04-18,Language,8000000000.0,,Confident,https://ai.meta.com/blog/meta-llama-3/
Llama 3.1-405B,Meta AI,2024-07-23,Language,405000000000.0,,Confident,https://ai.meta.com/blog/meta-llama-3-1/
Llama 2-70B,Meta AI,2023-07-18,Language,70000000000.0,,Confident,https://arxiv.org/abs/2307.09288
Llama 2-7B,Meta AI,2023-07-18,Language,70000000000.0,,Confident,https://arxiv.org/abs/2307.09288
Mixtral 8x7B,Mistral AI,2023-12-11,Language,4.67e+10,,Confident,https://mistral.ai/news/mixtral-of-experts/
Grok-1,xAI,2024-03-17,Language,3.14e+11,,Confident,https://x.ai/blog/grok-os
Zorblax Prime,Nowhere Labs,2025-04-10,Language,135000000000.0,,Confident,https://zorblax.example/
"""


def _article(url: str, site: str, day: str, claims: list[tuple[Any, ...]]) -> tuple[Article, list[Claim]]:
    sentences = list(dict.fromkeys(c[6] for c in claims))
    text = " ".join(sentences) + f" (Story {url}.)"
    when = datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC)
    article = Article(
        url=url,
        site=site,
        title=f"Story from {site}",
        published=when,
        fetched=when,
        text=text,
        source=url,
        lang="de" if site == "heise.de" else "en",
    )
    made = []
    for model, model_id, org, params, status, cited, evidence, extra in claims:
        start = text.index(evidence)
        made.append(
            Claim(
                model=model,
                model_id=model_id,
                org=org,
                params=params,
                status=status,
                attributed_to=cited,
                evidence=evidence,
                start=start,
                end=start + len(evidence),
                lang=article.lang or "en",
                **extra,
            )
        )
    return article, made


def build(path: Path) -> Path:
    """Write the fixture database at `path` (which must not exist) and return it."""
    with Store(path) as store:
        for url, site, day, claims in ARTICLES:
            article, made = _article(url, site, day, claims)
            store.save_article(article, made, extractor_version="test")
            if url == "https://www.heise.de/news/gpt4":
                copy = article.model_copy(
                    update={"url": SYNDICATED_URL, "site": "msn.com", "source": SYNDICATED_URL}
                )
                assert store.save_article(copy, made, extractor_version="test").outcome == "duplicate"
    return path


def claims(path: Path) -> list[dict[str, Any]]:
    """The stored claims of a fixture database."""
    with Store(path, readonly=True) as store:
        return store.claims()
