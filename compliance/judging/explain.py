"""`compliance explain`: a rule in words, for a reader who is not an engineer."""

from __future__ import annotations

from compliance.conditions.expressions import And, Compare, Const, Expr, Field, Not, Or, Ref, Sum
from compliance.formatting import format_value
from compliance.kinds.base import CompiledRule
from compliance.kinds.claim import ClaimRule
from compliance.kinds.points import PointsRule
from compliance.kinds.require import AnswerSelector, RequireRule
from compliance.results.verdict import Verdict

SEVERITY_WORDS = {
    "villkor": "villkor för utbetalning",
    "krav": "krav i redovisningsformuläret",
    "indikator": "indikator (information, påverkar inte avslutningskoden)",
}
_NUMBER_OPS = {">=": "minst", "<=": "högst", ">": "mer än", "<": "mindre än", "==": "lika med",
               "!=": "skilt från"}
_DATE_OPS = {"<=": "senast", "<": "före", ">=": "tidigast", ">": "efter", "==": "den",
             "!=": "inte den"}


def explain_rule(rule: CompiledRule) -> list[str]:
    spec = rule.spec
    source = rule.source()
    lines = [f"{spec.title} ({spec.id})",
             f"Slag: {SEVERITY_WORDS[spec.severity.value]}.",
             f"Källa: {source.citation()}." + (f" {source.note}." if source.note else ""),
             f"Regeln står i {rule.location.file}, rad {rule.location.line}.", ""]
    if isinstance(rule, RequireRule):
        lines += _require(rule)
    elif isinstance(rule, PointsRule):
        lines += _points(rule)
    elif isinstance(rule, ClaimRule):
        lines.append(f"Regionens svar på {rule.spec.answer} jämförs med utfallet av "
                     f"{', '.join(rule.spec.evidence)}. Ett Ja som underlaget motsäger är ej "
                     "uppfyllt; ett Nej där underlaget visar att villkoret håller redovisas "
                     "som indikator.")
    if spec.assumption:
        lines.append(f"Antagande: {spec.assumption}")
    return lines


def _require(rule: RequireRule) -> list[str]:
    spec, form = rule.spec, rule.meta.form
    if spec.each:
        series = form.series[spec.each]
        subject = (f"För varje månad {series.expected.from_}–{series.expected.to} i "
                   f"\"{series.title}\" ska gälla")
    elif spec.attachment:
        subject = f"För bilagan \"{form.attachments[spec.attachment].title}\" ska gälla"
    elif isinstance(spec.answers, AnswerSelector) or spec.answers:
        keys = rule.subject_keys()
        subject = f"För vart och ett av svaren {', '.join(keys)} ska gälla"
    else:
        subject = f"För svaret på \"{form.answers[str(spec.answer)].title}\" ska gälla"
    lines = [f"{subject}: {_words(rule.expr, rule)}."]
    if spec.each and form.series[spec.each].due_days_after_month is not None:
        days = form.series[spec.each].due_days_after_month
        lines.append(f"Varje månads sista dag är {days} dagar efter månadens slut; före den "
                     "dagen blir en månad som inte uppfyller villkoret \"väntar\".")
    elif spec.deadline:
        deadline = rule.meta.deadlines[spec.deadline]
        lines.append(f"Tidsgräns: {deadline.title} {deadline.date.isoformat()}; till och med "
                     "den dagen blir det som inte är uppfyllt \"väntar\".")
    missing = "ej uppfyllt" if spec.when_missing == "fail" else "ej bedömbart"
    lines.append(f"Saknas uppgiften efter tidsgränsen blir utfallet \"{missing}\".")
    return lines


def _points(rule: PointsRule) -> list[str]:
    spec = rule.spec
    bands = "; ".join(f"minst {format_value('number', band.min)} % ger {band.points} p"
                      for band in spec.table)
    periods = "; ".join(f"{p.label} (utbetalning {p.payment})" for p in spec.periods)
    return [f"Medelvärdet av månadsandelarna för {', '.join(spec.measures)} ger poäng per "
            f"period: {bands}.", f"Perioder: {periods}."]


def _words(expr: Expr, rule: RequireRule) -> str:
    if isinstance(expr, And):
        return " och ".join(_words(item, rule) for item in expr.items)
    if isinstance(expr, Or):
        return "(" + " eller ".join(_words(item, rule) for item in expr.items) + ")"
    if isinstance(expr, Not):
        return f"inte ({_words(expr.item, rule)})"
    return _compare(expr, rule)


def _compare(compare: Compare, rule: RequireRule) -> str:
    kind = next((rule.types.get(op.name, ("number", ""))[0] for _, op in compare.left.terms
                 if isinstance(op, Field)), "number")
    right = compare.right.terms
    if kind == "bool" and len(right) == 1 and isinstance(right[0][1], Const):
        wanted = bool(right[0][1].value) == (compare.op == "==")
        return f"{_sum(compare.left, rule)}: {'ja' if wanted else 'nej'}"
    ops = _DATE_OPS if kind == "date" else _NUMBER_OPS
    if kind in ("yes_no", "text") and compare.op in ("==", "!="):
        ops = {"==": "är", "!=": "är inte"}
    return f"{_sum(compare.left, rule)} {ops[compare.op]} {_sum(compare.right, rule, kind)}"


def _sum(total: Sum, rule: RequireRule, kind: str = "number") -> str:
    words = []
    for index, (sign, operand) in enumerate(total.terms):
        if isinstance(operand, Field) and operand.name == "value" and rule.spec.answer:
            text = f"svaret {rule.spec.answer}"
        elif isinstance(operand, Field):
            text = rule.types.get(operand.name, ("", operand.name))[1]
        elif isinstance(operand, Ref):
            text = f"svaret {operand.answer}"
        elif operand.kind == "date":
            text = format_value("date", operand.value)
        elif operand.kind == "days":
            text = f"{operand.value} dagar"
        elif operand.kind == "string":
            text = format_value("yes_no", operand.value) if kind == "yes_no" \
                else f"\"{operand.value}\""
        else:
            text = f"{format_value('number', operand.value)}{' %' if kind == 'percent' else ''}"
        words.append(text if index == 0 else f"{'plus' if sign > 0 else 'minus'} {text}")
    return " ".join(words)


def explain_verdict(verdict: Verdict) -> list[str]:
    lines = ["", f"Bedömning för {verdict.rule}: {verdict.outcome.label}.",
             f"Sammanfattning: {verdict.summary}", "Fakta som prövades:"]
    lines += [f"  {item.outcome.label:>12}  {item.text}" for item in verdict.evidence]
    if verdict.waiver:
        lines.append(f"Undantag: {verdict.waiver.justification}; underlaget visar "
                     f"{verdict.waiver.data_outcome.label}.")
    return lines
