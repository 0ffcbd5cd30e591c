"""`check` and `status` never disagree about a dated obligation: for every fixture and
several as-of dates, each timeline item that a rule judges has the state that rule's
evidence for the same subject implies (seeds/001: the account by 30 September, each
month's register data three weeks after the month, the BUP periods)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import FIXTURES

from compliance.judging.evaluate import evaluate
from compliance.judging.readiness import readiness
from compliance.results.obligations import ReadinessState
from compliance.results.verdict import Outcome
from compliance.workspace.workspace import Workspace

ALL = sorted(FIXTURES.glob("region-*.yaml"))
DATES = [dt.date(2024, 2, 21), dt.date(2024, 2, 22), dt.date(2024, 9, 15),
         dt.date(2024, 9, 30), dt.date(2024, 10, 1), dt.date(2024, 12, 22),
         dt.date(2025, 6, 1)]

# What the rule's evidence must say for each state the readiness view shows.
AGREES = {
    ReadinessState.DONE: {Outcome.PASS, Outcome.GRADED},  # BUP data in: points are a grade
    ReadinessState.DONE_LATE: {Outcome.FAIL},
    ReadinessState.OVERDUE: {Outcome.FAIL},
    ReadinessState.DUE: {Outcome.PENDING},
    ReadinessState.NO_DATA: {Outcome.MISSING},
}


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_check_and_status_agree(path: Path, as_of: dt.date) -> None:
    pack, submission = Workspace().read(path)
    report = evaluate(pack, submission, as_of)
    view = readiness(pack, submission, report)
    verdicts = {verdict.rule: verdict for verdict in report.verdicts}
    linked = [item for item in view.timeline if item.rule]
    assert linked or not pack.meta.deadlines
    for item in linked:
        assert item.rule is not None
        evidence = {e.subject: e for e in verdicts[item.rule].evidence}[item.subject]
        assert evidence.outcome in AGREES[item.state], (item, evidence)


def test_the_account_overdue_is_not_met_in_both_views() -> None:
    pack, submission = Workspace().read(FIXTURES / "region-halland-2024.yaml")
    answers = {k: v for k, v in submission.answers.items() if k != "redovisning_inkom"}
    from dataclasses import replace
    report = evaluate(pack, replace(submission, answers=answers), dt.date(2024, 10, 1))
    view = readiness(pack, replace(submission, answers=answers), report)
    account = next(item for item in view.timeline if item.rule == "OT24-redovisning-i-tid")
    assert account.state is ReadinessState.OVERDUE
    verdict = next(v for v in report.verdicts if v.rule == "OT24-redovisning-i-tid")
    assert verdict.outcome is Outcome.FAIL
    assert "ingen uppgift om att redovisningen har kommit in" in verdict.summary
