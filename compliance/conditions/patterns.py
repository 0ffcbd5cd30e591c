"""What a rule fires on, in the condition language's own terms: a fact pattern.

Rule kinds describe their firings as ``Match`` objects; the engine translates them into
durable-rules (``compliance.engine``), and ``fire`` below interprets the same patterns
in plain Python: the test oracle and the benchmark's baseline. Nothing here knows
durable-rules' syntax.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compliance.conditions.expressions import (
    Expr,
    ExpressionError,
    Field,
    MissingValue,
    comparisons,
    holds,
    refs,
)

Fact = dict[str, Any]  # "t" is the fact's type, "id" its identity in one submission
Scalar = str | int | float | bool
Firings = dict[str, list[str]]  # tag → ids of the facts a rule's match fired on


@dataclass(frozen=True)
class Match:
    """One fact of type ``kind`` whose fields equal the given values and for which
    ``test`` holds, or, with ``absent``, that lacks at least one of the named fields.

    The answers that ``test`` reads (``answers.X``) and those in ``answers`` must exist
    as facts of their own: the match is joined with them.
    """

    kind: str
    equals: tuple[tuple[str, tuple[Scalar, ...]], ...] = ()  # field is one of these values
    test: Expr | None = None
    absent: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.test is not None and self.absent:
            raise ValueError("a match tests values or their absence, not both")
        for compare in comparisons(self.test) if self.test is not None else []:
            operands = [op for _, op in compare.left.terms + compare.right.terms]
            if not any(isinstance(op, Field) for op in operands):
                raise ExpressionError("villkoret måste läsa minst ett fält av det som prövas", 0)

    def joined(self) -> tuple[str, ...]:
        """Every answer this match is joined with, each once."""
        names = list(self.answers)
        names += [name for name in (refs(self.test) if self.test else []) if name not in names]
        return tuple(names)


def equal_to(field: str, *values: Scalar) -> tuple[str, tuple[Scalar, ...]]:
    """``field`` is one of ``values``: a constraint for ``Match.equals``."""
    return (field, tuple(values))


def matches(match: Match, fact: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Whether ``match`` fires on ``fact``; ``answers`` are the values of the answer facts."""
    if fact.get("t") != match.kind:
        return False
    if any(fact.get(name) not in values for name, values in match.equals):
        return False
    if any(name not in answers for name in match.joined()):
        return False  # the join with an absent answer does not fire
    if match.absent:
        return any(fact.get(name) is None for name in match.absent)
    if match.test is None:
        return True
    try:
        return holds(match.test, fact, answers)
    except MissingValue:
        return False


def fire(rules: Mapping[str, Mapping[str, Match]], facts: Iterable[Fact]) -> dict[str, Firings]:
    """Plain-Python firings of every rule's matches: rule id → tag → fact ids."""
    facts = list(facts)
    answers = {fact["key"]: fact.get("value") for fact in facts if fact.get("t") == "answer"}
    fired: dict[str, Firings] = {rule_id: {} for rule_id in rules}
    for rule_id, tagged in rules.items():
        for tag, match in tagged.items():
            for fact in facts:
                if matches(match, fact, answers):
                    fired[rule_id].setdefault(tag, []).append(fact["id"])
    return fired
