"""compare() on plain states: which change is which, and when the diff exits 1."""

from __future__ import annotations

from compliance.judging.reportdiff import RuleState, compare
from compliance.results.reportdiff import ChangeKind
from compliance.results.verdict import ExitCode, Outcome, Severity


def _state(rule: str, outcome: Outcome, severity: Severity = Severity.KRAV,
           title: str | None = None) -> RuleState:
    return RuleState(rule, title or f"Rubrik {rule}", severity, outcome, {})


def _diff(old: list[RuleState], new: list[RuleState]) -> dict[str, ChangeKind]:
    diff = compare("a", {"R": {s.rule: s for s in old}}, "b", {"R": {s.rule: s for s in new}})
    return {change.rule: change.kind for change in diff.changes}


def test_each_kind_of_change() -> None:
    old = [_state("a", Outcome.PASS), _state("b", Outcome.FAIL), _state("c", Outcome.PENDING),
           _state("gone", Outcome.PASS), _state("same", Outcome.PASS)]
    new = [_state("a", Outcome.MISSING), _state("b", Outcome.WAIVED),
           _state("c", Outcome.PASS), _state("new", Outcome.PASS),
           _state("same", Outcome.PASS), _state("bad", Outcome.FAIL)]
    assert _diff(old, new) == {"a": ChangeKind.NEW_FAILURE, "b": ChangeKind.RESOLVED,
                               "c": ChangeKind.CHANGED, "new": ChangeKind.ADDED,
                               "bad": ChangeKind.NEW_FAILURE, "gone": ChangeKind.RETIRED}


def test_only_a_villkor_or_krav_newly_short_exits_1() -> None:
    for severity, code in ((Severity.VILLKOR, ExitCode.FINDINGS), (Severity.KRAV,
                                                                   ExitCode.FINDINGS),
                           (Severity.MAL, ExitCode.OK), (Severity.INDIKATOR, ExitCode.OK)):
        diff = compare("a", {"R": {"x": _state("x", Outcome.PASS, severity)}},
                       "b", {"R": {"x": _state("x", Outcome.MISSING, severity)}})
        assert diff.exit_code is code, severity
    still = compare("a", {"R": {"x": _state("x", Outcome.FAIL)}},
                    "b", {"R": {"x": _state("x", Outcome.MISSING)}})
    assert still.exit_code is ExitCode.OK  # short before and after: not new


def test_a_renamed_rule_is_paired_by_title_and_regions_are_listed() -> None:
    diff = compare("a", {"R": {"OT24-x": _state("OT24-x", Outcome.PASS, title="T")},
                         "Gammal": {}},
                   "b", {"R": {"OT25-x": _state("OT25-x", Outcome.FAIL, title="t")},
                         "Ny": {}})
    assert [(c.rule, c.old_rule, c.kind) for c in diff.changes] == \
        [("OT25-x", "OT24-x", ChangeKind.NEW_FAILURE)]
    assert (diff.regions_added, diff.regions_removed) == (("Ny",), ("Gammal",))
