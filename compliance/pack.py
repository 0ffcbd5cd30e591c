"""Load a rule pack: ``pack.yaml`` (form, dates, sources) plus rule files beside it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .errors import InputError, Location
from .expressions import ExpressionError
from .form import PackMeta
from .kinds import KINDS, RuleSpec
from .kinds.base import CompiledRule
from .validation import located, validate
from .verdict import RuleLocation
from .yamlload import Document, load_file

_RULE = TypeAdapter(RuleSpec)


@dataclass(frozen=True)
class RulePack:
    meta: PackMeta
    rules: tuple[CompiledRule, ...]
    directory: Path
    files: tuple[Path, ...]
    meta_document: Document = field(compare=False, repr=False)

    @property
    def id(self) -> str:
        return self.meta.id


def bundled_packs_dir() -> Path:
    """``rules/`` inside the installed package, or beside it in a source checkout."""
    installed = Path(__file__).parent / "rules"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "rules"


def available_packs(root: Path | None = None) -> list[str]:
    root = root or bundled_packs_dir()
    return sorted(p.name for p in root.iterdir() if (p / "pack.yaml").is_file()) \
        if root.is_dir() else []


_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,99}$")


def find_pack(pack_id: str, root: Path | None = None) -> RulePack:
    root = root or bundled_packs_dir()
    directory = root / pack_id
    if not _PACK_ID.match(pack_id) or not (directory / "pack.yaml").is_file():
        known = ", ".join(available_packs(root)) or "inga"
        raise InputError(f"okänt regelpaket '{pack_id}' (kända paket: {known})")
    return load_pack(directory)


def load_pack(directory: Path) -> RulePack:
    meta_doc = load_file(directory / "pack.yaml")
    if not isinstance(meta_doc.data, dict):
        raise InputError("pack.yaml ska vara en mappning", meta_doc.location())
    meta = validate(PackMeta, meta_doc.data, meta_doc)
    if meta.id != directory.name:
        raise InputError(f"paketets id '{meta.id}' ska vara samma som katalogens namn "
                         f"'{directory.name}'", meta_doc.location(("id",)))
    rules: list[CompiledRule] = []
    seen: dict[str, Location] = {}
    files = sorted(p for p in directory.glob("*.yaml") if p.name != "pack.yaml")
    for path in files:
        doc = load_file(path)
        if not isinstance(doc.data, list):
            raise InputError("en regelfil ska vara en lista av regler", doc.location())
        for index, raw in enumerate(doc.data):
            rule = _compile(raw, index, doc, meta)
            where = doc.location((index, "id"))
            if rule.id in seen:
                raise InputError(f"regel-id '{rule.id}' finns redan ({seen[rule.id]})", where)
            seen[rule.id] = where
            rules.append(rule)
    return RulePack(meta, tuple(rules), directory, (directory / "pack.yaml", *files), meta_doc)


def _compile(raw: Any, index: int, doc: Document, meta: PackMeta) -> CompiledRule:
    try:
        spec = _RULE.validate_python(raw)
    except ValidationError as exc:
        raise located(exc, doc, (index,)) from None
    line = doc.location((index,)).line or 0
    location = RuleLocation(doc.file, line)
    try:
        rule: Any = KINDS[spec.kind][1](spec, meta, location)
        for key, message in rule.problems():
            raise InputError(f"regel {spec.id}: {message}", doc.location((index, key)))
        rule.durable_rules()  # a condition that cannot be compiled is an error in the pack
    except ExpressionError as exc:
        where = doc.location((index, "require"))
        raise InputError(f"regel {spec.id}: villkoret kan inte tolkas vid tecken "
                         f"{exc.offset + 1}: {exc}", where) from None
    assert isinstance(rule, CompiledRule)
    return rule
