"""Read a region's submission: its envelope, then every value validated against the form
its pack declares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance.dates import Month
from compliance.errors import InputError
from compliance.inputs.limits import YEARS_AFTER, YEARS_BEFORE
from compliance.inputs.models import AttachmentIn, Envelope, Submission
from compliance.inputs.text import is_blank
from compliance.inputs.validation import validate
from compliance.inputs.values import parse_value
from compliance.inputs.yamlload import Document
from compliance.packs.form import Form, Period


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
                      attachments, envelope.population,
                      (doc.file, doc.sha256) if doc.sha256 else None)


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
