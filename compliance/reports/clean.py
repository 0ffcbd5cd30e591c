"""Untrusted text made printable: what every format does first, before its own escaping.

Region names, notes, free-text evidence, waiver texts and file names come from files a
region or a colleague wrote. They may hold control characters (an ANSI escape sequence
repaints a terminal; a carriage return overwrites a line) and bidirectional overrides
(which make a name read differently from what it is). Each format escapes its own
metacharacters (``markdown._md``, ``csv._cell``, ``html``'s Jinja2 autoescape,
``terminal._text``);
this module removes what no format may print at all.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional embeddings,
# overrides and isolates (U+202A–U+202E, U+2066–U+2069).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\n\t\u2028\u2029\x85]")


def printable(text: str) -> str:
    """``text`` without control characters; a tab becomes a space, newlines stay."""
    return _CONTROLS.sub("", str(text).replace("\t", " ").replace("\r\n", "\n"))


def one_line(text: str) -> str:
    """``text`` printable and on one line (line breaks become spaces)."""
    return _LINE_BREAKS.sub(" ", printable(text))
