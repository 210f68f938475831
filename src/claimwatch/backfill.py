"""Backfill: past articles from web archives (WARC), sitemaps and folders of saved pages, in parallel.

The only module that imports warcio (when an archive is read: importing this module stays cheap, so that
the CLI can start the worker pool's forkserver first thing). Data flows one way, as in `pipeline`:

    sources    WARC / WARC.gz (streamed record by record), a sitemap tree (fetched through `fetch.Fetcher`,
               politely), a folder of HTML files  ->  `Record`s in source order, each with its resume `Mark`
    prefilter  `has_parameter_cue`: a bytes regex; pages without a cue stop here
    workers    `process_task` in a pool of processes started by a forkserver that has the worker modules
               loaded (prefilter, HTML -> Article -> claims; pure); with one worker, all of it inline
    writer     the reading process, one SQLite connection: `Store.save_many` + the marks, one transaction
               per batch

Results come back in source order (a bounded window of chunks in flight keeps memory flat), so the
database is the same whatever the number of workers, and a mark is only saved with the batch that
holds every record before it: a killed backfill resumes without skipping or repeating a record.

Damaged input is data, never a crash: every record that cannot become a page is counted under a reason
(`non_html`, `revisit`, `truncated`, `gzip_error`, `corrupt`, `http_status`, `no_article`, ...), and the
damaged ones also give one line for stderr.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import re
import sys
import threading
import time
import xml.etree.ElementTree as ET
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from claimwatch.errors import Error, FetchError, InputError

if TYPE_CHECKING:
    import asyncio

    from claimwatch.models import Article, Claim

KiB = 1024
MiB = 1024 * KiB
MAX_PAGE_BYTES = 5 * MiB
"""A page (decoded payload) larger than this is skipped as `too_large`, as `fetch` refuses it live."""
BATCH_ARTICLES = 100
"""Articles per transaction: large enough that commits cost little, small enough to lose little work."""
BATCH_MARKS = 2000
BATCH_SECONDS = 5.0
CHUNK_PAGES = 8
"""Pages per chunk without a pool (prefiltered inline); with one, the size a pool's first tasks start at."""
CHUNK_SECONDS = 0.05
"""CPU time a pool task aims at: the per-task cost (~0.3 ms) stays under 1 %, and the last tasks of a
run end close together. Pages per task follow the CPU per page the workers report."""
CHUNK_BYTES = MiB
CHUNK_RECORDS = 512
START_READ_AHEAD = 32 * MiB
"""Page bytes the reading process may read ahead while the pool's workers start."""
MAX_CANDIDATES = 2000
"""Cue matches examined per page before the prefilter gives up and lets the page through."""
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SITEMAP_MAX_DOCS = 2000
SITEMAP_MAX_DEPTH = 4
SITEMAP_MAX_BYTES = 60 * MiB
"""The sitemap protocol allows 50 MB uncompressed; a little slack, then refused."""

Kind = Literal["warc", "file", "page"]

# --------------------------------------------------------------------------- records and results


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


# --------------------------------------------------------------------------- the prefilter

# Between the letters of a cue word, what trafilatura drops from the text: soft hyphens, <wbr>, zero-width
# characters and joiners, a BOM (as UTF-8, as windows-1252, or as an entity). "Para&shy;meter" is
# "Parameter" in the text the extractor sees.
_INVISIBLE = (
    rb"&(?:shy|zwj|zwnj|#173|#x0*ad|#820[3-5]|#8288|#x200[b-d]|#x2060|#65279|#xfeff);"
    rb"|<wbr\s*/?>|\xc2\xad|\xad|\xe2\x80[\x8b-\x8f]|\xe2\x81[\xa0-\xa4]|\xef\xbb\xbf"
)
_FILL = rb"(?:" + _INVISIBLE + rb")*"
# a, á, â in any case, as UTF-8, windows-1252 or an entity (the extractor's PARAM_WORD is par[aáâ]m)
_A = rb"(?:a|\xc3[\xa1\xa2\x81\x82]|[\xe1\xe2\xc1\xc2]|&a(?:acute|circ);|&#(?:225|226|193|194);|&#x(?:e1|e2|c1|c2);)"
_PARAM_CUE = re.compile(
    rb"(?i:p(?=[a&<\xc2\xad\xe2\xef])" + _FILL + rb"a" + _FILL + rb"r" + _FILL + _A + _FILL + rb"m)"
)
# What the text may hold between a figure and its size letter: spaces of every kind (trafilatura turns
# them into a plain space) and invisible characters.
_SPACE = (
    rb"(?:[ \t\r\n\f\v]|\xc2\xa0|\xa0|\xe2\x80[\x80-\x8a\xaf]|\xe2\x81\x9f|\xe3\x80\x80"
    rb"|&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#819[2-9]|#820[0-2]|#8239|#x200[0-9a]|#x202f);|"
    + _INVISIBLE
    + rb")"
)
# '70B', '1.8T', '8x7B', '340M', '7 b', '3.8bn', '2Mrd.': a figure with a size letter (the extractor's tags
# and suffixed quantities, number_words._LETTERS and its abbreviations), not glued to more letters or digits.
_SIZE_CUE = re.compile(
    rb"[0-9](?=[KkMBbTtm \t\r\n\f\v\xc2\xa0&<\xe2\xe3\xad\xef])(?:" + _SPACE + rb"{0,3}[KkMBbT]"
    rb"|(?i:bn|tn|mn|tsd|mio|mrd|bio|mds?|mln|mld|bi|mi|tri))(?![A-Za-z0-9])"
)
_CODE_OPEN = re.compile(rb"<(script|style)\b", re.IGNORECASE)
_CODE_CLOSE = {
    b"script": re.compile(rb"</script", re.IGNORECASE),
    b"style": re.compile(rb"</style", re.IGNORECASE),
}
_TAG_START = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ/!?")


def has_parameter_cue(body: bytes) -> bool:
    """True if raw page bytes may hold a parameter-count claim: the cheap test before trafilatura.

    A cue is a parameter word (`parameter`, `Parameter`, `paramètres`, `parámetros`, `parametri`,
    `parâmetros`, `params`: any `par[aáâ]m`, the extractor's own test) or a figure with a size letter
    (`70B`, `1.8T`, `8x7B`, `340M`, `3.8bn`, `2Mrd.`), written as UTF-8, windows-1252 or entities, with
    soft hyphens or zero-width characters anywhere in it. <script> and <style> elements are not searched
    and cues inside a tag (attribute values, URLs) do not count: trafilatura never puts them in the text.
    Pages in UTF-16/32 are always let through. No decoding: regexes over the bytes.
    """
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:1024]:
        return True
    seen = 0
    for start, end in _text_spans(body):
        for pattern in (_PARAM_CUE, _SIZE_CUE):
            for match in pattern.finditer(body, start, end):
                seen += 1
                if seen > MAX_CANDIDATES or not _in_tag(body, match.start()):
                    return True
    return False


def _text_spans(body: bytes) -> Iterator[tuple[int, int]]:
    """The stretches between <script> and <style> elements (an unclosed one runs to the end)."""
    pos = 0
    while (opening := _CODE_OPEN.search(body, pos)) is not None:
        yield pos, opening.start()
        closing = _CODE_CLOSE[opening.group(1).lower()].search(body, opening.end())
        if closing is None:
            return
        pos = closing.end()
    yield pos, len(body)


def _in_tag(body: bytes, pos: int) -> bool:
    """Whether `pos` is inside a tag (after a `<` that opens one, with no `>` since)."""
    lt = body.rfind(b"<", 0, pos)
    return lt >= 0 and body.find(b">", lt, pos) < 0 and lt + 1 < len(body) and body[lt + 1] in _TAG_START


# --------------------------------------------------------------------------- pages -> articles (workers)


def process_page(page: Page) -> Outcome:
    """HTML bytes -> Article -> claims, or the reason there is no article. Pure; safe in any process."""
    from claimwatch.articles import article_from_html
    from claimwatch.pipeline import claims_of

    headers = {"Content-Type": page.content_type} if page.content_type else None
    try:
        article = article_from_html(
            page.body, url=page.url, source=page.source, headers=headers, fetched=page.fetched
        )
    except InputError as e:
        return Skipped("no_article", str(e))
    return Extracted(article, claims_of(article))


def process_pages(pages: Sequence[Page]) -> list[Outcome]:
    """`process_page` over a chunk, in order."""
    return [process_page(page) for page in pages]


def process_task(pages: Sequence[Page], prefilter: bool) -> tuple[list[Outcome | None], float]:
    """One task of a pool worker: the prefilter (None for a page it drops) and `process_page` over a
    chunk, in order, with the CPU seconds the chunk took (the pool sizes later tasks by it)."""
    started = time.process_time()
    outcomes = [None if prefilter and not has_parameter_cue(p.body) else process_page(p) for p in pages]
    return outcomes, time.process_time() - started


def warm_up() -> None:
    """Worker start: exit with the parent, and load what every page needs (trafilatura, the gazetteer,
    compiled patterns) before the first real page. Under the forkserver most of it is already loaded."""
    threading.Thread(target=_exit_with_parent, name="claimwatch-orphan-check", daemon=True).start()
    page = Page(
        b"<html><body><p>"
        + b"Warm-up text about Llama 3 70B with 70 billion parameters. " * 4
        + b"</p></body></html>",
        url=None,
        source="warm-up",
    )
    process_page(page)


def _exit_with_parent() -> None:
    """A killed backfill (SIGKILL, OOM) leaves its pool workers waiting for ever: they leave too.

    The process that started the pool, not the OS parent: a forkserver's workers are the server's
    children, and the server lives on while they do. Its sentinel is readable once that process is gone.
    """
    import multiprocessing

    parent = multiprocessing.parent_process()
    if parent is None:
        return
    parent.join()
    os._exit(0)


# --------------------------------------------------------------------------- WARC archives


def is_archive(path: str | Path) -> bool:
    """Whether a file name says WARC (or ARC), plain or gzipped."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def archive_stamp(path: str | Path) -> str:
    """Identity of an archive: the hash of its first 64 KiB (kept when a crawl appends to the file)."""
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read(64 * KiB)).hexdigest()[:32]


def read_warc(
    spec: str, start: Mark | None = None, *, max_page_bytes: int = MAX_PAGE_BYTES
) -> Iterator[Record]:
    """Every record of a WARC/WARC.gz file as a Record, streaming, from `start` if given.

    The last Record carries the finished mark. Raises OSError when the file cannot be opened; everything
    after that (damaged gzip, garbage, a cut-off end) becomes Records with a reason.
    """
    path = Path(spec)
    key, stamp = str(path.resolve()), archive_stamp(path)
    if start is not None and (start.stamp != stamp or start.kind != "warc"):
        start = None
    begin = start or Mark(key, "warc", stamp=stamp)
    with open(path, "rb") as fh:
        gzipped = fh.read(2) == b"\x1f\x8b"
        reader = _GzipWarc if gzipped else _PlainWarc
        last = yield from reader(fh, spec, begin, max_page_bytes).records()
    size = path.stat().st_size
    yield Record(replace(last, offset=size, skip=0, finished=True), progress=max(0, size - last.offset))


def _quiet_iterator(stream: Any) -> Any:
    """warcio's ArchiveIterator over `stream`, without its warning on stderr when a record is not followed
    by blank lines (a bad Content-Length): the record after it is then read or reported like any other."""
    return _quiet_iterator_class()(stream)


@cache
def _quiet_iterator_class() -> type:
    from warcio.archiveiterator import ArchiveIterator

    class QuietIterator(ArchiveIterator):  # type: ignore[misc]
        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            empty_size, first_line = 0, True
            while True:
                line = self.reader.readline()
                if len(line) == 0:
                    return None, empty_size
                if len(line.rstrip()) == 0 or first_line:
                    empty_size += len(line)
                    first_line = False
                    continue
                return line, empty_size

    return QuietIterator


class _WarcBase:
    """What the plain and the gzip readers share: turning a warcio record into a Record."""

    def __init__(self, fh: BinaryIO, spec: str, start: Mark, max_page_bytes: int) -> None:
        self.fh = fh
        self.spec = spec
        self.mark = start
        self.max_page_bytes = max_page_bytes
        self.done_offset = start.offset

    def _moved(self, record: Record) -> Record:
        """The record with the input bytes it accounts for (the mark's offset moved on this far)."""
        progress = max(0, record.mark.offset - self.done_offset)
        self.done_offset = max(self.done_offset, record.mark.offset)
        self.mark = record.mark
        return replace(record, progress=progress)

    def _record(self, rec: Any, mark: Mark, damage: Callable[[], tuple[str, str | None] | None]) -> Record:
        """One warcio record as a Record, read to its end. `damage` says what went wrong underneath."""
        try:
            page, skip = _page_of(rec, self.spec, self.max_page_bytes)
            short = _drain(rec)
        except Exception as e:  # warcio and zlib raise many types on damaged data
            return self._damaged(mark, damage(), e)
        problem = damage()
        if problem:
            return Record(mark, skip=problem[0], error=problem[1])
        if short:
            where = f"record {mark.records} at byte {mark.offset}"
            return Record(mark, skip="truncated", error=f"{self.spec}: {where} ends early (archive cut off?)")
        return Record(mark, page=page, skip=skip)

    def _damaged(self, mark: Mark, problem: tuple[str, str | None] | None, error: Exception) -> Record:
        if problem:
            return Record(mark, skip=problem[0], error=problem[1])
        where = f"unreadable record near byte {mark.offset}"
        return Record(mark, skip="corrupt", error=f"{self.spec}: {where} ({_one_line(error)})")


class _PlainWarc(_WarcBase):
    """An uncompressed WARC: warcio over the file itself; a resume seeks to the last record's offset."""

    def records(self) -> Iterator[Record]:
        start, skip, count = self.mark.offset, self.mark.skip, self.mark.records
        while True:
            self.fh.seek(start)
            iterator = _quiet_iterator(self.fh)
            try:
                for rec in iterator:
                    if skip:
                        skip -= 1
                        continue
                    count += 1
                    record = self._record(rec, replace(self.mark, skip=1, records=count), lambda: None)
                    at = iterator.get_record_offset()
                    yield self._moved(replace(record, mark=replace(record.mark, offset=at)))
                return self.mark
            except Exception as e:  # garbage where a record header should be
                bad = iterator.offset
                found = _find_forward(self.fh, bad + 1, _WARC_HEADER)
                then = f"went on at byte {found}" if found is not None else "nothing readable after it"
                mark = replace(self.mark, offset=found if found is not None else bad, skip=0, records=count)
                error = f"{self.spec}: unreadable data at byte {bad} ({_one_line(e)}); {then}"
                yield self._moved(Record(mark, skip="corrupt", error=error))
                if found is None:
                    return self.mark
                start, skip = found, 0


_WARC_HEADER = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")
_GZIP_MAGIC = b"\x1f\x8b\x08"


class _GzipWarc(_WarcBase):
    """A gzipped WARC, member by member (each normally one record); damage is skipped to the next member."""

    def records(self) -> Iterator[Record]:
        skip, count = self.mark.skip, self.mark.records
        for member in _GzipMembers(self.fh, self.mark.offset, self.spec):
            if isinstance(member, _Gap):
                mark = replace(self.mark, offset=member.end, skip=0, records=count)
                yield self._moved(Record(mark, skip=member.reason, error=f"{self.spec}: {member.message}"))
                continue
            seen = 0
            try:
                for rec in _quiet_iterator(member):
                    seen += 1
                    if skip:
                        skip -= 1
                        continue
                    count += 1
                    mark = replace(self.mark, offset=member.offset, skip=seen, records=count)
                    yield self._moved(self._record(rec, mark, member.problem))
            except Exception as e:  # a member that decompresses but holds no readable record
                count += 1
                mark = replace(self.mark, offset=member.offset, skip=seen + 1, records=count)
                yield self._moved(self._damaged(mark, member.problem(), e))
                seen = -1
            skip = 0
            member.finish()
            problem = member.problem()
            if problem and seen == 0:  # damaged before the first record even started
                count += 1
                mark = replace(self.mark, offset=member.offset, skip=1, records=count)
                yield self._moved(Record(mark, skip=problem[0], error=problem[1]))
        return self.mark


@dataclass(frozen=True, slots=True)
class _Gap:
    """Bytes between two gzip members that are not a member; reading goes on at `end`.

    After a damaged member, `reason` is None: the member's record was already counted as gzip_error,
    and the gap only gives the line that says what was skipped.
    """

    start: int
    end: int
    reason: str | None
    message: str


class _GzipMembers:
    """The members of a gzip file, each a readable stream, read block by block (never the whole file).

    After a member that fails to decompress, the next `\\x1f\\x8b\\x08` whose member decompresses is
    where reading goes on; the bytes in between are reported as one `_Gap`.
    """

    BLOCK = 64 * KiB

    VALIDATE_CAP = 16 * MiB

    def __init__(self, fh: BinaryIO, offset: int, spec: str = "") -> None:
        self.fh = fh
        self.spec = spec
        self.pos = offset
        self.buf = b""
        self.eof = False
        fh.seek(offset)

    def fill(self, n: int) -> bytes:
        """At least `n` buffered bytes unless the file ends."""
        while len(self.buf) < n and not self.eof:
            chunk = self.fh.read(self.BLOCK)
            self.eof = not chunk
            self.buf += chunk
        return self.buf

    def consume(self, n: int) -> None:
        self.buf = self.buf[n:]
        self.pos += n

    def reset(self, offset: int) -> None:
        self.fh.seek(offset)
        self.pos, self.buf, self.eof = offset, b"", False

    def __iter__(self) -> Iterator[_Member | _Gap]:
        while self.fill(3):
            if not self.buf.startswith(_GZIP_MAGIC):
                yield self._resync(self.pos, "bytes that are not gzip data", "gzip_error")
                continue
            member = _Member(self)
            yield member
            member.finish()
            if member.error and not member.truncated:
                start = member.offset
                self.reset(start + 1)
                yield self._resync(start, f"damaged gzip member ({member.error})", None)

    def _resync(self, start: int, what: str, reason: str | None) -> _Gap:
        """Skip to the next offset where a gzip member decompresses; the skipped bytes as a _Gap."""
        candidate = start + 1 if self.pos <= start else self.pos
        while True:
            found = _find_forward(self.fh, candidate, re.compile(re.escape(_GZIP_MAGIC)))
            end = found if found is not None else self.fh.seek(0, io.SEEK_END)
            if found is None or self._decompresses(found):
                self.reset(end)
                then = f"went on at byte {end}" if found is not None else "nothing readable after it"
                return _Gap(start, end, reason, f"{what} at bytes {start}-{end} skipped; {then}")
            candidate = found + 1

    def _decompresses(self, offset: int) -> bool:
        """Whether a gzip member starting at `offset` decompresses (to its end, or past a generous cap)."""
        self.fh.seek(offset)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        produced = 0
        try:
            while not d.eof and produced < self.VALIDATE_CAP:
                chunk = self.fh.read(self.BLOCK)
                if not chunk:
                    return produced > 0  # cut off at the end of the file: a member, truncated
                produced += len(d.decompress(chunk, self.VALIDATE_CAP))
        except zlib.error:
            return False
        return True


class _Member(io.RawIOBase):
    """One gzip member as a read-only stream; stops at the member's end, notes damage or truncation."""

    def __init__(self, source: _GzipMembers) -> None:
        super().__init__()
        self.source = source
        self.spec = source.spec
        self.offset = source.pos
        self.d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.out = b""
        self.done = False
        self.error: str | None = None
        self.truncated = False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        want = size if size is not None and size >= 0 else 1 << 62
        while len(self.out) < want and not self.done:
            self._step()
        data, self.out = self.out[:want], self.out[want:]
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _step(self) -> None:
        chunk = self.source.fill(1)[: 16 * KiB]
        if not chunk:
            self.done, self.truncated = True, True
            self.error = f"the archive ends inside the gzip member at byte {self.offset} (cut off)"
            return
        try:
            self.out += self.d.decompress(chunk)
        except zlib.error as e:
            self.done, self.error = True, f"at byte {self.offset}: {e}"
            return
        if self.d.eof:
            self.source.consume(len(chunk) - len(self.d.unused_data))
            self.done = True
        else:
            self.source.consume(len(chunk))

    def finish(self) -> None:
        """Read the rest of the member (what the record parser left) so the next one can start."""
        while not self.done:
            self._step()
            self.out = b""

    def problem(self) -> tuple[str, str | None] | None:
        """(reason, line for stderr) if the member is damaged; a damaged one's line comes with its _Gap."""
        if self.error is None:
            return None
        if self.truncated:
            return "truncated", f"{self.spec}: {self.error}"
        return "gzip_error", None

    def tell(self) -> int:
        raise OSError("not seekable")  # warcio then counts offsets itself


def _find_forward(fh: BinaryIO, start: int, pattern: re.Pattern[bytes]) -> int | None:
    """Offset of the first match of `pattern` at or after `start` (group 1 if it has one), streaming."""
    block, overlap = 1 * MiB, 64
    pos = start
    while True:
        fh.seek(pos)
        data = fh.read(block)
        if not data:
            return None
        match = pattern.search(data)
        if match is not None:
            return pos + (match.start(1) if pattern.groups else match.start())
        if len(data) < block:
            return None
        pos += len(data) - overlap


def _page_of(rec: Any, spec: str, max_bytes: int) -> tuple[Page | None, str | None]:
    """(page, None) for an HTML capture, else (None, reason). Reads at most max_bytes + 1 of the payload."""
    rec_type = rec.rec_type
    if rec_type == "revisit":
        return None, "revisit"
    if rec_type not in ("response", "resource"):
        return None, "other_record"
    headers = rec.rec_headers
    if headers.get_header("WARC-Truncated"):
        return None, "truncated"
    http = rec.http_headers if rec_type == "response" else None
    if http is not None and not str(http.get_statuscode() or "").startswith("2"):
        return None, "http_status"
    content_type = http.get_header("Content-Type") if http is not None else headers.get_header("Content-Type")
    raw = rec.raw_stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return None, "too_large"
    body = _decoded_payload(raw, http)
    if body is None:
        return None, "bad_content_encoding"
    if not _is_html(content_type, headers.get_header("WARC-Identified-Payload-Type"), body):
        return None, "non_html"
    page = Page(
        body,
        url=headers.get_header("WARC-Target-URI"),
        source=spec,
        fetched=_warc_date(headers.get_header("WARC-Date")),
        content_type=content_type,
    )
    return page, None


def _drain(rec: Any) -> bool:
    """Read the rest of a record's block; True if the archive ended before its Content-Length."""
    stream = rec.raw_stream
    while stream.read(64 * KiB):
        pass
    return bool(getattr(stream, "limit", 0))


def _is_html(content_type: str | None, identified: str | None, body: bytes) -> bool:
    """HTML by the HTTP (or WARC) media type; without one, by the identified type or the first bytes."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media:
        return media in HTML_TYPES
    identified_media = (identified or "").split(";", 1)[0].strip().lower()
    if identified_media:
        return identified_media in HTML_TYPES
    head = body.lstrip()[:512].lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _decoded_payload(raw: bytes, http: Any) -> bytes | None:
    """The payload without chunked transfer coding and gzip/deflate content coding; None if undecodable.

    Archives differ: some keep the bytes as sent, some store them decoded but keep the headers. So a
    payload that does not decode but already looks like markup is taken as it is.
    """
    if http is None:
        return raw
    if (http.get_header("Transfer-Encoding") or "").lower() == "chunked":
        raw = _dechunked(raw)
    coding = (http.get_header("Content-Encoding") or "").strip().lower()
    if coding in ("", "identity", "none"):
        return raw
    if coding in ("gzip", "x-gzip", "deflate"):
        decoded = _inflate(raw)
        if decoded is not None:
            return decoded
    return raw if raw.lstrip()[:1] == b"<" else None


def _dechunked(raw: bytes) -> bytes:
    """Undo chunked transfer coding; the input as it is if it is not chunked after all."""
    out, pos = [], 0
    while True:
        line_end = raw.find(b"\r\n", pos)
        if line_end < 0:
            return raw
        try:
            size = int(raw[pos:line_end].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return raw
        if size == 0:
            return b"".join(out)
        out.append(raw[line_end + 2 : line_end + 2 + size])
        pos = line_end + 2 + size + 2


def _inflate(raw: bytes, cap: int = 4 * MAX_PAGE_BYTES) -> bytes | None:
    for wbits in (47, -zlib.MAX_WBITS):  # 47: gzip or zlib header, detected; then raw deflate
        d = zlib.decompressobj(wbits)
        try:
            data = d.decompress(raw, cap)
        except zlib.error:
            continue
        return data if len(data) < cap else None
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:200] or type(error).__name__


# --------------------------------------------------------------------------- folders of saved pages

_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE)


def file_stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def folder_files(spec: str) -> list[Path]:
    """The files of a folder (or the one file), sorted, hidden ones left out."""
    root = Path(spec)
    if root.is_file():
        return [root]
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def read_folder(
    spec: str, done: Mapping[str, str], *, max_page_bytes: int = MAX_PAGE_BYTES
) -> Iterator[Record]:
    """Each HTML file of a folder as a Record (other files are skipped as `non_html`).

    `done` maps resolved file paths to the stamp they were stored with; such files are not read again.
    The page URL is the browser's "saved from url" comment if there is one; the capture date the mtime.
    """
    for path in folder_files(spec):
        key = str(path.resolve())
        try:
            stamp = file_stamp(path)
        except OSError as e:
            yield Record(Mark(key, "file"), skip="unreadable", error=f"{path}: {e.strerror or e}")
            continue
        if done.get(key) == stamp:
            continue
        yield _file_record(path, Mark(key, "file", stamp=stamp, finished=True), max_page_bytes)


def _file_record(path: Path, mark: Mark, max_bytes: int) -> Record:
    size = path.stat().st_size
    if path.suffix.lower() not in HTML_SUFFIXES:
        return Record(mark, skip="non_html", progress=size)
    if size > max_bytes:
        return Record(mark, skip="too_large", progress=size)
    try:
        body = path.read_bytes()
    except OSError as e:
        return Record(mark, skip="unreadable", error=f"{path}: {e.strerror or e}", progress=size)
    saved = _SAVED_FROM.search(body[:4096])
    url = saved.group(1).decode("ascii", "replace") if saved else None
    fetched = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    return Record(mark, page=Page(body, url=url, source=str(path), fetched=fetched), progress=size)


# --------------------------------------------------------------------------- sitemaps


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One <url> of a urlset or <sitemap> of an index: the address and its date (news date, else lastmod)."""

    loc: str
    date: datetime | None = None


@dataclass(frozen=True, slots=True)
class Sitemap:
    """A parsed sitemap document."""

    kind: Literal["index", "urlset"]
    entries: list[SitemapEntry]


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap, sitemap index or news sitemap (gzipped or not) -> Sitemap; InputError if it is none.

    Namespaces are ignored (sites get them wrong); `<news:publication_date>` wins over `<lastmod>`.
    """
    data = _gunzip(body) if body[:2] == b"\x1f\x8b" else body
    if b"<!ENTITY" in data:
        raise InputError("sitemap declares XML entities; refused")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        raise InputError(f"not a sitemap (XML error: {e})") from e
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        raise InputError(f"not a sitemap (root element <{kind}>)")
    child = "sitemap" if kind == "sitemapindex" else "url"
    entries = [_entry(node) for node in root if _local(node.tag) == child]
    return Sitemap("index" if kind == "sitemapindex" else "urlset", [e for e in entries if e is not None])


def _gunzip(body: bytes) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = d.decompress(body, SITEMAP_MAX_BYTES)
    except zlib.error as e:
        raise InputError(f"sitemap: bad gzip data ({e})") from e
    if d.unconsumed_tail:
        raise InputError(f"sitemap larger than {SITEMAP_MAX_BYTES // MiB} MiB uncompressed")
    return data


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _entry(node: ET.Element) -> SitemapEntry | None:
    loc, lastmod, news_date = None, None, None
    for element in node.iter():
        name = _local(element.tag)
        text = (element.text or "").strip()
        if name == "loc" and loc is None:
            loc = text
        elif name == "lastmod":
            lastmod = text
        elif name == "publication_date":
            news_date = text
    if not loc:
        return None
    return SitemapEntry(loc, _sitemap_date(news_date) or _sitemap_date(lastmod))


def _sitemap_date(value: str | None) -> datetime | None:
    """W3C datetime ('2024-05-01', '2024-05-01T10:00:00+02:00', 'Z') -> aware datetime; None if not one."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _since_ok(when: datetime | None, since: date | None) -> bool:
    """Undated entries pass (nothing says they are old)."""
    if since is None or when is None:
        return True
    return when >= datetime(since.year, since.month, since.day, tzinfo=UTC)


async def sitemap_entries(
    fetcher: Any, root: str, since: date | None
) -> tuple[list[SitemapEntry], list[str]]:
    """The page entries of a sitemap tree (indexes followed, older child sitemaps not fetched), in document
    order without repeats and filtered by `since`; plus one error line per child sitemap that failed.
    The root failing raises FetchError or InputError.

    Sitemaps are fetched like feeds (the URL was given by the operator; no robots.txt), pages later like
    pages. At most SITEMAP_MAX_DOCS documents, SITEMAP_MAX_DEPTH levels of index.
    """
    pages: dict[str, SitemapEntry] = {}
    errors: list[str] = []
    seen: set[str] = set()
    todo: deque[tuple[str, int]] = deque([(root, 0)])
    while todo and len(seen) < SITEMAP_MAX_DOCS:
        url, depth = todo.popleft()
        if url in seen:
            continue
        seen.add(url)
        try:
            sitemap = await _fetch_sitemap(fetcher, url)
        except Error as e:
            if url == root:
                raise
            errors.append(str(e))
            continue
        for entry in sitemap.entries:
            if not _since_ok(entry.date, since):
                continue
            if sitemap.kind == "index" and depth < SITEMAP_MAX_DEPTH:
                todo.append((entry.loc, depth + 1))
            elif sitemap.kind == "urlset":
                pages.setdefault(entry.loc, entry)
    return list(pages.values()), errors


async def _fetch_sitemap(fetcher: Any, url: str) -> Sitemap:
    """Fetch and parse one sitemap document; FetchError or InputError (naming the URL) when it fails.

    A `.xml.gz` is usually served as application/x-gzip (or gzip, octet-stream): accepted here only, and
    decompressed within the fetcher's own decoded-size cap for the fetch, so a gzip bomb is refused as
    a body sent with Content-Encoding: gzip would be.
    """
    from claimwatch.fetch import GZIP_TYPES, gunzip_capped

    body = (await fetcher.fetch(url, kind="feed", accept_types=GZIP_TYPES)).body
    if body[:2] == b"\x1f\x8b":
        body = gunzip_capped(body, fetcher.settings.cap_for("feed"), url)
    try:
        return parse_sitemap(body)
    except InputError as e:
        raise InputError(f"{url}: {e}") from e


def read_sitemap(
    root: str,
    *,
    since: date | None,
    settings: Any,
    done: Callable[[list[str]], Mapping[str, str]],
    source: str | None = None,
    window: int = 16,
) -> Iterator[Record]:
    """Every page of a sitemap tree as a Record, fetched through `Fetcher` (robots.txt, per-host limits,
    caps, the address guard), in sitemap order. Pages whose (URL, date) `done` reports are not fetched.

    The sitemaps are read first (in this thread); the pages are then fetched by a background thread
    running an event loop, at most `window` at a time, and handed over through a bounded queue.
    """
    from claimwatch.fetch import Fetcher

    async def list_entries() -> tuple[list[SitemapEntry], list[str]]:
        async with Fetcher(settings) as fetcher:
            return await sitemap_entries(fetcher, root, since)

    import asyncio

    entries, errors = asyncio.run(list_entries())
    for error in errors:
        yield Record(Mark(root, "page"), skip="sitemap_error", error=error)
    stamps = {e.loc: _iso_or_empty(e.date) for e in entries}
    already = done(list(stamps))
    todo = [e for e in entries if already.get(e.loc) != stamps[e.loc]]
    if todo:
        yield from _fetch_pages(todo, settings, source or root, window)


def _iso_or_empty(when: datetime | None) -> str:
    return when.isoformat() if when else ""


def _fetch_pages(entries: list[SitemapEntry], settings: Any, source: str, window: int) -> Iterator[Record]:
    """Fetch pages in a background event loop; yield their Records in order as they arrive."""
    handoff: queue.Queue[Record | None] = queue.Queue(maxsize=max(4, window))
    stop = threading.Event()
    thread = threading.Thread(
        target=_fetch_thread,
        args=(entries, settings, source, window, handoff, stop),
        name="claimwatch-sitemap",
        daemon=True,
    )
    thread.start()
    try:
        while (record := handoff.get()) is not None:
            yield record
    finally:
        stop.set()
        with contextlib.suppress(queue.Empty):
            while True:
                handoff.get_nowait()
        thread.join(timeout=30)


def _fetch_thread(
    entries: list[SitemapEntry],
    settings: Any,
    source: str,
    window: int,
    handoff: queue.Queue[Record | None],
    stop: threading.Event,
) -> None:
    def put(record: Record | None) -> None:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                handoff.put(record, timeout=0.2)
                return

    import asyncio

    try:
        asyncio.run(_fetch_in_order(entries, settings, source, window, put, stop))
    except Exception as e:  # never leave the reader waiting
        put(Record(Mark(source, "page"), skip="sitemap_error", error=f"{source}: {_one_line(e)}"))
    finally:
        put(None)


async def _fetch_in_order(
    entries: list[SitemapEntry],
    settings: Any,
    source: str,
    window: int,
    put: Callable[[Record | None], None],
    stop: threading.Event,
) -> None:
    import asyncio

    from claimwatch.fetch import Fetcher

    async with Fetcher(settings) as fetcher:
        pending: deque[tuple[SitemapEntry, asyncio.Task[Any]]] = deque()
        for entry in entries:
            if stop.is_set():
                break
            pending.append((entry, asyncio.create_task(fetcher.fetch(entry.loc, kind="page"))))
            if len(pending) >= window:
                await _deliver(*pending.popleft(), source, put)
        while pending and not stop.is_set():
            await _deliver(*pending.popleft(), source, put)
        for _, task in pending:
            task.cancel()


async def _deliver(
    entry: SitemapEntry, task: asyncio.Task[Any], source: str, put: Callable[[Record | None], None]
) -> None:
    mark = Mark(entry.loc, "page", stamp=_iso_or_empty(entry.date), finished=True)
    try:
        result = await task
    except FetchError as e:
        if e.kind == "robots":
            record = Record(replace(mark, finished=False), skip="robots")
        else:
            record = Record(replace(mark, finished=False), skip=f"fetch_{e.kind}", error=str(e))
    else:
        page = Page(
            result.body,
            url=result.final_url,
            source=source,
            fetched=datetime.now(UTC).replace(microsecond=0),
            content_type=result.headers.get("content-type"),
        )
        record = Record(mark, page=page, progress=len(result.body))
    import asyncio

    await asyncio.to_thread(put, record)


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class BackfillOptions:
    """How to backfill. `workers=0` means one per core; `workers=1` does everything in this process."""

    workers: int = 0
    prefilter: bool = True
    resume: bool = True
    since: date | None = None
    batch_articles: int = BATCH_ARTICLES
    max_page_bytes: int = MAX_PAGE_BYTES
    fetch: Any = None
    """FetchSettings for sitemaps (default: FetchSettings())."""

    def worker_count(self) -> int:
        if self.workers > 0:
            return self.workers
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass
class BackfillReport:
    """What a backfill did. `pages` are HTML pages read; `parsed` of them reached trafilatura."""

    inputs: int = 0
    inputs_failed: int = 0
    records: int = 0
    pages: int = 0
    prefiltered: int = 0
    parsed: int = 0
    articles: int = 0
    new: int = 0
    duplicates: int = 0
    new_versions: int = 0
    unchanged: int = 0
    claims: int = 0
    already_done: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    workers: int = 1

    @property
    def exit_code(self) -> int:
        """0 all fine, 1 some inputs or records failed, 2 nothing worked."""
        if self.inputs and self.inputs_failed == self.inputs:
            return 2
        return 1 if self.errors else 0

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (`--json`)."""
        rate = self.pages / self.seconds if self.seconds else 0.0
        return {
            "inputs": self.inputs, "inputs_failed": self.inputs_failed, "records": self.records,
            "pages": self.pages, "prefiltered": self.prefiltered, "parsed": self.parsed,
            "articles": self.articles, "new": self.new, "duplicates": self.duplicates,
            "new_versions": self.new_versions, "unchanged": self.unchanged, "claims": self.claims,
            "already_done": self.already_done, "skipped": dict(sorted(self.skipped.items())),
            "errors": len(self.errors), "workers": self.workers, "seconds": round(self.seconds, 3),
            "pages_per_s": round(rate, 1),
        }  # fmt: skip


class Observer:
    """Told how the backfill goes (the CLI draws a progress bar); this default says nothing."""

    def begin(self, total_bytes: int) -> None:
        """Before reading: the input bytes expected (archives and files; sitemaps are not known)."""

    def advance(self, progress: int, report: BackfillReport) -> None:
        """After each record read: `progress` more input bytes are done."""


def backfill(
    store: Any,
    inputs: Sequence[str],
    *,
    sitemaps: Sequence[str] = (),
    options: BackfillOptions | None = None,
    observer: Observer | None = None,
) -> BackfillReport:
    """Read archives, folders and sitemaps into `store`; resumable; see the module docstring."""
    options = options or BackfillOptions()
    observer = observer or Observer()
    report = BackfillReport(inputs=len(inputs) + len(sitemaps), workers=options.worker_count())
    started = time.monotonic()
    if report.workers > 1:
        start_worker_server()  # loads the worker modules while the inputs are opened and read
    observer.begin(_total_bytes(inputs))
    records = _all_records(store, inputs, sitemaps, options, report)
    writer = _Writer(store, options.batch_articles, report)
    try:
        for record, outcome in _processed(records, options, report, observer, writer.flush):
            writer.add(record, outcome)
        writer.flush()
    except KeyboardInterrupt:
        writer.flush()  # what is complete is stored with its marks; the rest is read again next time
        raise
    finally:
        report.seconds = time.monotonic() - started
    return report


def _total_bytes(inputs: Sequence[str]) -> int:
    total = 0
    for spec in inputs:
        with contextlib.suppress(OSError):
            path = Path(spec)
            total += (
                path.stat().st_size if path.is_file() else sum(p.stat().st_size for p in folder_files(spec))
            )
    return total


def _all_records(
    store: Any,
    inputs: Sequence[str],
    sitemaps: Sequence[str],
    options: BackfillOptions,
    report: BackfillReport,
) -> Iterator[Record]:
    """The records of every input in order; an input that cannot be opened counts as failed."""
    for spec in inputs:
        try:
            yield from _input_records(store, spec, options, report)
        except OSError as e:
            report.inputs_failed += 1
            report.errors.append(f"{spec}: {e.strerror or e}")
        except InputError as e:
            report.inputs_failed += 1
            report.errors.append(f"{spec}: {e}")
    for root in sitemaps:
        try:
            yield from _sitemap_records(store, root, options, report)
        except Error as e:
            report.inputs_failed += 1
            report.errors.append(str(e))


def _input_records(
    store: Any, spec: str, options: BackfillOptions, report: BackfillReport
) -> Iterator[Record]:
    path = Path(spec)
    if not path.exists():
        raise InputError("no such file or folder")
    if path.is_dir() or (path.suffix.lower() in HTML_SUFFIXES and path.is_file()):
        keys = [str(p.resolve()) for p in folder_files(spec)]
        known = _known(store, keys, options, kind="file")
        report.already_done += len(known)
        yield from read_folder(spec, known, max_page_bytes=options.max_page_bytes)
        return
    if not is_archive(path):
        raise InputError("not a WARC file (.warc, .warc.gz) or a folder of HTML files")
    start = (
        store.backfill_positions([str(path.resolve())]).get(str(path.resolve())) if options.resume else None
    )
    mark = _mark_of(start) if start else None
    if mark and mark.finished and mark.stamp == archive_stamp(path):
        report.already_done += 1
        return
    first = True
    for record in read_warc(spec, mark, max_page_bytes=options.max_page_bytes):
        if first and record.skip == "corrupt" and record.mark.records == 0 and not mark:
            raise InputError(
                f"not a WARC archive ({record.error.split(': ', 1)[-1] if record.error else ''})"
            )
        first = False
        yield record


def _sitemap_records(
    store: Any, root: str, options: BackfillOptions, report: BackfillReport
) -> Iterator[Record]:
    from claimwatch.fetch import FetchSettings

    def done(urls: list[str]) -> Mapping[str, str]:
        known = _known(store, urls, options, kind="page")
        report.already_done += sum(1 for url in urls if url in known)
        return known

    yield from read_sitemap(root, since=options.since, settings=options.fetch or FetchSettings(), done=done)


def _known(store: Any, keys: list[str], options: BackfillOptions, *, kind: Kind) -> dict[str, str]:
    """key -> stamp of the keys already stored (finished) by an earlier backfill."""
    if not options.resume or not keys:
        return {}
    rows = store.backfill_positions(keys)
    return {key: row["stamp"] for key, row in rows.items() if row["finished"] and row["kind"] == kind}


def _mark_of(row: Mapping[str, Any]) -> Mark:
    return Mark(
        row["source"],
        row["kind"],
        row["byte_offset"],
        row["skip"],
        row["records"],
        row["stamp"],
        bool(row["finished"]),
    )


# --------------------------------------------------------------------------- prefilter + pool, in order


@dataclass
class _Chunk:
    """Consecutive records; the pages among them that go to the workers (`todo`, record indices).
    `checked`: the prefilter already ran here, `todo` holds only the pages it let through."""

    checked: bool = False
    records: list[Record] = field(default_factory=list)
    todo: list[int] = field(default_factory=list)
    outcomes: dict[int, Outcome] = field(default_factory=dict)
    size: int = 0
    future: Future[tuple[list[Outcome | None], float]] | None = None

    def full(self, pages: int) -> bool:
        return len(self.todo) >= pages or self.size >= CHUNK_BYTES or len(self.records) >= CHUNK_RECORDS

    def pages(self) -> list[Page]:
        return [self.records[i].page for i in self.todo]  # type: ignore[misc]


class _Sizer:
    """Pages per pool task: CHUNK_SECONDS of work at the CPU per page the workers last reported."""

    def __init__(self) -> None:
        self.pages = CHUNK_PAGES
        self._per_page: float | None = None

    def update(self, pages: int, seconds: float) -> None:
        if pages <= 0 or seconds <= 0:
            return
        per_page = seconds / pages
        self._per_page = per_page if self._per_page is None else 0.7 * self._per_page + 0.3 * per_page
        self.pages = max(1, min(CHUNK_RECORDS, int(CHUNK_SECONDS / self._per_page)))


_PREFILTERED = Skipped("prefiltered")


def _processed(
    records: Iterable[Record],
    options: BackfillOptions,
    report: BackfillReport,
    observer: Observer,
    commit: Callable[[], None],
) -> Iterator[tuple[Record, Outcome | None]]:
    """(record, outcome) in source order; pages are processed inline (1 worker) or by a process pool.

    Inline, the prefilter runs here as records are read. With a pool it runs in the workers: this process
    then only reads, hands pages over and writes, so that it is not the one core every page waits for;
    only while the pool starts, when this process has a core to itself, does it prefilter what it reads.
    `commit` writes what the consumer has been given so far (once everything is read, the writer commits
    after each chunk, while the workers still have the later ones: the commit no worker overlaps is the
    last chunk's alone).
    """
    workers = options.worker_count()
    if workers <= 1:
        for chunk in _chunks(records, report, observer, prefilter=lambda: options.prefilter):
            yield from _merged(chunk, process_pages(chunk.pages()))
        return
    yield from _pooled(records, report, observer, workers, options.prefilter, commit)


WORKER_MODULES = (
    "claimwatch.backfill",
    "claimwatch.articles",
    "claimwatch.pipeline",
    "claimwatch.extract.claims",
)
"""What a worker imports to process a page (trafilatura, lxml, the extractor): loaded once by the
forkserver, so that each worker starts as a fork of a process that has them, not as a fresh interpreter."""


def worker_context() -> Any:
    """The multiprocessing context for the pool: the forkserver where there is one (Linux, macOS), with
    the worker's modules preloaded; spawn elsewhere. Not fork: the writer's process has threads (the
    sitemap fetcher, the executor's own) and an open database.

    The server is started once per process (`multiprocessing`'s own singleton) and starts the workers of
    every later pool in milliseconds; it exits with this process. If something else started it first
    without these modules, the workers import them themselves (slower start, same results).
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(WORKER_MODULES))
    return context


def start_worker_server() -> None:
    """Start the forkserver now (it loads the worker modules in the background) so that the pool does not
    wait for it later; does nothing without a forkserver, or when it already runs.

    Python 3.11 starts the server with `python -c` and does not give it this process's sys.path, so the
    current directory would come first there and a `trafilatura.py` lying in it would be preloaded into
    every worker. PYTHONSAFEPATH (Python's -P) keeps it off (spawn's workers took this process's path).
    """
    context = worker_context()
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    saved = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        with _stdout_as_stderr():
            forkserver.ensure_running()
    finally:
        if saved is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = saved


@contextlib.contextmanager
def _stdout_as_stderr() -> Iterator[None]:
    """File descriptor 1 is a copy of 2 inside: a process started here (the forkserver, and so every
    worker) does not hold stdout open, and `claimwatch backfill --json | ...` gets its end of file when
    this process exits, not when the server has torn its modules down after it (~0.07 s later)."""
    try:
        saved = os.dup(1)
    except OSError:  # no stdout: nothing to keep open
        yield
        return
    try:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
        with contextlib.suppress(OSError):  # no stderr: the server holds stdout as before
            os.dup2(2, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _pooled(
    records: Iterable[Record],
    report: BackfillReport,
    observer: Observer,
    workers: int,
    prefilter: bool,
    commit: Callable[[], None],
) -> Iterator[tuple[Record, Outcome | None]]:
    """Chunks through a process pool with at most 3 x workers chunks in flight, results in order.

    The workers start in the background (the forkserver may still be loading their modules): meanwhile
    this process reads ahead, up to START_READ_AHEAD bytes of pages, and prefilters what it reads,
    instead of waiting with a core idle.
    """
    window: deque[_Chunk] = deque()
    limit = 3 * workers
    sizer = _Sizer()
    start_worker_server()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=worker_context(), initializer=warm_up)
    starter = threading.Thread(
        target=_start_workers, args=(pool, workers), name="claimwatch-pool-start", daemon=True
    )
    starter.start()
    chunks = _chunks(
        records, report, observer, prefilter=lambda: prefilter and starter.is_alive(), sizer=sizer
    )
    unsent: list[_Chunk] = []
    try:
        for chunk in chunks:
            window.append(chunk)
            if chunk.todo:
                unsent.append(chunk)
            if starter.is_alive() and sum(c.size for c in unsent) < START_READ_AHEAD:
                continue
            _submit(pool, starter, unsent, prefilter)
            while len(window) > limit or (window and _ready(window[0])):
                yield from _finish(window.popleft(), sizer)
        _submit(pool, starter, unsent, prefilter)
        while window:
            yield from _finish(window.popleft(), sizer)
            commit()
    finally:
        starter.join()
        pool.shutdown(wait=True, cancel_futures=True)


def _start_workers(pool: ProcessPoolExecutor, workers: int) -> None:
    """Have the pool start its worker processes (each submit with no idle worker starts one)."""
    with contextlib.suppress(Exception):  # a broken pool is reported by the real tasks
        for _ in range(workers):
            pool.submit(int)


def _submit(
    pool: ProcessPoolExecutor, starter: threading.Thread, unsent: list[_Chunk], prefilter: bool
) -> None:
    starter.join()
    for chunk in unsent:
        chunk.future = pool.submit(process_task, chunk.pages(), prefilter and not chunk.checked)
    unsent.clear()


def _ready(chunk: _Chunk) -> bool:
    return chunk.future.done() if chunk.future is not None else not chunk.todo


def _finish(chunk: _Chunk, sizer: _Sizer) -> Iterator[tuple[Record, Outcome | None]]:
    if chunk.future is None:
        yield from _merged(chunk, [])
        return
    results, seconds = chunk.future.result()
    if not chunk.checked:  # the CPU per page the sizer aims by includes the prefilter's
        sizer.update(len(results), seconds)
    yield from _merged(chunk, [_PREFILTERED if r is None else r for r in results])


def _merged(chunk: _Chunk, results: list[Outcome]) -> Iterator[tuple[Record, Outcome | None]]:
    outcomes = dict(chunk.outcomes)
    outcomes.update(zip(chunk.todo, results, strict=True))
    for i, record in enumerate(chunk.records):
        yield record, outcomes.get(i)


def _chunks(
    records: Iterable[Record],
    report: BackfillReport,
    observer: Observer,
    *,
    prefilter: Callable[[], bool],
    sizer: _Sizer | None = None,
) -> Iterator[_Chunk]:
    """Group records into chunks, counting them and, in a chunk begun while `prefilter()` said so, applying
    the prefilter on the way. A chunk ends at `sizer.pages` pages to process (CHUNK_PAGES without a
    sizer), CHUNK_BYTES or CHUNK_RECORDS."""
    chunk = None
    for record in records:
        count_record(record, report)
        observer.advance(record.progress, report)
        chunk = chunk or _Chunk(checked=prefilter())
        index = len(chunk.records)
        chunk.records.append(record)
        if record.page is not None:
            if chunk.checked and not has_parameter_cue(record.page.body):
                chunk.outcomes[index] = _PREFILTERED
            else:
                chunk.todo.append(index)
                chunk.size += len(record.page.body)
        if chunk.full(sizer.pages if sizer is not None else CHUNK_PAGES):
            yield chunk
            chunk = None
    if chunk is not None:
        yield chunk


def count_record(record: Record, report: BackfillReport) -> None:
    """Count a record read: pages, skips by reason, error lines."""
    if record.error:
        report.errors.append(record.error)
    if record.page is None and record.skip is None:
        return  # only moves the mark (the end of an archive, the bytes after a damaged gzip member)
    report.records += 1
    if record.page is not None:
        report.pages += 1
    if record.skip is not None:
        report.skipped[record.skip] += 1


# --------------------------------------------------------------------------- the one writer


class _Writer:
    """Saves articles and marks in batches, one transaction per batch, in source order."""

    def __init__(self, store: Any, batch_articles: int, report: BackfillReport) -> None:
        from claimwatch.extract import EXTRACTOR_VERSION

        self.store = store
        self.batch_articles = max(1, batch_articles)
        self.report = report
        self.version = EXTRACTOR_VERSION
        self.items: list[tuple[Article, list[Claim]]] = []
        self.marks: dict[str, Mark] = {}
        self.since = time.monotonic()

    def add(self, record: Record, outcome: Outcome | None) -> None:
        if isinstance(outcome, Extracted):
            self.report.parsed += 1
            self.items.append((outcome.article, outcome.claims))
        elif isinstance(outcome, Skipped):
            if outcome is _PREFILTERED:
                self.report.prefiltered += 1
            else:
                self.report.parsed += 1
                self.report.skipped[outcome.reason] += 1
        if _keeps_mark(record):
            self.marks[record.mark.key] = record.mark
        if (
            len(self.items) >= self.batch_articles
            or len(self.marks) >= BATCH_MARKS
            or time.monotonic() - self.since >= BATCH_SECONDS
        ):
            self.flush()

    def flush(self) -> None:
        """Commit the batch: the articles with their claims and the marks, in one transaction."""
        self.since = time.monotonic()
        if not self.items and not self.marks:
            return
        with self.store.transaction():
            results = self.store.save_many(self.items, extractor_version=self.version) if self.items else []
            self.store.save_backfill_positions([mark.row() for mark in self.marks.values()])
        for result in results:
            self._count(result.outcome, result.claims_written)
        self.items, self.marks = [], {}

    def _count(self, outcome: str, claims: int) -> None:
        self.report.articles += 1
        self.report.claims += claims
        if outcome == "new":
            self.report.new += 1
        elif outcome == "new_version":
            self.report.new_versions += 1
        elif outcome == "duplicate":
            self.report.duplicates += 1
        else:
            self.report.unchanged += 1


def _keeps_mark(record: Record) -> bool:
    """Page and file marks are only kept once the page was really read (a failed fetch is tried again)."""
    return record.mark.kind == "warc" or record.mark.finished
