"""The national overview as CSV, one row per region and rule."""

from __future__ import annotations

import csv
import io

from compliance.reports.clean import printable
from compliance.reports.target import Format, Result, Target
from compliance.results.overview import Overview

# What makes a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab, CR).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: object) -> str:
    """One cell as a spreadsheet shows it: without control characters, and never a formula
    (a leading ``'`` makes it text, also after leading spaces that a spreadsheet trims)."""
    value = printable(str(text))
    return f"'{value}" if value.lstrip(" ").startswith(_FORMULA_START) else value


def render(result: Result, target: Target) -> str:
    assert isinstance(result, Overview)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pack", "region", "rule", "severity", "outcome"])
    for pack_id, reports in result.by_pack().items():
        for report in reports:
            for verdict in report.verdicts:
                writer.writerow([_cell(pack_id), _cell(report.region), _cell(verdict.rule),
                                 _cell(verdict.severity.value), _cell(verdict.outcome.value)])
    return out.getvalue()


FORMAT = Format("csv", render, (Overview,))
