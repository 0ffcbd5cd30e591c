"""Dated obligations as plain data: what falls due when, and where it stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class ReadinessState(StrEnum):
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    DUE = "due"  # in ``days`` days (0: today)
    STARTS = "starts"  # a window that opens in ``days`` days
    ONGOING = "ongoing"  # a window open until ``until``
    PASSED = "passed"


@dataclass(frozen=True)
class Obligation:
    date: dt.date
    title: str
    state: ReadinessState
    detail: str = ""
    days: int | None = None  # DUE, STARTS
    done: dt.date | None = None  # DONE_LATE: when it was done
    until: dt.date | None = None  # ONGOING

    @classmethod
    def dated(cls, date: dt.date, title: str, done: dt.date | None, as_of: dt.date,
              detail: str = "") -> Obligation:
        """An obligation that something records as done (or not) by ``as_of``."""
        if done is not None and done <= as_of:
            if done <= date:
                return cls(date, title, ReadinessState.DONE, detail)
            return cls(date, title, ReadinessState.DONE_LATE, detail, done=done)
        if as_of > date:
            return cls(date, title, ReadinessState.OVERDUE, detail)
        return cls(date, title, ReadinessState.DUE, detail, days=(date - as_of).days)
