"""Reports as JUnit XML for rule teams' pipelines: one test case per rule, a failure for
a villkor or krav that is not met or cannot be judged. Mål and indikatorer, and outcomes
that are not findings (pending, waived, points, for review), never fail the suite; they
are passed with their outcome in ``system-out``, or skipped while pending or for review."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.overview import Overview
from compliance.results.verdict import Outcome, Report, Verdict

SKIPPED = (Outcome.PENDING, Outcome.REVIEW)


def _text(value: object) -> str:
    """Text XML 1.0 can hold: printable() leaves tab and newline, which XML allows."""
    return printable(str(value))


def _case(suite: ET.Element, report: Report, verdict: Verdict) -> None:
    case = ET.SubElement(suite, "testcase", name=_text(verdict.rule),
                         classname=_text(f"{report.pack_id}.{report.region}"))
    detail = "\n".join([_text(verdict.summary),
                        *(_text(f"• {e.text} ({e.outcome.label})") for e in verdict.evidence
                          if e.outcome is not Outcome.PASS),
                        _text(f"Källa: {verdict.source.citation()}"),
                        _text(f"Regel: {verdict.location}")])
    words = f"{verdict.severity.value}: {verdict.outcome.label} – {_text(verdict.title)}"
    if verdict.blocking:
        failure = ET.SubElement(case, "failure", message=words, type=verdict.outcome.value)
        failure.text = detail
        return
    if verdict.outcome in SKIPPED:
        ET.SubElement(case, "skipped", message=words)
    ET.SubElement(case, "system-out").text = f"{words}\n{detail}"


def _suite(parent: ET.Element, report: Report) -> None:
    failures = sum(1 for v in report.verdicts if v.blocking)
    skipped = sum(1 for v in report.verdicts if not v.blocking and v.outcome in SKIPPED)
    suite = ET.SubElement(parent, "testsuite", name=_text(f"{report.region} – {report.pack_id}"),
                          tests=str(len(report.verdicts)), failures=str(failures), errors="0",
                          skipped=str(skipped), timestamp=report.as_of.isoformat())
    properties = ET.SubElement(suite, "properties")  # the caveats travel with the verdicts
    for number, text in enumerate(phrases.caveats(report), 1):
        ET.SubElement(properties, "property", name=f"förbehåll {number}", value=_text(text))
    if report.audit is not None and report.audit.shadows is not None:
        ET.SubElement(properties, "property", name="regelpaket",
                      value=_text(phrases.shadowing(report)))
    for verdict in report.verdicts:
        _case(suite, report, verdict)


def render(result: Result, target: Target) -> str:
    reports = [result] if isinstance(result, Report) else \
        result.reports if isinstance(result, Overview) else []
    root = ET.Element("testsuites", name="compliance",
                      tests=str(sum(len(r.verdicts) for r in reports)),
                      failures=str(sum(v.blocking for r in reports for v in r.verdicts)),
                      errors=str(len(result.errors) if isinstance(result, Overview) else 0))
    for report in reports:
        _suite(root, report)
    if isinstance(result, Overview) and result.errors:
        suite = ET.SubElement(root, "testsuite", name="inlämningar", tests=str(len(result.errors)),
                              failures="0", errors=str(len(result.errors)), skipped="0")
        for error in result.errors:
            case = ET.SubElement(suite, "testcase", name=_text(error.split(":")[0]),
                                 classname="inlämningar")
            ET.SubElement(case, "error", message=_text(error))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
