"""Money at stake: what each payment of the agreement is worth to this region, and
what its conditions say."""

from __future__ import annotations

from dataclasses import replace

from compliance.declared.form import Funds, Payment
from compliance.formatting import format_number
from compliance.inputs.models import Population
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
                         MoneyState.UNCONDITIONAL, assumption=payment.assumption,
                         information=payment.information)
        if payment.points_rule:
            lines += _by_period(line, verdicts[payment.points_rule])
        else:
            lines.append(_conditions(line, payment, verdicts))
    return lines


def _by_period(line: MoneyLine, verdict: Verdict) -> list[MoneyLine]:
    """One line per payment period, each estimated from its own period's points only
    (the August payment from January–June, December's from July–November); the amount
    is shared equally between the periods, an assumption the pack states."""
    scores = [(item, item.score) for item in verdict.evidence if item.score is not None]
    lines = []
    for item, score in scores:
        share = round(line.amount_sek / len(scores)) if line.amount_sek is not None else None
        period = replace(line, payment=f"{line.payment}/{item.subject}",
                         title=f"{line.title}, {score.payment} ({score.period})",
                         paid=score.payment, amount_sek=share)
        if score.points is None:
            lines.append(replace(period, state=MoneyState.POINTS_UNKNOWN,
                                 points_outcome=item.outcome.label))
            continue
        estimate = round(share * score.points / score.maximum) if share is not None else None
        lines.append(replace(period, state=MoneyState.POINTS, points=score.points,
                             max_points=score.maximum, estimate_sek=estimate))
    return lines


def _conditions(line: MoneyLine, payment: Payment, verdicts: dict[str, Verdict]) -> MoneyLine:
    if not payment.conditions:
        return line
    outcomes = {rule: verdicts[rule].outcome for rule in payment.conditions}
    failing = tuple(rule for rule, outcome in outcomes.items()
                    if outcome in (Outcome.FAIL, Outcome.MISSING))
    if failing and all(verdicts[rule].not_held for rule in failing):
        return replace(line, state=MoneyState.NOT_JUDGEABLE, rules=failing)
    if failing:
        return replace(line, state=MoneyState.AT_RISK, rules=failing)
    pending = tuple(rule for rule, outcome in outcomes.items() if outcome is Outcome.PENDING)
    review = tuple(rule for rule, outcome in outcomes.items() if outcome is Outcome.REVIEW)
    if pending or review:
        return replace(line, state=MoneyState.WAITING, rules=pending, review=review)
    return replace(line, state=MoneyState.MET)


def funds_note(payments: list[Payment], funds: Funds | None) -> str | None:
    """How the payments add up to the agreement's stated total, in words: "Del 1 1 237,5
    + Del 2 1 237,5 + BUP 450 = 2 925 mnkr till regionerna (av 2 937 mnkr)"."""
    if funds is None or not payments:
        return None
    amounts = " + ".join(_msek(payment.amount_msek) for payment in payments)
    names = ", ".join(payment.title.split(" – ")[0] for payment in payments)
    whole = f"; av överenskommelsens {_msek(funds.total_msek)} mnkr" if funds.total_msek else ""
    return (f"Medlen enligt underlaget: {amounts} = {_msek(funds.regions_msek)} mnkr till "
            f"regionerna ({names}{whole}); regionens belopp räknas från dessa summor.")


def _msek(amount: float) -> str:
    return format_number(amount, 0 if amount == int(amount) else 1)
