"""`compliance pack new`: next year's pack extends this year's, dates moved and marked."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from helpers import ROOT, command

from compliance.packs.loader import bundled_packs_dir, load_pack


def test_new_pack_keeps_comments_moves_dates_and_marks_them(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(bundled_packs_dir() / "okad-tillganglighet-2024",
                    rules / "okad-tillganglighet-2024")
    code, out, err = command("pack", "new", "okad-tillganglighet-2025", "--from",
                         "okad-tillganglighet-2024", "--dir", str(rules))
    assert code == 0, err
    text = (rules / "okad-tillganglighet-2025" / "pack.yaml").read_text(encoding="utf-8")
    old = (rules / "okad-tillganglighet-2024" / "pack.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[:2] == old.splitlines()[:2]  # the header comment survives
    assert "extends: okad-tillganglighet-2024" in text
    assert "date: 2025-09-30  # GRANSKA: flyttat ett år från 2024-09-30" in text
    assert text.count("GRANSKA") >= 8  # title, period ×2, deadline, two series ×2, review
    new = load_pack(rules / "okad-tillganglighet-2025")
    assert new.meta.deadlines["redovisning"].date == dt.date(2025, 9, 30)
    assert new.meta.form.series["vantetidsdatabasen"].expected.to == "2025-12"
    assert new.meta.form.series["vantetidsdatabasen"].due_days_after_month == 21
    bup = next(rule for rule in new.rules if rule.id == "OT24-3.7-bup-poang")
    assert [p.payment for p in bup.spec.periods] == ["augusti 2025", "december 2025"]
    title = next(rule for rule in new.rules if rule.id == "OT24-redovisning-i-tid").spec.title
    assert title.endswith("30 september 2025")
    new_pack = str(rules / "okad-tillganglighet-2025")  # the 2024 packs beside it: copies
    assert command("lint", new_pack)[0] == 0  # values to review do not fail a plain lint
    assert command("lint", "--strict", new_pack)[0] == 1
    examples = rules / "okad-tillganglighet-2025" / "examples" / "3.4-vantetidsdatabasen.yaml"
    assert "2025-02: {levererad: 2025-03-22}" in examples.read_text(encoding="utf-8")
    code, out, _ = command("test", str(rules / "okad-tillganglighet-2025"))
    assert code == 0 and out.endswith(" godkända, 0 underkända\n"), out
    again = command("pack", "new", "okad-tillganglighet-2025", "--from",
                "okad-tillganglighet-2024", "--dir", str(rules))
    assert again[0] == 2 and "finns redan" in again[2]


def test_the_bundled_second_year_evaluates_and_says_it_is_unreviewed(tmp_path: Path) -> None:
    source = (ROOT / "fixtures" / "region-halland-2023.yaml").read_text(encoding="utf-8")
    submission = tmp_path / "halland-2024.yaml"
    submission.write_text(source.replace("pack: god-och-nara-vard-2023",
                                         "pack: god-och-nara-vard-2024"), encoding="utf-8")
    code, out, _ = command("check", str(submission), "--format", "json", "--as-of", "2025-06-01")
    report = json.loads(out)
    assert code == 0 and report["pack"]["id"] == "god-och-nara-vard-2024"
    assert any("GRANSKA" in note for note in report["notes"])
    deadline = next(v for v in report["verdicts"] if v["rule"] == "GNV23-enkat-i-tid")
    assert deadline["evidence"][0]["text"].endswith("svaret 2024-03-28, senast 2025-03-31")


def test_next_years_survey_export_expects_next_years_survey(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(bundled_packs_dir(), rules)
    code, _, err = command("pack", "new", "god-och-nara-vard-2025", "--from",
                           "god-och-nara-vard-2024", "--dir", str(rules))
    assert code == 0, err
    text = (rules / "god-och-nara-vard-2025" / "pack.yaml").read_text(encoding="utf-8")
    assert "contains: God och nära vård 2025  # GRANSKA: flyttat ett år från God och nära " \
        "vård 2024" in text
    new = load_pack(rules / "god-och-nara-vard-2025").meta.survey_export
    old = load_pack(rules / "god-och-nara-vard-2024").meta.survey_export
    assert new is not None and old is not None and new.survey is not None
    assert new.survey.contains == "God och nära vård 2025"
    assert new.columns == old.columns and new.region == old.region
