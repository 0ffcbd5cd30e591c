"""What a worker does with one request: read the uploads through the ``Workspace`` (the one
entry every way in goes through), judge, and render the answer — the report page with its
download buttons, a download in another format, the readiness view, the JSON report, or
the error page with the CLI's ``fel:`` lines. Runs in a worker process (``pool.py``)."""

from __future__ import annotations

import json

from compliance.errors import InputError
from compliance.packs.shelf import Shelf
from compliance.reading.personal import mask_personal_data
from compliance.reports.clean import one_line
from compliance.reports.formats import FORMATS
from compliance.reports.target import Target
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.verdict import Report
from compliance.web import pages
from compliance.web.request import DOWNLOADS, Answer, Job
from compliance.workspace.workspace import Workspace

WIDTH = 100  # columns of the readiness view's text


def run(job: Job, shelf: Shelf) -> Answer:
    """The answer to one request; a bad document is a 422 with the CLI's messages."""
    workspace = Workspace(job.as_of, shelf, waivers=job.waivers, attestations=job.attestations,
                          log=job.log, supplements=job.supplements, register=job.register)
    try:
        if job.view == "status":
            return _status(workspace.status(job.document), job)
        result = workspace.check(job.document, pack=_export_pack(workspace, job),
                                 region=job.region)
    except InputError as exc:
        lines = [mask_personal_data(one_line(str(error))) for error in exc.all]
        if job.as_json:
            return Answer(422, "application/json", _json({"errors": lines}))
        return Answer(422, "text/html; charset=utf-8", pages.error(lines).encode())
    if job.view == "download":
        return _download(result, job)
    if job.as_json:
        return Answer(200, "application/json", _text("json", result).encode())
    return Answer(200, "text/html; charset=utf-8",
                  pages.result(_text("html", result), result, job.resend()).encode())


def _export_pack(workspace: Workspace, job: Job) -> str | None:
    """A survey export's pack, when exactly one pack recognises it (the page has no pack
    to choose; otherwise the check says which packs could apply)."""
    if not workspace.kind(job.document).per_row:
        return None
    from compliance.judging.survey import export_packs

    fitting = export_packs(job.document, workspace.shelf.folder)
    return fitting[0] if len(fitting) == 1 else None


def _status(readiness: Readiness, job: Job) -> Answer:
    if job.as_json:
        return Answer(200, "application/json", _text("json", readiness).encode())
    return Answer(200, "text/html; charset=utf-8",
                  pages.status(_text("text", readiness), readiness, job.resend()).encode())


def _download(result: Report | Overview, job: Job) -> Answer:
    rendered = FORMATS[job.fmt].render(result, Target(WIDTH))
    body = rendered if isinstance(rendered, bytes) else rendered.encode()
    return Answer(200, DOWNLOADS[job.fmt], body, filename=f"rapport.{job.fmt}")


def _text(fmt: str, result: Report | Overview | Readiness) -> str:
    rendered = FORMATS[fmt].render(result, Target(WIDTH))
    assert isinstance(rendered, str)  # html, json and text are text formats
    return rendered


def _json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
