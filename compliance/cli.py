"""Command line: parse arguments, build the run's ``Workspace``, call it, and hand the
result to a reporter. Built on click's public API (``cliwords`` gives it Swedish words)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from compliance.cliwords import SwedishArgument, SwedishGroup, SwedishOption
from compliance.dates import Month
from compliance.ending import end_process, exit_status
from compliance.errors import InputError, Location
from compliance.output import write_report
from compliance.packs.shelf import Shelf
from compliance.reading.personal import mask_personal_data
from compliance.reports.clean import one_line
from compliance.reports.formats import FORMATS
from compliance.reports.target import Format, Result, Target
from compliance.results.diff import PackDiff
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import ExitCode, Report
from compliance.version import __version__
from compliance.workspace.workspace import Workspace

# What only some commands need (survey exports, waivers, the authoring tools, the schemas)
# is imported inside those commands, so that `compliance check FILE` starts quickly.

FILE_WIDTH = 120  # columns of a text report written with -o
PLAIN = Target()  # what a report is asked for when no option says more
WHAT = {Report: "en inlämning", Overview: "en katalog", Readiness: "status",
        PackDiff: "pack diff", ReportDiff: "diff"}
PATH = click.Path(path_type=Path)


def _option(*names: str, **kwargs: Any) -> Callable[[Any], Any]:
    kwargs.setdefault("metavar", "")
    return click.option(*names, cls=SwedishOption, **kwargs)


def _argument(name: str, metavar: str, help: str, **kwargs: Any) -> Callable[[Any], Any]:
    return click.argument(name, cls=SwedishArgument, metavar=metavar, help=help, **kwargs)


FORMAT = _option("--format", "fmt", metavar="FORMAT",
                 help=f"Rapportens format: {', '.join(FORMATS)} (standard: efter -o-filens "
                      "ändelse, annars text).")
AS_OF = _option("--as-of", metavar="ÅÅÅÅ-MM-DD", help="Bedömningsdatum (standard: i dag).")
LOG = _option("--log", type=PATH, metavar="FIL",
              help="Enhetslogg (CSV eller .xlsx) för registerrapporteringen.")
OUTPUT = _option("--output", "-o", "outputs", type=PATH, metavar="FIL", multiple=True,
                 help="Skriv rapporten till en fil, i formatet filens ändelse anger (.html "
                      ".json .md .csv .xlsx .xml .ics .txt); kan anges flera gånger.")
FORCE = _option("--force", is_flag=True, help="Skriv över en befintlig fil.")
WAIVERS = _option("--waivers", type=PATH, metavar="FIL",
                  help="YAML-fil med godkända undantag.")
ATTESTATIONS = _option("--attestations", type=PATH, metavar="FIL",
                       help="YAML-fil med granskares beslut om krav som en människa bedömer.")
SUPPLEMENTS = _option("--supplement", "supplements", type=PATH, metavar="FIL", multiple=True,
                      help="YAML-fil med det dokumentet inte kan innehålla (t.ex. datum då "
                           "redovisningen kom in, bilagor, registermånader); kan anges flera "
                           "gånger.")
PACKS = _option("--packs", type=PATH, envvar="COMPLIANCE_PACKS", metavar="KATALOG",
                help="Katalog med egna regelpaket, som söks före de medföljande (eller "
                     "miljövariabeln COMPLIANCE_PACKS).")
DIARIENUMMER = _option("--diarienummer", metavar="DNR",
                       help="Diarienummer som står på varje sida i en PDF (--format pdf).")
HANDLAGGARE = _option("--handlaggare", metavar="NAMN",
                      help="Handläggare som står på varje sida i en PDF (--format pdf).")
QUIET = _option("--quiet", "-q", is_flag=True,
                help="Skriv ingen rapport, ge bara avslutningskoden (fel skrivs ändå).")
REGISTER = _option("--register", "register", type=PATH, metavar="FIL", multiple=True,
                   help="Väntetidsregistrets BUP-tabell för en månad (export .xlsx/.csv eller "
                        "sparad webbsida), eller en katalog med sådana; kan anges flera gånger.")
PERIOD = _option("--period", metavar="ÅÅÅÅ-MM",
                 help="Månaden en registerfil gäller, när varken rubriken eller filnamnet "
                      "säger den.")
EXPORT_PACK = _option("--pack", metavar="ID", help="Paketet en enkätexport (.xlsx, .csv) "
                                                  "gäller, t.ex. god-och-nara-vard-2023.")


@contextlib.contextmanager
def _user_errors() -> Iterator[None]:
    """Input errors become lines on stderr (one per problem) and exit code 2, never a
    traceback; a message that echoes the input shows personal data in it masked."""
    try:
        yield
    except InputError as exc:
        for error in exc.all:  # every problem found, one line each
            sys.stderr.write(f"fel: {mask_personal_data(one_line(str(error)))}\n")
        raise click.exceptions.Exit(ExitCode.INPUT_ERROR) from None


def _as_of(value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--as-of: '{value}' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)") \
            from None


# -o FILE's suffix → the format written when --format is absent
SUFFIXES = {".html": "html", ".htm": "html", ".json": "json", ".md": "markdown",
            ".csv": "csv", ".xlsx": "xlsx", ".xml": "junit", ".ics": "ics", ".pdf": "pdf",
            ".txt": "text"}


def _targets(name: str | None, outputs: tuple[Path, ...], kind: type
             ) -> list[tuple[Format, Path | None]]:
    """Each report to write: standard output in ``--format`` (text by default), or each
    ``-o`` file in the format its suffix names; a suffix that names another format than
    ``--format`` is refused rather than written in the wrong one."""
    if not outputs:
        return [(_format(name or "text", kind), None)]
    targets: list[tuple[Format, Path | None]] = []
    for output in outputs:
        implied = SUFFIXES.get(output.suffix.casefold())
        if name is not None and implied is not None and implied != name:
            raise InputError(f"-o {output.name}: ändelsen {output.suffix} betyder formatet "
                             f"{implied}, men --format är {name}; ta bort --format eller "
                             "byt filens ändelse")
        targets.append((_format(name or implied or "text", kind), output))
    if any(fmt.name == "pdf" for fmt, _ in targets):
        _pdf_available()
    seen = [output for _, output in targets]
    twice = {str(path) for path in seen if seen.count(path) > 1}
    if twice:
        raise InputError(f"-o {', '.join(sorted(twice))} anges mer än en gång")
    return targets


def _pdf_available() -> None:
    import importlib.util

    if importlib.util.find_spec("weasyprint") is None:
        raise InputError("--format pdf kräver WeasyPrint och Debians Pango: pip install "
                         "'compliance[pdf]' (och apt-get install libpango-1.0-0 "
                         "libpangoft2-1.0-0)")


def _emit_all(result: Result, targets: list[tuple[Format, Path | None]], force: bool,
              inputs: tuple[Path | None, ...] = (), quiet: bool = False,
              page: Target = PLAIN) -> None:
    """Every report of the run; each file written is named on standard error. ``page``
    holds what the user asked of every format (--alla, a PDF's diarienummer)."""
    for fmt, output in targets:
        _emit(result, fmt, output, force, inputs, quiet, page)
        if output is not None and not quiet:
            sys.stderr.write(f"skrev {output} ({fmt.name})\n")


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
          inputs: tuple[Path | None, ...] = (), quiet: bool = False,
          page: Target = PLAIN) -> None:
    """Render ``result`` to the file ``output`` or to standard output (not at all when
    ``quiet``); the file is never one of the command's ``inputs``. A binary format goes
    to a file only."""
    if quiet and output is None:
        return
    if output is None and fmt.binary:
        raise InputError(f"--format {fmt.name} skriver en binär fil som inte kan visas i "
                         f"terminalen; ange en fil med -o, t.ex. -o rapport.{fmt.name}")
    if output is not None:
        write_report(output, fmt.render(result, dataclasses.replace(page, width=FILE_WIDTH)),
                     force=force,
                     inputs=[path for path in inputs if path is not None])
        return
    tty = sys.stdout.isatty()
    if tty:
        import shutil  # a terminal's width only; slow to import

        width: int | None = shutil.get_terminal_size().columns
    else:
        width = None
    text = fmt.render(result, dataclasses.replace(page, width=width, color=tty))
    assert isinstance(text, str)  # a binary format was refused above
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader closed it early: click ends quietly with status 1
    except OSError as exc:
        raise InputError(f"kan inte skriva rapporten till standardutdata ({exc.strerror})") \
            from None


def _log_progress() -> Callable[[int], None] | None:
    """Rows read so far, on a terminal only; a unit log of a million rows takes seconds."""
    if not sys.stderr.isatty():
        return None

    def show(rows: int) -> None:
        sys.stderr.write(f"\rLäser enhetslogg: {rows} rader")
    return show


def _workspace(as_of: str | None = None, packs: Path | None = None, **settings: Any
               ) -> Workspace:
    return Workspace(_as_of(as_of), Shelf(packs), **settings)


@click.group(cls=SwedishGroup,
             help="Kontrollerar en regions underlag mot villkoren i överenskommelserna.")
@_option("--version", is_flag=True, is_eager=True, expose_value=False,
         callback=lambda ctx, _param, value: _show_version(ctx, value),
         help="Visa verktygets version och avsluta.")
def app() -> None:
    """Kontrollerar en regions underlag mot villkoren i överenskommelserna."""


def _show_version(ctx: click.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        sys.stdout.write(f"compliance {__version__}\n")
        ctx.exit(ExitCode.OK)


@app.command()
@_argument("file", "FIL", "Regionens inlämning (Word-formulär, YAML), en enkätexport eller "
                          "en katalog; utan FIL med --register: registrets nationella bild.",
           type=PATH, required=False)
@FORMAT
@AS_OF
@OUTPUT
@FORCE
@WAIVERS
@LOG
@ATTESTATIONS
@SUPPLEMENTS
@QUIET
@PACKS
@REGISTER
@PERIOD
@EXPORT_PACK
@_option("--region", metavar="NAMN", help="En regions fullständiga rapport ur en enkätexport.")
@_option("--alla", "complete", is_flag=True,
         help="Visa allt underlag för varje regel, inte bara de första raderna.")
@DIARIENUMMER
@HANDLAGGARE
def check(file: Path | None, fmt: str | None, as_of: str | None, outputs: tuple[Path, ...],
          force: bool, waivers: Path | None, log: Path | None, attestations: Path | None,
          supplements: tuple[Path, ...], quiet: bool, packs: Path | None,
          register: tuple[Path, ...], period: str | None, pack: str | None,
          region: str | None, complete: bool, diarienummer: str | None,
          handlaggare: str | None) -> None:
    """Bedöm en inlämning (eller varje inlämning i en katalog, eller varje region i en
    enkätexport, eller med --register registrets BUP-andelar för varje region) och skriv
    en rapport."""
    if file is None and not register:  # FIL may be left out only for the register's view
        ctx = click.get_current_context()
        raise click.MissingParameter(ctx=ctx, param=next(
            param for param in ctx.command.params if param.name == "file"))
    with _user_errors():
        many = region is None and (file is None or file.is_dir() or _per_row(file))
        targets = _targets(fmt, outputs, Overview if many else Report)
        workspace = _workspace(as_of, packs, waivers=waivers, log=log,
                               attestations=attestations, supplements=supplements,
                               register=register, period=_period(period),
                               evidence=any(f.overview_evidence for f, _ in targets))
        result = workspace.check_register(pack, region) if file is None else \
            workspace.check(file, pack=pack, region=region, progress=_log_progress())
        if isinstance(result, Overview) and (any(f.name == "csv" for f, _ in targets)
                                             or quiet):
            for error in result.errors:  # rows for verdicts only: errors go to stderr
                sys.stderr.write(f"fel: {one_line(error)}\n")
        _emit_all(result, targets, force,
                  inputs=(file, waivers, log, attestations, *supplements, *register),
                  quiet=quiet, page=Target(complete=complete, diarienummer=diarienummer,
                                           handlaggare=handlaggare))
    raise click.exceptions.Exit(result.exit_code)


def _period(value: str | None) -> Month | None:
    if value is None:
        return None
    try:
        return Month.parse(value)
    except ValueError:
        raise InputError(f"--period: '{value}' är ingen månad (väntade ÅÅÅÅ-MM)") from None


def _per_row(file: Path) -> bool:
    from compliance.workspace.documents import recognise

    return file.exists() and recognise(file).per_row


@app.command("import")
@_argument("file", "FIL", "Regionens ifyllda Word-formulär (.docx), eller en enkätexport "
                          "(.xlsx, .csv) med en rad per region.", type=PATH)
@_option("--output", "-o", type=PATH, metavar="FIL",
         help="Skriv inlämningen (YAML) till en fil; för en enkätexport: katalogen "
              "inlämningarna skrivs till.")
@EXPORT_PACK
@FORCE
@PACKS
def import_command(file: Path, output: Path | None, pack: str | None, force: bool,
                   packs: Path | None) -> None:
    """Skriv regionens dokument som YAML-inlämning med kommentarer om var varje värde stod
    (en per region ur en enkätexport), och tomma platser för det dokumentet inte innehåller."""
    with _user_errors():
        workspace = _workspace(packs=packs)
        if workspace.kind(file).per_row:
            if output is None:
                raise InputError("ange med -o katalogen som inlämningarna ur enkätexporten "
                                 "skrivs till", Location(str(file)))
            written = _write_all(workspace.import_table(file, pack), file, output, force)
        else:
            if pack is not None:
                raise InputError("--pack anges bara för en enkätexport (.xlsx eller .csv); "
                                 "ett formulär säger själv sitt paket")
            text = workspace.import_document(file)
            if output is None:
                sys.stdout.write(text)
            else:
                write_report(output, text, force=force, inputs=[file])
            return
    for path in written:
        sys.stdout.write(f"skrev {path}\n")


def _write_all(files: list[tuple[str, str]], file: Path, directory: Path,
               force: bool) -> list[Path]:
    """Every region's submission, checked in full before the first file is written."""
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
@_argument("file", "FIL", "Regionens inlämning (Word-formulär eller YAML).", type=PATH)
@FORMAT
@AS_OF
@OUTPUT
@FORCE
@LOG
@WAIVERS
@ATTESTATIONS
@SUPPLEMENTS
@QUIET
@PACKS
@DIARIENUMMER
@HANDLAGGARE
def status(file: Path, fmt: str | None, as_of: str | None, outputs: tuple[Path, ...],
           force: bool, log: Path | None, waivers: Path | None, attestations: Path | None,
           supplements: tuple[Path, ...], quiet: bool, packs: Path | None,
           diarienummer: str | None, handlaggare: str | None) -> None:
    """Visa tidslinjen för alla datum i överenskommelsen och vad som fortfarande saknas
    (--format ics: datumen som kalender)."""
    with _user_errors():
        targets = _targets(fmt, outputs, Readiness)
        workspace = _workspace(as_of, packs, log=log, waivers=waivers,
                               attestations=attestations, supplements=supplements)
        result = workspace.status(file, progress=_log_progress())
        _emit_all(result, targets, force,
                  inputs=(file, waivers, log, attestations, *supplements), quiet=quiet,
                  page=Target(diarienummer=diarienummer, handlaggare=handlaggare))
    raise click.exceptions.Exit(result.report.exit_code)


@app.command("diff")
@_argument("old", "TIDIGARE", "Den tidigare körningen: en JSON-rapport eller -översikt från "
                              "check --format json, en inlämning eller en katalog.", type=PATH)
@_argument("new", "NY", "Den nya körningen, på samma sätt.", type=PATH)
@FORMAT
@AS_OF
@OUTPUT
@FORCE
@WAIVERS
@ATTESTATIONS
@PACKS
def diff_command(old: Path, new: Path, fmt: str | None, as_of: str | None,
                 outputs: tuple[Path, ...], force: bool, waivers: Path | None,
                 attestations: Path | None, packs: Path | None) -> None:
    """Visa vad som ändrats mellan två körningar: nya brister, åtgärdade, ändrade utfall och
    ändrade månadsvärden. Avslutningskod 1 bara när ett villkor eller krav är nytt ej
    uppfyllt eller ej bedömbart."""
    from compliance.judging.reportdiff import diff_runs

    with _user_errors():
        targets = _targets(fmt, outputs, ReportDiff)
        workspace = _workspace(as_of, packs, waivers=waivers, attestations=attestations)
        result = diff_runs(old, new, workspace)
        _emit_all(result, targets, force, inputs=(old, new, waivers, attestations))
    raise click.exceptions.Exit(result.exit_code)


@app.command()
@_argument("rule_id", "REGEL", "Regelns id, t.ex. OT24-3.4-fraga-4.")
@_argument("file", "FIL", "En inlämning att förklara bedömningen för.", type=PATH,
           required=False)
@_option("--pack", metavar="ID", help="Paket-id (utan inlämning).")
@AS_OF
@LOG
@WAIVERS
@ATTESTATIONS
@SUPPLEMENTS
@PACKS
def explain(rule_id: str, file: Path | None, pack: str | None, as_of: str | None,
            log: Path | None, waivers: Path | None, attestations: Path | None,
            supplements: tuple[Path, ...], packs: Path | None) -> None:
    """Förklara en regel i ord: källa, plats i YAML och, med en inlämning, varför den
    bedömdes som den gjorde."""
    from compliance.reports.explanation import verdict_lines

    with _user_errors():
        workspace = _workspace(as_of, packs, log=log, waivers=waivers,
                               attestations=attestations, supplements=supplements)
        lines, verdict = workspace.explain(rule_id, file, pack)
    sys.stdout.write("\n".join(lines + (verdict_lines(verdict) if verdict else [])) + "\n")


@app.command()
@_argument("paths", "KATALOG...", "Paketkataloger eller kataloger av paket (standard: de "
                                  "medföljande).", type=PATH, nargs=-1)
@_option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text",
         metavar="FORMAT", help="text, github (anmärkningar i en GitHub Actions-körning) "
                                "eller json.")
@_option("--strict", is_flag=True, help="Avsluta med kod 1 även för värden märkta GRANSKA.")
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

    with _user_errors():
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


@app.command()
@_argument("kind", "SCHEMA", "pack, submission eller report",
           type=click.Choice(["pack", "submission", "report"]))
@_option("--pack", metavar="ID", help="Paket-id för en inlämnings frågor och serier.")
@PACKS
def schema(kind: str, pack: str | None, packs: Path | None) -> None:
    """Skriv ett JSON Schema för regelpaket eller inlämningar (för YAML-editorer) eller för
    rapporterna som check och status skriver med --format json."""
    from compliance.authoring.schema import pack_schema, submission_schema
    from compliance.reports.json import schema as report_schema

    with _user_errors():
        if kind == "pack":
            document = pack_schema()
        elif kind == "report":
            document = report_schema()
        else:
            document = submission_schema(Shelf(packs).find(pack).meta if pack else None)
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


@app.group("pack", cls=SwedishGroup)
def pack_group() -> None:
    """Skapa och jämför regelpaket."""


@pack_group.command("new")
@_argument("new_id", "ID", "Det nya paketets id, t.ex. ...-2025.")
@_option("--from", "from_id", required=True, metavar="ID", help="Paketet det nya ärver från.")
@_option("--dir", "--packs", "directory", type=PATH, default=Path("rules"),
         envvar="COMPLIANCE_PACKS", metavar="KATALOG",
         help="Katalogen med egna regelpaket, där det nya skrivs (eller miljövariabeln "
              "COMPLIANCE_PACKS; standard: rules).")
def pack_new(new_id: str, from_id: str, directory: Path) -> None:
    """Skapa nästa års paket som ärver från ett tidigare, med datum flyttade ett år."""
    from compliance.authoring.scaffold import new_pack
    from compliance.packs.loader import find_pack

    with _user_errors():  # --dir is where the new pack goes; new_pack checks it exists
        written = new_pack(find_pack(from_id, directory), new_id, directory)
    for path in written:
        sys.stdout.write(f"skrev {path}\n")
    sys.stdout.write("Granska alla värden märkta GRANSKA innan paketet används.\n")


@pack_group.command("diff")
@_argument("old", "TIDIGARE", "Tidigare paket (id eller katalog).")
@_argument("new", "NYTT", "Nytt paket (id eller katalog).")
@FORMAT
@PACKS
def pack_diff(old: str, new: str, fmt: str | None, packs: Path | None) -> None:
    """Visa regler som tillkommit, utgått eller ändrats (fält för fält), och ändrade frågor."""
    from compliance.authoring.diff import diff_packs
    from compliance.packs.loader import load_pack

    with _user_errors():
        chosen = _format(fmt or "text", PackDiff)
        shelf = Shelf(packs)

        def pack_argument(reference: str) -> Any:
            path = Path(reference)
            return load_pack(path) if (path / "pack.yaml").is_file() else shelf.find(reference)

        _emit(diff_packs(pack_argument(old), pack_argument(new)), chosen)


@app.command("test")
@_argument("paths", "KATALOG...", "Paketkataloger eller kataloger av paket (standard: de "
                                  "medföljande).", type=PATH, nargs=-1)
def test_packs(paths: tuple[Path, ...]) -> None:
    """Kör exemplen i paketens examples/ och visa förväntat mot faktiskt utfall."""
    from compliance.authoring.lint import pack_directories
    from compliance.authoring.packtests import run_pack_tests, untested_rules

    failed = passed = 0
    with _user_errors():
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


@app.command()
@_argument("shell", "SKAL", "Skalet: bash, zsh eller fish.",
           type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Skriv skriptet för tabbkomplettering, t.ex. i ~/.bashrc:
    eval "$(compliance completion bash)"."""
    from click.shell_completion import get_completion_class

    complete = get_completion_class(shell)
    assert complete is not None  # click ships bash, zsh and fish
    sys.stdout.write(complete(app, {}, "compliance", "_COMPLIANCE_COMPLETE").source() + "\n")


@app.command()
@_option("--host", default="127.0.0.1", metavar="ADRESS",
         help="Adressen tjänsten lyssnar på (standard: 127.0.0.1, bara den här datorn).")
@_option("--port", default=8000, type=int, metavar="PORT", help="Porten (standard: 8000).")
@_option("--workers", type=click.IntRange(1, 64), metavar="ANTAL",
         help="Granskningar som körs samtidigt (standard: antal kärnor, högst 4).")
@_option("--max-mib", type=click.IntRange(1, 1024), default=15, metavar="MIB",
         help="Största sammanlagda storlek på filerna i en granskning (standard: 15).")
@_option("--timeout", type=click.FloatRange(0.01, 3600), default=60.0, metavar="SEKUNDER",
         help="Längsta tid för en granskning (standard: 60).")
@_option("--recycle", type=click.IntRange(1, 10_000), default=50, metavar="ANTAL",
         help="Granskningar en arbetsprocess gör innan en ny tar över, så att minnet hålls "
              "begränsat (standard: 50).")
@PACKS
def serve(host: str, port: int, workers: int | None, max_mib: int, timeout: float,
          recycle: int, packs: Path | None) -> None:
    """Starta webbsidan: ladda upp ett dokument och se rapporten i webbläsaren. Inget
    sparas."""
    with _user_errors():
        Shelf(packs)  # a missing --packs folder is a fel: line, not a failed worker
        from compliance.web.serve import serve as run_server

        run_server(host, port, packs, workers=workers, max_mib=max_mib, seconds=timeout,
                   recycle=recycle)



def main() -> NoReturn:
    """The ``compliance`` command: run it, then end the process as soon as its output is
    flushed (``ending``: the interpreter's teardown would cost as much as the check)."""
    try:
        app(prog_name="compliance")
        status = 0
    except SystemExit as exc:
        status = exit_status(exc.code)
    end_process(status)
