"""`-o FILE` writes only regular files or new paths, never an input, never through a
symlink without --force, never over a device; its mode follows the umask."""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FIXTURES, command

AS_OF = "2025-06-01"


def _submission(tmp_path: Path) -> Path:
    path = tmp_path / "inlamning.yaml"
    shutil.copy(FIXTURES / "region-nordmark-2024.yaml", path)
    return path


def _check(*args: str | Path) -> tuple[int, str, str]:
    return command("check", *args, "--as-of", AS_OF, "--format", "json")


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_the_report_never_replaces_an_input(tmp_path: Path, force: list[str]) -> None:
    source = _submission(tmp_path)
    before = source.read_bytes()
    link = tmp_path / "lank.json"
    link.symlink_to(source)
    waivers = tmp_path / "undantag.yaml"
    shutil.copy(FIXTURES / "undantag-nordmark-2024.yaml", waivers)
    for target, extra in ((source, []), (link, []), (waivers, ["--waivers", waivers]),
                          (tmp_path / "." / "inlamning.yaml", [])):
        code, _, err = _check(source, "-o", target, *extra, *force)
        assert code == 2 and "fel: " in err and "Traceback" not in err, err
        assert "indatafiler" in err or "symbolisk länk" in err, err
    assert source.read_bytes() == before and waivers.is_file() and link.is_symlink()


def test_a_report_is_not_written_into_the_folder_being_checked(tmp_path: Path) -> None:
    folder = tmp_path / "katalog"
    folder.mkdir()
    _submission(folder)
    code, _, err = command("check", folder, "--as-of", AS_OF, "--format", "csv", "-o",
                           folder / "rapport.csv")
    assert code == 2 and "katalogen som bedöms" in err
    assert sorted(p.name for p in folder.iterdir()) == ["inlamning.yaml"]


def test_symlinks_are_replaced_only_with_force_and_never_followed(tmp_path: Path) -> None:
    source = _submission(tmp_path)
    dangling = tmp_path / "dinglande.json"
    dangling.symlink_to(tmp_path / "finns-inte" / "x.json")
    code, _, err = _check(source, "-o", dangling)
    assert code == 2 and "symbolisk länk" in err and dangling.is_symlink()
    elsewhere = tmp_path / "annan.txt"
    elsewhere.write_text("orörd\n", encoding="utf-8")
    link = tmp_path / "lank.json"
    link.symlink_to(elsewhere)
    code, _, err = _check(source, "-o", link, "--force")
    assert code == 1, err
    assert not link.is_symlink() and link.read_text(encoding="utf-8").startswith("{")
    assert elsewhere.read_text(encoding="utf-8") == "orörd\n"


def test_never_a_device_fifo_or_directory_even_with_force(tmp_path: Path) -> None:
    source = _submission(tmp_path)
    fifo = tmp_path / "ror"
    os.mkfifo(fifo)
    folder = tmp_path / "mapp"
    folder.mkdir()
    targets = [(fifo, "inte en vanlig fil"), (folder, "det är en katalog")]
    device = tmp_path / "null"  # never the real /dev/null: the old code replaced it (as root)
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets.append((device, "inte en vanlig fil"))
    except (PermissionError, OSError):
        device = None  # type: ignore[assignment]  # no mknod here: FIFO and folder only
    for target, says in targets:
        code, _, err = _check(source, "-o", target, "--force")
        assert code == 2 and says in err and "Traceback" not in err, err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and folder.is_dir()
    assert device is None or stat.S_ISCHR(os.lstat(device).st_mode)


def test_long_names_and_missing_folders_are_clear_errors(tmp_path: Path) -> None:
    source = _submission(tmp_path)
    code, _, err = _check(source, "-o", tmp_path / ("r" * 300 + ".json"))
    assert code == 2 and "filnamnet är för långt" in err, err
    code, _, err = _check(source, "-o", tmp_path / "saknas" / "r.json")
    assert code == 2 and "katalogen finns inte" in err, err


def test_the_mode_follows_the_umask_and_stale_temporaries_are_removed(tmp_path: Path) -> None:
    source = _submission(tmp_path)
    stale = tmp_path / ".r.json.abc123.tmp"
    stale.write_text("halv", encoding="utf-8")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    fresh = tmp_path / ".r.json.def456.tmp"
    fresh.write_text("pågår", encoding="utf-8")
    old = os.umask(0o027)
    try:
        code, _, err = _check(source, "-o", tmp_path / "r.json")
    finally:
        os.umask(old)
    assert code == 1, err
    assert stat.S_IMODE(os.stat(tmp_path / "r.json").st_mode) == 0o640
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize("force", [False, True])
def test_a_report_written_in_pieces_leaves_nothing_when_a_piece_fails(
        tmp_path: Path, force: bool) -> None:
    """A long overview is written as it is rendered: a failure half-way leaves neither
    half a report nor its temporary file, and an existing file as it was."""
    from compliance.output import write_report

    target = tmp_path / "oversikt.json"
    if force:
        target.write_text("förra körningen\n", encoding="utf-8")

    def pieces() -> Iterator[str]:
        yield "{\n" * 100_000  # enough to reach the disk before the failure
        raise RuntimeError("renderingen avbröts")

    with pytest.raises(RuntimeError):
        write_report(target, pieces(), force=force)
    assert sorted(path.name for path in tmp_path.iterdir()) == (["oversikt.json"] if force
                                                                else [])
    if force:
        assert target.read_text(encoding="utf-8") == "förra körningen\n"
    write_report(target, iter(["{", "}\n"]), force=True)
    assert target.read_text(encoding="utf-8") == "{}\n"
