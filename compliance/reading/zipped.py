"""Zip containers (.xlsx, .docx) opened within bounds, before any reader sees them: the
number of members and their declared size are checked from the central directory, and a
member is inflated in chunks (the standard library stops at the declared size and checks
the CRC, so a member that lies about its size is refused). Every way ``zipfile`` or
``zlib`` reports a broken archive becomes one Swedish ``InputError``."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from compliance.errors import InputError, Location

# what zipfile and zlib raise for a damaged or unsupported archive or member
BROKEN = (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError,  # and NotImplementedError
          ValueError, OSError, EOFError, zlib.error)
CHUNK = 1024 * 1024

# An Office file that is no zip is a Compound File (OLE): an old binary .doc or .xls, or
# an encrypted .docx/.xlsx (the encrypted package inside an OLE file).
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_REFUSAL = ("dokumentet är krypterat eller lösenordsskyddat; spara det utan lösenord "
                     "som .docx och försök igen")
OLD_WORD_REFUSAL = ("dokumentet är i Words gamla format (.doc); öppna det i Word och spara det "
                    "som Word-dokument (.docx)")


def encrypted(data: bytes) -> bool:
    """Whether an OLE file holds an encrypted Office package (its EncryptionInfo stream)."""
    return "EncryptionInfo".encode("utf-16-le") in data


def open_zip(data: bytes, where: Location, what: str, not_a_zip: str, max_members: int,
             max_uncompressed: int) -> zipfile.ZipFile:
    """The archive in ``data``; ``what`` names the file in messages ("Word-filen"),
    ``not_a_zip`` says what is wrong when it is no zip at all."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except BROKEN:
        raise InputError(f"{what} {not_a_zip}", where) from None
    members = archive.infolist()
    problem = None
    if len(members) > max_members:
        problem = f"{what} innehåller för många delar (över {max_members})"
    elif (declared := sum(member.file_size for member in members)) > max_uncompressed:
        problem = (f"{what} är för stor uppackad ({declared} byte; högst {max_uncompressed} "
                   "byte tillåts)")
    if problem:
        archive.close()
        raise InputError(problem, where)
    return archive


def inflate(archive: zipfile.ZipFile, member: zipfile.ZipInfo, where: Location, what: str,
            sink: Callable[[bytes], None]) -> None:
    """Hand ``member``'s inflated bytes to ``sink`` chunk by chunk (``sink`` may raise to
    stop early, e.g. at a size limit)."""
    try:
        with archive.open(member) as handle:
            while chunk := handle.read(CHUNK):
                sink(chunk)
    except BROKEN:
        raise InputError(f"{what} kan inte läsas (delen {member.filename} är trasig)",
                         where) from None
