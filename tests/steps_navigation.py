"""Steps for the overview one can move through: links from the overview to each region's
report in the same file, and the heat map's rule titles."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from helpers import FIXTURES, Run
from html_tree import parse
from pytest_bdd import given, parsers, then


def _page(tmp_path: Path, name: str) -> str:
    return (tmp_path / name).read_text(encoding="utf-8")


@then("varje region i översiktens tabeller länkar till ett avsnitt i filen som börjar med "
      "regionens rubrik")
def regions_linked(tmp_path: Path) -> None:
    document = parse(_page(tmp_path, "oversikt.html"))
    links = [(a.text(), a.attrs["href"]) for table in document.all("table", class_="regions")
             for a in table.all("a")]
    assert len(links) == 5, links  # the five example submissions
    for region, href in links:
        section = document.one("section", id=href.lstrip("#"))
        assert section.one("h1").text().startswith(region), (region, href)


@then(parsers.parse('värmekartan i "{name}" har rubriken "{title}" för regeln "{rule}"'))
def heat_map_title(tmp_path: Path, name: str, title: str, rule: str) -> None:
    page = _page(tmp_path, name)
    assert re.search(rf">\d+\. {re.escape(title)} \({re.escape(rule)}\)</text>", page), rule


@then(parsers.parse('regionens avsnitt för "{region}" i "{name}" visar "{label}" för regeln '
                    '"{rule}"'))
def region_section(tmp_path: Path, region: str, name: str, label: str, rule: str) -> None:
    document = parse(_page(tmp_path, name))
    link = next(a for table in document.all("table", class_="regions") for a in table.all("a")
                if a.text() == region)
    prefix = link.attrs["href"].lstrip("#").removesuffix("rapport")
    article = document.one("article", id=f"{prefix}{rule}")
    assert article.one("h4").text().endswith(f"– {label}"), article.one("h4").text()


@given(parsers.parse('en underkatalog "{name}" med exemplet "{fixture}"'))
def sub_folder(folder: Path, name: str, fixture: str) -> None:
    (folder / name).mkdir()
    shutil.copy(FIXTURES / fixture, folder / name)


@then(parsers.parse('översikten hoppade över "{name}" med skälet "{why}"'))
def skipped_with_reason(run: Run, name: str, why: str) -> None:
    assert any(item["file"].endswith(name) and item["reason"] == why
               for item in run.report["skipped"]), run.report["skipped"]


_GAP_WORDS = ("väntar", "saknas", "–")


def _chart_labels(tmp_path: Path, name: str) -> list[list[tuple[float, float, str]]]:
    """(x, y, text) of every small label, per region chart (the heat map left out)."""
    document = parse(_page(tmp_path, name))
    charts = [svg for svg in document.all("svg", class_="chart")
              if not svg.child("title").text().startswith("Utfall per region")]
    return [[(float(t.attrs["x"]), float(t.attrs["y"]), t.own_text())
             for t in svg.all("text") if "x" in t.attrs] for svg in charts]


@then(parsers.parse('diagrammen i "{name}" skriver "{word}" över månader utan värde och '
                    'aldrig "{never}"'))
def gap_words(tmp_path: Path, name: str, word: str, never: str) -> None:
    texts = [text for labels in _chart_labels(tmp_path, name) for _, _, text in labels]
    assert word in texts, texts
    assert never not in texts


@then(parsers.parse('inga ord i diagrammen i "{name}" står över varandra'))
def no_overlap(tmp_path: Path, name: str) -> None:
    for labels in _chart_labels(tmp_path, name):
        gaps = sorted((x, y, text) for x, y, text in labels if text in _GAP_WORDS)
        for (x1, y1, a), (x2, y2, b) in zip(gaps, gaps[1:], strict=False):
            if y1 == y2:  # centred words: half of each word's width (6 units a letter)
                assert x2 - x1 >= 3 * (len(a) + len(b)), (a, x1, b, x2)
