"""What an .xlsx shows a person that python-calamine does not say: which sheets are hidden,
and which cells are formatted as percent (Excel shows 1.0 in such a cell as "100 %").

Read with the standard library from ``xl/workbook.xml``, its relationships and
``xl/styles.xml``, after ``check_xlsx`` has bounded the archive. A part that declares a DTD
is refused (no entity of ours is ever expanded).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from compliance.errors import InputError, Location

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PERCENT_FORMATS = {9, 10}  # Excel's built-in "0%" and "0.00%"
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # literal text, escapes, colours in a format
_REF = re.compile(r"^([A-Z]{1,3})(\d{1,7})$")


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool  # state="hidden" and "veryHidden" are not
    part: str  # the sheet's member in the zip, e.g. "xl/worksheets/sheet1.xml"


def _xml(archive: zipfile.ZipFile, member: str, name: str) -> ElementTree.Element | None:
    try:
        data = archive.read(member)
    except KeyError:
        return None
    if b"<!DOCTYPE" in data[:4096].upper():
        raise InputError(f"Excel-filen kan inte läsas ({member} deklarerar en DTD)",
                         Location(name))
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise InputError(f"Excel-filen kan inte läsas ({member} är ingen giltig XML)",
                         Location(name)) from None


def sheets(data: bytes, name: str) -> list[SheetInfo]:
    """The workbook's sheets in the order Excel shows their tabs."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = _xml(archive, "xl/workbook.xml", name)
        rels = _xml(archive, "xl/_rels/workbook.xml.rels", name)
    if book is None:
        return []
    targets = {rel.get("Id"): rel.get("Target", "") for rel in
               (rels.iter(f"{_PACKAGE_REL}Relationship") if rels is not None else [])}
    found = []
    for sheet in book.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        found.append(SheetInfo(sheet.get("name", ""), sheet.get("state", "visible")
                               not in ("hidden", "veryHidden"), part))
    return found


def _is_percent(code: str) -> bool:
    return "%" in _QUOTED.sub("", code)


def percent_styles(archive: zipfile.ZipFile, name: str) -> set[int]:
    """Indexes of the cell formats (``s`` of a cell) that show a number as percent."""
    styles = _xml(archive, "xl/styles.xml", name)
    if styles is None:
        return set()
    custom = {_number(fmt.get("numFmtId")): fmt.get("formatCode", "")
              for fmt in styles.iter(f"{_MAIN}numFmt")}
    percent = PERCENT_FORMATS | {number for number, code in custom.items() if _is_percent(code)}
    cell_xfs = styles.find(f"{_MAIN}cellXfs")
    xfs = list(cell_xfs.iter(f"{_MAIN}xf")) if cell_xfs is not None else []
    return {index for index, xf in enumerate(xfs)
            if _number(xf.get("numFmtId")) in percent}


def percent_cells(data: bytes, name: str, part: str) -> frozenset[tuple[int, int]]:
    """(row, column), both from 1, of the sheet's cells formatted as percent."""
    found: set[tuple[int, int]] = set()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = percent_styles(archive, name)
        if not styles or part not in archive.namelist():
            return frozenset()
        with archive.open(part) as sheet:
            head = sheet.peek(4096) if hasattr(sheet, "peek") else b""
            if b"<!DOCTYPE" in head[:4096].upper():
                raise InputError(f"Excel-filen kan inte läsas ({part} deklarerar en DTD)",
                                 Location(name))
            try:  # element by element, each cell dropped once read: memory stays flat
                for _, cell in ElementTree.iterparse(sheet):
                    if cell.tag != f"{_MAIN}c":
                        continue
                    style, ref = cell.get("s"), _REF.match(cell.get("r", ""))
                    if style and style.isdigit() and int(style) in styles and ref:
                        found.add((int(ref.group(2)), _column(ref.group(1))))
                    cell.clear()
            except ElementTree.ParseError:
                raise InputError(f"Excel-filen kan inte läsas ({part} är ingen giltig XML)",
                                 Location(name)) from None
    return frozenset(found)


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() and len(text) < 10 else -1


def _column(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number
