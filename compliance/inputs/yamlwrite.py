"""A submission read from another document written as commented YAML, so that a strategist
can keep it, add what the document does not hold and check it like any submission.

Every answer carries an end-of-line comment saying where it was found; an unanswered
question is written as an empty value (``null``) so it can be filled in. ruamel.yaml
writes the values, so whatever a text holds it reads back as the same value.
"""

from __future__ import annotations

import io
import unicodedata

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from compliance.formatting import cell_place
from compliance.inputs.models import Submission
from compliance.packs.form import Form


def file_stem(region: str, fallback: str) -> str:
    """A file name for a region: "Region Sydmark (fiktiv)" → "region-sydmark-fiktiv"."""
    plain = unicodedata.normalize("NFKD", region.casefold())
    letters = "".join(char if char.isascii() and char.isalnum() else "-"
                      for char in plain if not unicodedata.combining(char))
    return "-".join(part for part in letters.split("-") if part)[:80] or fallback


def submission_yaml(submission: Submission, form: Form, heading: list[str]) -> str:
    """``submission`` as YAML with ``heading`` as its opening comment lines."""
    answers = CommentedMap()
    for key in form.answers:
        if key not in submission.answers:
            continue
        answers[key] = submission.answers[key]
        if key in submission.found_at:
            where, what = submission.found_at[key]
            place = cell_place(where.line or 0, where.column or 0, what)
            empty = " (tom cell: obesvarad)" if submission.answers[key] is None else ""
            answers.yaml_add_eol_comment(f"{place}{empty}", key)
    document = CommentedMap(pack=submission.pack_id, region=submission.region)
    if submission.note:
        document["note"] = submission.note
    document["answers"] = answers
    document.yaml_set_start_comment("\n".join(heading))
    yaml = YAML()
    yaml.width = 88
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()
