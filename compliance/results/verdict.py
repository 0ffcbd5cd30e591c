"""Outcomes, severities and verdicts: the plain data that flows from judge to reports."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field, fields, replace
from enum import IntEnum, StrEnum
from typing import Any, TypeVar

from compliance.results.reading import ReadingLine

T = TypeVar("T")


class ExitCode(IntEnum):
    """What every command returns: the contract with scripts and CI."""

    OK = 0  # no villkor or krav fails or lacks data (lint: no findings)
    FINDINGS = 1  # a villkor or krav is fail or missing (lint: warnings only)
    INPUT_ERROR = 2  # invalid input or usage
    INTERNAL_ERROR = 3  # a bug in compliance: no report was written


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    MISSING = "missing"
    PENDING = "pending"
    WAIVED = "waived"
    GRADED = "graded"  # judged in points, not as met or not met (BUP performance)
    REVIEW = "review"  # a human reader decides; no attestation yet

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.PASS: "uppfyllt",
    Outcome.FAIL: "ej uppfyllt",
    Outcome.MISSING: "ej bedömbart",
    Outcome.PENDING: "väntar",
    Outcome.WAIVED: "undantag",
    Outcome.GRADED: "poäng",
    Outcome.REVIEW: "att granska",
}


class Severity(StrEnum):
    """What a rule is, as the seeds state it (the report's column "Typ")."""

    VILLKOR = "villkor"  # a payment depends on it (the pack names which)
    KRAV = "krav"  # required by the form or the agreement, no payment tied to it
    MAL = "mål"  # a goal of the agreement; no payment depends on it
    INDIKATOR = "indikator"  # information

    @property
    def blocking(self) -> bool:
        """Whether a fail or missing verdict of this type gives exit code 1."""
        return self in (Severity.VILLKOR, Severity.KRAV)


LIMIT_OPERATORS = ("<", "<=", ">", ">=")  # the comparisons a chart can draw as a limit


@dataclass(frozen=True, slots=True)
class Plot:
    """What a chart draws for one subject: the compared value, ``value op limit`` being
    what the rule requires, with labels in words (the JSON contract's typed threshold is
    ``Measure``).

    Dates count from ``start`` (a month's last day) so that a chart can show "day 22"
    against "day 21"; ``limit`` is None when it is itself absent."""

    label: str  # the field in words, e.g. "svarsfrekvens för väntande"
    value: float | dt.date | None  # None: the value is absent
    op: str  # one of LIMIT_OPERATORS
    limit: float | dt.date | None
    limit_label: str  # e.g. "kravet" or "sista leveransdag"
    unit: str = ""  # "%" for a percentage, "" otherwise
    start: dt.date | None = None  # dates: the day the measured period ends
    subject: str = ""  # what was measured, in words: "Mars 2024", "3.4 fråga 1"

    def __post_init__(self) -> None:
        if self.op not in LIMIT_OPERATORS:
            raise ValueError(f"a measure's limit is one of {LIMIT_OPERATORS}, not {self.op!r}")


@dataclass(frozen=True, slots=True)
class PointsBand:
    """One band of a points table: a mean share of at least ``min`` % gives ``points``."""

    min: float
    points: int


@dataclass(frozen=True, slots=True)
class ScorePart:
    """One measure of a points period: its mean share in % and the points it gave (None
    while months are missing)."""

    label: str
    share: float | None
    points: int | None


@dataclass(frozen=True, slots=True)
class Score:
    """Performance points of one payment period; ``points`` is None while unknown."""

    points: int | None
    maximum: int
    period: str = ""  # the payment period the points are counted for
    payment: str = ""  # the payment they decide (e.g. "augusti")
    parts: tuple[ScorePart, ...] = ()  # each measure's share and points
    bands: tuple[PointsBand, ...] = ()  # the points table, highest band first


class Comparison(StrEnum):
    """How a measured value must stand to its threshold."""

    LT = "<"
    LE = "<="
    GT = ">"
    GE = ">="
    EQ = "=="
    NE = "!="


class Unit(StrEnum):
    """The unit of a measured value, as the pack's form types it."""

    PERCENT = "percent"
    COUNT = "count"  # a whole number
    NUMBER = "number"  # a decimal number without a unit


@dataclass(frozen=True, slots=True)
class Measure:
    """A value a rule compared with a fixed threshold: ``value comparison threshold``
    must hold; ``value`` is None when the data lacks it."""

    field: str
    value: int | float | None
    comparison: Comparison
    threshold: int | float
    unit: Unit


@dataclass(frozen=True, slots=True)
class Compared:
    """One comparison a rule made for one subject: ``value op threshold`` must hold. The
    one shape of a comparison; the JSON report's measures (``Evidence.measures``) and the
    charts' points (``Evidence.plot``) are views of it, and sentences are written from the
    facts beside it."""

    field: str  # the compared field, e.g. "svarsfrekvens_vantande", "levererad"
    label: str  # the field in words, e.g. "svarsfrekvens för väntande"
    value: int | float | dt.date | None  # None: the data lacks it
    op: Comparison
    threshold: int | float | dt.date | None  # None: the limit is itself absent
    threshold_label: str  # "kravet", "målet", "tidsgränsen", or the limit field in words
    unit: Unit | None  # None for a date
    subject: str = ""  # what was measured, in words: "Mars 2024", "3.4 fråga 1"
    start: dt.date | None = None  # dates: the day the measured period ends
    fixed: bool = False  # the threshold is a number the rule states (the JSON contract)
    charted: bool = False  # the comparison a chart of the rule draws


def _charted(value: int | float | dt.date | None) -> float | dt.date | None:
    return float(value) if isinstance(value, int | float) else value


@dataclass(frozen=True, slots=True)
class Evidence:
    """One fact that took part in a decision, in words and as values."""

    text: str
    outcome: Outcome
    subject: str
    values: dict[str, Any] = field(default_factory=dict)
    due: dt.date | None = None  # by when this subject is due, if it has a deadline
    score: Score | None = None  # for points rules: what the money estimate reads
    on_record: bool = True  # False: judged on the absence of a record the submission owes
    label: str = ""  # what the subject is, in words (e.g. "3.4 fråga 5, Vilka data …")
    compared: tuple[Compared, ...] = ()  # the comparisons the rule made for this subject

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The values compared with thresholds the rule states, as the JSON report types
        them."""
        return tuple(Measure(c.field, c.value if isinstance(c.value, int | float) else None,
                             c.op, c.threshold, c.unit)
                     for c in self.compared if c.fixed and c.unit is not None
                     and isinstance(c.threshold, int | float))

    @property
    def plot(self) -> Plot | None:
        """What a chart draws for this subject: the charted comparison, in its terms."""
        c = next((c for c in self.compared if c.charted), None)
        if c is None:
            return None
        return Plot(c.label, _charted(c.value), c.op.value, _charted(c.threshold),
                    c.threshold_label, "%" if c.unit is Unit.PERCENT else "", c.start,
                    c.subject)


@dataclass(frozen=True, slots=True)
class Source:
    document: str
    title: str
    section: str | None = None
    question: str | None = None
    note: str | None = None

    def citation(self, short: bool = False) -> str:
        """"Title, avsnitt 3.4, fråga 1" or, short, "ot24 avsn. 3.4 fr. 1"."""
        if short:
            parts = (self.document, self.section and f"avsn. {self.section}",
                     self.question and f"fr. {self.question}")
            return " ".join(part for part in parts if part)
        parts = (self.title, self.section and f"avsnitt {self.section}",
                 self.question and f"fråga {self.question}")
        return ", ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class RuleLocation:
    """Where a rule is written, relative to the packs folder: ``PACK/FILE.yaml``."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class WaiverNote:
    """The exception applied to a verdict, and what the data said without it."""

    justification: str
    approved_by: str
    date: dt.date
    expires: dt.date
    data_outcome: Outcome


@dataclass(frozen=True, slots=True)
class Verdict:
    rule: str
    title: str
    severity: Severity
    outcome: Outcome
    evidence: tuple[Evidence, ...]
    source: Source
    location: RuleLocation
    summary: str
    assumptions: tuple[str, ...] = ()
    waiver: WaiverNote | None = None
    payments: tuple[str, ...] = ()  # titles of the payments a villkor conditions
    # where in the region's document the values it judged stand ("tabell 4, rad 2 – 3.4
    # fråga 1"), for a document without lines such as a Word form
    found_in: tuple[str, ...] = ()
    # what the rule needed that the region's kind of document cannot hold (a Word form has
    # no register months): the verdict is ej bedömbart for that reason, not the region's
    # failure; ``document`` names the kind ("Word-formuläret")
    not_held: tuple[str, ...] = ()
    document: str = ""

    @property
    def blocking(self) -> bool:
        return self.severity.blocking and self.outcome in (Outcome.FAIL, Outcome.MISSING)


class MoneyState(StrEnum):
    UNCONDITIONAL = "unconditional"  # no condition in the pack
    MET = "met"  # every condition is met
    WAITING = "waiting"  # a condition is not yet due
    AT_RISK = "at_risk"  # a condition fails or lacks data
    NOT_JUDGEABLE = "not_judgeable"  # conditions lack only what the document cannot hold
    POINTS = "points"  # paid by performance points achieved so far
    POINTS_UNKNOWN = "points_unknown"  # no period's points are known yet


@dataclass(frozen=True, slots=True)
class MoneyLine:
    payment: str
    title: str
    paid: str
    amount_sek: int | None  # the region's share; None without population figures
    state: MoneyState
    rules: tuple[str, ...] = ()  # AT_RISK, WAITING: the conditions that put it there
    # WAITING: the conditions that wait on a reviewer, not on a date (``rules`` then
    # holds those whose deadline has not come)
    review: tuple[str, ...] = ()
    points: int | None = None  # achieved so far (POINTS)
    max_points: int | None = None
    points_outcome: str | None = None  # the points rule's outcome label (POINTS_UNKNOWN)
    estimate_sek: int | None = None  # BUP: estimated from the points achieved
    assumption: str | None = None
    information: str | None = None  # what the seed says beside the amount, as information

    @property
    def graded(self) -> bool:
        """Decided by performance points (BUP), known yet or not."""
        return self.state in (MoneyState.POINTS, MoneyState.POINTS_UNKNOWN)


@dataclass(frozen=True, slots=True)
class Shadowing:
    """A pack from the user's folder (--packs, COMPLIANCE_PACKS) that replaces a bundled
    pack of the same id: where it came from and what it holds."""

    folder: str
    sha256: str  # of the pack's files, in order: what was judged with
    bundled_version: str  # the version of the bundled pack it replaces


@dataclass(frozen=True, slots=True)
class Audit:
    """What a reader needs to reproduce a report: tool, rules and inputs, by digest."""

    tool_version: str
    pack_files: tuple[tuple[str, str], ...]  # (pack id/file, sha256)
    inputs: tuple[tuple[str, str], ...]  # (file, sha256)
    waivers: tuple[str, ...] = ()  # what happened to each waiver, in words
    attestations: tuple[str, ...] = ()  # what happened to each attestation, in words
    shadows: Shadowing | None = None  # the pack replaces a bundled one of the same id


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a reporter needs; reporters render it and never recompute it."""

    region: str
    pack_id: str
    pack_version: str
    pack_title: str
    as_of: dt.date
    verdicts: tuple[Verdict, ...]
    notes: tuple[str, ...] = ()
    audit: Audit | None = None
    money: tuple[MoneyLine, ...] = ()  # what each payment is worth to the region
    decision: str | None = None  # who makes the decision these verdicts support
    illustrative: bool = False  # the submission's figures are illustrative, not real data
    unreviewed: str | None = None  # the pack is not checked against its agreement: why
    reading: tuple[ReadingLine, ...] = ()  # how a document's answers were found (Word form)

    def without_evidence(self) -> Report:
        """The report with every verdict but none of the evidence behind them."""
        return replace(self, verdicts=tuple(replace(v, evidence=()) for v in self.verdicts))

    def to_fix(self) -> list[Verdict]:
        """The villkor and krav that fail or lack data: the document's own gaps first,
        then what its kind of document cannot hold (to be supplied beside it)."""
        return sorted((v for v in self.verdicts if v.blocking), key=lambda v: bool(v.not_held))

    def counts(self) -> dict[Outcome, int]:
        counts = dict.fromkeys(Outcome, 0)
        for verdict in self.verdicts:
            counts[verdict.outcome] += 1
        return counts

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if any(v.blocking for v in self.verdicts) else ExitCode.OK


def _shared(value: Any) -> Any:
    """``value`` with its texts (alone, in a tuple or a dict) replaced by the one copy this
    process keeps of each (``sys.intern``)."""
    if type(value) is str:
        return sys.intern(value)
    if type(value) is tuple:
        return tuple(_shared(item) for item in value)
    if type(value) is dict:
        return {_shared(key): _shared(item) for key, item in value.items()}
    return value


def _rebuilt(cls: type[T], values: tuple[Any, ...]) -> T:
    return cls(*(_shared(value) for value in values))


def _reduce(self: Any) -> tuple[Any, ...]:
    return _rebuilt, (type(self), tuple(getattr(self, f.name) for f in fields(self)))


# Reports judged in worker processes (``judging.batch``) come back pickled, each with its
# own copies of the same titles, sources and wording; unpickled, their texts are shared
# with every other report's, so a country's reports take about half the memory.
for _result in (Plot, PointsBand, ScorePart, Score, Measure, Compared, Evidence, Source,
                RuleLocation, WaiverNote, Verdict, MoneyLine, Audit, Report):
    _result.__reduce__ = _reduce  # type: ignore[method-assign]
