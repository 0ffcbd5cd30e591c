"""`compliance import`'s output: a submission read from a region's own document, written
as YAML with a comment saying where each value was found, and commented slots for what the
document does not hold (receipt dates, register data, attachments) to fill in."""

from __future__ import annotations

import json
from typing import Any

from compliance.declared.form import AnswerSpec, Form
from compliance.inputs.models import Submission
from compliance.packs.pack import RulePack

_SLOT = {"yes_no": "Ja eller Nej", "date": "ÅÅÅÅ-MM-DD", "text": "text", "number": "tal",
         "percent": "procent (0–100)", "decimal": "tal"}


def _scalar(value: Any) -> str:
    """A value as YAML: text in double quotes (JSON strings are YAML), dates as written."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return json.dumps(value)


def _comment(text: str) -> str:
    return " ".join(text.split())


def submission_yaml(pack: RulePack, submission: Submission, source: str, digest: str) -> str:
    """The submission as commented YAML that loads back to the same values."""
    form: Form = pack.meta.form
    lines = [f"# Inlämning importerad med compliance import ur {_comment(source)}",
             f"# (sha256 {digest}).",
             "# Kommentaren vid varje värde säger var i dokumentet det stod.",
             "# Det dokumentet inte innehåller står bortkommenterat (# ...): fyll i det ur",
             "# andra källor och ta bort #, så bedöms det också.",
             *_reading_lines(submission),
             f"pack: {pack.id}"]
    region_place = submission.origins.get("region")
    lines.append(f"region: {_scalar(submission.region)}" +
                 (f"   # {_comment(region_place)}" if region_place else ""))
    lines.append("answers:")
    for key, spec in form.answers.items():
        lines += _answer_lines(key, spec, submission)
    lines += _series_lines(form)
    for key, attachment in form.attachments.items():
        lines += [f"# finns inte i dokumentet: {attachment.title}", "# attachments:",
                  f"#   {key}: {{file: FILNAMN, received: ÅÅÅÅ-MM-DD}}"]
    lines += ["# finns inte i dokumentet: befolkning, för regionens andel av medlen",
              "# population: {total: 0, age_0_18: 0, national_total: 0, national_age_0_18: 0, "
              "source: KÄLLA}"]
    return "\n".join(lines) + "\n"


def _reading_lines(submission: Submission) -> list[str]:
    """How each answer was found (place, and how it was filled in), as header comments."""
    if not submission.reading:
        return []
    return ["# Så lästes dokumentet (var, hur svaret var ifyllt, och om det var besvarat):",
            *(f"#   {_comment(line.describe())}" for line in submission.reading)]


def _answer_lines(key: str, spec: AnswerSpec, submission: Submission) -> list[str]:
    place = submission.origins.get(f"answers.{key}")
    value = submission.answers.get(key)
    if key in submission.cannot_estimate:  # the survey's own option, written as words
        value = "kan inte uppskattas"
    if value is not None:
        shown = value.capitalize() if spec.type == "yes_no" else value
        line = f"  {key}: {_scalar(shown)}"
        return [f"  # {_comment(place)}", line] if place else [line]
    why = f"{_comment(place)} (obesvarad)" if place else \
        f"finns inte i dokumentet: {spec.title}"
    return [f"  # {why}", f"  # {key}: {_SLOT[spec.type]}"]


def _series_lines(form: Form) -> list[str]:
    if not form.series:
        return []
    lines = ["# finns inte i dokumentet: månadsdata ur registret", "# series:"]
    for name, series in form.series.items():
        lines.append(f"#   {name}:   # {series.title}")
        fields = ", ".join(f"{field}: {_SLOT[spec.type]}" for field, spec in
                           series.fields.items())
        lines += [f"#     {month}: {{{fields}}}" for month in series.expected_months()]
    return lines
