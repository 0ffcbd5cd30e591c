"""Comparisons are type-checked when a rule is compiled: `x >= "95"` on a percent field is
a located pack error in `lint` and `test`, never a TypeError while judging."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import command

from compliance.conditions.expressions import parse, type_problems
from compliance.packs.loader import bundled_packs_dir

PACK = "okad-tillganglighet-2024"
RULE_FILE = "3.4-vantetidsdatabasen.yaml"


@pytest.mark.parametrize(("old", "new", "says"), [
    ("svarsfrekvens_vantande >= 95", 'svarsfrekvens_vantande >= "95"',
     "jämför ett tal med en text"),
    ("levererad <= due", "levererad <= 21", "jämför ett datum med ett tal"),
    ('value == "ja"', "value == 1", "jämför en text med ett tal"),
    ("blank == false", 'blank == "false"', "jämför sant/falskt med en text"),
])
def test_lint_and_test_report_a_type_mismatch_at_the_rule(tmp_path: Path, old: str, new: str,
                                                          says: str) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(bundled_packs_dir() / PACK, rules / PACK)
    files = [p for p in (rules / PACK).glob("*.yaml") if old in p.read_text(encoding="utf-8")]
    path = files[0]
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    code, out, _ = command("lint", rules / PACK)
    assert code == 2 and f"{path.name}:" in out and says in out, out
    code, out, err = command("test", rules / PACK)
    assert code == 2 and says in err and "Traceback" not in out + err, (out, err)


def test_what_the_bundled_packs_write_is_well_typed() -> None:
    assert type_problems(parse("month_end + 21 days >= levererad"),
                         {"month_end": "date", "levererad": "date"}) == []
    assert type_problems(parse("value + answers.a == answers.b"), {"value": "number"},
                         {"a": "number", "b": "decimal"}) == []
    assert type_problems(parse('value < "ja"'), {"value": "yes_no"}) == \
        ["en text kan bara jämföras med == eller !=, inte <"]
