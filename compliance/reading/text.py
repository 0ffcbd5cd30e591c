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


# -- labels as a reader compares them ------------------------------------------------------
# Hyphens and spaces that look alike to a reader: non-breaking and figure spaces, the
# hyphen, non-breaking hyphen (U+2011), figure dash, en and em dash, minus sign.
_LOOK_ALIKE = {**dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a"), " "),
               **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")}
_WORD = re.compile(r"\w+")


def label_words(text: str) -> list[str]:
    """The words of a label as compared: case folded, soft hyphens and other invisible
    characters removed, any hyphen or space alike, punctuation dropped ("Hälso- och" is
    ["hälso", "och"])."""
    text = visible(text.translate(_LOOK_ALIKE))
    return _WORD.findall(text.casefold())


def words_alike(one: str, other: str) -> float:
    """1 for the same word, 0.8 for an inflection of it ("regionens", "regionernas": a
    shared stem of at least five letters covering most of the shorter word), else 0."""
    if one == other:
        return 1.0
    if one[:5] != other[:5] or one.isdigit() or other.isdigit():
        return 0.0
    stem = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        stem += 1
    shorter = min(len(one), len(other))
    return 0.8 if stem >= 5 and stem >= 0.6 * shorter else 0.0


def label_score(label: list[str], text: list[str], at_least: float = 0.0) -> float:
    """How well ``text`` begins with ``label`` (both as :func:`label_words`), 0–1: the best
    in-order pairing of the label's words with the first words of the text (a word may be
    missing or added on either side), each pair scored by :func:`words_alike`, divided by
    the label's length; 0 at once when it cannot reach ``at_least``."""
    if not label:
        return 0.0
    head = text[: len(label) + 3]
    stems = {word[:5] for word in head}
    if sum(word[:5] in stems for word in label) < at_least * len(label):
        return 0.0  # too few words even begin alike
    # longest weighted common subsequence, one row at a time
    previous = [0.0] * (len(head) + 1)
    for word in label:
        current = [0.0] * (len(head) + 1)
        for j, other in enumerate(head, 1):
            current[j] = max(previous[j], current[j - 1],
                             previous[j - 1] + words_alike(word, other))
        previous = current
    return previous[-1] / len(label)
