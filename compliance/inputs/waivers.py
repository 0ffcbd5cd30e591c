"""Recorded exceptions as the auditor writes them: a justified, approved, expiring
waiver for one rule. Applying them to verdicts is a judging step (judging/waivers.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, TypeAdapter, ValidationError, field_validator

from compliance.inputs.text import is_blank, visible
from compliance.inputs.validation import Strict, located
from compliance.inputs.yamlload import Document, load_file


class Waiver(Strict):
    rule: str
    justification: str = Field(min_length=1)
    approved_by: str = Field(min_length=1)
    date: dt.date
    expires: dt.date

    @field_validator("rule", "justification", "approved_by")
    @classmethod
    def _visible(cls, value: str) -> str:
        # a justification of spaces or zero-width characters justifies nothing
        if is_blank(value):
            raise ValueError("får inte vara tomt")
        return visible(value)


_WAIVERS = TypeAdapter(list[Waiver])


@dataclass(frozen=True)
class WaiverFile:
    waivers: tuple[Waiver, ...]
    document: Document


def load_waivers(path: Path) -> WaiverFile:
    doc = load_file(path)
    try:
        return WaiverFile(tuple(_WAIVERS.validate_python(doc.data)), doc)
    except ValidationError as exc:
        raise located(exc, doc) from None
