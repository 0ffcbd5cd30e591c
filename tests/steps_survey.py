"""Steps for the national survey export: the bundled export, changed cell by cell as a
CSV, judged or imported through the real CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when

EXPORT = FIXTURES / "enkatexport" / "enkatexport-god-och-nara-vard-2023"


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return tmp_path / "export.csv"


def _rows() -> list[list[str]]:
    """The bundled export's header and rows, without its title row (which says that the
    file is an example): a table as a region's export holds it."""
    rows = list(csv.reader(io.StringIO(EXPORT.with_suffix(".csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert len(rows[0]) == 1, rows[0]  # the title
    return rows[1:]


def _save(path: Path, rows: list[list[str]], run: Run) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))
    run.input = path
    run.input_digest = hashlib.sha256(path.read_bytes()).hexdigest()


def _column(rows: list[list[str]], prefix: str) -> int:
    found = [i for i, header in enumerate(rows[0]) if header.startswith(prefix)]
    assert len(found) == 1, (prefix, rows[0])
    return found[0]


@given("enkätexporten ur exemplen som CSV")
def bundled_export(export: Path, run: Run) -> None:
    _save(export, _rows(), run)


@given(parsers.parse('enkätexporten där rubriken som börjar "{prefix}" lyder "{header}"'))
def header_worded(export: Path, run: Run, prefix: str, header: str) -> None:
    rows = _rows()
    rows[0][_column(rows, prefix)] = header
    _save(export, rows, run)


@given(parsers.parse('enkätexporten där "{region}" har lämnat cellen under "{prefix}" tom'))
def empty_cell(export: Path, run: Run, region: str, prefix: str) -> None:
    rows = _rows()
    row = next(row for row in rows if region in row)
    row[_column(rows, prefix)] = ""
    _save(export, rows, run)


@given(parsers.parse('enkätexporten där "{region}" har "{value}" under "{prefix}"'))
def cell_value(export: Path, run: Run, region: str, value: str, prefix: str) -> None:
    rows = _rows()
    row = next(row for row in rows if region in row)
    row[_column(rows, prefix)] = value
    _save(export, rows, run)


@given(parsers.parse('enkätexporten utan kolumnen som börjar "{prefix}"'))
def column_missing(export: Path, run: Run, prefix: str) -> None:
    rows = _rows()
    index = _column(rows, prefix)
    _save(export, [row[:index] + row[index + 1:] for row in rows], run)


@given(parsers.parse('enkätexporten där enkätens namn är "{name}"'))
def survey_named(export: Path, run: Run, name: str) -> None:
    rows = _rows()
    index = _column(rows, "Enkät")
    for row in rows[1:]:
        row[index] = name
    _save(export, rows, run)


@given(parsers.parse('en trasig Excel-fil "{name}"'), target_fixture="export")
def corrupt_xlsx(tmp_path: Path, run: Run, name: str) -> Path:
    data = bytearray(EXPORT.with_suffix(".xlsx").read_bytes())
    data[len(data) // 2: len(data) // 2 + 64] = bytes(64)  # a member's deflate stream broken
    path = tmp_path / name
    path.write_bytes(bytes(data))
    run.input, run.input_digest = path, hashlib.sha256(data).hexdigest()
    return path


def _check(run: Run, path: Path, as_of: str, *options: str) -> None:
    invoke(run, ["check", str(path), "--format", "json", "--as-of", as_of, *options])
    if run.exit_code != 2 or run.output.startswith("{"):
        run.report = json.loads(run.output)


@when(parsers.parse('den medföljande enkätexporten "{suffix}" bedöms per {as_of} med paketet '
                    '"{pack}"'))
def bundled_judged(run: Run, suffix: str, as_of: str, pack: str) -> None:
    _check(run, EXPORT.with_suffix(suffix), as_of, "--pack", pack)


@when(parsers.parse('enkätexporten bedöms per {as_of} med paketet "{pack}"'))
def export_judged(run: Run, export: Path, as_of: str, pack: str) -> None:
    _check(run, export, as_of, "--pack", pack)


@when(parsers.parse("enkätexporten bedöms per {as_of} utan paket"))
def export_judged_without_pack(run: Run, export: Path, as_of: str) -> None:
    _check(run, export, as_of)


@when(parsers.parse('enkätexporten importeras med paketet "{pack}" till katalogen "{name}"'))
def export_imported(run: Run, export: Path, tmp_path: Path, pack: str, name: str) -> None:
    invoke(run, ["import", str(export), "--pack", pack, "-o", str(tmp_path / name)])


@then(parsers.parse('översikten har regionerna "{regions}"'))
def overview_regions(run: Run, regions: str) -> None:
    shown = [region for pack in run.report["packs"].values() for region in pack["regions"]]
    assert shown == regions.split(", "), shown


@then(parsers.parse('katalogen "{name}" har filerna "{files}"'))
def written_files(tmp_path: Path, name: str, files: str) -> None:
    assert sorted(p.name for p in (tmp_path / name).iterdir()) == sorted(files.split(", "))


@then(parsers.parse('filen "{file}" i katalogen "{name}" innehåller "{text}"'))
def written_file_has(tmp_path: Path, file: str, name: str, text: str) -> None:
    content = (tmp_path / name / file).read_text("utf-8")
    assert text in content, content


@then(parsers.parse('katalogen "{name}" finns inte'))
def nothing_written(tmp_path: Path, name: str) -> None:
    assert not (tmp_path / name).exists()


@given(parsers.parse('en katalog med enkätexporten, inlämningen "{fixture}" och enhetsloggen'))
def folder_with_export(folder: Path, fixture: str) -> None:
    folder.mkdir()
    for source in (EXPORT.with_suffix(".xlsx"), FIXTURES / fixture,
                   FIXTURES / "enhetslogg-nordmark-2024.csv"):
        (folder / source.name).write_bytes(source.read_bytes())


# -- export variants as tools write them (fixtures/make_export_variants.py) --------------

def _variant(name: str) -> Any:
    import sys
    sys.path.insert(0, str(FIXTURES))
    from make_export_variants import variants
    return next(variant for variant in variants() if variant.name == name)


@given(parsers.parse('exportvarianten "{name}"'), target_fixture="export")
def export_variant(tmp_path: Path, run: Run, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(_variant(name).data)
    run.input, run.input_digest = path, hashlib.sha256(path.read_bytes()).hexdigest()
    return path


@when(parsers.parse('enkätexporten bedöms per {as_of} med paketet "{pack}" för regionen '
                    '"{region}"'))
def export_region_judged(run: Run, export: Path, as_of: str, pack: str, region: str) -> None:
    _check(run, export, as_of, "--pack", pack, "--region", region)


@then(parsers.parse('rapporten noterar "{text}"'))
def report_notes(run: Run, text: str) -> None:
    assert any(text in note for note in run.report["notes"]), run.report["notes"]


@then(parsers.parse('översikten har felet på rad {line:d} kolumn {column:d} "{text}"'))
def overview_error_at(run: Run, line: int, column: int, text: str) -> None:
    wanted = f"{run.input}:{line}:{column}: "
    assert any(error.startswith(wanted) and text in error for error in run.report["errors"]), \
        run.report["errors"]


@given(parsers.parse('en katalog med exportvarianterna "{names}" och en trasig Excel-fil'))
def folder_with_variants(folder: Path, names: str) -> None:
    folder.mkdir()
    for name in names.split(", "):
        (folder / name).write_bytes(_variant(name).data)
    (folder / "trasig.xlsx").write_bytes(b"PK\x03\x04 inte en arbetsbok")


@given(parsers.parse('den fristående exporten "{name}"'), target_fixture="export")
def independent_export(tmp_path: Path, run: Run, name: str) -> Path:
    """An export made from scratch, not from ours (fixtures/make_independent_exports.py)."""
    import sys
    sys.path.insert(0, str(FIXTURES))
    from make_independent_exports import exports
    path = tmp_path / name
    path.write_bytes(exports()[name].data)
    run.input, run.input_digest = path, hashlib.sha256(path.read_bytes()).hexdigest()
    return path


@given("en fristående export med en rad per svar", target_fixture="export")
def long_export(tmp_path: Path, run: Run) -> Path:
    import sys
    sys.path.insert(0, str(FIXTURES))
    from make_independent_exports import long_format
    path = tmp_path / "lang.csv"
    path.write_bytes(long_format())
    run.input, run.input_digest = path, hashlib.sha256(path.read_bytes()).hexdigest()
    return path
