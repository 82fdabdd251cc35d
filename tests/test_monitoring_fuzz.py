"""No text typed into the monitoring form becomes a formula or breaks either export."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from sopdesk.domain import monitoring as mon
from sopdesk.io.monitoring_pdf import render_monitoring_pdf
from sopdesk.io.monitoring_xlsx import render_monitoring_xlsx

_NASTY = st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x07", "\x0b", "\x1f",
                                           "\x7f", "<", "&", ">", "a", "1", "é", " "]), max_size=40)
_LEADING = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "=HYPERLINK(\"x\")", "=1+1", "@SUM(A1)"])
_TEXT = st.builds(lambda a, b: a + b, _LEADING, _NASTY)
PERIOD = mon.Period(dt.date(2025, 1, 1), dt.date(2025, 6, 30))


@st.composite
def _rows(draw: st.DrawFn) -> mon.FormRow:
    checklist = tuple(mon.Answer(draw(st.sampled_from([None, True, False])), draw(_TEXT)) for _ in mon.CRITERIA)
    assessment = mon.Assessment(draw(st.sampled_from(list(mon.Rating))), draw(_TEXT), draw(_TEXT), draw(_TEXT),
                                checklist, saved=draw(st.booleans()))
    late = mon.LateStep("1", draw(_TEXT), 2, mon.Fraction(90))
    figures = mon.Figures(started=2, finished=1, on_time=3, late=2, late_steps=(late,))
    return mon.FormRow(draw(_TEXT), draw(_TEXT), draw(_TEXT), draw(_TEXT), 1, figures, assessment)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_rows(), min_size=1, max_size=3), _TEXT)
def test_nasty_text_is_never_a_formula_nor_an_error(rows: list[mon.FormRow], unit: str) -> None:
    form = mon.MonitoringForm(PERIOD, unit, tuple(rows), dt.datetime(2025, 7, 1, 9))
    wb = load_workbook(io.BytesIO(render_monitoring_xlsx(form)))
    for ws in wb.worksheets:
        for line in ws.iter_rows():
            for cell in line:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    reader = PdfReader(io.BytesIO(render_monitoring_pdf(form)))
    assert "Paraf penilai" in reader.pages[0].extract_text()


def test_long_notes_split_across_pages() -> None:
    long = "\n".join(f"baris {i} catatan yang panjang sekali" for i in range(400))
    assessment = mon.Assessment(notes=long, saved=True, checklist=(mon.Answer(True, long),) * 7)
    row = mon.FormRow("x", "1", "SOP", "UNIT", 1, mon.Figures(), assessment)
    form = mon.MonitoringForm(PERIOD, "", (row,), dt.datetime(2025, 7, 1))
    reader = PdfReader(io.BytesIO(render_monitoring_pdf(form)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "baris 399" in text and len(reader.pages) > 3
