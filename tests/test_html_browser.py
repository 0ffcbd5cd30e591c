"""The HTML report in a real headless browser, with the network shut off."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import FIXTURES, cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NO_NETWORK = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "rapport.html"
    result = cli([
        "check", str(FIXTURES / "region-nordmark-2024.yaml"), "--as-of", "2025-02-01",
        "--waivers", str(FIXTURES / "undantag-nordmark-2024.yaml"), "--format", "html",
        "-o", str(path)])
    assert result.exit_code == 1, result.stderr
    return path


def test_the_html_is_self_contained(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    for needle in ("<script", "<link", "<img", "@import", "url(", "http://", "https://",
                   "src="):
        assert needle not in html, needle
    assert re.findall(r'href="([^"]*)"', html) and all(
        link.startswith("#") for link in re.findall(r'href="([^"]*)"', html))


def _chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing; .ci/run installs it")
        pytest.skip("chromium is not installed here (apt-get install chromium)")
    return CHROMIUM


def test_the_html_renders_in_headless_chromium_without_network(report: Path,
                                                               tmp_path: Path) -> None:
    browser = _chromium()
    common = [browser, *NO_NETWORK, f"--user-data-dir={tmp_path / 'profil'}"]
    dom = subprocess.run([*common, "--dump-dom", report.as_uri()], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert "<h1>Region Nordmark (fiktiv)" in dom
    assert "Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 %" in dom
    assert "Undantag: Handlingsplanen lämnades" in dom
    assert "Spårbarhet" in dom
    shot = tmp_path / "rapport.png"
    subprocess.run([*common, "--window-size=1200,1600", f"--screenshot={shot}",
                    report.as_uri()], capture_output=True, timeout=120, check=True)
    assert shot.stat().st_size > 20_000  # a rendered page, not an empty canvas


def test_the_national_overview_as_html(tmp_path: Path) -> None:
    path = tmp_path / "oversikt.html"
    result = cli(["check", str(FIXTURES), "--as-of", "2025-06-01",
                                      "--format", "html", "-o", str(path)])
    assert result.exit_code == 1, result.stderr
    html = path.read_text(encoding="utf-8")
    assert "<h2>okad-tillganglighet-2024</h2>" in html and "Region Sydmark (fiktiv)" in html
    assert "<script" not in html and "http" not in html
