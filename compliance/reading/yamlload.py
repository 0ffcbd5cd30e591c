"""Load YAML safely into plain Python data, remembering where every node stood.

We compose the node graph with ruamel.yaml and build the data ourselves: only the core
scalar types are accepted, any explicit tag such as ``!!python/object`` is an error,
timestamps stay strings (pydantic parses them, so ``2024-02-30`` gets a located error)
and alias expansion is bounded.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from compliance.errors import InputError, Location
from compliance.reading.fastyaml import UNSURE as _UNSURE
from compliance.reading.fastyaml import compose as _fast_compose
from compliance.reading.files import Input, Upload, read_input
from compliance.reading.text import normalise_key
from compliance.reading.yamlerrors import in_swedish

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 50

Path_ = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp",
                                              "map", "seq")}
_MERGE = f"{_CORE}merge"


@dataclass
class Document:
    """Plain data from one YAML file plus the position of every node by its path."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    sha256: str = ""  # of the bytes read, for the audit trail
    # a document without lines (a Word form): where each value stood, in words
    places: dict[Path_, str] = field(default_factory=dict)

    def location(self, path: Path_ = ()) -> Location:
        """The location of the deepest known node on ``path``."""
        for end in range(len(path), -1, -1):
            place = self.places.get(tuple(path[:end]))
            if place is not None:
                return Location(self.file, place=place)
            pos = self.positions.get(tuple(path[:end]))
            if pos is not None:
                return Location(self.file, pos[0], pos[1])
        return Location(self.file)

    def key_location(self, path: Path_) -> Location:
        """Where the key that ends ``path`` stands (for unknown or misplaced keys)."""
        pos = self.key_positions.get(tuple(path))
        return Location(self.file, pos[0], pos[1]) if pos else self.location(path)


def display_name(path: Input) -> str:
    """A path as the user gave it when relative to the working directory; an upload's
    own name."""
    if isinstance(path, Upload):
        return path.name
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (ValueError, RuntimeError, OSError):  # elsewhere, or a loop of symbolic links
        return str(path)


def load_file(path: Input) -> Document:
    name = display_name(path)
    raw = read_input(path, MAX_FILE_BYTES, name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"filen är inte UTF-8-kodad text ({exc.reason})",
                         _byte_location(raw, exc.start, name)) from None
    doc = load_text(text, name)
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def _byte_location(raw: bytes, offset: int, name: str) -> Location:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return Location(name, raw.count(b"\n", 0, offset) + 1, offset - line_start + 1)


def load_text(text: str, name: str, *, fast: bool = True) -> Document:
    """Plain data and positions from YAML text: by libyaml's C parser where it is sure of
    the result (``reading.fastyaml``), else (or with ``fast=False``) by ruamel's pure-Python
    parser, which is the reference and reports every problem."""
    node = _fast_compose(text, MAX_DEPTH) if fast else _UNSURE
    if node is _UNSURE:
        node = _compose(text, name)
    doc = Document(name, None)
    if node is not None:
        builder = _Builder(doc)
        doc.data = builder.build(node, (), 0)
    return doc


def _compose(text: str, name: str) -> Node | None:
    """The node graph by ruamel's pure-Python parser (YAML 1.2), every problem a located
    error: the reference the fast path must agree with."""
    yaml = YAML(typ="rt", pure=True)
    try:
        with warnings.catch_warnings():
            # ruamel warns (on stderr, with its own path) about e.g. a reused anchor: that
            # is a problem in the input, so it becomes a located error like the others
            warnings.simplefilter("error")
            node = yaml.compose(text)
    except Warning as exc:
        raise InputError(f"ogiltig YAML: {str(exc).splitlines()[0]}", Location(name)) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        raise InputError(f"ogiltig YAML: {in_swedish(exc.problem or exc.context or '')}",
                         where) from None
    except YAMLError as exc:
        raise InputError(f"ogiltig YAML: {exc}", Location(name)) from None
    except RecursionError:
        # the parser recurses once per nesting level before our own depth check runs
        line, column = _deepest(text)
        raise InputError(f"för djup nästling (över {MAX_DEPTH} nivåer)",
                         Location(name, line, column)) from None
    return node  # type: ignore[no-any-return]


def _deepest(text: str) -> tuple[int, int]:
    """Where nesting first goes deeper than MAX_DEPTH: flow brackets outside quotes and
    comments, or else the line with the most block indentation and ``- `` markers."""
    depth, quote, line, column = 0, "", 1, 0
    comment = False
    previous = "\n"
    for char in text:
        column += 1
        if char == "\n":
            line, column, comment = line + 1, 0, False
        elif comment:
            pass
        elif quote:
            if char == quote and not (quote == '"' and previous == "\\"):
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#" and previous in " \t\n":
            comment = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, column
        elif char in "]}":
            depth = max(depth - 1, 0)
        previous = char
    lines = text.split("\n")
    widths = [len(row) - len(row.lstrip(" -?:")) for row in lines]
    deepest = max(range(len(lines)), key=widths.__getitem__) if lines else 0
    return deepest + 1, widths[deepest] + 1 if lines else 1


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.count = 0

    def _error(self, node: Node, message: str) -> InputError:
        mark = node.start_mark
        return InputError(message, Location(self.doc.file, mark.line + 1, mark.column + 1))

    def build(self, node: Node, path: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self._error(node, f"för många noder (över {MAX_NODES}); "
                                    "filen kan innehålla en aliasbomb")
        if depth > MAX_DEPTH:
            raise self._error(node, f"för djup nästling (över {MAX_DEPTH} nivåer)")
        tag = str(node.tag)
        if tag not in _ALLOWED_TAGS:
            raise self._error(node, f"taggen {tag} är inte tillåten; "
                                    "bara vanliga YAML-värden accepteras")
        self.doc.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == _MERGE:
                    raise self._error(key_node, "sammanslagningsnycklar (<<) stöds inte")
                if not isinstance(key_node, ScalarNode):
                    raise self._error(key_node, "en nyckel måste vara en enkel text")
                key = normalise_key(self._text(key_node, str(key_node.value)))
                if key in result:
                    first = self.doc.key_positions[(*path, key)][0]
                    raise self._error(key_node, f"dubblett: '{key}' finns redan på rad {first}")
                mark = key_node.start_mark
                self.doc.key_positions[(*path, key)] = (mark.line + 1, mark.column + 1)
                result[key] = self.build(value_node, (*path, key), depth + 1)
            return result
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node, tag.removeprefix(_CORE))

    def _scalar(self, node: ScalarNode, tag: str) -> Any:
        value = node.value
        try:
            if tag == "null":
                return None
            if tag == "bool":
                return value.lower() == "true"
            if tag == "int":
                return int(value.replace("_", ""), 0) if value[:2].lower() in ("0x", "0o") \
                    else int(value.replace("_", ""))
            if tag == "float":
                lowered = value.lower().lstrip("+")
                if lowered in (".inf", "-.inf", ".nan"):
                    return {".inf": math.inf, "-.inf": -math.inf}.get(lowered, math.nan)
                return float(value.replace("_", ""))
        except ValueError:
            return value
        if node.style == ">":
            value = value.replace("\a", "")  # ruamel marks folded line breaks with BEL
        return self._text(node, value)

    def _text(self, node: Node, value: str) -> str:
        """Text as it may go on: a lone surrogate (from a ``\\ud800`` escape) cannot be
        printed or written to a report, so it is a located error here."""
        bad = next((char for char in value if "\ud800" <= char <= "\udfff"), None)
        if bad is not None:
            raise self._error(node, f"ogiltigt tecken U+{ord(bad):04X} (ett ensamt "
                                    "surrogattecken); skriv tecknet som det är")
        return value

