"""Sentences that several reporters print, worded once: waivers, assumptions, money,
readiness states and the notes beside a verdict."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from compliance.formatting import counted, days, kronor, plain_number
from compliance.results.obligations import SOON_DAYS, Obligation, ReadinessState, Urgency
from compliance.results.verdict import (
    Comparison,
    Measure,
    MoneyLine,
    MoneyState,
    Report,
    Severity,
    Unit,
    Verdict,
    WaiverNote,
)

ASSUMPTION = "⚠ Antagande"
SEVERITY_TITLES = {
    Severity.VILLKOR: "Villkor för utbetalning",
    Severity.KRAV: "Krav i formuläret",
    Severity.MAL: "Mål i överenskommelsen",
    Severity.INDIKATOR: "Indikatorer och information",
}


def by_section(verdicts: list[Verdict]) -> dict[str, list[Verdict]]:
    """Verdicts grouped by the section of the source they cite, in order of appearance."""
    groups: dict[str, list[Verdict]] = {}
    for verdict in verdicts:
        section = verdict.source.section
        groups.setdefault(f"Avsnitt {section}" if section else "Övrigt", []).append(verdict)
    return groups


def waiver(note: WaiverNote) -> str:
    return (f"Undantag: {note.justification} (godkänt av {note.approved_by} "
            f"{note.date.isoformat()}, gäller till {note.expires.isoformat()}); underlaget "
            f"visar {note.data_outcome.label}")


def found_in(verdict: Verdict) -> str:
    """Where the region's own document (a Word form, a survey export) holds what the rule
    read: "Ur regionens dokument: tabell 11, rad 4 – 3.4 fråga 3"."""
    return "Ur regionens dokument: " + "; ".join(verdict.found_in)


def assumption(text: str) -> str:
    return f"{ASSUMPTION}: {text}"


def money_state(line: MoneyLine, titles: Mapping[str, str] | None = None) -> str:
    """The payment's state; with ``titles`` (rule id → title) the conditions are named by
    their titles, as a person reads them, not by their ids."""
    def named(rules: tuple[str, ...]) -> str:
        return ("; " if titles else ", ").join((titles or {}).get(rule, rule) for rule in rules)

    rules = named(line.rules)
    match line.state:
        case MoneyState.UNCONDITIONAL:
            return "inget villkor i utbetalningsmodellen"
        case MoneyState.MET:
            return "villkoren uppfyllda"
        case MoneyState.WAITING:  # a date to come, and a reader to decide, are not one wait
            waits = ([f"villkoren: {rules}"] if line.rules else []) \
                + ([f"granskning av villkoren: {named(line.review)}"] if line.review else [])
            # titles are parted by "; " already, so the two waits by a dash
            return "väntar på " + (" – och på " if titles else "; på ").join(waits)
        case MoneyState.AT_RISK:
            return f"i fara: {rules}"
        case MoneyState.NOT_JUDGEABLE:
            return f"kan inte bedömas ur dokumentet, som saknar underlag för: {rules}"
        case MoneyState.POINTS:
            return f"{line.points} av {line.max_points} möjliga poäng (uppskattning)"
        case MoneyState.POINTS_UNKNOWN:
            return f"poäng ännu inte beräknade ({line.points_outcome})"


def money(line: MoneyLine, titles: Mapping[str, str] | None = None) -> str:
    amount = kronor(line.amount_sek) if line.amount_sek is not None else "okänt belopp"
    estimate = f"; uppskattat {kronor(line.estimate_sek)}" \
        if line.estimate_sek is not None else ""
    return f"{line.title}: {amount} ({line.paid}) – {money_state(line, titles)}{estimate}"


def rule_titles(report: Report) -> dict[str, str]:
    """Rule id → title, for naming conditions by their titles in the money section."""
    return {verdict.rule: verdict.title for verdict in report.verdicts}


def readiness_state(item: Obligation) -> str:
    match item.state:
        case ReadinessState.DONE:
            return "klar"
        case ReadinessState.DONE_LATE:
            return f"klar för sent ({item.done.isoformat() if item.done else '?'})"
        case ReadinessState.OVERDUE:
            return "försenad"
        case ReadinessState.DUE:
            return "förfaller i dag" if item.days == 0 else f"förfaller om {days(item.days or 0)}"
        case ReadinessState.AHEAD:
            return "i dag" if item.days == 0 else f"om {days(item.days or 0)}"
        case ReadinessState.STARTS:
            return f"börjar om {days(item.days or 0)}"
        case ReadinessState.ONGOING:
            return f"pågår till {item.until.isoformat() if item.until else '?'}"
        case ReadinessState.PASSED:
            return "passerad"
        case ReadinessState.NO_DATA:
            return "underlag saknas"
        case ReadinessState.NOT_HELD:
            return "finns inte i dokumentet (ange med --supplement)"


URGENCY_HEADINGS = {Urgency.OVERDUE: "Försenat – borde redan vara klart",
                    Urgency.SOON: f"Inom {SOON_DAYS} dagar",
                    Urgency.OTHER: "Övrigt, i datumordning"}


def note(text: str) -> str:
    return f"Obs: {text}"


def skipped(name: str, why: str) -> str:
    return f"Hoppade över {name}: {why}"


AUDIT = "Spårbarhet"


def audit_summary(report: Report) -> str:
    """Tool, rule pack and as-of date: what a reader needs to reproduce the verdicts."""
    version = report.audit.tool_version if report.audit else "?"
    shadows = report.audit.shadows if report.audit else None
    return (f"compliance {version}, regelpaket {report.pack_id} v{report.pack_version}, "
            f"bedömt per {report.as_of.isoformat()}" + (f"; {shadowing(report)}" if shadows
                                                        else ""))


def shadowing(report: Report) -> str:
    """That the pack judged with is not the bundled one of the same id: where it is from."""
    shadows = report.audit.shadows if report.audit else None
    if shadows is None:
        return ""
    return (f"OBS: regelpaketet {report.pack_id} v{report.pack_version} kommer från "
            f"{shadows.folder} (innehåll sha256:{shadows.sha256[:12]}) och ersätter det "
            f"medföljande paketet med samma id (v{shadows.bundled_version})")


def audit_waiver(text: str) -> str:
    return f"Undantag: {text}"


def payments(verdict: Verdict) -> str:
    """Which payments depend on a villkor; which payments an indikator informs (BUP
    points decide how much, not whether)."""
    if not verdict.payments:
        return ""
    lead = "Villkor för" if verdict.severity is Severity.VILLKOR else "Underlag för"
    return f"{lead}: {', '.join(verdict.payments)}"


def decision(text: str) -> str:
    return f"Beslutet: {text}"


def audit_attestation(text: str) -> str:
    return f"Granskning: {text}"


UNIT_SYMBOLS = {Unit.PERCENT: "%", Unit.COUNT: "st", Unit.NUMBER: ""}
COMPARISON_SYMBOLS = {Comparison.LT: "<", Comparison.LE: "≤", Comparison.GT: ">",
                      Comparison.GE: "≥", Comparison.EQ: "=", Comparison.NE: "≠"}


def threshold(measure: Measure) -> str:
    """What the value must be, e.g. "≥ 95"."""
    return f"{COMPARISON_SYMBOLS[measure.comparison]} {plain_number(measure.threshold)}"


ILLUSTRATIVE = ("Illustrativa värden: inlämningen anger att siffrorna är illustrativa, inte "
                "regionens uppgifter")
CAVEATS = "Förbehåll"


def unreviewed(text: str) -> str:
    """The mark of a pack not yet checked against its agreement."""
    return f"Regelpaketet är inte granskat mot överenskommelsen: {' '.join(text.split())}"


def assumptions_about(report: Report, name: Callable[[Verdict], str],
                      money: Callable[[MoneyLine], bool] = lambda line: True
                      ) -> dict[str, list[str]]:
    """Every assumption once, with what it concerns: the rules (by ``name``) and the
    payments (those ``money`` takes) that rest on it."""
    found: dict[str, list[str]] = {}
    for verdict in report.verdicts:
        for text in verdict.assumptions:
            found.setdefault(text, []).append(name(verdict))
    for line in report.money:
        if line.assumption and money(line):
            found.setdefault(line.assumption, []).append(line.title)
    return found


def caveats(report: Report) -> list[str]:
    """What a reader must know beside the verdicts, in every format: who decides, what the
    data is (illustrative figures, texts in summary), whether the pack is checked, every
    assumption once with what it concerns, and the money at stake."""
    lines = [decision(report.decision)] if report.decision else []
    if report.unreviewed:
        lines.append(unreviewed(report.unreviewed))
    if report.illustrative:
        lines.append(ILLUSTRATIVE)
    lines += [note(text) for text in report.notes]
    lines += [f"{assumption(text)} ({', '.join(dict.fromkeys(who))})"
              for text, who in assumptions_about(report, lambda v: v.rule).items()]
    lines += [f"Pengar: {money(line)}" + (f". {line.information}" if line.information else "")
              for line in report.money]
    return lines


NAMED_UP_TO = 10  # regions named in an overview's caveat; more are counted


def illustrative_among(reports: list[Report]) -> str | None:
    """How many of the reports (and which) rest on values their submission itself calls
    illustrative; None when none does."""
    said = [report.region for report in reports if report.illustrative]
    if not said:
        return None
    named = ", ".join(said[:NAMED_UP_TO]) + \
        (f" och {len(said) - NAMED_UP_TO} till" if len(said) > NAMED_UP_TO else "")
    return (f"Illustrativa värden: {len(said)} av "
            f"{counted(len(reports), 'inlämning', 'inlämningar')} anger själva att värdena "
            f"är illustrativa, inte regionens uppgifter ({named})")


def pack_caveats(reports: list[Report]) -> list[str]:
    """What a reader of an overview must know of one pack's reports, once for them all:
    who decides, how many submissions call their own values illustrative (and which),
    and every assumption of the rules and the points (BUP) it shows, with what it
    concerns (whether the pack is checked is marked apart, before its regions). An
    overview shows no other money, so the assumptions of other payments stay in each
    region's report."""
    first = reports[0]
    lines = [decision(first.decision)] if first.decision else []
    said = illustrative_among(reports)
    lines += [said] if said else []
    found: dict[str, dict[str, None]] = {}  # assumption → what it concerns, in order
    for report in reports:
        for text, who in assumptions_about(report, lambda v: v.rule,
                                           lambda line: line.graded).items():
            found.setdefault(text, {}).update(dict.fromkeys(who))
    lines += [f"{assumption(text)} ({', '.join(who)})" for text, who in found.items()]
    return lines


def count(number: int, one: str, many: str) -> str:
    """For templates: "1 region", "2 regioner"."""
    return counted(number, one, many)
