"""Calendar logic of the agreements, in one place."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.match(text)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"'{text}' är ingen månad (väntade ÅÅÅÅ-MM)")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        """The month as a report writes it: "mars 2024"."""
        return f"{MONTH_NAMES[self.month - 1]} {self.year}"

    @property
    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)


def months_between(first: Month, last: Month) -> list[Month]:
    months, current = [], first
    while current <= last:
        months.append(current)
        current = current.next()
    return months


def month_deadline(month: Month, days_after_end: int) -> dt.date:
    """The day data for ``month`` is due: ``days_after_end`` days after its last day.

    The agreement's "three weeks after the month the measurement refers to" is 21 days
    after the last day, so January is due 21 February and leap-year February 21 March.
    """
    return month.last_day + dt.timedelta(days=days_after_end)
