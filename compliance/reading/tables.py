"""Rows of a table file, CSV or .xlsx, as the unit logs and survey exports are read.

CSV as tools write it: Excel on Swedish Windows (Windows-1252), UTF-8 with or without a
BOM, UTF-16 with a BOM (Excel's "Unicode text") or without one; separated by commas,
semicolons or tabs; lines ended by CR, LF or CRLF. An .xlsx only after ``check_xlsx`` has
bounded it, then read with python-calamine: its visible sheets (``table_sheets``; a hidden
sheet is never read) with the cells each formats as percent.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from typing import Any

from compliance.errors import InputError, Location
from compliance.reading.workbook import percent_cells, sheets
from compliance.reading.xlsx import check_xlsx, formula_cells

Rows = Iterator[tuple[int, list[Any]]]  # (line in the file, cells)
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class Bounds:
    rows: int  # rows of a sheet, header included
    columns: int  # columns of a sheet
    cell_chars: int  # characters in one CSV cell


@dataclass(frozen=True)
class Sheet:
    """One table of a file: a CSV, or a visible sheet of a workbook."""

    name: str | None  # the sheet's name; None for a CSV
    rows: Rows
    percent: frozenset[tuple[int, int]] = frozenset()  # (line, column from 1) shown as %
    formulas: frozenset[tuple[int, int]] = frozenset()  # (line, column) of formula results


@dataclass(frozen=True)
class Tables:
    sheets: list[Sheet]  # visible, in the order of their tabs
    hidden: list[str] = field(default_factory=list)  # hidden sheets' names, never read


def table_rows(data: bytes, name: str, suffix: str, bounds: Bounds) -> Rows:
    """The file's rows: .xlsx by its suffix (its first visible sheet), anything else as
    CSV."""
    if suffix.lower() == ".xlsx":
        return _first_sheet(data, name, suffix, bounds)
    return _csv_rows(data, name, bounds)


def formula_places(data: bytes, name: str, suffix: str) -> frozenset[tuple[int, int]]:
    """(line, column) of the cells whose value is a formula's saved result (.xlsx only):
    the reader takes what Excel last computed, so a report marks it."""
    return formula_cells(data, name) if suffix.lower() == ".xlsx" else frozenset()


def _first_sheet(data: bytes, name: str, suffix: str, bounds: Bounds) -> Rows:
    found = table_sheets(data, name, suffix, bounds).sheets
    if found:
        yield from found[0].rows


def table_sheets(data: bytes, name: str, suffix: str, bounds: Bounds,
                 details: bool = False) -> Tables:
    """Every visible table of the file: a CSV's one, or each visible sheet of an .xlsx,
    with (``details``) the cells it formats as percent and those that hold a formula
    (whose value is Excel's last result, never recomputed here)."""
    if suffix.lower() != ".xlsx":
        return Tables([Sheet(None, _csv_rows(data, name, bounds))])
    check_xlsx(data, name, max_rows=bounds.rows, max_columns=bounds.columns)
    listed = sheets(data, name)
    if not listed:  # no workbook part to tell: the reader's first sheet
        return Tables([Sheet(None, _xlsx_rows(data, name, 0))])
    return Tables([Sheet(sheet.name, _xlsx_rows(data, name, sheet.name),
                         percent_cells(data, name, sheet.part) if details else frozenset(),
                         formula_cells(data, name, sheet.part) if details else frozenset())
                   for sheet in listed if sheet.visible],
                  [sheet.name for sheet in listed if not sheet.visible])


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_LINE_END = re.compile(r"\r\n|\r|\n")


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when every other byte of the start is NUL, as in
    Latin text written in UTF-16 without a byte order mark."""
    start = data[:2000]
    if len(start) < 4:
        return None
    even, odd = start[0::2], start[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _decode(data: bytes, name: str) -> str:
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or \
        _utf16_without_bom(data)
    if encoding is not None and encoding != "utf-8-sig":
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"filen ser ut som UTF-16 men kan inte avkodas (byte "
                             f"{exc.start})", Location(name)) from None
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


def _delimiter(first_lines: list[str]) -> str | None:
    """The separator that splits the most of the first lines into the same number of
    cells, three or more if any does (more cells first on a tie): the header and the
    rows below it agree, where a header such as "7a. Beskriv, om något, …" holds commas
    inside a semicolon-separated row and a title row above it ("Export, 2023, exempel")
    splits in a way of its own. None when no line holds a separator."""
    best: tuple[bool, int, int, str] | None = None
    for delimiter in DELIMITERS:
        counts = Counter(cells for line in first_lines if delimiter in line
                         for cells in _cell_count(line, delimiter))
        for cells, lines in counts.items():
            score = (cells >= 3, lines, cells, delimiter)
            if cells >= 2 and (best is None or score[:3] > best[:3]):
                best = score
    return best[3] if best else None


def _cell_count(line: str, delimiter: str) -> tuple[int, ...]:
    """The cells ``line`` splits into, or nothing when it cannot be read alone (a cell
    longer than the csv module's limit: the row-by-row reading says where it is)."""
    try:
        return (len(next(csv.reader([line], delimiter=delimiter), [])),)
    except csv.Error:
        return ()


def table_cells(data: bytes, name: str, suffix: str, bounds: Bounds
                ) -> Generator[list[Any], None, None]:
    """The file's rows as bare cells, the header first, for a reader that bounds them
    itself and reads the file again with ``table_rows`` to locate a problem: a CSV cell
    longer than ``bounds.cell_chars`` raises ``csv.Error``."""
    if suffix.lower() == ".xlsx":
        return (cells for _, cells in table_rows(data, name, suffix, bounds))
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
    first_lines = _LINE_END.split(text.lstrip("\r\n")[:65536], maxsplit=10)[:10]
    delimiter = _delimiter(first_lines) if text.strip() else ","
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


def _xlsx_rows(data: bytes, name: str, which: int | str) -> Rows:
    """The rows of the workbook's sheet ``which``, its index or name (after
    ``check_xlsx``)."""
    from python_calamine import CalamineWorkbook  # only needed for Excel files

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = book.get_sheet_by_index(which) if isinstance(which, int) else \
            book.get_sheet_by_name(which)
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
