"""A resolved rule pack: its meta data, its compiled rules and the files they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.declared.form import PackMeta
from compliance.kinds.base import CompiledRule
from compliance.reading.yamlload import Document
from compliance.results.verdict import Shadowing


@dataclass(frozen=True)
class RulePack:
    meta: PackMeta
    rules: tuple[CompiledRule, ...]
    directory: Path
    files: tuple[Path, ...]
    meta_document: Document = field(compare=False, repr=False)
    layers: dict[str, Layer] = field(default_factory=dict, compare=False, repr=False)
    digests: tuple[tuple[str, str], ...] = ()  # (pack id/file name, sha256) of every file
    shadows: Shadowing | None = None  # found in the user's folder over a bundled pack

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True)
class Layer:
    """A rule's YAML as resolved so far, and the file that last wrote it."""

    raw: dict[str, Any]
    index: int
    doc: Document
    pack_file: str  # "PACK/FILE.yaml", how reports name the rule's place
    inherited: bool = False
    retired: bool = False
