"""A national survey export (CSV or .xlsx): one row per region, one column per question,
read as one submission per region through the column mapping its pack declares
(``survey_export`` in ``pack.yaml``; ``survey_columns.py`` finds the columns).

The table is the first visible sheet whose first rows hold the region column's header (a
summary sheet before it is passed over, a hidden sheet is never read); rows above the
header are titles, which may name the survey and year. An empty cell is an unanswered
question, never a pass; a row with more or fewer cells than the header is an error, never
a shift of its answers. Every value is validated exactly as in a YAML submission
(``validate_submission``), each problem located at its row and column.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from typing import Any

from compliance.declared.form import CANNOT_ESTIMATE, PackMeta, SurveyExport
from compliance.errors import InputError, Location
from compliance.formatting import cell_place, column_letters, format_number
from compliance.inputs.models import Submission
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.inputs.survey_columns import (
    ExportColumns,
    ExportTable,
    by_header,
    cell_text,
    map_columns,
    normal,
    numbered,
    one,
    spec_of,
)
from compliance.reading.files import Input, read_input
from compliance.reading.limits import MAX_SAID
from compliance.reading.regions import latin_spelling, look_alike_problem, region_name
from compliance.reading.tables import Bounds, Sheet, table_sheets
from compliance.reading.text import visible
from compliance.reading.values import AmbiguousDate, written_date
from compliance.reading.yamlload import Document, display_name

__all__ = ["ExportTable", "map_columns", "read_table", "export_submissions",
           "survey_mismatch", "DuplicateRegion", "RowError"]

MAX_EXPORT_BYTES = 50 * 1024 * 1024
MAX_EXPORT_ROWS = 2_000  # 21 regions, or 290 municipalities, with room
MAX_EXPORT_COLUMNS = 1_024  # a web survey exports a column per question and option
HEADER_SEARCH = 10  # rows above the header: a title, a date of export
# a cell whose value Excel computed: the file holds Excel's last result, which the tool
# does not recompute, so the evidence says so
FORMULA_NOTE = " (formel: värdet som Excel sparade, inte omräknat)"
MAX_CELL_CHARS = 40_000  # the longest free text the survey allows is 5 000 characters

EXCEL_DAYS = (36_526, 73_051)  # Excel's day numbers of 2000-01-01 and 2100-01-01
_LONG_QUESTION = {"fråga", "frågenummer", "fråga nr", "frågenr", "question"}
_LONG_ANSWER = {"svar", "värde", "answer", "value"}
_SEPARATOR_HINT = re.compile(r"sep=.?", re.IGNORECASE)  # Excel's "sep=;" line: no title
_TICKED = {"x", "ja", "1", "vald", "markerad", "sant", "true", CANNOT_ESTIMATE}
_UNTICKED = {"", "nej", "0", "falskt", "false", "-"}


class RowError(InputError):
    """A row's problem with the region the row names, as a person reads the name (None
    when it names none): asked for one region, the report is its row's problem, whatever
    the message says."""

    def __init__(self, error: InputError, region: str | None) -> None:
        super().__init__(error.message, error.location)
        self.error = error
        self.region = region

    def __reduce__(self) -> tuple[type[RowError], tuple[InputError, str | None]]:  # type: ignore[override]
        return type(self), (self.error, self.region)

    @property
    def all(self) -> tuple[InputError, ...]:
        return self.error.all

    def __str__(self) -> str:
        return str(self.error)


class DuplicateRegion(RowError):
    """A second row for a region: an error in every mode, also for one region's report."""


def read_table(path: Input, spec: SurveyExport) -> ExportTable:
    """The export's rows, bounded, from its first table whose first few rows hold a cell
    naming the region column and a question's column: that row is the header, the rows
    above it are titles. A summary sheet with a region column but no questions is passed
    over when a later sheet has both."""
    name = display_name(path)
    data = read_input(path, MAX_EXPORT_BYTES, name)
    bounds = Bounds(MAX_EXPORT_ROWS + HEADER_SEARCH, MAX_EXPORT_COLUMNS, MAX_CELL_CHARS)
    tables = table_sheets(data, name, path.suffix, bounds, details=True)
    wanted = {normal(header).rstrip(":.") for header in spec.region}
    Found = tuple[Sheet, list[tuple[int, list[Any]]], int]
    chosen: Found | None = None
    fallback: Found | None = None
    for sheet in tables.sheets:
        rows = [(line, cells) for line, cells in sheet.rows
                if any(cell_text(cell) for cell in cells)]
        start = next((at for at, (_, cells) in enumerate(rows[:HEADER_SEARCH])
                      if any(normal(cell_text(cell)).rstrip(":.") in wanted
                             for cell in cells)), None)
        if start is not None and any(numbered(cell_text(cell)) for cell in rows[start][1]):
            chosen = (sheet, rows, start)
            break
        if (fallback is None or fallback[2] < 0) and start is not None:
            fallback = (sheet, rows, start)
        elif fallback is None and rows:  # no header anywhere: the first table's first row
            fallback = (sheet, rows, -1)
    if chosen is None and fallback is not None:
        chosen = fallback[:2] + (max(fallback[2], 0),)
    if chosen is None:
        raise InputError("exporten är tom (ingen rubrikrad)", Location(name, 1))
    sheet, rows, start = chosen
    header_line, header = rows[start]
    if len(rows) - start - 1 > MAX_EXPORT_ROWS:
        raise InputError(f"exporten har för många rader (över {MAX_EXPORT_ROWS})",
                         Location(name, rows[start + MAX_EXPORT_ROWS + 1][0]))
    titles = tuple((line, text) for line, cells in rows[:start]
                   if not _SEPARATOR_HINT.fullmatch(
                       text := " ".join(cell_text(cell) for cell in cells if cell_text(cell))))
    headers = [cell_text(cell) for cell in header]
    _refuse_long(headers, name, header_line)
    body = rows[start + 1:]
    if body and _sub_header(headers, body[0][1], wanted):
        headers = _joined(headers, [cell_text(cell) for cell in body[0][1]])
        body = body[1:]
    return ExportTable(name, hashlib.sha256(data).hexdigest(), header_line, headers, body,
                       sheet.name, tuple(tables.hidden), sheet.percent, titles,
                       path.suffix.lower() != ".xlsx", sheet.formulas)


def _refuse_long(headers: list[str], name: str, line: int) -> None:
    """An export with a row per answer (a "Fråga" and a "Svar" column, no question's own
    column) is refused in words that say so, not as a missing column."""
    named = {normal(header).rstrip(":.") for header in headers}
    if any(numbered(header) for header in headers) or not (named & _LONG_QUESTION and
                                                           named & _LONG_ANSWER):
        return
    raise InputError("exporten har en rad per svar (kolumnerna för fråga och svar); "
                     "verktyget läser en rad per region med en kolumn per fråga – exportera "
                     "enkäten med frågorna som kolumner", Location(name, line))


def _sub_header(headers: list[str], cells: list[Any], region: set[str]) -> bool:
    """Whether the row under the header is a second header row: a question's header
    merged over its columns (or written once above them) with each column's sub-field
    under it ("Andel i procent", "Andelen kan inte uppskattas", "Kommentar"). It names no
    region, holds only words, and has words under a blank header cell."""
    texts = [cell_text(cell) for cell in cells]
    at = next((i for i, head in enumerate(headers) if normal(head).rstrip(":.") in region), 0)
    if at < len(texts) and texts[at]:
        return False
    if any(not isinstance(cell, str) or _looks_like_value(cell_text(cell))
           for cell in cells if cell_text(cell)):
        return False
    return any(text and (i >= len(headers) or not headers[i]) for i, text in enumerate(texts))


def _looks_like_value(text: str) -> bool:
    return re.fullmatch(r"[\d\s.,:%/-]+", text) is not None


def _joined(top: list[str], sub: list[str]) -> list[str]:
    """Two header rows as one: a blank top cell over a sub-field continues the header on
    its left (a merged cell), each sub-field written after its question's header."""
    out = []
    carried = ""
    for index in range(max(len(top), len(sub))):
        head = top[index] if index < len(top) else ""
        field = sub[index] if index < len(sub) else ""
        carried = head or (carried if field else "")
        out.append(f"{carried} – {field}" if carried and field else carried or field)
    return out


def reading_note(table: ExportTable) -> str | None:
    """What the export says of itself in its title rows, in its words (an example export
    says there that its figures are illustrative or its texts summaries), then which
    sheet was read and which hidden ones were not."""
    said = " / ".join(text for _, text in table.titles if text)
    parts = [f"Exportens rubrik: \"{said[:MAX_SAID]}\""] if said else []
    if table.sheet is not None:
        hidden = f"; dolda blad lästes inte: {', '.join(table.hidden)}" if table.hidden else ""
        parts.append(f"{table.file}: bladet '{table.sheet}' lästes "
                     f"(rubrikrad {table.header_line}){hidden}")
    return "; ".join(parts) or None


def survey_mismatch(table: ExportTable, meta: PackMeta) -> InputError | None:
    """Why the export answers another survey than ``meta``'s (another agreement or year),
    or None when every row names the pack's survey. Without a survey column a title row
    above the header may name it; with neither, the pack named with --pack decides."""
    spec = spec_of(meta, table.file)
    if spec.survey is None:
        return None
    found = one(table, by_header(table, spec.survey.header), "enkätens namn")
    if found is None:
        return _title_mismatch(table, meta, spec.survey.contains)
    for line, cells in table.rows:
        name = cell_text(cells[found]) if found < len(cells) else ""
        if normal(spec.survey.contains) not in normal(name):
            return InputError(f"raden gäller enkäten '{name[:80]}', men paketet {meta.id} "
                              f"väntar '{spec.survey.contains}'",
                              Location(table.file, line, found + 1))
    return None


def _title_mismatch(table: ExportTable, meta: PackMeta, contains: str) -> InputError | None:
    """A title row naming the survey of another year; None when a title names this one,
    or none names a year of the survey."""
    wanted = normal(contains)
    if any(wanted in normal(text) for _, text in table.titles):
        return None
    stem = re.sub(r"\s*\d{4}$", "", wanted)
    for line, text in table.titles:
        other = re.search(rf"{re.escape(stem)}\s*(\d{{4}})", normal(text)) if stem else None
        if other is not None:
            return InputError(f"rubriken '{text[:80]}' gäller enkäten för {other.group(1)}, "
                              f"men paketet {meta.id} väntar '{contains}'",
                              Location(table.file, line))
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
            _width(table, line, cells)
            submission = _row(table, meta, columns, line, cells)
        except InputError as exc:
            written = cell_text(cells[columns.region]) if columns.region < len(cells) else ""
            results.append(RowError(exc, region_name(latin_spelling(written))
                                    if written else None))
            continue
        first = seen.setdefault(normal(submission.region), line)
        if first != line:
            results.append(DuplicateRegion(InputError(
                f"regionen '{submission.region}' finns redan på rad {first}; exporten ska ha "
                "en rad per region", Location(table.file, line, columns.region + 1)),
                submission.region))
            continue
        results.append(submission)
    return results


def _width(table: ExportTable, line: int, cells: list[Any]) -> None:
    """A row as wide as the header: a CSV row with a cell too few or too many would put
    every later answer under another question."""
    width = len(table.headers)
    extra = [i for i in range(width, len(cells)) if cell_text(cells[i])]
    if extra:
        raise InputError(f"raden har {len(cells)} celler men rubrikraden {width}; cellen i "
                         f"kolumn {column_letters(extra[0] + 1)} har ingen rubrik, så svaren "
                         "kan ha hamnat under fel fråga", Location(table.file, line, extra[0] + 1))
    if table.csv and len(cells) < width:
        raise InputError(f"raden har {len(cells)} celler men rubrikraden {width}; en cell "
                         "saknas, så svaren kan ha hamnat under fel fråga",
                         Location(table.file, line, len(cells) + 1))


def _row(table: ExportTable, meta: PackMeta, columns: ExportColumns, line: int,
         cells: list[Any]) -> Submission:
    def cell(index: int) -> Any:
        return cells[index] if index < len(cells) else None

    written = cell_text(cell(columns.region))
    if not written:
        raise InputError(f"raden har svar men inget regionnamn i kolumn "
                         f"{column_letters(columns.region + 1)}",
                         Location(table.file, line, columns.region + 1))
    problem = look_alike_problem(written)
    if problem is not None:
        raise InputError(problem, Location(table.file, line, columns.region + 1))
    region = region_name(written)
    answers = {}
    for key, index in columns.answers.items():
        kind = meta.form.answers[key].type
        value = cell(index)
        if kind == "percent" and (line, index + 1) in table.percent and \
                isinstance(value, int | float) and not isinstance(value, bool):
            value = round(value * 100, 10)  # the percent Excel shows: 1.0 is 100 %
        elif kind == "percent" and isinstance(value, float) and 0 < value < 1:
            raise InputError(f"{cell_place(line, index + 1, columns.what[key])}: "
                             f"{str(value).replace('.', ',')} ser ut som en andel "
                             "formaterad som procent i Excel; frågan väntar procentsatsen "
                             f"({format_number(value * 100)})",
                             Location(table.file, line, index + 1))
        if kind == "date" and isinstance(value, int | float) and not isinstance(value, bool) \
                and EXCEL_DAYS[0] <= value < EXCEL_DAYS[1]:
            day = dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
            raise InputError(f"{cell_place(line, index + 1, columns.what[key])}: "
                             f"{format_number(value)} ser ut som ett datum i Excel "
                             f"({day.isoformat()}) utan datumformat; formatera cellen som "
                             "datum eller skriv ÅÅÅÅ-MM-DD", Location(table.file, line, index + 1))
        try:
            answers[key] = _value(kind, value)
        except AmbiguousDate as exc:
            raise InputError(f"{cell_place(line, index + 1, columns.what[key])}: {exc}",
                             Location(table.file, line, index + 1)) from None
        if key in columns.cannot_estimate:
            answers[key] = _estimate(table, meta, columns, key, line, cell, answers[key])
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
    sheet = f"bladet '{table.sheet}', " if table.sheet else ""
    found_at = {key: (Location(table.file, line, index + 1), columns.what[key])
                for key, index in columns.answers.items()}
    origins = {f"answers.{key}": f"{table.file}, {sheet}{cell_place(line, index + 1, what)}"
               + (FORMULA_NOTE if (line, index + 1) in table.formulas else "")
               for key, index in columns.answers.items() for what in [columns.what[key]]}
    if written != region:
        origins["region"] = f"{table.file}, {sheet}rad {line}: '{written}'"
    return replace(submission, found_at=found_at, origins=origins, note=reading_note(table))


def _estimate(table: ExportTable, meta: PackMeta, columns: ExportColumns, key: str, line: int,
              cell: Any, value: Any) -> Any:
    """The answer with the question's "kan inte uppskattas" box read: ticked beside an
    empty value, the option; ticked beside a value, an error naming both cells."""
    index = columns.cannot_estimate[key]
    box = normal(cell_text(cell(index))).rstrip(".")
    label = meta.form.answers[key].cannot_estimate or CANNOT_ESTIMATE
    if box in _UNTICKED:
        return value
    if box not in _TICKED and box != normal(label):
        raise InputError(f"{cell_place(line, index + 1, columns.what[key])}: "
                         f"'{cell_text(cell(index))[:40]}' i kolumnen '{label}'; väntade en "
                         "markering (x, Ja, 1) eller en tom cell",
                         Location(table.file, line, index + 1))
    if value is not None and cell_text(value):
        value_at = columns.answers[key]
        raise InputError(f"{cell_place(line, value_at + 1, columns.what[key])}: både ett "
                         f"värde ({cell_text(value)[:40]}) och '{label}' (kolumn "
                         f"{column_letters(index + 1)}) är angivna; frågan har ett av dem",
                         Location(table.file, line, value_at + 1))
    return CANNOT_ESTIMATE


def _value(kind: str, cell: Any) -> Any:
    """A cell as a YAML submission would give the value: Excel's whole-number floats as
    integers, timestamps as their date, numbers in a text column as text."""
    if isinstance(cell, str):
        # a date as tools write it (a date-time's date only when its time is a real one):
        # else the cell as it stands, which validation refuses with its place
        stamp = written_date(cell) if kind == "date" else None
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
