"""`compliance pack new`: start next year's pack from this year's, with dates moved.

The new ``pack.yaml`` is the old one read and written with ruamel.yaml's round trip, so
comments and layout survive; it ``extends`` the old pack, drops what it inherits (sources,
form), and every value moved one year (period, deadlines, windows, series months, payment
dates) carries a ``GRANSKA`` comment for the rule team.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from compliance.errors import InputError, Location
from compliance.packs.pack import RulePack

REVIEW = "GRANSKA"
PACK_ID = re.compile(r"[a-z0-9][a-z0-9.-]{0,99}")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?=-\d{2}(?:-\d{2})?(?!\d))")


def next_year(value: Any) -> Any:
    """A date or ``YYYY-MM`` text one year later (29 February becomes 28 February)."""
    if isinstance(value, dt.date):
        try:
            return value.replace(year=value.year + 1)
        except ValueError:
            return value.replace(year=value.year + 1, day=28)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + 1), str(value))


def shift_years(text: str) -> str:
    """Every year 2000–2099 named in a text, one year later ("augusti 2024" → "augusti 2025")."""
    return re.sub(r"(?<!\d)20\d{2}(?!\d)", lambda m: str(int(m.group()) + 1), text)


def _mark(mapping: CommentedMap, key: str, old: Any) -> None:
    mapping.fa.set_block_style()  # an end-of-line comment needs block style to read well
    mapping.yaml_add_eol_comment(f"{REVIEW}: flyttat ett år från {old}", key)


def _move(mapping: CommentedMap, key: str) -> None:
    old = mapping[key]
    mapping[key] = next_year(old)
    _mark(mapping, key, old)


def _next_years_form(doc: CommentedMap) -> None:
    """The Word form's title and the labels that name a year, one year later and marked:
    inherited unchanged, the new pack would read last year's form as its own."""
    docx = doc.get("form_source", {}).get("docx")
    if not isinstance(docx, dict):
        return
    recognise = docx["recognise"]
    moved = CommentedMap(recognise=CommentedMap(
        title=[shift_years(str(text)) for text in recognise["title"]],
        year=int(recognise["year"]) + 1))
    _mark(moved["recognise"], "year", recognise["year"])
    answers = CommentedMap()
    for key, place in docx.get("answers", {}).items():
        places = place if isinstance(place, list) else [place]
        if any(shift_years(str(p.get("label", ""))) != str(p.get("label", "")) for p in places):
            shifted = [CommentedMap({**p, "label": shift_years(str(p["label"]))}) if "label" in p
                       else p for p in places]
            answers[key] = shifted if isinstance(place, list) else shifted[0]
            answers.yaml_add_eol_comment(f"{REVIEW}: årtalet i etiketten flyttat ett år", key)
    if answers:
        answers.fa.set_block_style()
        moved["answers"] = answers
    doc["form_source"] = CommentedMap(docx=moved)


def _target(old: RulePack, new_id: str, target_root: Path) -> Path:
    """The new pack's folder: a valid id, inside an existing ``target_root``, not there yet."""
    if not PACK_ID.fullmatch(new_id) or ".." in new_id:
        raise InputError(f"ogiltigt paket-id '{new_id}': små bokstäver a–z, siffror, '-' och "
                         "'.' (inte '..'), högst 100 tecken, börjar med bokstav eller siffra")
    if new_id == old.id:
        raise InputError(f"paketet kan inte ärva från sig självt ('{new_id}'); välj ett nytt id")
    if not target_root.is_dir():
        raise InputError("katalogen för regelpaket finns inte; skapa den först eller ange "
                         "--dir", Location(str(target_root)))
    target = target_root / new_id
    if target.resolve().parent != target_root.resolve():
        raise InputError("paketet skulle hamna utanför --dir", Location(str(target)))
    if target.exists() or target.is_symlink():
        raise InputError("katalogen finns redan; välj ett annat id eller ta bort den",
                         Location(str(target)))
    return target


def _load(yaml: YAML, path: Path) -> Any:
    """A YAML file of the old pack, read for the round trip; empty or broken is an error."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"))
    except (YAMLError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"kan inte läsas för det nya paketet ({type(exc).__name__})",
                         Location(str(path))) from None
    if not isinstance(data, CommentedMap | CommentedSeq):
        raise InputError("filen är tom eller inte en mappning eller lista; rätta den i det "
                         "gamla paketet först", Location(str(path)))
    return data


def new_pack(old: RulePack, new_id: str, target_root: Path) -> list[Path]:
    """Write the new pack's files under ``target_root/new_id`` and return their paths.

    Everything is written into a temporary folder beside it and renamed into place at the
    end, so a failure (an empty example, a full disk) leaves no half-written pack."""
    target = _target(old, new_id, target_root)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    doc: CommentedMap = _load(yaml, old.directory / "pack.yaml")
    doc["id"] = new_id
    doc.insert(list(doc).index("title") + 1, "extends", old.id,
               comment="ärver formulär, källor och regler")
    doc["version"] = "0.1.0"
    doc.insert(list(doc).index("extends") + 1, "review",
               f"Skapat från {old.id}; värden märkta {REVIEW} är flyttade ett år och inte "
               "kontrollerade mot den nya överenskommelsen.",
               comment=f"ta bort när alla {REVIEW}-värden är kontrollerade")
    title = str(doc["title"])
    doc["title"] = shift_years(title)
    _mark(doc, "title", title)
    for key in ("start", "end"):
        _move(doc["period"], key)
    for deadline in doc.get("deadlines", {}).values():
        _move(deadline, "date")
    for window in doc.get("windows", {}).values():  # e.g. the weeks for completions
        for key in ("from", "to"):
            _move(window, key)
    for payment in doc.get("payments", []):  # "senast 2024-12-01", "december 2024"
        paid = str(payment["paid"])
        if shift_years(paid) != paid:
            payment["paid"] = shift_years(paid)
            _mark(payment, "paid", paid)
    _move_survey_export(doc)
    series = doc.get("form", {}).get("series", {})
    moved_series = CommentedMap()
    for name, spec in series.items():
        expected = spec["expected"]
        for key in ("from", "to"):
            _move(expected, key)
        moved_series[name] = CommentedMap(expected=expected)
    for key in ("sources", "form", "placeholder"):
        doc.pop(key, None)
    if moved_series:
        doc["form"] = CommentedMap(series=moved_series)
    _next_years_form(doc)
    files: list[tuple[str, Any]] = [("pack.yaml", doc)]
    for path in sorted((old.directory / "examples").glob("*.yaml")):
        moved = _shifted(_load(yaml, path))
        moved.yaml_set_start_comment(f"{REVIEW}: exemplen från {old.id} med alla datum "
                                     "flyttade ett år")
        files.append((f"examples/{path.name}", moved))
    overrides = _rule_overrides(old)
    if overrides:
        files.append(("granska.yaml", overrides))
    staging = Path(tempfile.mkdtemp(prefix=f".{new_id}.", suffix=".tmp", dir=target_root))
    try:
        for name, data in files:
            (staging / name).parent.mkdir(exist_ok=True)
            _dump(yaml, data, staging / name)
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it 0700; a pack is shared
        os.rename(staging, target)  # fails if the target appeared meanwhile
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [target / name for name, _ in files]


def _move_survey_export(doc: CommentedMap) -> None:
    """The survey export's title and the survey name every row must carry, a year later;
    its columns are inherited (they follow the form's question numbers)."""
    export = doc.get("survey_export")
    if not isinstance(export, CommentedMap):
        return
    moved = CommentedMap(title=shift_years(str(export["title"])))
    _mark(moved, "title", export["title"])
    survey = export.get("survey")
    if isinstance(survey, CommentedMap) and "contains" in survey:
        moved["survey"] = CommentedMap(contains=shift_years(str(survey["contains"])))
        _mark(moved["survey"], "contains", survey["contains"])
    doc["survey_export"] = moved


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _rule_overrides(old: RulePack) -> CommentedSeq:
    """Overrides for inherited rules whose own YAML names a year: titles, points periods."""
    overrides = CommentedSeq()
    for rule_id, layer in old.layers.items():
        if layer.retired:
            continue
        item = CommentedMap(id=rule_id)
        title = str(layer.raw.get("title", ""))
        if shift_years(title) != title:
            item["title"] = shift_years(title)
            _mark(item, "title", title)
        periods = layer.raw.get("periods")
        if periods:
            item["periods"] = [
                CommentedMap({**period,
                              "months": CommentedMap((key, next_year(value)) for key, value
                                                     in period["months"].items()),
                              "payment": shift_years(str(period["payment"]))})
                for period in periods]
            item.yaml_add_eol_comment(f"{REVIEW}: perioder flyttade ett år", "periods")
        if len(item) > 1:
            overrides.append(item)
    return overrides


def _shifted(data: Any) -> Any:
    """The same YAML with every date, month and year (values and keys) one year later."""
    if isinstance(data, CommentedMap):
        moved = CommentedMap()
        for key, value in data.items():
            moved[_shift_scalar(key)] = _shifted(value)
        moved.fa.set_flow_style() if data.fa.flow_style() else moved.fa.set_block_style()
        return moved
    if isinstance(data, CommentedSeq):
        seq = CommentedSeq(_shifted(item) for item in data)
        return seq
    return _shift_scalar(data)


def _shift_scalar(value: Any) -> Any:
    if isinstance(value, dt.date):
        return next_year(value)
    if isinstance(value, str):
        return shift_years(value)  # dates, months, and years named in evidence texts
    return value


def _dump(yaml: YAML, data: Any, path: Path) -> None:
    out = io.StringIO()
    yaml.dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
