"""How every benchmark here times. The machine is shared, so a target and its baseline
are always measured in the same run, in interleaved rounds (each round runs every
command once, in a rotated order), and reported as the best run (the one least disturbed
by the neighbours) and the median; the load average is printed beside them."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Wall times of one command or piece of work, in seconds."""

    times: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def best(work: Callable[[], object], rounds: int) -> float:
    """The shortest of ``rounds`` runs of ``work``, in seconds."""
    return interleaved({"work": work}, rounds)["work"].best


def run_command(argv: list[str]) -> Callable[[], object]:
    """Work that runs the command ``argv`` as a user starts it (start-up included)."""
    return lambda: subprocess.run(argv, capture_output=True, check=False)


def interleaved(works: dict[str, Callable[[], object]], rounds: int) -> dict[str, Timing]:
    """Each piece of work timed ``rounds`` times, round by round: every round runs each
    once, starting one further along each round, so that a busy moment of the machine
    falls on all of them alike."""
    names = list(works)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.perf_counter()
            works[name]()
            times[name].append(time.perf_counter() - start)
    return {name: Timing(tuple(values)) for name, values in times.items()}


def median_wall(argv: list[str], runs: int) -> float:
    """The median wall time of ``runs`` runs of the command ``argv``, in seconds."""
    return interleaved({"command": run_command(argv)}, runs)["command"].median


def load_average() -> str:
    """The machine's load average over 1, 5 and 15 minutes, as text."""
    return " ".join(f"{load:.2f}" for load in os.getloadavg())
