"""Hostile and broken input: every run ends in a report or a clear input error, absent
data never passes, evaluations do not influence each other, files are never changed."""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import json
import math
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, absent_never_passes, cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from compliance.packs.loader import find_pack
from compliance.workspace.workspace import Workspace

BASES = {name: YAML(typ="safe", pure=True).load((FIXTURES / name).read_text(encoding="utf-8"))
         for name in ("region-halland-2024.yaml", "region-halland-2023.yaml")}

odd_values = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**12, max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.text(alphabet="\u0301\u200b\ufeffåÅ\u00a0x0-", max_size=12), st.just("x" * 20_000),
    st.sampled_from(["2024-02-30", "2024-13-01", "Ja", "nej", "", "95,0", "1e309", "-0"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(),
                                                          max_size=2),
)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(sorted(BASES)))
    data = copy.deepcopy(BASES[name])
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        path = _random_path(draw, data)
        if not path:
            continue
        parent = _walk(data, path[:-1])
        action = draw(st.sampled_from(["delete", "replace", "rename"]))
        if action == "delete":
            parent.pop(path[-1], None)
        elif action == "replace":
            parent[path[-1]] = draw(odd_values)
        elif path[-1] in parent:
            parent[draw(st.text(min_size=1, max_size=8))] = parent.pop(path[-1])
    return name, data


def _walk(data: Any, path: list[Any]) -> Any:
    for key in path:
        data = data[key]
    return data


def _random_path(draw: st.DrawFn, data: Any) -> list[Any]:
    # mostly inside answers and series, where the data is; sometimes anywhere
    top = draw(st.sampled_from(["answers", "series", "answers", "series", *sorted(data)]))
    if top not in data:
        return [top] if isinstance(data, dict) else []
    path: list[Any] = [top]
    data = data[top]
    while not path or isinstance(data, dict) and data and draw(st.integers(0, 3)) > 0:
        if not isinstance(data, dict) or not data:
            break
        key = draw(st.sampled_from(sorted(data, key=str)))
        path.append(key)
        data = data[key]
    return path


def _dump(data: Any, path: Path) -> None:
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(case=mutated())
def test_mutated_submissions_end_in_a_report_or_a_clear_error(
        tmp_path: Path, case: tuple[str, dict[str, Any]]) -> None:
    _, data = case
    path = tmp_path / "fuzz.yaml"
    _dump(data, path)
    before = hashlib.sha256(path.read_bytes()).digest()
    result = cli(["check", str(path), "--format", "json",
                                      "--as-of", "2025-06-01"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stdout + result.stderr
    assert hashlib.sha256(path.read_bytes()).digest() == before
    if result.exit_code == 2:
        assert result.stderr.startswith("fel: ")
        return
    _absent_never_passes(data, json.loads(result.stdout))


def _absent_never_passes(data: dict[str, Any], report: dict[str, Any]) -> None:
    absent_never_passes(find_pack(report["pack"]["id"]), data, report)


@settings(max_examples=60, deadline=None)
@given(value=st.floats(allow_nan=True, allow_infinity=True) | st.integers(-10**20, 10**20))
def test_extreme_numbers_are_judged_or_refused(value: float) -> None:
    from compliance.reading.values import parse_value
    try:
        parsed = parse_value("percent", value)
    except ValueError:
        return
    assert parsed is not None and math.isfinite(parsed) and 0 <= parsed <= 100


def _verdicts(name: str) -> list[tuple[str, str]]:
    report = Workspace(dt.date(2025, 6, 1)).check_document(FIXTURES / name)
    return [(v.rule, v.outcome.value) for v in report.verdicts]


NAMES = sorted(p.name for p in FIXTURES.glob("region-*.yaml"))


def test_threads_give_the_same_verdicts_as_one_at_a_time() -> None:
    alone = {name: _verdicts(name) for name in NAMES}
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(_verdicts, NAMES * 4))
    assert together == [alone[name] for name in NAMES * 4]


def test_processes_give_the_same_verdicts_as_one_at_a_time() -> None:
    alone = [_verdicts(name) for name in NAMES]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(_verdicts, NAMES)) == alone


def test_report_is_written_atomically_and_not_over_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    args = ["check", str(FIXTURES / "region-halland-2023.yaml"), "--format", "json",
            "--as-of", "2024-06-01", "-o", str(target)]
    assert cli(args).exit_code == 0
    first = target.read_bytes()
    json.loads(first)
    target.write_text("äldre rapport", encoding="utf-8")
    refused = cli(args)
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "äldre rapport"
    assert cli([*args, "--force"]).exit_code == 0
    assert target.read_bytes() == first
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.json"]  # no temporary left


@pytest.mark.parametrize("name", NAMES)
def test_inputs_are_byte_identical_after_a_check(name: str, tmp_path: Path) -> None:
    before = (FIXTURES / name).read_bytes()
    cli(["check", str(FIXTURES / name), "-o", str(tmp_path / "r.txt")])
    assert (FIXTURES / name).read_bytes() == before


PACK_DIR = find_pack("okad-tillganglighet-2024").directory
PACK_FILES = {p.name: YAML(typ="safe", pure=True).load(p.read_text(encoding="utf-8"))
              for p in sorted(PACK_DIR.glob("*.yaml"))}


@st.composite
def mutated_pack(draw: st.DrawFn) -> dict[str, Any]:
    files = copy.deepcopy(PACK_FILES)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        name = draw(st.sampled_from(sorted(files)))
        data = files[name]
        if isinstance(data, list) and data:
            data = data[draw(st.integers(0, len(data) - 1))]
        path = _random_path(draw, data) if isinstance(data, dict) and data else []
        if not path:
            continue
        parent = _walk(data, path[:-1])
        if draw(st.booleans()):
            parent.pop(path[-1], None)
        else:
            parent[path[-1]] = draw(odd_values | st.sampled_from(
                ["value >=", "not", "value == 'ja' or", "a + b", "x <= deadlines.okand",
                 "value.__class__ == 1", "levererad <= due + 21 days", "(value"]))
    return files


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=mutated_pack())
def test_mutated_packs_load_or_give_a_located_error(tmp_path_factory: pytest.TempPathFactory,
                                                    files: dict[str, Any]) -> None:
    from compliance.errors import InputError
    from compliance.inputs.submission import read_envelope, validate_submission
    from compliance.judging.evaluate import evaluate
    from compliance.packs.loader import load_pack
    from compliance.reading.yamlload import load_file

    directory = tmp_path_factory.mktemp("pack") / "okad-tillganglighet-2024"
    directory.mkdir()
    for name, data in files.items():
        _dump(data, directory / name)
    try:
        pack = load_pack(directory)
    except InputError as error:
        assert error.location is not None and error.location.file.endswith(".yaml")
        return
    doc = load_file(FIXTURES / "region-halland-2024.yaml")
    try:
        submission = validate_submission(doc, read_envelope(doc), pack.meta.form)
    except InputError:
        return
    report = evaluate(pack, submission, dt.date(2025, 6, 1))
    assert len(report.verdicts) == len(pack.rules)
