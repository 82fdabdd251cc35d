"""Safe cells: no user text becomes a formula or breaks the workbook."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from sopdesk.io.xlsx import MAX_CELL_TEXT, clean_text, put_text, rows_xml, sheet_title, splice_rows

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


# --- streamed rows (rows_xml + splice_rows) -----------------------------------------------------


def _streamed(rows: list[list[object]], formats: dict[int, str] | None = None) -> Workbook:
    """``rows`` streamed below a title row that openpyxl writes, read back by openpyxl.
    ``formats``: column → number format (its cell format id from the same workbook)."""
    wb = Workbook()
    put_text(wb.active, 1, 1, "judul")
    styles = {}
    for column, number_format in (formats or {}).items():
        style = WriteOnlyCell(wb.active)
        style.number_format = number_format
        styles[column] = style.style_id
    buf = io.BytesIO()
    wb.save(buf)
    width = max((len(r) for r in rows), default=1)
    ref = f"A1:{chr(64 + width)}{1 + len(rows)}"
    data = splice_rows(buf.getvalue(), {wb.active.path: (ref, "".join(rows_xml(2, rows, styles)))})
    return load_workbook(io.BytesIO(data))


@settings(max_examples=60, deadline=None)
@given(st.lists(_NASTY, min_size=1, max_size=8))
def test_any_streamed_text_stays_text(values: list[str]) -> None:
    back = _streamed([[v] for v in values]).active
    for row, value in enumerate(values, start=2):
        cell = back.cell(row=row, column=1)
        assert (cell.value or "") == clean_text(value)
        assert cell.value is None or cell.data_type == "s"


def test_streamed_numbers_and_dates_read_back_as_written() -> None:
    when = dt.datetime(2026, 11, 9, 7, 30, 15)
    back = _streamed([["=1+1", 3, 0.1, when, None, "", float("nan")]], {4: "dd-mm-yyyy hh:mm"}).active
    assert [c.value for c in back[2]][:4] == ["=1+1", 3, 0.1, when]
    assert back["A2"].data_type == "s" and back["D2"].number_format == "dd-mm-yyyy hh:mm"
    assert back.max_column == 4  # None, "" and NaN leave the cell out


def test_streamed_rows_refuse_what_excel_cannot_hold() -> None:
    with pytest.raises(TypeError):
        list(rows_xml(1, [[dt.datetime(2026, 1, 1, tzinfo=dt.UTC)]], {}))
    with pytest.raises(TypeError):
        list(rows_xml(1, [[True]], {}))
    with pytest.raises(TypeError):
        list(rows_xml(1, [[object()]], {}))
    wb = Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(ValueError, match="tidak ditemukan"):
        splice_rows(buf.getvalue(), {"/xl/worksheets/sheet9.xml": ("A1:A1", "")})
