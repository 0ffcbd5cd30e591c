"""What a document cannot hold is not the region's failure: a rule that needed a form
entry the region's kind of document has no place for (a Word form holds no register
months, no receipt date, no attachment) is *ej bedömbart* for that reason, whatever the
closed world would have made of the absence; so is a rule that rests on such a verdict
(a claim checked against those months). A verdict the data already decides otherwise
(met, waived, for a person to read) stands, and so does one still waiting for its
deadline."""

from __future__ import annotations

from dataclasses import replace

from compliance.inputs.models import Submission
from compliance.kinds.base import CompiledRule
from compliance.results.verdict import Evidence, Outcome, Verdict

# what the absence of a record decides after its deadline; before it, the verdict waits
# as any document's does (the timeline still counts down to it)
_UNDECIDED = (Outcome.FAIL, Outcome.MISSING)


def not_held_by(rule: CompiledRule, submission: Submission,
                decided: dict[str, Verdict]) -> tuple[str, ...]:
    """The titles of what ``rule`` needed that the submission's document cannot hold."""
    titles = [submission.not_held[entry] for entry in sorted(rule.uses())
              if entry in submission.not_held]
    for reference in rule.references():
        verdict = decided.get(reference)
        if verdict is not None:
            titles.extend(verdict.not_held)
    return tuple(dict.fromkeys(titles))


def judged_without(verdict: Verdict, missing: tuple[str, ...], document: str) -> Verdict:
    """``verdict`` as *ej bedömbart* because ``document`` cannot hold ``missing``."""
    if not missing or verdict.outcome not in _UNDECIDED:
        return verdict
    where = document or "dokumentet"
    text = (f"{'; '.join(missing)}: finns inte i {where}, så regeln kan inte bedömas ur det. "
            "Lägg till uppgiften med ett tillägg (--supplement).")
    evidence = (Evidence(text, Outcome.MISSING, "", on_record=False),)
    return replace(verdict, outcome=Outcome.MISSING, evidence=evidence, not_held=missing,
                   document=document,
                   summary=f"ej bedömbart – finns inte i {where}")
