"""Steps for what an auditor signs: summaries, assumptions, notes and money as reported."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import FIXTURES, LABELS, Run
from pytest_bdd import given, parsers, then
from steps_submission import Draft


def _flat(text: str) -> str:
    """Text as read, whatever the terminal's width: line breaks and runs of spaces as one."""
    return " ".join(text.split())


@given(parsers.parse('undantagen i exemplet "{name}"'), target_fixture="waivers_text")
def waivers_from_fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@given(parsers.parse('en inlämning byggd på "{fixture}" för paketet "{pack}"'))
def based_on_for_pack(draft: Draft, fixture: str, pack: str) -> None:
    from steps_submission import based_on

    based_on(draft, fixture)
    draft.data["pack"] = pack


@then(parsers.parse('sammanfattningen för regeln "{rule}" nämner "{text}"'))
def summary_mentions(run: Run, rule: str, text: str) -> None:
    assert text in run.verdict(rule)["summary"], run.verdict(rule)["summary"]


@then(parsers.parse('sammanfattningen för regeln "{rule}" nämner inte "{text}"'))
def summary_lacks(run: Run, rule: str, text: str) -> None:
    assert text not in run.verdict(rule)["summary"], run.verdict(rule)["summary"]


@then(parsers.parse('regeln "{rule}" har antagandet "{text}"'))
def rule_assumption(run: Run, rule: str, text: str) -> None:
    assumptions = run.verdict(rule)["assumptions"]
    assert any(text in item for item in assumptions), assumptions


@then(parsers.parse('ingen regel har utfallet "{label}"'))
def no_rule_with(run: Run, label: str) -> None:
    found = [v["rule"] for v in run.report["verdicts"] if v["outcome"] == LABELS[label]]
    assert not found, found


@then(parsers.parse('rapporten noterar "{text}"'))
def report_notes(run: Run, text: str) -> None:
    assert any(text in note for note in run.report["notes"]), run.report["notes"]


@then(parsers.parse('pengarna går ihop: "{text}"'))
def money_reconciles(run: Run, text: str) -> None:
    report_notes(run, text)


@then(parsers.parse('utbetalningen "{payment}" har informationen "{text}"'))
def payment_information(run: Run, payment: str, text: str) -> None:
    line = next(m for m in run.report["money"] if m["payment"] == payment)
    assert text in (line["information"] or ""), line


@then(parsers.parse('utskriften nämner, oavsett radbrytningar, "{text}"'))
def output_mentions(run: Run, text: str) -> None:
    assert _flat(text) in _flat(run.output), run.output


@then(parsers.parse('utskriften nämner inte, oavsett radbrytningar, "{text}"'))
def output_lacks(run: Run, text: str) -> None:
    assert _flat(text) not in _flat(run.output), run.output


@given(parsers.parse('filen "{name}" är exemplet "{fixture}" för paketet "{pack}"'))
def fixture_for_pack(tmp_path: Path, name: str, fixture: str, pack: str) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(re.sub(r"(?m)^pack: .*$", f"pack: {pack}", text), encoding="utf-8")


@then(parsers.parse('arbetsboken "{name}" nämner "{text}"'))
def workbook_mentions(tmp_path: Path, name: str, text: str) -> None:
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / name)
    cells = " ".join(str(cell.value) for sheet in book for row in sheet.iter_rows()
                     for cell in row if cell.value is not None)
    assert _flat(text) in _flat(cells), book.sheetnames
