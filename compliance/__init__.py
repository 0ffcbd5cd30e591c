"""compliance: check a region's data against the national healthcare agreements' conditions."""

from .evaluate import check_file, evaluate, read_submission
from .pack import find_pack, load_pack
from .verdict import Outcome, Report, Severity, Verdict
from .version import __version__

__all__ = [
    "Outcome", "Report", "Severity", "Verdict", "__version__", "check_file", "evaluate",
    "find_pack", "load_pack", "read_submission",
]
