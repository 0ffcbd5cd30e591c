"""Steps for rule teams: a private copy of the packs, files in them, commands on them."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, Run, cli, english_in
from pytest_bdd import given, parsers, then, when

from compliance.packs.loader import bundled_packs_dir


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    return tmp_path / "rules"


@given("en kopia av de medföljande regelpaketen")
def copy_of_packs(rules_dir: Path) -> None:
    shutil.copytree(bundled_packs_dir(), rules_dir)


@given(parsers.parse('paketet "{pack}" har filen "{name}" med innehållet:'))
def pack_file(rules_dir: Path, pack: str, name: str, docstring: str) -> None:
    path = rules_dir / pack / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(docstring + "\n", encoding="utf-8")




def _expand(text: str, rules_dir: Path) -> str:
    return (text.replace("{rules}", str(rules_dir)).replace("{fixtures}", str(FIXTURES))
            .replace("{tmp}", str(rules_dir.parent)))


@when(parsers.parse('jag kör "{command}"'))
def run_command(run: Run, rules_dir: Path, command: str) -> None:
    args = [_expand(arg, rules_dir) for arg in shlex.split(command)]
    assert args[0] == "compliance"
    result = cli(args[1:])
    run.exit_code, run.output, run.stderr = result.exit_code, result.stdout, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)


@then("varken utskriften eller felmeddelandet innehåller engelska")
def no_english(run: Run) -> None:
    assert not english_in(run.output + run.stderr), run.output + run.stderr


@then(parsers.parse('utskriften innehåller "{text}"'))
def output_contains(run: Run, rules_dir: Path, text: str) -> None:
    assert text.replace("{rules}", str(rules_dir)) in run.output, run.output


@then(parsers.parse('den skrivna filen "{name}" innehåller "{text}"'))
def written_file_contains(rules_dir: Path, name: str, text: str) -> None:
    content = Path(_expand(name, rules_dir)).read_text(encoding="utf-8")
    assert text in content, content[:2000]


@then(parsers.parse('filen "{name}" i paketet "{pack}" innehåller "{text}"'))
def file_contains(rules_dir: Path, name: str, pack: str, text: str) -> None:
    content = (rules_dir / pack / name).read_text(encoding="utf-8")
    assert text in content, content


@then(parsers.parse('filerna "{first}" och "{second}" är identiska'))
def identical_files(rules_dir: Path, first: str, second: str) -> None:
    a, b = Path(_expand(first, rules_dir)), Path(_expand(second, rules_dir))
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 0


@given(parsers.parse('i "{path}" står raden "{line}" efter raden "{after}"'))
def line_added(rules_dir: Path, path: str, line: str, after: str) -> None:
    target = rules_dir / path
    lines = target.read_text(encoding="utf-8").split("\n")
    lines.insert(lines.index(after) + 1, line)
    target.write_text("\n".join(lines), encoding="utf-8")


@given(parsers.parse('paketet "{pack}" i kopian har versionen "{version}"'))
def pack_version(rules_dir: Path, pack: str, version: str) -> None:
    """A copy with a version of its own: not one that shadows the bundled pack."""
    target = rules_dir / pack / "pack.yaml"
    lines = target.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("version:"))
    lines[at] = f'version: "{version}"'
    target.write_text("\n".join(lines), encoding="utf-8")
