"""A command imports what it needs: a JSON report never imports rich (the text format's
library, and typer's for help screens), checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
from compliance.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
loaded = sorted(m for m in sys.modules if m == "rich" or m.startswith("rich.")
                or m in ("typer.rich_utils", "compliance.reports.terminal"))
sys.stderr.write("LOADED " + " ".join(loaded) + "\\n")
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    line = next(row for row in done.stderr.splitlines() if row.startswith("LOADED"))
    return line.split()[1:]


def test_a_json_report_never_imports_rich() -> None:
    assert _loaded("check", "fixtures/region-halland-2024.yaml", "--format", "json",
                   "--as-of", "2025-06-01") == []
    assert _loaded("check", "fixtures", "--format", "json", "--as-of", "2025-06-01") == []


def test_a_text_report_does_import_it() -> None:  # the probe can see rich when it is there
    assert "rich" in _loaded("check", "fixtures/region-halland-2024.yaml",
                             "--as-of", "2025-06-01")
