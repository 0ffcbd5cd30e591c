"""What one place of a Word form shows, as an answer: free text as a person reads it, or
Ja/Nej however it was entered – a drop-down, a legacy field, ticked check boxes with their
labels, typed text ("Ja.", "ja", "JA"). Two different answers shown in one place (typed
text beside a control that says otherwise) are an error naming both, never first-wins; a
prompt before the answer ("Svar:") is no answer."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from compliance.errors import InputError, Location
from compliance.inputs.docx_text import CHECKBOX, TYPED, Piece, Reader, join
from compliance.reading.text import label_words

_YES_NO: dict[tuple[str, ...], str] = {("ja",): "Ja", ("nej",): "Nej"}
# a box typed or drawn as a character: ticked or not
_GLYPHS = {"☒": True, "☑": True, "☐": False}
# a box drawn as a character, or typed in brackets: "[X] Ja [ ] Nej"
_GLYPH = re.compile(r"([☒☑☐]|\[\s*[xX✓✔]?\s*\])")


@dataclass(frozen=True)
class Cell:
    """What one place shows: its text, whether it is unanswered, and how it was entered."""

    text: str
    unanswered: bool
    date: Any = None  # a date picker's stored date
    how: tuple[str, ...] = ()



@dataclass(frozen=True)
class Place:
    """Where a value stands: an element, and its place in words ("tabell 11, rad 2")."""

    element: etree._Element
    where: str
    after_colon: bool = False  # a paragraph "Label: answer": the answer follows the colon
    controls_only: bool = False  # the label's own cell: only its controls and fields answer
    more: tuple[etree._Element, ...] = ()  # further paragraphs of the same answer
    # a yes/no question with a "Ja" and a "Nej" column: each answer and the row's cell
    # under it, where a mark ("X", "✓", a ticked box) chooses it
    choices: tuple[tuple[str, etree._Element], ...] = ()



def _after_colon(pieces: tuple[Piece, ...]) -> list[Piece]:
    for index, piece in enumerate(pieces):
        if ":" in piece.text:
            rest = piece.text.split(":", 1)[1]
            return [replace(piece, text=rest), *pieces[index + 1:]]
    return list(pieces)


def _glyph_boxes(pieces: list[Piece]) -> list[Piece]:
    """Check boxes typed or drawn as characters ("☒ Ja ☐ Nej") as check boxes."""
    out: list[Piece] = []
    for piece in _runs_joined(pieces):
        if piece.box is not None or piece.placeholder or not _GLYPH.search(piece.text):
            out.append(piece)
            continue
        for part in _GLYPH.split(piece.text):
            if part in _GLYPHS or _GLYPH.fullmatch(part):
                ticked = _GLYPHS.get(part, any(char not in "[] " for char in part))
                out.append(Piece(part, CHECKBOX, piece.group, box=ticked))
            elif part:
                out.append(Piece(part, piece.how, piece.group))
    return out


def _runs_joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of typed text from one source as one ("[", "X", "] Ja" as Word
    splits a run it edits), line ends kept apart."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if last is not None and piece.text != "\n" and last.text != "\n" and \
                (last.how, last.group, last.struck) == (piece.how, piece.group, piece.struck) \
                and \
                not (last.box is not None or piece.box is not None or last.placeholder or
                     piece.placeholder or last.date or piece.date):
            out[-1] = Piece(last.text + piece.text, last.how, last.group, struck=last.struck)
        else:
            out.append(piece)
    return out


def _box_votes(pieces: list[Piece]) -> tuple[list[tuple[str, str]], list[Piece]]:
    """The answers of ticked boxes, each read from its label – the words after the box, or
    before it when the place starts with words ("Ja ☐ Nej ☒") – and the pieces that are
    neither a box nor a box's label."""
    if not any(piece.box is not None for piece in pieces):
        return [], pieces
    lines: list[list[list[Piece]]] = [[]]  # per paragraph: boxes and stretches of text
    for piece in pieces:
        if piece.text == "\n":
            lines.append([])
        elif piece.box is not None or not lines[-1] or lines[-1][-1][0].box is not None:
            lines[-1].append([piece])
        else:
            lines[-1][-1].append(piece)
    items = [item for line in lines for item in line if item[0].box is not None or
             join(item)]
    after = bool(items) and items[0][0].box is not None
    votes: list[tuple[str, str]] = []
    labels: set[int] = set()
    for line in lines:
        for index, item in enumerate(line):
            box = item[0]
            if box.box is None:
                continue
            side = index + 1 if after else index - 1
            label = line[side] if 0 <= side < len(line) and line[side][0].box is None else []
            labels.add(id(label))
            if box.box:
                words = join(label)
                votes.append((_yes_no(words) or words or "Ja",
                              f"{box.how} '{box.text} {words}'".rstrip()))
    rest = [piece for line in lines for item in line if item[0].box is None and
            id(item) not in labels for piece in item]
    return votes, rest


def _segments(pieces: list[Piece]) -> list[list[Piece]]:
    """Pieces grouped by where they came from: one control, one field, or a stretch of
    typed text."""
    segments: list[list[Piece]] = []
    for piece in pieces:
        if piece.placeholder:
            continue
        last = segments[-1] if segments else None
        if last is not None and (last[0].how, last[0].group) == (piece.how, piece.group):
            last.append(piece)
        else:
            segments.append([piece])
    return segments


def _yes_no(text: str) -> str | None:
    return _YES_NO.get(tuple(label_words(text)))


def read_cell(reader: Reader, place: Place, yes_no: bool, what: str, name: str) -> Cell:
    """What ``place`` shows; a yes/no answer with two different answers is an error."""
    if place.choices:
        return _marked(reader, place, what, name)
    pieces = reader.pieces(place.element) + tuple(
        piece for element in place.more for piece in reader.pieces(element))
    shown = _after_colon(pieces) if place.after_colon else list(pieces)
    if place.controls_only:
        shown = [piece for piece in shown if piece.how != TYPED or piece.text == "\n"]
    if yes_no:  # an option struck through ("Ja / ~~Nej~~") is the one not chosen
        shown = [piece for piece in shown if not piece.struck]
    shown = _glyph_boxes(shown)
    text = join(shown)
    how = tuple(dict.fromkeys(p.how for p in shown if not p.placeholder and p.text.strip()))
    if not how and any(p.placeholder for p in shown):
        how = ("platshållare",)
    dates = {p.date for p in shown if p.date is not None}
    date = next(iter(dates)) if len(dates) == 1 else None
    if not yes_no:
        return Cell(text, not text or reader.is_filler(text), date, how)
    votes, rest = _box_votes(shown)
    other: list[str] = []
    segments = _segments(rest)
    for segment in segments:
        body = join(segment)
        answer = _yes_no(body)
        if answer is not None:
            votes.append((answer, f"{segment[0].how} '{body}'"))
        elif body and not (body.endswith(":") and segment is not segments[-1]):
            other.append(body)  # a prompt before the answer ("Svar:") is no answer
    distinct = list(dict.fromkeys(answer for answer, _ in votes))
    if len(distinct) > 1:
        shown_as = [next(desc for answer, desc in votes if answer == one) for one in distinct]
        raise InputError(f"{place.where}: två olika svar på samma ställe för {what}: "
                         f"{' och '.join(shown_as[:2])}; låt bara ett svar stå",
                         Location(name))
    if distinct and not other:
        return Cell(distinct[0], False, None, how)
    if not distinct and not other:
        return Cell("", True, None, how)
    return Cell(" ".join([*distinct, *other]), False, None, how)


def _marked(reader: Reader, place: Place, what: str, name: str) -> Cell:
    """A yes/no answer given by a mark under its "Ja" or "Nej" column; marks under both
    are an error, no mark is unanswered."""
    marked = []
    for answer, element in place.choices:
        shown = [piece for piece in _glyph_boxes(list(reader.pieces(element)))
                 if not piece.placeholder and (piece.text.strip() or piece.box is not None)]
        if any(piece.box is False for piece in shown) and not any(piece.box for piece in shown):
            continue  # an empty box is no mark
        if shown:
            marked.append((answer, join(shown) or "☒", tuple(p.how for p in shown)))
    if len(marked) > 1:
        raise InputError(f"{place.where}: två olika svar på samma ställe för {what}: "
                         + " och ".join(f"'{mark}' under {answer}"
                                        for answer, mark, _ in marked[:2])
                         + "; låt bara ett svar stå", Location(name))
    if not marked:
        return Cell("", True, None, ())
    answer, _, how = marked[0]
    return Cell(answer, False, None, tuple(dict.fromkeys(how)))
