"""Load a rule pack: ``pack.yaml`` (form, dates, sources) plus rule files beside it."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from compliance.conditions.expressions import ExpressionError
from compliance.declared.form import PackMeta
from compliance.errors import InputError, raise_all
from compliance.kinds import KINDS, RuleSpec
from compliance.kinds.base import CompiledRule
from compliance.packs.pack import Layer, RulePack
from compliance.reading.files import note_read, read_input
from compliance.reading.validation import located, validate
from compliance.reading.yamlload import MAX_FILE_BYTES, Document, load_file
from compliance.results.verdict import RuleLocation, Severity, Shadowing

_RULE = TypeAdapter(RuleSpec)
# Packs that extend packs that extend packs: one a year is a chain of a handful. A pack
# from --packs is untrusted, and each level is loaded recursively.
MAX_EXTENDS_DEPTH = 20


def bundled_packs_dir() -> Path:
    """``rules/`` inside the installed package, or beside it in a source checkout."""
    package = Path(__file__).parent.parent
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def _roots(root: Path | None) -> tuple[Path, ...]:
    """Where pack ids are looked up: a folder of the user's own packs first, then the
    packs that come with the tool."""
    return (root, bundled_packs_dir()) if root is not None else (bundled_packs_dir(),)


def available_packs(root: Path | None = None) -> list[str]:
    """Every pack id known, in ``root`` (the user's packs) and the bundled packs."""
    return sorted({p.name for folder in _roots(root) if folder.is_dir()
                   for p in folder.iterdir() if (p / "pack.yaml").is_file()})


_PACK_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,99}$")


def find_pack(pack_id: str, root: Path | None = None) -> RulePack:
    """The pack ``pack_id``, from ``root`` (a folder of packs) if it is there, else from
    the bundled packs."""
    if _PACK_ID.match(pack_id):
        for folder in _roots(root):
            if (folder / pack_id / "pack.yaml").is_file():
                return _shadowing(load_pack(folder / pack_id), folder)
    known = ", ".join(available_packs(root)) or "inga"
    hint = "" if root is not None else \
        "; ett eget paket hittas med --packs KATALOG eller COMPLIANCE_PACKS=KATALOG"
    raise InputError(f"okänt regelpaket '{pack_id}' (kända paket: {known}){hint}")


def _shadowing(pack: RulePack, folder: Path) -> RulePack:
    """``pack``, marked when it comes from the user's folder and a bundled pack has its id:
    a report must say that it was not judged with the pack that comes with the tool."""
    bundled = bundled_packs_dir()
    if folder.resolve() == bundled.resolve() or not (bundled / pack.id / "pack.yaml").is_file():
        return pack
    original = load_pack(bundled / pack.id)
    content = hashlib.sha256("".join(f"{name}\0{digest}\n" for name, digest in pack.digests)
                             .encode("utf-8")).hexdigest()
    return replace(pack, shadows=Shadowing(str(folder / pack.id), content,
                                           original.meta.version))


def shadowed_bundled_pack(directory: Path) -> RulePack | None:
    """The bundled pack that the pack in ``directory`` would replace (same id), if any."""
    bundled = bundled_packs_dir()
    candidate = bundled / directory.name
    if directory.resolve().parent == bundled.resolve() or \
            not (candidate / "pack.yaml").is_file():
        return None
    return load_pack(candidate)


@dataclass(frozen=True)
class _Cached:
    """A pack as loaded, and what it was loaded from: its own files (path, stat
    signature, sha256) and the parent pack it was laid over."""

    pack: RulePack
    own: tuple[tuple[Path, tuple[int, ...], str], ...]
    parent: RulePack | None


# A pack is parsed and compiled once per process: keyed by its folder (and the working
# directory, which the file names in its messages are relative to) and valid while its
# files' contents and its parent are the same.
_CACHE: dict[tuple[Path, str], _Cached] = {}


def load_pack(directory: Path, _children: tuple[str, ...] = ()) -> RulePack:
    """Load a pack; with ``extends: PARENT`` the parent (a sibling folder or a bundled
    pack) is loaded first and this pack's form, dates and rules are laid over it."""
    key = (directory.resolve(), _cwd())
    cached = _CACHE.get(key)
    if cached is not None and _unchanged(cached, directory, _children):
        for path, _, _ in cached.own:
            note_read(path)  # read by this command too, as far as -o is concerned
        return cached.pack
    pack, parent = _load_pack(directory, _children)
    own = pack.files[len(parent.files) if parent else 0:]
    digests = pack.digests[len(parent.digests) if parent else 0:]
    _CACHE[key] = _Cached(pack, tuple((path, _signature(path), digest)
                                      for path, (_, digest) in zip(own, digests, strict=True)),
                          parent)
    return pack


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:
        return ""


def _signature(path: Path) -> tuple[int, ...]:
    try:
        status = os.stat(path)
    except OSError:
        return ()
    return status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns


def _unchanged(cached: _Cached, directory: Path, children: tuple[str, ...]) -> bool:
    """The same rule files with the same contents (re-hashed only when a file's stat
    signature changed), and the same parent, itself unchanged."""
    rule_files = sorted(p for p in directory.glob("*.yaml") if p.name != "pack.yaml")
    if [directory / "pack.yaml", *rule_files] != [path for path, _, _ in cached.own]:
        return False
    for path, signature, digest in cached.own:
        if _signature(path) != signature:
            try:
                raw = read_input(path, MAX_FILE_BYTES)
            except InputError:
                return False
            if hashlib.sha256(raw).hexdigest() != digest:
                return False
    parent_id = cached.pack.meta.extends
    if parent_id is None:
        return cached.parent is None
    where = _parent_directory(parent_id, directory)
    return where is not None and cached.parent is not None \
        and where.resolve() == cached.parent.directory.resolve() \
        and load_pack(where, (*children, directory.name)) is cached.parent


def _load_pack(directory: Path, _children: tuple[str, ...]) -> tuple[RulePack, RulePack | None]:
    meta_doc = load_file(directory / "pack.yaml")
    if not isinstance(meta_doc.data, dict):
        raise InputError("pack.yaml ska vara en mappning", meta_doc.location())
    parent = _parent(meta_doc, directory, _children)
    data = _merge_meta(parent, meta_doc.data)
    meta = validate(PackMeta, data, meta_doc)
    errors: list[InputError] = []  # every problem in the pack, reported together
    for key, message in meta.export_problems():
        errors.append(InputError(f"survey_export.columns: {message}",
                                 meta_doc.key_location(("survey_export", "columns", key))))
    if meta.id != directory.name:
        errors.append(InputError(f"paketets id '{meta.id}' ska vara samma som katalogens "
                                 f"namn '{directory.name}'", meta_doc.location(("id",))))
    layers: dict[str, Layer] = {}
    if parent:
        layers = {rule_id: replace(layer, inherited=True)
                  for rule_id, layer in parent.layers.items()}
    files = sorted(p for p in directory.glob("*.yaml") if p.name != "pack.yaml")
    own: set[str] = set()
    digests = [*(parent.digests if parent else ()),
               (f"{directory.name}/pack.yaml", meta_doc.sha256)]
    for path in files:
        try:
            doc = load_file(path)
        except InputError as exc:
            errors.append(exc)
            continue
        digests.append((f"{directory.name}/{path.name}", doc.sha256))
        if not isinstance(doc.data, list):
            errors.append(InputError("en regelfil ska vara en lista av regler", doc.location()))
            continue
        for index, raw in enumerate(doc.data):
            _collect(errors, _lay, layers, own, raw, index, doc,
                     f"{directory.name}/{path.name}")
    compiled = [_collect(errors, _compile, layer, meta) for layer in layers.values()
                if not layer.retired]
    rules = tuple(rule for rule in compiled if rule is not None)
    known = {rule.id: rule for rule in rules}
    broken = {rule_id for rule_id, layer in layers.items()
              if not layer.retired and rule_id not in known}  # already reported
    for index, payment in enumerate(meta.payments):
        for name in [*payment.conditions, *filter(None, [payment.points_rule])]:
            if name not in known and name not in broken:
                errors.append(InputError(f"utbetalningen {payment.id} hänvisar till okänd "
                                         f"regel '{name}'",
                                         meta_doc.location(("payments", index))))
    conditioned = {name for payment in meta.payments for name in payment.conditions}
    for rule in rules:
        layer = layers[rule.id]
        is_condition = rule.spec.severity is Severity.VILLKOR
        if meta.payments and is_condition != (rule.id in conditioned):
            why = ("är villkor, men ingen utbetalning i paketet nämner den (lägg den under en "
                   "utbetalnings conditions, eller ange en annan severity)") if is_condition \
                else (f"är {rule.spec.severity.value}, men en utbetalning nämner den som "
                      "villkor (ange severity: villkor)")
            errors.append(InputError(f"regel {rule.id} {why}",
                                     layer.doc.location((layer.index, "severity"))))
        for other in rule.references():
            if other not in broken and (other not in known or known[other].phase >= rule.phase):
                errors.append(InputError(f"regel {rule.id}: '{other}' är ingen regel som "
                                         "prövar data i paketet",
                                         layer.doc.location((layer.index, "evidence"))))
    raise_all(errors)
    inherited_files = parent.files if parent else ()
    return RulePack(meta, rules, directory,
                    (*inherited_files, directory / "pack.yaml", *files), meta_doc, layers,
                    tuple(digests)), parent


T = TypeVar("T")


def _collect(errors: list[InputError], step: Callable[..., T], *args: Any) -> T | None:
    """``step(*args)``, or None with its error kept, so one bad rule hides no other."""
    try:
        return step(*args)
    except InputError as exc:
        errors.append(exc)
        return None


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
    if len(children) + 1 >= MAX_EXTENDS_DEPTH:
        raise InputError(f"extends: kedjan av paket som ärver av varandra är för lång (högst "
                         f"{MAX_EXTENDS_DEPTH} nivåer)", where)
    found = _parent_directory(parent_id, directory)
    if found is None:
        raise InputError(f"extends: okänt regelpaket '{parent_id}'", where)
    return load_pack(found, (*children, directory.name))


def _parent_directory(parent_id: str, directory: Path) -> Path | None:
    """The pack ``extends`` names: a sibling folder, or else a bundled pack."""
    for root in (directory.parent, bundled_packs_dir()):
        if _PACK_ID.match(parent_id) and (root / parent_id / "pack.yaml").is_file():
            return root / parent_id
    return None


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
