"""Benchmark: a national survey export of 21 regions → the national overview.

Builds an export of 21 rows from the bundled one (its five regions repeated under
fictional names), as .xlsx and as CSV, and times ``check_export`` (read, map the columns,
validate every row, evaluate every region with durable-rules) against only reading the
same file's bytes, in the same run; it also shows how much of it is reading and validating
the rows (``read_export``) rather than judging them. Best of ``--repeat`` runs each.

    python benchmarks/survey_export.py [--regions 21] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

from timing import best

from compliance.judging.survey import check_export, read_export

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "fixtures" / "enkatexport" / "enkatexport-god-och-nara-vard-2023.csv"
PACK = "god-och-nara-vard-2023"


def rows(regions: int) -> list[list[str]]:
    table = list(csv.reader(io.StringIO(BUNDLED.read_text("utf-8-sig")), delimiter=";"))
    header, body = table[1], table[2:]  # below the bundled file's title row
    region = header.index("Region")
    out = [header]
    for number in range(regions):
        row = list(body[number % len(body)])
        row[region] = f"Region {number + 1:02d} (fiktiv)"
        out.append(row)
    return out


def write(folder: Path, table: list[list[str]]) -> tuple[Path, Path]:
    text = io.StringIO()
    csv.writer(text, delimiter=";", lineterminator="\r\n").writerows(table)
    csv_path = folder / "export.csv"
    csv_path.write_bytes(text.getvalue().encode("utf-8-sig"))
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in table:
        sheet.append(row)
    xlsx_path = folder / "export.xlsx"
    book.save(xlsx_path)
    return csv_path, xlsx_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--regions", type=int, default=21)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    as_of = dt.date(2024, 6, 1)
    with tempfile.TemporaryDirectory() as folder:
        for path in write(Path(folder), rows(args.regions)):
            overview = check_export(path, PACK, as_of)
            assert len(overview.reports) == args.regions and not overview.errors
            ours = best(lambda path=path: check_export(path, PACK, as_of), args.repeat)
            rows_only = best(lambda path=path: read_export(path, PACK), args.repeat)
            raw = best(path.read_bytes, args.repeat)
            print(f"{args.regions} regions, {path.suffix}: overview {ours * 1000:.0f} ms, of "
                  f"which reading and validating the rows {rows_only * 1000:.0f} ms; reading "
                  f"the bytes {raw * 1000:.3f} ms; ratio {ours / raw:,.0f}x")


if __name__ == "__main__":
    main()
