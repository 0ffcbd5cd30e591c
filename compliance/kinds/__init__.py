"""The rule kinds, registered in one table: adding a kind is one module and one line.

A kind's module holds all of it: its YAML model (a ``RuleBase`` subclass with a literal
``kind``), what it fires on, how it is judged, how it reads in words and which dated
obligations it adds to the readiness view. The pack schema's union is built from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Union

from pydantic import Discriminator, Tag

from compliance.kinds.base import CompiledRule, RuleBase
from compliance.kinds.claim import ClaimRule, ClaimSpec
from compliance.kinds.points import PointsRule, PointsSpec
from compliance.kinds.require import RequireRule, RequireSpec
from compliance.kinds.review import ReviewRule, ReviewSpec


@dataclass(frozen=True)
class Kind:
    spec: type[RuleBase]  # the rule's YAML model
    rule: type[CompiledRule]  # the compiled rule


DEFAULT_KIND = "require"  # a rule without ``kind:``
KINDS: dict[str, Kind] = {
    "require": Kind(RequireSpec, RequireRule),
    "points": Kind(PointsSpec, PointsRule),
    "claim": Kind(ClaimSpec, ClaimRule),
    "review": Kind(ReviewSpec, ReviewRule),
}


def _kind(value: Any) -> str:
    return str(value.get("kind", DEFAULT_KIND)) if isinstance(value, dict) else DEFAULT_KIND


# One member per kind, tagged with its name; pydantic picks the member by ``kind``.
RuleSpec: Any = Annotated[
    Union[tuple(Annotated[kind.spec, Tag(name)] for name, kind in KINDS.items())],  # noqa: UP007
    Discriminator(_kind),
]
