"""Which kind of document a file is, decided in one place: by its content first (a PDF, an
old binary Word or Excel file, a zip that is really a Word or Excel document), then by its
suffix for plain text (YAML or a CSV table). Each kind says how it is read and imported
and whether it holds one region or one per row; a kind this tool cannot read says why, in
words a strategist can act on.

Adding a document kind (say a PDF form) is one reader module under ``inputs/`` and one
line in ``KINDS``."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from compliance.errors import InputError, Location
from compliance.reading.files import Input, Upload, read_head, read_input
from compliance.reading.yamlload import display_name
from compliance.reading.zipped import BROKEN, ENCRYPTED_REFUSAL, OLD_WORD_REFUSAL, OLE, encrypted

if TYPE_CHECKING:
    from compliance.inputs.models import Submission
    from compliance.packs.pack import RulePack
    from compliance.packs.shelf import Shelf

Reader = Callable[[Input, "Shelf"], "tuple[RulePack, Submission]"]
Importer = Callable[[Input, "Shelf"], str]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document: ``read`` gives one region's submission (None for a table of
    regions, which ``workspace.rows`` reads with a pack), ``import_`` its commented YAML;
    ``refusal`` is why a kind cannot be read at all and what to do instead."""

    name: str
    label: str  # in words, for messages: "Word-formulär"
    per_row: bool = False  # a table with one region per row (a survey export)
    read: Reader | None = None
    import_: Importer | None = None
    refusal: str | None = None

    @property
    def readable(self) -> bool:
        return self.refusal is None


def _yaml_reader(source: Input, shelf: Shelf) -> tuple[RulePack, Submission]:
    from compliance.workspace.reading import read_yaml
    return read_yaml(source, shelf)


def _word_reader(source: Input, shelf: Shelf) -> tuple[RulePack, Submission]:
    from compliance.workspace.reading import read_word
    return read_word(source, shelf)


def _word_importer(source: Input, shelf: Shelf) -> str:
    from compliance.workspace.reading import import_word
    return import_word(source, shelf)


_SAVE_AS_DOCX = "spara formuläret som Word-dokument (.docx) och försök igen"
_SAVE_AS_TABLE = "spara exporten som Excel-arbetsbok (.xlsx) eller CSV och försök igen"

# Every kind of document, by name; the readable ones first.
KINDS: dict[str, DocumentKind] = {kind.name: kind for kind in (
    DocumentKind("yaml", "YAML-inlämning", read=_yaml_reader),
    DocumentKind("word", "Word-formulär", read=_word_reader, import_=_word_importer),
    DocumentKind("table", "tabell (enkätexport eller enhetslogg)", per_row=True),
    DocumentKind("pdf", "PDF", refusal=f"PDF kan inte läsas; {_SAVE_AS_DOCX}"),
    DocumentKind("doc", "Word-dokument i det gamla formatet (.doc)", refusal=OLD_WORD_REFUSAL),
    DocumentKind("encrypted", "krypterat dokument", refusal=ENCRYPTED_REFUSAL),
    DocumentKind("xls", "Excel-fil i det gamla formatet (.xls)",
                 refusal=f"Excel-filer i det gamla formatet (.xls) kan inte läsas; "
                         f"{_SAVE_AS_TABLE}"),
    DocumentKind("opendocument", "OpenDocument-fil",
                 refusal="OpenDocument-filer (.odt, .ods) kan inte läsas; spara som Word-"
                         "dokument (.docx) eller Excel-arbetsbok (.xlsx) och försök igen"),
    DocumentKind("rtf", "RTF-dokument", refusal=f"RTF kan inte läsas; {_SAVE_AS_DOCX}"),
    DocumentKind("image", "bild", refusal="en bild kan inte läsas; lämna formuläret som "
                                          "Word-dokument (.docx)"),
    DocumentKind("zip", "zip-arkiv", refusal="ett zip-arkiv som varken är ett Word- eller ett "
                                             "Excel-dokument kan inte läsas; packa upp det "
                                             "och ange filerna"),
    DocumentKind("text", "textfil av okänd typ",
                 refusal="okänd filtyp; en inlämning är en YAML- eller JSON-fil (.yaml, .yml, "
                         ".json), ett Word-formulär (.docx) eller en enkätexport (.xlsx, .csv)"),
    DocumentKind("binary", "okänd binär fil",
                 refusal="okänd filtyp (en binär fil som varken är Word, Excel, YAML eller "
                         "CSV)"),
)}

_YAML_SUFFIXES = {".yaml", ".yml", ".json"}
_TABLE_SUFFIXES = {".csv", ".tsv", ".xlsx", ".xlsm"}
_WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".doc"}
_IMAGES = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
_UTF16 = (b"\xff\xfe", b"\xfe\xff")
_HEAD = 512
_MAX_OLE_BYTES = 20 * 1024 * 1024


def recognise(source: Input) -> DocumentKind:
    """The kind of the document at ``source``, by content, then by suffix."""
    name = display_name(source)
    head = read_head(source, _HEAD, name)
    suffix = source.suffix.lower()
    if head.startswith(b"%PDF"):
        return KINDS["pdf"]
    if head.startswith(OLE):  # an encrypted .docx or .xlsx is an OLE file too
        if encrypted(read_input(source, _MAX_OLE_BYTES, name)):
            return KINDS["encrypted"]
        return KINDS["xls" if suffix in {".xls", ".xlsx", ".csv"} else "doc"]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zipped(source, suffix)
    if head.startswith(b"{\\rtf"):
        return KINDS["rtf"]
    if head.startswith(_IMAGES):
        return KINDS["image"]
    if suffix in _TABLE_SUFFIXES or (suffix == ".txt" and head.startswith(_UTF16)):
        return KINDS["table"]  # Excel's "Unicode text" is UTF-16 with tabs, saved as .txt
    if suffix in _WORD_SUFFIXES:
        return KINDS["word"]  # not a zip: its reader says what is wrong with it
    if _binary(head):
        return KINDS["binary"]
    return KINDS["yaml" if suffix in _YAML_SUFFIXES else "text"]


def _binary(head: bytes) -> bool:
    return b"\x00" in head and not head.startswith(_UTF16)


def _zipped(source: Input, suffix: str) -> DocumentKind:
    """A zip container: a Word document, an Excel workbook, OpenDocument or neither. A
    damaged archive is left to the reader its suffix names, which says what is wrong."""
    try:
        with zipfile.ZipFile(io.BytesIO(source.data) if isinstance(source, Upload)
                             else source) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except BROKEN:
        return KINDS["table" if suffix in _TABLE_SUFFIXES else "word"]
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return KINDS["opendocument"]
    if any(name.startswith("word/") for name in names):
        return KINDS["word"]
    if any(name.startswith("xl/") for name in names):
        return KINDS["table"]
    return KINDS["zip"]


def readable(source: Input) -> DocumentKind:
    """The kind of ``source``, or a located error saying why it cannot be read."""
    kind = recognise(source)
    if kind.refusal is not None:
        raise InputError(kind.refusal, Location(display_name(source)))
    return kind
