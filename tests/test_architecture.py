"""The layering the architecture promises, read from the imports: no cycles, few floors,
reporters that read only results, durable-rules behind the engine package."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "compliance"
MAX_FLOORS = 16
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


def test_no_cycles_and_at_most_sixteen_floors() -> None:
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
    assert renderers <= floor["compliance.judging.evaluate"], renderers
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


DOC = PACKAGE.parent / "docs" / "ARCHITECTURE.md"
_TICKED = re.compile(r"`([\w.]+)`")


def package(module: str) -> str:
    """``compliance.inputs.survey`` → ``inputs``; a top-level module is its own package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def package_imports() -> dict[str, set[str]]:
    """Which of our packages each package imports (itself left out)."""
    found: dict[str, set[str]] = {}
    for module in MODULES:
        found.setdefault(package(module), set()).update(
            package(name) for name in internal(module) if package(name) != package(module))
    return found


def may_import() -> dict[str, set[str] | None]:
    """The "may import" table of docs/ARCHITECTURE.md: package → what it may import
    (None: everything)."""
    table: dict[str, set[str] | None] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("`"):
            continue
        allowed = None if cells[2] == "everything" else \
            set() if cells[2] == "nothing of ours" else set(_TICKED.findall(cells[2]))
        for name in _TICKED.findall(cells[0]):
            table[name] = allowed
    return table


def test_every_package_imports_only_what_the_architecture_allows() -> None:
    table = may_import()
    actual = package_imports()
    assert set(actual) <= set(table), f"packages missing from the table: {set(actual) - set(table)}"
    for name, imported in actual.items():
        allowed = table[name]
        if allowed is not None:
            assert imported <= allowed, f"{name} imports {sorted(imported - allowed)}"


def test_no_two_packages_import_each_other_even_in_a_circle() -> None:
    graph = package_imports()

    def reach(start: str) -> set[str]:
        seen: set[str] = set()
        todo = [start]
        while todo:
            for name in graph.get(todo.pop(), set()):
                if name not in seen:
                    seen.add(name)
                    todo.append(name)
        return seen

    circles = sorted(name for name in graph if name in reach(name))
    assert not circles, f"packages in an import circle: {circles}"


def test_no_private_module_of_another_package() -> None:
    """A private module (``typer._click``) changes without notice between versions."""
    for module in MODULES:
        private = [name for name in imports(module) if not name.startswith("compliance")
                   and any(part.startswith("_") and not part.startswith("__")
                           for part in name.split("."))]
        assert not private, f"{module} imports {private}"


def test_the_layer_checks_can_fail() -> None:
    """The table is read (a row each) and a circle would be seen."""
    table = may_import()
    assert table["reports"] == {"formatting", "results"} and table["cli"] is None
    assert "inputs" in package_imports()["facts"] and "facts" not in table["inputs"]  # type: ignore[operator]
