"""Steps for report files written with -o: which format a file is, read from its bytes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from helpers import LABELS
from pytest_bdd import parsers, then


def _kind(data: bytes) -> str:
    """The format a report file is, from its content alone (never from its name)."""
    if data.startswith(b"PK") and b"xl/workbook.xml" in data:
        return "xlsx"
    if data.startswith(b"%PDF-"):
        return "pdf"
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        return "csv"
    if text.lstrip().lower().startswith("<!doctype html"):
        return "html"
    if text.startswith("<?xml") and "<testsuites" in text:
        return "junit"
    if text.startswith("BEGIN:VCALENDAR"):
        return "ics"
    if text.startswith("{"):
        json.loads(text)
        return "json"
    if text.startswith("# "):
        return "markdown"
    return "text"


@then(parsers.parse('filen "{name}" är en rapport i formatet {fmt}'))
def file_in_format(tmp_path: Path, name: str, fmt: str) -> None:
    data = (tmp_path / name).read_bytes()
    assert _kind(data) == fmt, data[:80]
    if fmt == "xlsx":
        assert zipfile.is_zipfile(tmp_path / name)


@then(parsers.parse('filen "{name}" finns inte'))
def file_absent(tmp_path: Path, name: str) -> None:
    assert not (tmp_path / name).exists()


@then(parsers.parse('JSON-filen "{name}" visar "{label}" för regeln "{rule}"'))
def json_file_outcome(tmp_path: Path, name: str, label: str, rule: str) -> None:
    report = json.loads((tmp_path / name).read_text(encoding="utf-8"))
    outcomes = {v["rule"]: v["outcome"] for v in report["verdicts"]}
    assert outcomes[rule] == LABELS[label], outcomes[rule]
