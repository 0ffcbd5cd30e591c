"""Command line: parse arguments, call the library, hand the result to a reporter."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer._completion_classes import completion_init  # typer has no public name for these
from typer._completion_shared import get_completion_script

from compliance.cliwords import SwedishTyper, install_panel_words
from compliance.errors import InputError, Location, raise_all
from compliance.judging.evaluate import evaluate
from compliance.judging.files import check_file, check_folder, import_document, read_submission
from compliance.output import write_report
from compliance.packs.loader import available_packs, find_pack, load_pack
from compliance.packs.pack import RulePack
from compliance.reading.files import is_export
from compliance.reading.personal import mask_personal_data
from compliance.reports.clean import one_line
from compliance.reports.formats import FORMATS
from compliance.reports.target import Format, Result, Target
from compliance.results.diff import PackDiff
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.verdict import ExitCode, Report
from compliance.version import __version__

# What only some commands need (survey exports, waivers, the authoring tools, the schemas)
# is imported inside those commands, so that `compliance check FILE` starts quickly.

install_panel_words()  # typer's own words in Swedish, without importing rich now

app = SwedishTyper(add_completion=False, no_args_is_help=True,
                  help="Kontrollerar en regions underlag mot villkoren i överenskommelserna.")

FILE_WIDTH = 120  # columns of a text report written with -o
WHAT = {Report: "en inlämning", Overview: "en katalog", Readiness: "status",
        PackDiff: "pack diff"}

FormatOption = Annotated[str, typer.Option(
    "--format", metavar="FORMAT", help=f"Rapportens format: {', '.join(FORMATS)}.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", metavar="ÅÅÅÅ-MM-DD",
                                                help="Bedömningsdatum (standard: i dag).")]
LogOption = Annotated[Path | None, typer.Option("--log", help="Enhetslogg (CSV eller .xlsx) "
                                                "för registerrapporteringen.")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o",
                                                   help="Skriv rapporten till en fil.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Skriv över en befintlig fil.")]
WaiversOption = Annotated[Path | None, typer.Option("--waivers", help="YAML-fil med godkända "
                                                    "undantag.")]
AttestationsOption = Annotated[Path | None, typer.Option(
    "--attestations", help="YAML-fil med granskares beslut om krav som en människa bedömer.")]
PacksOption = Annotated[Path | None, typer.Option(
    "--packs", envvar="COMPLIANCE_PACKS", show_envvar=False, metavar="KATALOG",
    help="Katalog med egna regelpaket, som söks före de medföljande (eller miljövariabeln "
         "COMPLIANCE_PACKS).")]
QuietOption = Annotated[bool, typer.Option(
    "--quiet", "-q", help="Skriv ingen rapport, ge bara avslutningskoden (fel skrivs ändå).")]
ExportPackOption = Annotated[str | None, typer.Option(
    "--pack", help="Paketet en enkätexport (.xlsx, .csv) gäller, t.ex. god-och-nara-vard-2023.")]


@contextlib.contextmanager
def _user_errors() -> Iterator[None]:
    """Input errors become lines on stderr (one per problem) and exit code 2, never a
    traceback; a message that echoes the input shows personal data in it masked."""
    try:
        yield
    except InputError as exc:
        for error in exc.all:  # every problem found, one line each
            sys.stderr.write(f"fel: {mask_personal_data(one_line(str(error)))}\n")
        raise typer.Exit(ExitCode.INPUT_ERROR) from None


def _packs(value: Path | None) -> Path | None:
    """The folder of the user's own packs, which must exist if it is named."""
    if value is not None and not value.is_dir():
        raise InputError(f"--packs/COMPLIANCE_PACKS: katalogen '{value}' finns inte")
    return value


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of: '{value}' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)") \
            from None


def _format(name: str, kind: type) -> Format:
    """The format named by ``--format``, if it can render ``kind`` of result."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise InputError(f"--format: okänt format '{name}' (kända: {', '.join(FORMATS)})")
    if kind not in fmt.renders:
        able = ", ".join(f.name for f in FORMATS.values() if kind in f.renders)
        raise InputError(f"--format {name} går inte för {WHAT[kind]} (välj {able})")
    return fmt


def _emit(result: Result, fmt: Format, output: Path | None = None, force: bool = False,
          inputs: tuple[Path | None, ...] = (), quiet: bool = False) -> None:
    """Render ``result`` to the file ``output`` or to standard output (not at all when
    ``quiet``); the file is never one of the command's ``inputs``. A binary format goes
    to a file only."""
    if quiet and output is None:
        return
    if output is None and fmt.binary:
        raise InputError(f"--format {fmt.name} skriver en binär fil som inte kan visas i "
                         f"terminalen; ange en fil med -o, t.ex. -o rapport.{fmt.name}")
    if output is not None:
        write_report(output, fmt.render(result, Target(FILE_WIDTH)), force=force,
                     inputs=[path for path in inputs if path is not None])
        return
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else None
    text = fmt.render(result, Target(width, color=tty))
    assert isinstance(text, str)  # a binary format was refused above
    sys.stdout.write(text)


def _log_progress() -> Callable[[int], None] | None:
    """Rows read so far, on a terminal only; a unit log of a million rows takes seconds."""
    if not sys.stderr.isatty():
        return None

    def show(rows: int) -> None:
        sys.stderr.write(f"\rLäser enhetslogg: {rows} rader")
    return show


def _records(waivers: Path | None, attestations: Path | None) -> dict[str, Any]:
    """The waiver and attestation files, read, as evaluate() takes them."""
    from compliance.inputs.waivers import load_attestations, load_waivers

    return {"waivers": load_waivers(waivers) if waivers else None,
            "attestations": load_attestations(attestations) if attestations else None}


def _folder_options(waivers: Path | None, log: Path | None,
                    attestations: Path | None, what: str = "en katalog") -> None:
    """A folder holds many regions; one waiver file, unit log or attestation file is one
    region's. Rather than guess which region they belong to (or silently ignore them),
    they are refused."""
    problems = []
    for option, value in (("--waivers", waivers), ("--log", log),
                          ("--attestations", attestations)):
        if value is not None:
            problems.append(InputError(f"{option} gäller en regions inlämning och kan inte "
                                       f"anges för {what}; bedöm den regionens fil för "
                                       f"sig med {option}"))
            if not value.exists():
                problems.append(InputError(f"{option}: filen '{value}' finns inte"))
    raise_all(problems)


@app.command()
def check(
    file: Annotated[Path, typer.Argument(
        metavar="FIL", help="Regionens inlämning (YAML) eller en katalog.")],
    format: FormatOption = "text",
    as_of: AsOfOption = None,
    output: OutputOption = None,
    force: ForceOption = False,
    waivers: WaiversOption = None,
    log: LogOption = None,
    attestations: AttestationsOption = None,
    quiet: QuietOption = False,
    packs: PacksOption = None,
    pack: ExportPackOption = None,
    region: Annotated[str | None, typer.Option(
        "--region", help="En regions fullständiga rapport ur en enkätexport.")] = None,
) -> None:
    """Bedöm en inlämning (eller varje inlämning i en katalog, eller varje region i en
    enkätexport) och skriv en rapport."""
    result: Report | Overview
    with _user_errors():
        if is_export(file):
            from compliance.judging.survey import check_export, check_export_region
        if (pack is not None or region is not None) and not is_export(file):
            raise InputError("--pack och --region anges bara för en enkätexport (.xlsx eller "
                             ".csv); en inlämning i YAML säger själv sitt paket")
        if is_export(file) and region is not None:
            _folder_options(waivers, log, attestations, "en enkätexport")
            fmt = _format(format, Report)
            result = check_export_region(file, pack, region, _as_of(as_of))
        elif is_export(file) or file.is_dir():
            export = is_export(file)
            _folder_options(waivers, log, attestations,
                            "en enkätexport" if export else "en katalog")
            fmt = _format(format, Overview)
            if export:
                result = check_export(file, pack, _as_of(as_of))
            else:
                from compliance.judging.survey import judge_table
                result = check_folder(file, _as_of(as_of), _packs(packs), tables=judge_table,
                                      evidence=fmt.overview_evidence)
            if fmt.name == "csv" or quiet:  # rows for verdicts only: errors go to stderr
                for error in result.errors:
                    sys.stderr.write(f"fel: {one_line(error)}\n")
        else:
            fmt = _format(format, Report)
            result = check_file(file, _as_of(as_of), _packs(packs), waivers_path=waivers,
                                log_path=log,
                                progress=_log_progress(), attestations_path=attestations)
        _emit(result, fmt, output, force, inputs=(file, waivers, log, attestations),
              quiet=quiet)
    raise typer.Exit(result.exit_code)


@app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(
        metavar="FIL", help="Regionens ifyllda Word-formulär (.docx), eller en enkätexport "
                            "(.xlsx, .csv) med en rad per region.")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Skriv inlämningen (YAML) till en fil; för en enkätexport: "
                               "katalogen inlämningarna skrivs till.")] = None,
    pack: ExportPackOption = None,
    force: ForceOption = False,
) -> None:
    """Skriv regionens dokument som YAML-inlämning med kommentarer om var varje värde stod
    (en per region ur en enkätexport), och tomma platser för det dokumentet inte innehåller."""
    with _user_errors():
        if is_export(file):
            if output is None:
                raise InputError("ange med -o katalogen som inlämningarna ur enkätexporten "
                                 "skrivs till", Location(str(file)))
            written = _import_survey_export(file, pack, output, force)
        else:
            if pack is not None:
                raise InputError("--pack anges bara för en enkätexport (.xlsx eller .csv); "
                                 "ett formulär säger själv sitt paket")
            text = import_document(file)
            if output is None:
                sys.stdout.write(text)
            else:
                write_report(output, text, force=force, inputs=[file])
            return
    for path in written:
        sys.stdout.write(f"skrev {path}\n")


def _import_survey_export(file: Path, pack: str | None, directory: Path,
                          force: bool) -> list[Path]:
    """Every region's submission, checked in full before the first file is written."""
    from compliance.judging.survey import import_export

    files = import_export(file, pack)
    if directory.exists() and not directory.is_dir():
        raise InputError("-o ska vara en katalog för en enkätexport", Location(str(directory)))
    targets = [(directory / name, text) for name, text in files]
    if not force:
        for path, _ in targets:
            if path.exists() or path.is_symlink():
                raise InputError("filen finns redan; ange --force för att skriva över den "
                                 "(ingen fil skrevs)", Location(str(path)))
    try:
        directory.mkdir(exist_ok=True)
    except OSError as exc:
        raise InputError(f"katalogen kan inte skapas ({exc.strerror})",
                         Location(str(directory))) from None
    for path, text in targets:
        write_report(path, text, force=force, inputs=[file])
    return [path for path, _ in targets]


@app.command()
def status(
    file: Annotated[Path, typer.Argument(metavar="FIL", help="Regionens inlämning (YAML).")],
    format: FormatOption = "text",
    as_of: AsOfOption = None,
    log: LogOption = None,
    waivers: WaiversOption = None,
    attestations: AttestationsOption = None,
    quiet: QuietOption = False,
    packs: PacksOption = None,
) -> None:
    """Visa tidslinjen för alla datum i överenskommelsen och vad som fortfarande saknas."""
    from compliance.judging.readiness import readiness

    with _user_errors():
        fmt = _format(format, Readiness)
        rule_pack, submission = read_submission(file, _packs(packs), log_path=log,
                                                progress=_log_progress())
        report = evaluate(rule_pack, submission, _as_of(as_of), **_records(waivers, attestations))
        _emit(readiness(rule_pack, submission, report), fmt, quiet=quiet)
    raise typer.Exit(report.exit_code)


@app.command()
def explain(
    rule_id: Annotated[str, typer.Argument(
        metavar="REGEL", help="Regelns id, t.ex. OT24-3.4-fraga-4.")],
    file: Annotated[Path | None, typer.Argument(metavar="FIL", help="En inlämning att förklara "
                                                     "bedömningen för.")] = None,
    pack: Annotated[str | None, typer.Option("--pack", help="Paket-id (utan inlämning).")] = None,
    as_of: AsOfOption = None,
    log: LogOption = None,
    waivers: WaiversOption = None,
    attestations: AttestationsOption = None,
    packs: PacksOption = None,
) -> None:
    """Förklara en regel i ord: källa, plats i YAML och, med en inlämning, varför den
    bedömdes som den gjorde."""
    from compliance.reports.explanation import verdict_lines

    with _user_errors():
        if file is not None:
            rule_pack, submission = read_submission(file, _packs(packs), log_path=log)
        else:
            rule_pack, submission = _pack_with_rule(rule_id, pack, _packs(packs)), None
        rule = next((r for r in rule_pack.rules if r.id == rule_id), None)
        if rule is None:
            raise InputError(f"regeln '{rule_id}' finns inte i paketet {rule_pack.id}")
        lines = rule.explain()
        if submission is not None:
            report = evaluate(rule_pack, submission, _as_of(as_of),
                              **_records(waivers, attestations))
            lines += verdict_lines(next(v for v in report.verdicts if v.rule == rule_id))
    sys.stdout.write("\n".join(lines) + "\n")


def _pack_with_rule(rule_id: str, pack: str | None, packs: Path | None) -> RulePack:
    if pack:
        return find_pack(pack, packs)
    found = [find_pack(p, packs) for p in available_packs(packs)]
    owners = [p for p in found if any(r.id == rule_id for r in p.rules)]
    defined = [p for p in owners if not p.layers[rule_id].inherited]
    if not owners:
        raise InputError(f"ingen medföljande regel har id '{rule_id}'")
    return (defined or owners)[0]


@app.command()
def lint(
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="KATALOG...",
        help="Paketkataloger eller kataloger av paket (standard: de medföljande).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Avsluta med kod 1 även för värden märkta GRANSKA.")] = False,
) -> None:
    """Granska regelpaket utan inlämning: schema, id, data som inte deklarerats, villkor."""
    from compliance.authoring.lint import exit_code as lint_exit_code
    from compliance.authoring.lint import lint_pack, pack_directories, summary

    with _user_errors():
        directories = pack_directories(paths or [])
    findings = [finding for directory in directories for finding in lint_pack(directory)]
    for finding in findings:
        sys.stdout.write(f"{finding}\n")
    sys.stdout.write(summary(len(directories), findings) + "\n")
    raise typer.Exit(lint_exit_code(findings, strict))


class SchemaKind(StrEnum):
    pack = "pack"
    submission = "submission"
    report = "report"


@app.command()
def schema(
    kind: Annotated[SchemaKind, typer.Argument(metavar="SCHEMA",
                                               help="pack, submission eller report")],
    pack: Annotated[str | None, typer.Option("--pack", help="Paket-id för en inlämnings "
                                                              "frågor och serier.")] = None,
    packs: PacksOption = None,
) -> None:
    """Skriv ett JSON Schema för regelpaket eller inlämningar (för YAML-editorer) eller för
    rapporterna som check och status skriver med --format json."""
    from compliance.authoring.schema import pack_schema, submission_schema
    from compliance.reports.json import schema as report_schema

    with _user_errors():
        if kind is SchemaKind.pack:
            document = pack_schema()
        elif kind is SchemaKind.report:
            document = report_schema()
        else:
            document = submission_schema(find_pack(pack, _packs(packs)).meta if pack else None)
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


pack_app = SwedishTyper(no_args_is_help=True, help="Skapa och jämför regelpaket.")
app.add_typer(pack_app, name="pack")


@pack_app.command("new")
def pack_new(
    new_id: Annotated[str, typer.Argument(
        metavar="ID", help="Det nya paketets id, t.ex. ...-2025.")],
    from_id: Annotated[str, typer.Option("--from", help="Paketet det nya ärver från.")],
    directory: Annotated[Path, typer.Option(
        "--dir", "--packs", envvar="COMPLIANCE_PACKS", show_envvar=False, metavar="KATALOG",
        help="Katalogen med egna regelpaket, där det nya skrivs (eller miljövariabeln "
             "COMPLIANCE_PACKS).")] = Path("rules"),
) -> None:
    """Skapa nästa års paket som ärver från ett tidigare, med datum flyttade ett år."""
    from compliance.authoring.scaffold import new_pack

    with _user_errors():
        written = new_pack(find_pack(from_id, directory), new_id, directory)
    for path in written:
        sys.stdout.write(f"skrev {path}\n")
    sys.stdout.write("Granska alla värden märkta GRANSKA innan paketet används.\n")


def _pack_argument(reference: str, packs: Path | None) -> RulePack:
    path = Path(reference)
    return load_pack(path) if (path / "pack.yaml").is_file() else find_pack(reference, packs)


@pack_app.command("diff")
def pack_diff(
    old: Annotated[str, typer.Argument(
        metavar="TIDIGARE", help="Tidigare paket (id eller katalog).")],
    new: Annotated[str, typer.Argument(metavar="NYTT",
                                                    help="Nytt paket (id eller katalog).")],
    format: FormatOption = "text",
    packs: PacksOption = None,
) -> None:
    """Visa regler som tillkommit, utgått eller ändrats (fält för fält), och ändrade frågor."""
    from compliance.authoring.diff import diff_packs

    with _user_errors():
        fmt = _format(format, PackDiff)
        packs = _packs(packs)
        _emit(diff_packs(_pack_argument(old, packs), _pack_argument(new, packs)), fmt)


@app.command("test")
def test_packs(
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="KATALOG...",
        help="Paketkataloger eller kataloger av paket (standard: de medföljande).")] = None,
) -> None:
    """Kör exemplen i paketens examples/ och visa förväntat mot faktiskt utfall."""
    from compliance.authoring.lint import pack_directories
    from compliance.authoring.packtests import run_pack_tests, untested_rules

    failed = passed = 0
    with _user_errors():
        for directory in pack_directories(paths or []):
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
    raise typer.Exit(ExitCode.FINDINGS if failed else ExitCode.OK)


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"


# typer's completion classes answer the shell's questions (``_COMPLIANCE_COMPLETE``);
# the script that asks them comes from `compliance completion SHELL`
completion_init()


@app.command()
def completion(
    shell: Annotated[Shell, typer.Argument(help="Skalet: bash, zsh, fish eller powershell.")],
) -> None:
    """Skriv skriptet för tabbkomplettering, t.ex. i ~/.bashrc:
    eval "$(compliance completion bash)"."""
    sys.stdout.write(get_completion_script(prog_name="compliance",
                                           complete_var="_COMPLIANCE_COMPLETE",
                                           shell=shell.value) + "\n")


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"compliance {__version__}\n")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", is_eager=True, callback=_show_version,
        help="Visa verktygets version och avsluta.")] = False,
) -> None:
    """Kontrollerar en regions underlag mot villkoren i överenskommelserna."""


def main() -> None:
    app()
