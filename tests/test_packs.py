"""Rule packs: the bundled ones load, and mistakes in a pack are located errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compliance.errors import InputError
from compliance.packs.loader import available_packs, bundled_packs_dir, find_pack, load_pack


def test_both_bundled_packs_load() -> None:
    assert {"okad-tillganglighet-2024", "god-och-nara-vard-2023"} <= set(available_packs())
    for pack_id in available_packs():
        pack = find_pack(pack_id)
        assert pack.rules and all(rule.spec.source.document in pack.meta.sources
                                  for rule in pack.rules)


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    target = tmp_path / "okad-tillganglighet-2024"
    shutil.copytree(bundled_packs_dir() / "okad-tillganglighet-2024", target)
    return target


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize(("rule", "message"), [
    ("  require: svarsfrekvens_vantande >= __import__('os')\n", "kan inte tolkas"),
    ("  require: svarsfrekvens >= 95\n", "fältet 'svarsfrekvens' finns inte"),
    ("  require: svarsfrekvens_vantande >= 95\n  severity_x: 1\n", "okänd nyckel 'severity_x'"),
])
def test_a_bad_rule_is_located(pack_copy: Path, rule: str, message: str) -> None:
    rules = pack_copy / "extra.yaml"
    rules.write_text("- id: X-1\n  title: Test\n  severity: krav\n  source: {document: ot24}\n"
                     "  each: vantetidsdatabasen\n" + rule, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_pack(pack_copy)
    assert message in error.value.message
    assert error.value.location is not None and error.value.location.line is not None
    assert error.value.location.file.endswith("extra.yaml")


def test_duplicate_rule_ids_are_refused(pack_copy: Path) -> None:
    _append(pack_copy / "3.6-handlingsplan.yaml",
            "\n- id: OT24-3.6-fraga-1\n  title: Dubblett\n  severity: krav\n"
            "  source: {document: ot24}\n  answer: handlingsplan_arbetar\n"
            "  require: value == \"ja\"\n")
    with pytest.raises(InputError, match="finns redan"):
        load_pack(pack_copy)


def test_points_table_must_be_marked_as_assumption(pack_copy: Path) -> None:
    path = pack_copy / "3.7-bup.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  assumption:")
    path.write_text(text[:start], encoding="utf-8")
    with pytest.raises(InputError, match="assumption"):
        load_pack(pack_copy)
