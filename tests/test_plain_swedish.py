"""What a user reads is plain Swedish: no operators, no code, no internal keys in rule
titles, summaries or evidence (issue: verdicts an auditor can sign)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from helpers import FIXTURES

from compliance.judging.evaluate import evaluate
from compliance.workspace.workspace import Workspace

ALL = sorted(FIXTURES.glob("region-*.yaml"))
DATES = [dt.date(2024, 3, 15), dt.date(2024, 10, 1), dt.date(2025, 6, 1)]
OPERATORS = re.compile(r"[<>≤≥≠=→]|!=")
SNAKE_CASE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")  # vtdb_inom_tre_veckor, rss_17_nej
INTERNAL = re.compile(r"\banswers\.|\b(ot24|gnv23|pwc24)\b")


def problems(text: str) -> list[str]:
    found = [f"operator {m.group()!r}" for m in OPERATORS.finditer(text)]
    found += [f"key {m.group()!r}" for m in SNAKE_CASE.finditer(text)]
    found += [f"internal {m.group()!r}" for m in INTERNAL.finditer(text)]
    return found


@pytest.mark.parametrize("path", ALL, ids=[p.stem for p in ALL])
@pytest.mark.parametrize("as_of", DATES, ids=str)
def test_titles_summaries_and_evidence_read_as_swedish(path: Path, as_of: dt.date) -> None:
    pack, submission = Workspace().read(path)
    report = evaluate(pack, submission, as_of)
    for verdict in report.verdicts:
        texts = [verdict.title, verdict.summary, *(e.text for e in verdict.evidence)]
        for text in texts:
            assert not problems(text), (verdict.rule, text, problems(text))


def test_the_check_can_fail() -> None:
    assert problems("2024-03: svarsfrekvens väntande 93,1 % < 95 %")
    assert problems("3.4 fråga 1 (vtdb_inom_tre_veckor): svar Ja = Ja")
    assert problems("Källa: ot24 avsn. 3.4")
    assert not problems("Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 %")
