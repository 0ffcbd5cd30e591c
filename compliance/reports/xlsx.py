"""Reports as an Excel workbook: a summary, one sheet per rule pack (the overview: regions
as rows, rules as columns, totals per region and per rule), the evidence with measured
values as numbers, and the sources. Each outcome is written in words and coloured; every
sheet's header row is frozen. Written with openpyxl in write-only mode, so 21 regions'
evidence streams to the file instead of building a workbook in memory."""

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
from compliance.results.verdict import Outcome, Report, Verdict

FILLS = {  # light fills that keep black text readable; the word is always there too
    Outcome.PASS: "C6EFCE", Outcome.FAIL: "FFC7CE", Outcome.MISSING: "FFEB9C",
    Outcome.PENDING: "DDEBF7", Outcome.WAIVED: "E4DFEC", Outcome.GRADED: "BDD7EE",
    Outcome.REVIEW: "F8CBAD",
}
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
Cell = Any  # an openpyxl cell, text, a number or nothing (openpyxl has no type hints)
Sheet = Any  # openpyxl's write-only worksheet


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

    def sheet(self, name: str, header: list[str]) -> Sheet:
        base = _SHEET_NAME.sub("-", printable(name))[:31] or "Blad"
        unique, n = base, 1
        while unique.lower() in self.names:
            n += 1
            unique = f"{base[:28]} ({n})"
        self.names.add(unique.lower())
        sheet = self.book.create_sheet(unique)
        sheet.freeze_panes = "A2"
        sheet.append([self.text(sheet, title, bold=True) for title in header])
        return sheet

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


def _verdicts_sheet(book: _Book, name: str, report: Report) -> None:
    sheet = book.sheet(name, ["Regel", "Rubrik", "Typ", "Utfall", "Sammanfattning"])
    for v in report.verdicts:
        sheet.append([book.text(sheet, v.rule), book.text(sheet, v.title), v.severity.value,
                      book.outcome(sheet, v.outcome), book.text(sheet, v.summary)])


def _matrix_sheet(book: _Book, pack_id: str, reports: list[Report]) -> None:
    """Regions as rows and rules as columns, totals per region at the right and per rule
    at the bottom."""
    rules, cells = matrix(reports)
    shown = [o for o in Outcome if any(r.counts()[o] for r in reports)]
    sheet = book.sheet(pack_id, ["Region", *rules, *shown])
    for report in reports:
        counts = report.counts()
        row: list[Cell] = [book.text(sheet, report.region)]
        row += [book.outcome(sheet, cells[report.region][rule]) if rule in
                cells[report.region] else None for rule in rules]
        sheet.append(row + [counts[o] for o in shown])
    totals = rule_counts(reports)
    for outcome in shown:
        sheet.append([book.text(sheet, f"Totalt {outcome.label}", bold=True),
                      *(len(totals[rule].get(outcome, ())) for rule in rules)])


def _evidence_rows(book: _Book, sheet: Sheet,
                   reports: Iterable[Report]) -> Iterator[list[Cell]]:
    for report in reports:
        for v in report.verdicts:
            for item in v.evidence:
                base: list[Cell] = [book.text(sheet, report.region), book.text(sheet, v.rule),
                                    book.text(sheet, item.text), book.outcome(sheet, item.outcome)]
                for measure in item.measures or (None,):
                    yield base + ([] if measure is None else [
                        measure.value, book.text(sheet, phrases.threshold(measure)),
                        phrases.UNIT_SYMBOLS[measure.unit]])


def _evidence_sheet(book: _Book, reports: list[Report]) -> None:
    sheet = book.sheet("Underlag", ["Region", "Regel", "Underlag", "Utfall", "Värde", "Krav",
                                    "Enhet"])
    for row in _evidence_rows(book, sheet, reports):
        sheet.append(row)


def _sources_sheet(book: _Book, reports: list[Report]) -> None:
    sheet = book.sheet("Källor", ["Regelpaket", "Regel", "Rubrik", "Källa", "Regelns plats"])
    seen: set[tuple[str, str]] = set()
    for report in reports:
        for v in report.verdicts:
            if (report.pack_id, v.rule) not in seen:
                seen.add((report.pack_id, v.rule))
                sheet.append([book.text(sheet, x) for x in (report.pack_id, v.rule, v.title,
                                                            v.source.citation(), v.location)])


def _summary_sheet(book: _Book, lines: list[tuple[str, object]]) -> None:
    sheet = book.sheet("Sammanfattning", ["Uppgift", "Värde"])
    for label, value in lines:
        sheet.append([book.text(sheet, label, bold=True),
                      value if isinstance(value, int) else book.text(sheet, value)])


def _caveats_sheet(book: _Book, reports: list[Report]) -> None:
    """Who decides, what the data is, whether the pack is checked, every assumption and the
    money: what must travel with the figures."""
    sheet = book.sheet(phrases.CAVEATS, ["Region", "Regelpaket", "Förbehåll"])
    for report in reports:
        for text in phrases.caveats(report):
            sheet.append([book.text(sheet, x) for x in (report.region, report.pack_id, text)])


def _blocking(verdicts: Iterable[Verdict]) -> str:
    return ", ".join(v.rule for v in verdicts if v.blocking) or "inga"


def _report(report: Report) -> bytes:
    book = _Book(report.as_of)
    counts = report.counts()
    _summary_sheet(book, [("Region", report.region),
                          ("Regelpaket", f"{report.pack_id} v{report.pack_version}"),
                          ("Bedömt per", report.as_of.isoformat()),
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
    _summary_sheet(book, [("Bedömt per", overview.as_of.isoformat()),
                          ("Inlämningar", len(overview.reports)),
                          ("Med villkor eller krav att åtgärda",
                           sum(1 for r in overview.reports if r.exit_code)),
                          *(("Fel", error) for error in overview.errors),
                          *((phrases.skipped(name, why), "") for name, why in overview.skipped)])
    for pack_id, reports in packs.items():
        _matrix_sheet(book, pack_id, reports)
    _evidence_sheet(book, overview.reports)
    _sources_sheet(book, overview.reports)
    _caveats_sheet(book, overview.reports)
    return book.bytes()


def render(result: Result, target: Target) -> bytes:
    if isinstance(result, Report):
        return _report(result)
    assert isinstance(result, Overview)
    return _overview(result)
