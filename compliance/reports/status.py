"""The readiness view: timeline and checklist, in a terminal or as JSON."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from compliance.judging.readiness import Missing, Obligation
from compliance.reports.terminal import STYLES
from compliance.results.verdict import Report

_STATE_STYLES = {"klar": "green", "försenad": "bold red", "passerad": "dim", "pågår": "cyan"}


def _state_style(state: str) -> str:
    for prefix, style in _STATE_STYLES.items():
        if state.startswith(prefix):
            return style
    return "yellow" if state.startswith("förfaller") else ""


def build(report: Report, obligations: list[Obligation], missing: list[Missing]) -> Group:
    table = Table(title=f"{report.region} – {report.pack_id}: tidslinje per {report.as_of}",
                  expand=True)
    table.add_column("Datum", no_wrap=True)
    table.add_column("Åtagande", ratio=3)
    table.add_column("Läge", ratio=2)
    for item in obligations:
        detail = f" ({item.detail})" if item.detail else ""
        table.add_row(item.date.isoformat(), item.title + detail,
                      Text(item.state, style=_state_style(item.state)))
    todo = Table(title="Att göra för villkor och krav, mest brådskande först", expand=True)
    todo.add_column("Senast", no_wrap=True)
    todo.add_column("Regel")
    todo.add_column("Vad som saknas", ratio=3)
    for gap in missing:
        todo.add_row(gap.due.isoformat() if gap.due else "–", gap.rule,
                     Text(f"{gap.text} ({gap.outcome.label})", style=STYLES[gap.outcome]))
    parts: list[Table | Text] = [table]
    parts.append(todo if missing else Text("Inget saknas för villkor och krav.", style="green"))
    if report.money:
        parts.append(Text("Pengar som står på spel:", style="bold"))
        parts += [Text(f"• {line.text}" + (" (antagande)" if line.assumption else ""))
                  for line in report.money]
    return Group(*parts)


def render(report: Report, obligations: list[Obligation], missing: list[Missing],
           console: Console) -> None:
    console.print(build(report, obligations, missing))


def to_json(report: Report, obligations: list[Obligation], missing: list[Missing]) -> str:
    data: dict[str, Any] = {
        "region": report.region, "pack": report.pack_id, "as_of": report.as_of,
        "timeline": [{"date": o.date.isoformat(), "title": o.title, "state": o.state,
                      "detail": o.detail} for o in obligations],
        "missing": [{"due": m.due.isoformat() if m.due else None, "rule": m.rule,
                     "text": m.text, "outcome": m.outcome.value} for m in missing],
        "money": [{"payment": m.payment, "amount_sek": m.amount_sek, "state": m.state,
                   "estimate_sek": m.estimate_sek, "text": m.text,
                   "assumption": m.assumption} for m in report.money],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
