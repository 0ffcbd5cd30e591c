"""The 21 regions' official names, the short names matched to them, and names spelt with
look-alike letters of another alphabet."""

from __future__ import annotations

import pytest
from country import REGIONS as SHORT_NAMES

from compliance.reading.regions import (
    REGIONS,
    latin_spelling,
    look_alike_problem,
    official_name,
    region_name,
)


def test_there_are_21_regions_and_every_short_name_the_tests_use_is_one() -> None:
    assert len(set(REGIONS)) == 21
    assert sorted(official_name(name) or name for name in SHORT_NAMES) == sorted(REGIONS)


@pytest.mark.parametrize(("written", "official"), [
    ("Halland", "Region Halland"), ("region  halland", "Region Halland"),
    ("Jämtland Härjedalen", "Region Jämtland Härjedalen"),
    ("Jämtland-Härjedalen", "Region Jämtland Härjedalen"),
    ("Västra Götaland", "Västra Götalandsregionen"), ("VGR", "Västra Götalandsregionen"),
    ("Örebro", "Region Örebro län"), ("Region Jönköpings län", "Region Jönköpings län"),
    ("Sörmland", "Region Sörmland")])
def test_a_short_name_means_the_official_one(written: str, official: str) -> None:
    assert official_name(written) == official


@pytest.mark.parametrize("name", ["Region Nordmark (fiktiv)", "Region Halland (fiktiv)",
                                  "Hallandsåsen", "Region Sydmark"])
def test_a_name_that_is_no_region_is_kept_as_written(name: str) -> None:
    assert official_name(name) is None and region_name(name) == name


@pytest.mark.parametrize(("written", "letter", "meant"), [
    ("Region H\u0430lland", "kyrilliskt 'а'", "Region Halland"),
    ("Regi\u03bfn Sk\u00e5ne", "grekiskt 'ο'", "Region Skåne"),
    ("Region \u0420ite", "kyrilliskt 'Р'", "Region Pite"),
    ("Region \u041e\u0308stergötland", "kyrilliskt 'О'", "Region Östergötland"),
    ("Region Ｈalland", "helbrett 'Ｈ'", "Region Halland"),
    ("Region Nordm\u0430rk (fiktiv)", "kyrilliskt 'а'", "Region Nordmark (fiktiv)")])
def test_a_look_alike_letter_is_named_with_both_spellings(written: str, letter: str,
                                                         meant: str) -> None:
    problem = look_alike_problem(written)
    assert problem is not None and f"'{written}'" in problem and letter in problem \
        and problem.endswith(f"står det '{meant}'"), problem
    assert latin_spelling(written) in (meant, written.replace("\u0430", "a"))


@pytest.mark.parametrize("name", [*REGIONS, "Region Nordmark (fiktiv)", "Region\u00a0Halland",
                                  "Region O\u0308stergo\u0308tland"])
def test_swedish_letters_and_spaces_are_no_look_alikes(name: str) -> None:
    assert look_alike_problem(name) is None
