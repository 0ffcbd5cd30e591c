"""Money at stake: what each payment of the agreement is worth to this region, and
what its conditions say."""

from __future__ import annotations

from dataclasses import replace

from compliance.inputs.models import Population
from compliance.packs.form import Payment
from compliance.results.verdict import MoneyLine, MoneyState, Outcome, Verdict


def money_at_stake(payments: list[Payment], population: Population | None,
                   verdicts: dict[str, Verdict]) -> list[MoneyLine]:
    lines = []
    for payment in payments:
        amount = None
        if population is not None:
            region = population.total if payment.key == "total" else population.age_0_18
            nation = population.national_total if payment.key == "total" \
                else population.national_age_0_18
            amount = round(payment.amount_msek * 1_000_000 * region / nation)
        line = MoneyLine(payment.id, payment.title, payment.paid, amount,
                         MoneyState.UNCONDITIONAL, assumption=payment.assumption)
        lines.append(_points(line, verdicts[payment.points_rule]) if payment.points_rule
                     else _conditions(line, payment, verdicts))
    return lines


def _points(line: MoneyLine, verdict: Verdict) -> MoneyLine:
    # only periods whose points are known count, so a pending period does not pull the
    # estimate down
    scores = [item.score for item in verdict.evidence
              if item.score is not None and item.score.points is not None]
    if not scores:
        return replace(line, state=MoneyState.POINTS_UNKNOWN,
                            points_outcome=verdict.outcome.label)
    points = sum(score.points or 0 for score in scores)
    maximum = sum(score.maximum for score in scores)
    estimate = round(line.amount_sek * points / maximum) if line.amount_sek is not None \
        else None
    return replace(line, state=MoneyState.POINTS, points=points,
                        max_points=maximum, estimate_sek=estimate)


def _conditions(line: MoneyLine, payment: Payment, verdicts: dict[str, Verdict]) -> MoneyLine:
    if not payment.conditions:
        return line
    outcomes = {rule: verdicts[rule].outcome for rule in payment.conditions}
    failing = tuple(rule for rule, outcome in outcomes.items()
                    if outcome in (Outcome.FAIL, Outcome.MISSING))
    waiting = tuple(rule for rule, outcome in outcomes.items() if outcome is Outcome.PENDING)
    if failing:
        return replace(line, state=MoneyState.AT_RISK, rules=failing)
    if waiting:
        return replace(line, state=MoneyState.WAITING, rules=waiting)
    return replace(line, state=MoneyState.MET)
