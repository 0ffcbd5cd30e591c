"""`compliance explain`'s second half: why one verdict came out as it did."""

from __future__ import annotations

from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.results.verdict import Verdict


def verdict_lines(verdict: Verdict) -> list[str]:
    lines = ["", f"Bedömning för {verdict.rule}: {verdict.outcome.label}.",
             f"Sammanfattning: {verdict.summary}", "Fakta som prövades:"]
    lines += [f"  {item.outcome.label:>12}  {item.text}" for item in verdict.evidence]
    if verdict.found_in:
        lines.append(f"{phrases.found_in(verdict)}.")
    if verdict.waiver:
        lines.append(f"{phrases.waiver(verdict.waiver)}.")
    return [printable(line) for line in lines]
