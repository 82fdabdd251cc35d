"""The weekly workbook with streamed rows (`rows_xml` spliced into openpyxl's sheets) holds the
same cells, formats, sheets and set-up as the workbook written cell by cell through openpyxl
(``workbook_bytes(..., stream=False)``), for a big week and for any text."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from sopdesk.domain.execution import StepRecord
from sopdesk.domain.isoweek import IsoWeek
from sopdesk.domain.model import Lane, Sop, Status, Step, Symbol
from sopdesk.domain.weekly import (
    ExecutionInfo,
    RecordLine,
    ReportCancelledError,
    WeeklyReport,
    as_of,
    record_line,
    summarize,
)
from sopdesk.io.weekly_xlsx import HEADER_ROW, workbook_bytes
from sopdesk.io.xlsx import clean_text

WEEK = IsoWeek(2025, 26)  # Monday 23 to Sunday 29 June 2025; Friday 27 June is a holiday
NOW = dt.datetime(2025, 7, 1, 9)
WAKTU = ("15 menit", "1 jam", "2 jam", "1 hari", "3 hari", "2 minggu", "1 bulan", "Disesuaikan", "", "-")


def _sop(k: int, rng: random.Random) -> Sop:
    lanes = tuple(Lane(f"l{i}", f"Pelaksana {k}-{i}") for i in range(3))
    steps = tuple(Step(f"Kegiatan {k}.{i} {'=SUM(A1)' if i == 2 else ''}", (f"l{i % 3}",), Symbol.PROCESS,
                       standard_time=rng.choice(WAKTU)) for i in range(8))
    return Sop(id=f"s{k}", title=f"SOP {k}", number=f"800/{k}", unit=("UNIT",), lanes=lanes, steps=steps,
               status=Status.APPROVED)


def big_report(executions: int = 250, seed: int = 5) -> WeeklyReport:
    """A week of ``executions`` random executions of 6 SOPs: over a thousand lines, late ones, running
    ones, notes and no notes, so the streamed tables span several chunks."""
    rng = random.Random(seed)
    sops = [_sop(k, rng) for k in range(6)]
    at = as_of(WEEK, NOW)
    lines: list[RecordLine] = []
    pairs = []
    for eid in range(1, executions + 1):
        sop = sops[rng.randrange(len(sops))]
        t = dt.datetime(2025, 6, 21) + dt.timedelta(days=rng.randint(0, 7), hours=rng.randint(7, 15),
                                                     minutes=rng.randint(0, 59), seconds=rng.choice([0, 0, 17]))
        info = ExecutionInfo(eid, f"Pelaksanaan {eid}", rng.choice(["", "=HYPERLINK(\"x\")", "B/12"]), t)
        pairs.append((sop.id, info))
        for seq, _step in enumerate(sop.steps, start=1):
            finish = t + dt.timedelta(minutes=rng.randint(5, 900)) if rng.random() < 0.9 else None
            record = StepRecord(seq - 1, t, finish, rng.choice(["Ana", "Budi", "", "+62 812"]),
                                rng.choice(["", "", "catatan & <lampiran>", " spasi ", "=1+1"]))
            if (line := record_line(sop, info, seq, record, WEEK, at)) is not None:
                lines.append(line)
            if finish is None:
                break
            t = finish
    return summarize(WEEK, "UNIT", at, NOW, sops, pairs, lines)


def _cells(wb: Workbook) -> dict[str, object]:
    """What a reader sees of every sheet: cells with their types, formats and fonts, and set-up."""
    seen: dict[str, object] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None or c.has_style:
                    seen[f"{ws.title}!{c.coordinate}"] = (
                        c.value, c.data_type, c.number_format, c.font.b, c.font.i, c.font.sz, c.fill.fgColor.rgb,
                        c.alignment.wrap_text, c.alignment.vertical)
        seen[ws.title] = (
            ws.max_row, ws.max_column, ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows,
            ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth,
            ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage, ws.oddFooter.center.text,
            {k: d.width for k, d in ws.column_dimensions.items()},
            {k: d.height for k, d in ws.row_dimensions.items() if d.height}, len(ws._charts))
    return seen


def _read_only_sizes(data: bytes) -> list[tuple[str, int | None, int | None]]:
    wb = load_workbook(io.BytesIO(data), read_only=True)  # trusts the sheets' dimension
    return [(ws.title, ws.max_row, ws.max_column) for ws in wb.worksheets]


def test_a_big_week_streams_the_same_workbook_as_openpyxl_cell_by_cell() -> None:
    report = big_report()
    assert len(report.lines) > 1000 and len(report.late) > 50  # several chunks of rows
    streamed, reference = workbook_bytes(report), workbook_bytes(report, stream=False)
    assert _cells(load_workbook(io.BytesIO(streamed))) == _cells(load_workbook(io.BytesIO(reference)))
    assert _read_only_sizes(streamed) == _read_only_sizes(reference)
    parts = zipfile.ZipFile(io.BytesIO(streamed)).namelist()
    assert parts == zipfile.ZipFile(io.BytesIO(reference)).namelist()
    for part in ("xl/charts/chart1.xml", "xl/workbook.xml", "xl/drawings/drawing1.xml"):
        assert zipfile.ZipFile(io.BytesIO(streamed)).read(part) == zipfile.ZipFile(io.BytesIO(reference)).read(part)
    # docProps/core.xml differs only in its modified time, which openpyxl sets when it saves


def test_progress_counts_the_streamed_rows_and_cancels() -> None:
    report = big_report()
    seen: list[int] = []
    workbook_bytes(report, lambda done, total, text: seen.append(done) is None)
    assert seen == sorted(seen) and len(seen) >= len(report.lines) // 500  # at least every 500 rows
    with pytest.raises(ReportCancelledError):
        workbook_bytes(report, lambda done, total, text: done < 600)


def test_an_empty_week_streams_nothing() -> None:
    report = summarize(WEEK, "UNIT", as_of(WEEK, NOW), NOW, [], [], [])
    streamed, reference = workbook_bytes(report), workbook_bytes(report, stream=False)
    assert _cells(load_workbook(io.BytesIO(streamed))) == _cells(load_workbook(io.BytesIO(reference)))


_NASTY = st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x1b", "\ufffe", "\ud83d",
                                           "a", "é", "&", "<", ">", "]", '"', " "]), max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(activity=_NASTY, actor=_NASTY, note=_NASTY, title=_NASTY, reference=_NASTY, minutes=st.integers(1, 5000))
def test_any_text_streams_as_openpyxl_writes_it(activity: str, actor: str, note: str, title: str, reference: str,
                                                minutes: int) -> None:
    sop = Sop(id="x", title=title, number="1", unit=("U",), lanes=(Lane("a", actor),),
              steps=(Step(activity, ("a",), Symbol.PROCESS, standard_time="15 menit"),), status=Status.APPROVED)
    info = ExecutionInfo(1, title, reference, dt.datetime(2025, 6, 23, 8))
    at = as_of(WEEK, NOW)
    record = StepRecord(0, dt.datetime(2025, 6, 23, 8), dt.datetime(2025, 6, 23, 8) + dt.timedelta(minutes=minutes),
                        actor, note)
    line = record_line(sop, info, 1, record, WEEK, at)
    report = summarize(WEEK, "U", at, NOW, [sop], [(sop.id, info)], [line] if line else [])
    streamed, reference_book = (load_workbook(io.BytesIO(workbook_bytes(report, stream=s))) for s in (True, False))
    assert _cells(streamed) == _cells(reference_book)
    assert not [c for ws in streamed.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    if line is not None:
        row = streamed["Rincian"][HEADER_ROW + 1]
        assert row[3].value == (clean_text(activity) or None) and row[13].value == (clean_text(note) or None)
