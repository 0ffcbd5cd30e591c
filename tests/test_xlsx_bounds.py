"""The quick bound of an .xlsx sheet (``reading/xlsx.py``'s ``_vouched``) may only ever
let through what the exact count lets through: whatever positions, forms and declared
dimensions a sheet has, a sheet it vouches for is within the bounds by the exact count
(which the same check falls back to when it does not vouch)."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance.errors import InputError
from compliance.reading import xlsx

COLUMNS = ["A", "G", "Z", "AA", "BL", "BM", "ZZ", "AMJ", "AMK", "XFD"]
ROWS = [1, 9, 999, 1000, 2010, 2011, 9765, 9766, 99_999, 100_000, 156_250, 156_251,
        384_615, 999_999, 1_000_001, 1_000_002, 1_048_576, 12_345_678]
NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CELLS = {  # how a cell states (or does not state) its position
    "excel": '<c r="{ref}" t="n"><v>1</v></c>',
    "position later": '<c t="n" r="{ref}"><v>1</v></c>',
    "no position": '<c t="n"><v>1</v></c>',
    "two spaces": '<c  r="{ref}" t="n"><v>1</v></c>',
    "single quotes": "<c r='{ref}' t=\"n\"><v>1</v></c>",
    "prefixed": '<x:c r="{ref}" t="n"><x:v>1</x:v></x:c>',
}
ROW_TAGS = {"excel": '<row r="{row}">', "no position": "<row>",
            "single quotes": "<row r='{row}'>", "spans": '<row r="{row}" spans="1:7">'}

cells = st.tuples(st.sampled_from(COLUMNS), st.sampled_from(ROWS), st.sampled_from(list(CELLS)))
rows = st.tuples(st.sampled_from(ROWS), st.sampled_from(list(ROW_TAGS)),
                 st.lists(cells, max_size=3))
dimensions = st.none() | st.tuples(st.sampled_from(COLUMNS), st.sampled_from(ROWS))
bounds = st.sampled_from([(1_000_001, 64), (2_010, 1_024), (200_001, 64)])


def _sheet(sheet_rows: list[tuple[int, str, list[tuple[str, int, str]]]],
           dimension: tuple[str, int] | None) -> bytes:
    parts = [f'<worksheet xmlns="{NAMESPACE}" xmlns:x="{NAMESPACE}">']
    if dimension is not None:
        parts.append(f'<dimension ref="A1:{dimension[0]}{dimension[1]}"/>')
    parts.append('<sheetData><row r="1"><c r="A1" t="n"><v>1</v></c></row>')
    for row, row_form, row_cells in sheet_rows:
        parts.append(ROW_TAGS[row_form].format(row=row))
        parts.extend(CELLS[form].format(ref=f"{column}{cell_row}")
                     for column, cell_row, form in row_cells)
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))
    return out.getvalue()


def _vouched(data: bytes, max_rows: int, max_columns: int) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        member = archive.getinfo("xl/worksheets/sheet1.xml")
        return xlsx._vouched(archive, member, xlsx.Location("logg.xlsx"), max_rows,
                             max_columns)


def _exact(data: bytes, max_rows: int, max_columns: int) -> str | None:
    """The exact count's refusal, or None when it lets the sheet through."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xlsx, "_vouched", lambda *args: False)
        try:
            xlsx.check_xlsx(data, "logg.xlsx", max_rows, max_columns)
        except InputError as exc:
            return exc.message
    return None


@settings(max_examples=400, deadline=None)
@given(sheet_rows=st.lists(rows, max_size=4), dimension=dimensions, limits=bounds)
def test_the_quick_bound_vouches_only_for_what_the_exact_count_lets_through(
        sheet_rows: list[tuple[int, str, list[tuple[str, int, str]]]],
        dimension: tuple[str, int] | None, limits: tuple[int, int]) -> None:
    data = _sheet(sheet_rows, dimension)
    if _vouched(data, *limits):
        assert _exact(data, *limits) is None


@pytest.mark.parametrize("limits", [(1_000_001, 64), (2_010, 1_024)])
def test_the_quick_bound_vouches_for_a_sheet_well_within_the_bounds(
        limits: tuple[int, int]) -> None:
    """...and it does vouch for a plain sheet as Excel writes it, so that the exact count
    is not paid for every log."""
    plain = [(row, "excel", [(column, row, "excel") for column in ("A", "G", "Z", "AA")])
             for row in (2, 9, 999)]
    assert _vouched(_sheet(plain, ("AA", 999)), *limits)


@pytest.mark.parametrize("row,column", [(156_251, "BL"), (100_000, "BM"), (1_000_002, "A")])
def test_the_quick_bound_does_not_vouch_for_a_sheet_over_a_bound(row: int,
                                                                 column: str) -> None:
    sheet = [(row, "excel", [(column, row, "excel")])]
    assert not _vouched(_sheet(sheet, None), 1_000_001, 64)
