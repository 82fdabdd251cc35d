"""Any text in any field that reaches the weekly workbook stays text: no formula, no error."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from sopdesk.domain.execution import StepRecord
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Lane, Sop, Status, Step, Symbol
from sopdesk.domain.weekly import ExecutionInfo, as_of, record_line, summarize
from sopdesk.io.weekly_xlsx import HEADER_ROW, workbook_bytes
from sopdesk.io.xlsx import clean_text

WEEK = IsoWeek(2025, 26)
_NASTY = st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x07", "\x1b", "\x1f",
                                           "\ufffe", "\uffff", "\ud83d", "a", "1", "é", "(", ")", '"', "'", "&", "<"]),
                 max_size=12)
_LEADING = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x01", "=cmd|' /C calc'!A0", "=1+1", ""])
_TEXT = st.builds(lambda a, b: a + b, _LEADING, _NASTY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT, number=_TEXT, unit=_TEXT, lane=_TEXT, activity=_TEXT, waktu=st.sampled_from(["1 jam", "", "-"]),
       execution=_TEXT, reference=_TEXT, actor=_TEXT, note=_TEXT, other=_TEXT)
def test_no_user_text_becomes_a_formula(title: str, number: str, unit: str, lane: str, activity: str, waktu: str,
                                        execution: str, reference: str, actor: str, note: str, other: str) -> None:
    sop = Sop(id="x", title=title, number=number, unit=(unit,), lanes=(Lane("a", lane), Lane("b", other)),
              steps=(Step(activity, ("a",), Symbol.TERMINATOR, standard_time=waktu),
                     Step(other, ("a", "b"), Symbol.PROCESS, standard_time="30 menit")),
              status=Status.APPROVED)
    info = ExecutionInfo(1, execution, reference, dt.datetime(2025, 6, 23, 8))
    now = dt.datetime(2025, 7, 1, 9)
    at = as_of(WEEK, now)
    records = [StepRecord(0, dt.datetime(2025, 6, 23, 8), dt.datetime(2025, 6, 23, 10), actor, note),
               StepRecord(1, dt.datetime(2025, 6, 24, 8), None, other, other)]
    lines = [x for k, r in enumerate(records, start=1) if (x := record_line(sop, info, k, r, WEEK, at))]
    report = summarize(WEEK, unit, at, now, [sop], [(sop.id, info)], lines)
    wb = load_workbook(io.BytesIO(workbook_bytes(report)))
    formulas = [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    assert formulas == []
    first = wb["Rincian"][HEADER_ROW + 1]
    assert first[0].value == (clean_text(title) or None)
    assert first[1].value == (clean_text(f"{execution} ({reference})" if reference.strip() else execution) or None)
    assert first[3].value == (clean_text(activity) or None) and first[5].value == (clean_text(actor) or None)
    assert first[13].value == (clean_text(note) or None)
    assert wb["Ringkasan"]["A2"].value == (clean_text(unit) or None)
    assert wb["Ringkasan"].cell(HEADER_ROW + 1, 3).value == (clean_text(number) or None)
    names = {c.value for c in wb["Per Pelaksana"]["B"][HEADER_ROW:]}
    assert (clean_text(" ".join(lane.split()) or "(tanpa nama)") or None) in names
