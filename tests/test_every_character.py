"""Every report format stays valid for every character (issue 24, item 2): a region name,
a note and a free-text answer holding samples of every Unicode general category go
through the real `compliance check` into each format, and the output is parsed by a
reader of that format. What a format cannot carry is shown as U+FFFD, never dropped
silently and never left to break the file."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from helpers import FIXTURES, cli

from compliance.reports.formats import FORMATS
from compliance.results.overview import Overview
from compliance.results.verdict import Report

REPLACEMENT = "\ufffd"


def _samples() -> dict[str, list[str]]:
    """The first, a middle and the last code point of every general category."""
    found: dict[str, list[int]] = defaultdict(list)
    for point in range(sys.maxunicode + 1):
        found[unicodedata.category(chr(point))].append(point)
    return {category: [chr(points[0]), chr(points[len(points) // 2]), chr(points[-1])]
            for category, points in sorted(found.items())}


SAMPLES = _samples()
# Characters the formats cannot all carry: controls but tab/newline, surrogates,
# noncharacters; what XML 1.0 forbids is checked separately below.
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NONCHARACTER = re.compile("[\ufdd0-\ufdef" + "".join(
    f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)) + "]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _yaml_escaped(text: str) -> str:
    return '"' + "".join(f"\\U{ord(char):08x}" for char in text) + '"'


@pytest.fixture(scope="module")
def submission(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Halland's submission with the samples (but surrogates, which YAML cannot hold and
    the loader refuses) in its region name, its note and a free-text answer."""
    text = "".join(char for category, chars in SAMPLES.items() if category != "Cs"
                   for char in chars)
    source = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    changed = re.sub(r"^note: >-\n(?:  .*\n)+", lambda _: f"note: {_yaml_escaped(text)}\n",
                     source, count=1, flags=re.MULTILINE)
    changed = changed.replace("region: Region Halland\n",
                              f"region: {_yaml_escaped('Region ' + text)}\n", 1)
    changed = changed.replace(
        "handlingsplan_resultat: Klicka eller tryck här för att ange text.",
        f"handlingsplan_resultat: {_yaml_escaped('Resultat ' + text)}", 1)
    assert changed.count(text[:1]) == 0 and changed.count("\\U") > 3 * len(text)
    path = tmp_path_factory.mktemp("tecken") / "region.yaml"
    path.write_text(changed, encoding="utf-8")
    return path


def _check_text(text: str, xml: bool) -> None:
    assert not _CONTROL.search(text.replace("\r\n", "\n")), "styrtecken i utdata"
    assert not _NONCHARACTER.search(text), "icke-tecken i utdata"
    assert not re.search("[\ud800-\udfff]", text), "ensamt surrogat i utdata"
    if xml:
        assert not _XML_FORBIDDEN.search(text)
    text.encode("utf-8")  # never raises once surrogates are gone


class _StrictHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_report(fmt: str, output: bytes) -> str:
    """The text a reader of ``fmt`` finds in ``output`` (which must parse)."""
    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(output), read_only=True)
        cells = [str(cell) for sheet in book.worksheets
                 for row in sheet.iter_rows(values_only=True) for cell in row if cell]
        for cell in cells:
            _check_text(cell, xml=True)
        return "\n".join(cells + book.sheetnames)
    text = output.decode("utf-8")
    if fmt == "json":  # JSON carries every character (escaping controls) but surrogates
        return json.dumps(json.loads(text), ensure_ascii=False)
    _check_text(text, xml=fmt in ("junit", "html"))
    if fmt == "junit":
        root = ET.fromstring(text.encode("utf-8"))
        return "\n".join([*root.itertext(), *(value for element in root.iter()
                                              for value in element.attrib.values())])
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
        assert len({len(row) for row in rows}) == 1, "trasiga rader"
        return "\n".join(cell for row in rows for cell in row)
    if fmt == "html":
        parser = _StrictHTML()
        parser.feed(text)
        parser.close()
        return "".join(parser.text)
    return text


# Every format a report is written in; the PDF is drawn from the HTML checked here (its
# own text is read back in features/pdf_for_diariet.feature); the calendar is the timeline's.
REPORT_FORMATS = sorted(name for name, fmt in FORMATS.items()
                        if Report in fmt.renders and name != "pdf")


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_every_format_carries_every_category(fmt: str, submission: Path,
                                             tmp_path: Path) -> None:
    out = tmp_path / f"rapport.{fmt}"
    result = cli(["check", submission, "--format", fmt, "--as-of", "2024-12-31", "-o", out])
    assert result.exit_code in (0, 1), result.stderr
    shown = parse_report(fmt, out.read_bytes())
    assert "Region " in shown
    # what the format cannot carry is shown, not dropped; JSON carries all of it
    assert (REPLACEMENT in shown) == (fmt != "json"), fmt
    for category in ("Lu", "Ll", "Nd", "Sm", "Zs", "Mn"):  # ordinary text is kept
        assert SAMPLES[category][1] in shown, (fmt, category)


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_a_file_name_that_is_not_utf8_is_shown_replaced(fmt: str, tmp_path: Path) -> None:
    """A file name with a byte that is not UTF-8 is a lone surrogate in Python's str;
    it reaches every report through the audit trail and the overview."""
    folder = tmp_path / "inlamningar"
    folder.mkdir()
    name = b"region-\xff\xfe.yaml"
    (folder / name.decode("utf-8", "surrogateescape")).write_bytes(
        (FIXTURES / "region-halland-2024.yaml").read_bytes())
    (folder / "region-nordmark-2024.yaml").write_bytes(
        (FIXTURES / "region-nordmark-2024.yaml").read_bytes())
    single = folder / name.decode("utf-8", "surrogateescape")
    for target in (single, folder) if Overview in FORMATS[fmt].renders else (single,):
        out = tmp_path / f"rapport-{target.name}.{fmt}"
        result = cli(["check", target, "--format", fmt, "--as-of", "2024-12-31", "-o", out])
        assert result.exit_code in (0, 1), result.stderr
        shown = parse_report(fmt, out.read_bytes())
        if fmt == "json" and target == single:
            assert "region-\ufffd\ufffd.yaml" in shown
