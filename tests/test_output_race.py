"""Twelve commands write the same -o file at once (issue 24, item 4): without --force
exactly one wins and the others are refused; with --force the file is always one
complete report. No temporary file is left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES

WRITERS = 12


def _start(target: Path, day: int, force: bool) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "compliance", "check", FIXTURES / "region-halland-2024.yaml",
         "--format", "json", "--as-of", f"2024-12-{day:02d}", "-o", target,
         *(["--force"] if force else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _run_all(target: Path, force: bool) -> list[tuple[int, str]]:
    processes = [_start(target, day, force) for day in range(1, WRITERS + 1)]
    results = []
    for process in processes:
        _, err = process.communicate(timeout=300)
        results.append((process.returncode, err.decode("utf-8")))
    return results


@pytest.mark.parametrize("force", [False, True])
def test_concurrent_writers_of_one_file(tmp_path: Path, force: bool) -> None:
    target = tmp_path / "rapport.json"
    results = _run_all(target, force)
    winners = [code for code, _ in results if code in (0, 1)]
    report = json.loads(target.read_text(encoding="utf-8"))  # complete, whoever wrote it
    assert report["as_of"].startswith("2024-12-")
    if force:
        assert len(winners) == WRITERS, results
    else:
        assert len(winners) == 1, results
        refused = [err for code, err in results if code == 2]
        assert len(refused) == WRITERS - 1
        assert all(err.startswith("fel: ") and "filen finns redan" in err for err in refused)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.json"]


def test_a_writer_that_comes_first_is_never_replaced(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The deterministic form of the race: another command creates the file after this
    one checked that it did not exist (here: while this one flushes its temporary file)."""
    from compliance.errors import InputError
    from compliance.output import write_report

    target = tmp_path / "rapport.txt"
    real_fsync = os.fsync

    def other_writer_first(fd: int) -> None:
        real_fsync(fd)
        target.write_text("den andras rapport\n", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", other_writer_first)
    with pytest.raises(InputError, match="filen finns redan"):
        write_report(target, "min rapport\n", force=False)
    assert target.read_text(encoding="utf-8") == "den andras rapport\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.txt"]


def test_a_full_disk_leaves_no_partial_report(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that fails (here the flush to disk, as on a full disk) is one Swedish error
    and leaves neither the report nor its temporary file behind."""
    import errno

    from compliance.errors import InputError
    from compliance.output import write_report

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(InputError, match="disken är full"):
        write_report(tmp_path / "rapport.txt", "min rapport\n", force=False)
    assert list(tmp_path.iterdir()) == []


def test_without_hard_links_the_name_is_still_claimed_exclusively(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file system without hard links (os.link refused) the final name is created
    with O_EXCL first: a second writer is refused, the first one's report is complete."""
    import errno

    from compliance.errors import InputError
    from compliance.output import write_report

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "rapport.txt"
    write_report(target, "första\n", force=False)
    with pytest.raises(InputError, match="filen finns redan"):
        write_report(target, "andra\n", force=False)
    assert target.read_text(encoding="utf-8") == "första\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.txt"]
