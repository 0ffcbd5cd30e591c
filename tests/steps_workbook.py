"""Steps for the Excel-ready workbook: filters, widths, totals below the data, dates and
numbers as Excel reads them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pytest_bdd import parsers, then


def _book(tmp_path: Path, name: str) -> Any:
    from openpyxl import load_workbook
    return load_workbook(tmp_path / name)


@then(parsers.parse('varje blad i arbetsboken "{name}" utom "{skip}" har filter från A1 och '
                    'satta kolumnbredder'))
def filters_and_widths(tmp_path: Path, name: str, skip: str) -> None:
    for sheet in _book(tmp_path, name):
        if sheet.title == skip:
            continue
        assert (sheet.auto_filter.ref or "").startswith("A1:"), sheet.title
        assert sheet.column_dimensions["A"].width > 8, sheet.title


@then(parsers.parse('på bladet "{sheet}" i arbetsboken "{name}" står "{text}" under filtrets '
                    'sista rad'))
def totals_below(tmp_path: Path, sheet: str, name: str, text: str) -> None:
    from openpyxl.utils.cell import range_boundaries
    page = _book(tmp_path, name)[sheet]
    last = range_boundaries(page.auto_filter.ref)[3]
    rows = [row[0] for row in page.iter_rows(values_only=True)]
    assert text in rows and rows.index(text) + 1 > last + 1, (rows, last)  # a gap, then totals
    assert all(not str(value).startswith("Totalt") for value in rows[:last])


@then(parsers.parse('kolumnen för "{rule}" på bladet "{sheet}" i arbetsboken "{name}" har '
                    'rubriken "{title}"'))
def column_title(tmp_path: Path, rule: str, sheet: str, name: str, title: str) -> None:
    header = [cell.value for cell in _book(tmp_path, name)[sheet][1]]
    assert [h for h in header if str(h).endswith(f"({rule})")] == [title], header


@then(parsers.parse('bladet "{sheet}" i arbetsboken "{name}" har datumet {date} för "{label}"'))
def date_cell(tmp_path: Path, sheet: str, name: str, date: str, label: str) -> None:
    row = next(r for r in _book(tmp_path, name)[sheet].iter_rows() if r[0].value == label)
    assert row[1].is_date and row[1].value.date() == dt.date.fromisoformat(date), row[1].value
    assert row[1].number_format == "yyyy-mm-dd"


@then(parsers.parse('talet {value:g} på bladet "{sheet}" i arbetsboken "{name}" har ett talformat '
                    'med decimaler'))
def number_format(tmp_path: Path, value: float, sheet: str, name: str) -> None:
    cells = [c for row in _book(tmp_path, name)[sheet].iter_rows() for c in row
             if c.value == value]
    assert cells and all(c.data_type == "n" and "0.0" in c.number_format for c in cells)


@then(parsers.parse('bladet "{sheet}" i arbetsboken "{name}" nämner "{text}"'))
def sheet_mentions(tmp_path: Path, sheet: str, name: str, text: str) -> None:
    values = [str(v) for row in _book(tmp_path, name)[sheet].iter_rows(values_only=True)
              for v in row]
    assert any(text in value for value in values), values[:10]
