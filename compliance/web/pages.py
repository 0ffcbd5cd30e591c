"""The page's own HTML (Jinja2, autoescape, in ``templates/`` beside this module): the
form, the error and message pages, the readiness view, and the toolbar put at the top of a
report (downloads of the same result, the readiness view, each region of an overview).
No scripts, nothing fetched: every page is one document."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from typing import TYPE_CHECKING

from jinja2 import Environment, PackageLoader, StrictUndefined

if TYPE_CHECKING:
    from compliance.results.overview import Overview
    from compliance.results.readiness import Readiness
    from compliance.results.verdict import Report

_ENV = Environment(loader=PackageLoader("compliance.web", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_BODY = re.compile(r"<body[^>]*>")
DOWNLOAD_BUTTONS = (("html", "Webbsida (.html)"), ("xlsx", "Excel (.xlsx)"),
                    ("csv", "CSV (.csv)"), ("json", "JSON (.json)"),
                    *((("pdf", "PDF/A för diariet (.pdf)"),)
                      if importlib.util.find_spec("weasyprint") else ()))  # the extra `pdf`


def form(today: dt.date, limit_mib: int, problem: str | None = None) -> str:
    """``GET /``: the document, the as-of date and the optional extras."""
    return _ENV.get_template("form.html").render(today=today.isoformat(), limit_mib=limit_mib,
                                                 problem=problem)


def error(lines: list[str]) -> str:
    """A document that cannot be judged: the CLI's ``fel:`` lines and a way back."""
    return _ENV.get_template("error.html").render(lines=lines)


def message(title: str, text: str) -> str:
    """A refused request (too large, too slow, busy, not a form) in words and a way back."""
    return _ENV.get_template("message.html").render(title=title, text=text)


def result(report_html: str, result: Report | Overview, hidden: dict[str, str]) -> str:
    """The report page as the HTML format writes it, with the toolbar after ``<body>``;
    ``hidden`` are the fields that send the same request again."""
    from compliance.results.overview import Overview

    regions = ([(report.pack_id, index, report.region)
                for reports in result.by_pack().values()
                for index, report in enumerate(reports, start=1)]
               if isinstance(result, Overview) else [])
    tools = _ENV.get_template("tools.html").render(
        hidden=hidden, formats=DOWNLOAD_BUTTONS, regions=regions,
        overview=isinstance(result, Overview))
    found = _BODY.search(report_html)
    assert found is not None  # the report templates write one <body>
    head, body = report_html[:found.end()], report_html[found.end():]
    style = _ENV.get_template("tools.css").render()
    return head.replace("</head>", f"<style>\n{style}</style>\n</head>", 1) + tools + body


def status(text: str, readiness: Readiness, hidden: dict[str, str]) -> str:
    """The readiness view (``compliance status``): the timeline and what is missing."""
    return _ENV.get_template("status.html").render(
        text=text, report=readiness.report, hidden=hidden)

