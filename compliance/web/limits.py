"""The bounds a hosted service sets: how much a request may upload, how long a check may
take, how many checks run at once and how many a worker does before it is replaced."""

from __future__ import annotations

import os
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    upload_bytes: int = 15 * MIB  # the files of one request, together
    parts: int = 16  # form fields and files in one request
    seconds: float = 60.0  # one check, from dispatch to answer
    workers: int = max(1, min(4, os.cpu_count() or 1))
    tasks_per_worker: int = 50  # durable-rules keeps ~1.3 MiB an evaluation: recycle
    waiting: int = 64  # requests queued for a worker before the service says it is busy

    @property
    def body_bytes(self) -> int:
        """The request body: the files, base64 when a report page sends them back for a
        download (4/3 of their size), and the form's fields."""
        return self.upload_bytes * 4 // 3 + MIB
