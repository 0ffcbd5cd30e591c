"""The worker process. Imported once, by the worker pool's fork server (multiprocessing's
preload list, ``pool.WORKER``), never by the app: importing it loads the modules a check
uses and compiles the packs (bundled, and ``COMPLIANCE_PACKS`` when set), so every worker
forked from that server starts warm and no request pays for either. ``serve`` is a
worker's loop."""

from __future__ import annotations

import logging
import os
from multiprocessing.connection import Connection
from pathlib import Path

import compliance.inputs.wordform
import compliance.reports.html
import compliance.reports.json
import compliance.reports.terminal  # noqa: F401  (the readiness view's text)
from compliance.packs.shelf import Shelf
from compliance.web import jobs
from compliance.web.request import Answer

LOG = logging.getLogger("compliance.web")
_FOLDER = os.environ.get("COMPLIANCE_PACKS")
SHELF = Shelf(Path(_FOLDER) if _FOLDER else None)
for _pack in SHELF.packs():
    del _pack  # compiled now, kept in the loader's cache for every fork


def serve(conn: Connection, tasks: int) -> None:
    """Answer up to ``tasks`` jobs, then return (the process ends, and with it what
    durable-rules kept)."""
    for _ in range(tasks):
        try:
            job = conn.recv()
        except EOFError:
            return
        try:
            answer = jobs.run(job, SHELF)
        except Exception as exc:  # a reader's bug: this request fails, the service goes on
            LOG.error("en granskning misslyckades: %s", type(exc).__name__)
            answer = Answer(500, "", b"")
        conn.send(answer)
