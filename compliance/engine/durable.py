"""Evaluate one submission's facts with durable-rules, in a session of its own.

Facts, not events: an event is consumed by the first rule that fires on it, a fact stays
in working memory so that every rule sees it. Each evaluation gets a private host and
ruleset, deleted afterwards, so no state passes from one region or run to the next.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import Any

import durable_rules_engine
from durable import engine as durable

from compliance.errors import InputError
from compliance.facts.derive import Fact
from compliance.kinds.base import CompiledRule

Firings = dict[str, dict[str, list[str]]]  # rule id → tag → fact ids

_RULESET = "pack"


class _SynchronousHost(durable.Host):  # type: ignore[misc]
    """A host without durable-rules' background timer threads.

    We assert facts and collect firings synchronously; no rule uses timers, and a
    background dispatcher racing the caller could only make results less reproducible.
    """

    def _run(self) -> None:
        return None


def definitions(rules: Iterable[CompiledRule],
                action: Callable[[str, str], Callable[[Any], None]]) -> dict[str, Any]:
    ruleset: dict[str, Any] = {}
    for rule in rules:
        for tag, definition in rule.durable_rules().items():
            ruleset[f"{rule.id}|{tag}"] = {**definition, "run": action(rule.id, tag)}
    return ruleset


def run(rules: Iterable[CompiledRule], facts: Iterable[Fact]) -> Firings:
    rules = list(rules)
    fired: Firings = {rule.id: {} for rule in rules}

    def action(rule_id: str, tag: str) -> Callable[[Any], None]:
        def record(closure: Any) -> None:
            fired[rule_id].setdefault(tag, []).append(closure.m.id)
        return record

    host = _SynchronousHost()
    try:
        host.register_rulesets({_RULESET: definitions(rules, action)})
    except Exception as exc:  # durable-rules reports bad syntax as "error code 202"
        raise InputError(_which_rule(rules, exc)) from None
    ruleset = host.get_ruleset(_RULESET)
    try:
        for fact in facts:
            # a fact no rule is about (e.g. an optional comment) is not an error
            with contextlib.suppress(durable.MessageNotHandledException):
                host.assert_fact(_RULESET, fact)
    finally:
        durable_rules_engine.delete_ruleset(ruleset._handle)
    return fired


def _which_rule(rules: list[CompiledRule], exc: Exception) -> str:
    for rule in rules:
        try:
            _SynchronousHost().register_rulesets({_RULESET: definitions([rule], _no_action)})
        except Exception:
            return f"{rule.location.file}:{rule.location.line}: regel {rule.id} kunde inte " \
                   f"kompileras av durable-rules ({exc})"
    return f"regelpaketet kunde inte kompileras av durable-rules ({exc})"


def _no_action(rule_id: str, tag: str) -> Callable[[Any], None]:
    return lambda closure: None
