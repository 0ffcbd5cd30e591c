"""Shared test setup. Step definitions live in step modules grouped by domain words."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["steps_submission", "steps_report", "steps_packs", "steps_overview",
                  "steps_readiness", "steps_inputs"]

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
