"""Turn pydantic's validation errors into located, Swedish InputErrors (all of them)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from compliance.errors import InputError, InputErrors
from compliance.reading.yamlload import Document

M = TypeVar("M", bound=BaseModel)


def validate(model: type[M], data: Any, doc: Document, prefix: tuple[str | int, ...] = ()) -> M:
    """Validate ``data`` (found at ``prefix`` in ``doc``) or raise a located InputError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise located(exc, doc, prefix) from None


def located(exc: ValidationError, doc: Document, prefix: tuple[str | int, ...] = (),
            union_tags: Collection[str] = ()) -> InputError:
    """Every error, each at its place in ``doc``; ``union_tags`` are the names pydantic
    puts in an error's path for the member of a tagged union it chose."""
    found = []
    for error in exc.errors(include_url=False):
        path = (*prefix, *(part for part in error["loc"] if not _is_union_tag(part, union_tags)))
        where = doc.key_location(path) if error["type"] == "extra_forbidden" \
            else doc.location(path)
        found.append(InputError(swedish(error), where))
    return found[0] if len(found) == 1 else InputErrors(found)


def _is_union_tag(part: Any, union_tags: Collection[str]) -> bool:
    # pydantic inserts the chosen member's name ("function-after[...]", a tag) in loc
    return isinstance(part, str) and ("[" in part or part in union_tags)


def swedish(error: Any) -> str:
    kind, loc, value = error["type"], error["loc"], error.get("input")
    name = str(loc[-1]) if loc else "dokumentet"
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return f"okänd nyckel '{name}'"
    if kind == "missing":
        return f"nyckeln '{name}' saknas"
    if kind in ("less_than_equal", "greater_than_equal", "less_than", "greater_than"):
        bound = next(iter(ctx.values()), "")
        word = {"less_than_equal": "högst", "greater_than_equal": "minst",
                "less_than": "under", "greater_than": "över"}[kind]
        return f"{name}: {value!r} ligger utanför tillåtna värden (ska vara {word} {bound})"
    if kind in ("finite_number",):
        return f"{name}: {value!r} är inget ändligt tal"
    if kind in ("int_parsing", "int_type", "float_parsing", "float_type", "int_from_float"):
        return f"{name}: väntade ett tal, fick {value!r}"
    if kind.startswith("date"):
        return f"{name}: {value!r} är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)"
    if kind in ("string_type",):
        return f"{name}: väntade text, fick {value!r}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"{name}: väntade en mappning (nyckel: värde), fick {value!r}"
    if kind in ("list_type",):
        return f"{name}: väntade en lista, fick {value!r}"
    if kind in ("literal_error", "enum"):
        expected = str(ctx.get("expected", "")).replace(" or ", " eller ")
        return f"{name}: {value!r} är inte tillåtet (väntade {expected})"
    if kind == "value_error":
        return f"{name}: {str(ctx.get('error', error['msg']))}"
    return f"{name}: {error['msg']}"
