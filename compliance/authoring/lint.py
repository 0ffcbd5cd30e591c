"""Validate rule packs without a submission: what `compliance lint` reports."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

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
    if bundled is None or bundled.meta.version != pack.meta.version \
            or bundled.digests == pack.digests:  # the same files (a source checkout's rules/)
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


# A warning is silenced, with a reason, by a comment on its line or the line above:
#   vantande_extra: {type: percent}  # lint-tyst: läses av regionens egen uppföljning
SILENCE = re.compile(r"#\s*lint-tyst:\s*(.*)$")


def silenced(findings: list[Finding]) -> tuple[list[Finding], list[tuple[Finding, str]]]:
    """The findings still to show, and the warnings silenced with the reason given. An
    error is never silenced; a marker without a reason silences nothing."""
    shown: list[Finding] = []
    quiet: list[tuple[Finding, str]] = []
    lines: dict[str, list[str]] = {}
    for finding in findings:
        where = finding.location
        if finding.level is not LintLevel.WARNING or where.line is None:
            shown.append(finding)
            continue
        if where.file not in lines:
            try:
                lines[where.file] = Path(where.file).read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                lines[where.file] = []
        text = lines[where.file]
        nearby = text[max(where.line - 2, 0):where.line]
        reasons = [match.group(1).strip() for line in nearby
                   if (match := SILENCE.search(line))]
        if reasons and reasons[-1]:
            quiet.append((finding, reasons[-1]))
        else:
            shown.append(finding)
    return shown, quiet


def _escape(text: str, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping (its runner's toolkit ``issue-command``)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def github_line(finding: Finding) -> str:
    """One finding as an annotation on the file and line in a GitHub Actions run."""
    where = finding.location
    place = [f"file={_escape(where.file, True)}"]
    if where.line is not None:
        place.append(f"line={where.line}")
        if where.column is not None:
            place.append(f"col={where.column}")
    kind = "error" if finding.level is LintLevel.ERROR else "warning"
    return f"::{kind} {','.join(place)}::{_escape(finding.message)}"


def json_document(findings: list[Finding], silenced_findings: list[tuple[Finding, str]],
                  packs: int, strict: bool = False) -> dict[str, Any]:
    """Every finding, and every silenced warning with its reason, for a program to read."""
    def entry(finding: Finding, reason: str | None) -> dict[str, Any]:
        where = finding.location
        return {"level": finding.level.name.lower(),
                "file": where.file, "line": where.line, "column": where.column,
                "message": finding.message, "silenced": reason}
    return {"packs": packs, "findings": [entry(f, None) for f in findings],
            "silenced": [entry(f, reason) for f, reason in silenced_findings],
            "exit_code": int(exit_code(findings, strict))}
