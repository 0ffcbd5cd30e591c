"""Facts as the engine and the judge see them: flat JSON-ready dicts, the base that
indexes one submission's facts, and the facts a rule kind may ask to have derived."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from compliance.conditions.patterns import Fact as Fact  # re-exported: facts are this package's word

# Fields the deriver adds to facts, with their type and Swedish label for evidence.
DERIVED_FIELDS: dict[str, tuple[str, str]] = {
    "month_end": ("date", "månadens slut"),
    "due": ("date", "sista leveransdag"),
    "length": ("number", "antal tecken"),
    "max_length": ("number", "gränsen"),
    "blank": ("bool", "tomt svar"),
    "placeholder": ("bool", "mallens platshållartext"),
    "personal_data": ("number", "personuppgifter"),
    "refers": ("bool", "hänvisar till en tidigare redovisning"),
    "file": ("text", "fil"),
    "received": ("date", "inkom"),
}


@dataclass
class FactBase:
    """All facts of one submission, indexed the ways the judge looks them up."""

    facts: list[Fact] = field(default_factory=list)
    by_id: dict[str, Fact] = field(default_factory=dict)
    answers: dict[str, Fact] = field(default_factory=dict)
    items: dict[tuple[str, str], Fact] = field(default_factory=dict)
    attachments: dict[str, Fact] = field(default_factory=dict)
    personal_data: dict[str, list[str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # free texts to read, never in facts
    notes: dict[tuple[str, str, str], str] = field(default_factory=dict)
    # (series, month, field) → (the region's figure, the unit log's) where they differ
    disagreements: dict[tuple[str, str, str], tuple[Any, Any]] = field(default_factory=dict)

    def add(self, fact: Fact) -> Fact:
        fact["id"] = f"f{len(self.facts)}"
        self.facts.append(fact)
        self.by_id[fact["id"]] = fact
        return fact

    def answer_values(self) -> dict[str, Any]:
        return {key: fact.get("value") for key, fact in self.answers.items()}


@dataclass(frozen=True)
class PeriodMean:
    """A fact a rule kind asks for: the mean of a series field over some months (a
    payment period), derived only when every one of those months has a value."""

    rule: str
    period: str
    series: str
    measure: str
    months: tuple[str, ...]
