"""What a person sees in a piece of a Word document, and how each part of it was entered.

The visible text of runs typed straight into the document, of content controls (block and
inline, rich and plain), of legacy form fields (``FORMTEXT``'s result, the chosen entry of
``FORMDROPDOWN``, ``FORMCHECKBOX``) and of check-box controls (``w14:checkbox``). A
data-bound control is read from its bound custom-XML part, as Word shows it, not from the
text cached in the document. Never read: hidden text (``w:vanish`` on the run or its
character style), deletions, text moved away (``w:moveFrom``), field codes, the fallback
half of ``mc:AlternateContent``, and a control still showing its placeholder.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree

from compliance.reading.text import label_words, visible
from compliance.reading.values import timestamp_date

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

TYPED = "skriven text"
CONTROL = "innehållskontroll"
FIELD = "formulärfält"
CHECKBOX = "kryssruta"
BOUND = "bunden XML-del"
CHECKED, UNCHECKED = "☒", "☐"

# Word's filler texts: an untouched control shows one of these
FILLERS = ("Klicka eller tryck här för att ange text.", "Välj ett objekt.",
           "Klicka eller tryck för att ange datum.", "Click or tap here to enter text.",
           "Choose an item.", "Click or tap to enter a date.")
# never seen by a reader: tracked deletions and moves away, field codes, properties
_SKIP = {f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}instrText", f"{W}delInstrText",
         f"{W}rPr", f"{W}pPr", f"{W}sdtPr", f"{W}sdtEndPr", f"{W}tblPr", f"{W}trPr",
         f"{W}tcPr", f"{W}tblGrid", f"{W}sectPr", f"{MC}Fallback", f"{W}customXmlPr"}
_OFF = {"0", "false", "off"}
# check boxes drawn as a symbol font's character (w:sym), as the glyph a person sees
_SYMBOLS = {("wingdings", "F0FE"): "☒", ("wingdings", "F078"): "☒", ("wingdings", "F0FD"): "☒",
            ("wingdings", "F0A8"): "☐", ("wingdings", "F06F"): "☐",
            ("wingdings 2", "F053"): "☒", ("wingdings 2", "F054"): "☒",
            ("wingdings 2", "F052"): "☒", ("wingdings 2", "F0A3"): "☐",
            ("wingdings 2", "F02A"): "☐"}
# a bound control's XPath: only plain steps (/ns0:root[1]/ns0:answer[1]), nothing to run
_SIMPLE_XPATH = re.compile(r"(/([\w.-]+:)?[\w.-]+(\[\d{1,4}\])?){1,20}")
_PREFIX = re.compile(r"xmlns:([\w.-]+)=['\"]([^'\"]*)['\"]")


@dataclass(frozen=True)
class Piece:
    """One stretch of visible text and how it was entered; ``group`` tells controls and
    fields apart (typed text is group 0); a check box has ``box`` (ticked or not)."""

    text: str
    how: str
    group: int = 0
    box: bool | None = None
    placeholder: bool = False
    date: dt.date | None = None
    struck: bool = False  # crossed out (w:strike, w:dstrike): an option the writer struck


def on(element: etree._Element | None) -> bool:
    """Whether a toggle property (``<w:b/>``, ``<w:vanish w:val="0"/>``) is on."""
    return element is not None and (element.get(f"{W}val") or "1").casefold() not in _OFF


class Reader:
    """Reads the visible pieces of document elements; knows the document's hidden
    character styles and its custom XML parts."""

    def __init__(self, hidden_styles: set[str], custom: dict[str, etree._Element],
                 placeholder: str | None = None) -> None:
        self.hidden_styles = hidden_styles
        self.custom = custom
        self.fillers = {" ".join(label_words(text)) for text in (*FILLERS, placeholder or "")
                        if text}
        self._groups = 0
        self._cache: dict[etree._Element, tuple[Piece, ...]] = {}

    def pieces(self, element: etree._Element) -> tuple[Piece, ...]:
        """The visible pieces of ``element``, a paragraph's end as a ``"\\n"`` piece."""
        if element not in self._cache:
            out: list[Piece] = []
            _Walk(self, out).element(element, TYPED, 0)
            self._cache[element] = tuple(out)
        return self._cache[element]

    def text(self, element: etree._Element) -> str:
        """The visible text of ``element``, placeholders left out."""
        return join(self.pieces(element))

    def new_group(self) -> int:
        self._groups += 1
        return self._groups

    def is_filler(self, text: str) -> bool:
        return " ".join(label_words(text)) in self.fillers

    def bound_value(self, binding: etree._Element) -> str | None:
        """The text a data-bound control's part holds, or None when it cannot be found."""
        store = (binding.get(f"{W}storeItemID") or "").upper()
        xpath = binding.get(f"{W}xpath") or ""
        root = self.custom.get(store)
        if root is None or not _SIMPLE_XPATH.fullmatch(xpath):
            return None
        namespaces = dict(_PREFIX.findall(binding.get(f"{W}prefixMappings") or ""))
        try:
            found = etree.XPath(xpath, namespaces=namespaces)(root.getroottree())
        except (etree.XPathError, TypeError):
            return None
        if not isinstance(found, list) or len(found) != 1:
            return None
        node = found[0]
        return "".join(node.itertext()) if isinstance(node, etree._Element) else str(node)


def join(pieces: tuple[Piece, ...] | list[Piece]) -> str:
    """Pieces as one text: paragraphs on lines of their own, placeholders left out."""
    text = "".join(piece.text for piece in pieces if not piece.placeholder)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


class _Field:
    """A legacy form field being read: its kind and whether its result has begun."""

    def __init__(self, data: etree._Element | None, group: int) -> None:
        self.data, self.group, self.result = data, group, False

    @property
    def form(self) -> bool:
        return self.data is not None

    @property
    def chosen(self) -> bool:
        """A drop-down or check box: shown by its data, any result runs are a stale copy."""
        return self.data is not None and (self.data.find(f"{W}ddList") is not None or
                                          self.data.find(f"{W}checkBox") is not None)


class _Walk:
    def __init__(self, reader: Reader, out: list[Piece]) -> None:
        self.reader, self.out = reader, out
        self.fields: list[_Field] = []  # complex fields open at this point
        self.hidden_paragraph = False  # the paragraph's style hides its text

    def element(self, element: etree._Element, how: str, group: int) -> None:
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP:
            return
        if tag == f"{W}sdt":
            self.control(element)
        elif tag == f"{W}r":
            self.run(element, how, group)
        elif tag == f"{MC}AlternateContent":
            choice = element.find(f"{MC}Choice")
            if choice is not None:
                self.children(choice, how, group)
        elif tag == f"{W}p":
            style = element.find(f"{W}pPr/{W}pStyle")
            outer = self.hidden_paragraph
            self.hidden_paragraph = style is not None and \
                style.get(f"{W}val") in self.reader.hidden_styles
            self.children(element, how, group)
            self.hidden_paragraph = outer
            self.out.append(Piece("\n", how, group))
        elif tag == f"{W}tr" and row_gone(element):
            return
        else:
            self.children(element, how, group)

    def children(self, element: etree._Element, how: str, group: int) -> None:
        for child in element:
            self.element(child, how, group)

    # -- runs and the legacy fields that span them ----------------------------------------
    def run(self, run: etree._Element, how: str, group: int) -> None:
        hidden = self.hidden(run)
        props = run.find(f"{W}rPr")
        struck = props is not None and any(on(props.find(f"{W}{name}"))
                                           for name in ("strike", "dstrike"))
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self.field_char(child)
                continue
            if self.fields and (not self.fields[-1].result or self.fields[-1].chosen):
                continue  # the field's code, or a stale copy of what its data shows
            if self.fields and self.fields[-1].form:
                how, group = FIELD, self.fields[-1].group
            if hidden:
                continue
            if tag == f"{W}t":
                self.out.append(Piece(child.text or "", how, group, struck=struck))
            elif tag in (f"{W}tab", f"{W}ptab"):
                self.out.append(Piece("\t", how, group))
            elif tag in (f"{W}br", f"{W}cr"):
                self.out.append(Piece("\n", how, group))
            elif tag == f"{W}noBreakHyphen":
                self.out.append(Piece("-", how, group))
            elif tag == f"{W}sym":
                glyph = _SYMBOLS.get(((child.get(f"{W}font") or "").casefold(),
                                      (child.get(f"{W}char") or "").upper()))
                if glyph:
                    self.out.append(Piece(glyph, how, group))
            elif isinstance(tag, str) and tag not in _SKIP:
                self.children(child, how, group)  # drawings: text boxes, alternate content

    def hidden(self, run: etree._Element) -> bool:
        props = run.find(f"{W}rPr")
        vanish = props.find(f"{W}vanish") if props is not None else None
        if vanish is not None:
            return on(vanish)
        style = props.find(f"{W}rStyle") if props is not None else None
        if style is not None and style.get(f"{W}val") in self.reader.hidden_styles:
            return True
        return self.hidden_paragraph

    def field_char(self, char: etree._Element) -> None:
        kind = char.get(f"{W}fldCharType")
        if kind == "begin":
            data = char.find(f"{W}ffData")
            self.fields.append(_Field(data, self.reader.new_group() if data is not None
                                      else 0))
            if data is not None:
                self.form_value(data, self.fields[-1].group)
        elif kind == "separate" and self.fields:
            self.fields[-1].result = True
        elif kind == "end" and self.fields:
            self.fields.pop()

    def form_value(self, data: etree._Element, group: int) -> None:
        """A drop-down's chosen entry or a check box's state (a text field's value is its
        result runs)."""
        box = data.find(f"{W}checkBox")
        if box is not None:
            checked = box.find(f"{W}checked")
            state = on(checked) if checked is not None else on(box.find(f"{W}default"))
            self.out.append(Piece(CHECKED if state else UNCHECKED, FIELD, group, box=state))
            return
        choices = data.find(f"{W}ddList")
        if choices is None:
            return
        entries = [entry.get(f"{W}val") or "" for entry in choices.findall(f"{W}listEntry")]
        result = choices.find(f"{W}result")
        if result is None:
            result = choices.find(f"{W}default")
        index = result.get(f"{W}val") if result is not None else "0"
        if index is not None and index.isdigit() and int(index) < len(entries):
            text = entries[int(index)]
            self.out.append(Piece(text, FIELD, group, placeholder=self.reader.is_filler(text)))

    # -- content controls -----------------------------------------------------------------
    def control(self, sdt: etree._Element) -> None:
        props = sdt.find(f"{W}sdtPr")
        content = sdt.find(f"{W}sdtContent")
        group = self.reader.new_group()
        if props is None:
            props = etree.Element(f"{W}sdtPr")
        box = props.find(f"{W14}checkbox")
        if box is not None:
            checked = box.find(f"{W14}checked")
            state = checked is not None and \
                (checked.get(f"{W14}val") or "1").casefold() not in _OFF
            self.out.append(Piece(CHECKED if state else UNCHECKED, CHECKBOX, group, box=state))
            return
        binding = props.find(f"{W}dataBinding")
        bound = self.reader.bound_value(binding) if binding is not None else None
        if bound is not None:
            self.bound(props, bound, group)
            return
        if props.find(f"{W}showingPlcHdr") is not None or content is None:
            self.out.append(Piece("", CONTROL, group, placeholder=True))
            return
        start = len(self.out)
        self.children(content, CONTROL, group)
        mine = [piece for piece in self.out[start:] if piece.group == group]
        if mine and self.reader.is_filler(join(mine)):
            self.out[start:] = [Piece("", CONTROL, group, placeholder=True)]
            return
        picked = _date(props)
        if picked is not None:
            self.out[start:] = [p if p.group != group else
                                Piece(p.text, p.how, group, date=picked)
                                for p in self.out[start:]]

    def bound(self, props: etree._Element, value: str, group: int) -> None:
        """A data-bound control as Word shows it: the bound value, a drop-down's value as
        its display text."""
        for item in props.iter(f"{W}listItem"):
            if item.get(f"{W}value") == value:
                value = item.get(f"{W}displayText") or value
                break
        text = visible(value)
        picked = None
        if props.find(f"{W}date") is not None:
            picked = _iso_date(text)
        if not text or self.reader.is_filler(text):
            self.out.append(Piece("", BOUND, group, placeholder=True))
            return
        self.out.append(Piece(text, BOUND, group, date=picked))


def row_gone(row: etree._Element) -> bool:
    """A table row deleted with changes tracked, or hidden."""
    props = row.find(f"{W}trPr")
    return props is not None and (props.find(f"{W}del") is not None or
                                  on(props.find(f"{W}hidden")))


def _date(props: etree._Element) -> dt.date | None:
    picker = props.find(f"{W}date")
    return _iso_date(picker.get(f"{W}fullDate") or "") if picker is not None else None


def _iso_date(text: str) -> dt.date | None:
    """A date picker's stored date: a date, or a date-time whose time exists."""
    try:
        return (timestamp_date(text) or dt.date.fromisoformat(text)) if text else None
    except ValueError:
        return None


def visible_controls(root: etree._Element) -> list[etree._Element]:
    """The content controls a person can see: none inside deletions, moves away or the
    fallback half of alternate content."""
    found: list[etree._Element] = []
    stack = [root]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if element.tag == f"{W}sdt":
            found.append(element)
        stack.extend(reversed(element))
    return found
