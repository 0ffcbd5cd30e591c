"""A folder judged for a format that does not show evidence in an overview keeps only
each report's outline (each verdict's rule, title, severity and outcome, the payments
decided by points), a small part of the memory of a country's reports: every such format
must render that overview exactly as it renders the full one."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from helpers import FIXTURES

from compliance.reports.formats import FORMATS
from compliance.reports.target import Target
from compliance.results.overview import Overview, outline
from compliance.workspace.workspace import Workspace

AS_OF = dt.date(2024, 10, 1)
OVERVIEW_FORMATS = [name for name, fmt in FORMATS.items() if Overview in fmt.renders]


@pytest.fixture(scope="module")
def overviews() -> tuple[Overview, Overview]:
    full = Workspace(AS_OF).check(FIXTURES)
    slim = Workspace(AS_OF, evidence=False).check(FIXTURES)
    assert any(v.evidence for r in full.reports for v in r.verdicts)
    assert not any(v.evidence for r in slim.reports for v in r.verdicts)
    assert slim == replace(full, reports=[outline(r) for r in full.reports])
    return full, slim


@pytest.mark.parametrize("name", OVERVIEW_FORMATS)
def test_an_overview_without_evidence_renders_the_same_unless_the_format_shows_it(
        name: str, overviews: tuple[Overview, Overview]) -> None:
    full, slim = overviews
    fmt = FORMATS[name]
    same = fmt.render(full, Target(120)) == fmt.render(slim, Target(120))
    assert same is not fmt.overview_evidence, name
