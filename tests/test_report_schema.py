"""Every JSON report of every example (check, status, the national overview) is valid
against the schema that `compliance schema report` publishes, and names its version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import FIXTURES, command

AS_OF = "2025-06-01"
SUBMISSIONS = sorted(p for p in FIXTURES.glob("region-*.yaml"))


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    code, out, err = command("schema", "report")
    assert code == 0, err
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _json(*args: str | Path) -> dict[str, Any]:
    code, out, err = command(*args, "--format", "json", "--as-of", AS_OF)
    assert code in (0, 1), err
    document: dict[str, Any] = json.loads(out)
    return document


def _valid(validator: jsonschema.Draft202012Validator, document: dict[str, Any]) -> None:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]
    assert not errors, errors[:5]
    assert document["schema_version"] == "3"


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.name)
def test_check_and_status_reports_follow_the_schema(
        validator: jsonschema.Draft202012Validator, path: Path) -> None:
    _valid(validator, _json("check", path))
    _valid(validator, _json("status", path))


def test_overview_follows_the_schema(validator: jsonschema.Draft202012Validator) -> None:
    _valid(validator, _json("check", FIXTURES))


def test_schema_refuses_what_the_contract_does_not_allow(
        validator: jsonschema.Draft202012Validator) -> None:
    """The schema is no rubber stamp: an unknown outcome, a missing key or an extra key
    in a verdict is invalid."""
    report = _json("check", FIXTURES / "region-halland-2024.yaml")
    verdict = report["verdicts"][0]
    for broken in ({**verdict, "outcome": "ok"}, {k: v for k, v in verdict.items()
                                                   if k != "severity"}, {**verdict, "x": 1}):
        assert not validator.is_valid({**report, "verdicts": [broken]}), broken


def test_measures_carry_threshold_and_unit() -> None:
    """Nordmark's March response rate for waiting patients: 93.1 % against ≥ 95 %."""
    report = _json("check", FIXTURES / "region-nordmark-2024.yaml")
    verdict = next(v for v in report["verdicts"] if v["rule"] == "OT24-3.4-svarsfrekvens-vantande")
    march = next(e for e in verdict["evidence"] if e["subject"] == "2024-03")
    assert march["measures"] == [{"field": "svarsfrekvens_vantande", "value": 93.1,
                                  "comparison": ">=", "threshold": 95, "unit": "percent"}]
    november = next(e for e in verdict["evidence"] if e["subject"] == "2024-11")
    assert [m["value"] for m in november["measures"]] == [None]


def test_a_word_forms_reading_report_follows_the_schema(
        validator: jsonschema.Draft202012Validator) -> None:
    """A report read from a Word form carries how each answer was found; a YAML one not."""
    report = _json("check", FIXTURES / "formular-utkast/region-halland-2024-halvfylld.docx")
    _valid(validator, report)
    states = {line["question"]: line["state"] for line in report["reading"]}
    assert states["3.4 fråga 1"] == "answered" and states["3.4 fråga 4"] == "unanswered"
    assert not validator.is_valid({**report, "reading": [{**report["reading"][0],
                                                          "state": "found"}]})
    assert "reading" not in _json("check", FIXTURES / "region-halland-2024.yaml")
