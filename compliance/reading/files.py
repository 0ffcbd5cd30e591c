"""Open an input file the one safe way: only regular files, never blocking, bounded.

Every reader (YAML documents, unit logs in CSV or Excel, waiver files) gets its bytes from
``read_input``. A FIFO, a device such as ``/dev/zero``, a socket, a directory or a loop of
symbolic links is refused with a Swedish message before a single byte is read, and the
size limit is checked on the bytes actually read, not on what ``stat`` claimed.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from compliance.errors import InputError, Location

_CHUNK = 1024 * 1024

# Every file read in this command, by (device, inode): a report written with -o never
# replaces one of them, whatever path or link names it (compliance/output.py). The
# command line starts each command with ``forget_reads()``.
_READ: set[tuple[int, int]] = set()


def forget_reads() -> None:
    """A new command: no file has been read yet."""
    _READ.clear()


def note_read(path: Path) -> None:
    """Record ``path`` as read by this command (a pack taken from the cache, say)."""
    try:
        status = os.stat(path)
    except OSError:
        return
    _READ.add((status.st_dev, status.st_ino))


def was_read(device: int, inode: int) -> bool:
    """Whether this command read the file with this device and inode."""
    return (device, inode) in _READ

# A survey export (a table, one row per region) is told from a submission by its suffix.
EXPORT_SUFFIXES = (".xlsx", ".csv")


def is_export(path: Path) -> bool:
    return path.suffix.lower() in EXPORT_SUFFIXES

_REASONS = {
    errno.ENOENT: "filen finns inte",
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.ELOOP: "symboliska länkar i en slinga",
    errno.ENXIO: "det är ingen vanlig fil",
    errno.ENOTDIR: "en del av sökvägen är ingen katalog",
    errno.ENAMETOOLONG: "sökvägen är för lång",
    errno.EISDIR: "väntade en fil men fick en katalog",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, f"felkod {exc.errno}")


def _kind(mode: int) -> str | None:
    """Why a file of this mode is refused, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "väntade en fil men fick en katalog"
    if stat.S_ISFIFO(mode):
        return "väntade en vanlig fil men fick en namngiven rörledning (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "väntade en vanlig fil men fick en enhetsfil"
    if stat.S_ISSOCK(mode):
        return "väntade en vanlig fil men fick en socket"
    return "väntade en vanlig fil"


def read_input(path: Path, max_bytes: int, name: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them.

    Opened with O_NONBLOCK so that a FIFO without a writer cannot hang the run, and
    checked with ``fstat`` on the open descriptor (no race between a check and the open).
    """
    shown = name if name is not None else str(path)
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | \
        getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(f"filen kan inte läsas ({_reason(exc)})", Location(shown)) from None
    try:
        status = os.fstat(fd)
        kind = _kind(status.st_mode)
        if kind is not None:
            raise InputError(f"filen kan inte läsas ({kind})", Location(shown))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        _READ.add((status.st_dev, status.st_ino))
    except OSError as exc:
        raise InputError(f"filen kan inte läsas ({_reason(exc)})", Location(shown)) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise InputError(f"filen är för stor (över {max_bytes} byte); högst {max_bytes} byte "
                         "tillåts", Location(shown))
    return b"".join(chunks)
