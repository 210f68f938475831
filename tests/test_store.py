"""Storage tests on real SQLite files in tmp_path; no mocks.

sqlite3 is imported here only to look at the file independently of Store (schema listing, a second writer).
"""

from __future__ import annotations

import io
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimwatch
from claimwatch.errors import LockedError, StorageError, UsageError
from claimwatch.models import Article, Claim
from claimwatch.store import MIGRATIONS, SaveItem, Store, resolve_db_path

# fmt: off
EXPECTED_TABLES = {
    "appearances": ["id", "article_id", "url", "source", "feed_id", "guid", "seen_at"],
    "articles": [
        "id", "identity", "url", "canonical_url", "title", "author", "site", "source", "published", "fetched",
        "lang", "text", "content_hash", "fingerprint", "version", "previous_id", "is_current",
        "extractor_version", "created_at",
    ],
    "articles_fts": ["title", "text"],
    "backfill_positions": ["source", "kind", "byte_offset", "skip", "records", "stamp", "finished", "updated_at"],
    "articles_fts_config": ["k", "v"],
    "articles_fts_data": ["id", "block"],
    "articles_fts_docsize": ["id", "sz"],
    "articles_fts_idx": ["segid", "term", "pgno"],
    "claims": [
        "id", "article_id", "model", "model_id", "org", "params", "params_high", "scope", "status", "approx",
        "attributed_to", "evidence", "start", "end", "lang", "extractor_version", "extracted_at", "article_date",
    ],
    "entries": ["id", "feed_id", "guid", "url", "article_id", "seen_at"],
    "feeds": [
        "id", "url", "name", "lang", "enabled", "status", "etag", "last_modified", "body_hash", "interval_s",
        "next_due", "error_count", "last_error", "last_checked", "last_ok", "added_at", "redirect_url",
        "redirect_count",
    ],
    "fetch_log": ["id", "run_id", "feed_id", "url", "status_code", "outcome", "error", "at"],
    "migrations": ["name", "applied_at"],
    "model_aliases": ["alias", "model_id"],
    "model_merges": ["src_id", "dst_id", "merged_at"],
    "models": ["id", "name", "org", "family"],
    "model_counts": ["model_id", "model", "claims"],
    "model_digests": ["model_id", "tolerance", "signature", "summary", "sources", "conflicts", "made_at", "history"],
    "model_versions": ["model_id", "version"],
    "digest_totals": ["answer", "tolerance", "signature", "data", "made_at"],
    "org_aliases": ["alias", "org"],
    "orgs": ["name"],
    "reference_models": [
        "id", "dataset", "model", "model_id", "size_tag", "org", "published", "params", "confidence", "link",
        "imported_at",
    ],
    "runs": [
        "id", "started", "finished", "status", "feeds_checked", "feeds_not_modified", "feeds_failed",
        "new_articles", "new_claims", "errors_json",
    ],
}
EXPECTED_INDEXES = [
    "appearances_feed", "appearances_unique", "appearances_url", "articles_current_hash",
    "articles_current_identity", "articles_date", "articles_identity_version", "articles_old",
    "articles_previous", "articles_url", "claims_article", "claims_date", "claims_model_date",
    "claims_model_size", "claims_model_text", "claims_org_date", "claims_status", "entries_article",
    "fetch_log_feed", "fetch_log_run", "model_aliases_model", "model_merges_dst", "org_aliases_org",
    "reference_models_model",
]
# fmt: on
EXPECTED_TRIGGERS = ["articles_ad", "articles_ai", "articles_au"]

COUNTED_TABLES = ["articles", "claims", "appearances", "entries", "feeds", "models", "model_aliases"]


# --- helpers ------------------------------------------------------------------------------------


def make_article(
    url: str | None = "https://example.com/a", text: str = "GPT-4 has 1.76T parameters.", **kw: Any
) -> Article:
    fields: dict[str, Any] = {"url": url, "title": "A title", "source": url or "file.txt", "text": text}
    fields.update(kw)
    return Article(**fields)


def make_claim(model_id: str = "gpt-4", params: int = 1_760_000_000_000, **kw: Any) -> Claim:
    fields: dict[str, Any] = {
        "model": model_id.upper(),
        "model_id": model_id,
        "params": params,
        "evidence": f"{model_id} has {params} parameters.",
        "start": 0,
        "end": 10,
    }
    fields.update(kw)
    return Claim(**fields)


def bad_claim() -> Claim:
    """A Claim that pydantic would refuse (params = 0), built unvalidated to hit the database CHECK."""
    return Claim.model_construct(**make_claim().model_dump() | {"params": 0})


def raw(path: Path, sql: str) -> list[tuple]:
    """Run one statement on its own connection (committed, closed): a look from outside the Store."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def raw_counts(path: Path) -> dict[str, int]:
    return {t: raw(path, f"SELECT count(*) FROM {t}")[0][0] for t in COUNTED_TABLES}


def schema_listing(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        return {
            "tables": {
                n: [r[1] for r in conn.execute(f"PRAGMA table_info('{n}')")]
                for t, n in objects
                if t == "table"
            },
            "indexes": [n for t, n in objects if t == "index"],
            "triggers": [n for t, n in objects if t == "trigger"],
        }
    finally:
        conn.close()


def schema_sql(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claimwatch.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh store; every test using it must leave the database passing integrity_check."""
    with Store(db_path) as s:
        yield s
        assert s.integrity_check() == []


@pytest.fixture
def fed(store: Store) -> Store:
    """A store with a small gazetteer and three articles with claims."""
    store.load_gazetteer(
        [
            {"id": "gpt-4", "name": "GPT-4", "org": "OpenAI", "aliases": ["GPT4", "gpt 4"]},
            {"id": "llama-3", "name": "Llama 3", "org": "Meta", "family": "llama"},
        ],
        [{"name": "OpenAI", "aliases": ["Open AI"]}, {"name": "Meta", "aliases": ["Meta AI", "Facebook"]}],
    )
    store.save_article(
        make_article(
            "https://news.example/gpt",
            "GPT-4 is said to have 1.76T params.",
            lang="en",
            published=datetime(2024, 1, 10, tzinfo=UTC),
        ),
        [make_claim("gpt-4", org="OpenAI", status="rumored")],
        extractor_version="1",
    )
    store.save_article(
        make_article(
            "https://blog.other.org/llama",
            "Meta released Llama 3 with 70B parameters.",
            published=datetime(2024, 4, 18, tzinfo=UTC),
        ),
        [make_claim("llama-3", params=70_000_000_000, model="Llama 3", org="Meta AI", status="official")],
        extractor_version="1",
    )
    store.save_article(
        make_article(
            "https://news.example/fr",
            "GPT-4 aurait 1 760 milliards de paramètres.",
            lang="fr",
            fetched=datetime(2024, 6, 1, tzinfo=UTC),
        ),
        [make_claim("gpt-4", model="GPT4", lang="fr", status="reported")],
        extractor_version="1",
    )
    return store


# --- opening and migrations ---------------------------------------------------------------------


def test_fresh_database_has_the_full_schema(db_path: Path) -> None:
    Store(db_path).close()
    assert schema_listing(db_path) == {
        "tables": EXPECTED_TABLES,
        "indexes": EXPECTED_INDEXES,
        "triggers": EXPECTED_TRIGGERS,
    }


def test_fresh_database_settings(store: Store, db_path: Path) -> None:
    assert store.schema_version() == len(MIGRATIONS)
    assert raw(db_path, "PRAGMA journal_mode") == [("wal",)]
    with pytest.raises(StorageError, match="FOREIGN KEY constraint failed"):  # foreign_keys is on
        store.record_entry(feed_id=999, guid="g", url=None)
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    store.save_article(make_article(), [make_claim()], extractor_version="1")
    assert stat.S_IMODE(os.stat(f"{db_path}-wal").st_mode) == 0o600


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    Store(db_path).close()
    before = raw(db_path, "SELECT name, applied_at FROM migrations")
    for _ in range(2):
        Store(db_path).close()
    after = raw(db_path, "SELECT name, applied_at FROM migrations")
    assert after == before
    assert [name for name, _ in after] == [name for name, _ in MIGRATIONS]


@pytest.mark.parametrize("applied", range(1, len(MIGRATIONS) + 1))
def test_upgrading_from_any_earlier_schema_equals_a_fresh_one(tmp_path: Path, applied: int) -> None:
    fresh, upgraded = tmp_path / "fresh.db", tmp_path / "upgraded.db"
    Store(fresh).close()
    Store(upgraded, migrations=MIGRATIONS[:applied]).close()
    with Store(upgraded) as store:
        assert store.schema_version() == len(MIGRATIONS)
    assert schema_sql(upgraded) == schema_sql(fresh)


def test_a_later_migration_is_applied_once_on_open(db_path: Path) -> None:
    Store(db_path).close()

    def m999_notes(db) -> None:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")

    extended = [*MIGRATIONS, ("m999_notes", m999_notes)]
    for _ in range(2):
        with Store(db_path, migrations=extended) as store:
            assert store.schema_version() == len(extended)
    names = [r[0] for r in raw(db_path, "SELECT name FROM migrations ORDER BY rowid")]
    assert names == [name for name, _ in extended]
    with pytest.raises(StorageError, match="newer claimwatch"):
        Store(db_path)


def test_a_failing_migration_leaves_the_old_schema(db_path: Path) -> None:
    Store(db_path).close()

    def m999_broken(db) -> None:
        db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
        db.execute("THIS IS NOT SQL")

    with pytest.raises(StorageError, match="migration m999_broken failed"):
        Store(db_path, migrations=[*MIGRATIONS, ("m999_broken", m999_broken)])
    assert "half_done" not in schema_listing(db_path)["tables"]
    with Store(db_path) as store:
        assert store.schema_version() == len(MIGRATIONS)


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    content = b"these are my notes, not a database\n" * 200
    path.write_bytes(content)
    with pytest.raises(StorageError) as info:
        Store(path)
    message = str(info.value)
    assert message == f"{path} is not a claimwatch database (file is not a database)"
    assert "\n" not in message
    assert path.read_bytes() == content


def test_another_apps_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    raw(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match="not a claimwatch database"):
        Store(path)


def test_missing_directory_or_directory_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        Store(tmp_path / "missing" / "claimwatch.db")
    assert not (tmp_path / "missing").exists()
    with pytest.raises(StorageError, match="is a directory"):
        Store(tmp_path)
    with pytest.raises(StorageError, match="does not exist"):
        Store(tmp_path / "nothing.db", readonly=True)


def test_readonly_store_reads_but_refuses_writes(db_path: Path) -> None:
    with Store(db_path) as store:
        store.save_article(make_article(), [make_claim()], extractor_version="1")
    with Store(db_path, readonly=True) as ro:
        assert len(ro.claims()) == 1
        with pytest.raises(StorageError, match="read-only"):
            ro.save_article(make_article(text="changed"), [], extractor_version="1")
        assert ro.integrity_check() == []


# --- saving articles ----------------------------------------------------------------------------


def test_saving_the_same_article_twice_changes_nothing(store: Store, db_path: Path) -> None:
    feed_id = store.add_feed("https://example.com/feed.xml")
    article = make_article()
    first = store.save_article(article, [make_claim()], extractor_version="1", feed_id=feed_id, guid="g1")
    counts = raw_counts(db_path)
    again = store.save_article(article, [make_claim()], extractor_version="1", feed_id=feed_id, guid="g1")
    assert (first.outcome, first.claims_written) == ("new", 1)
    assert (again.outcome, again.claims_written, again.article_id) == ("unchanged", 0, first.article_id)
    assert raw_counts(db_path) == counts
    assert counts["entries"] == 1 and counts["appearances"] == 1


def test_changed_text_makes_a_new_version_and_keeps_the_old_one(store: Store) -> None:
    v1 = store.save_article(
        make_article(text="GPT-4 has 1T."), [make_claim(params=10**12)], extractor_version="1"
    )
    v2 = store.save_article(
        make_article(text="GPT-4 has 1.8T."), [make_claim(params=18 * 10**11)], extractor_version="1"
    )
    assert v2.outcome == "new_version" and v2.article_id != v1.article_id
    old, new = store.article(v1.article_id), store.article(v2.article_id)
    assert old is not None and new is not None
    assert (old["is_current"], old["version"]) == (0, 1)
    assert (new["is_current"], new["version"], new["previous_id"]) == (1, 2, v1.article_id)
    assert [c["params"] for c in old["claims"]] == [10**12]
    assert [c["params"] for c in store.claims()] == [18 * 10**11]
    assert sorted(c["params"] for c in store.claims(include_old=True)) == [10**12, 18 * 10**11]
    assert store.article("https://example.com/a")["id"] == v2.article_id


def test_same_text_at_another_url_is_one_article_with_two_appearances(store: Store, db_path: Path) -> None:
    text = "Syndicated: GPT-4 has 1.76T parameters."
    first = store.save_article(
        make_article("https://a.example/story", text), [make_claim()], extractor_version="1"
    )
    copy = store.save_article(
        make_article("https://b.example/copy", text), [make_claim()], extractor_version="1"
    )
    assert copy.outcome == "duplicate" and copy.article_id == first.article_id and copy.claims_written == 0
    assert raw_counts(db_path)["articles"] == 1
    assert raw_counts(db_path)["claims"] == 1
    found = store.article("https://b.example/copy")
    assert found is not None and found["id"] == first.article_id
    assert [a["url"] for a in found["appearances"]] == ["https://a.example/story", "https://b.example/copy"]


def test_identity_prefers_canonical_url(store: Store) -> None:
    a = store.save_article(
        make_article("https://x.example/a?utm=1", "one", canonical_url="https://x.example/a"),
        [],
        extractor_version="1",
    )
    b = store.save_article(
        make_article("https://x.example/a?utm=2", "two", canonical_url="https://x.example/a"),
        [],
        extractor_version="1",
    )
    assert b.outcome == "new_version" and store.article(b.article_id)["previous_id"] == a.article_id


def test_site_defaults_to_the_host(store: Store) -> None:
    result = store.save_article(make_article("https://www.News.example/x"), [], extractor_version="1")
    assert store.article(result.article_id)["site"] == "news.example"


def test_repeated_claims_in_one_article_are_stored_once(store: Store) -> None:
    result = store.save_article(make_article(), [make_claim(), make_claim()], extractor_version="1")
    assert result.claims_written == 1


def test_save_is_atomic_when_a_claim_is_rejected(store: Store, db_path: Path) -> None:
    with pytest.raises(StorageError, match="CHECK constraint failed"):
        store.save_article(make_article(), [make_claim(), bad_claim()], extractor_version="1")
    assert raw_counts(db_path) == dict.fromkeys(COUNTED_TABLES, 0)


def test_save_many_is_one_transaction(store: Store, db_path: Path) -> None:
    items = [(make_article(f"https://e.example/{i}", f"text {i}"), [make_claim()]) for i in range(3)]
    results = store.save_many(items, extractor_version="1")
    assert [r.outcome for r in results] == ["new"] * 3
    broken = [
        SaveItem(make_article("https://e.example/9", "nine"), [make_claim()]),
        SaveItem(make_article("https://e.example/10", "ten"), [bad_claim()]),
    ]
    with pytest.raises(StorageError):
        store.save_many(broken, extractor_version="1")
    assert raw_counts(db_path)["articles"] == 3


def test_transaction_groups_writes_and_isolates_a_failed_save(store: Store, db_path: Path) -> None:
    feed_id = store.add_feed("https://f.example/rss")
    with store.transaction():
        store.save_article(make_article("https://f.example/1", "one"), [make_claim()], extractor_version="1")
        with pytest.raises(StorageError):
            store.save_article(
                make_article("https://f.example/2", "two"), [bad_claim()], extractor_version="1"
            )
        store.update_feed(feed_id, etag='"abc"', error_count=0)
    assert raw_counts(db_path)["articles"] == 1
    assert store.get_feed(feed_id)["etag"] == '"abc"'
    with pytest.raises(RuntimeError), store.transaction():
        store.save_article(
            make_article("https://f.example/3", "three"), [make_claim()], extractor_version="1"
        )
        raise RuntimeError("pipeline crashed")
    assert raw_counts(db_path)["articles"] == 1


# --- claims: replace, re-extract, query ---------------------------------------------------------


def test_replace_claims_is_atomic(store: Store) -> None:
    saved = store.save_article(
        make_article(), [make_claim(params=1), make_claim(params=2)], extractor_version="1"
    )
    with pytest.raises(StorageError, match="CHECK constraint failed"):
        store.replace_claims(saved.article_id, [make_claim(params=3), bad_claim()], "2")
    article = store.article(saved.article_id)
    assert sorted(c["params"] for c in article["claims"]) == [1, 2]
    assert article["extractor_version"] == "1"
    assert store.replace_claims(saved.article_id, [make_claim(params=3)], "2") == 1
    article = store.article(saved.article_id)
    assert [c["params"] for c in article["claims"]] == [3]
    assert article["extractor_version"] == "2"


def test_replace_claims_of_unknown_article(store: Store) -> None:
    with pytest.raises(StorageError, match="no article with id 42"):
        store.replace_claims(42, [make_claim()], "2")


def test_reextract_while_iterating_holds_no_cursor(store: Store) -> None:
    for i in range(5):
        store.save_article(make_article(f"https://r.example/{i}", f"text {i}"), [], extractor_version="1")
    store.save_article(make_article("https://r.example/new", "new"), [], extractor_version="2")
    seen = []
    for article_id, text, _lang in store.articles_needing_reextract("2"):
        store.replace_claims(article_id, [make_claim()], "2")  # writing mid-iteration must work
        seen.append(text)
    assert seen == [f"text {i}" for i in range(5)]
    assert list(store.articles_needing_reextract("2")) == []
    assert len(list(store.articles_needing_reextract(None))) == 6  # None: every current article


def test_claims_filter_by_model(fed: Store) -> None:
    def urls(**kw: Any) -> list[str]:
        return sorted(c["url"] for c in fed.claims(**kw))

    gpt = ["https://news.example/fr", "https://news.example/gpt"]
    assert urls(model="gpt-4") == gpt
    assert urls(model="GPT-4") == gpt  # the model's name
    assert urls(model="gpt4") == gpt  # an alias, any case
    assert urls(model="llama 3") == ["https://blog.other.org/llama"]  # the claim's own text
    assert urls(model="nothing") == []


def test_claims_filter_by_org_status_lang_source_dates(fed: Store) -> None:
    def urls(**kw: Any) -> list[str]:
        return sorted(c["url"] for c in fed.claims(**kw))

    assert urls(org="facebook") == ["https://blog.other.org/llama"]  # alias of Meta; claim says "Meta AI"
    assert urls(org="openai") == ["https://news.example/gpt"]
    assert urls(status="Official") == ["https://blog.other.org/llama"]
    assert urls(lang="fr") == ["https://news.example/fr"]
    assert urls(source="other.org") == ["https://blog.other.org/llama"]
    assert urls(source="100%") == []
    assert urls(since=date(2024, 4, 1)) == ["https://blog.other.org/llama", "https://news.example/fr"]
    assert urls(until="2024-04-17") == ["https://news.example/gpt"]
    assert urls(until=date(2024, 4, 18)) == ["https://blog.other.org/llama", "https://news.example/gpt"]
    assert urls(until=datetime(2024, 4, 18, tzinfo=UTC)) == [
        "https://news.example/gpt"
    ]  # an instant: exclusive
    assert urls(since="2024-01-01", until=datetime(2024, 5, 1, tzinfo=UTC)) == [
        "https://blog.other.org/llama",
        "https://news.example/gpt",
    ]
    assert len(fed.claims(limit=1)) == 1
    assert fed.claims()[0]["url"] == "https://news.example/fr"  # newest first
    with pytest.raises(UsageError):
        fed.claims(status="confirmed")
    with pytest.raises(UsageError):
        fed.claims(since="last tuesday")


def test_claim_rows_carry_provenance(fed: Store) -> None:
    row = fed.claims(model="llama-3")[0]
    assert row["title"] == "A title" and row["site"] == "blog.other.org"
    assert row["published"] == "2024-04-18T00:00:00+00:00"
    assert row["approx"] is False and row["extractor_version"] == "1"


# the claims() query before the query indexes (m004): the reference its answers must equal
_REFERENCE_CLAIMS_SQL = """
SELECT c.id, c.article_id, c.model, c.model_id, c.org, c.params, c.params_high, c.scope, c.status,
       c.approx, c.attributed_to, c.evidence, c."start", c."end", c.lang, c.extractor_version,
       c.extracted_at, a.url, a.title, a.site, a.source, a.published, a.fetched, a.is_current
FROM claims c JOIN articles a ON a.id = c.article_id
"""


def reference_claims(
    db_path: Path, model: str | None = None, org: str | None = None, **kw: Any
) -> list[dict]:
    where, params = ([] if kw.get("include_old") else ["a.is_current = 1"]), []
    conn = sqlite3.connect(db_path)
    try:
        if model:
            ids = {model, model.lower()} | {
                r[0]
                for r in conn.execute(
                    "SELECT id FROM models WHERE id = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE "
                    "UNION SELECT model_id FROM model_aliases WHERE alias = ?1 "
                    "UNION SELECT dst_id FROM model_merges WHERE src_id = ?1 COLLATE NOCASE",
                    (model,),
                )
            }
            where.append(f"(c.model_id IN ({', '.join('?' * len(ids))}) OR c.model = ? COLLATE NOCASE)")
            params += [*sorted(ids), model]
        if org:
            found = conn.execute("SELECT org FROM org_aliases WHERE alias = ?", (org,)).fetchone()
            canonical = found[0] if found else org
            names = {org, canonical} | {
                r[0] for r in conn.execute("SELECT alias FROM org_aliases WHERE org = ?", (canonical,))
            }
            where.append(f"c.org COLLATE NOCASE IN ({', '.join('?' * len(names))})")
            params += sorted(names)
        for key, sql in (("status", "c.status = ?"), ("lang", "c.lang = ?")):
            if kw.get(key):
                where.append(sql)
                params.append(kw[key])
        if kw.get("since"):
            where.append("COALESCE(a.published, a.fetched) >= ?")
            params.append(kw["since"] + "T00:00:00+00:00")
        if kw.get("source"):
            where.append("(a.site LIKE ? OR a.url LIKE ?)")
            params += [f"%{kw['source']}%"] * 2
        sql = _REFERENCE_CLAIMS_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY COALESCE(a.published, a.fetched) DESC, c.id DESC"
        if kw.get("limit") is not None:
            sql += f" LIMIT {int(kw['limit'])}"
        cursor = conn.execute(sql, params)
        names_ = [d[0] for d in cursor.description]
        return [dict(zip(names_, row, strict=True)) | {"approx": bool(row[9])} for row in cursor]
    finally:
        conn.close()


def test_claims_queries_answer_as_the_plain_query_does(store: Store, db_path: Path) -> None:
    """Index ranges per model id / org name, merged newest first, give exactly the rows and order of one
    plain filtered query: aliases, claim texts under other ids, org spellings, old versions, undated articles."""
    rng = random.Random(5)
    store.load_gazetteer(
        [
            {"id": "gpt-4", "name": "GPT-4", "org": "OpenAI", "aliases": ["GPT4", "gpt 4"]},
            {"id": "llama-3", "name": "Llama 3", "org": "Meta"},
        ],
        [{"name": "OpenAI", "aliases": ["Open AI"]}, {"name": "Meta", "aliases": ["Meta AI", "Facebook"]}],
    )
    texts = [("GPT-4", "gpt-4"), ("gpt4", "gpt4"), ("GPT-4", "gpt-4-slug"), ("Llama 3", "llama-3"),
             ("Llama 3 70B", "llama-3"), ("llama 3", "llama-3-new"), ("Zephyr", "zephyr")]  # fmt: skip
    orgs = [None, "OpenAI", "openai", "Open AI", "Meta AI", "facebook", "Mistral"]
    for i in range(40):
        dated = rng.random() < 0.8
        day = datetime(2024, 1 + i % 12, 1 + rng.randrange(3), tzinfo=UTC)
        article = make_article(
            f"https://{rng.choice(['a.example', 'b.example'])}/{i % 30}",  # ten URLs come back with new text
            f"Text {i}",
            lang=rng.choice(["en", "de"]),
            **({"published": day} if dated and rng.random() < 0.5 else {"fetched": day} if dated else {}),
        )
        claims = []
        for k in range(rng.randrange(1, 4)):
            text, model_id = rng.choice(texts)
            claims.append(
                make_claim(model_id, params=(k + 1) * 10**9, model=text, org=rng.choice(orgs),
                           status=rng.choice(["official", "rumored"]), lang=article.lang or "en")
            )  # fmt: skip
        store.save_article(article, claims, extractor_version="1")
    first = store.claims(include_old=True)[-1]
    store.replace_claims(first["article_id"], [make_claim("gpt-4", model="GPT-4")], "2")
    asked = [
        {},
        *(
            {"model": m}
            for m in ["gpt-4", "GPT-4", "gpt4", "GPT 4", "Llama 3", "llama 3", "llama-3-new", "no"]
        ),
        *({"org": o} for o in ["openai", "Open AI", "facebook", "META", "mistral"]),
        {"model": "GPT-4", "org": "OpenAI"},
        {"model": "Llama 3", "status": "official", "lang": "de"},
        {"org": "Meta", "since": "2024-06-01"},
        {"source": "b.example"},
        {"model": "GPT-4", "source": "a.example"},
        {"status": "rumored"},
    ]
    for kw in asked:
        for extra in (
            {},
            {"limit": 1},
            {"limit": 5},
            {"include_old": True},
            {"include_old": True, "limit": 3},
        ):
            assert store.claims(**kw, **extra) == reference_claims(db_path, **kw, **extra), (kw, extra)


def test_claims_of_a_model_read_only_what_they_return(fed: Store) -> None:
    """The latest claims of a model come newest first straight from an index range: no sort."""
    seen: list[tuple[str, list[Any]]] = []
    real = fed._all

    def spy(sql: str, params: Any = ()) -> list[dict]:
        seen.append((sql, list(params)))
        return real(sql, params)

    fed._all = spy  # type: ignore[method-assign]
    for kw in ({"model": "GPT-4"}, {"org": "OpenAI"}, {"status": "rumored"}):
        seen.clear()
        fed.claims(**kw, limit=20)
        [(sql, params)] = seen
        plan = " | ".join(row[3] for row in fed._conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "SEARCH c USING INDEX claims_" in plan or "SCAN c USING INDEX claims_date" in plan, plan
        assert "TEMP B-TREE" not in plan or "UNION ALL" in plan, plan  # merging ranges sorts <= 20 rows each


def test_claims_carry_their_article_date(store: Store, db_path: Path) -> None:
    published, fetched = datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 3, 2, tzinfo=UTC)
    a = store.save_article(make_article("https://x.example/1", published=published, fetched=fetched), [make_claim()],
                           extractor_version="1")  # fmt: skip
    b = store.save_article(make_article("https://x.example/2", "Other.", fetched=fetched), [make_claim()],
                           extractor_version="1")  # fmt: skip
    c = store.save_article(
        make_article("https://x.example/3", "Undated."), [make_claim()], extractor_version="1"
    )
    store.replace_claims(b.article_id, [make_claim("llama-3")], "2")
    dates = dict(raw(db_path, "SELECT article_id, article_date FROM claims"))
    assert dates == {
        a.article_id: "2024-03-01T00:00:00+00:00",  # published
        b.article_id: "2024-03-02T00:00:00+00:00",  # else fetched, also after replace_claims
        c.article_id: None,
    }


def test_the_query_index_migration_dates_existing_claims(db_path: Path) -> None:
    with Store(db_path, migrations=MIGRATIONS[:3]) as old:
        old._conn.execute(
            "INSERT INTO articles (identity, source, published, text, content_hash, fingerprint, created_at) "
            "VALUES ('x', 'x', '2024-05-01T00:00:00+00:00', 't', 'h', 'h', 'now')"
        )
        old._conn.execute(
            "INSERT INTO claims (article_id, model, model_id, params, scope, status, approx, evidence, "
            '"start", "end", lang, extractor_version, extracted_at) '
            "VALUES (1, 'GPT-4', 'gpt-4', 5, 'total', 'reported', 0, 'e', 0, 1, 'en', '1', 'now')"
        )
    with Store(db_path) as store:
        assert [c["published"] for c in store.claims(model="gpt-4", limit=1)] == ["2024-05-01T00:00:00+00:00"]
    assert raw(db_path, "SELECT article_date FROM claims") == [("2024-05-01T00:00:00+00:00",)]


def test_store_statuses_are_the_models_statuses() -> None:
    from claimwatch import models, store

    assert store.STATUSES == models.STATUSES


# --- full-text search ---------------------------------------------------------------------------


def test_search_finds_a_term_with_a_snippet(fed: Store) -> None:
    hits = fed.search("released")
    assert [h["url"] for h in hits] == ["https://blog.other.org/llama"]
    assert "[released]" in hits[0]["snippet"]
    assert {h["url"] for h in fed.search("gpt-4")} == {"https://news.example/gpt", "https://news.example/fr"}
    assert fed.search("parametres") and fed.search("rele*")  # diacritics folded; prefix
    assert fed.search('"unbalanced AND ( NEAR') == []
    assert fed.search("   ") == []


def test_search_raw_syntax_errors_are_storage_errors(fed: Store) -> None:
    assert fed.search("llama OR released", raw=True)
    with pytest.raises(StorageError, match="invalid search query"):
        fed.search("llama AND (", raw=True)


def test_search_sees_only_current_versions(store: Store) -> None:
    store.save_article(make_article(text="the zebra model"), [], extractor_version="1")
    store.save_article(make_article(text="the yak model"), [], extractor_version="1")
    assert store.search("zebra") == []
    assert len(store.search("yak")) == 1


# --- gazetteer curation -------------------------------------------------------------------------


def test_load_gazetteer_is_idempotent(fed: Store, db_path: Path) -> None:
    counts = raw_counts(db_path)
    fed.load_gazetteer([{"id": "gpt-4", "name": "GPT-4", "org": "OpenAI", "aliases": ["GPT4", "gpt 4"]}])
    assert raw_counts(db_path) == counts


def test_add_alias_and_merge_models(fed: Store) -> None:
    fed.load_gazetteer([{"id": "gpt-4-turbo", "name": "GPT-4 Turbo", "aliases": ["gpt4t"]}])
    fed.add_alias("G4", "gpt-4")
    assert len(fed.claims(model="g4")) == 2
    with pytest.raises(StorageError, match="unknown model"):
        fed.add_alias("x", "no-such-model")
    fed.save_article(
        make_article("https://t.example/1", "turbo"), [make_claim("gpt-4-turbo")], extractor_version="1"
    )
    assert fed.merge_models("gpt-4-turbo", "gpt-4") == 1
    assert len(fed.claims(model="gpt-4")) == 3
    assert len(fed.claims(model="gpt4t")) == 3  # alias moved
    assert "gpt-4-turbo" not in [m["id"] for m in fed.models()]
    # the merge sticks: reloading the gazetteer does not bring the model back, new claims follow it
    fed.load_gazetteer([{"id": "gpt-4-turbo", "name": "GPT-4 Turbo", "aliases": ["turbo"]}])
    assert "gpt-4-turbo" not in [m["id"] for m in fed.models()]
    fed.save_article(
        make_article("https://t.example/2", "turbo 2"), [make_claim("gpt-4-turbo")], extractor_version="1"
    )
    assert {c["model_id"] for c in fed.claims(model="turbo")} == {"gpt-4"}
    with pytest.raises(StorageError):
        fed.merge_models("gpt-4", "gpt-4")


# --- feeds, entries, runs -----------------------------------------------------------------------


def test_feed_crud(store: Store) -> None:
    feed_id = store.add_feed("https://f.example/rss", name="F", lang="en", interval_s=7200)
    assert store.add_feed("https://f.example/rss", name="other") == feed_id
    store.update_feed(feed_id, etag='W/"1"', last_checked=datetime(2024, 1, 1, 12, tzinfo=UTC), enabled=False)
    feed = store.get_feed("https://f.example/rss")
    assert feed is not None and feed["id"] == feed_id and feed["name"] == "F"
    assert (feed["etag"], feed["last_checked"], feed["enabled"]) == ('W/"1"', "2024-01-01T12:00:00+00:00", 0)
    with pytest.raises(StorageError, match="unknown feed field"):
        store.update_feed(feed_id, **{"etag = NULL; DROP TABLE feeds; --": "x"})
    with pytest.raises(StorageError, match="CHECK constraint failed"):
        store.update_feed(feed_id, status="exploded")
    with pytest.raises(StorageError, match="no feed with id"):
        store.update_feed(999, etag="x")
    assert [f["id"] for f in store.list_feeds()] == [feed_id]


def test_list_feeds_due(store: Store) -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    due, later, never, off = (
        store.add_feed(f"https://f.example/{n}") for n in ("due", "later", "never", "off")
    )
    store.update_feed(due, next_due=datetime(2023, 12, 31, tzinfo=UTC))
    store.update_feed(later, next_due=datetime(2024, 2, 1, tzinfo=UTC))
    store.update_feed(off, status="gone")
    assert [f["id"] for f in store.list_feeds(due_at=now)] == [never, due]


def test_entries_runs_and_fetch_log(store: Store, db_path: Path) -> None:
    feed_id = store.add_feed("https://f.example/rss")
    entry = store.record_entry(feed_id, "guid-1", "https://f.example/1")
    saved = store.save_article(
        make_article("https://f.example/1"), [], extractor_version="1", feed_id=feed_id, guid="guid-1"
    )
    assert store.record_entry(feed_id, "guid-1", "https://f.example/1") == entry
    assert store.seen_guids(feed_id) == {"guid-1"}
    assert raw(db_path, "SELECT article_id FROM entries") == [(saved.article_id,)]
    run_id = store.start_run()
    store.log_fetch(run_id, feed_id, "https://f.example/rss", outcome="not_modified", status_code=304)
    store.finish_run(
        run_id, status="ok", feeds_checked=1, feeds_not_modified=1, errors=[{"feed": 1, "e": "x"}]
    )
    run = store.list_runs()[0]
    assert (run["status"], run["feeds_not_modified"], run["errors_json"]) == (
        "ok",
        1,
        '[{"feed": 1, "e": "x"}]',
    )
    assert run["finished"] is not None
    assert store.fetch_log(feed_id=feed_id)[0]["status_code"] == 304


def test_clock_is_injected(db_path: Path) -> None:
    fixed = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    with Store(db_path, clock=lambda: fixed) as store:
        store.save_article(make_article(), [make_claim()], extractor_version="1")
        assert store.claims()[0]["extracted_at"] == "2030-05-06T07:08:09+00:00"


# --- stats, maintenance, locking, busy ----------------------------------------------------------


def test_stats(fed: Store) -> None:
    stats = fed.stats()
    assert (stats["articles"], stats["claims"], stats["models"], stats["orgs"]) == (3, 3, 2, 2)
    assert stats["schema_version"] == len(MIGRATIONS)


def test_article_lookup(fed: Store) -> None:
    assert fed.article("https://nowhere.example/") is None
    assert fed.article(999) is None
    by_url = fed.article("https://news.example/gpt")
    assert by_url is not None and fed.article(str(by_url["id"]))["id"] == by_url["id"]


def test_a_stored_answer_is_copied_as_stored_utf8(store: Store, db_path: Path) -> None:
    text = '[\n{"source": "Ünïversité Σ 東京", "n": 1}\n]\n'
    assert store.save_digests(0.1, {}, {"conflicts": ("sig-1", text)})
    for chunk in (1, 2, 5, 1 << 20):  # chunks that split characters: the bytes are copied, not decoded
        out = io.BytesIO()
        assert store.copy_digest_total("conflicts", 0.1, "sig-1", out, chunk=chunk)
        assert out.getvalue() == text.encode("utf-8")
    assert store.copy_digest_total("conflicts", 0.1, "sig-1", None)  # only checked
    out = io.BytesIO()
    assert not store.copy_digest_total("conflicts", 0.1, "sig-2", out)  # another signature: stale
    assert not store.copy_digest_total("conflicts", 0.5, "sig-1", out)  # another tolerance
    assert not store.copy_digest_total("sources", 0.1, "sig-1", out)
    assert out.getvalue() == b""
    with Store(db_path, readonly=True) as reader:
        out = io.BytesIO()
        assert reader.copy_digest_total("conflicts", 0.1, "sig-1", out)
        assert out.getvalue() == text.encode("utf-8")


def test_checkpoint_truncates_the_wal(store: Store, db_path: Path) -> None:
    store.save_article(make_article(), [make_claim()], extractor_version="1")
    assert os.path.getsize(f"{db_path}-wal") > 0
    store.checkpoint()
    assert os.path.getsize(f"{db_path}-wal") == 0


def test_integrity_check_reports_a_stale_search_index(store: Store, db_path: Path) -> None:
    store.save_article(make_article(), [], extractor_version="1")
    # an index entry without its article, as a bug would leave behind
    raw(db_path, "INSERT INTO articles_fts (rowid, title, text) VALUES (77, 'ghost', 'ghost')")
    assert any("full-text index" in p for p in store.integrity_check())
    store.rebuild_search_index()
    assert store.integrity_check() == []


def test_lock_is_exclusive(db_path: Path) -> None:
    with Store.lock(db_path) as lock_path:
        assert stat.S_IMODE(os.stat(lock_path).st_mode) == 0o600
        with (
            pytest.raises(LockedError, match=f"another claimwatch run holds {lock_path}"),
            Store.lock(db_path),
        ):
            pass
    with Store.lock(db_path, wait=1):
        pass


def test_lock_in_a_missing_directory_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"), Store.lock(tmp_path / "nope" / "x.db"):
        pass
    assert not (tmp_path / "nope").exists()


def test_busy_database_is_retried_then_given_up_without_partial_rows(db_path: Path) -> None:
    Store(db_path).close()
    blocker = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    try:
        with Store(db_path, busy_timeout=0.01) as store:
            blocker.execute("BEGIN IMMEDIATE")
            with pytest.raises(StorageError, match="locked"):
                store.save_article(make_article(), [make_claim()], extractor_version="1")
            blocker.execute("ROLLBACK")
            assert store.stats()["articles"] == 0
            blocker.execute("BEGIN IMMEDIATE")
            release = threading.Timer(0.05, blocker.execute, ("ROLLBACK",))
            release.start()
            result = store.save_article(make_article(), [make_claim()], extractor_version="1")
            release.join()
            assert result.outcome == "new"
            assert store.integrity_check() == []
    finally:
        blocker.close()


CHILD_WRITER = """
import sys
from claimwatch.models import Article, Claim
from claimwatch.store import Store
store = Store(sys.argv[1])
claims = [Claim(model="GPT-4", model_id="gpt-4", params=n + 1, evidence="e", start=0, end=1) for n in range(7)]
start = int(sys.argv[2])
print("ready", flush=True)
for i in range(start, start + 100000):
    article = Article(url=f"https://k.example/{i}", text=f"text {i} " * 200, source="k")
    store.save_article(article, claims, extractor_version="1")
"""


def test_killed_writer_leaves_whole_articles_only(db_path: Path) -> None:
    """SIGKILL a writing process at random moments: the file stays sound, every article has all 7 claims."""
    Store(db_path).close()
    env = {**os.environ, "PYTHONPATH": str(Path(claimwatch.__file__).parents[1])}
    for attempt in range(4):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD_WRITER, str(db_path), str(attempt * 100000)],
            env=env,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        threading.Event().wait(random.uniform(0.05, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        with Store(db_path) as store:
            assert store.integrity_check() == []
            per_article = raw(
                db_path,
                "SELECT count(c.id) FROM articles a LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id",
            )
            assert {n for (n,) in per_article} <= {7}
    assert raw_counts(db_path)["articles"] > 0


# --- paths --------------------------------------------------------------------------------------


def test_resolve_db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_DB", str(tmp_path / "env.db"))
    assert resolve_db_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"
    assert resolve_db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("CLAIMWATCH_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = resolve_db_path(None)
    assert default == tmp_path / "xdg" / "claimwatch" / "claimwatch.db"
    assert default.parent.is_dir()


# --- property: random saves keep the counts a simple model predicts -----------------------------

URLS = [f"https://p.example/{i}" for i in range(3)]
TEXTS = ["alpha text", "beta text", "gamma text"]
saves = st.lists(
    st.tuples(
        st.sampled_from(URLS),
        st.sampled_from(TEXTS),
        st.lists(st.integers(min_value=1, max_value=4), max_size=3),
    ),
    max_size=12,
)


def expected_counts(plan: list[tuple[str, str, list[int]]]) -> dict[str, int]:
    """A reference model of save_article: rows are [url, text, current, claim count]."""
    rows: list[list] = []
    appearances: set[tuple[int, str]] = set()
    for url, text, params in plan:
        current = next((i for i, r in enumerate(rows) if r[0] == url and r[2]), None)
        same_text = next((i for i, r in enumerate(rows) if r[1] == text and r[2]), None)
        if current is not None and rows[current][1] == text:
            target = current
        elif current is not None or same_text is None:
            if current is not None:
                rows[current][2] = False
            rows.append([url, text, True, len(set(params))])
            target = len(rows) - 1
        else:
            target = same_text
        appearances.add((target, url))
    return {
        "articles": len(rows),
        "current": sum(1 for r in rows if r[2]),
        "claims": sum(r[3] for r in rows),
        "appearances": len(appearances),
    }


@settings(max_examples=40, deadline=None)
@given(plan=saves)
def test_random_saves_match_the_reference_model(plan: list[tuple[str, str, list[int]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.db"
        with Store(path) as store:
            for url, text, params in plan:
                article, claims = make_article(url, text), [make_claim(params=p) for p in params]
                store.save_article(article, claims, extractor_version="1")
                before = store.stats()
                assert store.save_article(article, claims, extractor_version="1").claims_written == 0
                assert store.stats() == before  # saving the same thing again adds nothing
            stats = store.stats()
            assert store.integrity_check() == []
        counts = raw_counts(path)
    expected = expected_counts(plan)
    assert counts["articles"] == expected["articles"]
    assert stats["articles"] == expected["current"]
    assert counts["claims"] == expected["claims"]
    assert counts["appearances"] == expected["appearances"]
