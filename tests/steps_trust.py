"""Steps for hostile inputs of the trust round: packs, characters, terminals, outputs."""

from __future__ import annotations

import io
import json
import os
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when

from compliance.packs.loader import bundled_packs_dir

RULE_FILE = "okad-tillganglighet-2024/3.4-vantetidsdatabasen.yaml"
CONDITION = "svarsfrekvens_vantande >= 95"


def _hostile(shape: str) -> str:
    """The condition ``CONDITION`` made big in the way ``shape`` says (in words)."""
    words = shape.split()
    if shape.startswith("inom"):
        count = int(words[1])
        return "(" * count + CONDITION + ")" * count
    if shape.startswith("efter not"):
        return "not " * int(words[2]) + CONDITION
    if shape.startswith("upprepat"):
        return " or ".join([CONDITION] * int(words[1]))
    if shape.endswith("siffror"):
        return CONDITION[:-2] + "0" * (int(words[-2]) - 2) + "95"  # leading zeros: 95
    if shape.endswith("decimaler"):
        return CONDITION + "." + "0" * int(words[-2])
    if shape.endswith("termer i summan"):
        return CONDITION + " + 0" * (int(words[1]) - 1)  # "95" is the first term
    raise AssertionError(shape)


@given(parsers.parse('regeln "OT24-3.4-svarsfrekvens-vantande" har villkoret {shape}'))
def hostile_condition(rules_dir: Path, shape: str) -> None:
    path = rules_dir / RULE_FILE
    text = path.read_text(encoding="utf-8")
    assert f"require: {CONDITION}\n" in text
    condition = shape[1:-1] if shape.startswith('"') else _hostile(shape)
    path.write_text(text.replace(f"require: {CONDITION}\n", f"require: {condition}\n", 1),
                    encoding="utf-8")


@when(parsers.parse("Hallands inlämning bedöms med de kopierade paketen per {as_of}"))
def halland_with_copies(run: Run, rules_dir: Path, as_of: str) -> None:
    invoke(run, ["check", str(FIXTURES / "region-halland-2024.yaml"), "--packs",
                 str(rules_dir), "--as-of", as_of, "--format", "json"])
    assert run.exit_code in (0, 1), run.stderr
    run.report = json.loads(run.output)


@given(parsers.parse('en kedja av {count:d} egna paket där vart och ett ärver nästa och det '
                     'sista ärver "{last}"'))
def extends_chain(rules_dir: Path, count: int, last: str) -> None:
    chain = rules_dir.parent / "kedja"
    for index in range(count):
        folder = chain / f"p{index}"
        folder.mkdir(parents=True)
        parent = f"p{index + 1}" if index + 1 < count else last
        (folder / "pack.yaml").write_text(f"id: p{index}\nextends: {parent}\n", encoding="utf-8")
    submission = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    assert "pack: okad-tillganglighet-2024\n" in submission
    (rules_dir.parent / "kedja-inlamning.yaml").write_text(
        submission.replace("pack: okad-tillganglighet-2024\n", "pack: p0\n", 1),
        encoding="utf-8")


# Terminals and receivers: the command runs in a process of its own, as a shell runs it.

def _subprocess(args: list[str], env: dict[str, str], stdout: Any) -> tuple[int, str]:
    process = subprocess.run([sys.executable, "-m", "compliance", *args], stdout=stdout,
                             stderr=subprocess.PIPE, env=env, timeout=120, check=False)
    return process.returncode, process.stderr.decode("utf-8", "replace")


@when(parsers.parse('jag kör "{command}" i en egen process med {how}'))
def run_process(run: Run, rules_dir: Path, tmp_path: Path, command: str, how: str) -> None:
    args = [arg.replace("{fixtures}", str(FIXTURES)).replace("{rules}", str(rules_dir))
            for arg in shlex.split(command)]
    assert args.pop(0) == "compliance"
    env = {key: value for key, value in os.environ.items()
           if key not in ("COLUMNS", "PYTHONIOENCODING", "COMPLIANCE_DEBUG")}
    out = tmp_path / "utdata"
    if how.startswith("COLUMNS="):
        env["COLUMNS"] = how.removeprefix("COLUMNS=")
        with out.open("wb") as stdout:
            run.exit_code, run.stderr = _subprocess(args, env, stdout)
        run.output = out.read_text(encoding="utf-8")
    elif how == "standardutdata till en fil i kodningen cp1252":
        env["PYTHONIOENCODING"] = "cp1252"
        with out.open("wb") as stdout:
            run.exit_code, run.stderr = _subprocess(args, env, stdout)
        run.input = out
    elif how == "standardutdata till /dev/full":
        with open("/dev/full", "wb") as stdout:
            run.exit_code, run.stderr = _subprocess(args, env, stdout)
    elif how == "standardutdata stängd":
        process = subprocess.run(
            ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "compliance", *args],
            stderr=subprocess.PIPE, env=env, timeout=120, check=False)
        run.exit_code, run.stderr = process.returncode, process.stderr.decode("utf-8")
    elif how == "standardutdata till ett rör som redan stängts":
        reader, writer = os.pipe()
        os.close(reader)
        try:
            run.exit_code, run.stderr = _subprocess(args, env, writer)
        finally:
            os.close(writer)
    else:
        raise AssertionError(how)


@then(parsers.parse('filen går att läsa i cp1252 och innehåller "{text}"'))
def readable_cp1252(run: Run, text: str) -> None:
    assert run.input is not None
    assert text in run.input.read_bytes().decode("cp1252")


@then(parsers.parse('filen innehåller "?" där ett tecken saknas i cp1252'))
def replaced_visibly(run: Run) -> None:
    assert run.input is not None
    assert "?" in run.input.read_bytes().decode("cp1252")


@then("felutskriften är tom")
def no_errors(run: Run) -> None:
    assert run.stderr == "", run.stderr


@then(parsers.parse('felutskriften är en enda rad som säger "{text}"'))
def one_error_line(run: Run, text: str) -> None:
    assert run.stderr.count("\n") == 1 and run.stderr.startswith(text), run.stderr


@then(parsers.parse("ingen rad i utskriften är längre än {count:d} tecken"))
def lines_at_most(run: Run, count: int) -> None:
    assert run.output and max(len(line) for line in run.output.splitlines()) <= count


# Outputs never replace inputs.

def _expanded(text: str, rules_dir: Path) -> Path:
    return Path(text.replace("{rules}", str(rules_dir)).replace("{tmp}", str(rules_dir.parent)))


@given(parsers.parse('en symbolisk länk "{name}" till "{target}"'))
def symbolic_link(rules_dir: Path, name: str, target: str) -> None:
    _expanded(name, rules_dir).symlink_to(_expanded(target, rules_dir))


@given(parsers.parse('en hård länk "{name}" till "{target}"'))
def hard_link(rules_dir: Path, name: str, target: str) -> None:
    _expanded(name, rules_dir).hardlink_to(_expanded(target, rules_dir))


@given(parsers.parse('filen "{name}" är Hallands inlämning för paketet "{pack}"'))
def submission_for_pack(rules_dir: Path, name: str, pack: str) -> None:
    text = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    assert "pack: okad-tillganglighet-2024\n" in text
    _expanded(name, rules_dir).write_text(
        text.replace("pack: okad-tillganglighet-2024\n", f"pack: {pack}\n", 1), encoding="utf-8")


@then(parsers.parse('paketet "{pack}" i kopian är oförändrat'))
def pack_unchanged(rules_dir: Path, pack: str) -> None:
    bundled = bundled_packs_dir() / pack
    for original in bundled.glob("*.yaml"):
        copy = rules_dir / pack / original.name
        assert copy.is_file() and not copy.is_symlink(), copy
        assert copy.read_bytes() == original.read_bytes(), copy


@then(parsers.parse('översikten har inte felet "{text}"'))
def overview_without_error(run: Run, text: str) -> None:
    assert not any(text in error for error in run.report["errors"]), run.report["errors"]


# Cached formula results in an Excel export.

@given(parsers.parse('Excel-exporten där "{region}" har formeln "{formula}" med det sparade '
                     'värdet {value:d} under "{prefix}"'))
def export_with_formula(rules_dir: Path, region: str, formula: str, value: int,
                        prefix: str) -> None:
    book = openpyxl.load_workbook(FIXTURES / "enkatexport" /
                                  "enkatexport-god-och-nara-vard-2023.xlsx")
    sheet = book.worksheets[0]
    header = next(cells for cells in sheet.iter_rows()  # below the export's title row
                  if any(str(cell.value or "").startswith(prefix) for cell in cells))
    column = next(cell.column for cell in header if str(cell.value or "").startswith(prefix))
    row = next(cells[0].row for cells in sheet.iter_rows() if region in
               [cell.value for cell in cells])
    place = sheet.cell(row, column)
    place.value = formula or value
    out = io.BytesIO()
    book.save(out)
    # openpyxl saves a formula without a result; Excel saves the result beside it
    rewritten = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(rewritten, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml" and formula:
                cached = f'<c r="{place.coordinate}"><f>{formula[1:]}</f><v>{value}</v></c>'
                old = f'<c r="{place.coordinate}"><f>{formula[1:]}</f><v></v></c>'
                assert old.encode() in data
                data = data.replace(old.encode(), cached.encode())
            target.writestr(item, data)
    (rules_dir.parent / "export.xlsx").write_bytes(rewritten.getvalue())


@given(parsers.parse('Excel-exporten där "{region}" har värdet {value:d} under "{prefix}"'))
def export_with_value(rules_dir: Path, region: str, value: int, prefix: str) -> None:
    export_with_formula(rules_dir, region, "", value, prefix)


@when(parsers.parse('"{region}" bedöms ur Excel-exporten per {as_of}'))
def judge_export_region(run: Run, rules_dir: Path, region: str, as_of: str) -> None:
    invoke(run, ["check", str(rules_dir.parent / "export.xlsx"), "--pack",
                 "god-och-nara-vard-2023", "--region", region, "--as-of", as_of,
                 "--format", "json"])
    assert run.exit_code in (0, 1), run.stderr
    run.report = json.loads(run.output)


@then(parsers.parse('regeln "{rule}" hittades i "{text}"'))
def found_in_text(run: Run, rule: str, text: str) -> None:
    assert any(place.endswith(text) for place in run.verdict(rule)["found_in"]), \
        run.verdict(rule)["found_in"]


@then(parsers.parse('regeln "{rule}" hittades inte i en formel'))
def not_found_in_formula(run: Run, rule: str) -> None:
    places = run.verdict(rule)["found_in"]
    assert places and not any("(formel:" in place for place in places), places


# A pack from --packs that shadows a bundled one.

@then(parsers.parse('JSON-rapportens paket ersätter det medföljande från "{folder}" med '
                    'version "{version}"'))
def json_shadows(run: Run, rules_dir: Path, folder: str, version: str) -> None:
    shadows = json.loads(run.output)["audit"]["pack"]["shadows"]
    assert shadows["folder"] == str(_expanded(folder, rules_dir))
    assert shadows["bundled_version"] == version
    assert len(shadows["sha256"]) == 64 and int(shadows["sha256"], 16) >= 0


@then("JSON-rapportens paket ersätter inget medföljande paket")
def json_no_shadow(run: Run) -> None:
    assert json.loads(run.output)["audit"]["pack"]["shadows"] is None


@given(parsers.parse('tio inlämningar i katalogen "{name}"'))
def ten_submissions(rules_dir: Path, name: str) -> None:
    folder = _expanded(name, rules_dir)
    folder.mkdir()
    text = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    for index in range(10):  # more than 8: judged in worker processes (judging/batch.py)
        (folder / f"region-{index}.yaml").write_text(
            text.replace("region: Region Halland\n", f"region: Region {index}\n", 1),
            encoding="utf-8")
