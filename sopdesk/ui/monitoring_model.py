"""The table of the monitoring dialog: one row per SOP of the period, its figures from the
execution logs and the assessor's entries (kept in memory until saved)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sopdesk.domain import monitoring as mon

Index = QModelIndex | QPersistentModelIndex


class MonitoringTableModel(QAbstractTableModel):
    """Rows of a `MonitoringForm` with the assessments as edited. A row not yet saved starts with
    Catatan pre-filled from the figures (`sopdesk.domain.monitoring.summary`). Read-only in the
    view; the dialog edits through `set_assessment`."""

    NO, PROSEDUR, EXECUTIONS, ON_TIME, LATE_STEPS, RATING, NOTES, ACTION, ASSESSOR = range(9)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[mon.FormRow] = []
        self.edited: list[mon.Assessment] = []
        self.dirty: set[int] = set()

    def headers(self) -> list[str]:
        return [self.tr("No"), self.tr("Procedure"), self.tr("Executions (finished)"), self.tr("Steps on time"),
                self.tr("Steps most often late"), self.tr("Assessment"), self.tr("Notes"), self.tr("Action to take"),
                self.tr("Assessor")]

    def set_form(self, form: mon.MonitoringForm) -> None:
        """Show ``form``; forget unsaved edits."""
        self.beginResetModel()
        self.rows = list(form.rows)
        self.edited = [r.assessment if r.assessment.saved else replace(r.assessment, notes=mon.summary(r.figures))
                       for r in form.rows]
        self.dirty = set()
        self.endResetModel()

    def set_assessment(self, row: int, assessment: mon.Assessment) -> None:
        """Replace the entries of ``row`` (marks it as changed when it differs)."""
        if assessment == self.edited[row]:
            return
        self.edited[row] = assessment
        self.dirty.add(row)
        self.dataChanged.emit(self.index(row, self.RATING), self.index(row, self.ASSESSOR))

    def changes(self) -> dict[str, mon.Assessment]:
        """The changed assessments by SOP key, to save."""
        return {self.rows[r].sop_key: self.edited[r] for r in sorted(self.dirty)}

    def form_as_edited(self, form: mon.MonitoringForm) -> mon.MonitoringForm:
        """``form`` with the entries as on screen (for an export of what the assessor sees)."""
        rows = tuple(replace(r, assessment=replace(a, saved=True)) for r, a in zip(self.rows, self.edited, strict=True))
        return replace(form, rows=rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 9:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.FontRole and index.row() in self.dirty and index.column() >= self.RATING:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, row: int, column: int) -> str:
        r, a, f = self.rows[row], self.edited[row], self.rows[row].figures
        late = ", ".join(self.tr("step %s (%d×)") % (s.number, s.count) for s in f.late_steps)
        on_time = f"{f.on_time}/{f.judged} · {mon.percent(f.on_time_rate)}" if f.judged else "-"
        texts = [str(row + 1), r.title, f"{f.started} ({f.finished})", on_time, late or "-", self.rating_text(a.rating),
                 a.notes, a.action, a.assessor]
        return texts[column] if 0 <= column < len(texts) else ""

    def rating_text(self, rating: mon.Rating) -> str:
        return {mon.Rating.NONE: "", mon.Rating.BAIK: self.tr("Runs well"),
                mon.Rating.TIDAK_BAIK: self.tr("Does not run well")}[rating]
