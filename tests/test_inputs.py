"""Loading is safe and bounded; free text is measured as the form says."""

from __future__ import annotations

import time

import pytest

from compliance.errors import InputError
from compliance.facts.freetext import find_personal_data, length
from compliance.reading.yamlload import load_text

BOMB = """a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def test_alias_bomb_is_rejected_quickly() -> None:
    start = time.perf_counter()
    with pytest.raises(InputError, match="aliasbomb"):
        load_text(BOMB, "bomb.yaml")
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize("text", ["a: !!python/object:os.system x", "a: !custom 1",
                                  "a: !!python/name:os.system ''"])
def test_tags_are_refused(text: str) -> None:
    with pytest.raises(InputError, match="inte tillåten"):
        load_text(text, "x.yaml")


def test_duplicate_keys_are_refused_with_position() -> None:
    with pytest.raises(InputError) as error:
        load_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert str(error.value).startswith("x.yaml:3:1: ")


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InputError, match="djup"):
        load_text("[" * 60 + "]" * 60, "x.yaml")


def test_length_counts_after_nfc() -> None:
    assert length("Va\u030arden") == 6
    assert length("a b") == 3


def test_identity_numbers_need_a_valid_check_digit() -> None:
    assert [hit.kind for hit in find_personal_data("19121212-1212")] == ["personnummer"]
    assert find_personal_data("19121212-1213") == []
    masked = find_personal_data("Ring 070-123 45 67")[0].masked
    assert "123" not in masked and masked.startswith("07")
