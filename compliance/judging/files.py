"""Judge files: read a submission file and the pack it names (with a unit log or a
waiver file beside it), or every submission in a folder for the national overview.

Files in a folder that are not submissions (waiver lists, logs, notes) are skipped with a
note; a submission that cannot be read or validated is reported and does not stop the
others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from compliance.errors import InputError
from compliance.inputs.models import Submission
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.inputs.unitlog import Progress, apply_log, read_log
from compliance.inputs.waivers import load_attestations, load_waivers
from compliance.inputs.yamlload import display_name, load_file
from compliance.judging.evaluate import evaluate
from compliance.packs.loader import find_pack
from compliance.packs.pack import RulePack
from compliance.results.overview import Overview
from compliance.results.verdict import Report


def _read_yaml(path: Path, packs_root: Path | None) -> tuple[RulePack, Submission]:
    """A submission written as YAML (or JSON): the pack it names, and its values
    validated against that pack's form, every problem at its line and column."""
    doc = load_file(path)
    envelope = read_envelope(doc)
    try:
        pack = find_pack(envelope.pack, packs_root)
    except InputError as exc:
        if exc.location is None:
            raise InputError(exc.message, doc.location(("pack",))) from None
        raise
    return pack, validate_submission(doc, envelope, pack.meta.form, pack.meta.period)


Reader = Callable[[Path, Path | None], tuple[RulePack, Submission]]
# How each kind of submission file is read, by suffix: a new input format is one module
# under inputs/ and one line here.
READERS: dict[str, Reader] = {".yaml": _read_yaml, ".yml": _read_yaml, ".json": _read_yaml}


def read_submission(path: Path, packs_root: Path | None = None, log_path: Path | None = None,
                    progress: Progress | None = None) -> tuple[RulePack, Submission]:
    """Read a submission file and the pack it names, and validate one against the other;
    with a unit-level log, its monthly rates and delivery dates fill the register series."""
    reader = READERS.get(path.suffix.lower(), _read_yaml)
    pack, submission = reader(path, packs_root)
    if log_path is not None:
        series = [s for s in pack.meta.form.series.values() if s.unit_log]
        months = series[0].expected_months() if series else []
        submission = apply_log(submission, pack.meta.form, read_log(log_path, months, progress))
    return pack, submission


def check_file(path: Path, as_of: dt.date, packs_root: Path | None = None,
               waivers_path: Path | None = None, log_path: Path | None = None,
               progress: Progress | None = None,
               attestations_path: Path | None = None) -> Report:
    pack, submission = read_submission(path, packs_root, log_path, progress)
    waivers = load_waivers(waivers_path) if waivers_path else None
    attestations = load_attestations(attestations_path) if attestations_path else None
    return evaluate(pack, submission, as_of, waivers=waivers, attestations=attestations)


def check_folder(folder: Path, as_of: dt.date) -> Overview:
    overview = Overview(as_of)
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        name = display_name(path)
        if path.suffix.lower() not in READERS:
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

