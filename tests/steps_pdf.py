"""Steps for the PDF/A report, read back with poppler's tools (pdfinfo, pdftotext,
pdftoppm) as a registry's archive would: identification, text, the first page drawn."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from pytest_bdd import parsers, then


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} saknas: apt-get install poppler-utils (.ci/run gör det)"
    return found


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@then(parsers.parse('PDF:en "{name}" anger sig som PDF/A-2b'))
def pdfa(tmp_path: Path, name: str) -> None:
    meta = _run(_tool("pdfinfo"), "-meta", str(tmp_path / name))
    assert 'pdfaid:part="2"' in meta and 'pdfaid:conformance="B"' in meta, meta


def _text(path: Path) -> str:
    return _run(_tool("pdftotext"), str(path), "-")


@then(parsers.parse('texten i PDF:en "{name}" innehåller "{text}"'))
def pdf_text(tmp_path: Path, name: str, text: str) -> None:
    content = _text(tmp_path / name)
    assert text in " ".join(content.split()), content[:2000]


@then(parsers.parse('PDF:en "{name}" visar regeln "{rule}" som "{label}"'))
def pdf_outcome(tmp_path: Path, name: str, rule: str, label: str) -> None:
    """The rule's section heads "title – outcome", and the next line starts with its id."""
    lines = _text(tmp_path / name).splitlines()
    heads = [lines[i - 1] for i, line in enumerate(lines) if line.startswith(f"{rule} ·")]
    assert heads and heads[0].rsplit(" – ", 1)[-1] == label, heads


@then(parsers.parse('första sidan i PDF:en "{name}" går att rita som en bild som inte är tom'))
def first_page(tmp_path: Path, name: str) -> None:
    out = tmp_path / "sida"
    subprocess.run([_tool("pdftoppm"), "-f", "1", "-l", "1", "-r", "40", "-gray", "-png",
                    str(tmp_path / name), str(out)], check=True)
    image = next(tmp_path.glob("sida*.png"))
    keep = os.environ.get("COMPLIANCE_SCREENSHOTS")
    if keep:
        shutil.copy(image, Path(keep) / f"pdf-{name}.png")
    from PIL import Image
    gray = Image.open(image).convert("L")
    counts = gray.histogram()  # pixels per grey level
    dark = sum(counts[:128]) / (gray.width * gray.height)
    assert 0.005 < dark < 0.5, dark  # text on the page: neither blank nor black
