"""A gzip file member by member, streaming, resynchronising after damage: what a WARC.gz is read through."""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from claimwatch.backfill.records import KiB, MiB

_GZIP_MAGIC = b"\x1f\x8b\x08"


@dataclass(frozen=True, slots=True)
class Gap:
    """Bytes between two gzip members that are not a member; reading goes on at `end`.

    After a damaged member, `reason` is None: the member's record was already counted as gzip_error,
    and the gap only gives the line that says what was skipped.
    """

    start: int
    end: int
    reason: str | None
    message: str


class GzipMembers:
    """The members of a gzip file, each a readable stream, read block by block (never the whole file).

    After a member that fails to decompress, the next `\\x1f\\x8b\\x08` whose member decompresses is
    where reading goes on; the bytes in between are reported as one `Gap`.
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

    def __iter__(self) -> Iterator[_Member | Gap]:
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

    def _resync(self, start: int, what: str, reason: str | None) -> Gap:
        """Skip to the next offset where a gzip member decompresses; the skipped bytes as a Gap."""
        candidate = start + 1 if self.pos <= start else self.pos
        while True:
            found = find_forward(self.fh, candidate, re.compile(re.escape(_GZIP_MAGIC)))
            end = found if found is not None else self.fh.seek(0, io.SEEK_END)
            if found is None or self._decompresses(found):
                self.reset(end)
                then = f"went on at byte {end}" if found is not None else "nothing readable after it"
                return Gap(start, end, reason, f"{what} at bytes {start}-{end} skipped; {then}")
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

    def __init__(self, source: GzipMembers) -> None:
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
        """(reason, line for stderr) if the member is damaged; a damaged one's line comes with its Gap."""
        if self.error is None:
            return None
        if self.truncated:
            return "truncated", f"{self.spec}: {self.error}"
        return "gzip_error", None

    def tell(self) -> int:
        raise OSError("not seekable")  # warcio then counts offsets itself


def find_forward(fh: BinaryIO, start: int, pattern: re.Pattern[bytes]) -> int | None:
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
