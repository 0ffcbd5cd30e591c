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
