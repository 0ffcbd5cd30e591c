"""compliance: check a region's data against the national healthcare agreements' conditions.

The public names below are imported when first used (PEP 562), so that ``import
compliance.cli`` or one reporter does not import the whole library first.
"""

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if sys.version_info >= (3, 13):  # durable-rules' C extension calls PyEval_CallObject
    raise SystemExit("fel: compliance kräver Python 3.11 eller 3.12: regelmotorn durable-rules "
                     f"fungerar inte på Python {sys.version_info.major}."
                     f"{sys.version_info.minor}.")

from compliance.version import __version__

if TYPE_CHECKING:
    from compliance.judging.evaluate import evaluate, evaluate_many
    from compliance.packs.loader import find_pack, load_pack
    from compliance.packs.shelf import Shelf
    from compliance.results.verdict import Outcome, Report, Severity, Verdict
    from compliance.workspace.workspace import Workspace

_HOMES = {
    "evaluate": "compliance.judging.evaluate", "evaluate_many": "compliance.judging.evaluate",
    "Workspace": "compliance.workspace.workspace", "Shelf": "compliance.packs.shelf",
    "find_pack": "compliance.packs.loader", "load_pack": "compliance.packs.loader",
    "Outcome": "compliance.results.verdict", "Report": "compliance.results.verdict",
    "Severity": "compliance.results.verdict", "Verdict": "compliance.results.verdict",
}

__all__ = [
    "Outcome", "Report", "Severity", "Shelf", "Verdict", "Workspace", "__version__",
    "evaluate", "evaluate_many", "find_pack", "load_pack",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'compliance' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)
