"""Write a report file so that an interrupted run never leaves half a report behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from compliance.errors import InputError, Location


def write_report(path: Path, text: str, *, force: bool) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place."""
    if path.exists() and not force:
        raise InputError("filen finns redan; ange --force för att skriva över den",
                         Location(str(path)))
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=directory)
    except OSError as exc:
        raise InputError(f"kan inte skriva rapporten ({exc.strerror})", Location(str(path))) \
            from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
