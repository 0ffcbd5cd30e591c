"""The stable machine format: one JSON object per result (keys in English).

Each document is a ``TypedDict`` below; mypy holds the renderer to them, and
``compliance schema report`` prints the JSON Schema pydantic generates from them, so the
published schema and the output cannot drift apart. Outcomes, severities and states are
enums (their English values); ``*_label``/``*_text`` keys carry the Swedish words.
``SCHEMA_VERSION`` changes with every change a consumer must know of (a key removed,
renamed or retyped); new keys may appear without it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import (
    Any,
    Literal,
    NotRequired,  # pydantic reads typing's from 3.12
)

from typing_extensions import TypedDict

from compliance.reports import phrases
from compliance.reports.clean import encodable
from compliance.reports.pieces import joined
from compliance.reports.target import Result, Target
from compliance.results.obligations import ReadinessState
from compliance.results.overview import Overview, matrix
from compliance.results.readiness import Readiness
from compliance.results.reading import STATE_LABELS, ReadingState
from compliance.results.reportdiff import ChangeKind, ReportDiff
from compliance.results.verdict import (
    Comparison,
    Measure,
    MoneyLine,
    MoneyState,
    Outcome,
    Report,
    Severity,
    Unit,
    Verdict,
)

# 2: schema_version, kind, measures, states as enums (issue 14); 3: caveats, illustrative,
# pack review, money information (issue 21)
SCHEMA_VERSION = "3"


class MeasureDoc(TypedDict):
    field: str
    value: int | float | None
    comparison: Comparison
    threshold: int | float
    unit: Unit


class EvidenceDoc(TypedDict):
    text: str
    outcome: Outcome
    subject: str
    values: dict[str, Any]
    measures: list[MeasureDoc]
    due: str | None


class WaiverDoc(TypedDict):
    justification: str
    approved_by: str
    date: str
    expires: str
    data_outcome: Outcome


class LocationDoc(TypedDict):
    file: str
    line: int
    column: int


class VerdictDoc(TypedDict):
    rule: str
    title: str
    severity: Severity
    outcome: Outcome
    outcome_label: str
    summary: str
    evidence: list[EvidenceDoc]
    source: dict[str, str]
    location: LocationDoc
    found_in: list[str]  # places in a Word form the verdict's answers were read from
    # what the rule needed that the region's kind of document cannot hold (then the
    # outcome is "missing" for that reason, not the region's failure), and that kind
    not_held: list[str]
    document: str
    assumptions: list[str]
    payments: list[str]
    waiver: WaiverDoc | None


class MoneyDoc(TypedDict):
    payment: str
    title: str
    paid: str
    amount_sek: int | None
    state: MoneyState
    state_text: str
    estimate_sek: int | None
    assumption: str | None
    information: str | None
    text: str


class PackDoc(TypedDict):
    id: str
    version: str
    title: str
    review: str | None  # why the pack is not yet checked against its agreement


class FileDigest(TypedDict):
    file: str
    sha256: str


class ShadowDoc(TypedDict):
    folder: str
    sha256: str
    bundled_version: str


class AuditPackDoc(TypedDict):
    id: str
    version: str
    files: list[FileDigest]
    shadows: ShadowDoc | None  # the pack came from --packs and replaces a bundled one


class AuditDoc(TypedDict):
    tool_version: str
    pack: AuditPackDoc
    inputs: list[FileDigest]
    as_of: str
    waivers: list[str]
    attestations: list[str]


class ReadingDoc(TypedDict):
    """How one answer was found in a region's own document (a Word form)."""

    answer: str
    question: str
    state: ReadingState
    state_label: str
    place: str
    how: list[str]


class ReportDoc(TypedDict):
    schema_version: str
    kind: Literal["report"]
    region: str
    pack: PackDoc
    as_of: str
    verdicts: list[VerdictDoc]
    summary: dict[Outcome, int]
    exit_code: int
    notes: list[str]
    decision: str | None
    illustrative: bool  # the submission's figures are illustrative, not real data
    caveats: list[str]  # what must travel with the verdicts, as every format prints it
    audit: AuditDoc | None
    money: list[MoneyDoc]
    reading: NotRequired[list[ReadingDoc]]  # only for a report read from a Word form


class PointsDoc(TypedDict):
    points: int | None  # None while the period's months are not all known
    max: int | None


class OverviewPackDoc(TypedDict):
    review: str | None  # why the pack is not yet checked against its agreement
    rules: list[str]
    titles: dict[str, str]  # rule id → title (for `compliance diff`)
    severities: dict[str, Severity]  # rule id → villkor, krav, mål or indikator
    regions: list[str]
    outcomes: dict[str, dict[str, Outcome]]
    # region → payment period judged in points (BUP) → its points, as far as known
    points: dict[str, dict[str, PointsDoc]]
    # once for all the pack's regions: who decides, illustrative values, assumptions
    caveats: list[str]
    exit_codes: dict[str, int]


class SkippedDoc(TypedDict):
    file: str
    reason: str


class OverviewDoc(TypedDict):
    schema_version: str
    kind: Literal["overview"]
    as_of: str
    packs: dict[str, OverviewPackDoc]
    skipped: list[SkippedDoc]
    errors: list[str]
    exit_code: int


class ObligationDoc(TypedDict):
    date: str
    title: str
    state: ReadinessState
    state_text: str
    detail: str


class MissingDoc(TypedDict):
    due: str | None
    rule: str
    text: str
    outcome: Outcome
    not_held: bool  # the document cannot hold it: to be supplied beside the document


class StatusDoc(TypedDict):
    schema_version: str
    kind: Literal["status"]
    region: str
    pack: str
    as_of: str
    timeline: list[ObligationDoc]
    missing: list[MissingDoc]
    money: list[MoneyDoc]


class ValueChangeDoc(TypedDict):
    subject: str
    field: str
    old: int | float | None
    new: int | float | None
    unit: str
    text: str


class RuleChangeDoc(TypedDict):
    kind: ChangeKind
    region: str
    rule: str
    old_rule: str | None  # the old id of a renamed rule (same title)
    title: str
    severity: Severity | None
    old: Outcome | None  # None: a new rule
    new: Outcome | None  # None: a retired rule
    values: list[ValueChangeDoc]


class DiffDoc(TypedDict):
    schema_version: str
    kind: Literal["diff"]
    old: str
    new: str
    changes: list[RuleChangeDoc]
    regions_added: list[str]
    regions_removed: list[str]
    exit_code: int


def _report_diff(diff: ReportDiff) -> DiffDoc:
    from compliance.reports.changes import value_line

    return {"schema_version": SCHEMA_VERSION, "kind": "diff", "old": diff.old, "new": diff.new,
            "changes": [{"kind": c.kind, "region": c.region, "rule": c.rule,
                         "old_rule": c.old_rule, "title": c.title, "severity": c.severity,
                         "old": c.old, "new": c.new,
                         "values": [{"subject": v.subject, "field": v.field, "old": v.old,
                                     "new": v.new, "unit": v.unit, "text": value_line(v)}
                                    for v in c.values]} for c in diff.changes],
            "regions_added": list(diff.regions_added),
            "regions_removed": list(diff.regions_removed), "exit_code": int(diff.exit_code)}


def _measure(measure: Measure) -> MeasureDoc:
    return {"field": measure.field, "value": measure.value, "comparison": measure.comparison,
            "threshold": measure.threshold, "unit": measure.unit}


def verdict_dict(verdict: Verdict) -> VerdictDoc:
    waiver = verdict.waiver
    return {
        "rule": verdict.rule,
        "title": verdict.title,
        "severity": verdict.severity,
        "outcome": verdict.outcome,
        "outcome_label": verdict.outcome.label,
        "summary": verdict.summary,
        "evidence": [
            {"text": item.text, "outcome": item.outcome, "subject": item.subject,
             "values": item.values, "measures": [_measure(m) for m in item.measures],
             "due": item.due.isoformat() if item.due else None}
            for item in verdict.evidence
        ],
        "source": {k: v for k, v in asdict(verdict.source).items() if v is not None},
        "location": {"file": verdict.location.file, "line": verdict.location.line,
                     "column": verdict.location.column},
        "found_in": list(verdict.found_in),
        "not_held": list(verdict.not_held),
        "document": verdict.document,
        "assumptions": list(verdict.assumptions),
        "payments": list(verdict.payments),
        "waiver": None if waiver is None else {
            "justification": waiver.justification, "approved_by": waiver.approved_by,
            "date": waiver.date.isoformat(), "expires": waiver.expires.isoformat(),
            "data_outcome": waiver.data_outcome},
    }


def _money(line: MoneyLine) -> MoneyDoc:
    return {"payment": line.payment, "title": line.title, "paid": line.paid,
            "amount_sek": line.amount_sek, "state": line.state,
            "state_text": phrases.money_state(line), "estimate_sek": line.estimate_sek,
            "assumption": line.assumption, "information": line.information,
            "text": phrases.money(line)}


def report_dict(report: Report) -> ReportDoc:
    document = _report_dict(report)
    if report.reading:
        document["reading"] = [
            {"answer": line.answer, "question": line.question, "state": line.state,
             "state_label": STATE_LABELS[line.state], "place": line.place,
             "how": list(line.how)} for line in report.reading]
    return document


def _report_dict(report: Report) -> ReportDoc:
    return {
        "schema_version": SCHEMA_VERSION,
        "kind": "report",
        "region": report.region,
        "pack": {"id": report.pack_id, "version": report.pack_version,
                 "title": report.pack_title,
                 "review": report.unreviewed and phrases.unreviewed(report.unreviewed)},
        "as_of": report.as_of.isoformat(),
        "verdicts": [verdict_dict(v) for v in report.verdicts],
        "summary": report.counts(),
        "exit_code": int(report.exit_code),
        "notes": list(report.notes),
        "decision": report.decision,
        "illustrative": report.illustrative,
        "caveats": phrases.caveats(report),
        "audit": audit_dict(report),
        "money": [_money(line) for line in report.money],
    }


def audit_dict(report: Report) -> AuditDoc | None:
    audit = report.audit
    if audit is None:
        return None
    return {
        "tool_version": audit.tool_version,
        "pack": {"id": report.pack_id, "version": report.pack_version,
                 "files": [{"file": name, "sha256": digest} for name, digest in audit.pack_files],
                 "shadows": None if audit.shadows is None else {
                     "folder": audit.shadows.folder, "sha256": audit.shadows.sha256,
                     "bundled_version": audit.shadows.bundled_version}},
        "inputs": [{"file": name, "sha256": digest} for name, digest in audit.inputs],
        "as_of": report.as_of.isoformat(),
        "waivers": list(audit.waivers),
        "attestations": list(audit.attestations),
    }


def _overview(overview: Overview) -> OverviewDoc:
    packs: dict[str, OverviewPackDoc] = {}
    for pack_id, reports in overview.by_pack().items():
        rules, cells = matrix(reports)
        review = reports[0].unreviewed
        first = reports[0].verdicts
        packs[pack_id] = {"review": review and phrases.unreviewed(review), "rules": rules,
                          "titles": {v.rule: v.title for v in first},
                          "severities": {v.rule: v.severity for v in first},
                          "points": {r.region: {line.title: {"points": line.points,
                                                             "max": line.max_points}
                                                for line in r.money if line.graded}
                                     for r in reports if any(m.graded for m in r.money)},
                          "caveats": phrases.pack_caveats(reports),
                          "regions": list(cells), "outcomes": cells,
                          "exit_codes": {r.region: int(r.exit_code) for r in reports}}
    return {"schema_version": SCHEMA_VERSION, "kind": "overview",
            "as_of": overview.as_of.isoformat(), "packs": packs,
            "skipped": [{"file": f, "reason": why} for f, why in overview.skipped],
            "errors": overview.errors, "exit_code": int(overview.exit_code)}


def _readiness(view: Readiness) -> StatusDoc:
    report = view.report
    return {
        "schema_version": SCHEMA_VERSION, "kind": "status",
        "region": report.region, "pack": report.pack_id, "as_of": report.as_of.isoformat(),
        "timeline": [{"date": o.date.isoformat(), "title": o.title, "state": o.state,
                      "state_text": phrases.readiness_state(o), "detail": o.detail}
                     for o in view.timeline],
        "missing": [{"due": m.due.isoformat() if m.due else None, "rule": m.rule,
                     "text": m.text, "outcome": m.outcome, "not_held": m.not_held}
                    for m in view.missing],
        "money": [_money(line) for line in report.money],
    }


def schema() -> dict[str, Any]:
    """The JSON Schema of every document ``check`` and ``status`` print with
    ``--format json`` (told apart by ``kind``)."""
    from pydantic import TypeAdapter  # only for the schema command

    adapter: TypeAdapter[ReportDoc | OverviewDoc | StatusDoc | DiffDoc] = \
        TypeAdapter(ReportDoc | OverviewDoc | StatusDoc | DiffDoc)
    document = adapter.json_schema()
    for definition in document.get("$defs", {}).values():
        if "properties" in definition:  # a document has exactly the keys its model names
            definition["additionalProperties"] = False
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": f"compliance-rapport, schema_version {SCHEMA_VERSION}", **document}


def pieces(result: Result, target: Target) -> Iterator[str]:
    """``render``'s text in pieces: an overview is encoded as it is written, never held
    whole (the text of 21 000 regions, and the many small strings the encoder makes of it,
    would take hundreds of MiB); other documents are one piece."""
    if not isinstance(result, Overview):
        yield render(result, target)
        return
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)  # what json.dumps makes
    yield from (encodable(piece) for piece in joined(encoder.iterencode(_overview(result))))
    yield "\n"


def render(result: Result, target: Target) -> str:
    data: ReportDoc | StatusDoc | DiffDoc
    if isinstance(result, Report):
        data = report_dict(result)
    elif isinstance(result, Overview):
        return "".join(pieces(result, target))
    elif isinstance(result, Readiness):
        data = _readiness(result)
    elif isinstance(result, ReportDiff):
        data = _report_diff(result)
    else:  # a pack diff: old and new values are whatever the packs held (dates as text)
        return encodable(json.dumps(asdict(result), ensure_ascii=False, indent=2,
                                    default=str)) + "\n"
    return encodable(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
