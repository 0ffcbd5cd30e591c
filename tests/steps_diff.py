"""Steps for `compliance diff`: files edited between two runs, and the changes each format
shows read back from the file."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import FIXTURES, cli
from pytest_bdd import given, parsers, then


@given(parsers.parse('i filen "{name}" står "{new}" i stället för "{old}"'))
def replaced(tmp_path: Path, name: str, new: str, old: str) -> None:
    path = tmp_path / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@given(parsers.parse('JSON-rapporten "{name}" för exemplet "{fixture}" per {as_of}'))
def json_report(tmp_path: Path, name: str, fixture: str, as_of: str) -> None:
    result = cli(["check", str(FIXTURES / fixture), "--as-of", as_of, "-o",
                  str(tmp_path / name)])
    assert result.exit_code in (0, 1), result.stderr


def _text(path: Path) -> str:
    if path.suffix == ".json":  # the lines each change's texts would print
        doc = json.loads(path.read_text(encoding="utf-8"))
        return "\n".join(value["text"] for change in doc["changes"]
                         for value in change["values"])
    return path.read_text(encoding="utf-8")


@then(parsers.parse('filen "{name}" visar regeln "{rule}" under "{heading}" med "{change}"'))
def shows_change(tmp_path: Path, name: str, rule: str, heading: str, change: str) -> None:
    path = tmp_path / name
    if path.suffix == ".json":
        kinds = {"Åtgärdade": "resolved", "Nya brister": "new_failure"}
        labels = {"ej uppfyllt": "fail", "väntar": "pending", "uppfyllt": "pass"}
        before, after = change.split(" → ")
        doc = json.loads(path.read_text(encoding="utf-8"))
        found = [(c["kind"], c["old"], c["new"]) for c in doc["changes"] if c["rule"] == rule]
        assert found == [(kinds[heading], labels[before], labels[after])], found
        return
    text = path.read_text(encoding="utf-8")
    start = text.index(heading)
    following = [text.find(other, start + 1) for other in ("Ändrat utfall", "Samma utfall",
                                                             "Nya brister", "Nya regler")]
    end = min([i for i in following if i > start] or [len(text)])
    section = text[start:end]
    if path.suffix == ".html":  # the row's "Tidigare" and "Nu" cells
        from steps_calendar import _Rows
        rows = _Rows()
        rows.feed(section)
        found = [f"{row[3]} → {row[4]}" for row in rows.rows if len(row) == 6 and rule in row[1]]
        assert found == [change], found
        return
    line = next((line for line in section.splitlines() if rule in line), "")
    assert change in line, section


@then(parsers.parse('filen "{name}" nämner "{text}"'))
def file_mentions(tmp_path: Path, name: str, text: str) -> None:
    assert text in _text(tmp_path / name)
