"""Where each answer of a Word form stands: the place a pack's ``DocxPlace`` names, found
by the form's structure (``docx_layout``'s sections and blocks) – beside or under a label
that matches the pack's after normalising, with a changed or inflected word tolerated
(``reading.text.label_score``), in a table cell or a paragraph, or in a content control by
its tag or title. A cell that shows one of the form's own texts (a label, a prompt the
pack lists, a question) is never an answer. A question found in two places is an error
naming both: never first-wins.
"""

from __future__ import annotations

import collections
import re
from typing import Any

from lxml import etree

from compliance.declared.form import DocxPlace, DocxSource
from compliance.errors import InputError, Location
from compliance.inputs.docx_answers import Place
from compliance.inputs.docx_layout import Block, Layout
from compliance.inputs.docx_text import TYPED, W, visible_controls
from compliance.reading.text import label_score, label_words

# a label matches when at least this share of its words is found in order at the start of
# a cell (an inflected word counts 0.8); a second match within the margin is ambiguous
MATCH = 0.8
MAX_CONNECTOR = 20  # characters of a prompt between a question and its answer cell
MARGIN = 0.15


# -- finding the places ---------------------------------------------------------------------
def _where(number: int | str, rows: list[list[Any]], row: int, index: int) -> str:
    """"tabell 4, rad 2", with the column when the row has more than a label and an answer."""
    column = f", kolumn {index + 1}" if len(rows[row]) > 2 else ""
    return f"tabell {number}, rad {row + 1}{column}"


def _quote(text: str) -> str:
    short = " ".join(text.split())
    return f"\"{short[:40]}…\"" if len(short) > 40 else f"\"{short}\""


_SIDE = {"right": "till höger", "below": "under"}
_SUBSECTION = re.compile(r"\d+\.\d+\.\d+")  # "3.4.1 …": numbered under a section
_ASKS_YES_NO = re.compile(r"\(\s*ja\s*/\s*nej\s*\)\W*$", re.IGNORECASE)
_YES_NO_HEADS: dict[tuple[str, ...], str] = {("ja",): "Ja", ("nej",): "Nej"}
_MAX_PARAGRAPHS = 30  # paragraphs read as one answer under a paragraph label
_SECTION_WORDS = {"avsnitt", "del", "kapitel", "punkt"}  # may stand before its number


class Finder:
    def __init__(self, layout: Layout, name: str, body: etree._Element,
                 source: DocxSource) -> None:
        self.layout, self.name = layout, name
        # the form's own texts – every label the pack reads and its other prompts: never
        # an answer, whichever way round the form sets questions and answers
        places = [source.region] + [part for spec in source.answers.values()
                                    for part in (spec if isinstance(spec, list) else [spec])]
        self.prompts = [words for text in [*(p.label for p in places if p.label),
                                           *source.prompts]
                        if (words := label_words(text))]
        self.words: dict[etree._Element, list[str]] = {}
        self.controls: dict[str, list[etree._Element]] = collections.defaultdict(list)
        for control in visible_controls(body):
            for prop in ("tag", "alias"):
                node = control.find(f"{W}sdtPr/{W}{prop}")
                if node is not None and node.get(f"{W}val"):
                    key = " ".join(label_words(node.get(f"{W}val") or ""))
                    if control not in self.controls[key]:
                        self.controls[key].append(control)

    def _words(self, element: etree._Element, text: str | None = None) -> list[str]:
        if element not in self.words:
            self.words[element] = label_words(self.layout.reader.text(element)
                                              if text is None else text)
        return self.words[element]

    def extents(self, section: str) -> list[range]:
        """The blocks under each heading that begins with ``section`` ("3.4 …", also
        "Avsnitt 3.4 …"): up to the next heading that ends a section. A heading numbered
        under the section ("3.4.1 Finns …?", a question set as a heading) is part of it."""
        wanted = label_words(section)
        blocks = self.layout.blocks
        found = []
        for start, block in enumerate(blocks):
            if not block.heading:
                continue
            words = self._section_words(block)
            if words[: len(wanted)] == wanted and not _deeper(words, wanted):
                end = next((i for i in range(start + 1, len(blocks))
                            if blocks[i].heading == 2 and
                            not _deeper(self._section_words(blocks[i]), wanted)), len(blocks))
                found.append(range(start + 1, end))
        return found

    def _section_words(self, block: Block) -> list[str]:
        words = self._words(block.element, block.text)
        return words[1:] if words[:1] and words[0] in _SECTION_WORDS else words

    def is_prompt(self, element: etree._Element) -> bool:
        """Whether ``element`` shows one of the form's own texts (a question, a label, a
        prompt), never an answer: it begins with one, or asks ("…?", "(ja/nej)")."""
        words = self._words(element)
        if not words:
            return False
        text = self.layout.reader.text(element).rstrip()
        if text.endswith("?") or _ASKS_YES_NO.search(text):
            return True
        return any(label_score(prompt, words, MATCH) >= MATCH for prompt in self.prompts)

    def find(self, place: DocxPlace, what: str, yes_no: bool = False) -> Place:
        """The place holding the value, and where it is ("tabell 4, rad 2")."""
        if place.tag is not None:
            return self._control(place.tag, what)
        assert place.section is not None and place.label is not None
        extents = self.extents(place.section)
        if not extents:
            raise InputError(f"hittar inte avsnittet {place.section} i formuläret (behövs för "
                             f"{what})", Location(self.name))
        label = label_words(place.label)
        # by label element: extents may overlap (a bold heading ends no section)
        candidates: dict[etree._Element, tuple[float, str, Place | str]] = {}
        for extent in extents:
            for index in extent:
                for key, score, where, answer in self._matches(index, label, place, yes_no):
                    candidates.setdefault(key, (score, where, answer))
        ranked = sorted(candidates.values(), key=lambda item: -item[0])
        if not ranked:
            raise InputError(f"hittar inte frågan för {what} i formuläret: ingen tabell under "
                             f"rubriken {place.section} har en cell som börjar "
                             f"\"{place.label}\"", Location(self.name))
        if len(ranked) > 1 and ranked[1][0] >= ranked[0][0] - MARGIN:
            raise InputError(f"frågan för {what} finns på två ställen i formuläret: "
                             f"{ranked[0][1]} och {ranked[1][1]}; ta bort den som inte gäller "
                             "(ett inklistrat utkast eller en dubblerad rad?)",
                             Location(self.name))
        answer = ranked[0][2]
        if isinstance(answer, str):
            raise InputError(f"{ranked[0][1]}: frågan för {what} {answer}", Location(self.name))
        return answer

    def _matches(self, index: int, label: list[str], place: DocxPlace, yes_no: bool
                 ) -> list[tuple[etree._Element, float, str, Place | str]]:
        """(label element, score, where, the answer's place or why there is none) of
        each label in block ``index`` that matches."""
        block = self.layout.blocks[index]
        found: list[tuple[etree._Element, float, str, Place | str]] = []
        if not block.table:
            score = label_score(label, self._words(block.element, block.text), MATCH)
            # a section's heading is no label, a question numbered under one ("3.4.1") is
            if score >= MATCH and (block.heading < 2 or _SUBSECTION.match(block.text)):
                where = f"stycket {_quote(block.text)}"
                found.append((block.element, score, where, self._after(index, where)))
            return found
        # the table (the rows of its part under one heading) and any table inside its
        # cells (a layout table around the form's)
        rows = self.layout.table_rows(block.element)
        part = block.rows or range(len(rows))
        for inner, table in enumerate(block.element.iter(f"{W}tbl")):
            if inner and not any(table in set(cell.iter(f"{W}tbl"))
                                 for r in part for _, cell in rows[r]):
                continue  # an inner table of the rows under another heading
            number = f"{block.table}" + (f", inre tabell {inner}" if inner else "")
            found += self._cell_matches(self.layout.table_rows(table), number, label, place,
                                        yes_no, part if not inner else None)
        return found

    def _cell_matches(self, rows: list[list[tuple[int, etree._Element]]], number: str,
                      label: list[str], place: DocxPlace, yes_no: bool,
                      part: range | None = None
                      ) -> list[tuple[etree._Element, float, str, Place | str]]:
        found: list[tuple[etree._Element, float, str, Place | str]] = []
        for r in part or range(len(rows)):
            cells = rows[r]
            for i, (_, cell) in enumerate(cells):
                if cell.find(f".//{W}tbl") is not None:
                    continue  # its inner table's cells are the candidates
                score = label_score(label, self._words(cell), MATCH)
                if score < MATCH:
                    continue
                where = _where(number, rows, r, i)
                answer = (self._marked_columns(rows, r, i, where, part) if yes_no else None) \
                    or self._beside(rows, r, i, number, place, part)
                # "Fråga? [Ja]" in one cell: its control answers when the answer cell is
                # missing or shows nothing
                empty = isinstance(answer, str) or (
                    not answer.choices and not self.layout.reader.text(answer.element))
                if empty and self._has_control(cell):
                    answer = Place(cell, where, controls_only=True)
                elif isinstance(answer, str):
                    answer = self._in_cell(cell, where) or answer
                found.append((cell, score, where, answer))
        return found

    def _beside(self, rows: list[list[tuple[int, etree._Element]]], r: int, i: int,
                number: str, place: DocxPlace, part: range | None) -> Place | str:
        """The answer cell of the label in row ``r``, cell ``i``: on the side the pack
        names, or on the other side when that one is missing or shows one of the form's
        own texts (questions side by side with their answers below, or each question in
        a row with its answer beside it)."""
        column = rows[r][i][0]
        sides: dict[str, Place | None] = {"right": None, "below": None}
        right = i + 1
        if right + 1 < len(rows[r]) and self._connector(rows[r][right][1]):
            right += 1  # "Fråga? | (ja/nej) | Ja": a short prompt between question and answer
        if right < len(rows[r]):
            sides["right"] = Place(rows[r][right][1], _where(number, rows, r, right))
        if r + 1 in (part or range(len(rows))):
            below = next(((j, c) for j, (col, c) in enumerate(rows[r + 1]) if col == column),
                         None)
            if below is not None:
                sides["below"] = Place(below[1], _where(number, rows, r + 1, below[0]))
        other = "below" if place.answer == "right" else "right"
        for side in (place.answer, other):
            found = sides[side]
            if found is not None and not self.is_prompt(found.element):
                return found
        return f"har ingen svarscell {_SIDE[place.answer]} eller {_SIDE[other]}"

    def _connector(self, cell: etree._Element) -> bool:
        """A short prompt standing between a question and its answer ("(ja/nej)", "Svar:")."""
        text = " ".join(self.layout.reader.text(cell).split())
        return len(text) <= MAX_CONNECTOR and (
            self.is_prompt(cell) or (text.endswith(":") and len(self._words(cell)) <= 2))

    def _marked_columns(self, rows: list[list[tuple[int, etree._Element]]], r: int, i: int,
                        where: str, part: range | None) -> Place | None:
        """A yes/no question in a table with a "Ja" and a "Nej" column (a mark such as "X"
        under the chosen one): the row's cells under those headers, or None. The header
        row has one Ja and one Nej right of the question's column and none at or left of
        it (an answer row of questions set side by side is no header), and the cells under
        them hold marks or nothing."""
        first = part.start if part is not None else 0
        column = rows[r][i][0]
        for h in range(r - 1, first - 1, -1):
            heads = [(col, answer) for col, cell in rows[h]
                     if (answer := _YES_NO_HEADS.get(tuple(self._words(cell))))]
            if not heads:
                continue
            if sorted(answer for _, answer in heads) != ["Ja", "Nej"] or \
                    any(col <= column for col, _ in heads):
                return None
            under = dict(heads)
            choices = tuple((under[col], cell) for col, cell in rows[r][i + 1:] if col in under)
            if len(choices) != 2 or not all(_mark(self.layout.reader.text(cell))
                                            for _, cell in choices):
                return None
            return Place(rows[r][i][1], where, choices=choices)
        return None

    def _in_cell(self, cell: etree._Element, where: str) -> Place | None:
        """A label cell with no answer cell beside or under it, whose own paragraphs after
        the question hold the answer (the question and a box to write in as one cell):
        those paragraphs, the form's own texts among them left out (only empty ones: not
        answered); None when the cell holds nothing but the question."""
        paragraphs = [p for p in cell.iter(f"{W}p") if _own(cell, p)]
        rest = [p for p in paragraphs[1:] if not self.is_prompt(p)]
        answer = [p for p in rest if self.layout.reader.text(p)]
        if not rest:
            return None
        if not answer:  # an empty line left to write in: unanswered
            return Place(rest[0], f"{where} (under frågan)")
        return Place(answer[0], f"{where} (under frågan)", more=tuple(answer[1:]))

    def _has_control(self, cell: etree._Element) -> bool:
        return any(piece.how != TYPED for piece in self.layout.reader.pieces(cell)
                   if piece.text.strip() or piece.placeholder or piece.box is not None)

    def _after(self, index: int, where: str) -> Place | str:
        """A paragraph label's answer: after its colon, else the paragraphs under it up
        to a heading, a table or the next of the form's own texts (blank lines between
        them kept, nothing before that an unanswered question), or the first cell of the
        next table."""
        block = self.layout.blocks[index]
        if ":" in block.text and block.text.split(":", 1)[1].strip():
            return Place(block.element, where, after_colon=True)
        answer: list[etree._Element] = []
        blank: etree._Element | None = None
        for following in self.layout.blocks[index + 1: index + 1 + _MAX_PARAGRAPHS]:
            # a bold line ends an answer (a heading such as "Generellt"), but may be one
            if following.heading == 2 or (following.heading and answer) or \
                    self.is_prompt(following.element):
                break
            if following.table:
                rows = self.layout.table_rows(following.element)
                if not answer and rows and rows[0]:
                    return Place(rows[0][0][1], _where(following.table, rows, 0, 0))
                break
            if following.text or answer:
                answer.append(following.element)
            elif blank is None:
                blank = following.element
        while answer and not self.layout.reader.text(answer[-1]):
            answer.pop()  # blank lines after the answer
        if answer:
            first = self.layout.reader.text(answer[0])
            return Place(answer[0], f"stycket {_quote(first)}", more=tuple(answer[1:]))
        if blank is not None:
            return Place(blank, f"tomt stycke under {where}")
        return Place(etree.Element(f"{W}p"), f"{where} (inget svar under frågan)")

    def _control(self, tag: str, what: str) -> Place:
        controls = self.controls.get(" ".join(label_words(tag)), [])
        if not controls:
            raise InputError(f"hittar inte {what} i formuläret (innehållskontrollen "
                             f"'{tag}' finns inte)", Location(self.name))
        if len(controls) > 1:
            raise InputError(f"{what} finns på {len(controls)} ställen i formuläret "
                             f"(innehållskontrollen '{tag}'); ta bort den som inte gäller",
                             Location(self.name))
        return Place(controls[0], f"innehållskontrollen '{tag}'")


def _deeper(words: list[str], section: list[str]) -> bool:
    """Whether heading ``words`` are numbered under ``section`` ("3 4 1 …" under "3 4")."""
    return len(words) > len(section) and words[: len(section)] == section and \
        words[len(section)].isdigit()


def _mark(text: str) -> bool:
    """Whether a cell under a Ja or Nej column shows a mark or nothing: "X", "✓", a box."""
    shown = "".join(text.split()).casefold()
    return len(shown) <= 2 and not any(char.isdigit() for char in shown) or \
        shown in ("ja", "nej", "vald")


def _own(cell: etree._Element, paragraph: etree._Element) -> bool:
    """Whether ``paragraph`` stands in ``cell`` itself, not in a table inside it."""
    for ancestor in paragraph.iterancestors():
        if ancestor is cell:
            return True
        if ancestor.tag == f"{W}tbl":
            return False
    return False


# -- the whole form ----------------------------------------------------------------------------
