"""What changed between two runs, in the sentences every format of `compliance diff`
prints: sections by kind of change, one line per rule and one per changed value."""

from __future__ import annotations

from compliance.formatting import format_number
from compliance.results.reportdiff import ChangeKind, ReportDiff, RuleChange, ValueChange

HEADINGS = {
    ChangeKind.NEW_FAILURE: "Nya brister (ej uppfyllt eller ej bedömbart)",
    ChangeKind.RESOLVED: "Åtgärdade",
    ChangeKind.CHANGED: "Ändrat utfall",
    ChangeKind.VALUES: "Samma utfall, ändrade värden",
    ChangeKind.ADDED: "Nya regler",
    ChangeKind.RETIRED: "Regler som utgått",
}
_UNITS = {"percent": " %", "count": " st", "number": ""}


def _number(value: float | int | None) -> str:
    return "saknas" if value is None else format_number(value)


def value_line(value: ValueChange, with_field: bool = False) -> str:
    """"Mars: 93,1 → 95,4 %"."""
    field = f" ({value.field})" if with_field else ""
    return (f"{value.label}{field}: {_number(value.old)} → "
            f"{_number(value.new)}{_UNITS.get(value.unit, '')}")


def value_lines(change: RuleChange) -> list[str]:
    several = len({value.field for value in change.values}) > 1
    return [value_line(value, several) for value in change.values]


def rule_line(change: RuleChange) -> str:
    renamed = f", tidigare {change.old_rule}" if change.old_rule else ""
    severity = f", {change.severity.value}" if change.severity else ""
    before = change.old.label if change.old else "ny regel"
    after = change.new.label if change.new else "utgår"
    return f"{change.region}: {change.title} ({change.rule}{renamed}{severity}): {before} → {after}"


def sections(diff: ReportDiff) -> list[tuple[str, list[RuleChange]]]:
    """Each kind of change that occurs, with its heading, in the order a reader needs."""
    return [(HEADINGS[kind], diff.of_kind(kind)) for kind in HEADINGS if diff.of_kind(kind)]


def regions_line(diff: ReportDiff) -> list[str]:
    lines = []
    if diff.regions_added:
        lines.append(f"Regioner bara i den nya: {', '.join(diff.regions_added)}")
    if diff.regions_removed:
        lines.append(f"Regioner bara i den tidigare: {', '.join(diff.regions_removed)}")
    return lines


def summary(diff: ReportDiff) -> str:
    counts = [f"{len(changes)} {heading.split(' (')[0].lower()}"
              for heading, changes in sections(diff)]
    return ("Skillnader: " + ", ".join(counts) + ".") if counts else "Inga skillnader."


def title(diff: ReportDiff) -> str:
    return f"Från {diff.old} till {diff.new}"
