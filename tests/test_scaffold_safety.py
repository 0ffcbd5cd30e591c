"""`pack new` writes one new pack folder inside --dir, or nothing at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import command

from compliance.packs.loader import bundled_packs_dir

OLD = "okad-tillganglighet-2024"


def _rules(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(bundled_packs_dir() / OLD, rules / OLD)
    return rules


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


@pytest.mark.parametrize("new_id", ["../utanfor", "a/b", "ABSOLUTE", "Stor", "a..b",
                                    ".dold", "x" * 101, ""])
def test_only_valid_ids_and_only_inside_dir(tmp_path: Path, new_id: str) -> None:
    rules = _rules(tmp_path)
    if new_id == "ABSOLUTE":  # inside tmp_path, so the old code's mistake lands there
        new_id = str(tmp_path / "absolut")
    before = _tree(tmp_path)
    code, _, err = command("pack", "new", new_id, "--from", OLD, "--dir", rules)
    assert code == 2 and "fel: " in err and "Traceback" not in err, err
    assert _tree(tmp_path) == before


def test_dir_must_exist_and_a_pack_cannot_extend_itself(tmp_path: Path) -> None:
    rules = _rules(tmp_path)
    code, _, err = command("pack", "new", "ny-2025", "--from", OLD, "--dir",
                           tmp_path / "saknas" / "rules")
    assert code == 2 and "katalogen för regelpaket finns inte" in err
    assert not (tmp_path / "saknas").exists()
    shutil.copytree(rules / OLD, tmp_path / "self" / OLD)
    code, _, err = command("pack", "new", OLD, "--from", OLD, "--dir", tmp_path / "self")
    assert code == 2 and "ärva från sig självt" in err, err


@pytest.mark.parametrize("content", ["", "pack: [\n"])
def test_a_broken_example_leaves_nothing_behind(tmp_path: Path, content: str) -> None:
    rules = _rules(tmp_path)
    (rules / OLD / "examples" / "zz-trasig.yaml").write_text(content, encoding="utf-8")
    before = _tree(tmp_path)
    code, _, err = command("pack", "new", "ny-2025", "--from", OLD, "--dir", rules)
    assert code == 2 and "zz-trasig.yaml" in err and "Traceback" not in err, err
    assert _tree(tmp_path) == before
