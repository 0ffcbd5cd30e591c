"""The command line's own words in Swedish, on click's public API: the usage line, the
section titles of the help screens, the help option, option annotations, and the usage
errors (unknown command or flag, missing argument, missing value).

click's sentences are English literals, so they are not translated by configuration:
the classes below write their own usage line, help sections and annotations, and the
group turns click's usage errors into one Swedish ``fel:`` line (exit 2) from the
exception's fields, never from parsing click's prose, except for the sentences click
only gives as text. An unexpected exception becomes an ``internt fel`` line with exit 3
instead of a traceback (``COMPLIANCE_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

import click

from compliance.reading.files import forget_reads
from compliance.results.verdict import ExitCode
from compliance.stdout import OutputFailed, guard_stdout, silence

USAGE = "Användning: "
HELP_OPTION = "Visa den här hjälpen och avsluta."
OPTIONS = "[FLAGGOR]"
SUBCOMMAND = "KOMMANDO [ARGUMENT]..."
_ANNOTATIONS = (("[required]", "[krävs]"), ("[default: ", "[standard: "),
                ("[env var: ", "[miljövariabel: "))

_NO_SUCH_COMMAND = re.compile(
    r"No such command '(?P<name>.*)'\.(?: Did you mean (?P<like>.+)\?)?$", re.DOTALL)
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<extra>.*)\)$", re.DOTALL)
_NEEDS_VALUE = re.compile(r"requires (?:an argument|(?P<count>\d+) arguments)")
_NO_VALUE = re.compile(r"does not take a value")


class SwedishOption(click.Option):
    """An option whose help annotations ("[krävs]") are Swedish."""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)
        if record is None:
            return None
        names, text = record
        for english, swedish in _ANNOTATIONS:
            text = text.replace(english, swedish)
        return names, text


class _Swedish(click.Command):
    """A command's usage line, help sections and help option in Swedish."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options_metavar = OPTIONS

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=USAGE)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments = [(param.human_readable_name, getattr(param, "help", "") or "")
                     for param in self.get_params(ctx)
                     if isinstance(param, click.Argument)]
        options = [record for param in self.get_params(ctx)
                   if isinstance(param, click.Option)
                   and (record := param.get_help_record(ctx)) is not None]
        if arguments:
            with formatter.section("Argument"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section("Flaggor"):
                formatter.write_dl(options)


class SwedishArgument(click.Argument):
    """A positional argument with a help text, shown in the help's "Argument" section."""

    def __init__(self, *args: Any, help: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help = help


class SwedishCommand(_Swedish):
    """A command whose usage line, help and help option are Swedish."""


class SwedishGroup(_Swedish, click.Group):
    """A group of commands: Swedish usage and help, and the one place where usage errors
    and unexpected exceptions become a Swedish line on stderr."""

    command_class = SwedishCommand
    group_class = type  # sub-groups are of this same class

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.subcommand_metavar = SUBCOMMAND

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """No command given: the help, and exit code 2 (no command was run)."""
        if not args and not ctx.resilient_parsing:
            sys.stdout.write(ctx.get_help() + "\n")
            ctx.exit(ExitCode.INPUT_ERROR)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0] if args else ""
        if not ctx.resilient_parsing and self.get_command(ctx, name) is None \
                and not name.startswith("-"):
            import difflib  # only for a mistyped command: slow to import

            like = difflib.get_close_matches(name, self.list_commands(ctx), n=3)
            raise SwedishUsageError(f"okänt kommando '{name}'" + (
                f" (menade du {_either(like)}?)" if like else ""), ctx)
        return super().resolve_command(ctx, args)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _Swedish.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(formatter.width - 6 - len(name)))
                for name in self.list_commands(ctx)
                if (command := self.get_command(ctx, name)) is not None and not command.hidden]
        if rows:
            with formatter.section("Kommandon"):
                formatter.write_dl(rows)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        guarded = guard_stdout()
        forget_reads()  # -o refuses every file this command reads, and only those
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
            guarded.flush()  # a full disk or a closed pipe shows here, not at exit
        except OutputFailed as exc:
            silence(guarded)
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(f"fel: utdata kunde inte skrivas ({exc}); rapporten är inte "
                                 "komplett\n")
            code = ExitCode.INPUT_ERROR
        except click.UsageError as exc:
            _usage_error(exc)
            code = ExitCode.INPUT_ERROR
        except click.Abort:
            sys.stderr.write("Avbrutet.\n")
            code = ExitCode.FINDINGS
        except Exception as exc:
            if os.environ.get("COMPLIANCE_DEBUG"):
                raise
            sys.stderr.write(f"fel: internt fel i compliance ({type(exc).__name__}: "
                             f"{str(exc)[:200]}); ingen rapport skrevs. Kör igen med "
                             "COMPLIANCE_DEBUG=1 för detaljer och rapportera felet.\n")
            code = ExitCode.INTERNAL_ERROR
        return self._exit(code, standalone_mode)

    @staticmethod
    def _exit(code: Any, standalone_mode: bool) -> Any:
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _usage_error(exc: click.UsageError) -> None:
    ctx = exc.ctx
    if ctx is not None:
        sys.stderr.write(ctx.get_usage() + "\n")
    hint = f" (se '{ctx.command_path} --help')" if ctx is not None else ""
    sys.stderr.write(f"fel: {in_swedish(exc)}{hint}\n")


class SwedishUsageError(click.UsageError):
    """A usage error whose message is already Swedish."""


def in_swedish(exc: click.UsageError) -> str:
    """One Swedish sentence for a usage error, built from its fields."""
    if isinstance(exc, SwedishUsageError):
        return exc.message
    if isinstance(exc, click.NoSuchOption):
        like = sorted(exc.possibilities or ())
        return f"okänd flagga {exc.option_name}" + (f" (menade du {_either(like)}?)"
                                                   if like else "")
    if isinstance(exc, click.MissingParameter):
        return f"{_what(exc.param)} saknas"
    if isinstance(exc, click.BadOptionUsage):
        needs = _NEEDS_VALUE.search(exc.message)
        if needs:
            count = needs.group("count")
            return f"flaggan {exc.option_name} behöver " + (f"{count} värden" if count
                                                            else "ett värde")
        if _NO_VALUE.search(exc.message):
            return f"flaggan {exc.option_name} tar inget värde"
        return f"flaggan {exc.option_name} används fel"
    if isinstance(exc, click.BadParameter):
        choices = _choices(exc.param)
        if choices:
            return f"ogiltigt värde för {_what(exc.param)} (välj {_either(choices)})"
        return f"ogiltigt värde för {_what(exc.param)} ({exc.message})"
    if isinstance(exc, click.BadArgumentUsage):
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


def _what(param: click.Parameter | None) -> str:
    if param is None:
        return "ett värde"
    if isinstance(param, click.Argument):
        return f"argumentet {param.human_readable_name}"
    return f"flaggan {max(param.opts, key=len)}"


def _choices(param: click.Parameter | None) -> list[str]:
    if param is None or not isinstance(param.type, click.Choice):
        return []
    return [str(choice) for choice in param.type.choices]


def _either(names: Sequence[str]) -> str:
    return " eller ".join(", ".join(names).rsplit(", ", 1)) if names else ""
