"""The strategist's readiness view as plain data: every dated obligation with its state,
and what villkor and krav still lack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from compliance.results.obligations import Obligation
from compliance.results.verdict import Outcome, Report


@dataclass(frozen=True)
class Missing:
    due: dt.date | None
    rule: str
    text: str
    outcome: Outcome
    not_held: bool = False  # the document cannot hold it: supplied beside the document


@dataclass(frozen=True)
class Readiness:
    report: Report
    timeline: tuple[Obligation, ...]
    missing: tuple[Missing, ...]
