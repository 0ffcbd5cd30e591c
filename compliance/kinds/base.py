"""What every rule kind shares: the YAML fields common to all rules and the judging context."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

from compliance.facts.derive import Fact, FactBase
from compliance.inputs.validation import Strict
from compliance.packs.form import PackMeta
from compliance.results.verdict import Outcome, RuleLocation, Severity, Source, Verdict


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
    """How item outcomes combine: a failure decides, then absent data, then waiting."""
    for outcome in (Outcome.FAIL, Outcome.MISSING, Outcome.PENDING):
        if outcome in outcomes:
            return outcome
    return Outcome.PASS


class CompiledRule(ABC):
    """A rule parsed from YAML, ready to become durable-rules rules and to be judged."""

    phase = 1  # rules that judge other rules' verdicts run in a later pass

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
    def durable_rules(self) -> dict[str, dict[str, Any]]:
        """durable-rules rule definitions by tag (no actions: the engine adds those)."""

    @abstractmethod
    def baseline(self, facts: FactBase) -> dict[str, list[str]]:
        """The same firings computed in plain Python, for benchmarks and cross-checks."""

    @abstractmethod
    def judge(self, ctx: JudgeContext) -> Verdict:
        """One verdict from the engine's firings and the closed-world view of the facts."""

    def references(self) -> list[str]:
        """Ids of other rules whose verdicts this rule reads; none by default."""
        return []

    def extra_facts(self, facts: FactBase) -> list[Fact]:
        """Facts this kind derives from others (e.g. period means); none by default."""
        return []

    def source(self) -> Source:
        ref = self.spec.source
        doc = self.meta.sources.get(ref.document)
        return Source(ref.document, doc.title if doc else ref.document, ref.section,
                      ref.question, ref.note)

    def verdict(self, outcome: Outcome, evidence: list[Any], summary: str) -> Verdict:
        source = self.source()
        assumptions = (self.spec.assumption,) if self.spec.assumption else ()
        return Verdict(self.spec.id, self.spec.title, self.spec.severity, outcome,
                       tuple(evidence), source, self.location, summary, assumptions)
