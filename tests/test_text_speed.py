"""The text helpers look only at characters outside ASCII (for speed); they must give what
the plain definition, character by character, gives for any text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.reading.personal import normalised
from compliance.reading.text import ascii_digits, visible

# ASCII, Swedish letters, combining marks, invisible format characters, other digits
_ALPHABET = st.sampled_from(
    list("az AZ09-+@.\n\t") + ["å", "Ä", "ö", "é", "a\u0308", "\u0301", "\u200b", "\u00ad",
                                "\u2060", "\ufeff", "\u200e", "２", "٣", "߁", "\u00a0"])
TEXTS = st.lists(_ALPHABET, max_size=40).map("".join) | st.text(max_size=40)


def _digit(char: str) -> str:
    digit = unicodedata.decimal(char, None) if not char.isascii() else None
    return char if digit is None else str(digit)


def _shown(char: str) -> bool:
    return unicodedata.category(char) != "Cf"


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_visible_is_nfc_without_format_characters(text: str) -> None:
    plain = unicodedata.normalize("NFC", "".join(c for c in text if _shown(c))).strip()
    assert visible(text) == plain


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_ascii_digits_maps_every_decimal_digit(text: str) -> None:
    assert ascii_digits(text) == "".join(_digit(c) for c in text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_personal_data_is_looked_for_in_nfc_without_format_characters(text: str) -> None:
    composed = unicodedata.normalize("NFC", text)
    assert normalised(text) == "".join(_digit(c) for c in composed if _shown(c))
