"""What changed between two resolved packs, as plain data for `compliance pack diff`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class PackDiff:
    old: str
    new: str
    rules_added: list[str] = field(default_factory=list)
    rules_retired: list[str] = field(default_factory=list)
    rules_changed: dict[str, list[Change]] = field(default_factory=dict)
    form_added: list[str] = field(default_factory=list)
    form_removed: list[str] = field(default_factory=list)
    pack_changed: list[Change] = field(default_factory=list)
