"""Rule kind ``require``: every expected subject (an answer, each month of a series,
an attachment) must satisfy a condition; absence is judged in a closed world."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any, Literal

from pydantic import model_validator

from compliance.conditions.expressions import (
    Compare,
    Const,
    Expr,
    Field,
    fields,
    negate,
    parse,
    positive,
    refs,
    thresholds,
    type_problems,
)
from compliance.conditions.patterns import Match, Scalar, equal_to
from compliance.conditions.wording import FieldTypes, describe, in_words
from compliance.dates import month_deadline
from compliance.declared.form import PackMeta, ValueType
from compliance.facts.base import DERIVED_FIELDS, Fact, FactBase
from compliance.formatting import days as in_days
from compliance.formatting import disagreement, format_value
from compliance.kinds.base import CompiledRule, JudgeContext, RuleBase, tally, worst
from compliance.reading.strict import Strict
from compliance.results.verdict import (
    LIMIT_OPERATORS,
    Compared,
    Comparison,
    Evidence,
    Outcome,
    RuleLocation,
    Severity,
    Unit,
    Verdict,
)


class AnswerSelector(Strict):
    """Every answer of a type, optionally only those that declare a property."""

    type: ValueType
    having: Literal["max_length"] | None = None
    # answers the form lets a region leave (judged by a review rule instead)
    exclude: list[str] = []


class RequireSpec(RuleBase):
    kind: Literal["require"] = "require"
    each: str | None = None
    answer: str | None = None
    answers: list[str] | AnswerSelector | None = None
    attachment: str | None = None
    require: str
    deadline: str | None = None
    when_missing: Literal["missing", "fail"] = "missing"
    # an answer given as the survey's "kan inte uppskattas" option: answered without a
    # value, so a rule on the value cannot be judged ("missing", with that reason), while
    # a rule that the question is answered is met ("pass")
    cannot_estimate: Literal["missing", "pass"] = "missing"

    @model_validator(mode="after")
    def _one_subject(self) -> RequireSpec:
        given = [name for name in ("each", "answer", "answers", "attachment")
                 if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("ange exakt en av each, answer, answers eller attachment "
                             f"(fick {', '.join(given) or 'ingen'})")
        return self


_UNITS = {"percent": Unit.PERCENT, "number": Unit.COUNT, "decimal": Unit.NUMBER}


@dataclass(frozen=True)
class Subject:
    key: str
    label: str
    fact: Fact | None
    deadline: dt.date | None
    known: Fact | None = None  # what is known without the fact (a month's end and due day)


class RequireRule(CompiledRule):
    spec: RequireSpec

    def __init__(self, spec: RequireSpec, meta: PackMeta, location: RuleLocation) -> None:
        super().__init__(spec, meta, location)
        condition = spec.require
        if spec.attachment and spec.deadline:
            # an attachment counts only if it came in by the deadline, as an answer does
            condition = f"({condition}) and received <= deadlines.{spec.deadline}"
        self.expr: Expr = positive(parse(condition, meta.constants()))
        self.types = self._field_types()
        self.limit = _limit(self.expr, self.types)
        self.ref_types = {key: (answer.type, answer.title)
                          for key, answer in meta.form.answers.items()}

    # -- checks made when the pack loads -------------------------------------------------
    def uses(self) -> set[str]:
        group = "series" if self.spec.each else "attachments" if self.spec.attachment \
            else "answers"
        return {f"{group}.{key}" for key in self.subject_keys()} | \
            {f"answers.{name}" for name in refs(self.expr)}

    def problems(self) -> list[tuple[str, str]]:
        found = super().problems()
        form = self.meta.form
        for key in self.subject_keys():
            known = form.series if self.spec.each else form.attachments \
                if self.spec.attachment else form.answers
            if key not in known:
                found.append((self._subject_field(), f"'{key}' finns inte i paketets formulär"))
        for name in fields(self.expr):
            if name not in self.types:
                found.append(("require", f"fältet '{name}' finns inte för det som prövas "
                                         f"(kända: {', '.join(sorted(self.types))})"))
        for name in refs(self.expr):
            if name not in form.answers:
                found.append(("require", f"answers.{name} finns inte i formuläret"))
        found += [("require", message) for message in type_problems(
            self.expr, {name: kind for name, (kind, _) in self.types.items()},
            {name: kind for name, (kind, _) in self.ref_types.items()})]
        return found

    def _subject_field(self) -> str:
        return next(name for name in ("each", "answer", "answers", "attachment")
                    if getattr(self.spec, name) is not None)

    def subject_keys(self) -> list[str]:
        spec = self.spec
        if spec.each:
            return [spec.each]
        if spec.answer:
            return [spec.answer]
        if spec.attachment:
            return [spec.attachment]
        if isinstance(spec.answers, AnswerSelector):
            return [key for key, answer in self.meta.form.answers.items()
                    if answer.type == spec.answers.type and key not in spec.answers.exclude
                    and (spec.answers.having is None or getattr(answer, spec.answers.having))]
        return list(spec.answers or [])

    def _field_types(self) -> FieldTypes:
        derived = dict(DERIVED_FIELDS)
        if self.spec.each:
            series = self.meta.form.series.get(self.spec.each)
            own = {name: (f.type, f.label) for name, f in series.fields.items()} if series else {}
            return {**{k: derived[k] for k in ("month_end", "due")}, **own}
        if self.spec.attachment:
            return {k: derived[k] for k in ("file", "received")}
        kinds = {self.meta.form.answers[k].type for k in self.subject_keys()
                 if k in self.meta.form.answers}
        value_type = kinds.pop() if len(kinds) == 1 else "text"
        types: dict[str, tuple[str, str]] = {"value": (value_type, "svaret")}
        keys = self.subject_keys()
        if len(keys) == 1 and keys[0] in self.meta.form.answers:
            types["value_title"] = (value_type, self.meta.form.answers[keys[0]].title)
        if value_type == "text":
            types.update({k: derived[k] for k in
                          ("length", "max_length", "blank", "placeholder", "personal_data")})
        return types

    # -- what the engine fires on ------------------------------------------------------
    def _subject(self) -> tuple[str, tuple[tuple[str, tuple[Scalar, ...]], ...]]:
        if self.spec.each:
            return "item", (equal_to("series", self.spec.each),)
        kind = "attachment" if self.spec.attachment else "answer"
        return kind, (equal_to("key", *self.subject_keys()),)

    def matches(self) -> dict[str, Match]:
        kind, subject = self._subject()
        found = {"pass": Match(kind, subject, self.expr),
                 "fail": Match(kind, subject, negate(self.expr))}
        needed = fields(self.expr)
        if needed:
            found["missing"] = Match(kind, subject, absent=tuple(needed))
        return found

    def describe(self) -> list[str]:
        spec, form = self.spec, self.meta.form
        if spec.each:
            series = form.series[spec.each]
            subject = (f"För varje månad {series.expected.from_}–{series.expected.to} i "
                       f"\"{series.title}\" ska gälla")
        elif spec.attachment:
            subject = f"För bilagan \"{form.attachments[spec.attachment].title}\" ska gälla"
        elif isinstance(spec.answers, AnswerSelector) or spec.answers:
            subject = ("För vart och ett av svaren på "
                       f"{'; '.join(self._answer_label(key) for key in self.subject_keys())} "
                       "ska gälla")
        else:
            title = form.answers[str(spec.answer)].title
            label = self._answer_label(str(spec.answer))
            named = f"{label.replace('Fråga', 'fråga')} (\"{title}\")" \
                if label != title[:1].upper() + title[1:] else f"\"{title}\""
            subject = f"För svaret på {named} ska gälla"
        value = "svaret" if spec.answer else None
        refs = {name: label for name, (_, label) in self.ref_types.items()}
        lines = [f"{subject}: {in_words(self.expr, self.types, value, refs)}."]
        days = form.series[spec.each].due_days_after_month if spec.each else None
        if days is not None:
            lines.append(f"Varje månads sista leveransdag är {in_days(days)} efter månadens slut; "
                         "till och med den dagen blir en månad som inte uppfyller villkoret "
                         "\"väntar\".")
        elif spec.deadline:
            deadline = self.meta.deadlines[spec.deadline]
            lines.append(f"Tidsgräns: {deadline.title} {deadline.date.isoformat()}; till och "
                         "med den dagen blir det som inte är uppfyllt \"väntar\".")
        missing = "ej uppfyllt" if spec.when_missing == "fail" else "ej bedömbart"
        lines.append(f"Saknas uppgiften efter tidsgränsen blir utfallet \"{missing}\".")
        answers = [form.answers[key] for key in self.subject_keys() if key in form.answers
                   and not spec.each and not spec.attachment]
        if any(answer.cannot_estimate for answer in answers):
            outcome = "uppfyllt" if spec.cannot_estimate == "pass" else "ej bedömbart"
            lines.append("Enkätens eget svar \"kan inte uppskattas\" är ett giltigt svar utan "
                         f"värde: utfallet blir \"{outcome}\" med det som skäl.")
        if any(answer.sent_separately for answer in answers):
            lines.append("Ett svar som får lämnas utanför enkäten och står tomt blir \"att "
                         "granska\": en person kontrollerar om det har kommit in.")
        return lines

    # -- judging ---------------------------------------------------------------------------
    def subjects(self, facts: FactBase) -> list[Subject]:
        spec = self.spec
        rule_deadline = self.meta.deadlines[spec.deadline].date if spec.deadline else None
        if spec.each:
            series = self.meta.form.series[spec.each]
            result = []
            for month in series.expected_months():
                due = month_deadline(month, series.due_days_after_month) \
                    if series.due_days_after_month is not None else rule_deadline
                known = {"month_end": month.last_day.toordinal()}
                if due is not None:
                    known["due"] = due.toordinal()
                result.append(Subject(str(month), month.label().capitalize(),
                                      facts.items.get((spec.each, str(month))), due, known))
            return result
        if spec.attachment:
            title = self.meta.form.attachments[spec.attachment].title
            return [Subject(spec.attachment, title, facts.attachments.get(spec.attachment),
                            rule_deadline)]
        return [Subject(key, self._answer_label(key), facts.answers.get(key), rule_deadline)
                for key in self.subject_keys()]

    def _answer_label(self, key: str) -> str:
        answer = self.meta.form.answers[key]
        where = " ".join(part for part in (answer.section and f"{answer.section}",
                                           answer.question and f"fråga {answer.question}") if part)
        text = where or answer.title
        return text[:1].upper() + text[1:]

    def judge(self, ctx: JudgeContext) -> Verdict:
        decided = {fact_id: tag for tag, ids in ctx.fired.items() for fact_id in ids}
        answers = ctx.facts.answer_values()
        items: list[Evidence] = []
        subjects = self.subjects(ctx.facts)
        for subject in subjects:
            fact = subject.fact
            tag = decided.get(fact["id"]) if fact else None
            due_later = subject.deadline is not None and ctx.as_of <= subject.deadline
            due_text = f"senast {format_value('date', subject.deadline)}" \
                if subject.deadline else ""
            due = subject.deadline
            values = {k: self._plain(k, v) for k, v in (fact or {}).items()
                      if k in self.types}
            compared = self._compared(subject)
            if tag == "pass":
                items.append(Evidence(f"{subject.label}: "
                                      f"{describe(self.expr, fact or {}, answers, self.types, self.ref_types, True)}",  # noqa: E501
                                      Outcome.PASS, subject.key, values, due,
                                      compared=compared))
            elif tag == "fail":
                why = describe(self.expr, fact or {}, answers, self.types, self.ref_types, False,
                               goal=self.spec.severity is Severity.MAL)
                if "personal_data" in fields(self.expr) and subject.key in ctx.facts.personal_data:
                    why += f" ({', '.join(ctx.facts.personal_data[subject.key])})"
                why += "".join(f" ({note})" for note in self._notes(ctx, subject.key))
                outcome = Outcome.PENDING if due_later else Outcome.FAIL
                suffix = f" (inte slutligt, {due_text})" if due_later else ""
                items.append(Evidence(f"{subject.label}: {why}{suffix}", outcome, subject.key,
                                      values, due, compared=compared))
            elif fact is None and self._answered_otherwise(ctx, subject.key, due_later):
                items.append(replace(self._otherwise(ctx, subject), values=values, due=due,
                                     compared=compared))
            else:
                absent = self._absent(fact, answers)
                unrecorded = self._unrecorded(fact)
                if due_later:
                    items.append(Evidence(f"{subject.label}: {absent}, {due_text}",
                                          Outcome.PENDING, subject.key, values, due,
                                          compared=compared))
                elif unrecorded:
                    # the submission should record that this was done; after the deadline
                    # no record means it was not done in time (as `status` says "försenad")
                    items.append(Evidence(f"{subject.label}: {unrecorded}", Outcome.FAIL,
                                          subject.key, values, due, on_record=False,
                                          compared=compared))
                else:
                    outcome = Outcome(self.spec.when_missing)
                    items.append(Evidence(f"{subject.label}: {absent}", outcome, subject.key,
                                          values, due, compared=compared))
        for subject in subjects:
            items += self._disagreements(ctx, subject.key, subject.label, subject.deadline)
        outcome = worst([item.outcome for item in items])
        return self.verdict(outcome, items, self._summary(items, outcome))

    def _answered_otherwise(self, ctx: JudgeContext, key: str, due_later: bool) -> bool:
        """An answer without a value that is no missing answer: the survey's "kan inte
        uppskattas" option, or a blank where the form lets the answer be sent apart."""
        if self.spec.each or self.spec.attachment or key not in self.meta.form.answers:
            return False
        return key in ctx.facts.cannot_estimate or (
            not due_later and self.meta.form.answers[key].sent_separately is not None)

    def _otherwise(self, ctx: JudgeContext, subject: Subject) -> Evidence:
        option = ctx.facts.cannot_estimate.get(subject.key)
        if option is None:
            how = self.meta.form.answers[subject.key].sent_separately
            return Evidence(f"{subject.label}: inte besvarad i enkäten; svaret får i stället "
                            f"lämnas {how}, så en person behöver kontrollera om det har "
                            "kommit in", Outcome.REVIEW, subject.key)
        if self.spec.cannot_estimate == "pass":
            return Evidence(f"{subject.label}: besvarad med \"{option}\", enkätens eget "
                            "svarsalternativ (ett giltigt svar utan värde)", Outcome.PASS,
                            subject.key)
        goal = {Severity.MAL: "målet", Severity.VILLKOR: "villkoret",
                Severity.INDIKATOR: "indikatorn"}.get(self.spec.severity, "kravet")
        return Evidence(f"{subject.label}: regionen har svarat \"{option}\", enkätens eget "
                        f"svarsalternativ; ett giltigt svar, men utan värde kan {goal} inte "
                        "bedömas", Outcome.MISSING, subject.key)

    def _disagreements(self, ctx: JudgeContext, key: str, label: str,
                       due: dt.date | None) -> list[Evidence]:
        """A month judged on the unit log whose figure the region gave differently: a
        finding for a person to look into (``att granska``), never a pass; the month
        itself is judged on the log."""
        if not self.spec.each:
            return []
        found = []
        for name in sorted(fields(self.expr)):
            differs = ctx.facts.disagreements.get((self.spec.each, key, name))
            if differs is not None:
                what = self.meta.form.series[self.spec.each].fields[name].label or name
                found.append(Evidence(
                    f"{label}: regionens egen uppgift stämmer inte med enhetsloggen ({what}: "
                    f"{disagreement(*differs)}); månaden bedöms på enhetsloggen och "
                    "skillnaden behöver förklaras", Outcome.REVIEW, key,
                    {"region": _json(differs[0]), "unit_log": _json(differs[1])}, due))
        return found

    def _compared(self, subject: Subject) -> tuple[Compared, ...]:
        """The comparisons this condition makes for ``subject``: each number compared with
        a threshold the rule states, and (when the condition is one comparison of a number
        or date with a limit) the one a chart draws, one and the same where they agree."""
        found = list(self._fixed(subject))
        charted = self._charted(subject) if self.limit else None
        if charted is None:
            return tuple(found)
        same = next((i for i, c in enumerate(found) if (c.field, c.op, c.threshold) ==
                     (charted.field, charted.op, charted.threshold)
                     and c.value == charted.value), None)
        if same is None:
            return (*found, charted)
        found[same] = replace(found[same], charted=True, label=charted.label,
                              threshold_label=charted.threshold_label)
        return tuple(found)

    def _charted(self, subject: Subject) -> Compared:
        """The compared value and its limit, when the condition is one comparison of a
        number or date with a limit: what a chart draws."""
        assert self.limit is not None
        name, op, limit = self.limit
        values = {**(subject.known or {}), **(subject.fact or {})}
        kind, label = self.types[name]

        def read(operand: Field | Const) -> int | float | dt.date | None:
            raw = values.get(operand.name) if isinstance(operand, Field) else operand.value
            if raw is None or isinstance(raw, bool) or not isinstance(raw, int | float):
                return None
            if kind == "date":
                return dt.date.fromordinal(raw) if isinstance(raw, int) else None
            return raw

        if name == "value" and subject.key in self.meta.form.answers:
            label = self.meta.form.answers[subject.key].title
        if isinstance(limit, Field):
            limit_label = self.types[limit.name][1]
        else:
            limit_label = "tidsgränsen" if kind == "date" else \
                "målet" if self.spec.severity is Severity.MAL else "kravet"
        start = values.get("month_end") if kind == "date" else None
        return Compared(name, label, read(Field(name)), Comparison(op), read(limit),
                        limit_label, _UNITS.get(kind), subject.label,
                        dt.date.fromordinal(start) if isinstance(start, int) else None,
                        charted=True)

    def _notes(self, ctx: JudgeContext, key: str) -> list[str]:
        """Notes on the fields this rule reads, e.g. the units that did not report."""
        if not self.spec.each:
            return []
        return [note for name in fields(self.expr)
                if (note := ctx.facts.notes.get((self.spec.each, key, name)))]

    def completion_fields(self) -> list[str]:
        """The fields of this rule's subject that record that an obligation was met: a
        series' delivery date, an attachment's receipt, an answer that a deadline names
        as its ``done_by``."""
        spec = self.spec
        if spec.each:
            delivery = self.meta.form.series[spec.each].delivery_field
            return [delivery] if delivery else []
        if spec.attachment:
            return ["received"]
        done_by = {d.done_by for d in self.meta.deadlines.values() if d.done_by}
        return ["value"] if set(self.subject_keys()) <= done_by else []

    def records(self) -> set[str]:
        read = [name for name in self.completion_fields() if name in fields(self.expr)]
        if not read:
            return set()
        group = "series" if self.spec.each else "attachments" if self.spec.attachment \
            else "answers"
        return {f"{group}.{key}" for key in self.subject_keys()}

    def _unrecorded(self, fact: Fact | None) -> str | None:
        """Why the completion of this subject is not on record, if the rule reads it."""
        read = [name for name in self.completion_fields() if name in fields(self.expr)]
        if not read or (fact is not None and all(fact.get(name) is not None for name in read)):
            return None
        if self.spec.each:
            return "ingen uppgift om att månaden har levererats"
        if self.spec.attachment:
            return "ingen uppgift om att bilagan har kommit in"
        deadline = self.meta.deadlines[self.spec.deadline] if self.spec.deadline else None
        return deadline.missing if deadline and deadline.missing else \
            "ingen uppgift om att det har skett"

    def _absent(self, fact: Fact | None, answers: dict[str, Any]) -> str:
        if fact is None:
            return "uppgift saknas"
        lacking = [self.types[name][1] for name in fields(self.expr) if fact.get(name) is None]
        lacking += [self.ref_types[name][1] for name in refs(self.expr)
                    if answers.get(name) is None]
        return f"{', '.join(lacking)} saknas"

    def _fixed(self, subject: Subject) -> list[Compared]:
        """The numbers this condition compares with thresholds it states, with units."""
        found = []
        for name, op, threshold in thresholds(self.expr):
            kind, label = self.types.get(name, ("", name))
            unit = _UNITS.get(kind)
            if unit is None:
                continue
            value = (subject.fact or {}).get(name)
            found.append(Compared(name, label, value if isinstance(value, int | float) and
                                  not isinstance(value, bool) else None, Comparison(op),
                                  threshold, "målet" if self.spec.severity is Severity.MAL
                                  else "kravet", unit, subject.label, fixed=True))
        return found

    def _plain(self, name: str, value: Any) -> Any:
        kind = self.types[name][0]
        if kind == "date" and isinstance(value, int):
            return format_value("date", value)
        return value

    def _summary(self, items: list[Evidence], outcome: Outcome) -> str:
        if len(items) == 1:
            return items[0].text
        return tally(items, "månader" if self.spec.each else "svar")




def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _limit(expr: Expr, types: FieldTypes) -> tuple[str, str, Field | Const] | None:
    """(field, operator, limit) when the condition is one comparison of a number field with
    a number, or of a date field with a date or another date field; otherwise None."""
    if not isinstance(expr, Compare) or expr.op not in LIMIT_OPERATORS \
            or len(expr.left.terms) != 1 or len(expr.right.terms) != 1:
        return None
    (left_sign, left), (right_sign, right) = expr.left.terms[0], expr.right.terms[0]
    if left_sign != 1 or right_sign != 1 or not isinstance(left, Field) \
            or left.name not in types:
        return None
    kind = types[left.name][0]
    if kind in ("number", "percent", "decimal"):
        fits = isinstance(right, Const) and right.kind == "number"
    elif kind == "date":
        fits = (isinstance(right, Const) and right.kind == "date") or (
            isinstance(right, Field) and types.get(right.name, ("",))[0] == "date")
    else:
        fits = False
    return (left.name, expr.op, right) if fits and isinstance(right, Field | Const) else None
