"""What every rule kind shares: the YAML fields common to all rules, the judging context,
and the interface a kind implements (match, judge, describe, obligations)."""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from compliance.conditions.patterns import Match
from compliance.declared.form import PackMeta
from compliance.facts.base import Fact, FactBase, PeriodMean
from compliance.formatting import counted
from compliance.inputs.models import Submission
from compliance.reading.strict import Strict
from compliance.results.obligations import Obligation
from compliance.results.verdict import Evidence, Outcome, RuleLocation, Severity, Source, Verdict

SEVERITY_WORDS = {
    Severity.VILLKOR: "villkor för utbetalning",
    Severity.KRAV: "krav i redovisningsformuläret eller överenskommelsen",
    Severity.MAL: "mål i överenskommelsen (ingen utbetalning beror på det enligt underlaget)",
    Severity.INDIKATOR: "indikator (information, påverkar inte avslutningskoden)",
}


class SourceRef(Strict):
    document: str
    section: str | None = None
    question: str | None = None
    note: str | None = None


class RuleBase(Strict):
    id: str
    title: str
    severity: Severity
    source: SourceRef
    description: str | None = None
    assumption: str | None = None


@dataclass(frozen=True)
class JudgeContext:
    as_of: dt.date
    facts: FactBase
    fired: dict[str, list[str]]  # tag → ids of the facts the engine fired on
    verdicts: dict[str, Verdict] = field(default_factory=dict)  # earlier passes' verdicts

    def fired_on(self, tag: str) -> list[Fact]:
        return [self.facts.by_id[fact_id] for fact_id in self.fired.get(tag, [])]


def worst(outcomes: list[Outcome]) -> Outcome:
    """How item outcomes combine: a failure decides, then absent data, then waiting,
    then a grade."""
    for outcome in (Outcome.FAIL, Outcome.MISSING, Outcome.PENDING, Outcome.REVIEW,
                    Outcome.GRADED):
        if outcome in outcomes:
            return outcome
    return Outcome.PASS


_TALLY = re.compile(r"^\d+ (månad|månader|svar): ")
_ONE = {"månader": "månad", "månad": "månad"}


def tally(items: tuple[Evidence, ...] | list[Evidence], noun: str) -> str:
    """"12 månader: 10 uppfyllt, 1 undantag, 1 väntar": each subject counted once, by its
    own outcome; further findings on a subject (a region's figure that differs from the
    unit log) are counted beside, never as more months."""
    first: dict[str, Outcome] = {}
    extra: list[Outcome] = []
    for item in items:
        if item.subject in first:
            extra.append(item.outcome)
        else:
            first[item.subject] = item.outcome
    counts = [f"{n} {o.label}" for o in Outcome
              if (n := sum(1 for outcome in first.values() if outcome is o))]
    text = f"{counted(len(first), _ONE.get(noun, noun), noun)}: " + ", ".join(counts)
    if extra:
        text += (f"; {len(extra)} att granska där regionens uppgift skiljer sig från "
                 "enhetsloggen")
    return text


def retallied(verdict: Verdict) -> Verdict:
    """The verdict with its count summary redone after its evidence changed (a waiver
    for some months); a summary that is one item's text is left as it is."""
    found = _TALLY.match(verdict.summary)
    if found is None:
        return verdict
    noun = "månader" if found.group(1) == "månad" else found.group(1)
    return replace(verdict, summary=tally(verdict.evidence, noun))


class CompiledRule(ABC):
    """A rule parsed from YAML: what it fires on, how it is judged, and how it reads."""

    phase = 1  # rules that judge other rules' verdicts run in a later pass
    read_by_a_person = False  # decided by a reviewer's attestation (kind review)

    def __init__(self, spec: RuleBase, meta: PackMeta, location: RuleLocation) -> None:
        self.spec = spec
        self.meta = meta
        self.location = location

    @property
    def id(self) -> str:
        return self.spec.id

    def problems(self) -> list[tuple[str, str]]:
        """(YAML key, message) for every name the rule uses that the pack does not declare."""
        found = []
        if self.spec.source.document not in self.meta.sources:
            known = ", ".join(sorted(self.meta.sources))
            found.append(("source", f"källdokumentet '{self.spec.source.document}' finns inte "
                                    f"bland paketets sources ({known})"))
        deadline = getattr(self.spec, "deadline", None)  # kinds that wait for a deadline
        if deadline and deadline not in self.meta.deadlines:
            found.append(("deadline", f"okänd tidsgräns '{deadline}'"))
        return found

    @abstractmethod
    def uses(self) -> set[str]:
        """The form entries the rule reads, as ``answers.X``, ``series.Y``, ``attachments.Z``."""

    @abstractmethod
    def matches(self) -> dict[str, Match]:
        """What the rule fires on, by tag; the engine runs them, the judge reads the tags."""

    @cached_property
    def patterns(self) -> dict[str, Match]:
        """``matches()``, worked out once: a compiled rule does not change, and the engine
        translates each of these objects for durable-rules only once."""
        return self.matches()

    @abstractmethod
    def judge(self, ctx: JudgeContext) -> Verdict:
        """One verdict from the engine's firings and the closed-world view of the facts."""

    @abstractmethod
    def describe(self) -> list[str]:
        """The rule's condition in words, for `compliance explain`."""

    def obligations(self, submission: Submission, as_of: dt.date) -> list[Obligation]:
        """Dated obligations this rule adds to the readiness timeline; none by default."""
        return []

    def records(self) -> set[str]:
        """The completion records this rule judges (``answers.X``, ``series.Y``): the
        readiness view links those obligations to its verdict; none by default."""
        return set()

    def derived(self) -> list[PeriodMean]:
        """Facts this rule needs derived from others (e.g. period means); none by default."""
        return []

    def references(self) -> list[str]:
        """Ids of other rules whose verdicts this rule reads; none by default."""
        return []

    def explain(self) -> list[str]:
        """The whole rule in words: what it is, where it comes from, what it requires."""
        spec, source = self.spec, self.source()
        lead = "Utbetalningar som beror på den" if spec.severity is Severity.VILLKOR else \
            "Underlag för beloppet i"
        paid = f" {lead}: {', '.join(self.payments())}." if self.payments() else ""
        lines = [f"{spec.title} ({spec.id})",
                 f"Typ: {SEVERITY_WORDS[spec.severity]}.{paid}",
                 f"Källa: {source.citation()}." + (f" {source.note}." if source.note else ""),
                 f"Regeln står i {self.location.file}, rad {self.location.line}.", "",
                 *self.describe()]
        if spec.assumption:
            lines.append(f"Antagande: {spec.assumption}")
        if self.meta.review:  # the pack is inherited and not checked: say what is known
            lines.append("Regelpaketet är inte granskat mot överenskommelsen: "
                         f"{' '.join(self.meta.review.split())}")
            if self.meta.known:
                lines.append(f"Känt om överenskommelsen: {' '.join(self.meta.known.split())}")
        return lines

    def source(self) -> Source:
        ref = self.spec.source
        doc = self.meta.sources.get(ref.document)
        return Source(ref.document, doc.title if doc else ref.document, ref.section,
                      ref.question, ref.note)

    def payments(self) -> tuple[str, ...]:
        """Titles of the payments that depend on this rule (villkor only)."""
        return tuple(payment.title for payment in self.meta.payments
                     if self.id in payment.conditions or payment.points_rule == self.id)

    def verdict(self, outcome: Outcome, evidence: list[Any], summary: str) -> Verdict:
        source = self.source()
        assumptions = (self.spec.assumption,) if self.spec.assumption else ()
        return Verdict(self.spec.id, self.spec.title, self.spec.severity, outcome,
                       tuple(evidence), source, self.location, summary, assumptions,
                       payments=self.payments())
