"""Word the comparisons that decided a verdict, e.g. ``svarsfrekvens 93,1 % < 95 %``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.conditions.expressions import (
    NEGATED,
    SYMBOLS,
    Compare,
    Const,
    Expr,
    Field,
    MissingValue,
    Operand,
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
