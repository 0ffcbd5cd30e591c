"""Unit-level reporting logs (CSV or Excel): one row per unit and month, from which the
monthly response rate and delivery date of the register series are computed.

Columns (English or Swedish names): unit_id/enhet_id, unit_name/enhet, month/månad,
expected/förväntad, reported_waiting/rapporterat_vantande,
reported_actual/rapporterat_genomford, delivered/levererad.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from compliance.dates import Month
from compliance.declared.form import Form, SeriesSpec
from compliance.errors import InputError, Location
from compliance.formatting import disagreement
from compliance.inputs.models import Submission
from compliance.reading.files import Input, read_input
from compliance.reading.limits import YEARS_AFTER, YEARS_BEFORE
from compliance.reading.personal import mask_personal_data
from compliance.reading.tables import Bounds, Rows, table_cells, table_rows
from compliance.reading.text import ascii_digits, visible
from compliance.reading.xlsx import MAX_COLUMNS
from compliance.reading.yamlload import display_name

MAX_LOG_BYTES = 50 * 1024 * 1024  # a CSV or .xlsx file as read from disk
MAX_LOG_ROWS = 1_000_000  # rows of units × months (1 000 units a year is 12 000 rows)
MAX_CELL_CHARS = 10_000  # characters in one CSV cell

COLUMNS = {
    "unit_id": ("unit_id", "enhet_id"),
    "unit_name": ("unit_name", "enhet", "enhetsnamn"),
    "month": ("month", "månad", "manad"),
    "expected": ("expected", "förväntad", "forvantad"),
    "reported_waiting": ("reported_waiting", "rapporterat_vantande", "rapporterat_väntande"),
    "reported_actual": ("reported_actual", "rapporterat_genomford", "rapporterat_genomförd"),
    "delivered": ("delivered", "levererad"),
}
_YES = {"ja", "yes", "1", "true", "sant", "j", "x"}
_NO = {"nej", "no", "0", "false", "falskt", "n"}  # a blank cell is neither: an error
REQUIRED = ("unit_id", "month", "expected", "reported_waiting", "reported_actual")
SHOWN_UNITS = 3  # units named in evidence before the rest are counted


@dataclass
class MonthTally:
    expected: int = 0
    reported: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    delivered: dt.date | None = None


@dataclass(frozen=True)
class UnitLog:
    file: str
    sha256: str
    rows: int
    months: dict[Month, MonthTally]

    def series_values(self, spec: SeriesSpec) -> dict[Month, dict[str, Any]]:
        """Monthly values for the series' fields, as its unit_log mapping names them."""
        assert spec.unit_log is not None
        values: dict[Month, dict[str, Any]] = {}
        for month, tally in self.months.items():
            row: dict[str, Any] = {}
            if tally.expected:
                for target, column in spec.unit_log.rates.items():
                    # rounded down to one decimal, in integers: a shown rate never meets a
                    # threshold such as 95 % that the exact rate misses
                    row[target] = (1000 * tally.reported.get(column, 0) // tally.expected) / 10
            if tally.delivered is not None:
                row[spec.unit_log.delivered] = tally.delivered
            values[month] = row
        return values

    def notes(self, spec: SeriesSpec) -> dict[tuple[str, str], str]:
        """(month, field) → the units that did not report, compactly."""
        assert spec.unit_log is not None
        found = {}
        for month, tally in self.months.items():
            for target, column in spec.unit_log.rates.items():
                names = tally.missing.get(column, [])
                if names:
                    shown = ", ".join(names[:SHOWN_UNITS])
                    more = f" och {len(names) - SHOWN_UNITS} till" \
                        if len(names) > SHOWN_UNITS else ""
                    found[(str(month), target)] = f"ej rapporterat: {shown}{more}"
        return found


def apply_log(submission: Submission, form: Form, log: UnitLog) -> Submission:
    """The submission with the log's monthly values in the series that takes logs."""
    targets = [(name, spec) for name, spec in form.series.items() if spec.unit_log]
    if not targets:
        raise InputError("regelpaketet har ingen serie som tar emot enhetsloggar",
                         Location(log.file))
    name, spec = targets[0]
    assert spec.unit_log is not None
    series = {month: dict(row) for month, row in submission.series.get(name, {}).items()}
    notes = {**submission.notes, **{(name, month, target): note for (month, target), note
                                   in log.notes(spec).items()}}
    disagreements = dict(submission.disagreements)
    for month, values in log.series_values(spec).items():
        row = series.setdefault(month, {})
        for field_name, value in values.items():
            given = row.get(field_name)
            if given is not None and value is not None and given != value:
                # the log decides, but the region's own figure is never dropped unseen:
                # it is named beside the month and judged as a finding of its own
                key = (name, str(month), field_name)
                said = disagreement(given, value)
                notes[key] = f"{notes[key]}; {said}" if key in notes else said
                disagreements[key] = (given, value)
        row.update(values)
    return replace(submission, series={**submission.series, name: series}, notes=notes,
                   disagreements=disagreements,
                   assumptions=(*submission.assumptions, spec.unit_log.assumption),
                   extra_inputs=(*submission.extra_inputs, (log.file, log.sha256)))


Progress = Callable[[int], None]  # called with the number of rows read so far
PROGRESS_EVERY = 5000


def read_log(path: Input, expected: list[Month], progress: Progress | None = None) -> UnitLog:
    """Read a unit log; ``progress`` (from the CLI) hears every few thousand rows."""
    name = display_name(path)
    data = read_input(path, MAX_LOG_BYTES, name)
    bounds = Bounds(MAX_LOG_ROWS + 1, MAX_COLUMNS, MAX_CELL_CHARS)
    cells = table_cells(data, name, path.suffix, bounds)
    try:
        try:
            header = next(cells, None)
        except csv.Error:  # said where, by the row-by-row reading
            header = next(table_rows(data, name, path.suffix, bounds))[1]
        if header is None:
            raise InputError("loggen är tom", Location(name, 1))
        index = _columns(header, name)
        if not expected:
            raise InputError("regelpaketet väntar inga månader för loggen", Location(name))
        window = (_years(dt.date(expected[0].year, expected[0].month, 1), -YEARS_BEFORE),
                  _years(expected[-1].last_day, YEARS_AFTER))
        reading = _Reading(name, expected, window, {str(month): month for month in expected})
        tallied = _tallied(cells, index, reading, progress)
    finally:
        # gives back the CSV field limit the quick reading set, on an error too: left
        # lowered, it would bound every CSV this process reads next
        cells.close()
    if tallied is None:  # something to report, or a cell the quick tally does not take
        rows = table_rows(data, name, path.suffix, bounds)
        next(rows)  # the header, read above
        tallied = _checked(rows, index, reading, progress)
    months, count = tallied
    return UnitLog(name, hashlib.sha256(data).hexdigest(), count, months)


def _checked(rows: Rows, index: dict[str, int], reading: _Reading, progress: Progress | None
             ) -> tuple[dict[Month, MonthTally], int]:
    """The log's tallies, row by row, every row checked: the first problem in the file is
    raised where it stands."""
    months: dict[Month, MonthTally] = {}
    seen: dict[tuple[str, Month], int] = {}  # (unit, month) → the line it was first given on
    count = 0
    for line, cells in rows:
        if not any(visible(str(c)) for c in cells if c is not None):
            continue
        count += 1
        if count > MAX_LOG_ROWS:
            raise InputError(f"loggen har för många rader (över {MAX_LOG_ROWS})",
                             Location(reading.name, line))
        _add(months, seen, cells, index, line, reading)
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    return months, count


class _Doubt(Exception):
    """The quick tally meets what only the row-by-row reading can judge or report."""


class _Memo(dict[Any, Any]):
    """Cell → what it means, worked out once per distinct cell. Only texts, dates and
    empty cells are taken: a number would be the same key as a boolean (1 == True)."""

    def __init__(self, meaning: Callable[[Any], Any]) -> None:
        super().__init__()
        self._meaning = meaning

    def __missing__(self, cell: Any) -> Any:
        if not (cell is None or type(cell) in (str, dt.date, dt.datetime)):
            raise _Doubt
        value = self[cell] = self._meaning(cell)
        return value


def _tallied(cells: Iterator[list[Any]], index: dict[str, int], reading: _Reading,
             progress: Progress | None) -> tuple[dict[Month, MonthTally], int] | None:
    """The same tallies as ``_checked``, for a log without a single problem, several times
    faster (a million rows): each distinct cell is interpreted once, and a row is a
    handful of dictionary look-ups. None at the first doubt (a problem to report, a
    number cell, a short row): then ``_checked`` reads the log again and says exactly
    where. A required cell that is blank means None (``_Doubt``) in every memo below."""
    def required(meaning: Callable[[str], Any]) -> _Memo:
        def read(cell: Any) -> Any:
            text = _clean(cell)
            if not text:
                return None
            try:
                return meaning(text)
            except InputError:
                return None
        return _Memo(read)

    months: dict[Month, MonthTally] = {}
    counts: dict[Month, list[int]] = {}  # expected, reported waiting, reported actual
    seen: dict[Month, set[str]] = {}  # the units given for each month

    def place(text: str) -> tuple[set[str], MonthTally, list[int]]:  # a month cell's
        month = _month(text, reading, _no_location)
        return (seen.setdefault(month, set()), months.setdefault(month, MonthTally()),
                counts.setdefault(month, [0, 0, 0]))

    shown = _Memo(lambda cell: bool(_clean(cell)))
    month_of = required(place)
    unit_of = required(_unit_key)
    flag_of = required(lambda text: _flag(text, reading))
    name_of = _Memo(lambda cell: _clean(cell).strip())
    delivered_of = _Memo(lambda cell: _quick_delivered(cell, reading))
    order = [index[key] for key in ("unit_id", "unit_name", "month", "expected",
                                    "reported_waiting", "reported_actual", "delivered")]
    pick, width = itemgetter(*order), max(order) + 1
    count = 0
    try:
        for row in cells:
            if len(row) > MAX_COLUMNS:  # refused, even when every cell is blank
                return None
            if len(row) < width:
                if any(map(shown.__getitem__, row)):
                    return None
                continue  # a blank line
            unit_cell, name_cell, month_cell, expected, waiting, actual, delivered_cell = \
                pick(row)
            place_of, unit = month_of[month_cell], unit_of[unit_cell]
            expected, waiting, actual = flag_of[expected], flag_of[waiting], flag_of[actual]
            if place_of is None or unit is None or expected is None or waiting is None \
                    or actual is None or unit in place_of[0]:
                if any(map(shown.__getitem__, row)):
                    return None
                continue  # a row of blank cells
            count += 1
            if count > MAX_LOG_ROWS:
                return None
            units, tally, tallies = place_of
            units.add(unit)
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
            if not expected:
                continue
            tallies[0] += 1
            if waiting:
                tallies[1] += 1
            if actual:
                tallies[2] += 1
            if not (waiting and actual):
                name = _unit_name(name_of[name_cell] or name_of[unit_cell], reading)
                if not waiting:
                    tally.missing.setdefault("reported_waiting", []).append(name)
                if not actual:
                    tally.missing.setdefault("reported_actual", []).append(name)
            delivered = delivered_of[delivered_cell]
            if isinstance(delivered, str):
                return None
            if delivered is not None and (tally.delivered is None or
                                          delivered > tally.delivered):
                tally.delivered = delivered
    except (_Doubt, csv.Error):
        return None
    for month, (expected_count, waiting_count, actual_count) in counts.items():
        tally = months[month]
        tally.expected = expected_count
        tally.reported = {key: number for key, number in (("reported_waiting", waiting_count),
                                                           ("reported_actual", actual_count))
                          if number}
    return months, count


def _clean(cell: Any) -> str:
    """A text cell as the row-by-row reading sees it; a date as its ISO text."""
    return visible(cell) if isinstance(cell, str) else "" if cell is None else str(cell)


def _no_location(key: str, message: str) -> InputError:
    return InputError(message)


def _quick_delivered(cell: Any, reading: _Reading) -> dt.date | str | None:
    """A delivery cell's date, None when blank, or the problem in words (a text)."""
    if isinstance(cell, dt.date):
        value: Any = cell
    else:
        value = _clean(cell)
        if not value:
            return None
    try:
        return _delivered(value, reading, _no_location)
    except InputError as exc:
        return exc.message


def _years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _columns(header: list[Any], name: str) -> dict[str, int]:
    names = [visible(str(cell or "")).lower() for cell in header]
    index = {}
    for key, aliases in COLUMNS.items():
        found = next((i for i, column in enumerate(names) if column in aliases), None)
        if found is None:
            raise InputError(f"kolumnen {key} ({' / '.join(aliases)}) saknas i rubrikraden",
                             Location(name, 1))
        index[key] = found
    return index


_FLAGS = {**dict.fromkeys(_YES, True), **dict.fromkeys(_NO, False)}


@dataclass
class _Reading:
    """What a log's rows are checked against, and what its cells mean, computed once per
    distinct cell (a log of 100 000 rows has a dozen months and a few hundred names)."""

    name: str
    order: list[Month]
    window: tuple[dt.date, dt.date]
    months: dict[str, Month]  # "2024-03" → its Month, for the months the pack expects
    flags: dict[str, bool | None] = field(default_factory=dict)  # cell → yes, no, or neither
    dates: dict[Any, dt.date | str] = field(default_factory=dict)  # cell → date, or a message
    names: dict[str, str] = field(default_factory=dict)  # unit name → as shown, masked


def _add(months: dict[Month, MonthTally], seen: dict[tuple[str, Month], int], cells: list[Any],
         index: dict[str, int], line: int, reading: _Reading) -> None:
    def cell(key: str) -> Any:
        position = index[key]
        value = cells[position] if position < len(cells) else None
        return visible(value) if isinstance(value, str) else value

    def fail(key: str, message: str) -> InputError:
        return InputError(f"kolumn {key}: {message}", Location(reading.name, line,
                                                               index[key] + 1))

    values = {key: cell(key) for key in REQUIRED}
    for key, value in values.items():
        if value is None or value == "":
            raise fail(key, "cellen är tom; uppgiften krävs på varje rad")
    if isinstance(values["unit_id"], bool):  # Excel's SANT/FALSKT is no unit's id
        raise fail("unit_id", "väntade ett enhets-id, fick ett sanningsvärde (SANT eller FALSKT)")
    month = _month(values["month"], reading, fail)
    unit = _unit_key(values["unit_id"])
    first = seen.setdefault((unit, month), line)
    if first != line:
        raise fail("unit_id", f"dubblett: enheten '{_text(values['unit_id'])}' för {month} "
                              f"finns redan på rad {first} (och igen på rad {line})")
    flags = {}
    for key in ("expected", "reported_waiting", "reported_actual"):
        flag = _flag(values[key], reading)
        if flag is None:
            raise fail(key, f"väntade ja eller nej, fick '{values[key]}'")
        flags[key] = flag
    tally = months.setdefault(month, MonthTally())
    if not flags["expected"]:
        return  # a unit that is not expected to report does not count either way
    tally.expected += 1
    unit_name = _unit_name(str(cell("unit_name") or values["unit_id"] or f"rad {line}").strip(),
                           reading)
    for key in ("reported_waiting", "reported_actual"):
        if flags[key]:
            tally.reported[key] = tally.reported.get(key, 0) + 1
        else:
            tally.missing.setdefault(key, []).append(unit_name)
    delivered = _delivered(cell("delivered"), reading, fail)
    if delivered is not None and (tally.delivered is None or delivered > tally.delivered):
        tally.delivered = delivered


def _unit_name(shown: str, reading: _Reading) -> str:
    """A unit's name as the evidence shows it ("ej rapporterat: …"): a unit named after a
    person's phone number or identity number is shown masked."""
    unit_name = reading.names.get(shown)
    if unit_name is None:
        unit_name = reading.names[shown] = mask_personal_data(shown)
    return unit_name


def _month(raw: Any, reading: _Reading, fail: Callable[[str, str], InputError]) -> Month:
    text = raw.strftime("%Y-%m") if isinstance(raw, dt.date) else ascii_digits(str(raw))[:7]
    month = reading.months.get(text)
    if month is not None:
        return month
    try:
        month = Month.parse(text)
    except ValueError as exc:
        raise fail("month", str(exc)) from None
    if month in reading.order:  # written differently, e.g. "2024-3"
        return month
    raise fail("month", f"månaden {month} ligger utanför paketets period "
                        f"({reading.order[0]}–{reading.order[-1]})")


def _flag(value: Any, reading: _Reading) -> bool | None:
    key = value if isinstance(value, str) else _text(value)
    if key not in reading.flags:
        reading.flags[key] = _FLAGS.get(_text(value).lower())
    return reading.flags[key]


def _delivered(value: Any, reading: _Reading,
               fail: Callable[[str, str], InputError]) -> dt.date | None:
    """The delivery date of a cell, checked against the pack's period once per value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    hashable = not isinstance(value, list | dict)
    known = reading.dates.get(value) if hashable else None
    if known is None:
        try:
            day = _date(value, fail)
        except InputError as exc:
            known = exc.message.removeprefix("kolumn delivered: ")
        else:
            assert day is not None
            low, high = reading.window
            known = day if low <= day <= high else (
                f"datumet {day.isoformat()} ligger utanför rimliga datum för paketet "
                f"({low.isoformat()}–{high.isoformat()})")
        if hashable:
            reading.dates[value] = known
    if isinstance(known, str):
        raise fail("delivered", known)
    return known


_WHOLE = re.compile(r"(\d+)\.0+")


def _unit_key(value: Any) -> str:
    """A unit id as units are told apart: without case, with any script's digits read as
    digits, and a whole number the same however it is stored or written (12 typed in
    Excel is the number 12.0, a program's export may write "12.0"); "007" stays "007"."""
    text = ascii_digits(_text(value)).casefold()
    whole = _WHOLE.fullmatch(text)
    return whole.group(1) if whole else text


def _text(value: Any) -> str:
    """A cell as text: Excel gives whole numbers as floats (1.0), booleans as bool."""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date(value: Any, fail: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(ascii_digits(visible(str(value))))
    except ValueError:
        raise fail("delivered", f"'{value}' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)") \
            from None
