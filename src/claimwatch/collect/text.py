"""Text a run shows or stores, made safe: URL credentials scrubbed, control characters escaped, mojibake
counted (RELIABILITY X6, F16)."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_USERINFO = re.compile(r"(?<=://)[^/@\s]+@")
# Mojibake (RELIABILITY F16): UTF-8 read as cp1252 or Latin-1. A 2-byte character shows as its lead byte's
# character then a continuation byte's (80-BF): 'é' -> 'Ã©', nbsp -> 'Â\xa0', Cyrillic 'п' -> 'Ð¿' (only the
# leads Â Ã Ð Ñ: after others, such as 'É' in «CAFÉ», a closing quote is ordinary text); a 3-byte one as any
# E0-EF lead then two continuation characters: '’' -> 'â€™', '中' -> 'ä¸\xad'. Plus U+FFFD, what a decoder
# leaves for bytes it could not read. A heuristic: a real 'Ã' right before a '©' counts too.
_CONTINUATION = re.escape(
    "".join(
        sorted(
            set(
                bytes(range(0x80, 0xC0)).decode("cp1252", "ignore")
                + bytes(range(0x80, 0xA0)).decode("latin-1")
            )
        )
    )
)
_LEAD3 = re.escape(bytes(range(0xE0, 0xF0)).decode("cp1252"))
_MOJIBAKE = re.compile(f"[ÂÃÐÑ][{_CONTINUATION}]|[{_LEAD3}][{_CONTINUATION}]{{2}}|\ufffd")


def scrub(text: str) -> str:
    """`text` with the user:password of every URL in it removed (RELIABILITY X6)."""
    return _USERINFO.sub("", text)


def printable(text: str) -> str:
    """One line, safe for a terminal or a log: whitespace runs become one space, other control
    characters (ANSI escapes from a hostile server's reason phrase, say) become \\xNN."""
    flat = " ".join(text.split())
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", flat)


def mojibake_count(*texts: str | None) -> int:
    """How many mojibake sequences ('Ã©', 'â€™': UTF-8 decoded as cp1252 or Latin-1) and U+FFFD
    replacement characters the texts hold (RELIABILITY F16)."""
    return sum(len(_MOJIBAKE.findall(text)) for text in texts if text)
