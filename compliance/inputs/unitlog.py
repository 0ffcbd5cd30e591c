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
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from compliance.dates import Month
from compliance.errors import InputError, Location
from compliance.inputs.models import Submission
from compliance.inputs.yamlload import display_name
from compliance.packs.form import Form, SeriesSpec

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
_NO = {"nej", "no", "0", "false", "falskt", "n", ""}
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
    series = {month: dict(row) for month, row in submission.series.get(name, {}).items()}
    for month, values in log.series_values(spec).items():
        series.setdefault(month, {}).update(values)
    notes = {**submission.notes, **{(name, month, target): note for (month, target), note
                                   in log.notes(spec).items()}}
    return replace(submission, series={**submission.series, name: series}, notes=notes,
                   extra_inputs=(*submission.extra_inputs, (log.file, log.sha256)))


Progress = Callable[[int], None]  # called with the number of rows read so far
PROGRESS_EVERY = 5000


def read_log(path: Path, expected: list[Month], progress: Progress | None = None) -> UnitLog:
    """Read a unit log; ``progress`` (from the CLI) hears every few thousand rows."""
    name = display_name(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"filen kan inte läsas ({exc.strerror})", Location(name)) from None
    rows = _xlsx_rows(path, name) if path.suffix.lower() == ".xlsx" else _csv_rows(data, name)
    header = next(rows, None)
    if header is None:
        raise InputError("loggen är tom", Location(name, 1))
    index = _columns(header, name)
    months: dict[Month, MonthTally] = {}
    count = 0
    for line, cells in enumerate(rows, start=2):
        if not any(str(c).strip() for c in cells if c is not None):
            continue
        _add(months, cells, index, line, name, expected)
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    return UnitLog(name, hashlib.sha256(data).hexdigest(), count, months)


def _csv_rows(data: bytes, name: str) -> Iterator[list[Any]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # Excel's CSV export on Swedish Windows
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else "excel"
    yield from csv.reader(text.splitlines(), dialect)


def _xlsx_rows(path: Path, name: str) -> Iterator[list[Any]]:
    from python_calamine import CalamineWorkbook  # only needed for Excel files

    try:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except Exception as exc:  # the reader raises several kinds for a broken file
        raise InputError(f"Excel-filen kan inte läsas ({type(exc).__name__})",
                         Location(name)) from None
    yield from rows


def _columns(header: list[Any], name: str) -> dict[str, int]:
    names = [str(cell or "").strip().lower() for cell in header]
    index = {}
    for key, aliases in COLUMNS.items():
        found = next((i for i, column in enumerate(names) if column in aliases), None)
        if found is None:
            raise InputError(f"kolumnen {key} ({' / '.join(aliases)}) saknas i rubrikraden",
                             Location(name, 1))
        index[key] = found
    return index


def _add(months: dict[Month, MonthTally], cells: list[Any], index: dict[str, int], line: int,
         name: str, expected: list[Month]) -> None:
    def cell(key: str) -> Any:
        position = index[key]
        return cells[position] if position < len(cells) else None

    def fail(key: str, message: str) -> InputError:
        return InputError(f"kolumn {key}: {message}", Location(name, line, index[key] + 1))

    raw_month = cell("month")
    text = raw_month.strftime("%Y-%m") if isinstance(raw_month, dt.date) else \
        str(raw_month or "").strip()[:7]
    try:
        month = Month.parse(text)
    except ValueError as exc:
        raise fail("month", str(exc)) from None
    if month not in expected:
        raise fail("month", f"månaden {month} ligger utanför paketets period "
                            f"({expected[0]}–{expected[-1]})")
    flags = {}
    for key in ("expected", "reported_waiting", "reported_actual"):
        value = str(cell(key) if cell(key) is not None else "").strip().lower()
        if value not in _YES | _NO:
            raise fail(key, f"väntade ja eller nej, fick '{cell(key)}'")
        flags[key] = value in _YES
    tally = months.setdefault(month, MonthTally())
    if not flags["expected"]:
        return  # a unit that is not expected to report does not count either way
    tally.expected += 1
    unit = str(cell("unit_name") or cell("unit_id") or f"rad {line}").strip()
    for key in ("reported_waiting", "reported_actual"):
        if flags[key]:
            tally.reported[key] = tally.reported.get(key, 0) + 1
        else:
            tally.missing.setdefault(key, []).append(unit)
    delivered = _date(cell("delivered"), fail)
    if delivered is not None and (tally.delivered is None or delivered > tally.delivered):
        tally.delivered = delivered


def _date(value: Any, fail: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise fail("delivered", f"'{value}' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)") \
            from None
