"""A region's submitted data, validated against the form its pack declares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import field_validator

from compliance.dates import Month
from compliance.errors import InputError
from compliance.inputs.text import is_blank, visible
from compliance.inputs.validation import Strict, validate
from compliance.inputs.values import MAX_MAGNITUDE, parse_value
from compliance.inputs.yamlload import Document
from compliance.packs.form import Form, Period
from compliance.packs.payments import Population

# Dates a submission may carry, around the pack's period: a year before it starts (plans,
# decisions) to three years after it ends (late accounts, completions). Anything else is a
# typing error such as year 1 or 2204, never a date to judge a deadline by.
YEARS_BEFORE = 1
YEARS_AFTER = 3


class AttachmentIn(Strict):
    file: str
    received: dt.date | None = None

    @field_validator("file")
    @classmethod
    def _file(cls, value: str) -> str:
        return visible(value)


class Envelope(Strict):
    """The submission's outer shape, read before its pack is known."""

    pack: str
    region: str
    note: str | None = None
    answers: dict[str, Any] = {}
    series: dict[str, dict[str, dict[str, Any]]] = {}
    attachments: dict[str, AttachmentIn] = {}
    population: Population | None = None

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
    document: Document | None = field(default=None, compare=False, repr=False)
    # (series, month, field) → a note for evidence, e.g. the units that did not report
    notes: dict[tuple[str, str, str], str] = field(default_factory=dict)
    extra_inputs: tuple[tuple[str, str], ...] = ()  # (file, sha256) of logs read with it


def read_envelope(doc: Document) -> Envelope:
    if not isinstance(doc.data, dict):
        raise InputError("väntade en inlämning: en mappning med pack, region och answers",
                         doc.location())
    return validate(Envelope, doc.data, doc)


def validate_submission(doc: Document, envelope: Envelope, form: Form,
                        period: Period | None = None) -> Submission:
    """Check every key and value against ``form``; the first problem is a located error.

    Dates must lie in a window around ``period`` (the pack's period); without it, around
    the months the form's series expect; with neither, only an absolute sanity window.
    """

    def fail(path: tuple[str | int, ...], message: str) -> InputError:
        return InputError(message, doc.location(path))

    def unknown(path: tuple[str | int, ...], message: str) -> InputError:
        return InputError(message, doc.key_location(path))

    first, last = date_window(form, period)

    def dated(value: Any, path: tuple[str | int, ...], name: str) -> Any:
        if isinstance(value, dt.date) and not first <= value <= last:
            raise fail(path, f"{name}: datumet {value.isoformat()} ligger utanför rimliga "
                             f"datum för paketet ({first.isoformat()}–{last.isoformat()})")
        return value

    answers: dict[str, Any] = {}
    for key, raw in envelope.answers.items():
        spec = form.answers.get(key)
        if spec is None:
            raise unknown(("answers", key), f"okänd fråga '{key}'; paketets formulär har "
                                         f"{_known(form.answers)}")
        answers[key] = dated(_typed(spec.type, key, raw, ("answers", key), fail),
                             ("answers", key), key)

    series: dict[str, dict[Month, dict[str, Any]]] = {}
    for name, items in envelope.series.items():
        spec_ = form.series.get(name)
        if spec_ is None:
            raise unknown(("series", name), f"okänd serie '{name}'; paketets formulär har "
                                         f"{_known(form.series)}")
        expected = spec_.expected_months()
        series[name] = {}
        for key, values in items.items():
            path: tuple[str | int, ...] = ("series", name, key)
            try:
                month = Month.parse(key)
            except ValueError as exc:
                raise unknown(path, str(exc)) from None
            if month not in expected:
                raise unknown(path, f"månaden {key} ligger utanför paketets period "
                                 f"({expected[0]}–{expected[-1]})")
            row: dict[str, Any] = {}
            for field_name, raw in values.items():
                field_spec = spec_.fields.get(field_name)
                if field_spec is None:
                    raise unknown((*path, field_name), f"okänt fält '{field_name}'; serien har "
                                                    f"{_known(spec_.fields)}")
                row[field_name] = dated(_typed(field_spec.type, field_name, raw,
                                               (*path, field_name), fail),
                                        (*path, field_name), field_name)
            series[name][month] = row

    attachments: dict[str, AttachmentIn] = {}
    for key, attachment in envelope.attachments.items():
        if key not in form.attachments:
            raise unknown(("attachments", key), f"okänd bilaga '{key}'; paketets formulär har "
                                             f"{_known(form.attachments)}")
        if is_blank(attachment.file):
            continue  # no file name: not attached (never a file that passes a check)
        dated(attachment.received, ("attachments", key, "received"), "received")
        attachments[key] = attachment

    return Submission(envelope.pack, envelope.region, envelope.note, answers, series,
                      attachments, envelope.population, doc)


def date_window(form: Form, period: Period | None = None) -> tuple[dt.date, dt.date]:
    """The first and last plausible date for a submission to ``form``."""
    if period is not None:
        start, end = period.start, period.end
    else:
        months = sorted(m for spec in form.series.values() for m in spec.expected_months())
        if not months:
            return dt.date(2000, 1, 1), dt.date(2099, 12, 31)
        start, end = dt.date(months[0].year, months[0].month, 1), months[-1].last_day
    return _years(start, -YEARS_BEFORE), _years(end, YEARS_AFTER)


def _years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _typed(kind: str, name: str, raw: Any, path: tuple[str | int, ...], fail: Any) -> Any:
    try:
        return parse_value(kind, raw)
    except ValueError as exc:
        raise fail(path, f"{name}: {exc}") from None


def _known(names: dict[str, Any]) -> str:
    return ", ".join(sorted(names)) if names else "inga"
