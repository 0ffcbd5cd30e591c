"""Every benchmark in one run: each target beside its baseline, measured in that same run.

    python benchmarks/all.py [--runs 7] [--quick] [--huge] [--strict]

Targets and their baselines (each pair timed in interleaved rounds, see ``timing.py``):

1. one ``compliance check FILE --format json`` and the country from disk (21 regions ×
   2 packs, ``compliance check DIR --format json``), against the import floor
   ``python -c "import pydantic, ruamel.yaml, rich, durable.lang"``;
2. ``evaluate()`` on 42 submissions in memory, against the plain-Python interpretation of
   the same conditions (and durable-rules alone: its ruleset registered, facts asserted);
3. a unit log of 1 000 000 CSV rows read with a submission, against ``csv`` counting the
   same rows; 100 000 rows as .xlsx, against python-calamine reading the same file alone;
4. folders of 1, 21, 210 and 2 100 regions per pack from disk: wall time and the peak
   resident memory of the whole process tree (the command and its workers), sampled,
   and of the command alone (what it keeps of the results and its writing of the JSON).

The table gives, per target, the best and median time (or the peak memory), the
baseline's, their ratio (best to best; the median ratio beside it), the ratio of CPU
times (neighbours on a shared machine stretch it far less than the wall time), the goal
and whether it is met. The load average is printed before and after each part.
``--quick`` leaves out the 2 100-region folder and the 1 000 000-row log; ``--huge`` adds
a folder of 21 000 regions (42 000 files, some ten minutes on two cores). ``--strict``
exits with 1 when a goal is missed (otherwise the exit code is 0: a benchmark reports).
Needs psutil (in the test extra) for the memory figures.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import csv
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from national import AS_OF, generated_regions  # noqa: E402
from timing import Timing, interleaved, load_average, run_command, tree_rss  # noqa: E402
from unit_log import plain_count, write_log  # noqa: E402

from compliance.engine import durable  # noqa: E402
from compliance.judging.evaluate import evaluate, facts_for  # noqa: E402
from compliance.workspace.workspace import Workspace  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FLOOR = [sys.executable, "-c", "import pydantic, ruamel.yaml, rich, durable.lang"]


@dataclass(frozen=True)
class Row:
    """One target beside its baseline; ``goal`` bounds the ratio (or, without a
    baseline, the measured figure itself)."""

    target: str
    measured: Timing
    baseline: Timing | None = None
    goal: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.measured.best / self.baseline.best if self.baseline else None

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return (self.ratio if self.ratio is not None else self.measured.best) <= self.goal


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "compliance", *map(str, args)]


def machine() -> str:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def show(rows: list[Row], unit: str = "s") -> None:
    scale = 1000 if unit == "ms" else 1
    for row in rows:
        m = row.measured
        text = f"  {row.target:34s} {m.best * scale:8.3f} {m.median * scale:8.3f} {unit}"
        if row.baseline is not None:
            b = row.baseline
            text += (f"  | {b.best * scale:8.3f} {b.median * scale:8.3f} {unit}"
                     f"  | {row.ratio:5.2f}x (median {m.median / b.median:4.2f}x,"
                     f" CPU {m.cpu / b.cpu:4.2f}x)")
        if row.goal is not None:
            text += f"  goal ≤ {row.goal:g}{'x' if row.baseline else ' ' + unit}: " \
                    f"{'met' if row.met else 'MISSED'}"
        print(text)


def part(title: str, header: bool = True) -> None:
    print(f"\n{title}   [load average {load_average()}]")
    if header:
        print(f"  {'target':34s} {'best':>8s} {'median':>8s}     | baseline best, median"
              "      | ratio")


def tree_peak(argv: list[str]) -> tuple[float, int, int, int]:
    """Wall time, the peak resident memory of the process and its descendants (summed,
    sampled every 20 ms), the process's own peak (what it keeps of the results) and the
    exit code."""
    start = time.perf_counter()
    process = psutil.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = own = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process))
        with contextlib.suppress(psutil.Error):
            own = max(own, process.memory_info().rss)
        time.sleep(0.02)
    return time.perf_counter() - start, peak, own, process.returncode


def region_folder(folder: Path, per_pack: int) -> Path:
    """``per_pack`` regions for each pack: Halland's two submissions, renamed."""
    folder.mkdir(parents=True)
    for name in ("region-halland-2024.yaml", "region-halland-2023.yaml"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        for index in range(per_pack):
            (folder / f"{index:05d}-{name}").write_text(
                text.replace("Region Halland", f"Region {index + 1}"), encoding="utf-8")
    return folder


def start_up(tmp: Path, runs: int) -> list[Row]:
    country = region_folder(tmp / "country", 21)
    as_of = AS_OF.isoformat()
    times = interleaved({
        "floor": run_command(FLOOR),
        "one": run_command(command("check", FIXTURES / "region-halland-2024.yaml",
                                   "--format", "json", "--as-of", as_of)),
        "country": run_command(command("check", country, "--format", "json", "--as-of",
                                       as_of)),
    }, runs)
    return [Row("import floor", times["floor"]),
            Row("one check, JSON", times["one"], times["floor"], 2.5),
            Row("country (21 x 2 packs) from disk", times["country"], times["floor"], 6.0)]


def in_memory(runs: int) -> list[Row]:
    regions = generated_regions()
    prepared = [({rule.id: rule.matches() for rule in pack.rules if rule.phase == 1},
                 facts_for(pack, submission).facts) for pack, submission in regions]
    times = interleaved({
        "engine": lambda: [evaluate(p, s, AS_OF) for p, s in regions],
        "plain": lambda: [evaluate(p, s, AS_OF, use_engine=False) for p, s in regions],
        "raw": lambda: [durable.run(matches, facts) for matches, facts in prepared],
    }, runs)
    same = all([(v.rule, v.outcome) for v in evaluate(p, s, AS_OF).verdicts]
               == [(v.rule, v.outcome) for v in evaluate(p, s, AS_OF, use_engine=False).verdicts]
               for p, s in regions)
    print(f"  (42 submissions; the same verdicts both ways: {same})")
    return [Row("evaluate(), durable-rules", times["engine"], times["plain"]),
            Row("durable-rules alone (assert facts)", times["raw"], times["plain"])]


def unit_logs(tmp: Path, runs: int, quick: bool) -> list[Row]:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    submission = FIXTURES / "region-halland-2024.yaml"
    rows = []
    for count in () if quick else (1_000_000,):
        log = tmp / f"logg-{count}.csv"
        write_log(log, count)
        times = interleaved({
            "ours": lambda log=log: Workspace(AS_OF, log=log).check_document(submission),
            "csv": lambda log=log: plain_count(log),
        }, max(2, runs // 3))
        rows.append(Row(f"{count} CSV rows, read + judged", times["ours"], times["csv"]))
    log = tmp / "logg-100000.csv"
    write_log(log, 100_000)
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    with log.open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    excel = tmp / "logg.xlsx"
    book.save(excel)
    times = interleaved({
        "ours": lambda: Workspace(AS_OF, log=excel).check_document(submission),
        "calamine": lambda: CalamineWorkbook.from_path(str(excel)).get_sheet_by_index(0)
        .to_python(),
    }, runs)
    rows.append(Row("100000 xlsx rows, read + judged", times["ours"], times["calamine"], 1.6))
    return rows


def folders(tmp: Path, sizes: tuple[int, ...]) -> list[Row]:
    rows = []
    for size in sizes:
        folder = region_folder(tmp / f"f{size}", size)
        wall, peak, own, code = tree_peak(command("check", folder, "--format", "json",
                                                  "--as-of", AS_OF.isoformat()))
        print(f"  {size:5d} regions x 2 packs  {wall:7.2f} s  "
              f"{wall / (2 * size) * 1000:6.1f} ms a submission  peak {peak / 2**20:6.0f} MiB"
              f" (the command {own / 2**20:4.0f})  (exit {code})")
        if size == 21_000:
            mib = peak / 2**20
            rows.append(Row("21000 regions, peak MiB", Timing((mib,), (mib,)), goal=400))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--huge", action="store_true")
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    # An installed package has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours at every start,
    # while the libraries of the import floor are read compiled.
    compileall.compile_dir(ROOT / "compliance", quiet=1)
    print(f"Machine: {machine()}; {args.runs} interleaved rounds")
    judged: list[Row] = []
    with tempfile.TemporaryDirectory() as work:
        tmp = Path(work)
        part("1. Start-up and the country from disk, against the import floor")
        judged += start_up(tmp, args.runs)
        show(judged[-3:])
        part("2. evaluate() on 42 submissions in memory, against plain Python")
        rows = in_memory(args.runs)
        show(rows, "ms")
        part("3. Unit logs, against reading the same file alone")
        rows = unit_logs(tmp, args.runs, args.quick)
        judged += rows
        show(rows)
        part("4. Folders of regions from disk: time and peak memory of the process tree",
             header=False)
        sizes = (1, 21, 210) if args.quick else (1, 21, 210, 2100)
        rows = folders(tmp, sizes + ((21_000,) if args.huge else ()))
        judged += rows
        show(rows, "MiB")
    print(f"\n[load average {load_average()}]")
    missed = [row.target for row in judged if row.met is False]
    print("Goals missed: " + (", ".join(missed) if missed else "none"))
    if args.strict and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
