"""The national overview as CSV, one row per region and rule."""

from __future__ import annotations

import csv
import io

from compliance.reports.target import Format, Result, Target
from compliance.results.overview import Overview


def render(result: Result, target: Target) -> str:
    assert isinstance(result, Overview)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pack", "region", "rule", "severity", "outcome"])
    for pack_id, reports in result.by_pack().items():
        for report in reports:
            for verdict in report.verdicts:
                writer.writerow([pack_id, report.region, verdict.rule, verdict.severity.value,
                                 verdict.outcome.value])
    return out.getvalue()


FORMAT = Format("csv", render, (Overview,))
