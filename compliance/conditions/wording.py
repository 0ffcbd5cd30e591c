"""Conditions in words: the comparisons that decided a verdict, with their values
("svarsfrekvens väntande 93,1 %, under kravet 95 %"), and a whole condition as a
sentence for `explain`. No operator or internal key reaches a reader."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from compliance.conditions.expressions import (
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
    sum_value,
)
from compliance.formatting import days, format_value

FieldTypes = Mapping[str, tuple[str, str]]  # name → (value type, Swedish label)


# How a comparison reads once its truth is known: (holds, fails) for each operator.
_NUMBER_WORDS = {">=": ("minst", "under"), ">": ("över", "inte över"), "<=": ("högst", "över"),
                 "<": ("under", "inte under"), "==": ("lika med", "skilt från"),
                 "!=": ("skilt från", "lika med")}
_DATE_WORDS = {"<=": ("senast", "efter"), "<": ("före", "inte före"),
               ">=": ("tidigast", "före"), ">": ("efter", "inte efter"),
               "==": ("samma dag som", "inte samma dag som"),
               "!=": ("inte samma dag som", "samma dag som")}
# Flags the facts stage derives, as plain Swedish for each value.
_FLAG_WORDS = {"blank": ("tomt", "ifyllt"),
               "placeholder": ("mallens platshållartext", "inte mallens platshållartext"),
               "refers": ("en hänvisning till en tidigare redovisning",
                          "ingen hänvisning till en tidigare redovisning")}


def describe(expr: Expr, fact: Mapping[str, Any], answers: Mapping[str, Any],
             types: FieldTypes, ref_types: FieldTypes, decided: bool,
             goal: bool = False) -> str:
    """The comparisons whose truth equals ``decided``, as a sentence an auditor reads:
    "svarsfrekvens väntande 93,1 %, under kravet 95 %" – never operators or keys; a goal
    (``goal``) missed is "under målet", never "under kravet"."""
    parts: list[str] = []
    flags: list[str] = []
    for compare in comparisons(positive(expr)):
        try:
            truth = holds(compare, fact, answers)
        except MissingValue:
            continue
        if truth != decided:
            continue
        flag = _flag(compare, fact)
        if flag is not None:
            flags.append(flag)
        else:
            parts.append(_sentence(compare, truth, fact, answers, types, ref_types, goal))
    if flags:
        parts.insert(0, "svaret är " + " och ".join(flags))
    return "; ".join(parts)


def _flag(compare: Compare, fact: Mapping[str, Any]) -> str | None:
    terms = compare.left.terms
    if len(terms) == 1 and isinstance(terms[0][1], Field) and terms[0][1].name in _FLAG_WORDS:
        yes, no = _FLAG_WORDS[terms[0][1].name]
        return yes if fact.get(terms[0][1].name) else no
    return None


def _sentence(compare: Compare, truth: bool, fact: Mapping[str, Any],
              answers: Mapping[str, Any], types: FieldTypes, ref_types: FieldTypes,
              goal: bool = False) -> str:
    kind = _kind_of(compare.left, types, ref_types)
    left = _side(compare.left, fact, answers, types, ref_types, kind)
    if kind in ("yes_no", "text"):
        return _choice(compare, truth, kind, left)
    if kind == "number" and _is_zero(compare.right) and _names(compare.left) == ["personal_data"]:
        return "inga personuppgifter hittades (namn på personer upptäcks inte)" if truth \
            else "personuppgifter hittades"
    words = _DATE_WORDS if kind == "date" else _NUMBER_WORDS
    relation = words[compare.op][0 if truth else 1]
    label, value = left
    measured = f"{label} var {value}" if kind in ("percent", "number", "decimal") \
        else f"{label} {value}"
    right_label, right_value = _side(compare.right, fact, answers, types, ref_types, kind)
    if right_label and len(compare.right.terms) == 1 and \
            isinstance(compare.right.terms[0][1], Field):  # "senast 2024-02-21 (sista leveransdag)"
        right = f"{right_value} ({right_label})"
    else:
        right = f"{right_label} {right_value}".strip()
    required = "" if truth or kind == "date" or not _constant(compare.right) else \
        "målet " if goal else "kravet "
    return f"{measured.strip()}, {relation} {required}{right}"


def _choice(compare: Compare, truth: bool, kind: str, left: tuple[str, str]) -> str:
    """Yes/no and text answers: what was given, and what was asked for when it differs."""
    label, value = left
    right = compare.right.terms
    wanted = right[0][1] if len(right) == 1 and isinstance(right[0][1], Const) else None
    if wanted is not None and wanted.value == "" and compare.op == "!=":
        return f"{label} {value}" if truth else f"{label} saknas"
    given = f"{label} är {value}"
    if truth or wanted is None or compare.op != "==":
        return given
    return f"{given}, inte {format_value(kind, wanted.value)}"


def _side(total: Sum, fact: Mapping[str, Any], answers: Mapping[str, Any], types: FieldTypes,
          ref_types: FieldTypes, kind: str) -> tuple[str, str]:
    """(label, value) of one side of a comparison; a sum names its parts and their total."""
    if len(total.terms) == 1:
        return _operand(total.terms[0][1], fact, answers, types, ref_types, kind, True)
    parts = [" ".join(_operand(op, fact, answers, types, ref_types, kind, False))
             for _, op in total.terms]
    label = f"{', '.join(parts[:-1])} och {parts[-1]}, tillsammans"
    return label, format_value(kind, sum_value(total, fact, answers))


def _operand(operand: Operand, fact: Mapping[str, Any], answers: Mapping[str, Any],
             types: FieldTypes, ref_types: FieldTypes, kind: str,
             alone: bool) -> tuple[str, str]:
    if isinstance(operand, Const):
        if operand.kind == "days":
            return "", days(int(operand.value))
        if operand.kind == "date":
            return "", format_value("date", operand.value)
        if operand.kind == "string":
            return "", format_value(kind, operand.value) if operand.value else "tom text"
        return "", format_value(kind if kind in ("percent", "number", "decimal") else "number",
                                operand.value)
    if isinstance(operand, Field):
        # in a sum, "svaret" would not say which answer: name it by its title
        name = operand.name if alone or operand.name != "value" or "value_title" not in types \
            else "value_title"
        field_kind, label = types.get(name, ("text", name))
        return _mid(label), format_value(field_kind, fact.get(operand.name))
    field_kind, label = ref_types.get(operand.answer, ("text", operand.answer))
    return _mid(label), format_value(field_kind, answers.get(operand.answer))


def _mid(title: str) -> str:
    """A title inside a sentence: "Antal kommuner" → "antal kommuner", "RSS 17" kept."""
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def _names(total: Sum) -> list[str]:
    return [op.name for _, op in total.terms if isinstance(op, Field)]


def _constant(total: Sum) -> bool:
    return all(isinstance(op, Const) for _, op in total.terms)


def _is_zero(total: Sum) -> bool:
    return _constant(total) and len(total.terms) == 1 and \
        total.terms[0][1].value == 0  # type: ignore[union-attr]


def _kind_of(total: Sum, types: FieldTypes, ref_types: FieldTypes) -> str:
    for _, operand in total.terms:
        if isinstance(operand, Field):
            return types.get(operand.name, ("number", ""))[0]
        if isinstance(operand, Ref):
            return ref_types.get(operand.answer, ("number", ""))[0]
    return "number"


_NUMBER_OPS = {">=": "minst", "<=": "högst", ">": "mer än", "<": "mindre än", "==": "lika med",
               "!=": "skilt från"}
_DATE_OPS = {"<=": "senast", "<": "före", ">=": "tidigast", ">": "efter", "==": "den",
             "!=": "inte den"}


def in_words(expr: Expr, types: FieldTypes, value_name: str | None = None,
             refs: Mapping[str, str] | None = None) -> str:
    """The condition as a Swedish phrase; ``value_name`` names the field ``value`` and
    ``refs`` the other answers it reads, by their titles (never their keys)."""
    if isinstance(expr, And):
        return " och ".join(in_words(item, types, value_name, refs) for item in expr.items)
    if isinstance(expr, Or):
        return "(" + " eller ".join(in_words(item, types, value_name, refs)
                                    for item in expr.items) + ")"
    if isinstance(expr, Not):
        return f"inte ({in_words(expr.item, types, value_name, refs)})"
    return _compare_words(expr, types, value_name, refs or {})


def _compare_words(compare: Compare, types: FieldTypes, value_name: str | None,
                   refs: Mapping[str, str]) -> str:
    kind = next((types.get(op.name, ("number", ""))[0] for _, op in compare.left.terms
                 if isinstance(op, Field)), "number")
    right = compare.right.terms
    left = _sum_words(compare.left, types, value_name, refs)
    if kind == "bool" and len(right) == 1 and isinstance(right[0][1], Const):
        wanted = bool(right[0][1].value) == (compare.op == "==")
        return f"{left}: {'ja' if wanted else 'nej'}"
    ops = _DATE_OPS if kind == "date" else _NUMBER_OPS
    if kind in ("yes_no", "text") and compare.op in ("==", "!="):
        ops = {"==": "är", "!=": "är inte"}
    return f"{left} {ops[compare.op]} {_sum_words(compare.right, types, value_name, refs, kind)}"


def _sum_words(total: Sum, types: FieldTypes, value_name: str | None,
               refs: Mapping[str, str], kind: str = "number") -> str:
    words = []
    for index, (sign, operand) in enumerate(total.terms):
        if isinstance(operand, Field) and operand.name == "value" and value_name:
            text = value_name
        elif isinstance(operand, Field):
            text = types.get(operand.name, ("", operand.name))[1]
        elif isinstance(operand, Ref):
            text = f"svaret på \"{refs[operand.answer]}\"" if operand.answer in refs \
                else f"svaret {operand.answer}"
        elif operand.kind == "date":
            text = format_value("date", operand.value)
        elif operand.kind == "days":
            text = days(int(operand.value))
        elif operand.kind == "string":
            text = format_value("yes_no", operand.value) if kind == "yes_no" \
                else f"\"{operand.value}\""
        else:
            text = f"{format_value('number', operand.value)}{' %' if kind == 'percent' else ''}"
        words.append(text if index == 0 else f"{'plus' if sign > 0 else 'minus'} {text}")
    return " ".join(words)
