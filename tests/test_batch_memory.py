"""Memory stays bounded however many submissions one command judges.

durable-rules keeps about 1.3 MiB of every evaluation, even after its ruleset is deleted:
judged in one process, the 2 500 submissions here would need over 3 GiB. ``check DIR``
judges them in worker processes that are replaced every ``judging.batch.CHUNK``
submissions, so the whole process tree (the command, the fork server, the workers) stays
within a bound that does not grow with the folder. The command itself keeps only each
report's outline, one object per distinct verdict, and writes the JSON as it encodes it:
it ends hardly larger than for a short folder. Measured by sampling the resident set of
every process of the tree; the folder is large enough that a leak shows, and small
enough to take well under a minute on a shared two-core machine.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

import psutil

from compliance.judging import batch

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
COUNT = 2_500
# The command with its results (a few KiB a report: a JSON overview keeps no evidence),
# the fork server and, per core, a worker's modules, packs and at most CHUNK leaked
# evaluations (measured on two cores: about 65 + 50 + 2 × 88 MiB).
BOUND_MIB = 160 + batch.cores() * 130
# What the command keeps of 2 500 reports beyond what it keeps of 60 (measured: 7 MiB;
# 27 when it kept every report and built the JSON as one string).
GROWTH_MIB = 14


def _tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # it ended between listing and reading
            total += member.memory_info().rss
    return total


def _judged(folder: Path, count: int) -> tuple[int, int]:
    """The peak resident memory of the process tree and of the command alone, judging
    ``count`` submissions; their JSON overview is checked whole."""
    folder.mkdir()
    texts = [(FIXTURES / name).read_text(encoding="utf-8")
             for name in ("region-halland-2024.yaml", "region-halland-2023.yaml")]
    for index in range(count):
        text = texts[index % 2].replace("Region Halland", f"Region {index:05d}")
        (folder / f"{index:05d}.yaml").write_text(text, encoding="utf-8")
    out = folder.with_suffix(".json")
    with out.open("wb") as stdout:
        process = psutil.Popen([sys.executable, "-m", "compliance", "check", str(folder),
                                "--format", "json", "--as-of", "2025-06-01"],
                               stdout=stdout, stderr=subprocess.PIPE)
        peak = own = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process))
            with contextlib.suppress(psutil.Error):
                own = max(own, process.memory_info().rss)
            time.sleep(0.05)
    assert process.returncode in (0, 1), process.stderr.read() if process.stderr else ""
    overview = json.loads(out.read_text(encoding="utf-8"))
    assert sum(len(pack["outcomes"]) for pack in overview["packs"].values()) == count
    assert overview["errors"] == []
    return peak, own


def test_a_folder_of_2500_submissions_stays_within_a_memory_bound(tmp_path: Path) -> None:
    peak, own = _judged(tmp_path / "land", COUNT)
    assert peak < BOUND_MIB * 2**20, f"peak {peak / 2**20:.0f} MiB, bound {BOUND_MIB} MiB"
    _, short = _judged(tmp_path / "kort", 60)  # in workers too, the same way
    assert own - short < GROWTH_MIB * 2**20, \
        f"the command: {own / 2**20:.0f} MiB, for 60 submissions {short / 2**20:.0f} MiB"
