"""Safe cells: no user text becomes a formula or breaks the workbook."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from sopdesk.io.xlsx import MAX_CELL_TEXT, clean_text, put_text, sheet_title

_NASTY = st.text(alphabet=st.sampled_from([
    "=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x07", "\x1f", "a", "1", "é", "\ufffe", "\uffff", "\ud800"]))


def _round_trip(values: list[str]) -> list[object]:
    wb = Workbook()
    ws = wb.active
    for i, value in enumerate(values, start=1):
        put_text(ws, i, 1, value)
    buf = io.BytesIO()
    wb.save(buf)
    back = load_workbook(io.BytesIO(buf.getvalue()))
    cells = [back.active.cell(row=i, column=1) for i in range(1, len(values) + 1)]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    return [c.value for c in cells]


@settings(max_examples=60, deadline=None)
@given(st.lists(_NASTY, min_size=1, max_size=8))
def test_any_text_stays_text(values: list[str]) -> None:
    back = _round_trip(values)
    for value, read in zip(values, back, strict=True):
        assert (read or "") == clean_text(value)


def test_formula_text_is_stored_as_text() -> None:
    assert _round_trip(["=1+1", "@SUM(A1)", "+62 812", "-x"]) == ["=1+1", "@SUM(A1)", "+62 812", "-x"]


def test_long_text_is_cut_to_excel_limit() -> None:
    text = clean_text("x" * (MAX_CELL_TEXT + 10))
    assert len(text) == MAX_CELL_TEXT and text.endswith("…")


def test_sheet_titles() -> None:
    assert sheet_title("a/b:c") == "a b c"
    assert sheet_title("") == "Lembar"
    assert len(sheet_title("x" * 50)) == 31


def test_astral_text_is_cut_by_utf16_units_never_inside_a_character() -> None:
    from sopdesk.io.xlsx import utf16_length

    text = clean_text("a" + "\U0001F600" * MAX_CELL_TEXT)
    assert utf16_length(text) <= MAX_CELL_TEXT and text.endswith("…")
    assert text[:-1] == "a" + "\U0001F600" * ((MAX_CELL_TEXT - 2) // 2)
    exact = "\U0001F600" * (MAX_CELL_TEXT // 2) + "x"
    assert clean_text(exact) == exact  # 32,767 units: kept whole
