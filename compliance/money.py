"""Money at stake: what each payment of the agreement is worth to this region, and
what its conditions say. Distribution keys and the BUP estimate are assumptions the
pack states; the report shows them as such."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .validation import Strict
from .verdict import MoneyLine, Outcome, Verdict


class Population(Strict):
    """The region's and the country's population, the agreement's distribution keys."""

    total: int = Field(gt=0)
    age_0_18: int = Field(gt=0)
    national_total: int = Field(gt=0)
    national_age_0_18: int = Field(gt=0)
    source: str | None = None


class Payment(Strict):
    id: str
    title: str
    amount_msek: float = Field(gt=0)
    key: Literal["total", "age_0_18"]
    paid: str
    conditions: list[str] = []
    points_rule: str | None = None
    assumption: str | None = None


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
        state, estimate = _state(payment, verdicts, amount)
        lines.append(MoneyLine(payment.id, payment.title, payment.paid, amount, state, estimate,
                               payment.assumption))
    return lines


def _state(payment: Payment, verdicts: dict[str, Verdict],
           amount: int | None) -> tuple[str, int | None]:
    if payment.points_rule:
        verdict = verdicts[payment.points_rule]
        # only periods whose points are known count, so a pending period does not
        # pull the estimate down
        periods = [item.values for item in verdict.evidence
                   if item.values.get("points") is not None]
        if not periods:
            return f"poäng ännu inte beräknade ({verdict.outcome.label})", None
        points = sum(values["points"] for values in periods)
        maximum = sum(values["max"] for values in periods)
        estimate = round(amount * points / maximum) if amount is not None else None
        return f"{points} av {maximum} möjliga poäng (uppskattning)", estimate
    if not payment.conditions:
        return "villkorslös", None
    outcomes = [verdicts[rule].outcome for rule in payment.conditions]
    if any(o in (Outcome.FAIL, Outcome.MISSING) for o in outcomes):
        failing = [r for r in payment.conditions
                   if verdicts[r].outcome in (Outcome.FAIL, Outcome.MISSING)]
        return f"i fara: {', '.join(failing)}", None
    if any(o is Outcome.PENDING for o in outcomes):
        return "väntar på villkoren", None
    return "villkoren uppfyllda", None
