"""The weekly workbook XlsxWriter writes holds the same cells (values, types, number formats,
fonts), sheets and set-up as the workbook sopdesk 0.1 wrote cell by cell through openpyxl
(`tests/weekly_reference.py`), for a big week, an empty one and any text; its chart plots the
rate column."""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

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
from tests import weekly_reference

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
    ones, notes and no notes, so the book tables span several chunks."""
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


def _cells(data: bytes) -> dict[str, object]:
    """What a reader sees of every sheet: cells with their types, formats and fonts, and set-up."""
    wb = load_workbook(io.BytesIO(data))
    seen: dict[str, object] = {"properties": (wb.properties.title, wb.properties.subject, wb.properties.creator,
                                              wb.properties.keywords, wb.properties.created)}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None or (c.has_style and c.row != 2):  # the reference gave row 2 a font
                    seen[f"{ws.title}!{c.coordinate}"] = (  # a font size left out is 11
                        c.value, c.data_type, c.number_format, bool(c.font.b), bool(c.font.i), c.font.sz or 11,
                        (c.fill.fgColor.rgb or "")[-6:] if c.fill.fill_type else None,
                        bool(c.alignment.wrap_text), c.alignment.vertical)
        seen[ws.title] = (
            ws.max_row, ws.max_column, ws.freeze_panes, ws.auto_filter.ref, ws.print_title_rows,
            ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth or 1,  # absent = 1
            ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage, ws.oddFooter.center.text,
            {n: d.width for d in ws.column_dimensions.values() for n in range(d.min, d.max + 1)},  # ranges as columns
            {k: d.height for k, d in ws.row_dimensions.items() if d.height}, len(ws._charts))
    return seen


def _read_only_sizes(data: bytes) -> list[tuple[str, int | None, int | None]]:
    wb = load_workbook(io.BytesIO(data), read_only=True)  # trusts the sheets' dimension
    return [(ws.title, ws.max_row, ws.max_column) for ws in wb.worksheets]


def test_a_big_week_writes_the_same_workbook_as_openpyxl_cell_by_cell() -> None:
    report = big_report()
    assert len(report.lines) > 1000 and len(report.late) > 50  # several chunks of rows
    written, reference = workbook_bytes(report), weekly_reference.workbook_bytes(report)
    assert _cells(written) == _cells(reference)
    assert _read_only_sizes(written) == _read_only_sizes(reference)


def test_the_chart_plots_the_rate_per_sop_first_on_top() -> None:
    report = big_report()
    book = zipfile.ZipFile(io.BytesIO(workbook_bytes(report)))
    (name,) = [n for n in book.namelist() if n.startswith("xl/charts/")]
    chart = book.read(name).decode()
    last = HEADER_ROW + len(report.sops)
    assert f"<c:tx><c:strRef><c:f>'Ringkasan'!$M${HEADER_ROW}</c:f>" in chart
    assert f"<c:cat><c:strRef><c:f>'Ringkasan'!$B${HEADER_ROW + 1}:$B${last}</c:f>" in chart
    assert f"<c:val><c:numRef><c:f>'Ringkasan'!$M${HEADER_ROW + 1}:$M${last}</c:f>" in chart
    assert '<c:barDir val="bar"/>' in chart and '<c:orientation val="maxMin"/>' in chart
    assert '<c:max val="1"/>' in chart and '<c:min val="0"/>' in chart and 'formatCode="0%"' in chart
    assert "Persentase langkah tepat waktu per SOP" in chart and "<c:legend>" not in chart
    anchor = book.read("xl/drawings/drawing1.xml").decode()
    assert re.search(rf"<xdr:from><xdr:col>1</xdr:col>.*?<xdr:row>{last + 3}</xdr:row>", anchor)  # B, 2 below Jumlah


def test_progress_counts_the_rows_and_cancels() -> None:
    report = big_report()
    seen: list[int] = []
    workbook_bytes(report, lambda done, total, text: seen.append(done) is None)
    assert seen == sorted(seen) and len(seen) >= len(report.lines) // 500  # at least every 500 rows
    with pytest.raises(ReportCancelledError):
        workbook_bytes(report, lambda done, total, text: done < 600)


def test_an_empty_week_writes_what_openpyxl_wrote() -> None:
    report = summarize(WEEK, "UNIT", as_of(WEEK, NOW), NOW, [], [], [])
    assert _cells(workbook_bytes(report)) == _cells(weekly_reference.workbook_bytes(report))


_NASTY = st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", "\x00", "\x1b", "\ufffe", "\ud83d",
                                           "a", "é", "&", "<", ">", "]", '"', " "]), max_size=10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(activity=_NASTY, actor=_NASTY, note=_NASTY, title=_NASTY, reference=_NASTY, minutes=st.integers(1, 5000))
def test_any_text_is_written_as_openpyxl_wrote_it(activity: str, actor: str, note: str, title: str, reference: str,
                                                minutes: int) -> None:
    sop = Sop(id="x", title=title, number="1", unit=("U",), lanes=(Lane("a", actor),),
              steps=(Step(activity, ("a",), Symbol.PROCESS, standard_time="15 menit"),), status=Status.APPROVED)
    info = ExecutionInfo(1, title, reference, dt.datetime(2025, 6, 23, 8))
    at = as_of(WEEK, NOW)
    record = StepRecord(0, dt.datetime(2025, 6, 23, 8), dt.datetime(2025, 6, 23, 8) + dt.timedelta(minutes=minutes),
                        actor, note)
    line = record_line(sop, info, 1, record, WEEK, at)
    report = summarize(WEEK, "U", at, NOW, [sop], [(sop.id, info)], [line] if line else [])
    written = workbook_bytes(report)
    assert _cells(written) == _cells(weekly_reference.workbook_bytes(report))
    book = load_workbook(io.BytesIO(written))
    assert not [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    if line is not None:
        row = book["Rincian"][HEADER_ROW + 1]
        assert row[3].value == (clean_text(activity) or None) and row[13].value == (clean_text(note) or None)
