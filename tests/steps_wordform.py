"""Steps for the region's Word form: judge it, import it, compare it with the YAML
fixture it was generated from, and refuse documents that cannot be read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from form_support import bad_document, form, macro_enabled, variants, with_values, without
from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when
from ruamel.yaml import YAML

from compliance.packs.loader import find_pack

FORM_PACK = "okad-tillganglighet-2024"


class FormRun:
    """The form a scenario judges, and what importing it wrote."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.imported: Path | None = None


@pytest.fixture
def form_run() -> FormRun:
    return FormRun()


def _verdicts(path: Path, as_of: str) -> list[dict[str, Any]]:
    run = Run()
    invoke(run, ["check", str(path), "--format", "json", "--as-of", as_of])
    assert run.exit_code in (0, 1), run.stderr
    return list(json.loads(run.output)["verdicts"])


def _outcomes(path: Path, as_of: str) -> dict[str, str]:
    return {v["rule"]: v["outcome"] for v in _verdicts(path, as_of)}


def _mapped() -> set[str]:
    """The answers the pack reads from the Word form."""
    source = find_pack(FORM_PACK).meta.form_source
    assert source is not None and source.docx is not None
    return {f"answers.{key}" for key in source.docx.answers}


def _form_only() -> set[str]:
    """Rules that read only what the form holds, also through the rules they refer to."""
    rules = {rule.id: rule for rule in find_pack(FORM_PACK).rules}
    mapped = _mapped()

    def only(rule_id: str) -> bool:
        rule = rules[rule_id]
        return rule.uses() <= mapped and all(only(other) for other in rule.references())
    return {rule_id for rule_id in rules if only(rule_id)}


# -- the form ------------------------------------------------------------------------------
@given(parsers.parse('Word-formuläret "{name}"'))
def word_form(form_run: FormRun, tmp_path: Path, name: str) -> None:
    form_run.path = tmp_path / Path(name).name
    shutil.copyfile(FIXTURES / name, form_run.path)


@given(parsers.parse('Word-formuläret "{name}" skrivet för år {year:d}'))
def word_form_year(form_run: FormRun, tmp_path: Path, name: str, year: int) -> None:
    form_run.path = tmp_path / Path(name).name
    form_run.path.write_bytes(form(name, year))


@given(parsers.parse('Word-formuläret "{name}" utan tabellen som börjar "{starts}"'))
def word_form_without_table(form_run: FormRun, tmp_path: Path, name: str, starts: str) -> None:
    form_run.path = tmp_path / Path(name).name
    form_run.path.write_bytes(without((FIXTURES / name).read_bytes(), starts, "table"))


@given(parsers.parse('Word-formuläret "{name}" utan rubriken som börjar "{starts}"'))
def word_form_without_heading(form_run: FormRun, tmp_path: Path, name: str,
                              starts: str) -> None:
    form_run.path = tmp_path / Path(name).name
    form_run.path.write_bytes(without((FIXTURES / name).read_bytes(), starts, "heading"))


@given(parsers.parse('Word-formuläret "{name}" med svaret "{value}" i "{key}"'))
def word_form_answer(form_run: FormRun, tmp_path: Path, name: str, value: str,
                     key: str) -> None:
    form_run.path = tmp_path / Path(name).name
    form_run.path.write_bytes(with_values(name, **{key: value}))


@given(parsers.parse('Word-formuläret "{name}" sparat som "{saved}"'))
def word_form_saved_as(form_run: FormRun, tmp_path: Path, name: str, saved: str) -> None:
    form_run.path = tmp_path / saved
    form_run.path.write_bytes(macro_enabled((FIXTURES / name).read_bytes()))


@given(parsers.parse('formulärvarianten "{name}"'))
def form_variant(form_run: FormRun, tmp_path: Path, name: str) -> None:
    form_run.path = tmp_path / f"{name}.docx"
    form_run.path.write_bytes(variants()[name].data)


@given(parsers.parse('en fil "{name}" som är {kind}'))
def bad_file(form_run: FormRun, tmp_path: Path, name: str, kind: str) -> None:
    form_run.path = tmp_path / name
    form_run.path.write_bytes(bad_document(kind))


@given(parsers.parse('en katalog med Word-formulären och YAML-exemplet "{fixture}"'),
       target_fixture="folder")
def forms_folder(tmp_path: Path, fixture: str) -> Path:
    folder = tmp_path / "redovisningar"
    shutil.copytree(FIXTURES / "formular", folder)
    shutil.copyfile(FIXTURES / fixture, folder / fixture)
    (folder / "~$gion-halland-2024.docx").write_bytes(b"\x0eKim Testsson" + b"\0" * 150)
    return folder


# -- judging and importing -----------------------------------------------------------------
@when(parsers.parse("formuläret bedöms per {as_of} med rapport i terminalen"))
def form_judged_text(form_run: FormRun, run: Run, as_of: str) -> None:
    run.input = form_run.path
    invoke(run, ["check", str(form_run.path), "--as-of", as_of])


@when(parsers.parse("formuläret bedöms per {as_of}"))
def form_judged(form_run: FormRun, run: Run, as_of: str) -> None:
    run.input = form_run.path
    invoke(run, ["check", str(form_run.path), "--format", "json", "--as-of", as_of])
    if run.exit_code in (0, 1):
        run.report = json.loads(run.output)


@when(parsers.parse("formulärets läge visas per {as_of}"))
def form_status(form_run: FormRun, run: Run, as_of: str) -> None:
    invoke(run, ["status", str(form_run.path), "--format", "json", "--as-of", as_of])
    assert run.exit_code in (0, 1), run.stderr
    run.report = json.loads(run.output)


@when("formuläret importeras")
def form_imported(form_run: FormRun, run: Run) -> None:
    assert form_run.path is not None
    form_run.imported = form_run.path.with_name("importerad.yaml")
    invoke(run, ["import", str(form_run.path), "-o", str(form_run.imported)])


@when(parsers.parse('formuläret importeras till "{name}"'))
@when(parsers.parse('formuläret importeras till "{name}" igen'))
def form_imported_to(form_run: FormRun, run: Run, name: str) -> None:
    assert form_run.path is not None
    invoke(run, ["import", str(form_run.path), "-o", str(form_run.path.with_name(name))])


@when(parsers.parse('den importerade filen kompletteras med det formuläret saknar ur "{fixture}"'))
def completed(form_run: FormRun, fixture: str) -> None:
    assert form_run.imported is not None
    yaml = YAML(typ="safe", pure=True)
    imported: dict[str, Any] = yaml.load(form_run.imported.read_text(encoding="utf-8"))
    source: dict[str, Any] = yaml.load((FIXTURES / fixture).read_text(encoding="utf-8"))
    source_pack = find_pack(FORM_PACK).meta.form_source
    assert source_pack is not None and source_pack.docx is not None
    for key in source_pack.docx.not_in_form:
        imported["answers"][key] = source["answers"][key]
    for key in ("series", "attachments", "population"):
        imported[key] = source[key]
    with form_run.imported.open("w", encoding="utf-8") as handle:
        yaml.dump(imported, handle)


# -- what they show --------------------------------------------------------------------------
@then(parsers.parse('varje regel som bara läser formulärets svar har samma utfall som för '
                    '"{fixture}"'))
def same_where_form_holds(run: Run, fixture: str) -> None:
    expected = _outcomes(FIXTURES / fixture, run.report["as_of"])
    compared = _form_only()
    for rule_id in compared:
        assert run.verdict(rule_id)["outcome"] == expected[rule_id], rule_id
    assert len(compared) >= 10, compared


@then(parsers.parse('ingen regel som läser det formuläret saknar är "uppfyllt"'))
def absent_never_passes(run: Run) -> None:
    form_only = _form_only()
    for rule in find_pack(FORM_PACK).rules:
        if rule.id not in form_only:
            assert run.verdict(rule.id)["outcome"] != "pass", rule.id


@then(parsers.parse('regeln "{rule}" pekar i formuläret på "{place}"'))
def points_into_form(run: Run, rule: str, place: str) -> None:
    found = run.verdict(rule)["found_in"]
    assert any(place in item for item in found), found


@then(parsers.parse('rapporten säger att formuläret inte innehåller "{title}"'))
def note_absent(run: Run, title: str) -> None:
    assert any("Formuläret kan inte innehålla" in note and title in note
               for note in run.report["notes"]), run.report["notes"]


@then(parsers.parse('den importerade filen bedöms regel för regel som "{fixture}" per {as_of}'))
def imported_like_fixture(form_run: FormRun, fixture: str, as_of: str) -> None:
    assert form_run.imported is not None
    assert _outcomes(form_run.imported, as_of) == _outcomes(FIXTURES / fixture, as_of)


@then(parsers.parse("den importerade filen bedöms regel för regel som formuläret per {as_of}, "
                    "utom det formuläret inte kan innehålla"))
def imported_like_form(form_run: FormRun, as_of: str) -> None:
    """The form judges what it cannot hold ej bedömbart for that reason; the imported YAML
    can hold it, so there its absence is judged as any YAML's is."""
    assert form_run.imported is not None and form_run.path is not None
    form = _verdicts(form_run.path, as_of)
    held = {v["rule"]: v["outcome"] for v in form if not v["not_held"]}
    assert len(held) >= 10, held
    assert {rule: outcome for rule, outcome in _outcomes(form_run.imported, as_of).items()
            if rule in held} == held
    assert all(v["outcome"] == "missing" for v in form if v["not_held"])


@then(parsers.parse('den importerade filen nämner "{text}"'))
def imported_mentions(form_run: FormRun, text: str) -> None:
    assert form_run.imported is not None
    assert text in form_run.imported.read_text(encoding="utf-8")


@then(parsers.parse('den importerade filen nämner inte "{text}"'))
def imported_lacks(form_run: FormRun, text: str) -> None:
    assert form_run.imported is not None
    assert text not in form_run.imported.read_text(encoding="utf-8")


@then("ingen rapport skrevs")
def nothing_written(run: Run) -> None:
    assert run.output == "", run.output


@then(parsers.parse('läsrapporten säger att "{question}" lästes ur "{how}"'))
def read_how(run: Run, question: str, how: str) -> None:
    line = _reading_line(run, question)
    assert how in line["how"], line


@then(parsers.parse('läsrapporten säger att "{question}" är "{state}" i "{place}"'))
def read_state_at(run: Run, question: str, state: str, place: str) -> None:
    line = _reading_line(run, question)
    assert (line["state_label"], line["place"]) == (state, place), line


@then(parsers.parse('läsrapporten säger att "{question}" är "{state}"'))
def read_state(run: Run, question: str, state: str) -> None:
    line = _reading_line(run, question)
    assert line["state_label"] == state, line


def _reading_line(run: Run, question: str) -> dict[str, Any]:
    lines = [line for line in run.report["reading"] if line["question"] == question]
    assert len(lines) == 1, run.report["reading"]
    return dict(lines[0])


@given(parsers.parse('det fristående formuläret "{name}"'))
def independent_form(form_run: FormRun, tmp_path: Path, name: str) -> None:
    """A form made from scratch, not from our replica (fixtures/make_independent_forms.py)."""
    import sys
    sys.path.insert(0, str(FIXTURES))
    from make_independent_forms import forms
    form_run.path = tmp_path / f"{name}.docx"
    form_run.path.write_bytes(forms()[name].data)
