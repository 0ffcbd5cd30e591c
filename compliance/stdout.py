"""Standard output for a command: written in whatever encoding it has (what it cannot
hold replaced visibly), and every way it can fail — a closed pipe, a full disk, a closed
descriptor — turned into one ``OutputFailed`` that the command line reports as a
``fel:`` line with exit code 2."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from typing import Any


class OutputFailed(Exception):
    """Standard output could not be written: a closed pipe, a full disk, no stdout."""


_WHY = {errno.EPIPE: "mottagaren har stängt röret", errno.ENOSPC: "disken är full",
        errno.EDQUOT: "diskkvoten är slut", errno.EFBIG: "filen blir för stor",
        errno.EBADF: "standardutdata är stängd", errno.EIO: "in- och utmatningsfel"}


class Stdout(io.TextIOBase):
    """Standard output that never fails in a way the user cannot act on: characters its
    encoding cannot hold are replaced with '?' (a cp1252 file on Windows), and a write
    that fails (closed pipe, full disk, closed descriptor) is an ``OutputFailed``."""

    def __init__(self, stream: Any) -> None:
        super().__init__()
        self.stream = stream
        with contextlib.suppress(AttributeError, io.UnsupportedOperation, ValueError):
            stream.reconfigure(errors="replace")

    def _fail(self, exc: BaseException) -> OutputFailed:
        why = _WHY.get(getattr(exc, "errno", None) or 0, getattr(exc, "strerror", None)
                       or type(exc).__name__)
        return OutputFailed(why)

    def write(self, text: str) -> int:
        if self.stream is None:
            raise OutputFailed(_WHY[errno.EBADF])
        try:
            return int(self.stream.write(text))
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except (OSError, ValueError) as exc:
            raise self._fail(exc) from None

    def isatty(self) -> bool:
        return self.stream is not None and bool(self.stream.isatty())

    def fileno(self) -> int:
        if self.stream is None:
            raise io.UnsupportedOperation("standardutdata är stängd")
        return int(self.stream.fileno())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(getattr(self.stream, "encoding", None) or "utf-8")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def guard_stdout() -> Stdout:
    if not isinstance(sys.stdout, Stdout):
        sys.stdout = Stdout(sys.stdout)
    return sys.stdout


def silence(guarded: Stdout) -> None:
    """What is still buffered for a broken stdout goes nowhere, so that Python does not
    report the same failure again when it flushes at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, guarded.stream.fileno())
        os.close(null)
    guarded.stream = None if guarded.stream is None else io.StringIO()
