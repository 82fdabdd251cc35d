"""The catalogue of SOPs: a table model over cached rows, and its search/filter proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
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

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry, with_step_texts
from sopdesk.store.catalogue_order import SORT_COLUMNS, sort_key

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
    """Rows of `CatalogueEntry`: Nama SOP, Nomor, Unit, Status, Revisi, Langkah.

    Built for thousands of rows: `data` reads a cached row (no database, no ORM object), the
    review date is judged once per `set_entries` (against ``today()``), and the model sorts
    itself (`sort`: one Python sort on the keys of `sopdesk.store.catalogue_order`, the order an SQL
    first page is read in), so the view's proxy never sorts row by row through `data`.

    Loading (issue 15): `set_entries` may give only the first rows of a bigger catalogue (``total``);
    `add_rest` adds the others below them. Meanwhile a new sort is only noted: rows move when all
    are there.
    """

    COLUMNS = SORT_COLUMNS

    def __init__(self, parent: Any = None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._entries: list[CatalogueEntry] = []
        self._overdue: set[int] = set()  # revision ids whose review date has passed
        self._today = today
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._total = 0  # SOPs in the catalogue, the rows not read yet included
        self._step_texts: dict[int, str] = {}

    def set_entries(self, entries: list[CatalogueEntry], total: int | None = None) -> None:
        """Replace all rows (kept in the order of the last `sort`, if any). ``total``: the number of
        SOPs when ``entries`` are only the first of them (`loading` until `add_rest`)."""
        self.beginResetModel()
        today = self._today()
        self._entries = self._sorted(list(entries))
        self._total = max(total or 0, len(entries))
        self._overdue = {e.revision_id for e in self._entries if e.review_overdue(today)}
        self._step_texts = {}
        self.endResetModel()

    @property
    def loading(self) -> bool:
        """True while rows of the catalogue are still to come (`add_rest`)."""
        return len(self._entries) < self._total

    def total(self) -> int:
        """The number of SOPs in the catalogue, the rows still loading included."""
        return self._total

    def sort_order(self) -> tuple[int, bool] | None:
        """The rows' order as (column, descending), or None when unsorted."""
        return None if self._sort is None else (self._sort[0], self._sort[1] == Qt.SortOrder.DescendingOrder)

    def add_rest(self, entries: list[CatalogueEntry]) -> None:
        """Add the rows of ``entries`` not listed yet (by revision id) and end `loading`. Rows in
        the order already shown are inserted below them, so the current row, the selection and the
        scroll position stay; then the order noted while loading, if another, is applied as a sort.
        Nothing when not loading (the catalogue was listed whole again meanwhile)."""
        if not self.loading:
            return
        shown = {e.revision_id for e in self._entries}
        new = [with_step_texts(e, self._step_texts) for e in entries if e.revision_id not in shown]
        today = self._today()
        self._overdue |= {e.revision_id for e in new if e.review_overdue(today)}
        merged = self._sorted(self._entries + new)
        in_order = all(a is b for a, b in zip(merged, self._entries, strict=False))
        self.beginInsertRows(QModelIndex(), len(self._entries), len(merged) - 1)
        self._entries, self._total = (merged if in_order else self._entries + new), len(merged)
        self.endInsertRows()
        if not in_order and self._sort is not None:
            self.sort(*self._sort)

    def add_step_texts(self, step_texts: Mapping[int, str]) -> None:
        """Let the search find the step texts too (revision id -> texts, read after the first paint;
        kept for the rows `add_rest` brings); the rows shown do not change."""
        self._step_texts.update(step_texts)
        self._entries = [with_step_texts(entry, step_texts) for entry in self._entries]

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and entry.revision_id in self._overdue:
            return QBrush(QColor(170, 0, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("revision", "steps"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, entry: CatalogueEntry, column: str) -> str | int:
        if column == "title":
            return entry.title
        if column == "number":
            return entry.number or "—"
        if column == "unit":
            return entry.unit
        if column == "status":
            overdue = entry.revision_id in self._overdue
            return status_label(entry.status) + (self.tr(" · review overdue") if overdue else "")
        return entry.revision if column == "revision" else entry.step_count

    def _tooltip(self, entry: CatalogueEntry, column: str) -> str:
        """The whole text of a cell cut short at its width."""
        if column == "number" and entry.number:
            return entry.number
        if column == "unit":
            return entry.unit
        if entry.revision_id in self._overdue and entry.review_on is not None:
            return self.tr("%s\nReview was due on %s") % (entry.title, entry.review_on.strftime("%d-%m-%Y"))
        return entry.title

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column`` (`sopdesk.store.catalogue_order.sort_key`: texts
        case-insensitively, Status in lifecycle order, Rev. and Langkah as numbers), keeping
        persistent indexes (the selection) on their rows; while `loading`, only noted."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        if self.loading:
            return
        self.layoutAboutToBeChanged.emit()
        before, old = self.persistentIndexList(), self._entries
        self._entries = self._sorted(old)
        row_of = {id(entry): row for row, entry in enumerate(self._entries)}
        self.changePersistentIndexList(before, [self.index(row_of[id(old[i.row()])], i.column()) for i in before])
        self.layoutChanged.emit()

    def _sorted(self, entries: list[CatalogueEntry]) -> list[CatalogueEntry]:
        if self._sort is None:
            return entries
        column, order = self._sort
        return sorted(entries, key=sort_key(column, self._today()), reverse=order == Qt.SortOrder.DescendingOrder)


class CatalogueFilter(QSortFilterProxyModel):
    """Filters by search words (all must occur in name, number, unit or step text), unit and status.
    While the source model is `CatalogueModel.loading`, a filter is kept and applied to every row
    once they are all there (`add_rest`)."""

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

    def add_step_texts(self, step_texts: Mapping[int, str]) -> None:
        """The source model's `CatalogueModel.add_step_texts`, then the search again if one is typed."""
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        if self._words:
            self.beginFilterChange()
        model.add_step_texts(step_texts)
        if self._words:
            self.endFilterChange()

    def add_rest(self, entries: list[CatalogueEntry]) -> None:
        """The source model's `CatalogueModel.add_rest`, then the search and filters on every row."""
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        model.add_rest(entries)
        if self.filtering():
            self.beginFilterChange()
            self.endFilterChange()

    def filtering(self) -> bool:
        """True when a search, a unit or a status is chosen."""
        return bool(self._words or self._unit or self._status is not None)

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's (`CatalogueModel.sort`, one Python sort); this proxy only
        filters, in the source's order."""
        model = self.sourceModel()
        if isinstance(model, CatalogueModel):
            model.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        if not self.filtering() or model.loading:  # no filter (or not yet): every row, at once
            return True
        entry = model.entry(source_row)
        if self._unit and entry.unit != self._unit:
            return False
        if self._status is not None and entry.status is not self._status:
            return False
        return all(word in entry.search_text for word in self._words)
