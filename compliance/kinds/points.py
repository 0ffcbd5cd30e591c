"""Rule kind ``points``: performance points from monthly shares per payment period.

The agreement's BUP money is shared by points for performance; the points table is data
in the pack (an assumption until checked against the agreement's annex). The period mean
of each monthly share is derived here; each band of the table is a durable-rules rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, model_validator

from compliance.conditions.expressions import And, Compare, Const, Expr, Sum
from compliance.conditions.expressions import Field as ExprField
from compliance.conditions.patterns import Match, equal_to
from compliance.dates import Month, month_deadline, months_between
from compliance.declared.form import MonthRange
from compliance.facts.base import PeriodMean
from compliance.formatting import format_number, format_value
from compliance.inputs.models import Submission
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase, worst
from compliance.reading.strict import Strict
from compliance.results.obligations import Obligation, ReadinessState
from compliance.results.verdict import Evidence, Outcome, PointsBand, Score, ScorePart, Verdict


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

    def derived(self) -> list[PeriodMean]:
        return [PeriodMean(self.id, period.id, self.spec.series, measure,
                           tuple(str(month) for month in self._months(period)))
                for period in self.spec.periods for measure in self.spec.measures]

    def _band_tag(self, index: int) -> str:
        return f"band{index}"

    def matches(self) -> dict[str, Match]:
        """One match per band of the table: the period mean is at least the band's minimum
        and below the minimum of the band above."""
        share = Sum(((1, ExprField("share")),))
        found = {}
        for index, band in enumerate(self.spec.table):
            test: Expr = Compare(">=", share, Sum(((1, Const(band.min, "number")),)))
            if index > 0:
                upper = Compare("<", share, Sum(((1, Const(self.spec.table[index - 1].min,
                                                            "number")),)))
                test = And((test, upper))
            found[self._band_tag(index)] = Match("period", (equal_to("rule", self.id),), test)
        return found

    def judge(self, ctx: JudgeContext) -> Verdict:
        band_points = {self._band_tag(i): band.points for i, band in enumerate(self.spec.table)}
        points = {fact_id: band_points[tag] for tag, ids in ctx.fired.items() for fact_id in ids}
        top = self.spec.table[0].points
        labels = self.meta.form.series[self.spec.series].fields
        items = []
        bands = tuple(PointsBand(band.min, band.points) for band in self.spec.table)
        for period in self.spec.periods:
            parts, total, complete = [], 0, True
            shares: list[ScorePart] = []
            for measure in self.spec.measures:
                fact = next((f for f in ctx.facts.facts if f.get("t") == "period"
                             and f.get("rule") == self.id and f["period"] == period.id
                             and f["measure"] == measure), None)
                label = labels[measure].label
                if fact is None or fact["id"] not in points:
                    complete = False
                    parts.append(f"{label} saknar månader")
                    shares.append(ScorePart(label, None, None))
                    continue
                got = points[fact["id"]]
                shares.append(ScorePart(label, float(fact["share"]), got))
                total += got
                parts.append(f"{label} {format_number(fact['share'], 1)} % ger {got} poäng")
            maximum = top * len(self.spec.measures)
            due = self.period_due(period)
            if complete:
                outcome = Outcome.GRADED  # a grade: "4 av 9 poäng", not met or not met
                text = (f"{period.label}: {'; '.join(parts)}; sammanlagt {total} av {maximum} "
                        f"poäng (utbetalning {period.payment})")
            else:
                outcome = Outcome.PENDING if ctx.as_of <= due else Outcome.MISSING
                text = (f"{period.label}: {'; '.join(parts)} "
                        f"(underlaget ska finnas senast {format_value('date', due)})")
            score = Score(total if complete else None, maximum, period.label, period.payment,
                          tuple(shares), bands)
            items.append(Evidence(text, outcome, period.id,
                                  {"points": score.points, "max": score.maximum}, due, score))
        outcome = worst([item.outcome for item in items])
        summary = "; ".join(
            f"{period.label} {item.score.points} av {item.score.maximum} poäng"
            if item.score and item.score.points is not None
            else f"{period.label} {item.outcome.label}"
            for period, item in zip(self.spec.periods, items, strict=True))
        return self.verdict(outcome, items + self._months_read(ctx), summary)

    def _months_read(self, ctx: JudgeContext) -> list[Evidence]:
        """Where each month's figures came from when a document noted it (the register's
        file and cell, or that it hides the figure), and a figure the region gave
        differently from that source: for a person to look into, never a pass."""
        series = self.spec.series
        labels = self.meta.form.series[series].fields
        found = []
        for month in sorted({key[1] for key in ctx.facts.notes if key[0] == series}):
            said = [f"{labels[measure].label}: {note}" for measure in self.spec.measures
                    if (note := ctx.facts.notes.get((series, month, measure)))]
            if said:
                found.append(Evidence(f"{Month.parse(month).label()}: {'; '.join(said)}",
                                      Outcome.GRADED, month))
            for measure in self.spec.measures:
                differs = ctx.facts.disagreements.get((series, month, measure))
                if differs is not None:
                    found.append(Evidence(
                        f"{Month.parse(month).label()}: regionens egen uppgift för "
                        f"{labels[measure].label} ({_percent(differs[0])}) stämmer inte med "
                        f"registrets ({_percent(differs[1])}); poängen räknas på registret "
                        "och skillnaden behöver förklaras", Outcome.REVIEW, month))
        return found

    def describe(self) -> list[str]:
        spec = self.spec
        bands = "; ".join(f"minst {format_value('number', band.min)} % ger {band.points} p"
                          for band in spec.table)
        periods = "; ".join(f"{p.label} (utbetalning {p.payment})" for p in spec.periods)
        fields = self.meta.form.series[spec.series].fields
        measures = ", ".join(fields[m].label or m for m in spec.measures) \
            if spec.series in self.meta.form.series else ", ".join(spec.measures)
        return [f"Medelvärdet av månadsandelarna för {measures} ger poäng per "
                f"period: {bands}.", f"Perioder: {periods}."]

    def obligations(self, submission: Submission, as_of: dt.date) -> list[Obligation]:
        """Each payment period's register data, due when its last month is due."""
        rows = submission.series.get(self.spec.series, {})
        result = []
        for period in self.spec.periods:
            due = self.period_due(period)
            complete = all(month.last_day < as_of and all(
                rows.get(month, {}).get(measure) is not None for measure in self.spec.measures)
                for month in self._months(period))
            title = f"BUP-underlag {period.label}"
            detail = f"grund för utbetalning {period.payment}"
            if complete:
                result.append(Obligation(due, title, ReadinessState.DONE, detail,
                                         rule=self.id, subject=period.id))
            elif as_of > due:  # the register's data, not the region's record: no "försenad"
                result.append(Obligation(due, title, ReadinessState.NO_DATA, detail,
                                         rule=self.id, subject=period.id))
            else:
                result.append(Obligation(due, title, ReadinessState.DUE, detail,
                                         days=(due - as_of).days,
                                         rule=self.id, subject=period.id))
        return result


def _percent(value: object) -> str:
    return format_value("percent", value) if value is not None else "ingen siffra"
