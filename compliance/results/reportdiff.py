"""What changed between two runs (two reports, two overviews, or one region's
submissions of two years), as plain data for `compliance diff`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from compliance.results.verdict import ExitCode, Outcome, Severity

# an outcome that a villkor or krav must not have (it gives exit code 1)
SHORT = (Outcome.FAIL, Outcome.MISSING)


class ChangeKind(StrEnum):
    NEW_FAILURE = "new_failure"  # now fail or missing, before not (or no such rule)
    RESOLVED = "resolved"  # before fail or missing, now not
    CHANGED = "changed"  # another change of outcome
    ADDED = "added"  # a rule only the new run has (and not failing)
    RETIRED = "retired"  # a rule only the old run has (and not resolved by leaving)
    VALUES = "values"  # the same outcome on changed values


@dataclass(frozen=True)
class ValueChange:
    """One measured value in both runs: a month's response rate, say."""

    subject: str  # "2024-03", or the answer's name
    label: str  # the subject as a report shows it: "Mars" (either year's March)
    field: str
    old: float | int | None
    new: float | int | None
    unit: str  # "percent", "count", "number"


@dataclass(frozen=True)
class RuleChange:
    kind: ChangeKind
    region: str
    rule: str  # the new run's id (the old one's, for a retired rule)
    title: str
    severity: Severity | None  # None: the run did not say (an old report)
    old: Outcome | None  # None: the rule is new
    new: Outcome | None  # None: the rule is gone
    old_rule: str | None = None  # the old id, when a rule of the same title was renamed
    values: tuple[ValueChange, ...] = ()

    @property
    def blocking(self) -> bool:
        """A villkor or krav that newly fails or lacks data: the diff's exit code 1."""
        return self.kind is ChangeKind.NEW_FAILURE and (
            self.severity is None or self.severity.blocking)


@dataclass(frozen=True)
class ReportDiff:
    old: str  # what was compared, in words: "a.json (per 2024-06-01)"
    new: str
    changes: tuple[RuleChange, ...]
    regions_added: tuple[str, ...] = ()
    regions_removed: tuple[str, ...] = ()

    def of_kind(self, kind: ChangeKind) -> list[RuleChange]:
        return [change for change in self.changes if change.kind is kind]

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if any(c.blocking for c in self.changes) else ExitCode.OK
