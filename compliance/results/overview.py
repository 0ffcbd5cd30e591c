"""The national overview as plain data: every submission of a folder, grouped by pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from compliance.results.verdict import ExitCode, Outcome, Report, Verdict


@dataclass
class Overview:
    as_of: dt.date
    reports: list[Report] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    errors: list[str] = field(default_factory=list)

    def by_pack(self) -> dict[str, list[Report]]:
        packs: dict[str, list[Report]] = {}
        for report in self.reports:
            packs.setdefault(report.pack_id, []).append(report)
        return dict(sorted(packs.items()))

    @property
    def exit_code(self) -> ExitCode:
        if self.errors:
            return ExitCode.INPUT_ERROR
        return max((report.exit_code for report in self.reports), default=ExitCode.OK)


def matrix(reports: list[Report]) -> tuple[list[str], dict[str, dict[str, Outcome]]]:
    """Rule ids in pack order, and region → rule → outcome."""
    rules = [verdict.rule for verdict in reports[0].verdicts] if reports else []
    return rules, {report.region: {v.rule: v.outcome for v in report.verdicts}
                   for report in reports}


def rule_counts(reports: list[Report]) -> dict[str, dict[Outcome, list[str]]]:
    """Rule id → outcome → the regions judged so, rules in pack order: the totals per
    rule of an overview."""
    rules, cells = matrix(reports)
    totals: dict[str, dict[Outcome, list[str]]] = {rule: {} for rule in rules}
    for region, row in cells.items():
        for rule, outcome in row.items():
            totals.setdefault(rule, {}).setdefault(outcome, []).append(region)
    return totals


def outline(report: Report) -> Report:
    """What an overview shown without evidence (text, JSON, CSV) reads of a report: each
    verdict's rule, title, severity, outcome and assumptions (the pack's caveats), and the
    payments decided by points (BUP). What else a verdict says of the region (evidence,
    summary, waiver, where its answers were found) is left out, so that the verdicts of
    many regions are often equal, and a folder's run keeps one of each
    (``workspace.folder``)."""
    return replace(report, verdicts=tuple(
        Verdict(v.rule, v.title, v.severity, v.outcome, (), v.source, v.location, "",
                v.assumptions)
        for v in report.verdicts), money=tuple(line for line in report.money if line.graded),
        notes=(), audit=None, reading=())
