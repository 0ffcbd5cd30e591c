"""The layering the architecture promises, read from the imports: no cycles, few floors,
reporters that read only results, durable-rules behind the engine package."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "compliance"
MAX_FLOORS = 14
# What a reporter may read: finished results and the shared wording of numbers.
REPORTS_MAY_IMPORT = ("compliance.reports", "compliance.results", "compliance.formatting")
# durable-rules' JSON operators (JSON Schema's "$ref"/"$defs" are another language)
DURABLE_SYNTAX = {"$and", "$or", "$lt", "$lte", "$gt", "$gte", "$eq", "$neq", "$ex", "$nex",
                  "$add", "$sub", "$mul", "$div", "$l", "$r", "$m", "$s", "$all", "$any",
                  "$mt", "$imt", "$iall", "$iany"}


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(path): path for path in PACKAGE.rglob("*.py")}


@cache
def _tree(module: str) -> ast.Module:
    return ast.parse(MODULES[module].read_text(encoding="utf-8"))


def imports(module: str) -> set[str]:
    """Every module (ours or third-party) that ``module`` imports, at any depth of code."""
    found: set[str] = set()
    for node in ast.walk(_tree(module)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{module}: relative import; use compliance.…"
            base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return found


def internal(module: str) -> set[str]:
    return {name for name in imports(module) if name in MODULES and name != module}


def floors() -> dict[str, int]:
    """Each module's floor: one above the highest module it imports."""
    floor: dict[str, int] = {}
    visiting: list[str] = []

    def visit(module: str) -> int:
        if module in floor:
            return floor[module]
        assert module not in visiting, "import cycle: " + " -> ".join([*visiting, module])
        visiting.append(module)
        floor[module] = 1 + max((visit(dep) for dep in internal(module)), default=0)
        visiting.pop()
        return floor[module]

    for module in MODULES:
        visit(module)
    return floor


def test_no_cycles_and_at_most_fourteen_floors() -> None:
    highest = max(floors().values())
    assert highest <= MAX_FLOORS, sorted(floors().items(), key=lambda item: -item[1])[:5]


def test_reporters_read_only_finished_results() -> None:
    for module in MODULES:
        if module.startswith("compliance.reports"):
            wrong = [name for name in internal(module)
                     if not name.startswith(REPORTS_MAY_IMPORT)]
            assert not wrong, f"{module} imports {wrong}"


def test_reporters_stand_low() -> None:
    """Every renderer stands below the pipeline; the formats table below the file checks."""
    floor = floors()
    renderers = max(f for m, f in floor.items()
                    if m.startswith("compliance.reports") and m != "compliance.reports.formats")
    assert renderers < floor["compliance.judging.evaluate"], renderers
    assert floor["compliance.reports.formats"] < floor["compliance.workspace.workspace"]


def test_only_the_engine_knows_durable_rules() -> None:
    for module in MODULES:
        if module.startswith("compliance.engine"):
            continue
        durable = [n for n in imports(module) if n.split(".")[0] in ("durable",
                                                                     "durable_rules_engine")]
        assert not durable, f"{module} imports {durable}"
        syntax = [node.value for node in ast.walk(_tree(module))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and node.value in DURABLE_SYNTAX]
        assert not syntax, f"{module} writes durable-rules syntax {syntax}"


def test_readers_do_not_print() -> None:
    for module in MODULES:
        if module.startswith("compliance.inputs"):
            assert not [n for n in imports(module) if n.split(".")[0] == "rich"], module


def test_the_checks_can_fail() -> None:
    """The reader of imports sees what it must: a reporter's imports and the engine's."""
    assert "compliance.results.verdict" in internal("compliance.reports.json")
    assert "durable_rules_engine" in imports("compliance.engine.durable")
    assert floors()["compliance.cli"] > floors()["compliance.errors"]
