"""The report as Markdown, for pasting into an audit memo."""

from __future__ import annotations

import re

from compliance.reports import phrases
from compliance.reports.clean import one_line
from compliance.reports.target import Result, Target
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Outcome, Report, Severity, Verdict

# Inline Markdown that text could open: emphasis, links, code, tables, headings, escapes.
_MARKDOWN = re.compile(r"([\\`*_\[\]|~#])")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")  # what CommonMark and HTML read as a tag's start
_ENTITY = re.compile(r"&(?=[#A-Za-z])")


def _md(text: object) -> str:
    """Any text printed in the report, as literal Markdown on one line: a ``<`` that could
    open a tag, an autolink or a ``<!--`` comment, and an ``&`` that could open an entity,
    as entities; Markdown's metacharacters backslash-escaped (so no table cell, link or
    emphasis can open). ``< 95 %`` stays as it is; ``>`` opens a quote only at the start of
    a line, and no text starts a line here."""
    plain = _ENTITY.sub("&amp;", one_line(str(text)))
    return _MARKDOWN.sub(r"\\\1", _TAG.sub("&lt;", plain))


def _code(text: object) -> str:
    """A code span that no backtick or table pipe in ``text`` can close early."""
    plain = one_line(str(text)).replace("|", "\\|")
    fence = "`" * (max((len(run) for run in re.findall("`+", plain)), default=0) + 1)
    pad = " " if plain.startswith("`") or plain.endswith("`") else ""
    return f"{fence}{pad}{plain}{pad}{fence}"


def _verdict_lines(verdict: Verdict, complete: bool = False) -> list[str]:
    lines = [f"#### {_md(verdict.title)} – {verdict.outcome.label}", "",
             f"{_code(verdict.rule)} · {verdict.severity.value} · källa: "
             f"{_md(verdict.source.citation())} · regel: {_code(verdict.location)}", ""]
    if verdict.found_in:
        lines += [_md(phrases.found_in(verdict)), ""]
    notable = [e for e in verdict.evidence if e.outcome is not Outcome.PASS] or \
        list(verdict.evidence)[:3]
    shown = notable if complete else notable[:12]
    lines += [f"- {_md(e.text)} ({e.outcome.label})" for e in shown]
    if len(notable) > len(shown):
        lines.append(f"- … och {len(notable) - len(shown)} till (visa alla med --alla)")
    if verdict.waiver:
        lines.append(f"- **{_md(phrases.waiver(verdict.waiver))}**")
    lines += [f"- **{_md(phrases.assumption(text))}**" for text in verdict.assumptions]
    if verdict.payments:
        lines.append(f"- {_md(phrases.payments(verdict))}")
    return [*lines, ""]


def _readiness(view: Readiness) -> str:
    """The strategist's timeline and what villkor and krav still lack, as tables."""
    report = view.report
    lines = [f"# {_md(report.region)} – {_md(report.pack_title)}: tidslinje", "",
             f"Per {report.as_of.isoformat()}, regelpaket {_code(report.pack_id)} version "
             f"{_md(report.pack_version)}.", "", "## Tidslinje", "",
             "| Datum | Åtagande | Läge |", "| --- | --- | --- |"]
    for item in view.timeline:
        detail = f" ({item.detail})" if item.detail else ""
        lines.append(f"| {item.date.isoformat()} | {_md(item.title + detail)} | "
                     f"{_md(phrases.readiness_state(item))} |")
    lines += ["", "## Att göra för villkor och krav", ""]
    if view.missing:
        lines += ["| Senast | Regel | Vad som saknas | Utfall |", "| --- | --- | --- | --- |"]
        lines += [f"| {gap.due.isoformat() if gap.due else '–'} | {_code(gap.rule)} | "
                  f"{_md(gap.text)} | {gap.outcome.label} |" for gap in view.missing]
    else:
        lines.append("Inget saknas för villkor och krav.")
    if report.money:
        lines += ["", "## Pengar som står på spel", ""]
        titles = phrases.rule_titles(report)
        lines += [f"- {_md(phrases.money(line, titles))}"
                  + (" (antagande)" if line.assumption else "") for line in report.money]
    return "\n".join(lines) + "\n"


def _report_diff(diff: ReportDiff) -> str:
    from compliance.reports import changes

    lines = [f"# {_md(changes.title(diff))}", "", _md(changes.summary(diff)), ""]
    lines += [f"- {_md(line)}" for line in changes.regions_line(diff)]
    for heading, items in changes.sections(diff):
        lines += ["", f"## {_md(heading)}", ""]
        for change in items:
            lines.append(f"- {_md(changes.rule_line(change))}")
            lines += [f"  - {_md(line)}" for line in changes.value_lines(change)]
    return "\n".join(lines) + "\n"


def render(result: Result, target: Target) -> str:
    if isinstance(result, Readiness):
        return _readiness(result)
    if isinstance(result, ReportDiff):
        return _report_diff(result)
    assert isinstance(result, Report)
    report = result
    counts = report.counts()
    lines = [f"# {_md(report.region)} – {_md(report.pack_title)}", "",
             f"Regelpaket {_code(report.pack_id)} version {_md(report.pack_version)}, "
             f"bedömt per {report.as_of.isoformat()}.", "",
             *([f"**{_md(phrases.decision(report.decision))}**", ""] if report.decision
               else []),
             *([f"**{_md(phrases.unreviewed(report.unreviewed))}**", ""] if report.unreviewed
               else []),
             *([f"**{_md(phrases.ILLUSTRATIVE)}**", ""] if report.illustrative else []),
             "| Utfall | Antal |", "| --- | --- |"]
    lines += [f"| {outcome.label} | {counts[outcome]} |" for outcome in Outcome]
    lines += ["", "| Regel | Typ | Utfall | Sammanfattning |", "| --- | --- | --- | --- |"]
    lines += [f"| {_code(v.rule)} | {v.severity.value} | {v.outcome.label} | {_md(v.summary)} |"
              for v in report.verdicts]
    lines.append("")
    for severity in Severity:
        group = [v for v in report.verdicts if v.severity is severity]
        if group:
            lines += [f"## {phrases.SEVERITY_TITLES[severity]}", ""]
            for section, members in phrases.by_section(group).items():
                lines += [f"### {_md(section)}", ""]
                for verdict in members:
                    lines += _verdict_lines(verdict, target.complete)
    if report.money:
        lines += ["## Pengar som står på spel", ""]
        for line in report.money:
            lines.append(f"- {_md(phrases.money(line, phrases.rule_titles(report)))}")
            if line.information:
                lines.append(f"  - {_md(line.information)}")
            if line.assumption:
                lines.append(f"  - {_md(phrases.assumption(line.assumption))}")
        lines.append("")
    lines += [f"> {_md(phrases.note(note))}" for note in report.notes]
    audit = report.audit
    if audit:
        lines += ["", f"## {phrases.AUDIT}", "", f"- {_md(phrases.audit_summary(report))}"]
        lines += [f"- {_code(name)} sha256 {_code(digest)}" for name, digest in audit.pack_files]
        lines += [f"- indata {_code(name)} sha256 {_code(digest)}" for name, digest in audit.inputs]
        lines += [f"- {_md(phrases.audit_waiver(text))}" for text in audit.waivers]
        lines += [f"- {_md(phrases.audit_attestation(text))}" for text in audit.attestations]
    return "\n".join(lines) + "\n"
