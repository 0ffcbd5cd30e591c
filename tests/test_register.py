"""The register's BUP table read from every layout of the corpus (fixtures/make_register.py,
written from the issue's description of the public page, not from the reader): each
region's share per measure, hidden figures as None, the month from the title or the file
name, and a located error where the month cannot be told."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from compliance.dates import Month
from compliance.errors import InputError
from compliance.inputs.register import NATION, read_register

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "fixtures"))
import make_register  # noqa: E402

CORPUS = make_register.corpus()


@pytest.mark.parametrize(("layout", "file_name", "month", "want"), CORPUS,
                         ids=[item[0].name for item in CORPUS])
def test_every_layout_reads_as_written(tmp_path: Path, layout: make_register.Layout,
                                       file_name: str | None, month: int,
                                       want: object) -> None:
    path = make_register.write(layout, tmp_path, month, file_name=file_name)
    if isinstance(want, str):
        with pytest.raises(InputError, match=want):
            read_register(path, make_register.BLOCKS)
        return
    read = read_register(path, make_register.BLOCKS)
    assert read.month == Month(2024, month)
    expected = make_register.expected(layout, month)
    got = {region: {measure: figure.value for measure, figure in row.items()}
           for region, row in read.shares.items() if region != NATION}
    assert got == expected
    assert read.shares[NATION]["forsta_besok"].value == 71
    for (region, measure), shown in layout.hidden.items():
        figure = read.shares[make_register.official(region)][measure]
        assert figure.value is None and figure.shown == (shown or "tomt")


def test_the_period_names_a_month_the_file_does_not(tmp_path: Path) -> None:
    layout = make_register.Layout("untitled", title=None)
    path = make_register.write(layout, tmp_path, 4, file_name="export.xlsx")
    assert read_register(path, make_register.BLOCKS, Month(2024, 4)).month == Month(2024, 4)
    with pytest.raises(InputError, match="--period 2024-05 men filen gäller april 2024"):
        read_register(make_register.write(make_register.Layout("titled"), tmp_path, 4),
                      make_register.BLOCKS, Month(2024, 5))


def test_a_block_missing_is_named(tmp_path: Path) -> None:
    layout = make_register.Layout("two", order=("forsta_besok", "behandling"))
    with pytest.raises(InputError, match="saknar blocken Fördjupad utredning"):
        read_register(make_register.write(layout, tmp_path, 1), make_register.BLOCKS)


def test_a_region_twice_in_a_block_is_an_error(tmp_path: Path) -> None:
    layout = make_register.Layout("twice", regions=("Halland", "Skåne", "Halland"))
    with pytest.raises(InputError, match="Region Halland står två gånger"):
        read_register(make_register.write(layout, tmp_path, 1), make_register.BLOCKS)
