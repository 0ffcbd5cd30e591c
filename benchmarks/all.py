"""Every benchmark in one run, as ratios measured in that same run.

    python benchmarks/all.py [--runs 5] [--quick]

1. the import floor (``python -c "import pydantic, ruamel.yaml, rich, durable.lang"``),
   one ``compliance check FILE --format json`` and the country from disk (21 regions ×
   2 packs, ``compliance check DIR --format json``), each as the median of ``--runs``;
2. ``evaluate()`` on the 42 submissions in memory, against the plain-Python
   interpretation of the same conditions and against durable-rules alone (its ruleset
   registered and the facts asserted, nothing judged);
3. folders of 1, 21, 210 and 2 100 regions per pack from disk: wall time and the peak
   resident memory of the whole process tree (the command and its workers), sampled;
4. unit logs of 100 000, 200 000 and 1 000 000 CSV rows (the most a log may have), and
   100 000 rows as .xlsx.

``--quick`` leaves out the 2 100-region folder and the .xlsx log; ``--huge`` adds a folder of
21 000 regions (42 000 files, some ten minutes on two cores). Needs psutil (in the test
extra) for the memory figures.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from national import AS_OF, generated_regions  # noqa: E402
from timing import best, median_wall  # noqa: E402
from unit_log import write_log  # noqa: E402

from compliance.engine import durable  # noqa: E402
from compliance.errors import InputError  # noqa: E402
from compliance.judging.evaluate import evaluate, facts_for  # noqa: E402
from compliance.workspace.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
FLOOR = [sys.executable, "-c", "import pydantic, ruamel.yaml, rich, durable.lang"]


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "compliance", *map(str, args)]


def tree_peak(argv: list[str]) -> tuple[float, int, int]:
    """Wall time, the peak resident memory of the process and its descendants (summed,
    sampled every 20 ms) and the exit code."""
    start = time.perf_counter()
    process = psutil.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        total = 0
        for member in [process, *process.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += member.memory_info().rss
        peak = max(peak, total)
        time.sleep(0.02)
    return time.perf_counter() - start, peak, process.returncode


def region_folder(folder: Path, per_pack: int) -> Path:
    """``per_pack`` regions for each pack: Halland's two submissions, renamed."""
    folder.mkdir(parents=True)
    for name in ("region-halland-2024.yaml", "region-halland-2023.yaml"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        for index in range(per_pack):
            (folder / f"{index:05d}-{name}").write_text(
                text.replace("Region Halland", f"Region {index + 1}"), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--huge", action="store_true")
    args = parser.parse_args()
    # An installed package has its bytecode compiled (pip does it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours at every start,
    # while the libraries of the import floor are read compiled.
    compileall.compile_dir(ROOT / "compliance", quiet=1)
    work = tempfile.TemporaryDirectory()
    tmp = Path(work.name)

    print("1. Start-up and the country from disk (median of", args.runs, "runs)")
    floor = median_wall(FLOOR, args.runs)
    one = median_wall(command("check", FIXTURES / "region-halland-2024.yaml", "--format",
                              "json", "--as-of", AS_OF.isoformat()), args.runs)
    country = region_folder(tmp / "country", 21)
    whole = median_wall(command("check", country, "--format", "json", "--as-of",
                                AS_OF.isoformat()), args.runs)
    print(f"  import floor                          {floor:7.3f} s   1.0x")
    print(f"  one check, JSON                       {one:7.3f} s {one / floor:5.1f}x")
    print(f"  country (21 x 2 packs) from disk      {whole:7.3f} s {whole / floor:5.1f}x")

    print("2. evaluate() on 42 submissions in memory (best of 5)")
    regions = generated_regions()
    engine = best(lambda: [evaluate(p, s, AS_OF) for p, s in regions], 5)
    plain = best(lambda: [evaluate(p, s, AS_OF, use_engine=False) for p, s in regions], 5)
    prepared = [({rule.id: rule.matches() for rule in pack.rules if rule.phase == 1},
                 facts_for(pack, submission).facts) for pack, submission in regions]
    raw = best(lambda: [durable.run(matches, facts) for matches, facts in prepared], 5)
    same = all([(v.rule, v.outcome) for v in evaluate(p, s, AS_OF).verdicts]
               == [(v.rule, v.outcome) for v in evaluate(p, s, AS_OF, use_engine=False).verdicts]
               for p, s in regions)
    print(f"  evaluate(), durable-rules             {engine * 1000:7.1f} ms "
          f"{engine / plain:5.1f}x  ({engine / len(regions) * 1000:.2f} ms a submission)")
    print(f"  evaluate(), plain Python              {plain * 1000:7.1f} ms   1.0x")
    print(f"  durable-rules alone (assert facts)    {raw * 1000:7.1f} ms {raw / plain:5.1f}x")
    print(f"  same verdicts both ways: {same}")

    print("3. Folders of regions from disk: time and peak memory of the process tree")
    sizes = (1, 21, 210) if args.quick else (1, 21, 210, 2100)
    sizes += (21_000,) if args.huge else ()
    for size in sizes:
        folder = region_folder(tmp / f"f{size}", size)
        wall, peak, code = tree_peak(command("check", folder, "--format", "json", "--as-of",
                                             AS_OF.isoformat()))
        print(f"  {size:5d} regions x 2 packs  {wall:7.2f} s  "
              f"{wall / (2 * size) * 1000:6.1f} ms a submission  peak {peak / 2**20:6.0f} MiB"
              f"  (exit {code})")

    print("4. Unit logs (read + evaluate the submission with them)")
    for rows in (100_000, 200_000, 1_000_000):
        log = tmp / f"logg-{rows}.csv"
        write_log(log, rows)
        start = time.perf_counter()
        try:
            Workspace(AS_OF, log=log).check_document(FIXTURES / "region-halland-2024.yaml")
            outcome = "read"
        except InputError as exc:
            outcome = f"refused: {exc.message}"
        print(f"  {rows:9d} CSV rows   {time.perf_counter() - start:6.2f} s  {outcome}")
    if not args.quick:
        from openpyxl import Workbook
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        with (tmp / "logg-100000.csv").open(encoding="utf-8") as handle:
            for row in csv.reader(handle):
                sheet.append(row)
        book.save(tmp / "logg.xlsx")
        start = time.perf_counter()
        Workspace(AS_OF, log=tmp / "logg.xlsx").check_document(
            FIXTURES / "region-halland-2024.yaml")
        print(f"     100000 xlsx rows  {time.perf_counter() - start:6.2f} s  read")
    work.cleanup()


if __name__ == "__main__":
    main()
