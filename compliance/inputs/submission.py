"""Read a region's submission: its envelope, then every value validated against the form
its pack declares."""

from __future__ import annotations

from typing import Any

from compliance.dates import Month
from compliance.errors import InputError
from compliance.inputs.models import Envelope, Submission
from compliance.inputs.validation import validate
from compliance.inputs.values import parse_value
from compliance.inputs.yamlload import Document
from compliance.packs.form import Form


def read_envelope(doc: Document) -> Envelope:
    if not isinstance(doc.data, dict):
        raise InputError("väntade en inlämning: en mappning med pack, region och answers",
                         doc.location())
    return validate(Envelope, doc.data, doc)


def validate_submission(doc: Document, envelope: Envelope, form: Form) -> Submission:
    """Check every key and value against ``form``; the first problem is a located error."""

    def fail(path: tuple[str | int, ...], message: str) -> InputError:
        return InputError(message, doc.location(path))

    def unknown(path: tuple[str | int, ...], message: str) -> InputError:
        return InputError(message, doc.key_location(path))

    answers: dict[str, Any] = {}
    for key, raw in envelope.answers.items():
        spec = form.answers.get(key)
        if spec is None:
            raise unknown(("answers", key), f"okänd fråga '{key}'; paketets formulär har "
                                         f"{_known(form.answers)}")
        answers[key] = _typed(spec.type, key, raw, ("answers", key), fail)

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
                row[field_name] = _typed(field_spec.type, field_name, raw, (*path, field_name),
                                         fail)
            series[name][month] = row

    for key in envelope.attachments:
        if key not in form.attachments:
            raise unknown(("attachments", key), f"okänd bilaga '{key}'; paketets formulär har "
                                             f"{_known(form.attachments)}")

    return Submission(envelope.pack, envelope.region, envelope.note, answers, series,
                      dict(envelope.attachments), envelope.population,
                      (doc.file, doc.sha256) if doc.sha256 else None)


def _typed(kind: str, name: str, raw: Any, path: tuple[str | int, ...], fail: Any) -> Any:
    try:
        return parse_value(kind, raw)
    except ValueError as exc:
        raise fail(path, f"{name}: {exc}") from None


def _known(names: dict[str, Any]) -> str:
    return ", ".join(sorted(names)) if names else "inga"
