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
