"""compliance: check a region's data against the national healthcare agreements' conditions."""

import sys

if sys.version_info >= (3, 13):  # durable-rules' C extension calls PyEval_CallObject
    raise SystemExit("fel: compliance kräver Python 3.11 eller 3.12: regelmotorn durable-rules "
                     f"fungerar inte på Python {sys.version_info.major}."
                     f"{sys.version_info.minor}.")

from compliance.judging.evaluate import evaluate, evaluate_many
from compliance.judging.files import check_file, read_submission
from compliance.packs.loader import find_pack, load_pack
from compliance.results.verdict import Outcome, Report, Severity, Verdict
from compliance.version import __version__

__all__ = [
    "Outcome", "Report", "Severity", "Verdict", "__version__", "check_file", "evaluate",
    "evaluate_many", "find_pack", "load_pack", "read_submission",
]
