"""Headless Chromium driven over the DevTools protocol on a pipe (no extra packages, no
port, the network shut off): load a page at a width, measure it, screenshot it on screen
and as printed, and print it to PDF."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

OPT_OUT = "COMPLIANCE_SKIP_BROWSER"  # set to 1 to skip the browser tests, and say so
NO_NETWORK = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND",
              "--proxy-server=127.0.0.1:9"]


def chromium() -> str:
    """The browser; without it the test fails unless the opt-out is set."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if os.environ.get(OPT_OUT) == "1":
        pytest.skip(f"{OPT_OUT}=1: the real-browser tests are switched off")
    if found is None:
        pytest.fail(f"chromium is missing (apt-get install chromium; .ci/run installs it); "
                    f"set {OPT_OUT}=1 to skip the real-browser tests on purpose")
    return found


class Browser:
    """One headless Chromium with one page, spoken to over --remote-debugging-pipe."""

    flags = NO_NETWORK

    def __init__(self, executable: str, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def pipes() -> None:  # the browser reads commands on fd 3, answers on fd 4
            os.dup2(to_browser_read, 3)
            os.dup2(from_browser_write, 4)

        self.process = subprocess.Popen(
            [executable, *self.flags, "--remote-debugging-pipe", f"--user-data-dir={profile}",
             "about:blank"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, preexec_fn=pipes, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: bool = False) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._message()
            if answer.get("id") == self._next:
                assert "error" not in answer, (method, answer["error"])
                result: dict[str, Any] = answer["result"]
                return result
            self.events.append(answer)

    def wait_for(self, event: str) -> None:
        while not any(e.get("method") == event for e in self.events):
            self.events.append(self._message())
        self.events = [e for e in self.events if e.get("method") != event]

    def open(self, page: Path, width: int, media: str = "screen") -> None:
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                  session=True)
        self.call("Emulation.setEmulatedMedia", {"media": media}, session=True)
        self.call("Page.navigate", {"url": page.as_uri()}, session=True)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """A value read from the page by the test (the page itself has no scripts)."""
        result = self.call("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True}, session=True)
        return result["result"].get("value")

    def screenshot(self, path: Path) -> tuple[int, int]:
        """The whole page as PNG; returns its width and height in pixels."""
        width = self.evaluate("document.documentElement.scrollWidth")
        height = self.evaluate("document.documentElement.scrollHeight")
        data = self.call("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}},
            session=True)["data"]
        path.write_bytes(base64.b64decode(data))
        return png_size(path)

    def pdf(self, path: Path) -> int:
        """The page printed as the browser prints it (CSS page size); returns its pages."""
        data = self.call("Page.printToPDF", {"preferCSSPageSize": True,
                                             "printBackground": True}, session=True)["data"]
        path.write_bytes(base64.b64decode(data))
        return pdf_pages(path.read_bytes())

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError):  # it may be gone already
            self.call("Browser.close")
        self.process.wait(timeout=30)
        os.close(self._to_browser)
        os.close(self._from_browser)


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
