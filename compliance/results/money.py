"""What each payment of an agreement is worth to a region, and the state of its
conditions: typed, so that every reporter words it the same way."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class MoneyState(StrEnum):
    UNCONDITIONAL = "unconditional"  # no condition in the pack
    MET = "met"  # every condition is met
    WAITING = "waiting"  # a condition is not yet due
    AT_RISK = "at_risk"  # a condition fails or lacks data
    POINTS = "points"  # paid by performance points achieved so far
    POINTS_UNKNOWN = "points_unknown"  # no period's points are known yet


@dataclass(frozen=True)
class MoneyLine:
    payment: str
    title: str
    paid: str
    amount_sek: int | None  # the region's share; None without population figures
    state: MoneyState
    at_risk: tuple[str, ...] = ()  # rules whose verdicts put it at risk
    points: int | None = None  # achieved so far (POINTS)
    max_points: int | None = None
    points_outcome: str | None = None  # the points rule's outcome label (POINTS_UNKNOWN)
    estimate_sek: int | None = None  # BUP: estimated from the points achieved
    assumption: str | None = None
