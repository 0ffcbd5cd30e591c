"""What every command shares: its options in Swedish, user errors as ``fel:`` lines,
the report format chosen from ``--format`` or ``-o``'s suffix, and writing the result to
standard output or files."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from compliance.cliwords import SwedishArgument, SwedishOption
from compliance.errors import InputError
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
from compliance.workspace.workspace import Workspace

FILE_WIDTH = 120  # columns of a text report written with -o
PLAIN = Target()  # what a report is asked for when no option says more
WHAT = {Report: "en inlämning", Overview: "en katalog", Readiness: "status",
        PackDiff: "pack diff", ReportDiff: "diff"}
PATH = click.Path(path_type=Path)


def option(*names: str, **kwargs: Any) -> Callable[[Any], Any]:
    kwargs.setdefault("metavar", "")
    return click.option(*names, cls=SwedishOption, **kwargs)


def argument(name: str, metavar: str, help: str, **kwargs: Any) -> Callable[[Any], Any]:
    return click.argument(name, cls=SwedishArgument, metavar=metavar, help=help, **kwargs)


FORMAT = option("--format", "fmt", metavar="FORMAT",
                 help=f"Rapportens format: {', '.join(FORMATS)} (standard: efter -o-filens "
                      "ändelse, annars text).")
AS_OF = option("--as-of", metavar="ÅÅÅÅ-MM-DD", help="Bedömningsdatum (standard: i dag).")
LOG = option("--log", type=PATH, metavar="FIL",
              help="Enhetslogg (CSV eller .xlsx) för registerrapporteringen.")
OUTPUT = option("--output", "-o", "outputs", type=PATH, metavar="FIL", multiple=True,
                 help="Skriv rapporten till en fil, i formatet filens ändelse anger (.html "
                      ".json .md .csv .xlsx .xml .ics .txt); kan anges flera gånger.")
FORCE = option("--force", is_flag=True, help="Skriv över en befintlig fil.")
WAIVERS = option("--waivers", type=PATH, metavar="FIL",
                  help="YAML-fil med godkända undantag.")
ATTESTATIONS = option("--attestations", type=PATH, metavar="FIL",
                       help="YAML-fil med granskares beslut om krav som en människa bedömer.")
SUPPLEMENTS = option("--supplement", "supplements", type=PATH, metavar="FIL", multiple=True,
                      help="YAML-fil med det dokumentet inte kan innehålla (t.ex. datum då "
                           "redovisningen kom in, bilagor, registermånader); kan anges flera "
                           "gånger.")
PACKS = option("--packs", type=PATH, envvar="COMPLIANCE_PACKS", metavar="KATALOG",
                help="Katalog med egna regelpaket, som söks före de medföljande (eller "
                     "miljövariabeln COMPLIANCE_PACKS).")
DIARIENUMMER = option("--diarienummer", metavar="DNR",
                       help="Diarienummer som står på varje sida i en PDF (--format pdf).")
HANDLAGGARE = option("--handlaggare", metavar="NAMN",
                      help="Handläggare som står på varje sida i en PDF (--format pdf).")
QUIET = option("--quiet", "-q", is_flag=True,
                help="Skriv ingen rapport, ge bara avslutningskoden (fel skrivs ändå).")
REGISTER = option("--register", "register", type=PATH, metavar="FIL", multiple=True,
                   help="Väntetidsregistrets BUP-tabell för en månad (export .xlsx/.csv eller "
                        "sparad webbsida), eller en katalog med sådana; kan anges flera gånger.")
PERIOD = option("--period", metavar="ÅÅÅÅ-MM",
                 help="Månaden en registerfil gäller, när varken rubriken eller filnamnet "
                      "säger den.")
EXPORT_PACK = option("--pack", metavar="ID", help="Paketet en enkätexport (.xlsx, .csv) "
                                                  "gäller, t.ex. god-och-nara-vard-2023.")


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Input errors become lines on stderr (one per problem) and exit code 2, never a
    traceback; a message that echoes the input shows personal data in it masked."""
    try:
        yield
    except InputError as exc:
        for error in exc.all:  # every problem found, one line each
            sys.stderr.write(f"fel: {mask_personal_data(one_line(str(error)))}\n")
        raise click.exceptions.Exit(ExitCode.INPUT_ERROR) from None


def as_of_date(value: str | None) -> dt.date:
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


def output_targets(name: str | None, outputs: tuple[Path, ...], kind: type
             ) -> list[tuple[Format, Path | None]]:
    """Each report to write: standard output in ``--format`` (text by default), or each
    ``-o`` file in the format its suffix names; a suffix that names another format than
    ``--format`` is refused rather than written in the wrong one."""
    if not outputs:
        return [(format_for(name or "text", kind), None)]
    targets: list[tuple[Format, Path | None]] = []
    for output in outputs:
        implied = SUFFIXES.get(output.suffix.casefold())
        if name is not None and implied is not None and implied != name:
            raise InputError(f"-o {output.name}: ändelsen {output.suffix} betyder formatet "
                             f"{implied}, men --format är {name}; ta bort --format eller "
                             "byt filens ändelse")
        targets.append((format_for(name or implied or "text", kind), output))
    if any(fmt.name == "pdf" for fmt, _ in targets):
        pdf_available()
    seen = [output for _, output in targets]
    twice = {str(path) for path in seen if seen.count(path) > 1}
    if twice:
        raise InputError(f"-o {', '.join(sorted(twice))} anges mer än en gång")
    return targets


def pdf_available() -> None:
    import importlib.util

    if importlib.util.find_spec("weasyprint") is None:
        raise InputError("--format pdf kräver WeasyPrint och Debians Pango: pip install "
                         "'compliance[pdf]' (och apt-get install libpango-1.0-0 "
                         "libpangoft2-1.0-0)")


def emit_all(result: Result, targets: list[tuple[Format, Path | None]], force: bool,
              inputs: tuple[Path | None, ...] = (), quiet: bool = False,
              page: Target = PLAIN) -> None:
    """Every report of the run; each file written is named on standard error. ``page``
    holds what the user asked of every format (--alla, a PDF's diarienummer)."""
    for fmt, output in targets:
        emit(result, fmt, output, force, inputs, quiet, page)
        if output is not None and not quiet:
            sys.stderr.write(f"skrev {output} ({fmt.name})\n")


def format_for(name: str, kind: type) -> Format:
    """The format named by ``--format``, if it can render ``kind`` of result."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise InputError(f"--format: okänt format '{name}' (kända: {', '.join(FORMATS)})")
    if kind not in fmt.renders:
        able = ", ".join(f.name for f in FORMATS.values() if kind in f.renders)
        raise InputError(f"--format {name} går inte för {WHAT[kind]} (välj {able})")
    return fmt


def emit(result: Result, fmt: Format, output: Path | None = None, force: bool = False,
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
        write_report(output, fmt.pieces(result, dataclasses.replace(page, width=FILE_WIDTH)),
                     force=force,
                     inputs=[path for path in inputs if path is not None])
        return
    tty = sys.stdout.isatty()
    if tty:
        import shutil  # a terminal's width only; slow to import

        width: int | None = shutil.get_terminal_size().columns
    else:
        width = None
    try:
        for text in fmt.pieces(result, dataclasses.replace(page, width=width, color=tty)):
            assert isinstance(text, str)  # a binary format was refused above
            sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # the reader closed it early: click ends quietly with status 1
    except OSError as exc:
        raise InputError(f"kan inte skriva rapporten till standardutdata ({exc.strerror})") \
            from None


def log_progress() -> Callable[[int], None] | None:
    """Rows read so far, on a terminal only; a unit log of a million rows takes seconds."""
    if not sys.stderr.isatty():
        return None

    def show(rows: int) -> None:
        sys.stderr.write(f"\rLäser enhetslogg: {rows} rader")
    return show


def workspace_for(as_of: str | None = None, packs: Path | None = None, **settings: Any
               ) -> Workspace:
    return Workspace(as_of_date(as_of), Shelf(packs), **settings)
