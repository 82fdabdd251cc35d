"""The catalogue of SOPs: a table model over cached rows, and its search/filter proxy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from sopdesk.domain.model import Status
from sopdesk.store.catalogue import CatalogueEntry

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def status_label(status: Status) -> str:
    """The status as the user reads it (translated)."""
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.VERIFIED: QCoreApplication.translate("Status", "Verified"),
        Status.APPROVED: QCoreApplication.translate("Status", "Approved"),
        Status.SUPERSEDED: QCoreApplication.translate("Status", "Superseded"),
    }
    return labels[status]


class CatalogueModel(QAbstractTableModel):
    """Rows of `CatalogueEntry`: Nama SOP, Nomor, Unit, Status, Revisi, Langkah."""

    COLUMNS = ("title", "number", "unit", "status", "revision", "steps")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[CatalogueEntry] = []

    def set_entries(self, entries: list[CatalogueEntry]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> CatalogueEntry:
        return self._entries[row]

    def entries(self) -> list[CatalogueEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        labels = (self.tr("SOP name"), self.tr("Number"), self.tr("Unit"), self.tr("Status"),
                  self.tr("Rev."), self.tr("Steps"))
        return labels[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return entry
        overdue = entry.review_overdue(dt.date.today())
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut short at its width
            if column == "number" and entry.number:
                return entry.number
            if column == "unit":
                return entry.unit
            if overdue and entry.review_on is not None:
                return self.tr("%s\nReview was due on %s") % (entry.title, entry.review_on.strftime("%d-%m-%Y"))
            return entry.title
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == "status":
            return QBrush(QColor(170, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("revision", "steps"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "number": entry.number or "—", "title": entry.title, "unit": entry.unit,
            "status": status_label(entry.status) + (self.tr(" · review overdue") if overdue else ""),
            "revision": entry.revision, "steps": entry.step_count,
        }[column]


class CatalogueFilter(QSortFilterProxyModel):
    """Filters by search words (all must occur in name, number, unit or step text), unit and status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._unit = ""
        self._status: Status | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange()

    def set_unit(self, unit: str) -> None:
        self.beginFilterChange()
        self._unit = unit
        self.endFilterChange()

    def set_status(self, status: Status | str | None) -> None:
        """Show only ``status`` (``None`` or ``""``: all). A combo box's item data gives the value as
        ``str`` (PySide stores a ``StrEnum`` as its text), so the text is accepted too."""
        self.beginFilterChange()
        self._status = Status(status) if status else None
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        entry = model.entry(source_row)
        if self._unit and entry.unit != self._unit:
            return False
        if self._status is not None and entry.status is not self._status:
            return False
        return all(word in entry.search_text for word in self._words)
