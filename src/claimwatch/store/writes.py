"""Saving articles with their claims, appearances and feed entries; replacing an article's claims."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, NamedTuple
from urllib.parse import urlsplit

from claimwatch.errors import StorageError
from claimwatch.store.connection import translated
from claimwatch.store.feed_records import FeedRecords
from claimwatch.store.gazetteer import Gazetteer
from claimwatch.store.rows import Row, iso
from claimwatch.store.schema import ARTICLE_INSERT, CLAIM_INSERT

if TYPE_CHECKING:
    from claimwatch.models import Article, Claim

Outcome = Literal["new", "unchanged", "new_version", "duplicate"]


@dataclass(frozen=True)
class SaveResult:
    """What `save_article` did: the article row the caller should refer to, and how many claims it wrote."""

    article_id: int
    outcome: Outcome
    claims_written: int


@dataclass(frozen=True)
class _Unit:
    """One article being saved, with what is computed once for it."""

    item: SaveItem
    identity: str
    content_hash: str
    extractor_version: str
    now: str


class SaveItem(NamedTuple):
    """One article for `save_many`; plain `(article, claims)` tuples are accepted too."""

    article: Article
    claims: Sequence[Claim]
    feed_id: int | None = None
    guid: str | None = None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _identity(article: Article) -> str:
    return article.canonical_url or article.url or article.source


class ArticleWrites(Gazetteer, FeedRecords):
    """Article and claim writes (they follow the gazetteer's merges and record feed entries)."""

    @translated
    def save_article(
        self,
        article: Article,
        claims: Sequence[Claim],
        *,
        extractor_version: str,
        feed_id: int | None = None,
        guid: str | None = None,
    ) -> SaveResult:
        """Store one article, its claims, its appearance and (with feed_id + guid) its feed entry, atomically.

        Outcome "new" and "new_version" write the claims; "unchanged" and "duplicate" write none. Saving the
        same thing again adds no rows. Claims are stored with `extractor_version` (not Claim.extractor_version).
        """
        item = SaveItem(article, claims, feed_id, guid)
        return self._write(lambda: self._save_one(item, extractor_version, self._now()))

    @translated
    def save_many(
        self, items: Iterable[SaveItem | tuple[Any, ...]], *, extractor_version: str
    ) -> list[SaveResult]:
        """Store many articles in one transaction (all or nothing); items are SaveItem or (article, claims)."""
        batch = [SaveItem(*item) for item in items]

        def save_all() -> list[SaveResult]:
            now = self._now()
            return [self._save_one(item, extractor_version, now) for item in batch]

        return self._write(save_all)

    def _save_one(self, item: SaveItem, extractor_version: str, now: str) -> SaveResult:
        unit = _Unit(item, _identity(item.article), item.article.content_hash, extractor_version, now)
        current = self._one(
            "SELECT id, content_hash, version FROM articles WHERE identity = ? AND is_current = 1",
            (unit.identity,),
        )
        if current is None:
            result = self._save_new_identity(unit)
        elif current["content_hash"] == unit.content_hash:
            result = SaveResult(current["id"], "unchanged", 0)
        else:
            self._count_claims(current["id"], -1)  # its claims stop being current
            self._conn.execute("UPDATE articles SET is_current = 0 WHERE id = ?", (current["id"],))
            result = self._insert_with_claims(unit, "new_version", current)
        self._record_appearance(result.article_id, item, now)
        if item.feed_id is not None and item.guid:
            self._upsert_entry(item.feed_id, item.guid, item.article.url, result.article_id, now)
        return result

    def _save_new_identity(self, unit: _Unit) -> SaveResult:
        same_text = self._scalar(
            "SELECT id FROM articles WHERE content_hash = ? AND is_current = 1 ORDER BY id LIMIT 1",
            (unit.content_hash,),
        )
        if same_text is not None:
            return SaveResult(same_text, "duplicate", 0)
        return self._insert_with_claims(unit, "new", None)

    def _insert_with_claims(self, unit: _Unit, outcome: Outcome, previous: Row | None) -> SaveResult:
        article = unit.item.article
        row = {
            "identity": unit.identity,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "title": article.title,
            "author": article.author,
            "site": article.site or _host(article.canonical_url or article.url),
            "source": article.source,
            "published": iso(article.published),
            "fetched": iso(article.fetched),
            "lang": article.lang,
            "text": article.text,
            "content_hash": unit.content_hash,
            "fingerprint": unit.content_hash,  # placeholder until a near-duplicate fingerprint exists
            "version": previous["version"] + 1 if previous else 1,
            "previous_id": previous["id"] if previous else None,
            "extractor_version": unit.extractor_version,
            "created_at": unit.now,
        }
        article_id = int(self._conn.execute(ARTICLE_INSERT, row).lastrowid or 0)
        dated = row["published"] if row["published"] is not None else row["fetched"]
        written = self._insert_claims(article_id, unit.item.claims, unit.extractor_version, unit.now, dated)
        return SaveResult(article_id, outcome, written)

    def _insert_claims(
        self,
        article_id: int,
        claims: Sequence[Claim],
        extractor_version: str,
        now: str,
        article_date: str | None,
    ) -> int:
        """Insert claims of one article; `article_date` is the article's coalesce(published, fetched)."""
        merges = self._merges()
        rows = dict.fromkeys(  # an extractor repeating itself must not double-count
            (
                article_id,
                c.model,
                merges.get(c.model_id, c.model_id),
                c.org,
                c.params,
                c.params_high,
                c.scope,
                c.status,
                int(c.approx),
                c.attributed_to,
                c.evidence,
                c.start,
                c.end,
                c.lang,
                extractor_version,
                now,
                article_date,
            )
            for c in claims
        )
        # executemany, not insert_all: insert_all's per-value jsonify costs ~6 s per million rows, which
        # halves throughput next to the five claim indexes (bench/bench_store.py)
        self._conn.executemany(CLAIM_INSERT, rows)
        self._count_claims(article_id, +1)
        return len(rows)

    def _count_claims(self, article_id: int, sign: int) -> None:
        """Add (+1) or take away (-1) an article's claims in `model_counts` (if the article is current) and
        raise the version of each model id they name (whether or not it is): the m005 summaries' hook,
        called in the transaction of every write that adds, removes or supersedes claims."""
        counted = (
            "SELECT model_id, model, count(*) AS n FROM claims "
            "WHERE article_id = ?1 AND (SELECT is_current FROM articles WHERE id = ?1) = 1 GROUP BY model_id, model"
        )
        if sign > 0:
            self._conn.execute(
                f"INSERT INTO model_counts (model_id, model, claims) SELECT * FROM ({counted}) WHERE true "
                "ON CONFLICT (model_id, model) DO UPDATE SET claims = claims + excluded.claims",
                (article_id,),
            )
        else:
            self._conn.execute(
                f"UPDATE model_counts SET claims = claims - d.n FROM ({counted}) AS d "
                "WHERE model_counts.model_id = d.model_id AND model_counts.model = d.model",
                (article_id,),
            )
        self._conn.execute(
            "INSERT INTO model_versions (model_id) SELECT DISTINCT model_id FROM claims WHERE article_id = ? "
            "AND true ON CONFLICT (model_id) DO UPDATE SET version = version + 1",
            (article_id,),
        )

    def _record_appearance(self, article_id: int, item: SaveItem, now: str) -> None:
        article = item.article
        self._conn.execute(
            "INSERT OR IGNORE INTO appearances (article_id, url, source, feed_id, guid, seen_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (article_id, article.url or _identity(article), article.source, item.feed_id, item.guid, now),
        )

    @translated
    def replace_claims(self, article_id: int, claims: Sequence[Claim], extractor_version: str) -> int:
        """Replace an article's claims and set its extractor_version, atomically; returns claims written."""

        def replace() -> int:
            found = self._conn.execute(
                "SELECT coalesce(published, fetched) FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if found is None:
                raise StorageError(f"no article with id {article_id}")
            self._count_claims(article_id, -1)
            self._conn.execute("DELETE FROM claims WHERE article_id = ?", (article_id,))
            self._conn.execute(
                "UPDATE articles SET extractor_version = ? WHERE id = ?", (extractor_version, article_id)
            )
            return self._insert_claims(article_id, claims, extractor_version, self._now(), found[0])

        return self._write(replace)
