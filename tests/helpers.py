"""What every test module shares: where the fixtures and packs are, and the CLI runner."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from typer.testing import CliRunner, Result

from compliance.cli import app

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
RULES = ROOT / "rules"

LABELS = {"uppfyllt": "pass", "ej uppfyllt": "fail", "ej bedömbart": "missing",
          "väntar": "pending", "undantag": "waived", "poäng": "graded",
          "att granska": "review"}


def csv_rows(text: str) -> list[list[str]]:
    """The rows of a CSV report, read as Swedish Excel reads it: UTF-8 after a byte order
    mark, semicolons between cells."""
    assert text.startswith("\ufeff"), text[:40]
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def cli(args: list[str]) -> Result:
    """Run `compliance ARGS` in-process, as a user would from a shell."""
    return CliRunner().invoke(app, [str(arg) for arg in args])


class Run:
    """What one command printed and returned, and the report it wrote as JSON."""

    def __init__(self) -> None:
        self.exit_code = -1
        self.output = ""
        self.stderr = ""
        self.report: dict[str, Any] = {}
        self.input: Path | None = None
        self.input_digest = ""

    def verdict(self, rule: str) -> dict[str, Any]:
        matches = [v for v in self.report["verdicts"] if v["rule"] == rule]
        assert matches, f"regeln {rule} finns inte i rapporten"
        return matches[0]


def invoke(run: Run, args: list[str]) -> None:
    """Run a command into ``run``; a crash (anything but a clean exit) fails the test."""
    result = cli(args)
    run.exit_code, run.output, run.stderr = result.exit_code, result.stdout, result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                     SystemExit), result.output


def command(*args: str | Path) -> tuple[int, str, str]:
    """Exit code, standard output and standard error of `compliance ARGS`."""
    result = cli(list(map(str, args)))
    return result.exit_code, result.stdout, result.stderr


def absent_never_passes(pack: Any, data: dict[str, Any], report: dict[str, Any]) -> None:
    """An answer or a month that the submission ``data`` lacks is never judged ``pass``
    by the rules of ``pack`` that read it."""
    outcome = {v["rule"]: v["outcome"] for v in report["verdicts"]}
    answers = data.get("answers") if isinstance(data.get("answers"), dict) else {}
    series = data.get("series") if isinstance(data.get("series"), dict) else {}
    for rule in pack.rules:
        spec: Any = rule.spec
        if getattr(spec, "answer", None) and answers.get(spec.answer) in (None, ""):
            assert outcome[spec.id] != "pass", spec.id
        if getattr(spec, "each", None):
            months = series.get(spec.each) or {}
            expected = pack.meta.form.series[spec.each].expected_months()
            if any(str(month) not in months for month in expected):
                assert outcome[spec.id] != "pass", spec.id
