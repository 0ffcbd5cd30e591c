"""Steps for hostile inputs of the trust round: packs, characters, terminals, outputs."""

from __future__ import annotations

from pathlib import Path

from helpers import FIXTURES
from pytest_bdd import given, parsers

RULE_FILE = "okad-tillganglighet-2024/3.4-vantetidsdatabasen.yaml"
CONDITION = "svarsfrekvens_vantande >= 95"


def _hostile(shape: str) -> str:
    """The condition ``CONDITION`` made big in the way ``shape`` says (in words)."""
    words = shape.split()
    if shape.startswith("inom"):
        count = int(words[1])
        return "(" * count + CONDITION + ")" * count
    if shape.startswith("efter not"):
        return "not " * int(words[2]) + CONDITION
    if shape.startswith("upprepat"):
        return " or ".join([CONDITION] * int(words[1]))
    if shape.endswith("siffror"):
        return CONDITION[:-2] + "0" * (int(words[-2]) - 2) + "95"  # leading zeros: 95
    if shape.endswith("decimaler"):
        return CONDITION + "." + "0" * int(words[-2])
    if shape.endswith("termer i summan"):
        return CONDITION + " + 0" * (int(words[1]) - 1)  # "95" is the first term
    raise AssertionError(shape)


@given(parsers.parse('regeln "OT24-3.4-svarsfrekvens-vantande" har villkoret {shape}'))
def hostile_condition(rules_dir: Path, shape: str) -> None:
    path = rules_dir / RULE_FILE
    text = path.read_text(encoding="utf-8")
    assert f"require: {CONDITION}\n" in text
    path.write_text(text.replace(f"require: {CONDITION}\n", f"require: {_hostile(shape)}\n", 1),
                    encoding="utf-8")


@given(parsers.parse('en kedja av {count:d} egna paket där vart och ett ärver nästa och det '
                     'sista ärver "{last}"'))
def extends_chain(rules_dir: Path, count: int, last: str) -> None:
    chain = rules_dir.parent / "kedja"
    for index in range(count):
        folder = chain / f"p{index}"
        folder.mkdir(parents=True)
        parent = f"p{index + 1}" if index + 1 < count else last
        (folder / "pack.yaml").write_text(f"id: p{index}\nextends: {parent}\n", encoding="utf-8")
    submission = (FIXTURES / "region-halland-2024.yaml").read_text(encoding="utf-8")
    assert "pack: okad-tillganglighet-2024\n" in submission
    (rules_dir.parent / "kedja-inlamning.yaml").write_text(
        submission.replace("pack: okad-tillganglighet-2024\n", "pack: p0\n", 1),
        encoding="utf-8")
