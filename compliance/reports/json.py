"""The stable machine format: one JSON object per result (keys in English)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from compliance.reports import phrases
from compliance.reports.target import Format, Result, Target
from compliance.results.diff import PackDiff
from compliance.results.overview import Overview, matrix
from compliance.results.readiness import Readiness
from compliance.results.verdict import MoneyLine, Report, Verdict


def verdict_dict(verdict: Verdict) -> dict[str, Any]:
    waiver = verdict.waiver
    return {
        "rule": verdict.rule,
        "title": verdict.title,
        "severity": verdict.severity.value,
        "outcome": verdict.outcome.value,
        "outcome_label": verdict.outcome.label,
        "summary": verdict.summary,
        "evidence": [
            {"text": item.text, "outcome": item.outcome.value, "subject": item.subject,
             "values": item.values, "due": item.due.isoformat() if item.due else None}
            for item in verdict.evidence
        ],
        "source": {k: v for k, v in asdict(verdict.source).items() if v is not None},
        "location": asdict(verdict.location),
        "found_in": [{**asdict(place), "text": phrases.place(place)}
                     for place in verdict.found_in],
        "assumptions": list(verdict.assumptions),
        "payments": list(verdict.payments),
        "waiver": None if waiver is None else {
            "justification": waiver.justification, "approved_by": waiver.approved_by,
            "date": waiver.date.isoformat(), "expires": waiver.expires.isoformat(),
            "data_outcome": waiver.data_outcome.value},
    }


def _money(line: MoneyLine) -> dict[str, Any]:
    return {"payment": line.payment, "title": line.title, "paid": line.paid,
            "amount_sek": line.amount_sek, "state": phrases.money_state(line),
            "estimate_sek": line.estimate_sek, "assumption": line.assumption,
            "text": phrases.money(line)}


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "region": report.region,
        "pack": {"id": report.pack_id, "version": report.pack_version,
                 "title": report.pack_title},
        "as_of": report.as_of.isoformat(),
        "verdicts": [verdict_dict(v) for v in report.verdicts],
        "summary": {outcome.value: count for outcome, count in report.counts().items()},
        "exit_code": int(report.exit_code),
        "notes": list(report.notes),
        "decision": report.decision,
        "audit": audit_dict(report),
        "money": [_money(line) for line in report.money],
    }


def audit_dict(report: Report) -> dict[str, Any] | None:
    audit = report.audit
    if audit is None:
        return None
    return {
        "tool_version": audit.tool_version,
        "pack": {"id": report.pack_id, "version": report.pack_version,
                 "files": [{"file": name, "sha256": digest} for name, digest in audit.pack_files]},
        "inputs": [{"file": name, "sha256": digest} for name, digest in audit.inputs],
        "as_of": report.as_of.isoformat(),
        "waivers": list(audit.waivers),
        "attestations": list(audit.attestations),
    }


def _overview(overview: Overview) -> dict[str, Any]:
    packs = {}
    for pack_id, reports in overview.by_pack().items():
        rules, cells = matrix(reports)
        packs[pack_id] = {"rules": rules, "regions": list(cells),
                          "outcomes": {region: {rule: outcome.value
                                                for rule, outcome in row.items()}
                                       for region, row in cells.items()},
                          "exit_codes": {r.region: int(r.exit_code) for r in reports}}
    return {"as_of": overview.as_of.isoformat(), "packs": packs,
            "skipped": [{"file": f, "reason": why} for f, why in overview.skipped],
            "errors": overview.errors, "exit_code": int(overview.exit_code)}


def _readiness(view: Readiness) -> dict[str, Any]:
    report = view.report
    return {
        "region": report.region, "pack": report.pack_id, "as_of": report.as_of.isoformat(),
        "timeline": [{"date": o.date.isoformat(), "title": o.title,
                      "state": phrases.readiness_state(o), "detail": o.detail}
                     for o in view.timeline],
        "missing": [{"due": m.due.isoformat() if m.due else None, "rule": m.rule,
                     "text": m.text, "outcome": m.outcome.value} for m in view.missing],
        "money": [{"payment": m.payment, "amount_sek": m.amount_sek,
                   "state": phrases.money_state(m), "estimate_sek": m.estimate_sek,
                   "text": phrases.money(m), "assumption": m.assumption}
                  for m in report.money],
    }


def render(result: Result, target: Target) -> str:
    if isinstance(result, Report):
        data = report_dict(result)
    elif isinstance(result, Overview):
        data = _overview(result)
    elif isinstance(result, Readiness):
        data = _readiness(result)
    else:  # a pack diff: old and new values are whatever the packs held (dates as text)
        return json.dumps(asdict(result), ensure_ascii=False, indent=2, default=str) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMAT = Format("json", render, (Report, Overview, Readiness, PackDiff))
