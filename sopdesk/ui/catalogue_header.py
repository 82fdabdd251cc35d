"""The catalogue table's columns: readable widths at 1366×768 (Nama, Nomor, Unit, Status first),
sorted by Nama SOP unless the user chose otherwise; widths, sort column and order are kept in the
user settings (`sopdesk.ui.settings.CATALOGUE_HEADER`) and restored at the next start."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from sopdesk.store.catalogue_order import DEFAULT_ORDER
from sopdesk.ui import settings as opt
from sopdesk.ui.settings import Settings

DEFAULT_WIDTHS = (240, 112, 150, 80, 36, 50)
"""Pixels per column (Nama SOP, Nomor, Unit, Status, Rev., Langkah): 668 in all, what the
catalogue pane gets by default in a 1366-pixel-wide window (`CATALOGUE_PANE`)."""
CATALOGUE_PANE = 690
"""The catalogue pane's default width in pixels (the SOP view takes the rest)."""


class CatalogueHeader(QObject):
    """Sets up ``table``'s header (its model already set) from ``settings`` and saves every change
    of a column width or of the sort back to them."""

    def __init__(self, table: QTableView, settings: Settings) -> None:
        super().__init__(table)
        self.table, self.settings = table, settings
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSortingEnabled(True)
        if not self._restore():
            self.reset()
        header.sectionResized.connect(self._save)
        header.sortIndicatorChanged.connect(self._save)

    def reset(self) -> None:
        """The default widths, sorted by Nama SOP (A to Z)."""
        for column, width in enumerate(DEFAULT_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _restore(self) -> bool:
        state = self.settings.get(opt.CATALOGUE_HEADER)
        header = self.table.horizontalHeader()
        if state.isEmpty() or not header.restoreState(state) or header.count() != len(DEFAULT_WIDTHS):
            return False
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return True

    def _save(self, *_args: object) -> None:
        header = self.table.horizontalHeader()
        self.settings.set(opt.CATALOGUE_HEADER, header.saveState())
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.settings.set(opt.CATALOGUE_SORT, f"{header.sortIndicatorSection()} {int(descending)}")


def remembered_order(settings: Settings) -> tuple[int, bool]:
    """The catalogue's sort as the last session left it, (column, descending), read without a
    header (the start reads the first rows in it, `sopdesk.ui.early_catalogue`); Nama SOP A to Z
    when none is kept."""
    try:
        column, descending = (int(part) for part in settings.get(opt.CATALOGUE_SORT).split())
    except ValueError:
        return DEFAULT_ORDER
    return (column, bool(descending)) if 0 <= column < len(DEFAULT_WIDTHS) else DEFAULT_ORDER
