"""Steps for report formats: the terminal at a given width, CSV for Swedish Excel, Excel
workbooks, JUnit XML and the JSON report's schema."""

from __future__ import annotations

import datetime as dt
import json
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import jsonschema
from click.testing import CliRunner
from helpers import FIXTURES, Run, command, csv_rows
from openpyxl import load_workbook
from pytest_bdd import parsers, then, when
from steps_packs import _expand

from compliance.cli import app
from compliance.reports.xlsx import FILLS
from compliance.results.verdict import Outcome
from compliance.workspace.workspace import Workspace

COLOURS = {"rött": FILLS[Outcome.FAIL], "grönt": FILLS[Outcome.PASS]}


def _rules(fixtures: str) -> list[str]:
    """The rule ids of the examples named, as the engine judges them (not as printed)."""
    return [v.rule for name in fixtures.split(", ")
            for v in Workspace(dt.date(2025, 6, 1)).check_document(FIXTURES / name).verdicts]


@when(parsers.parse('jag kör "{text}" i ett fönster med {columns:d} kolumner'))
def run_at_width(run: Run, rules_dir: Path, text: str, columns: int) -> None:
    args = [_expand(arg, rules_dir) for arg in shlex.split(text)]
    result = CliRunner().invoke(app, args[1:], env={"COLUMNS": str(columns)})
    run.exit_code, run.output, run.stderr = result.exit_code, result.stdout, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@then(parsers.parse('varje regel-id i "{fixtures}" står helt i utskriften'))
def whole_ids(run: Run, fixtures: str) -> None:
    for rule in _rules(fixtures):
        assert re.search(rf"(?<![\w-]){re.escape(rule)}(?![\w-])", run.output), rule


@then(parsers.parse("ingen rad i utskriften är bredare än {columns:d} tecken"))
def narrow(run: Run, columns: int) -> None:
    wide = [line for line in run.output.splitlines() if len(line) > columns]
    assert not wide, wide


@then(parsers.parse('"{first}" står före "{second}" i utskriften'))
def before(run: Run, first: str, second: str) -> None:
    assert first in run.output and second in run.output, run.output
    assert run.output.index(first) < run.output.index(second)


@then(parsers.parse('utskriften har en rad som börjar med "{start}" och slutar med siffror'))
def region_row(run: Run, start: str) -> None:
    assert any(re.fullmatch(rf"{re.escape(start)}(\s+\d+)+", line)
               for line in run.output.splitlines()), run.output


@then("ingenting skrevs till standard ut")
def nothing_out(run: Run) -> None:
    assert run.output == ""


@then("CSV-utskriften har byte order mark, semikolon och svenska rubriker")
def swedish_csv(run: Run) -> None:
    header = csv_rows(run.output)[0]
    assert {"Regel", "Region", "Utfall"} <= set(header), header


@then(parsers.parse('CSV-raden för regeln "{rule}" och underlaget "{text}" har värdet '
                    '"{value}", kravet "{threshold}" och enheten "{unit}"'))
def csv_measure(run: Run, rule: str, text: str, value: str, threshold: str, unit: str) -> None:
    rows = csv_rows(run.output)
    cells = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    found = [(c["Värde"], c["Krav"], c["Enhet"]) for c in cells
             if c["Regel"] == rule and c["Underlag"].startswith(text)]
    assert found == [(value, threshold, unit)], found


def _book(tmp_path: Path, name: str) -> Any:
    return load_workbook(tmp_path / name)


@then(parsers.parse('arbetsboken "{name}" har bladen "{sheets}"'))
def workbook_sheets(tmp_path: Path, name: str, sheets: str) -> None:
    assert _book(tmp_path, name).sheetnames == sheets.split(", ")


@then(parsers.parse('varje blad i arbetsboken "{name}" har en fryst rubrikrad'))
def frozen(tmp_path: Path, name: str) -> None:
    assert all(sheet.freeze_panes == "A2" for sheet in _book(tmp_path, name))


def _shows(cell: Any, label: str, colour: str) -> None:
    assert (cell.value, str(cell.fill.fgColor.rgb)[-6:]) == (label, COLOURS[colour])


@then(parsers.parse('bladet "{sheet}" i arbetsboken "{name}" visar "{label}" i {colour:w} '
                    'för regionen "{region}" och regeln "{rule}"'))
def workbook_matrix(tmp_path: Path, sheet: str, name: str, label: str, colour: str,
                    region: str, rule: str) -> None:
    rows = list(_book(tmp_path, name)[sheet].iter_rows())
    headers = [str(cell.value) for cell in rows[0]]  # "title (id)"
    column = next(i for i, header in enumerate(headers) if header.endswith(f"({rule})"))
    _shows(next(row for row in rows if row[0].value == region)[column], label, colour)


@then(parsers.parse('bladet "{sheet}" i arbetsboken "{name}" visar "{label}" i {colour:w} '
                    'för regeln "{rule}"'))
def workbook_rule(tmp_path: Path, sheet: str, name: str, label: str, colour: str,
                  rule: str) -> None:
    rows = list(_book(tmp_path, name)[sheet].iter_rows())
    column = [cell.value for cell in rows[0]].index("Utfall")
    _shows(next(row for row in rows if row[0].value == rule)[column], label, colour)


@then(parsers.parse('bladet "{sheet}" i arbetsboken "{name}" har talet {value:g} med kravet '
                    '"{threshold}" för "{rule}"'))
def workbook_number(tmp_path: Path, sheet: str, name: str, value: float, threshold: str,
                    rule: str) -> None:
    rows = [[cell.value for cell in row] for row in _book(tmp_path, name)[sheet].iter_rows()]
    found = [row[4:6] for row in rows if row[1] == rule and row[4] == value]
    assert found == [[value, threshold]], found


def _cases(run: Run) -> dict[str, ET.Element]:
    root = ET.fromstring(run.output)
    return {case.get("name", ""): case for case in root.iter("testcase")}


@then(parsers.parse('JUnit-rapporten har ett testfall per regel i "{fixture}"'))
def junit_cases(run: Run, fixture: str) -> None:
    assert sorted(_cases(run)) == sorted(_rules(fixture))


@then(parsers.parse('JUnit-rapporten har ett fel för regeln "{rule}"'))
def junit_failure(run: Run, rule: str) -> None:
    assert _cases(run)[rule].find("failure") is not None


@then(parsers.parse('JUnit-rapporten har inget fel för regeln "{rule}"'))
def junit_no_failure(run: Run, rule: str) -> None:
    assert _cases(run)[rule].find("failure") is None


@then(parsers.parse('utskriften är ett JSON Schema som godkänner JSON-rapporten för "{fixture}"'))
def schema_accepts(run: Run, fixture: str) -> None:
    schema = json.loads(run.output)
    code, out, _ = command("check", FIXTURES / fixture, "--format", "json", "--as-of",
                           "2025-06-01")
    jsonschema.Draft202012Validator(schema).validate(json.loads(out))
    assert code == 1
