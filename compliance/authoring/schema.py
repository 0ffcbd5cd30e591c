"""JSON Schemas for editors, generated from the same pydantic models that validate input."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter

from compliance.authoring.schemawords import in_swedish
from compliance.declared.form import PackMeta
from compliance.inputs.models import Envelope
from compliance.kinds import RuleSpec

_VALUE_SCHEMAS: dict[str, dict[str, Any]] = {
    "yes_no": {"type": ["string", "null"], "pattern": "^\\s*([Jj][Aa]|[Nn][Ee][Jj])\\s*$"},
    "text": {"type": ["string", "null"]},
    "number": {"type": ["integer", "string", "null"], "minimum": 0},
    "percent": {"type": ["number", "string", "null"], "minimum": 0, "maximum": 100},
    "decimal": {"type": ["number", "string", "null"]},
    "date": {"type": ["string", "null"], "format": "date"},
}


def pack_schema() -> dict[str, Any]:
    """One schema for every file of a pack: ``pack.yaml`` (an object) or a rule file (a list)."""
    schema = TypeAdapter(PackMeta | list[RuleSpec]).json_schema(by_alias=True)
    schema["title"] = "compliance rule pack file"
    # A pack that extends another may leave out what it inherits ...
    meta = schema["$defs"]["PackMeta"]
    # its form is merged key by key over the parent's, so an entry may give only the
    # fields it changes (e.g. a question number marked GRANSKA)
    schema["$defs"]["ExtendingPackMeta"] = {
        **meta, "required": ["id", "version", "extends"],
        "properties": {**meta["properties"], **{key: {
            "type": "object", "description": f"ändringar av det ärvda {key}, nyckel för nyckel"}
            for key in ("form", "form_source", "survey_export")}}}
    # ... and its rule files may override fields of an inherited rule or retire it.
    schema["$defs"]["RuleOverride"] = {
        "type": "object", "required": ["id"],
        "properties": {"id": {"type": "string"},
                       "retire": {"type": "string",
                                  "description": "skälet till att regeln utgår"}}}
    members = schema["anyOf"]
    for member in members:
        if member.get("type") == "array":
            member["items"] = {"anyOf": [member["items"], {"$ref": "#/$defs/RuleOverride"}]}
    members.append({"$ref": "#/$defs/ExtendingPackMeta"})
    return in_swedish(schema)


def submission_schema(meta: PackMeta | None = None) -> dict[str, Any]:
    """The submission envelope; with a pack, every answer, series and field it declares."""
    schema = Envelope.model_json_schema()
    schema["title"] = "compliance submission" + (f" ({meta.id})" if meta else "")
    if meta is None:
        return schema
    form = meta.form
    properties = schema["properties"]
    properties["pack"] = {"const": meta.id}
    properties["answers"] = {
        "type": "object", "additionalProperties": False,
        "properties": {key: {**_VALUE_SCHEMAS[spec.type], "description": spec.title}
                       for key, spec in form.answers.items()}}
    properties["series"] = {
        "type": "object", "additionalProperties": False,
        "properties": {
            name: {"type": "object", "description": spec.title, "additionalProperties": False,
                   "patternProperties": {"^\\d{4}-(0[1-9]|1[0-2])$": {
                       "type": "object", "additionalProperties": False,
                       "properties": {field: {**_VALUE_SCHEMAS[f.type], "description": f.label}
                                      for field, f in spec.fields.items()}}}}
            for name, spec in form.series.items()}}
    attachment = properties["attachments"]["additionalProperties"]
    properties["attachments"] = {"type": "object", "additionalProperties": False,
                                 "properties": {key: attachment for key in form.attachments}}
    return schema
