"""Reports as an Excel workbook ready to filter and sum: a summary, one sheet per rule
pack (the overview: regions as rows, rules as columns headed by their titles with the id
beside, totals per region at the right and per rule below the data), a sheet per region
in a folder run, the evidence with measured values as numbers, the caveats and
assumptions, and the sources. Every table has its header row frozen, an autofilter over
its data (never over its totals) and column widths; dates are dates and numbers numbers,
in formats Swedish Excel shows as "2024-09-30" and "93,1". Each outcome is written in words
and coloured. Written with openpyxl in write-only mode, so 21 regions' evidence streams to
the file instead of building a workbook in memory."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.overview import Overview, matrix, rule_counts
from compliance.results.readiness import Readiness
from compliance.results.verdict import Outcome, Report, Verdict

FILLS = {  # light fills that keep black text readable; the word is always there too
    Outcome.PASS: "C6EFCE", Outcome.FAIL: "FFC7CE", Outcome.MISSING: "FFEB9C",
    Outcome.PENDING: "DDEBF7", Outcome.WAIVED: "E4DFEC", Outcome.GRADED: "BDD7EE",
    Outcome.REVIEW: "F8CBAD",
}
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
Cell = Any  # an openpyxl cell, text, a number or nothing (openpyxl has no type hints)
Sheet = Any  # openpyxl's write-only worksheet
Column = tuple[str, int]  # a header and its width in characters
DATE_FORMAT = "yyyy-mm-dd"  # ISO dates, as Swedish Excel writes them
NUMBER_FORMAT = "#,##0.0##"  # Excel shows it with the reader's separators: 7 598 684,5


class _Book:
    """A write-only workbook whose sheets have unique, valid names and frozen headers."""

    def __init__(self, when: dt.date) -> None:
        # imported here: openpyxl takes a noticeable part of a second to import, and only
        # this format needs it
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font, PatternFill

        self.cell, self.bold = WriteOnlyCell, Font(bold=True)
        self.fills = {o: PatternFill("solid", start_color=c, end_color=c)
                      for o, c in FILLS.items()}
        self.book = Workbook(write_only=True)
        moment = dt.datetime.combine(when, dt.time())  # the same report, the same bytes
        self.book.properties.created = self.book.properties.modified = moment
        self.names: set[str] = set()

    def sheet(self, name: str, columns: list[Column]) -> Sheet:
        """A sheet with ``columns``' header row frozen and their widths set (write-only
        mode writes widths before the first row, so they are known up front)."""
        from openpyxl.utils import get_column_letter

        base = _SHEET_NAME.sub("-", printable(name))[:31] or "Blad"
        unique, n = base, 1
        while unique.lower() in self.names:
            n += 1
            unique = f"{base[:28]} ({n})"
        self.names.add(unique.lower())
        sheet = self.book.create_sheet(unique)
        sheet.freeze_panes = "A2"
        for index, (_, width) in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.append([self.text(sheet, title, bold=True) for title, _ in columns])
        sheet.rows_written = 1
        return sheet

    def row(self, sheet: Sheet, cells: list[Cell]) -> None:
        sheet.append(cells)
        sheet.rows_written += 1

    @staticmethod
    def filter(sheet: Sheet, width: int) -> None:
        """An autofilter over the header and the data rows written so far."""
        from openpyxl.utils import get_column_letter

        sheet.auto_filter.ref = f"A1:{get_column_letter(max(width, 1))}{sheet.rows_written}"

    def date(self, sheet: Sheet, value: dt.date | None) -> Cell:
        if value is None:
            return None
        cell = self.cell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell

    def number(self, sheet: Sheet, value: float | None) -> Cell:
        if value is None:
            return None
        cell = self.cell(sheet, value=value)
        cell.number_format = "0" if isinstance(value, int) else NUMBER_FORMAT
        return cell

    def text(self, sheet: Sheet, value: object, bold: bool = False) -> Cell:
        """A text cell; never a formula, whatever the text starts with."""
        cell = self.cell(sheet, value=printable(str(value)))
        cell.data_type = "s"
        if bold:
            cell.font = self.bold
        return cell

    def outcome(self, sheet: Sheet, outcome: Outcome) -> Cell:
        cell = self.cell(sheet, value=outcome.label)
        cell.fill = self.fills[outcome]
        return cell

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.book.save(out)
        return out.getvalue()


_VERDICT_COLUMNS = [("Regel", 34), ("Rubrik", 60), ("Typ", 10), ("Utfall", 14),
                    ("Sammanfattning", 80)]


def _verdicts_sheet(book: _Book, name: str, report: Report) -> None:
    sheet = book.sheet(name, _VERDICT_COLUMNS)
    for v in report.verdicts:
        book.row(sheet, [book.text(sheet, v.rule), book.text(sheet, v.title), v.severity.value,
                         book.outcome(sheet, v.outcome), book.text(sheet, v.summary)])
    book.filter(sheet, len(_VERDICT_COLUMNS))


def _matrix_sheet(book: _Book, pack_id: str, reports: list[Report]) -> None:
    """Regions as rows and rules as columns (headed "title (id)"), totals per region at
    the right; the totals per rule below the data, after an empty row and outside the
    filter, so that sorting or filtering the regions never moves them."""
    rules, cells = matrix(reports)
    titles = {v.rule: v.title for v in reports[0].verdicts}
    shown = [o for o in Outcome if any(r.counts()[o] for r in reports)]
    columns = [("Region", 28), *((f"{titles[rule]} ({rule})", 22) for rule in rules),
               *((f"Antal {o.label}", 12) for o in shown)]
    sheet = book.sheet(pack_id, columns)
    for report in reports:
        counts = report.counts()
        row: list[Cell] = [book.text(sheet, report.region)]
        row += [book.outcome(sheet, cells[report.region][rule]) if rule in
                cells[report.region] else None for rule in rules]
        book.row(sheet, row + [counts[o] for o in shown])
    book.filter(sheet, len(columns))
    totals = rule_counts(reports)
    book.row(sheet, [])
    for outcome in shown:
        book.row(sheet, [book.text(sheet, f"Totalt {outcome.label}", bold=True),
                         *(len(totals[rule].get(outcome, ())) for rule in rules)])


_EVIDENCE_COLUMNS = [("Region", 28), ("Regel", 34), ("Underlag", 80), ("Utfall", 14),
                     ("Värde", 12), ("Krav", 12), ("Enhet", 8)]


def _evidence_rows(book: _Book, sheet: Sheet,
                   reports: Iterable[Report]) -> Iterator[list[Cell]]:
    for report in reports:
        for v in report.verdicts:
            for item in v.evidence:
                base: list[Cell] = [book.text(sheet, report.region), book.text(sheet, v.rule),
                                    book.text(sheet, item.text), book.outcome(sheet, item.outcome)]
                for measure in item.measures or (None,):
                    yield base + ([] if measure is None else [
                        book.number(sheet, measure.value),
                        book.text(sheet, phrases.threshold(measure)),
                        phrases.UNIT_SYMBOLS[measure.unit]])


def _evidence_sheet(book: _Book, reports: list[Report]) -> None:
    sheet = book.sheet("Underlag", _EVIDENCE_COLUMNS)
    for row in _evidence_rows(book, sheet, reports):
        book.row(sheet, row)
    book.filter(sheet, len(_EVIDENCE_COLUMNS))


def _sources_sheet(book: _Book, reports: list[Report]) -> None:
    columns = [("Regelpaket", 26), ("Regel", 34), ("Rubrik", 60), ("Källa", 60),
               ("Regelns plats", 50)]
    sheet = book.sheet("Källor", columns)
    seen: set[tuple[str, str]] = set()
    for report in reports:
        for v in report.verdicts:
            if (report.pack_id, v.rule) not in seen:
                seen.add((report.pack_id, v.rule))
                book.row(sheet, [book.text(sheet, x) for x in (report.pack_id, v.rule, v.title,
                                                               v.source.citation(), v.location)])
    book.filter(sheet, len(columns))


def _summary_sheet(book: _Book, lines: list[tuple[str, object]]) -> None:
    sheet = book.sheet("Sammanfattning", [("Uppgift", 40), ("Värde", 80)])
    for label, value in lines:
        cell = book.number(sheet, value) if isinstance(value, int) else \
            book.date(sheet, value) if isinstance(value, dt.date) else book.text(sheet, value)
        book.row(sheet, [book.text(sheet, label, bold=True), cell])


def _caveats_sheet(book: _Book, reports: list[Report]) -> None:
    """Who decides, what the data is, whether the pack is checked, every assumption and the
    money: what must travel with the figures."""
    columns = [("Region", 30), ("Regelpaket", 26), ("Förbehåll", 110)]
    sheet = book.sheet(phrases.CAVEATS, columns)
    for report in reports:
        for text in phrases.caveats(report):
            book.row(sheet, [book.text(sheet, x) for x in (report.region, report.pack_id, text)])
    book.filter(sheet, len(columns))


def _blocking(verdicts: Iterable[Verdict]) -> str:
    return ", ".join(v.rule for v in verdicts if v.blocking) or "inga"


def _report(report: Report) -> bytes:
    book = _Book(report.as_of)
    counts = report.counts()
    _summary_sheet(book, [("Region", report.region),
                          ("Regelpaket", f"{report.pack_id} v{report.pack_version}"),
                          ("Bedömt per", report.as_of),
                          *((o.label, counts[o]) for o in Outcome),
                          ("Villkor och krav att åtgärda", _blocking(report.verdicts)),
                          *((phrases.AUDIT, phrases.audit_summary(report)),)])
    _verdicts_sheet(book, report.pack_id, report)
    _evidence_sheet(book, [report])
    _sources_sheet(book, [report])
    _caveats_sheet(book, [report])
    return book.bytes()


def _overview(overview: Overview) -> bytes:
    book = _Book(overview.as_of)
    packs = overview.by_pack()
    _summary_sheet(book, [("Bedömt per", overview.as_of),
                          ("Inlämningar", len(overview.reports)),
                          ("Med villkor eller krav att åtgärda",
                           sum(1 for r in overview.reports if r.exit_code)),
                          *(("Fel", error) for error in overview.errors),
                          *((phrases.skipped(name, why), "") for name, why in overview.skipped)])
    for pack_id, reports in packs.items():
        _matrix_sheet(book, pack_id, reports)
    for report in overview.reports:  # a sheet per region, named for it
        _verdicts_sheet(book, report.region, report)
    _evidence_sheet(book, overview.reports)
    _sources_sheet(book, overview.reports)
    _caveats_sheet(book, overview.reports)
    return book.bytes()


def _readiness(view: Readiness) -> bytes:
    """The strategist's timeline with real dates, and what villkor and krav lack."""
    book = _Book(view.report.as_of)
    columns = [("Datum", 12), ("Åtagande", 70), ("Läge", 28), ("Regel", 34)]
    sheet = book.sheet("Tidslinje", columns)
    for item in view.timeline:
        detail = f" ({item.detail})" if item.detail else ""
        book.row(sheet, [book.date(sheet, item.date), book.text(sheet, item.title + detail),
                         book.text(sheet, phrases.readiness_state(item)),
                         book.text(sheet, item.rule or "")])
    book.filter(sheet, len(columns))
    todo_columns = [("Senast", 12), ("Regel", 34), ("Vad som saknas", 90), ("Utfall", 14)]
    todo = book.sheet("Att göra", todo_columns)
    for gap in view.missing:
        book.row(todo, [book.date(todo, gap.due), book.text(todo, gap.rule),
                        book.text(todo, gap.text), book.outcome(todo, gap.outcome)])
    book.filter(todo, len(todo_columns))
    _caveats_sheet(book, [view.report])
    return book.bytes()


def render(result: Result, target: Target) -> bytes:
    if isinstance(result, Report):
        return _report(result)
    if isinstance(result, Readiness):
        return _readiness(result)
    assert isinstance(result, Overview)
    return _overview(result)
