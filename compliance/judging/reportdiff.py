"""`compliance diff OLD NEW`: what changed between two runs. Each side is a JSON report or
overview that `check --format json` wrote, or a submission (or folder) judged here; both
become the same plain states (region → rule → outcome and measured values) before they
are compared, so a report of last year compares with this year's submission.

Rules are matched by id, and what is left on either side by title: next year's pack
renames ``OT24-…`` to ``OT25-…`` but keeps the title. Measured values are matched by
field and month of the year ("mars"), so two years' March figures are compared."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from compliance.dates import MONTH_NAMES, Month
from compliance.errors import InputError, Location
from compliance.reading.yamlload import display_name, load_file
from compliance.results.overview import Overview
from compliance.results.reportdiff import (
    SHORT,
    ChangeKind,
    ReportDiff,
    RuleChange,
    ValueChange,
)
from compliance.results.verdict import Outcome, Report, Severity

Value = float | int | None


@dataclass(frozen=True)
class RuleState:
    rule: str
    title: str
    severity: Severity | None
    outcome: Outcome
    # (subject, field) → (value, unit); a month's subject is "2024-03"
    values: dict[tuple[str, str], tuple[Value, str]]


Run = dict[str, dict[str, RuleState]]  # region → rule id → state


class Judge(Protocol):
    """What a diff needs of a ``Workspace``: a submission or folder judged."""

    def check(self, source: Path) -> Report | Overview: ...


def diff_runs(old: Path, new: Path, workspace: Judge) -> ReportDiff:
    """What changed from ``old`` to ``new`` (each a JSON report or a submission)."""
    old_label, old_run = load_run(old, workspace)
    new_label, new_run = load_run(new, workspace)
    return compare(old_label, old_run, new_label, new_run)


def load_run(path: Path, workspace: Judge) -> tuple[str, Run]:
    """A side of the diff: a JSON report or overview as written, or judged now."""
    if path.suffix.casefold() == ".json" and path.is_file():
        doc = load_file(path)
        if isinstance(doc.data, dict) and "kind" in doc.data:
            return _from_json(doc.data, display_name(path), doc.location())
    result = workspace.check(path)
    reports = result.reports if isinstance(result, Overview) else [result]
    return (f"{display_name(path)} (bedömd per {result.as_of.isoformat()})",
            {report.region: _from_report(report) for report in reports})


def _from_report(report: Report) -> dict[str, RuleState]:
    return {v.rule: RuleState(v.rule, v.title, v.severity, v.outcome, {
        (item.subject, measure.field): (measure.value, measure.unit.value)
        for item in v.evidence for measure in item.measures}) for v in report.verdicts}


def _from_json(data: dict[str, Any], name: str, where: Location) -> tuple[str, Run]:
    kind = data.get("kind")
    try:
        label = f"{name} (per {data['as_of']})"
        if kind == "report":
            return label, {data["region"]: {v["rule"]: _json_verdict(v)
                                            for v in data["verdicts"]}}
        if kind == "overview":
            run: Run = {}
            for pack in data["packs"].values():
                titles, severities = pack.get("titles", {}), pack.get("severities", {})
                for region, outcomes in pack["outcomes"].items():
                    run.setdefault(region, {}).update({rule: RuleState(
                        rule, titles.get(rule, rule),
                        Severity(severities[rule]) if rule in severities else None,
                        Outcome(outcome), {}) for rule, outcome in outcomes.items()})
            return label, run
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"JSON-rapporten kan inte läsas ({type(exc).__name__}: {exc}); "
                         "skriv om den med compliance check --format json", where) from None
    raise InputError(f"en JSON-fil av slaget '{kind}' kan inte jämföras; ange rapporter eller "
                     "översikter från compliance check --format json, eller inlämningar", where)


def _json_verdict(v: dict[str, Any]) -> RuleState:
    return RuleState(v["rule"], v["title"], Severity(v["severity"]), Outcome(v["outcome"]), {
        (item["subject"], measure["field"]): (measure["value"], measure["unit"])
        for item in v["evidence"] for measure in item["measures"]})


def compare(old_label: str, old: Run, new_label: str, new: Run) -> ReportDiff:
    changes = [change for region in new if region in old
               for change in _region(region, old[region], new[region])]
    return ReportDiff(old_label, new_label, tuple(changes),
                      tuple(region for region in new if region not in old),
                      tuple(region for region in old if region not in new))


def _pairs(old: dict[str, RuleState], new: dict[str, RuleState]
           ) -> list[tuple[RuleState | None, RuleState | None]]:
    """Rules by id, then the rest by title (a renamed rule), then each side's leftovers."""
    pairs: list[tuple[RuleState | None, RuleState | None]] = [
        (old[rule], state) for rule, state in new.items() if rule in old]
    left_old = {state.title.casefold(): state for rule, state in old.items() if rule not in new}
    for rule, state in new.items():
        if rule not in old:
            pairs.append((left_old.pop(state.title.casefold(), None), state))
    pairs += [(state, None) for state in left_old.values()]
    return pairs


def _region(region: str, old: dict[str, RuleState],
            new: dict[str, RuleState]) -> list[RuleChange]:
    changes = []
    for before, after in _pairs(old, new):
        change = _change(region, before, after)
        if change is not None:
            changes.append(change)
    return changes


def _kind(before: Outcome | None, after: Outcome | None) -> ChangeKind | None:
    if after in SHORT and before not in SHORT:
        return ChangeKind.NEW_FAILURE
    if before in SHORT and after is not None and after not in SHORT:
        return ChangeKind.RESOLVED
    if before is None:
        return ChangeKind.ADDED
    if after is None:
        return ChangeKind.RETIRED
    return ChangeKind.CHANGED if before is not after else None


def _change(region: str, before: RuleState | None,
            after: RuleState | None) -> RuleChange | None:
    shown = after or before
    assert shown is not None
    values = _values(before, after) if before and after else ()
    kind = _kind(before.outcome if before else None, after.outcome if after else None)
    if kind is None:
        if not values:
            return None
        kind = ChangeKind.VALUES
    renamed = before.rule if before and after and before.rule != after.rule else None
    return RuleChange(kind, region, shown.rule, shown.title, shown.severity,
                      before.outcome if before else None, after.outcome if after else None,
                      renamed, values)


def _month_key(subject: str) -> str:
    """A month's subject as its month of the year, so that two years line up."""
    try:
        return f"{Month.parse(subject).month:02d}"
    except ValueError:
        return subject


def _label(subject: str) -> str:
    """"2024-03" as "Mars"; any other subject as it is."""
    try:
        return MONTH_NAMES[Month.parse(subject).month - 1].capitalize()
    except ValueError:
        return subject


def _values(before: RuleState, after: RuleState) -> tuple[ValueChange, ...]:
    old = {(_month_key(subject), field): (subject, value, unit)
           for (subject, field), (value, unit) in before.values.items()}
    changed = []
    for (subject, field), (value, unit) in after.values.items():
        found = old.get((_month_key(subject), field))
        if found is not None and found[1] != value:
            changed.append(ValueChange(subject, _label(subject), field, found[1], value, unit))
    return tuple(changed)
