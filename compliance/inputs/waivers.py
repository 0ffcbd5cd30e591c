"""Recorded exceptions as the auditor writes them: a justified, approved, expiring
waiver for one rule. Applying them to verdicts is a judging step (judging/waivers.py)."""

from __future__ import annotations

from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from compliance.inputs.models import Waiver, WaiverFile
from compliance.inputs.validation import located
from compliance.inputs.yamlload import load_file

_WAIVERS = TypeAdapter(list[Waiver])


def load_waivers(path: Path) -> WaiverFile:
    doc = load_file(path)
    try:
        waivers = tuple(_WAIVERS.validate_python(doc.data))
    except ValidationError as exc:
        raise located(exc, doc) from None
    return WaiverFile(waivers, (doc.file, doc.sha256),
                      tuple(doc.location((index, "rule")) for index in range(len(waivers))))
