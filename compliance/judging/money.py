"""Money at stake: what each payment of the agreement is worth to this region, and
what its conditions say."""

from __future__ import annotations

from compliance.packs.payments import Payment, Population
from compliance.results.verdict import MoneyLine, Outcome, Verdict


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
