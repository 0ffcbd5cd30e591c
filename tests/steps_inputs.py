"""Steps for input that must never give a silent wrong verdict: invisible characters,
look-alike keys, duplicated or blank log rows, files that are not regular files."""

from __future__ import annotations

import os
from pathlib import Path

from helpers import LABELS, Run
from pytest_bdd import given, parsers, then
from steps_report import HEADER
from steps_submission import Draft, _number

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad \u00a0\n"


def _unescaped(text: str) -> str:
    r"""Gherkin text with \n, \t and \uXXXX escapes turned into the characters."""
    return text.encode("ascii", "backslashreplace").decode("unicode_escape")


@given(parsers.parse('svaret "{answer}" består bara av osynliga tecken'))
def answer_invisible(draft: Draft, answer: str) -> None:
    draft.data.setdefault("answers", {})[answer] = INVISIBLE


@given(parsers.parse('svaret "{answer}" är mallens platshållartext med ett osynligt tecken'))
def answer_hidden_placeholder(draft: Draft, answer: str) -> None:
    draft.data.setdefault("answers", {})[answer] = \
        "Klicka eller tryck\u200b här för att ange\u00ad text."


@given(parsers.parse('bilagan "{attachment}" har ett filnamn av osynliga tecken'))
def attachment_invisible(draft: Draft, attachment: str) -> None:
    draft.data.setdefault("attachments", {})[attachment] = {"file": "\u200b\u2060 "}


@given(parsers.parse('serien "{series}" har även nyckeln "{key}" med {field} {value}'))
def look_alike_month(draft: Draft, series: str, key: str, field: str, value: str) -> None:
    draft.data["series"][series][_unescaped(key)] = {field: _number(value)}


@given("en logg med raderna:", target_fixture="log_text")
def log_rows(docstring: str) -> str:
    return HEADER + docstring + "\n"


@given(parsers.parse('filen "{name}" är en namngiven rörledning (FIFO)'))
def fifo(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)


@then(parsers.parse('regeln "{rule}" har inte utfallet "{label}"'))
def rule_outcome_not(run: Run, rule: str, label: str) -> None:
    assert run.verdict(rule)["outcome"] != LABELS[label], run.verdict(rule)
