"""Unit logs read row by row, with each distinct cell interpreted once: the same tallies
from CSV and Excel, and a bad cell located at the row and column Excel shows even when the
sheet starts further right."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from compliance.dates import Month, months_between
from compliance.errors import InputError
from compliance.inputs.unitlog import read_log

MONTHS = months_between(Month(2024, 1), Month(2024, 12))
HEADER = ["unit_id", "unit_name", "month", "expected", "reported_waiting", "reported_actual",
          "delivered"]
ROWS = [[f"E{unit}", f"Enhet {unit}", f"2024-{month:02d}", "ja" if unit % 7 else "nej",
         "nej" if unit % 5 == 0 else "ja", "ja", f"2024-{month:02d}-{10 + unit % 15}"]
        for month in range(1, 13) for unit in range(40)]


def _xlsx(path: Path, rows: list[list[str]], column: int = 1) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for number, row in enumerate(rows, start=1):
        for offset, value in enumerate(row):
            sheet.cell(row=number, column=column + offset, value=value)
    book.save(path)
    return path


def _tallies(path: Path) -> dict[str, tuple[object, ...]]:
    log = read_log(path, MONTHS)
    return {str(month): (tally.expected, sorted(tally.reported.items()),
                         sorted(tally.missing.items()), tally.delivered)
            for month, tally in log.months.items()}


def test_csv_and_excel_give_the_same_tallies(tmp_path: Path) -> None:
    with (tmp_path / "logg.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    from_csv = _tallies(tmp_path / "logg.csv")
    assert from_csv == _tallies(_xlsx(tmp_path / "logg.xlsx", [HEADER, *ROWS]))
    assert from_csv["2024-03"][0] == sum(1 for unit in range(40) if unit % 7)


def test_a_bad_cell_in_a_sheet_that_starts_in_column_c_is_located_as_excel_shows_it(
        tmp_path: Path) -> None:
    rows = [HEADER, ROWS[0], [], [], ["E9", "Enhet 9", "2024-01", "ja", "kanske", "ja", ""]]
    with pytest.raises(InputError) as caught:
        read_log(_xlsx(tmp_path / "logg.xlsx", rows, column=3), MONTHS)
    assert str(caught.value).endswith("logg.xlsx:5:7: kolumn reported_waiting: väntade ja "
                                      "eller nej, fick 'kanske'")
