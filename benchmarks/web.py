"""Benchmark: the web page (`compliance serve`) over loopback HTTP, warm, beside the import
floor measured in the same run.

    python benchmarks/web.py [--rounds 15] [--waves 3] [--strict]

Starts `compliance serve` on a free loopback port (its own empty TMPDIR), then:

1. interleaved rounds of the import floor (``python -c "import pydantic, ruamel.yaml, rich,
   durable.lang"``, a process), a warm check of ``fixtures/region-halland-2024.yaml`` and a
   warm check of a filled Word form (``POST /granska`` with ``Accept: application/json``,
   each on a kept-alive connection); best and median of each, and the medians' ratios to
   the floor's (targets: ≤ 0.5× and ≤ 1×);
2. ``--waves`` waves of 21 regions' Word forms (fixtures/make_forms.py's helpers, seven
   names for each of the three filled forms) sent by 20 clients at once: every answer must
   be 200 with its own region's report, and the peak resident memory of the server's
   process tree (app, fork server, workers; RSS summed, sampled every 20 ms, so shared
   pages count once per process) must stay under 500 MiB.

Needs psutil (in the test extra). ``--strict`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from forms import write_forms  # noqa: E402
from timing import tree_rss  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FLOOR = [sys.executable, "-c", "import pydantic, ruamel.yaml, rich, durable.lang"]
AS_OF = "2024-10-01"
CLIENTS = 20
MIB = 1024 * 1024


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _body(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="per"\r\n\r\n{AS_OF}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="dokument"; '
            f'filename="{name}"\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


class Client:
    """One kept-alive HTTP connection to the server."""

    def __init__(self, port: int) -> None:
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)

    def check(self, path: Path) -> tuple[int, dict[str, object]]:
        body, content_type = _body(path.name, path.read_bytes())
        self._connection.request("POST", "/granska", body, {
            "Content-Type": content_type, "Accept": "application/json"})
        response = self._connection.getresponse()
        data = response.read()
        return response.status, json.loads(data) if response.status == 200 else {}


@contextlib.contextmanager
def serving(tmpdir: Path) -> Iterator[tuple[int, psutil.Popen]]:
    port = _port()
    process = psutil.Popen([sys.executable, "-m", "compliance", "serve", "--port", str(port)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env={**os.environ, "TMPDIR": str(tmpdir)})
    try:
        deadline = time.monotonic() + 120
        while True:
            with contextlib.suppress(OSError):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/halsa")
                if connection.getresponse().status == 200:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit("compliance serve did not start")
            time.sleep(0.1)
        yield port, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def rounds(port: int, form: Path, count: int) -> dict[str, list[float]]:
    client = Client(port)
    halland = ROOT / "fixtures" / "region-halland-2024.yaml"
    for path in (halland, form):  # each worker's first check of a kind is not the warm path
        for _ in range(4):
            assert client.check(path)[0] == 200
    times: dict[str, list[float]] = {"floor": [], "yaml": [], "word": []}
    for _ in range(count):
        times["floor"].append(_timed(lambda: subprocess.run(FLOOR, check=True)))
        times["yaml"].append(_timed(lambda: client.check(halland)))
        times["word"].append(_timed(lambda: client.check(form)))
    return times


def concurrent(port: int, process: psutil.Process, forms: list[Path],
               waves: int) -> tuple[int, int, int]:
    """(answered correctly, sent, peak RSS of the process tree in bytes)."""
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(process))
            time.sleep(0.02)

    def one(path: Path) -> bool:
        status, report = Client(port).check(path)
        expected = f"Region {int(path.stem.split('-')[1]):02d}"
        return status == 200 and report.get("region") == expected and bool(report["verdicts"])

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        with ThreadPoolExecutor(CLIENTS) as pool:
            answers = list(pool.map(one, forms * waves))
    finally:
        stop.set()
        sampler.join()
    return sum(answers), len(answers), peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--waves", type=int, default=3)
    parser.add_argument("--strict", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        (folder / "tmp").mkdir()
        forms = write_forms(folder)
        with serving(folder / "tmp") as (port, process):
            times = rounds(port, forms[0], args.rounds)
            right, sent, peak = concurrent(port, process, forms, args.waves)
    medians = {name: statistics.median(values) for name, values in times.items()}
    load = os.getloadavg()[0]
    print(f"compliance serve över loopback-HTTP, {args.rounds} varv omväxlande "
          f"(belastning {load:.2f}, {os.cpu_count()} kärnor):")
    print(f"  {'mätning':<44} {'bäst':>8} {'median':>8} {'kvot':>6} {'mål':>6}")
    missed = []
    for name, label, target in (("floor", "importgolvet (process)", None),
                                ("yaml", "varm granskning, region-halland-2024.yaml", 0.5),
                                ("word", "varm granskning, Word-formulär", 1.0)):
        ratio = medians[name] / medians["floor"]
        goal = f"≤{target:g}×" if target else ""
        print(f"  {label:<44} {min(times[name]) * 1000:6.1f}ms {medians[name] * 1000:6.1f}ms "
              f"{ratio:5.2f}× {goal:>6}")
        if target is not None and ratio > target:
            missed.append(label)
    print(f"  {CLIENTS} samtidiga klienter, {sent} Word-formulär ({args.waves} × 21): "
          f"{right} rätt besvarade, processträdets topp {peak / MIB:.0f} MiB (mål < 500 MiB)")
    if right != sent:
        missed.append("samtidiga uppladdningar")
    if peak >= 500 * MIB:
        missed.append("minne")
    if missed and args.strict:
        raise SystemExit(f"missade mål: {', '.join(missed)}")


if __name__ == "__main__":
    main()
