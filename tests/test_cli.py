"""The command line as other tools use it: the JSON contract, exit codes, module entry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from helpers import FIXTURES, cli, csv_rows, english_in

from compliance.cli import app
from compliance.cliwords import SwedishGroup
from compliance.results.verdict import ExitCode, Outcome


def check(*args: str) -> tuple[int, str]:
    result = cli(["check", *args])
    return result.exit_code, result.stdout


def test_json_contract() -> None:
    code, out = check(str(FIXTURES / "region-nordmark-2024.yaml"), "--format", "json",
                      "--as-of", "2025-03-01")
    report = json.loads(out)
    assert code == 1
    assert report["region"] == "Region Nordmark (fiktiv)"
    assert report["pack"]["id"] == "okad-tillganglighet-2024" and report["pack"]["version"]
    assert report["as_of"] == "2025-03-01"
    verdict = next(v for v in report["verdicts"] if v["rule"] == "OT24-3.4-svarsfrekvens-vantande")
    assert set(verdict) >= {"rule", "title", "severity", "outcome", "evidence", "source",
                            "location"}
    assert verdict["outcome"] == "fail" and verdict["severity"] == "krav"
    march = next(e for e in verdict["evidence"] if e["subject"] == "2024-03")
    assert march["text"] == "Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 %"
    assert march["values"]["svarsfrekvens_vantande"] == 93.1
    assert verdict["location"]["file"].endswith("3.4-vantetidsdatabasen.yaml")
    assert verdict["location"]["line"] > 0
    assert sum(report["summary"].values()) == len(report["verdicts"])
    assert set(report["summary"]) == {outcome.value for outcome in Outcome}


def test_same_inputs_give_identical_json() -> None:
    args = (str(FIXTURES / "region-sydmark-2023.yaml"), "--format", "json", "--as-of",
            "2024-06-01")
    assert check(*args) == check(*args)


def test_exit_code_zero_when_only_indicators_fail() -> None:
    code, out = check(str(FIXTURES / "region-halland-2023.yaml"), "--format", "json",
                      "--as-of", "2024-06-01")
    assert code == 0
    assert json.loads(out)["summary"]["missing"] == 1  # Ko05L for 2022 is not in the seeds


def test_bad_as_of_is_a_usage_error() -> None:
    code, _ = check(str(FIXTURES / "region-halland-2023.yaml"), "--as-of", "2024-02-30")
    assert code == 2


def test_module_entry_point_runs_from_another_directory(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "compliance", "check", str(FIXTURES / "region-halland-2023.yaml"),
         "--as-of", "2024-06-01"], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "Sammanfattning" in result.stdout


def test_folder_overview_as_csv_and_text() -> None:
    result = cli(["check", str(FIXTURES), "--format", "csv",
                                      "--as-of", "2025-06-01"])
    rows = csv_rows(result.stdout)
    assert result.exit_code == 1
    assert rows[0] == ["Regelpaket", "Region", "Regel", "Rubrik", "Typ", "Utfall", "Poäng",
                       "Av högst"]
    assert ["okad-tillganglighet-2024", "Region Nordmark (fiktiv)",
            "OT24-3.4-svarsfrekvens-vantande", "krav", "ej uppfyllt", "", ""] in \
        [row[:3] + row[4:] for row in rows]
    text = cli(["check", str(FIXTURES), "--as-of", "2025-06-01"]).stdout
    assert "Hoppade över" in text and "Västmark" in text


def test_explain_without_a_submission_names_source_and_location() -> None:
    result = cli(["explain", "GNV23-fast-lakarkontakt-sabo"])
    assert result.exit_code == 0
    assert "För svaret på fråga 24 (\"Andel boende på SäBo med fast läkarkontakt 31 december\") " \
        "ska gälla: svaret minst 80 %." in result.stdout
    assert "fast_lakarkontakt_sabo" not in result.stdout  # a person reads the question
    assert "rules/god-och-nara-vard-2023/fast-lakarkontakt.yaml" in result.stdout or \
        "god-och-nara-vard-2023/fast-lakarkontakt.yaml" in result.stdout
    unknown = cli(["explain", "FINNS-INTE"])
    assert unknown.exit_code == 2 and "ingen medföljande regel" in unknown.stderr


def _command_paths(group: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [path]
    for name, command in getattr(group, "commands", {}).items():
        paths += _command_paths(command, (*path, name))
    return paths


def test_every_help_screen_is_swedish() -> None:
    """Every command and sub-command, including ones added later, shows Swedish help:
    the usage line, the help option and the type column (issue 11, point 10)."""
    paths = _command_paths(app)
    assert len(paths) > 8, paths
    for path in paths:
        result = cli([*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Användning:" in result.output and "Visa den här hjälpen" in result.output, path
        assert not english_in(result.output), (path, english_in(result.output))


def test_an_unexpected_exception_is_one_line_and_exit_3() -> None:
    """A bug in a command ends in 'fel: internt fel …' and exit 3, never a traceback and
    never the findings code 1 that a pipeline would read as a judged region."""
    from click.testing import CliRunner

    broken = SwedishGroup()

    @broken.command()
    def boom() -> None:
        raise KeyError("x")

    result = CliRunner().invoke(broken, ["boom"])
    assert result.exit_code == ExitCode.INTERNAL_ERROR == 3, result.output
    assert result.stderr.startswith("fel: internt fel i compliance (KeyError"), result.stderr
    assert "Traceback" not in result.stderr + result.stdout
