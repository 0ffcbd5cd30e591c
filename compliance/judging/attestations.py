"""Apply reviewers' attestations: a requirement that only a human reader can judge
(kind ``review``) takes the reviewer's decision, and the report keeps who decided, when
and why. An expired attestation, or one dated after the as-of date, is not applied and
the audit trail says so."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from compliance.errors import InputError
from compliance.inputs.models import Attestation, AttestationFile
from compliance.judging.records import not_in_force
from compliance.kinds.base import worst
from compliance.results.verdict import Evidence, Outcome, Verdict

DECISIONS = {"uppfyllt": Outcome.PASS, "ej uppfyllt": Outcome.FAIL}


def apply_attestations(verdicts: tuple[Verdict, ...], file: AttestationFile, as_of: dt.date,
                       reviewed: set[str]) -> tuple[tuple[Verdict, ...], tuple[str, ...]]:
    """The verdicts with active attestations applied, and what happened to each one.
    ``reviewed`` are the ids of the rules a human reader decides."""
    active: list[Attestation] = []
    trail: list[str] = []
    seen: dict[tuple[str, str | None], int] = {}
    for index, item in enumerate(file.items):
        earlier = seen.setdefault((item.rule, item.subject), index)
        if earlier != index:  # two decisions on one thing: the file's order must not decide
            raise InputError(f"regeln '{item.rule}' har redan en attest (post {earlier + 1}); "
                             "ta bort den ena", file.rule_locations[index])
        if item.rule not in reviewed:
            raise InputError(f"attesten gäller regeln '{item.rule}', som inte är en regel för "
                             "manuell granskning i paketet", file.rule_locations[index])
        judged = [e.subject for v in verdicts if v.rule == item.rule for e in v.evidence]
        if item.subject is not None and item.subject not in judged:
            # a misspelt answer would otherwise decide nothing, silently
            raise InputError(f"attesten för regeln {item.rule} gäller '{item.subject}', som "
                             f"regeln inte bedömer (den bedömer {', '.join(judged) or 'inget'})",
                             file.rule_locations[index])
        inactive = not_in_force(item.rule, item.date, item.expires, as_of)
        if inactive:
            trail.append(inactive)
        else:
            active.append(item)
            trail.append(f"{item.rule}: {item.decision}, granskat av {item.reviewer} "
                         f"{item.date.isoformat()}: {item.reason}")
    result = []
    for verdict in verdicts:
        mine = [item for item in active if item.rule == verdict.rule]
        if not mine:
            result.append(verdict)
            continue
        evidence = tuple(_attested(e, mine) for e in verdict.evidence)
        outcome = worst([e.outcome for e in evidence])
        result.append(replace(verdict, evidence=evidence, outcome=outcome,
                              summary="; ".join(e.text for e in evidence)))
    return tuple(result), tuple(trail)


def _attested(item: Evidence, attestations: list[Attestation]) -> Evidence:
    if item.outcome is not Outcome.REVIEW:
        return item
    # an attestation for this very answer overrides one for the whole rule
    match = next((a for a in attestations if a.subject == item.subject), None) or \
        next((a for a in attestations if a.subject is None), None)
    if match is None:
        return item
    text = (f"{item.label}: {match.decision} enligt granskning av {match.reviewer} "
            f"{match.date.isoformat()}: {match.reason}")
    return replace(item, text=text, outcome=DECISIONS[match.decision])
