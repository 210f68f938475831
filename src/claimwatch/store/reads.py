"""Reading articles and claims: the filtered claim listing, one article, full-text search, row counts."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from claimwatch.errors import StorageError, UsageError
from claimwatch.store.connection import StoreBase, translated
from claimwatch.store.rows import STATUSES, Row, claim_dict, iso
from claimwatch.store.schema import CLAIM_FIELDS, CLAIM_NAMES, CLAIMS_FROM, CURRENT_CLAIM
from claimwatch.store.sqlite_errors import is_busy, storage_error

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's NOCASE


def _bound(value: datetime | date | str | None, *, end_of_day: bool = False) -> str | None:
    """A since/until argument as stored-time text.

    A date (or "YYYY-MM-DD") is midnight UTC of that day, or of the next day with `end_of_day`, so that
    `until=date` includes the whole day; a datetime is used as is.
    """
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = (
                date.fromisoformat(value.strip())
                if len(value.strip()) == 10
                else datetime.fromisoformat(value)
            )
        except ValueError as e:
            raise UsageError(f"not an ISO date or time: {value!r}") from e
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day, tzinfo=UTC) + timedelta(days=int(end_of_day))
    return iso(value)


def _like_substring(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_quote(query: str) -> str:
    """Plain words to an FTS5 query: every word a quoted phrase (all must match); a trailing * is a prefix."""
    parts = []
    for word in query.split():
        prefix = word.endswith("*") and len(word) > 1
        word = word.rstrip("*") if prefix else word
        if not re.search(r"\w", word):
            continue
        parts.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts)


class ArticleReads(StoreBase):
    """Queries over articles and their claims."""

    @translated
    def articles_needing_reextract(
        self, extractor_version: str | None
    ) -> Iterator[tuple[int, str, str | None]]:
        """(article_id, text, lang) of current articles extracted by another version (None: all of them).

        The ids are read up front and texts in small batches, so no cursor stays open while the caller
        writes (e.g. `replace_claims`) between items.
        """
        ids = [
            row[0]
            for row in self._conn.execute(
                "SELECT id FROM articles WHERE is_current = 1 AND (?1 IS NULL OR extractor_version IS NOT ?1) "
                "ORDER BY id",
                (extractor_version,),
            ).fetchall()
        ]
        return self._texts(ids)

    def _texts(self, ids: list[int], batch: int = 200) -> Iterator[tuple[int, str, str | None]]:
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            marks = ", ".join("?" * len(chunk))
            try:
                rows = self._conn.execute(
                    f"SELECT id, text, lang FROM articles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
            except sqlite3.Error as e:
                raise storage_error(self.path, e) from e
            yield from ((row[0], row[1], row[2]) for row in rows)

    @translated
    def claims(
        self,
        model: str | None = None,
        org: str | None = None,
        status: str | None = None,
        since: datetime | date | str | None = None,
        until: datetime | date | str | None = None,
        lang: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        *,
        include_old: bool = False,
    ) -> list[Row]:
        """Claims joined with their article (url, title, site, source, published, fetched), newest first.

        Newest first means by the article's date (published, else fetched; stored on the claim as
        `article_date`), then by claim id, both descending; claims of undated articles come last.
        `model` matches a model id, a model name, an alias or the claim's own model text (any case);
        `org` matches the org or any alias of it; `since <= COALESCE(published, fetched) < until`, where a
        date `until` includes that whole day; `source` is a substring of the site or URL. Only current
        article versions unless `include_old`.

        The model (else the org) is first resolved to the model ids (org names) it can match; each is read
        newest first from its own index range, so `limit=20` reads ~20 rows per id however many match.
        """
        where: list[str] = []
        params: list[Any] = []
        if status:
            if status.lower() not in STATUSES:
                raise UsageError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
            where.append("+c.status = ?")  # unary +: five values, never worth the index in this listing
            params.append(status.lower())
        lower, upper = _bound(since), _bound(until, end_of_day=True)
        arms = self._model_arms(model) if model else None
        names = self._org_names(org) if org else []
        if arms is None and names:
            arms = [("c.org = ? COLLATE NOCASE", [name]) for name in names]
        elif names:
            where.append(f"c.org COLLATE NOCASE IN ({', '.join('?' * len(names))})")
            params.extend(names)
        if arms == []:
            return []
        # with only article filters, walk the articles by date (as `articles_date` orders them); else the claims
        by_article = arms is None and bool(source)
        when = "COALESCE(a.published, a.fetched)" if by_article else "c.article_date"
        if not include_old:
            where.append("a.is_current = 1" if by_article else CURRENT_CLAIM)
        for bound, op in ((lower, ">="), (upper, "<")):
            if bound is not None:
                where.append(f"{when} {op} ?")
                params.append(bound)
        if lang:
            where.append("c.lang = ?")
            params.append(lang)
        if source:
            if by_article:
                where.append("(a.site LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\')")
            else:  # a lookup per claim: as a join filter it makes SQLite scan all articles for a Bloom filter first
                where.append(
                    "EXISTS (SELECT 1 FROM articles s WHERE s.id = c.article_id "
                    "AND (s.site LIKE ? ESCAPE '\\' OR s.url LIKE ? ESCAPE '\\'))"
                )
            params.extend([_like_substring(source)] * 2)
        order = f" ORDER BY {when} DESC, c.id DESC" + (" LIMIT ?" if limit is not None else "")
        tail = [int(limit)] if limit is not None else []
        if arms is None or len(arms) == 1:
            conditions = [arms[0][0], *where] if arms else where
            sql = "SELECT " + CLAIM_FIELDS + CLAIMS_FROM
            sql += (" WHERE " + " AND ".join(conditions) if conditions else "") + order
            args = [*(arms[0][1] if arms else []), *params, *tail]
        else:  # one newest-first index range per arm, merged
            parts, args = [], []
            for condition, values in arms:
                parts.append(
                    f"SELECT * FROM (SELECT {CLAIM_FIELDS}, c.article_date AS sort_date{CLAIMS_FROM} "
                    f"WHERE {' AND '.join([condition, *where])}{order})"
                )
                args += [*values, *params, *tail]
            sql = f"SELECT {CLAIM_NAMES} FROM ({' UNION ALL '.join(parts)}) ORDER BY sort_date DESC, id DESC"
            sql += " LIMIT ?" if limit is not None else ""
            args += tail
        return [claim_dict(row) for row in self._all(sql, args)]

    def _model_arms(self, model: str) -> list[tuple[str, list[Any]]]:
        """Conditions, one per index range, that together match the claims about `model`.

        The ids it names (itself, lower case, a model id or name, an alias, a merged-away id) that have claims,
        then, for claims whose own model text is `model` (any case) under another id, that text with each
        such id (read from `claims_model_text` by skipping from id to id).
        """
        ids = {model, model.lower()}
        ids.update(
            row[0]
            for row in self._conn.execute(
                "SELECT id FROM models WHERE id = ?1 COLLATE NOCASE OR name = ?1 COLLATE NOCASE "
                "UNION SELECT model_id FROM model_aliases WHERE alias = ?1 "
                "UNION SELECT dst_id FROM model_merges WHERE src_id = ?1 COLLATE NOCASE",
                (model,),
            ).fetchall()
        )
        arms: list[tuple[str, list[Any]]] = [
            ("c.model_id = ?", [model_id])
            for model_id in sorted(ids)
            if self._scalar("SELECT 1 FROM claims WHERE model_id = ? LIMIT 1", (model_id,)) is not None
        ]
        by_text = self._conn.execute(
            "WITH RECURSIVE ids (id) AS ("
            " SELECT (SELECT min(model_id) FROM claims WHERE model = ?1 COLLATE NOCASE)"
            " UNION ALL SELECT (SELECT min(model_id) FROM claims WHERE model = ?1 COLLATE NOCASE AND model_id > ids.id)"
            " FROM ids WHERE ids.id IS NOT NULL"
            ") SELECT id FROM ids WHERE id IS NOT NULL",
            (model,),
        ).fetchall()
        arms += [
            ("c.model = ? COLLATE NOCASE AND c.model_id = ?", [model, model_id])
            for (model_id,) in by_text
            if model_id not in ids
        ]
        return arms

    def _org_names(self, org: str) -> list[str]:
        """`org`, its canonical name and that name's aliases, one of each spelling that NOCASE tells apart."""
        canonical = self._scalar("SELECT org FROM org_aliases WHERE alias = ?", (org,)) or org
        names = {org, canonical}
        names.update(
            row[0]
            for row in self._conn.execute(
                "SELECT alias FROM org_aliases WHERE org = ?", (canonical,)
            ).fetchall()
        )
        return list({name.translate(_ASCII_LOWER): name for name in sorted(names)}.values())

    @translated
    def article(self, id_or_url: int | str) -> Row | None:
        """One article row (any version) with its `claims` and `appearances`, by id or URL; None if unknown.

        A URL finds the current version by canonical URL/URL, else the article it appeared as a copy of.
        """
        row = self._find_article(id_or_url)
        if row is None:
            return None
        row["claims"] = [
            claim_dict(c)
            for c in self._all(
                "SELECT id, model, model_id, org, params, params_high, scope, status, approx, attributed_to, "
                'evidence, "start", "end", lang, extractor_version, extracted_at FROM claims '
                "WHERE article_id = ? ORDER BY id",
                (row["id"],),
            )
        ]
        row["appearances"] = self._all(
            "SELECT url, source, feed_id, guid, seen_at FROM appearances WHERE article_id = ? ORDER BY id",
            (row["id"],),
        )
        return row

    def _find_article(self, id_or_url: int | str) -> Row | None:
        if isinstance(id_or_url, int) or id_or_url.strip().isdigit():
            return self._one("SELECT * FROM articles WHERE id = ?", (int(id_or_url),))
        for sql in (
            "SELECT * FROM articles WHERE identity = ? AND is_current = 1",
            "SELECT * FROM articles WHERE url = ? OR canonical_url = ? ORDER BY is_current DESC, id DESC LIMIT 1",
            "SELECT a.* FROM appearances p JOIN articles a ON a.id = p.article_id WHERE p.url = ? "
            "ORDER BY a.is_current DESC, p.id DESC LIMIT 1",
        ):
            row = self._one(sql, [id_or_url] * sql.count("?"))
            if row is not None:
                return row
        return None

    @translated
    def search(self, query: str, limit: int = 20, *, raw: bool = False) -> list[Row]:
        """Full-text search over current articles' title and text, best first, with a [highlighted] snippet.

        By default every word must match (words are quoted, so punctuation like "gpt-4" is safe; `word*`
        is a prefix). `raw=True` passes FTS5 query syntax through; a syntax error raises StorageError.
        """
        match = query if raw else _fts_quote(query)
        if not match.strip():
            return []
        sql = (
            "SELECT a.id, a.title, a.url, a.site, a.published, "
            "snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? AND a.is_current = 1 ORDER BY articles_fts.rank LIMIT ?"
        )
        try:
            return self._all(sql, (match, int(limit)))
        except sqlite3.OperationalError as e:
            if is_busy(e):
                raise
            raise StorageError(f"invalid search query {query!r} ({e})") from e

    @translated
    def stats(self) -> dict[str, int]:
        """Row counts: current articles and their claims, all versions, feeds, models, runs..."""
        # current = all minus the superseded versions (few, indexed by `articles_old`): counting the current
        # ones directly walks every article, and every claim through a join
        old = "SELECT id FROM articles WHERE is_current = 0"
        counts = {
            "articles": f"SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM ({old}))",
            "article_versions": "SELECT count(*) FROM articles",
            "claims": f"SELECT (SELECT count(*) FROM claims) - "
            f"(SELECT count(*) FROM claims WHERE article_id IN ({old}))",
            "claims_all_versions": "SELECT count(*) FROM claims",
            "appearances": "SELECT count(*) FROM appearances",
            "feeds": "SELECT count(*) FROM feeds",
            "feeds_active": "SELECT count(*) FROM feeds WHERE enabled = 1 AND status = 'active'",
            "entries": "SELECT count(*) FROM entries",
            "models": "SELECT count(*) FROM models",
            "model_aliases": "SELECT count(*) FROM model_aliases",
            "orgs": "SELECT count(*) FROM orgs",
            "runs": "SELECT count(*) FROM runs",
        }
        result = {name: int(self._scalar(sql)) for name, sql in counts.items()}
        result["schema_version"] = self._user_version()
        return result
