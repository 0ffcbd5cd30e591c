"""Rule kind ``points``: performance points from monthly shares per payment period.

The agreement's BUP money is shared by points for performance; the points table is data
in the pack (an assumption until checked against the agreement's annex). The period mean
of each monthly share is derived here; each band of the table is a durable-rules rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, model_validator

from compliance.conditions.expressions import Compare, Const, Sum
from compliance.conditions.expressions import Field as ExprField
from compliance.dates import Month, month_deadline, months_between
from compliance.engine.ruleset import durable_rule
from compliance.facts.derive import Fact, FactBase
from compliance.formatting import format_number, format_value
from compliance.inputs.validation import Strict
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase, worst
from compliance.packs.form import MonthRange
from compliance.results.verdict import Evidence, Outcome, Verdict


class PaymentPeriod(Strict):
    id: str
    label: str
    months: MonthRange
    payment: str


class Band(Strict):
    min: float = Field(ge=0, le=100)
    points: int = Field(ge=0)


class PointsSpec(RuleBase):
    kind: Literal["points"]
    series: str
    measures: list[str] = Field(min_length=1)
    periods: list[PaymentPeriod] = Field(min_length=1)
    table: list[Band] = Field(min_length=1)

    @model_validator(mode="after")
    def _descending(self) -> PointsSpec:
        mins = [band.min for band in self.table]
        if mins != sorted(mins, reverse=True) or len(set(mins)) != len(mins):
            raise ValueError("poängtabellens gränser (min) ska stå i fallande ordning")
        if not self.assumption:
            raise ValueError("en poängtabell som inte står i underlaget måste ha assumption")
        return self


class PointsRule(CompiledRule):
    spec: PointsSpec

    def uses(self) -> set[str]:
        return {f"series.{self.spec.series}"}

    def problems(self) -> list[tuple[str, str]]:
        series = self.meta.form.series.get(self.spec.series)
        if series is None:
            return [("series", f"'{self.spec.series}' finns inte i paketets formulär")]
        return super().problems() + [
            ("measures", f"fältet '{m}' finns inte i serien {self.spec.series}")
            for m in self.spec.measures if m not in series.fields]

    def _months(self, period: PaymentPeriod) -> list[Month]:
        return months_between(Month.parse(period.months.from_), Month.parse(period.months.to))

    def period_due(self, period: PaymentPeriod) -> dt.date:
        """When the register data for the whole period is due."""
        last = self._months(period)[-1]
        days = self.meta.form.series[self.spec.series].due_days_after_month
        return month_deadline(last, days) if days is not None else last.last_day

    def extra_facts(self, facts: FactBase) -> list[Fact]:
        derived = []
        for period in self.spec.periods:
            for measure in self.spec.measures:
                shares = [facts.items.get((self.spec.series, str(month)), {}).get(measure)
                          for month in self._months(period)]
                known = [float(share) for share in shares if share is not None]
                if known and len(known) == len(shares):
                    derived.append({"t": "period", "rule": self.id, "period": period.id,
                                    "measure": measure, "share": sum(known) / len(known)})
        return derived

    def _band_condition(self, index: int) -> Compare:
        share = Sum(((1, ExprField("share")),))
        return Compare(">=", share, Sum(((1, Const(self.spec.table[index].min, "number")),)))

    def durable_rules(self) -> dict[str, dict[str, Any]]:
        rules = {}
        for index, _band in enumerate(self.spec.table):
            condition: list[dict[str, Any]] = [{"t": "period"}, {"rule": self.id}]
            if index > 0:
                condition.append({"$lt": {"share": self.spec.table[index - 1].min}})
            rules[f"band{index}"] = durable_rule(condition, self._band_condition(index))
        return rules

    def baseline(self, facts: FactBase) -> dict[str, list[str]]:
        fired: dict[str, list[str]] = {}
        for fact in facts.facts:
            if fact.get("t") == "period" and fact.get("rule") == self.id:
                for index, band in enumerate(self.spec.table):
                    if fact["share"] >= band.min:
                        fired.setdefault(f"band{index}", []).append(fact["id"])
                        break
        return fired

    def judge(self, ctx: JudgeContext) -> Verdict:
        points = {fact_id: self.spec.table[int(tag.removeprefix("band"))].points
                  for tag, ids in ctx.fired.items() for fact_id in ids}
        top = self.spec.table[0].points
        labels = self.meta.form.series[self.spec.series].fields
        items = []
        for period in self.spec.periods:
            parts, total, complete = [], 0, True
            for measure in self.spec.measures:
                fact = next((f for f in ctx.facts.facts if f.get("t") == "period"
                             and f.get("rule") == self.id and f["period"] == period.id
                             and f["measure"] == measure), None)
                label = labels[measure].label
                if fact is None or fact["id"] not in points:
                    complete = False
                    parts.append(f"{label} saknar månader")
                    continue
                got = points[fact["id"]]
                total += got
                parts.append(f"{label} {format_number(fact['share'], 1)} % → {got} p")
            maximum = top * len(self.spec.measures)
            due = self.period_due(period)
            if complete:
                outcome = Outcome.PASS if total == maximum else Outcome.FAIL
                text = (f"{period.label}: {'; '.join(parts)}; summa {total} av {maximum} p "
                        f"(utbetalning {period.payment})")
            else:
                outcome = Outcome.PENDING if ctx.as_of <= due else Outcome.MISSING
                text = (f"{period.label}: {'; '.join(parts)} "
                        f"(underlaget ska finnas senast {format_value('date', due)})")
            items.append(Evidence(text, outcome, period.id,
                                  {"points": total if complete else None, "max": maximum},
                                  due.isoformat()))
        outcome = worst([item.outcome for item in items])
        summary = "; ".join(
            f"{period.label} {item.values['points']} av {item.values['max']} p"
            if item.values["points"] is not None else f"{period.label} {item.outcome.label}"
            for period, item in zip(self.spec.periods, items, strict=True))
        return self.verdict(outcome, items, summary)
