"""Apply recorded exceptions: a waived rule's verdict becomes ``waived`` and keeps what the
data says; it no longer decides the exit code. An expired waiver is ignored and the
report says so.

A waiver may name the subjects it covers (``subjects: [2024-06]``: months, answers): then
only those items are waived. The rule is ``waived`` when every item that falls short is
covered; otherwise it is judged on the items the waiver does not cover, so a waiver
meant for June's outage never hides November's missing data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from compliance.errors import InputError
from compliance.inputs.models import Waiver, WaiverFile
from compliance.judging.records import not_in_force
from compliance.kinds.base import retallied, worst
from compliance.results.verdict import Evidence, Outcome, Verdict, WaiverNote


def apply_waivers(verdicts: tuple[Verdict, ...], file: WaiverFile,
                  as_of: dt.date) -> tuple[tuple[Verdict, ...], tuple[str, ...]]:
    """The verdicts with active waivers applied, and what happened to each waiver."""
    by_rule = {verdict.rule: verdict for verdict in verdicts}
    active: dict[str, list[Waiver]] = {}
    trail: list[str] = []
    for index, waiver in enumerate(file.items):
        verdict = by_rule.get(waiver.rule)
        if verdict is None:
            raise InputError(f"undantaget gäller regeln '{waiver.rule}', som inte finns i "
                             "paketet", file.rule_locations[index])
        _check_subjects(waiver, verdict, file, index)
        inactive = not_in_force(waiver.rule, waiver.date, waiver.expires, as_of)
        if inactive:
            trail.append(inactive)
        else:
            active.setdefault(waiver.rule, []).append(waiver)
            scope = f" för {', '.join(waiver.subjects)}" if waiver.subjects else ""
            trail.append(f"{waiver.rule}: tillämpat{scope}, godkänt av {waiver.approved_by} "
                         f"{waiver.date.isoformat()}, gäller till {waiver.expires.isoformat()}")
    result = []
    for verdict in verdicts:
        waived, remark = _waived(verdict, active.get(verdict.rule, []))
        result.append(waived)
        if remark:
            trail.append(remark)
    return tuple(result), tuple(trail)


def as_waived(verdicts: tuple[Verdict, ...], file: WaiverFile,
              as_of: dt.date) -> tuple[Verdict, ...]:
    """``verdicts`` as the waivers in force for them leave them, for the rules judged later
    from these verdicts (claims, payments) to read; a waiver for a rule judged later is
    applied, and reported, by ``apply_waivers`` at the end."""
    present = {verdict.rule for verdict in verdicts}
    kept = [index for index, waiver in enumerate(file.items) if waiver.rule in present]
    subset = replace(file, items=tuple(file.items[index] for index in kept),
                     rule_locations=tuple(file.rule_locations[index] for index in kept))
    return apply_waivers(verdicts, subset, as_of)[0]


def _check_subjects(waiver: Waiver, verdict: Verdict, file: WaiverFile, index: int) -> None:
    """A waiver's subjects are ones the rule judges; a misspelt month would waive nothing."""
    known = [item.subject for item in verdict.evidence]
    unknown = [subject for subject in waiver.subjects or () if subject not in known]
    if unknown:
        raise InputError(f"undantaget för regeln {waiver.rule} nämner {', '.join(unknown)}, "
                         f"som regeln inte bedömer (den bedömer {', '.join(known) or 'inget'})",
                         file.rule_locations[index])


def _note(waiver: Waiver, verdict: Verdict) -> WaiverNote:
    return WaiverNote(waiver.justification, waiver.approved_by, waiver.date, waiver.expires,
                      verdict.outcome)


def _short(item: Evidence) -> bool:
    return item.outcome is not Outcome.PASS


def _waived(verdict: Verdict, waivers: list[Waiver]) -> tuple[Verdict, str | None]:
    """The verdict under ``waivers`` (all in force, all for its rule), and a remark for
    the audit trail when they cover only part of what falls short."""
    if not waivers:
        return verdict, None
    whole = next((waiver for waiver in waivers if not waiver.subjects), None)
    if whole is not None:
        return replace(verdict, outcome=Outcome.WAIVED, waiver=_note(whole, verdict)), None
    covered = {subject for waiver in waivers for subject in waiver.subjects or ()}
    short = [item for item in verdict.evidence if _short(item)]
    uncovered = [item for item in short if item.subject not in covered]
    if not short or verdict.outcome is Outcome.PASS:
        return verdict, None  # nothing to waive
    # the covered months count as waived everywhere the verdict is read: in its
    # summary, in a claim that rests on it, in the payment it conditions
    evidence = tuple(replace(item, outcome=Outcome.WAIVED, text=f"{item.text} (undantag)")
                     if _short(item) and item.subject in covered else item
                     for item in verdict.evidence)
    if not uncovered:
        return retallied(replace(verdict, outcome=Outcome.WAIVED, evidence=evidence,
                                 waiver=_note(waivers[0], verdict))), None
    outcome = worst([item.outcome for item in uncovered])
    open_subjects = ", ".join(dict.fromkeys(item.subject for item in uncovered))
    return (retallied(replace(verdict, outcome=outcome, evidence=evidence)),
            f"{verdict.rule}: undantaget gäller {', '.join(sorted(covered))}, inte "
            f"{open_subjects}; regeln bedöms på det som undantaget inte omfattar")
