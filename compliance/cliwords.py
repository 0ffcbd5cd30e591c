"""The command-line library's own words in Swedish: the usage line, the help option and
the usage errors (unknown command or flag, missing argument, missing value).

typer vendors click, whose sentences are English literals in its code, so they cannot be
translated by configuration. Instead the commands are built from the classes below: they
write their own usage line and help option, and the group turns click's usage errors
into one Swedish ``fel:`` line (exit 2) from the exception's fields, never from parsing
click's prose, except for the two sentences click only gives as text. An unexpected
exception becomes an ``internt fel`` line with exit 3 instead of a traceback
(``COMPLIANCE_DEBUG=1`` shows the traceback). typer's own panel words ("Flaggor",
"[krävs]") are set by ``install_panel_words``.
"""

from __future__ import annotations

import contextlib
import errno
import importlib.abc
import importlib.machinery
import io
import os
import re
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

import typer

# the exception classes of typer's vendored click (not a public typer module)
from typer._click import exceptions as click_errors  # noqa: PLC2701
from typer._click.core import Command as ClickCommand
from typer._click.formatting import HelpFormatter
from typer.core import TyperCommand, TyperGroup
from typer.models import CommandFunctionType

from compliance.reading.files import forget_reads
from compliance.results.verdict import ExitCode

USAGE = "Användning: "
HELP_OPTION = "Visa den här hjälpen och avsluta."
OPTIONS = "[FLAGGOR]"
SUBCOMMAND = "KOMMANDO [ARGUMENT]..."

_NO_SUCH_COMMAND = re.compile(
    r"No such command '(?P<name>.*)'\.(?: Did you mean (?P<like>.+)\?)?$", re.DOTALL)
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<extra>.*)\)$", re.DOTALL)
_NEEDS_VALUE = re.compile(r"requires (?:an argument|(?P<count>\d+) arguments)")
_NO_VALUE = re.compile(r"does not take a value")


def _swedish_metavars(params: Sequence[Any]) -> None:
    """typer shows a parameter's type in English (``<path>``, ``<bool>``, ``{file}``)
    unless it has a metavar: flags get none, paths SÖKVÄG, arguments their name."""
    for param in params:
        if param.metavar is not None:
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.param_type_name == "argument":
            param.metavar = param.name.upper()
    for param in params:
        if param.param_type_name == "argument":
            param.display_type_rich = _no_type  # the help text says what it is
        elif param.type_descriptor.is_path:
            param.metavar = "SÖKVÄG"


def _no_type(ctx: Any) -> None:
    return None


class _Swedish(ClickCommand):
    """A command's usage line, option metavars and help option in Swedish; mixed in
    before typer's command and group classes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.options_metavar == "[OPTIONS]":
            self.options_metavar = OPTIONS
        _swedish_metavars(self.params)

    def format_usage(self, ctx: Any, formatter: HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=USAGE)

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION
            option.metavar = ""
        return option


class SwedishCommand(_Swedish, TyperCommand):
    """A command whose usage line and help option are Swedish."""


class SwedishGroup(_Swedish, TyperGroup):
    """A group of commands: Swedish usage and help option, and the one place where
    usage errors and unexpected exceptions become a Swedish line on stderr."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.subcommand_metavar = SUBCOMMAND

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        guarded = _guard_stdout()
        forget_reads()  # -o refuses every file this command reads, and only those
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False,
                                windows_expand_args=windows_expand_args, **extra)
            guarded.flush()  # a full disk or a closed pipe shows here, not at exit
        except OutputFailed as exc:
            _silence(guarded)
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(f"fel: utdata kunde inte skrivas ({exc}); rapporten är inte "
                                 "komplett\n")
            code = ExitCode.INPUT_ERROR
        except click_errors.NoArgsIsHelpError:
            code = ExitCode.INPUT_ERROR  # the help was printed instead of a command
        except click_errors.UsageError as exc:
            _usage_error(exc)
            code = ExitCode.INPUT_ERROR
        except typer.Abort:
            sys.stderr.write("Avbrutet.\n")
            code = ExitCode.FINDINGS
        except Exception as exc:
            if os.environ.get("COMPLIANCE_DEBUG"):
                raise
            sys.stderr.write(f"fel: internt fel i compliance ({type(exc).__name__}: "
                             f"{str(exc)[:200]}); ingen rapport skrevs. Kör igen med "
                             "COMPLIANCE_DEBUG=1 för detaljer och rapportera felet.\n")
            code = ExitCode.INTERNAL_ERROR
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


class OutputFailed(Exception):
    """Standard output could not be written: a closed pipe, a full disk, no stdout."""


_WHY = {errno.EPIPE: "mottagaren har stängt röret", errno.ENOSPC: "disken är full",
        errno.EDQUOT: "diskkvoten är slut", errno.EFBIG: "filen blir för stor",
        errno.EBADF: "standardutdata är stängd", errno.EIO: "in- och utmatningsfel"}


class _Stdout(io.TextIOBase):
    """Standard output that never fails in a way the user cannot act on: characters its
    encoding cannot hold are replaced with '?' (a cp1252 file on Windows), and a write
    that fails (closed pipe, full disk, closed descriptor) is an ``OutputFailed``."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self.stream = stream
        with contextlib.suppress(AttributeError, io.UnsupportedOperation, ValueError):
            stream.reconfigure(errors="replace")

    def _fail(self, exc: BaseException) -> OutputFailed:
        why = _WHY.get(getattr(exc, "errno", None) or 0, getattr(exc, "strerror", None)
                       or type(exc).__name__)
        return OutputFailed(why)

    def write(self, text: str) -> int:
        if self.stream is None:
            raise OutputFailed(_WHY[errno.EBADF])
        try:
            return int(self.stream.write(text))
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def isatty(self) -> bool:
        return self.stream is not None and bool(self.stream.isatty())

    def fileno(self) -> int:
        if self.stream is None:
            raise io.UnsupportedOperation("standardutdata är stängd")
        return int(self.stream.fileno())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.stream, "encoding", None) or "utf-8")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _guard_stdout() -> _Stdout:
    if not isinstance(sys.stdout, _Stdout):
        sys.stdout = _Stdout(sys.stdout)
    return sys.stdout


def _silence(guarded: _Stdout) -> None:
    """What is still buffered for a broken stdout goes nowhere, so that Python does not
    report the same failure again when it flushes at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, guarded.stream.fileno())
        os.close(null)
    guarded.stream = None if guarded.stream is None else io.StringIO()


def _usage_error(exc: click_errors.UsageError) -> None:
    ctx = exc.ctx
    if ctx is not None:
        sys.stderr.write(ctx.get_usage() + "\n")
    hint = f" (se '{ctx.command_path} --help')" if ctx is not None else ""
    sys.stderr.write(f"fel: {in_swedish(exc)}{hint}\n")


def in_swedish(exc: click_errors.UsageError) -> str:
    """One Swedish sentence for a usage error, built from its fields."""
    if isinstance(exc, click_errors.NoSuchOption):
        like = sorted(exc.possibilities or ())
        return f"okänd flagga {exc.option_name}" + (f" (menade du {_either(like)}?)"
                                                   if like else "")
    if isinstance(exc, click_errors.MissingParameter):
        return f"{_what(exc.param)} saknas"
    if isinstance(exc, click_errors.BadOptionUsage):
        needs = _NEEDS_VALUE.search(exc.message)
        if needs:
            count = needs.group("count")
            return f"flaggan {exc.option_name} behöver " + (f"{count} värden" if count
                                                            else "ett värde")
        if _NO_VALUE.search(exc.message):
            return f"flaggan {exc.option_name} tar inget värde"
        return f"flaggan {exc.option_name} används fel"
    if isinstance(exc, click_errors.BadParameter):
        choices = _choices(exc.param)
        if choices:
            return f"ogiltigt värde för {_what(exc.param)} (välj {_either(choices)})"
        return f"ogiltigt värde för {_what(exc.param)} ({exc.message})"
    if isinstance(exc, click_errors.BadArgumentUsage):
        return "fel antal värden för ett argument"
    if match := _NO_SUCH_COMMAND.match(exc.message):
        like = [name.strip(" '") for name in (match.group("like") or "").split(",") if name]
        return f"okänt kommando '{match.group('name')}'" + (
            f" (menade du {_either(like)}?)" if like else "")
    if match := _EXTRA.match(exc.message):
        return f"för många argument: {match.group('extra')}"
    if exc.message.startswith("Missing command"):
        return "kommando saknas"
    return f"felaktig användning ({exc.message})"


def _what(param: Any) -> str:
    if param is None:
        return "ett värde"
    if param.param_type_name == "argument":
        return f"argumentet {param.metavar or param.name}"
    return f"flaggan {max(param.opts, key=len)}"


def _choices(param: Any) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or not descriptor.is_choice:
        return []
    return [str(getattr(choice, "value", choice)) for choice in descriptor.choices or ()]


def _either(names: Sequence[str]) -> str:
    return " eller ".join(", ".join(names).rsplit(", ", 1)) if names else ""


class SwedishTyper(typer.Typer):
    """typer.Typer whose commands and groups default to the Swedish classes above."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", SwedishGroup)
        super().__init__(**kwargs)

    def command(self, name: str | None = None, **kwargs: Any
                ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        kwargs.setdefault("cls", SwedishCommand)
        return super().command(name, **kwargs)


# typer's panel words -------------------------------------------------------------------

_MODULE = "typer.rich_utils"
SWEDISH = {
    "ARGUMENTS_PANEL_TITLE": "Argument",
    "OPTIONS_PANEL_TITLE": "Flaggor",
    "COMMANDS_PANEL_TITLE": "Kommandon",
    "ERRORS_PANEL_TITLE": "Fel",
    "DEFAULT_STRING": "[standard: {}]",
    "REQUIRED_LONG_STRING": "[krävs]",
    "ABORTED_TEXT": "Avbrutet.",
    "RICH_HELP": "Se [blue]'{command_path} {help_option}'[/] för hjälp.",
}


def _translate(module: ModuleType) -> None:
    for name, text in SWEDISH.items():
        setattr(module, name, text)


class _Loader(importlib.abc.Loader):
    def __init__(self, loader: importlib.abc.Loader) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        _translate(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != _MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader)
        return spec


def install_panel_words() -> None:
    """Swedish words in typer's help and error panels from now on, whenever they are first
    shown: they are module constants of ``typer.rich_utils``, which imports rich, so they are
    set as that module is imported (a finder on ``sys.meta_path`` wraps its loading) and a
    command that prints JSON never imports rich."""
    if _MODULE in sys.modules:
        _translate(sys.modules[_MODULE])
    elif not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
