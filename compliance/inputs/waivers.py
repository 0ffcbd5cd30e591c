"""Records an auditor keeps beside a submission: waivers (a justified, approved, expiring
exception for one rule) and attestations (a reviewer's decision on a requirement a
human must judge). Applying them to verdicts is a judging step."""

from __future__ import annotations

from pydantic import TypeAdapter, ValidationError

from compliance.inputs.models import (
    Attestation,
    AttestationFile,
    Record,
    RecordFile,
    Waiver,
    WaiverFile,
)
from compliance.reading.files import Input
from compliance.reading.validation import located
from compliance.reading.yamlload import load_file


def _load(path: Input, model: type[Record]) -> RecordFile[Record]:
    doc = load_file(path)
    try:
        items = tuple(TypeAdapter(list[model]).validate_python(doc.data))  # type: ignore[valid-type]
    except ValidationError as exc:
        raise located(exc, doc) from None
    return RecordFile(items, (doc.file, doc.sha256),
                      tuple(doc.location((index, "rule")) for index in range(len(items))))


def load_waivers(path: Input) -> WaiverFile:
    return _load(path, Waiver)


def load_attestations(path: Input) -> AttestationFile:
    return _load(path, Attestation)
