"""The HTML report as PDF/A-2b for a registry (diarium): rendered by WeasyPrint (which
needs only Debian's Pango), fonts embedded, every page with a header naming region, rule
pack and as-of date (and the diarienummer and handläggare when given) and a footer "sida x
av y". The text stays extractable: it is the HTML's text, never an image of it."""

from __future__ import annotations

import logging

from compliance.reports import html
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Report

VARIANT = "pdf/a-2b"


def _css_string(text: str) -> str:
    """A CSS string literal: quotes and backslashes escaped, no line breaks or controls."""
    plain = " ".join(printable(text).split())
    return '"' + plain.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _heading(result: Result) -> str:
    """What each page's header says the document is."""
    if isinstance(result, Report):
        return f"{result.region} – {result.pack_id} – bedömt per {result.as_of.isoformat()}"
    if isinstance(result, Readiness):
        report = result.report
        return f"{report.region} – {report.pack_id} – tidslinje per {report.as_of.isoformat()}"
    if isinstance(result, Overview):
        return f"Nationell översikt – bedömt per {result.as_of.isoformat()}"
    if isinstance(result, ReportDiff):
        return "Jämförelse av två körningar"
    raise TypeError(type(result).__name__)


def _page_css(result: Result, target: Target) -> str:
    filing = " · ".join(part for part in (
        f"Dnr {target.diarienummer}" if target.diarienummer else "",
        f"Handläggare: {target.handlaggare}" if target.handlaggare else "") if part)
    return ("@page{size:A4;margin:18mm 12mm 16mm;"
            "@top-left{content:" + _css_string(_heading(result)) + ";font-size:7.5pt;}"
            "@top-right{content:" + _css_string(filing) + ";font-size:7.5pt;}"
            '@bottom-right{content:"sida " counter(page) " av " counter(pages);'
            "font-size:7.5pt;}}")


def render(result: Result, target: Target) -> bytes:
    import weasyprint  # imported here: it takes a second, and only this format needs it

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # CSS it ignores is no error
    page = html.render(result, target)
    page = page.replace("</head>", f"<style>{_page_css(result, target)}</style>\n</head>", 1)
    pdf: bytes = weasyprint.HTML(string=page).write_pdf(pdf_variant=VARIANT)
    return pdf
