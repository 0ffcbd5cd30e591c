"""Where one check's time goes: the import layers under it, each its own process.

    python benchmarks/startup.py [--runs 11]

Each row is a process that does one layer more than the row above it, all timed in the
same interleaved rounds (see ``timing.py``): the interpreter alone, the import floor of
``all.py``, click, what building a pydantic model imports (``pydantic.main`` and its
types), ``importlib.metadata`` (pydantic's plugin loader imports it at the first model
it builds, whatever ``PYDANTIC_DISABLE_PLUGINS`` says), our modules as the command imports
them (``compliance/__main__.py``: collector off, plugins not looked for), and the whole
``compliance check FILE --format json``. Every row but the last ends with ``os._exit``,
as the command does, so that no row pays the interpreter's teardown; the row's "layer"
column is what it adds to the row above. Two pairs show what the command's start-up buys:
everything the command imports, with the collector off (as the command does) and on; the
whole check, and the same with pydantic's plugins looked for (``PYDANTIC_DISABLE_PLUGINS``
set empty).

Then, in this process's children, the import of our modules split by what it spends its
time on: generating dataclasses, building pydantic models and TypeAdapters, compiling
regular expressions, and the rest (reading bytecode, running module bodies).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from timing import interleaved, load_average, run_command

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "fixtures" / "region-halland-2024.yaml"
FLOOR = "import pydantic, ruamel.yaml, rich, durable.lang"
END = "; import os; os._exit(0)"
OURS = ("import gc, os; os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__'); "
        "gc.disable(); import compliance.cli")
LAYERS = {
    "interpreter": "pass",
    "import floor": FLOOR,
    "+ click": f"{FLOOR}, click",
    "+ pydantic.main and types": f"{FLOOR}, click, json, pydantic.main, pydantic.types",
    "+ importlib.metadata": f"{FLOOR}, click, json, pydantic.main, pydantic.types, "
                            "importlib.metadata",
    "+ our modules (as the command)": f"{FLOOR}, click; {OURS}",
}

# Run in a child: the import of compliance.cli with each kind of generated code timed
# (outermost calls only), after the libraries are in.
SPLIT = """
import gc, os, time, dataclasses, enum, re
gc.disable(); os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
import click, json, importlib.metadata, pydantic.main, pydantic.types, ruamel.yaml, durable.lang
from pydantic import TypeAdapter
from pydantic._internal import _model_construction
spent, count, depth = {}, {}, [0]
def timed(owner, name, kind):
    original = getattr(owner, name)
    def wrapper(*args, **kwargs):
        depth[0] += 1
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[kind] = spent.get(kind, 0) + time.perf_counter() - start
                count[kind] = count.get(kind, 0) + 1
    setattr(owner, name, wrapper)
timed(dataclasses, "_process_class", "dataclasses")
timed(_model_construction.ModelMetaclass, "__new__", "pydantic models")
timed(TypeAdapter, "__init__", "TypeAdapters")
timed(enum.EnumType, "__new__", "enums")
timed(re, "_compile", "regular expressions")
start = time.perf_counter()
import compliance.cli
total = time.perf_counter() - start
spent["rest"], count["rest"] = total - sum(spent.values()), 0
print(json.dumps([total, spent, count]))
os._exit(0)
"""


def _with_environment(argv: list[str], **variables: str) -> Callable[[], object]:
    environment = {**os.environ, **variables}
    return lambda: subprocess.run(argv, capture_output=True, env=environment, check=False)


def split(runs: int) -> None:
    """The least of ``runs`` children's times for each kind of work."""
    results = [json.loads(subprocess.run([sys.executable, "-c", SPLIT], cwd=ROOT,
                                         capture_output=True, text=True, check=True).stdout)
               for _ in range(runs)]
    total = min(result[0] for result in results)
    print(f"\nImporting our modules (compliance.cli, libraries already in): "
          f"{total * 1000:.1f} ms at best, of which [load average {load_average()}]")
    for kind, count in results[0][2].items():
        least = min(result[1][kind] for result in results)
        print(f"  {kind:22s} {least * 1000:6.1f} ms" + (f"  ({count})" if count else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    works = {name: run_command([sys.executable, "-c", code + END])
             for name, code in LAYERS.items()}
    check = [sys.executable, "-m", "compliance", "check", str(FILE), "--format", "json",
             "--as-of", "2025-06-01"]
    works["whole check, JSON"] = run_command(check)
    # what the command's start-up (compliance/__main__.py) buys: each pair differs in it
    pairs = {
        "all imports, collector off": (
            run_command([sys.executable, "-c", OURS + END]),
            run_command([sys.executable, "-c", OURS.replace("gc.disable(); ", "") + END]),
            "collector on"),
        "whole check, JSON": (
            None, _with_environment(check, PYDANTIC_DISABLE_PLUGINS=""),
            "plugins looked for"),
    }
    for name, (work, other, change) in pairs.items():
        if work is not None:
            works[name] = work
        works[f"{name.split(',')[0]}, {change}"] = other
    print(f"{args.runs} interleaved rounds   [load average {load_average()}]")
    times = interleaved(works, args.runs)
    print(f"  {'process':32s} {'best':>7s} {'median':>7s} {'CPU':>7s} {'layer':>7s}  ms")
    previous = None
    layers = [*LAYERS, "whole check, JSON"]
    for name, timing in [(name, times[name]) for name in layers]:
        layer = "" if previous is None else f"{(timing.cpu - previous) * 1000:7.1f}"
        print(f"  {name:32s} {timing.best * 1000:7.1f} {timing.median * 1000:7.1f} "
              f"{timing.cpu * 1000:7.1f} {layer:>7s}")
        previous = timing.cpu
    floor = times["import floor"]
    whole = times["whole check, JSON"]
    print(f"  one check against the floor: {whole.best / floor.best:.2f}x best, "
          f"{whole.median / floor.median:.2f}x median, {whole.cpu / floor.cpu:.2f}x CPU "
          f"(this floor ends without teardown; all.py's pays it)")
    print("  what the command's start-up buys (CPU of the pair's second row less the first):")
    for name, (_, _, change) in pairs.items():
        for row in (name, f"{name.split(',')[0]}, {change}"):
            timing = times[row]
            print(f"  {row:32s} {timing.best * 1000:7.1f} {timing.median * 1000:7.1f} "
                  f"{timing.cpu * 1000:7.1f}")
        cost = times[f"{name.split(',')[0]}, {change}"].cpu - times[name].cpu
        print(f"  {'':32s} {change}: {cost * 1000:+.1f} ms of CPU")
    split(max(3, args.runs // 2))
    print(f"[load average {load_average()}]")


if __name__ == "__main__":
    main()
