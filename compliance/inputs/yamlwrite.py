"""A submission read from another document written as commented YAML, so that a strategist
can keep it, add what the document does not hold and check it like any submission.

Every answer carries an end-of-line comment saying where it was found; an unanswered
question is written as an empty value (``null``) so it can be filled in. ruamel.yaml
writes the values, so whatever a text holds it reads back as the same value.
"""

from __future__ import annotations

import unicodedata


def file_stem(region: str, fallback: str) -> str:
    """A file name for a region: "Region Sydmark (fiktiv)" → "region-sydmark-fiktiv"."""
    plain = unicodedata.normalize("NFKD", region.casefold())
    letters = "".join(char if char.isascii() and char.isalnum() else "-"
                      for char in plain if not unicodedata.combining(char))
    return "-".join(part for part in letters.split("-") if part)[:80] or fallback
