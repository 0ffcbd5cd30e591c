"""`compliance check DIR`: every submission in a folder, grouped by pack, as one matrix.

Files that are not submissions (waiver lists, logs, notes) are skipped with a note; a
submission that cannot be read or validated is reported and does not stop the others.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from compliance.errors import InputError
from compliance.inputs.yamlload import display_name, load_file
from compliance.judging.evaluate import check_file
from compliance.results.overview import Overview

SUBMISSION_SUFFIXES = (".yaml", ".yml", ".json")


def check_folder(folder: Path, as_of: dt.date) -> Overview:
    overview = Overview(as_of)
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        name = display_name(path)
        if path.suffix.lower() not in SUBMISSION_SUFFIXES:
            overview.skipped.append((name, "inte en YAML- eller JSON-fil"))
            continue
        try:
            data = load_file(path).data
            if not (isinstance(data, dict) and "pack" in data and "region" in data):
                overview.skipped.append((name, "inte en inlämning (saknar pack och region)"))
                continue
            overview.reports.append(check_file(path, as_of))
        except InputError as exc:
            overview.errors.append(str(exc))
    return overview

