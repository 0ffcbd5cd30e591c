"""Steps that run `compliance` as its own process, as a shell starts it, and hold what it
printed, returned and wrote against the same command run in this process (click's runner),
which ends with the interpreter's usual teardown: the oracle for what must not be lost."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT, Run, cli
from pytest_bdd import given, parsers, then, when

FULL_DISK = Path("/dev/full")


def _args(text: str, tmp_path: Path) -> list[str]:
    args = [arg.replace("{fixtures}", str(FIXTURES)).replace("{tmp}", str(tmp_path))
            for arg in shlex.split(text)]
    assert args[0] == "compliance"
    return args[1:]


def _environment(buffering: str) -> dict[str, str]:
    """Python buffers standard output when it is a pipe or a file, unless told not to:
    a buffered report's tail is only written by the flush at the end."""
    environment = {key: value for key, value in os.environ.items()
                   if key != "PYTHONUNBUFFERED"}
    if buffering == "med obuffrad utdata":
        environment["PYTHONUNBUFFERED"] = "1"
    else:
        assert buffering == "med buffrad utdata", buffering
    return environment


def _process(args: list[str], buffering: str, **streams: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "compliance", *args], cwd=ROOT,
                            env=_environment(buffering), stderr=subprocess.PIPE,
                            **streams)  # type: ignore[call-overload]


BUFFERING = r"(?P<buffering>med (?:buffrad|obuffrad) utdata)"


@when(parsers.re(rf'jag kör "(?P<text>[^"]*)" som en process {BUFFERING}$'))
def run_process(run: Run, tmp_path: Path, text: str, buffering: str) -> None:
    run.input = tmp_path  # the -o file's folder, for the steps below
    args = _args(text, tmp_path)
    process = _process(args, buffering, stdout=subprocess.PIPE)
    out, err = process.communicate(timeout=120)
    run.exit_code = process.returncode
    run.output, run.stderr = out.decode("utf-8"), err.decode("utf-8")
    run.report = {"args": args}  # type: ignore[dict-item]


PLUGIN = """\
import os
from pathlib import Path

Path(os.environ["COMPLIANCE_TEST_PLUGIN_MARK"]).write_text("laddat", encoding="utf-8")


class Observer:
    def new_schema_validator(self, *args, **kwargs):
        return None, None, None


plugin = Observer()
"""


@given("ett installerat pydantic-tillägg som antecknar att det laddas")
def pydantic_plugin(tmp_path: Path) -> Path:
    """A distribution on PYTHONPATH with an entry point in pydantic's group: importing
    its module (what pydantic's plugin discovery does) writes a mark."""
    folder = tmp_path / "tillagg"
    info = folder / "observer-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: observer\nVersion: 1.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text("[pydantic]\nobserver = observer_plugin:plugin\n",
                                           encoding="utf-8")
    (folder / "observer_plugin.py").write_text(PLUGIN, encoding="utf-8")
    return folder


@when(parsers.re(r'jag kör "(?P<text>[^"]*)" som en process med PYDANTIC_DISABLE_PLUGINS '
                 r'(?P<setting>osatt|satt till "[^"]*")$'))
def run_process_with_plugin(run: Run, tmp_path: Path, text: str, setting: str) -> None:
    environment = _environment("med buffrad utdata")
    environment.pop("PYDANTIC_DISABLE_PLUGINS", None)
    if setting != "osatt":
        environment["PYDANTIC_DISABLE_PLUGINS"] = setting.removeprefix("satt till ")[1:-1]
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(tmp_path / "tillagg"), *filter(None, [os.environ.get("PYTHONPATH")])])
    environment["COMPLIANCE_TEST_PLUGIN_MARK"] = str(tmp_path / "laddat")
    args = _args(text, tmp_path)
    done = subprocess.run([sys.executable, "-m", "compliance", *args], cwd=ROOT,
                          env=environment, capture_output=True, timeout=120, check=False)
    run.exit_code = done.returncode
    run.output, run.stderr = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    run.report = {"args": args}  # type: ignore[dict-item]


@then(parsers.re(r"tillägget är (?P<loaded>laddat|inte laddat)$"))
def plugin_loaded(tmp_path: Path, loaded: str) -> None:
    assert (tmp_path / "laddat").exists() == (loaded == "laddat")


@when(parsers.re(rf'jag kör "(?P<text>[^"]*)" som en process vars utdata stängs i förtid '
                 rf'{BUFFERING}$'))
def run_process_closed_early(run: Run, tmp_path: Path, text: str, buffering: str) -> None:
    read, write = os.pipe()
    os.close(read)  # nothing will ever read it: the first write or flush finds it closed
    try:
        process = _process(_args(text, tmp_path), buffering, stdout=write)
    finally:
        os.close(write)
    _, err = process.communicate(timeout=120)
    run.exit_code, run.stderr = process.returncode, err.decode("utf-8")


@when(parsers.re(rf'jag kör "(?P<text>[^"]*)" som en process med utdata till en full disk '
                 rf'{BUFFERING}$'))
def run_process_full_disk(run: Run, tmp_path: Path, text: str, buffering: str) -> None:
    if not FULL_DISK.exists():
        pytest.skip("/dev/full finns bara på Linux")
    with FULL_DISK.open("wb") as full:
        process = _process(_args(text, tmp_path), buffering, stdout=full)
        _, err = process.communicate(timeout=120)
    run.exit_code, run.stderr = process.returncode, err.decode("utf-8")


@then("processens utskrift, felutskrift och avslutningskod är desamma som kommandots i samma "
      "process")
def same_as_in_process(run: Run) -> None:
    here = cli(run.report["args"])  # type: ignore[arg-type]
    # the bytes (click's runner turns a CSV's CRLF into LF in ``stdout``)
    expected_err = here.stderr_bytes.decode("utf-8") if here.stderr_bytes else ""
    assert (run.exit_code, run.stderr) == (here.exit_code, expected_err)
    expected = here.stdout_bytes.decode("utf-8")
    assert run.output == expected, (len(run.output), len(expected))
    assert run.output or run.exit_code == 2  # a report was there to lose


@then(parsers.parse('filen "{name}" är samma rapport som kommandot skriver i samma process'))
def same_file_as_in_process(run: Run, tmp_path: Path, name: str) -> None:
    written = (tmp_path / name).read_text(encoding="utf-8")
    args = ["check", str(FIXTURES / "region-nordmark-2024.yaml"), "--as-of", "2025-03-01",
            "--format", "json"]
    assert written == cli(args).stdout


@then("inga tillfälliga filer finns kvar bredvid den")
def no_temporary_files(run: Run, tmp_path: Path) -> None:
    assert [path.name for path in tmp_path.iterdir()] == ["rapport.json"]


@then("felutskriften är tom")
def no_error_output(run: Run) -> None:
    assert run.stderr == "", run.stderr


@then(parsers.parse('felutskriften är "{text}"'))
def error_output_is(run: Run, text: str) -> None:
    assert run.stderr == text + "\n", run.stderr
