"""Rule kind ``review``: a requirement only a human reader can judge (does the answer
give a plan? does the text describe status and revision?). The report lists each
answer as *att granska* with the text to read and what to look for; a reviewer's
attestation (judging/attestations.py) then decides it, with an audit trail."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from compliance.conditions.expressions import parse
from compliance.conditions.patterns import Match, equal_to
from compliance.formatting import format_value
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase, worst
from compliance.results.verdict import Evidence, Outcome, Verdict

_ANSWERED = "blank == false and placeholder == false"
_LEFT = "blank == true or placeholder == true"
_REFERS = "refers == true"


class ReviewSpec(RuleBase):
    kind: Literal["review"]
    answer: str | None = None
    answers: list[str] | None = None
    look_for: str  # what the reviewer decides, in the agreement's words
    deadline: str | None = None
    # the form lets a region leave this answer (e.g. results described earlier): a blank
    # answer is then an item to review, not a missing one
    may_be_left: bool = False
    # only answers that refer to an earlier year's account (seeds/001 allows it)
    only_references: bool = False
    # other answers the reviewer must read beside it, of any type (3.6: the three Ja/nej
    # answers, the comment and the description of the section's insats)
    shown_with: list[str] = []

    @model_validator(mode="after")
    def _one_subject(self) -> ReviewSpec:
        if (self.answer is None) == (self.answers is None):
            raise ValueError("ange antingen answer eller answers")
        return self


class ReviewRule(CompiledRule):
    spec: ReviewSpec
    read_by_a_person = True

    def keys(self) -> list[str]:
        return [self.spec.answer] if self.spec.answer else list(self.spec.answers or [])

    def uses(self) -> set[str]:
        return {f"answers.{key}" for key in [*self.keys(), *self.spec.shown_with]}

    def problems(self) -> list[tuple[str, str]]:
        found = super().problems()
        found += [("shown_with", f"'{key}' är ingen fråga i formuläret")
                  for key in self.spec.shown_with if key not in self.meta.form.answers]
        for key in self.keys():
            answer = self.meta.form.answers.get(key)
            if answer is None or answer.type != "text":
                found.append(("answers" if self.spec.answers else "answer",
                              f"'{key}' är ingen fritextfråga i formuläret"))
        return found

    def matches(self) -> dict[str, Match]:
        subject = (equal_to("key", *self.keys()),)
        if self.spec.only_references:
            return {"refers": Match("answer", subject, parse(_REFERS))}
        return {"answered": Match("answer", subject, parse(_ANSWERED)),
                "left": Match("answer", subject, parse(_LEFT))}

    def describe(self) -> list[str]:
        which = "de svar som hänvisar till en tidigare redovisning bland " \
            if self.spec.only_references else ""
        others = "; ".join(self._label(key) for key in self.spec.shown_with)
        beside = f" Läses tillsammans med: {others}." if others else ""
        lines = [f"Granskas av en människa: {which}"
                 f"{'; '.join(self._label(key) for key in self.keys())}.{beside}",
                 f"Granskaren avgör: {self.spec.look_for}",
                 "Utan attest står svaret som \"att granska\"; en attest (--attestations) "
                 "ger utfallet uppfyllt eller ej uppfyllt, med granskare, datum och skäl."]
        if self.spec.may_be_left:
            lines.append("Formuläret tillåter att svaret lämnas tomt; ett tomt svar granskas "
                         "också.")
        return lines

    def judge(self, ctx: JudgeContext) -> Verdict:
        fired = {fact["key"]: tag for tag in ("answered", "left", "refers")
                 for fact in ctx.fired_on(tag)}
        deadline = self.meta.deadlines[self.spec.deadline].date if self.spec.deadline else None
        items = []
        for key in self.keys():
            label = self._label(key)
            tag = fired.get(key)
            text = ctx.facts.texts.get(key, "")
            if tag in ("answered", "refers"):
                items.append(Evidence(f"{label}: att granska – {self.spec.look_for} Svaret: "
                                      f"\"{text}\"{self._beside(ctx)}", Outcome.REVIEW, key,
                                      {}, deadline, label=label))
            elif self.spec.may_be_left and (tag == "left" or key not in ctx.facts.answers) \
                    and deadline is not None and ctx.as_of <= deadline:
                # not yet due: empty, the placeholder or left out may still be filled in
                items.append(Evidence(f"{label}: inte ifyllt ännu (formuläret tillåter att det "
                                      f"lämnas), senast {format_value('date', deadline)}",
                                      Outcome.PENDING, key, {}, deadline, label=label))
            elif self.spec.may_be_left and (tag == "left" or key not in ctx.facts.answers):
                # left empty, left as the template's placeholder or left out of the file:
                # the form allows all three, and all three mean the same
                items.append(Evidence(f"{label}: lämnat tomt, vilket formuläret tillåter; att "
                                      f"granska – {self.spec.look_for}", Outcome.REVIEW, key,
                                      {}, deadline, label=label))
            elif self.spec.only_references:
                continue  # an answer that refers to nothing earlier is not for this rule
            elif deadline is not None and ctx.as_of <= deadline:
                items.append(Evidence(f"{label}: inte besvarad ännu, senast "
                                      f"{format_value('date', deadline)}", Outcome.PENDING, key,
                                      {}, deadline))
            else:
                items.append(Evidence(f"{label}: inte besvarad, så det finns inget att granska",
                                      Outcome.MISSING, key, {}, deadline))
        if not items:
            answered = [key for key in self.keys() if key in ctx.facts.answers]
            if answered:
                text = "Inget svar hänvisar till en tidigare redovisning."
                return self.verdict(Outcome.PASS, [Evidence(text, Outcome.PASS, "", {})], text)
            # no answer at all: nothing shows that none refers to an earlier account
            waiting = deadline is not None and ctx.as_of <= deadline
            outcome = Outcome.PENDING if waiting else Outcome.MISSING
            text = "Inga svar att pröva ännu" if waiting else "Inga svar att pröva"
            return self.verdict(outcome, [Evidence(text, outcome, "", {}, deadline)], text)
        outcome = worst([item.outcome for item in items])
        summary = items[0].text if len(items) == 1 else \
            f"{len(items)} svar: " + ", ".join(
                f"{sum(1 for i in items if i.outcome is o)} {o.label}" for o in Outcome
                if any(i.outcome is o for i in items))
        return self.verdict(outcome, items, summary)

    def _beside(self, ctx: JudgeContext) -> str:
        """The other answers the reviewer reads with this one, as the region gave them."""
        if not self.spec.shown_with:
            return ""
        shown = []
        for key in self.spec.shown_with:
            fact = ctx.facts.answers.get(key)
            if fact is None:
                value = "inte besvarad"
            elif self.meta.form.answers[key].type == "text":
                value = f"\"{ctx.facts.texts.get(key, '')}\""
            else:
                value = format_value(self.meta.form.answers[key].type, fact.get("value"))
            shown.append(f"{self._label(key)}: {value}")
        return " Läs tillsammans med: " + "; ".join(shown) + "."

    def _label(self, key: str) -> str:
        answer = self.meta.form.answers[key]
        where = " ".join(part for part in (answer.section,
                                           answer.question and f"fråga {answer.question}")
                         if part)
        return f"{where}, {answer.title}" if where else answer.title
