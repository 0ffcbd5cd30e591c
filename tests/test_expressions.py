"""The condition language parses its vocabulary and nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from compliance.conditions.expressions import ExpressionError, holds, negate, parse
from compliance.conditions.patterns import Match
from compliance.engine.ruleset import durable_rule
from compliance.formatting import format_number


@pytest.mark.parametrize("text", [
    "__import__('os').system('echo hej')",
    "value.__class__ == 1",
    "open('x') == 1",
    "value == 1; import os",
    "value ** 2 > 1",
    "lambda: 1",
    "value[0] == 1",
    "value == ",
    "value",
])
def test_anything_outside_the_vocabulary_is_rejected(text: str) -> None:
    with pytest.raises(ExpressionError):
        parse(text)


def test_dates_and_days_compare_as_days() -> None:
    expr = parse("levererad <= month_end + 21 days")
    end = dt.date(2024, 2, 29).toordinal()
    assert holds(expr, {"levererad": dt.date(2024, 3, 21).toordinal(), "month_end": end}, {})
    assert not holds(expr, {"levererad": dt.date(2024, 3, 22).toordinal(), "month_end": end}, {})


def test_negation_is_pushed_down_to_comparisons() -> None:
    expr = parse("not (a >= 95 and b == \"ja\")")
    fact = {"a": 94.9, "b": "ja"}
    assert holds(expr, fact, {})
    assert holds(negate(expr), {"a": 95, "b": "ja"}, {})


def test_unknown_constant_is_named() -> None:
    with pytest.raises(ExpressionError, match="deadlines.slut"):
        parse("value <= deadlines.slut", {"deadlines.redovisning": dt.date(2024, 9, 30)})


def test_sums_are_rearranged_around_one_field() -> None:
    rule = durable_rule(Match("answer", test=parse("value + answers.b == answers.total")))
    condition = rule["all"][-1]["m"]["$and"][-1]
    assert condition == {"$eq": {"value": {"$sub": {"$l": {"r1": "value"},
                                                    "$r": {"r0": "value"}}}}}


@pytest.mark.parametrize("text, says", [
    ("value >= 10000000000001", "för stort"),
    ("value >= 99999999999999999999999999999999999999", "för stort"),
    ("levererad <= month_end + 36601 days", "för många"),
])
def test_a_constant_beyond_the_limits_is_a_located_pack_error(text: str, says: str) -> None:
    """Found by `nox -s fuzz`: a 400-digit constant in a mutated pack overflowed when the
    verdict was put in words. Constants obey the same bound as submitted numbers."""
    with pytest.raises(ExpressionError, match=says) as caught:
        parse(text)
    assert caught.value.offset > 0


def test_constants_obey_the_bound_on_submitted_numbers() -> None:
    from compliance.conditions import expressions
    from compliance.reading import limits
    assert expressions.MAX_MAGNITUDE == limits.MAX_MAGNITUDE


def test_constants_at_the_limits_are_taken() -> None:
    parse("value >= 1000000000000")
    parse("levererad <= month_end + 36600 days")


def test_a_huge_whole_number_is_written_exactly() -> None:
    assert format_number(10**30) == "1 " + " ".join(["000"] * 10)
