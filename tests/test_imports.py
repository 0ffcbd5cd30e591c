"""A command imports what it needs, checked in a fresh interpreter: a JSON report never
imports rich (the text format's library), and checking one
YAML submission imports none of the readers and writers other inputs and formats need."""

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
HEAVY = ("rich", "compliance.reports.terminal", "docx", "lxml", "jinja2",
         "openpyxl", "python_calamine", "concurrent.futures.process", "compliance.authoring",
         "difflib")
loaded = sorted({h for h in HEAVY for m in sys.modules if m == h or m.startswith(h + ".")})
sys.stderr.write("LOADED " + " ".join(loaded) + "\\n")
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    line = next(row for row in done.stderr.splitlines() if row.startswith("LOADED"))
    return line.split()[1:]


def test_one_json_check_imports_no_other_readers_or_formats() -> None:
    assert _loaded("check", "fixtures/region-halland-2024.yaml", "--format", "json",
                   "--as-of", "2025-06-01") == []


def test_a_json_report_never_imports_rich() -> None:
    loaded = _loaded("check", "fixtures", "--format", "json", "--as-of", "2025-06-01")
    assert not {"rich", "compliance.reports.terminal"} & set(loaded)


def test_the_probe_sees_what_a_command_imports() -> None:
    assert "lxml" in _loaded("check", "fixtures/formular/region-halland-2024.docx", "--format",
                             "json", "--as-of", "2025-06-01")
    assert "jinja2" in _loaded("check", "fixtures/region-halland-2024.yaml", "--format",
                               "html", "--as-of", "2025-06-01")


def test_a_text_report_does_import_it() -> None:  # the probe can see rich when it is there
    assert "rich" in _loaded("check", "fixtures/region-halland-2024.yaml",
                             "--as-of", "2025-06-01")
