"""Steps for what a user meets in outputs and files: hostile names in every format,
folder checks with odd files, and report files that must not replace their inputs."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from helpers import FIXTURES, LABELS, Run, csv_rows
from pytest_bdd import given, parsers, then
from ruamel.yaml import YAML


def _fixture(name: str) -> dict[str, Any]:
    data: dict[str, Any] = YAML(typ="safe", pure=True).load(
        (FIXTURES / name).read_text(encoding="utf-8"))
    return data


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")


@given(parsers.parse('filen "{name}" är exemplet "{fixture}" med regionen "{region}"'))
def fixture_with_region(tmp_path: Path, name: str, fixture: str, region: str) -> None:
    _write(tmp_path / name, {**_fixture(fixture), "region": region})


@given(parsers.parse('filen "{name}" är exemplet "{fixture}" med nyckeln "{old}" stavad '
                     '"{new}"'))
def fixture_with_misspelled_key(tmp_path: Path, name: str, fixture: str, old: str,
                                new: str) -> None:
    data = _fixture(fixture)
    data[new] = data.pop(old)
    _write(tmp_path / name, data)


@given(parsers.parse('filen "{name}" är en kopia av exemplet "{fixture}"'))
def fixture_copy(tmp_path: Path, name: str, fixture: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((FIXTURES / fixture).read_bytes())


@given(parsers.parse('en tom katalog "{name}"'))
def empty_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir(parents=True)


@given(parsers.parse('en FIFO "{name}"'))
def fifo(tmp_path: Path, name: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(tmp_path / name)


@then(parsers.parse('utskriften innehåller inte "{text}"'))
def output_lacks(run: Run, text: str) -> None:
    assert text not in run.output, run.output


@then("ingen cell i CSV-utskriften börjar som en formel")
def no_formula(run: Run) -> None:
    rows = csv_rows(run.output)
    assert len(rows) > 1, run.output
    for row in rows:
        assert not any(cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))
                       for cell in row), row


@then(parsers.parse('JSON-översikten visar "{label}" för "{region}" och regeln "{rule}"'))
def json_overview_cell(run: Run, label: str, region: str, rule: str) -> None:
    packs = json.loads(run.output)["packs"].values()
    cells = [p["outcomes"][region][rule] for p in packs
             if region in p["outcomes"] and rule in p["outcomes"][region]]
    assert cells == [LABELS[label]], (cells, run.output)


@then(parsers.parse('JSON-översikten har felet "{text}"'))
def json_overview_error(run: Run, text: str) -> None:
    errors = json.loads(run.output)["errors"]
    assert any(text in error for error in errors), errors


@then(parsers.parse('filen "{name}" är oförändrad, exemplet "{fixture}"'))
def file_unchanged(tmp_path: Path, name: str, fixture: str) -> None:
    assert (tmp_path / name).read_bytes() == (FIXTURES / fixture).read_bytes()
