"""What a report prints is never shaped by the data it shows: hostile region names and
notes cannot forge Markdown rows, hide results in an HTML comment, start a spreadsheet
formula, repaint a terminal or crash rich with markup."""

from __future__ import annotations

import io
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from helpers import FIXTURES, cli, csv_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from compliance.results.verdict import Outcome

BASE: dict[str, Any] = YAML(typ="safe", pure=True).load(
    (FIXTURES / "region-vastmark-2024.yaml").read_text(encoding="utf-8"))
AS_OF = "2025-06-01"
HOSTILE = "=HYPERLINK(\"x\") | [/] [bold]x\x1b[31m\x9b1m <!-- \n| forged | row |\r\u202e"
C1_OR_ESC = re.compile("[\x1b\x80-\x9f]")


def _submission(directory: Path, region: str, note: str | None = None,
                name: str = "inlamning.yaml") -> Path:
    data = {**BASE, "region": region, "note": note if note is not None else BASE["note"]}
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path = directory / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _render(path: Path, fmt: str) -> tuple[int, str]:
    result = cli(["check", str(path), "--format", fmt, "--as-of", AS_OF])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result.exit_code, result.stdout


def _table_rows(markdown: str) -> int:
    return sum(1 for line in markdown.splitlines() if line.startswith("|"))


def test_markdown_escapes_region_and_note(tmp_path: Path) -> None:
    plain = _render(_submission(tmp_path, "Region Plain", "Obs"), "markdown")[1]
    (tmp_path / "h").mkdir()
    code, text = _render(_submission(tmp_path / "h", HOSTILE, HOSTILE), "markdown")
    assert code == 1
    assert _table_rows(text) == _table_rows(plain)
    assert "<!--" not in text and "<b" not in text and "[/]" not in text
    assert "\\| forged \\| row \\|" in text  # shown, as text
    assert not C1_OR_ESC.search(text)


def test_csv_overview_never_starts_a_formula(tmp_path: Path) -> None:
    for i, region in enumerate(["=1+2", "+cmd", "-2", "@SUM(A1)", "\t=x", "  =x"]):
        _submission(tmp_path, region, name=f"r{i}.yaml")
    code, text = _render(tmp_path, "csv")
    assert code == 1, text
    rows = csv_rows(text)[1:]
    assert {row[1] for row in rows if row[4] != "förbehåll"} == \
        {"'=1+2", "'+cmd", "'-2", "'@SUM(A1)", "' =x", "'  =x"}
    for row in rows:
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r")), row


def test_text_output_prints_markup_and_drops_escape_sequences(tmp_path: Path) -> None:
    path = _submission(tmp_path, HOSTILE, HOSTILE)
    code, text = _render(path, "text")
    assert code == 1
    assert "[/]" in text and "[bold]x" in text
    assert not C1_OR_ESC.search(text) and "\r" not in text and "\u202e" not in text
    code, text = _render(tmp_path, "text")  # the overview: the region is a column header
    assert code == 1 and "[/]" in text and not C1_OR_ESC.search(text)
    result = cli(["status", str(path), "--as-of", AS_OF])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not C1_OR_ESC.search(result.stdout)


def test_html_escapes_hostile_names(tmp_path: Path) -> None:
    path = _submission(tmp_path, "<script>alert(1)</script><!--", "x\"'><img src=x>")
    for target in (path, tmp_path):
        code, text = _render(target, "html")
        assert code == 1
        assert "<script>" not in text and "<!--" not in text and "<img" not in text
        assert "&lt;script&gt;" in text


hostile_text = st.lists(
    st.one_of(st.sampled_from(["|", "<!--", "-->", "[/]", "[bold]", "=", "+", "-", "@", "\n",
                               "\r", "\t", "\x1b[2J", "\x9b", "`", "*", "_", "#", "&", "<",
                               ">", "\u202e", "\\", "x", " "]),
              st.characters(codec="utf-8", exclude_categories=("Cs",))),
    min_size=1, max_size=15).map("".join).filter(lambda s: s.strip() != "")


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(region=hostile_text, note=hostile_text)
def test_every_format_renders_hostile_names_safely(tmp_path: Path, region: str,
                                                    note: str) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = _submission(folder, region, note)
    if cli(["check", str(path), "--format", "json", "--as-of", AS_OF]).exit_code == 2:
        return  # refused at input (the other engineers' input limits): nothing is rendered
    for fmt in ("text", "json", "markdown", "html"):
        code, text = _render(path, fmt)
        assert code == 1, (fmt, text)
        if fmt == "json":  # the name as YAML reads it (a NEL, U+0085, is a line break there)
            written = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
            assert json.loads(text)["region"] == written["region"]
        if fmt == "text":
            assert not C1_OR_ESC.search(text)
        if fmt in ("markdown", "html"):
            assert "<!--" not in text
        if fmt == "markdown":
            assert _table_rows(text) == (2 + len(Outcome)) + (2 + len(BASE_RULES))
    code, text = _render(folder, "csv")
    assert code == 1
    for row in csv_rows(text)[1:]:
        assert not any(cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))
                       for cell in row), row


BASE_RULES: list[str] = []


def setup_module() -> None:
    result = cli(["check", str(FIXTURES / "region-vastmark-2024.yaml"), "--format", "json",
                  "--as-of", AS_OF])
    BASE_RULES.extend(v["rule"] for v in json.loads(result.stdout)["verdicts"])


def test_xlsx_and_junit_show_hostile_names_as_text(tmp_path: Path) -> None:
    """A formula in a region name stays text in the workbook (openpyxl would otherwise
    store it as a formula), and JUnit XML stays well-formed."""
    import xml.etree.ElementTree as ET

    from openpyxl import load_workbook
    folder = tmp_path / "katalog"
    folder.mkdir()
    _submission(folder, HOSTILE, HOSTILE)
    for target in (folder / "inlamning.yaml", folder):
        out = tmp_path / f"{target.name}.xlsx"
        result = cli(["check", str(target), "--format", "xlsx", "--as-of", AS_OF, "-o", str(out)])
        assert result.exit_code == 1, result.stderr
        cells = [cell for sheet in load_workbook(out) for row in sheet.iter_rows()
                 for cell in row if isinstance(cell.value, str) and "HYPERLINK" in cell.value]
        # every cell with it is text; the caveats sheet quotes it inside a sentence
        assert cells and all(c.data_type == "s" for c in cells)
        assert any(c.value.startswith("=") for c in cells)
        code, text = _render(target, "junit")
        assert code == 1
        names = {s.get("name", "") for s in ET.fromstring(text).iter("testsuite")}
        assert any(name.startswith("=HYPERLINK") for name in names), names
