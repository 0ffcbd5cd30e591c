"""Benchmark: a folder of 21 filled Word forms → the national overview, from disk.

Writes 21 forms (the three regions' forms in fixtures/formular, each under seven region
names) into a temporary folder, then times in the same run:

- reading the 21 files' bytes (the floor: nothing is parsed),
- `Workspace.check()` on the folder as `compliance check FOLDER/` runs it: open and check
  every zip, read the forms with python-docx, validate, evaluate with durable-rules and
  build the overview (the rule packs are loaded once per process, in the first round);
- the same folder as one `compliance check FOLDER --format json` process, as a user
  starts it (interpreter start and pack loading included).

    python benchmarks/forms.py [--rounds 5] [--cli-runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
import tempfile
from pathlib import Path
from typing import Any

from timing import best, median_wall

from compliance.workspace.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2024, 10, 1)
REGIONS = 21


def _make_forms() -> Any:
    """The repository's form generator (fixtures/make_forms.py)."""
    spec = importlib.util.spec_from_file_location("make_forms",
                                                  ROOT / "fixtures" / "make_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_forms"] = module
    spec.loader.exec_module(module)
    return module


def write_forms(folder: Path) -> list[Path]:
    """21 filled forms: the fixtures' three regions, each under seven region names."""
    make_forms = _make_forms()
    filled = [values for name, values, _ in make_forms.forms() if name.startswith("formular/")]
    paths = []
    for index in range(REGIONS):
        values = {**filled[index % len(filled)], "region": f"Region {index + 1:02d}"}
        path = folder / f"region-{index + 1:02d}.docx"
        path.write_bytes(make_forms.to_bytes(make_forms.build(values)))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        paths = write_forms(folder)
        size = sum(path.stat().st_size for path in paths)
        overview = Workspace(AS_OF).check(folder)  # loads the packs once, as a process does
        assert len(overview.reports) == REGIONS and not overview.errors, overview.errors
        read = best(lambda: [path.read_bytes() for path in paths], args.rounds)
        judged = best(lambda: Workspace(AS_OF).check(folder), args.rounds)
        cli = median_wall([sys.executable, "-m", "compliance", "check", str(folder),
                           "--format", "json", "--as-of", AS_OF.isoformat()], args.cli_runs)
    print(f"{REGIONS} Word-formulär ({size / 1024:.0f} kB), bäst av {args.rounds} varv:")
    print(f"  läsa filernas byte:              {read * 1000:8.2f} ms")
    print(f"  nationell översikt (Workspace.check): {judged * 1000:8.1f} ms "
          f"({judged / REGIONS * 1000:.1f} ms per formulär)")
    print(f"  kvot översikt / läsa byte:       {judged / read:8.0f}×")
    print(f"  compliance check KATALOG (process, median av {args.cli_runs}): "
          f"{cli * 1000:.0f} ms")


if __name__ == "__main__":
    main()
