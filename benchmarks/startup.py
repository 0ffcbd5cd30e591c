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
column is what it adds to the row above.

Then, in this process's children, the import of our modules split by what it spends its
time on: generating dataclasses, building pydantic models and TypeAdapters, compiling
regular expressions, and the rest (reading bytecode, running module bodies).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
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
    works["whole check, JSON"] = run_command(
        [sys.executable, "-m", "compliance", "check", str(FILE), "--format", "json",
         "--as-of", "2025-06-01"])
    print(f"{args.runs} interleaved rounds   [load average {load_average()}]")
    times = interleaved(works, args.runs)
    print(f"  {'process':32s} {'best':>7s} {'median':>7s} {'CPU':>7s} {'layer':>7s}  ms")
    previous = None
    for name, timing in times.items():
        layer = "" if previous is None else f"{(timing.cpu - previous) * 1000:7.1f}"
        print(f"  {name:32s} {timing.best * 1000:7.1f} {timing.median * 1000:7.1f} "
              f"{timing.cpu * 1000:7.1f} {layer:>7s}")
        previous = timing.cpu
    floor = times["import floor"]
    whole = times["whole check, JSON"]
    print(f"  one check against the floor: {whole.best / floor.best:.2f}x best, "
          f"{whole.median / floor.median:.2f}x median, {whole.cpu / floor.cpu:.2f}x CPU "
          f"(this floor ends without teardown; all.py's pays it)")
    split(max(3, args.runs // 2))
    print(f"[load average {load_average()}]")


if __name__ == "__main__":
    main()
