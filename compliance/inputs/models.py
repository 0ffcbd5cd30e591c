"""A region's submission: its outer shape as read, and its typed values once validated
against its pack."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import Field, field_validator

from compliance.dates import Month
from compliance.errors import Location
from compliance.reading.limits import MAX_MAGNITUDE
from compliance.reading.personal import mask_personal_data
from compliance.reading.strict import BUILT, Strict
from compliance.reading.text import is_blank, visible
from compliance.results.reading import ReadingLine


class Population(Strict):
    """The region's and the country's population, the agreement's distribution keys."""

    total: int = Field(gt=0)
    age_0_18: int = Field(gt=0)
    national_total: int = Field(gt=0)
    national_age_0_18: int = Field(gt=0)
    source: str | None = None


def _mask_text(value: str | None) -> str | None:
    """A free text that reports show as it stands (not an answer, which the rules judge):
    personal data in it is masked as it is read, so no format ever sees it whole."""
    return None if value is None else mask_personal_data(value)


class AttachmentIn(Strict):
    file: str
    received: dt.date | None = None

    @field_validator("file")
    @classmethod
    def _file(cls, value: str) -> str:
        return mask_personal_data(visible(value))


class Envelope(Strict):
    """The submission's outer shape, read before its pack is known."""

    model_config = BUILT

    pack: str
    region: str
    note: str | None = None
    answers: dict[str, Any] = {}
    series: dict[str, dict[str, dict[str, Any]]] = {}
    attachments: dict[str, AttachmentIn] = {}
    population: Population | None = None

    _masked = field_validator("region", "note")(_mask_text)

    @field_validator("population")
    @classmethod
    def _population(cls, value: Population | None) -> Population | None:
        if value is not None:
            for name in ("total", "age_0_18", "national_total", "national_age_0_18"):
                if getattr(value, name) > MAX_MAGNITUDE:
                    raise ValueError(f"{name} ligger utanför det tillåtna intervallet "
                                     f"(högst {MAX_MAGNITUDE:_})".replace("_", " "))
        return value


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
    assumptions: tuple[str, ...] = ()  # definitions the values rest on (e.g. a unit log's)
    # form entry ("answers.X") → where a document without lines (a Word form) holds it
    origins: dict[str, str] = field(default_factory=dict)
    # (series, month, field) → (the region's own figure, the unit log's), where they differ
    disagreements: dict[tuple[str, str, str], tuple[Any, Any]] = field(default_factory=dict)
    # answer → the cell it was read from (line = row) and what its column is ("fråga 7a"),
    # for a submission read from a survey export; a YAML submission's answers need none
    found_at: dict[str, tuple[Location, str]] = field(default_factory=dict)
    # form entry ("series.X") → its title, for what the document's kind cannot hold (a
    # Word form has no register months): judged ej bedömbart for that reason, never failed
    not_held: dict[str, str] = field(default_factory=dict)
    document: str = ""  # the kind of document it was read from, in words ("Word-formuläret")
    # answer → the survey's "kan inte uppskattas" option it was given as (its value None)
    cannot_estimate: dict[str, str] = field(default_factory=dict)
    # how each answer was found in a document without lines (a Word form)
    reading: tuple[ReadingLine, ...] = ()


def _shown(value: str) -> str:
    # a justification of spaces or zero-width characters justifies nothing
    if is_blank(value):
        raise ValueError("får inte vara tomt")
    return visible(value)


def _shown_masked(value: str) -> str:
    """A record's free text as the audit trail shows it, personal data masked."""
    return mask_personal_data(_shown(value))


class Waiver(Strict):
    """An approved exception for one rule (or some of its subjects): the rule is waived,
    what the data says stays."""

    rule: str
    justification: str = Field(min_length=1)
    approved_by: str = Field(min_length=1)
    date: dt.date
    expires: dt.date
    # the months or answers it covers ("2024-06"); without it, the whole rule
    subjects: tuple[str, ...] | None = Field(default=None, min_length=1)
    # the region it is for, in a file for a folder or an export (several regions)
    region: str | None = None

    _visible = field_validator("rule", "region")(_shown)
    _masked = field_validator("justification", "approved_by")(_shown_masked)


class Attestation(Strict):
    """A reviewer's decision on a requirement only a human reader can judge."""

    rule: str
    subject: str | None = None  # the answer it decides, when the rule reads several
    decision: Literal["uppfyllt", "ej uppfyllt"]
    reviewer: str
    date: dt.date
    reason: str
    expires: dt.date | None = None
    region: str | None = None  # the region it is for, as for a waiver

    _visible = field_validator("rule", "region")(_shown)
    _masked = field_validator("reviewer", "reason")(_shown_masked)


Record = TypeVar("Record", Waiver, Attestation)


@dataclass(frozen=True)
class RecordFile(Generic[Record]):
    """Waivers or attestations as read, with where the file came from and where each
    record names its rule."""

    items: tuple[Record, ...]
    source: tuple[str, str]  # (file, sha256)
    rule_locations: tuple[Location, ...]


WaiverFile = RecordFile[Waiver]
AttestationFile = RecordFile[Attestation]
