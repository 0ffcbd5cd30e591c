"""The web page over HTTP against `compliance serve` running as its own process: the same
verdicts as `compliance check`, the downloads, the bounds, the headers, nothing stored or
logged, a crashed or slow check failing that request only."""

from __future__ import annotations

import io
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import openpyxl
import psutil
import pytest
from helpers import command
from html_tree import parse
from steps_web import FIXTURES, LIMIT_MIB, OLD_WORD
from web_server import Answer, Server, running

DOCUMENTS = sorted([*FIXTURES.glob("region-*.yaml"), *FIXTURES.glob("formular/*.docx"),
                    *(FIXTURES / "enkatexport").iterdir()])
EXPORT_PACK = "god-och-nara-vard-2023"
AS_OF = "2025-02-01"


def _as_uploaded(data: Any, path: Path) -> Any:
    """The report with the input file named as an upload names it (without folders)."""
    if isinstance(data, dict):
        return {k: _as_uploaded(v, path) for k, v in data.items()}
    if isinstance(data, list):
        return [_as_uploaded(item, path) for item in data]
    return path.name if isinstance(data, str) and data.endswith("/" + path.name) else data


def _check(server: Server, path: Path, **fields: str) -> Answer:
    return server.post([("dokument", path.name, path.read_bytes())], {"per": AS_OF, **fields},
                       accept="application/json")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_the_same_report_as_the_command_line(web_server: Server, path: Path) -> None:
    answer = _check(web_server, path)
    export = ["--pack", EXPORT_PACK] if path.parent.name == "enkatexport" else []
    _, printed, _ = command("check", path, "--as-of", AS_OF, "--format", "json", *export)
    assert answer.status == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    ours, theirs = json.loads(answer.body), json.loads(printed)
    assert ours.get("verdicts") or ours["packs"]  # never two empty reports
    assert ours == _as_uploaded(theirs, path)


def test_each_download_is_the_same_result(web_server: Server) -> None:
    path = FIXTURES / "formular" / "region-nordmark-2024.docx"
    page = web_server.post([("dokument", path.name, path.read_bytes())], {"per": AS_OF})
    assert page.status == 200
    resend = {i.attrs["name"]: i.attrs["value"]
              for i in parse(page.text).all("input", type="hidden")}
    assert resend["per"] == AS_OF and json.loads(resend["underlag"])["dokument"]
    report = json.loads(web_server.post([], {**resend, "format": "json"}).body)
    assert report == json.loads(_check(web_server, path).body)
    book = web_server.post([], {**resend, "format": "xlsx"})
    assert book.headers["content-disposition"] == 'attachment; filename="rapport.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(book.body), read_only=True).worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    outcomes = {row[0]: row[3] for row in rows[1:]}
    assert outcomes == {v["rule"]: v["outcome_label"] for v in report["verdicts"]}
    csv = web_server.post([], {**resend, "format": "csv"})
    assert csv.text.startswith("\ufeff") and "Region Nordmark" in csv.text
    html = web_server.post([], {**resend, "format": "html"})
    assert html.text.startswith("<!DOCTYPE html>") and "web-tools" not in html.text
    pdf = web_server.post([], {**resend, "format": "pdf"})  # the test extra brings WeasyPrint
    assert pdf.headers["content-type"] == "application/pdf" and pdf.body.startswith(b"%PDF")
    assert "PDF/A för diariet" in page.text


def test_security_headers_on_every_answer(web_server: Server) -> None:
    for answer in (web_server.get("/"), web_server.get("/finns-inte"),
                   _check(web_server, FIXTURES / "region-halland-2024.yaml")):
        policy = answer.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src" not in policy and "'unsafe-eval'" not in policy
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
        assert answer.headers["cache-control"] == "no-store"


def test_health_and_the_loopback_address_by_default(web_server: Server) -> None:
    assert web_server.get("/halsa").status == 200
    listening = [c.laddr for c in psutil.Process(web_server.process.pid).net_connections("inet")
                 if c.status == psutil.CONN_LISTEN]
    assert listening and all(address.ip == "127.0.0.1" for address in listening), listening


@pytest.mark.parametrize("fields, status, text", [
    ({"per": "2024-13-01"}, 400, "'2024-13-01' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)"),
    ({"per": AS_OF, "format": "docx"}, 400, "okänt format 'docx'"),
])
def test_a_bad_form_is_a_400_in_swedish(web_server: Server, fields: dict[str, str],
                                        status: int, text: str) -> None:
    path = FIXTURES / "region-halland-2024.yaml"
    answer = web_server.post([("dokument", path.name, path.read_bytes())], fields)
    assert answer.status == status and text in parse(answer.text).text(), answer.text
    assert 'href="/"' in answer.text


def test_no_document_and_no_form(web_server: Server) -> None:
    assert web_server.post([], {"per": AS_OF}).status == 400
    assert web_server.post_raw(b"per=2024-01-01", "application/x-www-form-urlencoded"
                               ).status == 400
    too_many = [("komplettering", f"{n}.yaml", b"a: 1\n") for n in range(20)]
    answer = web_server.post(too_many, {"per": AS_OF})
    assert answer.status == 400 and "fler än 16 delar" in answer.text


def test_a_bad_document_gives_the_command_lines_lines_as_json(web_server: Server) -> None:
    answer = web_server.post([("dokument", "gammal.doc", OLD_WORD)], {"per": AS_OF},
                             accept="application/json")
    assert answer.status == 422
    assert json.loads(answer.body) == {"errors": [
        "gammal.doc: dokumentet är i Words gamla format (.doc); öppna det i Word och spara "
        "det som Word-dokument (.docx)"]}


def test_the_limit_counts_what_is_sent(web_server: Server) -> None:
    """Just under the limit is read; just over is a 413, whether the client declares the
    size or not."""
    under = b"#" * (LIMIT_MIB * 1024 * 1024 - 4096) + b"\npack: x\n"
    assert web_server.post([("dokument", "nara.yaml", under)], {"per": AS_OF}).status == 422
    over = b"#" * (LIMIT_MIB * 1024 * 1024 + 1)
    answer = web_server.post([("dokument", "over.yaml", over)], {"per": AS_OF})
    assert answer.status == 413 and f"högst {LIMIT_MIB} MiB" in answer.text


def test_nothing_stored_and_nothing_logged(tmp_path: Path) -> None:
    """Uploads, a large one among them, leave nothing in TMPDIR (multiprocessing's folder
    for the pool's socket holds sockets only, and goes with the server); the log names no
    file and shows no content."""
    secret = "Hemlig-Vardcentral-4711"
    with running(tmp_path, "--max-mib", "8") as server:
        big = FIXTURES.joinpath("region-halland-2024.yaml").read_text() + f"# {secret}\n" * 300000
        server.post([("dokument", "region-hemlig.yaml", big.encode())], {"per": AS_OF})
        path = FIXTURES / "formular" / "region-halland-2024.docx"
        server.post([("dokument", "formular-hemlig.docx", path.read_bytes()),
                     ("komplettering", "tillagg-hemlig.yaml", f"x: {secret}".encode())],
                    {"per": AS_OF})
        server.post([("dokument", "hemlig.doc", OLD_WORD)], {"per": AS_OF})
        left = [p for p in server.tmpdir.rglob("*") if not (p.is_dir() or p.is_socket())]
        assert left == []
    assert list(server.tmpdir.iterdir()) == []
    log = server.log.read_text()
    assert "POST /granska" in log
    for name in server.sent:
        assert name not in log
    assert secret not in log and "hemlig" not in log


def _slow_upload(server: Server) -> bytes:
    """The server's answer to a client that starts a 1 000-byte body and stops."""
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as client:
        client.sendall(b"POST /granska HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                       b"Content-Type: multipart/form-data; boundary=b\r\n\r\n--b\r\n")
        return client.recv(1024)


def _many_regions(count: int) -> bytes:
    """A survey export with ``count`` fictional regions (each a copy of one row)."""
    lines = (FIXTURES / "enkatexport" / "enkatexport-god-och-nara-vard-2023.csv").read_text(
        encoding="utf-8-sig").splitlines()[1:]  # below the title row
    cells = lines[2].split(";")
    rows = [";".join([f"R{n:05}", cells[1], f"Region {n} (fiktiv)", *cells[3:]])
            for n in range(count)]
    return "\n".join([lines[0], *rows, ""]).encode("utf-8-sig")


def _workers(server: Server) -> list[psutil.Process]:
    """The pool's worker processes: the children of the fork server."""
    tree = psutil.Process(server.process.pid).children(recursive=True)
    return [p for p in tree if p.ppid() != server.process.pid]


def test_a_crashed_worker_fails_that_request_only(web_server: Server) -> None:
    """A worker killed in the middle of a check (as a crashing reader would end it): that
    request gets a Swedish 500 page, a check running beside it is answered, and a fresh
    worker takes the dead one's place."""
    before = _workers(web_server)
    assert len(before) == 2
    halland = FIXTURES / "region-halland-2024.yaml"
    answers: list[Answer] = []
    slow = threading.Thread(target=lambda: answers.append(web_server.post(
        [("dokument", "landet.csv", _many_regions(300))], {"per": AS_OF})))
    slow.start()
    busy = _busy_worker(before)
    beside = _check(web_server, halland)
    busy.kill()
    slow.join()
    assert beside.status == 200
    assert answers[0].status == 500 and "Inget sparades" in answers[0].text
    assert _check(web_server, halland).status == 200
    after = _workers(web_server)
    assert len(after) == 2 and busy.pid not in [p.pid for p in after]


def _busy_worker(workers: list[psutil.Process]) -> psutil.Process:
    start = {p.pid: sum(p.cpu_times()[:2]) for p in workers}
    for _ in range(500):
        time.sleep(0.01)
        for p in workers:
            if sum(p.cpu_times()[:2]) - start[p.pid] > 0.05:
                return p
    raise AssertionError("no worker took up the slow check")


def test_a_check_over_the_time_limit_is_stopped(tmp_path: Path) -> None:
    """A survey export of 300 regions (seconds of work) under a one-second limit: a 503
    in Swedish, the worker replaced, the next check answered; a body that stops coming is
    a 408."""
    with running(tmp_path, "--timeout", "1", "--workers", "1") as server:
        first = _workers(server)
        answer = server.post([("dokument", "landet.csv", _many_regions(300))], {"per": AS_OF})
        assert answer.status == 503 and "avbröts efter 1 sekunder" in answer.text
        assert _check(server, FIXTURES / "region-halland-2024.yaml").status == 200
        assert _slow_upload(server).startswith(b"HTTP/1.1 408 ")
        after = _workers(server)
        assert len(after) == 1 and after[0].pid != first[0].pid


def test_workers_are_replaced_after_their_checks(tmp_path: Path) -> None:
    """With --recycle 2 one worker does two checks and a fresh one takes over (what bounds
    durable-rules' leak); every answer is still the whole report."""
    with running(tmp_path, "--workers", "1", "--recycle", "2") as server:
        seen = []
        for _ in range(5):
            answer = _check(server, FIXTURES / "region-halland-2024.yaml")
            assert answer.status == 200 and json.loads(answer.body)["verdicts"]
            seen.append(_wait_for_one_worker(server))
        # five checks, two a worker: the worker is replaced, whenever the moment it goes
        # (after its answer) falls against the moment the pool is looked at (with the
        # default of 50 checks a worker, every look sees the first one)
        assert len(set(seen)) >= 2 and seen[0] != seen[-1], seen


def _wait_for_one_worker(server: Server) -> int:
    for _ in range(500):
        workers = [p for p in _workers(server) if p.status() != psutil.STATUS_ZOMBIE]
        if len(workers) == 1:
            return workers[0].pid
        time.sleep(0.01)
    raise AssertionError("the pool did not settle on one worker")


def test_serve_refuses_a_missing_packs_folder(tmp_path: Path) -> None:
    code, _, errors = command("serve", "--packs", tmp_path / "finns-inte")
    assert code == 2
    assert errors == f"fel: --packs/COMPLIANCE_PACKS: katalogen '{tmp_path / 'finns-inte'}' " \
                     "finns inte\n"


def test_an_identity_number_in_an_error_is_masked(web_server: Server) -> None:
    """An answer the form refuses is echoed in the fel: line, a personnummer masked."""
    text = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    assert "redovisning_inkom: 2024-09-27" in text
    text = text.replace("redovisning_inkom: 2024-09-27", "redovisning_inkom: 19121212-1212")
    for accept in ("text/html", "application/json"):
        answer = web_server.post([("dokument", "inlamning.yaml", text.encode())],
                                 {"per": AS_OF}, accept=accept)
        assert answer.status == 422 and "redovisning_inkom" in answer.text, answer.text
        assert "19121212" not in answer.text and "1212-1212" not in answer.text
        assert "19******-****" in answer.text


def test_the_timeline_as_json_is_the_status_commands(web_server: Server) -> None:
    path = FIXTURES / "region-nordmark-2024.yaml"
    answer = _check(web_server, path, vy="status")
    _, printed, _ = command("status", path, "--as-of", AS_OF, "--format", "json")
    assert answer.status == 200 and json.loads(answer.body) == _as_uploaded(
        json.loads(printed), path)


def test_the_register_upload_decides_the_bup_points(web_server: Server, tmp_path: Path) -> None:
    """The register's monthly tables, uploaded beside the form, give the BUP points as
    `compliance check --register` does; the form alone leaves them ej bedömbart."""
    import sys

    sys.path.insert(0, str(FIXTURES))
    import make_register

    form = FIXTURES / "formular" / "region-halland-2024.docx"
    fixed = dict.fromkeys((("Halland", m) for m in make_register.BLOCKS), 95.0)
    tables = [make_register.write(make_register.Layout("bup", fixed=fixed), tmp_path, month,
                                  file_name=f"bup-2024-{month:02d}.xlsx")
              for month in range(1, 7)]
    files = [("dokument", form.name, form.read_bytes()),
             *(("register", path.name, path.read_bytes()) for path in tables)]
    answer = web_server.post(files, {"per": "2024-08-01"}, accept="application/json")
    points = next(v for v in json.loads(answer.body)["verdicts"]
                  if v["rule"] == "OT24-3.7-bup-poang")
    assert points["evidence"][0]["values"]["points"] == 9, points["evidence"][0]
    code, out, _ = command("check", form, "--as-of", "2024-08-01", "--format", "json",
                           "--register", tmp_path)
    assert code in (0, 1)
    printed = next(v for v in json.loads(out)["verdicts"] if v["rule"] == "OT24-3.7-bup-poang")
    assert printed["evidence"][:2] == points["evidence"][:2]  # both periods alike
    alone = json.loads(_check(web_server, form, per="2024-08-01").body)
    without = next(v for v in alone["verdicts"] if v["rule"] == "OT24-3.7-bup-poang")
    assert without["outcome"] == "missing" and without["not_held"], without  # not in a form
