"""What a person reads in a terminal (or a text file), rendered with rich."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import textwrap
from typing import Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from compliance.formatting import counted
from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.diff import Change, PackDiff
from compliance.results.obligations import ReadinessState
from compliance.results.overview import Overview, rule_counts
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Outcome, Report, Verdict

STYLES = {
    Outcome.PASS: "green",
    Outcome.FAIL: "bold red",
    Outcome.MISSING: "yellow",
    Outcome.PENDING: "cyan",
    Outcome.WAIVED: "magenta",
    Outcome.GRADED: "blue",
    Outcome.REVIEW: "bold magenta",
}
STATE_STYLES = {
    ReadinessState.DONE: "green",
    ReadinessState.DONE_LATE: "green",
    ReadinessState.OVERDUE: "bold red",
    ReadinessState.DUE: "yellow",
    ReadinessState.AHEAD: "",
    ReadinessState.STARTS: "",
    ReadinessState.ONGOING: "cyan",
    ReadinessState.PASSED: "dim",
    ReadinessState.NO_DATA: "yellow",
    ReadinessState.NOT_HELD: "yellow",
}
MAX_LINES = 6  # evidence lines per rule before the rest is counted (all with --alla)
# a number is never broken across lines: a narrow no-break space between its thousands,
# a no-break space before its unit ("7 598 684 kr", "93,1 %")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_UNIT = re.compile(r"(?<=\d) (?=(?:kr|mnkr|st|dagar)\b|%)")


def _unbroken(text: str) -> str:
    return _UNIT.sub("\u00a0", _THOUSANDS.sub("\u202f", text))


def _text(value: object, style: str = "") -> Text:
    """Untrusted text as rich prints it: a ``Text`` (never parsed as markup, so ``[/]`` in a
    region name is printed, not obeyed) without control characters (so no escape sequence
    reaches the terminal). Every string handed to rich goes through here."""
    return Text(_unbroken(printable(str(value))), style=style)


def _fit(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` at ordinary spaces only: rich would also break at the
    no-break spaces inside numbers (Python counts them as whitespace), textwrap does not."""
    return "\n".join(textwrap.fill(line, width, break_long_words=False,
                                    break_on_hyphens=False) or line
                      for line in _unbroken(printable(text)).split("\n"))


def _paragraph(text: str, width: int, style: str = "") -> Text:
    """Prose wrapped as ``_fit`` wraps it: numbers and amounts stay on one line."""
    return Text(_fit(text, width), style=style)


def _evidence(verdict: Verdict, complete: bool = False, width: int = 78) -> Text:
    text = Text()

    def add(piece: str, style: str = "") -> None:
        text.append(_fit(piece, width), style=style)

    if len(verdict.evidence) <= 1 or verdict.outcome in (Outcome.PASS, Outcome.GRADED):
        add(verdict.summary)
    else:
        add(verdict.summary + "\n")
        notable = [e for e in verdict.evidence if e.outcome is not Outcome.PASS]
        shown = notable if complete else notable[:MAX_LINES]
        for item in shown:
            add(f"• {item.text}\n", STYLES[item.outcome])
        if len(notable) > len(shown):
            add(f"… och {len(notable) - len(shown)} till (visa alla med --alla)\n")
    if verdict.waiver is not None:
        add(f"\n{phrases.waiver(verdict.waiver)}", "magenta")
    for assumption in verdict.assumptions:
        add(f"\n{phrases.assumption(assumption)}", "bold yellow")
    if verdict.payments:
        add(f"\n{phrases.payments(verdict)}", "dim")
    if verdict.found_in:
        add(f"\n{phrases.found_in(verdict)}", "dim")
    add(f"\nKälla: {verdict.source.citation()}", "dim")
    text.rstrip()
    return text


def _trail(report: Report) -> str:
    """The audit trail in one line; the JSON report has every file's full digest."""
    audit = report.audit
    assert audit is not None
    pack = hashlib.sha256("".join(d for _, d in audit.pack_files).encode()).hexdigest()[:12]
    inputs = ", ".join(f"{name} sha256:{digest[:12]}" for name, digest in audit.inputs)
    waivers = "".join(f"\n{phrases.audit_waiver(text)}" for text in audit.waivers) + \
        "".join(f"\n{phrases.audit_attestation(text)}" for text in audit.attestations)
    return (f"{phrases.AUDIT}: {phrases.audit_summary(report)}; "
            f"{len(audit.pack_files)} paketfiler sha256:{pack}; {inputs}{waivers}")


def _money(report: Report, width: int) -> list[Text]:
    if not report.money:
        return []
    parts = [Text("Pengar som står på spel:", style="bold")]
    titles = phrases.rule_titles(report)  # conditions by title: no ids among the money
    for line in report.money:
        parts.append(Text(_fit(f"• {phrases.money(line, titles)}", width)))
        if line.information:
            parts.append(Text(_fit(f"  {line.information}", width), style="dim"))
        if line.assumption:
            parts.append(Text(_fit(f"  {phrases.assumption(line.assumption)}", width),
                              style="yellow"))
    return parts


def _id(rule: str) -> Text:
    """A rule id: never folded or cut, whatever the width (rendered with ``crop=False``)."""
    return Text(printable(rule), style="bold", overflow="ignore")


def _counts(counts: dict[Outcome, int]) -> str:
    return ", ".join(f"{counts[o]} {o.label}" for o in Outcome if counts[o])


def _summary(report: Report) -> list[RenderableType]:
    summary = Text(f"Sammanfattning: {_counts(report.counts())} av {len(report.verdicts)} "
                   "regler. ")
    if report.exit_code:
        summary.append("Minst ett villkor eller krav är ej uppfyllt eller ej bedömbart.",
                       style="bold red")
    else:
        summary.append("Inget villkor eller krav har underkänts eller saknar underlag.",
                       style="green")
    parts: list[RenderableType] = [summary]
    blocking = report.to_fix()
    if blocking:
        parts.append(Text("Att åtgärda (villkor och krav):", style="bold"))
        width = max(len(v.outcome.label) for v in blocking)
        parts += [Text("  ") + Text(v.outcome.label.ljust(width), style=STYLES[v.outcome])
                  + Text(f"  {v.severity.value.ljust(7)} ") + _id(v.rule)
                  + Text(f" (finns inte i {v.document or 'dokumentet'})" if v.not_held else "")
                  for v in blocking]
    return parts


def _verdict(verdict: Verdict, complete: bool, width: int) -> RenderableType:
    head = Text(verdict.outcome.label, style=STYLES[verdict.outcome])
    head += Text(f" · {verdict.severity.value} · ") + _id(verdict.rule)
    inner = width - 2  # the block is indented by two
    return Group(head, Padding(Text(_fit(verdict.title, inner), style="italic") + Text("\n")
                               + _evidence(verdict, complete, inner), (0, 0, 0, 2)), Text(""))


def _report(report: Report, complete: bool = False, width: int = 80) -> Group:
    title = _text(f"{report.region} – {report.pack_title} ({report.pack_id} "
                  f"v{report.pack_version}), bedömt per {report.as_of.isoformat()}",
                  style="bold")
    parts: list[RenderableType] = [title, *_summary(report)]
    if report.unreviewed:
        parts.append(_paragraph(phrases.unreviewed(report.unreviewed), width, "bold yellow"))
    if report.illustrative:
        parts.append(_paragraph(f"{phrases.ILLUSTRATIVE}.", width, "bold yellow"))
    parts.append(Text(""))
    parts += [_verdict(verdict, complete, width) for verdict in report.verdicts]
    parts += _money(report, width)
    if report.decision:
        parts.append(_paragraph(phrases.decision(report.decision), width, "bold"))
    parts += [_paragraph(phrases.note(note), width, "italic") for note in report.notes]
    if report.audit is not None:
        parts.append(_paragraph(_trail(report), width, "dim"))
    return Group(*parts)


def _region_table(reports: list[Report]) -> Table:
    """Regions as rows, a column per outcome that occurs, and totals in the last row."""
    counts = {report.region: report.counts() for report in reports}
    shown = [o for o in Outcome if any(c[o] for c in counts.values())]
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, show_footer=True)
    table.add_column("Region", footer="Totalt", overflow="fold")
    for outcome in shown:
        table.add_column(outcome.label, justify="right", style=STYLES[outcome],
                         footer=str(sum(c[outcome] for c in counts.values())))
    blocking = {r.region: sum(v.blocking for v in r.verdicts) for r in reports}
    table.add_column("att åtgärda", justify="right", footer=str(sum(blocking.values())))
    for region, row in counts.items():
        table.add_row(_text(region), *(str(row[o]) for o in shown), str(blocking[region]))
    return table


def _rule_lines(reports: list[Report]) -> list[RenderableType]:
    """Totals per rule: the id on its own line, counts and the regions not passing below."""
    severity = {v.rule: v.severity.value for v in reports[0].verdicts}
    lines: list[RenderableType] = [Text("Per regel:", style="bold")]
    for rule, by_outcome in rule_counts(reports).items():
        counts = {o: len(by_outcome.get(o, ())) for o in Outcome}
        lines.append(Text("  ") + _id(rule) + Text(f" ({severity.get(rule, '?')})"))
        detail = Text(_counts(counts))
        for outcome, regions in by_outcome.items():
            if outcome is not Outcome.PASS:
                detail.append("\n")
                detail.append(f"{outcome.label}:", style=STYLES[outcome])
                detail.append(printable(" " + ", ".join(regions)))
        lines.append(Padding(detail, (0, 0, 0, 4)))
    return lines


def _overview(overview: Overview) -> Group:
    packs = overview.by_pack()
    failing = sum(1 for r in overview.reports if r.exit_code)
    head = Text(f"Nationell översikt, bedömt per {overview.as_of.isoformat()}: "
                f"{counted(len(overview.reports), 'inlämning', 'inlämningar')} i "
                f"{len(packs)} regelpaket; "
                f"{failing} med villkor eller krav som ej är uppfyllda eller ej bedömbara.",
                style="bold")
    parts: list[RenderableType] = [head]
    parts += [_text(f"fel: {error}", style="bold red") for error in overview.errors]
    parts += [_text(phrases.skipped(name, why), style="dim") for name, why in overview.skipped]
    for pack_id, reports in packs.items():
        mark = [_text(phrases.unreviewed(reports[0].unreviewed), style="bold yellow")] \
            if reports[0].unreviewed else []
        parts += [Text(""), _text(f"{pack_id}: {counted(len(reports), 'region', 'regioner')}, "
                                  f"{counted(len(reports[0].verdicts), 'regel', 'regler')}",
                                  style="bold italic"),
                  *mark,
                  _region_table(reports), Text(""), *_rule_lines(reports),
                  *_points_lines(reports), *_caveat_lines(reports)]
    return Group(*parts)


def _caveat_lines(reports: list[Report]) -> list[Text]:
    """The pack's caveats, once for all its regions: who decides, illustrative values,
    assumptions."""
    lines = [_text(f"• {text}") for text in phrases.pack_caveats(reports)]
    return [Text(""), _text(f"{phrases.CAVEATS}:", style="bold"), *lines] if lines else []


def _points_lines(reports: list[Report]) -> list[Text]:
    """Each region's points per payment period decided by points (BUP)."""
    lines = [_text(f"{report.region}: {line.title}: {phrases.money_state(line)}")
             for report in reports for line in report.money
             if line.graded]
    return [Text(""), _text("Poäng per utbetalningsperiod:", style="bold"), *lines] \
        if lines else []


def _readiness(view: Readiness, width: int = 80) -> Group:
    report = view.report
    table = Table(title=_text(f"{report.region} – {report.pack_id}: tidslinje per "
                              f"{report.as_of.isoformat()}", style="italic"), expand=True)
    table.add_column("Datum", no_wrap=True)
    table.add_column("Åtagande", ratio=3)
    table.add_column("Läge", ratio=2)
    heading = None
    for item in view.timeline:  # grouped: overdue, within 30 days, the rest
        if item.urgency is not heading:
            heading = item.urgency
            table.add_row("", Text(phrases.URGENCY_HEADINGS[heading], style="bold"), "")
        detail = f" ({item.detail})" if item.detail else ""
        table.add_row(Text(item.date.isoformat()), _text(item.title + detail),
                      _text(phrases.readiness_state(item), style=STATE_STYLES[item.state]))
    todo = Table(title=Text("Att göra för villkor och krav, mest brådskande först",
                            style="italic"), expand=True)
    todo.add_column("Senast", no_wrap=True)
    todo.add_column("Regel")
    todo.add_column("Vad som saknas", ratio=3)
    for gap in view.missing:
        todo.add_row(Text(gap.due.isoformat() if gap.due else "–"), _text(gap.rule),
                     _text(f"{gap.text} ({gap.outcome.label})", style=STYLES[gap.outcome]))
    parts: list[RenderableType] = [table]
    parts.append(todo if view.missing
                 else Text("Inget saknas för villkor och krav.", style="green"))
    if report.money:
        parts.append(Text("Pengar som står på spel:", style="bold"))
        titles = phrases.rule_titles(report)
        parts += [Text(_fit(f"• {phrases.money(line, titles)}"
                            + (" (antagande)" if line.assumption else ""), width))
                  for line in report.money]
    return Group(*parts)


def _show(value: Any) -> str:
    if value is None:
        return "(saknas)"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)


def _change(change: Change) -> str:
    return f"{change.field}: {_show(change.old)} -> {_show(change.new)}"


def _diff(diff: PackDiff) -> str:
    lines = [f"Skillnader från {diff.old} till {diff.new}"]
    lines += [f"  paket: {_change(change)}" for change in diff.pack_changed]
    lines += [f"  + regel {rule}" for rule in diff.rules_added]
    lines += [f"  - regel {rule} (utgår)" for rule in diff.rules_retired]
    for rule, changes in diff.rules_changed.items():
        lines += [f"  ~ regel {rule}: {_change(change)}" for change in changes]
    lines += [f"  + fråga {name}" for name in diff.form_added]
    lines += [f"  - fråga {name}" for name in diff.form_removed]
    if len(lines) == 1:
        lines.append("  inga skillnader")
    return printable("\n".join(lines)) + "\n"


def _report_diff(diff: ReportDiff) -> str:
    from compliance.reports import changes

    lines = [changes.title(diff), changes.summary(diff), *changes.regions_line(diff)]
    for heading, items in changes.sections(diff):
        lines += ["", f"{heading}:"]
        for change in items:
            lines.append(f"  {changes.rule_line(change)}")
            lines += [f"    {line}" for line in changes.value_lines(change)]
    return printable("\n".join(lines)) + "\n"


# Any COLUMNS value gives a readable report: rich reads COLUMNS itself when it is given no
# width (COLUMNS=0 printed nothing), so the width is always given, between these bounds.
MIN_WIDTH, DEFAULT_WIDTH, MAX_WIDTH = 40, 80, 1000


def _width(asked: int | None) -> int:
    """``asked``, else COLUMNS if it is a number, else 80; never below 40 or above 1000."""
    if asked is None:
        columns = os.environ.get("COLUMNS", "").strip()
        asked = int(columns) if columns.isdecimal() and len(columns) < 8 else DEFAULT_WIDTH
    return min(max(asked, MIN_WIDTH), MAX_WIDTH)


def render(result: Result, target: Target) -> str:
    if isinstance(result, PackDiff):
        return _diff(result)
    if isinstance(result, ReportDiff):
        return _report_diff(result)
    out = io.StringIO()
    console = Console(file=out, width=_width(target.width), force_terminal=target.color,
                      color_system="auto" if target.color else None, highlight=False)
    renderable = _report(result, target.complete, console.width) \
        if isinstance(result, Report) else \
        _overview(result) if isinstance(result, Overview) else _readiness(result, console.width)
    console.print(renderable, crop=False)
    if target.color:
        return out.getvalue()
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())

