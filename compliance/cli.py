"""Command line: parse arguments, build the run's ``Workspace``, call it, and hand the
result to a reporter. Built on click's public API (``cliwords`` gives it Swedish words)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from compliance.cliauthoring import lint, pack_group, schema, test_packs

# What only some commands need (survey exports, waivers, the authoring tools, the schemas)
# is imported inside those commands, so that `compliance check FILE` starts quickly.
from compliance.clioptions import (  # noqa: E402
    AS_OF,
    ATTESTATIONS,
    DIARIENUMMER,
    EXPORT_PACK,
    FORCE,
    FORMAT,
    HANDLAGGARE,
    LOG,
    OUTPUT,
    PACKS,
    PATH,
    PERIOD,
    QUIET,
    REGISTER,
    SUPPLEMENTS,
    WAIVERS,
    argument,
    emit_all,
    log_progress,
    option,
    output_targets,
    user_errors,
    workspace_for,
)
from compliance.cliwords import SwedishGroup
from compliance.dates import Month
from compliance.ending import end_process, exit_status
from compliance.errors import InputError, Location
from compliance.output import write_report
from compliance.packs.shelf import Shelf
from compliance.reports.clean import one_line
from compliance.reports.target import Target
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import ExitCode, Report
from compliance.version import __version__


@click.group(cls=SwedishGroup,
             help="Kontrollerar en regions underlag mot villkoren i överenskommelserna.")
@option("--version", is_flag=True, is_eager=True, expose_value=False,
         callback=lambda ctx, _param, value: _show_version(ctx, value),
         help="Visa verktygets version och avsluta.")
def app() -> None:
    """Kontrollerar en regions underlag mot villkoren i överenskommelserna."""


def _show_version(ctx: click.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        sys.stdout.write(f"compliance {__version__}\n")
        ctx.exit(ExitCode.OK)


@app.command()
@argument("file", "FIL", "Regionens inlämning (Word-formulär, YAML), en enkätexport eller "
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
@option("--region", metavar="NAMN", help="En regions fullständiga rapport ur en enkätexport.")
@option("--alla", "complete", is_flag=True,
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
    with user_errors():
        many = region is None and (file is None or file.is_dir() or _per_row(file))
        targets = output_targets(fmt, outputs, Overview if many else Report)
        workspace = workspace_for(as_of, packs, waivers=waivers, log=log,
                               attestations=attestations, supplements=supplements,
                               register=register, period=_period(period),
                               evidence=any(f.overview_evidence for f, _ in targets))
        result = workspace.check_register(pack, region) if file is None else \
            workspace.check(file, pack=pack, region=region, progress=log_progress())
        if isinstance(result, Overview) and (any(f.name == "csv" for f, _ in targets)
                                             or quiet):
            for error in result.errors:  # rows for verdicts only: errors go to stderr
                sys.stderr.write(f"fel: {one_line(error)}\n")
        emit_all(result, targets, force,
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
@argument("file", "FIL", "Regionens ifyllda Word-formulär (.docx), eller en enkätexport "
                          "(.xlsx, .csv) med en rad per region.", type=PATH)
@option("--output", "-o", type=PATH, metavar="FIL",
         help="Skriv inlämningen (YAML) till en fil; för en enkätexport: katalogen "
              "inlämningarna skrivs till.")
@EXPORT_PACK
@FORCE
@PACKS
def import_command(file: Path, output: Path | None, pack: str | None, force: bool,
                   packs: Path | None) -> None:
    """Skriv regionens dokument som YAML-inlämning med kommentarer om var varje värde stod
    (en per region ur en enkätexport), och tomma platser för det dokumentet inte innehåller."""
    with user_errors():
        workspace = workspace_for(packs=packs)
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
@argument("file", "FIL", "Regionens inlämning (Word-formulär eller YAML).", type=PATH)
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
    with user_errors():
        targets = output_targets(fmt, outputs, Readiness)
        workspace = workspace_for(as_of, packs, log=log, waivers=waivers,
                               attestations=attestations, supplements=supplements)
        result = workspace.status(file, progress=log_progress())
        emit_all(result, targets, force,
                  inputs=(file, waivers, log, attestations, *supplements), quiet=quiet,
                  page=Target(diarienummer=diarienummer, handlaggare=handlaggare))
    raise click.exceptions.Exit(result.report.exit_code)


@app.command("diff")
@argument("old", "TIDIGARE", "Den tidigare körningen: en JSON-rapport eller -översikt från "
                              "check --format json, en inlämning eller en katalog.", type=PATH)
@argument("new", "NY", "Den nya körningen, på samma sätt.", type=PATH)
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

    with user_errors():
        targets = output_targets(fmt, outputs, ReportDiff)
        workspace = workspace_for(as_of, packs, waivers=waivers, attestations=attestations)
        result = diff_runs(old, new, workspace)
        emit_all(result, targets, force, inputs=(old, new, waivers, attestations))
    raise click.exceptions.Exit(result.exit_code)


@app.command()
@argument("rule_id", "REGEL", "Regelns id, t.ex. OT24-3.4-fraga-4.")
@argument("file", "FIL", "En inlämning att förklara bedömningen för.", type=PATH,
           required=False)
@option("--pack", metavar="ID", help="Paket-id (utan inlämning).")
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

    with user_errors():
        workspace = workspace_for(as_of, packs, log=log, waivers=waivers,
                               attestations=attestations, supplements=supplements)
        lines, verdict = workspace.explain(rule_id, file, pack)
    sys.stdout.write("\n".join(lines + (verdict_lines(verdict) if verdict else [])) + "\n")


for _command in (lint, schema, pack_group, test_packs):  # the rule teams' (cliauthoring)
    app.add_command(_command)


@app.command()
@argument("shell", "SKAL", "Skalet: bash, zsh eller fish.",
           type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell: str) -> None:
    """Skriv skriptet för tabbkomplettering, t.ex. i ~/.bashrc:
    eval "$(compliance completion bash)"."""
    from click.shell_completion import get_completion_class

    complete = get_completion_class(shell)
    assert complete is not None  # click ships bash, zsh and fish
    sys.stdout.write(complete(app, {}, "compliance", "_COMPLIANCE_COMPLETE").source() + "\n")


@app.command()
@option("--host", default="127.0.0.1", metavar="ADRESS",
         help="Adressen tjänsten lyssnar på (standard: 127.0.0.1, bara den här datorn).")
@option("--port", default=8000, type=int, metavar="PORT", help="Porten (standard: 8000).")
@option("--workers", type=click.IntRange(1, 64), metavar="ANTAL",
         help="Granskningar som körs samtidigt (standard: antal kärnor, högst 4).")
@option("--max-mib", type=click.IntRange(1, 1024), default=15, metavar="MIB",
         help="Största sammanlagda storlek på filerna i en granskning (standard: 15).")
@option("--timeout", type=click.FloatRange(0.01, 3600), default=60.0, metavar="SEKUNDER",
         help="Längsta tid för en granskning (standard: 60).")
@option("--recycle", type=click.IntRange(1, 10_000), default=50, metavar="ANTAL",
         help="Granskningar en arbetsprocess gör innan en ny tar över, så att minnet hålls "
              "begränsat (standard: 50).")
@PACKS
def serve(host: str, port: int, workers: int | None, max_mib: int, timeout: float,
          recycle: int, packs: Path | None) -> None:
    """Starta webbsidan: ladda upp ett dokument och se rapporten i webbläsaren. Inget
    sparas."""
    with user_errors():
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
