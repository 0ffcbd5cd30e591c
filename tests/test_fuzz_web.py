"""Fuzzing the web page as an attacker would reach it (issue 24): generated multipart
bodies — many parts, oversized parts, file names with folders and odd characters, broken
boundaries, truncated bodies, a real form with its bytes mutated — sent to `compliance
serve` over loopback, some concurrently. Invariants: every answer is an HTTP status the
page documents (200, 400, 408, 413, 422), never a 500 or a stack trace, the server stays
healthy, and its TMPDIR stays empty (nothing written to disk)."""

from __future__ import annotations

import concurrent.futures
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_support import EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from steps_web import FIXTURES, LIMIT_MIB
from web_server import Answer, Server, running

pytestmark = pytest.mark.fuzz
DOCUMENTED = {200, 400, 408, 413, 422}
FORM = (FIXTURES / "formular" / "region-nordmark-2024.docx").read_bytes()
FIELDS = ("dokument", "per", "komplettering", "enhetslogg", "undantag", "granskningar",
          "register", "format", "vy", "region", "underlag", "okänt")
NAMES = st.sampled_from(["../../etc/passwd", "C:\\Windows\\x.docx", "a/b/c.yaml", "",
                         "\x00.docx", "region\r\n.docx", "å" * 300 + ".docx", "ok.docx",
                         "..", "/", "%2e%2e%2f.docx", "\u202eexcod.yaml"])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running(tmp_path_factory.mktemp("fuzzwebb"), "--max-mib", str(LIMIT_MIB),
                 "--workers", "2", "--timeout", "20") as started:
        yield started


def _mutated(data: bytes, at: int, byte: int, cut: int) -> bytes:
    """A real form with one byte changed and its tail cut."""
    position = at % len(data)
    changed = data[:position] + bytes([byte]) + data[position + 1:]
    return changed[:max(1, len(changed) - cut)]


@st.composite
def bodies(draw: st.DrawFn) -> tuple[bytes, str]:
    boundary = draw(st.sampled_from([uuid.uuid4().hex, "", "x" * 80, "--", "a b"]))
    parts = []
    for _ in range(draw(st.integers(0, 20))):
        field = draw(st.sampled_from(FIELDS))
        if draw(st.booleans()):
            data = draw(st.one_of(
                st.binary(max_size=2_000),
                st.builds(_mutated, st.just(FORM), st.integers(0, 10**6), st.integers(0, 255),
                          st.integers(0, 4_000)),
                st.just(FORM)))
            header = (f'Content-Disposition: form-data; name="{field}"; '
                      f'filename="{draw(NAMES)}"')
        else:
            data = draw(st.sampled_from([b"2024-10-01", b"", b"1999-99-99", b"json", b"x" * 5000,
                                         b"\xff\xfe"]))
            header = f'Content-Disposition: form-data; name="{field}"'
        parts.append(f"--{boundary}\r\n{header}\r\n\r\n".encode("utf-8", "surrogatepass")
                     + data + b"\r\n")
    if draw(st.booleans()):
        parts.append(f"--{boundary}--\r\n".encode())
    body = b"".join(parts)
    if draw(st.booleans()) and body:
        body = body[:draw(st.integers(0, len(body)))]  # a body that stops short
    content_type = draw(st.sampled_from([f"multipart/form-data; boundary={boundary}",
                                         "multipart/form-data", "text/plain",
                                         "application/x-www-form-urlencoded"]))
    return body, content_type


def _answered(answer: Answer) -> None:
    assert answer.status in DOCUMENTED, (answer.status, answer.body[:300])
    assert b"Traceback" not in answer.body


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(request=bodies(), accept=st.sampled_from(["text/html", "application/json"]))
def test_fuzz_web_uploads(server: Server, request: tuple[bytes, str], accept: str) -> None:
    body, content_type = request
    _answered(server.post_raw(body, content_type, accept))
    assert server.get("/halsa").status == 200


def test_fuzz_web_concurrent_and_oversized(server: Server, tmp_path: Path) -> None:
    """Twenty requests at once — forms, garbage, one over the size limit — each answered
    with a documented status; afterwards the server is healthy and has stored nothing."""
    big = os.urandom(LIMIT_MIB * 1024 * 1024 + 1)
    work = [([("dokument", "form.docx", FORM)], {"per": "2024-10-01"})] * 10 + \
        [([("dokument", "x.docx", os.urandom(3000))], {"per": "2024-10-01"})] * 8 + \
        [([("dokument", "stor.docx", big)], {"per": "2024-10-01"})] * 2
    with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(lambda item: server.post(*item), work))
    for answer in answers:
        _answered(answer)
    assert sum(answer.status == 200 for answer in answers) == 10
    assert sum(answer.status == 413 for answer in answers) == 2
    assert server.get("/halsa").status == 200
    # the worker pool's own sockets live there while it runs; no file ever does
    files = [p for p in server.tmpdir.rglob("*") if not (p.is_dir() or p.is_socket())]
    assert files == [], files
