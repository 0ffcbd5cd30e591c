"""A country of 21 fictional regions for the national overview: each is one of the
2024 example submissions with its monthly figures shaken (seeded), written as YAML."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from helpers import FIXTURES
from ruamel.yaml import YAML

# The 21 regions' names with "(fiktiv)": the figures are generated, not theirs.
REGIONS = ("Stockholm", "Uppsala", "Sörmland", "Östergötland", "Jönköpings län", "Kronoberg",
           "Kalmar län", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland",
           "Värmland", "Örebro län", "Västmanland", "Dalarna", "Gävleborg", "Västernorrland",
           "Jämtland Härjedalen", "Västerbotten", "Norrbotten")
BASES = ("region-halland-2024.yaml", "region-nordmark-2024.yaml", "region-vastmark-2024.yaml")


def _shaken(rows: dict[Any, dict[str, Any]], rng: random.Random) -> dict[Any, dict[str, Any]]:
    """Percentages moved by -4…+2 points (at most 100), dates and other values kept."""
    return {month: {key: round(min(100.0, value + rng.uniform(-4, 2)), 1)
                    if isinstance(value, float) else value for key, value in row.items()}
            for month, row in rows.items()}


def write_country(folder: Path, seed: int = 21) -> list[Path]:
    """Write 21 submissions into ``folder``; returns their paths."""
    rng = random.Random(seed)
    yaml = YAML(typ="safe", pure=True)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, name in enumerate(REGIONS):
        data: dict[str, Any] = yaml.load((FIXTURES / BASES[index % len(BASES)])
                                         .read_text(encoding="utf-8"))
        data["region"] = f"Region {name} (fiktiv)"
        data["series"] = {series: _shaken(rows, rng) for series, rows in data["series"].items()}
        out = io.StringIO()
        yaml.dump(data, out)
        path = folder / f"region-{index + 1:02d}.yaml"
        path.write_text(out.getvalue(), encoding="utf-8")
        paths.append(path)
    return paths
