"""The report a person reads in a terminal, rendered with rich."""

from __future__ import annotations

import hashlib

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from compliance.results.verdict import Outcome, Report, Verdict

STYLES = {
    Outcome.PASS: "green",
    Outcome.FAIL: "bold red",
    Outcome.MISSING: "yellow",
    Outcome.PENDING: "cyan",
    Outcome.WAIVED: "magenta",
}
MAX_LINES = 6  # evidence lines per rule before the rest is counted


def _evidence(verdict: Verdict) -> Text:
    text = Text()
    if len(verdict.evidence) <= 1 or verdict.outcome is Outcome.PASS:
        text.append(verdict.summary)
    else:
        text.append(verdict.summary + "\n")
        notable = [e for e in verdict.evidence if e.outcome is not Outcome.PASS]
        for item in notable[:MAX_LINES]:
            text.append(f"• {item.text}\n", style=STYLES[item.outcome])
        if len(notable) > MAX_LINES:
            text.append(f"… och {len(notable) - MAX_LINES} till\n")
    if verdict.waiver is not None:
        note = verdict.waiver
        text.append(f"\nUndantag: {note.justification} (godkänt av {note.approved_by} "
                    f"{note.date}, gäller till {note.expires}); underlaget visar "
                    f"{note.data_outcome.label}", style="magenta")
    for assumption in verdict.assumptions:
        text.append(f"\n⚠ Antagande: {assumption}", style="bold yellow")
    text.append(f"\nKälla: {verdict.source.citation(short=True)}", style="dim")
    text.rstrip()
    return text


def _trail(report: Report) -> str:
    """The audit trail in one line; the JSON report has every file's full digest."""
    audit = report.audit
    assert audit is not None
    pack = hashlib.sha256("".join(d for _, d in audit.pack_files).encode()).hexdigest()[:12]
    inputs = ", ".join(f"{name} sha256:{digest[:12]}" for name, digest in audit.inputs)
    waivers = "".join(f"\nUndantag: {text}" for text in audit.waivers)
    return (f"Spårbarhet: compliance {audit.tool_version}; {report.pack_id} v{report.pack_version}"
            f" ({len(audit.pack_files)} filer, sha256:{pack}); {inputs}; bedömt per "
            f"{report.as_of}{waivers}")


def build(report: Report) -> Group:
    table = Table(title=f"{report.region} – {report.pack_title} ({report.pack_id} "
                        f"v{report.pack_version}), bedömt per {report.as_of}",
                  show_lines=True, expand=True)
    table.add_column("Regel", ratio=3)
    table.add_column("Utfall", no_wrap=True)
    table.add_column("Allvarlighet", no_wrap=True)
    table.add_column("Underlag", ratio=6)
    for verdict in report.verdicts:
        table.add_row(Text(f"{verdict.title}\n", style="bold") + Text(verdict.rule, style="dim"),
                      Text(verdict.outcome.label, style=STYLES[verdict.outcome]),
                      verdict.severity.value, _evidence(verdict))
    counts = report.counts()
    summary = Text("Sammanfattning: ")
    summary.append(", ".join(f"{counts[o.value]} {o.label}" for o in Outcome if counts[o.value]))
    summary.append(f" av {len(report.verdicts)} regler. ")
    if report.exit_code:
        summary.append("Minst ett villkor eller krav är ej uppfyllt eller ej bedömbart.",
                       style="bold red")
    else:
        summary.append("Inga villkor eller krav är ej uppfyllda eller ej bedömbara.",
                       style="green")
    parts: list[Table | Text] = [table, summary]
    if report.money:
        parts.append(Text("Pengar som står på spel:", style="bold"))
        for line in report.money:
            parts.append(Text(f"• {line.text}"))
            if line.assumption:
                parts.append(Text(f"  ⚠ Antagande: {line.assumption}", style="yellow"))
    parts += [Text(f"Obs: {note}", style="italic") for note in report.notes]
    if report.audit is not None:
        parts.append(Text(_trail(report), style="dim"))
    return Group(*parts)


def render(report: Report, console: Console) -> None:
    console.print(build(report))
