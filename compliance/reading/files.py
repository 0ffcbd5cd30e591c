"""Open an input file the one safe way: only regular files, never blocking, bounded.

Every reader (YAML documents, unit logs in CSV or Excel, waiver files) gets its bytes from
``read_input``. A FIFO, a device such as ``/dev/zero``, a socket, a directory or a loop of
symbolic links is refused with a Swedish message before a single byte is read, and the
size limit is checked on the bytes actually read, not on what ``stat`` claimed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePath

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


@dataclass(frozen=True)
class Upload:
    """A document given as bytes, not as a file (an upload to the web page): read from
    memory and never written to disk. ``name`` is the file name the user gave, without
    folders; readers take its suffix as they take a file's."""

    name: str
    data: bytes

    @property
    def suffix(self) -> str:
        return PurePath(self.name).suffix


Input = Path | Upload  # what every reader reads: a file, or a document held in memory

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


@contextlib.contextmanager
def _opened(path: Path, shown: str) -> Iterator[int]:
    """A descriptor of the regular file ``path``, opened with O_NONBLOCK so that a FIFO
    without a writer cannot hang the run, and checked with ``fstat`` on the open
    descriptor (no race between a check and the open); every OS error in Swedish."""
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
        _READ.add((status.st_dev, status.st_ino))
        yield fd
    except OSError as exc:
        raise InputError(f"filen kan inte läsas ({_reason(exc)})", Location(shown)) from None
    finally:
        os.close(fd)


def read_input(path: Input, max_bytes: int, name: str | None = None) -> bytes:
    """The bytes of the regular file ``path`` (or of an upload), at most ``max_bytes``."""
    shown = name if name is not None else str(path)
    if isinstance(path, Upload):
        if len(path.data) > max_bytes:
            raise _too_large(max_bytes, shown)
        return path.data
    chunks: list[bytes] = []
    total = 0
    with _opened(path, shown) as fd:
        while total <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > max_bytes:
        raise _too_large(max_bytes, shown)
    return b"".join(chunks)


def read_head(path: Input, size: int, name: str | None = None) -> bytes:
    """The first ``size`` bytes of a regular file (or of an upload): enough to tell what
    kind of document it is. Refuses what ``read_input`` refuses, in the same words."""
    if isinstance(path, Upload):
        return path.data[:size]
    with _opened(path, name if name is not None else str(path)) as fd:
        return os.read(fd, size)


def _too_large(max_bytes: int, shown: str) -> InputError:
    return InputError(f"filen är för stor (över {max_bytes} byte); högst {max_bytes} byte "
                      "tillåts", Location(shown))
