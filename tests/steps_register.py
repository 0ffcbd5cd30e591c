"""Steps for the register's BUP tables: files written by fixtures/make_register.py with
chosen shares, and the national view read back from the JSON overview."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, Run
from pytest_bdd import given, parsers, then

sys.path.insert(0, str(ROOT / "fixtures"))
import make_register  # noqa: E402


@pytest.fixture
def register_hidden() -> dict[tuple[str, str, int], str]:
    return {}


def _number(text: str) -> float:
    return float(text.replace(",", "."))


@given(parsers.parse('registerfiler för januari–juni där "{region}" har andelarna {first}, '
                     '{second} och {third} procent'))
def register_files(tmp_path: Path, register_hidden: dict[tuple[str, str, int], str],
                   region: str, first: str, second: str, third: str) -> None:
    folder = tmp_path / "register"
    folder.mkdir(exist_ok=True)
    fixed = dict(zip(((region, m) for m in make_register.BLOCKS),
                     map(_number, (first, second, third)), strict=True))
    register_hidden["fixed"] = fixed  # type: ignore[assignment]
    for month in range(1, 7):
        make_register.write(make_register.Layout("bup", fixed=fixed), folder, month,
                            file_name=f"bup-2024-{month:02d}.xlsx")


@given(parsers.parse('registerfiler för januari–juni för alla regioner, även de fiktiva, där '
                     '"{one}" har andelarna {a1}, {a2} och {a3} procent och "{two}" har '
                     'andelarna {b1}, {b2} och {b3} procent'))
def register_files_with_fictional(tmp_path: Path, one: str, a1: str, a2: str, a3: str,
                                  two: str, b1: str, b2: str, b3: str) -> None:
    folder = tmp_path / "register"
    folder.mkdir(exist_ok=True)
    fixed = {(region, block): _number(share) for region, shares in
             ((one, (a1, a2, a3)), (two, (b1, b2, b3)))
             for block, share in zip(make_register.BLOCKS, shares, strict=True)}
    layout = make_register.Layout("bup", regions=make_register.FIXTURE.regions, fixed=fixed)
    for month in range(1, 7):
        make_register.write(layout, folder, month, file_name=f"bup-2024-{month:02d}.xlsx")


@given(parsers.parse('registret döljer "{region}"s siffra för fördjupad utredning i mars '
                     'med "{shown}"'))
def hide_march(tmp_path: Path, register_hidden: dict[Any, Any], region: str,
               shown: str) -> None:
    layout = make_register.Layout("bup", fixed=register_hidden["fixed"],
                                  hidden={(region, "utredning"): shown})
    make_register.write(layout, tmp_path / "register", 3, file_name="bup-2024-03.xlsx")


@given(parsers.parse('registerfilen "{name}" utan månad'))
def untitled(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    make_register.write(make_register.Layout("x", title=None), path.parent, 1,
                        file_name=path.name)


def _national(run: Run, region: str) -> dict[str, Any]:
    assert run.exit_code in (0, 1), run.stderr
    report = json.loads(run.output)
    assert report["region"] == region, report["region"]
    assert len(report["verdicts"]) == 1, [v["rule"] for v in report["verdicts"]]
    verdict: dict[str, Any] = report["verdicts"][0]
    assert verdict["rule"] == "OT24-3.7-bup-poang", verdict
    return verdict


@then(parsers.parse('regionen "{region}" har {points:d} av 9 poäng för januari–juni i den '
                    'nationella bilden'))
def national_points(run: Run, region: str, points: int) -> None:
    verdict = _national(run, region)
    first = verdict["evidence"][0]
    assert first["subject"] == "jan-jun" and first["values"]["points"] == points, first


@then(parsers.parse('regionen "{region}" saknar poäng för januari–juni i den nationella '
                    'bilden'))
def national_no_points(run: Run, region: str) -> None:
    first = _national(run, region)["evidence"][0]
    assert first["values"]["points"] is None and first["outcome"] == "missing", first


@then(parsers.parse('underlaget för "{region}" i den nationella bilden nämner "{text}"'))
def national_mentions(run: Run, region: str, text: str) -> None:
    texts = [item["text"] for item in _national(run, region)["evidence"]]
    assert any(text in item for item in texts), texts


@then(parsers.parse('JSON-översiktens poäng för "{region}" är {points:d} av {maximum:d} för '
                    '"{period}"'))
def overview_points(run: Run, region: str, points: int, maximum: int, period: str) -> None:
    packs = json.loads(run.output)["packs"]
    found = [value for pack in packs.values()
             for title, value in pack["points"].get(region, {}).items() if period in title]
    assert found == [{"points": points, "max": maximum}], packs


def _csv_points(run: Run) -> list[dict[str, str]]:
    """The CSV overview's rows of points (Typ "poäng"), as a spreadsheet reads them."""
    assert run.exit_code in (0, 1), run.stderr
    rows = list(csv.DictReader(io.StringIO(run.output.removeprefix("\ufeff")), delimiter=";"))
    return [row for row in rows if row["Typ"] == "poäng"]


@then(parsers.parse('CSV-översiktens poäng för "{region}" är {points:d} av {maximum:d} för '
                    '"{period}"'))
def csv_overview_points(run: Run, region: str, points: int, maximum: int, period: str) -> None:
    found = [(row["Poäng"], row["Av högst"]) for row in _csv_points(run)
             if row["Region"] == region and period in row["Rubrik"]]
    assert found == [(str(points), str(maximum))], _csv_points(run)


@then(parsers.parse("CSV-översikten har poäng för {count:d} regioner"))
def csv_overview_regions(run: Run, count: int) -> None:
    assert len({row["Region"] for row in _csv_points(run)}) == count
