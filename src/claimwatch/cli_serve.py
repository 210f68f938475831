"""`claimwatch serve`: the database in Datasette (optional: `pip install 'claimwatch[web]'`).

Datasette and uvicorn are imported only when the command runs, so the other commands never load them
(tests/test_seams.py keeps them to this module). Before serving, the database is opened once by `Store`
(migrations) and the per-model digests are brought up to date (`claimwatch.digests.refresh`), so the
`models` and `conflicts` queries show what `claimwatch models` and `claimwatch conflicts` would; they are not
refreshed while the server runs (a collection run refreshes them when it ends).

Like `cli_answers`, this module imports `claimwatch.cli` only inside functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from claimwatch.cli_options import DB_OPTION

INSTALL_HINT = (
    "serve needs Datasette, which is not installed: pip install 'claimwatch[web]' (or: pip install datasette)"
)
TOLERANCE = 0.1  # the tolerance of the digests the canned queries read (the commands' default)

MODELS_SQL = f"""
select model_id,
  json_extract(summary, '$.model') as model,
  json_extract(summary, '$.org') as org,
  json_extract(summary, '$.total.params') as total,
  json_extract(summary, '$.total.params_high') as total_high,
  json_extract(summary, '$.active.params') as active,
  json_extract(summary, '$.active.params_high') as active_high,
  json_extract(summary, '$.variants') as variants,
  coalesce(json_extract(summary, '$.total.status'), json_extract(summary, '$.active.status')) as status,
  coalesce(json_extract(summary, '$.total.confidence'), json_extract(summary, '$.active.confidence'))
    as confidence,
  json_extract(summary, '$.sources') as sources,
  json_extract(summary, '$.claims') as claims,
  json_extract(summary, '$.first_seen') as first_seen,
  coalesce(json_extract(summary, '$.total.basis'), json_extract(summary, '$.active.basis'), 'size variants only')
    as basis
from model_digests
where tolerance = {TOLERANCE}
order by model_id
"""

CONFLICTS_SQL = f"""
select d.model_id,
  json_extract(p.value, '$[5]') as model,
  json_extract(p.value, '$[0]') as scope,
  json_extract(p.value, '$[1]') as kind,
  json_extract(a.value, '$.status') as a_status,
  json_extract(a.value, '$.params') as a_params,
  json_extract(a.value, '$.params_high') as a_params_high,
  json_extract(a.value, '$.sources') as a_sources,
  json_extract(b.value, '$.status') as b_status,
  json_extract(b.value, '$.params') as b_params,
  json_extract(b.value, '$.params_high') as b_params_high,
  json_extract(b.value, '$.sources') as b_sources,
  json_extract(p.value, '$[4]') as ratio
from model_digests d
  join json_each(d.conflicts, '$.pairs') p
  join json_each(d.conflicts, '$.sides') a on a.key = json_extract(p.value, '$[2]')
  join json_each(d.conflicts, '$.sides') b on b.key = json_extract(p.value, '$[3]')
where d.tolerance = {TOLERANCE} and (:model = '' or d.model_id = :model)
order by (a_status = 'official') + (b_status = 'official') desc, ratio desc, d.model_id, p.key
"""

TIMELINE_SQL = """
select c.article_date as date, c.model, c.params, c.params_high, c.scope, c.status,
  coalesce(c.attributed_to, a.site) as source, a.site as outlet, a.url, c.evidence, c.article_id
from claims c join articles a on a.id = c.article_id
where c.model_id = :model and a.is_current = 1
order by c.article_date, c.id
"""

CLAIM_COLUMNS = {
    "id": "Claim id.",
    "article_id": "The article (one version of it) the claim was read from.",
    "model": "The model name as the article wrote it.",
    "model_id": "Model id: the gazetteer's id, or a slug of a new name; `alias merge` rewrites it.",
    "org": "Developer organisation, if named.",
    "params": "Parameter count (the low end of a stated range).",
    "params_high": "High end of a stated range, else empty.",
    "scope": "'total' or 'active' (mixture-of-experts active parameters); the two are never compared.",
    "status": "official, reported, rumored, expected or estimated (consensus ranks official > reported > the rest).",
    "approx": "1 if the article hedged the figure ('about', 'roughly').",
    "attributed_to": "Whom the article cites for the figure (the independent source), else empty.",
    "evidence": "The sentence that states the figure.",
    "start": "Offset of the sentence in the article text.",
    "end": "End offset of the sentence in the article text.",
    "lang": "Language of the sentence.",
    "extractor_version": "Version of the extractor that read it.",
    "extracted_at": "When it was extracted (UTC).",
    "article_date": "The article's date (published, else fetched), copied onto the claim for ordering.",
}
ARTICLE_COLUMNS = {
    "identity": "Canonical URL, else URL, else source: one identity, several versions.",
    "url": "Where it was fetched.",
    "canonical_url": "The page's canonical URL, if it names one.",
    "site": "The outlet (site name, else host): the source when a claim cites nobody.",
    "source": "Where it came from: the path or URL as given, or the feed.",
    "published": "Publication time (UTC), if known.",
    "fetched": "When it was fetched (UTC).",
    "text": "The article text (full-text searchable).",
    "content_hash": "Hash of the text: a changed text makes a new version.",
    "version": "1 for the first text seen under this identity, then 2, 3...",
    "previous_id": "The version this one replaced.",
    "is_current": "1 for the latest version; answers read only current versions.",
    "extractor_version": "Extractor version of the article's claims.",
}
TABLES = {
    "claims": (
        "One row per parameter-count claim: who said which model has how many parameters.",
        CLAIM_COLUMNS,
    ),
    "articles": ("Stored articles, every version (is_current = 1 for the latest).", ARTICLE_COLUMNS),
    "appearances": ("Every URL and feed an article appeared under (syndicated copies count once).", {}),
    "models": ("Curated models (the gazetteer as loaded, alias add, alias merge).", {}),
    "model_aliases": ("Other names of curated models (any case).", {}),
    "model_merges": ("Model ids merged into another by `claimwatch alias merge`.", {}),
    "orgs": ("Organisations.", {}),
    "org_aliases": ("Other names of organisations.", {}),
    "feeds": ("Registered feeds and their fetch state.", {}),
    "entries": ("Feed entries seen (feed, guid) and the article each became.", {}),
    "runs": ("Collection runs with their counters and errors.", {}),
    "fetch_log": ("Every fetch attempt of every run.", {}),
    "reference_models": ("Reference figures (Epoch AI, 'Data on AI Models', CC BY 4.0).", {}),
    "backfill_positions": ("Where `claimwatch backfill` stands in each archive.", {}),
    "model_counts": ("Current claims per model id and model text, kept with every claim write.", {}),
    "model_versions": ("A counter per model id, raised by every write that touches its claims.", {}),
    "model_digests": (
        "Each canonical model's share of the models, sources and conflicts answers, and its history (JSON), "
        "per tolerance; valid while its signature matches. A cache.",
        {},
    ),
    "digest_totals": ("Answers merged from all model digests (a cache).", {}),
}


def register(group: click.Group) -> None:
    group.add_command(serve)


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata: titles, table and column descriptions, canned queries."""
    tables = {
        name: {"description": text, **({"columns": columns} if columns else {})}
        for name, (text, columns) in TABLES.items()
    }
    queries = {
        "models": {
            "title": "Models: consensus sizes",
            "description": "What `claimwatch models` shows: each model's consensus total and active size, status "
            "and confidence of the best evidence, independent sources, first seen (tolerance 0.1; as of the "
            "last refresh: serve start, a collection run or a query command).",
            "sql": MODELS_SQL.strip(),
        },
        "conflicts": {
            "title": "Conflicts",
            "description": "What `claimwatch conflicts` shows: pairs of figures of one model and scope that "
            "disagree by more than 10 %, official vs official first. Leave model empty for all models, or give "
            "a model id (see the models query).",
            "sql": CONFLICTS_SQL.strip(),
        },
        "timeline": {
            "title": "Timeline of a model",
            "description": "Every current claim about a model id, oldest first: when, what figure, which "
            "status, whom the article cites, where it appeared.",
            "sql": TIMELINE_SQL.strip(),
        },
    }
    return {
        "title": "claimwatch",
        "description": "Who claimed what about which AI model's parameter count, when, and whether it held up.",
        "databases": {db_name: {"tables": tables, "queries": queries}},
    }


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="IP address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
def serve(db_path: str | None, host: str, port: int) -> None:
    """Browse the database in Datasette: tables, full-text search, canned queries (needs claimwatch[web])."""
    from claimwatch.cli import fail, open_store

    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError:
        fail(INSTALL_HINT, 2)
        return
    from claimwatch.digests import refresh

    with open_store(db_path, must_exist=True) as store:  # migrates; digests for the canned queries
        path = Path(store.path)
        if store.stats()["claims"]:
            refresh(store, TOLERANCE)
    problem = _cannot_listen(host, port)
    if problem:
        fail(problem, 2)
    ds = Datasette([str(path)], metadata=metadata(path.stem), settings={"sql_time_limit_ms": 3000})
    click.echo(f"claimwatch: serving {path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port (a one-line message), or None if it can: uvicorn would
    log its own error and exit 3. The host is an IP address or `localhost` (no name lookups)."""
    import ipaddress
    import socket

    if host != "localhost":
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return f"--host {host!r} is not an IP address (127.0.0.1 serves this machine only; 0.0.0.0 every interface)"
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as e:
        return f"cannot listen on {host} port {port} ({e.strerror or e})"
    return None
