"""Benchmark: a unit-level reporting log of 100 000 rows, read and evaluated.

Prints the time to read the log (CSV, and Excel with --xlsx) and to evaluate the
submission with it, next to a plain-Python count of the same rows in the same run.

    python benchmarks/unit_log.py [--rows 100000] [--xlsx]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import tempfile
import time
from pathlib import Path

from compliance.workspace.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["unit_id", "unit_name", "month", "expected", "reported_waiting", "reported_actual",
          "delivered"]


def write_log(path: Path, rows: int) -> None:
    units = rows // 12
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for month in range(1, 13):
            for unit in range(units):
                reported = "nej" if unit % 40 == 0 else "ja"
                writer.writerow([f"E{unit}", f"Enhet {unit}", f"2024-{month:02d}", "ja",
                                 reported, "ja", f"2024-{month:02d}-28"])


def plain_count(path: Path) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            tally = counts.setdefault(row["month"], [0, 0])
            tally[0] += row["expected"] == "ja"
            tally[1] += row["expected"] == "ja" and row["reported_waiting"] == "ja"
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx", action="store_true", help="also time an Excel copy")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "logg.csv"
        write_log(log, args.rows)
        start = time.perf_counter()
        plain_count(log)
        plain = time.perf_counter() - start
        start = time.perf_counter()
        report = Workspace(dt.date(2025, 6, 1), log=log).check_document(
            ROOT / "fixtures" / "region-halland-2024.yaml")
        ours = time.perf_counter() - start
        print(f"{args.rows} rows: read + evaluate {ours:.2f} s; plain-Python count "
              f"{plain:.2f} s; ratio {ours / plain:.1f}x; exit code {report.exit_code}")
        if args.xlsx:
            from openpyxl import Workbook
            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            with log.open(encoding="utf-8") as handle:
                for row in csv.reader(handle):
                    sheet.append(row)
            excel = Path(folder) / "logg.xlsx"
            book.save(excel)
            start = time.perf_counter()
            Workspace(dt.date(2025, 6, 1), log=excel).check_document(
                ROOT / "fixtures" / "region-halland-2024.yaml")
            print(f"{args.rows} rows as .xlsx: read + evaluate "
                  f"{time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
