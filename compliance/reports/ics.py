"""The strategist's timeline as an RFC 5545 calendar (``status --format ics``): one
all-day event per dated obligation, with reminders 14 and 3 days before those still
ahead. Each event's UID is made from region, pack and obligation, never from the run,
so importing a later run's calendar updates the events instead of adding copies (its
DTSTAMP, the as-of date, is later)."""

from __future__ import annotations

import datetime as dt
import hashlib

from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.obligations import Obligation, ReadinessState
from compliance.results.readiness import Readiness

REMINDER_DAYS = (14, 3)
PRODID = "-//compliance//Överenskommelsernas datum//SV"
_DONE = (ReadinessState.DONE, ReadinessState.DONE_LATE, ReadinessState.PASSED)


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line
    breaks as ``\\n``, control characters out."""
    plain = printable(text.replace("\r\n", "\n").replace("\r", "\n"))
    return (plain.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    current = ""
    for char in line:
        limit = 75 if not out else 74  # a continuation line starts with one space
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _uid(view: Readiness, item: Obligation) -> str:
    """Stable across runs and as-of dates: the same obligation gets the same UID."""
    key = "\x1f".join((view.report.region, view.report.pack_id, item.title,
                       item.rule or "", item.subject or ""))
    return f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@compliance"


def _day(date: dt.date) -> str:
    return date.strftime("%Y%m%d")


def _event(view: Readiness, item: Obligation, stamp: str) -> list[str]:
    report = view.report
    end = item.until or item.date
    state = phrases.readiness_state(item)
    description = "\n".join(part for part in (
        f"{report.region} – {report.pack_title}",
        f"Läge per {report.as_of.isoformat()}: {state}",
        item.detail,
        f"Regel: {item.rule}" if item.rule else "",
    ) if part)
    lines = ["BEGIN:VEVENT", f"UID:{_uid(view, item)}", f"DTSTAMP:{stamp}",
             f"DTSTART;VALUE=DATE:{_day(item.date)}",
             f"DTEND;VALUE=DATE:{_day(end + dt.timedelta(days=1))}",
             f"SUMMARY:{_escape(item.title)}",
             f"DESCRIPTION:{_escape(description)}",
             "TRANSP:TRANSPARENT",
             f"CATEGORIES:{_escape(report.pack_id)}"]
    if item.state not in _DONE:
        for days in REMINDER_DAYS:
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:-P{days}D",
                      f"DESCRIPTION:{_escape(f'Om {days} dagar: {item.title}')}",
                      "END:VALARM"]
    return [*lines, "END:VEVENT"]


def render(result: Result, target: Target) -> str:
    assert isinstance(result, Readiness)  # the format table lets only status through
    report = result.report
    stamp = f"{_day(report.as_of)}T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH",
             f"X-WR-CALNAME:{_escape(f'{report.region} – {report.pack_title}')}"]
    seen: set[str] = set()
    for item in sorted(result.timeline, key=lambda o: (o.date, o.title)):
        event = _event(result, item, stamp)
        if event[1] not in seen:  # one event per obligation, however often it is listed
            seen.add(event[1])
            lines += event
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
