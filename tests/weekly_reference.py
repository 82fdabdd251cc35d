"""The weekly workbook as sopdesk 0.1 wrote it, every cell through openpyxl: the reference the
XlsxWriter workbook (`sopdesk.io.weekly_xlsx`) is compared with in `tests/test_weekly_xlsx.py`.
Only for tests; slow (2.5-3.5 s for a week of 1,000 executions)."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from fractions import Fraction

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sopdesk.domain.execution import Verdict
from sopdesk.domain.weekly import Figures, GroupSummary, RecordLine, WeeklyReport, number_cell
from sopdesk.io.xlsx import clean_text, put_text

VERDICT_TEXT = {Verdict.ON_TIME: "tepat waktu", Verdict.LATE: "terlambat", Verdict.RUNNING: "berjalan",
                Verdict.OVERDUE: "lewat batas", Verdict.NO_STANDARD: "tanpa standar"}
DATE_FORMAT = "dd-mm-yyyy hh:mm"
DURATION_FORMAT = "[h]:mm"
PERCENT_FORMAT = "0%"
TITLE = "LAPORAN MINGGUAN PELAKSANAAN SOP"
HEADER_ROW = 5
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_HEADER_ALIGN = Alignment(wrap_text=True, vertical="top")

# (header, width in characters) per sheet
_FIGURE_COLUMNS = [("Langkah", 9), ("Tepat waktu", 9), ("Terlambat", 10), ("Lewat batas", 9), ("Berjalan", 9),
                   ("Tanpa standar", 9), ("% tepat waktu", 9), ("Median aktual (jam kerja)", 11),
                   ("Median standar (jam kerja)", 11), ("Total keterlambatan (jam kerja)", 14)]
_SUMMARY = [("No", 5), ("SOP", 44), ("Nomor SOP", 18), ("Pelaksanaan dimulai", 12), ("Pelaksanaan selesai", 12),
            ("Pelaksanaan berjalan", 12), *_FIGURE_COLUMNS]
_DETAIL = [("SOP", 36), ("Pelaksanaan", 30), ("No", 5), ("Kegiatan", 44), ("Pelaksana", 22), ("Petugas", 16),
           ("Mulai", 17), ("Selesai", 17), ("Waktu (standar)", 12), ("Batas waktu", 17),
           ("Waktu aktual (jam kerja)", 11), ("Status", 13), ("Keterlambatan (jam kerja)", 13), ("Catatan", 36)]
_LATE = [("Peringkat", 10), ("SOP", 34), ("Pelaksanaan", 28), ("No", 5), ("Kegiatan", 40), ("Pelaksana", 20),
         ("Petugas", 16), ("Mulai", 17), ("Batas waktu", 17), ("Selesai", 17), ("Status", 12),
         ("Keterlambatan (jam kerja)", 13), ("Catatan", 32)]
_GROUPS = [("Jenis", 11), ("Nama", 36), *_FIGURE_COLUMNS]


def workbook_bytes(report: WeeklyReport) -> bytes:
    """The workbook of ``report`` written cell by cell through openpyxl."""
    wb = Workbook()
    _summary(wb.active, report)
    _detail(wb.create_sheet(), report)
    _late(wb.create_sheet(), report)
    _groups(wb.create_sheet(), report)
    _properties(wb, report)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _sheet(ws: Worksheet, name: str, report: WeeklyReport, what: str, columns: Sequence[tuple[str, int]]) -> None:
    ws.title = name
    state = "akhir minggu" if report.as_of >= report.week.end else f"{report.as_of:%d-%m-%Y %H:%M}"
    for row, text in enumerate((TITLE, report.unit, f"{report.week.label()} · keadaan pada {state}", what), start=1):
        put_text(ws, row, 1, text).font = Font(bold=row in (1, 4), size=14 if row == 1 else 11)
    for col, (header, width) in enumerate(columns, start=1):
        cell = put_text(ws, HEADER_ROW, col, header)
        cell.font, cell.fill, cell.alignment = _BOLD, _HEADER_FILL, _HEADER_ALIGN
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 45  # three lines of wrapped header text
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "Halaman &P dari &N"


def _finish_table(ws: Worksheet, columns: int, rows: int, empty: str) -> None:
    """Filters over the header and ``rows`` data rows; a note when there are none."""
    if rows == 0:
        put_text(ws, HEADER_ROW + 1, 1, empty).font = Font(italic=True)
    last = HEADER_ROW + max(rows, 1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(columns)}{last}"


def _table(ws: Worksheet, rows: Sequence[Sequence[object]], formats: Mapping[int, str]) -> None:
    for n, values in enumerate(rows, start=HEADER_ROW + 1):
        _put_row(ws, n, values, formats)


def _put_row(ws: Worksheet, row: int, values: Sequence[object], formats: Mapping[int, str]) -> None:
    for column, value in enumerate(values, start=1):
        if isinstance(value, str):
            put_text(ws, row, column, value)
        else:
            _put(ws, row, column, value, formats.get(column, ""))


def _put(ws: Worksheet, row: int, column: int, value: object, number_format: str = "") -> None:
    """A number or date cell (None leaves the cell empty)."""
    if value is None:
        return
    cell = ws.cell(row=row, column=column, value=value)
    if number_format:
        cell.number_format = number_format


def _duration(minutes: Fraction | None) -> float | None:
    """Working minutes as a fraction of a 24-hour day, for the ``[h]:mm`` format."""
    return None if minutes is None else float(minutes) / 1440


def _put_figures(ws: Worksheet, row: int, column: int, f: Figures) -> None:
    for k, count in enumerate((f.records, f.on_time, f.late, f.overdue, f.running, f.no_standard)):
        _put(ws, row, column + k, count)
    _put(ws, row, column + 6, f.on_time_rate, PERCENT_FORMAT)
    _put(ws, row, column + 7, _duration(f.median_actual), DURATION_FORMAT)
    _put(ws, row, column + 8, _duration(f.median_standard), DURATION_FORMAT)
    _put(ws, row, column + 9, _duration(f.late_minutes), DURATION_FORMAT)


def _summary(ws: Worksheet, report: WeeklyReport) -> None:
    _sheet(ws, "Ringkasan", report, "Ringkasan per SOP", _SUMMARY)
    row = HEADER_ROW
    for row, s in enumerate(report.sops, start=HEADER_ROW + 1):
        _put(ws, row, 1, row - HEADER_ROW)
        put_text(ws, row, 2, s.title)
        put_text(ws, row, 3, s.number)
        for k, count in enumerate((s.started, s.finished, s.running)):
            _put(ws, row, 4 + k, count)
        _put_figures(ws, row, 7, s.figures)
    _finish_table(ws, len(_SUMMARY), len(report.sops), "Tidak ada pelaksanaan SOP pada minggu ini.")
    if report.sops:
        total = row + 2
        put_text(ws, total, 2, "Jumlah").font = _BOLD
        for k in range(3):
            _put(ws, total, 4 + k, sum((s.started, s.finished, s.running)[k] for s in report.sops))
        _put_figures(ws, total, 7, report.total)
        _chart(ws, len(report.sops), total + 2)


def _chart(ws: Worksheet, count: int, at_row: int) -> None:
    """A horizontal bar chart of % tepat waktu per SOP (column M), SOP names from column B."""
    chart = BarChart()
    chart.type, chart.style, chart.legend = "bar", 10, None
    chart.title = "Persentase langkah tepat waktu per SOP"
    first, last = HEADER_ROW + 1, HEADER_ROW + count
    chart.add_data(Reference(ws, min_col=13, min_row=HEADER_ROW, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=first, max_row=last))
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.number_format = PERCENT_FORMAT
    chart.y_axis.majorGridlines = None
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.x_axis.tickLblSkip = 1  # every SOP named, however many
    chart.x_axis.scaling.orientation = "maxMin"  # the first SOP of the table on top
    chart.width, chart.height = 26, max(7, 2.0 + 1.2 * count)
    ws.add_chart(chart, f"B{at_row}")


def _execution_text(line: RecordLine) -> str:
    e = line.execution
    return f"{e.title} ({e.reference})" if e.reference.strip() else e.title


def _line_cells(line: RecordLine) -> tuple[object, ...]:
    """SOP, Pelaksanaan, No, Kegiatan, Pelaksana, Petugas."""
    return (line.sop_title, _execution_text(line), number_cell(line.step_no), line.activity, ", ".join(line.lanes),
            line.actor)


_DETAIL_FORMATS = {7: DATE_FORMAT, 8: DATE_FORMAT, 10: DATE_FORMAT, 11: DURATION_FORMAT, 13: DURATION_FORMAT}
_LATE_FORMATS = {8: DATE_FORMAT, 9: DATE_FORMAT, 10: DATE_FORMAT, 12: DURATION_FORMAT}


def _detail(ws: Worksheet, report: WeeklyReport) -> None:
    _sheet(ws, "Rincian", report, "Rincian: setiap langkah yang selesai atau jatuh tempo pada minggu ini", _DETAIL)
    rows = [(*_line_cells(line), line.started_at, line.finished_at, line.standard or "-", line.due,
             _duration(line.actual_minutes), VERDICT_TEXT[line.verdict], _duration(line.late_minutes or None),
             line.note or None) for line in report.lines]
    _table(ws, rows, _DETAIL_FORMATS)
    _finish_table(ws, len(_DETAIL), len(report.lines), "Tidak ada langkah yang selesai atau jatuh tempo.")


def _late(ws: Worksheet, report: WeeklyReport) -> None:
    _sheet(ws, "Terlambat", report, "Langkah terlambat dan lewat batas, yang paling lama di atas", _LATE)
    rows = [(n, *_line_cells(line), line.started_at, line.due, line.finished_at, VERDICT_TEXT[line.verdict],
             _duration(line.late_minutes), line.note or None) for n, line in enumerate(report.late, start=1)]
    _table(ws, rows, _LATE_FORMATS)
    _finish_table(ws, len(_LATE), len(report.late), "Tidak ada langkah yang terlambat. Bagus!")


def _groups(ws: Worksheet, report: WeeklyReport) -> None:
    _sheet(ws, "Per Pelaksana", report, "Per Pelaksana (kolom flowchart) dan per petugas", _GROUPS)
    groups: list[GroupSummary] = [*report.lanes, *report.people]
    for row, group in enumerate(groups, start=HEADER_ROW + 1):
        put_text(ws, row, 1, group.kind)
        put_text(ws, row, 2, group.name)
        _put_figures(ws, row, 3, group.figures)
    _finish_table(ws, len(_GROUPS), len(groups), "Tidak ada langkah pada minggu ini.")


def _properties(wb: Workbook, report: WeeklyReport) -> None:
    props = wb.properties
    props.title = clean_text(f"Laporan Mingguan Pelaksanaan SOP {report.week}")[:200]
    props.subject = clean_text(f"{report.unit} – {report.week.label()}")[:200]
    props.creator = "sopdesk"
    props.keywords = "SOP AP, pelaksanaan, waktu, laporan mingguan"
    props.created = report.made_at.replace(microsecond=0)
    props.modified = props.created
    props.language = "id-ID"
