"""A region's submission: its outer shape as read, and its typed values once validated
against its pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field

from compliance.dates import Month
from compliance.inputs.strict import Strict


class Population(Strict):
    """The region's and the country's population, the agreement's distribution keys."""

    total: int = Field(gt=0)
    age_0_18: int = Field(gt=0)
    national_total: int = Field(gt=0)
    national_age_0_18: int = Field(gt=0)
    source: str | None = None


class AttachmentIn(Strict):
    file: str
    received: dt.date | None = None


class Envelope(Strict):
    """The submission's outer shape, read before its pack is known."""

    pack: str
    region: str
    note: str | None = None
    answers: dict[str, Any] = {}
    series: dict[str, dict[str, dict[str, Any]]] = {}
    attachments: dict[str, AttachmentIn] = {}
    population: Population | None = None


@dataclass(frozen=True)
class Submission:
    """Typed values: dates as ``datetime.date``, percentages as floats, unanswered as None."""

    pack_id: str
    region: str
    note: str | None
    answers: dict[str, Any]
    series: dict[str, dict[Month, dict[str, Any]]]
    attachments: dict[str, AttachmentIn]
    population: Population | None = None
    source: tuple[str, str] | None = None  # (file, sha256) it was read from
    # (series, month, field) → a note for evidence, e.g. the units that did not report
    notes: dict[tuple[str, str, str], str] = field(default_factory=dict)
    extra_inputs: tuple[tuple[str, str], ...] = ()  # (file, sha256) of logs read with it
