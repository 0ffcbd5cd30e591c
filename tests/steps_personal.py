"""Steps for personal data in texts other than the answers: a submission's note."""

from __future__ import annotations

from pathlib import Path

from pytest_bdd import given, parsers
from steps_outputs import _fixture, _write


@given(parsers.parse('filen "{name}" är exemplet "{fixture}" med anteckningen "{note}"'))
def fixture_with_note(tmp_path: Path, name: str, fixture: str, note: str) -> None:
    _write(tmp_path / name, {**_fixture(fixture), "note": note})
