"""The folder's import summary as a workbook (``sopdesk import --report report.xlsx``).

Sheet "Ringkasan": one row per file (file, result, SOPs, steps, needing a person, message);
sheet "Laporan": one row per finding of each draft (file, SOP, where, subject, state, note).
Text never becomes a formula (`sopdesk.io.xlsx.put_text`); written atomically.
"""

from __future__ import annotations

import io
from pathlib import Path

from sopdesk.io.files import atomic_write_bytes
from sopdesk.io.importers.report import STATE_TEXT
from sopdesk.io.importers.run import FileResult
from sopdesk.io.xlsx import put_text

SUMMARY_HEAD = ("Berkas", "Hasil", "SOP", "Langkah", "Perlu diperiksa", "Pesan")
REPORT_HEAD = ("Berkas", "SOP", "Letak", "Bagian", "Status", "Catatan")


def summary_rows(results: list[FileResult]) -> list[tuple[str, str, int, int, int, str]]:
    """One row per file: name, ``berhasil``/``ditolak``, SOPs, steps, findings to check, message."""
    return [(r.path.name, "ditolak" if r.error else "berhasil", len(r.drafts), r.steps, r.needs_person,
             r.error) for r in results]


def write_import_report(results: list[FileResult], target: Path) -> Path:
    """Write the summary workbook to ``target``; returns it."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ringkasan"
    _rows(ws, [SUMMARY_HEAD, *summary_rows(results)])
    detail = wb.create_sheet("Laporan")
    rows: list[tuple[object, ...]] = [REPORT_HEAD]
    for r in results:
        for d in r.drafts:
            rows += [(r.path.name, d.sop.title, d.where, f.subject, STATE_TEXT.get(f.state, f.state), f.note)
                     for f in d.findings]
    _rows(detail, rows)
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic_write_bytes(target, buffer.getvalue())
    return target


def _rows(ws: object, rows: list[tuple[object, ...]]) -> None:
    for i, row in enumerate(rows, start=1):
        for j, value in enumerate(row, start=1):
            if isinstance(value, int):
                ws.cell(row=i, column=j, value=value)  # type: ignore[attr-defined]
            else:
                put_text(ws, i, j, value)
