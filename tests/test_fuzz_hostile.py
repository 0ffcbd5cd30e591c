"""Fuzzing hostile rule packs and report writing (issue 24, item 6).

Two hypothesis targets in the style of tests/test_fuzz.py, through the real CLI in a
child process (fuzz_support.Worker):

- **hostile packs**: a copy of the 2024 accessibility pack, given with ``--packs``, whose
  condition is made of generated brackets, ``not``s, long numbers, many decimals, many
  terms and stray characters, or which sits at the end of a generated ``extends`` chain.
  ``check`` and ``lint`` must end cleanly (never ``internt fel``), and they must agree:
  ``check`` refuses the pack (exit 2) exactly when ``lint`` finds an error in it.
- **report writing**: the region name, note and a free-text answer hold generated text
  of any character a YAML file can carry; every format is written with ``-o`` and read
  back by a reader of that format (tests/test_every_character.py's ``parse_report``);
  no temporary file is left and the submission is unchanged.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from fuzz_support import EXAMPLES, RUN, Worker, check_run, digests
from helpers import FIXTURES, RULES
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_every_character import REPORT_FORMATS, parse_report

from compliance.reports.formats import FORMATS
from compliance.results.overview import Overview

FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=False,
                phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
pytestmark = pytest.mark.fuzz

PACK = "okad-tillganglighet-2024"
RULE_FILE = "3.4-vantetidsdatabasen.yaml"
CONDITION = "svarsfrekvens_vantande >= 95"
RULE = "OT24-3.4-svarsfrekvens-vantande"
HALLAND = FIXTURES / "region-halland-2024.yaml"
AS_OF = "2024-12-31"


# --- hostile packs ------------------------------------------------------------------------

number = st.builds(lambda whole, decimals: whole + (f".{decimals}" if decimals else ""),
                   st.text("0123456789", min_size=1, max_size=30).filter(lambda t: t[0] != "0")
                   | st.sampled_from(["9" * 4301, "1" + "0" * 5000, "95"]),
                   st.text("0123456789", max_size=8))
atom = st.one_of(st.just(CONDITION), st.builds(lambda n: f"svarsfrekvens_vantande >= {n}", number),
                 st.builds(lambda k: f"svarsfrekvens_vantande >= 90{' + 1' * k}",
                           st.sampled_from([1, 2, 5, 62, 63, 80])),
                 st.builds(lambda k: f"svarsfrekvens_vantande{' - 0.5' * k} >= 90",
                           st.integers(1, 6)),
                 st.sampled_from(['value == "ja"', "levererad <= due + 21 days"]))
# text that is not in the condition language, put in now and then
junk = st.sampled_from(["levererad <= 2024-99-99", "x.y.z > 1", "__import__('os')",
                        "svarsfrekvens_vantande >= 1e5", "a >= 'x", "((", "not",
                        "svarsfrekvens_vantande >= 95 and", "≥ 95", "\x00"])


@st.composite
def hostile_condition(draw: st.DrawFn) -> str:
    parts = [draw(atom) for _ in range(draw(st.sampled_from([1, 1, 2, 3, 10, 40])))]
    if draw(st.integers(0, 9)) == 0:
        parts.insert(draw(st.integers(0, len(parts))), draw(junk))
    text = f" {draw(st.sampled_from(['and', 'or']))} ".join(parts)
    for _ in range(draw(st.integers(0, 3))):
        wrap = draw(st.sampled_from(["brackets", "nots", "both"]))
        depth = draw(st.sampled_from([1, 8, 15, 16, 17, 40, 600, 5000]))
        if wrap in ("brackets", "both"):
            text = "(" * depth + text + ")" * depth
        if wrap in ("nots", "both"):
            text = "not " * depth + text
    return text


def _pack_copy(root: Path) -> Path:
    packs = root / "rules"
    shutil.copytree(RULES / PACK, packs / PACK)
    return packs


@FUZZ
@given(condition=hostile_condition(), chain=st.sampled_from([0, 0, 0, 1, 18, 19, 20, 25]))
def test_fuzz_hostile_packs(worker: Worker, case_dir: Any, condition: str, chain: int) -> None:
    RUN["hostile packs"] += 1
    root = case_dir()
    packs = _pack_copy(root)
    path = packs / PACK / RULE_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"require: {CONDITION}\n",
                                 f"require: {json.dumps(condition)}\n", 1), encoding="utf-8")
    pack_id, submission = PACK, HALLAND
    if chain:  # own packs that extend each other, the last one the condition's pack
        for index in range(chain):
            parent = f"kedja{index + 1}" if index + 1 < chain else PACK
            folder = packs / f"kedja{index}"
            folder.mkdir()
            (folder / "pack.yaml").write_text(f"id: kedja{index}\nextends: {parent}\n",
                                              encoding="utf-8")
        pack_id, submission = "kedja0", root / "inlamning.yaml"
        submission.write_text(HALLAND.read_text(encoding="utf-8").replace(
            f"pack: {PACK}\n", "pack: kedja0\n", 1), encoding="utf-8")
    files = sorted(p for p in packs.rglob("*.yaml"))
    before = digests([*files, submission])
    lint = worker.run(["lint", packs / pack_id])
    assert lint.crash is None and lint.exit_code in (0, 1, 2), lint.crash or lint.stderr
    assert "Traceback" not in lint.stdout + lint.stderr and "internt fel" not in lint.stderr
    outcome = worker.run(["check", submission, "--packs", packs, "--format", "json",
                          "--as-of", AS_OF])
    assert "internt fel" not in outcome.stderr, outcome.stderr[:500]
    report = check_run(outcome, before)
    if report is not None and "svarsfrekvens_vantande" in condition and \
            not any(word in condition for word in ("value", "levererad")):
        # January's response rate is in the submission: judged, never silently unjudged
        verdict = next(v for v in report["verdicts"] if v["rule"] == RULE)
        january = [e for e in verdict["evidence"] if e["subject"] == "2024-01"]
        assert january and january[0]["outcome"] in ("pass", "fail"), (condition[:300],
                                                                      january)
    # one set of limits: lint finds an error exactly when check refuses the pack
    assert (lint.exit_code == 2) == (outcome.exit_code == 2), \
        (lint.stdout[-500:], outcome.stderr[:500])


# --- report writing -----------------------------------------------------------------------

# any character a YAML file can hold (a lone surrogate cannot be written as UTF-8)
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
special = st.sampled_from(["\ufffe\uffff", "\U0010fffe", "\x00\x1b[2J\r", "\u202eevil",
                           "=HYPERLINK(1)", "]]>", "<!--", "&amp;", "\x85\u2028", "\ufdd0"])


def _escaped(value: str) -> str:
    return '"' + "".join(f"\\U{ord(char):08x}" for char in value) + '"'


@FUZZ
@given(name=st.lists(text | special, min_size=1, max_size=3).map("".join),
       note=st.lists(text | special, max_size=3).map("".join),
       fmt=st.sampled_from(REPORT_FORMATS), overview=st.booleans())
def test_fuzz_report_writing(worker: Worker, case_dir: Any, name: str, note: str, fmt: str,
                             overview: bool) -> None:
    RUN["report writing"] += 1
    root = case_dir()
    source = HALLAND.read_text(encoding="utf-8")
    changed = source.replace("region: Region Halland\n", f"region: {_escaped(name)}\n", 1)
    changed = changed.replace("handlingsplan_resultat: Klicka eller tryck här för att ange text.",
                              f"handlingsplan_resultat: {_escaped(note or 'x')}", 1)
    folder = root / "inlamningar"
    folder.mkdir()
    submission = folder / "region.yaml"
    submission.write_text(changed, encoding="utf-8")
    out = root / "ut" / f"rapport.{fmt}"
    out.parent.mkdir()
    target = folder if overview and Overview in FORMATS[fmt].renders else submission
    before = digests([submission])
    outcome = worker.run(["check", target, "--format", fmt, "--as-of", AS_OF, "-o", out])
    assert outcome.crash is None, outcome.crash
    assert outcome.exit_code in (0, 1, 2), outcome.stderr[-500:]
    assert "Traceback" not in outcome.stdout + outcome.stderr
    assert digests([submission]) == before
    if outcome.exit_code == 2:  # e.g. a region name that is only blanks
        assert outcome.stderr.startswith("fel: "), outcome.stderr[:300]
        assert not out.exists()
    else:
        parse_report(fmt, out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] in ([], [out.name])  # no temporary file
