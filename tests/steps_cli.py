"""Steps for the command line as scripts and shells use it: version, quiet runs, completion."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from helpers import Run, cli
from pytest_bdd import given, parsers, then, when

from compliance.cli import app
from compliance.reading.yamlload import load_file
from compliance.version import __version__


@then("utskriften är verktygets version")
def output_is_version(run: Run) -> None:
    assert run.output == f"compliance {__version__}\n", run.output


@then("utskriften är tom")
def output_is_empty(run: Run) -> None:
    assert run.output == "", run.output


@when(parsers.parse('skalet bash ber om komplettering av "{typed}"'))
def bash_completes(run: Run, typed: str) -> None:
    words = typed.split(" ")
    # what the script from `compliance completion bash` sets before it calls the tool
    env = {"_COMPLIANCE_COMPLETE": "bash_complete", "COMP_WORDS": typed,
           "COMP_CWORD": str(len(words) - 1)}
    result = CliRunner().invoke(app, [], env=env, prog_name="compliance")
    run.exit_code, run.output = result.exit_code, result.stdout


@then(parsers.parse('förslagen innehåller "{word}"'))
def suggestions_contain(run: Run, word: str) -> None:
    # click's bash completion answers one "type,value" line per suggestion
    assert word in [line.split(",", 1)[-1] for line in run.output.splitlines()], run.output


@then(parsers.parse("felutskriften har {count:d} rader, var och en med fil, rad och kolumn"))
def error_lines(run: Run, count: int) -> None:
    lines = run.stderr.splitlines()
    assert len(lines) == count, run.stderr
    assert all(re.match(rf"fel: {re.escape(str(run.input))}:\d+:\d+: \S", line)
               for line in lines), run.stderr


@then(parsers.parse('ett fel pekar på rad {line:d} kolumn {column:d} och säger "{text}"'))
def one_error_at(run: Run, line: int, column: int, text: str) -> None:
    prefix = f"fel: {run.input}:{line}:{column}: "
    assert any(row.startswith(prefix) and text in row for row in run.stderr.splitlines()), \
        run.stderr


@given(parsers.parse('filen "{name}" med innehållet:'))
def file_with_text(tmp_path: Path, name: str, docstring: str) -> None:
    (tmp_path / name).write_text(docstring + "\n", encoding="utf-8")


@given(parsers.parse('miljövariabeln COMPLIANCE_PACKS är "{value}"'))
def packs_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str) -> None:
    monkeypatch.setenv("COMPLIANCE_PACKS", value.replace("{tmp}", str(tmp_path)))


@given("ingen miljövariabel COMPLIANCE_PACKS")
def no_packs_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPLIANCE_PACKS", raising=False)


@then(parsers.parse('varje fil i paketet "{pack}" följer schemat från "compliance schema pack"'))
def pack_files_follow_schema(rules_dir: Path, pack: str) -> None:
    schema = json.loads(cli(["schema", "pack"]).stdout)
    files = sorted((rules_dir / pack).glob("*.yaml"))
    assert any(path.name == "pack.yaml" for path in files), files
    for path in files:
        jsonschema.validate(load_file(path).data, schema)
