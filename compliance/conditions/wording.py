"""Conditions in words: the comparisons that decided a verdict, with their values
(``svarsfrekvens 93,1 % < 95 %``), and a whole condition as a sentence for `explain`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.conditions.expressions import (
    NEGATED,
    SYMBOLS,
    And,
    Compare,
    Const,
    Expr,
    Field,
    MissingValue,
    Not,
    Operand,
    Or,
    Ref,
    Sum,
    comparisons,
    holds,
    positive,
)
from compliance.formatting import format_value

FieldTypes = Mapping[str, tuple[str, str]]  # name → (value type, Swedish label)


def describe(expr: Expr, fact: Mapping[str, Any], answers: Mapping[str, Any],
             types: FieldTypes, ref_types: FieldTypes, decided: bool) -> str:
    """The comparisons whose truth equals ``decided``, worded with their values."""
    parts = []
    for compare in comparisons(positive(expr)):
        try:
            truth = holds(compare, fact, answers)
        except MissingValue:
            continue
        if truth == decided:
            op = compare.op if truth else NEGATED[compare.op]
            parts.append(_compare(compare, op, fact, answers, types, ref_types))
    return "; ".join(parts)


def _wanted(compare: Compare) -> bool | None:
    """For ``flag == true``-style comparisons: the value the condition asks for."""
    terms = compare.right.terms
    if len(terms) == 1 and isinstance(terms[0][1], Const) and terms[0][1].kind == "bool":
        return bool(terms[0][1].value) == (compare.op == "==")
    return None


def _compare(compare: Compare, op: str, fact: Mapping[str, Any], answers: Mapping[str, Any],
             types: FieldTypes, ref_types: FieldTypes) -> str:
    unit = _kind_of(compare.left, types, ref_types)
    left = _sum(compare.left, fact, answers, types, ref_types, unit)
    wanted = _wanted(compare)
    if wanted is not None:
        return f"{left} (ska vara {'ja' if wanted else 'nej'})"
    right = _sum(compare.right, fact, answers, types, ref_types, unit)
    return f"{left} {SYMBOLS[op]} {right}"


def _kind_of(total: Sum, types: FieldTypes, ref_types: FieldTypes) -> str:
    for _, operand in total.terms:
        if isinstance(operand, Field):
            return types.get(operand.name, ("number", ""))[0]
        if isinstance(operand, Ref):
            return ref_types.get(operand.answer, ("number", ""))[0]
    return "number"


def _sum(total: Sum, fact: Mapping[str, Any], answers: Mapping[str, Any], types: FieldTypes,
         ref_types: FieldTypes, unit: str) -> str:
    words = []
    for index, (sign, operand) in enumerate(total.terms):
        text = _operand(operand, fact, answers, types, ref_types, unit)
        words.append(text if index == 0 else f"{'+' if sign > 0 else '−'} {text}")
    return " ".join(words)


def _operand(operand: Operand, fact: Mapping[str, Any], answers: Mapping[str, Any],
             types: FieldTypes, ref_types: FieldTypes, unit: str) -> str:
    if isinstance(operand, Const):
        kind = {"date": "date", "days": "days"}.get(operand.kind, unit)
        if operand.kind == "string":
            return format_value(unit, operand.value) if unit == "yes_no" and operand.value \
                else repr(operand.value) if not operand.value else str(operand.value)
        if kind == "days":
            return f"{operand.value} dagar"
        if kind == "date":
            return format_value("date", operand.value)
        if kind == "bool":
            return format_value("bool", operand.value)
        return format_value(kind if kind in ("percent", "number", "decimal") else "text",
                            operand.value)
    if isinstance(operand, Field):
        kind, label = types.get(operand.name, ("text", operand.name))
        value = fact.get(operand.name)
        text = "ja" if kind == "bool" and value else "nej" if kind == "bool" else \
            format_value(kind, value)
        return f"{label}: {text}" if kind == "bool" else f"{label} {text}"
    kind, label = ref_types.get(operand.answer, ("text", operand.answer))
    return f"{label} {format_value(kind, answers.get(operand.answer))}"


_NUMBER_OPS = {">=": "minst", "<=": "högst", ">": "mer än", "<": "mindre än", "==": "lika med",
               "!=": "skilt från"}
_DATE_OPS = {"<=": "senast", "<": "före", ">=": "tidigast", ">": "efter", "==": "den",
             "!=": "inte den"}


def in_words(expr: Expr, types: FieldTypes, value_name: str | None = None) -> str:
    """The condition as a Swedish phrase; ``value_name`` names the field ``value``."""
    if isinstance(expr, And):
        return " och ".join(in_words(item, types, value_name) for item in expr.items)
    if isinstance(expr, Or):
        return "(" + " eller ".join(in_words(item, types, value_name) for item in expr.items) \
            + ")"
    if isinstance(expr, Not):
        return f"inte ({in_words(expr.item, types, value_name)})"
    return _compare_words(expr, types, value_name)


def _compare_words(compare: Compare, types: FieldTypes, value_name: str | None) -> str:
    kind = next((types.get(op.name, ("number", ""))[0] for _, op in compare.left.terms
                 if isinstance(op, Field)), "number")
    right = compare.right.terms
    left = _sum_words(compare.left, types, value_name)
    if kind == "bool" and len(right) == 1 and isinstance(right[0][1], Const):
        wanted = bool(right[0][1].value) == (compare.op == "==")
        return f"{left}: {'ja' if wanted else 'nej'}"
    ops = _DATE_OPS if kind == "date" else _NUMBER_OPS
    if kind in ("yes_no", "text") and compare.op in ("==", "!="):
        ops = {"==": "är", "!=": "är inte"}
    return f"{left} {ops[compare.op]} {_sum_words(compare.right, types, value_name, kind)}"


def _sum_words(total: Sum, types: FieldTypes, value_name: str | None,
               kind: str = "number") -> str:
    words = []
    for index, (sign, operand) in enumerate(total.terms):
        if isinstance(operand, Field) and operand.name == "value" and value_name:
            text = value_name
        elif isinstance(operand, Field):
            text = types.get(operand.name, ("", operand.name))[1]
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
