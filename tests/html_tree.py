"""A small element tree from HTML (the standard library's parser), for tests that check
a report's structure rather than its text: tables, headers, badges, inline SVG."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}
SVG_EMPTY = {"line", "polyline", "circle", "rect", "path"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def iter(self, tag: str | None = None) -> Iterator[Element]:
        """This element and every element below it, in document order."""
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter(tag)

    def all(self, tag: str, **attrs: str) -> list[Element]:
        """Elements with ``tag`` whose attributes hold ``attrs`` (``class_`` matches one
        of the classes)."""
        found = []
        for element in self.iter(tag):
            classes = element.attrs.get("class", "").split()
            if all((value in classes) if key == "class_" else element.attrs.get(key) == value
                   for key, value in attrs.items()):
                found.append(element)
        return found

    def one(self, tag: str, **attrs: str) -> Element:
        found = self.all(tag, **attrs)
        assert len(found) == 1, f"{len(found)} <{tag} {attrs}>"
        return found[0]

    def child(self, tag: str) -> Element:
        """The one direct child element with ``tag``."""
        found = [c for c in self.children if isinstance(c, Element) and c.tag == tag]
        assert len(found) == 1, f"{len(found)} <{tag}> in <{self.tag}>"
        return found[0]

    def text(self) -> str:
        """The text inside, whitespace collapsed (an SVG <title> tooltip included)."""
        parts = [child if isinstance(child, str) else child.text() for child in self.children]
        return " ".join(" ".join(parts).split())

    def own_text(self) -> str:
        """The text inside, without the tooltips of SVG marks."""
        parts = [child if isinstance(child, str) else child.own_text()
                 for child in self.children
                 if isinstance(child, str) or child.tag != "title" or self.tag == "svg"]
        return " ".join(" ".join(parts).split())

    def number(self, name: str) -> float:
        return float(self.attrs[name])


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("document")
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    """The document as a tree; a tag closed out of order fails the test."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    assert len(builder.stack) == 1, f"<{builder.stack[-1].tag}> is never closed"
    return builder.root
