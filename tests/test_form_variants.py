"""The generated corpus of Word-form variants (fixtures/make_form_variants.py): every
variant is read and its answers compared with what a person sees in it, or its error with
the one a reader must give."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from helpers import FIXTURES

from compliance.errors import InputError
from compliance.inputs.wordform import read_word_form
from compliance.packs.loader import find_pack

PACK = "okad-tillganglighet-2024"


def _load() -> ModuleType:
    import form_support  # noqa: F401  (registers make_forms for the variants' import)
    spec = importlib.util.spec_from_file_location("make_form_variants",
                                                  FIXTURES / "make_form_variants.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_form_variants"] = module
    spec.loader.exec_module(module)
    return module


variants = _load()
VARIANTS = {variant.name: variant for variant in variants.variants()}


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
