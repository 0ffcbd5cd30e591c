"""Unit logs read row by row, with each distinct cell interpreted once: the same tallies
from CSV and Excel, and a bad cell located at the row and column Excel shows even when the
sheet starts further right."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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


def _xlsx(path: Path, rows: list[list[Any]], column: int = 1) -> Path:
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


# --- the quick tally (``_tallied``) against the row-by-row reading (``_checked``) ---------
# Every log the quick tally accepts must give exactly the row-by-row tallies, and a log
# with any problem must never be tallied quickly (it goes to ``_checked``, which says where).

_UNITS = st.sampled_from(["E1", "E2", "e1", " E1", "Ｅ1", "E3", "", "\u200b", "070-123 45 67"])
_NAMES = st.sampled_from(["Enhet", "", " ", "Vårdcentral Å", "19121212-1212", "Enhet\u200b"])
_MONTHS = st.sampled_from(["2024-01", "2024-03", "2024-3", "２０２４-０３", "2024-13", "2025-03",
                           "", "mars", " 2024-02 "])
_FLAGS = st.sampled_from(["ja", "nej", "Ja", "x", "", " ", "\u200b", "kanske", "1", "0", "N"])
_DAYS = st.sampled_from(["2024-04-10", "", "2024-02-30", "0001-04-10", "2024-04-10\u200b",
                         "9999-01-01", "2024-05-01", " "])
_ANY_ROW = st.tuples(_UNITS, _NAMES, _MONTHS, _FLAGS, _FLAGS, _FLAGS, _DAYS).map(list)
# most rows sound, so that logs without a problem (and duplicates of sound rows) are common
_SOUND_ROW = st.tuples(st.sampled_from(["E1", "e1", "E2", "Ｅ3", "E4", "E5", "E6"]), _NAMES,
                       st.sampled_from(["2024-01", "2024-3", "２０２４-０３", "2024-05",
                                        "2024-06", "2024-07"]),
                       *[st.sampled_from(["ja", "nej", "x", "0"])] * 3,
                       st.sampled_from(["2024-04-10", "", "2024-05-01", "2024-02-30"])
                       ).map(list)
_ROW = _SOUND_ROW | _SOUND_ROW | _ANY_ROW | \
    st.sampled_from([[], ["", "", ""], ["E9", "Enhet 9", "2024-01"],  # blank and short rows
                     [""] * 70, ["E8", "Enhet 8", "2024-01", "ja", "ja", "ja", ""] + [""] * 60])


def _both(rows: list[list[str]]) -> tuple[object, object]:
    from compliance.inputs.unitlog import _checked, _columns, _Reading, _tallied
    from compliance.reading.tables import Bounds, table_cells, table_rows

    data = "\n".join(",".join(row) for row in [HEADER, *rows]).encode()
    bounds = Bounds(1000, 64, 10_000)
    index = _columns(HEADER, "logg.csv")
    reading = _Reading("logg.csv", MONTHS, (dt.date(2023, 1, 1), dt.date(2026, 12, 31)),
                       {str(month): month for month in MONTHS})
    cells = table_cells(data, "logg.csv", ".csv", bounds)
    next(cells)
    quick = _tallied(cells, index, reading, None)
    cells.close()
    found = table_rows(data, "logg.csv", ".csv", bounds)
    next(found)
    try:
        checked: object = _checked(found, index, reading, None)
    except InputError as exc:
        checked = exc
    return quick, checked


@settings(max_examples=300, deadline=None)
@given(st.lists(_ROW, max_size=10))
def test_the_quick_tally_is_the_row_by_row_tally_or_steps_aside(rows: list[list[str]]) -> None:
    quick, checked = _both(rows)
    if isinstance(checked, InputError):
        assert quick is None, checked
    elif quick is not None:
        assert quick == checked


def test_the_quick_tally_takes_a_clean_log() -> None:
    quick, checked = _both(ROWS)
    assert quick is not None and quick == checked


def test_too_many_rows_are_refused_at_the_first_row_too_many(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance.inputs import unitlog

    monkeypatch.setattr(unitlog, "MAX_LOG_ROWS", 5)
    with (tmp_path / "logg.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS[:2], [], *ROWS[2:6]])
    with pytest.raises(InputError) as caught:
        read_log(tmp_path / "logg.csv", MONTHS)
    assert str(caught.value).endswith("logg.csv:8: loggen har för många rader (över 5)")


def test_a_boolean_unit_id_is_refused_not_read_as_nej(tmp_path: Path) -> None:
    # found by the fuzzer: FALSKT and the text "False" were two units, so their rows for
    # the same month were no duplicate
    rows: list[list[Any]] = [HEADER, [False, *ROWS[0][1:]], ["\u200cFalse", *ROWS[0][1:]]]
    with pytest.raises(InputError) as caught:
        read_log(_xlsx(tmp_path / "logg.xlsx", rows), MONTHS)
    assert str(caught.value).endswith("logg.xlsx:2:1: kolumn unit_id: väntade ett enhets-id, "
                                      "fick ett sanningsvärde (SANT eller FALSKT)")


def test_a_cell_too_long_is_located_and_the_csv_limit_given_back(tmp_path: Path) -> None:
    limit = csv.field_size_limit()
    log = tmp_path / "logg.csv"
    # the short row 2 (a unit not expected, without a delivery cell) is sound but sends the
    # quick tally back to the row-by-row reading before it meets the long cell
    log.write_text(",".join(HEADER) + "\nE2,Enhet 2,2024-01,nej,nej,nej\nE1," + "x" * 10_001
                   + ",2024-01,ja,ja,ja,\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_log(log, MONTHS)
    assert str(caught.value).endswith("logg.csv:3: en cell är för lång (över 10000 tecken)")
    assert csv.field_size_limit() == limit


def test_a_log_refused_at_its_header_gives_the_csv_limit_back(tmp_path: Path) -> None:
    """The quick reading lowers the csv module's cell limit for the whole process; a log
    refused before its tally (a column missing) must give it back, or the next CSV this
    process reads (in a worker, the next document) is bounded by it."""
    limit = csv.field_size_limit()
    log = tmp_path / "logg.csv"
    log.write_text("unit_id,unit_name\nE1,Enhet 1\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_log(log, MONTHS)
    assert "logg.csv" in str(caught.value)
    assert csv.field_size_limit() == limit


@pytest.mark.parametrize("second", ["0.0", "0.0\u200c", "0"])
def test_a_whole_number_id_is_one_unit_however_it_is_stored(tmp_path: Path,
                                                           second: str) -> None:
    """Excel stores an id typed as 0 as the number 0.0; the same id written "0.0" (a
    program's export), or with an invisible character after it, is the same unit: a
    second row for it in one month is a duplicate, never a second unit."""
    rows = [HEADER, [0.0, "Vårdcentral Norrby", "2024-01", "ja", "ja", "ja", "2024-02-12"],
            [second, "Vårdcentral Norrby", "2024-01", "ja", "ja", "ja", "2024-02-12"]]
    with pytest.raises(InputError) as caught:
        read_log(_xlsx(tmp_path / "logg.xlsx", rows), MONTHS)
    assert "dubblett: enheten" in str(caught.value) and "rad 2" in str(caught.value)
