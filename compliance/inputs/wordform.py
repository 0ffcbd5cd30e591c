"""Read a region's filled Word form (.docx): the one module that knows python-docx and
WordprocessingML.

The file is checked before python-docx sees it: an old binary ``.doc`` or an encrypted
(password-protected) document is an OLE compound file, not a zip, and is refused with its
name; a zip's members are counted and inflated in bounded chunks, so a zip bomb is refused
on its declared and on its actual size; a macro-enabled ``.docm`` is read as the document
it contains (nothing is ever run, and its macros are not even parsed).

Answers are found as the pack declares (``form_source.docx``): under a section heading,
the table cell beside or under a label, or a content control by its tag or title. A
content control still showing its placeholder (``w:showingPlcHdr``, or Word's filler text
such as "Klicka eller tryck här för att ange text." or "Välj ett objekt.") is unanswered.
The form's contact table (names, telephone numbers, e-mail addresses) is never read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx.oxml.parser import parse_xml
from lxml import etree

from compliance.declared.form import AnswerSpec, DocxPlace, DocxSource, PackMeta
from compliance.errors import InputError, Location
from compliance.reading.files import read_input
from compliance.reading.values import timestamp_date
from compliance.reading.yamlload import Document, display_name
from compliance.reading.zipped import inflate, open_zip

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 500
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # all members together, as declared and as inflated

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_MACRO_MAIN = b"application/vnd.ms-word.document.macroEnabled.main+xml"
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Word's filler texts: an untouched control shows one of these
FILLERS = ("Klicka eller tryck här för att ange text.", "Välj ett objekt.",
           "Klicka eller tryck för att ange datum.", "Click or tap here to enter text.",
           "Choose an item.", "Click or tap to enter a date.")


@dataclass(frozen=True)
class Cell:
    """What one table cell holds: its text, and whether it is still unanswered."""

    text: str
    unanswered: bool
    date: dt.date | None = None  # a date picker's stored date


@dataclass
class Table:
    number: int  # 1-based, in document order
    section: str  # the heading it stands under
    rows: list[list[tuple[int, etree._Element]]]  # (grid column, w:tc) per row


@dataclass
class WordForm:
    """A form as read: the submission's data with where each value stood."""

    pack_id: str
    document: Document  # data (pack, region, answers) with the place of each value
    origins: dict[str, str] = field(default_factory=dict)  # "answers.X" → its place


def _text(element: etree._Element) -> str:
    """The visible text of an element, paragraphs on lines of their own."""
    lines = []
    for paragraph in element.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(node.text or "" if node.tag == f"{_W}t" else
                         "\t" if node.tag == f"{_W}tab" else "\n")
        lines.append("".join(parts))
    return "\n".join(lines).strip()


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def cell_value(element: etree._Element, placeholder: str | None = None) -> Cell:
    """The value of a cell (or a control): the text of its content controls if it has
    any, else its plain text; unanswered when every control shows its placeholder."""
    fillers = {_norm(text) for text in (*FILLERS, placeholder or "")}
    controls = list(element.iter(f"{_W}sdt")) if element.tag != f"{_W}sdt" else [element]
    if not controls:
        text = _text(element)
        return Cell(text, not text.strip() or _norm(text) in fillers)
    texts, date = [], None
    for control in controls:
        props = control.find(f"{_W}sdtPr")
        content = control.find(f"{_W}sdtContent")
        text = _text(content) if content is not None else ""
        showing = props is not None and props.find(f"{_W}showingPlcHdr") is not None
        if showing or not text.strip() or _norm(text) in fillers:
            continue
        picker = props.find(f"{_W}date") if props is not None else None
        stored = picker.get(f"{_W}fullDate") if picker is not None else None
        if stored:
            try:
                date = timestamp_date(stored) or dt.date.fromisoformat(stored)  # a real time
            except ValueError:
                date = None
        texts.append(text)
    return Cell("\n".join(texts), not texts, date)


def _flatten(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, looking through content controls that wrap them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _flatten(content, tag)


def _rows(table: etree._Element) -> list[list[tuple[int, etree._Element]]]:
    rows = []
    for row in _flatten(table, f"{_W}tr"):
        cells, column = [], 0
        for cell in _flatten(row, f"{_W}tc"):
            cells.append((column, cell))
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            column += int(span.get(f"{_W}val", "1")) if span is not None and \
                str(span.get(f"{_W}val", "1")).isdigit() else 1
        rows.append(cells)
    return rows


def _is_heading(paragraph: etree._Element) -> bool:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val") or "") if style is not None else ""
    return name.casefold().startswith(("heading", "rubrik", "title", "rubrik"))


class _Body:
    """The document's headings and top-level tables, in order."""

    def __init__(self, body: etree._Element) -> None:
        self.tables: list[Table] = []
        self.headings: list[str] = []
        self.title_lines: list[str] = []
        section = ""
        for element in _flatten_body(body):
            if element.tag == f"{_W}p":
                text = _text(element)
                if text and not self.tables and len(self.title_lines) < 5:
                    self.title_lines.append(text)
                if text and _is_heading(element):
                    section = text
                    self.headings.append(text)
            elif element.tag == f"{_W}tbl":
                self.tables.append(Table(len(self.tables) + 1, section, _rows(element)))


def _flatten_body(body: etree._Element) -> Iterator[etree._Element]:
    for child in body:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _flatten_body(content)


# -- the bytes: refuse what is not a plain Word document ---------------------------------
def _checked_parts(data: bytes, name: str) -> dict[str, bytes]:
    """The parts of a Word document (.docx, or .docm whose macros stay unread), each
    inflated within the limits."""
    where = Location(name)
    if data.startswith(_OLE):
        if _ENCRYPTED in data:
            raise InputError("dokumentet är krypterat eller lösenordsskyddat; spara det utan "
                             "lösenord som .docx och försök igen", where)
        raise InputError("dokumentet är i Words gamla format (.doc); öppna det i Word och "
                         "spara det som Word-dokument (.docx)", where)
    if not data.startswith(b"PK"):
        raise InputError("filen är inget Word-dokument (.docx)", where)
    parts: dict[str, bytes] = {}
    chunks: list[bytes] = []  # of the member being inflated
    inflated = 0  # of all members so far

    def keep(chunk: bytes) -> None:
        nonlocal inflated
        inflated += len(chunk)
        if inflated > MAX_UNCOMPRESSED:
            raise InputError(f"Word-filen är för stor uppackad (över {MAX_UNCOMPRESSED} byte)",
                             where)
        chunks.append(chunk)

    with open_zip(data, where, "Word-filen", "är skadad (ingen giltig zip-fil)", MAX_MEMBERS,
                  MAX_UNCOMPRESSED) as archive:
        for member in archive.infolist():
            chunks.clear()
            inflate(archive, member, where, "Word-filen", keep)
            parts[member.filename] = b"".join(chunks)
    types = parts.get("[Content_Types].xml", b"")
    if "word/document.xml" not in parts or not (_DOCX_MAIN in types or _MACRO_MAIN in types):
        raise InputError("filen är inget Word-dokument (word/document.xml saknas eller är "
                         "inte ett Word-dokument)", where)
    return parts


def _open(data: bytes, name: str) -> tuple[Any, str]:
    """The document body and its title (core property), parsed with python-docx's XML
    layer (its element classes; entities are never resolved). Only the document and its
    properties are parsed: styles, fonts and a .docm's macros are not needed."""
    parts = _checked_parts(data, name)
    try:
        document = parse_xml(parts["word/document.xml"])
        core = parts.get("docProps/core.xml")
        title = parse_xml(core).title_text if core else ""
    except (etree.XMLSyntaxError, ValueError, AttributeError) as exc:
        raise InputError(f"Word-filen kan inte läsas ({type(exc).__name__}); öppna den i Word "
                         "och spara den igen som .docx", Location(name)) from None
    body = document.find(f"{_W}body")
    if body is None:
        raise InputError("Word-filen har ingen dokumenttext (w:body saknas)", Location(name))
    return body, title or ""


# -- finding the answers -----------------------------------------------------------------
class _Finder:
    def __init__(self, body: _Body, name: str, controls: dict[str, etree._Element]) -> None:
        self.body, self.name, self.controls = body, name, controls
        self.texts: dict[Any, str] = {}  # each cell's text, normalised once

    def _cell_text(self, cell: Any) -> str:
        if cell not in self.texts:
            self.texts[cell] = _norm(_text(cell))
        return self.texts[cell]

    def find(self, place: DocxPlace, what: str) -> tuple[etree._Element, str]:
        """The element holding the value, and where it is ("tabell 4, rad 2")."""
        if place.tag is not None:
            control = self.controls.get(_norm(place.tag))
            if control is None:
                raise InputError(f"hittar inte {what} i formuläret (innehållskontrollen "
                                 f"'{place.tag}' finns inte)", Location(self.name))
            return control, f"innehållskontrollen '{place.tag}'"
        assert place.section is not None and place.label is not None
        section = _norm(place.section)
        tables = [t for t in self.body.tables if _norm(t.section).startswith(section)]
        if not any(_norm(heading).startswith(section) for heading in self.body.headings):
            raise InputError(f"hittar inte avsnittet {place.section} i formuläret (behövs för "
                             f"{what})", Location(self.name))
        label = _norm(place.label)
        for table in tables:
            for r, cells in enumerate(table.rows):
                for index, (column, cell) in enumerate(cells):
                    if not self._cell_text(cell).startswith(label):
                        continue
                    if place.answer == "right":
                        if index + 1 < len(cells):
                            return cells[index + 1][1], _where(table, r, index + 1)
                    elif r + 1 < len(table.rows):
                        below = next(((i, c) for i, (col, c) in enumerate(table.rows[r + 1])
                                      if col == column), None)
                        if below is not None:
                            return below[1], _where(table, r + 1, below[0])
                    raise InputError(f"tabell {table.number}, rad {r + 1}: frågan för {what} "
                                     f"har ingen svarscell {_SIDE[place.answer]}",
                                     Location(self.name))
        raise InputError(f"hittar inte frågan för {what} i formuläret: ingen tabell under "
                         f"rubriken {place.section} har en cell som börjar "
                         f"\"{place.label}\"", Location(self.name))


def _where(table: Table, row: int, index: int) -> str:
    """"tabell 4, rad 2", with the column when the row has more than a label and an answer."""
    column = f", kolumn {index + 1}" if len(table.rows[row]) > 2 else ""
    return f"tabell {table.number}, rad {row + 1}{column}"


_SIDE = {"right": "till höger", "below": "under"}


def _controls(body: etree._Element) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for control in body.iter(f"{_W}sdt"):
        for prop in ("tag", "alias"):
            node = control.find(f"{_W}sdtPr/{_W}{prop}")
            if node is not None and node.get(f"{_W}val"):
                found.setdefault(_norm(node.get(f"{_W}val") or ""), control)
    return found


def _note(section: str | None, unanswered: bool) -> str:
    words = [word for word in (section, "inte ifylld" if unanswered else None) if word]
    return f" ({', '.join(words)})" if words else ""


def answer_name(key: str, spec: AnswerSpec) -> str:
    """An answer as a reader of the form names it: "3.4 fråga 1", or its section and title."""
    if spec.section and spec.question:
        return f"{spec.section} fråga {spec.question}"
    return f"{spec.section} {spec.title}" if spec.section else spec.title


def recognises(source: DocxSource, title: str) -> bool:
    return all(_norm(marker) in _norm(title) for marker in source.recognise)


def read_word_form(path: Path, packs: list[tuple[str, PackMeta]]) -> WordForm:
    """The answers of the Word form at ``path``, read as the pack whose form it is
    declares; ``packs`` are the (id, meta) of every pack that reads Word forms."""
    name = display_name(path)
    raw = read_input(path, MAX_FILE_BYTES, name)
    body_element, core_title = _open(raw, name)
    body = _Body(body_element)
    title = "\n".join([core_title, *body.title_lines])
    shown = next((line for line in (*body.title_lines, core_title) if line.strip()), "")
    match = next(((pack_id, meta) for pack_id, meta in packs
                  if meta.form_source and meta.form_source.docx and
                  recognises(meta.form_source.docx, title)), None)
    if match is None:
        known = "; ".join(f"{pack_id} läser \"{', '.join(meta.form_source.docx.recognise)}\""
                          for pack_id, meta in packs
                          if meta.form_source and meta.form_source.docx) or "inga"
        looks = f"formuläret ser ut som \"{shown[:120]}\"" if shown else \
            "formuläret har ingen rubrik"
        raise InputError(f"{looks}; inget regelpaket läser det formuläret ({known})",
                         Location(name))
    pack_id, meta = match
    assert meta.form_source is not None and meta.form_source.docx is not None
    source = meta.form_source.docx
    finder = _Finder(body, name, _controls(body_element))
    placeholder = meta.placeholder
    places: dict[tuple[str | int, ...], str] = {}

    element, where = finder.find(source.region, "regionens namn")
    region = cell_value(element, placeholder)
    places[("region",)] = f"{where} – regionens namn"
    if region.unanswered:
        raise InputError(f"{where}: regionens namn är inte ifyllt i formuläret",
                         Location(name))

    answers: dict[str, Any] = {}
    origins: dict[str, str] = {"region": places[("region",)]}
    for key, spec_place in source.answers.items():
        spec = meta.form.answers[key]
        label = answer_name(key, spec)
        parts = spec_place if isinstance(spec_place, list) else [spec_place]
        found = [(finder.find(part, label), part) for part in parts]
        cells = [(cell_value(element, placeholder), where, part)
                 for (element, where), part in found]
        origins[f"answers.{key}"] = "; ".join(
            where + _note(part.section if len(parts) > 1 else None, cell.unanswered)
            for cell, where, part in cells) + f" – {label}"
        places[("answers", key)] = origins[f"answers.{key}"]
        value = _value(spec, [(cell, part) for cell, _, part in cells],
                       placeholder or FILLERS[0])
        if value is not None:
            answers[key] = value
    data = {"pack": pack_id, "region": region.text, "answers": answers}
    document = Document(name, data, places=places,
                        sha256=hashlib.sha256(raw).hexdigest())
    return WordForm(pack_id, document, origins)


def _value(spec: AnswerSpec, cells: list[tuple[Cell, DocxPlace]], placeholder: str) -> Any:
    """An answer as a YAML submission would hold it: unanswered text is the form's
    placeholder (judged as unanswered), an unanswered choice, date or number is absent;
    an answer read from several places is answered only when all of them are."""
    if any(cell.unanswered for cell, _ in cells):
        return (spec.placeholder or placeholder) if spec.type == "text" else None
    if spec.type == "date" and len(cells) == 1 and cells[0][0].date is not None:
        return cells[0][0].date.isoformat()
    if len(cells) == 1:
        return cells[0][0].text
    return "\n\n".join(f"{part.section}: {cell.text}" for cell, part in cells)
