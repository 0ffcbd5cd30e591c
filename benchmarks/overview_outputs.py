"""Write every overview a folder run prints, for comparing two versions of the tool byte
for byte (the streamed overview must print exactly what the gathered one did).

    python benchmarks/overview_outputs.py OUT              # this checkout
    PYTHONPATH=/path/to/old python benchmarks/overview_outputs.py OLD_OUT
    diff -r OLD_OUT OUT

Folders: the bundled fixtures, and a generated land of more regions than one worker's
chunk (shaken figures, so that outcomes differ; some names twice, so that files are
named beside their regions; an unreadable file, a waiver list, a sub-folder; written as
``land`` beside OUT, replacing one there), each judged
at several as-of dates in every overview format; each command's standard output,
standard error (with the folder's path replaced) and exit code are kept.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
BASES = ("region-halland-2024.yaml", "region-nordmark-2024.yaml", "region-vastmark-2024.yaml",
         "region-halland-2023.yaml", "region-sydmark-2023.yaml")
DATES = ("2024-03-01", "2024-10-01", "2024-11-20", "2025-06-01")
FORMATS = ("json", "text", "csv")  # the overviews kept without evidence
WHOLE = ("html", "junit")  # with every region's evidence: only for the bundled fixtures


def _shaken(value: Any, rng: random.Random) -> Any:
    if isinstance(value, dict):
        return {key: _shaken(item, rng) for key, item in value.items()}
    if isinstance(value, float):
        return round(min(100.0, value + rng.uniform(-5, 2)), 1)
    return value


def write_land(folder: Path, count: int, seed: int = 25) -> Path:
    """``count`` submissions with shaken series; every seventh region's name repeats."""
    rng = random.Random(seed)
    yaml = YAML(typ="safe", pure=True)
    folder.mkdir(parents=True)
    for index in range(count):
        data: dict[str, Any] = yaml.load((FIXTURES / BASES[index % len(BASES)])
                                         .read_text(encoding="utf-8"))
        data["region"] = f"Region {index // 7 * 7 if index % 7 == 3 else index} (fiktiv)"
        data["series"] = _shaken(data.get("series", {}), rng)
        out = io.StringIO()
        yaml.dump(data, out)
        (folder / f"region-{index:04d}.yaml").write_text(out.getvalue(), encoding="utf-8")
    (folder / "trasig.yaml").write_text("pack: okad-tillganglighet-2024\nregion: [\n",
                                        encoding="utf-8")
    (folder / "undantag.yaml").write_text((FIXTURES / "undantag-nordmark-2024.yaml")
                                          .read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bilagor").mkdir()
    return folder


def run(folder: Path, as_of: str, fmt: str, out: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "compliance", "check", str(folder),
                           "--as-of", as_of, "--format", fmt], capture_output=True,
                          check=False)
    name = f"{folder.name}-{as_of}.{fmt}"
    (out / name).write_bytes(done.stdout)
    (out / f"{name}.stderr").write_bytes(done.stderr.replace(str(folder).encode(), b"DIR")
                                         + f"exit {done.returncode}\n".encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=130)
    args = parser.parse_args()
    args.out.mkdir(parents=True)
    land = args.out.parent / "land"
    shutil.rmtree(land, ignore_errors=True)
    write_land(land, args.count)
    for as_of in DATES:
        for fmt in FORMATS + WHOLE:
            run(FIXTURES, as_of, fmt, args.out)
        for fmt in FORMATS:
            run(land, as_of, fmt, args.out)
    print(f"wrote {len(list(args.out.iterdir()))} files to {args.out}")


if __name__ == "__main__":
    main()
