"""Rows of a table file, CSV or .xlsx, as the unit logs and survey exports are read.

CSV as Excel writes it on Swedish Windows or as UTF-8 (with or without a BOM), separated
by commas, semicolons or tabs; .xlsx only after ``check_xlsx`` has bounded it, then read
with python-calamine (first sheet).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import Any

from compliance.errors import InputError, Location
from compliance.reading.xlsx import check_xlsx, formula_cells

Rows = Iterator[tuple[int, list[Any]]]  # (line in the file, cells)
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Bounds:
    rows: int  # rows of a sheet, header included
    columns: int  # columns of a sheet
    cell_chars: int  # characters in one CSV cell


def table_rows(data: bytes, name: str, suffix: str, bounds: Bounds) -> Rows:
    """The file's rows: .xlsx by its suffix, anything else as CSV."""
    if suffix.lower() == ".xlsx":
        return _xlsx_rows(data, name, bounds)
    return _csv_rows(data, name, bounds)


def formula_places(data: bytes, name: str, suffix: str) -> frozenset[tuple[int, int]]:
    """(line, column) of the cells whose value is a formula's saved result (.xlsx only):
    the reader takes what Excel last computed, so a report marks it."""
    return formula_cells(data, name) if suffix.lower() == ".xlsx" else frozenset()


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")  # Excel's CSV export on Swedish Windows
        except UnicodeDecodeError as exc:
            offset = exc.start
            line_start = data.rfind(b"\n", 0, offset) + 1
            raise InputError(f"filen är varken UTF-8 eller Windows-1252 (byte "
                             f"0x{data[offset]:02X} kan inte avkodas)",
                             Location(name, data.count(b"\n", 0, offset) + 1,
                                      offset - line_start + 1)) from None


def _delimiter(first_line: str) -> str | None:
    """The separator that splits the header into the most cells (a header such as
    "7a. Beskriv, om något, …" holds commas inside a semicolon-separated row)."""
    counts = {d: len(next(csv.reader([first_line], delimiter=d), [])) for d in DELIMITERS
              if d in first_line}
    return max(counts, key=lambda d: counts[d]) if counts else None


def table_cells(data: bytes, name: str, suffix: str, bounds: Bounds
                ) -> Generator[list[Any], None, None]:
    """The file's rows as bare cells, the header first, for a reader that bounds them
    itself and reads the file again with ``table_rows`` to locate a problem: a CSV cell
    longer than ``bounds.cell_chars`` raises ``csv.Error``."""
    if suffix.lower() == ".xlsx":
        return (cells for _, cells in _xlsx_rows(data, name, bounds))
    return _bounded_cells(_csv_reader(data, name), bounds.cell_chars)


def _bounded_cells(reader: Iterator[list[str]], cell_chars: int
                   ) -> Generator[list[str], None, None]:
    limit = csv.field_size_limit(cell_chars)
    try:
        yield from reader
    finally:
        csv.field_size_limit(limit)


def _csv_reader(data: bytes, name: str) -> Any:
    text = _decode(data, name)
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = _delimiter(first_line) if text.strip() else ","
    if delimiter is None:
        raise InputError("rubrikraden har bara en kolumn; väntade kolumner åtskilda med komma, "
                         "semikolon eller tabb", Location(name, 1))
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = "excel"
    return csv.reader(io.StringIO(text, newline=""), dialect, delimiter=delimiter)


def _csv_rows(data: bytes, name: str, bounds: Bounds) -> Rows:
    reader = _csv_reader(data, name)
    line = 1
    try:
        for cells in reader:
            if cells and max(map(len, cells)) > bounds.cell_chars:
                raise InputError(f"en cell är för lång (över {bounds.cell_chars} tecken)",
                                 Location(name, line))
            if len(cells) > bounds.columns:
                raise InputError(f"raden har {len(cells)} kolumner; högst {bounds.columns} "
                                 "tillåts", Location(name, line))
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"raden kan inte läsas som CSV ({_csv_reason(exc)})",
                         Location(name, reader.line_num or line)) from None


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"en cell är längre än {csv.field_size_limit()} tecken"
    if "NUL" in text:
        return "raden innehåller ett NUL-tecken"
    return "felaktig citering"


def _xlsx_rows(data: bytes, name: str, bounds: Bounds) -> Rows:
    check_xlsx(data, name, max_rows=bounds.rows, max_columns=bounds.columns)
    from python_calamine import CalamineWorkbook  # only needed for Excel files

    try:
        sheet = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0)
        # row by row, not the whole sheet at once; the rows start at the sheet's first
        # row but at its first used column, so the columns before it are put back
        # (a cell's column in a message is the one Excel shows)
        pad = [""] * (sheet.start[1] if sheet.start else 0)
        for line, row in enumerate(sheet.iter_rows(), start=1):
            yield line, pad + row if pad else row
    except InputError:
        raise
    except Exception as exc:  # the reader raises several kinds for a broken file
        raise InputError(f"Excel-filen kan inte läsas ({type(exc).__name__})",
                         Location(name)) from None
