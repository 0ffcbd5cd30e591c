"""A Word package (.docx, .docm) opened within bounds: the parts a form reader needs,
found the way Word finds them, each parsed with an element limit.

Before any XML is parsed the bytes are checked: an old binary ``.doc`` or an encrypted
document (both OLE compound files) is refused by name, a zip's members are counted and
inflated in bounded chunks (``reading/zipped.py``). The main part is the one the package's
relationships (``_rels/.rels``) name as the office document, never simply
``word/document.xml``; styles and numbering are the ones the main part's relationships
name. The elements of every part are counted before it is parsed (each ``<`` that no
``/`` follows: an upper bound, at C speed), so a small file declaring millions of cells is
refused before a tree of them is built; libxml2 refuses nesting deeper than 256 levels.
Entities are never resolved and nothing is fetched from the network.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import NoReturn

from lxml import etree

from compliance.errors import InputError, Location
from compliance.reading.zipped import (
    ENCRYPTED_REFUSAL,
    OLD_WORD_REFUSAL,
    OLE,
    encrypted,
    inflate,
    open_zip,
)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 500
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # all members together, as declared and as inflated
# XML elements in all parsed parts together: a real form has a few tens of thousands
MAX_ELEMENTS = 400_000
# entities never resolved, no DTD, no network; without huge_tree libxml2 refuses nesting
# deeper than 256 levels and text nodes over 10 MB
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False, remove_comments=True, remove_pis=True)

_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE_DOCUMENT = "/officeDocument"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_DC_DESCRIPTION = "{http://purl.org/dc/elements/1.1/}description"  # Word's "Kommentarer"
_DS_ITEM = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}datastoreItem"
_DS_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}itemID"
_ITEM_PROPS = re.compile(r"customXml/itemProps(\d+)\.xml", re.IGNORECASE)
# Word's "Strict Open XML" names the same elements in other namespaces
_STRICT = ((b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
           (b"http://purl.oclc.org/ooxml/officeDocument/customXml",
            b"http://schemas.openxmlformats.org/officeDocument/2006/customXml"))


@dataclass
class Package:
    """The parts of a Word document a reader looks at, parsed."""

    name: str  # the file as messages name it
    raw: bytes
    main_part: str  # e.g. "word/document.xml"
    document: etree._Element  # w:document
    title: str  # the document's title property ("" when it has none)
    comments: str = ""  # the document's own comment (File › Properties › Comments)
    styles: etree._Element | None = None
    numbering: etree._Element | None = None
    # custom XML parts by their store item id ("{…}", upper case): data-bound controls
    custom: dict[str, etree._Element] = field(default_factory=dict)
    headers: list[etree._Element] = field(default_factory=list)  # page headers (w:hdr)


class _Budget:
    """Elements left to parse, shared by every part of one document."""

    def __init__(self) -> None:
        self.left = MAX_ELEMENTS


def _members(data: bytes, where: Location) -> dict[str, bytes]:
    if data.startswith(OLE):
        raise InputError(ENCRYPTED_REFUSAL if encrypted(data) else OLD_WORD_REFUSAL, where)
    if not data.startswith(b"PK"):
        raise InputError("filen är inget Word-dokument (.docx)", where)
    parts: dict[str, bytes] = {}
    chunks: list[bytes] = []  # of the member being inflated
    inflated = 0  # of all members so far

    def keep(chunk: bytes) -> None:
        nonlocal inflated
        inflated += len(chunk)
        if inflated > MAX_UNCOMPRESSED:
            raise InputError(f"Word-filen är för stor uppackad (över {MAX_UNCOMPRESSED} byte)",
                             where)
        chunks.append(chunk)

    with open_zip(data, where, "Word-filen", "är skadad (ingen giltig zip-fil)", MAX_MEMBERS,
                  MAX_UNCOMPRESSED) as archive:
        for member in archive.infolist():
            chunks.clear()
            inflate(archive, member, where, "Word-filen", keep)
            parts[member.filename] = b"".join(chunks)
    return parts


def parse_part(data: bytes, part: str, where: Location, budget: _Budget) -> etree._Element:
    """One XML part as a tree, refused before parsing when it has too many elements."""
    for strict, transitional in _STRICT:
        data = data.replace(strict, transitional)
    # every element opens with "<" that no "/" follows: counted at C speed, an upper
    # bound (comments and declarations count too) that refuses a bomb before parsing
    budget.left -= data.count(b"<") - data.count(b"</")
    if budget.left < 0:
        _too_big(part, where, f"fler än {MAX_ELEMENTS} XML-element")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"Word-filen kan inte läsas ({type(exc).__name__} i {part}); öppna "
                         "den i Word och spara den igen som .docx", where) from None
    if root is None:
        raise InputError(f"Word-filen kan inte läsas ({part} är tom)", where)
    return root


def _too_big(part: str, where: Location, limit: str) -> NoReturn:
    raise InputError(f"Word-filen är för stor eller för djupt nästlad för ett formulär ({part} "
                     f"har {limit}); spara om dokumentet i Word eller dela upp det", where)


def _target(base: str, target: str) -> str:
    """A relationship's target as a part name: absolute ("/word/x.xml") or relative to the
    folder of the part whose relationships name it."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target)).lstrip("/")


def _relations(parts: dict[str, bytes], part: str, where: Location,
               budget: _Budget) -> list[tuple[str, str]]:
    """(type, target part) of every internal relationship of ``part`` ("" = the package)."""
    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    if rels not in parts:
        return []
    root = parse_part(parts[rels], rels, where, budget)
    return [(rel.get("Type") or "", _target(part, rel.get("Target") or ""))
            for rel in root.iter(_REL) if rel.get("TargetMode") != "External"]


def _content_type(parts: dict[str, bytes], part: str, where: Location,
                  budget: _Budget) -> str:
    if "[Content_Types].xml" not in parts:
        return ""
    types = parse_part(parts["[Content_Types].xml"], "[Content_Types].xml", where, budget)
    for override in types.iter(f"{_CT}Override"):
        if (override.get("PartName") or "").lstrip("/").casefold() == part.casefold():
            return override.get("ContentType") or ""
    extension = posixpath.splitext(part)[1].lstrip(".").casefold()
    for default in types.iter(f"{_CT}Default"):
        if (default.get("Extension") or "").casefold() == extension:
            return default.get("ContentType") or ""
    return ""


def _custom_parts(parts: dict[str, bytes], where: Location,
                  budget: _Budget) -> dict[str, etree._Element]:
    """Custom XML parts by store item id, read from each ``customXml/itemPropsN.xml``."""
    found: dict[str, etree._Element] = {}
    for part in sorted(parts):
        number = _ITEM_PROPS.fullmatch(part)
        item = f"customXml/item{number.group(1)}.xml" if number else None
        if item is None or item not in parts:
            continue
        props = parse_part(parts[part], part, where, budget)
        store = props if props.tag == _DS_ITEM else props.find(f".//{_DS_ITEM}")
        if store is not None and store.get(_DS_ID):
            found[(store.get(_DS_ID) or "").upper()] = parse_part(parts[item], item, where,
                                                                  budget)
    return found


def open_package(data: bytes, name: str) -> Package:
    """The Word document in ``data`` (.docx, or .docm whose macros stay unread)."""
    where = Location(name)
    parts = _members(data, where)
    budget = _Budget()

    def first(relations: list[tuple[str, str]], kind: str) -> str | None:
        return next((target for k, target in relations if k.endswith(kind)
                     and target in parts), None)

    package = _relations(parts, "", where, budget)
    main = first(package, _OFFICE_DOCUMENT)
    if main is None or _content_type(parts, main, where, budget) not in _MAIN_TYPES:
        raise InputError("filen är inget Word-dokument (paketets relationer pekar inte ut "
                         "någon huvuddel av Word-typ)", where)
    document = parse_part(parts[main], main, where, budget)
    related = _relations(parts, main, where, budget)
    headers = [parse_part(parts[target], target, where, budget) for kind, target in related
               if kind.endswith("/header") and target in parts]
    found: dict[str, etree._Element | None] = dict.fromkeys(("styles", "numbering"))
    for kind in found:
        target = first(related, f"/{kind}")
        found[kind] = parse_part(parts[target], target, where, budget) if target else None
    core = first(package, "/core-properties")
    properties = parse_part(parts[core], core, where, budget) if core else None
    title, comments = ("" if properties is None else properties.findtext(tag) or ""
                       for tag in (_DC_TITLE, _DC_DESCRIPTION))
    return Package(name, data, main, document, title, comments, found["styles"],
                   found["numbering"], _custom_parts(parts, where, budget), headers)
