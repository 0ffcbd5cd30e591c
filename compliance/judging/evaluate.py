"""The pipeline's heart: derive facts → evaluate (durable-rules) → judge, for one
validated submission against its pack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from compliance.conditions.patterns import Firings, fire
from compliance.engine import durable as engine
from compliance.errors import InputError, Location
from compliance.facts.base import FactBase
from compliance.facts.derive import add_period_means, derive, known_on, verdict_fact
from compliance.inputs.models import AttestationFile, Submission, WaiverFile
from compliance.judging.attestations import apply_attestations
from compliance.judging.batch import bounded_map
from compliance.judging.money import funds_note, money_at_stake
from compliance.judging.unheld import judged_without, not_held_by
from compliance.judging.waivers import apply_waivers, as_waived
from compliance.kinds.base import CompiledRule, JudgeContext
from compliance.packs.pack import RulePack
from compliance.results.verdict import Audit, Report, Verdict
from compliance.version import __version__


def facts_for(pack: RulePack, submission: Submission) -> FactBase:
    facts = derive(pack.meta, submission)
    add_period_means(facts, [request for rule in pack.rules for request in rule.derived()])
    return facts


def fire_rules(rules: list[CompiledRule], facts: FactBase,
               use_engine: bool = True) -> dict[str, Firings]:
    """Each rule's firings: by durable-rules, or by the plain-Python interpretation of the
    same matches (the test oracle and the benchmark's baseline)."""
    matches = {rule.id: rule.patterns for rule in rules}
    if not use_engine:
        return fire(matches, facts.facts)
    try:
        return engine.run(matches, facts.facts)
    except engine.RulesetError as exc:
        rule = next((r for r in rules if r.id == exc.rule_id), None)
        if rule is None:
            raise InputError(f"regelpaketet kunde inte kompileras av durable-rules "
                             f"({exc.detail})") from None
        where = Location(rule.location.file, rule.location.line, rule.location.column)
        raise InputError(f"regel {rule.id} kunde inte kompileras av durable-rules "
                         f"({exc.detail})", where) from None


def _found_in(verdict: Verdict, rule: CompiledRule, submission: Submission) -> Verdict:
    """The verdict with where the region's document holds what the rule read."""
    uses = rule.uses()
    places = tuple(place for entry, place in submission.origins.items() if entry in uses)
    return replace(verdict, found_in=places) if places else verdict


def evaluate(pack: RulePack, submission: Submission, as_of: dt.date,
             *, use_engine: bool = True, waivers: WaiverFile | None = None,
             attestations: AttestationFile | None = None) -> Report:
    """Verdicts for every rule of ``pack``; ``use_engine=False`` is the plain-Python baseline."""
    if submission.pack_id != pack.id:
        raise InputError(f"inlämningen gäller paketet '{submission.pack_id}', inte '{pack.id}'")
    submission, later = known_on(pack.meta, submission, as_of)
    facts = facts_for(pack, submission)
    decided: dict[str, Verdict] = {}
    reviewed = {rule.id for rule in pack.rules if rule.read_by_a_person}
    for phase in sorted({rule.phase for rule in pack.rules}):
        rules = [rule for rule in pack.rules if rule.phase == phase]
        seen = decided
        if phase > 1:  # later passes see earlier verdicts, as recorded, as facts of their own
            seen = {v.rule: v for v in _as_recorded(tuple(decided.values()), waivers,
                                                    attestations, as_of, reviewed)}
            for verdict in seen.values():
                facts.add(verdict_fact(verdict.rule, verdict.outcome.value))
        fired = fire_rules(rules, facts, use_engine)
        for rule in rules:
            verdict = rule.judge(JudgeContext(as_of, facts, fired[rule.id], seen))
            decided[rule.id] = judged_without(verdict, not_held_by(rule, submission, decided),
                                              submission.document)
    verdicts = tuple(_found_in(decided[rule.id], rule, submission) for rule in pack.rules)
    shown = ", ".join(later[:6]) + (f" och {len(later) - 6} till" if len(later) > 6 else "")
    if pack.meta.review:  # every verdict rests on values not checked against the agreement
        unchecked = (f"Regelpaketet {pack.id} är inte granskat: regeln vilar på värden som är "
                     "ärvda eller flyttade ett år och inte kontrollerade mot "
                     f"{pack.meta.period.start.year} års överenskommelse.")
        verdicts = tuple(replace(v, assumptions=(*v.assumptions, unchecked)) for v in verdicts)
    notes = tuple(note for note in (
        pack.meta.known and f"Känt om överenskommelsen: {' '.join(pack.meta.known.split())}",
        pack.meta.review and f"Regelpaketet: {pack.meta.review}", submission.note,
        later and f"Uppgifter daterade efter {as_of.isoformat()} räknas inte: {shown}",
        funds_note(pack.meta.payments, pack.meta.funds),
        *(f"Antagande: {text}" for text in submission.assumptions)) if note)
    attested: tuple[str, ...] = ()
    if attestations is not None:
        verdicts, attested = apply_attestations(verdicts, attestations, as_of, reviewed)
    trail: tuple[str, ...] = ()
    if waivers is not None:
        verdicts, trail = apply_waivers(verdicts, waivers, as_of)
    sources = (submission.source, *(records.source for records in (waivers, attestations)
                                    if records and records.source[1]))
    inputs = tuple(source for source in sources if source) + submission.extra_inputs
    audit = Audit(__version__, pack.digests, inputs, trail, attested, pack.shadows)
    money = tuple(money_at_stake(pack.meta.payments, submission.population,
                                 {v.rule: v for v in verdicts}))
    # a submission that calls its own figures illustrative (the seed-based examples) has
    # every chart and table of them marked so
    illustrative = "illustrativ" in (submission.note or "").casefold()
    return Report(submission.region, pack.id, pack.meta.version, pack.meta.title,
                  as_of, verdicts, notes, audit, money, pack.meta.decision, illustrative,
                  pack.meta.review, reading=submission.reading)


def _as_recorded(verdicts: tuple[Verdict, ...], waivers: WaiverFile | None,
                 attestations: AttestationFile | None, as_of: dt.date,
                 reviewed: set[str]) -> tuple[Verdict, ...]:
    """Verdicts with the reviewers' decisions and the waivers in force applied: what a
    claim or a payment that rests on them reads (a waived month contradicts nothing)."""
    if attestations is not None:
        verdicts = apply_attestations(verdicts, attestations, as_of, reviewed)[0]
    if waivers is not None:
        verdicts = as_waived(verdicts, waivers, as_of)
    return verdicts


def evaluate_many(work: Sequence[tuple[RulePack, Submission]], as_of: dt.date) -> list[Report]:
    """``evaluate`` for every (pack, submission) in order, with memory bounded however
    many there are: a large batch runs in recycled worker processes (``judging.batch``)."""
    return bounded_map(_evaluate_one, [(pack, submission, as_of) for pack, submission in work])


def _evaluate_one(item: tuple[RulePack, Submission, dt.date]) -> Report:
    return evaluate(*item)
