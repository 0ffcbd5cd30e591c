"""Rule authoring tools: lint without a submission, JSON Schemas checked independently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from helpers import ROOT, command

from compliance.packs.loader import bundled_packs_dir
from compliance.reading.yamlload import load_file

PACK_FILES = sorted(bundled_packs_dir().glob("*/*.yaml"))
SUBMISSIONS = sorted((ROOT / "fixtures").glob("region-*.yaml"))


def test_bundled_packs_lint_clean_but_for_values_to_review() -> None:
    """The bundled packs have no error or warning; the 2024 scaffold's GRANSKA values are
    listed, and fail only --strict."""
    code, out, _ = command("lint", str(bundled_packs_dir()))
    assert code == 0, out
    lines = out.splitlines()
    assert all(": att granska: " in line for line in lines[:-1]), out
    assert all("god-och-nara-vard-2024" in line for line in lines[:-1]), out
    packs = sum(1 for p in bundled_packs_dir().iterdir() if (p / "pack.yaml").is_file())
    assert lines[-1] == (f"{packs} paket granskade, {len(lines) - 1} anmärkningar "
                         f"({len(lines) - 1} att granska)"), out
    assert command("lint", "--strict", str(bundled_packs_dir()))[0] == 1
    checked = bundled_packs_dir() / "okad-tillganglighet-2024"
    assert command("lint", "--strict", str(checked))[0] == 0


def test_lint_reports_an_unused_form_entry_at_its_key(tmp_path: Path) -> None:
    pack = tmp_path / "okad-tillganglighet-2024"
    shutil.copytree(bundled_packs_dir() / pack.name, pack)
    meta = pack / "pack.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        "  answers:\n", "  answers:\n    oanvand_fraga: {type: yes_no, title: Används inte}\n", 1)
        .replace('version: "1.0.0"', 'version: "1.0.1"'),  # not a copy shadowing the bundled
        encoding="utf-8")
    code, out, _ = command("lint", str(pack))
    assert code == 1
    assert "varning: answers.oanvand_fraga används inte av någon regel" in out
    assert out.endswith("1 paket granskade, 1 anmärkning\n"), out  # Swedish singular
    line = next(i for i, text in enumerate(meta.read_text(encoding="utf-8").splitlines(), 1)
                if text.strip().startswith("oanvand_fraga:"))
    assert f"pack.yaml:{line}:5: varning" in out


def test_lint_reports_an_unknown_source_document(tmp_path: Path) -> None:
    pack = tmp_path / "okad-tillganglighet-2024"
    shutil.copytree(bundled_packs_dir() / pack.name, pack)
    rules = pack / "3.6-handlingsplan.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace(
        "{document: ot24, section: \"3.6\", question: \"1\"}", "{document: okand}"),
        encoding="utf-8")
    code, out, _ = command("lint", str(pack))
    assert code == 2
    assert "3.6-handlingsplan.yaml:5:11: fel: regel OT24-3.6-fraga-1: källdokumentet 'okand'" \
        in out


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_pack_file_validates_against_the_pack_schema(path: Path) -> None:
    _, out, _ = command("schema", "pack")
    jsonschema.validate(load_file(path).data, json.loads(out))


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.stem)
def test_every_fixture_validates_against_its_packs_submission_schema(path: Path) -> None:
    data = load_file(path).data
    _, out, _ = command("schema", "submission", "--pack", data["pack"])
    jsonschema.validate(data, json.loads(out))


def test_the_submission_schema_rejects_what_check_rejects() -> None:
    _, out, _ = command("schema", "submission", "--pack", "okad-tillganglighet-2024")
    bad = {"pack": "okad-tillganglighet-2024", "region": "X",
           "series": {"vantetidsdatabasen": {"2024-03": {"svarsfrekvens_vantande": 140}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json.loads(out))


def test_every_bundled_rule_has_an_example_and_all_examples_pass() -> None:
    code, out, _ = command("test", str(bundled_packs_dir()))
    assert code == 0, out
    assert "saknar exempel" not in out
    assert out.splitlines()[-1].endswith(" godkända, 0 underkända")


def test_a_failing_example_shows_expected_and_actual(tmp_path: Path) -> None:
    pack = tmp_path / "god-och-nara-vard-2023"
    shutil.copytree(bundled_packs_dir() / pack.name, pack)
    (pack / "examples" / "extra.yaml").write_text(
        "- name: Fel förväntan\n  rule: GNV23-fast-lakarkontakt-sabo\n  as_of: 2024-06-01\n"
        "  given: {answers: {fast_lakarkontakt_sabo: 98}}\n  expect: fail\n", encoding="utf-8")
    code, out, _ = command("test", str(pack))
    assert code == 1
    assert "UNDERKÄNT" in out and "extra.yaml:1:3: GNV23-fast-lakarkontakt-sabo" in out
    assert "förväntat: fail" in out and "faktiskt:  pass" in out
    assert "svaret var 98 %, minst 80 %" in out
