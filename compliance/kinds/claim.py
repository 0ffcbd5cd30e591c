"""Rule kind ``claim``: a region's own yes/no answer against the rules that test the same
thing on data. "Ja" with data that fails is a failed claim; "Nej" with data that holds is
reported as an indikator. Claims are judged in a second engine pass, over verdict facts."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from pydantic import Field

from compliance.conditions.patterns import Match, equal_to
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase
from compliance.results.verdict import Evidence, Outcome, Severity, Verdict

_TAGS = ("pass", "fail", "missing", "pending", "waived")


class ClaimSpec(RuleBase):
    kind: Literal["claim"]
    answer: str
    evidence: list[str] = Field(min_length=1)
    deadline: str | None = None


class ClaimRule(CompiledRule):
    spec: ClaimSpec
    phase = 2

    def uses(self) -> set[str]:
        return {f"answers.{self.spec.answer}"}

    def references(self) -> list[str]:
        return list(self.spec.evidence)

    def problems(self) -> list[tuple[str, str]]:
        found = super().problems()
        answer = self.meta.form.answers.get(self.spec.answer)
        if answer is None or answer.type != "yes_no":
            found.append(("answer", f"'{self.spec.answer}' är ingen ja/nej-fråga i formuläret"))
        return found

    def matches(self) -> dict[str, Match]:
        """One match per outcome of the evidence: fires on each evidence verdict, joined
        with the region's answer, so the judge sees both sides."""
        return {tag: Match("verdict", (equal_to("rule", *self.spec.evidence),
                                       equal_to("outcome", tag)), answers=(self.spec.answer,))
                for tag in _TAGS}

    def describe(self) -> list[str]:
        return [f"Regionens svar på {self.spec.answer} jämförs med utfallet av "
                f"{', '.join(self.spec.evidence)}. Ett Ja som underlaget motsäger är ej "
                "uppfyllt; ett Nej där underlaget visar att villkoret håller redovisas "
                "som indikator."]

    def judge(self, ctx: JudgeContext) -> Verdict:
        answer = ctx.facts.answers.get(self.spec.answer, {}).get("value")
        said = {"ja": "Ja", "nej": "Nej"}.get(str(answer), "inget")
        decided = [fact for tag in _TAGS for fact in ctx.fired_on(tag)]
        outcomes = {fact["rule"]: Outcome(fact["outcome"]) for fact in decided}
        if answer is None:
            due = self.meta.deadlines[self.spec.deadline].date if self.spec.deadline else None
            outcome = Outcome.PENDING if due and ctx.as_of <= due else Outcome.MISSING
            text = f"Regionen har inte besvarat {self.spec.answer}"
            return self.verdict(outcome, [Evidence(text, outcome, self.spec.answer)], text)
        # only data contradicts a claim: a record the submission lacks leaves it undecided
        failing = [item for rule_id in self.spec.evidence if outcomes.get(rule_id) is Outcome.FAIL
                   for item in ctx.verdicts[rule_id].evidence
                   if item.outcome is Outcome.FAIL and item.on_record]
        holds = all(outcomes.get(rule_id) is Outcome.PASS for rule_id in self.spec.evidence)
        undecided = [rule_id for rule_id in self.spec.evidence
                     if outcomes.get(rule_id) is not Outcome.PASS and not any(
                         item.outcome is Outcome.FAIL and item.on_record
                         for item in ctx.verdicts[rule_id].evidence)]
        severity = self.spec.severity
        if failing:
            shown = "; ".join(item.text for item in failing[:3])
            more = f" (och {len(failing) - 3} till)" if len(failing) > 3 else ""
            outcome = Outcome.FAIL if answer == "ja" else Outcome.PASS
            text = f"Regionen svarade {said}; underlaget visar {shown}{more}"
        elif holds:
            outcome = Outcome.PASS if answer == "ja" else Outcome.FAIL
            if answer == "nej":
                severity = Severity.INDIKATOR  # a modest answer is worth noting, not a breach
            text = f"Regionen svarade {said}; underlaget visar att villkoret är uppfyllt"
        else:
            waiting = all(outcomes.get(r) is Outcome.PENDING for r in undecided)
            outcome = Outcome.PENDING if waiting else Outcome.MISSING
            text = (f"Regionen svarade {said}; underlaget räcker inte för att pröva svaret "
                    f"({', '.join(undecided)})")
        deadline = self.meta.deadlines[self.spec.deadline].date if self.spec.deadline else None
        values = {"answer": answer, **{r: o.value for r, o in outcomes.items()}}
        verdict = self.verdict(outcome, [Evidence(text, outcome, self.spec.answer, values,
                                                  deadline)], text)
        return replace(verdict, severity=severity)

