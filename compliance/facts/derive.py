"""Derive facts from a validated submission: one per answer, series month and attachment.

Facts are flat JSON-ready dicts (dates as day ordinals) so that the engine can compare
them; the agreement's calendar words (month end, "three weeks after") are computed here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from compliance.dates import month_deadline
from compliance.declared.form import PackMeta
from compliance.facts.base import Fact, FactBase, PeriodMean
from compliance.facts.freetext import (
    DEFAULT_PLACEHOLDER,
    NOT_DETECTED,
    blank,
    find_personal_data,
    is_placeholder,
    length,
    refers_to_earlier_account,
)
from compliance.inputs.models import Submission


def engine_value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.toordinal()
    return value


def derive(meta: PackMeta, submission: Submission) -> FactBase:
    base = FactBase(notes=dict(submission.notes),
                    disagreements=dict(submission.disagreements),
                    cannot_estimate=dict(submission.cannot_estimate))
    form = meta.form
    for key, raw in submission.answers.items():
        if raw is None:
            continue
        spec = form.answers[key]
        fact: Fact = {"t": "answer", "key": key, "value": engine_value(raw)}
        if spec.type == "text":
            placeholder = spec.placeholder or meta.placeholder or DEFAULT_PLACEHOLDER
            hits = find_personal_data(raw, meta.personal_data_allow)
            fact.update(length=length(raw), blank=blank(raw),
                        placeholder=is_placeholder(raw, placeholder),
                        personal_data=len(hits), refers=refers_to_earlier_account(raw))
            base.texts[key] = "(innehåller personuppgifter, visas inte)" if hits else raw
            if spec.max_length is not None:
                fact["max_length"] = spec.max_length
            if hits:
                # what the scan found, and what it cannot find (names of persons)
                base.personal_data[key] = [f"{hit.kind} {hit.masked}" for hit in hits] + \
                    [NOT_DETECTED]
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
        carrier = form.attachments[key].arrives_with
        received = attachment.received or (submission.answers.get(carrier) if carrier else None)
        if received is not None:
            fact["received"] = received.toordinal()
        base.attachments[key] = base.add(fact)
    return base


def add_period_means(base: FactBase, requests: list[PeriodMean]) -> None:
    for request in requests:
        shares = [base.items.get((request.series, month), {}).get(request.measure)
                  for month in request.months]
        known = [float(share) for share in shares if share is not None]
        if known and len(known) == len(shares):
            base.add({"t": "period", "rule": request.rule, "period": request.period,
                      "measure": request.measure, "share": sum(known) / len(known)})


def verdict_fact(rule: str, outcome: str) -> Fact:
    """A verdict of an earlier pass, as a fact that later passes (claims) match on."""
    return {"t": "verdict", "rule": rule, "outcome": outcome}


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
    if as_of < meta.period.start and answers:
        # an account of a period cannot exist before the period begins: no answer counts
        ignored.append(f"svaren i formuläret (perioden börjar {meta.period.start.isoformat()})")
        answers = {}
    for key, value in submission.answers.items():
        if key not in answers:
            continue
        if meta.form.answers[key].type == "date" and value is not None and value > as_of:
            del answers[key]
            ignored.append(f"{meta.form.answers[key].title} ({value.isoformat()})")
    series = {}
    for name, rows in submission.series.items():
        spec = meta.form.series[name]
        dated = spec.delivery_field
        kept = {}
        for month, row in rows.items():
            when = row.get(dated) if dated else None
            if (when is not None and when > as_of) or (when is None and month.last_day >= as_of):
                ignored.append(f"{spec.title} {month.label()}")
            else:
                kept[month] = row
        series[name] = kept
    attachments = {key: a for key, a in submission.attachments.items()
                   if a.received is None or a.received <= as_of}
    ignored += [f"bilagan {meta.form.attachments[key].title}" for key in submission.attachments
                if key not in attachments]
    return replace(submission, answers=answers, series=series, attachments=attachments), ignored
