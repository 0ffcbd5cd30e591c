"""The HTML reports in a real headless Chromium with the network shut off: a region and a
21-region overview, on screen at 1 280 px and as printed on A4.

The browser is required: without chromium the tests fail, unless COMPLIANCE_SKIP_BROWSER=1
says on purpose that they are skipped. COMPLIANCE_SCREENSHOTS=DIR keeps the screenshots and
PDFs for a person to look at.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Browser, chromium
from country import REGIONS, write_country
from helpers import FIXTURES, cli

SCREEN = 1280


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    session = Browser(chromium(), tmp_path / "profil")
    yield session
    session.close()


def _kept(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("COMPLIANCE_SCREENSHOTS") or tmp_path / "bilder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def region_report(tmp_path: Path) -> Path:
    path = tmp_path / "rapport.html"
    result = cli([
        "check", str(FIXTURES / "region-nordmark-2024.yaml"), "--as-of", "2025-02-01",
        "--waivers", str(FIXTURES / "undantag-nordmark-2024.yaml"), "--format", "html",
        "-o", str(path)])
    assert result.exit_code == 1, result.stderr
    return path


@pytest.fixture
def country_overview(tmp_path: Path) -> Path:
    folder = tmp_path / "landet"
    write_country(folder)
    path = tmp_path / "oversikt.html"
    result = cli(["check", str(folder), "--as-of", "2025-06-01", "--format", "html",
                  "-o", str(path)])
    assert result.exit_code == 1, result.stderr
    return path


def test_the_html_is_self_contained(region_report: Path, country_overview: Path) -> None:
    for page in (region_report, country_overview):
        html = page.read_text(encoding="utf-8")
        for needle in ("<script", "<link", "<img", "@import", "url(", "http://", "https://",
                       "src=", "<iframe", "<object"):
            assert needle not in html, (page.name, needle)
        links = re.findall(r'href="([^"]*)"', html)
        assert all(link.startswith("#") for link in links), links


def test_a_region_on_screen_and_printed(browser: Browser, region_report: Path,
                                        tmp_path: Path) -> None:
    kept = _kept(tmp_path)
    browser.open(region_report, SCREEN)
    assert browser.evaluate("document.querySelector('h1').textContent").startswith(
        "Region Nordmark (fiktiv)")
    assert browser.evaluate("document.documentElement.scrollWidth") <= SCREEN
    # four charts, drawn at a readable size, side by side in pairs
    boxes = browser.evaluate("[...document.querySelectorAll('svg.chart')].map(s => {"
                             "const r = s.getBoundingClientRect(); return [r.x, r.y, r.width,"
                             " r.height]})")
    assert len(boxes) == 4
    assert all(width >= 400 and height >= 150 for _, _, width, height in boxes), boxes
    assert boxes[0][1] == boxes[1][1] and boxes[0][0] < boxes[1][0], boxes
    width, height = browser.screenshot(kept / "region-skarm.png")
    assert width == SCREEN and height > 3000
    # the outcome words are in the rendered text, not only in colours
    shown = browser.evaluate("document.body.innerText")
    assert "ej uppfyllt Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 %" \
        in shown
    browser.open(region_report, SCREEN, media="print")
    browser.screenshot(kept / "region-utskrift.png")
    pages = browser.pdf(kept / "region.pdf")
    # the report before print CSS printed as 11 pages; the caveats, the money's information
    # and the answers the 3.6 reviewer reads (issue 21) added one
    assert 3 <= pages <= 8, pages


def test_the_21_region_overview_on_screen_and_printed(browser: Browser,
                                                      country_overview: Path,
                                                      tmp_path: Path) -> None:
    kept = _kept(tmp_path)
    browser.open(country_overview, SCREEN)
    assert browser.evaluate("document.documentElement.scrollWidth") <= SCREEN
    rows = browser.evaluate("document.querySelectorAll('table.regions tbody tr').length")
    assert rows == len(REGIONS) == 21
    heat = browser.evaluate("(() => {const r = document.querySelector('svg.chart')"
                            ".getBoundingClientRect(); return [r.width, r.height]})()")
    assert heat[0] <= SCREEN and heat[1] > 21 * 18, heat
    width, _ = browser.screenshot(kept / "oversikt-skarm.png")
    assert width == SCREEN
    browser.open(country_overview, SCREEN, media="print")
    browser.screenshot(kept / "oversikt-utskrift.png")
    pages = browser.pdf(kept / "oversikt.pdf")
    assert 21 < pages <= 21 * 9, pages  # the overview, then each region from a new page


def test_every_region_is_reachable_from_the_overview(browser: Browser, country_overview: Path,
                                                     tmp_path: Path) -> None:
    """Each region's name in the overview links to its report on the same page; following
    the last one scrolls to that region's report, whose heading names it."""
    kept = _kept(tmp_path)
    browser.open(country_overview, SCREEN)
    links = browser.evaluate("[...document.querySelectorAll('table.regions tbody a')]"
                             ".map(a => [a.textContent, a.getAttribute('href')])")
    assert len(links) == 21
    for region, href in links:
        heading = browser.evaluate(f"document.querySelector('{href} h1').textContent")
        assert heading.startswith(region), (region, heading)
    region, href = links[-1]
    browser.evaluate("document.querySelectorAll('table.regions tbody a')[20].click()")
    top = browser.evaluate(f"document.querySelector('{href}').getBoundingClientRect().top")
    assert abs(top) < 5, top  # scrolled to the region's report
    assert browser.evaluate("location.hash") == href
    width, _ = browser.screenshot(kept / "oversikt-region.png")
    assert width == SCREEN
