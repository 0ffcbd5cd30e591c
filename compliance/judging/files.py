"""Judge files: read a submission file and the pack it names (with a unit log or a
waiver file beside it), or every submission in a folder for the national overview.

Files in a folder that clearly are not submissions (waiver lists, logs, notes) are skipped
with a note, and so are tables (CSV, .xlsx) that no pack recognises as its survey export;
an export that one pack recognises gives a report per region's row. A file that looks like
a submission (it names a pack, or has most of a submission's keys) but cannot be read or
validated is an error in the overview, and so is
anything with a submission's suffix that is not a regular file (a FIFO, a directory, a
symlink loop). One bad file never stops the others, and a folder with no submission at all
is an error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import stat
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from compliance.errors import InputError, Location
from compliance.inputs.models import Submission
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.judging.batch import bounded_map
from compliance.judging.evaluate import evaluate
from compliance.packs.loader import find_pack, form_packs
from compliance.packs.pack import RulePack
from compliance.reading.files import is_export
from compliance.reading.personal import mask_personal_data
from compliance.reading.yamlload import Document, display_name, load_file
from compliance.results.overview import Overview
from compliance.results.verdict import Report

if TYPE_CHECKING:
    from compliance.inputs.unitlog import Progress

# The readers of Word forms, unit logs, waivers and survey tables (python-docx, openpyxl,
# python-calamine) are imported where they are used: checking one YAML file needs none.


def _read_yaml(path: Path, packs_root: Path | None) -> tuple[RulePack, Submission]:
    """A submission written as YAML (or JSON): the pack it names, and its values
    validated against that pack's form, every problem at its line and column."""
    return _from_document(load_file(path), packs_root)


def _from_document(doc: Document, packs_root: Path | None) -> tuple[RulePack, Submission]:
    envelope = read_envelope(doc)
    try:
        pack = find_pack(envelope.pack, packs_root)
    except InputError as exc:
        if exc.location is None:
            raise InputError(exc.message, doc.location(("pack",))) from None
        raise
    return pack, validate_submission(doc, envelope, pack.meta.form, pack.meta.period)


def read_word_submission(path: Path, packs_root: Path | None = None
                         ) -> tuple[RulePack, Submission]:
    """A filled Word form as a submission: read as the pack whose form it is declares,
    validated against that pack's form like a YAML file, each answer with its place."""
    from compliance.inputs.wordform import read_word_form

    packs = form_packs(packs_root)
    form = read_word_form(path, [(pack.id, pack.meta) for pack in packs])
    pack = next(pack for pack in packs if pack.id == form.pack_id)
    submission = validate_submission(form.document, read_envelope(form.document),
                                     pack.meta.form, pack.meta.period)
    source = pack.meta.form_source.docx if pack.meta.form_source else None
    absent = [spec.title for key, spec in pack.meta.form.answers.items()
              if source is None or key not in source.answers]
    absent += [series.title for series in pack.meta.form.series.values()]
    absent += [attachment.title for attachment in pack.meta.form.attachments.values()]
    note = ("Läst ur Word-formuläret. Formuläret innehåller inte: " + "; ".join(absent) +
            ". Det bedöms som saknat; compliance import skriver en YAML-fil där det kan "
            "fyllas i.") if absent else None
    return pack, dataclasses.replace(submission, origins=form.origins, note=note,
                                     reading=tuple(form.reading))


Reader = Callable[[Path, Path | None], tuple[RulePack, Submission]]
# How each kind of submission file is read, by suffix: a new input format is one module
# under inputs/ and one line here.
READERS: dict[str, Reader] = {".yaml": _read_yaml, ".yml": _read_yaml, ".json": _read_yaml,
                              **dict.fromkeys((".docx", ".docm", ".doc"), read_word_submission)}
_YAML = {".yaml", ".yml", ".json"}


def read_submission(path: Path, packs_root: Path | None = None, log_path: Path | None = None,
                    progress: Progress | None = None) -> tuple[RulePack, Submission]:
    """Read a submission file and the pack it names, and validate one against the other;
    with a unit-level log, its monthly rates and delivery dates fill the register series."""
    reader = READERS.get(path.suffix.lower(), _read_yaml)
    pack, submission = reader(path, packs_root)
    if log_path is not None:
        series = [s for s in pack.meta.form.series.values() if s.unit_log]
        if not series:
            raise InputError(f"--log: paketet {pack.id} har ingen serie som fylls från en "
                             "enhetslogg; utelämna --log", Location(display_name(log_path)))
        from compliance.inputs.unitlog import apply_log, read_log

        months = series[0].expected_months()
        submission = apply_log(submission, pack.meta.form, read_log(log_path, months, progress))
    return pack, submission


def _import_word_form(path: Path) -> str:
    from compliance.judging.imports import submission_yaml

    pack, submission = read_word_submission(path)
    source, digest = submission.source or (display_name(path), "")
    return submission_yaml(pack, submission, source, digest)


# How `compliance import` reads each kind of region document, by suffix.
IMPORTERS: dict[str, Callable[[Path], str]] = {
    **dict.fromkeys((".docx", ".docm", ".doc"), _import_word_form),
}  # a survey export (.xlsx, .csv) is imported per region: judging.survey.import_export


def import_document(path: Path) -> str:
    """The region's document at ``path`` as a commented YAML submission."""
    importer = IMPORTERS.get(path.suffix.lower())
    if importer is None:
        raise InputError(f"kan inte importera filer av typen '{path.suffix or path.name}' "
                         f"(kända: {', '.join(sorted(IMPORTERS))}, och en enkätexport .xlsx "
                         "eller .csv med --pack)",
                         Location(display_name(path)))
    return importer(path)


def check_file(path: Path, as_of: dt.date, packs_root: Path | None = None,
               waivers_path: Path | None = None, log_path: Path | None = None,
               progress: Progress | None = None,
               attestations_path: Path | None = None) -> Report:
    from compliance.inputs.waivers import load_attestations, load_waivers

    pack, submission = read_submission(path, packs_root, log_path, progress)
    waivers = load_waivers(waivers_path) if waivers_path else None
    attestations = load_attestations(attestations_path) if attestations_path else None
    return evaluate(pack, submission, as_of, waivers=waivers, attestations=attestations)


# A submission's top-level keys besides ``pack``: a mapping with ``pack``, ``region`` or
# two of these is meant to be a submission even when a key is misspelled, and is checked
# (and refused) as one.
_SUBMISSION_KEYS = {"region", "note", "answers", "series", "attachments", "population"}
_OS_ERRORS = {errno.ELOOP: "symboliska länkar i en slinga",
              errno.ENOENT: "filen finns inte (en trasig symbolisk länk?)",
              errno.EACCES: "behörighet saknas", errno.EPERM: "behörighet saknas"}


def _name(path: Path) -> str:
    """The file's name for messages; a symlink loop cannot be resolved, so it keeps its path."""
    try:
        return display_name(path)
    except (OSError, RuntimeError):
        return str(path)


def _regular_file(path: Path, name: str) -> None:
    """Refuse what is not a regular file before it is opened: reading a FIFO would wait
    for a writer for ever, and a device or a directory is no submission."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        why = _OS_ERRORS.get(exc.errno or 0, f"fel {exc.errno}")
        raise InputError(f"filen kan inte läsas ({why})", Location(name)) from None
    if stat.S_ISDIR(mode):
        raise InputError("väntade en fil men fick en katalog", Location(name))
    if not stat.S_ISREG(mode):
        raise InputError("inte en vanlig fil (t.ex. en FIFO eller en enhet); läses inte",
                         Location(name))


def _not_a_submission(data: object) -> str | None:
    """Why a document clearly is not a submission, or None when it is meant as one."""
    if isinstance(data, list):
        return "inte en inlämning (en lista, t.ex. undantag)"
    if not isinstance(data, dict):
        return "inte en inlämning (varken pack eller region)"
    if "pack" in data or "region" in data or len(_SUBMISSION_KEYS & set(data)) >= 2:
        return None
    return "inte en inlämning (saknar pack och inlämningens nycklar)"


# How a table (CSV, .xlsx) in a folder is judged: ``judging.survey.judge_table`` (which
# stands above this module) gives a report per row of a survey export, or a note why the
# table was skipped. Without it, tables are skipped.
TableJudge = Callable[[Path, dt.date], Overview]


def check_folder(folder: Path, as_of: dt.date, packs_root: Path | None = None,
                 tables: TableJudge | None = None, evidence: bool = True) -> Overview:
    """Judge every submission in ``folder``; errors are collected per file. Many files
    are judged in worker processes (``judging.batch``), with the same result. Without
    ``evidence`` the overview's reports keep their verdicts but not the evidence behind
    them (for a report format that does not show it: a third of the memory)."""
    overview = Overview(as_of)
    judged: list[tuple[str, Report]] = []
    paths = sorted(folder.iterdir())
    entries = [(path, as_of, packs_root, evidence) for path in paths
               if not _lock_file(path) and path.suffix.lower() in READERS]
    outcomes = iter(bounded_map(_judge_entry, entries))
    for path in paths:
        if _lock_file(path):
            overview.skipped.append((_name(path), "Words låsfil för ett öppet dokument"))
        elif tables is not None and is_export(path) and \
                not path.is_dir():
            _table_in_folder(path, _name(path), overview, judged, tables)
        elif path.suffix.lower() in READERS:
            kind, found = next(outcomes)
            if isinstance(found, Report):
                judged.append((path.name, found))
            elif isinstance(found, str):
                overview.skipped.append((_name(path), found))
            else:
                overview.errors.extend(found)
        elif not path.is_dir():
            overview.skipped.append((_name(path), "inte en YAML-, JSON- eller Word-fil"))
    if not judged and not overview.errors:
        raise InputError("katalogen innehåller ingen inlämning (YAML- eller JSON-fil med "
                         "pack och region)", Location(display_name(folder)))
    overview.reports.extend(_distinct(judged))
    return overview


def _lock_file(path: Path) -> bool:
    return path.name.startswith("~$")  # Word's lock file beside a form that is open


def _judge_entry(entry: tuple[Path, dt.date, Path | None, bool]
                 ) -> tuple[str, Report | str | list[str]]:
    """One file of a folder, read once: ("report", its report), ("skipped", why it is
    no submission) or ("errors", its located messages, personal data masked)."""
    path, as_of, packs_root, evidence = entry
    name = _name(path)
    try:
        _regular_file(path, name)
        if path.suffix.lower() not in _YAML:
            report = check_file(path, as_of, packs_root)
        else:
            doc = load_file(path)
            why = _not_a_submission(doc.data)
            if why:
                return "skipped", why
            report = evaluate(*_from_document(doc, packs_root), as_of)
        return "report", report if evidence else report.without_evidence()
    except InputError as exc:  # the message may echo the input: personal data masked
        return "errors", [mask_personal_data(str(error)) for error in exc.all]
    except (OSError, ValueError, RuntimeError) as exc:  # what a reader let through
        return "errors", [mask_personal_data(str(InputError(
            f"filen kan inte läsas ({type(exc).__name__})", Location(name))))]


def _table_in_folder(path: Path, name: str, overview: Overview,
                     judged: list[tuple[str, Report]], tables: TableJudge) -> None:
    try:
        _regular_file(path, name)
        found = tables(path, overview.as_of)
    except InputError as exc:  # the message may echo the input: personal data masked
        overview.errors.extend(mask_personal_data(str(error)) for error in exc.all)
        return
    overview.skipped.extend(found.skipped)
    overview.errors.extend(found.errors)
    judged.extend((path.name, report) for report in found.reports)


def _distinct(judged: list[tuple[str, Report]]) -> list[Report]:
    """Reports whose region occurs more than once for a pack are labelled with their
    file (``Region X (x.yaml)``), so the overview never shows two files as one region;
    repeated until every label is unique (a region could be named like a label)."""
    labels = [report.region for _, report in judged]
    while True:
        twice = Counter((report.pack_id, label) for (_, report), label in zip(judged, labels,
                                                                              strict=True))
        if all(count == 1 for count in twice.values()):
            break
        labels = [f"{label} ({file})" if twice[report.pack_id, label] > 1 else label
                  for (file, report), label in zip(judged, labels, strict=True)]
    return [report if label == report.region else dataclasses.replace(report, region=label)
            for (_, report), label in zip(judged, labels, strict=True)]
