"""Free-text measures the form defines in words: length, placeholder, personal data."""

from __future__ import annotations

import re
import unicodedata

from compliance.reading.personal import (
    NOT_DETECTED,
    PersonalData,
    find_personal_data,
    mask_personal_data,
)
from compliance.reading.text import is_blank, visible

# personal data is found where every text enters (reading/personal.py); the free-text
# measures name it here too, with what the scan cannot see
__all__ = ["DEFAULT_PLACEHOLDER", "NOT_DETECTED", "PersonalData", "blank",
           "find_personal_data", "is_placeholder", "length", "mask_personal_data",
           "refers_to_earlier_account"]

DEFAULT_PLACEHOLDER = "Klicka eller tryck här för att ange text."


def length(text: str) -> int:
    """Characters counted with spaces, after Unicode NFC normalisation (å is one character)."""
    return len(unicodedata.normalize("NFC", text))


def is_placeholder(text: str, placeholder: str) -> bool:
    """Whether the answer is only the Word template's filler text."""
    def norm(value: str) -> str:
        # invisible format characters (a zero-width space pasted into the filler text)
        # do not make it an answer
        return " ".join(visible(value).split()).casefold()

    return norm(text) == norm(placeholder)


def blank(text: str) -> bool:
    """Whether the answer is empty once whitespace and invisible characters are removed."""
    return is_blank(text)


# "se vår redovisning för 2023", "hänvisar till 2023 års redovisning": seeds/001 lets a
# region answer a question by referring to its account of the year before.
_EARLIER = re.compile(r"(hänvis\w*|se|enligt|samma som)\b[^.]{0,80}?\b(20\d\d)\b[^.]{0,40}?"
                      r"redovisning|redovisning\w*\s+(för|av|från)\s+(överenskommelsen\s+)?"
                      r"(20\d\d)|(20\d\d)\s+års\s+redovisning", re.IGNORECASE)


def refers_to_earlier_account(text: str) -> bool:
    """Whether an answer refers to the region's account of an earlier year."""
    return _EARLIER.search(" ".join(text.split())) is not None
