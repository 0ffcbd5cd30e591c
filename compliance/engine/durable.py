"""Evaluate one submission's facts with durable-rules, in a session of its own.

Facts, not events: an event is consumed by the first rule that fires on it, a fact stays
in working memory so that every rule sees it. Each evaluation gets a private host and
ruleset, deleted afterwards, so no state passes from one region or run to the next.
This module and ``engine.ruleset`` are the only ones that know durable-rules.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import durable_rules_engine
from durable import engine as durable

from compliance.conditions.patterns import Firings, Match
from compliance.engine.ruleset import durable_rule
from compliance.errors import InputError
from compliance.facts.base import Fact

_RULESET = "pack"
# durable-rules compares numbers as 64-bit integers or doubles and cannot parse JSON
# exponents: a number outside ±2**53, or one that JSON writes with an exponent, would
# be compared wrongly or crash it, so it never reaches the engine.
EXACT_LIMIT = 2**53


class RulesetError(Exception):
    """durable-rules refused a rule's definition (its opaque "error code 202")."""

    def __init__(self, rule_id: str | None, detail: str) -> None:
        super().__init__(detail)
        self.rule_id = rule_id
        self.detail = detail


class _SynchronousHost(durable.Host):  # type: ignore[misc]
    """A host without durable-rules' background timer threads.

    We assert facts and collect firings synchronously; no rule uses timers, and a
    background dispatcher racing the caller could only make results less reproducible.
    """

    def _run(self) -> None:
        return None


Rules = Mapping[str, Mapping[str, Match]]  # rule id → tag → what it fires on


def _definitions(rules: Rules,
                 action: Callable[[str, str], Callable[[Any], None]]) -> dict[str, Any]:
    ruleset: dict[str, Any] = {}
    for rule_id, tagged in rules.items():
        for tag, match in tagged.items():
            ruleset[f"{rule_id}|{tag}"] = {**_translated(match), "run": action(rule_id, tag)}
    return ruleset


def run(rules: Rules, facts: Iterable[Fact]) -> dict[str, Firings]:
    """Firings of every rule on ``facts``: rule id → tag → ids of the facts it fired on."""
    fired: dict[str, Firings] = {rule_id: {} for rule_id in rules}

    def action(rule_id: str, tag: str) -> Callable[[Any], None]:
        def record(closure: Any) -> None:
            fired[rule_id].setdefault(tag, []).append(closure.m.id)
        return record

    facts = [_checked(fact) for fact in facts]
    host = _SynchronousHost()
    try:
        host.register_rulesets({_RULESET: _definitions(rules, action)})
    except Exception as exc:  # durable-rules reports bad syntax as "error code 202"
        raise _which_rule(rules, exc) from None
    ruleset = host.get_ruleset(_RULESET)
    try:
        for fact in facts:
            # a fact no rule is about (e.g. an optional comment) is not an error
            with contextlib.suppress(durable.MessageNotHandledException):
                host.assert_fact(_RULESET, fact)
    finally:
        durable_rules_engine.delete_ruleset(ruleset._handle)
    return fired


_TRANSLATED: dict[int, tuple[Match, dict[str, Any]]] = {}  # id → (the pattern, its rule)
_REMEMBERED = 4096


def _translated(match: Match) -> dict[str, Any]:
    """A pattern's rule, translated once per pattern object (a compiled rule keeps its
    patterns, ``CompiledRule.patterns``). Keyed by identity, not equality: ``True``, ``1``
    and ``1.0`` are equal in Python but not to durable-rules."""
    known = _TRANSLATED.get(id(match))
    if known is not None and known[0] is match:
        return known[1]
    if len(_TRANSLATED) >= _REMEMBERED:
        _TRANSLATED.clear()
    rule = _TRANSLATED[id(match)] = (match, durable_rule(match))
    return rule[1]


def _checked(fact: Fact) -> Fact:
    for name, value in fact.items():
        exact = isinstance(value, bool) or not isinstance(value, int | float) or (
            abs(value) < EXACT_LIMIT and (isinstance(value, int) or value == 0
                                          or "e" not in repr(value)))
        if not exact:
            raise InputError(f"talet {value!r} ({name}) ligger utanför det som kan jämföras "
                             "exakt (högst 15 siffror och högst 4 decimaler)")
    return fact


def _which_rule(rules: Rules, exc: Exception) -> RulesetError:
    for rule_id, tagged in rules.items():
        try:
            _SynchronousHost().register_rulesets(
                {_RULESET: _definitions({rule_id: tagged}, _no_action)})
        except Exception:
            return RulesetError(rule_id, str(exc))
    return RulesetError(None, str(exc))


def _no_action(rule_id: str, tag: str) -> Callable[[Any], None]:
    return lambda closure: None
