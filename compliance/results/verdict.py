"""Outcomes, severities and verdicts: the plain data that flows from judge to reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class ExitCode(IntEnum):
    """What every command returns: the contract with scripts and CI."""

    OK = 0  # no villkor or krav fails or lacks data (lint: no findings)
    FINDINGS = 1  # a villkor or krav is fail or missing (lint: warnings only)
    INPUT_ERROR = 2  # invalid input or usage


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


@dataclass(frozen=True)
class Score:
    """Performance points of one payment period; ``points`` is None while unknown."""

    points: int | None
    maximum: int
    period: str = ""  # the payment period the points are counted for
    payment: str = ""  # the payment they decide (e.g. "augusti")


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class RuleLocation:
    """Where a rule is written, relative to the packs folder: ``PACK/FILE.yaml``."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class InputPlace:
    """Where in the region's own document (a survey export) an answer a verdict read was
    found, as a rule's place is its ``RuleLocation`` (reports word it "rad 3, kolumn F –
    fråga 7a")."""

    file: str
    row: int
    column: int
    question: str | None = None  # "fråga 7a", or the column's header


@dataclass(frozen=True)
class WaiverNote:
    """The exception applied to a verdict, and what the data said without it."""

    justification: str
    approved_by: str
    date: dt.date
    expires: dt.date
    data_outcome: Outcome


@dataclass(frozen=True)
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
    found_in: tuple[InputPlace, ...] = ()  # the cells of the answers it read (survey export)

    @property
    def blocking(self) -> bool:
        return self.severity.blocking and self.outcome in (Outcome.FAIL, Outcome.MISSING)


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
    rules: tuple[str, ...] = ()  # AT_RISK, WAITING: the conditions that put it there
    points: int | None = None  # achieved so far (POINTS)
    max_points: int | None = None
    points_outcome: str | None = None  # the points rule's outcome label (POINTS_UNKNOWN)
    estimate_sek: int | None = None  # BUP: estimated from the points achieved
    assumption: str | None = None


@dataclass(frozen=True)
class Audit:
    """What a reader needs to reproduce a report: tool, rules and inputs, by digest."""

    tool_version: str
    pack_files: tuple[tuple[str, str], ...]  # (pack id/file, sha256)
    inputs: tuple[tuple[str, str], ...]  # (file, sha256)
    waivers: tuple[str, ...] = ()  # what happened to each waiver, in words
    attestations: tuple[str, ...] = ()  # what happened to each attestation, in words


@dataclass(frozen=True)
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

    def counts(self) -> dict[Outcome, int]:
        counts = dict.fromkeys(Outcome, 0)
        for verdict in self.verdicts:
            counts[verdict.outcome] += 1
        return counts

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.FINDINGS if any(v.blocking for v in self.verdicts) else ExitCode.OK
