"""The weekly Excel report for the Kabag (XlsxWriter; no Qt; texts in Bahasa Indonesia).

Sheets: **Ringkasan** (per SOP, with a bar chart of the on-time rate), **Rincian** (every step
record of the week), **Terlambat** (terlambat and lewat batas, worst first), **Per Pelaksana**
(per lane and per person). Each sheet: four title rows (report, unit, week, what the sheet
shows), the header in row 5 (frozen, filtered, repeated on every printed page), landscape, fit to
the page width. Dates print ``dd-mm-yyyy hh:mm``; working time as ``[h]:mm`` of **working** hours
(a value in days of 24 h, so Excel sums and sorts it: 7:30 is one hari kerja); rates as ``0%``.
The figures and their rules are those of `sopdesk.domain.weekly`.

XlsxWriter writes the whole workbook: a week of 1,000 executions has some 10,000 step records,
135,000 cells, which openpyxl's per-cell writer took 2.5–3.5 s to write (`python -m bench.weekly`:
whole report under 2 s). No user text becomes a formula: every text is written with
``write_string`` after `sopdesk.io.xlsx.clean_text` (``write()`` would make ``=…`` a formula),
and the workbook is opened with ``strings_to_formulas``, ``strings_to_urls`` and
``strings_to_numbers`` off.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from pathlib import Path

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from sopdesk.domain.execution import Verdict
from sopdesk.domain.weekly import Figures, GroupSummary, RecordLine, ReportCancelledError, WeeklyReport, number_cell
from sopdesk.errors import Progress
from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.xlsx import clean_text

VERDICT_TEXT = {Verdict.ON_TIME: "tepat waktu", Verdict.LATE: "terlambat", Verdict.RUNNING: "berjalan",
                Verdict.OVERDUE: "lewat batas", Verdict.NO_STANDARD: "tanpa standar"}
DATE_FORMAT = "dd-mm-yyyy hh:mm"
DURATION_FORMAT = "[h]:mm"
PERCENT_FORMAT = "0%"
TITLE = "LAPORAN MINGGUAN PELAKSANAAN SOP"
HEADER_ROW = 5
"""The header's row, 1-based as Excel shows it (XlsxWriter counts rows and columns from 0)."""
_CHUNK = 500  # rows between progress calls
_OPTIONS = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
_DIGIT_PIXELS = 7  # Calibri 11's digit: XlsxWriter stores a width of n * 7 pixels as n characters
_A4 = 9  # paper size code (ECMA-376 Part 1, 18.3.1.63 pageSetup)
_CM_PIXELS = 96 / 2.54  # the chart's size: pixels at 96 dpi

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

# number format per column (1-based) of the data rows; figures: per column counted from the first of `_figures`
_FIGURE_FORMATS = {6: PERCENT_FORMAT, 7: DURATION_FORMAT, 8: DURATION_FORMAT, 9: DURATION_FORMAT}
_DETAIL_FORMATS = {7: DATE_FORMAT, 8: DATE_FORMAT, 10: DATE_FORMAT, 11: DURATION_FORMAT, 13: DURATION_FORMAT}
_LATE_FORMATS = {8: DATE_FORMAT, 9: DATE_FORMAT, 10: DATE_FORMAT, 12: DURATION_FORMAT}


def write_weekly(report: WeeklyReport, target: Path, progress: Progress | None = None) -> Path:
    """Write ``report`` to ``target`` (.xlsx) and return ``target``.

    The workbook is built in memory, then written with `atomic_write_bytes`: a failure leaves no
    partial file and an existing ``target`` untouched. ``progress(done, total, text)`` is called
    every few hundred rows; returning False raises `ReportCancelledError` (nothing written).
    Raises ``OSError`` if the file cannot be written.
    """
    data = workbook_bytes(report, progress)
    atomic_write_bytes(Path(target), data)
    return Path(target)


def workbook_bytes(report: WeeklyReport, progress: Progress | None = None) -> bytes:
    """The workbook of ``report`` as .xlsx bytes (see `write_weekly`; raises `ReportCancelledError`)."""
    tick = _Ticker(progress, len(report.sops) + len(report.lines) + len(report.late)
                   + len(report.lanes) + len(report.people) + 1)
    buffer = io.BytesIO()
    wb = Workbook(buffer, _OPTIONS)
    styles = _Styles(wb)
    _summary(wb, _sheet(wb, styles, "Ringkasan", report, "Ringkasan per SOP", _SUMMARY), report, styles, tick)
    _detail(_sheet(wb, styles, "Rincian", report, "Rincian: setiap langkah yang selesai atau jatuh tempo pada "
                   "minggu ini", _DETAIL), report, styles, tick)
    _late(_sheet(wb, styles, "Terlambat", report, "Langkah terlambat dan lewat batas, yang paling lama di atas",
                 _LATE), report, styles, tick)
    _groups(_sheet(wb, styles, "Per Pelaksana", report, "Per Pelaksana (kolom flowchart) dan per petugas", _GROUPS),
            report, styles, tick)
    _properties(wb, report)
    tick.step(0, "Menyimpan")
    wb.close()
    tick.step(1, "")
    return buffer.getvalue()


class _Ticker:
    """Counts rows written and calls the progress callback every `_CHUNK` rows."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done, self.last = progress, total, 0, -_CHUNK

    def step(self, rows: int, text: str) -> None:
        self.done += rows
        if self.progress is not None and (self.done - self.last >= _CHUNK or not rows):
            self.last = self.done
            if not self.progress(min(self.done, self.total), self.total, text):
                raise ReportCancelledError


class _Styles:
    """The workbook's cell formats (fonts of the title rows, the header, one per number format) and
    its cleaned texts."""

    def __init__(self, wb: Workbook) -> None:
        self.title, self.bold = wb.add_format({"bold": True, "font_size": 14}), wb.add_format({"bold": True})
        self.italic = wb.add_format({"italic": True})
        self.header = wb.add_format({"bold": True, "pattern": 1, "bg_color": "#DDEBF7", "text_wrap": True,
                                     "valign": "top"})
        self.numbers = {f: wb.add_format({"num_format": f}) for f in (DATE_FORMAT, DURATION_FORMAT, PERCENT_FORMAT)}

        self._texts: dict[str, str] = {}

    def columns(self, formats: Mapping[int, str]) -> dict[int, Format]:
        """Column (1-based, as in ``formats``) → its cell format, keyed by the 0-based column."""
        return {column - 1: self.numbers[number_format] for column, number_format in formats.items()}

    def clean(self, value: str) -> str:
        """`clean_text` of ``value``, remembered: a week repeats its SOP, lane and person names."""
        text = self._texts.get(value)
        if text is None:
            text = self._texts[value] = clean_text(value)
        return text


def _sheet(wb: Workbook, styles: _Styles, name: str, report: WeeklyReport, what: str,
           columns: Sequence[tuple[str, int]]) -> Worksheet:
    """A sheet with its title rows, header, column widths and print set-up."""
    ws = wb.add_worksheet(name)
    state = "akhir minggu" if report.as_of >= report.week.end else f"{report.as_of:%d-%m-%Y %H:%M}"
    titles = (TITLE, report.unit, f"{report.week.label()} · keadaan pada {state}", what)
    for row, (text, style) in enumerate(zip(titles, (styles.title, None, None, styles.bold), strict=True)):
        _text(ws, row, 0, text, style)
    for col, (header, width) in enumerate(columns):
        _text(ws, HEADER_ROW - 1, col, header, styles.header)
        ws.set_column_pixels(col, col, width * _DIGIT_PIXELS)
    ws.set_row(HEADER_ROW - 1, 45)  # three lines of wrapped header text
    ws.freeze_panes(HEADER_ROW, 0)
    ws.repeat_rows(HEADER_ROW - 1)
    ws.set_landscape()
    ws.set_paper(_A4)
    ws.fit_to_pages(1, 0)
    ws.set_footer("&CHalaman &P dari &N")
    return ws


def _text(ws: Worksheet, row: int, col: int, value: object, style: Format | None = None) -> None:
    """A text cell (0-based ``row``, ``col``): `clean_text`, then always a string, never a formula;
    an empty text leaves the cell empty (with ``style``, if any), as Excel does. `clean_text` cuts a
    text past 32,767 UTF-16 units (Excel's limit; characters beyond the BMP count twice), as it
    does for the monitoring workbook."""
    if text := clean_text(value):
        ws.write_string(row, col, text, style)
    else:
        ws.write_blank(row, col, None, style)


def _finish_table(ws: Worksheet, styles: _Styles, columns: int, rows: int, empty: str) -> None:
    """Filters over the header and ``rows`` data rows; a note when there are none."""
    if rows == 0:
        _text(ws, HEADER_ROW, 0, empty, styles.italic)
    ws.autofilter(HEADER_ROW - 1, 0, HEADER_ROW - 1 + max(rows, 1), columns - 1)


def _put_row(ws: Worksheet, row: int, values: Sequence[object], formats: Mapping[int, Format],
             clean: Callable[[str], str]) -> None:
    """One data row (0-based ``row``): a ``str`` is text (through ``clean``, `_Styles.clean`); None
    leaves the cell empty; a number or date gets the format of its column (``formats``: 0-based
    column → format)."""
    for col, value in enumerate(values):
        if isinstance(value, str):
            if text := clean(value):
                ws.write_string(row, col, text)
        elif isinstance(value, dt.date):
            ws.write_datetime(row, col, value, formats.get(col))
        elif value is not None:
            ws.write_number(row, col, value, formats.get(col))


def _table(ws: Worksheet, rows: Sequence[Sequence[object]], formats: Mapping[int, Format],
           clean: Callable[[str], str], tick: _Ticker, text: str) -> None:
    """Write ``rows`` below the header, `_CHUNK` rows between progress calls."""
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        for row, values in enumerate(chunk, start=HEADER_ROW + start):
            _put_row(ws, row, values, formats, clean)
        tick.step(len(chunk), text)


def _duration(minutes: Fraction | None) -> float | None:
    """Working minutes as a fraction of a 24-hour day, for the ``[h]:mm`` format."""
    return None if minutes is None else float(minutes) / 1440


def _figures(f: Figures) -> tuple[object, ...]:
    return (f.records, f.on_time, f.late, f.overdue, f.running, f.no_standard, f.on_time_rate,
            _duration(f.median_actual), _duration(f.median_standard), _duration(f.late_minutes))


def _summary(wb: Workbook, ws: Worksheet, report: WeeklyReport, styles: _Styles, tick: _Ticker) -> None:
    formats = styles.columns({7 + k: f for k, f in _FIGURE_FORMATS.items()})
    rows = [(n, s.title, s.number, s.started, s.finished, s.running, *_figures(s.figures))
            for n, s in enumerate(report.sops, start=1)]
    for row, values in enumerate(rows, start=HEADER_ROW):
        _put_row(ws, row, values, formats, styles.clean)
    tick.step(len(rows), "Ringkasan")
    _finish_table(ws, styles, len(_SUMMARY), len(rows), "Tidak ada pelaksanaan SOP pada minggu ini.")
    if rows:
        total = HEADER_ROW + len(rows) + 1  # 0-based: one empty row below the table
        _text(ws, total, 1, "Jumlah", styles.bold)
        sums = [sum(s.started for s in report.sops), sum(s.finished for s in report.sops),
                sum(s.running for s in report.sops)]
        _put_row(ws, total, (None, None, None, *sums, *_figures(report.total)), formats, styles.clean)
        _chart(wb, ws, len(rows), total + 2)


def _chart(wb: Workbook, ws: Worksheet, count: int, at_row: int) -> None:
    """A horizontal bar chart of % tepat waktu per SOP (column M), SOP names from column B, placed
    in column B of 0-based row ``at_row``."""
    chart = wb.add_chart({"type": "bar"})
    first, last = HEADER_ROW + 1, HEADER_ROW + count
    chart.add_series({"name": f"='{ws.name}'!$M${HEADER_ROW}", "values": f"='{ws.name}'!$M${first}:$M${last}",
                      "categories": f"='{ws.name}'!$B${first}:$B${last}"})
    chart.set_title({"name": "Persentase langkah tepat waktu per SOP"})
    chart.set_legend({"none": True})
    chart.set_style(10)
    # a bar chart's x axis is the value axis, its y axis the categories
    chart.set_x_axis({"min": 0, "max": 1, "num_format": PERCENT_FORMAT, "major_gridlines": {"visible": False}})
    chart.set_y_axis({"interval_unit": 1, "reverse": True})  # every SOP named, the first of the table on top
    chart.set_size({"width": round(26 * _CM_PIXELS), "height": round(max(7, 2.0 + 1.2 * count) * _CM_PIXELS)})
    ws.insert_chart(at_row, 1, chart)


def _execution_text(line: RecordLine) -> str:
    e = line.execution
    return f"{e.title} ({e.reference})" if e.reference.strip() else e.title


def _line_cells(line: RecordLine) -> tuple[object, ...]:
    """SOP, Pelaksanaan, No, Kegiatan, Pelaksana, Petugas."""
    return (line.sop_title, _execution_text(line), number_cell(line.step_no), line.activity, ", ".join(line.lanes),
            line.actor)


def _detail(ws: Worksheet, report: WeeklyReport, styles: _Styles, tick: _Ticker) -> None:
    rows = [(*_line_cells(line), line.started_at, line.finished_at, line.standard or "-", line.due,
             _duration(line.actual_minutes), VERDICT_TEXT[line.verdict], _duration(line.late_minutes or None),
             line.note or None) for line in report.lines]
    _table(ws, rows, styles.columns(_DETAIL_FORMATS), styles.clean, tick, "Rincian")
    _finish_table(ws, styles, len(_DETAIL), len(rows), "Tidak ada langkah yang selesai atau jatuh tempo.")


def _late(ws: Worksheet, report: WeeklyReport, styles: _Styles, tick: _Ticker) -> None:
    rows = [(n, *_line_cells(line), line.started_at, line.due, line.finished_at, VERDICT_TEXT[line.verdict],
             _duration(line.late_minutes), line.note or None) for n, line in enumerate(report.late, start=1)]
    _table(ws, rows, styles.columns(_LATE_FORMATS), styles.clean, tick, "Terlambat")
    _finish_table(ws, styles, len(_LATE), len(rows), "Tidak ada langkah yang terlambat. Bagus!")


def _groups(ws: Worksheet, report: WeeklyReport, styles: _Styles, tick: _Ticker) -> None:
    groups: list[GroupSummary] = [*report.lanes, *report.people]
    formats = styles.columns({3 + k: f for k, f in _FIGURE_FORMATS.items()})
    for row, group in enumerate(groups, start=HEADER_ROW):
        _put_row(ws, row, (group.kind, group.name, *_figures(group.figures)), formats, styles.clean)
    tick.step(len(groups), "Per Pelaksana")
    _finish_table(ws, styles, len(_GROUPS), len(groups), "Tidak ada langkah pada minggu ini.")


def _properties(wb: Workbook, report: WeeklyReport) -> None:
    """Title, subject, author, keywords, created (``report.made_at``, local time as given) and the
    language, which XlsxWriter keeps as a custom property (it writes no ``dc:language``)."""
    wb.set_properties({
        "title": clean_text(f"Laporan Mingguan Pelaksanaan SOP {report.week}")[:200],
        "subject": clean_text(f"{report.unit} – {report.week.label()}")[:200],
        "author": "sopdesk",
        "keywords": "SOP AP, pelaksanaan, waktu, laporan mingguan",
        "created": report.made_at.replace(microsecond=0),
    })
    wb.set_custom_property("Language", "id-ID")
