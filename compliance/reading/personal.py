"""Personal data in text people wrote: Swedish personal identity and coordination numbers,
phone numbers and e-mail addresses, found the ways people actually write them and masked
so that no report prints them whole.

Every free text that enters the tool is read through here: free-text answers become a
finding (``facts/freetext.py``), every other text (region, note, attachment file names,
waivers, attestations, unit names, error messages) is masked in place when it is read.
Names of persons are not detected (``NOT_DETECTED``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

NOT_DETECTED = "Namn på personer upptäcks inte av granskningen av personuppgifter."

_SPACE = "[ \u00a0\u2009\u202f]"
_DASH = "[-\u2010-\u2015\u2212]"  # hyphen, en and em dash, minus sign and their kin

# Date (YYMMDD, optionally with the century), then a space, a dash or a plus (or nothing),
# then four digits. A prefix such as ``pnr-``, ``pnr:``, ``personnr`` or ``p-nr`` may be
# glued to it; digits or a digit and a dash before it belong to some longer number.
_IDENTITY = re.compile(
    rf"(?<!\d)(?<!\d[-\u2010-\u2015\u2212+.,/])(?P<century>18|19|20)?(?P<yy>\d\d)(?P<mm>\d\d)"
    rf"(?P<dd>\d\d){_SPACE}?(?:{_DASH}|\+)?{_SPACE}?(?P<tail>\d{{4}})"
    r"(?!\d)(?![-\u2010-\u2015\u2212.,/]\d)")
# bounded parts and no restart inside a run of word characters: linear on long words
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
# A Swedish phone number: +46/0046 (with an optional "(0)"), an area code in brackets, or
# a leading 0; then groups of digits separated by one space, dash, dot or slash. What the
# candidate really is (how many digits, a time or a date) is decided in ``_phone_end``.
_SEP = rf"(?:{_SPACE}?[-\u2010-\u2015\u2212/]{_SPACE}?|{_SPACE}|\.)"
_PHONE = re.compile(
    rf"(?<![\w+])(?<!\d[.,/ ])(?<!\d[-\u2010-\u2015\u2212])"
    rf"(?P<lead>(?:\+|00){_SPACE}?46{_SPACE}*(?:\(0\){_SPACE}*)?"
    rf"|\((?P<area>0\d{{1,3}})\){_SPACE}*(?:{_DASH}{_SPACE}*)?)?"
    rf"(?P<body>\d+(?:{_SEP}\d+)*)")
_GROUP = re.compile(r"\d+")
_TIME_OR_DATE = re.compile(r"\d{1,2}[.:]\d\d\s*[-\u2010-\u2015\u2212]\s*\d{1,2}[.:]\d\d"
                           r"|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")


@dataclass(frozen=True)
class PersonalData:
    """One piece of personal data: its kind, where it stands in the normalised text and
    how a report may show it."""

    kind: str  # personnummer, samordningsnummer, e-post, telefon
    masked: str
    start: int = 0
    end: int = 0


def normalised(text: str) -> str:
    """The text as it is scanned: NFC, no invisible format characters, ASCII digits, so
    that a zero-width space or full-width digits do not hide a number."""
    # as reading/text.py does (visible, ascii_digits), written out here so that this module
    # imports nothing of ours and every reader can use it without standing a floor higher
    if text.isascii():
        return text
    return _NON_ASCII.sub(_scanned_char, unicodedata.normalize("NFC", text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # the only characters that can change


def _scanned_char(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) == "Cf":
        return ""
    digit = unicodedata.decimal(char, None)
    return char if digit is None else str(digit)


def scan(text: str, allow: Iterable[str] = ()) -> tuple[str, list[PersonalData]]:
    """The normalised text and the personal data in it, in order and never overlapping.
    ``allow`` are e-mail addresses (``registrator@myndighet.se``), whole domains
    (``@myndighet.se``) or phone numbers (``075-247 30 00``) that are not personal data,
    such as an authority's functional mailboxes and switchboard."""
    text = normalised(text)
    allowed = [entry.strip().casefold() for entry in allow if "@" in entry]
    allowed_phones = {_national_number(entry) for entry in allow if "@" not in entry}
    hits: list[PersonalData] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < right and left < end for left, right in taken)

    for match in _EMAIL.finditer(text):
        taken.append(match.span())
        if not _allowed(match.group(), allowed):
            local = match.group().partition("@")[0]
            hits.append(PersonalData("e-post", f"{local[:1]}***@***", *match.span()))
    for match in _IDENTITY.finditer(text):
        kind = _identity_kind(match)
        if kind and free(*match.span()):
            hits.append(PersonalData(kind, _mask(match.group()), *match.span()))
            taken.append(match.span())
    for match in _PHONE.finditer(text):
        found = _phone(match)
        if found is not None and free(match.start(), found[0]):
            end, national = found
            taken.append((match.start(), end))
            if national not in allowed_phones:
                hits.append(PersonalData("telefon", _mask(text[match.start():end]),
                                         match.start(), end))
    return text, sorted(hits, key=lambda hit: hit.start)


def find_personal_data(text: str, allow: Iterable[str] = ()) -> list[PersonalData]:
    """Every piece of personal data in ``text``, each masked so no report prints it whole."""
    return scan(text, allow)[1]


def mask_personal_data(text: str, allow: Iterable[str] = ()) -> str:
    """``text`` with every piece of personal data replaced by its masked form
    (``19******-****``, ``07*-*** ** **``, ``a***@***``); unchanged when there is none."""
    shown, hits = scan(text, allow)
    if not hits:
        return text
    parts: list[str] = []
    at = 0
    for hit in hits:
        parts += [shown[at:hit.start], hit.masked]
        at = hit.end
    return "".join(parts) + shown[at:]


def _allowed(address: str, allowed: list[str]) -> bool:
    address = address.casefold()
    domain = "@" + address.partition("@")[2]
    return address in allowed or domain in allowed


def _identity_kind(match: re.Match[str]) -> str | None:
    century, yy, mm, dd, tail = match.group("century", "yy", "mm", "dd", "tail")
    day = int(dd)
    kind = "personnummer"
    if day > 60:
        kind, day = "samordningsnummer", day - 60
    years = [int(century + yy)] if century else [1900 + int(yy), 2000 + int(yy)]
    if not any(_is_date(year, int(mm), day) for year in years):
        return None
    return kind if _luhn_ok(yy + mm + dd + tail) else None


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _national_number(entry: str) -> str | None:
    """An allowed phone number (the authority's switchboard) as its national digits."""
    match = _PHONE.search(normalised(entry))
    found = _phone(match) if match else None
    return found[1] if found else None


def _phone(match: re.Match[str]) -> tuple[int, str] | None:
    """Where the phone number that starts at ``match`` ends and its national digits
    (0701234567), or None when it is none: a
    Swedish number has 8–10 digits written nationally, an area code that does not start
    with 0, and is neither a time range (08.00–17.00) nor a date (01.02.2023). Trailing
    groups that make it too long (a year after it) are left out."""
    lead, area, body = match.group("lead"), match.group("area"), match.group("body")
    groups = list(_GROUP.finditer(body))
    for count in range(len(groups), 0, -1):
        end = groups[count - 1].end()
        digits = "".join(group.group() for group in groups[:count])
        if area:
            national = area + digits
        elif lead:
            national = digits if digits.startswith("0") else "0" + digits
        else:
            national = digits
        if not (national.startswith("0") and len(national) > 1 and national[1] != "0"):
            continue
        if 8 <= len(national) <= 10 and not _TIME_OR_DATE.fullmatch(body[:end]):
            return match.start("body") + end, national
    return None


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _mask(value: str) -> str:
    """Keep the first two characters and the separators; star every other digit."""
    return value[:2] + "".join("*" if char.isdigit() else char for char in value[2:])
