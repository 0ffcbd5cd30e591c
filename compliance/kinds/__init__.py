"""The rule kinds, registered in one table: adding a kind is one module and one line."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Discriminator, Tag

from compliance.kinds.base import CompiledRule
from compliance.kinds.claim import ClaimRule, ClaimSpec
from compliance.kinds.points import PointsRule, PointsSpec
from compliance.kinds.require import RequireRule, RequireSpec

KINDS: dict[str, tuple[type[Any], type[CompiledRule]]] = {
    "require": (RequireSpec, RequireRule),
    "points": (PointsSpec, PointsRule),
    "claim": (ClaimSpec, ClaimRule),
}


def _kind(value: Any) -> str:
    return str(value.get("kind", "require")) if isinstance(value, dict) else "require"


RuleSpec = Annotated[
    Annotated[RequireSpec, Tag("require")] | Annotated[PointsSpec, Tag("points")]
    | Annotated[ClaimSpec, Tag("claim")],
    Discriminator(_kind),
]
