"""Load YAML safely into plain Python data, remembering where every node stood.

We compose the node graph with ruamel.yaml and build the data ourselves: only the core
scalar types are accepted, any explicit tag such as ``!!python/object`` is an error,
timestamps stay strings (pydantic parses them, so ``2024-02-30`` gets a located error)
and alias expansion is bounded.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from compliance.errors import InputError, Location

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_DEPTH = 50

Path_ = tuple[str | int, ...]

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null", "timestamp",
                                              "map", "seq")}


@dataclass
class Document:
    """Plain data from one YAML file plus the position of every node by its path."""

    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    sha256: str = ""  # of the bytes read, for the audit trail

    def location(self, path: Path_ = ()) -> Location:
        """The location of the deepest known node on ``path``."""
        for end in range(len(path), -1, -1):
            pos = self.positions.get(tuple(path[:end]))
            if pos is not None:
                return Location(self.file, pos[0], pos[1])
        return Location(self.file)

    def key_location(self, path: Path_) -> Location:
        """Where the key that ends ``path`` stands (for unknown or misplaced keys)."""
        pos = self.key_positions.get(tuple(path))
        return Location(self.file, pos[0], pos[1]) if pos else self.location(path)


def display_name(path: Path) -> str:
    """A path as the user gave it when relative to the working directory."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_file(path: Path) -> Document:
    name = display_name(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"filen är för stor ({size} byte); högst {MAX_FILE_BYTES} byte tillåts",
                Location(name))
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"filen är inte UTF-8-kodad text ({exc.reason})", Location(name)) from None
    except IsADirectoryError:
        raise InputError("väntade en fil men fick en katalog", Location(name)) from None
    except OSError as exc:
        raise InputError(f"filen kan inte läsas ({exc.strerror})", Location(name)) from None
    doc = load_text(text, name)
    doc.sha256 = hashlib.sha256(raw).hexdigest()
    return doc


def load_text(text: str, name: str) -> Document:
    yaml = YAML(typ="rt", pure=True)
    try:
        node = yaml.compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        raise InputError(f"ogiltig YAML: {exc.problem or exc.context}", where) from None
    except YAMLError as exc:
        raise InputError(f"ogiltig YAML: {exc}", Location(name)) from None
    doc = Document(name, None)
    if node is not None:
        builder = _Builder(doc)
        doc.data = builder.build(node, (), 0)
    return doc


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
        if node.tag not in _ALLOWED_TAGS:
            raise self._error(node, f"taggen {node.tag} är inte tillåten; "
                                    "bara vanliga YAML-värden accepteras")
        self.doc.positions.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == f"{_CORE}merge":
                    raise self._error(key_node, "sammanslagningsnycklar (<<) stöds inte")
                if not isinstance(key_node, ScalarNode):
                    raise self._error(key_node, "en nyckel måste vara en enkel text")
                key = str(key_node.value)
                if key in result:
                    raise self._error(key_node, f"nyckeln '{key}' förekommer två gånger")
                mark = key_node.start_mark
                self.doc.key_positions[(*path, key)] = (mark.line + 1, mark.column + 1)
                result[key] = self.build(value_node, (*path, key), depth + 1)
            return result
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        return self._scalar(node)

    def _scalar(self, node: ScalarNode) -> Any:
        tag, value = str(node.tag).removeprefix(_CORE), node.value
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
        return value

