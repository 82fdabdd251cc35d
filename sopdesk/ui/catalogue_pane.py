"""The catalogue pane of the main window: search (name, number, step text), the unit (kop) and
status filters, and the table of SOPs, whose widths and sort are remembered."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTableView, QVBoxLayout, QWidget

from sopdesk.domain.status import Status
from sopdesk.store.catalogue import CatalogueEntry
from sopdesk.ui.catalogue import CatalogueFilter, CatalogueModel, status_label
from sopdesk.ui.catalogue_header import CatalogueHeader
from sopdesk.ui.hints import EmptyHint
from sopdesk.ui.settings import Settings


class CataloguePane(QWidget):
    """Search, filters and the SOP table. ``entrySelected(entry)`` when the user picks an SOP;
    ``countChanged(shown, total)`` whenever the search, a filter or the entries change (`count_text`
    says it). A big catalogue is listed in two parts: `set_entries` with its first rows, `add_rest`."""

    entrySelected = Signal(object)  # noqa: N815  (CatalogueEntry)
    countChanged = Signal(int, int)  # noqa: N815  (rows shown, rows in the catalogue)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(placeholderText=self.tr("Search name, number or step text… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status), status)
        self.model = CatalogueModel(self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.header = CatalogueHeader(self.table, settings)
        self.empty_hint = EmptyHint(self.table, self.tr(
            "No SOP matches the search and filters. Clear the search, or choose “All units” and “All statuses”."),
            lambda: self.model.rowCount() > 0)
        filters = QHBoxLayout()
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.status_filter, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search)
        box.addLayout(filters)
        box.addWidget(self.table)
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.textChanged.connect(lambda _t: self._count())
        self.unit_filter.currentIndexChanged.connect(self._on_filters)
        self.status_filter.currentIndexChanged.connect(self._on_filters)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

    def set_entries(self, entries: list[CatalogueEntry], total: int | None = None) -> None:
        """Show ``entries`` (``total``: the number of SOPs when these are only the first rows, the
        rest coming through `add_rest`); the unit filter offers their units (an SOP without a kop
        is under "Semua unit kerja" only); the first row is selected."""
        self.model.set_entries(entries, total)
        self._fill_units()
        self._count()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def add_rest(self, entries: list[CatalogueEntry]) -> None:
        """Add the catalogue's other rows below those shown (`CatalogueModel.add_rest`): the current
        row, the selection and the scroll position stay; a search, filter or sort chosen meanwhile
        now applies to every row."""
        self.proxy.add_rest(entries)
        self._fill_units()
        self._count()

    def first_page_order(self) -> tuple[int, bool] | None:
        """The order a first page must be read in to be shown (the table's sort), or None."""
        return self.model.sort_order()

    def _fill_units(self) -> None:
        chosen = self.unit_filter.currentData() or ""
        units = sorted({e.unit for e in self.model.entries()} - {""})
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), "")
        for unit in units:
            self.unit_filter.addItem(unit, unit)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)
        if (self.unit_filter.currentData() or "") != chosen:  # its unit is gone: every unit again
            self.proxy.set_unit("")

    def count_text(self, shown: int, total: int) -> str:
        """The status line: how many SOPs are shown, or how many are read while loading."""
        if not self.model.loading:
            return self.tr("%d of %d SOPs") % (shown, total)
        if self.proxy.filtering():
            return self.tr("Reading the catalogue: %d of %d SOPs; the search applies once all are read…") % (
                self.model.rowCount(), total)
        return self.tr("Reading the catalogue: %d of %d SOPs…") % (self.model.rowCount(), total)

    def entries(self) -> list[CatalogueEntry]:
        """Every entry of the catalogue, filtered or not."""
        return self.model.entries()

    def selected(self) -> CatalogueEntry | None:
        """The entry of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_key(self, key: str) -> bool:
        """Select the SOP with exchange id ``key``, clearing the search and filters when they
        hide it; False when the catalogue has no such SOP."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if self.model.entry(self.proxy.mapToSource(index).row()).key == key:
                    self.table.selectRow(row)
                    self.table.scrollTo(index)
                    return True
            if attempt == 0:
                self.search.clear()
                self.unit_filter.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(0)
        return False

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _on_filters(self, _index: int = 0) -> None:
        self.proxy.set_unit(self.unit_filter.currentData() or "")
        self.proxy.set_status(self.status_filter.currentData())
        self._count()

    def _count(self) -> None:
        self.countChanged.emit(self.proxy.rowCount(), self.model.total())

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        entry = self.selected()
        if entry is not None:
            self.entrySelected.emit(entry)
