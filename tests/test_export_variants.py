"""Every survey-export variant of ``fixtures/make_export_variants.py`` (built from seed
002's layout, not from the reader) gives the answers or the located errors the generator
states; no variant, and no mutation of one, ends in an internal error."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, answer_as_given, command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.errors import InputError
from compliance.inputs.models import Submission
from compliance.judging.survey import check_export_region, read_export

sys.path.insert(0, str(ROOT / "fixtures"))
from make_export_variants import (  # noqa: E402
    CANNOT,
    Layout,
    Variant,
    csv_bytes,
    header_and_rows,
    variants,
    xlsx_bytes,
)

PACK = "god-och-nara-vard-2023"
VARIANTS = variants()


def test_the_corpus_has_every_class_of_the_issue() -> None:
    names = {variant.name for variant in VARIANTS}
    assert len(names) == len(VARIANTS) >= 12
    assert {name.rsplit(".", 1)[1] for name in names} == {"csv", "xlsx"}


def _write(tmp_path: Path, variant: Variant) -> Path:
    path = tmp_path / variant.name
    path.write_bytes(variant.data)
    return path


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_a_variant_gives_its_expected_answers_and_errors(tmp_path: Path,
                                                         variant: Variant) -> None:
    path = _write(tmp_path, variant)
    if not variant.answers:  # the export as a whole is refused
        with pytest.raises(InputError) as raised:
            read_export(path, PACK)
        line, column, text = variant.errors[0]
        assert text in raised.value.message, raised.value.message
        assert raised.value.location is not None and raised.value.location.line == line
        return
    _, rows = read_export(path, PACK)
    read = {row.region: row for row in rows if isinstance(row, Submission)}
    errors = [row for row in rows if isinstance(row, InputError)]
    assert sorted(read) == sorted(variant.answers)
    for region, answers in variant.answers.items():
        for key, expected in answers.items():
            got = answer_as_given(read[region], key, CANNOT)
            assert got == (pytest.approx(expected) if isinstance(expected, float)
                           else expected), (region, key, got)
        if variant.sheet:
            assert f"bladet '{variant.sheet}' lästes" in (read[region].note or "")
    assert len(errors) == len(variant.errors), [str(e) for e in errors]
    for (line, column, text), error in zip(variant.errors, errors, strict=True):
        assert error.location is not None
        assert (error.location.line, error.location.column) == (line, column), str(error)
        assert text in error.message, error.message


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v.region_errors],
                         ids=lambda v: v.name)
def test_two_rows_for_a_region_are_an_error_also_for_its_own_report(
        tmp_path: Path, variant: Variant) -> None:
    path = _write(tmp_path, variant)
    for region, text in variant.region_errors.items():
        with pytest.raises(InputError, match=text):
            check_export_region(path, PACK, region, dt.date(2024, 6, 1))
        code, _, err = command("check", path, "--pack", PACK, "--region", region)
        assert code == 2 and text in err, err


def test_a_hidden_sheet_is_never_read_and_the_report_says_which_was(tmp_path: Path) -> None:
    variant = next(v for v in VARIANTS if v.name == "dolt-forsta-blad.xlsx")
    path = _write(tmp_path, variant)
    code, out, err = command("check", path, "--pack", PACK, "--region", "Halland",
                             "--as-of", "2024-06-01", "--format", "json")
    assert code in (0, 1), err
    report = json.loads(out)
    assert f"{path}: bladet 'Svar' lästes (rubrikrad 1); dolda blad lästes inte: Gammal, " \
        "Mycket dolt" in report["notes"], report["notes"]
    verdict = next(v for v in report["verdicts"]
                   if v["rule"] == "GNV23-fast-lakarkontakt-befolkning")
    assert verdict["outcome"] == "pass" and "65" in verdict["summary"], verdict


def test_without_survey_column_or_title_the_pack_must_be_named(tmp_path: Path) -> None:
    variant = next(v for v in VARIANTS if v.needs_pack)
    path = _write(tmp_path, variant)
    code, _, err = command("check", path)
    assert code == 2 and "ange vilket paket exporten gäller med --pack" in err, err
    code, _, err = command("check", path, "--pack", PACK, "--as-of", "2024-06-01")
    assert code in (0, 1), err


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_no_variant_ends_in_an_internal_error(tmp_path: Path, variant: Variant) -> None:
    code, out, err = command("check", _write(tmp_path, variant), "--pack", PACK,
                             "--as-of", "2024-06-01", "--format", "json")
    assert code in (0, 1, 2) and "Traceback" not in err + out, err


# -- mutations -----------------------------------------------------------------------------

_ENCODINGS = ["utf-8-sig", "utf-8", "utf-16", "utf-16-le", "cp1252"]


@st.composite
def _mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    layout = Layout(subfields=draw(st.booleans()), survey_words=draw(st.booleans()),
                    survey_column=draw(st.booleans()))
    table = [list(row) for row in header_and_rows(layout)]
    for _ in range(draw(st.integers(0, 3))):  # ragged rows: cells dropped or added
        row = draw(st.integers(1, len(table) - 1))
        at = draw(st.integers(0, len(table[row])))
        if draw(st.booleans()) and table[row]:
            del table[row][min(at, len(table[row]) - 1)]
        else:
            table[row].insert(at, draw(st.sampled_from(["", "x", "12,5", "Ja"])))
    if draw(st.booleans()):
        sheets = [("Svar", table, "visible")]
        for _ in range(draw(st.integers(0, 2))):
            other = draw(st.sampled_from([[["Sammanfattning"]], table[:1], table]))
            state = draw(st.sampled_from(["visible", "hidden", "veryHidden"]))
            sheets.insert(draw(st.integers(0, len(sheets))), (f"B{len(sheets)}", other, state))
        if all(state != "visible" for _, _, state in sheets):
            sheets[0] = (sheets[0][0], sheets[0][1], "visible")
        return "export.xlsx", xlsx_bytes(sheets, percent=draw(st.booleans()))
    encoding = draw(st.sampled_from(_ENCODINGS))
    if encoding == "cp1252":
        table = [[c.encode("cp1252", "replace").decode("cp1252") if isinstance(c, str) else c
                  for c in row] for row in table]
    data = csv_bytes(table, draw(st.sampled_from([";", ",", "\t"])),
                     draw(st.sampled_from(["\r\n", "\n", "\r"])), encoding,
                     draw(st.sampled_from([",", "."])))
    return "export.csv", data


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                    HealthCheck.function_scoped_fixture])
@given(_mutated())
def test_a_mutated_export_gives_a_located_error_or_an_honest_report(
        tmp_path: Path, mutated: tuple[str, bytes]) -> None:
    name, data = mutated
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = command("check", path, "--pack", PACK, "--as-of", "2024-06-01",
                             "--format", "json")
    assert code in (0, 1, 2) and "Traceback" not in err + out, err
    if code == 2 and not out.startswith("{"):
        assert err.startswith("fel: "), err


def _subfield_table() -> list[list[Any]]:
    return [list(row) for row in header_and_rows(Layout(subfields=True))]


def test_a_value_beside_a_ticked_cannot_estimate_box_is_an_error_naming_both(
        tmp_path: Path) -> None:
    table = _subfield_table()
    box = table[0].index("22. Fast namngiven läkarkontakt, befolkningen – "
                         "Andelen kan inte uppskattas")
    table[1][box] = "X"  # Halland ticks the box and keeps its 65
    path = tmp_path / "export.csv"
    path.write_bytes(csv_bytes(table))
    _, rows = read_export(path, PACK)
    errors = [row for row in rows if isinstance(row, InputError)]
    assert [str(error).removeprefix(f"{path}:") for error in errors] == [
        f"2:{box + 2}: rad 2, kolumn {_letters(box + 2)} – fråga 22: både ett värde (65) och "
        f"'Andelen kan inte uppskattas' (kolumn {_letters(box + 1)}) är angivna; frågan har "
        "ett av dem"]


def _letters(column: int) -> str:
    from compliance.formatting import column_letters
    return column_letters(column)


def test_an_imported_cannot_estimate_answer_reads_back_to_the_same_verdicts(
        tmp_path: Path) -> None:
    from compliance.judging.evaluate import evaluate
    from compliance.judging.survey import check_export
    from compliance.workspace.workspace import Workspace

    path = tmp_path / "delfalt.csv"
    path.write_bytes(csv_bytes(_subfield_table()))
    code, _, err = command("import", path, "--pack", PACK, "-o", tmp_path / "ut")
    assert code == 0, err
    written = (tmp_path / "ut" / "region-sydmark-fiktiv.yaml").read_text("utf-8")
    assert 'fast_lakarkontakt_befolkning: "kan inte uppskattas"' in written, written
    as_of = dt.date(2024, 6, 1)
    report = next(r for r in check_export(path, PACK, as_of).reports
                  if r.region == "Region Sydmark (fiktiv)")
    again = evaluate(*Workspace().read(tmp_path / "ut" / "region-sydmark-fiktiv.yaml"), as_of)
    assert [(v.rule, v.outcome, [e.text for e in v.evidence]) for v in again.verdicts] == \
        [(v.rule, v.outcome, [e.text for e in v.evidence]) for v in report.verdicts]
