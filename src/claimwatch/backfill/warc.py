"""WARC archives, plain or gzipped, read record by record from a resume mark. The only module that imports
warcio (when an archive is read, so that importing the package stays cheap)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from claimwatch.backfill.gzip_members import Gap, GzipMembers, find_forward
from claimwatch.backfill.payload import drain, page_of
from claimwatch.backfill.records import MAX_PAGE_BYTES, KiB, Mark, Record, one_line

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


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
            page, skip = page_of(rec, self.spec, self.max_page_bytes)
            short = drain(rec)
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
        return Record(mark, skip="corrupt", error=f"{self.spec}: {where} ({one_line(error)})")


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
                found = find_forward(self.fh, bad + 1, _WARC_HEADER)
                then = f"went on at byte {found}" if found is not None else "nothing readable after it"
                mark = replace(self.mark, offset=found if found is not None else bad, skip=0, records=count)
                error = f"{self.spec}: unreadable data at byte {bad} ({one_line(e)}); {then}"
                yield self._moved(Record(mark, skip="corrupt", error=error))
                if found is None:
                    return self.mark
                start, skip = found, 0


_WARC_HEADER = re.compile(rb"(?:^|\n)(WARC/1\.[01]\r?\n)")


class _GzipWarc(_WarcBase):
    """A gzipped WARC, member by member (each normally one record); damage is skipped to the next member."""

    def records(self) -> Iterator[Record]:
        skip, count = self.mark.skip, self.mark.records
        for member in GzipMembers(self.fh, self.mark.offset, self.spec):
            if isinstance(member, Gap):
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
