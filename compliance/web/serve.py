"""``compliance serve``: the app under uvicorn, with the limits given on the command line.
The packs folder reaches the workers' fork server through ``COMPLIANCE_PACKS``."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from compliance.web.limits import MIB, Limits


def serve(host: str, port: int, packs: Path | None, *, workers: int | None, max_mib: int,
          seconds: float, recycle: int) -> None:
    import uvicorn

    from compliance.web.app import create_app

    if packs is not None:
        os.environ["COMPLIANCE_PACKS"] = str(packs.resolve())
    limits = dataclasses.replace(Limits(), upload_bytes=max_mib * MIB, seconds=seconds,
                                 tasks_per_worker=recycle)
    if workers is not None:
        limits = dataclasses.replace(limits, workers=workers)
    uvicorn.run(create_app(limits), host=host, port=port, log_level="info",
                h11_max_incomplete_event_size=64 * 1024, timeout_keep_alive=5)
