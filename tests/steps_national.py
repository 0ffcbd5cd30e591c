"""Steps for a national run with the auditor's records: a folder of the example
submissions judged with waivers and attestations that name their regions."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when


@given("en katalog med exemplens inlämningar")
def folder_of_examples(folder: Path) -> None:
    folder.mkdir()
    for source in FIXTURES.glob("region-*.yaml"):
        shutil.copy(source, folder)


@given(parsers.parse('posterna i "{name}":'))
def records_file(tmp_path: Path, name: str, docstring: str) -> None:
    (tmp_path / name).write_text(docstring + "\n", encoding="utf-8")


def _options(tmp_path: Path, options: str) -> list[str]:
    """The options, each records file named relative to the test's folder."""
    return [str(tmp_path / word) if word.endswith(".yaml") else word
            for word in shlex.split(options)]


@when(parsers.parse('katalogen bedöms per {as_of} med "{options}"'))
def folder_judged_with(run: Run, folder: Path, tmp_path: Path, as_of: str,
                       options: str) -> None:
    invoke(run, ["check", str(folder), "--format", "json", "--as-of", as_of,
                 *_options(tmp_path, options)])
    if run.output:
        run.report = json.loads(run.output)


@when(parsers.parse('filen "{name}" i katalogen bedöms per {as_of} med "{options}"'))
def file_judged_with(run: Run, folder: Path, tmp_path: Path, name: str, as_of: str,
                     options: str) -> None:
    run.input = folder / name
    invoke(run, ["check", str(run.input), "--format", "json", "--as-of", as_of,
                 *_options(tmp_path, options)])
    if run.exit_code in (0, 1):
        run.report = json.loads(run.output)


@then("översikten har inga fel")
def overview_without_errors(run: Run) -> None:
    assert run.report["errors"] == [], run.report["errors"]


@then(parsers.parse("spårbarheten har {count:d} undantag"))
def trail_count(run: Run, count: int) -> None:
    assert len(run.report["audit"]["waivers"]) == count, run.report["audit"]
