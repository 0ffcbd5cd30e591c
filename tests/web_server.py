"""The web page's server as a user's browser meets it: `compliance serve` started as its own
process on a free loopback port, with an empty TMPDIR of its own, and spoken to over HTTP
with the standard library (multipart bodies written here, as a browser writes them)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

File = tuple[str, str, bytes]  # (form field, file name, content)


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    tmpdir: Path
    log: Path
    sent: list[str] = field(default_factory=list)  # file names uploaded, to look for in logs

    def get(self, path: str) -> Answer:
        return self._open(urllib.request.Request(self.url + path))

    def post(self, files: list[File], fields: dict[str, str] | None = None,
             accept: str = "text/html") -> Answer:
        self.sent += [name for _, name, _ in files]
        body, content_type = multipart(files, fields or {})
        return self.post_raw(body, content_type, accept)

    def post_raw(self, body: bytes, content_type: str, accept: str = "text/html") -> Answer:
        request = urllib.request.Request(self.url + "/granska", data=body, method="POST",
                                         headers={"Content-Type": content_type,
                                                  "Accept": accept})
        return self._open(request)

    @staticmethod
    def _open(request: urllib.request.Request) -> Answer:
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return Answer(response.status, {k.lower(): v for k, v in response.headers.items()},
                              response.read())
        except urllib.error.HTTPError as error:
            return Answer(error.code, {k.lower(): v for k, v in error.headers.items()},
                          error.read())


def multipart(files: list[File], fields: dict[str, str]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    chunks = []
    for name, value in fields.items():
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                      .encode() + value.encode() + b"\r\n")
    for name, filename, data in files:
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                      f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                      .encode() + data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def running(folder: Path, *options: str) -> Iterator[Server]:
    """`compliance serve` on a free port until the block ends; its TMPDIR is an empty
    folder of its own and its output goes to a log file the test can read."""
    tmpdir = folder / "tmp"
    tmpdir.mkdir()
    log = folder / "server.log"
    port = free_port()
    env = {**os.environ, "TMPDIR": str(tmpdir), "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "compliance", "serve", "--port",
                                    str(port), *options], stdout=out, stderr=subprocess.STDOUT,
                                   env=env)
    server = Server(f"http://127.0.0.1:{port}", process, tmpdir, log)
    try:
        _wait_until_ready(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(server: Server) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"compliance serve ended: {server.log.read_text()}")
        with contextlib.suppress(OSError):
            if server.get("/halsa").status == 200:
                return
        time.sleep(0.2)
    raise AssertionError(f"compliance serve did not get ready: {server.log.read_text()}")
