"""The ASGI application (Starlette): ``GET /`` the form, ``POST /granska`` the report (HTML,
a download, the readiness view, or the JSON report with ``Accept: application/json``),
``GET /halsa`` ready or not. Uploads are read into memory within ``Limits`` and handed to
the worker pool; nothing is written to disk or kept between requests, and nothing a user
sent (content, file names) is logged."""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from compliance.reading.files import Upload
from compliance.web import pages
from compliance.web.form import Form, FormError, FormReader
from compliance.web.limits import MIB, Limits
from compliance.web.pool import Pool, Refused
from compliance.web.request import DOWNLOADS, Job

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
EXTRAS = ("komplettering", "enhetslogg", "undantag", "granskningar", "register")


class TooLarge(Exception):
    """The body is over the limit: a 413."""


def create_app(limits: Limits | None = None) -> ASGIApp:
    """The application; its workers find the packs as every command does (the bundled
    ones, and ``COMPLIANCE_PACKS``)."""
    limits = limits or Limits()
    pool = Pool(limits)

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.form(dt.date.today(), limits.upload_bytes // MIB))

    async def health(request: Request) -> Response:
        if pool.ready:
            return PlainTextResponse("klar\n")
        return PlainTextResponse("startar\n", status_code=503)

    async def check(request: Request) -> Response:
        wants_json = "application/json" in request.headers.get("accept", "")
        try:
            form = await asyncio.wait_for(_read_form(request, limits), limits.seconds)
            job = _job(form, wants_json, limits)
            answer = await pool.run(job)
        except TimeoutError:  # a client that sends its body slower than a check may take
            return _refusal(408, "Uppladdningen tog för lång tid",
                            f"Filerna kom inte fram inom {limits.seconds:g} sekunder. "
                            "Ingenting sparades.", wants_json)
        except TooLarge:
            return _refusal(413, "Filerna är för stora",
                            f"En granskning får vara högst {limits.upload_bytes // MIB} MiB. "
                            "Ingenting sparades.", wants_json)
        except FormError as exc:
            return _refusal(400, "Formuläret kunde inte läsas", f"{exc}.", wants_json)
        except Refused as exc:
            return _refusal(exc.status, exc.title, exc.text, wants_json)
        headers = {}
        if answer.filename is not None:
            headers["content-disposition"] = f'attachment; filename="{answer.filename}"'
        return Response(answer.body, answer.status, headers, media_type=answer.content_type)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.start()
        yield
        await pool.close()

    app = Starlette(routes=[Route("/", home, methods=["GET"]),
                            Route("/granska", check, methods=["POST"]),
                            Route("/halsa", health, methods=["GET"])], lifespan=lifespan)
    return _with_headers(app)


def _with_headers(app: ASGIApp) -> ASGIApp:
    """Every response, Starlette's own 404 and 405 included, carries the security
    headers."""
    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)
        await app(scope, receive, sending if scope["type"] == "http" else send)
    return wrapped


async def _read_form(request: Request, limits: Limits) -> Form:
    """The body, parsed as it streams in, never more than the limit kept. A body over the
    limit is read to its end (and dropped) up to a hard cap, so the client gets the 413
    instead of a broken connection."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.body_bytes:
        await _drain(request, limits)
        raise TooLarge
    reader = FormReader(request.headers.get("content-type", ""), limits.parts)
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limits.body_bytes:
            await _drain(request, limits)
            raise TooLarge
        reader.write(chunk)
    return reader.close()


async def _drain(request: Request, limits: Limits) -> None:
    drained = 0
    async for chunk in request.stream():
        drained += len(chunk)
        if drained > 4 * limits.body_bytes:
            return


def _job(form: Form, wants_json: bool, limits: Limits) -> Job:
    """The request as a job: the uploads (or, from a report page's buttons, the same
    uploads sent back), the as-of date and what to answer with."""
    files = _uploads(form)
    if sum(len(u.data) for group in files.values() for u in group) > limits.upload_bytes:
        raise TooLarge
    document = files.get("dokument", [])
    if len(document) != 1:
        raise FormError("välj ett dokument att granska (fältet dokument)")
    fmt = form.value("format")
    if fmt is not None and fmt not in DOWNLOADS:
        raise FormError(f"okänt format '{fmt}' (kända: {', '.join(DOWNLOADS)})")
    view = "status" if form.value("vy") == "status" else "download" if fmt else "report"
    region = form.value("region") or None
    return Job(_as_of(form.value("per")), document[0], tuple(files.get("komplettering", [])),
               log=_one(files, "enhetslogg"), waivers=_one(files, "undantag"),
               register=tuple(files.get("register", [])),
               attestations=_one(files, "granskningar"), view=view, as_json=wants_json,
               fmt=fmt or "html", region=region)


def _uploads(form: Form) -> dict[str, list[Upload]]:
    """Every file by field: the form's file inputs, or ``underlag`` (the uploads a report
    page sends back for a download, base64 in JSON)."""
    sent = form.value("underlag")
    if sent is None:
        return {name: [Upload(p.filename or "", bytes(p.data)) for p in form.files(name)]
                for name in ("dokument", *EXTRAS)}
    try:
        fields = json.loads(sent)
        return {str(name): [Upload(str(filename), base64.b64decode(data, validate=True))
                            for filename, data in files]
                for name, files in fields.items() if name in ("dokument", *EXTRAS)}
    except (ValueError, TypeError, binascii.Error):
        raise FormError("underlaget som skickades tillbaka kunde inte läsas; granska "
                        "dokumentet på nytt") from None


def _one(files: dict[str, list[Upload]], name: str) -> Upload | None:
    found = files.get(name, [])
    if len(found) > 1:
        raise FormError(f"ange högst en fil i fältet {name}")
    return found[0] if found else None


def _as_of(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise FormError(f"'{value[:40]}' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)") from None


def _refusal(status: int, title: str, text: str, wants_json: bool) -> Response:
    if wants_json:
        return JSONResponse({"errors": [text]}, status)
    return HTMLResponse(pages.message(title, text), status)
