"""The web page in a real headless Chromium (Debian's, over the DevTools pipe; network
shut off but for the loopback server): the strategist chooses the file through the page's
file input, submits, reads the verdicts off the page and downloads the Excel file; an old
.doc shows the error page; the keyboard alone reaches every control in order; axe-core
finds no WCAG 2.1 A/AA violation on any page.

Like tests/test_html_browser.py these fail without chromium (and without axe-core's
axe.min.js: `npm install axe-core`, which the nox session does), unless
COMPLIANCE_SKIP_BROWSER=1 says on purpose that they are skipped."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from browser import NO_NETWORK, OPT_OUT, Browser, chromium
from steps_web import FIXTURES, OLD_WORD
from web_server import Server

ROOT = Path(__file__).resolve().parent.parent
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
HALF_FILLED = FIXTURES / "formular-utkast" / "region-halland-2024-halvfylld.docx"
KEYS = {"Tab": 9, "Enter": 13}


class WebBrowser(Browser):
    """The shared DevTools driver, with what a visit to a served page needs: the network
    still shut off, but for the loopback address the test's server listens on."""

    flags = [flag for flag in NO_NETWORK if not flag.startswith(("--host-resolver-rules",
                                                                 "--proxy-server"))] + [
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=127.0.0.1"]

    def goto(self, url: str) -> None:
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for("Page.loadEventFired")

    def choose_file(self, selector: str, path: Path) -> None:
        """What the file chooser does: put ``path`` in the page's file input."""
        root = self.call("DOM.getDocument", {}, session=True)["root"]["nodeId"]
        node = self.call("DOM.querySelector", {"nodeId": root, "selector": selector},
                         session=True)["nodeId"]
        assert node, selector
        self.call("DOM.setFileInputFiles", {"nodeId": node, "files": [str(path)]},
                  session=True)

    def press(self, key: str, shift: bool = False) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", {
                "type": kind, "key": key, "code": key, "windowsVirtualKeyCode": KEYS[key],
                "modifiers": 8 if shift else 0}, session=True)
        if key == "Enter":  # a button's activation comes with the key's character
            self.call("Input.dispatchKeyEvent", {"type": "char", "text": "\r"}, session=True)

    def submit_and_wait(self, key: str = "Enter") -> None:
        self.events.clear()
        self.press(key)
        self.wait_for("Page.loadEventFired")

    def focused(self) -> str:
        return str(self.evaluate(
            "(e => e.id || e.textContent.trim() || e.getAttribute('href'))"
            "(document.activeElement)"))

    def download(self, folder: Path, button: str) -> Path:
        """Click the button labelled ``button`` and wait for the file it downloads."""
        self.call("Browser.setDownloadBehavior", {"behavior": "allow",
                                                  "downloadPath": str(folder),
                                                  "eventsEnabled": True})
        self.events.clear()
        clicked = self.evaluate(
            f"(b => b ? (b.click(), true) : false)([...document.querySelectorAll('button')]"
            f".find(b => b.textContent.trim() === {json.dumps(button)}))")
        assert clicked, button
        while True:
            done = [e for e in self.events if e.get("method") == "Browser.downloadProgress"
                    and e["params"]["state"] in ("completed", "canceled")]
            if done:
                assert done[0]["params"]["state"] == "completed", done
                break
            self.events.append(self._message())
        begun = next(e for e in self.events if e.get("method") == "Browser.downloadWillBegin")
        return folder / begun["params"]["suggestedFilename"]

    def axe(self, source: str) -> list[dict[str, Any]]:
        """axe-core's WCAG 2.1 A and AA violations on the page shown."""
        self.evaluate(source)
        found = self.call("Runtime.evaluate", {
            "expression": f"axe.run(document, {{runOnly: {{type: 'tag', values: "
                          f"{json.dumps(AXE_TAGS)}}}}}).then(r => r.violations.map(v => "
                          f"({{id: v.id, help: v.help, nodes: v.nodes.map(n => n.html)}})))",
            "awaitPromise": True, "returnByValue": True}, session=True)
        violations: list[dict[str, Any]] = found["result"]["value"]
        return violations


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebBrowser]:
    session = WebBrowser(chromium(), tmp_path / "profil")
    session.call("DOM.enable", session=True)
    yield session
    session.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if os.environ.get(OPT_OUT) == "1":
        pytest.skip(f"{OPT_OUT}=1: the real-browser tests are switched off")
    path = Path(os.environ.get("COMPLIANCE_AXE_CORE")
                or ROOT / "node_modules" / "axe-core" / "axe.min.js")
    if not path.is_file():
        pytest.fail(f"axe-core is missing ({path}): `npm install axe-core` (the nox session "
                    f"does) or set COMPLIANCE_AXE_CORE; set {OPT_OUT}=1 to skip the "
                    "real-browser tests on purpose")
    return path.read_text(encoding="utf-8")


def _upload(browser: WebBrowser, server: Server, path: Path, as_of: str) -> None:
    browser.goto(server.url + "/")
    browser.choose_file("#dokument", path)
    browser.evaluate(f"document.getElementById('per').value = {json.dumps(as_of)}")
    browser.events.clear()
    browser.evaluate("document.querySelector('form button[type=submit]').click()")
    browser.wait_for("Page.loadEventFired")


def _verdicts_on_page(browser: WebBrowser) -> dict[str, str]:
    rows = browser.evaluate(
        "[...document.querySelectorAll('table.rules tbody tr')].map(tr => "
        "[tr.querySelector('code.id').textContent, tr.querySelector('.badge').textContent])")
    return {rule: outcome for rule, outcome in rows}


def test_upload_read_the_verdicts_and_download_the_excel_file(
        browser: WebBrowser, web_server: Server, tmp_path: Path) -> None:
    _upload(browser, web_server, HALF_FILLED, "2024-10-01")
    shown = _verdicts_on_page(browser)
    report = json.loads(web_server.post([("dokument", HALF_FILLED.name,
                                          HALF_FILLED.read_bytes())], {"per": "2024-10-01"},
                                        accept="application/json").body)
    assert shown == {v["rule"]: v["outcome_label"] for v in report["verdicts"]}
    assert shown["OT24-redovisning-i-tid"] == "ej bedömbart"
    first = browser.evaluate("document.querySelector('.blocking li a').textContent")
    blocking = [v for v in report["verdicts"] if v["outcome"] in ("fail", "missing")
                and v["severity"] in ("villkor", "krav")]
    # the form's own gaps first, then what a Word form cannot hold
    assert first == sorted(blocking, key=lambda v: bool(v["not_held"]))[0]["title"]
    folder = tmp_path / "nedladdat"
    folder.mkdir()
    saved = browser.download(folder, "Excel (.xlsx)")
    assert saved.name == "rapport.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(saved.read_bytes()), read_only=True).worksheets[1]
    assert {row[0]: row[3] for row in list(sheet.iter_rows(values_only=True))[1:]} == shown


def test_an_old_word_document_shows_the_error_page(browser: WebBrowser, web_server: Server,
                                                    tmp_path: Path) -> None:
    old = tmp_path / "redovisning.doc"
    old.write_bytes(OLD_WORD)
    _upload(browser, web_server, old, "2024-10-01")
    assert browser.evaluate("document.querySelector('h1').textContent") == \
        "Dokumentet kunde inte bedömas"
    assert "fel: redovisning.doc: dokumentet är i Words gamla format (.doc)" in \
        browser.evaluate("document.querySelector('main').textContent")
    assert browser.evaluate("document.querySelector('main a').getAttribute('href')") == "/"


def test_the_keyboard_alone(browser: WebBrowser, web_server: Server) -> None:
    """Tab reaches every control in reading order, each with a visible focus, Enter on
    Granska submits, and on the report the tools come first."""
    browser.goto(web_server.url + "/")
    browser.choose_file("#dokument", FIXTURES / "region-halland-2024.yaml")
    order: list[str] = []
    for _ in range(20):  # the date's year, month and day are stops of their own
        browser.press("Tab")
        if not order or order[-1] != browser.focused():
            order.append(browser.focused())
        assert browser.evaluate("getComputedStyle(document.activeElement).outlineStyle") \
            != "none" or browser.evaluate("document.activeElement.type") in ("file", "date")
        if order[-1] == "Visa tidslinje och vad som saknas":
            break
    assert order == ["Granskning av regionernas underlag", "dokument", "per", "komplettering",
                     "enhetslogg", "register", "undantag", "granskningar", "Granska",
                     "Visa tidslinje och vad som saknas"]
    browser.press("Tab", shift=True)
    assert browser.focused() == "Granska"
    browser.submit_and_wait()
    assert browser.evaluate("document.querySelector('h1').textContent").startswith(
        "Region Halland")
    browser.press("Tab")
    assert browser.focused() == "Webbsida (.html)"
    assert browser.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"


@pytest.mark.parametrize("page", ["formuläret", "rapporten", "felsidan", "tidslinjen",
                                  "översikten"])
def test_no_accessibility_violations(browser: WebBrowser, web_server: Server,
                                     axe_source: str, tmp_path: Path, page: str) -> None:
    if page == "formuläret":
        browser.goto(web_server.url + "/")
    elif page == "rapporten":
        _upload(browser, web_server, FIXTURES / "region-nordmark-2024.yaml", "2025-02-01")
    elif page == "felsidan":
        old = tmp_path / "gammal.doc"
        old.write_bytes(OLD_WORD)
        _upload(browser, web_server, old, "2024-10-01")
    elif page == "tidslinjen":
        _upload(browser, web_server, FIXTURES / "region-halland-2024.yaml", "2024-10-01")
        browser.events.clear()
        browser.evaluate("[...document.querySelectorAll('button')].find(b => "
                         "b.textContent === 'Tidslinje och vad som saknas').click()")
        browser.wait_for("Page.loadEventFired")
        assert "Tidslinje" in browser.evaluate("document.querySelector('h1').textContent")
    else:
        _upload(browser, web_server,
                FIXTURES / "enkatexport" / "enkatexport-god-och-nara-vard-2023.csv",
                "2024-10-01")
        assert browser.evaluate("document.querySelectorAll('.web-regions li').length") >= 2
    violations = browser.axe(axe_source)
    assert violations == [], json.dumps(violations, ensure_ascii=False, indent=1)[:4000]
