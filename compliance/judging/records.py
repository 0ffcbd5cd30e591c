"""When a waiver or an attestation is in force: from its date through its expiry."""

from __future__ import annotations

import datetime as dt


def not_in_force(rule: str, date: dt.date, expires: dt.date | None,
                 as_of: dt.date) -> str | None:
    """Why a record for ``rule`` does not apply on ``as_of`` (for the audit trail), or
    None when it does."""
    if expires is not None and expires < as_of:
        return f"{rule}: gick ut {expires.isoformat()} och tillämpas inte"
    if date > as_of:
        return f"{rule}: daterat {date.isoformat()}, efter bedömningsdatumet, och tillämpas inte"
    return None
