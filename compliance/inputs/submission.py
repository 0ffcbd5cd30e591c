"""Read a region's submission: its envelope, then every value validated against the form
its pack declares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance.dates import Month
from compliance.declared.form import Form, Period
from compliance.errors import InputError, raise_all
from compliance.inputs.models import AttachmentIn, Envelope, Submission
from compliance.reading.limits import YEARS_AFTER, YEARS_BEFORE
from compliance.reading.text import is_blank
from compliance.reading.validation import validate
from compliance.reading.values import parse_value
from compliance.reading.yamlload import Document


def read_envelope(doc: Document) -> Envelope:
    if not isinstance(doc.data, dict):
        raise InputError("väntade en inlämning: en mappning med pack, region och answers",
                         doc.location())
    return validate(Envelope, doc.data, doc)


def validate_submission(doc: Document, envelope: Envelope, form: Form,
                        period: Period | None = None) -> Submission:
    """Check every key and value against ``form``; every problem is a located error, and
    all of them are raised together.

    Dates must lie in a window around ``period`` (the pack's period); without it, around
    the months the form's series expect; with neither, only an absolute sanity window.
    """
    errors: list[InputError] = []

    def fail(path: tuple[str | int, ...], message: str) -> None:
        errors.append(InputError(message, doc.location(path)))

    def unknown(path: tuple[str | int, ...], message: str) -> None:
        errors.append(InputError(message, doc.key_location(path)))

    first, last = date_window(form, period)

    def typed(kind: str, raw: Any, path: tuple[str | int, ...], name: str) -> Any:
        try:
            value = parse_value(kind, raw)
        except ValueError as exc:
            return fail(path, f"{name}: {exc}")
        if isinstance(value, dt.date) and not first <= value <= last:
            return fail(path, f"{name}: datumet {value.isoformat()} ligger utanför rimliga "
                              f"datum för paketet ({first.isoformat()}–{last.isoformat()})")
        return value

    answers: dict[str, Any] = {}
    estimates: dict[str, str] = {}
    for key, raw in envelope.answers.items():
        spec = form.answers.get(key)
        if spec is None:
            unknown(("answers", key), _unknown_key(envelope.answers, key, "okänd fråga",
                                                   f"paketets formulär har "
                                                   f"{_known(form.answers)}"))
            continue
        if spec.says_cannot_estimate(raw):  # the survey's own option: answered, no value
            answers[key] = None
            estimates[key] = str(spec.cannot_estimate)
            continue
        answers[key] = typed(spec.type, raw, ("answers", key), key)

    series: dict[str, dict[Month, dict[str, Any]]] = {}
    for name, items in envelope.series.items():
        spec_ = form.series.get(name)
        if spec_ is None:
            unknown(("series", name), f"okänd serie '{name}'; paketets formulär har "
                                      f"{_known(form.series)}")
            continue
        expected = spec_.expected_months()
        series[name] = {}
        for key, values in items.items():
            path: tuple[str | int, ...] = ("series", name, key)
            try:
                month = Month.parse(key)
            except ValueError as exc:
                unknown(path, str(exc))
                continue
            if month not in expected:
                unknown(path, f"månaden {key} ligger utanför paketets period "
                              f"({expected[0]}–{expected[-1]})")
                continue
            row: dict[str, Any] = {}
            for field_name, raw in values.items():
                field_spec = spec_.fields.get(field_name)
                if field_spec is None:
                    unknown((*path, field_name),
                            _unknown_key(values, field_name, "okänt fält",
                                         f"serien har {_known(spec_.fields)}"))
                    continue
                row[field_name] = typed(field_spec.type, raw, (*path, field_name), field_name)
            series[name][month] = row

    attachments: dict[str, AttachmentIn] = {}
    for key, attachment in envelope.attachments.items():
        if key not in form.attachments:
            unknown(("attachments", key), f"okänd bilaga '{key}'; paketets formulär har "
                                          f"{_known(form.attachments)}")
            continue
        if is_blank(attachment.file):
            continue  # no file name: not attached (never a file that passes a check)
        typed("date", attachment.received, ("attachments", key, "received"), "received")
        attachments[key] = attachment
    raise_all(errors)

    return Submission(envelope.pack, envelope.region, envelope.note, answers, series,
                      attachments, envelope.population,
                      (doc.file, doc.sha256) if doc.sha256 else None,
                      cannot_estimate=estimates)


def _unknown_key(mapping: dict[str, Any], key: str, what: str, known: str) -> str:
    """Why ``key`` is unknown; a number written with a decimal comma inside ``{…}``
    (``{svarsfrekvens: 93,1}``) reads as the number 93 and a key '1', and is named as such."""
    keys = list(mapping)
    position = keys.index(key)
    before = mapping[keys[position - 1]] if position else None
    if key.isdigit() and mapping[key] is None and isinstance(before, int) \
            and not isinstance(before, bool):
        return (f"'{before},{key}' ser ut som ett tal med decimalkomma, som inom {{…}} läses "
                f"som talet {before} och en nyckel '{key}'; skriv {before}.{key} eller "
                f"'{before},{key}' med citattecken")
    return f"{what} '{key}'; {known}"


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


def _known(names: dict[str, Any]) -> str:
    return ", ".join(sorted(names)) if names else "inga"
