"""A national survey export (CSV or .xlsx): one row per region, one column per question,
read as one submission per region through the column mapping its pack declares
(``survey_export`` in ``pack.yaml``).

Columns are found on the question number at the start of their header, so "7a. Beskriv …",
"Fråga 7a" and "7A" are the same question and "7" is another; a question with several
columns (RSS 17 Ja, Nej, Ej svar) is told apart by the option that ends the header.
An empty cell is an unanswered question, never a pass. Every value is validated exactly as
in a YAML submission (``validate_submission``), each problem located at its row and column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from compliance.declared.form import ExportColumn, PackMeta, SurveyExport, question_key
from compliance.errors import InputError, Location
from compliance.formatting import cell_place, column_letters, format_number
from compliance.inputs.models import Submission
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.reading.files import read_input
from compliance.reading.tables import Bounds, formula_places, table_rows
from compliance.reading.text import ascii_digits, visible
from compliance.reading.values import timestamp_date
from compliance.reading.yamlload import Document, display_name

MAX_EXPORT_BYTES = 50 * 1024 * 1024
MAX_EXPORT_ROWS = 2_000  # 21 regions, or 290 municipalities, with room
MAX_EXPORT_COLUMNS = 1_024  # a web survey exports a column per question and option
# a cell whose value Excel computed: the file holds Excel's last result, which the tool
# does not recompute (issue 24), so the evidence says so
FORMULA_NOTE = " (formel: värdet som Excel sparade, inte omräknat)"
HEADER_SEARCH = 10  # rows above the header: a title, a date of export
MAX_CELL_CHARS = 40_000  # the longest free text the survey allows is 5 000 characters

# "7a. …", "Fråga 7a", "Fr. 7a", "RSS 17 …", "RSS fråga 17", "Fråga RSS 17": the number
# ends where the next character is no letter or digit ("7ab" and "71" are not "7")
_NUMBER = re.compile(r"^(?:fråga\s*(?:nr\.?\s*)?|fr\.?\s*|nr\.?\s*)?(?P<rss>rss\s*(?:fråga\s*)?)?"
                     r"(?P<number>\d{1,3}\s?[a-zåäö]?)(?![\wåäö])")


@dataclass(frozen=True)
class ExportTable:
    """The export's header and the rows below it that hold anything."""

    file: str
    sha256: str
    header_line: int
    headers: list[str]  # as written, invisible characters removed
    rows: list[tuple[int, list[Any]]]  # (row in the sheet, cells)
    formulas: frozenset[tuple[int, int]] = frozenset()  # (row, column) of formula results

    @cached_property
    def normal(self) -> list[str]:
        """The headers as compared: case folded, spaces collapsed, ASCII digits."""
        return [_normal(header) for header in self.headers]


@dataclass(frozen=True)
class ExportColumns:
    region: int  # 0-based index of each column
    survey: int | None
    answers: dict[str, int]  # answer key → column; optional columns that are absent left out
    what: dict[str, str]  # answer key → what its header is, "fråga 7a" or the header


def _normal(text: str) -> str:
    return " ".join(ascii_digits(visible(text)).casefold().split())


def read_table(path: Path, spec: SurveyExport) -> ExportTable:
    """The export's rows, bounded; its header is the first row (of the first few that hold
    anything) with a cell naming the region column, so title rows above it are skipped."""
    name = display_name(path)
    data = read_input(path, MAX_EXPORT_BYTES, name)
    bounds = Bounds(MAX_EXPORT_ROWS + HEADER_SEARCH, MAX_EXPORT_COLUMNS, MAX_CELL_CHARS)
    rows = [(line, cells) for line, cells in table_rows(data, name, path.suffix, bounds)
            if any(_text(cell) for cell in cells)]
    if not rows:
        raise InputError("exporten är tom (ingen rubrikrad)", Location(name, 1))
    wanted = {_normal(header).rstrip(":.") for header in spec.region}
    start = next((at for at, (_, cells) in enumerate(rows[:HEADER_SEARCH])
                  if any(_normal(_text(cell)).rstrip(":.") in wanted for cell in cells)), 0)
    header_line, header = rows[start]
    if len(rows) - start - 1 > MAX_EXPORT_ROWS:
        raise InputError(f"exporten har för många rader (över {MAX_EXPORT_ROWS})",
                         Location(name, rows[start + MAX_EXPORT_ROWS + 1][0]))
    return ExportTable(name, hashlib.sha256(data).hexdigest(), header_line,
                       [_text(cell) for cell in header], rows[start + 1:],
                       formula_places(data, name, path.suffix))


def _text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return visible(str(cell))


def _by_header(table: ExportTable, headers: list[str]) -> list[int]:
    wanted = {_normal(header).rstrip(":.") for header in headers}
    return [index for index, header in enumerate(table.normal)
            if header.rstrip(":.") in wanted]


def _by_question(table: ExportTable, question: str, option: str | None) -> list[int]:
    found = []
    for index, header in enumerate(table.normal):
        match = _NUMBER.match(header)
        if match is None or question_key((match["rss"] or "") + match["number"]) != \
                question_key(question):
            continue
        rest = header[match.end():]
        if option is None or re.search(rf"(?:^|[^\wåäö]){re.escape(_normal(option))}"
                                       r"[\s.:)]*$", rest):
            found.append(index)
    return found


def _one(table: ExportTable, found: list[int], what: str) -> int | None:
    if len(found) > 1:
        shown = " och ".join(f"{column_letters(i + 1)} ('{table.headers[i][:40]}')"
                             for i in found[:3])
        raise InputError(f"{what} finns i flera kolumner: {shown}; exporten ska ha en kolumn "
                         "per svar", Location(table.file, table.header_line, found[1] + 1))
    return found[0] if found else None


def map_columns(table: ExportTable, meta: PackMeta) -> ExportColumns:
    """Each answer's column, or a located error naming the question that is missing or
    found in more than one column."""
    spec = _spec(meta, table.file)
    where = Location(table.file, table.header_line)
    region = _one(table, _by_header(table, spec.region), "regionens namn")
    if region is None:
        raise InputError(f"kolumnen med regionens namn ({' / '.join(spec.region)}) saknas i "
                         "rubrikraden", where)
    survey = None
    if spec.survey is not None:
        survey = _one(table, _by_header(table, spec.survey.header), "enkätens namn")
        if survey is None:
            raise InputError(f"kolumnen med enkätens namn ({' / '.join(spec.survey.header)}) "
                             f"saknas i rubrikraden; exporten kan inte knytas till "
                             f"{spec.title}", where)
    answers: dict[str, int] = {}
    what: dict[str, str] = {}
    claimed = {region: "regionens namn"} | ({survey: "enkätens namn"} if survey is not None
                                            else {})
    for key, column in spec.columns.items():
        what[key] = _what(meta, key, column)
        found = _by_header(table, column.header)
        question = column.question or meta.form.answers[key].question
        if question is not None:
            found = sorted({*found, *_by_question(table, question, column.option)})
        index = _one(table, found, what[key])
        if index is None:
            if column.optional:
                continue
            title = meta.form.answers[key].title
            raise InputError(f"kolumnen för {what[key]} ({title}) saknas i rubrikraden", where)
        if index in claimed:
            raise InputError(f"kolumn {column_letters(index + 1)} ('{table.headers[index][:40]}')"
                             f" passar både {claimed[index]} och {what[key]}",
                             Location(table.file, table.header_line, index + 1))
        claimed[index] = what[key]
        answers[key] = index
    return ExportColumns(region, survey, answers, what)


def _spec(meta: PackMeta, file: str) -> SurveyExport:
    if meta.survey_export is None:
        raise InputError(f"paketet {meta.id} beskriver ingen enkätexport (survey_export i "
                         "pack.yaml)", Location(file))
    return meta.survey_export


def _what(meta: PackMeta, key: str, column: ExportColumn) -> str:
    question = column.question or meta.form.answers[key].question
    if question is None:
        return f"'{column.header[0]}'"
    return f"fråga {question}" + (f" ({column.option})" if column.option else "")


def survey_mismatch(table: ExportTable, meta: PackMeta) -> InputError | None:
    """Why the export answers another survey than ``meta``'s (another agreement or year),
    or None when every row names the pack's survey (or the pack names no survey column)."""
    spec = _spec(meta, table.file)
    if spec.survey is None:
        return None
    found = _one(table, _by_header(table, spec.survey.header), "enkätens namn")
    if found is None:
        return InputError(f"kolumnen med enkätens namn ({' / '.join(spec.survey.header)}) "
                          f"saknas; exporten kan inte knytas till {spec.title}",
                          Location(table.file, table.header_line))
    for line, cells in table.rows:
        name = _text(cells[found]) if found < len(cells) else ""
        if _normal(spec.survey.contains) not in _normal(name):
            return InputError(f"raden gäller enkäten '{name[:80]}', men paketet {meta.id} "
                              f"väntar '{spec.survey.contains}'",
                              Location(table.file, line, found + 1))
    return None


def export_submissions(table: ExportTable, meta: PackMeta) -> list[Submission | InputError]:
    """One submission per row, or the row's first problem, located at its cell."""
    mismatch = survey_mismatch(table, meta)
    if mismatch is not None:
        raise mismatch
    columns = map_columns(table, meta)
    results: list[Submission | InputError] = []
    seen: dict[str, int] = {}
    for line, cells in table.rows:
        try:
            submission = _row(table, meta, columns, line, cells)
        except InputError as exc:
            results.append(exc)
            continue
        first = seen.setdefault(_normal(submission.region), line)
        if first != line:
            results.append(InputError(f"regionen '{submission.region}' finns redan på rad "
                                      f"{first}; exporten ska ha en rad per region",
                                      Location(table.file, line, columns.region + 1)))
            continue
        results.append(submission)
    return results


def _row(table: ExportTable, meta: PackMeta, columns: ExportColumns, line: int,
         cells: list[Any]) -> Submission:
    def cell(index: int) -> Any:
        return cells[index] if index < len(cells) else None

    region = _text(cell(columns.region))
    if not region:
        raise InputError(f"raden har svar men inget regionnamn i kolumn "
                         f"{column_letters(columns.region + 1)}",
                         Location(table.file, line, columns.region + 1))
    answers = {}
    for key, index in columns.answers.items():
        kind = meta.form.answers[key].type
        if kind == "percent" and isinstance(cell(index), float) and 0 < cell(index) < 1:
            raise InputError(f"{cell_place(line, index + 1, columns.what[key])}: "
                             f"{str(cell(index)).replace('.', ',')} ser ut som en andel "
                             "formaterad som procent i Excel; frågan väntar procentsatsen "
                             f"({format_number(cell(index) * 100)})",
                             Location(table.file, line, index + 1))
        answers[key] = _value(kind, cell(index))
    positions: dict[tuple[str | int, ...], tuple[int, int]] = {
        (): (line, 1), ("pack",): (line, 1), ("region",): (line, columns.region + 1),
        ("answers",): (line, 1),
        **{("answers", key): (line, index + 1) for key, index in columns.answers.items()}}
    doc = Document(table.file, {"pack": meta.id, "region": region, "answers": answers},
                   positions, sha256=table.sha256)
    try:
        submission = validate_submission(doc, read_envelope(doc), meta.form, meta.period)
    except InputError as exc:
        where = exc.location
        found = next((k for k, i in columns.answers.items()
                      if where is not None and where.column == i + 1), None)
        if found is None or where is None or where.column is None:
            raise
        raise InputError(f"{cell_place(line, where.column, columns.what[found])}: "
                         f"{exc.message}",
                         where) from None
    found_at = {key: (Location(table.file, line, index + 1), columns.what[key])
                for key, index in columns.answers.items()}
    origins = {f"answers.{key}": f"{table.file}, {cell_place(line, index + 1, what)}"
               + (FORMULA_NOTE if (line, index + 1) in table.formulas else "")
               for key, index in columns.answers.items() for what in [columns.what[key]]}
    return replace(submission, found_at=found_at, origins=origins)


def _value(kind: str, cell: Any) -> Any:
    """A cell as a YAML submission would give the value: Excel's whole-number floats as
    integers, timestamps as their date, numbers in a text column as text."""
    if isinstance(cell, str):
        # a date-time's date, only when its time is a real one (issue 24): else the cell
        # as it stands, which validation refuses with its place
        stamp = timestamp_date(cell) if kind == "date" else None
        if kind == "percent" and visible(cell).endswith("%"):  # "65 %" as Excel shows it
            return visible(cell)[:-1]
        return stamp or cell
    if cell is None or isinstance(cell, bool):
        return ("ja" if cell else "nej") if isinstance(cell, bool) and kind == "yes_no" else cell
    if isinstance(cell, dt.datetime):
        return cell.date() if kind == "date" else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell if kind == "date" else cell.isoformat()
    if isinstance(cell, float) and cell.is_integer() and kind in ("number", "text"):
        cell = int(cell)
    if isinstance(cell, int | float) and kind == "text":
        return str(cell)
    return cell if isinstance(cell, int | float) else str(cell)
