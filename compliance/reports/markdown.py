"""The report as Markdown, for pasting into an audit memo."""

from __future__ import annotations

from compliance.reports import phrases
from compliance.reports.target import Format, Target
from compliance.results.verdict import Outcome, Report, Severity, Verdict


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _verdict_lines(verdict: Verdict) -> list[str]:
    lines = [f"#### {verdict.title} – {verdict.outcome.label}", "",
             f"`{verdict.rule}` · {verdict.severity.value} · källa: {verdict.source.citation()} · "
             f"regel: `{verdict.location}`", ""]
    notable = [e for e in verdict.evidence if e.outcome is not Outcome.PASS] or \
        list(verdict.evidence)[:3]
    lines += [f"- {e.text} ({e.outcome.label})" for e in notable[:12]]
    if len(notable) > 12:
        lines.append(f"- … och {len(notable) - 12} till")
    if verdict.waiver:
        lines.append(f"- **{phrases.waiver(verdict.waiver)}**")
    lines += [f"- **{phrases.assumption(text)}**" for text in verdict.assumptions]
    if verdict.payments:
        lines.append(f"- {phrases.payments(verdict)}")
    return [*lines, ""]


def render(report: Report, target: Target) -> str:
    counts = report.counts()
    lines = [f"# {report.region} – {report.pack_title}", "",
             f"Regelpaket `{report.pack_id}` version {report.pack_version}, bedömt per "
             f"{report.as_of.isoformat()}.", "",
             *([f"**{phrases.decision(report.decision)}**", ""] if report.decision else []),
             "| Utfall | Antal |", "| --- | --- |"]
    lines += [f"| {outcome.label} | {counts[outcome]} |" for outcome in Outcome]
    lines += ["", "| Regel | Typ | Utfall | Sammanfattning |", "| --- | --- | --- | --- |"]
    lines += [f"| `{v.rule}` | {v.severity.value} | {v.outcome.label} | {_cell(v.summary)} |"
              for v in report.verdicts]
    lines.append("")
    for severity in Severity:
        group = [v for v in report.verdicts if v.severity is severity]
        if group:
            lines += [f"## {phrases.SEVERITY_TITLES[severity]}", ""]
            for section, members in phrases.by_section(group).items():
                lines += [f"### {section}", ""]
                for verdict in members:
                    lines += _verdict_lines(verdict)
    if report.money:
        lines += ["## Pengar som står på spel", ""]
        for line in report.money:
            lines.append(f"- {phrases.money(line)}")
            if line.assumption:
                lines.append(f"  - {phrases.assumption(line.assumption)}")
        lines.append("")
    lines += [f"> {phrases.note(note)}" for note in report.notes]
    audit = report.audit
    if audit:
        lines += ["", f"## {phrases.AUDIT}", "", f"- {phrases.audit_summary(report)}"]
        lines += [f"- `{name}` sha256 `{digest}`" for name, digest in audit.pack_files]
        lines += [f"- indata `{name}` sha256 `{digest}`" for name, digest in audit.inputs]
        lines += [f"- {phrases.audit_waiver(text)}" for text in audit.waivers]
        lines += [f"- {phrases.audit_attestation(text)}" for text in audit.attestations]
    return "\n".join(lines) + "\n"


FORMAT = Format("markdown", render, (Report,))
