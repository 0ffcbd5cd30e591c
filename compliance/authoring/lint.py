"""Validate rule packs without a submission: what `compliance lint` reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from compliance.errors import InputError, Location
from compliance.packs.loader import bundled_packs_dir, load_pack, shadowed_bundled_pack
from compliance.packs.pack import RulePack
from compliance.results.verdict import ExitCode


class LintLevel(StrEnum):
    ERROR = "fel"  # the pack cannot be used
    WARNING = "varning"


@dataclass(frozen=True)
class Finding:
    level: LintLevel
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.level.value}: {self.message}"


def pack_directories(paths: list[Path]) -> list[Path]:
    """Pack folders named directly, or every pack folder inside a folder of packs."""
    found: list[Path] = []
    for path in paths or [bundled_packs_dir()]:
        if (path / "pack.yaml").is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if (p / "pack.yaml").is_file()))
        else:
            raise InputError("väntade en paketkatalog (med pack.yaml) eller en katalog av paket",
                             Location(str(path)))
    return found


def lint_pack(directory: Path) -> list[Finding]:
    try:
        pack = load_pack(directory)
    except InputError as error:  # every problem the pack has, not just the first
        return [Finding(LintLevel.ERROR, each.location or Location(str(directory)), each.message)
                for each in error.all]
    used = set().union(*(rule.uses() for rule in pack.rules)) if pack.rules else set()
    findings = _shadowing(pack)
    form = pack.meta.form
    for group, entries in (("answers", form.answers), ("series", form.series),
                           ("attachments", form.attachments)):
        for key in entries:
            if f"{group}.{key}" not in used:
                where = pack.meta_document.key_location(("form", group, key))
                findings.append(Finding(LintLevel.WARNING, where,
                                        f"{group}.{key} används inte av någon regel"))
    return findings


def _shadowing(pack: RulePack) -> list[Finding]:
    """A warning for a pack that, given with --packs, would replace the bundled pack of the
    same id and version: a report could not otherwise be told from one judged with it."""
    bundled = shadowed_bundled_pack(pack.directory)
    if bundled is None or bundled.meta.version != pack.meta.version:
        return []
    return [Finding(LintLevel.WARNING, pack.meta_document.key_location(("id",)),
                    f"paketet har samma id och version ({pack.meta.version}) som ett "
                    "medföljande paket och ersätter det när det anges med --packs eller "
                    "COMPLIANCE_PACKS; ge det en egen version (rapporterna nämner ersättningen)")]


def exit_code(findings: list[Finding]) -> ExitCode:
    if any(f.level is LintLevel.ERROR for f in findings):
        return ExitCode.INPUT_ERROR
    return ExitCode.FINDINGS if findings else ExitCode.OK
