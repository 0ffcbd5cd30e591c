"""Write a report file so that an interrupted run never leaves half a report behind, and
so that a report never replaces what it reports on or anything that is not a report.

Rules (see docs/SECURITY.md, "Utdata och filer"):
- the target is a new path or an existing regular file (replaced only with ``--force``);
  a directory, device, FIFO or socket is never replaced, not even with ``--force``;
- a symbolic link is never followed, and replaced (the link itself) only with ``--force``;
- the target never is, or resolves to, an input of the same command, nor lies inside a
  folder being checked; nor is it, by device and inode (so also through a symbolic or a
  hard link), any file the command read (``reading.files.was_read``: packs included),
  nor a file in a rule pack's folder (one with ``pack.yaml``, also through a link);
- the text goes to ``.NAME.<random>.tmp`` beside the target, flushed, and then put in
  place: without ``--force`` by a hard link to the final name, which fails if the name
  exists, so of several commands writing the same new file exactly one wins; with
  ``--force`` by a rename, so the file is always complete; such leftovers older than an
  hour (from a killed run) are removed on the next;
- the file's mode follows the umask like any new file (not mkstemp's 0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterable
from pathlib import Path

from compliance.errors import InputError, Location
from compliance.reading.files import was_read

MAX_NAME_BYTES = 200  # the temporary name adds 14 bytes; most file systems allow 255
STALE_SECONDS = 3600
_OS_ERRORS = {errno.ENOENT: "katalogen finns inte", errno.ENOTDIR: "katalogen finns inte",
              errno.EACCES: "behörighet saknas", errno.EPERM: "behörighet saknas",
              errno.EROFS: "skrivskyddat filsystem", errno.ENOSPC: "disken är full",
              errno.ENAMETOOLONG: "namnet är för långt", errno.EISDIR: "det är en katalog",
              errno.ELOOP: "symboliska länkar i en slinga"}


def _os_error(exc: OSError, path: Path) -> InputError:
    why = _OS_ERRORS.get(exc.errno or 0, exc.strerror or f"fel {exc.errno}")
    return InputError(f"kan inte skriva rapporten ({why})", Location(str(path)))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _same(a: Path, b: Path) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def _check_target(path: Path, force: bool, inputs: Iterable[Path]) -> None:
    where = Location(str(path))
    if len(path.name.encode("utf-8", "surrogateescape")) > MAX_NAME_BYTES:
        raise InputError(f"filnamnet är för långt (högst {MAX_NAME_BYTES} byte)", where)
    for source in inputs:
        if os.path.isdir(source):
            if os.path.realpath(path.parent or ".") == os.path.realpath(source):
                raise InputError("rapporten kan inte skrivas i katalogen som bedöms; välj "
                                 "en annan katalog", where)
        elif _same(path, source):
            raise InputError("rapporten skulle ersätta en av kommandots indatafiler; välj "
                             "ett annat filnamn", where)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        _not_in_pack(path)
        return
    except OSError as exc:
        raise _os_error(exc, path) from None
    _not_read(path, info)
    _not_in_pack(path)
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        if not force:
            raise InputError("filen är en symbolisk länk; den följs inte (ange --force för "
                             "att ersätta länken, inte det den pekar på)", where)
    elif stat.S_ISDIR(mode):
        raise InputError("det är en katalog; ange ett filnamn", where)
    elif not stat.S_ISREG(mode):
        raise InputError("inte en vanlig fil (t.ex. en enhet eller en FIFO); ersätts aldrig, "
                         "inte heller med --force", where)
    elif not force:
        raise InputError("filen finns redan; ange --force för att skriva över den", where)


def _not_read(path: Path, info: os.stat_result) -> None:
    """Refuse a target that is (or links to) a file this command read."""
    seen = [info]
    with contextlib.suppress(OSError):
        seen.append(os.stat(path))  # what a symbolic link points to
    if any(was_read(each.st_dev, each.st_ino) for each in seen):
        raise InputError("rapporten skulle ersätta en fil som kommandot har läst (t.ex. en "
                         "fil i ett regelpaket); välj ett annat filnamn", Location(str(path)))


def _not_in_pack(path: Path) -> None:
    """Refuse a target in a rule pack's folder (one with pack.yaml), also through a link:
    a folder check reads packs in worker processes, whose reads this process's record
    does not hold."""
    if os.path.isfile(os.path.join(os.path.dirname(os.path.realpath(path)), "pack.yaml")):
        raise InputError("rapporten kan inte skrivas i ett regelpakets katalog (där "
                         "pack.yaml finns); välj en annan katalog", Location(str(path)))


def _place(temporary: str, path: Path, force: bool) -> None:
    """Put the finished temporary file at ``path``: replacing what is there only with
    ``force``; otherwise created exclusively, so one of several writers wins."""
    if force:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails if the name exists, whatever it is
    except FileExistsError:
        raise InputError("filen finns redan; ange --force för att skriva över den",
                         Location(str(path))) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK,
                             errno.EXDEV):
            raise
        _claim(path)  # a file system without hard links
        os.replace(temporary, path)
    else:
        os.unlink(temporary)


def _claim(path: Path) -> None:
    """Create ``path`` empty and exclusively (O_EXCL), or refuse if it exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | getattr(os, "O_NOFOLLOW", 0), 0o600))
    except FileExistsError:
        raise InputError("filen finns redan; ange --force för att skriva över den",
                         Location(str(path))) from None


def _remove_stale(directory: Path, name: str) -> None:
    """Remove temporary files of this report that a killed run left behind (over an hour)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for stale in directory.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                info = os.lstat(stale)
                if stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_SECONDS \
                        and info.st_uid == os.getuid():
                    os.unlink(stale)


def write_report(path: Path, content: str | bytes | Iterable[str | bytes], *, force: bool,
                 inputs: Iterable[Path] = ()) -> None:
    """Write ``content`` (text as UTF-8; or its pieces, one after the other, as a long
    overview is rendered) to a temporary file beside ``path``, then put it in place:
    exclusively (a hard link) unless ``force``, else by a rename. A piece that cannot be
    made leaves no file."""
    _check_target(path, force, list(inputs))
    directory = path.parent if str(path.parent) else Path(".")
    _remove_stale(directory, path.name)
    import tempfile  # slow to import, and a report to standard output does not need it

    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=directory)
    except OSError as exc:
        raise _os_error(exc, path) from None
    try:
        os.fchmod(handle, 0o666 & ~_umask())
        with os.fdopen(handle, "wb") as out:
            for piece in (content,) if isinstance(content, str | bytes) else content:
                out.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            out.flush()
            os.fsync(out.fileno())
        _place(temporary, path, force)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _os_error(exc, path) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
