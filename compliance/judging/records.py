"""When a waiver or an attestation is in force (from its date through its expiry), and
which region's submission it is for."""

from __future__ import annotations

import datetime as dt
from typing import Any

from compliance.errors import InputError
from compliance.inputs.models import Attestation, Record, RecordFile, Waiver


def not_in_force(rule: str, date: dt.date, expires: dt.date | None,
                 as_of: dt.date) -> str | None:
    """Why a record for ``rule`` does not apply on ``as_of`` (for the audit trail), or
    None when it does."""
    if expires is not None and expires < as_of:
        return f"{rule}: gick ut {expires.isoformat()} och tillämpas inte"
    if date > as_of:
        return f"{rule}: daterat {date.isoformat()}, efter bedömningsdatumet, och tillämpas inte"
    return None


def same_region(named: str, region: str) -> bool:
    """A record's region names ``region`` (case and spacing aside); an overview labels a
    region twice over as ``Region X (fil.yaml)``, which still is Region X."""
    def plain(text: str) -> str:
        return " ".join(text.casefold().split())
    return plain(region) == plain(named) or plain(region).startswith(plain(named) + " (")


def for_submission(file: RecordFile[Record] | None, region: str,
                   rules: set[str]) -> RecordFile[Record] | None:
    """The records of ``file`` that apply to one region's submission: those naming no
    region (a file for one region's run), and those naming this region for a rule of its
    pack (a file for a folder or an export lists several regions and years)."""
    if file is None:
        return None
    kept = [index for index, item in enumerate(file.items) if applies(item, region, rules)]
    return RecordFile(tuple(file.items[index] for index in kept), file.source,
                      tuple(file.rule_locations[index] for index in kept))


def applies(item: Waiver | Attestation, region: str, rules: set[str]) -> bool:
    """Whether a record is for a submission of ``region`` whose pack has ``rules``."""
    return item.region is None or (same_region(item.region, region) and item.rule in rules)


def unnamed(file: RecordFile[Any] | None, option: str) -> list[InputError]:
    """Records that name no region, which a run over many regions cannot place."""
    if file is None:
        return []
    return [InputError(f"{option}: posten för regeln {item.rule} anger ingen region; för en "
                       "katalog eller en enkätexport ska varje post ange sin region "
                       "(region: …)", file.rule_locations[index])
            for index, item in enumerate(file.items) if item.region is None]


def unmatched(file: RecordFile[Any] | None, option: str,
              judged: list[tuple[str, set[str]]]) -> list[InputError]:
    """Records naming a region that no judged report (region, its rules) is for."""
    if file is None:
        return []
    return [InputError(f"{option}: posten för {item.region}, regeln {item.rule}, gäller ingen "
                       "bedömd region (ingen region med det namnet och den regeln)",
                       file.rule_locations[index])
            for index, item in enumerate(file.items)
            if item.region is not None and not any(
                applies(item, region, rules) for region, rules in judged)]
