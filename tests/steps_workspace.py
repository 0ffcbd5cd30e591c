"""Steps for the one entry: own packs reaching every path, document kinds recognised
alike alone and in a folder, and what a Word form cannot hold."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

from helpers import FIXTURES, LABELS, Run
from pytest_bdd import given, parsers, then

from compliance.packs.loader import bundled_packs_dir

_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
_PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


def _target(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@given(parsers.parse('ett eget paket "{new}" i katalogen "{folder}" som är en kopia av '
                     '"{pack}"'))
def own_pack(tmp_path: Path, new: str, folder: str, pack: str) -> None:
    target = tmp_path / folder / new
    shutil.copytree(bundled_packs_dir() / pack, target)
    meta = target / "pack.yaml"
    text = meta.read_text(encoding="utf-8")
    assert f"id: {pack}\n" in text
    meta.write_text(text.replace(f"id: {pack}\n", f"id: {new}\n", 1), encoding="utf-8")


@given(parsers.parse('filen "{name}" är enkätexporten "{fixture}"'))
def export_copy(tmp_path: Path, name: str, fixture: str) -> None:
    shutil.copy(FIXTURES / "enkatexport" / fixture, _target(tmp_path, name))


@given(parsers.parse('filen "{name}" är Word-formuläret "{fixture}"'))
def form_copy(tmp_path: Path, name: str, fixture: str) -> None:
    shutil.copy(FIXTURES / "formular" / fixture, _target(tmp_path, name))


@given(parsers.parse('filen "{name}" är exemplet "{fixture}" med paketet "{pack}"'))
def fixture_with_pack(tmp_path: Path, name: str, fixture: str, pack: str) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("pack:"))
    _target(tmp_path, name).write_text(text.replace(old, f"pack: {pack}", 1),
                                       encoding="utf-8")


@given(parsers.parse('filen "{name}" är en kopia av "{fixture}"'))
def any_copy(tmp_path: Path, name: str, fixture: str) -> None:
    shutil.copy(FIXTURES / fixture, _target(tmp_path, name))


@given(parsers.parse('filen "{name}" är en PDF'))
def a_pdf(tmp_path: Path, name: str) -> None:
    _target(tmp_path, name).write_bytes(_PDF)


@given(parsers.parse('filen "{name}" är en bild'))
def an_image(tmp_path: Path, name: str) -> None:
    _target(tmp_path, name).write_bytes(_PNG)


@given(parsers.parse('filen "{name}" är ett OpenDocument-dokument'))
def opendocument(tmp_path: Path, name: str) -> None:
    with zipfile.ZipFile(_target(tmp_path, name), "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")


@given(parsers.parse('en underkatalog "{name}"'))
def sub_folder(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir(parents=True)


def _report(run: Run) -> dict[str, Any]:
    report: dict[str, Any] = json.loads(run.output)
    return report


@then(parsers.parse('JSON-översikten har paketet "{pack}" med {count:d} regioner'))
def overview_pack(run: Run, pack: str, count: int) -> None:
    assert run.exit_code in (0, 1), run.stderr
    regions = _report(run)["packs"][pack]["regions"]
    assert len(regions) == count, regions


@then(parsers.parse('JSON-översikten hoppade över "{name}" eftersom "{reason}"'))
def skipped_because(run: Run, name: str, reason: str) -> None:
    skipped = _report(run)["skipped"]
    assert any(item["file"].endswith(name) and reason in item["reason"]
               for item in skipped), skipped


@then(parsers.parse('i JSON-rapporten har regeln "{rule}" utfallet "{label}"'))
def json_outcome(run: Run, rule: str, label: str) -> None:
    verdict = next(v for v in _report(run)["verdicts"] if v["rule"] == rule)
    assert verdict["outcome"] == LABELS[label], verdict


@then(parsers.parse('i JSON-rapporten har ingen regel utfallet "{label}"'))
def json_no_outcome(run: Run, label: str) -> None:
    found = [v["rule"] for v in _report(run)["verdicts"] if v["outcome"] == LABELS[label]]
    assert not found, found


@then(parsers.parse('i JSON-rapporten säger regeln "{rule}" "{text}"'))
def json_says(run: Run, rule: str, text: str) -> None:
    verdict = next(v for v in _report(run)["verdicts"] if v["rule"] == rule)
    said = [verdict["summary"], *verdict["found_in"], *(e["text"] for e in verdict["evidence"])]
    assert any(text in item for item in said), said


@then(parsers.parse('i JSON-rapporten är läget för "{payment}" "{state}"'))
def json_money(run: Run, payment: str, state: str) -> None:
    lines = [line for line in _report(run)["money"] if line["title"].startswith(payment)]
    assert lines and all(line["state"] == state for line in lines), lines


@then("att göra-listan i JSON börjar med formulärets egna luckor och slutar med det "
      "formuläret inte kan innehålla")
def own_gaps_first(run: Run) -> None:
    missing = _report(run)["missing"]
    held = [item.get("not_held", False) for item in missing]
    assert held and not held[0] and held[-1], missing
    assert held == sorted(held), held  # never a form's own gap after what it cannot hold


@then(parsers.parse('JSON-rapportens anteckningar nämner "{text}"'))
def json_notes(run: Run, text: str) -> None:
    notes = _report(run)["notes"]
    assert any(text in note for note in notes), notes
