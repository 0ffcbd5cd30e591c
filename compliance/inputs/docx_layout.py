"""The layout of a Word document as a reader sees it: paragraphs and tables in order, which
paragraphs are headings, and the rows and cells of each table.

A heading is recognised by what Word shows, not by one style name: a heading or title
style, an outline level (on the paragraph or its style), a list number (Word's generated
"3.4" is read from the numbering part and put before the text), a section number typed
before the text, or a short paragraph in bold. Styled, outlined and numbered headings end
the section before them; a bold paragraph can begin a section but ends none, since bold
text inside a section is common.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from compliance.inputs.docx_text import MC, Reader, W, on, row_gone

MAX_HEADING = 200  # characters: a longer paragraph is text, not a heading
_NUMBERED = re.compile(r"\d+(\.\d+)*\.?\s")
# "3.4 Förvaltning", "3.4. Förvaltning", "Avsnitt 3.4 – Förvaltning", not "2024 års medel"
_SECTION = re.compile(r"(?:(?:avsnitt|del|kapitel|punkt)\s+)?\d+\.\d+\.?(?:\s*[–—:-])?\s+\w",
                      re.IGNORECASE)
_LEVELS = re.compile(r"\d+\.\d+")  # a list number of a section: "3.4", "3.4.1"
_HEADING_STYLES = ("heading", "rubrik", "title", "överskrift")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class Style:
    name: str
    outline: bool  # an outline level 0–8
    bold: bool
    hidden: bool
    numbering: tuple[str, str] | None  # (numId, ilvl)


@dataclass
class Block:
    """A paragraph or a table of the body, in document order."""

    element: etree._Element
    text: str = ""  # a paragraph's visible text, its list number first
    heading: int = 0  # 0 text, 1 may begin a section, 2 begins one and ends the one before
    table: int = 0  # a table's number (1-based, in document order)
    rows: range | None = None  # a table's rows under one heading row (None: every row)


_PLAIN = Style("", False, False, False, None)


class Styles:
    """The document's styles by id, each resolved with what it inherits (``w:basedOn``)
    when first asked for."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.raw: dict[str, etree._Element] = {}
        if styles is not None:
            for style in styles.iter(f"{W}style"):
                self.raw.setdefault(style.get(f"{W}styleId") or "", style)
        self.resolved: dict[str, Style] = {}

    def get(self, style_id: str, depth: int = 0) -> Style:
        """The style ``style_id`` (a plain one when the document has none by that id)."""
        if style_id in self.resolved:
            return self.resolved[style_id]
        element = self.raw.get(style_id)
        if element is None or depth > 20:
            # a style the document names but does not define (a tool that writes no
            # styles part): its id is all there is to go by ("Heading2", "Rubrik1")
            return Style(style_id, False, False, False, None) if element is None else _PLAIN
        based = element.find(f"{W}basedOn")
        parent = self.get(based.get(f"{W}val") or "", depth + 1) if based is not None \
            else _PLAIN
        name = element.find(f"{W}name")
        level = element.find(f"{W}pPr/{W}outlineLvl")
        bold = element.find(f"{W}rPr/{W}b")
        vanish = element.find(f"{W}rPr/{W}vanish")
        number = element.find(f"{W}pPr/{W}numPr/{W}numId")
        style = Style(
            (name.get(f"{W}val") or "") if name is not None else style_id,
            _outline(level) if level is not None else parent.outline,
            on(bold) if bold is not None else parent.bold,
            on(vanish) if vanish is not None else parent.hidden,
            ((number.get(f"{W}val") or "0"), _level(element)) if number is not None
            else parent.numbering)
        self.resolved[style_id] = style
        return style

    def hidden(self) -> set[str]:
        """The ids of styles that hide their text (``w:vanish``, also inherited)."""
        if not any(style.find(f"{W}rPr/{W}vanish") is not None for style in self.raw.values()):
            return set()
        return {style_id for style_id in self.raw if self.get(style_id).hidden}


def _outline(level: etree._Element) -> bool:
    value = level.get(f"{W}val") or ""
    return value.isdigit() and int(value) <= 8


def _level(element: etree._Element) -> str:
    level = element.find(f"{W}pPr/{W}numPr/{W}ilvl")
    return (level.get(f"{W}val") or "0") if level is not None else "0"


class Numbering:
    """Word's list numbers as they are shown: counters per list, rendered by each level's
    text ("%1.%2")."""

    def __init__(self, numbering: etree._Element | None) -> None:
        abstract: dict[str, dict[str, tuple[int, str, str]]] = {}
        self.lists: dict[str, str] = {}
        if numbering is not None:
            for node in numbering.iter(f"{W}abstractNum"):
                levels = {}
                for level in node.iter(f"{W}lvl"):
                    start = _val(level.find(f"{W}start")) or "1"
                    levels[level.get(f"{W}ilvl") or "0"] = (
                        int(start) if start.isdigit() else 1,
                        _val(level.find(f"{W}numFmt")) or "decimal",
                        _val(level.find(f"{W}lvlText")) or "")
                abstract[node.get(f"{W}abstractNumId") or ""] = levels
            for node in numbering.iter(f"{W}num"):
                self.lists[node.get(f"{W}numId") or ""] = _val(
                    node.find(f"{W}abstractNumId")) or ""
        self.abstract = abstract
        self.counters: dict[str, dict[int, int]] = {}

    def label(self, num_id: str, level: str) -> str:
        """The number shown before the next paragraph of list ``num_id`` at ``level``."""
        key = self.lists.get(num_id)
        levels = self.abstract.get(key or "")
        if not levels or not level.isdigit() or level not in levels:
            return ""
        depth = int(level)
        counters = self.counters.setdefault(key or "", {})
        start = levels[level][0]
        counters[depth] = counters[depth] + 1 if depth in counters else start
        for deeper in [d for d in counters if d > depth]:
            del counters[deeper]
        text = levels[level][2]
        for index in range(9):
            if f"%{index + 1}" in text:
                start_at = levels.get(str(index), (1, "decimal", ""))
                value = counters.get(index, start_at[0])
                text = text.replace(f"%{index + 1}", _format(value, start_at[1]))
        return "" if levels[level][1] in ("bullet", "none") else text.strip()


def _val(element: etree._Element | None) -> str | None:
    return element.get(f"{W}val") if element is not None else None


def _format(value: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter") and 0 < value <= len(_LETTERS):
        letter = _LETTERS[value - 1]
        return letter.upper() if kind == "upperLetter" else letter
    return str(value)


class Layout:
    """The body's blocks, with headings and table numbers."""

    def __init__(self, body: etree._Element, reader: Reader, styles: Styles,
                 numbering: Numbering) -> None:
        self.reader, self.styles, self.numbering = reader, styles, numbering
        self.blocks: list[Block] = []
        self.rows: dict[etree._Element, list[list[tuple[int, etree._Element]]]] = {}
        tables = 0
        for element in _flatten(body, (f"{W}p", f"{W}tbl")):
            if element.tag == f"{W}tbl":
                tables += 1
                caption = self._caption(element)
                if caption is not None:
                    self.blocks.append(caption)
                self.blocks += self._parts(element, tables, caption is not None)
            else:
                self.blocks.append(self._paragraph(element))

    def table_rows(self, table: etree._Element) -> list[list[tuple[int, etree._Element]]]:
        """:func:`table_rows` of ``table``, read once."""
        if table not in self.rows:
            self.rows[table] = table_rows(table)
        return self.rows[table]

    def _caption(self, table: etree._Element) -> Block | None:
        """A section heading written in a table's first cell ("3.4 Förvaltning av …" as
        a shaded title row), as a heading before the table."""
        rows = self.table_rows(table)
        if not rows or not rows[0]:
            return None
        cell = rows[0][0][1]
        text = " ".join(self.reader.text(cell).split())
        if len(text) <= MAX_HEADING and _SECTION.match(text):
            return Block(cell, text, heading=2)
        return None

    def _parts(self, table: etree._Element, number: int, captioned: bool) -> list[Block]:
        """A table as blocks: the whole table, or – when a row is a heading of its own
        (one cell across the table: "3.4 Förvaltning …", or a short bold "Generellt") –
        each heading and the rows under it, so a form set out as one table has its
        sections. A first row already read as the table's caption stays in the table."""
        rows = self.table_rows(table)
        widest = max((len(cells) for cells in rows), default=0)
        blocks: list[Block] = []
        start = 0
        for index in range(1 if captioned else 0, len(rows)):
            heading = self._row_heading(rows[index], widest)
            if heading is None:
                continue
            if index > start:
                blocks.append(Block(table, table=number, rows=range(start, index)))
            blocks.append(heading)
            start = index + 1
        if not blocks:
            return [Block(table, table=number)]
        if start < len(rows):
            blocks.append(Block(table, table=number, rows=range(start, len(rows))))
        return blocks

    def _row_heading(self, cells: list[tuple[int, etree._Element]], widest: int
                     ) -> Block | None:
        if len(cells) != 1 or widest < 2:
            return None
        cell = cells[0][1]
        text = " ".join(self.reader.text(cell).split())
        if not text or len(text) > MAX_HEADING:
            return None
        if _SECTION.match(text):
            return Block(cell, text, heading=2)
        paragraphs = [p for p in cell.iter(f"{W}p") if self.reader.text(p)]
        bold = bool(paragraphs) and all(self._bold(p, self._style(p)) for p in paragraphs)
        if bold and not text.endswith((".", ":", "?", ")")):
            return Block(cell, text, heading=1)
        return None

    def _style(self, paragraph: etree._Element) -> Style:
        ref = paragraph.find(f"{W}pPr/{W}pStyle")
        return self.styles.get((ref.get(f"{W}val") or "") if ref is not None else "")

    def _paragraph(self, paragraph: etree._Element) -> Block:
        props = paragraph.find(f"{W}pPr")
        style_ref = props.find(f"{W}pStyle") if props is not None else None
        style = self.styles.get((style_ref.get(f"{W}val") or "") if style_ref is not None
                                else "")
        number_ref = props.find(f"{W}numPr/{W}numId") if props is not None else None
        numbering = ((number_ref.get(f"{W}val") or "0"), _level(paragraph)) \
            if number_ref is not None else style.numbering
        label = self.numbering.label(*numbering) if numbering and numbering[0] != "0" else ""
        text = self.reader.text(paragraph)
        shown = f"{label} {text}".strip() if text else ""
        block = Block(paragraph, shown)
        if not text or len(shown) > MAX_HEADING:
            return block
        level = props.find(f"{W}outlineLvl") if props is not None else None
        styled = style.name.casefold().startswith(_HEADING_STYLES) or (
            _outline(level) if level is not None else style.outline)
        # a numbered question ("1. Finns …?", a list item or typed) is no heading: a
        # heading does not end as a question or a sentence does, and a list numbers a
        # section on two levels ("3.4"), a plain list item on one ("4.")
        asks = shown.rstrip().endswith((".", ":", "?", ")"))
        numbered = _LEVELS.match(label) is not None and not asks
        bold = self._bold(paragraph, style)
        typed_number = bold and not asks and \
            (_NUMBERED.match(shown) or _SECTION.match(shown)) is not None
        if styled or numbered or typed_number:
            block.heading = 2
        elif bold and not asks:
            block.heading = 1
        return block

    def _bold(self, paragraph: etree._Element, style: Style) -> bool:
        """Whether every run of visible text in the paragraph is bold."""
        runs = [run for run in paragraph.iter(f"{W}r")
                if "".join(t.text or "" for t in run.iter(f"{W}t")).strip()]
        if not runs:
            return False
        for run in runs:
            props = run.find(f"{W}rPr")
            direct = props.find(f"{W}b") if props is not None else None
            char_style = props.find(f"{W}rStyle") if props is not None else None
            inherited = style.bold or (char_style is not None and self.styles.get(
                char_style.get(f"{W}val") or "").bold)
            if not (on(direct) if direct is not None else inherited):
                return False
        return True


def _flatten(parent: etree._Element, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """Children with one of ``tags``, looking through what wraps them without hiding them
    (content controls, custom XML, the chosen half of alternate content)."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _flatten(content, tags)
        elif child.tag == f"{W}customXml":
            yield from _flatten(child, tags)
        elif child.tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            if choice is not None:
                yield from _flatten(choice, tags)


def table_rows(table: etree._Element) -> list[list[tuple[int, etree._Element]]]:
    """(grid column, w:tc) per row, rows deleted with changes tracked or hidden left out."""
    rows = []
    for row in _flatten(table, (f"{W}tr",)):
        if row_gone(row):
            continue
        props = row.find(f"{W}trPr")
        before = props.find(f"{W}gridBefore") if props is not None else None
        column = _span(before) if before is not None else 0
        cells = []
        for cell in _flatten(row, (f"{W}tc",)):
            cells.append((column, cell))
            span = cell.find(f"{W}tcPr/{W}gridSpan")
            column += _span(span) if span is not None else 1
        rows.append(cells)
    return rows


def _span(element: etree._Element) -> int:
    value = element.get(f"{W}val") or "1"
    return min(int(value), 64) if value.isdigit() else 1
