"""One request as the app hands it to a worker (``Job``: the uploads and choices) and the
worker's ``Answer``; both plain data, pickled across the pipe."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field

from compliance.reading.files import Upload

DOWNLOADS = {"html": "text/html; charset=utf-8", "json": "application/json",
             "csv": "text/csv; charset=utf-8",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "pdf": "application/pdf"}


@dataclass(frozen=True)
class Job:
    """One request's uploads and choices, as the app read them from the form."""

    as_of: dt.date
    document: Upload
    supplements: tuple[Upload, ...] = ()
    log: Upload | None = None
    waivers: Upload | None = None
    attestations: Upload | None = None
    register: tuple[Upload, ...] = ()  # the register's monthly BUP tables
    view: str = "report"  # report | status (the timeline) | download (the report in fmt)
    as_json: bool = False  # the client asked for JSON (Accept: application/json)
    fmt: str = "html"  # the download's format
    region: str | None = None  # one region's report from a survey export

    def resend(self) -> dict[str, str]:
        """The form fields that send this request again from a report page's buttons (the
        service keeps nothing between requests)."""
        fields = {"per": self.as_of.isoformat(), "underlag": json.dumps(self.uploads())}
        if self.region is not None:
            fields["region"] = self.region
        return fields

    def uploads(self) -> dict[str, list[tuple[str, str]]]:
        """Every upload by form field, base64-encoded, for the page's download buttons to
        send back (the service keeps nothing between requests)."""
        fields = {"dokument": [self.document], "komplettering": list(self.supplements),
                  "enhetslogg": [self.log] if self.log else [],
                  "undantag": [self.waivers] if self.waivers else [],
                  "granskningar": [self.attestations] if self.attestations else [],
                  "register": list(self.register)}
        return {name: [(u.name, base64.b64encode(u.data).decode("ascii")) for u in files]
                for name, files in fields.items() if files}


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes
    filename: str | None = None  # a download's name (Content-Disposition: attachment)
    headers: dict[str, str] = field(default_factory=dict)
