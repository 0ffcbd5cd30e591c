"""The stable machine format: one JSON object per report (keys in English)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from compliance.results.verdict import Report, Verdict


def verdict_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "rule": verdict.rule,
        "title": verdict.title,
        "severity": verdict.severity.value,
        "outcome": verdict.outcome.value,
        "outcome_label": verdict.outcome.label,
        "summary": verdict.summary,
        "evidence": [
            {"text": item.text, "outcome": item.outcome.value, "subject": item.subject,
             "values": item.values, "due": item.due}
            for item in verdict.evidence
        ],
        "source": {k: v for k, v in asdict(verdict.source).items() if v is not None},
        "location": asdict(verdict.location),
        "assumptions": list(verdict.assumptions),
        "waiver": None if verdict.waiver is None else {
            **{k: v for k, v in asdict(verdict.waiver).items() if k != "data_outcome"},
            "data_outcome": verdict.waiver.data_outcome.value},
    }


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "region": report.region,
        "pack": {"id": report.pack_id, "version": report.pack_version,
                 "title": report.pack_title},
        "as_of": report.as_of,
        "verdicts": [verdict_dict(v) for v in report.verdicts],
        "summary": report.counts(),
        "exit_code": report.exit_code,
        "notes": list(report.notes),
        "audit": audit_dict(report),
        "money": [{"payment": m.payment, "title": m.title, "paid": m.paid,
                   "amount_sek": m.amount_sek, "state": m.state,
                   "estimate_sek": m.estimate_sek, "assumption": m.assumption,
                   "text": m.text} for m in report.money],
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
        "as_of": report.as_of,
        "waivers": list(audit.waivers),
    }


def render(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
