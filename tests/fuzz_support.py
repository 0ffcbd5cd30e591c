"""What the fuzz tests share: how many inputs to generate, a crash-proof runner for the
CLI, the invariants every run must keep, and the count of inputs actually run.

One setting sizes the run: ``COMPLIANCE_FUZZ_EXAMPLES`` generated inputs per target
(default 290; ``nox -s fuzz`` raises it)."""

from __future__ import annotations

import hashlib
import json
import os
import selectors
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import same_key

EXAMPLES = int(os.environ.get("COMPLIANCE_FUZZ_EXAMPLES", "290"))
TIME_LIMIT = 10.0  # seconds one command may take, the project's promise
WORKER = Path(__file__).with_name("fuzz_worker.py")

RUN: Counter[str] = Counter()  # inputs run per target in this session
BUSY: Counter[str] = Counter()  # seconds the child spent on commands, per first argument


class Summary:
    """Writes the inputs run per target at the end of the session (visible in CI)."""

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        if not RUN:
            return
        terminalreporter.section("fuzz")
        for target, count in sorted(RUN.items()):
            terminalreporter.write_line(f"{target}: {count} inputs")
        terminalreporter.write_line(f"total: {sum(RUN.values())} inputs "
                                    f"(COMPLIANCE_FUZZ_EXAMPLES={EXAMPLES} per target), "
                                    f"{sum(BUSY.values()):.0f} s in commands")


def register_summary(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("compliance-fuzz-summary"):
        config.pluginmanager.register(Summary(), "compliance-fuzz-summary")


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    crash: str | None


class Died(AssertionError):
    """The command killed or hung its process."""


class Worker:
    """A child process running commands one at a time (tests/fuzz_worker.py); a signal or
    a command that takes longer than TIME_LIMIT fails the test with the arguments and
    the child is started again for the next input."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, encoding="utf-8", cwd=WORKER.parent.parent)
        self.process = process
        return process

    def run(self, argv: list[str | Path], packs: Path | None = None,
            limit: float = TIME_LIMIT) -> Outcome:
        process = self.process if self.process and self.process.poll() is None \
            else self._start()
        assert process.stdin is not None and process.stdout is not None
        request = {"argv": [str(arg) for arg in argv], "packs": str(packs) if packs else None}
        process.stdin.write(json.dumps(request) + "\n")
        process.stdin.flush()
        started = time.monotonic()
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(limit)
        BUSY[request["argv"][0]] += time.monotonic() - started
        if not ready:
            self.stop()
            raise Died(f"compliance {' '.join(request['argv'])}: ingen avslutning inom "
                       f"{limit} s")
        line = process.stdout.readline()
        if not line:
            code = process.wait()
            self.process = None
            raise Died(f"compliance {' '.join(request['argv'])}: processen dog ({code})")
        return Outcome(**json.loads(line))

    def warm(self) -> None:
        """Import and parse the bundled packs once, outside any time limit."""
        self.run(["--help"], limit=120)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


def digests(paths: list[Path]) -> dict[Path, bytes]:
    return {path: hashlib.sha256(path.read_bytes()).digest() for path in paths}


def check_run(outcome: Outcome, inputs: dict[Path, bytes]) -> dict[str, Any] | None:
    """The invariants of every command: a report (exit 0/1, JSON that parses) or one
    located Swedish error (exit 2), no traceback, inputs unchanged. The report, or None
    for an input error."""
    assert outcome.crash is None, outcome.crash
    assert outcome.exit_code in (0, 1, 2), (outcome.exit_code, outcome.stderr[-2000:])
    everything = outcome.stdout + outcome.stderr
    assert "Traceback" not in everything, everything[-3000:]
    for path, before in inputs.items():
        assert hashlib.sha256(path.read_bytes()).digest() == before, f"{path} ändrades"
    if outcome.exit_code == 2:
        assert outcome.stderr.startswith("fel: "), outcome.stderr[:500]
        first = outcome.stderr.splitlines()[0]
        assert any(path.name in first for path in inputs), first
        return None
    report: dict[str, Any] = json.loads(outcome.stdout)
    assert report["exit_code"] == outcome.exit_code
    return report


def never_pass(report: dict[str, Any], subjects: set[str], rules: Set[str] = frozenset(),
               why: str = "", within: Set[str] | None = None) -> None:
    """No evidence about ``subjects`` is ``pass``, no verdict that holds such evidence is
    ``pass``, and none of ``rules`` is ``pass``; with ``within``, only those rules'
    evidence is looked at (a month of one series is not a month of another)."""
    for verdict in report["verdicts"]:
        if within is not None and verdict["rule"] not in within:
            continue
        about = [e for e in verdict["evidence"] if e["subject"] in subjects]
        for item in about:
            assert item["outcome"] != "pass", (why, verdict["rule"], item)
        if about or verdict["rule"] in rules:
            assert verdict["outcome"] != "pass", (why, verdict["rule"], verdict["summary"])


def has_look_alike_keys(data: Any) -> bool:
    """Whether any mapping in ``data`` has two keys a person reads as one."""
    if isinstance(data, dict):
        seen = [same_key(key) for key in data if isinstance(key, str)]
        if len(seen) != len(set(seen)):
            return True
        return any(has_look_alike_keys(value) for value in data.values())
    if isinstance(data, list):
        return any(has_look_alike_keys(value) for value in data)
    return False
