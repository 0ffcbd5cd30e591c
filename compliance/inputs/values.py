"""Typed values of a submission: how each form type is validated and how it is written."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, StrictStr, TypeAdapter, ValidationError


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _swedish_decimal(value: Any) -> Any:
    value = _blank_to_none(value)
    if isinstance(value, str):
        return value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if isinstance(value, bool):
        raise ValueError("sant/falskt är inget tal")
    return value


def _yes_no(value: Any) -> Any:
    value = _blank_to_none(value)
    return value.strip().lower() if isinstance(value, str) else value


def _date_text(value: Any) -> Any:
    value = _blank_to_none(value)
    if value is None or isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError("inget datum")
    return dt.date.fromisoformat(value.strip())


_ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "yes_no": TypeAdapter(Annotated[Literal["ja", "nej"] | None, BeforeValidator(_yes_no)]),
    "text": TypeAdapter(StrictStr | None),
    "number": TypeAdapter(Annotated[int | None, Field(ge=0), BeforeValidator(_swedish_decimal)]),
    "percent": TypeAdapter(Annotated[float | None, Field(ge=0, le=100, allow_inf_nan=False),
                                     BeforeValidator(_swedish_decimal)]),
    "decimal": TypeAdapter(Annotated[float | None, Field(allow_inf_nan=False),
                                     BeforeValidator(_swedish_decimal)]),
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
    except ValidationError:
        shown = repr(value) if isinstance(value, str) else str(value)
        if kind in ("percent", "date"):
            raise ValueError(f"{shown} {_EXPECTED[kind]}") from None
        raise ValueError(f"{_EXPECTED[kind]}, fick {shown}") from None
