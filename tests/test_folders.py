"""Folder checks file by file: a bad file is reported and never stops the others, never
blocks, and never passes silently; options that belong to one region are refused."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from helpers import FIXTURES, command

AS_OF = "2025-06-01"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "katalog"
    folder.mkdir()
    shutil.copy(FIXTURES / "region-nordmark-2024.yaml", folder / "nordmark.yaml")
    return folder


def _overview(folder: Path) -> tuple[int, dict[str, object], str]:
    code, out, err = command("check", folder, "--format", "json", "--as-of", AS_OF)
    return code, json.loads(out), err


def test_unreadable_files_are_errors_and_the_others_are_judged(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "ror.yaml")
    (folder / "katalog.yaml").mkdir()
    (folder / "slinga.yaml").symlink_to("slinga.yaml")
    (folder / "trasig-lank.yaml").symlink_to("finns-inte.yaml")
    (folder / "binar.yaml").write_bytes(b"\xff\xfe\x00region")
    code, overview, _ = _overview(folder)
    errors = "\n".join(overview["errors"])  # type: ignore[arg-type]
    assert code == 2
    assert "ror.yaml: filen kan inte läsas (väntade en vanlig fil men fick en namngiven " \
        "rörledning (FIFO))" in errors
    assert [item["reason"] for item in overview["skipped"]  # type: ignore[attr-defined]
            if item["file"].endswith("katalog.yaml")] == [
        "en underkatalog; bedöms inte (ange den som egen katalog)"]
    assert "slinga.yaml: filen kan inte läsas (symboliska länkar i en slinga)" in errors
    assert "trasig-lank.yaml: filen kan inte läsas (filen finns inte" in errors
    assert "binar.yaml:1:1: filen är inte UTF-8-kodad text" in errors
    assert list(overview["packs"]) == ["okad-tillganglighet-2024"]  # type: ignore[call-overload]


def test_a_waiver_list_is_skipped_and_a_misnamed_submission_is_an_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    shutil.copy(FIXTURES / "undantag-nordmark-2024.yaml", folder)
    (folder / "anteckning.yaml").write_text("titel: möte\ntext: inget\n", encoding="utf-8")
    text = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    (folder / "utan-pack.yaml").write_text(text.replace("pack:", "paket:"), encoding="utf-8")
    code, overview, _ = _overview(folder)
    assert code == 2
    assert [item["file"].rsplit("/", 1)[-1] for item in overview["skipped"]] == \
        ["anteckning.yaml", "undantag-nordmark-2024.yaml"]  # type: ignore[union-attr, index]
    assert any("utan-pack.yaml" in error for error in overview["errors"])  # type: ignore[attr-defined]


def test_folder_options_for_one_region_are_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    code, out, err = command("check", folder, "--log", tmp_path / "finns-inte")
    assert code == 2 and out == "" and "fel: --log gäller en regions inlämning" in err
    code, out, err = command("check", folder, "--waivers", FIXTURES / "undantag-nordmark-2024.yaml")
    assert code == 2 and out == "" and "--waivers: posten för regeln" in err \
        and "anger ingen region" in err


def test_csv_overview_names_its_errors_on_stderr(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "trasig.yaml").write_text("pack: okad-tillganglighet-2024\nregion: X\nsvar: 1\n",
                                        encoding="utf-8")
    code, out, err = command("check", folder, "--format", "csv", "--as-of", AS_OF)
    assert code == 2 and out.startswith("\ufeffRegelpaket;Region") and "trasig.yaml:3:1" in err


def test_a_log_for_a_pack_without_a_unit_log_series_is_an_input_error() -> None:
    code, _, err = command("check", FIXTURES / "region-halland-2023.yaml", "--log",
                           FIXTURES / "enhetslogg-nordmark-2024.csv", "--as-of", AS_OF)
    assert code == 2 and "ingen serie som fylls från en enhetslogg" in err
