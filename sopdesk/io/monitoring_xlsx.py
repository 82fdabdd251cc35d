"""The monitoring form as an Excel workbook (openpyxl; no Qt).

Sheets: "Tabel 7 Monitoring" (Permenpan RB 35/2012, Tabel 7: No | Prosedur | Penilaian terhadap
penerapan — Berjalan dengan baik / Tidak berjalan dengan baik | Catatan hasil penilaian | Tindakan
yang harus diambil | Paraf penilai), "Evaluasi" (the seven questions per SOP, Ya/Tidak and a
note) and "Data Pelaksanaan" (the figures from the execution logs). Every text goes through
`sopdesk.io.xlsx.put_text`, so no user text becomes a formula. Built in memory, written with
`atomic_write_bytes`.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from sopdesk.domain import monitoring as mon
from sopdesk.io.export import ExportCancelledError, Progress
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.monitoring_text import catatan, checklist_mark, prosedur, rating_marks, title_lines
from sopdesk.io.xlsx import clean_text, put_text

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")

TABEL7 = "Tabel 7 Monitoring"
EVALUASI = "Evaluasi"
DATA = "Data Pelaksanaan"
FIRST_ROW = 6
"""The first data row of each sheet (title lines, a blank row, then one or two header rows)."""


def render_monitoring_xlsx(form: mon.MonitoringForm, progress: Progress | None = None) -> bytes:
    """The workbook of ``form`` as bytes. ``progress(done, total, title)`` is called per SOP; when it
    returns False, raises `ExportCancelledError` (nothing is written)."""
    wb = Workbook()
    tabel7 = wb.active
    assert tabel7 is not None
    tabel7.title = TABEL7
    evaluasi, data = wb.create_sheet(EVALUASI), wb.create_sheet(DATA)
    _tabel7_head(tabel7, form)
    _evaluasi_head(evaluasi, form)
    _data_head(data, form)
    evaluasi_row = FIRST_ROW
    for i, row in enumerate(form.rows):
        if progress and not progress(i, len(form.rows), row.title):
            raise ExportCancelledError([])
        _tabel7_row(tabel7, FIRST_ROW + i, i + 1, row)
        _data_row(data, FIRST_ROW + i, i + 1, row)
        evaluasi_row = _evaluasi_rows(evaluasi, evaluasi_row, i + 1, row)
    _properties(wb, form)
    buffer = io.BytesIO()
    wb.save(buffer)
    if progress:
        progress(len(form.rows), len(form.rows), "")
    return buffer.getvalue()


def export_monitoring_xlsx(form: mon.MonitoringForm, target: Path, progress: Progress | None = None) -> Path:
    """Write the workbook to ``target`` atomically (no partial file on failure); raises ``OSError``
    or `ExportCancelledError`."""
    atomic_write_bytes(Path(target), render_monitoring_xlsx(form, progress))
    return Path(target)


def _properties(wb: Workbook, form: mon.MonitoringForm) -> None:
    """Document properties; the unit is user text, so it is cleaned like a cell (a control
    character there would make the workbook unreadable)."""
    p = wb.properties
    p.title = f"Monitoring Pelaksanaan SOP AP {form.period.label()}"
    p.subject = "Monitoring dan evaluasi SOP AP (Permenpan RB 35/2012, Tabel 7)"
    p.creator = "sopdesk"
    p.keywords = "SOP AP; monitoring; evaluasi"
    p.description = clean_text(f"Unit: {form.unit or 'semua unit'}; dibuat {form.made_at:%d-%m-%Y %H:%M}")
    p.created = form.made_at


def _titles(ws: Worksheet, form: mon.MonitoringForm, heading: str, width: int) -> None:
    for r, text in enumerate((heading, *title_lines(form)), 1):
        put_text(ws, r, 1, text).font = Font(bold=r == 1, size=12 if r == 1 else 10)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)


def _header(ws: Worksheet, row: int, column: int, text: str, rows: int = 1, columns: int = 1) -> None:
    cell = put_text(ws, row, column, text)
    cell.font, cell.alignment, cell.fill = Font(bold=True), _CENTER, _HEAD_FILL
    for r in range(row, row + rows):
        for c in range(column, column + columns):
            ws.cell(row=r, column=c).border = _BOX
            ws.cell(row=r, column=c).fill = _HEAD_FILL
    if rows > 1 or columns > 1:
        ws.merge_cells(start_row=row, start_column=column, end_row=row + rows - 1, end_column=column + columns - 1)


def _page_setup(ws: Worksheet, widths: list[float], header_rows: str) -> None:
    for c, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = header_rows
    ws.print_options.horizontalCentered = True


def _body(ws: Worksheet, row: int, column: int, value: object, center: bool = False) -> None:
    cell = put_text(ws, row, column, value) if isinstance(value, str) else ws.cell(row=row, column=column,
                                                                                  value=value)
    cell.alignment = _CENTER if center else _WRAP
    cell.border = _BOX


def _tabel7_head(ws: Worksheet, form: mon.MonitoringForm) -> None:
    _titles(ws, form, "MONITORING PELAKSANAAN SOP ADMINISTRASI PEMERINTAHAN", 7)
    _header(ws, 4, 1, "No", rows=2)
    _header(ws, 4, 2, "Prosedur", rows=2)
    _header(ws, 4, 3, "Penilaian terhadap penerapan", columns=2)
    _header(ws, 5, 3, "Berjalan dengan baik")
    _header(ws, 5, 4, "Tidak berjalan dengan baik")
    _header(ws, 4, 5, "Catatan hasil penilaian", rows=2)
    _header(ws, 4, 6, "Tindakan yang harus diambil", rows=2)
    _header(ws, 4, 7, "Paraf penilai", rows=2)
    _page_setup(ws, [5, 40, 13, 13, 50, 40, 18], "4:5")


def _tabel7_row(ws: Worksheet, r: int, number: int, row: mon.FormRow) -> None:
    good, bad = rating_marks(row.assessment.rating)
    values: list[tuple[object, bool]] = [(number, True), (prosedur(row), False), (good, True), (bad, True),
                                         (catatan(row), False), (row.assessment.action, False),
                                         (row.assessment.assessor, False)]
    for c, (value, center) in enumerate(values, 1):
        _body(ws, r, c, value, center)


def _evaluasi_head(ws: Worksheet, form: mon.MonitoringForm) -> None:
    _titles(ws, form, "EVALUASI PENERAPAN SOP ADMINISTRASI PEMERINTAHAN", 6)
    for c, text in enumerate(("No", "Prosedur", "Pertanyaan evaluasi", "Ya", "Tidak", "Catatan"), 1):
        _header(ws, 4, c, text, rows=2)
    _page_setup(ws, [5, 36, 46, 7, 7, 46], "4:5")


def _evaluasi_rows(ws: Worksheet, r: int, number: int, row: mon.FormRow) -> int:
    for q, (question, answer) in enumerate(zip(mon.CRITERIA, row.assessment.checklist, strict=True)):
        yes, no = checklist_mark(answer)
        values: list[tuple[object, bool]] = [(number if q == 0 else "", True), (row.title if q == 0 else "", False),
                                             (f"{q + 1}. {question}", False), (yes, True), (no, True),
                                             (answer.note, False)]
        for c, (value, center) in enumerate(values, 1):
            _body(ws, r + q, c, value, center)
    return r + len(mon.CRITERIA)


_DATA_HEADS = ("No", "Prosedur", "Pelaksanaan dimulai", "Selesai", "Dibatalkan", "Berjalan di akhir periode",
               "Langkah tepat waktu", "Langkah terlambat", "Lewat batas waktu", "Tanpa standar waktu",
               "% tepat waktu", "Langkah paling sering terlambat")


def _data_head(ws: Worksheet, form: mon.MonitoringForm) -> None:
    _titles(ws, form, "DATA PELAKSANAAN SOP (DARI LOG PELAKSANAAN)", len(_DATA_HEADS))
    for c, text in enumerate(_DATA_HEADS, 1):
        _header(ws, 4, c, text, rows=2)
    _page_setup(ws, [5, 40, *[12] * 9, 50], "4:5")


def _data_row(ws: Worksheet, r: int, number: int, row: mon.FormRow) -> None:
    f = row.figures
    late = "\n".join(f"Langkah {s.number}: {s.activity} ({s.count}×)" for s in f.late_steps)
    values: list[object] = [number, row.title, f.started, f.finished, f.cancelled, f.running, f.on_time, f.late,
                            f.overdue, f.no_standard, float(f.on_time_rate) if f.on_time_rate is not None else "-",
                            late]
    for c, value in enumerate(values, 1):
        _body(ws, r, c, value, center=c != 2 and c != len(values))
    if f.on_time_rate is not None:
        ws.cell(row=r, column=11).number_format = "0.0%"
