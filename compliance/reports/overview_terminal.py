"""The national overview in a terminal: one table per pack, rules × regions."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from compliance.judging.overview import Overview, matrix
from compliance.reports.terminal import STYLES
from compliance.results.verdict import Outcome


def build(overview: Overview) -> Group:
    parts: list[Table | Text] = []
    for pack_id, reports in overview.by_pack().items():
        rules, cells = matrix(reports)
        table = Table(title=f"{pack_id}, bedömt per {overview.as_of}", show_lines=False)
        table.add_column("Regel", overflow="fold")
        for region in cells:
            table.add_column(region, no_wrap=False)
        for rule in rules:
            table.add_row(rule, *(Text(Outcome(cells[r][rule]).label,
                                       style=STYLES[Outcome(cells[r][rule])]) for r in cells))
        parts.append(table)
    parts += [Text(f"Hoppade över {name}: {why}", style="dim") for name, why in overview.skipped]
    parts += [Text(f"fel: {error}", style="bold red") for error in overview.errors]
    return Group(*parts)


def render(overview: Overview, console: Console) -> None:
    console.print(build(overview))
