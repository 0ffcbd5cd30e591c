"""Steps for the national overview: a folder of submissions judged at once."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import FIXTURES, Run, invoke
from pytest_bdd import given, parsers, then, when


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "inlamningar"


@given(parsers.parse('en katalog med exemplen och en trasig inlämning "{name}"'))
def folder_with_broken(folder: Path, name: str) -> None:
    shutil.copytree(FIXTURES, folder)
    (folder / name).write_text("pack: okad-tillganglighet-2024\nregion: Region Trasig\n"
                               "svar: {}\n", encoding="utf-8")


def _judge(run: Run, path: Path, as_of: str) -> None:
    invoke(run, ["check", str(path), "--format", "json", "--as-of", as_of])
    run.report = json.loads(run.output)


@when(parsers.parse('katalogen "{name}" bedöms per {as_of}'))
def named_folder(run: Run, name: str, as_of: str) -> None:
    _judge(run, FIXTURES.parent / name, as_of)


@when(parsers.parse("katalogen bedöms per {as_of}"))
def prepared_folder(run: Run, folder: Path, as_of: str) -> None:
    _judge(run, folder, as_of)


@then(parsers.parse('översikten har paketen "{packs}"'))
def overview_packs(run: Run, packs: str) -> None:
    assert sorted(run.report["packs"]) == packs.split(", ")


@then(parsers.parse('översikten visar "{label}" för "{region}" och regeln "{rule}"'))
def overview_cell(run: Run, label: str, region: str, rule: str) -> None:
    from helpers import LABELS
    cells = [p["outcomes"][region][rule] for p in run.report["packs"].values()
             if region in p["outcomes"] and rule in p["outcomes"][region]]
    assert cells == [LABELS[label]], cells


@then(parsers.parse('översikten hoppade över "{name}"'))
def overview_skipped(run: Run, name: str) -> None:
    assert any(item["file"].endswith(name) for item in run.report["skipped"])


@then(parsers.parse('översikten har felet "{text}"'))
def overview_error(run: Run, text: str) -> None:
    assert any(text in error for error in run.report["errors"]), run.report["errors"]


@given(parsers.parse("en katalog med {count:d} kopior av exemplens inlämningar"))
def folder_of_copies(folder: Path, count: int) -> None:
    """Copies of the example submissions (regions repeat, so labels name their files),
    with a waiver list to skip and a broken submission among them."""
    folder.mkdir()
    examples = sorted(p for p in FIXTURES.glob("region-*.yaml"))
    for index in range(count):
        source = examples[index % len(examples)]
        shutil.copy(source, folder / f"{index:04d}-{source.name}")
    shutil.copy(FIXTURES / "undantag-nordmark-2024.yaml", folder)
    (folder / "0050-trasig.yaml").write_text("pack: okad-tillganglighet-2024\nregion: X\n"
                                             "svar: {}\n", encoding="utf-8")


@then(parsers.parse("översikten har {count:d} regioner"))
def overview_regions(run: Run, count: int) -> None:
    assert sum(len(pack["outcomes"]) for pack in run.report["packs"].values()) == count


@then("översikten är tecken för tecken densamma som när allt bedöms i en enda process")
def overview_same_in_one_process(run: Run, folder: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from compliance.judging import batch
    assert len(list(folder.glob("*.yaml"))) > batch.CHUNK  # judged in worker processes
    monkeypatch.setattr(batch, "ALONE_UP_TO", 1_000_000)
    alone = Run()
    invoke(alone, ["check", str(folder), "--format", "json", "--as-of", "2025-06-01"])
    assert (alone.output, alone.stderr, alone.exit_code) == \
        (run.output, run.stderr, run.exit_code)


@then("varje region i översikten har samma utfall, poäng och avslutningskod som när dess "
      "fil bedöms ensam")
def overview_rows_as_alone(run: Run, folder: Path) -> None:
    from compliance.judging import batch
    copies = [path for path in folder.glob("*-region-*.yaml")]
    assert len(copies) > batch.CHUNK  # judged in worker processes, a chunk at a time
    alone: dict[str, dict] = {}  # a copy's example → its report judged alone
    rows = 0
    for pack in run.report["packs"].values():
        for label in pack["regions"]:
            file = label.rsplit(" (", 1)[1].rstrip(")")  # regions repeat: labelled by file
            example = file.split("-", 1)[1]
            if example not in alone:
                one = Run()
                invoke(one, ["check", str(folder / file), "--format", "json", "--as-of",
                             run.report["as_of"]])
                alone[example] = json.loads(one.output)
            report = alone[example]
            assert pack["outcomes"][label] == {v["rule"]: v["outcome"]
                                               for v in report["verdicts"]}, label
            assert pack["exit_codes"][label] == report["exit_code"], label
            graded = {m["title"]: m for m in report["money"]
                      if m["state"] in ("points", "points_unknown")}
            points = pack["points"].get(label, {})
            assert sorted(points) == sorted(graded), label
            for title, shown in points.items():
                if graded[title]["state"] == "points":
                    assert graded[title]["state_text"].startswith(
                        f"{shown['points']} av {shown['max']} möjliga poäng"), label
                else:  # not yet known
                    assert shown["points"] is None, label
            rows += 1
    assert rows == len(copies) and {m["state"] for r in alone.values()
                                    for m in r["money"]} >= {"points"}
