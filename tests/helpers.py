"""What every test module shares: where the fixtures and packs are, and the CLI runner."""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

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


def _as_read(mapping: Any) -> dict[str, Any]:
    """A mapping's keys as a person (and the loader) reads them; see same_key."""
    if not isinstance(mapping, dict):
        return {}
    return {same_key(key): value for key, value in mapping.items() if isinstance(key, str)}


def absent_never_passes(pack: Any, data: dict[str, Any], report: dict[str, Any]) -> None:
    """An answer or a month that the submission ``data`` lacks is never judged ``pass``
    by the rules of ``pack`` that read it (a key written with an invisible character or
    other digits is that key: docs/SECURITY.md)."""
    outcome = {v["rule"]: v["outcome"] for v in report["verdicts"]}
    answers = _as_read(data.get("answers"))
    series = _as_read(data.get("series"))
    for rule in pack.rules:
        spec: Any = rule.spec
        if getattr(spec, "answer", None) and answers.get(spec.answer) in (None, ""):
            assert outcome[spec.id] != "pass", spec.id
        if getattr(spec, "each", None):
            months = _as_read(series.get(spec.each))
            expected = pack.meta.form.series[spec.each].expected_months()
            if any(str(month) not in months for month in expected):
                assert outcome[spec.id] != "pass", spec.id


def same_key(key: str) -> str:
    """A key as a person reads it, written from docs/SECURITY.md rather than taken from
    the code: NFC, no invisible format characters (Cf), no surrounding whitespace, every
    decimal digit as ASCII."""
    text = "".join(char for char in key if unicodedata.category(char) != "Cf")
    text = unicodedata.normalize("NFC", text).strip()
    return "".join(str(unicodedata.decimal(char, char)) if unicodedata.decimal(char, None)
                   is not None else char for char in text)


# What the command-line library would print in English where a user reads (help screens,
# usage errors); tests/test_cli.py and the Gherkin check that none of it appears.
ENGLISH = ("Usage:", "Error", "Missing", "No such", "Try '", "unexpected", "Show this message",
           "Invalid value", "Did you mean", "Options", "Arguments", "Commands", "[default",
           "[required]", "<path>", "<bool>", "<text>", "Aborted", "Traceback", "requires an")


def english_in(text: str) -> list[str]:
    """The English markers of ENGLISH that ``text`` contains."""
    return [word for word in ENGLISH if word in text]


def answer_as_given(submission: Any, key: str, cannot: str) -> Any:
    """An answer of a submission read from an export, as the export's expected values
    write it: ``cannot`` for the survey's "kan inte uppskattas", a date as ISO text."""
    import datetime as dt

    if key in submission.cannot_estimate:
        assert submission.answers.get(key) is None
        return cannot
    value = submission.answers.get(key)
    return value.isoformat() if isinstance(value, dt.date) else value
