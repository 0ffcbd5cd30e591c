"""The table of report formats: a new format is one module (with ``FORMAT``) and one line.

The text format renders with rich, which is slow to import: its module is imported when a
text report is rendered, so a JSON report never imports rich."""

from __future__ import annotations

from compliance.reports import csv, html, json, junit, markdown, xlsx
from compliance.reports.target import Format, Result, Target
from compliance.results.diff import PackDiff
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.verdict import Report


def _text(result: Result, target: Target) -> str | bytes:
    from compliance.reports import terminal  # rich, only when a text report is rendered
    return terminal.render(result, target)


FORMATS: dict[str, Format] = {
    "text": Format("text", _text, (Report, Overview, Readiness, PackDiff)),
    "json": json.FORMAT,
    "csv": csv.FORMAT,
    "markdown": markdown.FORMAT,
    "html": html.FORMAT,
    "xlsx": xlsx.FORMAT,
    "junit": junit.FORMAT,
}
