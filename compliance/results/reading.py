"""How each answer was read from a region's own document: where it stood, how it was
entered (content control, legacy form field, check box, typed text, a data-bound part) and
whether it was answered, not answered or not found at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ReadingState = Literal["answered", "unanswered", "not_in_document"]
STATE_LABELS: dict[str, str] = {"answered": "besvarad", "unanswered": "obesvarad",
                                "not_in_document": "finns inte i dokumentet"}


@dataclass(frozen=True)
class ReadingLine:
    answer: str  # the form entry ("vtdb_inom_tre_veckor")
    question: str  # as a reader of the form names it ("3.4 fråga 1")
    state: ReadingState
    place: str = ""  # "tabell 11, rad 2"; empty when not in the document
    how: tuple[str, ...] = ()  # "innehållskontroll", "formulärfält", "skriven text", …

    def describe(self) -> str:
        """One line in Swedish: "3.4 fråga 1: tabell 11, rad 2 (innehållskontroll) – besvarad"."""
        how = f" ({', '.join(self.how)})" if self.how else ""
        place = f"{self.place}{how} – " if self.place else ""
        return f"{self.question}: {place}{STATE_LABELS[self.state]}"
