"""One self-contained HTML file: no scripts, fonts, images or links to fetch."""

from __future__ import annotations

from html import escape as _escape

from compliance.reports import phrases
from compliance.reports.clean import printable
from compliance.reports.target import Format, Result, Target
from compliance.results.overview import Overview, matrix
from compliance.results.verdict import Outcome, Report, Severity, Verdict


def escape(text: str) -> str:
    """Text as HTML: without control characters (invalid in HTML), ``< > & " '`` as
    entities, so no tag, attribute or ``<!--`` comment can open."""
    return _escape(printable(text))


_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1b1b1b}
h1{font-size:1.5rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}.pass{background:#e6f4ea}.fail{background:#fce8e6}
.missing{background:#fef7e0}.pending{background:#e8f0fe}.waived{background:#f3e8fd}
.graded{background:#e8eaf6}.review{background:#fff3e0}
.badge{font-weight:bold}.assumption{color:#8a5a00}.source,.audit{color:#555;font-size:.9rem}
code{font-size:.85rem}
"""


def _verdict(verdict: Verdict) -> str:
    source = verdict.source
    where = escape(source.citation() + (f", {source.note}" if source.note else ""))
    items = "".join(f'<li class="{e.outcome.value}">{escape(e.text)}</li>'
                    for e in verdict.evidence)
    extra = ""
    if verdict.waiver:
        extra += f'<p class="waived">{escape(phrases.waiver(verdict.waiver))}</p>'
    extra += "".join(f'<p class="assumption">{escape(phrases.assumption(text))}</p>'
                     for text in verdict.assumptions)
    if verdict.payments:
        extra += f'<p class="source">{escape(phrases.payments(verdict))}</p>'
    if verdict.found_in:
        extra += f'<p class="source">{escape(phrases.found_in(verdict))}</p>'
    return (f'<section id="{escape(verdict.rule)}"><h4>{escape(verdict.title)} – '
            f'<span class="badge {verdict.outcome.value}">{verdict.outcome.label}</span></h4>'
            f'<p class="source"><code>{escape(verdict.rule)}</code> · källa: {where} · regel: '
            f"<code>{escape(str(verdict.location))}</code></p>"
            f"<p>{escape(verdict.summary)}</p><ul>{items}</ul>{extra}</section>")


def render(result: Result, target: Target) -> str:
    if isinstance(result, Overview):
        return _overview(result)
    assert isinstance(result, Report)
    report = result
    counts = report.counts()
    summary = "".join(f'<tr class="{o.value}"><td>{o.label}</td><td>{counts[o]}</td></tr>'
                      for o in Outcome)
    rows = "".join(f'<tr class="{v.outcome.value}"><td><a href="#{escape(v.rule)}">'
                   f"{escape(v.rule)}</a></td><td>{v.severity.value}</td>"
                   f"<td>{v.outcome.label}</td><td>{escape(v.summary)}</td></tr>"
                   for v in report.verdicts)
    groups = ""
    for severity in Severity:
        group = [v for v in report.verdicts if v.severity is severity]
        if group:
            groups += f"<h2>{phrases.SEVERITY_TITLES[severity]}</h2>"
            for section, members in phrases.by_section(group).items():
                groups += f"<h3>{escape(section)}</h3>" + "".join(map(_verdict, members))
    notes = "".join(f"<p><em>{escape(phrases.note(note))}</em></p>" for note in report.notes)
    if report.money:
        items = "".join(
            f"<li>{escape(phrases.money(line))}"
            + (f'<br><span class="assumption">{escape(phrases.assumption(line.assumption))}'
               "</span>" if line.assumption else "") + "</li>"
            for line in report.money)
        notes = f"<h2>Pengar som står på spel</h2><ul>{items}</ul>" + notes
    audit = report.audit
    trail = ""
    if audit:
        files = "".join(f"<li><code>{escape(name)}</code> sha256 <code>{digest}</code></li>"
                        for name, digest in audit.pack_files + audit.inputs)
        waivers = "".join(f"<li>{escape(phrases.audit_waiver(text))}</li>"
                          for text in audit.waivers) + \
            "".join(f"<li>{escape(phrases.audit_attestation(text))}</li>"
                    for text in audit.attestations)
        trail = (f'<h2>{phrases.AUDIT}</h2><div class="audit">'
                 f"<p>{escape(phrases.audit_summary(report))}</p>"
                 f"<ul>{files}{waivers}</ul></div>")
    title = f"{report.region} – {report.pack_title}"
    decision = f"<p><strong>{escape(phrases.decision(report.decision))}</strong></p>" \
        if report.decision else ""
    return ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{escape(title)}</h1><p>Regelpaket <code>{escape(report.pack_id)}</code> "
            f"version {escape(report.pack_version)}, bedömt per {report.as_of.isoformat()}.</p>"
            f"{decision}<table><tr><th>Utfall</th><th>Antal</th></tr>{summary}</table>"
            f"<h2>Alla regler</h2><table><tr><th>Regel</th><th>Typ</th>"
            f"<th>Utfall</th><th>Sammanfattning</th></tr>{rows}</table>"
            f"{groups}{notes}{trail}</body></html>\n")


def _overview(overview: Overview) -> str:
    """The national overview as one self-contained page: a matrix per pack."""
    body = ""
    for pack_id, reports in overview.by_pack().items():
        rules, cells = matrix(reports)
        head = "".join(f"<th>{escape(region)}</th>" for region in cells)
        rows = "".join(
            f"<tr><td><code>{escape(rule)}</code></td>" + "".join(
                f'<td class="{cells[r][rule].value}">{cells[r][rule].label}</td>'
                for r in cells) + "</tr>" for rule in rules)
        body += (f"<h2>{escape(pack_id)}</h2><table><tr><th>Regel</th>{head}</tr>{rows}"
                 "</table>")
    body += "".join(f'<p class="source">{escape(phrases.skipped(name, why))}</p>'
                    for name, why in overview.skipped)
    body += "".join(f'<p class="fail">fel: {escape(error)}</p>' for error in overview.errors)
    return ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            f"<title>Nationell översikt {overview.as_of.isoformat()}</title><style>{_CSS}"
            f"</style></head><body><h1>Nationell översikt, bedömt per "
            f"{overview.as_of.isoformat()}</h1>{body}"
            "</body></html>\n")


FORMAT = Format("html", render, (Report, Overview))
