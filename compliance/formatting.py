"""Swedish formatting of numbers, dates and amounts, as every report writes them."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any


def format_number(value: float, decimals: int | None = None) -> str:
    """Swedish number formatting: decimal comma, space between thousands."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int) and decimals in (None, 0):  # exact, however large
        return f"{value:,}".replace(",", " ")
    text = f"{value:,.{3 if decimals is None else decimals}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",")


def format_value(kind: str, value: Any) -> str:
    if value is None:
        return "saknas"
    if kind == "percent":
        return f"{format_number(value)} %"
    if kind in ("number", "decimal"):
        return format_number(value)
    if kind == "date":
        return (dt.date.fromordinal(value) if isinstance(value, int) else value).isoformat()
    if kind == "yes_no":
        return str(value).capitalize()
    if kind == "bool":
        return "ja" if value else "nej"
    return str(value)


def days(count: int) -> str:
    """"1 dag", "2 dagar": a number of days as Swedish writes it."""
    return counted(count, "dag", "dagar")


def counted(count: int, one: str, many: str) -> str:
    """"1 region", "2 regioner": a count with the noun in the number Swedish needs."""
    return f"{count} {one}" if abs(count) == 1 else f"{count} {many}"


def kronor(amount: int) -> str:
    return f"{format_number(amount, 0)} kr"


def plain_number(value: float) -> str:
    """A number as Swedish Excel reads it from text: decimal comma, no grouping, every
    digit kept (93.1 → "93,1", 95.0 → "95")."""
    text = repr(value)
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", ",")


def disagreement(given: Any, logged: Any) -> str:
    """The region's own figure (a percentage or a date) against the unit log's, in words."""
    def shown(value: Any) -> str:
        return format_value("date" if isinstance(value, dt.date) else "percent", value)
    return f"regionen angav {shown(given)}, enhetsloggen ger {shown(logged)}"


def column_letters(column: int) -> str:
    """A spreadsheet column's letters as Excel shows them: 1 → A, 27 → AA."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_place(column: int, what: str | None = None) -> str:
    """A spreadsheet column in words: "kolumn F – fråga 7a"."""
    place = f"kolumn {column_letters(column)}"
    return f"{place} – {what}" if what else place


def cell_place(row: int, column: int, what: str | None = None) -> str:
    """Where a value stands in a spreadsheet, in words: "rad 3, kolumn F – fråga 7a"."""
    return f"rad {row}, {column_place(column, what)}"
