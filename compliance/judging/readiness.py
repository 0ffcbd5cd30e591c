"""Readiness for strategists: every dated obligation against the as-of date (overdue
first, then what falls due within 30 days, then the rest by date), and a checklist of
what is still missing, most urgent first. Built from the same verdicts
as the report; nothing here judges a rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from compliance.dates import month_deadline
from compliance.inputs.models import Submission
from compliance.packs.pack import RulePack
from compliance.results.obligations import Obligation, ReadinessState
from compliance.results.readiness import Missing, Readiness
from compliance.results.verdict import Outcome, Report


def readiness(pack: RulePack, submission: Submission, report: Report) -> Readiness:
    return Readiness(report, tuple(timeline(pack, submission, report.as_of)),
                     tuple(checklist(report)))


def _judged_by(pack: RulePack, record: str) -> str | None:
    return next((rule.id for rule in pack.rules if record in rule.records()), None)


def timeline(pack: RulePack, submission: Submission, as_of: dt.date) -> list[Obligation]:
    meta, items = pack.meta, []
    for deadline in meta.deadlines.values():
        if deadline.done_by:
            done = submission.answers.get(deadline.done_by)
            items.append(_unless_not_held(submission, f"answers.{deadline.done_by}",
                                          Obligation.dated(
                deadline.date, deadline.title, done, as_of, rule=_judged_by(
                    pack, f"answers.{deadline.done_by}"), subject=deadline.done_by)))
        elif as_of > deadline.date:
            items.append(Obligation(deadline.date, deadline.title, ReadinessState.PASSED,
                                    awaited=True))
        else:  # nothing records it as done: an event the region awaits, not a task
            items.append(Obligation(deadline.date, deadline.title, ReadinessState.AHEAD,
                                    days=(deadline.date - as_of).days, awaited=True))
    for window in meta.windows.values():
        span = f"{window.from_.isoformat()}–{window.to.isoformat()}"
        awaited = window.awaited
        if as_of < window.from_:
            items.append(Obligation(window.from_, window.title, ReadinessState.STARTS, span,
                                    days=(window.from_ - as_of).days, awaited=awaited))
        elif as_of <= window.to:
            items.append(Obligation(window.from_, window.title, ReadinessState.ONGOING, span,
                                    until=window.to, awaited=awaited))
        else:
            items.append(Obligation(window.from_, window.title, ReadinessState.PASSED, span,
                                    awaited=awaited))
    for name, series in meta.form.series.items():
        delivered = series.delivery_field
        if series.due_days_after_month is None or delivered is None:
            continue  # no delivery date to follow (e.g. BUP shares: see the periods)
        rows = submission.series.get(name, {})
        judged = _judged_by(pack, f"series.{name}")
        for month in series.expected_months():
            due = month_deadline(month, series.due_days_after_month)
            done = rows.get(month, {}).get(delivered)
            items.append(_unless_not_held(submission, f"series.{name}", Obligation.dated(
                due, f"{series.title}: {month}", done, as_of, rule=judged,
                subject=str(month))))
    for rule in pack.rules:
        items += rule.obligations(submission, as_of)
    # what is overdue, then what falls due within 30 days, then the rest by date
    return sorted(items, key=lambda item: (item.urgency, item.date, item.title))


def _unless_not_held(submission: Submission, entry: str, item: Obligation) -> Obligation:
    """An obligation past its date whose record the region's kind of document cannot
    hold is not overdue: the document cannot tell (one ahead still counts down)."""
    if item.state is ReadinessState.OVERDUE and entry in submission.not_held:
        return replace(item, state=ReadinessState.NOT_HELD)
    return item


def checklist(report: Report) -> list[Missing]:
    """Everything a villkor or krav still lacks, most urgent first; what the region's
    document cannot hold (to be supplied beside it) after the document's own gaps."""
    found = []
    for verdict in report.verdicts:
        if not verdict.severity.blocking or verdict.outcome is Outcome.WAIVED:
            continue
        for item in verdict.evidence:
            if item.outcome in (Outcome.FAIL, Outcome.MISSING, Outcome.PENDING, Outcome.REVIEW):
                found.append(Missing(item.due, verdict.rule, item.text, item.outcome,
                                     bool(verdict.not_held)))
    return sorted(found, key=lambda m: (m.not_held, m.due or dt.date.max, m.rule, m.text))
