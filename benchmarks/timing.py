"""How every benchmark here times. The machine is shared, so a target and its baseline
are always measured in the same run, in interleaved rounds (each round runs every piece
of work once, in a rotated order, so that a busy moment falls on all of them alike), and
reported as the best run (the one least disturbed by the neighbours) and the median.
Beside the wall time, the CPU time (this process's and its finished children's) is kept:
neighbours stretch it far less than the wall time."""

from __future__ import annotations

import contextlib
import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass

import psutil


@dataclass(frozen=True)
class Timing:
    """Wall and CPU times of one command or piece of work, in seconds, one per round."""

    walls: tuple[float, ...]
    cpus: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.walls)

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu(self) -> float:
        """The least CPU time of a round."""
        return min(self.cpus)


def _cpu() -> float:
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


def interleaved(works: dict[str, Callable[[], object]], rounds: int) -> dict[str, Timing]:
    """Each piece of work timed ``rounds`` times, round by round, starting one further
    along each round."""
    names = list(works)
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            cpu, start = _cpu(), time.perf_counter()
            works[name]()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(_cpu() - cpu)
    return {name: Timing(tuple(walls[name]), tuple(cpus[name])) for name in names}


def best(work: Callable[[], object], rounds: int) -> float:
    """The shortest of ``rounds`` runs of ``work``, in seconds."""
    return interleaved({"work": work}, rounds)["work"].best


def run_command(argv: list[str]) -> Callable[[], object]:
    """Work that runs the command ``argv`` as a user starts it (start-up included)."""
    return lambda: subprocess.run(argv, capture_output=True, check=False)


def median_wall(argv: list[str], runs: int) -> float:
    """The median wall time of ``runs`` runs of the command ``argv``, in seconds."""
    return interleaved({"command": run_command(argv)}, runs)["command"].median


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes, as text."""
    return " ".join(f"{load:.2f}" for load in os.getloadavg())


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of ``process`` and all its children, in bytes (gone ones count 0)."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += member.memory_info().rss
    return total
