"""Word forms and survey exports made from scratch as other people and tools would make them
(``fixtures/make_independent_forms.py``, ``fixtures/make_independent_exports.py``, never
from our replica): each is read with the real readers – through the Workspace and the
command line – and compared with the answers a person sees in it, or its refusal."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import pytest
from helpers import ROOT, answer_as_given, command

from compliance.errors import InputError
from compliance.inputs.models import Submission
from compliance.judging.survey import read_export
from compliance.workspace.workspace import Workspace

sys.path.insert(0, str(ROOT / "fixtures"))
from make_independent_exports import CANNOT, Export, exports, long_format  # noqa: E402
from make_independent_forms import UNANSWERED, YES_NO_KEYS, Form, forms  # noqa: E402

FORMS = forms()
EXPORTS = exports()
SURVEY_PACK = "god-och-nara-vard-2023"


def test_the_corpora_are_as_large_as_asked() -> None:
    assert 6 <= len(FORMS) <= 12 and sum(1 for form in FORMS.values() if form.error) >= 2
    assert 4 <= len(EXPORTS) <= 6


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("name", sorted(FORMS))
def test_a_form_reads_as_a_person_sees_it(tmp_path: Path, name: str) -> None:
    form: Form = FORMS[name]
    path = _write(tmp_path, f"{name}.docx", form.data)
    workspace = Workspace(as_of=dt.date(2024, 10, 1))
    if form.error:
        with pytest.raises(InputError, match=form.error):
            workspace.read(path)
        return
    _, submission = workspace.read(path)
    assert submission.region == form.region
    states = {line.answer: line.state for line in submission.reading}
    for key, expected in form.answers.items():
        if expected == UNANSWERED:
            assert states[key] == "unanswered", (key, submission.answers.get(key))
            continue
        assert states[key] == "answered", key
        got = submission.answers.get(key)
        if key in YES_NO_KEYS:  # a submission holds Ja/Nej as "ja"/"nej"
            assert got == expected.casefold(), (key, got)
        else:
            assert got == expected, (key, got)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_command_judges_or_refuses_each_form(tmp_path: Path, name: str) -> None:
    form = FORMS[name]
    path = _write(tmp_path, f"{name}.docx", form.data)
    code, out, err = command("check", path, "--as-of", "2024-10-01", "--format", "json")
    if form.error:
        assert code == 2 and err.startswith("fel: "), err
        assert "Traceback" not in err
        return
    assert code in (0, 1), err
    report = json.loads(out)
    outcomes = {verdict["rule"]: verdict["outcome"] for verdict in report["verdicts"]}
    # 3.4 fråga 4 ("svarsfrekvensen minst 95 procent varje månad") is Nej in every form
    # that answers it; a blank one cannot be judged, never passed
    expected = {"Nej": "fail", UNANSWERED: "missing"}[form.answers["vtdb_svarsfrekvens"]]
    assert outcomes["OT24-3.4-fraga-4"] == expected
    assert outcomes["OT24-3.4-fraga-3"] == "pass"
    reading = {line["answer"]: line["state"] for line in report["reading"]}
    assert reading["handlingsplan_resultat"] == "unanswered"


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_an_export_reads_as_a_person_sees_it(tmp_path: Path, name: str) -> None:
    export: Export = EXPORTS[name]
    path = _write(tmp_path, name, export.data)
    _, rows = read_export(path, SURVEY_PACK)
    read = {row.region: row for row in rows if isinstance(row, Submission)}
    errors = [str(row) for row in rows if isinstance(row, InputError)]
    assert len(errors) == len(export.failing), errors
    assert all(re.search(export.error or "", error) for error in errors), errors
    assert sorted(read) == sorted(set(export.answers) - set(export.failing))
    for region, submission in read.items():
        assert "sep=" not in (submission.note or "")  # Excel's separator hint is no title
        for key, expected in export.answers[region].items():
            got = answer_as_given(submission, key, CANNOT)
            assert got == (pytest.approx(expected) if isinstance(expected, float)
                           else expected), (region, key, got)


def test_an_export_through_the_command_gives_halland_its_goals(tmp_path: Path) -> None:
    path = _write(tmp_path, "export.xlsx", EXPORTS["sammanslagna-rubriker.xlsx"].data)
    code, out, err = command("check", path, "--pack", SURVEY_PACK, "--region", "Halland",
                             "--as-of", "2024-06-01", "--format", "json")
    assert code in (0, 1), err
    verdicts = {v["rule"]: v for v in json.loads(out)["verdicts"]}
    assert verdicts["GNV23-fast-lakarkontakt-befolkning"]["outcome"] == "pass"
    assert "65" in verdicts["GNV23-fast-lakarkontakt-befolkning"]["summary"]


@pytest.mark.parametrize(("text", "day"), [
    ("28.03.2024", dt.date(2024, 3, 28)), ("3.4.2024", dt.date(2024, 4, 3)),
    ("28.03.2024 14:05", dt.date(2024, 3, 28)), ("13/04/2024", dt.date(2024, 4, 13)),
    ("04/13/2024", dt.date(2024, 4, 13)), ("28 mars 2024", dt.date(2024, 3, 28)),
    ("1 okt. 2024", dt.date(2024, 10, 1)), ("2024-03-31T00:00:00", dt.date(2024, 3, 31)),
    ("31.02.2024", None), ("28.03.2024 i eftermiddag", None), ("32/01/2024", None),
    ("28 smörgås 2024", None), ("12/12/2024", dt.date(2024, 12, 12)),
])
def test_a_written_date_is_the_day_a_person_reads(text: str, day: dt.date | None) -> None:
    from compliance.reading.values import written_date
    assert written_date(text) == day


@pytest.mark.parametrize("text", ["03/04/2024", "1/2/2024", "12/11/2024 10:00"])
def test_a_date_that_reads_as_two_days_is_refused(text: str) -> None:
    from compliance.reading.values import AmbiguousDate, written_date
    with pytest.raises(AmbiguousDate, match="kan vara"):
        written_date(text)


def test_an_export_with_a_row_per_answer_is_refused_saying_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "lang.csv", long_format())
    code, _, err = command("check", path, "--pack", SURVEY_PACK, "--as-of", "2024-06-01")
    assert code == 2, err
    assert f"fel: {path}:1: exporten har en rad per svar" in err, err
