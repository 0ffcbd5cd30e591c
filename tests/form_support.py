"""Word forms for tests: the repository's generator (fixtures/make_forms.py), and the bad
documents a reader must refuse, built from real forms."""

from __future__ import annotations

import functools
import importlib.util
import io
import sys
import zipfile
from types import ModuleType
from typing import Any

import docx
from helpers import FIXTURES

_spec = importlib.util.spec_from_file_location("make_forms", FIXTURES / "make_forms.py")
assert _spec is not None and _spec.loader is not None
make_forms: ModuleType = importlib.util.module_from_spec(_spec)
sys.modules["make_forms"] = make_forms  # dataclasses look their module up there
_spec.loader.exec_module(make_forms)

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MACRO = b"application/vnd.ms-word.document.macroEnabled.main+xml"
MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@functools.cache
def _variants() -> dict[str, Any]:
    """The corpus of fixtures/make_form_variants.py by name, built once per test run."""
    spec = importlib.util.spec_from_file_location("make_form_variants",
                                                  FIXTURES / "make_form_variants.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_form_variants"] = module
    spec.loader.exec_module(module)
    return {variant.name: variant for variant in module.variants()}


def variants() -> dict[str, Any]:
    return _variants()


def form(name: str, year: int = 2024) -> bytes:
    """The generator's form ``name`` (a path under fixtures/), written for ``year``."""
    values, comments = next((values, comments) for path, values, _, comments
                            in make_forms.forms() if path == name)
    return bytes(make_forms.to_bytes(make_forms.build(values, year, comments)))


def with_values(name: str, **changes: str) -> bytes:
    values = dict(next(values for path, values, *_ in make_forms.forms() if path == name))
    values.update(changes)
    return bytes(make_forms.to_bytes(make_forms.build(values)))


def without(data: bytes, starts: str, what: str) -> bytes:
    """The form without the first table (``what="table"``) or heading whose text starts
    with ``starts``."""
    document: Any = docx.Document(io.BytesIO(data))
    if what == "table":
        element = next(t._tbl for t in document.tables if t.cell(0, 0).text.startswith(starts))
    else:
        element = next(p._p for p in document.paragraphs if p.text.startswith(starts))
    element.getparent().remove(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def macro_enabled(data: bytes) -> bytes:
    """The form saved as .docm: macro-enabled main part and a (harmless) VBA project."""
    parts = members(data)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(MAIN, MACRO)
    parts["word/vbaProject.bin"] = OLE + b"Attribute VB_Name = \"ThisDocument\"\n"
    return rezip(parts)


def bad_document(kind: str) -> bytes:
    """Bytes of a document every reader must refuse."""
    halland = form("formular/region-halland-2024.docx")
    if kind == "gammal":
        return OLE + b"\x00" * 504 + b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t"
    if kind == "krypterad":
        return OLE + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + \
            "EncryptedPackage".encode("utf-16-le")
    if kind == "trasig":
        return halland[: len(halland) // 2]
    if kind == "zipbomb":
        parts = members(halland)
        parts["word/media/bomb.bin"] = b"\0" * (120 * 1024 * 1024)
        return rezip(parts)
    if kind == "entitetsbomb":  # "billion laughs" in the document's own DTD
        parts = members(halland)
        entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefg", "bcdefgh",
                                                                 strict=True))
        document = parts["word/document.xml"]
        document = document[document.index(b"<w:document"):].replace(
            b"Region Halland</w:t>", b"Region &h;</w:t>", 1)
        parts["word/document.xml"] = (f"<!DOCTYPE w:document [{entities}]>").encode() + document
        return rezip(parts)
    if kind == "text":
        return b"pack: okad-tillganglighet-2024\n"
    if kind == "cellbomb":  # a few kB that declare a table of a million cells
        parts = members(halland)
        cells = b"<w:tc/>" * 1_000_000
        parts["word/document.xml"] = (
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body><w:tbl><w:tr>' + cells + b"</w:tr></w:tbl></w:body></w:document>")
        return rezip(parts)
    if kind == "djup":  # elements nested deeper than a form needs (libxml2 stops at 256)
        parts = members(halland)
        parts["word/document.xml"] = (
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body>' + b"<w:sdt><w:sdtContent>" * 150 + b"</w:sdtContent></w:sdt>"
            * 150 + b"</w:body></w:document>")
        return rezip(parts)
    raise ValueError(kind)
