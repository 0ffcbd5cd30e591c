"""The table of report formats: a new format is one module (with ``render``) and one line.

A format's module is imported when a report is rendered in it, not before: rich (text),
Jinja2 (html) and openpyxl (xlsx) are slow to import, and a JSON report needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from typing import Any

from compliance.reports.target import Format, Target
from compliance.results.diff import PackDiff
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Report


def _module(name: str) -> Callable[[Any, Target], str | bytes]:
    """``compliance.reports.<name>.render``, imported on the first call."""
    def render(result: Any, target: Target) -> str | bytes:
        renderer: Callable[[Any, Target], str | bytes] = \
            import_module(f"compliance.reports.{name}").render
        return renderer(result, target)
    return render


def _pieces(name: str) -> Callable[[Any, Target], Iterable[str]]:
    """``compliance.reports.<name>.pieces`` (the text in pieces), imported on the first call."""
    def pieces(result: Any, target: Target) -> Iterable[str]:
        streamer: Callable[[Any, Target], Iterable[str]] = \
            import_module(f"compliance.reports.{name}").pieces
        return streamer(result, target)
    return pieces


EVERYTHING = (Report, Overview, Readiness, PackDiff, ReportDiff)
FORMATS: dict[str, Format] = {
    "text": Format("text", _module("terminal"), EVERYTHING),
    "json": Format("json", _module("json"), EVERYTHING, stream=_pieces("json")),
    "csv": Format("csv", _module("csv"), (Report, Overview, Readiness), stream=_pieces("csv")),
    "markdown": Format("markdown", _module("markdown"), (Report, Readiness, ReportDiff)),
    "html": Format("html", _module("html"), (Report, Overview, Readiness, ReportDiff),
                   overview_evidence=True),  # every region's report below the overview
    "xlsx": Format("xlsx", _module("xlsx"), (Report, Overview, Readiness), binary=True,
                   overview_evidence=True),
    "junit": Format("junit", _module("junit"), (Report, Overview), overview_evidence=True),
    "ics": Format("ics", _module("ics"), (Readiness,)),
    "pdf": Format("pdf", _module("pdf"), (Report, Overview, Readiness, ReportDiff), binary=True,
                  overview_evidence=True),
}
