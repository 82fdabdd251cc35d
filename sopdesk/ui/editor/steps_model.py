"""The table of steps (Bagian Flowchart as a table): No | Kegiatan | a column per Pelaksana |
Kelengkapan | Waktu | Output | Keterangan. Text cells edit in place; a lane cell shows the
step's symbol and is toggled by the space bar, Enter or a double-click (a plain click only
selects). Every change goes through the
`SopDocument` as an undoable edit."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from sopdesk.domain import editing
from sopdesk.domain.model import Sop
from sopdesk.domain.waktu import WaktuKind, parse_waktu
from sopdesk.ui.editor.document import SopDocument
from sopdesk.ui.language import duration_text, waktu_text

Index = QModelIndex | QPersistentModelIndex
ROW_MIME = "application/x-sopdesk-step-row"
TEXT_AFTER_LANES = ("requirements", "standard_time", "output", "remarks")
UNREADABLE = QColor(180, 0, 0)
_DROP = Qt.ItemFlag.ItemIsDropEnabled
_CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | _DROP
_EDITABLE = _CELL | Qt.ItemFlag.ItemIsEditable
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.UserRole,
                                    Qt.ItemDataRole.TextAlignmentRole))


def header_lines(name: str, width: int = 22) -> str:
    """``name`` broken at spaces into lines of about equal length: one line up to 12
    characters, else two, more when two would pass ``width`` characters each (e.g. a lane's
    name in its header: "Kepala Bagian\nOrganisasi")."""
    words = name.split()
    if len(name) <= 12 or len(words) < 2:
        return name
    lines = max(2, math.ceil(len(name) / width))
    size = math.ceil(len(name) / lines)
    while True:
        wrapped = textwrap.wrap(name, size, break_long_words=False)
        if len(wrapped) <= lines:
            return "\n".join(wrapped)
        size += 1


class StepsModel(QAbstractTableModel):
    """The steps of ``document``'s SOP; rows are steps (0-based), columns as the sheet."""

    def __init__(self, document: SopDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._sop = document.sop
        document.changed.connect(self._on_changed)

    # ----- columns ----------------------------------------------------------------------------
    def field_of(self, column: int) -> str | None:
        """The step field shown in ``column`` (``activity``…), None for No and the lanes."""
        lanes = len(self._sop.lanes)
        if column == 1:
            return "activity"
        if 2 + lanes <= column < 6 + lanes:
            return TEXT_AFTER_LANES[column - 2 - lanes]
        return None

    def lane_of(self, column: int) -> int | None:
        """The lane (0-based) shown in ``column``, or None."""
        lane = column - 2
        return lane if 0 <= lane < len(self._sop.lanes) else None

    def column_of(self, field: str) -> int:
        """The column of a step field (``lanes`` gives the first lane column)."""
        if field == "activity":
            return 1
        if field in TEXT_AFTER_LANES:
            return 2 + len(self._sop.lanes) + TEXT_AFTER_LANES.index(field)
        return 2 if field == "lanes" else 0

    # ----- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._sop.steps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6 + len(self._sop.lanes)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        """Horizontal: the column names, a lane's name over two lines or more (its tooltip: the
        whole name). Vertical: the step's No as signed ("5a"), else its position (the view shows it
        there, so it stays in view)."""
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lane = self.lane_of(section)
        if lane is not None:
            name = self._sop.lanes[lane].name
            return header_lines(name) if role == Qt.ItemDataRole.DisplayRole else name
        names = {"activity": self.tr("Kegiatan"), "requirements": self.tr("Kelengkapan"),
                 "standard_time": self.tr("Waktu"), "output": self.tr("Output"), "remarks": self.tr("Keterangan")}
        return names.get(self.field_of(section) or "", self.tr("No"))

    def _row_header(self, section: int, role: int) -> Any:
        if not 0 <= section < len(self._sop.steps):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._sop.step_number(section)  # the No as signed ("5a"), else the position
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _DROP
        return _EDITABLE if self.field_of(index.column()) is not None else _CELL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._sop.steps):
            return None  # the view asks for many roles per cell while painting: answer the others at once
        step = self._sop.steps[index.row()]
        field, lane = self.field_of(index.column()), self.lane_of(index.column())
        if field is not None:
            return self._text_data(getattr(step, field), field, role)
        if lane is not None:
            if role == Qt.ItemDataRole.UserRole:
                lane_id = self._sop.lanes[lane].id  # the kind of the row's symbol in this lane (version 2: several)
                return next((node.kind.value for node in step.nodes() if lane_id in node.lanes), "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Double-click or press Space to put the step in lane “%s” or take it away; "
                               "for joint work, mark the lanes in the order the work passes") % (
                    self._sop.lanes[lane].name)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._sop.step_number(index.row())  # as signed ("5a"), else the position
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text_data(self, text: str, field: str, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return text
        if field != "standard_time":
            return text if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None
        reading = parse_waktu(text)
        if role == Qt.ItemDataRole.DisplayRole:
            if reading.kind is WaktuKind.FIXED:
                read = duration_text(reading.minutes())
                return text if read.casefold() == " ".join(text.split()).casefold() else f"{text}  (= {read})"
            unreadable = self.tr("unreadable")
            return f"{text}  (⚠ {unreadable})" if reading.kind is WaktuKind.UNREADABLE else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return waktu_text(reading)
        if role == Qt.ItemDataRole.ForegroundRole and reading.kind is WaktuKind.UNREADABLE:
            return UNREADABLE
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        field = self.field_of(index.column()) if index.isValid() else None
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        row, text = index.row(), str(value)
        column = self.headerData(index.column(), Qt.Orientation.Horizontal)
        self.document.apply(self.tr("Edit %s of step %s") % (column, self.document.step_name(row)),
                            lambda sop: editing.set_step_text(sop, row, field, text), merge_key=("text", row, field))
        return True

    def toggle_lane(self, row: int, column: int) -> None:
        """Put the step of ``row`` in the lane of ``column`` or take it away (undoable)."""
        lane = self.lane_of(column)
        if lane is not None and 0 <= row < len(self._sop.steps):
            self.document.apply(self.tr("Lane of step %s") % self.document.step_name(row),
                                lambda sop: editing.toggle_lane(sop, row, lane))

    # ----- drag a row to move the step -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        if indexes:
            data.setData(ROW_MIME, QByteArray(f"{id(self)}:{indexes[0].row()}".encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        """Move the dragged step to the drop position (the domain moves it; the view removes
        nothing, so the drop reports failure to the view once the move is done)."""
        if not data.hasFormat(ROW_MIME):
            return False
        owner, _, text = bytes(data.data(ROW_MIME).data()).decode().partition(":")
        if owner != str(id(self)):  # a row of another editor window
            return False
        source, last = int(text), len(self._sop.steps) - 1
        target = row if row >= 0 else (parent.row() if parent.isValid() else last)
        target = min(max(target - (1 if target > source else 0), 1), last - 1)  # the ends stay in place
        if 0 < source < last and target != source:
            self.document.apply(self.tr("Move step %s") % self.document.step_name(source),
                                lambda sop: editing.move_step(sop, source, target))
        return False

    # ----- following the document ---------------------------------------------------------------
    def _on_changed(self, sop: Sop) -> None:
        old, self._sop = self._sop, sop
        if len(old.steps) != len(sop.steps) or old.lanes != sop.lanes:
            self.beginResetModel()
            self.endResetModel()
            return
        rows = [i for i, (a, b) in enumerate(zip(old.steps, sop.steps, strict=True)) if a is not b and a != b]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), self.columnCount() - 1))
        numbered = [i for i in rows if old.steps[i].number != sop.steps[i].number]
        if numbered:  # the row header shows the No
            self.headerDataChanged.emit(Qt.Orientation.Vertical, min(numbered), max(numbered))
