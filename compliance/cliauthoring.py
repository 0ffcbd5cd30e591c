"""The rule teams' commands: lint, schema, pack new and pack diff, and the packs' own
example cases (test)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from compliance.clioptions import (
    FORMAT,
    PACKS,
    PATH,
    argument,
    emit,
    format_for,
    option,
    user_errors,
)
from compliance.cliwords import SwedishCommand, SwedishGroup
from compliance.packs.shelf import Shelf
from compliance.results.diff import PackDiff
from compliance.results.verdict import ExitCode


@click.command(cls=SwedishCommand)
@argument("paths", "KATALOG...", "Paketkataloger eller kataloger av paket (standard: de "
                                  "medföljande).", type=PATH, nargs=-1)
@option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text",
         metavar="FORMAT", help="text, github (anmärkningar i en GitHub Actions-körning) "
                                "eller json.")
@option("--strict", is_flag=True, help="Avsluta med kod 1 även för värden märkta GRANSKA.")
def lint(paths: tuple[Path, ...], fmt: str, strict: bool) -> None:
    """Granska regelpaket utan inlämning: schema, id, data som inte deklarerats, villkor.
    En varning tystas med en kommentar på sin rad eller raden ovanför:
    # lint-tyst: skälet."""
    from compliance.authoring.lint import exit_code as lint_exit_code
    from compliance.authoring.lint import (
        github_line,
        json_document,
        lint_pack,
        pack_directories,
        silenced,
        summary,
    )

    with user_errors():
        directories = pack_directories(list(paths))
    findings, quiet = silenced([finding for directory in directories
                                for finding in lint_pack(directory)])
    if fmt == "json":
        sys.stdout.write(json.dumps(json_document(findings, quiet, len(directories), strict),
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        for finding in findings:
            sys.stdout.write(f"{github_line(finding) if fmt == 'github' else finding}\n")
        hushed = f", {len(quiet)} tystade" if quiet else ""
        sys.stdout.write(summary(len(directories), findings) + hushed + "\n")
    raise click.exceptions.Exit(lint_exit_code(findings, strict))


@click.command(cls=SwedishCommand)
@argument("kind", "SCHEMA", "pack, submission eller report",
           type=click.Choice(["pack", "submission", "report"]))
@option("--pack", metavar="ID", help="Paket-id för en inlämnings frågor och serier.")
@PACKS
def schema(kind: str, pack: str | None, packs: Path | None) -> None:
    """Skriv ett JSON Schema för regelpaket eller inlämningar (för YAML-editorer) eller för
    rapporterna som check och status skriver med --format json."""
    from compliance.authoring.schema import pack_schema, submission_schema
    from compliance.reports.json import schema as report_schema

    with user_errors():
        if kind == "pack":
            document = pack_schema()
        elif kind == "report":
            document = report_schema()
        else:
            document = submission_schema(Shelf(packs).find(pack).meta if pack else None)
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


@click.group("pack", cls=SwedishGroup)
def pack_group() -> None:
    """Skapa och jämför regelpaket."""


@pack_group.command("new")
@argument("new_id", "ID", "Det nya paketets id, t.ex. ...-2025.")
@option("--from", "from_id", required=True, metavar="ID", help="Paketet det nya ärver från.")
@option("--dir", "--packs", "directory", type=PATH, default=Path("rules"),
         envvar="COMPLIANCE_PACKS", metavar="KATALOG",
         help="Katalogen med egna regelpaket, där det nya skrivs (eller miljövariabeln "
              "COMPLIANCE_PACKS; standard: rules).")
def pack_new(new_id: str, from_id: str, directory: Path) -> None:
    """Skapa nästa års paket som ärver från ett tidigare, med datum flyttade ett år."""
    from compliance.authoring.scaffold import new_pack
    from compliance.packs.loader import find_pack

    with user_errors():  # --dir is where the new pack goes; new_pack checks it exists
        written = new_pack(find_pack(from_id, directory), new_id, directory)
    for path in written:
        sys.stdout.write(f"skrev {path}\n")
    sys.stdout.write("Granska alla värden märkta GRANSKA innan paketet används.\n")


@pack_group.command("diff")
@argument("old", "TIDIGARE", "Tidigare paket (id eller katalog).")
@argument("new", "NYTT", "Nytt paket (id eller katalog).")
@FORMAT
@PACKS
def pack_diff(old: str, new: str, fmt: str | None, packs: Path | None) -> None:
    """Visa regler som tillkommit, utgått eller ändrats (fält för fält), och ändrade frågor."""
    from compliance.authoring.diff import diff_packs
    from compliance.packs.loader import load_pack

    with user_errors():
        chosen = format_for(fmt or "text", PackDiff)
        shelf = Shelf(packs)

        def pack_argument(reference: str) -> Any:
            path = Path(reference)
            return load_pack(path) if (path / "pack.yaml").is_file() else shelf.find(reference)

        emit(diff_packs(pack_argument(old), pack_argument(new)), chosen)


@click.command("test", cls=SwedishCommand)
@argument("paths", "KATALOG...", "Paketkataloger eller kataloger av paket (standard: de "
                                  "medföljande).", type=PATH, nargs=-1)
def test_packs(paths: tuple[Path, ...]) -> None:
    """Kör exemplen i paketens examples/ och visa förväntat mot faktiskt utfall."""
    from compliance.authoring.lint import pack_directories
    from compliance.authoring.packtests import run_pack_tests, untested_rules

    failed = passed = 0
    with user_errors():
        for directory in pack_directories(list(paths)):
            pack, results = run_pack_tests(directory)
            for result in results:
                if result.passed:
                    passed += 1
                    continue
                failed += 1
                sys.stdout.write(
                    f"UNDERKÄNT {result.location}: {result.case.rule} – {result.case.name}\n"
                    f"  förväntat: {result.case.expect}"
                    + (f" med underlag som nämner \"{result.case.evidence}\""
                       if result.case.evidence else "")
                    + f"\n  faktiskt:  {result.actual}\n"
                    + "".join(f"    {text}\n" for text in result.evidence[:5]))
            for rule_id in untested_rules(pack, results):
                sys.stdout.write(f"varning: {pack.id}: regeln {rule_id} saknar exempel\n")
    sys.stdout.write(f"exempel: {passed} godkända, {failed} underkända\n")
    raise click.exceptions.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)
