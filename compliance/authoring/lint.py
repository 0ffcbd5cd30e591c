"""Validate rule packs without a submission: what `compliance lint` reports."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from compliance.errors import InputError, Location
from compliance.formatting import counted
from compliance.packs.loader import bundled_packs_dir, load_pack, shadowed_bundled_pack
from compliance.packs.pack import RulePack
from compliance.results.verdict import ExitCode


class LintLevel(StrEnum):
    ERROR = "fel"  # the pack cannot be used
    WARNING = "varning"
    REVIEW = "att granska"  # a value marked GRANSKA, not yet checked against the agreement


MARKER = "GRANSKA"


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
    if pack.meta.review:
        findings.append(Finding(LintLevel.REVIEW, pack.meta_document.key_location(("review",)),
                                f"paketet är inte granskat: {' '.join(pack.meta.review.split())}"))
    return findings + review_markers(directory)


def review_markers(directory: Path) -> list[Finding]:
    """Every value a scaffold marked GRANSKA (moved a year or inherited, not yet checked
    against the new agreement), at its line: such a pack is not clean."""
    found = []
    for path in sorted(directory.glob("*.yaml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            comment = line.find("#")
            column = line.find(MARKER, comment)
            if comment >= 0 and line[comment + 1:].lstrip().startswith(MARKER):
                note = line[column + len(MARKER):].lstrip(": ").strip()
                found.append(Finding(LintLevel.REVIEW, Location(str(path), number, column + 1),
                                     f"markerat {MARKER}" + (f": {note}" if note else "")))
    return found


def summary(directories: int, findings: list[Finding]) -> str:
    """"2 paket granskade, 36 anmärkningar (35 att granska)"."""
    review = sum(1 for f in findings if f.level is LintLevel.REVIEW)
    marked = f" ({review} att granska)" if review else ""
    return (f"{directories} paket granskade, "
            f"{counted(len(findings), 'anmärkning', 'anmärkningar')}{marked}")


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


def exit_code(findings: list[Finding], strict: bool = False) -> ExitCode:
    """2 for an error, 1 for a warning; a value to review fails only ``strict``."""
    if any(f.level is LintLevel.ERROR for f in findings):
        return ExitCode.INPUT_ERROR
    counted = findings if strict else [f for f in findings if f.level is LintLevel.WARNING]
    return ExitCode.FINDINGS if counted else ExitCode.OK
