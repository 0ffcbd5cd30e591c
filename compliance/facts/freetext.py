"""Free-text measures the form defines in words: length, placeholder, personal data."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from compliance.inputs.text import ascii_digits, is_blank, visible

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


@dataclass(frozen=True)
class PersonalData:
    kind: str  # personnummer, samordningsnummer, e-post, telefon
    masked: str


# "se vår redovisning för 2023", "hänvisar till 2023 års redovisning": seeds/001 lets a
# region answer a question by referring to its account of the year before.
_EARLIER = re.compile(r"(hänvis\w*|se|enligt|samma som)\b[^.]{0,80}?\b(20\d\d)\b[^.]{0,40}?"
                      r"redovisning|redovisning\w*\s+(för|av|från)\s+(överenskommelsen\s+)?"
                      r"(20\d\d)|(20\d\d)\s+års\s+redovisning", re.IGNORECASE)


def refers_to_earlier_account(text: str) -> bool:
    """Whether an answer refers to the region's account of an earlier year."""
    return _EARLIER.search(" ".join(text.split())) is not None


_PNR = re.compile(r"(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+46|0)[\s\u2013-]*\d(?:[\s\u2013-]*\d){6,10}(?!\d)")


def find_personal_data(text: str) -> list[PersonalData]:
    """Swedish personal identity and coordination numbers (valid check digit), e-mail
    addresses and phone numbers; every hit is masked so no report prints it whole."""
    # invisible characters and full-width digits do not hide a number
    text = ascii_digits("".join(char for char in unicodedata.normalize("NFC", text)
                                if unicodedata.category(char) != "Cf"))
    hits: list[PersonalData] = []
    taken: list[tuple[int, int]] = []
    for match in _PNR.finditer(text):
        kind = _identity_kind(match)
        if kind:
            hits.append(PersonalData(kind, _mask(match.group())))
            taken.append(match.span())
    for match in _EMAIL.finditer(text):
        local, _, domain = match.group().partition("@")
        hits.append(PersonalData("e-post", f"{local[:1]}***@{domain}"))
    for match in _PHONE.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            hits.append(PersonalData("telefon", _mask(match.group())))
    return hits


def _identity_kind(match: re.Match[str]) -> str | None:
    century, yy, mm, dd, _, tail = match.groups()
    day = int(dd)
    kind = "personnummer"
    if day > 60:
        kind, day = "samordningsnummer", day - 60
    year = int((century or "19") + yy)
    try:
        dt.date(year, int(mm), day)
    except ValueError:
        return None
    digits = yy + mm + dd + tail
    return kind if _luhn_ok(digits) else None


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _mask(value: str) -> str:
    """Keep the first two characters and the separators; star every other digit."""
    return value[:2] + "".join("*" if char.isdigit() else char for char in value[2:])
