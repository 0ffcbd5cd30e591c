"""Every reporter shows every rule's own outcome. The expected outcome is the verdict the
engine returned (the ``Report``), never read back from the output under test, so a
reporter that printed "uppfyllt" for every rule fails here: for the terminal, Markdown,
CSV, xlsx and JUnit, for one region and for the national overview."""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from helpers import FIXTURES, csv_rows
from openpyxl import load_workbook

from compliance.reports import phrases
from compliance.reports.formats import FORMATS
from compliance.reports.target import Target
from compliance.reports.xlsx import FILLS
from compliance.results.overview import Overview, matrix
from compliance.results.verdict import Outcome, Report, Severity
from compliance.workspace.workspace import Workspace

AS_OF = dt.date(2025, 6, 1)
WIDE = Target(200)


def _reports() -> list[Report]:
    """Reports that together hold every outcome: the examples judged in June 2025 (pass,
    fail, missing, points, for review), Halland 2024 in August 2024 (pending) and
    Nordmark with its waivers (waived)."""
    reports = [Workspace(AS_OF).check_document(path)
               for path in sorted(FIXTURES.glob("region-*.yaml"))]
    reports.append(Workspace(dt.date(2024, 8, 1)).check_document(
        FIXTURES / "region-halland-2024.yaml"))
    reports.append(Workspace(AS_OF, waivers=FIXTURES / "undantag-nordmark-2024.yaml")
                   .check_document(FIXTURES / "region-nordmark-2024.yaml"))
    return reports


REPORTS = _reports()


def test_the_examples_hold_every_outcome_and_a_failing_goal() -> None:
    """Otherwise the tests below would not try every outcome's rendering."""
    seen = {v.outcome for r in REPORTS for v in r.verdicts}
    assert seen == set(Outcome), set(Outcome) - seen
    assert any(v.outcome is Outcome.FAIL and v.severity is Severity.MAL
               for r in REPORTS for v in r.verdicts)


@pytest.fixture(scope="module")
def overview() -> Overview:
    return Workspace(AS_OF).check(FIXTURES)


def _text(name: str, result: Report | Overview) -> str:
    text = FORMATS[name].render(result, WIDE)
    assert isinstance(text, str)
    return text


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: f"{r.region}-{r.as_of}")
def test_terminal_region(report: Report) -> None:
    lines = _text("text", report).splitlines()
    for v in report.verdicts:
        assert f"{v.outcome.label} · {v.severity.value} · {v.rule}" in lines, v.rule
    blocking = [line.split() for line in lines if line.startswith("  ") and
                any(line.endswith(f" {v.rule}") for v in report.verdicts)]
    assert len(blocking) == sum(v.blocking for v in report.verdicts)


def test_terminal_overview(overview: Overview) -> None:
    lines = _text("text", overview).splitlines()
    for pack_id, reports in overview.by_pack().items():
        shown = [o for o in Outcome if any(r.counts()[o] for r in reports)]
        section = lines[next(i for i, line in enumerate(lines)
                             if line.startswith(f"{pack_id}: ")):]
        for report in reports:  # regions as rows: the counts per outcome, then to fix
            row = next(line for line in section if line.startswith(report.region + " "))
            numbers = [int(n) for n in row[len(report.region):].split()]
            assert numbers == [report.counts()[o] for o in shown] + \
                [sum(v.blocking for v in report.verdicts)], (report.region, row)
        rules, cells = matrix(reports)
        for rule in rules:  # totals per rule, and the regions not passing named
            start = section.index(f"  {rule} ({reports[0].verdicts[rules.index(rule)].severity})")
            end = next(i for i in range(start + 1, len(section) + 1)
                       if i == len(section) or not section[i].startswith("    "))
            block = "\n".join(section[start + 1:end])
            counts = Counter(row[rule] for row in cells.values())
            for outcome, n in counts.items():
                assert re.search(rf"(?<!\d){n} {outcome.label}\b", block), (rule, block)
                if outcome is not Outcome.PASS:
                    names = [r for r, row in cells.items() if row[rule] is outcome]
                    assert f"{outcome.label}: {', '.join(names)}" in block, (rule, block)


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: f"{r.region}-{r.as_of}")
def test_markdown(report: Report) -> None:
    text = _text("markdown", report)
    rows = {line.split(" | ")[0].strip("| `"): line.split(" | ")[2]
            for line in text.splitlines() if line.startswith("| `")}
    assert rows == {v.rule: v.outcome.label for v in report.verdicts}
    counts = report.counts()
    for outcome in Outcome:
        assert f"| {outcome.label} | {counts[outcome]} |" in text


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: f"{r.region}-{r.as_of}")
def test_csv_region(report: Report) -> None:
    rows = csv_rows(_text("csv", report))
    header = rows[0]
    rule, outcome, item = header.index("Regel"), header.index("Utfall"), \
        header.index("Underlagets utfall")
    caveats = [row for row in rows[1:] if row[header.index("Rubrik")] == "Förbehåll"]
    assert [row[header.index("Underlag")] for row in caveats] == phrases.caveats(report)
    rows = [row for row in rows if row not in caveats]
    assert {row[rule]: row[outcome] for row in rows[1:]} == \
        {v.rule: v.outcome.label for v in report.verdicts}
    for v in report.verdicts:
        mine = [row[item] for row in rows[1:] if row[rule] == v.rule]
        assert Counter(mine) == Counter(e.outcome.label for e in v.evidence for _ in
                                        (e.measures or (None,))) or \
            (not v.evidence and mine == [""]), v.rule


def test_csv_overview(overview: Overview) -> None:
    rows = csv_rows(_text("csv", overview))
    found = {(row[0], row[1], row[2]): row[5] for row in rows[1:]
             if row[4] not in ("poäng", "förbehåll")}
    assert found == {(r.pack_id, r.region, v.rule): v.outcome.label
                     for r in overview.reports for v in r.verdicts}
    points = {(row[0], row[1], row[2]): row[6:] for row in rows[1:] if row[4] == "poäng"}
    assert points == {(r.pack_id, r.region, line.payment):
                      ["" if n is None else str(n) for n in (line.points, line.max_points)]
                      for r in overview.reports for line in r.money if line.graded}


def _fill(cell: object) -> str:
    return str(cell.fill.fgColor.rgb)[-6:]  # type: ignore[attr-defined]


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: f"{r.region}-{r.as_of}")
def test_xlsx_region(report: Report) -> None:
    book = load_workbook(io.BytesIO(FORMATS["xlsx"].render(report, WIDE)))  # type: ignore[arg-type]
    sheet = book[report.pack_id]
    assert sheet.freeze_panes == "A2"
    found = {row[0].value: (row[3].value, _fill(row[3])) for row in sheet.iter_rows(min_row=2)}
    assert found == {v.rule: (v.outcome.label, FILLS[v.outcome]) for v in report.verdicts}
    evidence = Counter((row[1].value, row[3].value) for row in
                       book["Underlag"].iter_rows(min_row=2))
    assert evidence == Counter((v.rule, e.outcome.label) for v in report.verdicts
                               for e in v.evidence for _ in (e.measures or (None,)))


def test_xlsx_overview(overview: Overview) -> None:
    book = load_workbook(io.BytesIO(FORMATS["xlsx"].render(overview, WIDE)))  # type: ignore[arg-type]
    for pack_id, reports in overview.by_pack().items():
        sheet = book[pack_id]
        titles = {v.rule: v.title for v in reports[0].verdicts}
        header = [cell.value for cell in sheet[1]]  # "title (id)"
        rules, cells = matrix(reports)
        for row in sheet.iter_rows(min_row=2, max_row=len(reports) + 1):
            region = row[0].value
            for rule in rules:
                cell = row[header.index(f"{titles[rule]} ({rule})")]
                expected = cells[region][rule]
                assert (cell.value, _fill(cell)) == (expected.label, FILLS[expected])
        assert sheet.auto_filter.ref.endswith(str(len(reports) + 1))  # the regions only
        totals = {row[0].value: [c.value for c in row[1:len(rules) + 1]]
                  for row in sheet.iter_rows(min_row=len(reports) + 3)}  # after an empty row
        for label, counts in totals.items():
            outcome = next(o for o in Outcome if label == f"Totalt {o.label}")
            assert counts == [sum(row[rule] is outcome for row in cells.values())
                              for rule in rules]


def _junit_cases(result: Report | Overview) -> dict[tuple[str, str], ET.Element]:
    root = ET.fromstring(_text("junit", result))
    assert root.tag == "testsuites"
    return {(case.get("classname", ""), case.get("name", "")): case
            for case in root.iter("testcase")}


@pytest.mark.parametrize("report", REPORTS, ids=lambda r: f"{r.region}-{r.as_of}")
def test_junit_region(report: Report) -> None:
    cases = _junit_cases(report)
    assert len(cases) == len(report.verdicts)
    for v in report.verdicts:
        case = cases[(f"{report.pack_id}.{report.region}", v.rule)]
        failure = case.find("failure")
        assert (failure is not None) == v.blocking, v.rule
        if failure is not None:
            assert failure.get("type") == v.outcome.value
        skipped = case.find("skipped") is not None
        assert skipped == (not v.blocking and v.outcome in (Outcome.PENDING, Outcome.REVIEW))
        if not v.blocking:
            out = case.findtext("system-out") or ""
            assert out.startswith(f"{v.severity.value}: {v.outcome.label} – "), out


def test_junit_overview_counts(overview: Overview) -> None:
    root = ET.fromstring(_text("junit", overview))
    assert int(root.get("failures", "")) == sum(v.blocking for r in overview.reports
                                                for v in r.verdicts)
    assert len(_junit_cases(overview)) == sum(len(r.verdicts) for r in overview.reports)
