"""Judge a national survey export: every region's row against the pack named with
``--pack``, as the national overview; or find which packs an export could be for."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

from compliance.errors import InputError, Location
from compliance.inputs.models import Submission
from compliance.inputs.survey import (
    DuplicateRegion,
    RowError,
    export_submissions,
    map_columns,
    read_table,
    survey_mismatch,
)
from compliance.judging.evaluate import evaluate
from compliance.judging.imports import submission_yaml
from compliance.packs.loader import find_pack
from compliance.packs.pack import RulePack
from compliance.packs.shelf import Shelf
from compliance.reading.files import Input
from compliance.reading.personal import mask_personal_data
from compliance.reading.regions import region_name
from compliance.reading.yamlload import display_name
from compliance.results.overview import Overview
from compliance.results.verdict import Report

# How a row is judged: by default ``evaluate`` alone; a workspace passes its own, which
# adds the waivers and attestations that name the row's region.
Judge = Callable[[RulePack, Submission], Report]


def export_packs(path: Input, packs_root: Path | None = None) -> list[str]:
    """The packs whose survey and columns the export matches."""
    fitting = []
    for pack in Shelf(packs_root).with_exports():
        meta, pack_id = pack.meta, pack.id
        assert meta.survey_export is not None
        try:
            table = read_table(path, meta.survey_export)
            if survey_mismatch(table, meta) is None:
                map_columns(table, meta)
                fitting.append(pack_id)
        except InputError:
            continue
    return fitting


def _with_export(packs_root: Path | None) -> list[str]:
    return [pack.id for pack in Shelf(packs_root).with_exports()]


def _choose(path: Input, packs_root: Path | None) -> str:
    """Why a pack must be named, and which ones could apply."""
    fitting = export_packs(path, packs_root)
    if fitting:
        hint = f"exporten passar {', '.join(fitting)}"
    else:
        hint = ("inget paket känner igen exporten; paket med enkätexport: "
                f"{', '.join(_with_export(packs_root)) or 'inga'}")
    return f"ange vilket paket exporten gäller med --pack ({hint})"


def read_export(path: Input, pack_id: str | None,
                packs_root: Path | None = None) -> tuple[RulePack, list[Submission | InputError]]:
    """The pack and one submission (or a located error) per row of the export."""
    where = Location(display_name(path))
    if pack_id is None:
        raise InputError(_choose(path, packs_root), where)
    pack = find_pack(pack_id, packs_root)
    if pack.meta.survey_export is None:
        raise InputError(f"paketet {pack.id} beskriver ingen enkätexport; paket med "
                         f"enkätexport: {', '.join(_with_export(packs_root)) or 'inga'}", where)
    table = read_table(path, pack.meta.survey_export)
    mismatch = survey_mismatch(table, pack.meta)
    if mismatch is not None:
        fitting = [other for other in export_packs(path, packs_root) if other != pack.id]
        hint = f"; exporten passar {', '.join(fitting)}" if fitting else ""
        raise InputError(mismatch.message + hint, mismatch.location)
    return pack, export_submissions(table, pack.meta)


def check_export(path: Input, pack_id: str | None, as_of: dt.date,
                 packs_root: Path | None = None, judge: Judge | None = None) -> Overview:
    """The national overview of an export: one report per region's row; a row that cannot
    be read is an error in the overview and does not stop the others."""
    pack, rows = read_export(path, pack_id, packs_root)
    overview = Overview(as_of)
    for row in rows:
        if isinstance(row, InputError):  # the message may echo the input: masked
            overview.errors.append(mask_personal_data(str(row)))
        else:
            overview.reports.append(judge(pack, row) if judge else evaluate(pack, row, as_of))
    return overview


def judge_table(path: Input, as_of: dt.date, packs_root: Path | None = None,
                judge: Judge | None = None) -> Overview:
    """A table found in a folder: the overview of its rows when exactly one pack
    recognises it as its survey export, or a note why it was skipped (a unit log)."""
    packs = export_packs(path, packs_root)
    if len(packs) == 1:
        return check_export(path, packs[0], as_of, packs_root, judge)
    why = "inte en enkätexport som ett paket känner igen" if not packs else \
        f"enkätexport som passar flera paket ({', '.join(packs)}); bedöm den med --pack"
    return Overview(as_of, skipped=[(display_name(path), why)])


def check_export_region(path: Input, pack_id: str | None, region: str, as_of: dt.date,
                        packs_root: Path | None = None, judge: Judge | None = None) -> Report:
    """The full report of one region's row, its verdicts pointing at the row's cells; a
    region with two rows is an error here too, never the first row's report."""
    pack, rows = read_export(path, pack_id, packs_root)
    wanted = " ".join(region_name(region).casefold().split())
    def named(row: Submission | InputError) -> bool:
        region = row.region if isinstance(row, (Submission, RowError)) else None
        return region is not None and " ".join(region.casefold().split()) == wanted

    for row in rows:
        if isinstance(row, DuplicateRegion) and named(row):
            raise row
    for row in rows:
        if isinstance(row, Submission) and named(row):
            return judge(pack, row) if judge else evaluate(pack, row, as_of)
    for row in rows:  # the region's row may be the one that cannot be read
        if isinstance(row, RowError) and named(row):
            raise row
    known = ", ".join(row.region for row in rows if isinstance(row, Submission))
    raise InputError(f"--region: exporten har ingen rad för '{region}' (regioner: {known})",
                     Location(display_name(path)))


def import_export(path: Input, pack_id: str | None,
                  packs_root: Path | None = None) -> list[tuple[str, str]]:
    """(file name, commented YAML) of one submission per region; the first row that
    cannot be read stops the import, so nothing is written from a half-read export."""
    pack, rows = read_export(path, pack_id, packs_root)
    files: dict[str, tuple[int, str]] = {}
    name = display_name(path)
    for row in rows:
        if isinstance(row, InputError):
            raise row
        line = next(iter(row.found_at.values()))[0].line or 0
        stem = file_stem(row.region, f"rad-{line}")
        if stem in files:
            raise InputError(f"regionen '{row.region}' skulle skrivas till {stem}.yaml, som "
                             f"raden {files[stem][0]} redan ger", Location(name, line))
        source, digest = row.source or (name, "")
        files[stem] = (line, submission_yaml(pack, row, f"{source}, rad {line}", digest))
    if not files:
        raise InputError("exporten har ingen region (inga rader under rubrikraden)",
                         Location(name))
    return [(f"{stem}.yaml", text) for stem, (_, text) in files.items()]


def file_stem(region: str, fallback: str) -> str:
    """A file name for a region: "Region Sydmark (fiktiv)" → "region-sydmark-fiktiv"."""
    plain = unicodedata.normalize("NFKD", region.casefold())
    letters = "".join(char if char.isascii() and char.isalnum() else "-"
                      for char in plain if not unicodedata.combining(char))
    return "-".join(part for part in letters.split("-") if part)[:80] or fallback
