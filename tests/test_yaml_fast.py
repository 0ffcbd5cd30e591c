"""The fast YAML path (libyaml's C parser, ``reading.fastyaml``) gives exactly what the
reference (ruamel's pure-Python parser) gives: the same data, node positions and key
positions for every fixture and pack file, and the same result or located error for
documents that probe each safety limit and each place where the two parsers differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.errors import InputError
from compliance.reading.fastyaml import UNSURE, compose
from compliance.reading.yamlload import MAX_DEPTH, load_text

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "fixtures").glob("*.yaml"), *(ROOT / "rules").rglob("*.yaml")])


def _loaded(text: str, fast: bool) -> object:
    try:
        doc = load_text(text, "f.yaml", fast=fast)
    except InputError as exc:
        return str(exc)
    return doc.data, doc.positions, doc.key_positions


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fixture_and_pack_file_loads_the_same_by_the_fast_path(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert compose(text, MAX_DEPTH) is not UNSURE, "the fast path should take this file"
    assert _loaded(text, fast=True) == _loaded(text, fast=False)


PROBES = [
    "a: 1\nb: yes\nc: 0o17\nd: 0x1F\ne: 1_000\nf: .inf\ng: -.Inf\nh: .NaN\ni: ~\nj: 2024-02-30\n",
    "k: 1e3\nl: +1\nm: 012\nn: 1.\no: .5\np: 0b11\nq: Ja\nr: off\n",
    "a: >\n  x\n  y\n\n  z\nb: |\n  p\n  q\n",
    "a: &x [1, 2]\nb: *x\n",
    "a: &x 1\nb: &x 2\n",            # a reused anchor: ruamel warns, we refuse
    "a: *y\n",                       # an alias to no anchor
    "<<: {a: 1}\n",                  # merge key
    "a: !!python/object:os.system x\n",
    "a: !str x\n",
    "%YAML 1.1\n---\na: yes\n",
    "a: 1\n---\nb: 2\n",
    "[" * (MAX_DEPTH + 10) + "]" * (MAX_DEPTH + 10),
    "a: 1\na: 2\n",                  # duplicate key
    "? [1]\n: 2\n",                  # a key that is not text
    'a: "\\ud800"\n',
    "\ufeffa: 1\n",
    "a:\r\n  b: 1\r\n",
    "a: b\tc\n",                     # a tab libyaml accepts and ruamel refuses
    '{"a":1, "b": [true, false, null]}',
    '"g":1\n',                       # YAML 1.2 allows it, libyaml does not
    "x:\n  a: 1\n  b:\n  c: {d: }\n",  # empty values, placed differently by the parsers
    "a: \"café ö\"\nb: \U0001F600 x\n",
    "", "---\n", "# only a comment\n", "a: [1, 2\n", "a: 'x\n",
]


@pytest.mark.parametrize("text", PROBES)
def test_probes_give_the_reference_result_or_error(text: str) -> None:
    assert _loaded(text, fast=True) == _loaded(text, fast=False)
