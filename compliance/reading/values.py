"""Typed values of a submission: how each form type is validated and how it is written."""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, StrictStr, TypeAdapter, ValidationError

from compliance.reading.limits import MAX_MAGNITUDE
from compliance.reading.text import ascii_digits, is_blank, visible

# Numbers the engine compares exactly: far below 2**53 (exact floats) and 2**63 (the
# engine's integers) even when a few are added, and at most four decimals, so that every
# value is written without an exponent (0.00001 would reach durable-rules as ``1e-05``).
MAX_DECIMALS = 4
MAX_NUMBER_TEXT = 40  # characters of a number written as text


class NumberError(ValueError):
    """A number outside what the engine handles exactly; the message says why."""


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and is_blank(value):
        return None
    return value


def _swedish_decimal(value: Any) -> Any:
    value = _blank_to_none(value)
    if isinstance(value, str):
        value = ascii_digits(visible(value)).replace(",", ".").replace("\u00a0", "") \
            .replace(" ", "").replace("\u202f", "")
        if len(value) > MAX_NUMBER_TEXT:
            raise NumberError(f"talet är för långt (över {MAX_NUMBER_TEXT} tecken)")
    if isinstance(value, bool):
        raise ValueError("sant/falskt är inget tal")
    if isinstance(value, int) and abs(value) > MAX_MAGNITUDE:
        raise NumberError(f"talet ligger utanför det tillåtna intervallet "
                          f"(högst {MAX_MAGNITUDE:_} till beloppet)".replace("_", " "))
    return value


def _bounded(value: Any) -> Any:
    """A parsed number within ±MAX_MAGNITUDE and with at most MAX_DECIMALS decimals."""
    if value is None:
        return None
    if isinstance(value, float) and not math.isfinite(value):
        raise NumberError("talet är inte ändligt")
    if abs(value) > MAX_MAGNITUDE:
        raise NumberError(f"talet ligger utanför det tillåtna intervallet "
                          f"(högst {MAX_MAGNITUDE:_} till beloppet)".replace("_", " "))
    if isinstance(value, float):
        exponent = decimal.Decimal(repr(value)).as_tuple().exponent
        assert isinstance(exponent, int)  # finite, checked above
        if -exponent > MAX_DECIMALS:
            raise NumberError(f"högst {MAX_DECIMALS} decimaler tillåts")
        value = float(decimal.Decimal(repr(value)))  # -0.0 and 1e-4 as plain values
        if value == 0:
            value = 0.0
    return value


def _yes_no(value: Any) -> Any:
    value = _blank_to_none(value)
    return visible(value).lower() if isinstance(value, str) else value


def _text(value: Any) -> Any:
    return _blank_to_none(value)


def _date_text(value: Any) -> Any:
    value = _blank_to_none(value)
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("inget datum")
    return dt.date.fromisoformat(ascii_digits(visible(value)))


# A date with a time of day, as exports and Word's date picker store it: the time must be
# a real one ("2024-03-31 99:99" is a typing error, not the 31st of March).
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?"
                        r"(?:Z|[+-]\d{2}:?\d{2})?")


def timestamp_date(text: str) -> dt.date | None:
    """The date of a valid date-time text (``2024-03-31 14:05``, ``2024-03-31T14:05:00Z``),
    or None when ``text`` is not one, its date does not exist or its time is impossible."""
    match = _TIMESTAMP.fullmatch(ascii_digits(visible(text)))
    if match is None:
        return None
    day, hour, minute, second = match.groups()
    try:
        stamp = dt.datetime.fromisoformat(day)
        return stamp.replace(hour=int(hour), minute=int(minute),
                             second=int(second or 0)).date()
    except ValueError:
        return None


class AmbiguousDate(ValueError):
    """A date written so that it reads as two different days ("03/04/2024")."""


# dates as people and survey tools write them besides ISO: day first with dots or dashes
# ("28.03.2024", the Swedish and European way), with slashes (day or month first, so only
# when one of the two is above 12), or with a Swedish month name ("28 mars 2024"); a time
# of day may follow
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_NAMED = re.compile(r"(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})")
_TIME = re.compile(r"(?:,?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?")
_MONTHS = {name: number for number, names in enumerate(
    [("januari", "jan"), ("februari", "feb"), ("mars", "mar"), ("april", "apr"), ("maj",),
     ("juni", "jun"), ("juli", "jul"), ("augusti", "aug"), ("september", "sep", "sept"),
     ("oktober", "okt"), ("november", "nov"), ("december", "dec")], 1) for name in names}


def written_date(text: str) -> dt.date | None:
    """The day a date written by a person or a survey tool shows: ISO with or without a
    time, "28.03.2024", "28/03/2024" or "03/28/2024", "28 mars 2024"; None when ``text``
    is no date; :class:`AmbiguousDate` when it reads as two different days."""
    stamp = timestamp_date(text)
    if stamp is not None:
        return stamp
    try:
        return _written_date(ascii_digits(visible(text)).casefold())
    except ValueError as exc:
        if isinstance(exc, AmbiguousDate):
            raise
        return None


def _written_date(text: str) -> dt.date | None:
    for pattern in (_DOTTED, _SLASHED, _NAMED):
        match = pattern.match(text)
        if match is None or not _TIME.fullmatch(text[match.end():]):
            continue
        first, second, year = match.groups()
        if pattern is _NAMED:
            named = _MONTHS.get(second)
            return dt.date(int(year), named, int(first)) if named else None
        if pattern is _DOTTED:
            return dt.date(int(year), int(second), int(first))
        readings = set()
        for day_text, month_text in ((first, second), (second, first)):
            try:
                readings.add(dt.date(int(year), int(month_text), int(day_text)))
            except ValueError:
                continue
        if len(readings) > 1:
            days = sorted(readings)
            raise AmbiguousDate(f"'{text}' kan vara {days[0].isoformat()} eller "
                                f"{days[1].isoformat()}; skriv datumet som ÅÅÅÅ-MM-DD")
        return readings.pop() if readings else None
    return dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "yes_no": TypeAdapter(Annotated[Literal["ja", "nej"] | None, BeforeValidator(_yes_no)]),
    "text": TypeAdapter(Annotated[StrictStr | None, BeforeValidator(_text)]),
    "number": TypeAdapter(Annotated[int | None, Field(ge=0), BeforeValidator(_swedish_decimal),
                                    AfterValidator(_bounded)]),
    "percent": TypeAdapter(Annotated[float | None, Field(ge=0, le=100, allow_inf_nan=False),
                                     BeforeValidator(_swedish_decimal),
                                     AfterValidator(_bounded)]),
    "decimal": TypeAdapter(Annotated[float | None, Field(allow_inf_nan=False),
                                     BeforeValidator(_swedish_decimal),
                                     AfterValidator(_bounded)]),
    "date": TypeAdapter(Annotated[dt.date | None, BeforeValidator(_date_text)]),
}

_EXPECTED = {
    "yes_no": "väntade Ja eller Nej",
    "text": "väntade text",
    "number": "väntade ett heltal, 0 eller större (skriv 0 om svaret är noll)",
    "percent": "är inte en procentsats (0–100)",
    "decimal": "väntade ett ändligt tal",
    "date": "är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)",
}


def parse_value(kind: str, value: Any) -> Any:
    """The typed value, ``None`` when not answered; raises ValueError in Swedish."""
    try:
        return _ADAPTERS[kind].validate_python(value)
    except ValidationError as exc:
        reason = _number_error(exc)
        shown = _shown(value)
        if reason is not None:
            raise ValueError(f"{shown}: {reason}") from None
        if kind in ("percent", "date"):
            raise ValueError(f"{shown} {_EXPECTED[kind]}") from None
        raise ValueError(f"{_EXPECTED[kind]}, fick {shown}") from None


def _number_error(exc: ValidationError) -> str | None:
    for error in exc.errors(include_url=False):
        cause = (error.get("ctx") or {}).get("error")
        if isinstance(cause, NumberError):
            return str(cause)
    return None


def _shown(value: Any) -> str:
    """The value as an error message shows it: quoted text, at most 40 characters."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**40:
        return "ett tal med över 40 siffror"
    shown = repr(value) if isinstance(value, str) else str(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"
