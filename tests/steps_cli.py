"""Steps for the command line as scripts and shells use it: version, quiet runs, completion."""

from __future__ import annotations

import re

from helpers import Run
from pytest_bdd import parsers, then, when
from typer.testing import CliRunner

from compliance.cli import app
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
    env = {"_COMPLIANCE_COMPLETE": "complete_bash", "COMP_WORDS": typed,
           "COMP_CWORD": str(len(words) - 1)}
    result = CliRunner().invoke(app, [], env=env, prog_name="compliance")
    run.exit_code, run.output = result.exit_code, result.stdout


@then(parsers.parse('förslagen innehåller "{word}"'))
def suggestions_contain(run: Run, word: str) -> None:
    assert word in run.output.split(), run.output


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
