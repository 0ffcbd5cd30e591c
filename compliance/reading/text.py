"""What text means when people type it: keys compared as they look, blanks that look blank.

Two keys that look the same to a person ("2024-03", "2024-03" with a trailing newline,
"２０２４-０３" in full-width digits) are the same key, so a second one is a duplicate and
never a silent replacement. An answer that looks empty (only spaces, zero-width or other
invisible format characters) is empty.
"""

from __future__ import annotations

import re
import unicodedata

# Only characters outside ASCII can be invisible or digits of another script; in Swedish
# text they are a few in a hundred, so each is looked at alone (re.sub) rather than every
# character in a Python loop.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _visible_char(match: re.Match[str]) -> str:
    # Cf covers U+200B–U+200D, U+2060, U+FEFF, U+00AD and the bidirectional marks
    return "" if unicodedata.category(match.group()) == "Cf" else match.group()


def _ascii_digit(match: re.Match[str]) -> str:
    digit = unicodedata.decimal(match.group(), None)
    return match.group() if digit is None else str(digit)


def visible(text: str) -> str:
    """``text`` in NFC without invisible format characters, stripped of whitespace."""
    if text.isascii():  # no format characters, already NFC
        return text.strip()
    return unicodedata.normalize("NFC", _NON_ASCII.sub(_visible_char, text)).strip()


def is_blank(text: str) -> bool:
    """Whether ``text`` is empty once invisible characters and whitespace are removed."""
    return not visible(text)


def ascii_digits(text: str) -> str:
    """Every decimal digit (full-width, Arabic-Indic, …) as its ASCII digit."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_ascii_digit, text)


def normalise_key(key: str) -> str:
    """A mapping key as it is compared and stored: NFC, no invisible characters, no
    surrounding whitespace (newlines included), ASCII digits."""
    if key.isascii():  # no invisible or composed characters, no other digits
        return key.strip()
    return ascii_digits(visible(key))
