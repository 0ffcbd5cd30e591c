"""Load a rule pack: ``pack.yaml`` (form, dates, sources) plus rule files beside it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from compliance.conditions.expressions import ExpressionError
from compliance.errors import InputError
from compliance.inputs.validation import located, validate
from compliance.inputs.yamlload import Document, load_file
from compliance.kinds import KINDS, RuleSpec
from compliance.kinds.base import CompiledRule
from compliance.packs.form import PackMeta
from compliance.packs.pack import Layer, RulePack
from compliance.results.verdict import RuleLocation, Severity

_RULE = TypeAdapter(RuleSpec)


def bundled_packs_dir() -> Path:
    """``rules/`` inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).parent.parent
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def available_packs(root: Path | None = None) -> list[str]:
    root = root or bundled_packs_dir()
    return sorted(p.name for p in root.iterdir() if (p / "pack.yaml").is_file()) \
        if root.is_dir() else []


_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,99}$")


def find_pack(pack_id: str, root: Path | None = None) -> RulePack:
    root = root or bundled_packs_dir()
    directory = root / pack_id
    if not _PACK_ID.match(pack_id) or not (directory / "pack.yaml").is_file():
        known = ", ".join(available_packs(root)) or "inga"
        raise InputError(f"okänt regelpaket '{pack_id}' (kända paket: {known})")
    return load_pack(directory)


def load_pack(directory: Path, _children: tuple[str, ...] = ()) -> RulePack:
    """Load a pack; with ``extends: PARENT`` the parent (a sibling folder or a bundled
    pack) is loaded first and this pack's form, dates and rules are laid over it."""
    meta_doc = load_file(directory / "pack.yaml")
    if not isinstance(meta_doc.data, dict):
        raise InputError("pack.yaml ska vara en mappning", meta_doc.location())
    parent = _parent(meta_doc, directory, _children)
    data = _merge_meta(parent, meta_doc.data)
    meta = validate(PackMeta, data, meta_doc)
    for key, message in meta.export_problems():
        raise InputError(f"survey_export.columns: {message}",
                         meta_doc.key_location(("survey_export", "columns", key)))
    if meta.id != directory.name:
        raise InputError(f"paketets id '{meta.id}' ska vara samma som katalogens namn "
                         f"'{directory.name}'", meta_doc.location(("id",)))
    layers: dict[str, Layer] = {}
    if parent:
        layers = {rule_id: replace(layer, inherited=True)
                  for rule_id, layer in parent.layers.items()}
    files = sorted(p for p in directory.glob("*.yaml") if p.name != "pack.yaml")
    own: set[str] = set()
    digests = [*(parent.digests if parent else ()),
               (f"{directory.name}/pack.yaml", meta_doc.sha256)]
    for path in files:
        doc = load_file(path)
        digests.append((f"{directory.name}/{path.name}", doc.sha256))
        if not isinstance(doc.data, list):
            raise InputError("en regelfil ska vara en lista av regler", doc.location())
        for index, raw in enumerate(doc.data):
            _lay(layers, own, raw, index, doc, f"{directory.name}/{path.name}")
    rules = tuple(_compile(layer, meta) for layer in layers.values() if not layer.retired)
    known = {rule.id: rule for rule in rules}
    for index, payment in enumerate(meta.payments):
        for name in [*payment.conditions, *filter(None, [payment.points_rule])]:
            if name not in known:
                raise InputError(f"utbetalningen {payment.id} hänvisar till okänd regel "
                                 f"'{name}'", meta_doc.location(("payments", index)))
    conditioned = {name for payment in meta.payments for name in payment.conditions}
    for rule in rules:
        layer = layers[rule.id]
        is_condition = rule.spec.severity is Severity.VILLKOR
        if meta.payments and is_condition != (rule.id in conditioned):
            why = ("är villkor, men ingen utbetalning i paketet nämner den (lägg den under en "
                   "utbetalnings conditions, eller ange en annan severity)") if is_condition \
                else (f"är {rule.spec.severity.value}, men en utbetalning nämner den som "
                      "villkor (ange severity: villkor)")
            raise InputError(f"regel {rule.id} {why}",
                             layer.doc.location((layer.index, "severity")))
        for other in rule.references():
            if other not in known or known[other].phase >= rule.phase:
                raise InputError(f"regel {rule.id}: '{other}' är ingen regel som prövar data "
                                 "i paketet", layer.doc.location((layer.index, "evidence")))
    inherited_files = parent.files if parent else ()
    return RulePack(meta, rules, directory,
                    (*inherited_files, directory / "pack.yaml", *files), meta_doc, layers,
                    tuple(digests))


def _parent(meta_doc: Document, directory: Path, children: tuple[str, ...]) -> RulePack | None:
    parent_id = meta_doc.data.get("extends")
    if parent_id is None:
        return None
    where = meta_doc.location(("extends",))
    if not isinstance(parent_id, str):
        raise InputError("extends ska vara ett paket-id", where)
    if parent_id in (*children, directory.name):
        chain = " -> ".join((*children, directory.name, parent_id))
        raise InputError(f"extends bildar en cirkel: {chain}", where)
    for root in (directory.parent, bundled_packs_dir()):
        if _PACK_ID.match(parent_id) and (root / parent_id / "pack.yaml").is_file():
            return load_pack(root / parent_id, (*children, directory.name))
    raise InputError(f"extends: okänt regelpaket '{parent_id}'", where)


def _merge_meta(parent: RulePack | None, data: dict[str, Any]) -> dict[str, Any]:
    if parent is None:
        return data
    inherited = parent.meta.model_dump(by_alias=True, exclude_none=True, mode="json")
    inherited.pop("extends", None)
    return _deep_merge(inherited, data)


def _deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; anything else in ``over`` replaces what ``base`` had."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _lay(layers: dict[str, Layer], own: set[str], raw: Any, index: int, doc: Document,
         pack_file: str) -> None:
    """Add a rule, or override or retire an inherited one."""
    where = doc.location((index, "id"))
    rule_id = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(rule_id, str):
        raise InputError("varje regel behöver ett id (text)", doc.location((index,)))
    if rule_id in own:
        raise InputError(f"regel-id '{rule_id}' finns redan i paketet", where)
    own.add(rule_id)
    previous = layers.get(rule_id)
    if raw.get("retire") is not None:
        if previous is None:
            raise InputError(f"retire: regeln '{rule_id}' finns inte i paketet som ärvs", where)
        if set(raw) - {"id", "retire"} or not isinstance(raw["retire"], str):
            raise InputError("retire ska ange skälet som text, och regeln inget annat än id",
                             doc.location((index, "retire")))
        layers[rule_id] = replace(previous, retired=True)
        return
    if previous is not None and not previous.inherited:
        raise InputError(f"regel-id '{rule_id}' finns redan", where)
    base = previous.raw if previous is not None else {}
    layers[rule_id] = Layer({**base, **raw}, index, doc, pack_file)


def _compile(layer: Layer, meta: PackMeta) -> CompiledRule:
    raw, index, doc = layer.raw, layer.index, layer.doc
    try:
        spec = _RULE.validate_python(raw)
    except ValidationError as exc:
        raise located(exc, doc, (index,), KINDS) from None
    where = doc.location((index,))
    location = RuleLocation(layer.pack_file, where.line or 0, where.column or 0)
    try:
        rule: Any = KINDS[spec.kind].rule(spec, meta, location)
        for key, message in rule.problems():
            raise InputError(f"regel {spec.id}: {message}", doc.location((index, key)))
        rule.matches()  # a condition that cannot be matched on is an error in the pack
    except ExpressionError as exc:
        where = doc.location((index, "require"))
        raise InputError(f"regel {spec.id}: villkoret kan inte tolkas vid tecken "
                         f"{exc.offset + 1}: {exc}", where) from None
    assert isinstance(rule, CompiledRule)
    return rule
