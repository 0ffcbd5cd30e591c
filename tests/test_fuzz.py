"""Fuzzing the command line with generated hostile and sloppy input.

Every generated submission, rule pack, unit log (CSV and .xlsx), waiver file and
attestation file goes through the real `compliance check` in a child process
(fuzz_support.Worker), and every run must end in a report (exit 0/1, JSON that parses)
or one Swedish error naming an input (exit 2, ``fel: …``), never a traceback, a signal
or more than 10 s, with its inputs byte-identical afterwards. Where a mutation deletes,
duplicates or invalidates a subject (an answer, a month, an attachment, a unit's row, a
reviewer's decision), that subject is never judged ``pass``.

How many inputs: COMPLIANCE_FUZZ_EXAMPLES per target (fuzz_support.EXAMPLES); the
count actually run is printed in the terminal summary ("fuzz")."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import (
    EXAMPLES,
    RUN,
    TIME_LIMIT,
    Worker,
    check_run,
    digests,
    has_look_alike_keys,
    never_pass,
    same_key,
)
from helpers import FIXTURES, RULES, absent_never_passes, cli
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from compliance.packs.loader import find_pack
from compliance.packs.pack import RulePack

AS_OF = "2025-06-01"
# no shrinking: a failing input is reported as generated (shrinking a whole submission
# through a child process takes many minutes)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
                phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])

pytestmark = pytest.mark.fuzz


def _load(path: Path) -> Any:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _dump(data: Any) -> str:
    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.width = 4096
    yaml.dump(data, out)
    return out.getvalue()


@cache
def _pack(pack_id: str) -> RulePack:
    return find_pack(pack_id)


SUBMISSIONS = {path.name: _load(path) for path in sorted(FIXTURES.glob("region-*.yaml"))}

# --- values ------------------------------------------------------------------------------

# Long text is made of short words: one unbroken run of letters takes quadratic time in
# the personal-data scan (a known bug, test_a_long_unbroken_word_is_judged_in_time below)
# and would stop every run at the time limit instead of finding anything new.
LONG = "Lorem ipsum dolor. " * 2_000
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u202a\u202e"
blank = st.one_of(st.none(), st.just(""), st.text(alphabet=INVISIBLE + " \t\n\u00a0",
                                                  min_size=1, max_size=6))
odd = st.one_of(
    st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20), st.sampled_from([LONG, "å " * 100_000, "\u200b" * 5_000]),
    st.sampled_from(["2024-02-30", "2024-13-01", "0001-01-01", "9999-12-31", "1e309",
                     "95,00001", "-0", "1 000,5", "٣", "９５", "Ja\u200b", "JA", "nej ",
                     "1e-05", "0x1F", "1_000"]),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(),
                                                         max_size=2))

# values certainly invalid for a form type (docs/SECURITY.md, "Values")
INVALID = {
    "yes_no": ["kanske", 5, 1.5, True, "jaa", ["Ja"], {"ja": 1}],
    "text": [5, 1.5, True, ["text"], {"a": "b"}],
    "number": [-1, 1.5, "tolv", True, 10**13, "1" * 50, float("inf"), ["1"]],
    "percent": [100.5, -0.1, "95,00001", float("inf"), float("nan"), "abc", True, 10**400],
    "decimal": ["abc", float("nan"), 1e13, 0.00001, True, [1]],
    "date": ["2024-02-30", "2024-13-01", 20240301, "0001-01-01", "9999-12-31", "igår",
             True, ["2024-01-01"]],
}

# raw YAML put where a value stands, after dumping
RAW = ["1e309", "-1e309", ".nan", ".inf", "-.inf", "1e3", "1.0e-5", "0x1F", "0o17", "+12",
       "1_000", "2024-02-30", "2024-1-1", "~", "!!python/object/apply:os.system ['true']",
       "!!binary aGVq", "!custom x", "*nowhere", "&a [*a]", "[" * 60 + "]" * 60,
       "{a: " * 60 + "1" + "}" * 60, '"\\ud800"', '"\\x00\\x1b[2J"', "|\n    Ja",
       "'Ja'", '"\\u200b"', "[]", "{}", "!!timestamp 2024-01-01", "!!int 9" + "9" * 400]
RAW_INVALID = {"1e309", "-1e309", ".nan", ".inf", "-.inf", "2024-02-30", "*nowhere",
               "&a [*a]", "!!python/object/apply:os.system ['true']", "!custom x",
               "[" * 60 + "]" * 60, "{a: " * 60 + "1" + "}" * 60}
SENTINEL = "FUZZ-RAW-{}"


def look_alike(key: str, draw: st.DrawFn) -> str:
    """A key a person reads as ``key``: invisible characters, whitespace, full-width or
    other decimal digits."""
    how = draw(st.sampled_from(["before", "after", "inside", "digits", "newline", "nfd"]))
    if how == "before":
        return draw(st.sampled_from(list(INVISIBLE) + [" ", "\t"])) + key
    if how == "after":
        return key + draw(st.sampled_from(list(INVISIBLE) + [" ", "\n"]))
    if how == "inside" and len(key) > 1:
        cut = draw(st.integers(1, len(key) - 1))
        return key[:cut] + draw(st.sampled_from(list(INVISIBLE))) + key[cut:]
    if how == "digits" and any(c.isdigit() for c in key):
        zero = draw(st.sampled_from([0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE]))
        return "".join(chr(zero + int(c)) if c.isdigit() else c for c in key)
    if how == "nfd" and "å" in key:
        return key.replace("å", "a\u030a")
    return key + "\u200b"


def deep(depth: int) -> Any:
    value: Any = "x"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


# --- target 1: submissions, mutated as data -------------------------------------------------


class Tracked:
    """What a mutation did to a submission, for the never-pass oracle."""

    def __init__(self) -> None:
        self.subjects: set[str] = set()  # answers and attachments made absent or invalid
        self.rules: set[str] = set()  # rules that must not pass
        self.months: dict[str, set[str]] = {}  # rule → months it must not pass
        self.refused = False  # the input must be refused (exit 2)
        self.raw: dict[str, str] = {}
        self.invalid: list[tuple[dict[str, Any], str, Any]] = []  # (row, field, value)
        self.steps: list[str] = []

    def __repr__(self) -> str:
        return f"Tracked(steps={self.steps}, subjects={self.subjects}, months={self.months})"


def _rules_reading(pack: RulePack, answer: str) -> set[str]:
    found = set()
    for rule in pack.rules:
        spec: Any = rule.spec
        if getattr(spec, "answer", None) == answer:
            found.add(spec.id)
    return found


def _series_rules(pack: RulePack, series: str) -> set[str]:
    return {rule.spec.id for rule in pack.rules if getattr(rule.spec, "each", None) == series}


@st.composite
def mutated_submission(draw: st.DrawFn) -> tuple[str, dict[str, Any], Tracked]:
    name = draw(st.sampled_from(sorted(SUBMISSIONS)))
    data = copy.deepcopy(SUBMISSIONS[name])
    pack = _pack(data["pack"])
    form = pack.meta.form
    done = Tracked()
    for _ in range(draw(st.integers(1, 4))):
        answers = data.get("answers")
        series = data.get("series")
        attachments = data.get("attachments")
        action = draw(st.sampled_from(
            ["delete_answer", "blank_answer", "invalid_answer", "look_alike_answer",
             "placeholder", "delete_month", "invalid_month", "look_alike_month",
             "invalid_field", "delete_attachment", "blank_attachment", "raw", "deep",
             "huge", "rename", "replace", "duplicate_top", "far_date"]))
        done.steps.append(action)
        if action in ("delete_answer", "blank_answer", "invalid_answer", "look_alike_answer",
                      "placeholder", "raw", "deep", "huge", "far_date") \
                and isinstance(answers, dict) and answers:
            key = draw(st.sampled_from(sorted(answers, key=str)))
            done.subjects.discard(key)  # this step decides what the answer is now
            spec = form.answers.get(key)
            kind = spec.type if spec else "text"
            if action == "delete_answer":
                del answers[key]
            elif action == "blank_answer":
                answers[key] = draw(blank)
            elif action == "placeholder" and spec is not None and spec.placeholder:
                answers[key] = f"\u200b {spec.placeholder}\u00ad "
            elif action == "invalid_answer":
                answers[key] = draw(st.sampled_from(INVALID[kind]))
            elif action == "far_date" and kind == "date":
                answers[key] = draw(st.sampled_from(["0001-01-01", "1999-12-31", "2099-01-01",
                                                     "9999-12-31", "2024-02-30"]))
            elif action == "look_alike_answer":
                answers[look_alike(key, draw)] = draw(st.one_of(st.just(answers[key]), odd))
                continue
            elif action == "raw":
                token = draw(st.sampled_from(RAW))
                slot = SENTINEL.format(len(done.raw))
                done.raw[slot] = token
                answers[key] = slot
                if token not in RAW_INVALID or (kind == "text" and token == "2024-02-30"):
                    continue  # valid YAML for the answer's type (a date-like text is text)
            elif action == "deep":
                answers[key] = deep(draw(st.integers(5, 70)))
            elif action == "huge":
                answers[key] = draw(st.sampled_from([LONG * 2, "\u200b" * 100_000,
                                                     "9" * 1_000]))
                if kind == "text":
                    continue  # long text is text; GNV23-fritext-langd judges its length
            else:
                continue
            done.subjects.add(key)
        elif action in ("delete_month", "invalid_month", "look_alike_month", "invalid_field") \
                and isinstance(series, dict) and series:
            which = draw(st.sampled_from(sorted(series, key=str)))
            months = series[which]
            if not isinstance(months, dict) or not months:
                continue
            month = draw(st.sampled_from(sorted(months, key=str)))
            if action == "delete_month":
                del months[month]
            elif action == "invalid_month":
                months[month] = draw(st.sampled_from([None, "ja", 95, [], ["x"], deep(60)]))
            elif action == "look_alike_month":
                months[look_alike(str(month), draw)] = copy.deepcopy(months[month])
                continue
            else:
                row = months[month]
                spec_s = form.series.get(which)
                if not isinstance(row, dict) or not row or spec_s is None:
                    continue
                field = draw(st.sampled_from(sorted(row, key=str)))
                if field not in spec_s.fields:
                    continue
                row[field] = draw(st.sampled_from(INVALID[spec_s.fields[field].type]))
                done.invalid.append((row, field, row[field]))
                continue
            for rule in _series_rules(pack, str(which)):
                done.months.setdefault(rule, set()).add(str(month))
                done.rules.add(rule)
        elif action in ("delete_attachment", "blank_attachment") \
                and isinstance(attachments, dict) and attachments:
            key = draw(st.sampled_from(sorted(attachments, key=str)))
            if action == "delete_attachment":
                del attachments[key]
            elif isinstance(attachments[key], dict):
                attachments[key]["file"] = draw(blank.filter(lambda v: v is not None))
            done.subjects.add(key)
        elif action == "rename":
            where = draw(st.sampled_from([d for d in (data, answers, series, attachments)
                                          if isinstance(d, dict) and d]))
            key = draw(st.sampled_from(sorted(where, key=str)))
            new = draw(st.text(min_size=1, max_size=10))
            if new not in where:
                where[new] = where.pop(key)
                if where is answers:
                    done.subjects.add(key)
        elif action == "replace":
            key = draw(st.sampled_from(sorted(data, key=str)))
            data[key] = draw(odd)
        elif action == "duplicate_top":
            key = draw(st.sampled_from(sorted(data, key=str)))
            data[look_alike(key, draw)] = copy.deepcopy(data[key])
    # what still stands after all steps decides: a later step may undo an earlier one
    done.refused = has_look_alike_keys(data) or any(
        row.get(field) is value for row, field, value in done.invalid
        if _still_in(data, row))
    _present_as_look_alikes(pack, data, done)
    for key in done.subjects:
        done.rules |= _rules_reading(pack, key)
    return name, data, done


def _present_as_look_alikes(pack: Any, data: dict[str, Any], done: Tracked) -> None:
    """A deleted answer or month whose look-alike key is still there is present: the
    loader reads the look-alike as that key (docs/SECURITY.md), so it may pass."""
    answers = data.get("answers")
    if isinstance(answers, dict):
        done.subjects -= {same_key(key) for key in answers
                          if isinstance(key, str) and key not in done.subjects}
    series = data.get("series")
    for which, months in (series.items() if isinstance(series, dict) else ()):
        if not isinstance(months, dict):
            continue
        alike = {same_key(str(key)) for key in months if str(key) != same_key(str(key))}
        for rule in _series_rules(pack, str(which)):
            if rule in done.months:
                done.months[rule] -= alike


def _still_in(data: Any, target: dict[str, Any]) -> bool:
    if data is target:
        return True
    if isinstance(data, dict):
        return any(_still_in(value, target) for value in data.values())
    return False


def _write_submission(folder: Path, data: Any, raw: dict[str, str]) -> Path:
    text = _dump(data)
    for slot, token in raw.items():
        text = text.replace(slot, token)
    path = folder / "inlamning.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _judged_pack_rules(report: dict[str, Any], data: dict[str, Any]) -> None:
    """Whatever the mutation, an answer, month or attachment absent from the data never
    passes (the bundled pack's own view of what each rule reads)."""
    absent_never_passes(_pack(report["pack"]["id"]), data, report)


@FUZZ
@given(case=mutated_submission())
def test_fuzz_submissions(worker: Worker, case_dir: Any,
                          case: tuple[str, dict[str, Any], Tracked]) -> None:
    RUN["submissions"] += 1
    _, data, done = case
    path = _write_submission(case_dir(), data, done.raw)
    report = check_run(worker.run(["check", path, "--format", "json", "--as-of", AS_OF]),
                       digests([path]))
    if report is None:
        return
    assert not done.refused, f"{done.steps}: a duplicated or invalid value was judged"
    never_pass(report, done.subjects, done.rules, why=str(done.steps))
    for rule, months in done.months.items():
        never_pass(report, months, within={rule}, why=str(done.steps))
    if not done.raw:
        _judged_pack_rules(report, data)


# --- target 2: submissions, mutated as text ------------------------------------------------

TEXTS = {name: (FIXTURES / name).read_text(encoding="utf-8") for name in SUBMISSIONS}
LINE_EDITS = ["duplicate_line", "look_alike_line", "delete_line", "tab_indent", "crlf",
              "bom", "latin1", "nul", "truncate", "long_line", "deep_flow", "deep_block",
              "anchor_bomb", "merge_key", "second_document", "swap_lines", "surrogate",
              "indent"]


@st.composite
def text_submission(draw: st.DrawFn) -> tuple[str, bytes, list[str]]:
    name = draw(st.sampled_from(sorted(TEXTS)))
    lines = TEXTS[name].split("\n")
    steps = []
    encoding = "utf-8"
    for _ in range(draw(st.integers(1, 3))):
        edit = draw(st.sampled_from(LINE_EDITS))
        steps.append(edit)
        lines = lines or [""]  # every line deleted by the edits before: an empty file
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        if edit == "duplicate_line":
            lines.insert(at + 1, line)
        elif edit == "look_alike_line" and ":" in line and not line.lstrip().startswith("#"):
            key, rest = line.split(":", 1)
            indent = key[:len(key) - len(key.lstrip())]
            lines.insert(at + 1, indent + json.dumps(look_alike(key.strip(), draw),
                                                     ensure_ascii=False) + ":" + rest)
        elif edit == "delete_line":
            del lines[at]
        elif edit == "tab_indent":
            lines[at] = line.replace("  ", "\t", 1)
        elif edit == "crlf":
            lines = [row + "\r" for row in lines]
        elif edit == "bom":
            lines[0] = "\ufeff" + lines[0]
        elif edit == "latin1":
            encoding = "latin-1"
        elif edit == "nul":
            lines[at] = line + "\x00"
        elif edit == "truncate":
            lines[at] = line[:draw(st.integers(0, max(len(line) - 1, 0)))]
            del lines[at + 1:]
        elif edit == "long_line":
            lines.insert(at, "note: " + "x" * draw(st.integers(10_000, 100_000)))
        elif edit == "deep_flow":
            depth = draw(st.integers(40, 1_000))
            lines.insert(at, "note: " + "[" * depth + "]" * depth)
        elif edit == "deep_block":
            lines.insert(at, "note:\n" + "- " * draw(st.integers(40, 1_000)) + "x")
        elif edit == "anchor_bomb":
            bomb = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
            bomb += [f"a{i}: &a{i} [*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},"
                     f"*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1},*a{i - 1}]" for i in range(1, 9)]
            lines[:0] = ["bomb:"] + ["  " + row for row in bomb]
        elif edit == "merge_key":
            lines.insert(at, "<<: {region: X}")
        elif edit == "second_document":
            lines.append("---\npack: okad-tillganglighet-2024")
        elif edit == "swap_lines" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], line
        elif edit == "surrogate":
            lines.insert(at, 'note: "\\udc80 \\U0010ffff \\x85 \\u2028"')
        elif edit == "indent":
            lines[at] = " " * draw(st.integers(1, 9)) + line
    text = "\n".join(lines)
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:
        raw = text.encode(encoding, errors="replace")
    return name, raw, steps


@FUZZ
@given(case=text_submission())
def test_fuzz_submission_text(worker: Worker, case_dir: Any,
                              case: tuple[str, bytes, list[str]]) -> None:
    RUN["submission text"] += 1
    _, raw, steps = case
    path = case_dir() / "inlamning.yaml"
    path.write_bytes(raw)
    report = check_run(worker.run(["check", path, "--format", "json", "--as-of", AS_OF]),
                       digests([path]))
    if report is not None and "look_alike_line" in steps:
        try:
            data = _load(path)
        except Exception:  # not YAML to this reader, so nothing to compare
            return
        assert not has_look_alike_keys(data), f"{steps}: a look-alike key was judged"


# --- target 3: rule packs -----------------------------------------------------------------

PACK_TEXTS = {pack.name: {path.relative_to(pack).as_posix(): path.read_text(encoding="utf-8")
                          for path in sorted(pack.rglob("*.yaml"))}
              for pack in sorted(RULES.iterdir()) if (pack / "pack.yaml").is_file()}
PACK_SUBMISSION = {"okad-tillganglighet-2024": "region-halland-2024.yaml",
                   "god-och-nara-vard-2023": "region-halland-2023.yaml",
                   "god-och-nara-vard-2024": None}
PACK_FAMILY = {"okad-tillganglighet-2024": ["okad-tillganglighet-2024"],
               "god-och-nara-vard-2023": ["god-och-nara-vard-2023"],
               "god-och-nara-vard-2024": ["god-och-nara-vard-2023", "god-och-nara-vard-2024"]}
EXPRESSIONS = ["value >=", "not", "value == 'ja' or", "a + b", "x <= deadlines.okand",
               "value.__class__ == 1", "levererad <= due + 21 days", "(value", "1 == 1",
               "true", "value == value", "__import__('os')", "value >= 95 or true",
               "blank == true", "value < 'ja'", "levererad < 5", "9" * 400 + " < value"]


def _mutate_tree(draw: st.DrawFn, data: Any) -> None:
    """One change somewhere in a parsed YAML tree: delete, replace, rename or duplicate."""
    node, parent, key = data, None, None
    while isinstance(node, dict | list) and node and draw(st.integers(0, 4)) > 0:
        parent = node
        key = draw(st.sampled_from(sorted(node, key=str)) if isinstance(node, dict)
                   else st.integers(0, len(node) - 1))
        node = node[key]
    if parent is None:
        return
    action = draw(st.sampled_from(["delete", "replace", "expression", "rename", "duplicate"]))
    if action == "delete":
        del parent[key]
    elif action in ("replace", "expression"):
        parent[key] = draw(odd if action == "replace" else st.sampled_from(EXPRESSIONS))
    elif isinstance(parent, dict):
        new = look_alike(str(key), draw) if action == "duplicate" else \
            draw(st.text(min_size=1, max_size=8))
        parent[new] = copy.deepcopy(parent[key]) if action == "duplicate" else parent.pop(key)
    else:
        parent.append(copy.deepcopy(parent[key]))  # a rule or list item twice


@st.composite
def mutated_pack(draw: st.DrawFn) -> tuple[str, dict[str, str], list[str]]:
    pack_id = draw(st.sampled_from(sorted(PACK_TEXTS)))
    files = dict(PACK_TEXTS[pack_id])
    steps = []
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(sorted(files)))
        how = draw(st.sampled_from(["tree", "tree", "tree", "text"]))
        steps.append(f"{how} {name}")
        if how == "text":
            lines = files[name].split("\n")
            at = draw(st.integers(0, len(lines) - 1))
            edit = draw(st.sampled_from(["delete", "duplicate", "tab", "truncate"]))
            if edit == "delete":
                del lines[at]
            elif edit == "duplicate":
                lines.insert(at, lines[at])
            elif edit == "tab":
                lines[at] = "\t" + lines[at]
            else:
                del lines[at:]
            files[name] = "\n".join(lines)
            continue
        try:
            data = YAML(typ="safe", pure=True).load(files[name])
        except Exception:  # an earlier text edit broke this file: keep it broken
            continue
        _mutate_tree(draw, data)
        files[name] = _dump(data)
    return pack_id, files, steps


def _submission_without(name: str, folder: Path, draw_answer: str | None) -> Path:
    data = copy.deepcopy(SUBMISSIONS[name])
    if draw_answer:
        data["answers"].pop(draw_answer, None)
    path = folder / name
    path.write_text(_dump(data), encoding="utf-8")
    return path


@FUZZ
@given(case=mutated_pack(), data=st.data())
def test_fuzz_rule_packs(worker: Worker, case_dir: Any,
                         case: tuple[str, dict[str, str], list[str]],
                         data: st.DataObject) -> None:
    RUN["rule packs"] += 1
    pack_id, files, steps = case
    root = case_dir()
    packs = root / "rules"
    for other in PACK_FAMILY[pack_id]:  # a pack's parent is a sibling folder
        shutil.copytree(RULES / other, packs / other)
    for name, text in files.items():
        (packs / pack_id / name).write_text(text, encoding="utf-8")
    inputs = sorted(p for p in (packs / pack_id).rglob("*") if p.is_file())
    before = digests(inputs)
    if data.draw(st.integers(0, 2)) == 0:  # a third also through `lint` (time)
        lint = worker.run(["lint", packs / pack_id])
        assert lint.crash is None and lint.exit_code in (0, 1, 2), lint.crash or lint.stderr
        assert "Traceback" not in lint.stdout + lint.stderr
    # the 2024 pack of god-och-nara-vard extends the 2023 one, which the submission names
    fixture = PACK_SUBMISSION[pack_id] or "region-halland-2023.yaml"
    answers = sorted(SUBMISSIONS[fixture]["answers"])
    dropped = data.draw(st.one_of(st.none(), st.sampled_from(answers)))
    submission = _submission_without(fixture, root, dropped)
    outcome = worker.run(["check", submission, "--format", "json", "--as-of", AS_OF],
                         packs=packs)
    report = check_run(outcome, {**before, **digests([submission])})
    if report is not None and dropped:
        # whatever the pack now says, an answer that is not there does not pass
        never_pass(report, {dropped}, why=str(steps))
    assert digests(inputs) == before


# --- targets 4 and 5: unit logs as CSV and .xlsx -------------------------------------------

LOG = (FIXTURES / "enhetslogg-nordmark-2024.csv").read_text(encoding="utf-8").splitlines()
NORDMARK = SUBMISSIONS["region-nordmark-2024.yaml"]
LOG_RULES = {rule.spec.id for rule in _pack("okad-tillganglighet-2024").rules
             if getattr(rule.spec, "each", None) == "vantetidsdatabasen"}


@st.composite
def log_rows(draw: st.DrawFn) -> tuple[list[list[Any]], set[str], bool, list[str]]:
    """The Nordmark log as rows, mutated; the months no row speaks for any more; whether
    the log must be refused (judged on the rows as they stand after every step)."""
    header = LOG[0].split(",")
    rows: list[list[Any]] = [line.split(",") for line in LOG[1:]]
    steps = []
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["duplicate", "look_alike", "blank", "invalid",
                                       "delete_month", "delete_row", "odd_cell", "header",
                                       "extra_column", "short_row"]))
        steps.append(action)
        if not rows:
            break
        at = draw(st.integers(0, len(rows) - 1))
        row = rows[at]
        if action == "duplicate" and len(row) > 5:
            copy_row = list(row)
            copy_row[draw(st.sampled_from([3, 4, 5]))] = draw(st.sampled_from(["ja", "nej"]))
            rows.insert(draw(st.integers(0, len(rows))), copy_row)
        elif action == "look_alike" and len(row) > 2:
            copy_row = list(row)
            column = draw(st.sampled_from([0, 2]))
            copy_row[column] = look_alike(str(row[column]), draw)
            rows.append(copy_row)
        elif action == "blank" and len(row) > 5:
            column = draw(st.sampled_from([0, 2, 3, 4, 5]))
            row[column] = draw(st.sampled_from(["", " ", "\u200b", "\ufeff", "\u00a0"]))
        elif action == "invalid" and len(row) > 6:
            column = draw(st.sampled_from([3, 4, 5, 6]))
            row[column] = draw(st.sampled_from(["kanske", "2", "jaa", "2024-02-30",
                                                "0001-01-01", "9999-12-31", "x" * 12_000]))
        elif action == "delete_month" and len(row) > 2:
            rows[:] = [r for r in rows if len(r) < 3 or r[2] != row[2]]
        elif action == "delete_row":  # one unit's month: the month stays, judged without it
            rows.pop(at)
        elif action == "odd_cell":
            row[draw(st.integers(0, len(row) - 1))] = draw(odd.filter(
                lambda v: not isinstance(v, list | dict)))
        elif action == "header":
            column = draw(st.integers(0, len(header) - 1))
            header = list(header)
            header[column] = draw(st.sampled_from(["", header[column].upper(),
                                                   look_alike(header[column], draw),
                                                   header[(column + 1) % len(header)]]))
        elif action == "extra_column":
            row.append("extra")
        elif action == "short_row" and len(row) > 2:
            del row[draw(st.integers(1, len(row) - 1)):]
    # a month written with look-alike digits is that month (docs/SECURITY.md), not absent
    absent = {line.split(",")[2] for line in LOG[1:]} - {same_key(str(row[2])) for row in rows
                                                         if len(row) > 2}
    return [header, *rows], absent, _log_problem(rows), steps


FIXTURE_ROWS = set(LOG[1:])
BROKEN_CELLS = {"kanske", "2", "jaa", "2024-02-30", "0001-01-01", "9999-12-31", "x" * 12_000}


def _log_problem(rows: list[list[Any]]) -> bool:
    """Whether a row is short, misses a required cell, holds a value no column accepts, or
    repeats a (unit, month) another row has."""
    seen = set()
    for row in rows:
        if not any(same_key(str(cell)) for cell in row):
            continue  # a blank line, skipped as in any CSV reader
        if len(row) < 6:
            return True
        cells = [same_key(str(cell)) for cell in row]
        if any(not cells[column] for column in (0, 2, 3, 4, 5)):
            return True
        # a unit not expected to report "does not count either way": its delivery cell is
        # not read (compliance/inputs/unitlog.py), so only the flags must be valid
        checked = row[3:6] if cells[3].casefold() == "nej" else row[3:7]
        if any(str(cell) in BROKEN_CELLS for cell in checked):
            return True
        key = (cells[0].casefold(), cells[2])
        if key in seen:
            return True
        seen.add(key)
    return False


def _log_check(worker: Worker, folder: Path, log: Path,
               case: tuple[list[list[Any]], set[str], bool, list[str]]) -> None:
    rows, touched, refused, steps = case
    submission = folder / "inlamning.yaml"
    data = copy.deepcopy(NORDMARK)
    data["series"].pop("vantetidsdatabasen")
    submission.write_text(_dump(data), encoding="utf-8")
    before = digests([submission, log])
    outcome = worker.run(["check", submission, "--log", log, "--format", "json",
                          "--as-of", AS_OF])
    report = check_run(outcome, before)
    if report is None:
        return
    changed = [row for row in rows[1:] if ",".join(map(str, row)) not in FIXTURE_ROWS]
    assert not refused, f"{steps}: a duplicated, blank or invalid row was judged: {changed}"
    months = {m for m in touched if m}
    if months:
        never_pass(report, months, within=LOG_RULES, why=str(steps))


CSV_STYLES = ["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1-bytes", "semicolon", "tab",
              "pipe", "crlf", "quoted", "no-newline"]


@FUZZ
@given(case=log_rows(), style=st.sampled_from(CSV_STYLES))
def test_fuzz_unit_logs_csv(worker: Worker, case_dir: Any,
                            case: tuple[list[list[Any]], set[str], bool, list[str]],
                            style: str) -> None:
    RUN["unit logs (CSV)"] += 1
    rows = case[0]
    delimiter = {"semicolon": ";", "tab": "\t", "pipe": "|"}.get(style, ",")
    cells = [[str(cell) for cell in row] for row in rows]
    if style == "quoted":
        cells = [['"' + cell.replace('"', '""') + '"' for cell in row] for row in cells]
    text = ("\r\n" if style == "crlf" else "\n").join(delimiter.join(row) for row in cells)
    text += "" if style == "no-newline" else "\n"
    encoding = {"utf-8-sig": "utf-8-sig", "cp1252": "cp1252", "utf-16": "utf-16",
                "latin-1-bytes": "latin-1"}.get(style, "utf-8")
    try:
        raw = text.encode(encoding)
    except UnicodeEncodeError:  # "?" for a blank cell would change what is tested
        raw = text.encode("utf-8")
    folder = case_dir()
    log = folder / "logg.csv"
    log.write_bytes(raw)
    _refused = case if style != "pipe" else (case[0], case[1], True, case[3])
    _log_check(worker, folder, log, _refused)


def _xlsx(rows: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append([cell if isinstance(cell, int | float | str | dt.date) else str(cell)
                      for cell in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@FUZZ
@given(case=log_rows(), corrupt=st.one_of(st.none(), st.tuples(st.integers(0, 10**6),
                                                                st.integers(0, 255))))
def test_fuzz_unit_logs_xlsx(worker: Worker, case_dir: Any,
                             case: tuple[list[list[Any]], set[str], bool, list[str]],
                             corrupt: tuple[int, int] | None) -> None:
    RUN["unit logs (.xlsx)"] += 1
    rows = [[_cell(value) for value in row] for row in case[0]]
    raw = bytearray(_xlsx(rows))
    if corrupt is not None:  # one byte anywhere: a broken zip, member or XML
        raw[corrupt[0] % len(raw)] = corrupt[1]
    folder = case_dir()
    log = folder / "logg.xlsx"
    log.write_bytes(bytes(raw))
    _log_check(worker, folder, log, case)


# a corrupt deflate stream in an .xlsx member: see test_a_corrupt_deflate_stream_in_xlsx_…


def _cell(value: Any) -> Any:
    """Cells as a spreadsheet holds them: ISO dates as dates, digits as numbers, sometimes."""
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    if isinstance(value, float) and value != value:  # openpyxl cannot write NaN
        return "nan"
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n")[:32_000]
    return value


# --- targets 6 and 7: waiver and attestation files -----------------------------------------

HALLAND = FIXTURES / "region-halland-2024.yaml"
NORDMARK_PATH = FIXTURES / "region-nordmark-2024.yaml"
REVIEWED = ["OT24-3.4-fraga-5-plan", "OT24-3.6-status-granskas", "OT24-3.6-resultat-granskas",
            "OT24-hanvisning-tidigare-ar"]
OT24_RULES = [rule.id for rule in _pack("okad-tillganglighet-2024").rules]
ANSWERS = sorted(SUBMISSIONS["region-halland-2024.yaml"]["answers"])
day = st.one_of(st.sampled_from(["2024-10-03", "2025-01-01", "2025-06-01", "2025-06-02",
                                 "2024-02-30", "0001-01-01", "9999-12-31", "igår", ""]),
                st.dates(dt.date(2023, 1, 1), dt.date(2027, 1, 1)), blank)
text_value = st.one_of(st.sampled_from(["Fiktiv granskare", "Lämnad i e-tjänsten.",
                                        LONG]), blank, odd)


def _rule_name(draw: st.DrawFn, rules: list[str]) -> str:
    rule = draw(st.sampled_from(rules + ["OKAND-REGEL"]))
    return look_alike(rule, draw) if draw(st.integers(0, 5)) == 0 else rule


@st.composite
def waiver_file(draw: st.DrawFn) -> Any:
    items = []
    for _ in range(draw(st.integers(0, 4))):
        item: dict[str, Any] = {"rule": _rule_name(draw, OT24_RULES),
                                "justification": "Lämnad i e-tjänsten.",
                                "approved_by": "Fiktiv handläggare", "date": "2024-10-03",
                                "expires": "2025-12-31"}
        for field in draw(st.lists(st.sampled_from([*item, "extra"]), max_size=3)):
            if draw(st.booleans()):
                item.pop(field, None)
            else:
                item[field] = draw(day if field in ("date", "expires") else text_value)
        items.append(item)
    if items and draw(st.integers(0, 3)) == 0:
        items.append(copy.deepcopy(items[0]))
    return draw(st.sampled_from([items, items, items, {"rule": "x"}, "text", None, 5]))


WITHOUT_WAIVERS: dict[Path, dict[str, str]] = {}  # a fixture's verdicts, judged once


@FUZZ
@given(items=waiver_file(), submission=st.sampled_from([HALLAND, NORDMARK_PATH]))
def test_fuzz_waiver_files(worker: Worker, case_dir: Any, items: Any,
                           submission: Path) -> None:
    RUN["waiver files"] += 1
    path = case_dir() / "undantag.yaml"
    path.write_text(_dump(items), encoding="utf-8")
    before = digests([path, submission])
    report = check_run(worker.run(["check", submission, "--waivers", path, "--format", "json",
                                   "--as-of", AS_OF]), before)
    if report is None:
        return
    # a waiver never turns a verdict into a pass: it is "waived" or leaves it as it was
    if submission not in WITHOUT_WAIVERS:
        plain = check_run(worker.run(["check", submission, "--format", "json", "--as-of",
                                      AS_OF]), digests([submission]))
        assert plain is not None
        WITHOUT_WAIVERS[submission] = {v["rule"]: v["outcome"] for v in plain["verdicts"]}
    was = WITHOUT_WAIVERS[submission]
    for verdict in report["verdicts"]:
        assert verdict["outcome"] != "pass" or was[verdict["rule"]] == "pass", verdict["rule"]


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value).strip())


def _active(item: dict[str, Any]) -> bool:
    as_of = dt.date.fromisoformat(AS_OF)
    expires = item.get("expires")
    return _date(item["date"]) <= as_of and (expires is None or _date(expires) >= as_of)


@st.composite
def attestation_file(draw: st.DrawFn) -> Any:
    items = []
    for _ in range(draw(st.integers(0, 4))):
        item: dict[str, Any] = {
            "rule": _rule_name(draw, REVIEWED) if draw(st.integers(0, 6)) else
            draw(st.sampled_from(OT24_RULES)),
            "decision": draw(st.sampled_from(["uppfyllt", "ej uppfyllt"])),
            "reviewer": "Fiktiv granskare", "date": draw(st.dates(dt.date(2024, 1, 1),
                                                                dt.date(2025, 12, 31))),
            "reason": "Skäl."}
        if draw(st.booleans()):
            item["subject"] = draw(st.one_of(st.sampled_from(ANSWERS), st.just("okand"),
                                             st.sampled_from(ANSWERS).map(
                                                 lambda k: k + "\u200b")))
        if draw(st.booleans()):
            item["expires"] = draw(st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31)))
        for field in draw(st.lists(st.sampled_from([*item, "extra"]), max_size=2)):
            if draw(st.booleans()):
                item.pop(field, None)
            else:
                item[field] = draw(st.one_of(st.sampled_from(["UPPFYLLT", "uppfyllt\u200b",
                                                              "ja", "delvis"]), day,
                                             text_value))
        items.append(item)
    if items and draw(st.integers(0, 2)) == 0:  # the same decision twice, or its opposite
        twin = copy.deepcopy(draw(st.sampled_from(items)))
        if draw(st.booleans()) and twin.get("decision") in ("uppfyllt", "ej uppfyllt"):
            twin["decision"] = {"uppfyllt": "ej uppfyllt",
                                "ej uppfyllt": "uppfyllt"}[twin["decision"]]
        items.insert(draw(st.integers(0, len(items))), twin)
    return items if draw(st.integers(0, 9)) else draw(st.sampled_from([{}, "x", None, [1]]))


def _attestation_oracle(items: list[dict[str, Any]], report: dict[str, Any]) -> None:
    """An evidence item of a reviewed rule passes only when an active attestation says
    "uppfyllt" for it, and no active attestation for the same item says otherwise."""
    for verdict in report["verdicts"]:
        if verdict["rule"] not in REVIEWED:
            continue
        for evidence in verdict["evidence"]:
            if evidence["outcome"] != "pass" or not evidence["subject"]:
                continue
            applying = [item for item in items if same_key(item["rule"]) == verdict["rule"]
                        and item.get("subject") in (None, evidence["subject"])
                        and _active(item)]
            decisions = {item["decision"] for item in applying}
            specific = {item["decision"] for item in applying
                        if item.get("subject") == evidence["subject"]}
            if specific:  # an attestation for this answer overrides one for the whole rule
                decisions = specific
            assert decisions == {"uppfyllt"}, (verdict["rule"], evidence["subject"], applying)


@FUZZ
@given(items=attestation_file())
def test_fuzz_attestation_files(worker: Worker, case_dir: Any, items: Any) -> None:
    RUN["attestation files"] += 1
    path = case_dir() / "attester.yaml"
    path.write_text(_dump(items), encoding="utf-8")
    before = digests([path, HALLAND])
    report = check_run(worker.run(["check", HALLAND, "--attestations", path, "--format", "json",
                                   "--as-of", AS_OF]), before)
    if report is not None:
        _attestation_oracle(items, report)


# --- found by fuzzing ----------------------------------------------------------------------


def test_a_long_unbroken_word_is_judged_in_time(tmp_path: Path) -> None:
    data = copy.deepcopy(SUBMISSIONS["region-halland-2024.yaml"])
    data["answers"]["vtdb_ej_rapporterat"] = "x" * 150_000
    path = tmp_path / "inlamning.yaml"
    path.write_text(_dump(data), encoding="utf-8")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "compliance", "check", str(path), "--format", "json",
             "--as-of", AS_OF], capture_output=True, text=True, timeout=TIME_LIMIT,
            check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"compliance check took more than {TIME_LIMIT} s")
    assert result.returncode in (0, 1, 2), result.stderr[-500:]


def _bad_deflate(raw: bytearray) -> None:
    import zipfile

    member = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("xl/worksheets/sheet1.xml")
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    raw[start] = 0xFF  # deflate block type 3, which does not exist


def _unknown_zip_version(raw: bytearray) -> None:
    entry = raw.index(b"PK\x01\x02")  # the first central directory entry
    raw[entry + 6] = 137  # version needed to extract: 13.7, which zipfile does not know


@pytest.mark.parametrize("corrupt", [_bad_deflate, _unknown_zip_version])
def test_a_corrupt_xlsx_is_a_located_error(tmp_path: Path,
                                           corrupt: Callable[[bytearray], None]) -> None:
    raw = bytearray(_xlsx([line.split(",") for line in LOG[:3]]))
    corrupt(raw)
    log = tmp_path / "logg.xlsx"
    log.write_bytes(bytes(raw))
    result = subprocess.run(
        [sys.executable, "-m", "compliance", "check", str(NORDMARK_PATH), "--log", str(log),
         "--as-of", AS_OF], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2, (result.returncode, result.stderr[-300:])
    assert result.stderr.startswith(f"fel: {log}"), result.stderr[-300:]


def test_contradicting_attestations_are_not_judged_pass(tmp_path: Path) -> None:
    path = tmp_path / "attester.yaml"
    path.write_text(_dump([
        {"rule": "OT24-3.6-status-granskas", "decision": "uppfyllt", "reviewer": "Granskare A",
         "date": dt.date(2024, 10, 10), "reason": "Status beskrivs."},
        {"rule": "OT24-3.6-status-granskas", "decision": "ej uppfyllt",
         "reviewer": "Granskare B", "date": dt.date(2024, 10, 11),
         "reason": "Revideringen saknas."}]), encoding="utf-8")
    result = cli(["check", HALLAND, "--attestations", path, "--format", "json",
                  "--as-of", AS_OF])
    if result.exit_code == 2:
        assert result.stderr.startswith(f"fel: {path}:"), result.stderr
        return
    verdict = next(v for v in json.loads(result.stdout)["verdicts"]
                   if v["rule"] == "OT24-3.6-status-granskas")
    assert verdict["outcome"] != "pass", verdict["summary"]


def test_a_reused_anchor_prints_only_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "inlamning.yaml"
    path.write_text("x: &a [1]\ny: &a [2]\n" + TEXTS["region-halland-2024.yaml"],
                    encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "compliance", "check", str(path), "--as-of", AS_OF],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.startswith("fel: "), result.stderr[:300]


# --- the count --------------------------------------------------------------------------


def test_every_target_ran_its_inputs() -> None:
    """Each target that ran in this session ran at least COMPLIANCE_FUZZ_EXAMPLES inputs."""
    short = {target: count for target, count in RUN.items() if count < EXAMPLES}
    assert not short, short
