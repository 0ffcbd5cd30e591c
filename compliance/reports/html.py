"""One self-contained HTML page: no scripts, fonts, images or links to fetch; charts are
inline SVG. Jinja2 templates (``templates/``) with autoescape on write it; this module
gathers what they show."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from compliance.reports import phrases
from compliance.reports.charts import Chart, heat_map, region_charts
from compliance.reports.clean import printable
from compliance.reports.target import Result, Target
from compliance.results.overview import Overview, matrix
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Outcome, Report, Severity, Verdict


def _printable(value: Any) -> Any:
    """Every value a template prints loses its control characters before it is escaped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return printable(value)
    return value


_ENV = Environment(loader=PackageLoader("compliance.reports", "templates"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                   keep_trailing_newline=True, finalize=_printable)
_ENV.globals.update(phrases=phrases)


@dataclass(frozen=True)
class Trail:
    """The audit trail of one report: what a reader needs to check and reproduce it."""

    summary: str
    decision: str | None
    files: list[tuple[str, str]]  # (file, sha256)
    waivers: list[str]
    attestations: list[str]
    assumptions: list[tuple[str, str]]  # (what it concerns, the assumption)
    sources: list[str]
    notes: list[str]

    @property
    def numbers(self) -> dict[str, int]:
        """Each assumption's number in the trail, for references from where it applies."""
        numbers: dict[str, int] = {}
        for index, (_, text) in enumerate(self.assumptions, start=1):
            numbers.setdefault(text, index)
        return numbers


def _sources(verdicts: list[Verdict]) -> list[str]:
    """Each source document cited, once, with the sections cited from it."""
    sections: dict[str, list[str]] = {}
    for verdict in verdicts:
        cited = sections.setdefault(verdict.source.title, [])
        if verdict.source.section and verdict.source.section not in cited:
            cited.append(verdict.source.section)
    return [f"{title}" + (f", avsnitt {', '.join(cited)}" if cited else "")
            for title, cited in sections.items()]


def _assumptions(report: Report) -> list[tuple[str, str]]:
    """Every assumption once, with the rules and payments it concerns."""
    return [("; ".join(about), text)
            for text, about in phrases.assumptions_about(report, lambda v: v.title).items()]


def _trail(report: Report) -> Trail:
    audit = report.audit
    return Trail(
        phrases.audit_summary(report),
        phrases.decision(report.decision) if report.decision else None,
        list(audit.pack_files + audit.inputs) if audit else [],
        [phrases.audit_waiver(text) for text in audit.waivers] if audit else [],
        [phrases.audit_attestation(text) for text in audit.attestations] if audit else [],
        _assumptions(report), _sources(list(report.verdicts)),
        [phrases.note(text) for text in report.notes])


def _groups(report: Report) -> list[tuple[str, dict[str, list[Verdict]]]]:
    """Verdicts by severity, then by the section of the source they cite."""
    return [(phrases.SEVERITY_TITLES[severity], phrases.by_section(group))
            for severity in Severity
            if (group := [v for v in report.verdicts if v.severity is severity])]


def _marked(charts: list[Chart], report: Report) -> list[Chart]:
    """Charts of illustrative figures say so in their own caption and text alternative,
    wherever a chart is copied to."""
    if not report.illustrative:
        return charts
    return [replace(chart, title=f"{chart.title} (illustrativa värden)",
                    caption=f"{phrases.ILLUSTRATIVE}. {chart.caption}",
                    alternative=f"{phrases.ILLUSTRATIVE}. {chart.alternative}")
            for chart in charts]


def _report_context(report: Report, prefix: str = "") -> dict[str, Any]:
    """What ``report_body.html`` shows of one region's report; its ids start with
    ``prefix`` (a region's section of the overview)."""
    counts = report.counts()
    return dict(
        report=report, counts=[(o, n) for o, n in counts.items() if n],
        blocking=report.to_fix(), groups=_groups(report),
        charts=_marked(region_charts(report), report), trail=_trail(report), prefix=prefix,
        money=[(phrases.money(line, phrases.rule_titles(report)), line.assumption,
                line.information) for line in report.money])


def _report(report: Report) -> str:
    return _ENV.get_template("report.html").render(**_report_context(report))


@dataclass(frozen=True)
class RuleRow:
    number: int
    verdict: Verdict  # the first region's verdict: the rule's title, type and source
    totals: dict[Outcome, int]  # regions per outcome


@dataclass(frozen=True)
class RegionRow:
    report: Report
    totals: dict[Outcome, int]  # rules per outcome


@dataclass(frozen=True)
class PackView:
    pack_id: str
    title: str
    outcomes: list[Outcome]  # the outcomes that occur, the columns of the totals
    rules: list[RuleRow]
    regions: list[RegionRow]
    heat_map: Chart
    decision: str | None
    unreviewed: str | None  # the pack is not checked against its agreement
    illustrative: str | None  # how many submissions call their own values illustrative
    pack_files: list[tuple[str, str]]
    assumptions: list[tuple[str, str]]
    sources: list[str]


def _pack(pack_id: str, reports: list[Report]) -> PackView:
    rules, cells = matrix(reports)
    first = {v.rule: v for v in reports[0].verdicts}
    regions = list(cells)
    occurring = {outcome for row in cells.values() for outcome in row.values()}
    outcomes = [o for o in Outcome if o in occurring]
    rule_rows = [RuleRow(number, first[rule], {o: sum(1 for r in regions if cells[r][rule] is o)
                                               for o in outcomes})
                 for number, rule in enumerate(rules, start=1)]
    region_rows = [RegionRow(report, {o: n for o, n in report.counts().items()
                                      if o in occurring}) for report in reports]
    title = f"{reports[0].pack_title} ({pack_id})"
    audit = reports[0].audit
    return PackView(
        pack_id, reports[0].pack_title, outcomes, rule_rows, region_rows,
        heat_map(f"Utfall per region och regel, {title}", regions, rules, cells,
                 {rule: first[rule].title for rule in rules if rule in first}),
        phrases.decision(reports[0].decision) if reports[0].decision else None,
        phrases.unreviewed(reports[0].unreviewed) if reports[0].unreviewed else None,
        phrases.illustrative_among(reports),
        list(audit.pack_files) if audit else [],
        [(f"{row.number}. {row.verdict.title}", text) for row in rule_rows
         for text in row.verdict.assumptions],
        _sources([row.verdict for row in rule_rows]))


def _overview(overview: Overview) -> str:
    """The national overview and, below it, every region's report on the same page: each
    region's name in the overview links to its report (one self-contained file)."""
    packs = [_pack(pack_id, reports) for pack_id, reports in overview.by_pack().items()]
    ordered = [report for reports in overview.by_pack().values() for report in reports]
    anchors = {(r.pack_id, r.region): f"r{index}-" for index, r in enumerate(ordered, start=1)}
    details = [_report_context(r, anchors[r.pack_id, r.region]) for r in ordered]
    return _ENV.get_template("overview.html").render(
        overview=overview, packs=packs, anchors=anchors, details=details,
        trails={report.region: _trail(report) for report in overview.reports},
        version=next((r.audit.tool_version for r in overview.reports if r.audit), "?"))


def _readiness(view: Readiness) -> str:
    groups: dict[str, list[tuple[Any, str]]] = {}
    for item in view.timeline:  # grouped as the terminal shows it: overdue, soon, the rest
        groups.setdefault(phrases.URGENCY_HEADINGS[item.urgency], []).append(
            (item, phrases.readiness_state(item)))
    return _ENV.get_template("status.html").render(
        view=view, report=view.report, groups=list(groups.items()),
        money=[(phrases.money(line, phrases.rule_titles(view.report)), line.assumption)
               for line in view.report.money])


def render(result: Result, target: Target) -> str:
    if isinstance(result, Overview):
        return _overview(result)
    if isinstance(result, Readiness):
        return _readiness(result)
    if isinstance(result, ReportDiff):
        from compliance.reports import changes
        return _ENV.get_template("diff.html").render(diff=result, changes=changes)
    assert isinstance(result, Report)
    return _report(result)


def standalone_svg(chart: Chart) -> str:
    """One chart as an SVG file of its own (its styles inside), e.g. for documentation."""
    return _ENV.get_template("chart.svg").render(chart=chart)
