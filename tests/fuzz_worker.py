"""A child process that runs `compliance` commands for the fuzz tests (tests/test_fuzz.py).

One JSON request per line on stdin, one JSON answer per line on stdout. A request is
``{"argv": [...], "packs": "DIR" | null}``; ``packs`` replaces the bundled rule packs'
folder for that one command (how a mutated copy of a pack is judged). The command runs
in-process through click's CliRunner, exactly as `compliance ARGV` from a shell would, so
a crash (a signal, an abort inside a native reader) or a hang ends this process, not
pytest; the parent sees it and names the input.

Only one thing differs from a fresh process: YAML text that parsed once is not parsed
again. ``load_text`` is a pure function of (text, name) and the bundled packs are parsed
on every command otherwise, which is most of a command's time. Reading, decoding, size
limits, hashing and every step after parsing still run on each command, and a text that
failed to parse is always parsed again.
"""

from __future__ import annotations

import copy
import json
import sys
import traceback
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _memoise_yaml() -> None:
    from compliance.reading import yamlload

    parse = yamlload.load_text
    parsed: dict[tuple[str, str], Any] = {}

    def load_text(text: str, name: str) -> Any:
        key = (text, name)
        if key not in parsed:
            document = parse(text, name)  # raises for bad YAML: never stored
            if len(parsed) > 2_000:
                parsed.clear()
            parsed[key] = document
        return copy.deepcopy(parsed[key])

    yamlload.load_text = load_text  # type: ignore[assignment]


@contextmanager
def _packs(folder: str | None) -> Iterator[None]:
    from compliance.packs import loader

    if folder is None:
        yield
        return
    bundled = loader.bundled_packs_dir
    loader.bundled_packs_dir = lambda: Path(folder)  # type: ignore[assignment]
    try:
        yield
    finally:
        loader.bundled_packs_dir = bundled  # type: ignore[assignment]


def main() -> None:
    from click.testing import CliRunner

    from compliance.cli import app

    _memoise_yaml()
    # a known bug, kept as test_a_reused_anchor_prints_only_a_located_error (xfail): the
    # warning would otherwise appear once per process and make the fuzz targets flaky
    from ruamel.yaml.error import ReusedAnchorWarning

    warnings.filterwarnings("ignore", category=ReusedAnchorWarning)
    runner = CliRunner()
    for line in sys.stdin:
        request = json.loads(line)
        with _packs(request.get("packs")):
            result = runner.invoke(app, request["argv"])
        error = result.exception
        crash = None
        if error is not None and not isinstance(error, SystemExit):
            crash = "".join(traceback.format_exception(error))
        answer = {"exit_code": result.exit_code, "stdout": result.stdout,
                  "stderr": result.stderr, "crash": crash}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
