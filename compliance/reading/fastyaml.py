"""The fast path of YAML loading: libyaml's C parser (ruamel.yaml's C extension) turned
into ruamel's node graph, with every node's line and column, by a small composer.

It handles only what it is sure of and otherwise answers ``UNSURE``; ``yamlload`` then
parses the text again with ruamel's pure-Python parser, the reference, which gives the
result or the located error. Unsure are: a directive (``%YAML``, ``%TAG``), any explicit
tag, an anchor used twice or an alias to no anchor, more than one document, nesting
deeper than the limit, a tab anywhere, an empty plain value (the parsers place it
differently), a warning, and anything the C parser refuses (it knows YAML 1.1 syntax,
which refuses a little that YAML 1.2 allows). Scalars are resolved by ruamel's YAML 1.2
resolver, as the pure path resolves them. Without the C extension every text is
``UNSURE``: slower, never different. ``tests/test_yaml_fast.py`` shows both paths give
the same data and positions for every fixture and pack file.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import Any

from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingStartEvent,
    ScalarEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import VersionedResolver

try:
    from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
except ImportError:  # ruamel.yaml without its C extension (the libyaml extra)
    CParser = None

UNSURE: Any = object()
_RESOLVER = VersionedResolver()  # YAML 1.2, as the pure path resolves a document without %YAML


class _Unsure(Exception):
    pass


def compose(text: str, max_depth: int) -> Node | None | Any:
    """The document's root node (None for an empty stream), or ``UNSURE``."""
    if CParser is None or "\t" in text:  # ruamel refuses some tabs that libyaml accepts
        return UNSURE
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return _Composer(text, max_depth).document()
    except (_Unsure, YAMLError, Warning):
        return UNSURE


class _Composer:
    def __init__(self, text: str, max_depth: int) -> None:
        self.parser = CParser(text)
        self.max_depth = max_depth
        self.anchors: dict[str, Node] = {}

    def document(self) -> Node | None:
        parser = self.parser
        parser.get_event()  # the stream's start
        event = parser.get_event()
        if isinstance(event, StreamEndEvent):
            return None
        if not isinstance(event, DocumentStartEvent) or event.version or event.tags:
            raise _Unsure
        root = self.node()
        parser.get_event()  # the document's end
        if not isinstance(parser.get_event(), StreamEndEvent):
            raise _Unsure  # a second document
        return root

    def node(self) -> Node:
        """One node and everything in it, without recursion (nesting is bounded here,
        not by the C stack)."""
        open_: list[tuple[CollectionNode, list[Node]]] = []
        while True:
            event = self.parser.get_event()
            item: Node
            if isinstance(event, AliasEvent):
                if event.anchor not in self.anchors:
                    raise _Unsure
                item = self.anchors[event.anchor]
            elif isinstance(event, ScalarEvent):
                if not event.value and not event.style:
                    raise _Unsure  # an empty value: the two parsers place it differently
                item = ScalarNode(self._tag(event, ScalarNode, event.value, event.implicit),
                                  event.value, event.start_mark, event.end_mark,
                                  style=event.style or None, anchor=event.anchor)
                self._anchor(event.anchor, item)
            elif isinstance(event, CollectionStartEvent):
                kind: type[CollectionNode] = \
                    MappingNode if isinstance(event, MappingStartEvent) else SequenceNode
                collection: CollectionNode = kind(self._tag(event, kind, None, event.implicit), [],
                                  event.start_mark, None, flow_style=event.flow_style,
                                  anchor=event.anchor)
                self._anchor(event.anchor, collection)
                open_.append((collection, []))
                if len(open_) > self.max_depth + 1:
                    raise _Unsure
                continue
            else:  # the end of the innermost open collection
                if not open_:
                    raise _Unsure
                collection, items = open_.pop()
                collection.end_mark = event.end_mark
                collection.value = list(zip(items[::2], items[1::2], strict=True)) \
                    if isinstance(collection, MappingNode) else items
                item = collection
            if not open_:
                return item
            open_[-1][1].append(item)

    def _tag(self, event: Any, kind: Any, value: str | None, implicit: Any) -> Any:
        if event.tag is not None:
            raise _Unsure  # explicit tags are refused with a message by the reference path
        return _resolve(kind, value, implicit)

    def _anchor(self, anchor: str | None, node: Node) -> None:
        if anchor is not None:
            if anchor in self.anchors:
                raise _Unsure  # ruamel warns about a reused anchor; the reference refuses it
            self.anchors[anchor] = node


@lru_cache(maxsize=4096)
def _resolve(kind: Any, value: str | None, implicit: Any) -> Any:
    return _RESOLVER.resolve(kind, value, implicit)
