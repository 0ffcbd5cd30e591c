"""The generated corpus of Word-form variants (fixtures/make_form_variants.py): every
variant is read and its answers compared with what a person sees in it, or its error with
the one a reader must give."""

from __future__ import annotations

from pathlib import Path

import pytest
from form_support import variants

from compliance.errors import InputError
from compliance.inputs.wordform import read_word_form
from compliance.packs.loader import find_pack

PACK = "okad-tillganglighet-2024"
VARIANTS = variants()


def test_the_corpus_is_large_enough() -> None:
    assert len(VARIANTS) >= 25
    assert sum(1 for v in VARIANTS.values() if v.error) >= 5


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_variant_reads_as_a_person_sees_it(name: str, tmp_path: Path) -> None:
    variant = VARIANTS[name]
    path = tmp_path / f"{name}.docx"
    path.write_bytes(variant.data)
    pack = find_pack(PACK)
    if variant.error:
        with pytest.raises(InputError, match=variant.error):
            read_word_form(path, [(PACK, pack.meta)])
        return
    read = read_word_form(path, [(PACK, pack.meta)])
    answers = read.document.data["answers"]
    assert read.document.data["region"] == "Region Halland"
    for key, expected in variant.answers.items():
        assert answers.get(key) == expected, (key, variant.what)
