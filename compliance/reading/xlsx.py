"""Check an .xlsx file with the standard library before the Excel reader sees it.

python-calamine builds a dense grid from the first to the last cell a sheet names and
inflates every zip member in memory: an 11 kB file whose last cell is XFD1048576, or a
zip bomb, ends the process (SIGABRT) instead of raising. So the zip's central directory
is read with ``zipfile``, every member is inflated in bounded chunks (the stdlib stops at
the declared size and checks the CRC, so a member that lies about its size is refused:
``reading/zipped.py``), and each worksheet's declared ``<dimension ref=…>`` and its actual
cell positions are bounded before python-calamine is called.

Bounding a sheet element by element in Python takes seconds for 100 000 rows, so a sheet
is first counted with regular expressions (``_counted``): when every row and cell opens
with its position as Excel writes it and nothing unusual shows, the largest positions
bound it. Anything else, and any doubt, goes through the full parse. Before that count,
``_vouched`` collects only the odd positions (a column after Z, a row beyond what the
bounds allow without a second look): a log well within the bounds is vouched for in one
search per kind of tag, and anything near a bound is counted in full.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any
from xml.etree import ElementTree

from compliance.errors import InputError, Location
from compliance.reading.zipped import inflate, open_zip

MAX_MEMBERS = 1_000  # files inside the zip
MAX_UNCOMPRESSED = 200 * 1024 * 1024  # all members together, as declared and as inflated
MAX_COLUMNS = 64  # a unit log has seven columns; room for the region's own notes
MAX_CELLS = 10_000_000  # rows × columns of the grid the reader builds

_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")

# The quick count (``_counted``), on bytes: no element with a namespace prefix, nothing
# unusual (a DTD, CDATA, a comment), and every row and cell tag opening with its position
# in the form Excel and openpyxl write (``<row r="7"``, ``<c r="B7"``). Then the positions
# alone bound the sheet. A sheet with anything else is parsed in full.
_PREFIXED = re.compile(rb"<[A-Za-z_][\w.-]*:")
_UNUSUAL = re.compile(rb"<!(?:DOCTYPE|ENTITY|\[CDATA\[|--)", re.IGNORECASE)
_UNPLACED = re.compile(rb'<(?:c(?=[\s/>])(?! r="[A-Z]{1,3}\d{1,7}")'
                       rb'|row(?=[\s/>])(?! r="\d{1,7}"))')
_CELL_COLUMNS = re.compile(rb'<c r="([A-Z]{1,3})')
_CELL_ROWS = re.compile(rb'<c r="[A-Z]{1,3}(\d{1,7})"')
_ROW_NUMBERS = re.compile(rb'<row r="(\d{1,7})"')
_DIMENSION = re.compile(rb'<dimension\s[^>]*?ref\s*=\s*["\']([^"\']*)["\']')
_MAX_CARRY = 1024 * 1024  # bytes after the last '>' of a chunk before the count gives up
_FEW_ODD = 1_000  # odd positions in a chunk beyond which ``_vouched`` leaves it to the count


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _cell(ref: str) -> tuple[int, int] | None:
    """(row, column) of a reference such as ``XFD1048576``; None if it is not one."""
    match = _REF.match(ref.strip().upper())
    return (int(match.group(2)), _column(match.group(1))) if match else None


def check_xlsx(data: bytes, name: str, max_rows: int, max_columns: int = MAX_COLUMNS) -> None:
    """Raise a Swedish InputError unless ``data`` is an .xlsx the reader can take safely."""
    where = Location(name)
    with open_zip(data, where, "Excel-filen", "kan inte läsas (ingen giltig .xlsx-fil)",
                  MAX_MEMBERS, MAX_UNCOMPRESSED) as archive:
        for member in archive.infolist():
            if member.is_dir():
                continue
            if member.filename.startswith("xl/worksheets/") and \
                    member.filename.endswith(".xml"):
                _check_sheet(archive, member, name, max_rows, max_columns)
            else:
                inflate(archive, member, where, "Excel-filen", _ignore)


def _ignore(chunk: bytes) -> None:
    """Inflating a member that is not a sheet only proves it is sound and bounded."""


def _check_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str,
                 max_rows: int, max_columns: int) -> None:
    if _vouched(archive, member, Location(name), max_rows, max_columns):
        return
    counted = _counted(archive, member, Location(name))
    if counted is None:
        _parse_sheet(archive, member, name, max_rows, max_columns)
        return
    dimension, rows, columns = counted
    for last_row, last_column in (dimension, (rows, columns)):
        _bounded(last_row, last_column, max_rows, max_columns, Location(name))


class _Doubt(Exception):
    """The quick count cannot vouch for the sheet; the full parse decides."""


def _vouched(archive: zipfile.ZipFile, member: zipfile.ZipInfo, where: Location,
             max_rows: int, max_columns: int) -> bool:
    """True when the sheet is certainly within the bounds, found without collecting every
    position as ``_counted`` does: under the quick count's conditions, only the odd
    cells and rows are collected — a position not written as Excel writes it (a doubt),
    a column after Z, a row of more digits than any row the bounds allow without a
    second look — and in a sheet well within the bounds those are few. Anything else, a
    sheet near or over a bound among them, is for ``_counted``, which says where it goes
    too far; so is a sheet with many odd positions (over ``_FEW_ODD`` in a chunk: beyond
    100 000 rows), which this pass leaves at once rather than collect them twice."""
    # a row below ``low`` is within every bound, whatever its (allowed) column
    low = 10 ** (len(str(min(max_rows, MAX_CELLS // max_columns) + 1)) - 1)
    if max_columns < 26 or low < 10:
        return False
    short = len(str(low)) - 1  # digits of a row below ``low``
    odd_cells = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]\d{1,%d}")(?: r="([A-Z]{1,3})(\d{1,7})")?'
                           % short)
    odd_rows = re.compile(rb'<row(?=[\s/>])(?! r="\d{1,%d}")(?: r="(\d{1,7})")?' % short)
    last_row, last_column = low - 1, 26
    dimension = (0, 0)

    def count(text: bytes) -> None:
        nonlocal last_row, last_column, dimension
        # a pattern that starts with a common byte ('<') is slow to search for: the
        # rare ones are looked for only where a plain byte search finds their start
        if (b":" in text and _PREFIXED.search(text)) or (b"<!" in text and
                                                          _UNUSUAL.search(text)):
            raise _Doubt
        found_cells, found_rows = odd_cells.findall(text), odd_rows.findall(text)
        if len(found_cells) + len(found_rows) > _FEW_ODD:  # not a quick case: the count
            raise _Doubt
        cells, rows = set(found_cells), set(found_rows)
        if (b"", b"") in cells or b"" in rows:  # matched, but with no position in Excel's form
            raise _Doubt
        last_column = max([last_column, *(_column(c.decode()) for c in {c for c, _ in cells})])
        last_row = max([last_row, *map(int, rows), *(int(r) for _, r in cells)])
        for ref in _DIMENSION.findall(text) if b"<dimension" in text else ():
            declared = _cell(ref.decode("ascii", "replace").split(":")[-1]) or (0, 0)
            dimension = (max(dimension[0], declared[0]), max(dimension[1], declared[1]))

    try:
        _whole_tags(archive, member, where, count)
    except _Doubt:
        return False
    return all(row <= max_rows and column <= max_columns and row * column <= MAX_CELLS
               for row, column in (dimension, (last_row, last_column)))


def _whole_tags(archive: zipfile.ZipFile, member: zipfile.ZipInfo, where: Location,
                count: Callable[[bytes], None]) -> None:
    """Hand ``count`` the member's inflated text cut after a '>', so that no tag is split
    between two calls; ``_Doubt`` when more than ``_MAX_CARRY`` bytes hold no '>'."""
    carry = b""

    def feed(chunk: bytes) -> None:
        nonlocal carry
        text = carry + chunk
        cut = text.rfind(b">") + 1
        carry = text[cut:]
        if len(carry) > _MAX_CARRY:
            raise _Doubt
        count(text[:cut])

    inflate(archive, member, where, "Excel-filen", feed)
    count(carry)


def _counted(archive: zipfile.ZipFile, member: zipfile.ZipInfo, where: Location
             ) -> tuple[tuple[int, int], int, int] | None:
    """(the declared last cell, the last row, the last column) of a sheet whose every
    row and cell states its position, counted without parsing; None if in doubt."""
    last_row = last_column = 0
    dimension = (0, 0)

    def count(text: bytes) -> None:
        nonlocal last_row, last_column, dimension
        if _PREFIXED.search(text) or _UNUSUAL.search(text) or _UNPLACED.search(text):
            raise _Doubt
        columns = set(_CELL_COLUMNS.findall(text))
        rows = set(_CELL_ROWS.findall(text)) | set(_ROW_NUMBERS.findall(text))
        last_column = max([last_column, *(_column(c.decode()) for c in columns)])
        last_row = max([last_row, *map(int, rows)])
        for ref in _DIMENSION.findall(text):
            declared = _cell(ref.decode("ascii", "replace").split(":")[-1]) or (0, 0)
            dimension = (max(dimension[0], declared[0]), max(dimension[1], declared[1]))

    try:
        _whole_tags(archive, member, where, count)
    except _Doubt:
        return None
    return dimension, last_row, last_column


def _bounded(last_row: int, last_column: int, max_rows: int, max_columns: int,
             where: Location) -> None:
    if last_row > max_rows:
        raise InputError(f"Excel-filens blad sträcker sig till rad {last_row}; högst "
                         f"{max_rows - 1} datarader tillåts", where)
    if last_column > max_columns:
        raise InputError(f"Excel-filens blad sträcker sig till kolumn {last_column}; "
                         f"högst {max_columns} kolumner tillåts", where)
    if last_row * last_column > MAX_CELLS:
        raise InputError(f"Excel-filens blad har för många celler (över {MAX_CELLS})", where)


def _parse_sheet(archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str,
                 max_rows: int, max_columns: int) -> None:
    """Bound a sheet by parsing it element by element (slow, certain)."""
    where = Location(name)
    parser: ElementTree.XMLPullParser[Any] = ElementTree.XMLPullParser(events=("start", "end"))
    holder: list[ElementTree.Element] = []  # sheetData, emptied as rows are read
    row = column = rows = columns = 0

    def bounded(last_row: int, last_column: int) -> None:
        _bounded(last_row, last_column, max_rows, max_columns, where)

    def drain() -> None:
        nonlocal row, column, rows, columns
        for item in parser.read_events():
            event, element = item  # type: ignore[misc]  # (event, Element) for start/end
            assert isinstance(element, ElementTree.Element)
            tag = element.tag.rsplit("}", 1)[-1]
            if event == "end":
                if tag == "row" and holder:
                    holder[0].clear()  # keep memory flat however long the sheet is
                continue
            if tag == "sheetData":
                holder.append(element)
            elif tag == "dimension":
                ref = element.get("ref", "")
                last = _cell(ref.split(":")[-1])
                if last is not None:
                    bounded(*last)
            elif tag == "row":
                given = element.get("r")
                row = int(given) if given and given.isdigit() else row + 1
                column = 0
            elif tag == "c":
                found = _cell(element.get("r", ""))
                if found is not None:
                    row, column = found[0], found[1]
                else:
                    column += 1
            else:
                continue
            rows, columns = max(rows, row), max(columns, column)
            bounded(rows, columns)

    def feed(chunk: bytes) -> None:
        parser.feed(chunk)
        drain()

    try:
        inflate(archive, member, where, "Excel-filen", feed)
        parser.close()
        drain()
    except ElementTree.ParseError:
        raise InputError(f"Excel-filen kan inte läsas (bladet {member.filename} är ingen "
                         "giltig XML)", where) from None


# Cells whose value Excel computed with a formula: the reader gets the value Excel saved
# with the file, which may be stale (a formula over a changed cell, a file written by a
# program that does not recalculate). Found in the first sheet, the one the reader reads.
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s/>]")
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def formula_cells(data: bytes, name: str, part: str | None = None
                  ) -> frozenset[tuple[int, int]]:
    """(row, column) of every cell of the sheet ``part`` (default: the first sheet) that
    holds a formula (``<f>``); the file has passed ``check_xlsx``."""
    where = Location(name)
    with open_zip(data, where, "Excel-filen", "kan inte läsas (ingen giltig .xlsx-fil)",
                  MAX_MEMBERS, MAX_UNCOMPRESSED) as archive:
        sheet = _first_sheet(archive, where) if part is None else \
            next((info for info in archive.infolist() if info.filename == part), None)
        if sheet is None:
            return frozenset()
        chunks: list[bytes] = []
        inflate(archive, sheet, where, "Excel-filen", chunks.append)
    xml = b"".join(chunks)
    if not _FORMULA.search(xml):  # the usual case, decided without parsing
        return frozenset()
    found = set()
    try:
        for _, element in ElementTree.iterparse(io.BytesIO(xml)):
            if _local(element.tag) == "c":
                if any(_local(child.tag) == "f" for child in element):
                    place = _cell(element.get("r", ""))
                    if place is not None:
                        found.add(place)
                element.clear()
    except ElementTree.ParseError:
        raise InputError("Excel-filen kan inte läsas (bladet är ingen giltig XML)",
                         where) from None
    return frozenset(found)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first_sheet(archive: zipfile.ZipFile, where: Location) -> zipfile.ZipInfo | None:
    """The member of the workbook's first sheet, as ``workbook.xml`` orders them."""
    try:
        book = ElementTree.fromstring(_member(archive, "xl/workbook.xml", where))
        rels = ElementTree.fromstring(_member(archive, "xl/_rels/workbook.xml.rels", where))
    except (KeyError, ElementTree.ParseError):
        return None
    first = next((e for e in book.iter() if _local(e.tag) == "sheet"), None)
    targets = {e.get("Id"): e.get("Target", "") for e in rels.iter()
               if _local(e.tag) == "Relationship"}
    target = targets.get(first.get(_RELATIONSHIP)) if first is not None else None
    if not target:
        return None
    path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    try:
        return archive.getinfo(path)
    except KeyError:
        return None


def _member(archive: zipfile.ZipFile, path: str, where: Location) -> bytes:
    chunks: list[bytes] = []
    inflate(archive, archive.getinfo(path), where, "Excel-filen", chunks.append)
    return b"".join(chunks)
