"""A folder of region documents as the national overview: every file's kind decided by
``documents.recognise``, as for one file; each submission judged (many in worker
processes, ``judging.batch``), each table read as a survey export when exactly one pack
recognises it, and every file that is not judged listed with the reason — files of a
kind this tool cannot read, tables that are no export, notes, sub-folders, Word's lock
files. A file that looks like a submission but cannot be read is an error in the
overview; one bad file never stops the others, and a folder with no submission at all is
an error.

Reports are taken as the workers send them back, a chunk at a time. For an overview shown
without evidence (text, JSON, CSV) each is cut to its ``outline`` where it is judged, and
equal verdicts and payment lines of all the regions are kept once: 21 000 regions' reports
then take some tens of MiB instead of hundreds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
from collections import Counter
from pathlib import Path
from typing import Any, Protocol, TypeVar

from compliance.errors import InputError, Location
from compliance.inputs.models import Submission
from compliance.judging.batch import bounded_results
from compliance.packs.pack import RulePack
from compliance.packs.shelf import Shelf
from compliance.reading.files import Input
from compliance.reading.personal import mask_personal_data
from compliance.reading.yamlload import display_name, load_file
from compliance.results.overview import Overview, outline
from compliance.results.verdict import Report
from compliance.workspace.documents import DocumentKind, recognise
from compliance.workspace.reading import from_document


class Workspace(Protocol):
    """What a folder run needs of ``workspace.Workspace`` (which calls it)."""

    @property
    def as_of(self) -> dt.date: ...
    @property
    def shelf(self) -> Shelf: ...
    @property
    def evidence(self) -> bool: ...
    def evaluate(self, pack: RulePack, submission: Submission) -> Report: ...
    def check_document(self, source: Input) -> Report: ...
    def supplemented(self, pack: RulePack, submission: Submission
                     ) -> tuple[RulePack, Submission]: ...

# A submission's top-level keys besides ``pack``: a mapping with ``pack``, ``region`` or
# two of these is meant to be a submission even when a key is misspelled, and is checked
# (and refused) as one.
_SUBMISSION_KEYS = {"region", "note", "answers", "series", "attachments", "population"}
T = TypeVar("T")


def check_folder(folder: Path, workspace: Workspace) -> Overview:
    """Judge every document in ``folder``; errors are collected per file."""
    overview = Overview(workspace.as_of)
    shared = _Shared(workspace.evidence)
    judged: list[tuple[str, Report]] = []
    single: list[Path] = []
    for path in sorted(folder.iterdir()):
        why = _skipped(path)
        if why:
            overview.skipped.append((_name(path), why))
            continue
        try:
            kind = recognise(path)
        except InputError as exc:
            overview.errors.extend(mask_personal_data(str(error)) for error in exc.all)
            continue
        if kind.refusal is not None:
            overview.skipped.append((_name(path), kind.refusal))
        elif kind.per_row:
            _table(path, workspace, overview, judged, shared)
        else:
            single.append(path)
    outcomes = bounded_results(_judge_entry, [(path, workspace) for path in single])
    for path, found in zip(single, outcomes, strict=True):
        if isinstance(found, Report):
            judged.append((path.name, shared(found)))
        elif isinstance(found, str):
            overview.skipped.append((_name(path), found))
        else:
            overview.errors.extend(found)
    if not judged and not overview.errors:
        raise InputError("katalogen innehåller ingen inlämning (ett Word-formulär, en YAML- "
                         "eller JSON-fil med pack och region, eller en enkätexport)",
                         Location(display_name(folder)))
    overview.reports.extend(_distinct(judged))
    return overview


def _skipped(path: Path) -> str | None:
    """Why a folder entry is not read at all, before its content is looked at."""
    if path.name.startswith("~$"):
        return "Words låsfil för ett öppet dokument"
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None  # read, and refused with the reason, by the kind's check
    if stat.S_ISDIR(mode):
        return "en underkatalog; bedöms inte (ange den som egen katalog)"
    return None


def _name(path: Path) -> str:
    """The file's name for messages; a symlink loop cannot be resolved, so it keeps its path."""
    try:
        return display_name(path)
    except (OSError, RuntimeError):
        return str(path)


def _not_a_submission(data: object) -> str | None:
    """Why a document clearly is not a submission, or None when it is meant as one."""
    if isinstance(data, list):
        return "inte en inlämning (en lista, t.ex. undantag)"
    if not isinstance(data, dict):
        return "inte en inlämning (varken pack eller region)"
    if "pack" in data or "region" in data or len(_SUBMISSION_KEYS & set(data)) >= 2:
        return None
    return "inte en inlämning (saknar pack och inlämningens nycklar)"


def _judge_entry(entry: tuple[Path, Workspace]) -> Report | str | list[str]:
    """One file of a folder, read once: its report, why it is no submission, or its
    located messages (personal data masked)."""
    path, workspace = entry
    name = _name(path)
    try:
        kind: DocumentKind = recognise(path)
        if kind.name == "yaml":
            doc = load_file(path)
            why = _not_a_submission(doc.data)
            if why:
                return why
            report = workspace.evaluate(*workspace.supplemented(
                *from_document(doc, workspace.shelf)))
        else:
            report = workspace.check_document(path)
        return report if workspace.evidence else outline(report)
    except InputError as exc:  # the message may echo the input: personal data masked
        return [mask_personal_data(str(error)) for error in exc.all]
    except (OSError, ValueError, RuntimeError) as exc:  # what a reader let through
        return [mask_personal_data(str(InputError(
            f"filen kan inte läsas ({type(exc).__name__})", Location(name))))]


def _table(path: Path, workspace: Workspace, overview: Overview,
           judged: list[tuple[str, Report]], shared: _Shared) -> None:
    from compliance.judging.survey import judge_table

    try:
        found = judge_table(path, workspace.as_of, workspace.shelf.folder, workspace.evaluate)
    except InputError as exc:  # the message may echo the input: personal data masked
        overview.errors.extend(mask_personal_data(str(error)) for error in exc.all)
        return
    overview.skipped.extend(found.skipped)
    overview.errors.extend(found.errors)
    judged.extend((path.name, shared(report if workspace.evidence else outline(report)))
                  for report in found.reports)


class _Shared:
    """Reports' outlines with one object for each distinct verdict and payment line of
    all the reports seen (of 21 000 regions' verdicts, a few hundred differ); a report
    with its evidence is kept as it is."""

    def __init__(self, evidence: bool) -> None:
        self.evidence = evidence
        self._seen: dict[Any, Any] = {}

    def __call__(self, report: Report) -> Report:
        if self.evidence:
            return report
        return dataclasses.replace(report, verdicts=self._each(report.verdicts),
                                   money=self._each(report.money))

    def _each(self, values: tuple[T, ...]) -> tuple[T, ...]:
        return tuple(self._seen.setdefault(value, value) for value in values)


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
