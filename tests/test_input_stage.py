"""The input stage never lets a silent wrong verdict through: look-alike keys, duplicated
or blank log rows, unbounded numbers, implausible dates, invisible "answers", files that
are not regular files and hostile YAML, CSV or .xlsx all end in a report or a located
Swedish error (exit 2), never a traceback, a hang or a crashed process."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from helpers import FIXTURES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from compliance.cli import app
from compliance.errors import InputError
from compliance.reading.files import read_input
from compliance.reading.text import normalise_key
from compliance.reading.values import parse_value
from compliance.reading.yamlload import load_text

HALLAND = YAML(typ="safe", pure=True).load(
    (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8"))
HEADER = "unit_id,unit_name,month,expected,reported_waiting,reported_actual,delivered"
RATE_RULES = ("OT24-3.4-svarsfrekvens-vantande", "OT24-3.4-svarsfrekvens-genomford")
FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                      HealthCheck.too_slow])


def _dump(data: Any, path: Path) -> Path:
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args, "--format", "json",
                                      "--as-of", "2025-06-01"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def _located_error(code: int, stderr: str, file: Path) -> str:
    assert code == 2, stderr
    assert stderr.startswith("fel: "), stderr
    assert str(file) in stderr.splitlines()[0] or file.name in stderr, stderr
    return stderr


def _submission(tmp_path: Path, change: Any = None) -> Path:
    data = copy.deepcopy(HALLAND)
    if change is not None:
        change(data)
    return _dump(data, tmp_path / "inlamning.yaml")


def _digest(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


# --- 1. keys -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["2024-03\n", " 2024-03", "２０２４-０３", "2024\u200b-03",
                                 "2024-0\u0663", "\ufeff2024-03"])
def test_a_look_alike_month_key_is_a_located_duplicate(tmp_path: Path, key: str) -> None:
    def twice(data: dict[str, Any]) -> None:
        data["series"]["vantetidsdatabasen"]["2024-03"]["svarsfrekvens_vantande"] = 50
        data["series"]["vantetidsdatabasen"][key] = {"svarsfrekvens_vantande": 99}
    path = _submission(tmp_path, twice)
    code, _, err = _check(str(path))
    assert "dubblett: '2024-03' finns redan på rad" in _located_error(code, err, path)


def test_look_alike_answer_and_field_keys_are_duplicates_too() -> None:
    with pytest.raises(InputError, match=r"f.yaml:3:3: dubblett: 'vtdb_riktlinjer' finns "
                                         r"redan på rad 2"):
        load_text('answers:\n  vtdb_riktlinjer: Nej\n  "vtdb_riktlinjer\\t": Ja\n', "f.yaml")
    assert normalise_key("  Å\u200b\n") == "Å" and normalise_key("A\u030a") == "Å"


# --- 3. numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("kind,value,message", [
    ("decimal", 0.00001, "högst 4 decimaler"),
    ("percent", "95,00001", "högst 4 decimaler"),
    ("decimal", 10**400, "utanför det tillåtna intervallet"),
    ("number", 10**12 + 1, "utanför det tillåtna intervallet"),
    ("decimal", -1e13, "utanför det tillåtna intervallet"),
    ("number", "1" * 400, "för långt"),
    ("number", True, "fick True"),
    ("percent", False, "procentsats"),
])
def test_numbers_are_bounded_and_exact(kind: str, value: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_value(kind, value)


def test_numbers_within_bounds_keep_their_value() -> None:
    assert parse_value("decimal", 0.0001) == 0.0001
    assert parse_value("decimal", -10**12) == -10**12
    assert parse_value("percent", "95,1234") == 95.1234
    assert parse_value("number", 10**12) == 10**12


@pytest.mark.parametrize("raw", ["svarsfrekvens_vantande: 0.00001",
                                 "svarsfrekvens_vantande: " + "9" * 400])
def test_a_number_the_engine_cannot_take_is_a_located_error(tmp_path: Path, raw: str) -> None:
    original = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    line = original[:original.index("svarsfrekvens_vantande: 98.1")].count("\n") + 1
    path = tmp_path / "inlamning.yaml"
    path.write_text(original.replace("svarsfrekvens_vantande: 98.1", raw, 1), encoding="utf-8")
    code, _, err = _check(str(path))
    assert f":{line}:" in _located_error(code, err, path)


# --- 4. dates ----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["answer", "received", "delivered"])
@pytest.mark.parametrize("day", ["0001-01-01", "2022-12-31", "2028-01-01", "9999-12-31"])
def test_a_date_far_from_the_pack_period_is_a_located_error(tmp_path: Path, where: str,
                                                           day: str) -> None:
    def dated(data: dict[str, Any]) -> None:
        if where == "answer":
            data["answers"]["redovisning_inkom"] = day
        elif where == "received":
            data["attachments"]["handlingsplan"]["received"] = day
        else:
            data["series"]["vantetidsdatabasen"]["2024-03"]["levererad"] = day
    path = _submission(tmp_path, dated)
    code, _, err = _check(str(path))
    assert f"datumet {day} ligger utanför rimliga datum" in _located_error(code, err, path)


def test_dates_inside_the_window_are_accepted(tmp_path: Path) -> None:
    def dated(data: dict[str, Any]) -> None:
        data["answers"]["redovisning_inkom"] = "2023-01-01"
        data["attachments"]["handlingsplan"]["received"] = "2027-12-31"
    code, _, err = _check(str(_submission(tmp_path, dated)))
    assert code in (0, 1), err


# --- 5. blank ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["yes_no", "text", "number", "percent", "decimal", "date"])
def test_an_answer_of_invisible_characters_is_unanswered(kind: str) -> None:
    assert parse_value(kind, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a \n\t") is None


@pytest.mark.parametrize("field,value", [("justification", "\u200b \u00ad"),
                                         ("approved_by", "\ufeff"), ("rule", "\u2060")])
def test_a_waiver_with_a_blank_field_is_a_located_error(tmp_path: Path, field: str,
                                                        value: str) -> None:
    waiver = {"rule": "OT24-handlingsplan-bifogad", "justification": "Lämnad i e-tjänsten.",
              "approved_by": "Fiktiv handläggare", "date": "2024-10-03",
              "expires": "2025-12-31", field: value}
    path = _dump([waiver], tmp_path / "undantag.yaml")
    code, _, err = _check(str(FIXTURES / "region-halland-2024.yaml"), "--waivers", str(path))
    assert f"{field}: får inte vara tomt" in _located_error(code, err, path)
    assert re.match(rf"fel: {re.escape(str(path))}:\d+:\d+: ", err), err


# --- 6. files ----------------------------------------------------------------------------


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "directory":
        path.mkdir()
    else:
        return Path("/dev/zero")
    return path


@pytest.mark.parametrize("kind", ["fifo", "loop", "device", "directory"])
@pytest.mark.parametrize("role", ["--log", "--waivers"])
def test_only_regular_files_are_read(tmp_path: Path, kind: str, role: str) -> None:
    path = _special(tmp_path, kind)
    code, _, err = _check(str(FIXTURES / "region-nordmark-2024.yaml"), role, str(path))
    assert "filen kan inte läsas" in _located_error(code, err, path)


@pytest.mark.parametrize("kind", ["fifo", "loop", "device"])
def test_a_submission_that_is_not_a_regular_file_is_refused(tmp_path: Path, kind: str) -> None:
    path = _special(tmp_path, kind)
    code, _, err = _check(str(path))
    assert "filen kan inte läsas" in _located_error(code, err, path)


def test_the_size_limit_counts_the_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "stor.yaml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputError, match="för stor"):
        read_input(path, 100)
    assert read_input(path, 101) == b"x" * 101


# --- 7. YAML -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["a: " + "[" * 500 + "]" * 500,
                                  "a: " + "{b: " * 500 + "1" + "}" * 500,
                                  "a:\n" + "- " * 1000 + "x"])
def test_deep_nesting_is_a_located_error(text: str) -> None:
    with pytest.raises(InputError, match=r"^f.yaml:\d+:\d+: för djup nästling"):
        load_text(text + "\n", "f.yaml")


def test_a_lone_surrogate_is_a_located_error(tmp_path: Path) -> None:
    path = _submission(tmp_path, lambda data: data.pop("note", None))
    path.write_text(path.read_text(encoding="utf-8") + 'note: "trasig \\ud800 text"\n',
                    encoding="utf-8")
    code, _, err = _check(str(path))
    assert "U+D800" in _located_error(code, err, path)


# --- 2 and 8. unit logs -------------------------------------------------------------------


def _nordmark_log(tmp_path: Path, body: bytes, name: str = "logg.csv") -> tuple[int, str]:
    log = tmp_path / name
    log.write_bytes(body)
    code, _, err = _check(str(FIXTURES / "region-nordmark-2024.yaml"), "--log", str(log))
    return code, err


@pytest.mark.parametrize("body,message", [
    ((HEADER + "\nE1,Enhet 1,2024-03,ja,ja,ja,2024-04-10\n").encode() + b"E2,\x81,2024-03",
     "logg.csv:3:4: filen är varken UTF-8 eller Windows-1252 (byte 0x81"),
    (b"unit_id\nE1\n", "logg.csv:1: rubrikraden har bara en kolumn"),
    ((HEADER + '\nE1,"' + "x" * 200_000 + '",2024-03,ja,ja,ja,\n').encode(),
     "logg.csv:2: "),
])
def test_broken_csv_is_a_located_error(tmp_path: Path, body: bytes, message: str) -> None:
    code, err = _nordmark_log(tmp_path, body)
    assert code == 2 and err.startswith("fel: ") and message in err, err


def _xlsx(rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# openpyxl writes '<dimension ref="A1:G1" />', or without the space when lxml is installed
_DIMENSION = re.compile(rb'<dimension ref="A1:G1"\s*/>')


# Far cells written so that the quick count of a sheet (``reading/xlsx.py``) cannot vouch
# for them: each must still be found, by the full parse the count hands over to.
_DOUBTFUL = {
    # 70 cells placed by counting, not by a position: refused at column 65
    "unplaced": b'<row r="2">' + b'<c t="n"><v>1</v></c>' * 70 + b"</row>",
    # the position not first among the attributes
    "late position": b'<row r="1048576"><c t="n" r="XFD1048576"><v>1</v></c></row>',
    # elements with a namespace prefix
    "prefixed": b'<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
                b' r="1048576"><x:c r="XFD1048576" t="n"><x:v>1</x:v></x:c></x:row>',
}


def _hostile_xlsx(kind: str) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_xlsx([HEADER.split(",")])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in base.infolist():
            data = base.read(member)
            if kind == "far" and member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row></sheetData>",
                                    b'</row><row r="1048576"><c r="XFD1048576" t="n"><v>1</v>'
                                    b"</c></row></sheetData>")
                data = _DIMENSION.sub(b"", data)
            if kind == "entity" and member.filename == "xl/worksheets/sheet1.xml":
                # the far cell only appears when the parser expands the entity
                data = data.replace(b"<worksheet", b'<!DOCTYPE worksheet [<!ENTITY far "&#60;'
                                    b'row r=\'1048576\'>&#60;c r=\'XFD1048576\'/>&#60;/row>">]>'
                                    b"<worksheet", 1)
                data = data.replace(b"</row></sheetData>", b"</row>&far;</sheetData>")
                data = _DIMENSION.sub(b"", data)
            if kind in _DOUBTFUL and member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row></sheetData>",
                                    b"</row>" + _DOUBTFUL[kind] + b"</sheetData>")
                data = _DIMENSION.sub(b"", data)
            if kind == "dimension" and member.filename == "xl/worksheets/sheet1.xml":
                data = _DIMENSION.sub(b'<dimension ref="A1:XFD1048576" />', data)
            assert kind == "bomb" or data != base.read(member) or \
                member.filename != "xl/worksheets/sheet1.xml"
            archive.writestr(member, data)
        if kind == "bomb":
            archive.writestr("xl/media/image1.bin", b"\0" * (210 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize("kind,message", [("far", "sträcker sig till"),
                                          ("dimension", "sträcker sig till"),
                                          ("bomb", "för stor uppackad"),
                                          ("unplaced", "sträcker sig till kolumn 65"),
                                          ("late position", "sträcker sig till"),
                                          ("prefixed", "sträcker sig till"),
                                          ("entity", "sträcker sig till")])
def test_a_hostile_xlsx_is_refused_before_the_reader_sees_it(tmp_path: Path, kind: str,
                                                            message: str) -> None:
    # in a child process: before this check the reader aborted the whole process (SIGABRT)
    log = tmp_path / "logg.xlsx"
    log.write_bytes(_hostile_xlsx(kind))
    result = subprocess.run(
        [sys.executable, "-m", "compliance", "check",
         str(FIXTURES / "region-nordmark-2024.yaml"), "--log", str(log), "--as-of",
         "2025-06-01"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    assert result.stderr.startswith(f"fel: {log}: ") and message in result.stderr


@pytest.mark.parametrize("shift", range(2, 56, 2))
def test_a_far_cell_cut_by_the_inflated_chunks_is_still_counted(shift: int) -> None:
    """The quick count reads the sheet in 1 MiB chunks; a far cell whose tags are cut at a
    chunk's end (at every few bytes of them, as ``shift`` moves them) must still bound it."""
    from compliance.reading.xlsx import check_xlsx
    from compliance.reading.zipped import CHUNK

    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' \
           b'<sheetData><row r="1">'
    cell = b'<c r="A1" t="n"><v>1</v></c>'
    far = b'</row><row r="2"><c r="B900000" t="n"><v>1</v></c></row>'  # the cell says it
    cells = (CHUNK - len(head) - 56) // len(cell)
    spaces = b" " * (CHUNK - len(head) - cells * len(cell) - 56 + shift)
    sheet = head + cell * cells + spaces + far + b"</sheetData></worksheet>"
    assert sheet.index(far) < CHUNK < sheet.index(far) + len(far)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    with pytest.raises(InputError, match="sträcker sig till rad 900000"):
        check_xlsx(out.getvalue(), "logg.xlsx", max_rows=200_001)


# --- property-based: unit logs (CSV and xlsx), waivers, look-alike keys --------------------

units = st.sampled_from(["E1", "E2", "e1", " E1", "Ｅ1", "E3"])
months = st.sampled_from(["2024-01", "2024-03", "2024-03", "２０２４-０３", "2024-13",
                          "2025-03", "", "mars"])
flags = st.sampled_from(["ja", "nej", "Ja", "x", "", " ", "\u200b", "kanske", "1", "0"])
days = st.sampled_from(["2024-04-10", "", "2024-02-30", "0001-04-10", "2024-04-10\u200b",
                        "9999-01-01"])
log_rows = st.lists(st.tuples(units, st.sampled_from(["Enhet", ""]), months, flags, flags,
                              flags, days), min_size=0, max_size=8)


def _log_problem(rows: list[tuple[str, ...]]) -> bool:
    """Whether a row is duplicated per (unit, month) or misses a required cell."""
    seen = set()
    for unit, _, month, *cells, _ in rows:
        if any(not normalise_key(value) for value in (unit, month, *cells)):
            return True
        key = (normalise_key(unit).casefold(), normalise_key(month))
        if key in seen:
            return True
        seen.add(key)
    return False


def _judge_log(tmp_path: Path, rows: list[tuple[str, ...]], excel: bool) -> None:
    submission = _submission(tmp_path, lambda d: d["series"].pop("vantetidsdatabasen"))
    if excel:
        log = tmp_path / "logg.xlsx"
        log.write_bytes(_xlsx([HEADER.split(","), *[list(row) for row in rows]]))
    else:
        log = tmp_path / "logg.csv"
        log.write_text("\n".join([HEADER, *(",".join(row) for row in rows)]) + "\n",
                       encoding="utf-8")
    before = _digest(log), _digest(submission)
    code, out, err = _check(str(submission), "--log", str(log))
    assert (_digest(log), _digest(submission)) == before
    if code == 2:
        assert err.startswith(f"fel: {log}:") or err.startswith(f"fel: {submission}:"), err
        return
    assert code in (0, 1), err
    assert not _log_problem(rows), "a duplicated or blank row was judged"
    report = {v["rule"]: v["outcome"] for v in json.loads(out)["verdicts"]}
    # twelve months are expected and at most a few are in the log: the rates cannot pass
    assert all(report[rule] != "pass" for rule in RATE_RULES), report


@settings(FUZZ, max_examples=60)
@given(rows=log_rows)
def test_csv_unit_logs_end_in_a_report_or_a_located_error(tmp_path: Path,
                                                         rows: list[tuple[str, ...]]) -> None:
    _judge_log(tmp_path, rows, excel=False)


@settings(FUZZ, max_examples=20)
@given(rows=log_rows)
def test_xlsx_unit_logs_end_in_a_report_or_a_located_error(tmp_path: Path,
                                                          rows: list[tuple[str, ...]]) -> None:
    _judge_log(tmp_path, rows, excel=True)


blank_like = st.text(alphabet="\u200b\u200c\u200d\u2060\ufeff\u00ad \t\n\u00a0", max_size=4)
waiver_values = st.one_of(blank_like, st.sampled_from(["OT24-handlingsplan-bifogad",
                                                       "Fiktiv handläggare", "2024-10-03",
                                                       "2025-12-31", "0001-01-01", "9" * 30]),
                          st.integers(-10, 10**30), st.none(), st.booleans())


@settings(FUZZ, max_examples=40)
@given(changes=st.dictionaries(st.sampled_from(["rule", "justification", "approved_by",
                                                "date", "expires", "extra"]),
                               waiver_values, max_size=3))
def test_waiver_files_end_in_a_report_or_a_located_error(tmp_path: Path,
                                                         changes: dict[str, Any]) -> None:
    waiver = {"rule": "OT24-handlingsplan-bifogad", "justification": "Lämnad i e-tjänsten.",
              "approved_by": "Fiktiv handläggare", "date": "2024-10-03",
              "expires": "2025-12-31", **changes}
    path = _dump([waiver], tmp_path / "undantag.yaml")
    before = _digest(path)
    code, out, err = _check(str(FIXTURES / "region-nordmark-2024.yaml"), "--waivers", str(path))
    assert _digest(path) == before
    if code == 2:
        assert err.startswith(f"fel: {path}:"), err
        return
    assert code in (0, 1), err
    for field in ("rule", "justification", "approved_by"):
        assert isinstance(waiver[field], str) and normalise_key(waiver[field]), waiver
    outcome = {v["rule"]: v["outcome"] for v in json.loads(out)["verdicts"]}
    # the plan is not attached: with or without the waiver it never passes
    assert outcome["OT24-handlingsplan-bifogad"] != "pass"


look_alike = st.tuples(st.sampled_from(["", " ", "\n", "\t", "\u200b", "\ufeff", "\u00ad"]),
                       st.booleans(), st.sampled_from(["", " ", "\n", "\u200b", "\u2060"]))


@settings(FUZZ, max_examples=30)
@given(variant=look_alike, month=st.sampled_from(["2024-01", "2024-03", "2024-12"]),
       answer=blank_like)
def test_look_alike_keys_and_invisible_answers_never_pass(
        tmp_path: Path, variant: tuple[str, bool, str], month: str, answer: str) -> None:
    before, wide, after = variant
    key = before + (month.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
                    if wide else month) + after

    def change(data: dict[str, Any]) -> None:
        data["answers"]["vtdb_ej_rapporterat"] = answer
        rows = data["series"]["vantetidsdatabasen"]
        rows[month]["svarsfrekvens_vantande"] = 50
        if key != month:
            rows[key] = {"svarsfrekvens_vantande": 99}
    path = _submission(tmp_path, change)
    code, out, err = _check(str(path))
    if key != month:
        assert "dubblett:" in _located_error(code, err, path)
        return
    outcome = {v["rule"]: v["outcome"] for v in json.loads(out)["verdicts"]}
    assert outcome["OT24-3.4-svarsfrekvens-vantande"] == "fail"
    assert outcome["OT24-3.4-ej-rapporterat"] != "pass"
