"""The national survey export: the bundled fixtures are what the generator writes, a row
gives exactly the verdicts of the same answers written as YAML, imported files read back
to the same verdicts, and headers, encodings and bad exports are handled as promised."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, ROOT, cli, command

from compliance.errors import InputError
from compliance.inputs.survey import ExportTable, map_columns
from compliance.judging.evaluate import evaluate
from compliance.judging.survey import check_export
from compliance.packs.loader import find_pack
from compliance.results.verdict import Report
from compliance.workspace.workspace import Workspace

PACK = "god-och-nara-vard-2023"
XLSX = FIXTURES / "enkatexport" / "enkatexport-god-och-nara-vard-2023.xlsx"
CSV = FIXTURES / "enkatexport" / "enkatexport-god-och-nara-vard-2023.csv"
AS_OF = dt.date(2024, 6, 1)


def _untitled() -> str:
    """The bundled CSV without its title row (which says the file is an example): the
    header on line 1 and Region Halland on line 2, as in an export without titles."""
    title, rest = CSV.read_text("utf-8-sig").split("\n", 1)
    assert "exempelexport" in title
    return rest


def _verdicts(report: Report) -> list[tuple[str, str, list[str]]]:
    return [(v.rule, v.outcome.value, [e.text for e in v.evidence]) for v in report.verdicts]


def _yaml_report(name: str) -> Report:
    pack, submission = Workspace().read(FIXTURES / name)
    return evaluate(pack, submission, AS_OF)


def _row(export: Path, region: str) -> Report:
    overview = check_export(export, PACK, AS_OF)
    assert not overview.errors, overview.errors
    return next(report for report in overview.reports if report.region == region)


def test_regenerating_the_exports_gives_the_same_bytes(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "fixtures" / "make_survey_exports.py"),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for bundled in (XLSX, CSV):
        assert (tmp_path / bundled.name).read_bytes() == bundled.read_bytes(), bundled.name


@pytest.mark.parametrize("export", [XLSX, CSV], ids=["xlsx", "csv"])
@pytest.mark.parametrize(("fixture", "region"), [
    ("region-halland-2023.yaml", "Region Halland"),
    ("region-sydmark-2023.yaml", "Region Sydmark (fiktiv)")])
def test_a_row_gives_exactly_the_verdicts_of_its_yaml(export: Path, fixture: str,
                                                     region: str) -> None:
    expected = _verdicts(_yaml_report(fixture))
    actual = _verdicts(_row(export, region))
    assert [rule for rule, _, _ in actual] == [rule for rule, _, _ in expected]
    for got, want in zip(actual, expected, strict=True):
        assert got == want, got[0]


def test_imported_files_read_back_to_the_verdicts_of_the_export(tmp_path: Path) -> None:
    code, out, err = command("import", XLSX, "--pack", PACK, "-o", tmp_path / "ut")
    assert code == 0, err
    overview = check_export(XLSX, PACK, AS_OF)
    written = sorted((tmp_path / "ut").iterdir())
    assert len(written) == len(overview.reports) == 5
    for report in overview.reports:
        path = next(p for p in written
                    if f"region: {json.dumps(report.region, ensure_ascii=False)}"
                    in p.read_text("utf-8"))
        assert _verdicts(evaluate(*Workspace().read(path), AS_OF)) == _verdicts(report)
    text = (tmp_path / "ut" / "region-halland.yaml").read_text("utf-8")
    assert "rad 3, kolumn M – fråga 22\n  fast_lakarkontakt_befolkning: 65" in text


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "ut"
    out.mkdir()
    (out / "region-ostmark-fiktiv.yaml").write_text("min egen fil\n", encoding="utf-8")
    code, _, err = command("import", CSV, "--pack", PACK, "-o", out)
    assert code == 2 and err.startswith("fel: ") and "--force" in err, err
    assert sorted(p.name for p in out.iterdir()) == ["region-ostmark-fiktiv.yaml"]
    assert (out / "region-ostmark-fiktiv.yaml").read_text("utf-8") == "min egen fil\n"
    code, _, err = command("import", CSV, "--pack", PACK, "-o", out, "--force")
    assert code == 0, err
    assert len(list(out.iterdir())) == 5
    assert "min egen fil" not in (out / "region-ostmark-fiktiv.yaml").read_text("utf-8")


def test_a_row_that_cannot_be_read_stops_the_import(tmp_path: Path) -> None:
    text = _untitled().replace(";65;", ";sextiofem;", 1)
    export = tmp_path / "export.csv"
    export.write_text(text, encoding="utf-8")
    code, _, err = command("import", export, "--pack", PACK, "-o", tmp_path / "ut")
    assert code == 2 and not (tmp_path / "ut").exists()
    assert err.startswith(f"fel: {export}:2:13: rad 2, kolumn M – fråga 22: "), err


def _table(headers: list[str]) -> ExportTable:
    return ExportTable("export.csv", "", 1, headers, [])


def _mapped(meta: Any, headers: list[str]) -> dict[str, int]:
    return map_columns(_table(headers), meta).answers


def _headers(meta: Any, replace: dict[str, str]) -> list[str]:
    """The bundled export's header row with some headers worded differently."""
    first = _untitled().splitlines()[0].split(";")
    return [replace.get(header, header) for header in first]


SEVENTH = "7a. Beskriv förändringar i ersättningsmodellen till primärvården"


@pytest.mark.parametrize("header", ["Fråga 7a", "7a", "7A: Förändringar", "fråga 7 a – text",
                                    "Fr. 7a", " 7a.\nBeskriv"])
def test_a_header_is_found_on_its_question_number(header: str) -> None:
    meta = find_pack(PACK).meta
    headers = _headers(meta, {SEVENTH: header})
    assert _mapped(meta, headers)["fritext_7"] == headers.index(header)


@pytest.mark.parametrize("header", ["7. Beskriv", "71a. Beskriv", "7ab", "17a", "Beskriv 7a"])
def test_another_number_is_not_the_question(header: str) -> None:
    meta = find_pack(PACK).meta
    with pytest.raises(InputError, match="kolumnen för fråga 7a .* saknas i rubrikraden"):
        _mapped(meta, _headers(meta, {SEVENTH: header}))


def test_two_columns_for_one_question_are_an_error_naming_both() -> None:
    meta = find_pack(PACK).meta
    headers = [*_headers(meta, {}), "Fråga 7a (kopia)"]
    with pytest.raises(InputError) as caught:
        _mapped(meta, headers)
    assert "fråga 7a finns i flera kolumner: F (" in caught.value.message
    assert caught.value.location is not None and caught.value.location.column == len(headers)


def test_options_tell_the_columns_of_one_question_apart() -> None:
    meta = find_pack(PACK).meta
    headers = _headers(meta, {})
    mapped = _mapped(meta, headers)
    assert headers[mapped["rss_19_nej"]].endswith("– Nej")
    assert headers[mapped["rss_19_ej_svar"]].endswith("– Ej svar")


def test_a_csv_from_swedish_windows_excel_gives_the_same_overview(tmp_path: Path) -> None:
    text = CSV.read_text("utf-8-sig")
    variants = {"cp1252-semikolon.csv": text.encode("cp1252"),
                "utf8-utan-bom.csv": text.encode("utf-8")}
    expected = [_verdicts(r) for r in check_export(CSV, PACK, AS_OF).reports]
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        got = [_verdicts(r) for r in check_export(tmp_path / name, PACK, AS_OF).reports]
        assert got == expected, name


def test_a_comma_separated_csv_with_commas_in_headers_is_read(tmp_path: Path) -> None:
    import csv
    import io
    rows = list(csv.reader(io.StringIO(_untitled()), delimiter=";"))
    rows[0][5] = "7a. Beskriv, om något, förändringar"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    export = tmp_path / "komma.csv"
    export.write_text(out.getvalue(), encoding="utf-8")
    overview = check_export(export, PACK, AS_OF)
    assert not overview.errors and len(overview.reports) == 5


def test_verdicts_point_into_the_export() -> None:
    code, out, _ = command("check", XLSX, "--pack", PACK, "--as-of", "2024-06-01",
                           "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert "Region Halland" in report["packs"][PACK]["outcomes"]
    code, out, _ = command("check", XLSX, "--pack", PACK, "--region", "region halland",
                           "--as-of", "2024-06-01", "--format", "json")
    assert code == command("check", FIXTURES / "region-halland-2023.yaml",
                           "--as-of", "2024-06-01")[0]
    verdict = next(v for v in json.loads(out)["verdicts"]
                   if v["rule"] == "GNV23-fast-lakarkontakt-befolkning")
    assert [place.split(", ", 1)[1] for place in verdict["found_in"]] == \
        ["bladet 'Export', rad 3, kolumn M – fråga 22"]  # the sheet read, for a workbook
    assert verdict["found_in"][0].split(", ", 1)[0].endswith(XLSX.name)
    code, out, _ = command("check", CSV, "--pack", PACK, "--region", "Region Halland",
                           "--as-of", "2024-06-01", "--format", "markdown")
    assert f"{CSV.name}, rad 3, kolumn M – fråga 22" in out and "Ur regionens dokument: " in out


def test_personal_data_in_a_cell_is_found_and_never_printed() -> None:
    sydmark = _row(XLSX, "Region Sydmark (fiktiv)")
    rule = next(v for v in sydmark.verdicts if v.rule == "GNV23-inga-personuppgifter")
    assert rule.outcome.value == "fail"
    for fmt in ("json", "text", "html", "markdown", "csv"):
        _, out, _ = command("check", XLSX, "--pack", PACK, "--as-of", "2024-06-01",
                            "--format", fmt)
        assert "19121212-1212" not in out and "anna.exempel@example.se" not in out, fmt
        assert "kontakt2@example.se" not in out, fmt  # a column the pack never reads


def test_the_same_region_twice_is_an_error_at_the_second_row(tmp_path: Path) -> None:
    lines = _untitled().splitlines()
    export = tmp_path / "dubbel.csv"
    export.write_text("\n".join([*lines, lines[1].replace("R001", "R009")]) + "\n",
                      encoding="utf-8")
    overview = check_export(export, PACK, AS_OF)
    assert overview.errors == [f"{export}:7:3: regionen 'Region Halland' finns redan på rad 2; "
                               "exporten ska ha en rad per region"]


def test_an_export_options_a_yaml_submission_refuses(tmp_path: Path) -> None:
    code, _, err = command("check", FIXTURES / "region-halland-2023.yaml", "--pack", PACK)
    assert code == 2 and "--pack och --region anges bara för en enkätexport" in err
    code, _, err = command("check", CSV, "--pack", PACK, "--log",
                           FIXTURES / "enhetslogg-nordmark-2024.csv")
    assert code == 2 and "kan inte anges för en enkätexport" in err
    code, _, err = command("import", FIXTURES / "region-halland-2023.yaml", "-o", tmp_path)
    assert code == 2 and "kan inte importera en YAML-inlämning" in err \
        and not list(tmp_path.iterdir())


def _xlsx(tmp_path: Path, change: dict[tuple[int, int], Any]) -> Path:
    """The bundled export as .xlsx with some cells (row, column; 1-based) changed."""
    from openpyxl import load_workbook
    book = load_workbook(XLSX)
    sheet = book.active
    assert sheet is not None
    for (row, column), value in change.items():
        sheet.cell(row, column, value)
    path = tmp_path / "export.xlsx"
    book.save(path)
    return path


def test_a_share_formatted_as_percent_in_excel_is_refused_not_judged(tmp_path: Path) -> None:
    export = _xlsx(tmp_path, {(3, 13): 0.65})  # Excel shows 65 %, the cell holds 0.65
    overview = check_export(export, PACK, AS_OF)
    assert overview.errors == [f"{export}:3:13: rad 3, kolumn M – fråga 22: 0,65 ser ut som "
                               "en andel formaterad som procent i Excel; frågan väntar "
                               "procentsatsen (65)"]
    assert "Region Halland" not in [report.region for report in overview.reports]


def test_a_percent_sign_in_a_csv_cell_is_read(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(CSV.read_text("utf-8-sig").replace(";65;", ";65 %;", 1), "utf-8")
    assert _verdicts(_row(export, "Region Halland")) == _verdicts(_row(CSV, "Region Halland"))


def test_a_sheet_wider_than_an_export_can_be_is_refused_before_it_is_read(
        tmp_path: Path) -> None:
    export = _xlsx(tmp_path, {(2, 2000): "x"})
    code, _, err = command("check", export, "--pack", PACK)
    assert code == 2 and err == (f"fel: {export}: Excel-filens blad sträcker sig till kolumn "
                                 "2000; högst 1024 kolumner tillåts\n")


@pytest.mark.parametrize("seed", range(12))
def test_a_damaged_export_never_ends_in_a_traceback(tmp_path: Path, seed: int) -> None:
    import random
    chance = random.Random(seed)
    for source in (XLSX, CSV):
        data = bytearray(source.read_bytes())
        for _ in range(1 + seed % 4):
            data[chance.randrange(len(data))] = chance.randrange(256)
        export = tmp_path / f"skadad{source.suffix}"
        export.write_bytes(bytes(data))
        result = cli(["check", str(export), "--pack", PACK, "--as-of", "2024-06-01"])
        assert result.exit_code in (0, 1, 2), result.output
        assert not isinstance(result.exception, Exception) or \
            isinstance(result.exception, SystemExit), repr(result.exception)
        # a broken file: one line on stderr; a broken row: an error in the overview
        assert not result.stderr or result.stderr.startswith("fel: ")
        assert "Traceback" not in result.stderr + result.output
        out = tmp_path / f"ut{seed}{source.suffix}"
        result = cli(["import", str(export), "--pack", PACK, "-o", str(out)])
        assert result.exit_code in (0, 2) and "Traceback" not in result.stderr
        assert result.exit_code == 0 or not out.exists()


@pytest.mark.parametrize(("change", "message"), [
    ("    fritext_99: {}\n", "'fritext_99' är ingen fråga i paketets formulär (form.answers)"),
    ("    kontinuitetsindex_foregaende_ar: {}\n", "'kontinuitetsindex_foregaende_ar' har "
     "inget frågenummer; ange question eller header")])
def test_a_mapping_that_cannot_work_is_a_pack_error_at_its_line(tmp_path: Path, change: str,
                                                              message: str) -> None:
    import shutil
    shutil.copytree(ROOT / "rules" / PACK, tmp_path / PACK)
    meta = tmp_path / PACK / "pack.yaml"
    text = meta.read_text("utf-8").replace(
        "    kontinuitetsindex_foregaende_ar: {header: [Ko05L föregående år, "
        "Kontinuitetsindex föregående år], optional: true}\n", "")
    meta.write_text(text + change, encoding="utf-8")
    code, out, _ = command("lint", tmp_path / PACK)
    line = len(text.splitlines()) + 1
    assert code == 2 and f"pack.yaml:{line}:5: fel: survey_export.columns: {message}" in out, out


def test_two_columns_declared_for_one_question_and_option_is_a_pack_error(
        tmp_path: Path) -> None:
    import shutil
    shutil.copytree(ROOT / "rules" / PACK, tmp_path / PACK)
    meta = tmp_path / PACK / "pack.yaml"
    text = meta.read_text("utf-8")
    meta.write_text(text.replace("rss_19_nej: {option: Nej,", "rss_19_nej: {option: ja,"),
                    encoding="utf-8")
    code, out, _ = command("lint", tmp_path / PACK)
    assert code == 2 and "'rss_19_nej' och 'rss_19_ja' hittar samma kolumn (fråga RSS 19); " \
        "skilj dem åt med option" in out, out


def test_one_regions_report_gives_its_rows_problem_whatever_the_message_says(
        tmp_path: Path) -> None:
    """Asked for one region whose row cannot be read, the report is that row's problem,
    never "no row for the region": also when the problem's message does not name the
    region (a date a person wrote two ways) or names it in another alphabet's letters."""
    lines = _untitled().splitlines()
    header = lines[0].split(";")
    sent = header.index("Inskickad")
    halland = lines[1].split(";")
    halland[sent] = "03/04/2024"
    export = tmp_path / "export.csv"
    export.write_text("\n".join([lines[0], ";".join(halland), *lines[2:]]) + "\n", "utf-8")
    code, _, err = command("check", export, "--pack", PACK, "--region", "Region Halland",
                           "--as-of", "2024-06-01")
    assert code == 2 and err.startswith(f"fel: {export}:2:{sent + 1}: "), err
    assert "kan vara 2024-03-04 eller 2024-04-03" in err, err
    halland = lines[1].split(";")
    halland[header.index("Region")] = "Region Hаlland"  # a Cyrillic а
    export.write_text("\n".join([lines[0], ";".join(halland), *lines[2:]]) + "\n", "utf-8")
    code, _, err = command("check", export, "--pack", PACK, "--region", "Region Halland",
                           "--as-of", "2024-06-01")
    assert code == 2 and err.startswith(f"fel: {export}:2:{header.index('Region') + 1}: "), err
