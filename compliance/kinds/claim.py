"""Rule kind ``claim``: a region's own yes/no answer against the rules that test the same
thing on data. "Ja" with data that fails is a failed claim; "Nej" with data that holds is
reported as an indikator. Claims are judged in a second engine pass, over verdict facts."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Literal

from pydantic import Field

from compliance.conditions.patterns import Match, equal_to
from compliance.dates import MONTH_NAMES, Month
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase
from compliance.results.verdict import Evidence, Outcome, Severity, Verdict

_TAGS = ("pass", "fail", "missing", "pending", "waived")


class ClaimSpec(RuleBase):
    kind: Literal["claim"]
    answer: str
    evidence: list[str] = Field(min_length=1)
    deadline: str | None = None
    # a deadline (e.g. Socialstyrelsen's judgement day) after which the data cannot decide
    # the claim: only what is due by then is read, and the verdict says so
    judged_on: str | None = None


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
        for name in (self.spec.judged_on,):
            if name is not None and name not in self.meta.deadlines:
                found.append(("judged_on", f"'{name}' är ingen tidsgräns i paketet"))
        return found

    def matches(self) -> dict[str, Match]:
        """One match per outcome of the evidence: fires on each evidence verdict, joined
        with the region's answer, so the judge sees both sides."""
        return {tag: Match("verdict", (equal_to("rule", *self.spec.evidence),
                                       equal_to("outcome", tag)), answers=(self.spec.answer,))
                for tag in _TAGS}

    def _question(self) -> str:
        answer = self.meta.form.answers.get(self.spec.answer)
        if answer is None:
            return self.spec.answer
        where = " ".join(part for part in (answer.section, answer.question and
                                           f"fråga {answer.question}") if part)
        return f"{where} (\"{answer.title}\")" if where else f"\"{answer.title}\""

    def _cutoff(self) -> dt.date | None:
        return self.meta.deadlines[self.spec.judged_on].date if self.spec.judged_on else None

    def _more(self, left: int) -> str:
        """Where the items not quoted stand: under the rules the claim reads, in full."""
        if left <= 0:
            return ""
        return f" (ytterligare {left} under {', '.join(self.spec.evidence)})"

    def describe(self) -> list[str]:
        lines = [f"Regionens svar på {self._question()} jämförs med utfallet av "
                 f"{', '.join(self.spec.evidence)}. Ett Ja som underlaget motsäger är ej "
                 "uppfyllt; ett Nej där underlaget visar att villkoret håller redovisas "
                 "som indikator. En månad med undantag motsäger inget."]
        cutoff = self._cutoff()
        if cutoff is not None:
            title = self.meta.deadlines[str(self.spec.judged_on)].title
            lines.append(f"Bara det som ska finnas senast {cutoff.isoformat()} ({title}) "
                         "prövas; senare månader kan inte avgöra bedömningen.")
        return lines

    def judge(self, ctx: JudgeContext) -> Verdict:
        answer = ctx.facts.answers.get(self.spec.answer, {}).get("value")
        said = {"ja": "Ja", "nej": "Nej"}.get(str(answer), "inget")
        decided = [fact for tag in _TAGS for fact in ctx.fired_on(tag)]
        outcomes = {fact["rule"]: Outcome(fact["outcome"]) for fact in decided}
        deadline = self.meta.deadlines[self.spec.deadline].date if self.spec.deadline else None
        if answer is None:
            outcome = Outcome.PENDING if deadline and ctx.as_of <= deadline else Outcome.MISSING
            text = f"Regionen har inte besvarat {self._question()}"
            return self.verdict(outcome, [Evidence(text, outcome, self.spec.answer)], text)
        cutoff = self._cutoff()
        read = [item for rule_id in self.spec.evidence if rule_id in outcomes
                for item in ctx.verdicts[rule_id].evidence
                if cutoff is None or item.due is None or item.due <= cutoff]
        # only data contradicts a claim: a record the submission lacks leaves it undecided
        failing = [item for item in read if item.outcome is Outcome.FAIL and item.on_record]
        waived = [item for item in read if item.outcome is Outcome.WAIVED]
        undecided = [item for item in read if item.outcome not in (Outcome.PASS, Outcome.WAIVED)
                     and item not in failing]
        missing_rules = [rule_id for rule_id in self.spec.evidence if rule_id not in outcomes]
        scope = self._scope(read, cutoff)
        severity = self.spec.severity
        if failing:
            shown = "; ".join(item.text for item in failing[:3])
            more = self._more(len(failing) - 3)
            outcome = Outcome.FAIL if answer == "ja" else Outcome.PASS
            text = f"Regionen svarade {said}; underlaget visar {shown}{more}"
        elif not undecided and not missing_rules:
            outcome = Outcome.PASS if answer == "ja" else Outcome.FAIL
            if answer == "nej":
                severity = Severity.INDIKATOR  # a modest answer is worth noting, not a breach
            text = f"Regionen svarade {said}; underlaget visar att villkoret är uppfyllt"
        else:
            waiting = not missing_rules and all(item.outcome is Outcome.PENDING
                                                for item in undecided)
            outcome = Outcome.PENDING if waiting else Outcome.MISSING
            open_items = "; ".join(dict.fromkeys(item.text for item in undecided[:3]))
            more = self._more(len(undecided) - 3)
            lacking = open_items + more if undecided else ", ".join(missing_rules)
            text = (f"Regionen svarade {said}; underlaget räcker inte för att pröva svaret "
                    f"({lacking})")
        text += scope
        if waived:
            text += ("; med undantag, som inte motsäger svaret: "
                     + ", ".join(dict.fromkeys(item.subject for item in waived)))
        values = {"answer": answer, **{r: o.value for r, o in outcomes.items()}}
        # the data that can settle the claim is due by the judgement day, not the answer's
        due = cutoff or deadline
        verdict = self.verdict(outcome, [Evidence(text, outcome, self.spec.answer, values,
                                                  due)], text)
        return replace(verdict, severity=severity)

    def _scope(self, read: list[Evidence], cutoff: dt.date | None) -> str:
        """"; prövat på januari–september 2024, det som ska finnas 2024-11-15, när …"
        when a cutoff bounds the months read, else nothing."""
        if cutoff is None:
            return ""
        months = sorted({Month.parse(item.subject) for item in read
                         if _MONTH.match(item.subject)})
        span = ""
        if months:
            first, last = months[0], months[-1]
            span = f" {MONTH_NAMES[first.month - 1]}–{last.label()}" \
                if first.year == last.year and first != last else f" {first.label()}"
        title = self.meta.deadlines[str(self.spec.judged_on)].title
        return (f"; prövat på{span}, det som ska finnas {cutoff.isoformat()}, när "
                f"{_mid(title)}")


_MONTH = re.compile(r"^\d{4}-\d{2}$")


def _mid(title: str) -> str:
    """A title inside a sentence: "Socialstyrelsen redovisar …" kept, "Redovisningen …"
    lower-cased."""
    return title if title.startswith("Socialstyrelsen") else title[:1].lower() + title[1:]
