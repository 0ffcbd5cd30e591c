"""`compliance pack diff`: what changed between two resolved packs, rule by rule."""

from __future__ import annotations

from typing import Any

from compliance.packs.pack import RulePack
from compliance.results.diff import Change, PackDiff


def diff_packs(old: RulePack, new: RulePack) -> PackDiff:
    old_rules = {rule.id: _flat(rule.spec.model_dump(mode="json", by_alias=True, exclude_none=True))
                 for rule in old.rules}
    new_rules = {rule.id: _flat(rule.spec.model_dump(mode="json", by_alias=True, exclude_none=True))
                 for rule in new.rules}
    changed = {rule_id: _changes(old_rules[rule_id], new_rules[rule_id])
               for rule_id in old_rules.keys() & new_rules.keys()}
    old_form, new_form = _form_entries(old), _form_entries(new)
    old_meta = _flat(old.meta.model_dump(mode="json", by_alias=True, exclude={"form"},
                                            exclude_none=True))
    new_meta = _flat(new.meta.model_dump(mode="json", by_alias=True, exclude={"form"},
                                            exclude_none=True))
    return PackDiff(
        old.id, new.id,
        rules_added=[rule_id for rule_id in new_rules if rule_id not in old_rules],
        rules_retired=[rule_id for rule_id in old_rules if rule_id not in new_rules],
        rules_changed={rule_id: changes for rule_id, changes in sorted(changed.items())
                       if changes},
        form_added=sorted(new_form - old_form),
        form_removed=sorted(old_form - new_form),
        pack_changed=[c for c in _changes(old_meta, new_meta) if c.field != "id"])


def _form_entries(pack: RulePack) -> set[str]:
    form = pack.meta.form
    return {f"{group}.{key}" for group, entries in (("answers", form.answers),
                                                    ("series", form.series),
                                                    ("attachments", form.attachments))
            for key in entries}


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Field paths as the YAML names them (``windows.kompletteringar.from``); a list of
    items with ids goes item by item (``payments[del2].paid``), so one changed date is
    one line."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, f"{name}."))
        elif _by_id(value):
            for item in value:
                flat.update(_flat({k: v for k, v in item.items() if k != "id"},
                                  f"{name}[{item['id']}]."))
        else:
            flat[name] = value
    return flat


def _by_id(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in value) \
        and len({item["id"] for item in value}) == len(value)


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return [Change(key, old.get(key), new.get(key)) for key in sorted(old.keys() | new.keys())
            if old.get(key) != new.get(key)]

