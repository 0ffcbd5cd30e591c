"""Example cases kept inside a pack (``examples/*.yaml``), run by `compliance test`.

A case gives a few facts, the as-of date, and the outcome one rule must reach, for the
whole rule or for one subject (a month, an answer):

    - name: Mars under 95 %
      rule: OT24-3.4-svarsfrekvens-vantande
      as_of: 2025-06-01
      given: {series: {vantetidsdatabasen: {2024-03: {svarsfrekvens_vantande: 94.9}}}}
      subject: 2024-03
      expect: fail
      evidence: "94,9 % < 95 %"
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError

from compliance.errors import InputError, Location
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.judging.evaluate import evaluate
from compliance.packs.loader import load_pack
from compliance.packs.pack import RulePack
from compliance.reading.strict import Strict
from compliance.reading.validation import located
from compliance.reading.yamlload import Document, load_file


class Case(Strict):
    name: str
    rule: str
    as_of: dt.date
    given: dict[str, Any] = {}
    subject: str | None = None
    expect: Literal["pass", "fail", "missing", "pending", "graded", "review"]
    evidence: str | None = None


_CASES = TypeAdapter(list[Case])


@dataclass(frozen=True)
class CaseResult:
    case: Case
    location: Location
    actual: str
    evidence: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return self.actual == self.case.expect and (
            self.case.evidence is None or any(self.case.evidence in e for e in self.evidence))


def example_files(directory: Path) -> list[Path]:
    return sorted((directory / "examples").glob("*.yaml"))


def run_pack_tests(directory: Path) -> tuple[RulePack, list[CaseResult]]:
    pack = load_pack(directory)
    results = []
    for path in example_files(directory):
        doc = load_file(path)
        try:
            cases = _CASES.validate_python(doc.data)
        except ValidationError as exc:
            raise located(exc, doc) from None
        for index, case in enumerate(cases):
            results.append(_run(pack, case, doc, index))
    return pack, results


def untested_rules(pack: RulePack, results: list[CaseResult]) -> list[str]:
    tested = {result.case.rule for result in results}
    return [rule.id for rule in pack.rules if rule.id not in tested]


def _run(pack: RulePack, case: Case, doc: Document, index: int) -> CaseResult:
    where = doc.location((index,))
    if case.rule not in {rule.id for rule in pack.rules}:
        raise InputError(f"exemplet '{case.name}' gäller okänd regel '{case.rule}'",
                         doc.location((index, "rule")))
    given = Document(doc.file, {"pack": pack.id, "region": f"Exempel: {case.name}",
                                **case.given},
                     {path[2:]: pos for path, pos in doc.positions.items()
                      if path[:2] == (index, "given")})
    submission = validate_submission(given, read_envelope(given), pack.meta.form,
                                     pack.meta.period)
    report = evaluate(pack, submission, case.as_of)
    verdict = next(v for v in report.verdicts if v.rule == case.rule)
    items = [e for e in verdict.evidence if case.subject is None or e.subject == case.subject]
    if case.subject is not None and not items:
        raise InputError(f"exemplet '{case.name}': regeln har inget underlag för "
                         f"'{case.subject}'", doc.location((index, "subject")))
    actual = items[0].outcome.value if case.subject else verdict.outcome.value
    return CaseResult(case, where, actual, tuple(e.text for e in items))
