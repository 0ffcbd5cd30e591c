"""Limits on input values, in one place (docs/SECURITY.md says why each was chosen)."""

from __future__ import annotations

# Numbers the engine compares exactly: far below 2**53 and 2**63 even when summed.
MAX_MAGNITUDE = 10**12

# Dates a submission may carry, around the pack's period: a year before it starts (plans,
# decisions) to three years after it ends (late accounts, completions). Anything else is a
# typing error such as year 1 or 2204, never a date to judge a deadline by.
YEARS_BEFORE = 1
YEARS_AFTER = 3

# Characters of what a document says of itself (a Word form's comment property, an
# export's title rows) carried into a report as its own words.
MAX_SAID = 500
