"""Benchmark: small Word files that declare millions of XML elements are refused fast.

Writes three .docx files of a few tens of kB each – a table row of 1 million cells, 5
million empty runs, and controls nested 10 000 deep – and runs ``compliance check FILE``
on each as a user would, reporting the wall time and the peak resident memory of the
process (the refusal must come in well under 5 s and 500 MiB), and, for comparison, one
filled form read and judged the same way.

    python benchmarks/word_bomb.py [--runs 3]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "fixtures" / "formular" / "region-halland-2024.docx"
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODIES = {
    "1 000 000 celler": b"<w:tbl><w:tr>" + b"<w:tc/>" * 1_000_000 + b"</w:tr></w:tbl>",
    "5 000 000 körningar": b"<w:p>" + b"<w:r/>" * 5_000_000 + b"</w:p>",
    "10 000 nivåer": b"<w:sdt><w:sdtContent>" * 10_000 + b"</w:sdtContent></w:sdt>" * 10_000,
}


def bomb(body: bytes) -> bytes:
    """The filled form with its main part replaced by ``body``."""
    out = io.BytesIO()
    with zipfile.ZipFile(FORM) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) \
            as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "word/document.xml":
                content = b"<w:document " + _W + b"><w:body>" + body + b"</w:body></w:document>"
            target.writestr(name, content)
    return out.getvalue()


def measure(path: Path) -> tuple[float, float, int]:
    """(seconds, peak MiB, exit code) of one ``compliance check`` of ``path``."""
    start = time.perf_counter()
    process = psutil.Popen([sys.executable, "-m", "compliance", "check", str(path),
                            "--as-of", "2024-10-01", "--format", "json"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.01)
    return time.perf_counter() - start, peak / 2**20, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        cases = {"ifyllt formulär (jämförelse)": FORM}
        for name, body in BODIES.items():
            path = Path(folder) / f"{name.split()[0]}.docx"
            path.write_bytes(bomb(body))
            cases[name] = path
        for name, path in cases.items():
            results = [measure(path) for _ in range(runs)]
            seconds = sorted(r[0] for r in results)[len(results) // 2]
            peak = max(r[1] for r in results)
            print(f"{name:32} {path.stat().st_size / 1024:8.0f} kB  {seconds:5.2f} s  "
                  f"{peak:6.0f} MiB  slutkod {results[0][2]}")


if __name__ == "__main__":
    main()
