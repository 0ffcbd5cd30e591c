"""Sentences that several reporters print, worded once: waivers, assumptions, money,
readiness states and the notes beside a verdict."""

from __future__ import annotations

from collections.abc import Mapping

from compliance.formatting import kronor, plain_number
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
    rules = ("; " if titles else ", ").join((titles or {}).get(rule, rule)
                                             for rule in line.rules)
    match line.state:
        case MoneyState.UNCONDITIONAL:
            return "villkorslös"
        case MoneyState.MET:
            return "villkoren uppfyllda"
        case MoneyState.WAITING:
            return f"väntar på villkoren: {rules}"
        case MoneyState.AT_RISK:
            return f"i fara: {rules}"
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
            return "förfaller i dag" if item.days == 0 else f"förfaller om {item.days} dagar"
        case ReadinessState.STARTS:
            return f"börjar om {item.days} dagar"
        case ReadinessState.ONGOING:
            return f"pågår till {item.until.isoformat() if item.until else '?'}"
        case ReadinessState.PASSED:
            return "passerad"
        case ReadinessState.NO_DATA:
            return "underlag saknas"


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
    return (f"compliance {version}, regelpaket {report.pack_id} v{report.pack_version}, "
            f"bedömt per {report.as_of.isoformat()}")


def audit_waiver(text: str) -> str:
    return f"Undantag: {text}"


def payments(verdict: Verdict) -> str:
    """For a villkor: which payments depend on it."""
    return f"Villkor för: {', '.join(verdict.payments)}" if verdict.payments else ""


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
