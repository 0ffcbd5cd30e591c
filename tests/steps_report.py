"""Steps that run `compliance check` as a user would and read what it reports."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from helpers import FIXTURES, LABELS, Run, invoke
from pytest_bdd import given, parsers, then, when
from steps_submission import Draft


@pytest.fixture
def run() -> Run:
    return Run()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


@when(parsers.parse('inlämningen bedöms per {as_of}'))
def judged_json(draft: Draft, run: Run, tmp_path: Path, as_of: str) -> None:
    run.input = draft.write(tmp_path)
    run.input_digest = _digest(run.input)
    invoke(run, ["check", str(run.input), "--format", "json", "--as-of", as_of])
    if run.exit_code in (0, 1):
        run.report = json.loads(run.output)


@given("undantagsfilen:", target_fixture="waivers_text")
def waivers_file(docstring: str) -> str:
    return docstring + "\n"


def _judged_with(draft: Draft, run: Run, tmp_path: Path, as_of: str, option: str,
                 text: str, name: str) -> None:
    """Judge the draft with a records file (waivers or attestations) beside it."""
    run.input = draft.write(tmp_path)
    records = tmp_path / name
    records.write_text(text, encoding="utf-8")
    invoke(run, ["check", str(run.input), "--format", "json", "--as-of", as_of,
                 option, str(records)])
    if run.exit_code in (0, 1):
        run.report = json.loads(run.output)


@when(parsers.parse("inlämningen bedöms per {as_of} med undantagen"))
def judged_with_waivers(draft: Draft, run: Run, tmp_path: Path, as_of: str,
                        waivers_text: str) -> None:
    _judged_with(draft, run, tmp_path, as_of, "--waivers", waivers_text, "undantag.yaml")


@then(parsers.parse('spårbarheten nämner undantaget "{text}"'))
def trail_mentions(run: Run, text: str) -> None:
    assert any(text in item for item in run.report["audit"]["waivers"]), run.report["audit"]


@then(parsers.parse('underlaget visar utan undantaget "{label}" för regeln "{rule}"'))
def data_outcome(run: Run, label: str, rule: str) -> None:
    assert run.verdict(rule)["waiver"]["data_outcome"] == LABELS[label]


@when(parsers.parse('inlämningen bedöms per {as_of} med rapport i terminalen'))
def judged_text(draft: Draft, run: Run, tmp_path: Path, as_of: str) -> None:
    run.input = draft.write(tmp_path)
    invoke(run, ["check", str(run.input), "--as-of", as_of])


@when(parsers.parse('filen "{name}" bedöms per {as_of}'))
def file_judged(run: Run, tmp_path: Path, name: str, as_of: str) -> None:
    run.input = tmp_path / name
    invoke(run, ["check", str(run.input), "--format", "json", "--as-of", as_of])


@then(parsers.parse('regeln "{rule}" har utfallet "{label}"'))
def rule_outcome(run: Run, rule: str, label: str) -> None:
    verdict = run.verdict(rule)
    assert verdict["outcome"] == LABELS[label], verdict


@then(parsers.parse('underlaget för regeln "{rule}" nämner "{text}"'))
def evidence_mentions(run: Run, rule: str, text: str) -> None:
    texts = [item["text"] for item in run.verdict(rule)["evidence"]]
    assert any(text in item for item in texts), texts


@then(parsers.parse('underlaget för regeln "{rule}" nämner inte "{text}"'))
def evidence_lacks(run: Run, rule: str, text: str) -> None:
    assert text not in json.dumps(run.verdict(rule), ensure_ascii=False)


@then(parsers.parse('regeln "{rule}" har typen "{severity}"'))
def rule_severity(run: Run, rule: str, severity: str) -> None:
    assert run.verdict(rule)["severity"] == severity, run.verdict(rule)


@then(parsers.parse('regeln "{rule}" är markerad som antagande'))
def marked_assumption(run: Run, rule: str) -> None:
    assert run.verdict(rule)["assumptions"], run.verdict(rule)


@then(parsers.parse("avslutningskoden är {code:d}"))
def exit_code(run: Run, code: int) -> None:
    assert run.exit_code == code, (run.exit_code, run.output, run.stderr)


@then(parsers.parse('felmeddelandet pekar på rad {line:d} kolumn {column:d} och säger "{text}"'))
def error_at(run: Run, line: int, column: int, text: str) -> None:
    assert run.input is not None
    message = run.stderr.strip()
    assert message.startswith(f"fel: {run.input}:{line}:{column}: "), message
    assert text in message, message
    assert "Traceback" not in run.stderr + run.output


@then(parsers.parse('felmeddelandet säger "{text}"'))
def error_says(run: Run, text: str) -> None:
    assert text in run.stderr, run.stderr
    assert "Traceback" not in run.stderr + run.output


@then("inlämningsfilen är oförändrad")
def input_unchanged(run: Run) -> None:
    assert run.input is not None and _digest(run.input) == run.input_digest


@then(parsers.parse('rapporten visar "{text}"'))
def report_shows(run: Run, text: str) -> None:
    assert text in run.output, run.output


HEADER = "unit_id,unit_name,month,expected,reported_waiting,reported_actual,delivered\n"


@when(parsers.parse('inlämningen bedöms per {as_of} med loggen "{log}"'))
def judged_with_log(draft: Draft, run: Run, tmp_path: Path, as_of: str, log: str) -> None:
    _judge_with_log(draft, run, tmp_path, as_of, FIXTURES / log)


@when(parsers.parse('inlämningen bedöms per {as_of} med loggen "{log}" som Excel'))
def judged_with_excel_log(draft: Draft, run: Run, tmp_path: Path, as_of: str, log: str) -> None:
    import csv

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    with (FIXTURES / log).open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    path = tmp_path / "logg.xlsx"
    book.save(path)
    _judge_with_log(draft, run, tmp_path, as_of, path)


@given(parsers.parse('en logg där {missing:d} av {units:d} förväntade enheter inte '
                     'rapporterat i "{month}"'), target_fixture="log_text")
def many_missing(missing: int, units: int, month: str) -> str:
    rows = [f"E{i},Enhet {i},{month},ja,{'nej' if i <= missing else 'ja'},ja,"
            f"{month}-28\n" for i in range(1, units + 1)]
    return HEADER + "".join(rows)


@given(parsers.parse('en logg med raden "{row}"'), target_fixture="log_text")
def one_row(row: str) -> str:
    return HEADER + row + "\n"


@when(parsers.parse("inlämningen bedöms per {as_of} med den loggen"))
def judged_with_given_log(draft: Draft, run: Run, tmp_path: Path, as_of: str,
                          log_text: str) -> None:
    path = tmp_path / "logg.csv"
    path.write_text(log_text, encoding="utf-8")
    _judge_with_log(draft, run, tmp_path, as_of, path)


def _judge_with_log(draft: Draft, run: Run, tmp_path: Path, as_of: str, log: Path) -> None:
    run.input = draft.write(tmp_path)
    invoke(run, ["check", str(run.input), "--format", "json", "--as-of", as_of,
                 "--log", str(log)])
    if run.exit_code in (0, 1):
        run.report = json.loads(run.output)


@then(parsers.parse('regeln "{rule}" är villkor för "{payment}"'))
def condition_of(run: Run, rule: str, payment: str) -> None:
    assert payment in run.verdict(rule)["payments"], run.verdict(rule)


@then(parsers.parse('rapporten säger vem som beslutar: "{text}"'))
def decision_named(run: Run, text: str) -> None:
    assert text in (run.report.get("decision") or ""), run.report.get("decision")


@given("attestfilen:", target_fixture="attestations_text")
def attestations_file(docstring: str) -> str:
    return docstring + "\n"


@when(parsers.parse("inlämningen bedöms per {as_of} med attesterna"))
def judged_with_attestations(draft: Draft, run: Run, tmp_path: Path, as_of: str,
                             attestations_text: str) -> None:
    _judged_with(draft, run, tmp_path, as_of, "--attestations", attestations_text,
                 "attester.yaml")


@then(parsers.parse('spårbarheten nämner granskningen "{text}"'))
def trail_mentions_review(run: Run, text: str) -> None:
    assert any(text in item for item in run.report["audit"]["attestations"]), \
        run.report["audit"]


@then(parsers.parse('underlaget för regeln "{rule}" visar "{subject}" som "{label}"'))
def evidence_outcome(run: Run, rule: str, subject: str, label: str) -> None:
    items = [item for item in run.verdict(rule)["evidence"] if item["subject"] == subject]
    assert [item["outcome"] for item in items] == [LABELS[label]], items
