"""Untrusted text made printable: what every format does first, before its own escaping.

Region names, notes, free-text evidence, waiver texts and file names come from files a
region or a colleague wrote. They may hold control characters (an ANSI escape sequence
repaints a terminal; a carriage return overwrites a line), bidirectional overrides (which
make a name read differently from what it is) and code points that a format cannot carry
at all (XML 1.0 has no place for U+FFFE, U+FFFF or a NUL; a lone surrogate, e.g. from a
file name that is not UTF-8, cannot be written as UTF-8). Each format escapes its own
metacharacters (``markdown._md``, ``csv._cell``, ``html``'s Jinja2 autoescape,
``terminal._text``); this module replaces what no format may print, in one visible way:
each such character becomes U+FFFD (``REPLACEMENT``, shown as �), so a reader sees that
something was there.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"
# C0 controls but tab and newline, DEL, C1 controls, the bidirectional embeddings,
# overrides and isolates (U+202A–U+202E, U+2066–U+2069), surrogates (only ever lone in a
# str) and the noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufdd0-\ufdef"
    + "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000,
                                                                              0x10000))
    + "]")
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029\x85]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every character no format may print replaced by U+FFFD; a tab becomes
    a space, a Windows line break a newline, other newlines stay."""
    return _UNPRINTABLE.sub(REPLACEMENT, str(text).replace("\t", " ").replace("\r\n", "\n"))


def one_line(text: str) -> str:
    """``text`` printable and on one line (line breaks become spaces)."""
    return _LINE_BREAKS.sub(" ", printable(text))


def encodable(text: str) -> str:
    """``text`` with lone surrogates (which UTF-8 cannot hold) replaced by U+FFFD and all
    else kept: for JSON, which escapes control characters itself."""
    return _SURROGATES.sub(REPLACEMENT, text)
