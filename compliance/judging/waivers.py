"""Apply recorded exceptions: a waived rule's verdict becomes ``waived`` and keeps what the
data says; it no longer decides the exit code. An expired waiver is ignored and the
report says so."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from compliance.errors import InputError
from compliance.inputs.models import Waiver, WaiverFile
from compliance.judging.records import not_in_force
from compliance.results.verdict import Outcome, Verdict, WaiverNote


def apply_waivers(verdicts: tuple[Verdict, ...], file: WaiverFile,
                  as_of: dt.date) -> tuple[tuple[Verdict, ...], tuple[str, ...]]:
    """The verdicts with active waivers applied, and what happened to each waiver."""
    by_rule = {verdict.rule: verdict for verdict in verdicts}
    active: dict[str, Waiver] = {}
    trail: list[str] = []
    for index, waiver in enumerate(file.items):
        if waiver.rule not in by_rule:
            raise InputError(f"undantaget gäller regeln '{waiver.rule}', som inte finns i "
                             "paketet", file.rule_locations[index])
        inactive = not_in_force(waiver.rule, waiver.date, waiver.expires, as_of)
        if inactive:
            trail.append(inactive)
        else:
            active[waiver.rule] = waiver
            trail.append(f"{waiver.rule}: tillämpat, godkänt av {waiver.approved_by} "
                         f"{waiver.date.isoformat()}, gäller till {waiver.expires.isoformat()}")
    result = []
    for verdict in verdicts:
        applied = active.get(verdict.rule)
        if applied is None:
            result.append(verdict)
            continue
        note = WaiverNote(applied.justification, applied.approved_by, applied.date,
                          applied.expires, verdict.outcome)
        result.append(replace(verdict, outcome=Outcome.WAIVED, waiver=note))
    return tuple(result), tuple(trail)
