"""`compliance check DIR`: every submission in a folder, grouped by pack, as one matrix.

Files that are not submissions (waiver lists, logs, notes) are skipped with a note; a
submission that cannot be read or validated is reported and does not stop the others.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from compliance.errors import InputError
from compliance.inputs.yamlload import display_name, load_file
from compliance.judging.evaluate import check_file
from compliance.results.verdict import Report

SUBMISSION_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class Overview:
    as_of: str
    reports: list[Report] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)
    errors: list[str] = field(default_factory=list)

    def by_pack(self) -> dict[str, list[Report]]:
        packs: dict[str, list[Report]] = {}
        for report in self.reports:
            packs.setdefault(report.pack_id, []).append(report)
        return dict(sorted(packs.items()))

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return max((report.exit_code for report in self.reports), default=0)


def check_folder(folder: Path, as_of: dt.date) -> Overview:
    overview = Overview(as_of.isoformat())
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


def matrix(reports: list[Report]) -> tuple[list[str], dict[str, dict[str, str]]]:
    """Rule ids in pack order, and region → rule → outcome."""
    rules = [verdict.rule for verdict in reports[0].verdicts] if reports else []
    return rules, {report.region: {v.rule: v.outcome.value for v in report.verdicts}
                   for report in reports}


def to_json(overview: Overview) -> str:
    packs = {}
    for pack_id, reports in overview.by_pack().items():
        rules, cells = matrix(reports)
        packs[pack_id] = {"rules": rules, "regions": list(cells), "outcomes": cells,
                          "exit_codes": {r.region: r.exit_code for r in reports}}
    return json.dumps({"as_of": overview.as_of, "packs": packs,
                       "skipped": [{"file": f, "reason": why} for f, why in overview.skipped],
                       "errors": overview.errors, "exit_code": overview.exit_code},
                      ensure_ascii=False, indent=2) + "\n"


def to_csv(overview: Overview) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["pack", "region", "rule", "severity", "outcome"])
    for pack_id, reports in overview.by_pack().items():
        for report in reports:
            for verdict in report.verdicts:
                writer.writerow([pack_id, report.region, verdict.rule, verdict.severity.value,
                                 verdict.outcome.value])
    return out.getvalue()
