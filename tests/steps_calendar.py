"""Steps for the strategist's timeline written to files: each format's rows read back
from the file, and the calendar read with the ``icalendar`` library (RFC 5545)."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from helpers import csv_rows
from pytest_bdd import parsers, then


class _Rows(HTMLParser):
    """Every table row's cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _timeline(path: Path) -> dict[str, str]:
    """Obligation title → its state, as the file shows them."""
    suffix = path.suffix
    if suffix == ".json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        return {item["title"]: item["state_text"] for item in doc["timeline"]}
    if suffix == ".xlsx":
        from openpyxl import load_workbook
        sheet = load_workbook(path)["Tidslinje"]
        header = [cell.value for cell in sheet[1]]
        at, state = header.index("Åtagande"), header.index("Läge")
        return {str(row[at]): str(row[state]) for row in sheet.iter_rows(min_row=2,
                                                                          values_only=True)
                if row[at]}
    text = path.read_text(encoding="utf-8")
    if suffix == ".csv":
        return {row[4]: row[5] for row in csv_rows(text)[1:] if row[2] == "Tidslinje"}
    if suffix == ".md":
        cells = [[c.strip() for c in line.strip("|").split("|")]
                 for line in text.splitlines() if line.startswith("| 2")]
        return {row[1]: row[2] for row in cells}
    parser = _Rows()
    parser.feed(text)
    return {row[1]: row[2] for row in parser.rows if len(row) == 3 and row[0][:1] == "2"}


@then(parsers.parse('tidslinjen i filen "{name}" visar "{title}" som "{state}"'))
def file_timeline_state(tmp_path: Path, name: str, title: str, state: str) -> None:
    timeline = _timeline(tmp_path / name)
    assert timeline.get(title) == state, timeline


def _calendar(path: Path) -> Any:
    import icalendar
    return icalendar.Calendar.from_ical(path.read_bytes())


def _events(path: Path) -> list[Any]:
    return list(_calendar(path).walk("VEVENT"))


@then(parsers.parse('kalendern "{name}" är giltig enligt RFC 5545 och har en händelse per rad i '
                    'tidslinjen'))
def calendar_valid(tmp_path: Path, name: str) -> None:
    import icalendar
    raw = (tmp_path / name).read_bytes()
    assert all(line.endswith(b"\r") for line in raw.split(b"\n")[:-1])  # CRLF everywhere
    assert all(len(line) <= 76 for line in raw.split(b"\n"))  # folded at 75 octets + CR
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and calendar.get("PRODID")
    events = list(calendar.walk("VEVENT"))
    for event in events:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert event.get(key) is not None, (key, event)
    uids = [str(event["UID"]) for event in events]
    assert len(uids) == len(set(uids))
    status = tmp_path / "status-for-calendar.json"
    # the same run as JSON: one event per obligation of the timeline
    from helpers import cli
    source = calendar.get("X-WR-CALNAME")
    assert source
    result = cli(["status", str(Path(__file__).resolve().parent.parent / "fixtures" /
                                "region-halland-2024.yaml"), "--as-of",
                  events[0]["DTSTAMP"].dt.date().isoformat(), "-o", str(status)])
    assert result.exit_code in (0, 1)
    timeline = json.loads(status.read_text(encoding="utf-8"))["timeline"]
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(i["title"] for i in timeline)


def _event(path: Path, title: str) -> Any:
    found = [event for event in _events(path) if str(event["SUMMARY"]) == title]
    assert len(found) == 1, [str(event["SUMMARY"]) for event in _events(path)]
    return found[0]


@then(parsers.parse('kalendern "{name}" har händelsen "{title}" den {date} med påminnelser '
                    '{first:d} och {second:d} dagar före'))
def calendar_event(tmp_path: Path, name: str, title: str, date: str, first: int,
                   second: int) -> None:
    event = _event(tmp_path / name, title)
    assert event["DTSTART"].dt == dt.date.fromisoformat(date)
    triggers = sorted(alarm["TRIGGER"].dt for alarm in event.walk("VALARM"))
    assert triggers == [dt.timedelta(days=-first), dt.timedelta(days=-second)], triggers


@then(parsers.parse('kalendern "{name}" har händelsen "{title}" den {date} utan påminnelser'))
def calendar_event_done(tmp_path: Path, name: str, title: str, date: str) -> None:
    event = _event(tmp_path / name, title)
    assert event["DTSTART"].dt == dt.date.fromisoformat(date)
    assert not list(event.walk("VALARM"))


@then(parsers.parse('kalendrarna "{first}" och "{second}" har samma UID för samma händelser, och '
                    '"{later}" är stämplad senare'))
def calendars_same_uids(tmp_path: Path, first: str, second: str, later: str) -> None:
    a = {str(e["SUMMARY"]): (str(e["UID"]), e["DTSTAMP"].dt) for e in _events(tmp_path / first)}
    b = {str(e["SUMMARY"]): (str(e["UID"]), e["DTSTAMP"].dt) for e in _events(tmp_path / second)}
    assert a.keys() == b.keys()
    assert all(a[title][0] == b[title][0] for title in a)
    stamps = b if later == second else a
    others = a if later == second else b
    assert all(stamps[title][1] > others[title][1] for title in a)
