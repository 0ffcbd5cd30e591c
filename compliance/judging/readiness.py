"""Readiness for strategists: every dated obligation against the as-of date, and a
checklist of what is still missing, most urgent first. Built from the same verdicts
as the report; nothing here judges a rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from compliance.dates import Month, month_deadline, months_between
from compliance.inputs.submission import Submission
from compliance.kinds.points import PointsRule
from compliance.packs.loader import RulePack
from compliance.results.verdict import Outcome, Report


@dataclass(frozen=True)
class Obligation:
    date: dt.date
    title: str
    state: str  # klar, försenad, förfaller …, pågår, kommande, passerad
    detail: str = ""


@dataclass(frozen=True)
class Missing:
    due: dt.date | None
    rule: str
    text: str
    outcome: Outcome


def days_left(date: dt.date, as_of: dt.date) -> str:
    days = (date - as_of).days
    return "förfaller i dag" if days == 0 else f"förfaller om {days} dagar"


def _dated(date: dt.date, done: dt.date | None, as_of: dt.date) -> str:
    if done is not None and done <= as_of:
        return "klar" if done <= date else f"klar för sent ({done.isoformat()})"
    return "försenad" if as_of > date else days_left(date, as_of)


def timeline(pack: RulePack, submission: Submission, as_of: dt.date) -> list[Obligation]:
    meta, items = pack.meta, []
    for deadline in meta.deadlines.values():
        done = submission.answers.get(deadline.done_by) if deadline.done_by else None
        state = _dated(deadline.date, done, as_of) if deadline.done_by else (
            "passerad" if as_of > deadline.date else days_left(deadline.date, as_of))
        items.append(Obligation(deadline.date, deadline.title, state))
    for window in meta.windows.values():
        state = (f"börjar om {(window.from_ - as_of).days} dagar" if as_of < window.from_ else
                 f"pågår till {window.to.isoformat()}" if as_of <= window.to else "passerad")
        items.append(Obligation(window.from_, window.title, state,
                                f"{window.from_.isoformat()}–{window.to.isoformat()}"))
    for name, series in meta.form.series.items():
        delivered = series.delivery_field
        if series.due_days_after_month is None or delivered is None:
            continue  # no delivery date to follow (e.g. BUP shares: see the periods)
        rows = submission.series.get(name, {})
        for month in series.expected_months():
            due = month_deadline(month, series.due_days_after_month)
            done = rows.get(month, {}).get(delivered)
            items.append(Obligation(due, f"{series.title}: {month}", _dated(due, done, as_of)))
    for rule in pack.rules:
        if isinstance(rule, PointsRule):
            items += _payment_periods(rule, submission, as_of)
    return sorted(items, key=lambda item: (item.date, item.title))


def _payment_periods(rule: PointsRule, submission: Submission,
                     as_of: dt.date) -> list[Obligation]:
    rows = submission.series.get(rule.spec.series, {})
    result = []
    for period in rule.spec.periods:
        months = months_between(Month.parse(period.months.from_), Month.parse(period.months.to))
        due = rule.period_due(period)
        complete = all(m.last_day < as_of and all(rows.get(m, {}).get(f) is not None
                                                  for f in rule.spec.measures) for m in months)
        state = "klar" if complete else ("försenad" if as_of > due else days_left(due, as_of))
        result.append(Obligation(due, f"BUP-underlag {period.label}", state,
                                 f"grund för utbetalning {period.payment}"))
    return result


def checklist(report: Report) -> list[Missing]:
    """Everything a villkor or krav still lacks, most urgent first."""
    found = []
    for verdict in report.verdicts:
        if not verdict.severity.blocking or verdict.outcome is Outcome.WAIVED:
            continue
        for item in verdict.evidence:
            if item.outcome in (Outcome.FAIL, Outcome.MISSING, Outcome.PENDING):
                due = dt.date.fromisoformat(item.due) if item.due else None
                found.append(Missing(due, verdict.rule, item.text, item.outcome))
    return sorted(found, key=lambda m: (m.due or dt.date.max, m.rule, m.text))
