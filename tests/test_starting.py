"""The command's start-up (``compliance/__main__.py``): the garbage collector is off only
while the modules are imported; the command itself runs with it on, and what the imports
built is frozen out of its sight. (Its other half, pydantic's plugins, is a feature:
``features/kommandot_som_process.feature``.)"""

from __future__ import annotations

import subprocess
import sys

from helpers import ROOT

# The command line's own entry replaced by one that reports the collector's state: what
# ``main`` leaves for the command to run with.
PROBE = """
import gc, sys
import compliance.cli
compliance.cli.main = lambda: print(gc.isenabled(), gc.get_freeze_count() > 0)
from compliance.__main__ import main
main()
"""


def test_the_command_runs_with_the_collector_on_and_the_imports_frozen() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout == "True True\n"


def test_importing_the_entry_module_runs_nothing() -> None:
    """The console script imports ``compliance.__main__`` and calls ``main`` itself; so
    does a worker process that re-imports the parent's main module."""
    done = subprocess.run([sys.executable, "-c", "import gc, compliance.__main__; "
                           "print(gc.isenabled(), gc.get_freeze_count())"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout == "True 0\n"


def test_the_models_a_check_validates_are_built_at_import_and_only_those() -> None:
    """Models are built when first used (``reading/strict.py``), except the two a check
    validates directly: a worker forked from a warm process (the web page's, a folder
    run's) inherits them built. A model that only appears inside another is not built on
    its own."""
    probe = ("from compliance.declared.form import Form, PackMeta\n"
             "from compliance.inputs.models import Envelope, Population\n"
             "print([m.__pydantic_complete__ for m in (PackMeta, Envelope, Form, Population)])")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout == "[True, True, False, False]\n"
