"""The table of report formats: a new format is one module (with ``FORMAT``) and one line."""

from __future__ import annotations

from compliance.reports import csv, html, json, junit, markdown, terminal, xlsx
from compliance.reports.target import Format

FORMATS: dict[str, Format] = {
    "text": terminal.FORMAT,
    "json": json.FORMAT,
    "csv": csv.FORMAT,
    "markdown": markdown.FORMAT,
    "html": html.FORMAT,
    "xlsx": xlsx.FORMAT,
    "junit": junit.FORMAT,
}
