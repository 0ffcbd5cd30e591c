"""The engine stage: facts not events, isolation between submissions, agreement with
the plain-Python evaluation of the same conditions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import FIXTURES

from compliance.judging.evaluate import evaluate, facts_for, fire_rules
from compliance.results.verdict import Outcome
from compliance.workspace.workspace import Workspace

ALL = sorted(FIXTURES.glob("region-*.yaml"))
DATES = [dt.date(2024, 3, 1), dt.date(2024, 9, 30), dt.date(2024, 10, 1), dt.date(2025, 6, 1)]


def outcomes(report):  # type: ignore[no-untyped-def]
    return {v.rule: (v.outcome, tuple(e.text for e in v.evidence)) for v in report.verdicts}


def test_one_month_breaking_two_rules_is_reported_by_both() -> None:
    pack, submission = Workspace().read(FIXTURES / "region-nordmark-2024.yaml")
    facts = facts_for(pack, submission)
    march = facts.items[("vantetidsdatabasen", "2024-03")]["id"]
    fired = fire_rules(list(pack.rules), facts)
    assert march in fired["OT24-3.4-svarsfrekvens-vantande"]["fail"]
    assert march in fired["OT24-3.4-svarsfrekvens-genomford"]["fail"]
    # and the same fact passes the delivery rule: facts stay for every rule to see
    assert march in fired["OT24-3.4-leverans-tre-veckor"]["pass"]


def test_region_b_after_region_a_equals_b_alone() -> None:
    pack_a, a = Workspace().read(FIXTURES / "region-nordmark-2024.yaml")
    pack_b, b = Workspace().read(FIXTURES / "region-halland-2024.yaml")
    as_of = dt.date(2025, 6, 1)
    alone = outcomes(evaluate(pack_b, b, as_of))
    evaluate(pack_a, a, as_of)
    after = outcomes(evaluate(pack_b, b, as_of))
    assert after == alone
    assert alone != outcomes(evaluate(pack_a, a, as_of))  # the two regions do differ


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_engine_agrees_with_plain_python(path: Path, as_of: dt.date) -> None:
    pack, submission = Workspace().read(path)
    with_engine = evaluate(pack, submission, as_of)
    plain = evaluate(pack, submission, as_of, use_engine=False)
    assert outcomes(with_engine) == outcomes(plain)


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
def test_engine_fires_exactly_where_plain_python_does(path: Path) -> None:
    pack, submission = Workspace().read(path)
    facts = facts_for(pack, submission)
    rules = [rule for rule in pack.rules if rule.phase == 1]
    by_engine = fire_rules(rules, facts)
    by_python = fire_rules(rules, facts, use_engine=False)
    assert {r: {t: sorted(ids) for t, ids in tags.items()} for r, tags in by_engine.items()} == \
        {r: {t: sorted(ids) for t, ids in tags.items()} for r, tags in by_python.items()}
    assert any(by_engine.values())  # the fixtures do make rules fire


def test_a_rule_and_its_negation_never_fire_on_the_same_fact() -> None:
    for path in ALL:
        pack, submission = Workspace().read(path)
        facts = facts_for(pack, submission)
        for rule_id, tags in fire_rules(list(pack.rules), facts).items():
            assert not set(tags.get("pass", [])) & set(tags.get("fail", [])), rule_id


def test_absent_data_is_never_a_pass() -> None:
    pack, submission = Workspace().read(FIXTURES / "region-halland-2024.yaml")
    empty = replace(submission, answers={}, series={}, attachments={})
    for as_of in DATES:
        report = evaluate(pack, empty, as_of)
        assert all(v.outcome is not Outcome.PASS for v in report.verdicts), as_of
        assert report.exit_code == 1  # the January register data was due 2024-02-21


def test_patterns_equal_in_python_are_each_translated_as_written() -> None:
    # True == 1 == 1.0 in Python, but the JSON durable-rules is given says true, 1 and 1.0:
    # the engine keeps one translation per pattern object, never one per equal value
    import json

    from compliance.conditions.patterns import Match, equal_to
    from compliance.engine import durable

    for value, written in ((True, "true"), (1, "1"), (1.0, "1.0"), (True, "true")):
        pattern = Match("answer", equals=(equal_to("value", value),))
        sent = json.dumps(durable._translated(pattern))
        assert sent.endswith(f'{{"value": {written}}}]}}}}]}}'), (value, sent)
