"""The payments a pack declares and the population figures that share them out.
Distribution keys and the BUP estimate are assumptions the pack states."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from compliance.inputs.validation import Strict


class Population(Strict):
    """The region's and the country's population, the agreement's distribution keys."""

    total: int = Field(gt=0)
    age_0_18: int = Field(gt=0)
    national_total: int = Field(gt=0)
    national_age_0_18: int = Field(gt=0)
    source: str | None = None


class Payment(Strict):
    id: str
    title: str
    amount_msek: float = Field(gt=0)
    key: Literal["total", "age_0_18"]
    paid: str
    conditions: list[str] = []
    points_rule: str | None = None
    assumption: str | None = None
