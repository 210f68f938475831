"""What flows through a backfill: records read from the sources (with their resume marks), the outcome of
each page, and the sizes every part shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from claimwatch.models import Article, Claim

KiB = 1024
MiB = 1024 * KiB
MAX_PAGE_BYTES = 5 * MiB
"""A page (decoded payload) larger than this is skipped as `too_large`, as `fetch` refuses it live."""

Kind = Literal["warc", "file", "page"]


@dataclass(frozen=True, slots=True)
class Page:
    """One HTML page to turn into an article: its bytes and what the capture says about them."""

    body: bytes
    url: str | None
    source: str
    fetched: datetime | None = None
    content_type: str | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    """Where a source stands once a record is stored: saved in the same transaction as that record.

    `key` is the resolved archive path, the page URL or the resolved file path. For an archive, reading
    resumes at byte `offset` (a gzip member or an uncompressed record) and passes over `skip` records
    there; `records` counts the records read before. `stamp` tells whether the input is still the one
    the mark was made on (the hash of an archive's first 64 KiB, a file's size and mtime, a page's
    lastmod).
    """

    key: str
    kind: Kind
    offset: int = 0
    skip: int = 0
    records: int = 0
    stamp: str = ""
    finished: bool = False

    def row(self) -> dict[str, Any]:
        """The mark as a `backfill_positions` row."""
        return {
            "source": self.key,
            "kind": self.kind,
            "byte_offset": self.offset,
            "skip": self.skip,
            "records": self.records,
            "stamp": self.stamp,
            "finished": self.finished,
        }


@dataclass(frozen=True, slots=True)
class Record:
    """One unit read from a source, in source order: a page, or the reason there is none.

    A record with neither `page` nor `skip` only moves the mark (the end of an archive). `error` is a
    one-line message for damage and failures; `progress` is how many input bytes it accounts for.
    """

    mark: Mark
    page: Page | None = None
    skip: str | None = None
    error: str | None = None
    progress: int = 0


@dataclass(frozen=True, slots=True)
class Extracted:
    """A page that became an article, with the claims it makes."""

    article: Article
    claims: list[Claim]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A page that did not become an article, and why."""

    reason: str
    detail: str = ""


Outcome = Extracted | Skipped


PREFILTERED = Skipped("prefiltered")
"""The outcome of every page the prefilter drops: one object, which the writer tells by identity."""


def one_line(error: BaseException) -> str:
    """An exception as the short single line a Record's `error` carries."""
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__
