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
from compliance.reading.yamlload import display_name, load_file
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


def _same(named: str, region: str) -> bool:
    from compliance.judging.records import same_region
    return same_region(named, region)


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
    # a folder's run: each supplement applies to the region (and pack) it names
    many_regions: bool = False

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
        pack, submission = self.supplemented(*kind.read(source, self.shelf))
        if self.register:
            submission = with_register(pack, submission, self._registers(pack))
        if self.log is not None:
            submission = with_log(pack, submission, self.log, progress)
        return pack, submission

    def supplemented(self, pack: RulePack, submission: Submission
                     ) -> tuple[RulePack, Submission]:
        """The submission with the run's supplements added: every one for one region's
        document, in a folder's run those that name its region (and pack, if they name one)."""
        for source, region, pack_id in self._supplement_names:
            if not self.many_regions or (region is not None and _same(region, submission.region)
                                         and pack_id in (None, pack.id)):
                submission = with_supplement(pack, submission, source)
        return pack, submission

    def evaluate(self, pack: RulePack, submission: Submission) -> Report:
        """The verdicts, with the run's waivers and attestations applied."""
        from compliance.judging.records import for_submission

        rules = {rule.id for rule in pack.rules}
        return evaluate(pack, submission, self.as_of,
                        waivers=for_submission(self._waivers, submission.region, rules),
                        attestations=for_submission(self._attestations, submission.region,
                                                    rules))

    def check_document(self, source: Input, progress: Progress | None = None) -> Report:
        return self.evaluate(*self.read(source, progress))

    # -- any document, a table of regions or a folder ------------------------------------

    def check(self, source: Input, *, pack: str | None = None, region: str | None = None,
              progress: Progress | None = None) -> Report | Overview:
        """A folder's overview, a table's overview (or one region's report from it with
        ``region``), or one document's report."""
        if isinstance(source, Path) and source.is_dir():
            self._one_region_only("en katalog", supplements_named=True)
            self._for_tables_only(pack, region)
            from compliance.workspace.folder import check_folder
            return self._all_placed(check_folder(source, replace(self, many_regions=True)))
        kind = self.kind(source)
        if kind.per_row:
            return self.check_table(source, pack, region)
        self._for_tables_only(pack, region)
        return self._any_placed(self.check_document(source, progress))

    def check_table(self, source: Input, pack: str | None,
                    region: str | None = None) -> Report | Overview:
        """A survey export: every region's row as the national overview, or with
        ``region`` that region's full report."""
        from compliance.judging.survey import check_export, check_export_region

        self._one_region_only("en enkätexport")
        if region is not None:
            return self._any_placed(check_export_region(source, pack, region, self.as_of,
                                                        self.shelf.folder, self.evaluate))
        overview = check_export(source, pack, self.as_of, self.shelf.folder, self.evaluate)
        if not self.evidence:
            overview.reports[:] = [report.without_evidence() for report in overview.reports]
        return self._all_placed(overview)

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

    def _records(self) -> tuple[tuple[str, WaiverFile | AttestationFile | None], ...]:
        return (("--waivers", self._waivers), ("--attestations", self._attestations))

    def _all_placed(self, overview: Overview) -> Overview:
        """A folder's or an export's overview, with every waiver or attestation that no
        judged region is for listed as an error naming it (never silently unused)."""
        from compliance.judging.records import unmatched

        judged = [(report.region, {v.rule for v in report.verdicts})
                  for report in overview.reports]
        for option, file in self._records():
            overview.errors.extend(str(error) for error in unmatched(file, option, judged))
        for source, region, pack_id in self._supplement_names if self.supplements else ():
            if not any(_same(str(region), report.region) and pack_id in (None, report.pack_id)
                       for report in overview.reports):
                overview.errors.append(str(InputError(
                    f"--supplement: tillägget för {region} gäller ingen bedömd region",
                    Location(display_name(source)))))
        return overview

    def _any_placed(self, report: Report) -> Report:
        """One region's report; a file of waivers or attestations of which no entry is
        for this region (and its pack) is an error: it was meant for another."""
        from compliance.judging.records import applies

        rules = {verdict.rule for verdict in report.verdicts}
        for option, file in self._records():
            if file is not None and file.items and \
                    not any(applies(item, report.region, rules) for item in file.items):
                named = ", ".join(dict.fromkeys(f"{item.region}" for item in file.items))
                raise InputError(f"{option}: ingen post i filen gäller {report.region} och "
                                 f"dess paket {report.pack_id} (filen nämner {named})",
                                 Location(file.source[0]))
        return report

    @cached_property
    def _supplement_names(self) -> tuple[tuple[Input, str | None, str | None], ...]:
        """Each supplement with the region and pack it names (None where it names none)."""
        if not self.supplements:
            return ()
        named = []
        for source in self.supplements:
            data = load_file(source).data
            mapping = data if isinstance(data, dict) else {}
            region, pack_id = mapping.get("region"), mapping.get("pack")
            named.append((source, region if isinstance(region, str) else None,
                          pack_id if isinstance(pack_id, str) else None))
        return tuple(named)

    def _one_region_only(self, what: str, supplements_named: bool = False) -> None:
        """A folder or an export holds many regions. Each waiver and attestation names
        the region it is for (``region:``), so those are placed; a unit log or a
        supplement is one region's document, and rather than guess whose, they are
        refused, as is a waiver or attestation that names no region."""
        from compliance.judging.records import unnamed

        problems = [*unnamed(self._waivers, "--waivers"),
                    *unnamed(self._attestations, "--attestations")]
        if supplements_named:  # a folder: each supplement says whose it is
            problems += [InputError("--supplement: tillägget anger ingen region; för en "
                                    "katalog ska varje tillägg ange sin region (region: …)",
                                    Location(display_name(source)))
                         for source, region, _ in self._supplement_names if region is None]
        for option, value in (("--log", self.log),
                              ("--supplement", self.supplements[0]
                               if self.supplements and not supplements_named else None)):
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
