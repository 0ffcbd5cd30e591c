"""The one entry every way in goes through: the command line's commands, folder and
export runs, and the web page. A ``Workspace`` holds a run's settings — the packs
(``Shelf``), the as-of date, waivers, attestations, a unit log, supplements — and reads,
judges and explains documents of every kind through the table in ``documents``; no
caller assembles read → facts → evaluate itself, so a setting given once reaches every
reader."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from compliance.dates import Month
from compliance.errors import InputError, Location, raise_all
from compliance.inputs.models import AttestationFile, Submission, WaiverFile
from compliance.judging.evaluate import evaluate
from compliance.packs.pack import RulePack
from compliance.packs.shelf import Shelf
from compliance.reading.files import Input
from compliance.reading.yamlload import display_name
from compliance.results.overview import Overview
from compliance.results.verdict import Report, Verdict
from compliance.workspace.documents import DocumentKind, readable
from compliance.workspace.reading import (
    bare_region,
    read_registers,
    register_series,
    with_log,
    with_register,
    with_supplement,
)

if TYPE_CHECKING:
    from compliance.inputs.register import RegisterMonth
    from compliance.results.readiness import Readiness

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Workspace:
    as_of: dt.date = field(default_factory=dt.date.today)
    shelf: Shelf = field(default_factory=Shelf)
    waivers: Input | None = None
    attestations: Input | None = None
    log: Input | None = None
    supplements: tuple[Input, ...] = ()
    register: tuple[Input, ...] = ()  # the register's monthly BUP tables (files or folders)
    period: Month | None = None  # the month of a register file that does not say it
    evidence: bool = True  # overviews keep each verdict's evidence (False: a third the memory)

    # -- one region's document ---------------------------------------------------------

    def kind(self, source: Input) -> DocumentKind:
        """The kind of document ``source`` is, or why it cannot be read."""
        return readable(source)

    def read(self, source: Input, progress: Progress | None = None
             ) -> tuple[RulePack, Submission]:
        """One region's document and the pack it is for, with the run's unit log and
        supplements added to what it holds."""
        kind = self.kind(source)
        if kind.read is None:
            raise InputError(f"en {kind.label} har en region per rad; ange --pack (och "
                             "--region för en regions rapport)", Location(display_name(source)))
        pack, submission = kind.read(source, self.shelf)
        for supplement in self.supplements:
            submission = with_supplement(pack, submission, supplement)
        if self.register:
            submission = with_register(pack, submission, self._registers(pack))
        if self.log is not None:
            submission = with_log(pack, submission, self.log, progress)
        return pack, submission

    def evaluate(self, pack: RulePack, submission: Submission) -> Report:
        """The verdicts, with the run's waivers and attestations applied."""
        return evaluate(pack, submission, self.as_of, waivers=self._waivers,
                        attestations=self._attestations)

    def check_document(self, source: Input, progress: Progress | None = None) -> Report:
        return self.evaluate(*self.read(source, progress))

    # -- any document, a table of regions or a folder ------------------------------------

    def check(self, source: Input, *, pack: str | None = None, region: str | None = None,
              progress: Progress | None = None) -> Report | Overview:
        """A folder's overview, a table's overview (or one region's report from it with
        ``region``), or one document's report."""
        if isinstance(source, Path) and source.is_dir():
            self._one_region_only("en katalog")
            self._for_tables_only(pack, region)
            from compliance.workspace.folder import check_folder
            return check_folder(source, self)
        kind = self.kind(source)
        if kind.per_row:
            return self.check_table(source, pack, region)
        self._for_tables_only(pack, region)
        return self.check_document(source, progress)

    def check_table(self, source: Input, pack: str | None,
                    region: str | None = None) -> Report | Overview:
        """A survey export: every region's row as the national overview, or with
        ``region`` that region's full report."""
        from compliance.judging.survey import check_export, check_export_region

        self._one_region_only("en enkätexport")
        if region is not None:
            return check_export_region(source, pack, region, self.as_of, self.shelf.folder)
        overview = check_export(source, pack, self.as_of, self.shelf.folder)
        if not self.evidence:
            overview.reports[:] = [report.without_evidence() for report in overview.reports]
        return overview

    def status(self, source: Input, progress: Progress | None = None) -> Readiness:
        """The strategist's timeline and what is still missing, for one document."""
        from compliance.judging.readiness import readiness

        pack, submission = self.read(source, progress)
        return readiness(pack, submission, self.evaluate(pack, submission))

    def explain(self, rule_id: str, source: Input | None = None,
                pack_id: str | None = None) -> tuple[list[str], Verdict | None]:
        """A rule in words, and with a document its verdict there (to say why)."""
        if source is not None:
            pack, submission = self.read(source)
        else:
            pack, submission = self._pack_with_rule(rule_id, pack_id), None
        rule = next((r for r in pack.rules if r.id == rule_id), None)
        if rule is None:
            raise InputError(f"regeln '{rule_id}' finns inte i paketet {pack.id}")
        if submission is None:
            return rule.explain(), None
        report = self.evaluate(pack, submission)
        return rule.explain(), next(v for v in report.verdicts if v.rule == rule_id)

    def import_document(self, source: Input) -> str:
        """A region's document as a commented YAML submission."""
        kind = self.kind(source)
        if kind.import_ is None:
            raise InputError(f"kan inte importera en {kind.label}; importera ett ifyllt "
                             "Word-formulär (.docx), eller en enkätexport (.xlsx, .csv) med "
                             "--pack", Location(display_name(source)))
        return kind.import_(source, self.shelf)

    def import_table(self, source: Input, pack: str | None) -> list[tuple[str, str]]:
        """(file name, commented YAML) of one submission per region of a survey export."""
        from compliance.judging.survey import import_export

        return import_export(source, pack, self.shelf.folder)

    def check_register(self, pack_id: str | None, region: str | None = None
                       ) -> Overview | Report:
        """The national view of the register alone: every region's verdicts on what the
        register decides (the BUP points per payment period), nothing else judged; with
        ``region`` that region's report."""
        from compliance.inputs.register import NATION

        if pack_id is None:
            raise InputError("ange paketet med --pack, t.ex. --pack okad-tillganglighet-2024")
        pack = self.shelf.find(pack_id)
        months = self._registers(pack)
        name, _ = register_series(pack)
        regions = sorted({name for read in months for name in read.shares} - {NATION})
        if region is not None:
            wanted = [name for name in regions if bare_region(name) == bare_region(region)]
            if not wanted:
                raise InputError(f"--region: registret har ingen rad för '{region}'")
            regions = wanted
        overview = Overview(self.as_of)
        filled = f"series.{name}"
        for each in regions:
            blank = Submission(pack.id, each, None, {}, {}, {})
            report = self.evaluate(pack, with_register(pack, blank, months))
            keep = {rule.id for rule in pack.rules if rule.uses() == {filled}}
            verdicts = tuple(v for v in report.verdicts if v.rule in keep)
            money = tuple(line for line in report.money if line.max_points is not None
                          or line.points_outcome is not None)
            overview.reports.append(replace(report, verdicts=verdicts, money=money))
        return overview.reports[0] if region is not None else overview

    # -- settings ------------------------------------------------------------------------

    def _registers(self, pack: RulePack) -> list[RegisterMonth]:
        cache: dict[str, list[RegisterMonth]] = self.__dict__.setdefault("_register_cache", {})
        if pack.id not in cache:
            cache[pack.id] = read_registers(pack, self.register, self.period)
        return cache[pack.id]

    @cached_property
    def _waivers(self) -> WaiverFile | None:
        from compliance.inputs.waivers import load_waivers
        return load_waivers(self.waivers) if self.waivers is not None else None

    @cached_property
    def _attestations(self) -> AttestationFile | None:
        from compliance.inputs.waivers import load_attestations
        return load_attestations(self.attestations) if self.attestations is not None else None

    def _one_region_only(self, what: str) -> None:
        """A folder or an export holds many regions; one waiver file, unit log,
        attestation file or supplement is one region's. Rather than guess which region
        they belong to (or silently ignore them), they are refused."""
        problems = []
        for option, value in (("--waivers", self.waivers), ("--log", self.log),
                              ("--attestations", self.attestations),
                              ("--supplement", self.supplements[0] if self.supplements
                               else None)):
            if value is not None:
                problems.append(InputError(f"{option} gäller en regions inlämning och kan inte "
                                           f"anges för {what}; bedöm den regionens fil för "
                                           f"sig med {option}"))
                if isinstance(value, Path) and not value.exists():
                    problems.append(InputError(f"{option}: filen '{value}' finns inte"))
        raise_all(problems)

    @staticmethod
    def _for_tables_only(pack: str | None, region: str | None) -> None:
        if pack is not None or region is not None:
            raise InputError("--pack och --region anges bara för en enkätexport (.xlsx eller "
                             ".csv); en inlämning säger själv sitt paket")

    def _pack_with_rule(self, rule_id: str, pack_id: str | None) -> RulePack:
        if pack_id:
            return self.shelf.find(pack_id)
        owners = [p for p in self.shelf.packs() if any(r.id == rule_id for r in p.rules)]
        defined = [p for p in owners if not p.layers[rule_id].inherited]
        if not owners:
            raise InputError(f"ingen medföljande regel har id '{rule_id}'")
        return (defined or owners)[0]
