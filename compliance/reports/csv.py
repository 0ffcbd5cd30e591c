"""Reports as CSV for Swedish Excel: semicolons, a UTF-8 byte order mark, Swedish headers
and decimal commas. The overview has one row per region and rule; a region's report one
row per piece of evidence, with the measured value, its threshold and unit."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from compliance.formatting import plain_number
from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.pieces import PIECE
from compliance.reports.target import Result, Target
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.verdict import Evidence, Measure, Report, Verdict

BOM = "\ufeff"  # without it Excel reads UTF-8 as Windows-1252 ("VÃ¤stmark")
# a payment decided by points (BUP) is a row of its own, Typ "poäng", with the points
OVERVIEW_HEADER = ["Regelpaket", "Region", "Regel", "Rubrik", "Typ", "Utfall", "Poäng",
                   "Av högst"]
REPORT_HEADER = ["Region", "Regelpaket", "Regel", "Rubrik", "Typ", "Utfall", "Underlag",
                 "Underlagets utfall", "Värde", "Krav", "Enhet", "Källa"]
# What makes a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab, CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: object) -> str:
    """One cell as a spreadsheet shows it: without control characters, and never a formula
    (a leading ``'`` makes it text, also after leading spaces that a spreadsheet trims)."""
    value = printable(str(text))
    return f"'{value}" if value.lstrip(" ").startswith(_FORMULA_START) else value


def _number(value: float | None) -> str:
    """A number with a decimal comma; a negative one is a number, not a formula."""
    return "" if value is None else plain_number(value)


def _verdict_cells(report: Report, verdict: Verdict) -> list[str]:
    return [_cell(report.region), _cell(report.pack_id), _cell(verdict.rule),
            _cell(verdict.title), verdict.severity.value, verdict.outcome.label]


def _evidence_rows(verdict: Verdict) -> list[list[str]]:
    rows = []
    for item in verdict.evidence or (None,):
        measures: tuple[Measure | None, ...] = (item.measures or (None,)) if item else (None,)
        for measure in measures:
            rows.append(_evidence_cells(item, measure))
    return rows


def _evidence_cells(item: Evidence | None, measure: Measure | None) -> list[str]:
    text = [_cell(item.text), item.outcome.label] if item else ["", ""]
    if measure is None:
        return [*text, "", "", ""]
    return [*text, _number(measure.value), phrases.threshold(measure),
            phrases.UNIT_SYMBOLS[measure.unit]]


def _report(report: Report) -> list[list[str]]:
    """A row per piece of evidence, then a row per caveat (Rubrik "Förbehåll", the text
    under Underlag): the assumptions, the money and who decides travel with the figures."""
    return [REPORT_HEADER, *([*_verdict_cells(report, verdict), *evidence,
                              _cell(verdict.source.citation())]
                             for verdict in report.verdicts
                             for evidence in _evidence_rows(verdict)),
            *([_cell(report.region), _cell(report.pack_id), "", phrases.CAVEATS, "", "",
               _cell(text), "", "", "", "", ""] for text in phrases.caveats(report))]


def _overview(overview: Overview) -> Iterator[list[str]]:
    """The rows one by one: 21 000 regions' are never held at once."""
    yield OVERVIEW_HEADER
    for pack_id, reports in overview.by_pack().items():
        if reports[0].unreviewed:  # before its regions, so that no one reads them unwarned
            yield [_cell(pack_id), "", "", _cell(phrases.unreviewed(reports[0].unreviewed)),
                   "", "", "", ""]
        yield from ([_cell(pack_id), "", "", _cell(text), "förbehåll", "", "", ""]
                    for text in phrases.pack_caveats(reports))
        for report in reports:
            head = [_cell(pack_id), _cell(report.region)]
            yield from ([*head, _cell(verdict.rule), _cell(verdict.title),
                         verdict.severity.value, verdict.outcome.label, "", ""]
                        for verdict in report.verdicts)
            yield from ([*head, _cell(line.payment), _cell(line.title), "poäng",
                         _cell(phrases.money_state(line)), _number(line.points),
                         _number(line.max_points)]
                        for line in report.money if line.graded)


STATUS_HEADER = ["Region", "Regelpaket", "Del", "Datum", "Åtagande", "Läge", "Regel"]


def _readiness(view: Readiness) -> list[list[str]]:
    """The timeline, then what villkor and krav lack ("Att göra"), one row each."""
    report = view.report
    head = [_cell(report.region), _cell(report.pack_id)]
    return [STATUS_HEADER,
            *([*head, "Tidslinje", item.date.isoformat(),
               _cell(item.title + (f" ({item.detail})" if item.detail else "")),
               _cell(phrases.readiness_state(item)), _cell(item.rule or "")]
              for item in view.timeline),
            *([*head, "Att göra", gap.due.isoformat() if gap.due else "", _cell(gap.text),
               gap.outcome.label, _cell(gap.rule)] for gap in view.missing)]


def pieces(result: Result, target: Target) -> Iterator[str]:
    """``render``'s text in pieces of some ``PIECE`` characters, written as the rows come."""
    rows = _report(result) if isinstance(result, Report) else \
        _overview(result) if isinstance(result, Overview) else \
        _readiness(result) if isinstance(result, Readiness) else []
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    yield BOM
    for row in rows:
        writer.writerow(row)
        if out.tell() >= PIECE:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def render(result: Result, target: Target) -> str:
    return "".join(pieces(result, target))
