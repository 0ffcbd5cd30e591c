"""How every benchmark here times: the best of several runs of in-process work (the run
least disturbed by the machine's neighbours), and the median wall time of a command as a
user starts it (process start-up included)."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable


def best(work: Callable[[], object], rounds: int) -> float:
    """The shortest of ``rounds`` runs of ``work``, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def median_wall(argv: list[str], runs: int) -> float:
    """The median wall time of ``runs`` runs of the command ``argv``, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
