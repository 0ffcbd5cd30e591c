"""Derive facts from a validated submission: one per answer, series month and attachment.

Facts are flat JSON-ready dicts (dates as day ordinals) so that the engine can compare
them; the agreement's calendar words (month end, "three weeks after") are computed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from compliance.dates import month_deadline
from compliance.facts.freetext import (
    DEFAULT_PLACEHOLDER,
    blank,
    find_personal_data,
    is_placeholder,
    length,
)
from compliance.inputs.submission import Submission
from compliance.packs.form import PackMeta

Fact = dict[str, Any]

# Fields the deriver adds to facts, with their type and Swedish label for evidence.
DERIVED_FIELDS: dict[str, tuple[str, str]] = {
    "month_end": ("date", "månadens slut"),
    "due": ("date", "sista dag"),
    "length": ("number", "antal tecken"),
    "max_length": ("number", "högsta antal tecken"),
    "blank": ("bool", "tomt svar"),
    "placeholder": ("bool", "mallens platshållartext"),
    "personal_data": ("number", "personuppgifter"),
    "file": ("text", "fil"),
    "received": ("date", "inkom"),
}


@dataclass
class FactBase:
    """All facts of one submission, indexed the ways the judge looks them up."""

    facts: list[Fact] = field(default_factory=list)
    by_id: dict[str, Fact] = field(default_factory=dict)
    answers: dict[str, Fact] = field(default_factory=dict)
    items: dict[tuple[str, str], Fact] = field(default_factory=dict)
    attachments: dict[str, Fact] = field(default_factory=dict)
    personal_data: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def add(self, fact: Fact) -> Fact:
        fact["id"] = f"f{len(self.facts)}"
        self.facts.append(fact)
        self.by_id[fact["id"]] = fact
        return fact

    def answer_values(self) -> dict[str, Any]:
        return {key: fact.get("value") for key, fact in self.answers.items()}


def engine_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    return value


def derive(meta: PackMeta, submission: Submission) -> FactBase:
    base = FactBase(notes=dict(submission.notes))
    form = meta.form
    for key, raw in submission.answers.items():
        if raw is None:
            continue
        spec = form.answers[key]
        fact: Fact = {"t": "answer", "key": key, "value": engine_value(raw)}
        if spec.type == "text":
            placeholder = spec.placeholder or meta.placeholder or DEFAULT_PLACEHOLDER
            hits = find_personal_data(raw)
            fact.update(length=length(raw), blank=blank(raw),
                        placeholder=is_placeholder(raw, placeholder),
                        personal_data=len(hits))
            if spec.max_length is not None:
                fact["max_length"] = spec.max_length
            if hits:
                base.personal_data[key] = [f"{hit.kind} {hit.masked}" for hit in hits]
            fact["value"] = _preview(raw, hits)
        base.answers[key] = base.add(fact)

    for name, rows in submission.series.items():
        spec_ = form.series[name]
        for month, row in sorted(rows.items()):
            item: Fact = {"t": "item", "series": name, "key": str(month),
                          "month_end": month.last_day.toordinal()}
            if spec_.due_days_after_month is not None:
                item["due"] = month_deadline(month, spec_.due_days_after_month).toordinal()
            item.update({k: engine_value(v) for k, v in row.items() if v is not None})
            base.items[(name, str(month))] = base.add(item)

    for key, attachment in submission.attachments.items():
        fact = {"t": "attachment", "key": key, "file": attachment.file}
        if attachment.received is not None:
            fact["received"] = attachment.received.toordinal()
        base.attachments[key] = base.add(fact)
    return base


def _preview(text: str, hits: list[Any]) -> str:
    """Free text as evidence shows it: never whole numbers of persons, and not too long."""
    if hits:
        return "(innehåller personuppgifter, visas inte)"
    flat = " ".join(text.split())
    return flat if len(flat) <= 80 else flat[:77] + "…"



def known_on(meta: PackMeta, submission: Submission,
             as_of: dt.date) -> tuple[Submission, list[str]]:
    """The submission as it stood on ``as_of``: what is dated later had not happened yet.

    A date answer or attachment received after ``as_of`` is left out, and so is a month of
    a series delivered after it or, for a series without a delivery date, not yet ended.
    Returns the reduced submission and what was left out, for the report to say so.
    """
    ignored: list[str] = []
    answers = dict(submission.answers)
    for key, value in submission.answers.items():
        if meta.form.answers[key].type == "date" and value is not None and value > as_of:
            del answers[key]
            ignored.append(f"{key} ({value.isoformat()})")
    series = {}
    for name, rows in submission.series.items():
        spec = meta.form.series[name]
        dated = spec.delivery_field
        kept = {}
        for month, row in rows.items():
            when = row.get(dated) if dated else None
            if (when is not None and when > as_of) or (when is None and month.last_day >= as_of):
                ignored.append(f"{name} {month}")
            else:
                kept[month] = row
        series[name] = kept
    attachments = {key: a for key, a in submission.attachments.items()
                   if a.received is None or a.received <= as_of}
    ignored += [f"bilagan {key}" for key in submission.attachments if key not in attachments]
    return replace(submission, answers=answers, series=series, attachments=attachments), ignored
