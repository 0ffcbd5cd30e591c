"""Translate fact patterns (``conditions.patterns.Match``) into durable-rules' JSON
ruleset syntax. This module and ``engine.durable`` are the only places that know it.

durable-rules wants a bare field of the matched fact on the left of every comparison and
arithmetic only on the right (``{"$lte": {"levererad": {"$add": ...}}}``), so each
comparison is rearranged around one field of the subject: ``a + b == c`` becomes
``a == c - b``. Other answers are joined as facts of their own, named ``r0``, ``r1``…
"""

from __future__ import annotations

import decimal
from typing import Any

from compliance.conditions.expressions import (
    FLIPPED,
    And,
    Compare,
    Const,
    Expr,
    Field,
    Not,
    Operand,
    Or,
    Ref,
)
from compliance.conditions.patterns import Match

_JSON_OPS = {"<": "$lt", "<=": "$lte", ">": "$gt", ">=": "$gte", "==": "$eq", "!=": "$neq"}


def durable_rule(match: Match) -> dict[str, Any]:
    """The durable-rules rule for ``match``: the joined answers first, then the fact
    itself as ``m``."""
    names = {answer: f"r{i}" for i, answer in enumerate(match.joined())}
    facts: list[dict[str, Any]] = [
        {alias: {"$and": [{"t": "answer"}, {"key": answer}]}} for answer, alias in names.items()
    ]
    condition: list[dict[str, Any]] = [{"t": match.kind}]
    for name, values in match.equals:
        alternatives = [{name: value} for value in values]
        condition.append(alternatives[0] if len(alternatives) == 1 else {"$or": alternatives})
    if match.absent:
        absent = [{"$nex": {name: 1}} for name in match.absent]
        condition.append(absent[0] if len(absent) == 1 else {"$or": absent})
    if match.test is not None:
        condition.append(_expr(match.test, names))
    facts.append({"m": _flat_and(condition)})
    return {"all": facts}


def _flat_and(conditions: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``$and`` with no ``$and`` directly inside it.

    durable-rules 2.0.28 misjudges comparisons with other facts when they sit in an
    ``$and`` nested in another ``$and`` (both the rule and its negation fire); the
    cross-check test against the plain-Python evaluation guards this.
    """
    flat: list[dict[str, Any]] = []
    for condition in conditions:
        flat.extend(condition["$and"] if list(condition) == ["$and"] else [condition])
    return flat[0] if len(flat) == 1 else {"$and": flat}


def _expr(expr: Expr, names: dict[str, str]) -> dict[str, Any]:
    if isinstance(expr, Compare):
        return _compare(expr, names)
    if isinstance(expr, And):
        return _flat_and([_expr(item, names) for item in expr.items])
    if isinstance(expr, Or):
        return {"$or": [_expr(item, names) for item in expr.items]}
    assert not isinstance(expr, Not), "push negations down before compiling"
    raise TypeError(expr)


def _compare(compare: Compare, names: dict[str, str]) -> dict[str, Any]:
    terms = [(sign, op) for sign, op in compare.left.terms] + \
            [(-sign, op) for sign, op in compare.right.terms]
    anchor = next(i for i, (_, op) in enumerate(terms) if isinstance(op, Field))  # see Match
    sign, field = terms.pop(anchor)
    assert isinstance(field, Field)
    op = compare.op if sign > 0 else FLIPPED[compare.op]
    # anchor·sign + rest (op) 0  ⇒  anchor (op') −sign·rest
    right = [(-sign * s, operand) for s, operand in terms]
    return {_JSON_OPS[op]: {field.name: _sum(right, names)}}


def _sum(terms: list[tuple[int, Operand]], names: dict[str, str]) -> Any:
    terms = _folded(terms)
    if not terms:
        return 0
    terms = sorted(terms, key=lambda term: term[0] < 0)  # a positive term first, if any
    sign, first = terms[0]
    result = _operand(first, names)
    if sign < 0:
        result = {"$sub": {"$l": 0, "$r": result}}
    for sign, operand in terms[1:]:
        result = {"$add" if sign > 0 else "$sub": {"$l": result, "$r": _operand(operand, names)}}
    return result


def _folded(terms: list[tuple[int, Operand]]) -> list[tuple[int, Operand]]:
    """The terms with their constants added into one: durable-rules matches nothing when
    an arithmetic node has a constant on both sides (``95 + 0``), so a condition such as
    ``x >= 95 + 0`` would silently leave every fact unjudged. Exact decimal arithmetic,
    so that no float residue (``5.5e-17``) is written with an exponent."""
    constants = [(sign, op) for sign, op in terms if isinstance(op, Const)]
    if len(constants) < 2:
        return terms
    total = sum((sign * decimal.Decimal(repr(op.value)) for sign, op in constants),
                decimal.Decimal(0))
    value: int | float = int(total) if total == total.to_integral_value() else float(total)
    rest: list[tuple[int, Operand]] = [(sign, op) for sign, op in terms
                                       if not isinstance(op, Const)]
    if value == 0 and rest:
        return rest
    return [*rest, (1 if value >= 0 else -1, Const(abs(value), "number"))]


def _operand(operand: Operand, names: dict[str, str]) -> Any:
    if isinstance(operand, Field):
        return {"$m": operand.name}
    if isinstance(operand, Ref):
        return {names[operand.answer]: "value"}
    assert isinstance(operand, Const)
    return operand.value
