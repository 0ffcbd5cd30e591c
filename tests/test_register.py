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


HAND_WRITTEN = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Väntetider i vården</title>
<script>var decoy = "<td>Halland</td><td>99 %</td>";</script></head><body>
<h1>Barn- och ungdomspsykiatri (BUP) – Mars 2024</h1>
<table><thead><tr><th>Landsting / Region</th><th>Andel genomförda inom 30&nbsp;dagar</th>
<th>Antal genomförda totalt</th><th>PVV</th><th>Svarsfrekvens</th></tr></thead><tbody>
<tr><td colspan="5"><strong>Första bedömning</strong></td></tr>
<tr><td>Halland</td><td>81&#8239;%</td><td>1&#8239;203 st</td><td>12</td><td>98 %</td></tr>
<tr><td>Jämtland Härjedalen</td><td>–</td><td>3 st</td><td></td><td>100 %</td></tr>
<tr><td>Alla regioner</td><td>70,5 %</td><td>14 075 st</td><td>x</td><td>97 %</td></tr>
<tr><td colspan="5"><strong>Fördjupad utredning</strong></td></tr>
<tr><td>Halland</td><td>55,5&nbsp;%</td><td>203 st</td><td>2</td><td>98 %</td></tr>
<tr><td colspan="5"><strong>Behandling</strong></td></tr>
<tr><td>Halland</td><td>&lt;5</td><td>&lt;5</td><td></td><td>98 %</td></tr>
</tbody></table></body></html>"""


def test_a_hand_written_page_with_one_header_for_all_blocks(tmp_path: Path) -> None:
    """A saved page laid out otherwise than the generator writes it (written by hand): one
    header row above all three blocks, the headings as table rows across every column,
    thin and no-break spaces, a hidden figure, a script holding a decoy cell."""
    path = tmp_path / "BUP mars 2024.html"
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    read = read_register(path, make_register.BLOCKS)
    assert read.month == Month(2024, 3)
    shares = {region: {m: (f.value, f.shown) for m, f in row.items()}
              for region, row in read.shares.items()}
    assert shares == {
        "Region Halland": {"forsta_besok": (81.0, "81 %"), "utredning": (55.5, "55,5 %"),
                           "behandling": (None, "<5")},
        "Region Jämtland Härjedalen": {"forsta_besok": (None, "–")},
        NATION: {"forsta_besok": (70.5, "70,5 %")}}
