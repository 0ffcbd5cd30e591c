"""Steps for the national overview: a folder of submissions judged at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "inlamningar"


@given(parsers.parse('en katalog med exemplen och en trasig inlämning "{name}"'))
def folder_with_broken(folder: Path, name: str) -> None:
    shutil.copytree(FIXTURES, folder)
    (folder / name).write_text("pack: okad-tillganglighet-2024\nregion: Region Trasig\n"
                               "svar: {}\n", encoding="utf-8")


def _judge(run: Run, path: Path, as_of: str) -> None:
    invoke(run, ["check", str(path), "--format", "json", "--as-of", as_of])
    run.report = json.loads(run.output)


@when(parsers.parse('katalogen "{name}" bedöms per {as_of}'))
def named_folder(run: Run, name: str, as_of: str) -> None:
    _judge(run, FIXTURES.parent / name, as_of)


@when(parsers.parse("katalogen bedöms per {as_of}"))
def prepared_folder(run: Run, folder: Path, as_of: str) -> None:
    _judge(run, folder, as_of)


@then(parsers.parse('översikten har paketen "{packs}"'))
def overview_packs(run: Run, packs: str) -> None:
    assert sorted(run.report["packs"]) == packs.split(", ")


@then(parsers.parse('översikten visar "{label}" för "{region}" och regeln "{rule}"'))
def overview_cell(run: Run, label: str, region: str, rule: str) -> None:
    from helpers import LABELS
    cells = [p["outcomes"][region][rule] for p in run.report["packs"].values()
             if region in p["outcomes"] and rule in p["outcomes"][region]]
    assert cells == [LABELS[label]], cells


@then(parsers.parse('översikten hoppade över "{name}"'))
def overview_skipped(run: Run, name: str) -> None:
    assert any(item["file"].endswith(name) for item in run.report["skipped"])


@then(parsers.parse('översikten har felet "{text}"'))
def overview_error(run: Run, text: str) -> None:
    assert any(text in error for error in run.report["errors"]), run.report["errors"]
