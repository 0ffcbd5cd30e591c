"""Fixtures every fuzz module shares: one warm child process that runs the commands
(``fuzz_support.Worker``) and a fresh folder for each generated input."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import Worker, register_summary


@pytest.fixture(scope="module")
def worker(request: pytest.FixtureRequest) -> Iterator[Worker]:
    register_summary(request.config)
    child = Worker()
    child.warm()
    yield child
    child.stop()


@pytest.fixture
def case_dir(tmp_path: Path) -> Iterator[Any]:
    """A fresh folder inside tmp_path for each generated input (hypothesis reuses one
    function-scoped tmp_path for all examples of a test)."""
    def fresh() -> Path:
        return Path(tempfile.mkdtemp(dir=tmp_path))
    yield fresh
