"""Benchmark: the whole country (21 generated regions) against both packs, in one process.

Prints the time per region with durable-rules and with a plain-Python loop that computes
the same verdicts in the same run (the conditions interpreted directly), their ratio,
and the median wall time of one `compliance check` run as a user starts it.

    python benchmarks/national.py [--rounds 5] [--cli-runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import replace
from pathlib import Path

from timing import best, median_wall

from compliance.inputs.models import Submission
from compliance.judging.evaluate import evaluate
from compliance.packs.pack import RulePack
from compliance.workspace.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2025, 6, 1)
REGIONS = 21


def generated_regions(seed: int = 2024) -> list[tuple[RulePack, Submission]]:
    """21 regions per pack, each Halland's submission with its numbers shaken."""
    rng = random.Random(seed)
    work = []
    for fixture in ("region-halland-2024.yaml", "region-halland-2023.yaml"):
        pack, base = Workspace().read(ROOT / "fixtures" / fixture)
        for index in range(REGIONS):
            series = {
                name: {month: {key: round(min(100.0, value + rng.uniform(-6, 3)), 1)
                               if isinstance(value, float | int) else value
                               for key, value in row.items()}
                       for month, row in rows.items()}
                for name, rows in base.series.items()
            }
            answers = {key: round(min(100.0, value * rng.uniform(0.8, 1.2)), 2)
                       if isinstance(value, float) else value
                       for key, value in base.answers.items()}
            work.append((pack, replace(base, region=f"Region {index + 1}", series=series,
                                       answers=answers)))
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=7)
    args = parser.parse_args()

    work = generated_regions()
    same = all(
        [(v.rule, v.outcome) for v in evaluate(p, s, AS_OF).verdicts]
        == [(v.rule, v.outcome) for v in evaluate(p, s, AS_OF, use_engine=False).verdicts]
        for p, s in work)
    engine = best(lambda: [evaluate(p, s, AS_OF) for p, s in work], args.rounds)
    plain = best(lambda: [evaluate(p, s, AS_OF, use_engine=False) for p, s in work],
                 args.rounds)
    print(f"{len(work)} evaluations ({REGIONS} regions x 2 packs), best of {args.rounds}")
    print(f"  durable-rules : {engine * 1000:8.1f} ms total, "
          f"{engine / len(work) * 1000:6.2f} ms per region and pack")
    print(f"  plain Python  : {plain * 1000:8.1f} ms total, "
          f"{plain / len(work) * 1000:6.2f} ms per region and pack")
    print(f"  ratio         : {engine / plain:8.1f}x (durable-rules / plain Python)")
    print(f"  same verdicts : {same}")
    median = median_wall([sys.executable, "-m", "compliance", "check",
                          str(ROOT / "fixtures" / "region-halland-2024.yaml"), "--format",
                          "json"], args.cli_runs)
    print(f"  one `compliance check` (median of {args.cli_runs}): {median:.3f} s")


if __name__ == "__main__":
    main()
