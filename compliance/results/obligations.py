"""Dated obligations as plain data: what falls due when, and where it stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum

SOON_DAYS = 30  # what falls due (or opens) within this many days is shown first


class ReadinessState(StrEnum):
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    DUE = "due"  # in ``days`` days (0: today)
    AHEAD = "ahead"  # a dated event that is not the region's to do (a decision, a payment)
    STARTS = "starts"  # a window that opens in ``days`` days
    ONGOING = "ongoing"  # a window open until ``until``
    PASSED = "passed"
    NO_DATA = "no_data"  # data that is not the region's to record (e.g. the register's)
    NOT_HELD = "not_held"  # the region's kind of document has no place for it (a Word form)


class Urgency(IntEnum):
    """How soon an obligation needs attention; the status view shows the lowest first."""

    OVERDUE = 0
    SOON = 1  # due or opening within SOON_DAYS days, or a window open now
    OTHER = 2  # done, passed, or further ahead


@dataclass(frozen=True)
class Obligation:
    date: dt.date
    title: str
    state: ReadinessState
    detail: str = ""
    days: int | None = None  # DUE, STARTS
    done: dt.date | None = None  # DONE_LATE: when it was done
    until: dt.date | None = None  # ONGOING
    rule: str | None = None  # the rule whose verdict judges this obligation, if one does
    subject: str | None = None  # and the subject of its evidence (a month, an answer)
    awaited: bool = False  # not the region's to do (a decision, a payment): never urgent

    @classmethod
    def dated(cls, date: dt.date, title: str, done: dt.date | None, as_of: dt.date,
              detail: str = "", rule: str | None = None,
              subject: str | None = None) -> Obligation:
        """An obligation that something records as done (or not) by ``as_of``."""
        if done is not None and done <= as_of:
            if done <= date:
                return cls(date, title, ReadinessState.DONE, detail, rule=rule, subject=subject)
            return cls(date, title, ReadinessState.DONE_LATE, detail, done=done, rule=rule,
                       subject=subject)
        if as_of > date:
            return cls(date, title, ReadinessState.OVERDUE, detail, rule=rule, subject=subject)
        return cls(date, title, ReadinessState.DUE, detail, days=(date - as_of).days,
                   rule=rule, subject=subject)

    @property
    def urgency(self) -> Urgency:
        if self.awaited:
            return Urgency.OTHER
        if self.state is ReadinessState.OVERDUE:
            return Urgency.OVERDUE
        if self.state is ReadinessState.ONGOING or (
                self.state in (ReadinessState.DUE, ReadinessState.STARTS)
                and self.days is not None and self.days <= SOON_DAYS):
            return Urgency.SOON
        return Urgency.OTHER
